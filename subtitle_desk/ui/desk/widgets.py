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
    prepare_table(view); keep_splitter_state(settings, "datocms/splitter", splitter, [420, 680])

The loading line, error banner and empty state live in ``ui/desk/dotsub/common.py``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QItemSelectionModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QLabel, QMenu, QPushButton,
                               QSplitter, QStackedWidget, QTableView, QVBoxLayout, QWidget)

if TYPE_CHECKING:
    from subtitle_desk.ui.desk.context import DeskContext
    from subtitle_desk.ui.main_window import MainWindow

__all__ = ["ServicePage", "SetupPrompt", "MenuEntry", "page_menu", "ServicePages", "add_service_page", "prepare_table", "select_row",
           "keep_splitter_state", "RecordTable", "RecordRole"]

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
        self.button = QPushButton(f"Set up {service_name}…", self)
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
            self.context.window.show_message(f"Open the Settings menu to set up {self.service_name}")

    def update_button(self) -> None:
        self.button.setVisible(self.context.connect is not None)


class ServicePage(QWidget):
    """A service's page: the content while the service is set up, else a ``SetupPrompt``. It loads
    when first shown, and again when the service settings change while it is shown.

    Subclasses set ``SERVICE`` (the Settings section, also the object-name prefix), ``SERVICE_NAME``
    and ``SETUP_TEXT``, create ``self.controller`` (with ``configured()``), call ``_compose`` with
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
    """One entry of a page group's menu: it shows ``page`` (unless None), then runs ``then``."""

    text: str
    page: str | None = None
    then: Callable[[], Any] | None = None
    shortcut: str | None = None


def page_menu(window: MainWindow, title: str, object_name: str,
              entries: Sequence[MenuEntry | None]) -> tuple[QMenu, list[QAction]]:
    """A page group's menu added to the window: an action per entry (``None``: a separator).
    Returns the menu and its actions in the entries' order, for enabling them as pages change."""
    menu = QMenu(title, window)
    menu.setObjectName(object_name)
    actions = []
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
    window.add_menu(menu)
    return menu, actions


P = TypeVar("P", bound="ServicePage")


@dataclass
class ServicePages(Generic[P]):
    """A service's page as installed: the page (its controller behind it) and its menu."""

    page: P
    menu: QMenu

    @property
    def controller(self) -> Any:
        return self.page.controller


def add_service_page(window: MainWindow, key: str, label: str, page: P, icon: QIcon, menu_title: str,
                     menu_name: str, entries: Sequence[MenuEntry | None],
                     enable: Callable[[list[QAction]], None]) -> ServicePages[P]:
    """Add ``page`` to the navigation and its menu to the window; ``enable(actions)`` runs each
    time the menu opens, to enable what the page can do now."""
    window.add_page(key, label, page, icon)
    menu, actions = page_menu(window, menu_title, menu_name, entries)
    menu.aboutToShow.connect(lambda: enable(actions))
    return ServicePages(page, menu)


def _run(window: MainWindow, entry: MenuEntry) -> None:
    if entry.page is not None:
        window.show_page(entry.page)
    if entry.then is not None:
        entry.then()


def prepare_table(view: QTableView) -> None:
    """A read-only list of records: whole rows, one at a time, alternating colours, no row numbers."""
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.horizontalHeader().setHighlightSections(False)
    view.horizontalHeader().setStretchLastSection(False)


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
            return self.COLUMNS[section][1]
        return None

    def column_key(self, column: int) -> str:
        return self.COLUMNS[column][0]

    def column_of(self, key: str) -> int:
        return [k for k, _ in self.COLUMNS].index(key)

    def record(self, row: int) -> Any:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def _row_changed(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))
