"""Light and dark: the app follows the desktop's colour scheme unless the user forces one.

``apply_theme(choice)`` with ``"system"``, ``"light"`` or ``"dark"`` (kept under ``SETTINGS_KEY``
in the UI settings) sets Qt's colour scheme; widgets that draw their own colours ask
``palette_colors()`` for the set that is readable on the current scheme, and repaint on
``theme_changed()`` (Qt's ``colorSchemeChanged``).
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, SignalInstance
from PySide6.QtGui import QGuiApplication

__all__ = ["THEMES", "SETTINGS_KEY", "apply_theme", "saved_theme", "current_scheme", "is_dark",
           "theme_changed"]

THEMES = ("system", "light", "dark")
SETTINGS_KEY = "view/theme"

_SCHEMES = {"system": Qt.ColorScheme.Unknown, "light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}


def saved_theme(settings: QSettings) -> str:
    value = str(settings.value(SETTINGS_KEY, "system") or "system")
    return value if value in THEMES else "system"


def apply_theme(choice: str) -> None:
    """Follow the desktop (``"system"``) or force ``"light"`` / ``"dark"``."""
    hints = QGuiApplication.styleHints()
    if choice == "system":
        hints.unsetColorScheme()
    else:
        hints.setColorScheme(_SCHEMES[choice])


def current_scheme() -> Qt.ColorScheme:
    scheme = QGuiApplication.styleHints().colorScheme()
    if scheme == Qt.ColorScheme.Unknown:
        # No answer from the platform (offscreen, some X11 desktops): judge by the palette.
        window = QGuiApplication.palette().window().color()
        return Qt.ColorScheme.Dark if window.lightness() < 128 else Qt.ColorScheme.Light
    return scheme


def is_dark() -> bool:
    return current_scheme() == Qt.ColorScheme.Dark


def theme_changed() -> SignalInstance:
    """The signal to connect to for repainting custom colours when the scheme changes."""
    return QGuiApplication.styleHints().colorSchemeChanged


