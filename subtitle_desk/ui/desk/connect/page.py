"""The Accounts page: each service's state at a glance, with Set up / Edit and Test connection."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QGridLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from subtitle_desk.ui.theme import css_color

from .controller import SAVED, SERVICE_LABELS, ConnectController, service_configured
from .dialogs import open_settings_dialog

if TYPE_CHECKING:
    from subtitle_desk.ui.desk.context import DeskContext

__all__ = ["AccountsPage"]

_WHAT = {
    "dotsub": QT_TRANSLATE_NOOP("AccountsPage", "Media, tasks and subtitles in Dotsub VideoTMS; video uploads."),
    "datocms": QT_TRANSLATE_NOOP("AccountsPage", "Subtitle tracks on videos in the DatoCMS Media Area."),
    "cielo24": QT_TRANSLATE_NOOP("AccountsPage", "Transcription and caption jobs at cielo24."),
}


class _ServiceBox(QGroupBox):
    def __init__(self, service: str, parent: QWidget) -> None:
        super().__init__(SERVICE_LABELS[service], parent)
        self.setObjectName(f"account:{service}")
        self.service = service
        what = QLabel(QCoreApplication.translate("AccountsPage", _WHAT[service]), self)
        what.setWordWrap(True)
        self.state = QLabel(self)
        self.state.setObjectName("accountState")
        self.state.setWordWrap(True)
        self.result = QLabel(self)
        self.result.setObjectName("accountTest")
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.edit_button = QPushButton(QCoreApplication.translate("AccountsPage", "Set up…"), self)
        self.test_button = QPushButton(QCoreApplication.translate("AccountsPage", "Test connection"), self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.test_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(what)
        layout.addWidget(self.state)
        layout.addWidget(self.result)
        layout.addLayout(buttons)


class AccountsPage(QWidget):
    def __init__(self, context: DeskContext, controller: ConnectController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("accountsPage")
        self.context = context
        self.controller = controller
        heading = QLabel("<h2>{}</h2>".format(self.tr("Accounts")), self)
        self.notice = QLabel(self)
        self.notice.setObjectName("accountsNotice")
        self.notice.setWordWrap(True)
        self.boxes: dict[str, _ServiceBox] = {}
        grid = QGridLayout()
        for column, service in enumerate(SERVICE_LABELS):
            box = _ServiceBox(service, self)
            box.edit_button.clicked.connect(lambda _=False, s=service: self.edit(s))
            box.test_button.clicked.connect(lambda _=False, s=service: self.test(s))
            grid.addWidget(box, 0, column)
            self.boxes[service] = box
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(heading)
        layout.addWidget(self.notice)
        layout.addLayout(grid)
        layout.addStretch(1)
        controller.tested.connect(self._tested)
        context.signals.servicesChanged.connect(self.refresh)
        self.refresh()

    def edit(self, service: str) -> Any:
        return open_settings_dialog(self.context, self.controller, service, self.window())

    def test(self, service: str) -> None:
        box = self.boxes[service]
        box.test_button.setEnabled(False)
        box.result.setStyleSheet("")
        box.result.setText(self.tr("Testing…"))
        self.controller.test_connection(service, self.context.service_settings, {})

    def refresh(self) -> None:
        secrets = self.context.secrets
        if self.context.demo:
            self.notice.setText(self.tr("These are the built-in local demo services on this computer; "
                                        "changes here last for this session only."))
        else:
            self.notice.setText(secrets.status_message)
        for service, box in self.boxes.items():
            configured = service_configured(self.context.services, service)
            box.state.setText(self._state_text(service) if configured else self.tr("Not set up."))
            box.edit_button.setText(self.tr("Edit…") if configured else self.tr("Set up…"))
            box.test_button.setEnabled(configured)
            if service in self.controller.results:
                self._show(service, *self.controller.results[service])
            else:
                box.result.clear()

    def _state_text(self, service: str) -> str:
        settings = self.context.service_settings
        if service == "dotsub":
            account = self.tr("Client {client} at {url}").format(client=settings.dotsub.client_id,
                                                                 url=settings.dotsub.api_url)
        elif service == "datocms":
            account = (self.tr("API token, {environment} environment, at {url}").format(
                environment=settings.datocms.environment, url=settings.datocms.api_url)
                if settings.datocms.environment
                else self.tr("API token, primary environment, at {url}").format(url=settings.datocms.api_url))
        else:
            account = self.tr("User {user} at {url}").format(user=settings.cielo24.username,
                                                             url=settings.cielo24.api_url)
        return self.tr("Set up: {account}.").format(account=account)

    def _tested(self, service: str, ok: bool, message: str, origin: str) -> None:
        if service in self.boxes and origin == SAVED:
            self._show(service, ok, message)

    def _show(self, service: str, ok: bool, message: str) -> None:
        box = self.boxes[service]
        box.test_button.setEnabled(service_configured(self.context.services, service))
        box.result.setStyleSheet(f"color: {css_color('ok_text' if ok else 'error_text')};")
        box.result.setText(("✔ " if ok else "✖ ") + message)
