"""Marks in text boxes: misspelled words underlined in the cue text, glossary terms in the source.

Both run the core's word finders (``core.spelling``, ``core.glossary``) on one block of text at
a time, so typing re-checks only the line being typed. The core gives spans in Python string
positions; Qt counts UTF-16 code units, which differ after a character outside the Basic
Multilingual Plane (an emoji): :func:`to_utf16` converts.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextBlock, QTextCharFormat, QTextDocument, QTextFormat

from subtitle_desk.core.glossary import GlossaryMatcher, TermMatch
from subtitle_desk.core.spelling import Misspelling, SpellChecker

__all__ = ["SpellingHighlighter", "GlossaryHighlighter", "to_utf16", "from_utf16", "SOURCE_ROW_PROPERTY"]

#: Block property of the source view's text blocks: the source row + 1 (0: not cue text).
SOURCE_ROW_PROPERTY = QTextFormat.Property.UserProperty + 1


def to_utf16(text: str, index: int) -> int:
    """Qt's position of Python position ``index`` in ``text``."""
    if text.isascii() or all(ord(c) < 0x10000 for c in text[:index]):
        return index
    return len(text[:index].encode("utf-16-le")) // 2


def from_utf16(text: str, position: int) -> int:
    """Python's position of Qt position ``position`` in ``text``."""
    if text.isascii() or all(ord(c) < 0x10000 for c in text):
        return position
    units = 0
    for index, char in enumerate(text):
        if units >= position:
            return index
        units += 2 if ord(char) >= 0x10000 else 1
    return len(text)


class SpellingHighlighter(QSyntaxHighlighter):
    """Misspelled words get a red wavy underline (the platform's spell-check underline)."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self.checker: SpellChecker | None = None
        self.format = QTextCharFormat()
        self.format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
        self.format.setUnderlineColor(QColor(Qt.GlobalColor.red))

    def set_checker(self, checker: SpellChecker | None) -> None:
        self.checker = checker
        self.rehighlight()

    def highlightBlock(self, text: str) -> None:  # noqa: N802 (Qt naming)
        if self.checker is None or not text.strip():
            return
        for wrong in self.checker.check(text):
            start = to_utf16(text, wrong.start)
            self.setFormat(start, to_utf16(text, wrong.end) - start, self.format)

    def misspelling_at(self, block: QTextBlock, position: int) -> Misspelling | None:
        """The misspelled word at ``position`` (Qt's, within ``block``), if there is one."""
        if self.checker is None or not block.isValid():
            return None
        text = block.text()
        at = from_utf16(text, position)
        return next((m for m in self.checker.check(text) if m.start <= at <= m.end), None)


class GlossaryHighlighter(QSyntaxHighlighter):
    """Glossary source terms get a tinted background in the blocks that hold cue text."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self.matcher: GlossaryMatcher | None = None
        self.format = QTextCharFormat()
        self.format.setBackground(QColor(220, 234, 255))
        self.format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
        self.format.setUnderlineColor(QColor(40, 90, 170))

    def set_matcher(self, matcher: GlossaryMatcher | None) -> None:
        self.matcher = matcher
        self.rehighlight()

    def highlightBlock(self, text: str) -> None:  # noqa: N802 (Qt naming)
        if self.matcher is None or not self._is_cue_text(self.currentBlock()):
            return
        for match in self.matcher.find(text):
            start = to_utf16(text, match.start)
            self.setFormat(start, to_utf16(text, match.end) - start, self.format)

    @staticmethod
    def _is_cue_text(block: QTextBlock) -> bool:
        return bool(block.blockFormat().intProperty(SOURCE_ROW_PROPERTY))

    def matches(self, block: QTextBlock) -> list[TermMatch]:
        if self.matcher is None or not block.isValid() or not self._is_cue_text(block):
            return []
        return self.matcher.find(block.text())

    def match_at(self, block: QTextBlock, position: int) -> TermMatch | None:
        """The term at ``position`` (Qt's, within ``block``), if there is one."""
        text = block.text() if block.isValid() else ""
        at = from_utf16(text, position)
        return next((m for m in self.matches(block) if m.start <= at < m.end), None)
