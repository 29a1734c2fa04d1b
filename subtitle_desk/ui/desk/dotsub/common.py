"""Pieces both Dotsub pages use: the error banner, the loading line, the empty-state message over
a table, date formatting in local time, remembered view state (QSettings), and the storage client
the downloads (videos, thumbnails) share on the runner's worker loop."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from typing import Any

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QFrame, QHBoxLayout, QHeaderView, QLabel, QProgressBar,
                               QPushButton, QTableView, QWidget)

from subtitle_desk.core.services.container import storage_http_client
from subtitle_desk.ui.desk.widgets import show_cut_text
from subtitle_desk.ui.worker_loop import current_worker

__all__ = ["ErrorBanner", "LoadingLine", "EmptyState", "ServerSort", "parse_time", "local_time_text",
           "load_json", "save_json", "restore_header", "remember_header", "worker_storage_http"]


def worker_storage_http() -> Any:
    """On the runner's worker loop: its credential-free client for presigned and public file URLs,
    made there once and shared by every download that runs there."""
    return current_worker().resource("storage-http", storage_http_client)


def parse_time(value: Any) -> datetime | None:
    """An ISO 8601 time from Dotsub (``2016-09-01T12:12:00Z``) as an aware datetime, or None."""
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def local_time_text(value: Any, *, with_time: bool = True) -> str:
    moment = parse_time(value)
    if moment is None:
        return ""
    local = moment.astimezone()
    return local.strftime("%Y-%m-%d %H:%M") if with_time else local.strftime("%Y-%m-%d")


class ErrorBanner(QFrame):
    """The service's message, in the page, with Retry."""

    retry = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("errorBanner")
        self.setStyleSheet("QFrame#errorBanner { background: #fdecea; border: 1px solid #e0a19b; border-radius: 4px; }"
                           "QFrame#errorBanner QLabel { color: #8a1f11; }")
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.retry_button = QPushButton(self.tr("Retry"), self)
        self.retry_button.clicked.connect(self.retry)
        close = QPushButton(self.tr("Dismiss"), self)
        close.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.retry_button)
        layout.addWidget(close)
        self.hide()

    def show_error(self, message: str, *, retry: bool = True) -> None:
        if not message:
            self.hide()
            return
        self.label.setText(message)
        self.retry_button.setVisible(retry)
        self.show()

    def text(self) -> str:
        return self.label.text() if self.isVisible() else ""


class LoadingLine(QWidget):
    """A thin busy bar and a word, shown while a list loads."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("loadingLine")
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)
        self.bar.setMaximumHeight(8)
        self.bar.setTextVisible(False)
        self.label = QLabel(text, self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar, 1)
        self.hide()


class EmptyState(QLabel):
    """A centred message over a table's viewport when it has no rows (what to do next)."""

    def __init__(self, table: QTableView) -> None:
        super().__init__(table.viewport())
        self.setObjectName("emptyState")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setStyleSheet("QLabel#emptyState { color: palette(mid); font-size: 14px; padding: 24px; }")
        self._table = table
        table.viewport().installEventFilter(self)
        self.hide()

    def eventFilter(self, watched: Any, event: Any) -> bool:  # noqa: N802
        if watched is self._table.viewport() and event.type() == event.Type.Resize:
            self.setGeometry(self._table.viewport().rect())
        return False

    def show_message(self, text: str) -> None:
        # Called on every page that arrives: leave the label alone when nothing changes.
        if text == self.text() and self.isVisibleTo(self._table) == bool(text):
            return
        self.setText(text)
        self.setGeometry(self._table.viewport().rect())
        self.setVisible(bool(text))


def load_json(settings: QSettings, key: str, default: Any) -> Any:
    raw = settings.value(key)
    if not raw:
        return default
    try:
        value = json.loads(str(raw))
    except ValueError:
        return default
    return value if isinstance(value, type(default)) else default


def save_json(settings: QSettings, key: str, value: Any) -> None:
    settings.setValue(key, json.dumps(value))


def restore_header(settings: QSettings, key: str, header: QHeaderView) -> bool:
    state = settings.value(key)
    if state is None:
        return False
    header.blockSignals(True)  # the saved sort indicator must not start a fetch: ServerSort restores it
    try:
        return bool(header.restoreState(state))
    finally:
        header.blockSignals(False)


def remember_header(settings: QSettings, key: str, header: QHeaderView) -> None:
    """Save the header's column widths and order whenever the user changes them; the table's cut
    cells show their whole text as a tooltip."""
    view = header.parentWidget()
    if isinstance(view, QAbstractItemView):
        show_cut_text(view)

    def save(*_: Any) -> None:
        settings.setValue(key, header.saveState())

    header.sectionResized.connect(save)
    header.sectionMoved.connect(save)


class ServerSort:
    """Header clicks sort on the service, by the keys it documents; the choice is remembered.

    A click on a column the service cannot sort by puts the indicator back where it was."""

    def __init__(self, table: QTableView, model: Any, settings: QSettings, key: str) -> None:
        self.table, self.model, self.settings, self.key = table, model, settings, key
        table.horizontalHeader().sortIndicatorChanged.connect(self._requested)

    def restore(self) -> None:
        saved = load_json(self.settings, self.key, [])
        if len(saved) == 2 and saved[0] in self.model.SORT_KEYS:
            self.model.sort_column, self.model.sort_descending = str(saved[0]), bool(saved[1])
        self.show_indicator()

    def _requested(self, column: int, order: Qt.SortOrder) -> None:
        key = self.model.column_key(column)
        if key not in self.model.SORT_KEYS:
            self.show_indicator()
            return
        self.model.sort(column, order)
        save_json(self.settings, self.key, [key, order == Qt.SortOrder.DescendingOrder])

    def show_indicator(self) -> None:
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        if self.model.sort_column is None:
            header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        else:
            header.setSortIndicator(self.model.column_of(self.model.sort_column),
                                    Qt.SortOrder.DescendingOrder if self.model.sort_descending
                                    else Qt.SortOrder.AscendingOrder)
        header.blockSignals(False)
