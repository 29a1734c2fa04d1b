"""The subtitle document: an ordered list of cues plus what the source format carries.

Times are integer milliseconds. ``Cue.text`` uses ``"\\n"`` for line breaks whatever the file
format (SSA's ``\\N`` and TTML's ``<br/>`` are translated by the format modules) and keeps the
format's own inline markup (``<i>`` for SRT/WebVTT, ``{\\i1}`` for SSA), so that a round trip in
one format loses nothing. ``visible_text`` strips markup for counting characters.

The document never changes behind the edit layer's back: ``subtitle_desk.core.edits`` is the only
code that calls the mutating methods here, and every mutation is announced to listeners as a
``Change`` so that models (Qt or otherwise) and the incremental QC stay in step.
"""

from __future__ import annotations

import copy
import dataclasses
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

__all__ = ["Cue", "Document", "Change", "DocumentFollower", "visible_text", "visible_lines"]

# <tag ...>, </tag>, WebVTT timestamps <00:00:01.000>, SSA override blocks {\...}
_MARKUP = re.compile(r"<[^<>\n]*>|\{\\[^{}\n]*\}")
_ENTITIES = {"&amp;": "&", "&lt;": "<", "&gt;": ">", "&nbsp;": "\u00a0", "&lrm;": "\u200e", "&rlm;": "\u200f"}
_ENTITY = re.compile("|".join(map(re.escape, _ENTITIES)))


def visible_text(text: str) -> str:
    """The text a viewer reads: markup tags and SSA override blocks removed, entities decoded."""
    if "<" in text or "{" in text:
        text = _MARKUP.sub("", text)
    if "&" in text:
        text = _ENTITY.sub(lambda m: _ENTITIES[m.group(0)], text)
    return text


def visible_lines(text: str) -> list[str]:
    return visible_text(text).split("\n")


@dataclass(slots=True)
class Cue:
    start: int
    end: int
    text: str = ""
    #: WebVTT cue identifier or the SRT number as read (informational; SRT is renumbered on save).
    identifier: str = ""
    #: WebVTT cue settings (``align:center line:90%``), kept verbatim.
    settings: str = ""
    #: Format-specific fields, e.g. SSA ``{"style": "Default", "layer": 0, "name": "", ...}`` or
    #: TTML ``{"region": "bottom", "style": "s1", "attrs": {...}}``. Values are plain data.
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def duration(self) -> int:
        return self.end - self.start

    def copy(self) -> "Cue":
        return dataclasses.replace(self, extra=dict(self.extra))


@dataclass(frozen=True, slots=True)
class Change:
    """What changed in a document.

    kind is one of:
      ``"update"``: cues at ``rows`` changed in place (text and/or times);
      ``"insert"``: ``count`` cues were inserted starting at row ``first``;
      ``"remove"``: ``count`` cues were removed starting at row ``first``;
      ``"reset"``: anything may have changed (load, frame-rate change of every cue ...).
    """

    kind: str
    rows: tuple[int, ...] = ()
    first: int = 0
    count: int = 0


Listener = Callable[[Change], None]


@dataclass
class Document:
    """Cues plus the metadata of the file they came from.

    ``format`` is ``"srt" | "vtt" | "ttml" | "ssa"`` (``"ssa"`` covers ASS too; ``meta["ssa_variant"]``
    tells which). ``meta`` holds what the format module needs to write the file back unchanged
    (WebVTT header and NOTE/STYLE blocks, SSA script info and styles, TTML head and attributes ...).
    ``encoding``, ``bom`` and ``newline`` are kept from the source so a save writes the same bytes.
    """

    cues: list[Cue] = field(default_factory=list)
    format: str = "srt"
    meta: dict[str, Any] = field(default_factory=dict)
    encoding: str = "utf-8"
    bom: bool = False
    newline: str = "\n"
    #: Human notes from reading, e.g. "encoding guessed as cp1252", "3 malformed blocks skipped".
    warnings: list[str] = field(default_factory=list)
    _listeners: list[Listener] = field(default_factory=list, repr=False, compare=False)

    # -- observation -------------------------------------------------------------------------
    def subscribe(self, listener: Listener) -> Callable[[], None]:
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    def _emit(self, change: Change) -> None:
        for listener in list(self._listeners):
            listener(change)

    # -- reading -----------------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self.cues)

    def __getitem__(self, row: int) -> Cue:
        return self.cues[row]

    def __iter__(self):
        return iter(self.cues)

    def copy(self) -> "Document":
        """A snapshot that later edits do not reach: every cue copied, metadata deep-copied, no
        subscribers. Cheap enough for the UI thread (saving or sending then runs on the copy)."""
        return Document(cues=[cue.copy() for cue in self.cues], format=self.format,
                        meta=copy.deepcopy(self.meta), encoding=self.encoding, bom=self.bom,
                        newline=self.newline, warnings=list(self.warnings))

    # -- mutation: for subtitle_desk.core.edits only ---------------------------------------------
    def _update(self, row: int, **values: Any) -> None:
        cue = self.cues[row]
        for name, value in values.items():
            setattr(cue, name, value)
        self._emit(Change("update", rows=(row,)))

    def _update_many(self, updates: Sequence[tuple[int, int, int]]) -> None:
        """Set (row, start, end) for many cues, announcing one change."""
        for row, start, end in updates:
            cue = self.cues[row]
            cue.start, cue.end = start, end
        self._emit(Change("update", rows=tuple(r for r, _, _ in updates)))

    def _update_texts(self, texts: Sequence[tuple[int, str]]) -> None:
        """Set (row, text) for many cues, announcing one change (find and replace in 20,000 cues)."""
        if not texts:
            return
        for row, text in texts:
            self.cues[row].text = text
        self._emit(Change("update", rows=tuple(row for row, _ in texts)))

    def _insert(self, first: int, cues: Iterable[Cue]) -> None:
        cues = list(cues)
        self.cues[first:first] = cues
        self._emit(Change("insert", first=first, count=len(cues)))

    def _remove(self, first: int, count: int) -> list[Cue]:
        removed = self.cues[first : first + count]
        del self.cues[first : first + count]
        self._emit(Change("remove", first=first, count=count))
        return removed

    def _replace_all(self, cues: list[Cue]) -> None:
        self.cues = cues
        self._emit(Change("reset"))


class DocumentFollower:
    """Calls ``on_change(change)`` after each change of the one document it follows now: a view
    handed one document after another drops its subscription to the old one, which would
    otherwise keep calling it (and keep it alive)."""

    def __init__(self, on_change: Listener) -> None:
        self._on_change = on_change
        self._unsubscribe: Callable[[], None] | None = None

    def follow(self, doc: Document | None) -> None:
        """Follow ``doc`` from now on (None: no document), and the previous one no more."""
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        if doc is not None:
            self._unsubscribe = doc.subscribe(self._on_change)
