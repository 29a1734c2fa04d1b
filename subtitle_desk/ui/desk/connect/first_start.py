"""The first-start offer: with no account set up for any service (and not ``--demo``), offer to
try the desk on the built-in local services, or to set up the accounts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QWidget

from subtitle_desk.ui.layouts import STRETCH, Space, hbox, vbox

from .controller import SERVICE_LABELS, service_configured

if TYPE_CHECKING:
    from subtitle_desk.ui.desk.context import DeskContext

__all__ = ["FirstStartDialog", "should_offer_first_start"]


def should_offer_first_start(context: DeskContext) -> bool:
    """True when no service has credentials and the desk is not already on the demo services."""
    if getattr(context, "demo", False):
        return False
    return not any(service_configured(context.services, name) for name in SERVICE_LABELS)


class FirstStartDialog(QDialog):
    """'Try Subtitle Desk on built-in local services' or 'Set up my accounts'."""

    demoRequested = Signal()
    setupRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstStart")
        self.setWindowTitle(self.tr("Welcome to Subtitle Desk"))
        self.setMinimumWidth(520)
        heading = QLabel("<h3>{}</h3>".format(self.tr("Welcome to Subtitle Desk")), self)
        text = QLabel(self.tr(
            "No Dotsub, DatoCMS or cielo24 account is set up yet.<p>You can look around first: "
            "built-in local services on this computer stand in for Dotsub, DatoCMS and cielo24, "
            "with sample media, tasks and subtitles. Nothing is sent over the internet, and your "
            "own accounts can be added at any time from the Settings menu."), self)
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.RichText)
        self.demo_button = QPushButton(self.tr("Try Subtitle Desk on built-in local services"), self)
        self.demo_button.setObjectName("firstStartDemo")
        self.demo_button.setDefault(True)
        self.setup_button = QPushButton(self.tr("Set up my accounts"), self)
        self.setup_button.setObjectName("firstStartSetup")
        self.later_button = QPushButton(self.tr("Not now"), self)
        self.demo_button.clicked.connect(self._demo)
        self.setup_button.clicked.connect(self._setup)
        self.later_button.clicked.connect(self.reject)
        vbox(heading, text, Space(8),
             hbox(self.later_button, STRETCH, self.setup_button, self.demo_button), parent=self)

    def _demo(self) -> None:
        self.accept()
        self.demoRequested.emit()

    def _setup(self) -> None:
        self.accept()
        self.setupRequested.emit()
