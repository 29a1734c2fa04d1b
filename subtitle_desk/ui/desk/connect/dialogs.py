"""One settings dialog per service: account fields, secrets shown only as '••••' with Replace,
the service addresses under Advanced, the keyring's status, and Test connection.

    dialog = open_settings_dialog(context, controller, "dotsub")   # non-blocking (open())
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel,
                               QLineEdit, QPushButton, QToolButton, QVBoxLayout, QWidget)

from subtitle_desk.core.services.config import Settings
from subtitle_desk.ui.theme import css_color

from .controller import SERVICE_LABELS, ConnectController

if TYPE_CHECKING:
    from subtitle_desk.ui.desk.context import DeskContext

__all__ = ["SecretField", "ServiceSettingsDialog", "DotsubSettingsDialog", "DatocmsSettingsDialog",
           "Cielo24SettingsDialog", "open_settings_dialog", "MASK"]

MASK = "••••"


def _style(name: str) -> str:
    return f"color: {css_color(name)};"



class SecretField(QWidget):
    """Input for one secret. A stored secret is never put in the widget: the field shows '••••'
    and stays read-only until Replace; Forget removes it when the dialog is saved."""

    def __init__(self, store: Any, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self._stored = store.has(key)
        self._session_only = self._stored and store.is_session_only(key)
        self._forget = False
        self.edit = QLineEdit(self)
        self.edit.setObjectName(f"secret:{key}")
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setClearButtonEnabled(True)
        self.replace_button = QPushButton(self.tr("Replace"), self)
        self.replace_button.setObjectName(f"replace:{key}")
        self.replace_button.clicked.connect(self.start_replacing)
        self.forget_button = QPushButton(self.tr("Forget"), self)
        self.forget_button.setObjectName(f"forget:{key}")
        self.forget_button.setToolTip(self.tr("Remove the stored value when you save"))
        self.forget_button.clicked.connect(self.forget)
        self.show_button = QToolButton(self)
        self.show_button.setText(self.tr("Show"))
        self.show_button.setCheckable(True)
        self.show_button.setToolTip(self.tr("Show what you are typing (never the stored value)"))
        self.show_button.toggled.connect(lambda on: self.edit.setEchoMode(
            QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.show_button)
        layout.addWidget(self.replace_button)
        layout.addWidget(self.forget_button)
        self.note = QLabel(self)
        self.note.setStyleSheet(_style("muted_text"))
        layout.addWidget(self.note)
        self.edit.setEnabled(not self._stored)
        self._refresh()

    @property
    def stored(self) -> bool:
        return self._stored

    @property
    def replacing(self) -> bool:
        return self.edit.isEnabled()

    def start_replacing(self) -> None:
        self._forget = False
        self.edit.setEnabled(True)
        self.edit.clear()
        self.edit.setPlaceholderText(self.tr("New value"))
        self.edit.setFocus()
        self._refresh()

    def forget(self) -> None:
        self._forget = True
        self.edit.clear()
        self._refresh()

    def set_text(self, text: str) -> None:
        """Type a new value (tests, paste helpers)."""
        if not self.replacing:
            self.start_replacing()
        self.edit.setText(text)

    def edited(self) -> str | None:
        """The new value, ``""`` to forget the stored one, or None to keep what is stored."""
        if self._forget:
            return ""
        text = self.edit.text().strip() if self.replacing else ""
        return text or None

    def status_text(self) -> str:
        if self._forget:
            return self.tr("Will be removed when you save")
        if not self._stored:
            return ""
        return self.tr("Set for this session only") if self._session_only else self.tr("Stored")

    def _refresh(self) -> None:
        masked = self._stored and not self.replacing and not self._forget
        if masked:
            self.edit.setPlaceholderText(MASK)
        elif self._forget:
            self.edit.setEnabled(False)
            self.edit.setPlaceholderText(self.tr("(removed when you save)"))
        self.replace_button.setVisible(masked or self._forget)
        self.forget_button.setVisible(self._stored and not self._forget)
        self.show_button.setVisible(self.replacing)
        self.note.setText(self.status_text())
        self.note.setVisible(bool(self.note.text()))


class ServiceSettingsDialog(QDialog):
    """The shared frame: account fields, Advanced, keyring status, Test connection, Save."""

    service = ""

    def __init__(self, context: DeskContext, controller: ConnectController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.controller = controller
        label = SERVICE_LABELS[self.service]
        self.setObjectName(f"settings:{self.service}")
        self.setWindowTitle(self.tr("{service} account").format(service=label))
        self.setMinimumWidth(560)
        self.secret_fields: dict[str, SecretField] = {}
        self._origin = f"dialog-{id(self):x}"

        intro = QLabel(self.intro_text(), self)
        intro.setWordWrap(True)
        intro.setOpenExternalLinks(True)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.advanced_toggle = QToolButton(self)
        self.advanced_toggle.setText(self.tr("Advanced"))
        self.advanced_toggle.setCheckable(True)
        self.advanced_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.advanced_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.advanced = QGroupBox(self)
        self.advanced.setFlat(True)
        self.advanced_form = QFormLayout(self.advanced)
        self.advanced_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.advanced.setVisible(False)
        self.advanced_toggle.toggled.connect(self._toggle_advanced)
        self.build_fields()

        store = context.secrets
        self.keyring_label = QLabel(self)
        self.keyring_label.setObjectName("keyringStatus")
        self.keyring_label.setWordWrap(True)
        self.keyring_label.setText(store.status_message)
        self.keyring_label.setStyleSheet("" if store.available else _style("warning_text"))

        self.test_button = QPushButton(self.tr("Test connection"), self)
        self.test_button.setObjectName("testConnection")
        self.test_button.clicked.connect(self.test_connection)
        self.result_label = QLabel(self)
        self.result_label.setObjectName("testResult")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button, 0, Qt.AlignmentFlag.AlignTop)
        test_row.addWidget(self.result_label, 1)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(self.form)
        layout.addWidget(self.advanced_toggle, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.advanced)
        layout.addWidget(self.keyring_label)
        layout.addLayout(test_row)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        controller.tested.connect(self._tested)

    # -- what each service fills in ----------------------------------------------------------
    def intro_text(self) -> str:
        return ""

    def build_fields(self) -> None:
        raise NotImplementedError

    def section(self) -> Any:
        """This service's settings dataclass as edited."""
        raise NotImplementedError

    # -- shared ------------------------------------------------------------------------------
    def add_secret(self, key: str, label: str, *, advanced: bool = False) -> SecretField:
        field = SecretField(self.context.secrets, key, self)
        (self.advanced_form if advanced else self.form).addRow(label, field)
        self.secret_fields[key] = field
        return field

    def line(self, value: str | None, *, placeholder: str = "", name: str = "") -> QLineEdit:
        edit = QLineEdit(value or "", self)
        edit.setPlaceholderText(placeholder)
        if name:
            edit.setObjectName(name)
        return edit

    def settings(self) -> Settings:
        """The whole service settings with this dialog's section as edited."""
        return dataclasses.replace(self.context.service_settings, **{self.service: self.section()})

    def secret_edits(self) -> dict[str, str | None]:
        return {key: field.edited() for key, field in self.secret_fields.items()}

    def test_connection(self) -> None:
        self.test_button.setEnabled(False)
        self.result_label.setStyleSheet("")
        self.result_label.setText(self.tr("Testing…"))
        self.controller.test_connection(self.service, self.settings(), self.secret_edits(),
                                        origin=self._origin)

    def save(self) -> None:
        self.controller.save(self.service, self.settings(), self.secret_edits())
        self.accept()

    def _tested(self, service: str, ok: bool, message: str, origin: str) -> None:
        if service == self.service and origin == self._origin:
            self._show_result(ok, message)

    def _show_result(self, ok: bool, message: str) -> None:
        self.test_button.setEnabled(True)
        self.result_label.setStyleSheet(_style("ok_text" if ok else "error_text"))
        self.result_label.setText(("✔ " if ok else "✖ ") + message)

    def _toggle_advanced(self, on: bool) -> None:
        self.advanced_toggle.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)
        self.advanced.setVisible(on)
        self.adjustSize()


class DotsubSettingsDialog(ServiceSettingsDialog):
    service = "dotsub"

    def intro_text(self) -> str:
        return self.tr("Dotsub VideoTMS API client credentials (Organization settings → API clients). "
                       "The client secret is never written to the settings file.")

    def build_fields(self) -> None:
        config = self.context.service_settings.dotsub
        self.client_id = self.line(config.client_id, name="dotsubClientId")
        self.form.addRow(self.tr("Client ID"), self.client_id)
        self.add_secret("dotsub.client_secret", self.tr("Client secret"))
        self.api_url = self.line(config.api_url, name="dotsubApiUrl")
        self.login_url = self.line(config.login_url, name="dotsubLoginUrl")
        self.audience = self.line(config.audience, name="dotsubAudience")
        self.advanced_form.addRow(self.tr("API URL"), self.api_url)
        self.advanced_form.addRow(self.tr("Login URL"), self.login_url)
        self.advanced_form.addRow(self.tr("Audience"), self.audience)

    def section(self) -> Any:
        config = self.context.service_settings.dotsub
        return dataclasses.replace(config, client_id=self.client_id.text().strip(),
                                   api_url=self.api_url.text().strip() or config.api_url,
                                   login_url=self.login_url.text().strip() or config.login_url,
                                   audience=self.audience.text().strip() or config.audience)


class DatocmsSettingsDialog(ServiceSettingsDialog):
    service = "datocms"

    def intro_text(self) -> str:
        return self.tr("A DatoCMS API token with access to the Media Area (Project settings → API tokens). "
                       "Leave the environment empty for the primary environment.")

    def build_fields(self) -> None:
        config = self.context.service_settings.datocms
        self.add_secret("datocms.token", self.tr("API token"))
        self.environment = self.line(config.environment, placeholder=self.tr("primary environment"),
                                     name="datocmsEnvironment")
        self.form.addRow(self.tr("Environment"), self.environment)
        self.api_url = self.line(config.api_url, name="datocmsApiUrl")
        self.advanced_form.addRow(self.tr("API URL"), self.api_url)

    def section(self) -> Any:
        config = self.context.service_settings.datocms
        return dataclasses.replace(config, environment=self.environment.text().strip() or None,
                                   api_url=self.api_url.text().strip() or config.api_url)


class Cielo24SettingsDialog(ServiceSettingsDialog):
    service = "cielo24"

    def intro_text(self) -> str:
        return self.tr("Your cielo24 username and an API key (Account → API access), or your password. "
                       "The API key is used when both are set.")

    def build_fields(self) -> None:
        config = self.context.service_settings.cielo24
        self.username = self.line(config.username, name="cielo24Username")
        self.form.addRow(self.tr("Username"), self.username)
        self.add_secret("cielo24.api_key", self.tr("API key"))
        self.add_secret("cielo24.password", self.tr("or password"))
        self.api_url = self.line(config.api_url, name="cielo24ApiUrl")
        self.advanced_form.addRow(self.tr("API URL"), self.api_url)

    def section(self) -> Any:
        config = self.context.service_settings.cielo24
        return dataclasses.replace(config, username=self.username.text().strip(),
                                   api_url=self.api_url.text().strip() or config.api_url)


DIALOGS: dict[str, type[ServiceSettingsDialog]] = {
    "dotsub": DotsubSettingsDialog, "datocms": DatocmsSettingsDialog, "cielo24": Cielo24SettingsDialog}


def open_settings_dialog(context: DeskContext, controller: ConnectController, service: str,
                         parent: QWidget | None = None) -> ServiceSettingsDialog:
    """Show ``service``'s settings dialog window-modal without blocking the event loop."""
    dialog = DIALOGS[service](context, controller, parent or context.window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
