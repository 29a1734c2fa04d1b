"""Settings ▸ Preferences…: each preference is kept in the UI settings, applied at once, and applied
again at the next start (a second window over the same settings file)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QComboBox, QDialogButtonBox

from subtitle_desk.core import paths
from subtitle_desk.core.spelling import available_languages
from subtitle_desk.ui.media import MediaPanel
from subtitle_desk.ui.preferences import KEYS, Prefs, follow_download_format
from subtitle_desk.ui import main_window
from subtitle_desk.ui.theme import apply_theme, saved_theme
from tests.ui.conftest import run, wait_until


@pytest.fixture(autouse=True)
def defaults_afterwards(monkeypatch):
    """The theme and the work folder are process-wide: each test leaves them as they were."""
    monkeypatch.delenv(paths.WORK_DIR_ENV, raising=False)
    yield
    apply_theme("system")


def choose(desk, **changes):
    """Open Settings ▸ Preferences…, change the widgets, press OK."""
    desk.window.preferences_action.trigger()
    dialog = desk.window.preferences_dialog
    assert dialog is not None and dialog.isVisible()
    for name, value in changes.items():
        widget = getattr(dialog, name)
        if name == "font_family":
            widget.setCurrentFont(QFont(value))
        elif hasattr(widget, "setChecked"):
            widget.setChecked(value)
        elif hasattr(widget, "setValue"):
            widget.setValue(value)
        elif isinstance(widget, QComboBox):
            index = widget.findData(value)
            widget.setCurrentIndex(index if index >= 0 else widget.findText(value))
        else:
            widget.setText(value)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled(), dialog.problem.text()
    ok.click()
    return dialog


def restart(desk_factory):
    """The next start: a new window over the same settings file."""
    again = desk_factory()
    again.window.restore_settings()
    return again


def other_family() -> str:
    standard = QApplication.font().family()
    families = [f for f in ("DejaVu Serif", "DejaVu Sans Mono", "Liberation Serif", "Noto Serif")
                if f != standard]
    return next((f for f in families if QFont(f).exactMatch()), families[0])


def test_the_preferences_dialog_is_in_the_settings_menu(desk):
    assert desk.window.preferences_action in desk.window.settings_menu.actions()
    assert desk.window.preferences_action.text() == "&Preferences…"


def test_the_cue_font_is_kept_and_used_by_the_table_and_the_text_editor_at_once_and_at_start(desk, desk_factory):
    family = other_family()
    choose(desk, font_family=family, font_size=15)

    assert desk.settings.value(KEYS["font_family"]) == QFont(family).family()
    for page in (desk.page, restart(desk_factory).page):
        assert page.table.font().pointSize() == 15
        assert page.table.font().family() == QFont(family).family()
        assert page.pane.text_edit.font().pointSizeF() == pytest.approx(15 * 1.25)
        assert page.table.verticalHeader().defaultSectionSize() >= page.table.fontMetrics().height()


def test_the_standard_font_comes_back_when_chosen(desk):
    before = (desk.page.table.font().pointSize(), desk.page.pane.text_edit.font().pointSizeF())
    choose(desk, font_size=18)
    desk.window.preferences_action.trigger()
    dialog = desk.window.preferences_dialog
    dialog.standard_font.click()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    assert Prefs.load(desk.settings).font_size == 0
    assert (desk.page.table.font().pointSize(), desk.page.pane.text_edit.font().pointSizeF()) == before


def test_the_autosave_interval_is_kept_and_the_running_autosave_follows_it(desk):
    choose(desk, autosave=42)

    assert desk.autosaver.interval_ms == 42_000
    assert Prefs.load(desk.settings).autosave_seconds == 42
    from subtitle_desk.ui.app import autosave_interval_ms

    assert autosave_interval_ms(desk.settings) == 42_000  # what the next start's autosave uses


def test_the_qc_preset_is_kept_and_checks_the_open_file_at_once_and_at_start(loop, desk, desk_factory,
                                                                            subtitle_file):
    run(loop, desk.page.open_path(subtitle_file))
    assert desk.controller.spec_key == "netflix-en"

    choose(desk, qc_preset="netflix-other")

    assert desk.controller.spec_key == "netflix-other"
    assert desk.page.qc_panel.current_spec_name() == "netflix-other"
    assert restart(desk_factory).controller.spec_key == "netflix-other"


def test_a_preset_chosen_in_the_qc_panel_is_what_the_dialog_shows(desk):
    desk.controller.set_spec("netflix-other")
    desk.window.preferences_action.trigger()
    assert desk.window.preferences_dialog.qc_preset.currentData() == "netflix-other"


def test_the_spelling_language_is_kept_and_checks_a_plain_file_at_once_and_at_start(loop, desk, desk_factory,
                                                                                    subtitle_file):
    language = available_languages()[0]
    run(loop, desk.page.open_path(subtitle_file))

    choose(desk, spelling=language)

    assert desk.page.workbench.spelling_language == language
    wait_until(loop, lambda: desk.page.workbench.spelling is not None, timeout=10)
    assert restart(desk_factory).page.workbench.spelling_language == language
    choose(desk, spelling="")
    assert desk.page.workbench.spelling_language is None


def test_the_waveform_can_be_turned_off_and_on_and_is_kept(desk, desk_factory):
    panel = MediaPanel()
    desk.page.attach_media(panel)

    choose(desk, waveform=False)

    assert not panel.waveform_shown and panel.waveform.isHidden()
    assert Prefs.load(desk.settings).waveform is False
    again = desk_factory()
    again_panel = MediaPanel()
    again.page.attach_media(again_panel)
    again.window.restore_settings()
    assert again_panel.waveform.isHidden()
    choose(desk, waveform=True)
    assert panel.waveform_shown and not panel.waveform.isHidden()


def test_the_download_format_is_kept_and_a_format_chooser_follows_it(desk, qtbot):
    combo = QComboBox()
    qtbot.addWidget(combo)
    combo.addItems(["SRT", "VTT", "TTML", "SSA"])
    follow_download_format(desk.window.preferences, combo)
    assert combo.currentText() == "SRT"

    choose(desk, download_format="VTT")

    assert combo.currentText() == "VTT"
    combo.setCurrentText("TTML")  # chosen where the subtitles are opened: kept for next time too
    assert Prefs.load(desk.settings).download_format == "TTML"
    later = QComboBox()
    qtbot.addWidget(later)
    later.addItems(["SRT", "VTT", "TTML", "SSA"])
    follow_download_format(desk.window.preferences, later)
    assert later.currentText() == "TTML"


def test_the_theme_is_kept_for_the_next_start_and_applied_at_once(desk, monkeypatch):
    applied: list[str] = []
    monkeypatch.setattr(main_window, "apply_theme", applied.append)  # platforms differ in what they show

    choose(desk, theme="dark")
    choose(desk, autosave=30)  # the same theme is not applied again

    assert applied == ["dark"]
    assert saved_theme(desk.settings) == "dark"  # what ui.app applies at the next start


def test_the_work_folder_is_kept_and_new_work_goes_there(desk, desk_factory, tmp_path, monkeypatch):
    folder = tmp_path / "my work"
    assert paths.work_dir() == paths.default_work_dir()

    choose(desk, work_folder=str(folder))

    assert paths.work_dir() == folder
    assert Prefs.load(desk.settings).work_folder == str(folder)
    monkeypatch.delenv(paths.WORK_DIR_ENV)  # as a new process starts
    restart(desk_factory)
    assert paths.work_dir() == folder
    choose(desk, work_folder="")
    assert paths.work_dir() == paths.default_work_dir()


def test_a_work_folder_inside_a_cache_folder_is_refused(desk):
    cache = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation))
    desk.window.preferences_action.trigger()
    dialog = desk.window.preferences_dialog

    dialog.work_folder.setText(str(cache / "work"))

    assert "cache folder" in dialog.problem.text() and dialog.problem.isVisible()
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    dialog.work_folder.setText("relative/folder")
    assert "whole path" in dialog.problem.text()


def test_cancel_keeps_the_preferences_as_they_were(desk):
    desk.window.preferences_action.trigger()
    dialog = desk.window.preferences_dialog
    dialog.autosave.setValue(300)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()

    assert Prefs.load(desk.settings).autosave_seconds == Prefs().autosave_seconds
    assert desk.window.preferences_dialog is None


def test_apply_uses_the_preferences_and_keeps_the_dialog_open(desk):
    desk.window.preferences_action.trigger()
    dialog = desk.window.preferences_dialog
    dialog.autosave.setValue(77)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Apply).click()

    assert desk.autosaver.interval_ms == 77_000
    assert dialog.isVisible()


def test_restore_defaults_shows_the_defaults_in_the_dialog(desk):
    choose(desk, autosave=99, waveform=False)
    desk.window.preferences_action.trigger()
    dialog = desk.window.preferences_dialog
    dialog.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).click()

    assert dialog.values() == Prefs()


def test_the_language_is_chosen_in_the_dialog_for_the_next_start(desk):
    desk.window.preferences_action.trigger()
    dialog = desk.window.preferences_dialog
    assert dialog.language.currentData() == ""  # Follow the system
    names = [dialog.language.itemText(i) for i in range(dialog.language.count())]
    assert names == ["Follow the system", "English", "Deutsch", "Français", "Español", "العربية"]
    dialog.language.setCurrentIndex(dialog.language.findData("ar"))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Apply).click()

    assert desk.settings.value(KEYS["language"]) == "ar"
    assert Prefs.load(desk.settings).language == "ar"
