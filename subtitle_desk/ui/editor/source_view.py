"""The source language beside a translation: read-only, aligned by time with the current cue.

``SourceView`` shows the source cue(s) that overlap the current target cue in time (a
translation's cues need not map one to one onto the source's: a merged or split cue overlaps
several). When nothing overlaps, the nearest source cues before and after are shown dimmed, so
the translator still sees the context. It never edits anything.

With a glossary (``set_glossary``) the source terms found in the cue text are highlighted, and
hovering one shows its approved translations.
"""

from __future__ import annotations

from bisect import bisect_left

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QTextBlockFormat, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTextBrowser, QToolButton, QToolTip, QVBoxLayout, QWidget

from subtitle_desk.core.document import Cue, Document, visible_text
from subtitle_desk.core.glossary import GlossaryMatcher, TermMatch
from subtitle_desk.ui.editor.cue_model import is_rtl
from subtitle_desk.ui.editor.highlighters import SOURCE_ROW_PROPERTY, GlossaryHighlighter
from subtitle_desk.ui.editor.timefmt import format_ms
from subtitle_desk.ui.media.cue_index import CueIndex
from subtitle_desk.ui.theme import palette_colors, theme_changed

__all__ = ["SourceView"]


class SourceView(QWidget):
    #: "Copy to cue" was clicked: the current cue should take ``source_text()``.
    copyRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sourceView")
        self._doc: Document | None = None
        self._index = CueIndex()
        self._range: tuple[int, int] | None = None
        self._order: list[int] = []
        self._starts: list[int] = []
        #: Rows of the source cues shown now, and whether they overlap the current cue.
        self.rows: list[int] = []
        self.overlapping = False

        self.title = QLabel(self.tr("Source"), self)
        self.title.setObjectName("sourceTitle")
        self.title.setWordWrap(True)  # a long language name must not widen the editor
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.text = QTextBrowser(self)
        self.text.setObjectName("sourceText")
        self.text.setReadOnly(True)
        self.text.setOpenLinks(False)
        self.text.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        tf = self.text.font()
        tf.setPointSizeF(tf.pointSizeF() * 1.25)
        self.text.setFont(tf)
        self.text.setPlaceholderText(self.tr("No source cue at this time"))
        self.text.viewport().installEventFilter(self)
        self.glossary = GlossaryHighlighter(self.text.document())
        self._colour_glossary()
        theme_changed().connect(self._theme_changed)
        self.copy_button = QToolButton(self)
        self.copy_button.setObjectName("copySourceButton")
        self.copy_button.setText(self.tr("Copy to cue"))
        self.copy_button.setToolTip(self.tr("Replace the current cue's text with this source text "
                                            "(names, numbers, on-screen text); undoable"))
        self.copy_button.setAutoRaise(True)
        self.copy_button.setEnabled(False)
        self.copy_button.clicked.connect(self.copyRequested)
        head = QHBoxLayout()
        head.setContentsMargins(0, 0, 0, 0)
        head.addWidget(self.title, 1)
        head.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(head)
        layout.addWidget(self.text, 1)

    def set_source(self, doc: Document | None, language_name: str | None = None) -> None:
        self._doc = doc
        self._index.set_document(doc)
        # The source is read-only: its time order is computed once, for the "nearest" lookup.
        cues = doc.cues if doc is not None else []
        self._order = sorted(range(len(cues)), key=lambda r: (cues[r].start, r))
        self._starts = [cues[r].start for r in self._order]
        name = language_name or self.tr("Source")
        self.title.setText(self.tr("{language} (source, read-only)").format(language=name) if doc is not None
                           else self.tr("Source"))
        self.title.setToolTip(self.tr("{count} cues in the source language").format(count=len(doc))
                             if doc is not None else "")
        self.show_range(*self._range) if self._range is not None else self._render([], False)

    def document(self) -> Document | None:
        return self._doc

    def show_cue(self, cue: Cue | None) -> None:
        """Show the source beside ``cue`` (None: nothing selected)."""
        if cue is None:
            self._range = None
            self._render([], False)
        else:
            self.show_range(cue.start, cue.end)

    def show_range(self, start: int, end: int) -> None:
        self._range = (start, end)
        if self._doc is None:
            self._render([], False)
            return
        rows = self._index.rows_between(start, max(end, start + 1))
        if rows:
            self._render(rows, True)
            return
        # Nothing overlaps: the nearest cue before and after, as context.
        at = bisect_left(self._starts, start)
        context = [self._order[i] for i in (at - 1, at) if 0 <= i < len(self._order)]
        self._render(context, False)

    def source_text(self) -> str:
        """The text of the source cue(s) overlapping the current cue, markup kept, one per line."""
        if self._doc is None or not self.overlapping:
            return ""
        return "\n".join(self._doc[row].text for row in self.rows)

    def plain_text(self) -> str:
        """The text shown, without markup (tests and accessibility)."""
        return self.text.toPlainText()

    # -- glossary ----------------------------------------------------------------------------
    def _colour_glossary(self) -> None:
        colors = palette_colors()
        self.glossary.format.setBackground(colors.glossary_background)
        self.glossary.format.setUnderlineColor(colors.glossary_underline)

    def _theme_changed(self, *_: object) -> None:
        self._colour_glossary()
        self._render(self.rows, self.overlapping)  # the dimmed text's colour is in the text

    def set_glossary(self, matcher: GlossaryMatcher | None) -> None:
        """Highlight ``matcher``'s source terms (None: no highlighting)."""
        self.glossary.set_matcher(matcher)

    def highlighted_terms(self) -> list[tuple[int, TermMatch]]:
        """(source row, term) for every term highlighted now, in reading order."""
        found = []
        block = self.text.document().begin()
        while block.isValid():
            row = block.blockFormat().intProperty(SOURCE_ROW_PROPERTY) - 1
            found.extend((row, match) for match in self.glossary.matches(block))
            block = block.next()
        return found

    def term_at(self, position: QPoint) -> TermMatch | None:
        """The highlighted term under ``position`` (viewport coordinates), if any."""
        cursor = self.text.cursorForPosition(position)
        return self.glossary.match_at(cursor.block(), cursor.positionInBlock())

    @staticmethod
    def term_tip(match: TermMatch) -> str:
        if match.targets:
            separator = QCoreApplication.translate("SourceView", " or ")
            return QCoreApplication.translate("SourceView", "“{term}”: use {translations}").format(
                term=match.term, translations=separator.join(f"“{t}”" for t in match.targets))
        return QCoreApplication.translate("SourceView", "“{term}”: in the glossary, without an approved "
                                                        "translation").format(term=match.term)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt naming)
        if watched is self.text.viewport() and event.type() == QEvent.Type.ToolTip:
            match = self.term_at(event.pos())
            if match is not None:
                QToolTip.showText(event.globalPos(), self.term_tip(match), self.text.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().eventFilter(watched, event)

    # -- rendering ---------------------------------------------------------------------------
    def _render(self, rows: list[int], overlapping: bool) -> None:
        self.rows, self.overlapping = list(rows), overlapping
        self.copy_button.setEnabled(self._doc is not None and overlapping and bool(rows))
        document = self.text.document()
        document.clear()
        if self._doc is None or not rows:
            return
        # Built block by block: each cue's text is one block (its line breaks are line
        # separators), tagged with its row, so the glossary highlighter knows what is cue text.
        dim = palette_colors().muted_text
        note = QTextCharFormat()
        note.setForeground(dim)
        note.setFontItalic(True)
        header = QTextCharFormat()
        header.setForeground(dim)
        header.setFontPointSize(max(6.0, self.text.font().pointSizeF() * 0.75))
        body = QTextCharFormat()
        if not overlapping:
            body.setForeground(dim)
        cursor = QTextCursor(document)
        first = True

        def block(fmt: QTextBlockFormat) -> None:
            nonlocal first
            if first:
                cursor.setBlockFormat(fmt)
                first = False
            else:
                cursor.insertBlock(fmt)

        if not overlapping:
            block(QTextBlockFormat())
            cursor.insertText(self.tr("No source cue at this time; nearest:"), note)
        for row in rows:
            cue = self._doc[row]
            text = visible_text(cue.text)
            spaced = QTextBlockFormat()
            spaced.setTopMargin(0 if first else 6)
            block(spaced)
            cursor.insertText(f"#{row + 1}  {format_ms(cue.start)} → {format_ms(cue.end)}", header)
            text_format = QTextBlockFormat()
            text_format.setProperty(SOURCE_ROW_PROPERTY, row + 1)
            if is_rtl(text):
                text_format.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
                text_format.setAlignment(Qt.AlignmentFlag.AlignRight)
            block(text_format)
            cursor.insertText(text.replace("\n", "\u2028"), body)
