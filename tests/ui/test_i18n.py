"""The interface in the user's language (ui.i18n): the language chosen, Qt's own translations,
the app's, and right to left for Arabic. The rest of the tests run in English (tests/conftest.py)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from subtitle_desk.ui import i18n
from subtitle_desk.ui.preferences import KEYS, Prefs


@pytest.fixture
def translated(qapp) -> Iterator[QApplication]:
    yield qapp
    i18n.install_translations(qapp, "en")  # the next tests in English again
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight


@pytest.fixture
def settings(tmp_path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def test_the_tests_run_in_english(settings):
    assert i18n.chosen_language(settings) == "en"


def test_the_language_preference_overrides_the_system_locale(settings, monkeypatch):
    monkeypatch.delenv(i18n.LANGUAGE_ENV, raising=False)
    monkeypatch.setattr(i18n, "system_language", lambda: "fr")
    assert i18n.chosen_language(settings) == "fr"  # nothing chosen: the system's

    settings.setValue(KEYS["language"], "de")
    assert i18n.chosen_language(settings) == "de"
    assert Prefs.load(settings).language == "de"

    settings.setValue(KEYS["language"], "")  # Follow the system
    assert i18n.chosen_language(settings) == "fr"
    monkeypatch.setattr(i18n, "system_language", lambda: "ja")  # not one we speak
    assert i18n.chosen_language(settings) == "en"


def test_the_environment_overrides_the_preference(settings, monkeypatch):
    settings.setValue(KEYS["language"], "de")
    monkeypatch.setenv(i18n.LANGUAGE_ENV, "ar")
    assert i18n.chosen_language(settings) == "ar"


def test_qt_standard_buttons_are_translated(translated):
    assert i18n.install_translations(translated, "de") == "de"
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Abbrechen"


def test_arabic_lays_the_window_out_right_to_left(translated):
    assert i18n.install_translations(translated, "ar") == "ar"
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert QApplication.isRightToLeft()


def test_english_installs_no_translation(translated):
    i18n.install_translations(translated, "de")
    i18n.install_translations(translated, "en")
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancel"


def test_the_german_translation_names_the_menus_in_german(translated, desk_factory):
    i18n.install_translations(translated, "de")
    desk = desk_factory()
    titles = [action.text() for action in desk.window.menuBar().actions()]
    assert "&Datei" in titles and "&Hilfe" in titles
    assert desk.window.preferences_action.text() == "&Präferenzen…"


@pytest.mark.parametrize("language", ["de", "fr", "es", "ar"])
def test_every_language_loads_its_translation(translated, language):
    from PySide6.QtCore import QCoreApplication

    i18n.install_translations(translated, language)
    assert QCoreApplication.translate("MainWindow", "&File") != "&File"


def test_english_has_its_plural_forms(translated):
    from PySide6.QtCore import QCoreApplication

    i18n.install_translations(translated, "en")
    assert QCoreApplication.translate("EditorPage", "%n replacement(s)", "", 1) == "1 replacement"
    assert QCoreApplication.translate("EditorPage", "%n replacement(s)", "", 3) == "3 replacements"
    i18n.install_translations(translated, "de")
    assert QCoreApplication.translate("EditorPage", "%n replacement(s)", "", 3) == "3 Ersetzungen"
