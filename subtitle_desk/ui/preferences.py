"""The user's preferences: what they are, where the UI settings keep them, and who follows them.

``Prefs`` is the values; ``Preferences`` (one per window, ``window.preferences``) reads them from
the UI settings and announces a change with ``changed(Prefs)``. The main window applies what it
owns (the editor's font, QC preset and spelling language, the autosave interval, the waveform,
the theme, the work folder) at start and at each change; a desk page follows the rest itself
(``follow_download_format`` for the Dotsub format choosers). Several keys are the ones the rest of
the app already reads and writes (the spelling menu, the QC preset selector, the format choosers,
``ui.theme``), so a choice made there shows in the dialog and the other way round.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from typing import Any

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QComboBox

from subtitle_desk.core.qc import PRESETS
from subtitle_desk.core.services.dotsub import SUBTITLE_FORMATS
from subtitle_desk.ui import theme
from subtitle_desk.ui.editor.autosave import DEFAULT_AUTOSAVE_SECONDS
from subtitle_desk.ui.editor.controller import DEFAULT_PRESET
from subtitle_desk.ui.i18n import LANGUAGES, SETTINGS_KEY as LANGUAGE_KEY

__all__ = ["Prefs", "Preferences", "KEYS", "DOWNLOAD_FORMATS", "AUTOSAVE_RANGE", "FONT_SIZE_RANGE",
           "editor_font", "follow_download_format"]

DOWNLOAD_FORMATS = tuple(SUBTITLE_FORMATS)
#: Seconds between autosaves the dialog offers.
AUTOSAVE_RANGE = (2, 600)
FONT_SIZE_RANGE = (6, 40)

#: Where each preference is kept in the UI settings.
KEYS = {
    "font_family": "editor/font_family",
    "font_size": "editor/font_size",
    "autosave_seconds": "editor/autosave_seconds",  # ui.app reads it at start
    "qc_preset": "editor/spec",  # also the QC panel's choice (EditorPage)
    "spelling_language": "editor/spelling_language",  # also Quality ▸ Spelling language
    "waveform": "editor/waveform",
    "download_format": "dotsub/download_format",
    "theme": theme.SETTINGS_KEY,
    "work_folder": "paths/work_folder",
    "language": LANGUAGE_KEY,  # ui.i18n reads it at start
}


@dataclass(frozen=True)
class Prefs:
    #: The cue text's font family and size in points ("" and 0: the app's own font).
    font_family: str = ""
    font_size: int = 0
    autosave_seconds: int = DEFAULT_AUTOSAVE_SECONDS
    #: The QC preset (``core.qc.PRESETS``) for files that bring no specification of their own.
    qc_preset: str = DEFAULT_PRESET
    #: The spelling language for files that do not say theirs ("": no spell checking).
    spelling_language: str = ""
    waveform: bool = True
    #: The format Dotsub subtitles are downloaded in (``SUBTITLE_FORMATS``).
    download_format: str = "SRT"
    theme: str = "system"
    #: Where work is kept ("": ``core.paths.default_work_dir()``).
    work_folder: str = ""
    #: The interface language (``ui.i18n.LANGUAGES``; "": the system's), applied at next start.
    language: str = ""

    @classmethod
    def load(cls, settings: QSettings) -> Prefs:
        default = cls()
        values: dict[str, Any] = {}
        for field in fields(cls):
            raw = settings.value(KEYS[field.name])
            values[field.name] = _parse(raw, getattr(default, field.name))
        prefs = cls(**values)
        return replace(
            prefs,
            autosave_seconds=min(max(prefs.autosave_seconds, AUTOSAVE_RANGE[0]), AUTOSAVE_RANGE[1]),
            qc_preset=prefs.qc_preset if prefs.qc_preset in PRESETS else default.qc_preset,
            download_format=prefs.download_format if prefs.download_format in DOWNLOAD_FORMATS
            else default.download_format,
            theme=prefs.theme if prefs.theme in theme.THEMES else default.theme,
            language=prefs.language if prefs.language in LANGUAGES else default.language)

    def save(self, settings: QSettings) -> None:
        for field in fields(self):
            settings.setValue(KEYS[field.name], getattr(self, field.name))
        settings.sync()


def _parse(raw: Any, default: Any) -> Any:
    """A value read from QSettings (INI files give strings back) as the type of ``default``."""
    if raw is None:
        return default
    if isinstance(default, bool):
        return raw if isinstance(raw, bool) else str(raw).strip().lower() in ("true", "1", "yes", "on")
    if isinstance(default, int):
        try:
            return int(float(raw))
        except (TypeError, ValueError):
            return default
    return str(raw)


def editor_font(prefs: Prefs) -> QFont | None:
    """The font the cue table and text editor use; None: the app's own (their defaults)."""
    if not prefs.font_family and prefs.font_size <= 0:
        return None
    font = QFont(QApplication.font())
    if prefs.font_family:
        font.setFamily(prefs.font_family)
    if prefs.font_size > 0:
        font.setPointSize(prefs.font_size)
    return font


class Preferences(QObject):
    """The window's preferences, read from ``settings`` each time (other choosers write the same
    keys); ``update`` keeps new ones and announces them."""

    #: (Prefs) the user changed the preferences
    changed = Signal(object)

    def __init__(self, settings: QSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings

    @property
    def current(self) -> Prefs:
        return Prefs.load(self.settings)

    def update(self, prefs: Prefs) -> None:
        prefs.save(self.settings)
        self.changed.emit(prefs)

    def set(self, **changes: Any) -> Prefs:
        """Change some preferences (``set(waveform=False)``) and announce all of them."""
        prefs = replace(self.current, **changes)
        self.update(prefs)
        return prefs


def follow_download_format(preferences: Preferences, combo: QComboBox) -> None:
    """``combo`` (a Dotsub format chooser) starts on the preferred download format, keeps the
    user's choice there for next time, and follows the Preferences dialog."""
    _FormatFollower(preferences, combo)


class _FormatFollower(QObject):
    # A child of the combo: it goes with the combo, and Qt disconnects it then.
    def __init__(self, preferences: Preferences, combo: QComboBox) -> None:
        super().__init__(combo)
        self.preferences, self.combo = preferences, combo
        combo.setCurrentText(preferences.current.download_format)
        combo.currentTextChanged.connect(self.chosen)
        preferences.changed.connect(self.follow)

    def chosen(self, text: str) -> None:
        if text in DOWNLOAD_FORMATS:
            self.preferences.settings.setValue(KEYS["download_format"], text)

    def follow(self, prefs: Prefs) -> None:
        self.combo.setCurrentText(prefs.download_format)
