"""The interface in the user's language: Qt's own translations and the app's, installed once at
start before any window is built (``ui.app``).

The language is, first to last: the ``language`` argument, the ``SUBTITLE_DESK_LANGUAGE``
environment variable (the tests force "en" with it), the Preferences choice (the UI settings key
``ui/language``, "" = follow the system), the system's locale. The app's translations are
``resources/i18n/subtitle_desk_<lang>.qm``, compiled from the ``.ts`` files beside them by
``pyside6-lrelease`` (tools/install.sh and packaging/build-linux.sh do it; a source checkout
compiles them here when lrelease is at hand); a language whose ``.qm`` is missing shows in English.
English has one too, with only the plural forms (``tr("%n cue(s)", "", n)`` -> "1 cue", "2 cues").
Arabic lays the whole window out right to left.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, Qt, QTranslator
from PySide6.QtWidgets import QApplication

__all__ = ["LANGUAGES", "SETTINGS_KEY", "LANGUAGE_ENV", "I18N_DIR", "chosen_language", "install_translations",
           "remove_translations", "system_language", "language_names"]

log = logging.getLogger(__name__)

SETTINGS_KEY = "ui/language"
LANGUAGE_ENV = "SUBTITLE_DESK_LANGUAGE"
I18N_DIR = Path(__file__).resolve().parent.parent / "resources" / "i18n"
#: The languages the interface speaks, each named in itself.
LANGUAGES = {"en": "English", "de": "Deutsch", "fr": "Français", "es": "Español", "ar": "العربية"}
RIGHT_TO_LEFT = {"ar"}

_installed: list[QTranslator] = []


def language_names() -> list[tuple[str, str]]:
    """(code, name) for the Preferences choice: "" first (follow the system), then each language."""
    return [("", QCoreApplication.translate("i18n", "Follow the system"))] + list(LANGUAGES.items())


def system_language() -> str:
    """The system locale's language code ("de" for de_AT)."""
    return QLocale.system().name().split("_")[0]


def chosen_language(settings: QSettings | None = None, language: str | None = None) -> str:
    """The language to show: one of ``LANGUAGES`` (English when the one asked for is unknown)."""
    for candidate in (language, os.environ.get(LANGUAGE_ENV),
                      str(settings.value(SETTINGS_KEY, "") or "") if settings is not None else None,
                      system_language()):
        if candidate:
            code = candidate.strip().replace("-", "_").split("_")[0].lower()
            return code if code in LANGUAGES else "en"
    return "en"


def remove_translations(app: QCoreApplication) -> None:
    while _installed:
        app.removeTranslator(_installed.pop())
    if isinstance(app, QApplication):
        QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def ensure_compiled() -> None:
    """Compile the .ts files whose .qm is missing or older (a checkout tools/install.sh has not
    run in), when pyside6-lrelease is beside this Python and the folder is writable."""
    stale = [ts for ts in sorted(I18N_DIR.glob("*.ts"))
             if not ts.with_suffix(".qm").is_file() or ts.with_suffix(".qm").stat().st_mtime < ts.stat().st_mtime]
    lrelease = Path(sys.executable).parent / ("pyside6-lrelease.exe" if sys.platform == "win32" else "pyside6-lrelease")
    if stale and lrelease.is_file() and os.access(I18N_DIR, os.W_OK):
        try:
            subprocess.run([str(lrelease), "-silent", *map(str, stale)], check=True, capture_output=True, timeout=60)
        except (OSError, subprocess.SubprocessError) as exc:
            log.warning("cannot compile the translations: %s", exc)


def _load(app: QCoreApplication, path: Path) -> bool:
    translator = QTranslator(app)
    if path.is_file() and translator.load(str(path)) and app.installTranslator(translator):
        _installed.append(translator)
        return True
    return False


def install_translations(app: QCoreApplication, language: str | None = None, *,
                         settings: QSettings | None = None) -> str:
    """Install Qt's and the app's translations for the chosen language (replacing earlier ones)
    and set the layout direction; returns the language code shown."""
    remove_translations(app)
    code = chosen_language(settings, language)
    ensure_compiled()
    if code == "en":
        _load(app, I18N_DIR / "subtitle_desk_en.qm")  # the plural forms
    else:
        qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
        if not _load(app, qt_dir / f"qtbase_{code}.qm"):
            log.info("no Qt translations for %s in %s", code, qt_dir)
        if not _load(app, I18N_DIR / f"subtitle_desk_{code}.qm"):
            log.warning("no compiled translations for %s in %s (run pyside6-lrelease): showing English",
                        code, I18N_DIR)
    if isinstance(app, QApplication):
        QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft if code in RIGHT_TO_LEFT
                                        else Qt.LayoutDirection.LeftToRight)
    return code
