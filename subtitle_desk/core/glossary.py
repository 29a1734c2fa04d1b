"""Glossaries in the Dotsub CSV format, and finding their terms in cue text.

**Format.** The first row names the languages, one column each (``en-US,fr-FR,de-DE``). Every
other row is one concept: its terms in each language. A cell may hold several terms separated
by commas (quote such a cell: ``"étiquette, libellé"``); an empty cell means no approved term.
The delimiter is a comma or a semicolon (told from the first row); the text is UTF-8, with or
without a byte order mark. Blank rows are skipped. :class:`GlossaryError` names the file and the
line of anything wrong.

**Matching.** A term matches whole words, without regard to case (``Straße`` = ``STRASSE``) or
Unicode normalization, and across markup, line breaks and runs of spaces (``hard drive`` matches
``hard\\ndrive``), but punctuation inside a term must be there (``e-mail`` does not match
``e mail``). Words are runs of Unicode letters, digits and marks (:mod:`core.words`), so an
elided article stays outside the term: ``étiquette`` matches in ``l'étiquette``. In source text
the longest term wins where several start at the same word, and matches do not overlap.

**Speed.** Terms are indexed by their first word, so a text is one pass over its words with a dict
lookup each, whatever the size of the glossary (20,000 cues against 1,000 terms: see
``benchmarks/spelling_bench.py``).
"""

from __future__ import annotations

import csv
import io
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from subtitle_desk.core.words import WORD_RUN, fold, mask_markup

__all__ = ["GlossaryError", "Concept", "Glossary", "TermMatch", "GlossaryMatcher", "TermIndex",
           "parse_glossary", "load_glossary", "same_language"]

_LANGUAGE_CODE = re.compile(r"^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$")


class GlossaryError(ValueError):
    """A glossary that cannot be read or used: ``str()`` names the file and, where known, the line."""

    def __init__(self, path: str, line: int | None, message: str) -> None:
        self.path, self.line, self.message = path, line, message
        super().__init__(f"{path} line {line}: {message}" if line else f"{path}: {message}")


def _tag(code: str) -> str:
    return code.strip().replace("_", "-").lower()


def same_language(a: str, b: str) -> bool:
    """``fr-FR`` = ``fr_fr`` = ``FR-fr``."""
    return _tag(a) == _tag(b)


@dataclass(frozen=True, slots=True)
class Concept:
    """One glossary row: ``terms[language]`` lists that language's approved terms."""

    line: int
    terms: dict[str, tuple[str, ...]]


@dataclass(frozen=True, slots=True)
class TermMatch:
    """A glossary term found in a text: ``text[start:end]`` is what matched ``term`` of concept
    ``concept``; ``targets`` are that concept's approved terms in the other language."""

    start: int
    end: int
    concept: int
    term: str
    targets: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class _Entry:
    words: tuple[str, ...]   # folded words of the term
    gaps: tuple[str, ...]    # what stands between them, spaces removed ("" for a space, "-" ...)
    lead: str                # punctuation before the first word ("." of ".NET")
    trail: str               # punctuation after the last word ("++" of "C++")
    length: int              # characters of the term, to prefer the longer one
    concept: int
    term: str


def _gap(text: str) -> str:
    return "".join(text.split()).replace("\u2019", "'")


class TermIndex:
    """The terms of one language, indexed by their first folded word."""

    def __init__(self, terms: Sequence[tuple[int, str]]) -> None:
        self._by_first: dict[str, list[_Entry]] = {}
        self.skipped: list[str] = []  # terms without a single word character
        for concept, term in terms:
            spans = [m.span() for m in WORD_RUN.finditer(term)]
            if not spans:
                self.skipped.append(term)
                continue
            words = tuple(fold(term[a:b]) for a, b in spans)
            gaps = tuple(_gap(term[spans[i][1]:spans[i + 1][0]]) for i in range(len(spans) - 1))
            entry = _Entry(words, gaps, _gap(term[:spans[0][0]]), _gap(term[spans[-1][1]:]),
                           len(term), concept, term)
            self._by_first.setdefault(words[0], []).append(entry)
        for entries in self._by_first.values():
            entries.sort(key=lambda e: (-len(e.words), -e.length))

    def __len__(self) -> int:
        return sum(map(len, self._by_first.values()))

    def find(self, text: str, *, overlapping: bool = False) -> list[tuple[int, int, _Entry]]:
        """(start, end, entry) of the terms in ``text`` (markup is skipped; spans are positions in
        ``text``). Longest first and without overlaps, or every match with ``overlapping``."""
        masked = mask_markup(text)
        spans = [m.span() for m in WORD_RUN.finditer(masked)]
        if not spans:
            return []
        by_first = self._by_first
        folded: list[str | None] = [None] * len(spans)
        found = []
        i, n = 0, len(spans)
        while i < n:
            word = folded[i]
            if word is None:
                a, b = spans[i]
                word = folded[i] = fold(masked[a:b])
            entries = by_first.get(word)
            taken = 0
            if entries:
                for entry in entries:
                    k = len(entry.words)
                    if i + k > n or not self._matches(masked, spans, folded, i, entry):
                        continue
                    found.append((spans[i][0] - len(entry.lead), spans[i + k - 1][1] + len(entry.trail),
                                  entry))
                    if not overlapping:
                        taken = k
                        break
            i += taken or 1
        return found

    @staticmethod
    def _matches(masked: str, spans, folded, i: int, entry: _Entry) -> bool:
        for j in range(1, len(entry.words)):
            word = folded[i + j]
            if word is None:
                a, b = spans[i + j]
                word = folded[i + j] = fold(masked[a:b])
            if word != entry.words[j] or _gap(masked[spans[i + j - 1][1]:spans[i + j][0]]) != entry.gaps[j - 1]:
                return False
        start, end = spans[i][0], spans[i + len(entry.words) - 1][1]
        if entry.lead and masked[max(0, start - len(entry.lead)):start].replace("\u2019", "'") != entry.lead:
            return False
        if entry.trail and masked[end:end + len(entry.trail)].replace("\u2019", "'") != entry.trail:
            return False
        return True


@dataclass
class Glossary:
    """Languages (the header's codes, as written) and concepts, in file order."""

    languages: tuple[str, ...]
    concepts: list[Concept] = field(default_factory=list)
    path: str = "<memory>"

    def column(self, language: str) -> str:
        """The header code for ``language``: the same tag (``fr_FR`` finds ``fr-FR``), else the
        only column of that language (``fr`` or ``fr-CA`` finds a lone ``fr-FR``)."""
        for code in self.languages:
            if same_language(code, language):
                return code
        primary = _tag(language).split("-")[0]
        same = [code for code in self.languages if _tag(code).split("-")[0] == primary]
        if len(same) == 1:
            return same[0]
        if same:
            raise GlossaryError(self.path, None, f"{language} could be any of {', '.join(same)}: "
                                                 "name one")
        raise GlossaryError(self.path, None, f"no column for {language} (the glossary has "
                                             f"{', '.join(self.languages)})")

    def terms(self, language: str) -> list[tuple[int, str]]:
        """(concept index, term) for every term of ``language``."""
        code = self.column(language)
        return [(n, term) for n, concept in enumerate(self.concepts) for term in concept.terms.get(code, ())]

    def matcher(self, source_language: str, target_language: str) -> "GlossaryMatcher":
        return GlossaryMatcher(self, source_language, target_language)


class GlossaryMatcher:
    """A glossary compiled for one language pair: source terms to find, target terms to expect."""

    def __init__(self, glossary: Glossary, source_language: str, target_language: str) -> None:
        self.glossary = glossary
        self.source_language = glossary.column(source_language)
        self.target_language = glossary.column(target_language)
        self._source = TermIndex(glossary.terms(self.source_language))
        self._target = TermIndex(glossary.terms(self.target_language))
        self._approved = [concept.terms.get(self.target_language, ()) for concept in glossary.concepts]

    def find(self, source_text: str) -> list[TermMatch]:
        """Source terms in ``source_text`` with their approved translations (for highlighting)."""
        return [TermMatch(a, b, e.concept, e.term, self._approved[e.concept])
                for a, b, e in self._source.find(source_text)]

    def find_targets(self, target_text: str) -> list[TermMatch]:
        """Approved target terms present in ``target_text`` (every match, overlaps included)."""
        return [TermMatch(a, b, e.concept, e.term) for a, b, e in self._target.find(target_text, overlapping=True)]

    def misses(self, source_texts: str | Sequence[str], target_text: str) -> list[TermMatch]:
        """The source terms (first occurrence of each concept) whose concept has approved target
        terms of which ``target_text`` holds none. Several source texts are searched one by one."""
        if isinstance(source_texts, str):
            source_texts = (source_texts,)
        return self.missing([match for text in source_texts for match in self.find(text)], target_text)

    def missing(self, source_matches: Iterable[TermMatch], target_text: str) -> list[TermMatch]:
        """:meth:`misses` for source matches already found (a caller may keep them per source cue)."""
        wanted: dict[int, TermMatch] = {}
        for match in source_matches:
            if match.targets and match.concept not in wanted:
                wanted[match.concept] = match
        if not wanted:
            return []
        present = {e.concept for _, _, e in self._target.find(target_text, overlapping=True)}
        return [match for concept, match in wanted.items() if concept not in present]


def _sniff_delimiter(first_line: str) -> str:
    """``;`` when the header splits into language codes on semicolons, else ``,``."""
    cells = [c.strip().strip('"') for c in first_line.split(";")]
    if len(cells) > 1 and all(_LANGUAGE_CODE.match(c) for c in cells if c) and sum(map(bool, cells)) > 1:
        return ";"
    return ","


def _split_terms(cell: str) -> tuple[str, ...]:
    terms = (" ".join(t.split()) for t in cell.split(","))
    return tuple(dict.fromkeys(t for t in terms if t))


def parse_glossary(data: bytes | str, path: str = "<memory>") -> Glossary:
    """A glossary from the bytes (or text) of a Dotsub glossary CSV; GlossaryError when malformed."""
    path = str(path)
    if isinstance(data, bytes):
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            line = data.count(b"\n", 0, exc.start) + 1
            raise GlossaryError(path, line, "not UTF-8 text (save the glossary as UTF-8)") from None
    else:
        text = data[1:] if data.startswith("\ufeff") else data
    first_line = text.split("\n", 1)[0].rstrip("\r")
    if not first_line.strip():
        raise GlossaryError(path, 1, "empty first row: expected language codes such as en-US,fr-FR")
    delimiter = _sniff_delimiter(first_line)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    rows: list[tuple[int, list[str]]] = []
    line = 1
    try:
        for row in reader:
            rows.append((line, row))
            line = reader.line_num + 1
    except csv.Error as exc:
        raise GlossaryError(path, line, f"not valid CSV ({exc})") from None
    header_line, header = rows[0]
    languages = tuple(c.strip() for c in header)
    while languages and not languages[-1]:
        languages = languages[:-1]
    bad = [c for c in languages if not _LANGUAGE_CODE.match(c)]
    if len(languages) < 2 or bad:
        what = f"{bad[0]!r} is not a language code" if bad else "it names fewer than two languages"
        raise GlossaryError(path, header_line,
                            f"the first row must be language codes such as en-US,fr-FR ({what})")
    seen: set[str] = set()
    for code in languages:
        if _tag(code) in seen:
            raise GlossaryError(path, header_line, f"language {code} appears twice")
        seen.add(_tag(code))
    concepts = []
    for line, row in rows[1:]:
        if not any(cell.strip() for cell in row):
            continue
        if len(row) > len(languages) and any(cell.strip() for cell in row[len(languages):]):
            hint = (' (quote a cell that holds several terms: "term one, term two")'
                    if delimiter == "," else "")
            raise GlossaryError(path, line, f"{len(row)} cells but the first row names "
                                            f"{len(languages)} languages{hint}")
        terms = {code: _split_terms(cell) for code, cell in zip(languages, row)}
        concepts.append(Concept(line, {code: t for code, t in terms.items() if t}))
    return Glossary(languages, concepts, path)


def load_glossary(path: str | os.PathLike) -> Glossary:
    """Read a glossary file; GlossaryError (naming the file) when it cannot be read or parsed."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise GlossaryError(str(path), None, f"cannot read: {exc.strerror or exc}") from None
    return parse_glossary(data, str(path))

