"""The main window: a navigation list of pages, the menu bar, a status bar and the activity dock.

It composes and nothing more: pages are added with ``add_page(key, title, widget, icon)`` (the
editor first; the Dotsub, DatoCMS and cielo24 pages of the desk come next) and shown with
``show_page(key)``. The editor page lends its actions to the File, Edit, Quality and Translation
menus; a page's own menu goes before Settings (``add_menu``). The status bar shows where the open
file is; ``restore_settings`` applies the preferences and opens the last work again (see
``EditorPage.reopen_last``).

Settings ▸ Preferences… edits ``self.preferences`` (``ui.preferences``), applied at once and at
start by ``apply_preferences``. Help lists the keyboard shortcuts (read from the window's actions,
``ui.help``), shows the user guide and the versions.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMainWindow,
                               QMenu, QMessageBox, QSizePolicy, QStackedWidget, QWidget)

from subtitle_desk import __version__
from subtitle_desk.core import paths
from subtitle_desk.ui import help as app_help
from subtitle_desk.ui.editor.autosave import Autosaver
from subtitle_desk.ui.editor.page import EditorPage
from subtitle_desk.ui.activity_panel import ActivityDock
from subtitle_desk.ui.icons import themed_icon
from subtitle_desk.ui.preferences import Preferences, Prefs
from subtitle_desk.ui.theme import apply_theme, saved_theme
from subtitle_desk.ui.runner import ActivityModel, BusyIndicator
from subtitle_desk.ui.screens import first_size, fit_window

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
        self._titles: dict[QWidget, str] = {}
        self.preferences = Preferences(settings, self)
        #: The theme in force: ui.app applies the saved one before any window exists.
        self._theme = saved_theme(settings)
        self.preferences.changed.connect(self.apply_preferences)
        #: The dialogs while open (non-blocking; tests reach them here).
        self.preferences_dialog: QWidget | None = None
        self.shortcuts_dialog: app_help.ShortcutsDialog | None = None
        self.guide_dialog: app_help.GuideDialog | None = None
        self.about_box: QMessageBox | None = None
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
        self.add_page("editor", self.tr("Editor"), editor, themed_icon("accessories-text-editor", "SP_FileDialogDetailedView"))
        editor.titleChanged.connect(self._title_changed)
        editor.message.connect(self.show_message)
        self._title_changed(editor.controller.display_name, editor.controller.dirty)
        self.resize(first_size(self.screen().availableGeometry()))  # fits a small or scaled screen

    # -- pages -------------------------------------------------------------------------------
    def add_page(self, key: str, title: str, widget: QWidget, icon: QIcon | None = None) -> None:
        if key in self._pages:
            raise ValueError(f"a page called {key!r} exists already")
        self._pages[key] = widget
        self._titles[widget] = title
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
        file_menu = bar.addMenu(self.tr("&File"))
        for action in self.editor.file_actions:
            file_menu.addAction(action)
            if action is self.editor.open_action:
                file_menu.addMenu(self.editor.recent_menu)
        file_menu.addAction(self.editor.show_in_folder_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
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
        self.settings_menu = bar.addMenu(self.tr("&Settings"))
        self.settings_menu.setObjectName("settingsMenu")
        self.preferences_action = self.settings_menu.addAction(self.tr("&Preferences…"))
        self.preferences_action.setObjectName("preferencesAction")
        self.preferences_action.setShortcut(QKeySequence.StandardKey.Preferences)
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.preferences_action.triggered.connect(self.open_preferences)
        self.view_menu = bar.addMenu(self.tr("&View"))
        self.view_menu.addAction(self.editor.show_qc_action)
        activity = self.activity_dock.toggleViewAction()
        activity.setText(self.tr("&Activity"))
        activity.setShortcut(QKeySequence("Ctrl+Shift+A"))
        self.view_menu.addAction(activity)
        self.help_menu = bar.addMenu(self.tr("&Help"))
        self.shortcuts_action = self.help_menu.addAction(self.tr("&Keyboard shortcuts"))
        self.shortcuts_action.setObjectName("shortcutsAction")
        self.shortcuts_action.setShortcut(QKeySequence("Ctrl+/"))
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        self.guide_action = self.help_menu.addAction(self.tr("&User guide"))
        self.guide_action.setObjectName("guideAction")
        self.guide_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.guide_action.triggered.connect(self.show_guide)
        self.help_menu.addSeparator()
        about = self.help_menu.addAction(self.tr("&About Subtitle Desk"))
        about.setObjectName("aboutAction")
        about.setMenuRole(QAction.MenuRole.AboutRole)
        about.triggered.connect(self.show_about)

    def add_menu(self, menu: QMenu) -> None:
        """A page's own menu, placed before Settings."""
        self.menuBar().insertMenu(self.settings_menu.menuAction(), menu)

    # -- settings and help -------------------------------------------------------------------
    def open_preferences(self) -> QWidget:
        from subtitle_desk.ui.preferences_dialog import PreferencesDialog

        if self.preferences_dialog is None:
            dialog = PreferencesDialog(self.preferences, self)
            dialog.finished.connect(lambda _: setattr(self, "preferences_dialog", None))
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.preferences_dialog = dialog
        self.preferences_dialog.open()
        self.preferences_dialog.raise_()
        return self.preferences_dialog

    def apply_preferences(self, prefs: Prefs, *, at_start: bool = False) -> None:
        """Use ``prefs`` now. At start only what the rest of the start-up does not do already
        (the autosave interval, the theme, the editor's QC preset and spelling language are read
        there)."""
        self.editor.apply_preferences(prefs, at_start=at_start)
        autosaver = self.findChild(Autosaver)
        if autosaver is not None and not at_start:
            autosaver.set_interval(prefs.autosave_seconds * 1000)
        if prefs.theme != self._theme:  # re-applying the same one would re-polish every widget
            self._theme = prefs.theme
            apply_theme(prefs.theme)
        if prefs.work_folder or not at_start:  # at start, an empty one leaves $SUBTITLE_DESK_WORK_DIR be
            paths.use_work_dir(prefs.work_folder or None)
        show_waveform = getattr(self.editor.media_widget, "set_waveform_shown", None)
        if show_waveform is not None:
            show_waveform(prefs.waveform)

    def show_shortcuts(self) -> app_help.ShortcutsDialog:
        """Help ▸ Keyboard shortcuts, read from the actions as they are now."""
        if self.shortcuts_dialog is not None:
            self.shortcuts_dialog.close()
        dialog = app_help.ShortcutsDialog(app_help.window_shortcuts(self, self._titles), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _, d=dialog: self._forget_dialog("shortcuts_dialog", d))
        self.shortcuts_dialog = dialog
        dialog.show()
        return dialog

    def show_guide(self) -> app_help.GuideDialog:
        if self.guide_dialog is None:
            dialog = app_help.GuideDialog(self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.finished.connect(lambda _, d=dialog: self._forget_dialog("guide_dialog", d))
            self.guide_dialog = dialog
        self.guide_dialog.show()
        self.guide_dialog.raise_()
        return self.guide_dialog

    def show_about(self) -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.NoIcon, self.tr("About Subtitle Desk"), app_help.about_text(__version__),
                          QMessageBox.StandardButton.Ok, self)
        box.setObjectName("aboutBox")
        box.setIconPixmap(self.windowIcon().pixmap(64, 64))
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _, b=box: self._forget_dialog("about_box", b))
        self.about_box = box
        box.open()
        return box

    def _forget_dialog(self, name: str, dialog: QWidget) -> None:
        if getattr(self, name) is dialog:
            setattr(self, name, None)

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
            fit_window(self)  # the screen it was on may be gone, smaller or scaled now
        state = self.settings.value("window/state")
        if state is not None:
            self.restoreState(state)
        self.editor.restore_state()
        self.apply_preferences(self.preferences.current, at_start=True)
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
