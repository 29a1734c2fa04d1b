"""Invertible, described document edits and the undo stack.

Every change to a :class:`~subtitle_desk.core.document.Document` is an :class:`Edit`: it knows how
to apply itself, how to revert itself, and what to call itself in a menu ("Edit text of cue 12",
"Shift 240 cues by +1.500 s"). Edits touch the document only through its ``_update``,
``_update_many``, ``_insert``, ``_remove`` and ``_replace_all`` methods, so every change reaches
the document's listeners (table models, the incremental QC) as a ``Change``.

Memory: an edit keeps only what it needs to revert (old text of one cue, removed cues, the old
times of cues a shift clamped at zero); only :class:`ChangeFrameRate` keeps every old time, as
two compact integer arrays. Cues are never sorted behind the user's back.

Undo merging (typing): :meth:`UndoStack.push` folds a :class:`SetText` (or :class:`SetTimes`)
into the previous undo step when that step is the same kind of edit on the same row, was pushed
less than ``merge_window`` seconds (default 2 s) before, and nothing broke the run since: an
undo, redo, ``mark_clean()`` (a save), or an explicit ``break_merge()`` (call it when the
editor's current row changes or the text field loses focus).

Rows in descriptions are 1-based, as users number cues.
"""

from __future__ import annotations

import re
import time
from array import array
from collections.abc import Callable, Iterable, Sequence

from subtitle_desk.core.document import Cue, Document, visible_text

__all__ = [
    "Edit", "SetText", "SetTimes", "ShiftTimes", "InsertCues", "DeleteCues", "SplitCue",
    "MergeCues", "ChangeFrameRate", "FindReplace", "SortCues", "EditGroup", "UndoStack",
    "format_offset",
]


def format_offset(offset_ms: int) -> str:
    """``+1.500 s`` / ``-0.040 s``: a signed offset as shown in menus."""
    sign = "-" if offset_ms < 0 else "+"
    whole, ms = divmod(abs(offset_ms), 1000)
    return f"{sign}{whole}.{ms:03d} s"


def _cues_phrase(count: int) -> str:
    return "1 cue" if count == 1 else f"{count} cues"


def _check_row(doc: Document, row: int) -> None:
    if not 0 <= row < len(doc):
        raise IndexError(f"cue {row + 1} does not exist (the document has {len(doc)} cues)")


class Edit:
    """One invertible change. Subclasses implement ``apply``/``revert`` and ``description``.

    ``apply`` validates before it mutates, so a failed apply leaves the document unchanged.
    ``is_noop`` is true after an apply that changed nothing; the stack does not keep such edits.
    """

    is_noop: bool = False

    @property
    def description(self) -> str:
        raise NotImplementedError

    def apply(self, doc: Document) -> None:
        raise NotImplementedError

    def revert(self, doc: Document) -> None:
        raise NotImplementedError

    # merging (typing in one cue); only SetText / SetTimes take part
    def merge_key(self) -> tuple | None:
        return None

    def absorb(self, later: "Edit") -> None:
        """Fold an already applied ``later`` edit with the same merge key into this one."""
        raise NotImplementedError

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.description!r}>"


class SetText(Edit):
    def __init__(self, row: int, text: str) -> None:
        self.row = row
        self.text = text
        self.old_text: str | None = None

    @property
    def description(self) -> str:
        return f"Edit text of cue {self.row + 1}"

    def apply(self, doc: Document) -> None:
        _check_row(doc, self.row)
        self.old_text = doc[self.row].text
        self.is_noop = self.old_text == self.text
        if not self.is_noop:
            doc._update(self.row, text=self.text)

    def revert(self, doc: Document) -> None:
        doc._update(self.row, text=self.old_text)

    def merge_key(self) -> tuple:
        return ("text", self.row)

    def absorb(self, later: Edit) -> None:
        assert isinstance(later, SetText)
        self.text = later.text


class SetTimes(Edit):
    def __init__(self, row: int, start: int, end: int) -> None:
        self.row, self.start, self.end = row, int(start), int(end)
        self.old: tuple[int, int] | None = None

    @property
    def description(self) -> str:
        return f"Change timing of cue {self.row + 1}"

    def apply(self, doc: Document) -> None:
        _check_row(doc, self.row)
        if self.start < 0 or self.end < 0:
            raise ValueError("cue times cannot be negative")
        cue = doc[self.row]
        self.old = (cue.start, cue.end)
        self.is_noop = self.old == (self.start, self.end)
        if not self.is_noop:
            doc._update(self.row, start=self.start, end=self.end)

    def revert(self, doc: Document) -> None:
        doc._update(self.row, start=self.old[0], end=self.old[1])

    def merge_key(self) -> tuple:
        return ("times", self.row)

    def absorb(self, later: Edit) -> None:
        assert isinstance(later, SetTimes)
        self.start, self.end = later.start, later.end


class ShiftTimes(Edit):
    """Move cues (``rows``, or every cue when ``None``) by ``offset_ms``; times stop at zero."""

    def __init__(self, rows: Iterable[int] | None, offset_ms: int) -> None:
        self.rows = None if rows is None else sorted(set(rows))
        self.offset_ms = int(offset_ms)
        self._count = 0
        # old (start, end) of cues whose shifted times were clamped at 0: only those can't be
        # recovered by shifting back.
        self._clamped: dict[int, tuple[int, int]] = {}

    @property
    def description(self) -> str:
        n = self._count if self._count else (len(self.rows) if self.rows is not None else 0)
        what = _cues_phrase(n) if n else "cues"
        return f"Shift {what} by {format_offset(self.offset_ms)}"

    def _targets(self, doc: Document) -> Sequence[int]:
        if self.rows is None:
            return range(len(doc))
        for row in self.rows:
            _check_row(doc, row)
        return self.rows

    def apply(self, doc: Document) -> None:
        rows = self._targets(doc)
        self._count = len(rows)
        self._clamped.clear()
        self.is_noop = self.offset_ms == 0 or not rows
        if self.is_noop:
            return
        off, cues, updates = self.offset_ms, doc.cues, []
        for row in rows:
            cue = cues[row]
            start, end = cue.start + off, cue.end + off
            if start < 0 or end < 0:
                self._clamped[row] = (cue.start, cue.end)
                start, end = max(start, 0), max(end, 0)
            updates.append((row, start, end))
        doc._update_many(updates)

    def revert(self, doc: Document) -> None:
        off, cues, clamped, updates = self.offset_ms, doc.cues, self._clamped, []
        for row in self._targets(doc):
            old = clamped.get(row)
            if old is None:
                cue = cues[row]
                old = (cue.start - off, cue.end - off)
            updates.append((row, *old))
        doc._update_many(updates)


class InsertCues(Edit):
    def __init__(self, row: int, cues: Sequence[Cue]) -> None:
        if not cues:
            raise ValueError("nothing to insert")
        self.row = row
        self.cues = [cue.copy() for cue in cues]

    @property
    def description(self) -> str:
        if len(self.cues) == 1:
            return f"Insert cue {self.row + 1}"
        return f"Insert {len(self.cues)} cues at {self.row + 1}"

    def apply(self, doc: Document) -> None:
        if not 0 <= self.row <= len(doc):
            raise IndexError(f"cannot insert at row {self.row + 1} of {len(doc)}")
        doc._insert(self.row, [cue.copy() for cue in self.cues])

    def revert(self, doc: Document) -> None:
        doc._remove(self.row, len(self.cues))


def _runs(rows: Sequence[int]) -> list[tuple[int, int]]:
    """Sorted unique rows -> [(first, count)] of contiguous runs."""
    runs: list[tuple[int, int]] = []
    for row in rows:
        if runs and runs[-1][0] + runs[-1][1] == row:
            runs[-1] = (runs[-1][0], runs[-1][1] + 1)
        else:
            runs.append((row, 1))
    return runs


class DeleteCues(Edit):
    def __init__(self, rows: Iterable[int]) -> None:
        self.rows = sorted(set(rows))
        if not self.rows:
            raise ValueError("no cues to delete")
        self._removed: list[tuple[int, list[Cue]]] = []

    @property
    def description(self) -> str:
        if len(self.rows) == 1:
            return f"Delete cue {self.rows[0] + 1}"
        return f"Delete {len(self.rows)} cues"

    def apply(self, doc: Document) -> None:
        for row in (self.rows[0], self.rows[-1]):
            _check_row(doc, row)
        self._removed = []
        for first, count in reversed(_runs(self.rows)):  # from the bottom: rows above stay put
            self._removed.append((first, doc._remove(first, count)))

    def revert(self, doc: Document) -> None:
        for first, cues in reversed(self._removed):
            doc._insert(first, cues)
        self._removed = []


_TAG = re.compile(r"<(/?)([A-Za-z][\w.-]*)[^<>\n]*>")
_TRAILING_OPEN = re.compile(r"(?:<[A-Za-z][^<>\n/]*>|\{\\[^{}\n]*\})\Z")
_LEADING_CLOSE = re.compile(r"</[A-Za-z][^<>\n]*>")


_SSA_BLOCK = re.compile(r"\{(\\[^{}\n]*)\}")
_SSA_PLACEMENT = re.compile(r"(an|a|pos|org)(?:\d+|\([^()]*\))\s*\Z")
_SSA_TOGGLE = re.compile(r"\\([ibus])(\d)(?![\d.])")


def _ssa_styles_on(left: str) -> str:
    """The SSA/ASS overrides the second half of a split needs repeated (``\\an8\\i1``): placement
    (``\\an8``, ``\\pos``) and ``\\i1``-style toggles still on at the end of ``left``, since an
    override lasts only to the end of its own event."""
    if "{" not in left:
        return ""
    state: dict[str, str] = {}
    placement: dict[str, str] = {}  # \an8, \pos(x,y): whole-event overrides both halves need
    for block in _SSA_BLOCK.finditer(left):
        for tag in block.group(1).split("\\"):
            if tag == "r":  # \r resets every override
                state.clear()
            elif (m := _SSA_TOGGLE.match("\\" + tag)):
                state[m.group(1)] = m.group(2)
            elif (m := _SSA_PLACEMENT.match(tag)):
                placement[m.group(1)] = tag
    return ("".join(f"\\{tag}" for tag in placement.values())
            + "".join(f"\\{name}{value}" for name, value in state.items() if value != "0"))


def _balance_split(left: str, right: str) -> tuple[str, str]:
    """Close on the left the HTML-style tags still open at the split, and reopen them on the right."""
    open_tags: list[tuple[str, str]] = []  # (name, full opening tag)
    for m in _TAG.finditer(left):
        closing, name = m.group(1), m.group(2).lower()
        if not closing:
            open_tags.append((name, m.group(0)))
        else:
            for i in range(len(open_tags) - 1, -1, -1):
                if open_tags[i][0] == name:
                    del open_tags[i]
                    break
    reopen_ssa = _ssa_styles_on(left)
    if reopen_ssa:
        right = "{" + reopen_ssa + "}" + right
    if not open_tags:
        return left, right
    closers = "".join(f"</{m.group(2)}>" for _, tag in reversed(open_tags)
                      if (m := _TAG.match(tag)))
    return left + closers, "".join(tag for _, tag in open_tags) + right


class SplitCue(Edit):
    """Split one cue in two at ``text_position`` (an index into its text).

    Whitespace and line breaks at the split point are dropped; inline tags open at the split are
    closed in the first cue and reopened in the second. The time is divided in proportion to the
    visible characters on each side (half and half when neither side has any).
    """

    def __init__(self, row: int, text_position: int) -> None:
        self.row, self.text_position = row, text_position
        self._old: tuple[str, int] | None = None

    @property
    def description(self) -> str:
        return f"Split cue {self.row + 1}"

    @staticmethod
    def split_parts(cue: Cue, position: int) -> tuple[Cue, Cue]:
        text = cue.text
        position = max(0, min(position, len(text)))
        # never cut inside a tag: move to the tag's start
        for m in _TAG.finditer(text):
            if m.start() < position < m.end():
                position = m.start()
                break
        left, right = text[:position].rstrip(), text[position:].lstrip()
        # an opening tag just before the split belongs to the second part, a closing tag just
        # after it to the first (no empty "<i></i>" left behind)
        while (m := _TRAILING_OPEN.search(left)):
            left, right = left[:m.start()].rstrip(), m.group(0) + right
        while (m := _LEADING_CLOSE.match(right)):
            left, right = left + m.group(0), right[m.end():].lstrip()
        left, right = _balance_split(left, right)
        n_left = len(visible_text(left).replace("\n", ""))
        n_right = len(visible_text(right).replace("\n", ""))
        total = n_left + n_right
        ratio = n_left / total if total else 0.5
        mid = cue.start + round((cue.end - cue.start) * ratio) if cue.end > cue.start else cue.start
        first = cue.copy()
        first.text, first.end = left, mid
        second = cue.copy()
        second.text, second.start, second.identifier = right, mid, ""
        return first, second

    def apply(self, doc: Document) -> None:
        _check_row(doc, self.row)
        cue = doc[self.row]
        first, second = self.split_parts(cue, self.text_position)
        self._old = (cue.text, cue.end)
        doc._update(self.row, text=first.text, end=first.end)
        doc._insert(self.row + 1, [second])

    def revert(self, doc: Document) -> None:
        doc._remove(self.row + 1, 1)
        doc._update(self.row, text=self._old[0], end=self._old[1])


class MergeCues(Edit):
    """Merge contiguous cues into the first: texts joined by a line break, times spanning all."""

    def __init__(self, rows: Iterable[int]) -> None:
        self.rows = sorted(set(rows))
        if len(self.rows) < 2:
            raise ValueError("merging needs at least two cues")
        if self.rows[-1] - self.rows[0] + 1 != len(self.rows):
            raise ValueError("only adjacent cues can be merged")
        self._old_first: tuple[str, int, int] | None = None
        self._removed: list[Cue] = []

    @property
    def description(self) -> str:
        return f"Merge cues {self.rows[0] + 1}–{self.rows[-1] + 1}"

    def apply(self, doc: Document) -> None:
        first, count = self.rows[0], len(self.rows)
        _check_row(doc, self.rows[-1])
        cues = doc.cues[first:first + count]
        head = cues[0]
        self._old_first = (head.text, head.start, head.end)
        text = "\n".join(c.text for c in cues if c.text.strip()) or head.text
        start, end = min(c.start for c in cues), max(c.end for c in cues)
        self._removed = doc._remove(first + 1, count - 1)
        doc._update(first, text=text, start=start, end=end)

    def revert(self, doc: Document) -> None:
        first = self.rows[0]
        text, start, end = self._old_first
        doc._update(first, text=text, start=start, end=end)
        doc._insert(first + 1, self._removed)
        self._removed = []


def _fps(value: float) -> str:
    return f"{value:.3f}".rstrip("0").rstrip(".")


class ChangeFrameRate(Edit):
    """Retime every cue from ``from_fps`` to ``to_fps``: times scaled by from/to.

    For a programme made at 25 fps that must play at 23.976 fps (25 -> 23.976), every time is
    multiplied by 25 / 23.976 (it plays slower, so each cue comes later).
    """

    def __init__(self, from_fps: float, to_fps: float) -> None:
        if from_fps <= 0 or to_fps <= 0:
            raise ValueError("frame rates must be positive")
        self.from_fps, self.to_fps = float(from_fps), float(to_fps)
        self._starts = array("q")
        self._ends = array("q")

    @property
    def description(self) -> str:
        return f"Change frame rate from {_fps(self.from_fps)} to {_fps(self.to_fps)} fps"

    def apply(self, doc: Document) -> None:
        factor = self.from_fps / self.to_fps
        cues = doc.cues
        self._starts = array("q", (c.start for c in cues))
        self._ends = array("q", (c.end for c in cues))
        self.is_noop = not cues or factor == 1.0
        if not self.is_noop:
            doc._update_many([(i, round(c.start * factor), round(c.end * factor))
                              for i, c in enumerate(cues)])

    def revert(self, doc: Document) -> None:
        doc._update_many(list(zip(range(len(self._starts)), self._starts, self._ends)))


class FindReplace(Edit):
    """Replace ``pattern`` with ``replacement`` in the text of ``rows`` (every cue when None).

    With ``regex=False`` both are literal; with ``regex=True`` the replacement may use ``\\1`` /
    ``\\g<name>``. ``count`` (after apply) is the number of replacements made; an edit that
    replaced nothing is a no-op and the undo stack does not keep it.
    """

    def __init__(self, pattern: str, replacement: str, regex: bool = False,
                 case_sensitive: bool = True, rows: Iterable[int] | None = None) -> None:
        if not pattern:
            raise ValueError("the text to find is empty")
        flags = 0 if case_sensitive else re.IGNORECASE
        try:
            self._re = re.compile(pattern if regex else re.escape(pattern), flags)
            if regex:
                self._re.sub(replacement, "")  # reject bad group references up front
        except re.error as exc:
            raise ValueError(f"invalid pattern or replacement: {exc}") from None
        self.pattern, self.replacement = pattern, replacement
        self.regex, self.case_sensitive = regex, case_sensitive
        self.rows = None if rows is None else sorted(set(rows))
        self.count = 0
        self._old: dict[int, str] = {}

    @property
    def description(self) -> str:
        times = "1 replacement" if self.count == 1 else f"{self.count} replacements"
        return f"Replace “{self.pattern}” with “{self.replacement}” ({times})"

    def apply(self, doc: Document) -> None:
        rows: Sequence[int] = range(len(doc)) if self.rows is None else self.rows
        if self.rows is not None:
            for row in self.rows:
                _check_row(doc, row)
        repl: object = self.replacement if self.regex else (lambda _m, r=self.replacement: r)
        subn, cues = self._re.subn, doc.cues
        new_texts: list[tuple[int, str]] = []
        self.count, self._old = 0, {}
        for row in rows:
            text = cues[row].text
            new, n = subn(repl, text)
            if n and new != text:
                self.count += n
                self._old[row] = text
                new_texts.append((row, new))
        self.is_noop = not new_texts
        doc._update_texts(new_texts)

    def revert(self, doc: Document) -> None:
        doc._update_texts(list(self._old.items()))


class SortCues(Edit):
    """Put cues in order of start time (then end time), on request only: nothing sorts cues
    behind the user's back. Keeps the permutation (one integer per cue) to undo."""

    def __init__(self) -> None:
        self._order = array("q")

    @property
    def description(self) -> str:
        return "Sort cues by time"

    def apply(self, doc: Document) -> None:
        cues = doc.cues
        order = sorted(range(len(cues)), key=lambda i: (cues[i].start, cues[i].end))
        self.is_noop = all(i == row for row, i in enumerate(order))
        self._order = array("q", order)
        if not self.is_noop:
            doc._replace_all([cues[i] for i in order])

    def revert(self, doc: Document) -> None:
        restored: list[Cue | None] = [None] * len(self._order)
        for position, original in enumerate(self._order):
            restored[original] = doc.cues[position]
        doc._replace_all(restored)  # type: ignore[arg-type]


class EditGroup(Edit):
    """Several edits as one undo step (applied in order, reverted in reverse)."""

    def __init__(self, description: str, edits: Sequence[Edit]) -> None:
        self._description, self.edits = description, list(edits)
        self._applied: list[Edit] = []

    @property
    def description(self) -> str:
        return self._description

    def apply(self, doc: Document) -> None:
        self._applied = []
        try:
            for edit in self.edits:
                edit.apply(doc)
                self._applied.append(edit)
        except Exception:
            for edit in reversed(self._applied):  # leave the document as it was
                if not edit.is_noop:
                    edit.revert(doc)
            raise
        self.is_noop = all(e.is_noop for e in self._applied)

    def revert(self, doc: Document) -> None:
        for edit in reversed(self._applied):
            if not edit.is_noop:
                edit.revert(doc)


StackListener = Callable[[], None]


class UndoStack:
    """Unlimited undo/redo over one document. ``subscribe(fn)`` calls ``fn()`` after every change
    of the stack's state (push, undo, redo, clean state), so menus can refresh their text."""

    def __init__(self, doc: Document, *, merge_window: float = 2.0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.doc = doc
        self.merge_window = merge_window
        self._clock = clock
        self._edits: list[Edit] = []
        self._index = 0          # edits[:index] are applied
        self._clean: int | None = 0  # None: the saved state is no longer reachable
        self._merge_open = False
        self._last_push = 0.0
        self._listeners: list[StackListener] = []
        self._revision = 0

    # -- state --------------------------------------------------------------------------------
    @property
    def can_undo(self) -> bool:
        return self._index > 0

    @property
    def can_redo(self) -> bool:
        return self._index < len(self._edits)

    @property
    def undo_text(self) -> str:
        return self._edits[self._index - 1].description if self.can_undo else ""

    @property
    def redo_text(self) -> str:
        return self._edits[self._index].description if self.can_redo else ""

    @property
    def dirty(self) -> bool:
        return self._clean != self._index

    @property
    def index(self) -> int:
        return self._index

    @property
    def revision(self) -> int:
        """Grows with every change to the document through this stack, merged typing included:
        compare it before and after a background save to know whether the saved snapshot is
        still the current state (``index`` alone does not move when typing merges)."""
        return self._revision

    def __len__(self) -> int:
        return len(self._edits)

    def subscribe(self, listener: StackListener) -> Callable[[], None]:
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    def _notify(self) -> None:
        for listener in list(self._listeners):
            listener()

    # -- operations ---------------------------------------------------------------------------
    def push(self, edit: Edit) -> bool:
        """Apply ``edit`` and make it the next undo step. False (nothing kept) when it changed
        nothing, e.g. a find/replace without a match."""
        edit.apply(self.doc)
        if edit.is_noop:
            return False
        self._revision += 1
        now = self._clock()
        top = self._edits[self._index - 1] if self.can_undo else None
        key = edit.merge_key()
        if (top is not None and key is not None and self._merge_open and not self.can_redo
                and self._clean != self._index and top.merge_key() == key
                and now - self._last_push < self.merge_window):
            top.absorb(edit)
        else:
            del self._edits[self._index:]
            if self._clean is not None and self._clean > self._index:
                self._clean = None
            self._edits.append(edit)
            self._index += 1
        self._merge_open = key is not None
        self._last_push = now
        self._notify()
        return True

    def undo(self) -> Edit | None:
        if not self.can_undo:
            return None
        edit = self._edits[self._index - 1]
        edit.revert(self.doc)
        self._revision += 1
        self._index -= 1
        self._merge_open = False
        self._notify()
        return edit

    def redo(self) -> Edit | None:
        if not self.can_redo:
            return None
        edit = self._edits[self._index]
        edit.apply(self.doc)
        self._revision += 1
        self._index += 1
        self._merge_open = False
        self._notify()
        return edit

    def break_merge(self) -> None:
        """The next edit starts a new undo step (call when the current cue or field changes)."""
        self._merge_open = False

    def mark_clean(self) -> None:
        """The document was saved in its current state."""
        self._clean = self._index
        self._merge_open = False
        self._notify()

    def mark_dirty(self) -> None:
        """No state of this history is what is on disk (e.g. a document restored from autosave):
        the document stays dirty until the next ``mark_clean()``."""
        self._clean = None
        self._merge_open = False
        self._notify()

    def clear(self) -> None:
        """Forget all history (e.g. after loading another file); the current state is clean."""
        self._edits.clear()
        self._index, self._clean, self._merge_open = 0, 0, False
        self._notify()
