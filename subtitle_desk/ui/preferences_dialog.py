"""Settings ▸ Preferences…: the dialog that shows the ``Prefs`` and hands new ones to
``Preferences.update`` (OK or Apply); the window applies them at once."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QFont, QPalette
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog,
                               QFontComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLayout, QLineEdit,
                               QPushButton, QSpinBox, QVBoxLayout, QWidget)

from subtitle_desk.core import paths
from subtitle_desk.core.qc import PRESETS
from subtitle_desk.ui import theme
from subtitle_desk.ui.i18n import language_names

from .preferences import AUTOSAVE_RANGE, DOWNLOAD_FORMATS, FONT_SIZE_RANGE, Preferences, Prefs

__all__ = ["PreferencesDialog", "cache_folders", "in_a_cache"]

_THEME_LABELS = {"system": QT_TRANSLATE_NOOP("PreferencesDialog", "As the desktop"),
                 "light": QT_TRANSLATE_NOOP("PreferencesDialog", "Light"),
                 "dark": QT_TRANSLATE_NOOP("PreferencesDialog", "Dark")}


def cache_folders() -> list[Path]:
    """The folders cleaning tools may empty: work is never kept under them."""
    found = []
    for location in (QStandardPaths.StandardLocation.CacheLocation,
                     QStandardPaths.StandardLocation.GenericCacheLocation):
        folder = QStandardPaths.writableLocation(location)
        if folder:
            found.append(Path(folder))
    return found


def in_a_cache(folder: Path) -> bool:
    target = folder.expanduser().resolve()
    return any(target == cache or target.is_relative_to(cache)
               for cache in (c.expanduser().resolve() for c in cache_folders()))


class PreferencesDialog(QDialog):
    def __init__(self, preferences: Preferences, parent: QWidget | None = None, *,
                 spelling_languages: list[str] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self.preferences = preferences
        if spelling_languages is None:
            from subtitle_desk.core.spelling import available_languages

            spelling_languages = available_languages()
        standard = QApplication.font()

        # -- editor
        self.font_family = QFontComboBox(self)
        self.font_family.setObjectName("prefFontFamily")
        self.font_size = QSpinBox(self)
        self.font_size.setObjectName("prefFontSize")
        self.font_size.setRange(*FONT_SIZE_RANGE)
        self.font_size.setSuffix(self.tr(" pt"))
        self.standard_font = QPushButton(self.tr("Standard"), self)
        self.standard_font.setToolTip(self.tr("The desktop's font: {family}, {size} pt").format(
            family=standard.family(), size=standard.pointSize()))
        self.standard_font.clicked.connect(lambda: self._show_font("", 0))
        font_row = QHBoxLayout()
        font_row.addWidget(self.font_family, 1)
        font_row.addWidget(self.font_size)
        font_row.addWidget(self.standard_font)
        self.autosave = QSpinBox(self)
        self.autosave.setObjectName("prefAutosave")
        self.autosave.setRange(*AUTOSAVE_RANGE)
        self.autosave.setSuffix(self.tr(" s"))
        self.autosave.setToolTip(self.tr("How often unsaved changes are copied aside, to be restored after a crash"))
        self.qc_preset = QComboBox(self)
        self.qc_preset.setObjectName("prefQcPreset")
        for key, spec in PRESETS.items():
            self.qc_preset.addItem(spec.name, key)
        self.spelling = QComboBox(self)
        self.spelling.setObjectName("prefSpelling")
        self.spelling.addItem(self.tr("Off"), "")
        for tag in spelling_languages:
            self.spelling.addItem(tag, tag)
        personal = QPushButton(self.tr("Personal word lists…"), self)
        personal.setToolTip(self.tr("Open the folder of the words you added: {folder}").format(
            folder=paths.data_dir() / "spelling"))
        personal.clicked.connect(self._open_word_lists)
        spelling_row = QHBoxLayout()
        spelling_row.addWidget(self.spelling, 1)
        spelling_row.addWidget(personal)
        self.waveform = QCheckBox(self.tr("Show the audio waveform under the cue table"), self)
        self.waveform.setObjectName("prefWaveform")
        editor = QGroupBox(self.tr("Editor"), self)
        form = QFormLayout(editor)
        form.addRow(self.tr("Cue text font:"), font_row)
        autosave_row = QHBoxLayout()
        autosave_row.addWidget(self.autosave)
        autosave_row.addStretch(1)
        form.addRow(self.tr("Autosave every:"), autosave_row)
        form.addRow(self.tr("QC preset:"), self.qc_preset)
        form.addRow("", _note(self.tr("For files without a specification of their own"), self))
        form.addRow(self.tr("Spelling language:"), spelling_row)
        form.addRow("", _note(self.tr("For files that do not say their language"), self))
        form.addRow(self.tr("Waveform:"), self.waveform)

        # -- Dotsub, appearance
        self.download_format = QComboBox(self)
        self.download_format.setObjectName("prefDownloadFormat")
        self.download_format.addItems(list(DOWNLOAD_FORMATS))
        self.theme = QComboBox(self)
        self.theme.setObjectName("prefTheme")
        for choice in theme.THEMES:
            self.theme.addItem(self.tr(_THEME_LABELS[choice]) if choice in _THEME_LABELS else choice.capitalize(), choice)
        self.language = QComboBox(self)
        self.language.setObjectName("prefLanguage")
        for code, name in language_names():
            self.language.addItem(name, code)
        other = QGroupBox(self.tr("Dotsub and appearance"), self)
        other_form = QFormLayout(other)
        other_form.addRow(self.tr("Download subtitles as:"), self.download_format)
        other_form.addRow(self.tr("Colours:"), self.theme)
        other_form.addRow(self.tr("Language:"), self.language)
        other_form.addRow("", _note(self.tr("The new language shows when Subtitle Desk next starts"), self))

        # -- files
        self.work_folder = QLineEdit(self)
        self.work_folder.setObjectName("prefWorkFolder")
        self.work_folder.setPlaceholderText(str(paths.default_work_dir()))
        self.work_folder.setClearButtonEnabled(True)
        self.work_folder.textChanged.connect(self._validate)
        choose = QPushButton(self.tr("Choose…"), self)
        choose.clicked.connect(self._choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.work_folder, 1)
        folder_row.addWidget(choose)
        files = QGroupBox(self.tr("Files"), self)
        files_form = QFormLayout(files)
        files_form.addRow(self.tr("Work folder:"), folder_row)
        # Lines broken by hand: a word-wrapped label in a form squeezes the dialog's other rows.
        files_form.addRow("", _note(self.tr("Downloaded subtitles being worked on, and files about to be sent.\n"
                                            "Empty: the app's data folder. Work already in the old folder\n"
                                            "stays there: open it from there (File ▸ Open) to go on with it."), self))

        self.problem = QLabel(self)
        self.problem.setObjectName("prefProblem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
                                        | QDialogButtonBox.StandardButton.Apply
                                        | QDialogButtonBox.StandardButton.RestoreDefaults, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Apply).clicked.connect(self.apply)
        self.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(
            lambda: self.show_values(Prefs()))

        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)  # never squeezed
        layout.addWidget(editor)
        layout.addWidget(other)
        layout.addWidget(files)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.show_values(preferences.current)

    # -- values ----------------------------------------------------------------------------
    def show_values(self, prefs: Prefs) -> None:
        self._show_font(prefs.font_family, prefs.font_size)
        self.autosave.setValue(prefs.autosave_seconds)
        self._select(self.qc_preset, prefs.qc_preset)
        if self.spelling.findData(prefs.spelling_language) < 0:
            self.spelling.addItem(self.tr("{language} (no dictionary)").format(language=prefs.spelling_language),
                                  prefs.spelling_language)
        self._select(self.spelling, prefs.spelling_language)
        self.waveform.setChecked(prefs.waveform)
        self.download_format.setCurrentText(prefs.download_format)
        self._select(self.theme, prefs.theme)
        self._select(self.language, prefs.language)
        self.work_folder.setText(prefs.work_folder)
        self._validate()

    def values(self) -> Prefs:
        standard = QApplication.font()
        family = self.font_family.currentFont().family()
        size = self.font_size.value()
        return Prefs(
            font_family="" if family == standard.family() else family,
            font_size=0 if size == standard.pointSize() else size,
            autosave_seconds=self.autosave.value(),
            qc_preset=str(self.qc_preset.currentData()),
            spelling_language=str(self.spelling.currentData() or ""),
            waveform=self.waveform.isChecked(),
            download_format=self.download_format.currentText(),
            theme=str(self.theme.currentData()),
            language=str(self.language.currentData() or ""),
            work_folder=self.work_folder.text().strip())

    def problem_text(self) -> str:
        folder = self.work_folder.text().strip()
        if folder:
            path = Path(folder).expanduser()
            if not path.is_absolute():
                return self.tr("Give the work folder's whole path (or choose it).")
            if in_a_cache(path):
                return self.tr("{path} is inside a cache folder, which cleaning tools may empty: choose "
                               "another place for work.").format(path=path)
            if path.exists() and not path.is_dir():
                return self.tr("{path} is a file, not a folder.").format(path=path)
        return ""

    # -- applying --------------------------------------------------------------------------
    def apply(self) -> bool:
        if self.problem_text():
            return False
        self.preferences.update(self.values())
        return True

    def accept(self) -> None:
        if self.apply():
            super().accept()

    # -- helpers ---------------------------------------------------------------------------
    def _show_font(self, family: str, size: int) -> None:
        standard = QApplication.font()
        self.font_family.setCurrentFont(QFont(family or standard.family()))
        self.font_size.setValue(size if size > 0 else max(standard.pointSize(), FONT_SIZE_RANGE[0]))

    @staticmethod
    def _select(combo: QComboBox, value: object) -> None:
        index = combo.findData(value)
        if index >= 0:
            combo.setCurrentIndex(index)

    def _validate(self, *_: object) -> None:
        problem = self.problem_text()
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        for button in (QDialogButtonBox.StandardButton.Ok, QDialogButtonBox.StandardButton.Apply):
            self.buttons.button(button).setEnabled(not problem)

    def _choose_folder(self) -> None:
        start = self.work_folder.text().strip() or str(paths.default_work_dir())
        folder = QFileDialog.getExistingDirectory(self, self.tr("Keep work in"), start)
        if folder:
            self.work_folder.setText(folder)

    def _open_word_lists(self) -> None:
        folder = paths.data_dir() / "spelling"
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def _note(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # follows the theme
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label
