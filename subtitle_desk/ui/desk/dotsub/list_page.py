"""The skeleton both Dotsub list pages (media and tasks) share.

A ``ListPage`` shows a ``PagedTableModel`` in a table with its loading line, error banner (Retry
fetches the failed page again) and empty-state message, and the count of records in the heading.
It loads when first shown and again when the service settings change; typed filters apply after a
pause, Enter at once; the filter lists' choices are fetched once; the filters and the sort are
remembered between runs. F5 reloads, Ctrl+F goes to the title filter.

A subclass creates ``model``, ``title_filter`` and ``count_label``, calls ``_build_table`` and
``_connect_list`` and lays the page out, then ``_restore()``s; it says what is its own by
overriding the hooks under "what subclasses provide":

    class MediaPage(ListPage):
        SETTINGS, CHOICES_TASK = "dotsub/media", "dotsub-media-choices"
        def list_words(self): ...                      # ListWords, through the page's own self.tr
        def current_filters(self): ...                 # what the model asks the service for
        async def _fetch_choices(self, client): ...    # the filter lists' choices, and so on

The texts stay in the subclasses, so each keeps its page's translation context.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QLineEdit, QTableView, QWidget

from subtitle_desk.core.services.errors import ServiceError
from subtitle_desk.ui.desk.widgets import ColumnSizer
from subtitle_desk.ui.runner import ReportedError

from .common import EmptyState, ErrorBanner, LoadingLine, ServerSort, load_json, save_json

if TYPE_CHECKING:
    from subtitle_desk.ui.desk.context import DeskContext

    from .opener import SubtitleOpener
    from .paging import PagedTableModel

__all__ = ["ListPage", "ListWords", "text_filter"]


@dataclass(frozen=True)
class ListWords:
    """What a list page says about its list, in its own words (and translation context)."""

    #: The busy line while the first page loads, and while a further page loads.
    loading: str
    loading_more: str
    #: The banner after a failed fetch (with ``{error}``: the service's message).
    failed: str
    #: Over the empty table: after a failure, while the first page loads, when nothing matched.
    failed_empty: str
    loading_empty: str
    nothing_found: str


def text_filter(parent: QWidget, name: str, placeholder: str) -> QLineEdit:
    """A filter typed in, with a button that clears it."""
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    edit.setPlaceholderText(placeholder)
    edit.setClearButtonEnabled(True)
    return edit


class ListPage(QWidget):
    """A Dotsub list page: filters over a lazily paged table (see the module's docstring)."""

    #: The settings prefix: "<SETTINGS>/filters", "/sort" and "/columns" are kept under it.
    SETTINGS = ""
    #: The runner name of the fetch of the filter lists' choices.
    CHOICES_TASK = ""

    model: PagedTableModel
    title_filter: QLineEdit
    count_label: QLabel

    def __init__(self, context: DeskContext, opener: SubtitleOpener, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.opener = opener
        self.settings = context.ui_settings
        self._loaded_once = False
        # Typing asks the service again only after a pause.
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(300)
        self._debounce.timeout.connect(self.apply_filters)

    # -- what subclasses provide -----------------------------------------------------------------
    def list_words(self) -> ListWords:
        raise NotImplementedError

    def _count_text(self, shown: int, total: int) -> str:
        """The heading's count once the first page arrived (``shown`` of ``total`` records)."""
        raise NotImplementedError

    def current_filters(self) -> dict[str, Any]:
        """The filters as the model passes them to the service."""
        raise NotImplementedError

    def _saved_filters(self) -> dict[str, Any]:
        """The filters as they are remembered (what ``_restore_filters`` reads back)."""
        return self.current_filters()

    def _restore_filters(self, saved: dict[str, Any]) -> None:
        raise NotImplementedError

    def clear_filters_quietly(self) -> None:
        """Every filter back to its default, without applying them."""
        raise NotImplementedError

    def _choices_loaded(self) -> bool:
        raise NotImplementedError

    async def _fetch_choices(self, client: Any) -> Any:
        raise NotImplementedError

    def _show_choices(self, choices: Any) -> None:
        raise NotImplementedError

    def _forget_choices(self) -> None:
        """The service settings changed: drop the choices that must be fetched again."""

    # -- building --------------------------------------------------------------------------------
    def _build_table(self, name: str, *, row_height: int, **sizing: Any) -> None:
        """The table over ``model`` (columns sized by ``ColumnSizer(**sizing)``, sorted on the
        service from the header), its empty state, the loading line and the error banner."""
        self.table = QTableView(self)
        self.table.setObjectName(name)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        rows = self.table.verticalHeader()
        rows.setVisible(False)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(row_height)
        header = self.table.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSectionsMovable(True)
        self.columns = ColumnSizer(self.table, settings=self.settings, key=f"{self.SETTINGS}/columns", **sizing)
        self.empty = EmptyState(self.table)
        self.loading = LoadingLine(self.list_words().loading, self)
        self.banner = ErrorBanner(self)
        self.banner.retry.connect(self.model.retry)

    def _connect_list(self, find_help: str, reload_help: str) -> None:
        """Follow the model's state, sort from the header, reload when the services change; the
        Find and Refresh shortcuts, described by ``find_help`` and ``reload_help``."""
        self.model.loadingChanged.connect(self._loading_changed)
        self.model.errorChanged.connect(self._error_changed)
        self.model.totalChanged.connect(lambda *_: self._update_state())
        self.model.rowsInserted.connect(lambda *_: self._update_state())
        self.model.modelReset.connect(self._update_state)
        self.sorting = ServerSort(self.table, self.model, self.settings, f"{self.SETTINGS}/sort")
        self.opener.failed.connect(self._open_failed)
        self.context.signals.servicesChanged.connect(self._services_changed)
        # Described (whatsThis): Help ▸ Keyboard shortcuts lists them.
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self._focus_filter).setWhatsThis(find_help)
        QShortcut(QKeySequence.StandardKey.Refresh, self, activated=self.reload).setWhatsThis(reload_help)

    def _filter_while_typing(self, *edits: QLineEdit) -> None:
        """Each edit applies the filters after a pause in typing, and at once on Enter."""
        for edit in edits:
            edit.textChanged.connect(lambda *_: self._debounce.start())
            edit.returnPressed.connect(self.apply_filters)

    # -- loading ---------------------------------------------------------------------------------
    def showEvent(self, event: Any) -> None:  # noqa: N802
        super().showEvent(event)
        if not self._loaded_once:
            self.reload()

    def reload(self) -> None:
        self._loaded_once = True
        if not self._choices_loaded():
            self.context.runner.run(self.CHOICES_TASK, self._load_choices())
        self.model.filters = self.current_filters()
        self.model.reload()

    async def _load_choices(self) -> None:
        try:
            choices = await self._fetch_choices(self.context.services.dotsub)
        except ServiceError as exc:
            raise ReportedError(str(exc)) from exc  # the list itself shows the error
        self._show_choices(choices)

    def apply_filters(self) -> None:
        self._debounce.stop()
        self._save_filters()
        self._loaded_once = True
        self.model.set_filters(self.current_filters())

    def clear_filters(self) -> None:
        self.clear_filters_quietly()
        self.apply_filters()

    def _services_changed(self) -> None:
        if self._loaded_once:
            self._forget_choices()
            self.reload()

    # -- state -----------------------------------------------------------------------------------
    def _loading_changed(self, loading: bool) -> None:
        words = self.list_words()
        self.loading.label.setText(words.loading_more if self.model.rowCount() else words.loading)
        self.loading.setVisible(loading)
        self._update_state()

    def _error_changed(self, message: str) -> None:
        self.banner.show_error(self.list_words().failed.format(error=message) if message else "")
        self._update_state()

    def _update_state(self) -> None:
        model = self.model
        self.count_label.setText(self._count_text(model.rowCount(), model.total) if model.total is not None else "")
        self.empty.show_message(self._empty_text())

    def _empty_text(self) -> str:
        """What the table says while it has no rows: why, and what to do next."""
        model = self.model
        if model.rowCount():
            return ""
        words = self.list_words()
        if model.error:
            return words.failed_empty
        if model.loading:
            return words.loading_empty
        if model.total == 0:
            return words.nothing_found
        return ""

    def _open_failed(self, message: str) -> None:
        if self.isVisible():
            self.banner.show_error(message, retry=False)

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)
        self.table.setCurrentIndex(self.model.index(row, 0))

    def _focus_filter(self) -> None:
        self.title_filter.setFocus()
        self.title_filter.selectAll()

    # -- remembered state ------------------------------------------------------------------------
    def _save_filters(self) -> None:
        save_json(self.settings, f"{self.SETTINGS}/filters", self._saved_filters())

    def _restore(self) -> None:
        self._restore_filters(load_json(self.settings, f"{self.SETTINGS}/filters", {}))
        self.sorting.restore()
