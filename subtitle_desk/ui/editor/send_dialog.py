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
        self.setWindowTitle(self.tr("Send to Dotsub"))
        self.setModal(True)
        self.problem_counts = Counter(p.rule for p in problems)
        #: Cues whose text is empty or still the source's.
        self.untranslated = untranslated
        #: The question asked when the task is marked completed with cues untranslated.
        self.confirm_box: QMessageBox | None = None

        heading = QLabel(f"<b>{html.escape(title)}</b>", self)
        heading.setWordWrap(True)
        details = QLabel(self.tr("{target}<br>{cues} as <tt>{file}</tt>, saved on this computer first.").format(
            target=html.escape(target), cues=self.tr("%n cue(s)", "", cue_count), file=html.escape(filename)), self)
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
            self.warning.setText(
                f"<b style='color:{css_color('error_text')}'>"
                + self.tr("{problems} in {cues}</b> against the specification:").format(
                    problems=self.tr("⚠ %n QC problem(s)", "", len(problems)), cues=self.tr("%n cue(s)", "", cues))
                + f"<ul style='margin:2px'>{lines}</ul>")
            self.warning.setStyleSheet(f"QLabel#sendQcWarning {{ background: {css_color('problem_background')}; padding: 6px; }}")
        else:
            self.warning.setText(f"<span style='color:{css_color('ok_text')}'>" + self.tr("✔ No QC problems.") + "</span>")
            self.warning.setFrameShape(QFrame.Shape.NoFrame)

        self.untranslated_label = QLabel(self)
        self.untranslated_label.setObjectName("sendUntranslated")
        self.untranslated_label.setWordWrap(True)
        if untranslated:
            self.untranslated_label.setText(
                f"<b style='color:{css_color('warning_text')}'>"
                + self.tr("%n of {cues} is/are not translated yet", "", untranslated).format(
                    cues=self.tr("%n cue(s)", "", cue_count))
                + "</b>" + self.tr(" (empty, or still the source's text). Translation ▸ Next untranslated cue (F9) "
                                   "finds them."))
        self.untranslated_label.setVisible(bool(untranslated))

        self.complete_box = QCheckBox(self.tr("Mark the task &completed"), self)
        self.complete_box.setObjectName("completeTaskBox")
        if task_id is None:
            self.complete_box.setEnabled(False)
            self.complete_box.setToolTip(self.tr("These subtitles were not opened from a task"))
        elif task_completed:
            self.complete_box.setEnabled(False)
            self.complete_box.setToolTip(self.tr("Task {task} is completed already").format(task=task_id))
        else:
            # Untranslated cues: the box starts clear whatever was chosen last time.
            self.complete_box.setChecked(complete_default and not untranslated)
            self.complete_box.setToolTip(self.tr("Task {task} moves on in the workflow once the subtitles are in").format(
                task=task_id))
        self.complete_box.toggled.connect(self._complete_toggled)

        self.buttons = QDialogButtonBox(self)
        self.send_button = self.buttons.addButton(self.tr("Send anyway") if problems else self.tr("&Send"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.send_button.setObjectName("sendButton")
        self.review_button: QPushButton | None = None
        if problems:
            self.review_button = self.buttons.addButton(self.tr("&Review problems"), QDialogButtonBox.ButtonRole.ActionRole)
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
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Complete the task?"),
                          self.tr("%n cue(s) is/are not translated yet. Mark the task completed anyway?", "", count),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setObjectName("confirmCompleteBox")
        box.setInformativeText(self.tr("A completed task goes on to the next step of the workflow."))
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
