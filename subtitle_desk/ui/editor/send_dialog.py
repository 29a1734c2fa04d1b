"""The "Send to Dotsub" dialog: what is sent where, the QC warning, and "mark the task completed".

When the cues break the specification the dialog says so first (problems counted by rule) and
the send button reads "Send anyway"; "Review problems" closes it and jumps to the first problem.
A translation with cues still untranslated says how many; ticking "Mark the task completed"
then asks first (a finished task goes on to the next person in the workflow).
The dialog only asks: the workspace does the sending.
"""

from __future__ import annotations

import html
from collections import Counter
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QCheckBox, QDialog, QDialogButtonBox, QFrame, QLabel, QMessageBox,
                               QPushButton, QVBoxLayout, QWidget)

from subtitle_desk.ui.editor.qc_panel import rule_title
from subtitle_desk.ui.theme import css_color

__all__ = ["SendDialog", "REVIEW"]

#: ``done()`` code of "Review problems".
REVIEW = 2


class SendDialog(QDialog):
    def __init__(self, *, title: str, target: str, filename: str, cue_count: int, problems: Sequence[Any],
                 task_id: str | None, task_completed: bool = False, complete_default: bool = False,
                 untranslated: int = 0, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sendDialog")
        self.setWindowTitle("Send to Dotsub")
        self.setModal(True)
        self.problem_counts = Counter(p.rule for p in problems)
        #: Cues whose text is empty or still the source's.
        self.untranslated = untranslated
        #: The question asked when the task is marked completed with cues untranslated.
        self.confirm_box: QMessageBox | None = None

        heading = QLabel(f"<b>{html.escape(title)}</b>", self)
        heading.setWordWrap(True)
        details = QLabel(f"{html.escape(target)}<br>{cue_count} cue{'s' if cue_count != 1 else ''} as "
                         f"<tt>{html.escape(filename)}</tt>, saved on this computer first.", self)
        details.setObjectName("sendDetails")
        details.setWordWrap(True)

        self.warning = QLabel(self)
        self.warning.setObjectName("sendQcWarning")
        self.warning.setWordWrap(True)
        self.warning.setFrameShape(QFrame.Shape.StyledPanel)
        self.warning.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if problems:
            cues = len({p.row for p in problems})
            lines = "".join(f"<li>{html.escape(rule_title(rule))}: {count}</li>"
                            for rule, count in sorted(self.problem_counts.items(), key=lambda kv: (-kv[1], kv[0])))
            self.warning.setText(f"<b style='color:{css_color('error_text')}'>⚠ {len(problems)} QC problem"
                                 f"{'s' if len(problems) != 1 else ''} in {cues} cue{'s' if cues != 1 else ''}"
                                 f"</b> against the specification:<ul style='margin:2px'>{lines}</ul>")
            self.warning.setStyleSheet(f"QLabel#sendQcWarning {{ background: {css_color('problem_background')}; padding: 6px; }}")
        else:
            self.warning.setText(f"<span style='color:{css_color('ok_text')}'>✔ No QC problems.</span>")
            self.warning.setFrameShape(QFrame.Shape.NoFrame)

        self.untranslated_label = QLabel(self)
        self.untranslated_label.setObjectName("sendUntranslated")
        self.untranslated_label.setWordWrap(True)
        if untranslated:
            self.untranslated_label.setText(
                f"<b style='color:{css_color('warning_text')}'>{untranslated} of {cue_count} cue{'s' if cue_count != 1 else ''} "
                f"{'is' if untranslated == 1 else 'are'} not translated yet</b> (empty, or still the "
                "source's text). Translation ▸ Next untranslated cue (F9) finds them.")
        self.untranslated_label.setVisible(bool(untranslated))

        self.complete_box = QCheckBox("Mark the task &completed", self)
        self.complete_box.setObjectName("completeTaskBox")
        if task_id is None:
            self.complete_box.setEnabled(False)
            self.complete_box.setToolTip("These subtitles were not opened from a task")
        elif task_completed:
            self.complete_box.setEnabled(False)
            self.complete_box.setToolTip(f"Task {task_id} is completed already")
        else:
            # Untranslated cues: the box starts clear whatever was chosen last time.
            self.complete_box.setChecked(complete_default and not untranslated)
            self.complete_box.setToolTip(f"Task {task_id} moves on in the workflow once the subtitles are in")
        self.complete_box.toggled.connect(self._complete_toggled)

        self.buttons = QDialogButtonBox(self)
        self.send_button = self.buttons.addButton("Send anyway" if problems else "&Send",
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.send_button.setObjectName("sendButton")
        self.review_button: QPushButton | None = None
        if problems:
            self.review_button = self.buttons.addButton("&Review problems", QDialogButtonBox.ButtonRole.ActionRole)
            self.review_button.setObjectName("reviewButton")
            self.review_button.clicked.connect(lambda: self.done(REVIEW))
            self.review_button.setDefault(True)
        else:
            self.send_button.setDefault(True)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("cancelButton")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(details)
        layout.addWidget(self.warning)
        layout.addWidget(self.untranslated_label)
        layout.addWidget(self.complete_box)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)

    def _complete_toggled(self, checked: bool) -> None:
        if not checked or not self.untranslated:
            return
        count = self.untranslated
        box = QMessageBox(QMessageBox.Icon.Question, "Complete the task?",
                          f"{count} cue{'s are' if count != 1 else ' is'} not translated yet. Mark the task "
                          "completed anyway?", QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                          self)
        box.setObjectName("confirmCompleteBox")
        box.setInformativeText("A completed task goes on to the next step of the workflow.")
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.finished.connect(lambda code, b=box: self._complete_answered(b))
        self.confirm_box = box
        box.open()

    def _complete_answered(self, box: QMessageBox) -> None:
        if box.clickedButton() is not box.button(QMessageBox.StandardButton.Yes):
            self.complete_box.setChecked(False)
        box.deleteLater()
        if self.confirm_box is box:
            self.confirm_box = None

    @property
    def complete_task(self) -> bool:
        return self.complete_box.isEnabled() and self.complete_box.isChecked()
