"""Quality control: a subtitle specification, its rules, and an incremental checker.

A :class:`Spec` holds optional limits (``None`` = no limit). Rules and their ids:

=====================  =================================================================
``max-lines``          more lines than ``max_lines``
``max-chars-per-line`` a line longer than ``max_chars_per_line`` (value: the longest line)
``min-duration``       shorter than ``min_duration_ms``
``max-duration``       longer than ``max_duration_ms``
``max-cps``            reading speed above ``max_cps``
``overlap``            the next cue starts before this one ends (value: overlap in ms)
``min-gap``            the gap to the next cue is below ``min_gap_ms`` (value: the gap)
``empty-text``         no visible text
``bad-timing``         the end is not after the start
``untranslated``       no text, or still the text of its source cue (translation work)
``glossary``           its source cue holds a glossary term, and it none of the approved
                       translations (value: how many terms)
``spelling``           words not in the language's dictionary (value: how many)
=====================  =================================================================

The last three check a translation and need a :class:`QcContext` beside the spec: a
``TranslationState`` (the source document and the cues kept as they are, see
``core.translation``) turns on ``untranslated``; with a ``GlossaryMatcher`` (``core.glossary``)
also ``glossary``; a ``SpellChecker`` (``core.spelling``) turns on ``spelling``. They look at one
cue at a time (its text and times; the source cues it is aligned to by time), so the incremental
checker treats them like the other per-cue rules. A cue that is untranslated (or kept as in the
source) is reported for that alone: its text is still the source language's, so the glossary and
spelling rules skip it.

Characters are counted on ``visible_text`` (markup tags removed, entities decoded) without line
breaks; every other character counts, spaces and punctuation included. CPS is characters divided
by the duration in seconds; the reported value is rounded up to 0.1. ``overlap`` and ``min-gap`` are reported on the earlier cue of the
pair, in document order (cues are not sorted for checking).

Frame-based presets are stored in whole milliseconds rounded to the nearest ms: 2 frames at
24 fps (83.33 ms) is ``83`` and 20 frames (833.33 ms) is ``833``, which is what those frame
counts become once written as SRT/WebVTT times.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from subtitle_desk.core.document import Change, Cue, Document, visible_text
from subtitle_desk.core.translation import EMPTY, KEPT, UNTRANSLATED

if TYPE_CHECKING:
    from subtitle_desk.core.glossary import GlossaryMatcher, TermMatch
    from subtitle_desk.core.spelling import SpellChecker
    from subtitle_desk.core.translation import TranslationState

__all__ = ["Spec", "PRESETS", "RULES", "TRANSLATION_RULES", "Problem", "QcContext", "check_cue",
           "chars_per_second", "reading_chars",
           "check_pair", "check_document", "QcChecker", "FullCheck"]

#: The rules that need a :class:`QcContext`.
TRANSLATION_RULES = ("untranslated", "glossary", "spelling")
RULES = ("max-lines", "max-chars-per-line", "min-duration", "max-duration", "max-cps", "overlap",
         "min-gap", "empty-text", "bad-timing") + TRANSLATION_RULES

_DOTSUB_FIELDS = (
    ("maxLinesPerCaption", "max_lines", int),
    ("maxCharactersPerLine", "max_chars_per_line", int),
    ("minCaptionDurationInMillis", "min_duration_ms", int),
    ("maxCaptionDurationInMillis", "max_duration_ms", int),
    ("maxCharactersPerSecondPerCaption", "max_cps", float),
)
_LIMIT_FIELDS = ("max_lines", "max_chars_per_line", "min_duration_ms", "max_duration_ms",
                 "max_cps", "min_gap_ms")


def _number(value: Any, kind: type, where: str) -> int | float | None:
    if value is None:
        return None
    ok = isinstance(value, int) and not isinstance(value, bool)
    if kind is float:
        ok = ok or isinstance(value, float)
    elif isinstance(value, float) and value.is_integer():
        ok, value = True, int(value)
    if not ok:
        wanted = "a number" if kind is float else "a whole number"
        raise ValueError(f"{where} must be {wanted} or null, not {value!r}")
    if value < 0:
        raise ValueError(f"{where} must not be negative, not {value!r}")
    return float(value) if kind is float else int(value)


def _fmt(value: float) -> str:
    return f"{value:g}" if isinstance(value, float) else str(value)


@dataclass(frozen=True, slots=True)
class Spec:
    """Limits to check against; ``None`` means no limit for that rule."""

    name: str = "custom"
    max_lines: int | None = None
    max_chars_per_line: int | None = None
    min_duration_ms: int | None = None
    max_duration_ms: int | None = None
    max_cps: float | None = None
    min_gap_ms: int | None = None

    def __post_init__(self) -> None:
        for field_name in _LIMIT_FIELDS:
            kind = float if field_name == "max_cps" else int
            object.__setattr__(self, field_name, _number(getattr(self, field_name), kind, field_name))

    @classmethod
    def from_dotsub(cls, obj: Any) -> "Spec":
        """A Dotsub subtitle specification object as the API returns it (a Dotsub spec has no gap
        rule). Raises ValueError naming the field with a wrong type."""
        if not isinstance(obj, Mapping):
            raise ValueError(f"a Dotsub subtitle specification is a JSON object, not {type(obj).__name__}")
        values = {attr: _number(obj.get(key), kind, key) for key, attr, kind in _DOTSUB_FIELDS}
        label = obj.get("languageName") or obj.get("languageId") or ""
        ident = obj.get("subtitleSpecificationId")
        name = "Dotsub spec" + (f" {ident}" if ident is not None else "") + (f" ({label})" if label else "")
        return cls(name=name, **values)

    @classmethod
    def from_mapping(cls, obj: Any) -> "Spec":
        """A spec file: a Dotsub specification (camelCase keys, or a one-item ``{"content": [...]}``
        page as listed by the API), or this class's own fields (``max_cps`` ...)."""
        if isinstance(obj, Mapping) and isinstance(obj.get("content"), list):
            if len(obj["content"]) != 1:
                raise ValueError(f"the spec list holds {len(obj['content'])} specifications; keep one")
            obj = obj["content"][0]
        if not isinstance(obj, Mapping):
            raise ValueError(f"a subtitle specification is a JSON object, not {type(obj).__name__}")
        if any(key for key, _, _ in _DOTSUB_FIELDS if key in obj):
            return cls.from_dotsub(obj)
        unknown = set(obj) - set(_LIMIT_FIELDS) - {"name"}
        if unknown:
            raise ValueError(f"unknown spec field(s): {', '.join(sorted(unknown))}")
        name = obj.get("name", "custom")
        if not isinstance(name, str):
            raise ValueError(f"name must be text, not {name!r}")
        return cls(**dict(obj))

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    def describe(self) -> str:
        """One line for display, e.g. ``Netflix English: 2 lines, 42 characters per line, ...``."""
        parts = []
        if self.max_lines is not None:
            parts.append(f"{self.max_lines} line{'s' if self.max_lines != 1 else ''}")
        if self.max_chars_per_line is not None:
            parts.append(f"{self.max_chars_per_line} characters per line")
        if self.max_cps is not None:
            parts.append(f"{_fmt(self.max_cps)} characters per second")
        lo, hi = self.min_duration_ms, self.max_duration_ms
        if lo is not None and hi is not None:
            parts.append(f"{lo}–{hi} ms per cue")
        elif lo is not None:
            parts.append(f"at least {lo} ms per cue")
        elif hi is not None:
            parts.append(f"at most {hi} ms per cue")
        if self.min_gap_ms is not None:
            parts.append(f"{self.min_gap_ms} ms minimum gap")
        return f"{self.name}: " + (", ".join(parts) if parts else "no limits")


_NETFLIX = dict(max_lines=2, max_chars_per_line=42, min_duration_ms=833, max_duration_ms=7000,
                min_gap_ms=83)
PRESETS: dict[str, Spec] = {
    "netflix-en": Spec(name="Netflix English", max_cps=20.0, **_NETFLIX),
    "netflix-other": Spec(name="Netflix (other languages, children's)", max_cps=17.0, **_NETFLIX),
}


@dataclass(frozen=True, slots=True)
class Problem:
    """One rule broken by one cue. ``row`` is 0-based; ``message`` is for people (in English).

    ``details`` holds what the message says beyond ``value`` and ``limit``, so an interface can
    word it in another language: ``max-chars-per-line`` (the 1-based line, 0 when the cue has one
    line), ``untranslated`` (``"empty"`` or ``"untranslated"``, as ``core.translation`` names the
    status), ``glossary`` ((term, approved translations) per term missed), ``spelling`` (the
    misspelled words, each once). Empty for the other rules."""

    row: int
    rule: str
    value: float
    limit: float | None
    message: str
    details: tuple = ()


# A problem without its row: what the checker stores, so rows can shift for free
# (rule, value, limit, message[, details]).
_Found = tuple
_NONE: tuple = ()


def _cue_problems(cue: Cue, spec: Spec) -> tuple[_Found, ...]:
    """A cue's own problems, in reading order: text, layout, timing, speed."""
    found: list[_Found] = []
    text = visible_text(cue.text)
    duration = cue.end - cue.start
    empty = not text.strip()
    if empty:
        found.append(("empty-text", 0, None, "no text"))
    else:
        lines = text.split("\n")
        if spec.max_lines is not None and len(lines) > spec.max_lines:
            found.append(("max-lines", len(lines), spec.max_lines,
                          f"{len(lines)} lines (limit {spec.max_lines})"))
        if spec.max_chars_per_line is not None:
            longest = max(range(len(lines)), key=lambda i: len(lines[i]))
            width = len(lines[longest])
            if width > spec.max_chars_per_line:
                where = f"line {longest + 1} has" if len(lines) > 1 else "line has"
                found.append(("max-chars-per-line", width, spec.max_chars_per_line,
                              f"{where} {width} characters (limit {spec.max_chars_per_line})",
                              (longest + 1 if len(lines) > 1 else 0,)))
    if duration <= 0:
        found.append(("bad-timing", duration, 0,
                      f"ends {-duration} ms before it starts" if duration < 0 else "ends when it starts"))
        return tuple(found)
    if spec.min_duration_ms is not None and duration < spec.min_duration_ms:
        found.append(("min-duration", duration, spec.min_duration_ms,
                      f"lasts {duration} ms (minimum {spec.min_duration_ms} ms)"))
    if spec.max_duration_ms is not None and duration > spec.max_duration_ms:
        found.append(("max-duration", duration, spec.max_duration_ms,
                      f"lasts {duration} ms (maximum {spec.max_duration_ms} ms)"))
    if spec.max_cps is not None and not empty:
        cps = reading_chars(text) * 1000 / duration
        if cps > spec.max_cps:
            # rounded up to 0.1, so a cue just over the limit never reads as "20.0 (limit 20)"
            shown = math.ceil(cps * 10 - 1e-9) / 10
            found.append(("max-cps", shown, spec.max_cps,
                          f"{shown:.1f} characters per second (limit {_fmt(spec.max_cps)})"))
    return tuple(found)


def reading_chars(visible: str) -> int:
    """Characters a viewer reads in ``visible`` text: line breaks do not count."""
    return len(visible) - visible.count("\n")


def chars_per_second(cue: Cue) -> float | None:
    """The cue's reading speed, or None when it has no duration."""
    if cue.end <= cue.start:
        return None
    return reading_chars(visible_text(cue.text)) * 1000.0 / (cue.end - cue.start)


def _quoted(words, sep: str = ", ") -> str:
    return sep.join(f'"{w}"' for w in words)


class QcContext:
    """What the translation rules check a cue against; each part is optional (see the module
    notes). ``translation`` is needed for the glossary rule (it gives the source cues).

    Per-cue and free of rows, so :class:`QcChecker` re-checks an edited cue alone. After changing
    a part in place (kept marks, personal or ignored words), call ``QcChecker.recheck()``; for
    another source document or glossary, make a new context (``QcChecker.set_context``).
    """

    def __init__(self, translation: "TranslationState | None" = None,
                 glossary: "GlossaryMatcher | None" = None,
                 spelling: "SpellChecker | None" = None) -> None:
        self.translation, self.glossary, self.spelling = translation, glossary, spelling
        self._source_terms: dict[int, list[TermMatch]] = {}  # glossary matches per source row

    @property
    def rules(self) -> tuple[str, ...]:
        """The rule ids this context turns on."""
        on = {"untranslated": self.translation is not None,
              "glossary": self.translation is not None and self.glossary is not None,
              "spelling": self.spelling is not None}
        return tuple(rule for rule in TRANSLATION_RULES if on[rule])

    def cue_problems(self, cue: Cue) -> tuple[_Found, ...]:
        found: list[_Found] = []
        translation = self.translation
        if translation is not None:
            status = translation.status(cue)
            if status == EMPTY:
                return (("untranslated", 1, None, "not translated: no text", (EMPTY,)),)
            if status == UNTRANSLATED:
                return (("untranslated", 1, None, "not translated: same text as the source", (UNTRANSLATED,)),)
            if status == KEPT:
                return _NONE
            if self.glossary is not None:
                missed = self._glossary_misses(cue)
                if missed:
                    found.append(("glossary", len(missed), None, "; ".join(
                        f'"{m.term}" should be translated as {_quoted(m.targets, " or ")}' for m in missed),
                        tuple((m.term, tuple(m.targets)) for m in missed)))
        if self.spelling is not None:
            wrong = self.spelling.check(cue.text)
            if wrong:
                words = list(dict.fromkeys(m.word for m in wrong))
                found.append(("spelling", len(wrong), None, f"misspelled: {_quoted(words)}", tuple(words)))
        return tuple(found)

    def _glossary_misses(self, cue: Cue) -> list:
        matches = []
        cache, index, glossary = self._source_terms, self.translation.index, self.glossary
        for row in self.translation.held_rows(cue):
            terms = cache.get(row)
            if terms is None:
                terms = cache[row] = glossary.find(index.cues[row].text)
            matches.extend(terms)
        return glossary.missing(matches, cue.text) if matches else []


def _pair_problems(cue: Cue, following: Cue, spec: Spec) -> tuple[_Found, ...]:
    gap = following.start - cue.end
    if gap < 0:
        return (("overlap", -gap, 0, f"overlaps the next cue by {-gap} ms"),)
    if spec.min_gap_ms is not None and gap < spec.min_gap_ms:
        return (("min-gap", gap, spec.min_gap_ms,
                 f"{gap} ms gap to the next cue (minimum {spec.min_gap_ms} ms)"),)
    return _NONE


def _own_problems(cue: Cue, spec: Spec, context: QcContext | None) -> tuple[_Found, ...]:
    found = _cue_problems(cue, spec)
    if context is not None:
        more = context.cue_problems(cue)
        if more:
            found = found + more
    return found


def check_cue(cue: Cue, spec: Spec, row: int = 0, context: QcContext | None = None) -> list[Problem]:
    """Problems of one cue on its own (everything but overlap and min-gap)."""
    return [Problem(row, *f) for f in _own_problems(cue, spec, context)]


def check_pair(cue: Cue, following: Cue, spec: Spec, row: int = 0) -> list[Problem]:
    """overlap / min-gap between a cue (at ``row``) and the cue after it."""
    return [Problem(row, *f) for f in _pair_problems(cue, following, spec)]


def check_document(doc: Document, spec: Spec, context: QcContext | None = None) -> list[Problem]:
    """Every problem in ``doc``, sorted by row (a cue's own problems before its pair problem)."""
    cues, problems = doc.cues, []
    last = len(cues) - 1
    for row, cue in enumerate(cues):
        for f in _own_problems(cue, spec, context):
            problems.append(Problem(row, *f))
        if row < last:
            for f in _pair_problems(cue, cues[row + 1], spec):
                problems.append(Problem(row, *f))
    return problems


RowsListener = Callable[[tuple[int, ...]], None]


def _check_all(cues: list[Cue], spec: Spec, context: QcContext | None) -> tuple[list[tuple], list[tuple], int]:
    own = [_own_problems(c, spec, context) or _NONE for c in cues]
    pair = [_pair_problems(c, n, spec) for c, n in zip(cues, cues[1:])]
    if cues:
        pair.append(_NONE)
    return own, pair, sum(map(len, own)) + sum(map(len, pair))


def _listed(own: list[tuple], pair: list[tuple]) -> list[Problem]:
    out = []
    for row, (mine, between) in enumerate(zip(own, pair)):
        if mine or between:
            out.extend(Problem(row, *f) for f in (*mine, *between))
    return out


@dataclass(frozen=True)
class FullCheck:
    """The problems of every row, worked out by :meth:`QcChecker.check_all`."""

    generation: int
    spec: Spec
    context: QcContext | None
    own: list[tuple]
    pair: list[tuple]
    count: int
    #: The problems as ``all_problems`` lists them (built on the worker thread too).
    problems: list[Problem]


class QcChecker:
    """Keeps the problems of a document up to date as it changes.

    On each ``Change`` it re-checks only the rows concerned and the pairs around them. Listeners
    (``subscribe(fn)``) get ``fn(rows)``: the rows (current numbering) whose problems changed,
    including inserted rows; after a reset, ``set_spec`` or ``set_context`` every row.
    ``context`` (a :class:`QcContext`) adds the translation rules.
    """

    def __init__(self, doc: Document, spec: Spec, context: QcContext | None = None) -> None:
        self.doc, self.spec, self.context = doc, spec, context
        self._own: list[tuple] = []
        self._pair: list[tuple] = []  # problems between row i and row i+1, kept on row i
        self._count = 0
        self._listeners: list[RowsListener] = []
        #: Moves on with every change to the document, spec or context (see ``check_all``).
        self._generation = 0
        self._all: tuple[int, list[Problem]] | None = None
        self._full_check()
        self._unsubscribe = doc.subscribe(self._on_change)

    # -- queries -----------------------------------------------------------------------------
    @property
    def count(self) -> int:
        return self._count

    def problems_for(self, row: int) -> list[Problem]:
        return [Problem(row, *f) for f in (*self._own[row], *self._pair[row])]

    def all_problems(self) -> list[Problem]:
        # Several views ask after each change (the QC list, the cue table, the progress line):
        # the list is built once per state of the document, spec and context.
        cached = self._all
        if cached is None or cached[0] != self._generation:
            cached = self._all = (self._generation, _listed(self._own, self._pair))
        return list(cached[1])

    def rows_with_problems(self) -> list[int]:
        return [row for row, (own, pair) in enumerate(zip(self._own, self._pair)) if own or pair]

    def subscribe(self, listener: RowsListener) -> Callable[[], None]:
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    def set_spec(self, spec: Spec) -> None:
        self.spec = spec
        self._generation += 1
        self._full_check()
        self._notify(tuple(range(len(self._own))))

    def set_context(self, context: QcContext | None) -> None:
        """Check against another context (or none): a full check, every row reported."""
        self.context = context
        self._generation += 1
        self._full_check()
        self._notify(tuple(range(len(self._own))))

    def check_all(self, spec: Spec, context: QcContext | None) -> FullCheck:
        """A full check of the document as it is now against ``spec`` and ``context``, leaving
        this checker as it is: made to run on a worker thread (a long document with the spelling
        rule), then handed to :meth:`adopt` on the thread that owns the document."""
        generation = self._generation  # taken first: an edit from now on makes the result stale
        cues = list(self.doc.cues)
        own, pair, count = _check_all(cues, spec, context)
        return FullCheck(generation, spec, context, own, pair, count, _listed(own, pair))

    def adopt(self, result: FullCheck) -> None:
        """Use ``spec``, ``context`` and the problems of ``result``. When the document changed
        while it was worked out, the problems are worked out again here instead."""
        self.spec, self.context = result.spec, result.context
        adopted = result.generation == self._generation and len(result.own) == len(self.doc.cues)
        if adopted:
            self._own, self._pair, self._count = result.own, result.pair, result.count
        else:
            self._full_check()
        self._generation += 1
        if adopted:
            self._all = (self._generation, result.problems)
        self._notify(tuple(range(len(self._own))))

    def recheck(self, rows=None) -> None:
        """Check ``rows`` (all when None) again after the context changed in place (a cue kept,
        a word added to the personal list); listeners hear of the rows whose problems changed."""
        rows = range(len(self._own)) if rows is None else sorted(set(rows))
        self._generation += 1
        changed = self._recheck(rows, ())
        if changed:
            self._notify(tuple(sorted(changed)))

    def close(self) -> None:
        """Stop following the document."""
        self._unsubscribe()

    # -- checking ----------------------------------------------------------------------------
    def _full_check(self) -> None:
        self._own, self._pair, self._count = _check_all(self.doc.cues, self.spec, self.context)

    def _recheck(self, own_rows, pair_rows) -> set[int]:
        cues, spec, changed = self.doc.cues, self.spec, set()
        last = len(cues) - 1
        context = self.context
        for row in own_rows:
            new = _own_problems(cues[row], spec, context)
            if new != self._own[row]:
                self._count += len(new) - len(self._own[row])
                self._own[row] = new
                changed.add(row)
        for row in pair_rows:
            if not 0 <= row <= last:
                continue
            new = _pair_problems(cues[row], cues[row + 1], spec) if row < last else _NONE
            if new != self._pair[row]:
                self._count += len(new) - len(self._pair[row])
                self._pair[row] = new
                changed.add(row)
        return changed

    def _on_change(self, change: Change) -> None:
        self._generation += 1
        if change.kind == "update":
            rows = change.rows
            if len(rows) > len(self._own) // 4:
                before = (self._own, self._pair)
                self._full_check()
                changed = {r for r in range(len(self._own))
                           if self._own[r] != before[0][r] or self._pair[r] != before[1][r]}
            else:
                pair_rows = {r for row in rows for r in (row - 1, row)}
                changed = self._recheck(rows, sorted(pair_rows))
        elif change.kind == "insert":
            first, n = change.first, change.count
            self._own[first:first] = [_NONE] * n
            self._pair[first:first] = [_NONE] * n
            changed = self._recheck(range(first, first + n), range(first - 1, first + n))
            changed.update(range(first, first + n))
        elif change.kind == "remove":
            first, n = change.first, change.count
            removed = sum(map(len, self._own[first:first + n])) + sum(map(len, self._pair[first:first + n]))
            del self._own[first:first + n]
            del self._pair[first:first + n]
            self._count -= removed
            changed = self._recheck((), (first - 1, first))
        else:  # reset
            self._full_check()
            changed = set(range(len(self._own)))
        if changed:
            self._notify(tuple(sorted(changed)))

    def _notify(self, rows: tuple[int, ...]) -> None:
        for listener in list(self._listeners):
            listener(rows)
