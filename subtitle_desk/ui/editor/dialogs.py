"""Small dialogs of the editor: shift times, change frame rate, find & replace."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout,
                               QHBoxLayout, QLabel, QLineEdit, QPushButton, QRadioButton,
                               QVBoxLayout, QWidget)

from subtitle_desk.ui.editor.timefmt import TimeParseError, parse_time
from subtitle_desk.ui.theme import css_color

__all__ = ["ShiftDialog", "FrameRateDialog", "FindReplaceDialog", "FRAME_RATES"]

FRAME_RATES = ("23.976", "24", "25", "29.97", "30", "50", "59.94", "60")


class ShiftDialog(QDialog):
    """Offset in seconds or a timecode, earlier or later, for the selection or every cue."""

    def __init__(self, selected: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Shift times"))
        self.offset = QLineEdit("0.000", self)
        self.offset.setObjectName("shiftOffset")
        self.offset.setToolTip(self.tr("Seconds (1.5) or a time (0:00:01.500)"))
        self.later = QRadioButton(self.tr("Later"), self)
        self.earlier = QRadioButton(self.tr("Earlier"), self)
        self.later.setChecked(True)
        self.selection_only = QCheckBox(self.tr("Only the %n selected cue(s)", "", selected), self)
        self.selection_only.setChecked(selected > 1)
        self.selection_only.setEnabled(selected > 0)
        self.error = QLabel(self)
        self.error.setStyleSheet(f"color: {css_color('error_text')};")
        direction = QHBoxLayout()
        direction.addWidget(self.later)
        direction.addWidget(self.earlier)
        form = QFormLayout()
        form.addRow(self.tr("Offset"), self.offset)
        form.addRow(self.tr("Direction"), direction)
        form.addRow("", self.selection_only)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def offset_ms(self) -> int:
        value = parse_time(self.offset.text())
        return -value if self.earlier.isChecked() else value

    def _accept(self) -> None:
        try:
            self.offset_ms()
        except TimeParseError as exc:
            self.error.setText(str(exc))
            return
        self.accept()


class FrameRateDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change frame rate"))
        self.from_fps = QComboBox(self)
        self.to_fps = QComboBox(self)
        for combo, default in ((self.from_fps, "25"), (self.to_fps, "23.976")):
            combo.setEditable(True)
            combo.addItems(FRAME_RATES)
            combo.setCurrentText(default)
        self.error = QLabel(self)
        self.error.setStyleSheet(f"color: {css_color('error_text')};")
        form = QFormLayout()
        form.addRow(self.tr("From (fps)"), self.from_fps)
        form.addRow(self.tr("To (fps)"), self.to_fps)
        note = QLabel(self.tr("Every cue is retimed: times are multiplied by from ÷ to."), self)
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def rates(self) -> tuple[float, float]:
        return float(self.from_fps.currentText()), float(self.to_fps.currentText())

    def _accept(self) -> None:
        try:
            a, b = self.rates()
            if a <= 0 or b <= 0:
                raise ValueError
        except ValueError:
            self.error.setText(self.tr("Frame rates are positive numbers, e.g. 23.976 or 25"))
            return
        self.accept()


class FindReplaceDialog(QDialog):
    """Modeless: Find next selects the next matching cue; Replace all is one undo step."""

    findNext = Signal(str, bool, bool)              # pattern, regex, case sensitive
    replaceAll = Signal(str, str, bool, bool, bool)  # pattern, replacement, regex, case, selection only

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Find and replace"))
        self.setObjectName("findReplaceDialog")
        self.find = QLineEdit(self)
        self.find.setObjectName("findText")
        self.replace = QLineEdit(self)
        self.replace.setObjectName("replaceText")
        self.regex = QCheckBox(self.tr("Regular expression (replacement may use \\1, \\g<name>)"), self)
        self.case = QCheckBox(self.tr("Match case"), self)
        self.selection_only = QCheckBox(self.tr("Only in selected cues"), self)
        self.status = QLabel(self)
        self.status.setObjectName("findStatus")
        form = QFormLayout()
        form.addRow(self.tr("Find"), self.find)
        form.addRow(self.tr("Replace with"), self.replace)
        form.addRow("", self.regex)
        form.addRow("", self.case)
        form.addRow("", self.selection_only)
        next_button = QPushButton(self.tr("Find next"), self)
        all_button = QPushButton(self.tr("Replace all"), self)
        all_button.setObjectName("replaceAllButton")
        close = QPushButton(self.tr("Close"), self)
        next_button.setDefault(True)
        next_button.clicked.connect(lambda: self.findNext.emit(self.find.text(), self.regex.isChecked(),
                                                               self.case.isChecked()))
        all_button.clicked.connect(lambda: self.replaceAll.emit(
            self.find.text(), self.replace.text(), self.regex.isChecked(), self.case.isChecked(),
            self.selection_only.isChecked()))
        close.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(next_button)
        buttons.addWidget(all_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.setWindowFlag(Qt.WindowType.Tool, True)
