"""The source language beside a translation: read-only, aligned by time with the current cue.

``SourceView`` shows the source cue(s) that overlap the current target cue in time (a
translation's cues need not map one to one onto the source's: a merged or split cue overlaps
several). When nothing overlaps, the nearest source cues before and after are shown dimmed, so
the translator still sees the context. It never edits anything.
"""

from __future__ import annotations

import html
from bisect import bisect_left

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTextBrowser, QToolButton, QVBoxLayout, QWidget

from subtitle_desk.core.document import Cue, Document, visible_text
from subtitle_desk.ui.editor.cue_model import is_rtl
from subtitle_desk.ui.editor.timefmt import format_ms
from subtitle_desk.ui.media.cue_index import CueIndex

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

        self.title = QLabel("Source", self)
        self.title.setObjectName("sourceTitle")
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
        self.text.setPlaceholderText("No source cue at this time")
        self.copy_button = QToolButton(self)
        self.copy_button.setObjectName("copySourceButton")
        self.copy_button.setText("Copy to cue")
        self.copy_button.setToolTip("Replace the current cue's text with this source text "
                                    "(names, numbers, on-screen text); undoable")
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
        name = language_name or "Source"
        self.title.setText(f"{name} (source, read-only)" if doc is not None else "Source")
        self.title.setToolTip(f"{len(doc)} cues in the source language" if doc is not None else "")
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

    def _render(self, rows: list[int], overlapping: bool) -> None:
        self.rows, self.overlapping = list(rows), overlapping
        self.copy_button.setEnabled(self._doc is not None and overlapping and bool(rows))
        if self._doc is None or not rows:
            self.text.clear()
            return
        colour = "" if overlapping else "color: gray;"
        parts = []
        if not overlapping:
            parts.append('<p style="color: gray; font-style: italic;">No source cue at this time; '
                         'nearest:</p>')
        for row in rows:
            cue = self._doc[row]
            text = visible_text(cue.text)
            direction = "rtl" if is_rtl(text) else "ltr"
            body = html.escape(text).replace("\n", "<br>")
            parts.append(f'<p style="margin-bottom: 6px;"><span style="color: gray; font-size: small;">'
                         f'#{row + 1}  {format_ms(cue.start)} → {format_ms(cue.end)}</span><br>'
                         f'<span dir="{direction}" style="{colour}">{body}</span></p>')
        self.text.setHtml("".join(parts))
