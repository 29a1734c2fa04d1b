"""Building blocks the desk's pages share: the service page skeleton (its content, or what to do
while the service is not set up; loading on first show and after the settings change), the
navigation icon, a page group's menu, table and splitter defaults, and the base of record tables.

    class DatocmsPage(ServicePage):
        SERVICE, SERVICE_NAME, SETUP_TEXT = "datocms", "DatoCMS", "<h3>DatoCMS is not set up</h3>…"
        def __init__(self, context, controller=None, parent=None):
            super().__init__(context, parent)
            self.controller = controller or DatocmsController(context, self)
            self._compose(self._build_content())
        def _start_loading(self): ...            # the service is set up: fetch
        def _forget(self): ...                   # the settings changed: drop what was shown
    window.add_page(PAGE, "DatoCMS", page, themed_icon("folder-video", "SP_DesktopIcon"))
    menu, (show, publish) = page_menu(window, "Dato&CMS", "datocmsMenu", [
        MenuEntry("&Videos and tracks", PAGE), None,             # None: a separator
        MenuEntry("&Publish…", PAGE, page.open_publish_dialog)])
    prepare_table(view, settings, "datocms/uploads_header", stretch=["filename"])
    keep_splitter_state(settings, "datocms/splitter", splitter, [420, 680])

Tables use their width (``ColumnSizer``): the text-like columns named as ``stretch`` share what
is left, the others fit their content (once rows arrive; the user may resize them, and what they
choose is remembered per table, under its settings key); a cell whose text is cut shows all of it
as a tooltip (``show_cut_text``). The loading line, error banner and empty state live in
``ui/desk/dotsub/common.py``.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import (QAbstractTableModel, QCoreApplication, QElapsedTimer, QEvent, QItemSelectionModel,
                            QModelIndex, QObject, QPersistentModelIndex, Qt, QTimer)
from PySide6.QtGui import QAction, QFont, QHelpEvent, QIcon, QKeySequence, QTextLayout
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QMenu, QPushButton,
                               QSplitter, QStackedWidget, QStyleOptionViewItem, QTableView, QToolTip,
                               QVBoxLayout, QWidget)

if TYPE_CHECKING:
    from subtitle_desk.ui.desk.context import DeskContext
    from subtitle_desk.ui.main_window import MainWindow

__all__ = ["ServicePage", "SetupPrompt", "MenuEntry", "page_menu", "ServicePages", "add_service_page", "prepare_table", "select_row",
           "keep_splitter_state", "RecordTable", "RecordRole", "ColumnSizer", "show_cut_text", "is_cut",
           "release_in_steps"]

_Index = QModelIndex | QPersistentModelIndex


class SetupPrompt(QWidget):
    """What to do while ``service`` is not set up, with a button to its settings (shown only when
    the Settings part is installed; call ``update_button`` after parts change)."""

    def __init__(self, context: DeskContext, service: str, service_name: str, text: str, object_prefix: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.service = service
        self.service_name = service_name
        self.label = QLabel(self)
        self.label.setObjectName(object_prefix + "SetupPrompt")
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        self.label.setStyleSheet("QLabel { font-size: 15px; padding: 40px; }")
        self.label.setText(text)
        self.button = QPushButton(self.tr("Set up {service}…").format(service=service_name), self)
        self.button.setObjectName(object_prefix + "SetupButton")
        self.button.clicked.connect(self.open_settings)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.label)
        layout.addLayout(row)
        layout.addStretch(2)

    def open_settings(self) -> None:
        connect = self.context.connect
        if connect is not None:
            connect.open_settings(self.service)
        else:
            self.context.window.show_message(
                self.tr("Open the Settings menu to set up {service}").format(service=self.service_name))

    def update_button(self) -> None:
        self.button.setVisible(self.context.connect is not None)


class ServicePage(QWidget):
    """A service's page: the content while the service is set up, else a ``SetupPrompt``. It loads
    when first shown, and again when the service settings change while it is shown.

    Subclasses set ``SERVICE`` (the Settings section, also the object-name prefix), ``SERVICE_NAME``
    and ``SETUP_TEXT``, create ``self.controller`` (a ``ServiceController``), call ``_compose`` with
    their content, and implement ``_start_loading`` and ``_forget``."""

    SERVICE = ""
    SERVICE_NAME = ""
    SETUP_TEXT = ""
    controller: Any

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(self.SERVICE + "Page")
        self.context = context
        self.settings = context.ui_settings
        self._loaded = False

    def _compose(self, content: QWidget) -> None:
        self.stack = QStackedWidget(self)
        self.stack.addWidget(content)
        self.setup = SetupPrompt(self.context, self.SERVICE, self.SERVICE_NAME, self.SETUP_TEXT, self.SERVICE,
                                 self)
        self.setup_prompt, self.setup_button = self.setup.label, self.setup.button
        self.stack.addWidget(self.setup)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.context.signals.servicesChanged.connect(self._services_changed)

    def open_settings(self) -> None:
        self.setup.open_settings()

    def showEvent(self, event: Any) -> None:  # noqa: N802
        super().showEvent(event)
        if not self._loaded:
            self.load()

    def load(self) -> None:
        """Show the content (or the prompt) and, when the service is set up, load it."""
        self._show_configured()
        if not self.controller.configured():
            return
        self._loaded = True
        self._start_loading()

    def _start_loading(self) -> None:
        raise NotImplementedError

    def _forget(self) -> None:
        """The settings changed: drop what the page shows of the old account."""
        raise NotImplementedError

    def _services_changed(self) -> None:
        self._loaded = False
        self._forget()
        if self.isVisible():
            self.load()
        else:
            self._show_configured()

    def _show_configured(self) -> None:
        self.stack.setCurrentIndex(0 if self.controller.configured() else 1)
        self.setup.update_button()


@dataclass(frozen=True)
class MenuEntry:
    """One entry of a page group's menu: it shows ``page`` (unless None), then runs ``then``.
    ``enabled``, when given, says whether the entry can run now; it is asked each time the menu
    opens (without it the entry is always enabled)."""

    text: str
    page: str | None = None
    then: Callable[[], Any] | None = None
    shortcut: str | None = None
    enabled: Callable[[], bool] | None = None


def page_menu(window: MainWindow, title: str, object_name: str,
              entries: Sequence[MenuEntry | None]) -> tuple[QMenu, list[QAction]]:
    """A page group's menu added to the window: an action per entry (``None``: a separator),
    enabled as its entry's ``enabled`` says when the menu opens. Returns the menu and its actions
    in the entries' order."""
    menu = QMenu(title, window)
    menu.setObjectName(object_name)
    actions = []
    gated: list[tuple[QAction, Callable[[], bool]]] = []
    for entry in entries:
        if entry is None:
            menu.addSeparator()
            continue
        action = QAction(entry.text, menu)
        if entry.shortcut:
            action.setShortcut(QKeySequence(entry.shortcut))
        action.triggered.connect(lambda _=False, e=entry: _run(window, e))
        menu.addAction(action)
        actions.append(action)
        if entry.enabled is not None:
            gated.append((action, entry.enabled))
    if gated:
        menu.aboutToShow.connect(lambda: _enable(gated))
    window.add_menu(menu)
    return menu, actions


def _enable(gated: Sequence[tuple[QAction, Callable[[], bool]]]) -> None:
    for action, enabled in gated:
        action.setEnabled(bool(enabled()))


P = TypeVar("P", bound="ServicePage")


@dataclass
class ServicePages(Generic[P]):
    """A service's page as installed: the page (its controller behind it) and its menu."""

    page: P
    menu: QMenu

    @property
    def controller(self) -> Any:
        return self.page.controller


def add_service_page(window: MainWindow, key: str, page: P, icon: QIcon, menu_title: str,
                     entries: Sequence[MenuEntry | None]) -> ServicePages[P]:
    """Add ``page`` to the navigation under ``key``, named by its ``SERVICE_NAME``, and its menu
    (object name ``<key>Menu``) to the window."""
    window.add_page(key, page.SERVICE_NAME, page, icon)
    menu, _actions = page_menu(window, menu_title, key + "Menu", entries)
    return ServicePages(page, menu)


def _run(window: MainWindow, entry: MenuEntry) -> None:
    if entry.page is not None:
        window.show_page(entry.page)
    if entry.then is not None:
        entry.then()


def prepare_table(view: QTableView, settings: Any = None, key: str | None = None, *,
                  stretch: Sequence[str | int] = (), hidden: Sequence[str | int] = ()) -> ColumnSizer:
    """A read-only list of records: whole rows, one at a time, alternating colours, no row
    numbers; its columns sized by a ``ColumnSizer`` (``stretch``: the text-like columns, by key or
    number; ``hidden``: the columns shown only when chosen; the widths kept under
    ``settings[key]``) and cut cells with their text as a tooltip."""
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.horizontalHeader().setHighlightSections(False)
    return ColumnSizer(view, stretch=stretch, hidden=hidden, settings=settings, key=key)


def is_cut(view: QAbstractItemView, index: QModelIndex) -> bool:
    """Whether ``index``'s text needs more room than its cell has (so the view elides it)."""
    text = index.data(Qt.ItemDataRole.DisplayRole)
    if text is None or text == "":
        return False
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.font = view.font()
    if view.iconSize().isValid():
        option.decorationSize = view.iconSize()
    needed = view.itemDelegateForIndex(index).sizeHint(option, index).width()
    return needed > view.visualRect(index).width()


class _CutTextTips(QObject):
    # On the viewport: a tooltip over a cut cell shows its whole text (and the model's own tip).
    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self.view = view
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: Any, event: Any) -> bool:  # noqa: N802 (Qt naming)
        if event.type() != QEvent.Type.ToolTip or not isinstance(event, QHelpEvent):
            return False
        index = self.view.indexAt(event.pos())
        if not index.isValid() or not is_cut(self.view, index):
            return False  # the model's own tooltip, if any
        text = str(index.data(Qt.ItemDataRole.DisplayRole))
        own = index.data(Qt.ItemDataRole.ToolTipRole)
        if own and str(own) != text:
            text += "\n" + str(own)
        QToolTip.showText(event.globalPos(), text, self.view.viewport(), self.view.visualRect(index))
        return True


def _equal_cap(widths: list[int], budget: int) -> int:
    """The largest cap such that the ``widths`` (sorted), none above it, fit in ``budget``."""
    total = 0
    for n, width in enumerate(widths):
        rest = len(widths) - n
        if total + width * rest > budget:
            return max(0, (budget - total) // rest)
        total += width
    return widths[-1] if widths else 0


def show_cut_text(view: QAbstractItemView) -> None:
    """A cell whose text is cut shows all of it as its tooltip (once per view)."""
    if view.findChild(_CutTextTips) is None:
        _CutTextTips(view)


def _laid_out_width(text: str, font: QFont) -> int | None:
    """The width an item view's delegate gives ``text`` on one line in ``font``: its natural width
    in a text layout, rounded up, as the style measures a cell (``QFontMetrics.horizontalAdvance``
    is rounded to the nearest pixel and is 1 px narrower than that for some texts); None for text
    on several lines."""
    if "\n" in text or "\r" in text or "\u2028" in text:
        return None
    layout = QTextLayout(text, font)
    layout.beginLayout()
    line = layout.createLine()
    if line.isValid():
        line.setLineWidth(1e9)  # one line, however long
    layout.endLayout()
    return math.ceil(line.naturalTextWidth()) if line.isValid() else 0


class ColumnSizer(QObject):
    """A table's columns using its width: the ``stretch`` columns (keys of a ``RecordTable``-like
    model's ``COLUMNS``, or numbers) share what is left; the others fit their content as rows
    arrive or change: only the cells that arrived or changed are measured (at most ``batch_rows``
    rows of a batch, spread over it), in steps of about ``STEP_MS`` from a timer that runs at most
    every ``FIT_INTERVAL_MS``, so a long list pages in without stalling the window. A cell is
    measured in full (the view's size hint: its font, margins, icon) only when its text alone
    could make it wider than the widest so far, and not at all once its column is at ``max_fit``. After a reset
    they only grow, so changing text (a speed, a percentage) does not make them jitter; none grows
    past ``max_fit`` pixels (the rest is in the cell's tooltip). The user may resize them, and
    choose the columns shown from the header's context menu (``hidden``: the ones hidden at
    first). With ``settings`` and ``key``, what the user sets (widths, order, hidden columns) is
    kept there and comes back next time."""

    #: The least time between two fits (ms); the first change after a quiet spell fits at once.
    FIT_INTERVAL_MS = 150
    #: About how long one measuring step may run (ms) before the rest waits for the next turn,
    #: ``STEP_GAP_MS`` later (so painting, input and timers run between two steps).
    STEP_MS = 3.0
    STEP_GAP_MS = 8

    def __init__(self, view: QTableView, *, stretch: Sequence[str | int] = (), hidden: Sequence[str | int] = (),
                 settings: Any = None, key: str | None = None, sample_rows: int = 200, batch_rows: int = 50,
                 max_fit: int = 260, min_stretch: int = 180) -> None:
        super().__init__(view)
        self.view, self.settings, self.key = view, settings, key
        model = view.model()
        self.stretch = {self._column(c) for c in stretch}
        self.max_fit, self.min_stretch = max_fit, min_stretch
        #: Measured widths of the fitted columns (what their content and header ask for).
        self._wanted: dict[int, int] = {}
        #: The widest content measured per fitted column since the last reset.
        self._content: dict[int, int] = {}
        #: Per fitted column, the most a measured cell was wider than its text (margins, icon):
        #: a cell whose text plus this is no wider than ``_content`` is not measured.
        self._padding: dict[int, int] = {}
        #: Text -> the width it is laid out in, in the view's font, None on several lines
        #: (statuses, projects, languages repeat down a list).
        self._text_widths: dict[str, int | None] = {}
        #: Rows waiting to be measured: row -> the columns to measure (None: every fitted one).
        self._dirty: dict[int, set[int] | None] = {}
        #: The rows measured when a column is shown or the model reset (spread over the table).
        self.sample_rows = sample_rows
        #: The most rows measured of one batch of rows inserted (spread over the batch).
        self.batch_rows = batch_rows
        self._fitting = False
        self._fit_pending = False
        self._last_fit = QElapsedTimer()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.fit)
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        view.verticalHeader().setResizeContentsPrecision(sample_rows)  # what sizeHintForColumn reads
        self.apply_modes()
        #: The user's widths are in force (restored, or set by hand): no more fitting.
        self.user_sized = self._restore()
        if not self.user_sized:
            for column in hidden:
                view.setColumnHidden(self._column(column), True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(lambda pos: self.columns_menu().popup(header.mapToGlobal(pos)))
        show_cut_text(view)
        view.viewport().installEventFilter(self)  # a narrower table narrows the fitted columns
        header.sectionResized.connect(self._resized)
        header.sectionMoved.connect(lambda *_: self.save())
        model.modelReset.connect(self._reset)
        model.rowsInserted.connect(self._rows_inserted)
        model.dataChanged.connect(self._data_changed)
        if model.rowCount():
            self._reset()

    def _column(self, column: str | int) -> int:
        return column if isinstance(column, int) else self.view.model().column_of(column)

    def columns_menu(self) -> QMenu:
        """A check box per column (but the first, which names the row), to show or hide it."""
        menu = QMenu(self.view)
        menu.setObjectName("columnsMenu")
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        model = self.view.model()
        for column in range(1, self.view.horizontalHeader().count()):
            action = menu.addAction(str(model.headerData(column, Qt.Orientation.Horizontal)))
            action.setCheckable(True)
            action.setChecked(not self.view.isColumnHidden(column))
            action.toggled.connect(lambda shown, c=column: self.show_column(c, shown))
        return menu

    def show_column(self, column: int, shown: bool) -> None:
        self._fitting = True  # not a width the user chose
        try:
            self.view.setColumnHidden(column, not shown)
        finally:
            self._fitting = False
        if not self.user_sized:
            if shown:
                self._mark(self._spread(0, self.view.model().rowCount() - 1, self.sample_rows), {column})
                self.fit()
            else:
                self.lay_out()
        self.save()

    def apply_modes(self) -> None:
        header = self.view.horizontalHeader()
        for column in range(header.count()):
            mode = (QHeaderView.ResizeMode.Stretch if column in self.stretch
                    else QHeaderView.ResizeMode.Interactive)
            header.setSectionResizeMode(column, mode)

    def fit(self) -> None:
        """Measure the cells waiting (for about ``STEP_MS``; the rest on the next turn), grow the
        fitted columns to their content and header, and lay them out."""
        self._timer.stop()
        self._fit_pending = False
        self._last_fit.start()
        if self.user_sized:
            self._dirty.clear()
            return
        view, header = self.view, self.view.horizontalHeader()
        model = view.model()
        rows = model.rowCount()
        fitted = [c for c in range(header.count()) if c not in self.stretch and not view.isColumnHidden(c)]
        content, padding = self._content, self._padding
        grid = 1 if view.showGrid() else 0  # as sizeHintForColumn counts it
        font = view.font()
        display = Qt.ItemDataRole.DisplayRole
        cell_text = getattr(model, "cell_text", None)
        text_widths = self._text_widths
        hints = {c: header.sectionSizeHint(c) for c in fitted}
        # A column already as wide as it may grow needs no more measuring.
        full = {c for c in fitted if content.get(c, 0) >= max(self.max_fit, hints[c])}
        deadline = time.perf_counter() + self.STEP_MS / 1000
        while self._dirty:
            row, columns = self._dirty.popitem()
            if row >= rows:
                continue
            todo = [c for c in (fitted if columns is None else columns) if c in fitted and c not in full]
            for done, column in enumerate(todo):
                if time.perf_counter() >= deadline:  # the rest after the events waiting
                    self._dirty[row] = set(todo[done:])
                    self._schedule(wait=self.STEP_GAP_MS)
                    break
                text = cell_text(row, column) if cell_text is not None else model.index(row, column).data(display)
                text_width = None  # not text, or on several lines: the cell is measured in full
                if isinstance(text, str):
                    if text not in text_widths:
                        text_widths[text] = _laid_out_width(text, font)
                    text_width = text_widths[text]
                if (text_width is not None and column in padding
                        and text_width + padding[column] <= content.get(column, 0)):
                    continue  # its text is no wider than one measured already: the cell is no wider
                width = view.sizeHintForIndex(model.index(row, column)).width() + grid
                if text_width is not None:
                    padding[column] = max(padding.get(column, 0), width - text_width)
                if width > content.get(column, 0):
                    content[column] = width
            if self._fit_pending:
                break
        for column in fitted:
            hint = hints[column]
            self._wanted[column] = max(min(max(content.get(column, 0), hint), max(self.max_fit, hint)),
                                       self._wanted.get(column, 0))
        self.lay_out()

    def lay_out(self) -> None:
        """Give the fitted columns their measured widths, unless that would leave a stretching
        column less than ``min_stretch``: then the widest are narrowed to an equal cap."""
        if self.user_sized or not self._wanted:
            return
        header = self.view.horizontalHeader()
        shown = {c: w for c, w in self._wanted.items() if not self.view.isColumnHidden(c)}
        stretching = sum(1 for c in self.stretch if not self.view.isColumnHidden(c))
        budget = self.view.viewport().width() - stretching * self.min_stretch
        widths = dict(shown)
        if stretching and sum(shown.values()) > budget > 0:
            cap = _equal_cap(sorted(shown.values()), budget)
            widths = {c: max(min(w, cap), header.sectionSizeHint(c)) for c, w in shown.items()}
        self._fitting = True
        try:
            for column, width in widths.items():
                if header.sectionSize(column) != width:
                    header.resizeSection(column, width)
        finally:
            self._fitting = False

    def save(self) -> None:
        if self.settings is not None and self.key:
            self.settings.setValue(self.key, self.view.horizontalHeader().saveState())

    def _restore(self) -> bool:
        if self.settings is None or not self.key:
            return False
        state = self.settings.value(self.key)
        if state is None:
            return False
        header = self.view.horizontalHeader()
        header.blockSignals(True)  # a saved sort indicator must not start a fetch
        try:
            restored = bool(header.restoreState(state))
        finally:
            header.blockSignals(False)
        self.apply_modes()  # a state saved by an older version brings its own modes
        return restored

    def eventFilter(self, watched: Any, event: Any) -> bool:  # noqa: N802 (Qt naming)
        if event.type() == QEvent.Type.Resize and watched is self.view.viewport():
            self.lay_out()
        return False

    @staticmethod
    def _spread(first: int, last: int, most: int) -> range:
        """At most ``most`` rows from ``first`` to ``last``, spread evenly (all when fewer)."""
        count = last - first + 1
        if count <= most:
            return range(first, last + 1)
        return range(first, last + 1, -(-count // most))

    def _mark(self, rows: range, columns: set[int] | None) -> None:
        if self.user_sized:
            return
        dirty = self._dirty
        for row in rows:
            if columns is None or dirty.get(row, set()) is None:
                dirty[row] = None
            else:
                dirty.setdefault(row, set()).update(columns)
        if dirty:
            self._schedule()

    def _schedule(self, wait: int | None = None) -> None:
        """Fit soon: at once after a quiet spell, else ``FIT_INTERVAL_MS`` after the last fit
        (or after ``wait`` ms)."""
        if self._fit_pending:
            return
        self._fit_pending = True
        if wait is None:
            wait = 0
            if self._last_fit.isValid():
                wait = max(0, self.FIT_INTERVAL_MS - int(self._last_fit.elapsed()))
        self._timer.start(wait)  # after the rows are in, once per burst

    def _reset(self) -> None:
        self._content.clear()
        self._padding.clear()
        self._text_widths.clear()  # also the way a font change is taken in
        self._wanted.clear()
        self._dirty.clear()
        self._mark(self._spread(0, self.view.model().rowCount() - 1, self.sample_rows), None)

    def _rows_inserted(self, _parent: Any, first: int, last: int) -> None:
        self._mark(self._spread(first, last, self.batch_rows), None)

    def _data_changed(self, top_left: QModelIndex, bottom_right: QModelIndex, roles: Sequence[int] = ()) -> None:
        if roles and Qt.ItemDataRole.DisplayRole not in roles and Qt.ItemDataRole.FontRole not in roles:
            return  # a thumbnail or a colour: the text's width is the same
        columns = {c for c in range(top_left.column(), bottom_right.column() + 1) if c not in self.stretch}
        if columns:
            self._mark(self._spread(top_left.row(), bottom_right.row(), self.batch_rows), columns)

    def _resized(self, column: int, _old: int, new: int) -> None:
        if self._fitting or column in self.stretch or new == 0:
            return  # ours, a stretching column following the window, or a column hidden
        self.user_sized = True
        self.save()


def select_row(view: QTableView, row: int) -> None:
    """Make ``row`` the current, selected row of ``view``."""
    view.selectionModel().setCurrentIndex(
        view.model().index(row, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)


def keep_splitter_state(settings: Any, key: str, splitter: QSplitter, default_sizes: Sequence[int]) -> None:
    """Restore the splitter from ``settings[key]`` (else ``default_sizes``) and save it when moved."""
    state = settings.value(key)
    if state is None or not splitter.restoreState(state):
        splitter.setSizes(list(default_sizes))
    splitter.splitterMoved.connect(lambda *_: settings.setValue(key, splitter.saveState()))


def release_in_steps(*items: list[Any], step: int = 250) -> None:
    """Let go of big lists (a reloaded table's old records) ``step`` items at a time, between
    events: freeing thousands of records at once holds the window for several milliseconds. The
    lists themselves are left as they are (copies of them are emptied): drop them after."""
    pending = [list(batch) for batch in items if batch]

    def release() -> None:
        batch = pending[-1]
        del batch[-step:]
        if not batch:
            pending.pop()
        if pending:
            QTimer.singleShot(0, release)

    if pending:
        QTimer.singleShot(0, release)


#: The role under which a record table's cell gives its row's whole record.
RecordRole = Qt.ItemDataRole.UserRole + 10


class RecordTable(QAbstractTableModel):
    """The base of the desk's tables: records, one a row (``rows``); ``COLUMNS`` holds (key,
    header) pairs; ``RecordRole`` gives a row's record."""

    COLUMNS: tuple[tuple[str, str], ...] = ()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[Any] = []

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.COLUMNS)):
            # Titles marked QT_TRANSLATE_NOOP("<the model's class>", ...) show translated.
            return QCoreApplication.translate(type(self).__name__, self.COLUMNS[section][1])
        return None

    def column_key(self, column: int) -> str:
        return self.COLUMNS[column][0]

    def cell_text(self, row: int, column: int) -> Any:
        """What the cell shows (its display data), for measuring many cells without going
        through ``QModelIndex`` for each; subclasses with the texts at hand answer directly."""
        return self.data(self.index(row, column), Qt.ItemDataRole.DisplayRole)

    def column_of(self, key: str) -> int:
        return [k for k, _ in self.COLUMNS].index(key)

    def record(self, row: int) -> Any:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def _row_changed(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))
