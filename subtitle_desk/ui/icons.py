"""Icons from the desktop's theme, with Qt's own standard pixmaps where the theme has none."""

from __future__ import annotations

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle

__all__ = ["themed_icon"]


def themed_icon(theme: str, fallback: str) -> QIcon:
    """The theme's icon called ``theme``, else the style's ``QStyle.StandardPixmap.<fallback>``."""
    icon = QIcon.fromTheme(theme)
    if icon.isNull():
        icon = QApplication.style().standardIcon(getattr(QStyle.StandardPixmap, fallback))
    return icon
