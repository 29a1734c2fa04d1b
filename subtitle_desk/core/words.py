"""Words in cue text, found where they stand in the text as stored (markup and all).

The glossary and the spell checker both look for words in ``Cue.text``, which keeps the format's
inline markup (SRT/WebVTT ``<i>``, ``<c.yellow>``, timestamps, SSA ``{\\i1}``) and entities
(``&amp;``). :func:`mask_markup` blanks those out with spaces of the same length, so every span
found in the masked text is also a span of the stored text (what an editor underlines).

A word character is what ``\\w`` matches (Unicode letters and digits, and ``_``) plus combining
marks (accents in decomposed text, Arabic harakat, Indic vowel signs) and the zero-width
(non-)joiners, so a word is never cut at a mark.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["mask_markup", "WORD_CHAR", "WORD_RUN", "word_spans", "fold"]

# the markup document.visible_text removes, plus entities (which it decodes: none is a letter)
_MARKUP = re.compile(r"<[^<>\n]*>|\{\\[^{}\n]*\}|&(?:[A-Za-z]+|#[0-9]+|#[xX][0-9A-Fa-f]+);")


def mask_markup(text: str) -> str:
    """``text`` with tags, SSA override blocks and entities replaced by spaces (same length)."""
    if "<" not in text and "{" not in text and "&" not in text:
        return text
    return _MARKUP.sub(lambda m: " " * (m.end() - m.start()), text)


def _mark_class() -> str:
    """A regex class body for the combining marks (Mn, Mc, Me) of the Basic Multilingual Plane."""
    ranges: list[list[int]] = []
    for cp in range(0x300, 0x10000):
        if unicodedata.category(chr(cp))[0] == "M":
            if ranges and ranges[-1][1] == cp - 1:
                ranges[-1][1] = cp
            else:
                ranges.append([cp, cp])
    parts = [f"\\u{a:04x}" if a == b else f"\\u{a:04x}-\\u{b:04x}" for a, b in ranges]
    return "".join(parts) + "\\u200c\\u200d"


WORD_CHAR = f"[\\w{_mark_class()}]"
WORD_RUN = re.compile(f"{WORD_CHAR}+")


def word_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every run of word characters in ``text`` (mask markup first)."""
    return [m.span() for m in WORD_RUN.finditer(text)]


def fold(word: str) -> str:
    """A word as compared without case: NFC, case-folded (``Straße`` and ``STRASSE`` match)."""
    if not word.isascii():
        word = unicodedata.normalize("NFC", word)
    return word.casefold()

