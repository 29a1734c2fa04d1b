"""Where the window goes: the first one fits the screen it opens on, and one put back where it was
last time lands whole on a screen that still exists (a laptop undocked from its monitor, a
smaller screen, a changed scale factor).

``first_size`` and ``fit_to_screen`` are pure geometry over ``QScreen.availableGeometry()``
rectangles (what the task bar and docks leave); ``fit_window`` applies the second to a window.
Rectangles are the window's client area: ``frame`` is room kept for the title bar and borders,
which are not known before the window is shown.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QMargins, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

__all__ = ["PREFERRED_SIZE", "FRAME", "first_size", "fit_to_screen", "available_geometries", "fit_window"]

#: What the window opens at when the screen has room: the editor, video and waveform side by side.
PREFERRED_SIZE = QSize(1400, 860)
#: Room for the window manager's title bar and borders.
FRAME = QMargins(4, 32, 4, 4)


def first_size(available: QRect, *, frame: QMargins = FRAME) -> QSize:
    """The size of a window opened for the first time on a screen with ``available`` room."""
    room = available.marginsRemoved(frame).size()
    return QSize(max(1, min(PREFERRED_SIZE.width(), room.width())),
                 max(1, min(PREFERRED_SIZE.height(), room.height())))


def _area(rect: QRect) -> int:
    return rect.width() * rect.height() if rect.isValid() else 0


def fit_to_screen(window: QRect, available: Sequence[QRect], *, frame: QMargins = FRAME) -> QRect:
    """``window`` moved (and shrunk if need be) to lie whole, frame included, on the screen it
    overlaps most; on the first of ``available`` (the primary) when it overlaps none."""
    screens = [QRect(rect) for rect in available if _area(rect) > 0]
    if not screens:
        return QRect(window)
    outer = window.marginsAdded(frame)
    target = max(screens, key=lambda screen: _area(screen.intersected(outer)))  # ties: the first
    room = target.marginsRemoved(frame)
    width = max(1, min(window.width(), room.width()))
    height = max(1, min(window.height(), room.height()))
    x = min(max(window.x(), room.left()), room.left() + room.width() - width)
    y = min(max(window.y(), room.top()), room.top() + room.height() - height)
    return QRect(x, y, width, height)


def available_geometries() -> list[QRect]:
    """Every screen's available rectangle, the primary screen's first."""
    primary = QGuiApplication.primaryScreen()
    screens = sorted(QGuiApplication.screens(), key=lambda screen: screen is not primary)
    return [screen.availableGeometry() for screen in screens]


def fit_window(window: QWidget) -> None:
    """Keep ``window`` (just restored, or about to be shown) whole on an existing screen. A
    maximized or full-screen window is left to the window manager."""
    if window.windowState() & (Qt.WindowState.WindowMaximized | Qt.WindowState.WindowFullScreen):
        return
    fitted = fit_to_screen(window.geometry(), available_geometries())
    if fitted != window.geometry():
        window.setGeometry(fitted)
