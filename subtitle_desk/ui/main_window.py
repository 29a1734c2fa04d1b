"""The main window: a navigation list of pages, the menu bar, a status bar and the activity dock.

It composes and nothing more: pages are added with ``add_page(key, title, widget, icon)`` (the
editor first; the Dotsub, DatoCMS and cielo24 pages of the desk come next) and shown with
``show_page(key)``. The editor page lends its actions to the File, Edit, Quality and Translation
menus. The status bar shows where the open file is; ``restore_settings`` opens the last work
again (see ``EditorPage.reopen_last``).
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMainWindow,
                               QMenu, QSizePolicy, QStackedWidget, QWidget)

from subtitle_desk import __version__
from subtitle_desk.ui.editor.page import EditorPage
from subtitle_desk.ui.activity_panel import ActivityDock
from subtitle_desk.ui.icons import themed_icon
from subtitle_desk.ui.runner import ActivityModel, BusyIndicator

__all__ = ["MainWindow", "APP_NAME"]

APP_NAME = "Subtitle Desk"


class MainWindow(QMainWindow):
    #: the window closed for good (after any "save changes?" question)
    closed = Signal()

    def __init__(self, editor: EditorPage, activity: ActivityModel, settings: QSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.editor = editor
        self.settings = settings
        self._pages: dict[str, QWidget] = {}
        #: Called before closing; False keeps the window open (the editor asks about unsaved work).
        self.close_guards = [editor.confirm_discard]

        self.navigation = QListWidget(self)
        self.navigation.setObjectName("navigation")
        # A list with the icon beside the name: icon mode elides names longer than the icon.
        self.navigation.setIconSize(QSize(22, 22))
        self.navigation.setSpacing(2)
        self.navigation.setUniformItemSizes(True)
        self.navigation.setFixedWidth(124)
        self.navigation.setFrameShape(QListWidget.Shape.NoFrame)
        self.navigation.setStyleSheet("QListWidget#navigation { background: palette(window);"
                                      " border-right: 1px solid palette(mid); }")
        self.stack = QStackedWidget(self)
        self.navigation.currentRowChanged.connect(self.stack.setCurrentIndex)
        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.busy = BusyIndicator(activity, self)
        self.statusBar().addPermanentWidget(self.busy)
        self.path_label = QLabel(self)
        self.path_label.setObjectName("pathLabel")
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.path_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.path_label.setMinimumWidth(80)
        self.statusBar().addPermanentWidget(self.path_label, 1)
        self.activity_dock = ActivityDock(activity, self)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.activity_dock)
        self.activity_dock.hide()

        self._build_menus()
        self.add_page("editor", "Editor", editor, themed_icon("accessories-text-editor", "SP_FileDialogDetailedView"))
        editor.titleChanged.connect(self._title_changed)
        editor.message.connect(self.show_message)
        self._title_changed(editor.controller.display_name, editor.controller.dirty)
        self.resize(1400, 860)

    # -- pages -------------------------------------------------------------------------------
    def add_page(self, key: str, title: str, widget: QWidget, icon: QIcon | None = None) -> None:
        if key in self._pages:
            raise ValueError(f"a page called {key!r} exists already")
        self._pages[key] = widget
        item = QListWidgetItem(icon or QIcon(), title)
        item.setData(Qt.ItemDataRole.UserRole, key)
        item.setToolTip(title)
        self.navigation.addItem(item)
        self.stack.addWidget(widget)
        if self.navigation.currentRow() < 0:
            self.navigation.setCurrentRow(0)

    def show_page(self, key: str) -> QWidget:
        widget = self._pages[key]
        self.navigation.setCurrentRow(self.stack.indexOf(widget))
        return widget

    def page(self, key: str) -> QWidget:
        return self._pages[key]

    def current_page_key(self) -> str:
        item = self.navigation.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else ""

    # -- menus -------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        for action in self.editor.file_actions:
            file_menu.addAction(action)
            if action is self.editor.open_action:
                file_menu.addMenu(self.editor.recent_menu)
        file_menu.addAction(self.editor.show_in_folder_action)
        file_menu.addSeparator()
        quit_action = QAction("&Quit", self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        self.file_menu = file_menu
        self.edit_menu = self.editor.edit_menu(self)
        bar.addMenu(self.edit_menu)
        self.qc_menu = self.editor.qc_menu(self)
        bar.addMenu(self.qc_menu)
        self.translation_menu = self.editor.translation_menu(self)
        bar.addMenu(self.translation_menu)
        self.view_menu = bar.addMenu("&View")
        self.view_menu.addAction(self.editor.show_qc_action)
        activity = self.activity_dock.toggleViewAction()
        activity.setText("&Activity")
        activity.setShortcut(QKeySequence("Ctrl+Shift+A"))
        self.view_menu.addAction(activity)
        help_menu = bar.addMenu("&Help")
        about = help_menu.addAction("&About Subtitle Desk")
        about.triggered.connect(self._about)

    def add_menu(self, menu: QMenu) -> None:
        """A page's own menu, placed before View."""
        self.menuBar().insertMenu(self.view_menu.menuAction(), menu)

    def _about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(self, "About Subtitle Desk",
                          f"<b>Subtitle Desk {__version__}</b><p>Subtitle editing and QC, and the "
                          "Dotsub VideoTMS, DatoCMS and cielo24 workflows in one window.</p>")

    # -- status ------------------------------------------------------------------------------
    def show_message(self, text: str, timeout_ms: int = 8000) -> None:
        self.statusBar().showMessage(text, timeout_ms)

    def _title_changed(self, name: str, dirty: bool) -> None:
        # "[*]" is where Qt puts the modified marker ("*"), per platform convention.
        self.setWindowTitle(f"{name}[*] — {APP_NAME}" if name else APP_NAME)
        self.setWindowModified(dirty)
        self._show_path()

    def _show_path(self) -> None:
        """The open file's full path, elided in the middle to fit; all of it in the tooltip."""
        path = self.editor.controller.path
        text = str(path) if path is not None else ""
        self.path_label.setToolTip(text)
        width = max(80, self.path_label.width() - 8)
        self.path_label.setText(self.path_label.fontMetrics().elidedText(text, Qt.TextElideMode.ElideMiddle, width))

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        super().resizeEvent(event)
        self._show_path()

    # -- state -------------------------------------------------------------------------------
    def restore_settings(self) -> None:
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = self.settings.value("window/state")
        if state is not None:
            self.restoreState(state)
        self.editor.restore_state()
        page = self.settings.value("window/page")
        if page in self._pages:
            self.show_page(str(page))
        # After the caller had its say (a file named on the command line is opened at once).
        QTimer.singleShot(0, self, self.editor.reopen_last)

    def save_settings(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("window/page", self.current_page_key())
        self.editor.save_state()
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if not all(guard() for guard in self.close_guards):
            event.ignore()
            return
        self.save_settings()
        event.accept()
        self.closed.emit()
