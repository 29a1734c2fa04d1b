"""Translation state: target cues aligned to source cues by time, which cues are untranslated,
which ones the translator keeps as they are in the source, and the progress.

**Alignment.** Cue counts may differ (a translator merges or splits cues), so a target cue is
aligned by time, not by row: its *source cues* are the source cues it overlaps the most (several
on a tie). :class:`SourceIndex` answers that for one cue in O(log n) (a bisect plus the few
cues around it), so a full alignment of 20,000 cues is a sort and a sweep, and an editor can ask
again for the one cue that changed. Cues that share no time with any source cue have none.

**Untranslated.** A target cue is untranslated when its visible text (markup removed, runs of
whitespace and line breaks as one space) is empty, or still the same as the text of one of its
source cues, or as all the source cues it holds put together (two cues merged unchanged).

**Kept.** A translator marks a cue whose text is meant to stay the same (a name, a number).
The mark belongs to the source cue, ``(start ms, visible text)``, so it survives any edit of the
target (new rows before it, retiming within the same source cue) and is a plain value to store:
:class:`KeepMarks` reads and writes a sidecar JSON next to the target file (:func:`marks_path`,
:func:`load_marks`, :func:`save_marks`) or any other place (``to_json``/``from_json``). A kept
cue is counted as translated while its text is the source's; once emptied it is untranslated.

Everything here takes :class:`Cue` values rather than target rows, so the same calls serve a
full pass, a QC rule re-checking one edited cue, and a worker thread.
"""

from __future__ import annotations

import json
import os
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from subtitle_desk.core.document import Cue, Document, visible_text

__all__ = ["normalized", "SourceIndex", "align", "KeepMarks", "MarkKey", "TranslationState",
           "Progress", "marks_path", "load_marks", "save_marks", "UNTRANSLATED", "TRANSLATED",
           "KEPT", "EMPTY"]

#: A kept mark: the source cue's start (ms) and its normalized visible text.
MarkKey = tuple[int, str]

TRANSLATED, UNTRANSLATED, KEPT, EMPTY = "translated", "untranslated", "kept", "empty"

#: Source cues longer than this are kept aside and checked against every query (a title card
#: covering the whole programme must not make every lookup scan back to it).
_LONG_MS = 60_000


def normalized(text: str) -> str:
    """The visible text with every run of whitespace (line breaks too) as one space."""
    return " ".join(visible_text(text).split())


class SourceIndex:
    """The source cues, indexed by time for overlap queries. Rows are the source's rows."""

    def __init__(self, source: Document | Sequence[Cue]) -> None:
        cues = list(source.cues if isinstance(source, Document) else source)
        self.cues = cues
        self._texts: list[str | None] = [None] * len(cues)
        short = [row for row, c in enumerate(cues) if 0 < c.end - c.start <= _LONG_MS]
        short.sort(key=lambda row: (cues[row].start, row))
        self._order = short
        self._starts = [cues[row].start for row in short]
        self._longest = max((cues[row].end - cues[row].start for row in short), default=0)
        self._long = [row for row, c in enumerate(cues) if c.end - c.start > _LONG_MS]

    def __len__(self) -> int:
        return len(self.cues)

    def text(self, row: int) -> str:
        """The normalized visible text of source cue ``row`` (worked out once)."""
        text = self._texts[row]
        if text is None:
            text = self._texts[row] = normalized(self.cues[row].text)
        return text

    def key(self, row: int) -> MarkKey:
        return (self.cues[row].start, self.text(row))

    def overlaps(self, start: int, end: int) -> list[tuple[int, int]]:
        """(source row, overlap in ms) for every source cue sharing time with ``[start, end)``,
        in row order."""
        if end <= start:
            return []
        cues, found = self.cues, []
        # a short cue overlapping [start, end) starts in (start - longest, end)
        lo = bisect_left(self._starts, start - self._longest + 1)
        hi = bisect_left(self._starts, end)
        for row in self._order[lo:hi]:
            cue = cues[row]
            overlap = min(end, cue.end) - max(start, cue.start)
            if overlap > 0:
                found.append((row, overlap))
        for row in self._long:
            cue = cues[row]
            overlap = min(end, cue.end) - max(start, cue.start)
            if overlap > 0:
                found.append((row, overlap))
        found.sort()
        return found

    def best(self, start: int, end: int) -> tuple[int, ...]:
        """The source rows overlapping ``[start, end)`` the most (several on a tie), in row order."""
        found = self.overlaps(start, end)
        if not found:
            return ()
        most = max(overlap for _, overlap in found)
        return tuple(row for row, overlap in found if overlap == most)

    def held(self, start: int, end: int) -> tuple[int, ...]:
        """The source rows more than half of whose time lies inside ``[start, end)``: the cues
        whose words a target cue with those times should carry, in row order."""
        return self._held(self.overlaps(start, end))

    def _held(self, found: list[tuple[int, int]]) -> tuple[int, ...]:
        cues = self.cues
        return tuple(row for row, overlap in found if overlap * 2 > cues[row].end - cues[row].start)


def align(target: Document | Sequence[Cue], source: Document | Sequence[Cue] | SourceIndex
          ) -> list[tuple[int, ...]]:
    """For each target cue, its source rows (the largest overlap; empty when none)."""
    index = source if isinstance(source, SourceIndex) else SourceIndex(source)
    cues = target.cues if isinstance(target, Document) else target
    return [index.best(c.start, c.end) for c in cues]


class KeepMarks:
    """The source cues whose target text is meant to stay the same, as :data:`MarkKey` values."""

    VERSION = 1

    def __init__(self, keys: Iterable[MarkKey] = ()) -> None:
        self._keys: set[MarkKey] = {(int(start), str(text)) for start, text in keys}

    def __contains__(self, key: object) -> bool:
        return key in self._keys

    def __iter__(self) -> Iterator[MarkKey]:
        return iter(sorted(self._keys))

    def __len__(self) -> int:
        return len(self._keys)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, KeepMarks) and other._keys == self._keys

    def add(self, key: MarkKey) -> None:
        self._keys.add(key)

    def discard(self, key: MarkKey) -> None:
        self._keys.discard(key)

    def to_json(self) -> dict[str, Any]:
        return {"version": self.VERSION,
                "kept": [{"start": start, "text": text} for start, text in self]}

    @classmethod
    def from_json(cls, obj: Any) -> "KeepMarks":
        """Read what :meth:`to_json` wrote; ValueError says what is wrong."""
        if not isinstance(obj, dict) or not isinstance(obj.get("kept", []), list):
            raise ValueError('expected an object with a "kept" list')
        keys = []
        for n, item in enumerate(obj.get("kept", []), 1):
            if not (isinstance(item, dict) and isinstance(item.get("start"), int)
                    and not isinstance(item.get("start"), bool) and isinstance(item.get("text"), str)):
                raise ValueError(f'kept item {n} is not {{"start": <ms>, "text": "..."}}')
            keys.append((item["start"], item["text"]))
        return cls(keys)


def marks_path(target_path: str | os.PathLike) -> Path:
    """Where the marks of a target file are kept: ``episode.fr.srt.translation.json`` beside it."""
    target = Path(target_path)
    return target.with_name(target.name + ".translation.json")


def load_marks(path: str | os.PathLike) -> KeepMarks:
    """The marks stored at ``path``; none when the file does not exist. ValueError (naming the
    file) when it is not a marks file; OSError when it cannot be read."""
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError:
        return KeepMarks()
    try:
        return KeepMarks.from_json(json.loads(data.decode("utf-8-sig")))
    except UnicodeDecodeError:
        raise ValueError(f"{path}: not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        raise ValueError(f"{path}: not valid JSON (line {exc.lineno}: {exc.msg})") from None
    except ValueError as exc:
        raise ValueError(f"{path}: {exc}") from None


def save_marks(marks: KeepMarks, path: str | os.PathLike) -> None:
    """Write ``marks`` to ``path`` atomically (raises ``storage.SaveError``)."""
    from subtitle_desk.core.storage import atomic_write

    data = json.dumps(marks.to_json(), ensure_ascii=False, indent=1) + "\n"
    atomic_write(path, data.encode("utf-8"), backup=False)


@dataclass(frozen=True, slots=True)
class Progress:
    total: int
    untranslated: int
    kept: int

    @property
    def translated(self) -> int:
        """Cues done: everything not untranslated (kept cues included)."""
        return self.total - self.untranslated

    def __str__(self) -> str:
        text = f"{self.translated} of {self.total} cue{'s' if self.total != 1 else ''} translated"
        if self.kept:
            text += f" ({self.kept} kept as in the source)"
        return text


class TranslationState:
    """A source document (as a :class:`SourceIndex`) and the translator's kept marks, asked about
    target cues one at a time. Read-only apart from :meth:`keep`; safe to share with a worker
    thread as long as the marks are not changed meanwhile."""

    def __init__(self, source: Document | Sequence[Cue] | SourceIndex,
                 marks: KeepMarks | None = None) -> None:
        self.index = source if isinstance(source, SourceIndex) else SourceIndex(source)
        self.marks = marks if marks is not None else KeepMarks()

    def source_rows(self, cue: Cue) -> tuple[int, ...]:
        """The source rows ``cue`` is aligned to (largest overlap)."""
        return self.index.best(cue.start, cue.end)

    def source_text(self, cue: Cue) -> str:
        """The aligned source cues' normalized texts, one line each (for a side-by-side view)."""
        return "\n".join(self.index.text(row) for row in self.source_rows(cue))

    def held_rows(self, cue: Cue) -> tuple[int, ...]:
        """The source rows whose words ``cue`` should carry (see :meth:`SourceIndex.held`)."""
        return self.index.held(cue.start, cue.end)

    def mark_key(self, cue: Cue) -> MarkKey | None:
        rows = self.source_rows(cue)
        return self.index.key(rows[0]) if rows else None

    def status(self, cue: Cue) -> str:
        """:data:`EMPTY`, :data:`UNTRANSLATED` (same text as the source), :data:`KEPT` (same
        text, marked) or :data:`TRANSLATED`."""
        text = normalized(cue.text)
        if not text:
            return EMPTY
        index = self.index
        found = index.overlaps(cue.start, cue.end)
        if not found:
            return TRANSLATED
        most = max(overlap for _, overlap in found)
        rows = [row for row, overlap in found if overlap == most]
        same = any(index.text(row) == text for row in rows)
        if not same and len(found) > 1:
            held = index._held(found)
            same = len(held) > 1 and " ".join(index.text(row) for row in held) == text
        if not same:
            return TRANSLATED
        return KEPT if index.key(rows[0]) in self.marks else UNTRANSLATED

    def is_untranslated(self, cue: Cue) -> bool:
        return self.status(cue) in (EMPTY, UNTRANSLATED)

    def is_kept(self, cue: Cue) -> bool:
        key = self.mark_key(cue)
        return key is not None and key in self.marks

    def keep(self, cue: Cue, kept: bool = True) -> bool:
        """Mark (or unmark) ``cue`` as meant to stay as its source cue is. False when the cue has
        no source cue to keep (nothing changes)."""
        key = self.mark_key(cue)
        if key is None:
            return False
        if kept:
            self.marks.add(key)
        else:
            self.marks.discard(key)
        return True

    def progress(self, target: Document | Iterable[Cue]) -> Progress:
        total = untranslated = kept = 0
        for cue in (target.cues if isinstance(target, Document) else target):
            status = self.status(cue)
            total += 1
            if status in (EMPTY, UNTRANSLATED):
                untranslated += 1
            elif status == KEPT:
                kept += 1
        return Progress(total, untranslated, kept)
