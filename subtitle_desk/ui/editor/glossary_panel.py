"""The glossary beside the current cue: the terms of its source cues and their approved
translations, each marked with whether the cue uses one of them yet.

Read-only; the workspace fills it (``set_matches``) as the current cue or its text changes, and
its buttons only ask (``importRequested``, ``uploadRequested``).
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTreeWidgetItem, QVBoxLayout, QWidget

from subtitle_desk.core.glossary import TermMatch
from subtitle_desk.ui.theme import css_color
from subtitle_desk.ui.trees import fitted_tree

__all__ = ["GlossaryPanel"]



class GlossaryPanel(QWidget):
    importRequested = Signal()
    uploadRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("glossaryPanel")
        self.summary = QLabel(self)
        self.summary.setObjectName("glossarySummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.tree = fitted_tree(self, "glossaryTerms", [self.tr("Source term"), self.tr("Use"), ""], stretch=1)
        self.import_button = QPushButton(self.tr("Import…"), self)
        self.import_button.setObjectName("importGlossaryButton")
        self.import_button.setToolTip(self.tr("Import the project's glossary (a Dotsub glossary CSV)"))
        self.import_button.clicked.connect(self.importRequested)
        self.upload_button = QPushButton(self.tr("Upload to Dotsub"), self)
        self.upload_button.setObjectName("uploadGlossaryButton")
        self.upload_button.setToolTip(self.tr("Create or replace this project's glossary on Dotsub"))
        self.upload_button.clicked.connect(self.uploadRequested)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.upload_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        self.set_state(self.tr("No glossary: open a Dotsub task to use its project's glossary."), can_import=False,
                       can_upload=False)

    def set_state(self, text: str, *, can_import: bool, can_upload: bool) -> None:
        """What glossary is in force (rich text), and which buttons apply."""
        self.summary.setText(text)
        self.import_button.setEnabled(can_import)
        self.upload_button.setEnabled(can_upload)

    def set_matches(self, matches: Sequence[tuple[TermMatch, bool]], *, has_glossary: bool = True) -> None:
        """The current cue's terms: (term found in the source, whether the cue uses a translation)."""
        self.tree.clear()
        for match, present in matches:
            targets = ", ".join(match.targets) if match.targets else self.tr("(no approved translation)")
            mark = "✔" if present else ("✘" if match.targets else "")
            item = QTreeWidgetItem([match.term, targets, mark])
            item.setToolTip(1, targets)
            item.setData(0, Qt.ItemDataRole.UserRole, match)
            if match.targets:
                colour = QColor(css_color("ok_text" if present else "error_text"))
                item.setForeground(2, QBrush(colour))
                item.setToolTip(2, self.tr("The cue uses an approved translation") if present
                                else self.tr("The cue uses none of the approved translations"))
            self.tree.addTopLevelItem(item)
        if not matches:
            item = QTreeWidgetItem([self.tr("No glossary term in this cue's source") if has_glossary else ""])
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            item.setFirstColumnSpanned(True)
            self.tree.addTopLevelItem(item)
            if not has_glossary:
                self.tree.clear()

    def describe(self, name: str, languages: Sequence[str], concepts: int, pair: str) -> str:
        """The summary line of a glossary in force."""
        return (f"<b>{html.escape(name)}</b> · " + self.tr("%n concept(s)", "", concepts)
                + f" · {html.escape(pair)}<br><span style='color:{css_color('muted_text')}'>"
                  f"{html.escape(', '.join(languages))}</span>")

    def rows(self) -> list[tuple[str, str, str]]:
        """(term, approved translations, mark) as shown (tests and accessibility)."""
        rows = []
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item.data(0, Qt.ItemDataRole.UserRole) is not None:
                rows.append((item.text(0), item.text(1), item.text(2)))
        return rows
