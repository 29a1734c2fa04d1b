"""Connecting the desk to its services: a settings dialog per service (Dotsub, DatoCMS, cielo24)
with Test connection, the Accounts page, the accounts in the Settings menu and the first-start
demo offer.

    from subtitle_desk.ui.desk import connect
    part = connect.install(context)         # Accounts page + Settings menu entries; context.connect
    part.demoRequested.connect(start_demo)  # the lead wires what starting the demo means
    if connect.should_offer_first_start(context):
        part.offer_first_start()            # non-blocking dialog
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu, QStyle

from .controller import SERVICE_LABELS, ConnectController
from .dialogs import ServiceSettingsDialog, open_settings_dialog
from .first_start import FirstStartDialog, should_offer_first_start
from .page import AccountsPage

if TYPE_CHECKING:
    from subtitle_desk.ui.desk.context import DeskContext

__all__ = ["install", "ConnectPages", "should_offer_first_start", "ACCOUNTS_PAGE", "ConnectController",
           "FirstStartDialog"]

ACCOUNTS_PAGE = "accounts"


class ConnectPages(QObject):
    """What ``install`` sets as ``context.connect``."""

    #: The user chose to try the desk on the built-in local services (first-start offer).
    demoRequested = Signal()

    def __init__(self, context: DeskContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.controller = ConnectController(context, self)
        self.page = AccountsPage(context, self.controller)
        self.menu: QMenu | None = None
        self.first_start: FirstStartDialog | None = None

    def open_settings(self, service: str) -> ServiceSettingsDialog:
        """Open ``service``'s settings dialog ("dotsub", "datocms" or "cielo24")."""
        return open_settings_dialog(self.context, self.controller, service)

    def offer_first_start(self) -> FirstStartDialog | None:
        """Show the first-start offer if :func:`should_offer_first_start`; non-blocking."""
        if not should_offer_first_start(self.context):
            return None
        dialog = FirstStartDialog(self.context.window)
        dialog.demoRequested.connect(self.demoRequested)
        dialog.setupRequested.connect(self._set_up_accounts)
        self.first_start = dialog
        dialog.open()
        return dialog

    def _set_up_accounts(self) -> None:
        self.context.window.show_page(ACCOUNTS_PAGE)
        self.open_settings("dotsub")


def install(context: DeskContext) -> ConnectPages:
    """Add the Accounts page and the accounts to the window's Settings menu (above
    Preferences…); set ``context.connect``."""
    window = context.window
    part = ConnectPages(context, window)
    icon = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_DriveNetIcon)
    # The navigation elides labels longer than about six letters ("Acco…"): "Setup" fits.
    window.add_page(ACCOUNTS_PAGE, QCoreApplication.translate("Connect", "Setup"), part.page, icon)
    menu = window.settings_menu
    entries: list[QAction] = []
    for service, label in SERVICE_LABELS.items():
        action = QAction(QCoreApplication.translate("Connect", "{service} account…").format(service=label), menu)
        action.setObjectName(f"settings:{service}")
        action.triggered.connect(lambda _=False, s=service: part.open_settings(s))
        entries.append(action)
    accounts = QAction(QCoreApplication.translate("Connect", "&Accounts (Setup page)"), menu)
    accounts.triggered.connect(lambda: window.show_page(ACCOUNTS_PAGE))
    entries.append(accounts)
    before = menu.actions()[0] if menu.actions() else None
    menu.insertActions(before, entries)
    menu.insertSeparator(before)
    part.menu = menu
    context.connect = part
    return part
