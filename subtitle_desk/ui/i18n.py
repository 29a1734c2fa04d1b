"""The interface in the user's language: Qt's own translations and the app's, installed once at
start before any window is built (``ui.app``).

The language is, first to last: the ``language`` argument, the ``SUBTITLE_DESK_LANGUAGE``
environment variable (the tests force "en" with it), the Preferences choice (the UI settings key
``ui/language``, "" = follow the system), the system's locale. The app's translations are
``subtitle_desk/resources/i18n/subtitle_desk_<lang>.qm``, compiled by ``pyside6-lrelease`` from the
``.ts`` sources in the checkout's top-level ``resources/i18n/`` (``compile_translations``: run by
tools/install.sh, packaging/build-linux.sh and the PyInstaller spec, and here at start in a
checkout whose .qm files are missing or older); a language whose ``.qm`` is missing shows in English.
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

__all__ = ["LANGUAGES", "SETTINGS_KEY", "LANGUAGE_ENV", "I18N_DIR", "TS_DIR", "chosen_language",
           "compile_translations", "install_translations", "remove_translations", "system_language",
           "language_names"]

log = logging.getLogger(__name__)

SETTINGS_KEY = "ui/language"
LANGUAGE_ENV = "SUBTITLE_DESK_LANGUAGE"
#: The compiled .qm files the app loads (package data).
I18N_DIR = Path(__file__).resolve().parent.parent / "resources" / "i18n"
#: The .ts sources, in a checkout (not in an installed or bundled app).
TS_DIR = Path(__file__).resolve().parent.parent.parent / "resources" / "i18n"
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


def compile_translations(*, only_stale: bool = False) -> list[Path]:
    """Compile the checkout's .ts sources (``TS_DIR``) into ``I18N_DIR`` with pyside6-lrelease
    (beside this Python); returns the .qm files written. ``only_stale``: only those missing or
    older than their source. Raises OSError or subprocess.CalledProcessError on failure."""
    sources = [ts for ts in sorted(TS_DIR.glob("*.ts"))
               if not only_stale or not (I18N_DIR / f"{ts.stem}.qm").is_file()
               or (I18N_DIR / f"{ts.stem}.qm").stat().st_mtime < ts.stat().st_mtime]
    if not sources:
        return []
    lrelease = Path(sys.executable).parent / ("pyside6-lrelease.exe" if sys.platform == "win32" else "pyside6-lrelease")
    I18N_DIR.mkdir(parents=True, exist_ok=True)
    written = []
    for ts in sources:
        qm = I18N_DIR / f"{ts.stem}.qm"
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True, capture_output=True,
                       timeout=60)
        written.append(qm)
    return written


def ensure_compiled() -> None:
    """In a checkout tools/install.sh has not compiled (or whose .ts changed since): compile the
    stale translations now, when lrelease is at hand and the package folder is writable."""
    if not TS_DIR.is_dir() or not os.access(I18N_DIR if I18N_DIR.is_dir() else I18N_DIR.parent, os.W_OK):
        return
    try:
        compile_translations(only_stale=True)
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


if __name__ == "__main__":  # python -m subtitle_desk.ui.i18n: compile every translation (install, packaging)
    for path in compile_translations():
        print(f"compiled {path.name}")
