"""Unexpected exceptions become a dialog with copyable details; the app keeps running.

``install_exception_hooks(loop)`` replaces ``sys.excepthook`` (exceptions escaping Qt slots land
there) and the asyncio loop's exception handler (exceptions nobody awaited). Both log the
traceback and show an ``ErrorDialog``. Tests and headless runs can pass ``show=False`` or swap
``ErrorReporter.presenter`` to collect the reports instead.
"""

from __future__ import annotations

import asyncio
import logging
import sys
import traceback
from collections.abc import Callable
from types import TracebackType
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (QApplication, QDialog, QDialogButtonBox, QLabel, QPlainTextEdit,
                               QPushButton, QStyle, QVBoxLayout, QHBoxLayout, QWidget)

from subtitle_desk import __version__

__all__ = ["ErrorDialog", "ErrorReporter", "install_exception_hooks", "format_details", "show_error"]

log = logging.getLogger(__name__)


def format_details(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> str:
    import platform

    from PySide6 import __version__ as pyside_version

    head = (f"Subtitle Desk {__version__}, Python {platform.python_version()}, "
            f"PySide6 {pyside_version}, {platform.system()} {platform.release()}\n\n")
    return head + "".join(traceback.format_exception(exc_type, exc, tb))


class ErrorDialog(QDialog):
    """A short message for the user, and the technical details ready to copy into a bug report."""

    def __init__(self, title: str, message: str, details: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("errorDialog")
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        icon = QLabel(self)
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(40, 40))
        self.message_label = QLabel(message, self)
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top = QHBoxLayout()
        top.addWidget(icon, 0)
        top.addWidget(self.message_label, 1)
        self.details = QPlainTextEdit(details, self)
        self.details.setObjectName("errorDetails")
        self.details.setReadOnly(True)
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.details.setVisible(bool(details))
        self.details.setMinimumHeight(220)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(self.tr("Copy details"), self)
        self.copy_button.setVisible(bool(details))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.message_label.text() + "\n\n" + self.details.toPlainText())


def show_error(parent: QWidget | None, title: str, message: str, details: str = "") -> ErrorDialog:
    """Open a non-blocking error dialog (it deletes itself when closed)."""
    dialog = ErrorDialog(title, message, details, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


class ErrorReporter(QObject):
    """Receives unexpected exceptions from any source and presents them."""

    #: (short message, details) for every reported exception.
    reported = Signal(str, str)

    def __init__(self, parent_widget: Callable[[], QWidget | None] = lambda: None, *, show: bool = True) -> None:
        super().__init__()
        self._parent_widget = parent_widget
        self.show = show
        self.reports: list[tuple[str, str]] = []
        self._showing = 0

    def report(self, exc: BaseException, *, context: str = "") -> None:
        details = format_details(type(exc), exc, exc.__traceback__)
        message = f"{context}: {exc}" if context else (str(exc) or type(exc).__name__)
        message = self.tr("Something went wrong ({error_type}). {message}").format(
            error_type=type(exc).__name__, message=message)
        log.error("unexpected error%s", f" in {context}" if context else "", exc_info=exc)
        self.reports.append((message, details))
        self.reported.emit(message, details)
        if self.show and QApplication.instance() is not None and self._showing < 3:
            # Never stack more than a few dialogs when something fails in a loop.
            self._showing += 1
            dialog = show_error(self._parent_widget(), self.tr("Unexpected error"), message, details)
            dialog.finished.connect(self._dialog_closed)

    def _dialog_closed(self, *_: Any) -> None:
        self._showing = max(0, self._showing - 1)

    # -- hooks ---------------------------------------------------------------------------------
    def excepthook(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        if exc.__traceback__ is None:
            exc = exc.with_traceback(tb)
        self.report(exc)

    def loop_handler(self, loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
        exc = context.get("exception")
        if isinstance(exc, asyncio.CancelledError):
            return
        if exc is None:
            log.warning("asyncio: %s", context.get("message"))
            return
        self.report(exc, context=str(context.get("message") or ""))


def install_exception_hooks(loop: asyncio.AbstractEventLoop | None,
                            parent_widget: Callable[[], QWidget | None] = lambda: None,
                            *, show: bool = True) -> ErrorReporter:
    reporter = ErrorReporter(parent_widget, show=show)
    sys.excepthook = reporter.excepthook
    if loop is not None:
        loop.set_exception_handler(reporter.loop_handler)
    return reporter
