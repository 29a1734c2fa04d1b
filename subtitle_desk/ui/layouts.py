"""Box layouts filled from their items in order, so a widget's constructor reads as what it shows,
left to right and top to bottom, rather than as a run of ``addWidget``/``addStretch`` calls::

    vbox((self.view, 1),
         hbox(self.running_only, STRETCH, self.clear_button, self.cancel_button),
         parent=self, margins=4)

An item is a widget, a layout, ``(widget, stretch[, alignment])``, ``STRETCH`` (or ``Stretch(n)``)
for the free room, or ``Space(pixels)`` for a fixed gap.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLayout, QVBoxLayout, QWidget

__all__ = ["hbox", "vbox", "Stretch", "STRETCH", "Space", "Item"]


@dataclass(frozen=True)
class Stretch:
    """Free room that grows with the box (``factor`` against the other stretches)."""

    factor: int = 1


@dataclass(frozen=True)
class Space:
    """A fixed gap of ``pixels``."""

    pixels: int


STRETCH = Stretch()

Item = QWidget | QLayout | Stretch | Space | tuple[QWidget, int] | tuple[QWidget, int, Qt.AlignmentFlag]


def _fill(box: QBoxLayout, items: tuple[Item, ...], margins: int | None) -> None:
    if margins is not None:
        box.setContentsMargins(margins, margins, margins, margins)
    for item in items:
        if isinstance(item, Stretch):
            box.addStretch(item.factor)
        elif isinstance(item, Space):
            box.addSpacing(item.pixels)
        elif isinstance(item, QLayout):
            box.addLayout(item)
        elif isinstance(item, tuple):
            box.addWidget(*item)
        else:
            box.addWidget(item)


def hbox(*items: Item, margins: int | None = None) -> QHBoxLayout:
    """The items side by side; ``margins`` the same on every side (else the style's)."""
    box = QHBoxLayout()
    _fill(box, items, margins)
    return box


def vbox(*items: Item, parent: QWidget | None = None, margins: int | None = None) -> QVBoxLayout:
    """The items one above the other; with ``parent``, the layout of that widget."""
    box = QVBoxLayout(parent)
    _fill(box, items, margins)
    return box
