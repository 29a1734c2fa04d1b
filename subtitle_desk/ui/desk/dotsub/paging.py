"""A table model over a Dotsub list endpoint that pages in as the user scrolls.

``PagedTableModel`` holds the records fetched so far (``rows``); ``canFetchMore``/``fetchMore``
ask the task runner for the next page only when the view needs more rows (it calls them when the
user scrolls near the end), so a 10,000-media organization costs one request to show. A filter or sort change
resets the model and starts page 0 under the same runner name, which cancels a stale fetch
(latest wins); a generation number guards against an answer that arrives after all.

Subclasses name their columns (``COLUMNS``), map columns to the service's sort keys
(``SORT_KEYS``) and implement ``fetch_page(client, page_index, page_size)`` and ``display``.

Painting asks ``data`` for about ten roles per visible cell on every repaint, on the UI thread. A
subclass whose cell texts depend only on the record sets ``CACHE_DISPLAY`` (each row's texts are
worked out once, when first painted) and names the roles its ``role_data`` answers in
``ANSWERED_ROLES`` (the others are answered at once with None).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal

from subtitle_desk.core.services.errors import ServiceError
from subtitle_desk.ui.desk.widgets import RecordRole, RecordTable, release_in_steps
from subtitle_desk.ui.runner import ReportedError

if TYPE_CHECKING:
    from subtitle_desk.ui.desk.context import DeskContext

__all__ = ["PagedTableModel", "RecordRole"]

log = logging.getLogger(__name__)

#: The service's record (dict) behind a row.

_Index = QModelIndex | QPersistentModelIndex


class PagedTableModel(RecordTable):
    #: column key -> the service's sort key; columns not listed cannot be sorted.
    SORT_KEYS: Mapping[str, str] = {}
    #: Does the service sort ascending without a prefix (media) or descending (tasks)?
    ASCENDING_BY_DEFAULT = True
    PAGE_SIZE = 100
    #: Keep each row's display texts once worked out (only when they depend on the record alone).
    CACHE_DISPLAY = False
    #: The roles ``role_data`` answers; None: ask it for every role.
    ANSWERED_ROLES: frozenset[int] | None = None

    #: A page is being fetched (True) or arrived/failed (False): the page shows a busy line.
    loadingChanged = Signal(bool)
    #: The last fetch failed with this message ("" when it succeeded).
    errorChanged = Signal(str)
    #: Page 0 arrived: (total number of records matching the filters).
    totalChanged = Signal(int)

    def __init__(self, context: DeskContext, name: str, *, page_size: int | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self.context = context
        self.task_name = name
        self.page_size = page_size or self.PAGE_SIZE
        #: Each row's display texts (``CACHE_DISPLAY``), None until the row is first painted.
        self._texts: list[tuple[Any, ...] | None] = []
        self.filters: dict[str, Any] = {}
        self.sort_column: str | None = None
        self.sort_descending = False
        self.total: int | None = None
        self.error = ""
        self._next_page = 0
        self._exhausted = True  # nothing is fetched until ``reload`` is called
        self._loading = False
        self._generation = 0
        #: How many pages were requested since the last reload (tests and benchmarks read it).
        self.pages_requested = 0

    # -- what subclasses provide -----------------------------------------------------------------
    async def fetch_page(self, client: Any, page_index: int, page_size: int) -> Any:
        raise NotImplementedError

    def display(self, record: dict[str, Any], column: str) -> Any:
        return record.get(column)

    def role_data(self, record: dict[str, Any], column: str, role: int) -> Any:
        return None

    # -- state -----------------------------------------------------------------------------------
    @property
    def loading(self) -> bool:
        return self._loading

    @property
    def exhausted(self) -> bool:
        return self._exhausted

    def sort_param(self) -> str | None:
        """The ``sort`` query value: the key, prefixed as the endpoint wants for the direction."""
        if self.sort_column is None or self.sort_column not in self.SORT_KEYS:
            return None
        key = self.SORT_KEYS[self.sort_column]
        if self.ASCENDING_BY_DEFAULT:
            return f"-{key}" if self.sort_descending else key
        return key if self.sort_descending else f"+{key}"

    # -- Qt model --------------------------------------------------------------------------------
    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self.COLUMNS)):
            key, title = self.COLUMNS[section]
            shown = QCoreApplication.translate(type(self).__name__, title)
            # English reads "Sort by due" (the title in lower case); a translation may use {column}.
            if key in self.SORT_KEYS:
                return self.tr("Sort by {lower_column}").format(lower_column=shown.lower(), column=shown)
            return self.tr("{column} (not sortable)").format(column=shown)
        return super().headerData(section, orientation, role)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = index.row()  # -1 for an invalid index
        if not 0 <= row < len(self.rows):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell_text(row, index.column())
        if role == RecordRole:
            return self.rows[row]
        if self.ANSWERED_ROLES is not None and role not in self.ANSWERED_ROLES:
            return None
        return self.role_data(self.rows[row], self.COLUMNS[index.column()][0], role)

    def cell_text(self, row: int, column: int) -> Any:
        if not 0 <= row < len(self.rows):
            return None
        if self.CACHE_DISPLAY:
            texts = self._texts[row]
            if texts is None:
                texts = self._texts[row] = self._row_texts(self.rows[row])
            return texts[column]
        value = self.display(self.rows[row], self.COLUMNS[column][0])
        return "" if value is None else value

    def _row_texts(self, record: dict[str, Any]) -> tuple[Any, ...]:
        values = (self.display(record, key) for key, _ in self.COLUMNS)
        return tuple("" if value is None else value for value in values)

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: N802
        return not parent.isValid() and not self._exhausted and not self._loading and not self.error

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: N802
        if self.canFetchMore(parent):
            self._start_fetch()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.COLUMNS):
            return
        key = self.COLUMNS[column][0]
        if key not in self.SORT_KEYS:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if key == self.sort_column and descending == self.sort_descending:
            return
        self.sort_column, self.sort_descending = key, descending
        self.reload()

    # -- loading ---------------------------------------------------------------------------------
    def set_filters(self, filters: Mapping[str, Any]) -> None:
        """New filters (``None``/empty values are dropped); reloads when they differ."""
        clean = {k: v for k, v in filters.items() if v is not None and v != ""}
        if clean == self.filters and not self._exhausted:
            return
        self.filters = clean
        self.reload()

    def reload(self) -> None:
        """Forget the rows and fetch page 0 (cancelling a fetch still running)."""
        self._generation += 1
        self.beginResetModel()
        release_in_steps(self.rows, self._texts)
        self.rows = []
        self._texts = []
        self.total = None
        self._next_page = 0
        self._exhausted = False
        self._loading = False
        self.pages_requested = 0
        self.endResetModel()
        self._set_error("")
        self._start_fetch()

    def retry(self) -> None:
        """Fetch again the page that failed (rows already shown stay)."""
        if self._next_page == 0:
            self.reload()
            return
        self._set_error("")
        self._exhausted = False
        self._start_fetch()

    def replace_record(self, predicate: Any, record: dict[str, Any]) -> int:
        """Put an updated record in place of the row matching ``predicate``; returns the row or -1."""
        for row, old in enumerate(self.rows):
            if predicate(old):
                self.rows[row] = record
                self._texts[row] = None
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))
                return row
        return -1

    def _start_fetch(self) -> None:
        self._loading = True
        self.pages_requested += 1
        page_index = self._next_page
        generation = self._generation
        self.loadingChanged.emit(True)
        title = self.load_title() if page_index == 0 else None
        self.context.runner.run(self.task_name, self._fetch(page_index, generation), title=title)

    def load_title(self) -> str:
        return self.tr("Loading")

    async def _fetch(self, page_index: int, generation: int) -> None:
        try:
            client = self.context.services.dotsub
            page = await self.fetch_page(client, page_index, self.page_size)
        except asyncio.CancelledError:
            if generation == self._generation:
                self._loading = False
                self.loadingChanged.emit(False)
            raise
        except ServiceError as exc:
            if generation != self._generation:
                return
            self._loading = False
            self._exhausted = True
            self._set_error(str(exc))
            self.loadingChanged.emit(False)
            raise ReportedError(str(exc)) from exc
        if generation != self._generation:
            return  # a newer filter or sort replaced this fetch
        self._append(page, page_index)

    def _append(self, page: Any, page_index: int) -> None:
        self._loading = False
        content = list(page.content)
        if content:
            first = len(self.rows)
            self.beginInsertRows(QModelIndex(), first, first + len(content) - 1)
            self.rows.extend(content)
            self._texts.extend([None] * len(content))
            self.endInsertRows()
        self._next_page = page_index + 1
        self._exhausted = bool(page.last) or not content
        if page_index == 0:
            self.total = page.total_elements
            self.totalChanged.emit(page.total_elements)
        self.loadingChanged.emit(False)

    def _set_error(self, message: str) -> None:
        if message != self.error:
            self.error = message
            self.errorChanged.emit(message)
