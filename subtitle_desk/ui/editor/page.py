"""The editor page: cue table, editor pane, media area and QC dock, plus the editor's actions.

Layout (an inner QMainWindow so the QC panel is a real, movable dock)::

    +--------------------------------------+-----------+
    | cue table                 | media    | QC dock   |
    |                           | (attach) |           |
    +--------------------------------------+           |
    | editor pane: times | text            |           |
    +--------------------------------------+-----------+

The page owns its actions (``file_actions``, ``recent_menu``, ``edit_menu()``, ``qc_menu()``,
``translation_menu()``) so the main window only puts them in its menu bar. Behaviour lives in
``EditorController`` and the ``Workbench`` (translation state, glossary, spelling); the page turns
widget events into their calls and their signals into widget updates.

The cue table's number and time columns have fixed widths that fit their contents; the source
and text columns share what is left. The source column shows only for a translation.

The page remembers the last ten files (File ▸ Open Recent) and the last work, which it opens
again at start (``reopen_last``; "editor/reopen_last" in the settings turns that off). Work that
came from a service is reopened by the hook its workspace sets (``session_reopener``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QItemSelectionModel, QModelIndex, QSettings, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (QAction, QActionGroup, QDesktopServices, QDragEnterEvent, QDropEvent, QFont,
                           QFontDatabase, QFontMetrics, QKeySequence, QPainter, QPalette)
from PySide6.QtWidgets import (QAbstractItemView, QDockWidget, QFileDialog, QHeaderView, QInputDialog,
                               QMainWindow, QMenu, QMessageBox, QSplitter, QTableView, QVBoxLayout,
                               QWidget)

from subtitle_desk.core import paths
from subtitle_desk.core.qc import PRESETS
from subtitle_desk.ui.editor.controller import FORMAT_FILTERS, EditorController
from subtitle_desk.ui.editor.cue_model import CueTableModel
from subtitle_desk.ui.editor.dialogs import FindReplaceDialog, FrameRateDialog, ShiftDialog
from subtitle_desk.ui.editor.pane import CueEditorPane
from subtitle_desk.ui.editor.qc_panel import QcPanel
from subtitle_desk.ui.editor.workbench import Workbench
from subtitle_desk.ui.preferences import Prefs, editor_font

__all__ = ["EditorPage", "OPEN_FILTER", "MAX_RECENT"]

#: How many files File ▸ Open Recent lists.
MAX_RECENT = 10

# The Open dialog's filters, in English (``EditorPage.open_filter()`` gives them translated).
OPEN_FILTER = ("Subtitles (*.srt *.vtt *.ttml *.dfxp *.xml *.ass *.ssa);;"
               + ";;".join(FORMAT_FILTERS.values()) + ";;All files (*)")


# The names core.edits gives undo steps (``Edit.description``): what EditorPage.edit_name words in
# the user's language. Numbers are 1-based cue numbers.
_EDIT_NAMES = tuple((kind, re.compile(pattern, re.DOTALL)) for kind, pattern in (
    ("text", r"Edit text of cue (\d+)"),
    ("times", r"Change timing of cue (\d+)"),
    ("shift", r"Shift (?:(\d+) cues?|cues) by ([-+]\d+\.\d{3} s)"),
    ("insert", r"Insert cue (\d+)"),
    ("inserts", r"Insert (\d+) cues at (\d+)"),
    ("delete", r"Delete cue (\d+)"),
    ("deletes", r"Delete (\d+) cues"),
    ("split", r"Split cue (\d+)"),
    ("merge", r"Merge cues (\d+)–(\d+)"),
    ("rate", r"Change frame rate from ([\d.]+) to ([\d.]+) fps"),
    ("replace", r"Replace “(.*)” with “(.*)” \((\d+) replacements?\)"),
    ("sort", r"Sort cues by time"),
))


class CueTableView(QTableView):
    """The cue table, tuned for 20,000 rows: fixed row height, no per-row widgets."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cueTable")
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        vertical = self.verticalHeader()
        vertical.hide()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.horizontalHeader().setHighlightSections(False)
        # Right-click on the header: choose the columns (a narrow window may not want them all).
        self.horizontalHeader().setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.horizontalHeader().customContextMenuRequested.connect(
            lambda pos: self.columns_menu().popup(self.horizontalHeader().mapToGlobal(pos)))
        #: Columns the user hid (the source column also hides without a source).
        self.hidden_columns: set[int] = set()
        self.has_source = False

    def columns_menu(self) -> QMenu:
        menu = QMenu(self)
        menu.setObjectName("columnsMenu")
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        model = self.model()
        for column in range(len(CueTableModel.HEADERS)):
            title = CueTableModel.header(column)
            if column == CueTableModel.TEXT or (column == CueTableModel.SOURCE and not self.has_source):
                continue
            tip = CueTableModel.header_tip(column)
            action = menu.addAction(f"{title}  ({tip.split(';')[0]})" if model is not None else title)
            action.setCheckable(True)
            action.setChecked(column not in self.hidden_columns)
            action.setData(column)
            action.toggled.connect(lambda shown, c=column: self.show_column(c, shown))
        return menu

    def show_column(self, column: int, shown: bool) -> None:
        if shown:
            self.hidden_columns.discard(column)
        else:
            self.hidden_columns.add(column)
        self.update_hidden_columns()

    def update_hidden_columns(self) -> None:
        for column in range(CueTableModel.COLUMN_COUNT):
            hidden = column in self.hidden_columns or (column == CueTableModel.SOURCE and not self.has_source)
            self.setColumnHidden(column, hidden)

    #: Shown over the empty table.
    placeholder = QT_TRANSLATE_NOOP("CueTableView",
                                    "Open a subtitle file (Ctrl+O) or drop one here\nSRT · WebVTT · TTML/DFXP · SSA/ASS")

    def paintEvent(self, event: Any) -> None:  # noqa: N802 (Qt naming)
        super().paintEvent(event)
        model = self.model()
        if model is not None and model.rowCount() == 0:
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(self.viewport().rect(), Qt.AlignmentFlag.AlignCenter, self.tr(self.placeholder))
            painter.end()

    def setModel(self, model: Any) -> None:  # noqa: N802 (Qt naming)
        super().setModel(model)
        header = self.horizontalHeader()
        header.setMinimumSectionSize(8)
        for column in (CueTableModel.NUMBER, CueTableModel.START, CueTableModel.END, CueTableModel.DURATION,
                       CueTableModel.CPS, CueTableModel.QC):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        for column in (CueTableModel.SOURCE, CueTableModel.TEXT):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.update_hidden_columns()
        self.fit_columns()

    def fit_columns(self) -> None:
        """Size the fixed columns for their widest content (fixed widths, not ResizeToContents,
        which would measure thousands of rows): times in the fixed font, cue numbers for the
        document's count, and each column's header."""
        model = self.model()
        header = self.horizontalHeader()
        fixed = QFontMetrics(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        plain = self.fontMetrics()
        heading = QFontMetrics(header.font())
        rows = model.rowCount() if model is not None else 0
        document = getattr(model, "document", None)
        long_times = document is not None and any(cue.end >= 36_000_000 for cue in document.cues[-50:])
        clock = "00:00:00.000" if long_times else "0:00:00.000"  # ten hours and more
        pad = 2 * self.style().pixelMetric(self.style().PixelMetric.PM_FocusFrameHMargin, None, self) + 8
        samples = {CueTableModel.NUMBER: (plain, "0" * max(3, len(str(rows)))),
                   CueTableModel.START: (fixed, clock), CueTableModel.END: (fixed, clock),
                   CueTableModel.DURATION: (fixed, "000.000"), CueTableModel.CPS: (fixed, "00.0"),
                   CueTableModel.QC: (plain, "⚠ 00")}
        for column, (metrics, sample) in samples.items():
            title = CueTableModel.header(column)
            width = max(metrics.horizontalAdvance(sample), heading.horizontalAdvance(title) + 6) + pad
            header.resizeSection(column, width)


class EditorPage(QMainWindow):
    #: (display name, dirty) for the window title
    titleChanged = Signal(str, bool)
    #: a status-bar message
    message = Signal(str)
    #: the user chose to throw the unsaved changes away
    discarded = Signal()

    def __init__(self, controller: EditorController, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("editorPage")
        self.setWindowFlags(Qt.WindowType.Widget)
        self.setDockOptions(QMainWindow.DockOption.AnimatedDocks | QMainWindow.DockOption.AllowTabbedDocks)
        self.controller = controller
        self.settings = settings
        self.media_widget: QWidget | None = None
        self._find_dialog: FindReplaceDialog | None = None
        self._qc_count = -1  # cue count the QC panel's list was built for
        #: Message boxes shown without blocking (tests read them): the last one per purpose.
        self.notices: dict[str, QMessageBox] = {}

        self.model = CueTableModel(parent=self)
        self.model.set_problem_source(controller.problems_for)
        self.table = CueTableView(self)
        self.table.setModel(self.model)
        self.pane = CueEditorPane(self)
        #: The fonts before any preference: what "the standard font" goes back to.
        self._standard_fonts = (self.table.font(), self.pane.text_edit.font())
        self.workbench = Workbench(controller, controller.runner, personal_dir=lambda: paths.data_dir() / "spelling",
                                   parent=self)
        #: Set by a workspace: its session as JSON for "reopen the last work" (None: a plain
        #: file), and how to reopen such a record.
        self.session_record: Callable[[], dict[str, Any] | None] | None = None
        self.session_reopener: Callable[[dict[str, Any]], Any] | None = None
        self.qc_panel = QcPanel(self)
        self.qc_panel.set_source(controller.problems if controller.document is not None else None)

        self.media_area = QWidget(self)
        self.media_area.setObjectName("mediaArea")
        QVBoxLayout(self.media_area).setContentsMargins(0, 0, 0, 0)
        self.media_area.hide()  # until a MediaPanel is attached

        self.top_splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.top_splitter.setObjectName("editorTopSplitter")
        self.top_splitter.addWidget(self.table)
        self.top_splitter.addWidget(self.media_area)
        # The table holds the source and text columns: it gets two thirds, the media one.
        self.top_splitter.setStretchFactor(0, 2)
        self.top_splitter.setStretchFactor(1, 1)
        #: The user moved the divider beside the media (now or in an earlier run).
        self._top_split_placed = settings.value("editor/top_splitter") is not None
        self.top_splitter.splitterMoved.connect(lambda *_: setattr(self, "_top_split_placed", True))
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("editorSplitter")
        self.splitter.addWidget(self.top_splitter)
        self.splitter.addWidget(self.pane)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)

        self.qc_dock = QDockWidget(self.tr("Quality check"), self)
        self.qc_dock.setObjectName("qcDock")
        self.qc_dock.setWidget(self.qc_panel)
        self.qc_dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                                 | QDockWidget.DockWidgetFeature.DockWidgetClosable
                                 | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.qc_dock)

        self.setAcceptDrops(True)
        self._build_actions()
        self._connect()
        self._refresh_specs()
        self._update_actions()

    # -- composition hooks -----------------------------------------------------------------
    def attach_media(self, widget: QWidget) -> None:
        """Put the media panel (video preview + waveform) next to the cue table."""
        layout = self.media_area.layout()
        if self.media_widget is not None:
            layout.removeWidget(self.media_widget)
            self.media_widget.setParent(None)
        self.media_widget = widget
        layout.addWidget(widget)
        self.media_area.show()

    def detach_media(self) -> QWidget | None:
        widget, self.media_widget = self.media_widget, None
        if widget is not None:
            self.media_area.layout().removeWidget(widget)
            widget.setParent(None)
        self.media_area.hide()
        return widget

    # -- actions -----------------------------------------------------------------------------
    def _action(self, text: str, slot: Any, shortcut: Any = None, tip: str = "", name: str = "") -> QAction:
        action = QAction(text, self)
        if name:
            action.setObjectName(name)
        if shortcut is not None:
            if isinstance(shortcut, (list, tuple)):
                action.setShortcuts([QKeySequence(s) for s in shortcut])
            else:
                action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        def trigger(checked: bool = False) -> None:
            slot()

        action.triggered.connect(trigger)
        return action

    def _build_actions(self) -> None:
        K = QKeySequence.StandardKey
        self.open_action = self._action(self.tr("&Open…"), self.choose_and_open, K.Open, self.tr("Open a subtitle file"), "openAction")
        self.save_action = self._action(self.tr("&Save"), self.save, K.Save, self.tr("Save in the file's own format"), "saveAction")
        self.save_as_action = self._action(self.tr("Save &As…"), self.choose_and_save_as, K.SaveAs,
                                           self.tr("Save under another name or in another format"), "saveAsAction")
        self.show_in_folder_action = self._action(self.tr("Show in &folder"), self.show_in_folder, "Ctrl+Alt+R",
                                                  self.tr("Open the folder that holds the file in the file manager"),
                                                  "showInFolderAction")
        self.file_actions = [self.open_action, self.save_action, self.save_as_action]
        self.recent_menu = QMenu(self.tr("Open &Recent"))
        self.recent_menu.setObjectName("recentMenu")
        self.recent_menu.aboutToShow.connect(self.refresh_recent_menu)

        self.undo_action = self._action(self.tr("&Undo"), self.controller.undo, K.Undo, name="undoAction")
        # Ctrl+Y as well, as in Subtitle Edit and on Windows, whatever the platform's redo key is.
        redo_keys = [*QKeySequence.keyBindings(K.Redo)]
        if QKeySequence("Ctrl+Y") not in redo_keys:
            redo_keys.append(QKeySequence("Ctrl+Y"))
        self.redo_action = self._action(self.tr("&Redo"), self.controller.redo, redo_keys, name="redoAction")
        self.insert_action = self._action(self.tr("&Insert cue after"), self.insert_after, ["Alt+Insert", "Ctrl+Shift+Return"],
                                          self.tr("A new cue after the current one"), "insertAction")
        self.delete_action = self._action(self.tr("&Delete cues"), self.delete_selected, ["Ctrl+Delete", "Ctrl+Shift+Backspace"],
                                          self.tr("Delete the selected cues"), "deleteAction")
        self.split_action = self._action(self.tr("S&plit at cursor"), self.split_at_cursor, "Ctrl+B",
                                         self.tr("Split the current cue where the text cursor is"), "splitAction")
        self.merge_action = self._action(self.tr("&Merge selected"), self.merge_selected, "Ctrl+M",
                                         self.tr("Merge the selected adjacent cues into one"), "mergeAction")
        self.shift_action = self._action(self.tr("S&hift times…"), self.shift_dialog, "Ctrl+Shift+T",
                                         self.tr("Move the selected cues, or all cues, earlier or later"), "shiftAction")
        self.frame_rate_action = self._action(self.tr("Change &frame rate…"), self.frame_rate_dialog, "Ctrl+Alt+F",
                                              self.tr("Retime every cue from one frame rate to another"), "frameRateAction")
        self.find_action = self._action(self.tr("&Find and replace…"), self.find_replace_dialog, [K.Replace, K.Find],
                                        self.tr("Find text, replace text (regular expressions allowed)"), "findAction")
        self.find_next_action = self._action(self.tr("Find &next"), self.find_next, K.FindNext, name="findNextAction")
        self.next_cue_action = self._action(self.tr("Next cue"), lambda: self.step(1), "Alt+Down", name="nextCueAction")
        self.previous_cue_action = self._action(self.tr("Previous cue"), lambda: self.step(-1), "Alt+Up",
                                                name="previousCueAction")
        self.goto_action = self._action(self.tr("&Go to cue…"), self.go_to_cue, "Ctrl+G", name="gotoAction")
        self.edit_actions = [self.undo_action, self.redo_action, None, self.insert_action, self.delete_action,
                             self.split_action, self.merge_action, None, self.shift_action,
                             self.frame_rate_action, None, self.find_action, self.find_next_action, None,
                             self.previous_cue_action, self.next_cue_action, self.goto_action]

        self.load_spec_action = self._action(self.tr("&Load Dotsub spec…"), self.choose_spec_file,
                                             tip=self.tr("Check against a subtitle specification JSON from Dotsub"),
                                             name="loadSpecAction")
        self.next_problem_action = self._action(self.tr("Next &problem"), self.next_problem, "F8", name="nextProblemAction")
        self.previous_problem_action = self._action(self.tr("Pre&vious problem"), self.previous_problem, "Shift+F8",
                                                    name="previousProblemAction")
        self.show_qc_action = self.qc_dock.toggleViewAction()
        self.show_qc_action.setText(self.tr("&Quality check panel"))
        self.show_qc_action.setShortcut(QKeySequence("Ctrl+Shift+Q"))
        self.spelling_menu = QMenu(self.tr("S&pelling language"))
        self.spelling_menu.setObjectName("spellingMenu")
        self.spelling_menu.aboutToShow.connect(self.refresh_spelling_menu)

        self.next_untranslated_action = self._action(
            self.tr("&Next untranslated cue"), lambda: self.next_untranslated(1), "F9",
            self.tr("The next cue whose text is empty or still the source's"), "nextUntranslatedAction")
        self.previous_untranslated_action = self._action(
            self.tr("&Previous untranslated cue"), lambda: self.next_untranslated(-1), "Shift+F9",
            self.tr("The previous cue whose text is empty or still the source's"), "previousUntranslatedAction")
        self.keep_action = self._action(
            self.tr("&Keep as in the source"), self.toggle_kept, "Ctrl+Shift+K",
            self.tr("The selected cues are meant to read as in the source (a name, a number): not untranslated"),
            "keepAction")
        self.keep_action.setCheckable(True)
        self.translation_actions: list[QAction | None] = [
            self.next_untranslated_action, self.previous_untranslated_action, None, self.keep_action]
        for action in (*self.file_actions, self.show_in_folder_action, *filter(None, self.edit_actions),
                       self.next_problem_action, self.previous_problem_action,
                       *filter(None, self.translation_actions)):
            self.addAction(action)

    def edit_menu(self, parent: QWidget) -> QMenu:
        menu = QMenu(self.tr("&Edit"), parent)
        for action in self.edit_actions:
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        return menu

    def qc_menu(self, parent: QWidget) -> QMenu:
        menu = QMenu(self.tr("&Quality"), parent)
        self.spec_menu = menu.addMenu(self.tr("&Specification"))
        menu.addAction(self.load_spec_action)
        menu.addSeparator()
        menu.addAction(self.next_problem_action)
        menu.addAction(self.previous_problem_action)
        menu.addSeparator()
        menu.addMenu(self.spelling_menu)
        menu.addAction(self.show_qc_action)
        self._refresh_spec_menu()
        return menu

    def translation_menu(self, parent: QWidget) -> QMenu:
        """Untranslated cues and kept cues; a workspace adds its glossary actions."""
        menu = QMenu(self.tr("&Translation"), parent)
        menu.setObjectName("translationMenu")
        for action in self.translation_actions:
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        return menu

    # -- wiring ------------------------------------------------------------------------------
    def _connect(self) -> None:
        c = self.controller
        c.documentReplaced.connect(self._document_replaced)
        c.titleChanged.connect(self.titleChanged)
        c.undoStateChanged.connect(self._update_actions)
        c.problemsChanged.connect(self._problems_changed)
        c.specChanged.connect(lambda key, spec: self._refresh_specs())
        # A preset chosen is the one for files without a spec, next time too (the preference).
        c.specChanged.connect(lambda key, spec: key in PRESETS and self.settings.setValue("editor/spec", key))
        c.message.connect(self.message)
        c.failed.connect(self._show_failure)
        c.saved.connect(self._saved)
        c.rowRequested.connect(self.select_row)
        self.table.selectionModel().currentRowChanged.connect(self._current_row_changed)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self.model.dataChanged.connect(self._model_data_changed)
        self.model.rowsInserted.connect(lambda *_: self._refresh_pane())
        self.model.rowsRemoved.connect(lambda *_: self._refresh_pane())
        self.pane.textEdited.connect(c.set_text)
        self.pane.timesEdited.connect(self._times_edited)
        self.pane.typingFinished.connect(c.break_typing)
        self.pane.message.connect(self.message)
        self.qc_panel.problemActivated.connect(self.select_row)
        self.qc_panel.presetChosen.connect(c.set_spec)
        self.qc_panel.specFileRequested.connect(self.choose_spec_file)
        c.fileOpened.connect(self.remember_work)
        c.saved.connect(lambda path, notes: self.remember_work(path))
        w = self.workbench
        w.translationChanged.connect(self._translation_changed)
        w.spellingChanged.connect(self.pane.set_spelling)
        w.wordsChanged.connect(self.pane.recheck_spelling)
        w.message.connect(self.message)
        self.pane.addWordRequested.connect(w.add_word)
        self.pane.ignoreWordRequested.connect(w.ignore_word)

    def _translation_changed(self, rows: Any) -> None:
        state = self.workbench.translation
        if self.model.translation is not state:
            self.model.set_translation(state)
            self.table.has_source = state is not None
            self.table.update_hidden_columns()
            if state is not None:
                QTimer.singleShot(0, self, self.make_room_for_text)
        else:
            self.model.translation_changed(rows)
        self._update_actions()

    def make_room_for_text(self) -> None:
        """Give the cue table two thirds of the width beside the media (source and text share
        it), unless the user has placed the divider."""
        if self._top_split_placed or not self.media_area.isVisible():
            return
        total = sum(self.top_splitter.sizes())
        media = max(self.media_area.minimumSizeHint().width(), total // 3)
        if total > media:
            self.top_splitter.setSizes([total - media, media])

    def _document_replaced(self, document: Any) -> None:
        self.model.set_document(document)
        self.table.fit_columns()
        self.qc_panel.set_source(self.controller.problems if document is not None else None)
        self._qc_count = len(document) if document is not None else -1
        if document is not None and len(document):
            self.select_row(0)
        else:
            self._refresh_pane()
        self._update_actions()

    def _problems_changed(self, rows: Any) -> None:
        self.model.problems_changed(rows)
        doc = self.controller.document
        count = len(doc) if doc is not None else -1
        renumbered = count != self._qc_count
        self._qc_count = count
        self.qc_panel.rows_changed(rows, self.controller.problems_for, renumbered=renumbered)

    def _model_data_changed(self, top_left: QModelIndex, bottom_right: QModelIndex, roles: Any = ()) -> None:
        row = self.current_row()
        if top_left.row() <= row <= bottom_right.row():
            self._refresh_pane()

    def _current_row_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        self.controller.break_typing()
        self._refresh_pane()
        self._update_actions()

    def _refresh_pane(self) -> None:
        row = self.current_row()
        doc = self.controller.document
        if doc is not None and 0 <= row < len(doc):
            self.pane.show_cue(row, doc[row])
        else:
            self.pane.show_cue(-1, None)

    def _times_edited(self, row: int, start: int, end: int) -> None:
        self.controller.break_typing()
        self.controller.set_times(row, start, end)

    def _update_actions(self) -> None:
        c = self.controller
        stack = c.stack
        has_doc = c.document is not None
        can_undo = stack is not None and stack.can_undo
        can_redo = stack is not None and stack.can_redo
        self.undo_action.setEnabled(can_undo)
        self.redo_action.setEnabled(can_redo)
        self.undo_action.setText(self.tr("&Undo {action}").format(action=self.edit_name(stack.undo_text))
                                 if can_undo else self.tr("&Undo"))
        self.redo_action.setText(self.tr("&Redo {action}").format(action=self.edit_name(stack.redo_text))
                                 if can_redo else self.tr("&Redo"))
        row = self.current_row()
        has_row = has_doc and row >= 0
        for action in (self.save_as_action, self.insert_action, self.shift_action, self.frame_rate_action,
                       self.find_action, self.find_next_action, self.goto_action, self.next_problem_action,
                       self.previous_problem_action):
            action.setEnabled(has_doc)
        self.save_action.setEnabled(has_doc)
        self.show_in_folder_action.setEnabled(c.path is not None)
        for action in (self.delete_action, self.split_action):
            action.setEnabled(has_row)
        self.merge_action.setEnabled(len(self.selected_rows()) >= 2)
        translating = has_doc and self.workbench.translation is not None
        self.next_untranslated_action.setEnabled(translating)
        self.previous_untranslated_action.setEnabled(translating)
        self.keep_action.setEnabled(translating and has_row)
        self.keep_action.setChecked(translating and has_row and self.workbench.is_kept(row))

    def edit_name(self, name: str) -> str:
        """An undo step's name (``Edit.description`` of core.edits, in English) in the user's
        language; a name this does not know stays as it is."""
        kind, groups = next(((kind, m.groups()) for kind, pattern in _EDIT_NAMES
                             if (m := pattern.fullmatch(name)) is not None), ("", ()))
        a, b, c = (*groups, None, None, None)[:3]
        if kind == "text":
            return self.tr("Edit text of cue {number}").format(number=a)
        if kind == "times":
            return self.tr("Change timing of cue {number}").format(number=a)
        if kind == "shift":
            if a is None:
                return self.tr("Shift cues by {offset}").format(offset=b)
            count = int(a)
            return self.tr("Shift %n cues by {offset}", "", count).format(offset=b)
        if kind == "insert":
            return self.tr("Insert cue {number}").format(number=a)
        if kind == "inserts":
            count = int(a)
            return self.tr("Insert %n cues at {number}", "", count).format(number=b)
        if kind == "delete":
            return self.tr("Delete cue {number}").format(number=a)
        if kind == "deletes":
            count = int(a)
            return self.tr("Delete %n cues", "", count)
        if kind == "split":
            return self.tr("Split cue {number}").format(number=a)
        if kind == "merge":
            return self.tr("Merge cues {first}–{last}").format(first=a, last=b)
        if kind == "rate":
            return self.tr("Change frame rate from {source} to {target} fps").format(source=a, target=b)
        if kind == "replace":
            count = int(c)
            return self.tr("Replace “{pattern}” with “{replacement}” ({replacements})").format(
                pattern=a, replacement=b, replacements=self.tr("%n replacement(s)", "", count))
        if kind == "sort":
            return self.tr("Sort cues by time")
        return name

    def _refresh_specs(self) -> None:
        names = self.controller.spec_names()
        self.qc_panel.set_specs([key for key, _ in names], self.controller.spec_key)
        for i in range(self.qc_panel.spec_combo.count()):
            key = self.qc_panel.spec_combo.itemData(i)
            label = dict(names).get(key)
            if label:
                self.qc_panel.spec_combo.setItemText(i, label)
        self.qc_panel.spec_combo.setToolTip(self.controller.spec.describe())
        self._refresh_spec_menu()

    def _refresh_spec_menu(self) -> None:
        menu = getattr(self, "spec_menu", None)
        if menu is None:
            return
        menu.clear()
        for key, label in self.controller.spec_names():
            action = menu.addAction(label)
            action.setCheckable(True)
            action.setChecked(key == self.controller.spec_key)
            action.triggered.connect(lambda checked=False, k=key: self.controller.set_spec(k))

    # -- selection ---------------------------------------------------------------------------
    def current_row(self) -> int:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else -1

    def selected_rows(self) -> list[int]:
        return sorted({index.row() for index in self.table.selectionModel().selectedRows()})

    def select_row(self, row: int) -> None:
        if not 0 <= row < self.model.rowCount():
            return
        index = self.model.index(row, CueTableModel.TEXT)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)

    def step(self, delta: int) -> None:
        row = self.current_row()
        self.select_row(max(0, min(self.model.rowCount() - 1, row + delta)))

    def go_to_cue(self) -> None:
        count = self.model.rowCount()
        if not count:
            return
        number, ok = QInputDialog.getInt(self, self.tr("Go to cue"), self.tr("Cue number"), self.current_row() + 1, 1, count)
        if ok:
            self.select_row(number - 1)

    def next_problem(self) -> None:
        self._step_problem(1)

    def previous_problem(self) -> None:
        self._step_problem(-1)

    def _step_problem(self, step: int) -> None:
        checker = self.controller.checker
        rows = checker.rows_with_problems() if checker is not None else []
        if not rows:
            self.message.emit(self.tr("No QC problems"))
            return
        current = self.current_row()
        if step > 0:
            following = [r for r in rows if r > current]
            self.select_row(following[0] if following else rows[0])
        else:
            earlier = [r for r in rows if 0 <= r < current] if current >= 0 else []
            self.select_row(earlier[-1] if earlier else rows[-1])

    def next_untranslated(self, step: int = 1) -> None:
        """Select the next (1) or previous (-1) untranslated cue, wrapping around."""
        if self.workbench.translation is None:
            return
        row = self.workbench.find_untranslated(self.current_row(), step)
        if row < 0:
            self.message.emit(self.tr("Every cue is translated"))
            return
        self.select_row(row)
        self.pane.focus_text()

    def toggle_kept(self) -> None:
        """Keep the selected cues as in the source, or stop keeping them."""
        rows = self.selected_rows() or ([self.current_row()] if self.current_row() >= 0 else [])
        if not rows or self.workbench.translation is None:
            return
        kept = not all(self.workbench.is_kept(r) for r in rows)
        done = self.workbench.set_kept(rows, kept)
        if not done:
            self.message.emit(self.tr("No source cue at this time: nothing to keep"))
        else:
            self.message.emit(self.tr("%n cue(s) kept as in the source", "", done) if kept
                              else self.tr("%n cue(s) no longer kept as in the source", "", done))
        self._update_actions()

    # -- edit commands -----------------------------------------------------------------------
    def insert_after(self) -> None:
        if self.controller.document is None:
            return
        self.controller.insert_after(self.current_row())
        self.pane.focus_text()

    def delete_selected(self) -> None:
        rows = self.selected_rows() or ([self.current_row()] if self.current_row() >= 0 else [])
        self.controller.delete_rows(rows)

    def split_at_cursor(self) -> None:
        row = self.current_row()
        if row >= 0:
            self.controller.break_typing()
            self.controller.split(row, self.pane.cursor_position())

    def merge_selected(self) -> None:
        rows = self.selected_rows()
        if rows and rows != list(range(rows[0], rows[-1] + 1)):
            self.message.emit(self.tr("Only adjacent cues can be merged"))
            return
        self.controller.merge(rows)

    def shift_dialog(self) -> None:
        if self.controller.document is None:
            return
        selected = self.selected_rows()
        dialog = ShiftDialog(len(selected), self)
        if dialog.exec() == ShiftDialog.DialogCode.Accepted:
            rows = selected if dialog.selection_only.isChecked() else None
            self.controller.shift(rows, dialog.offset_ms())

    def frame_rate_dialog(self) -> None:
        if self.controller.document is None:
            return
        dialog = FrameRateDialog(self)
        if dialog.exec() == FrameRateDialog.DialogCode.Accepted:
            self.controller.change_frame_rate(*dialog.rates())

    def find_replace_dialog(self) -> FindReplaceDialog:
        if self._find_dialog is None:
            self._find_dialog = FindReplaceDialog(self)
            self._find_dialog.findNext.connect(self._find_next)
            self._find_dialog.replaceAll.connect(self._replace_all)
        self._find_dialog.show()
        self._find_dialog.raise_()
        self._find_dialog.find.setFocus()
        self._find_dialog.find.selectAll()
        return self._find_dialog

    def find_next(self) -> None:
        dialog = self._find_dialog
        if dialog is None or not dialog.find.text():
            self.find_replace_dialog()
            return
        self._find_next(dialog.find.text(), dialog.regex.isChecked(), dialog.case.isChecked())

    def _find_next(self, pattern: str, regex: bool, case_sensitive: bool) -> None:
        doc = self.controller.document
        if doc is None or not pattern:
            return
        try:
            compiled = re.compile(pattern if regex else re.escape(pattern), 0 if case_sensitive else re.IGNORECASE)
        except re.error as exc:
            self._find_status(self.tr("Invalid pattern: {error}").format(error=exc))
            return
        start = self.current_row() + 1
        count = len(doc)
        for step in range(count):
            row = (start + step) % count
            if compiled.search(doc[row].text):
                self.select_row(row)
                self._find_status(self.tr("Cue {number}").format(number=row + 1))
                return
        self._find_status(self.tr("Not found"))

    def _replace_all(self, pattern: str, replacement: str, regex: bool, case_sensitive: bool,
                     selection_only: bool) -> None:
        rows = self.selected_rows() if selection_only else None
        count = self.controller.find_replace(pattern, replacement, regex=regex, case_sensitive=case_sensitive,
                                             rows=rows)
        if count >= 0:
            self._find_status(self.tr("%n replacement(s)", "", count))

    def _find_status(self, text: str) -> None:
        if self._find_dialog is not None:
            self._find_dialog.status.setText(text)
        self.message.emit(text)

    # -- files -------------------------------------------------------------------------------
    def confirm_discard(self) -> bool:
        """Ask before losing unsaved changes: Save / Discard / Cancel. True: go ahead."""
        c = self.controller
        if not c.dirty:
            return True
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes"), self.tr("Save the changes to {name} first?").format(
                name=c.work_title or c.display_name),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Cancel:
            return False
        if answer == QMessageBox.StandardButton.Save:
            # Closing or replacing the document waits for this save: write it here and now.
            path = c.path
            if path is None:
                path, _ = QFileDialog.getSaveFileName(self, self.tr("Save subtitles as"), self._last_dir(),
                                                      ";;".join(FORMAT_FILTERS.values()))
                if not path:
                    return False
            return c.save_now(path)
        self.discarded.emit()
        return True

    def open_path(self, path: str | Path) -> Any:
        self.settings.setValue("editor/last_dir", str(Path(path).parent))
        return self.controller.open_path(path)

    def choose_and_open(self) -> None:
        if not self.confirm_discard():
            return
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open subtitles"), self._last_dir(), self.open_filter())
        if path:
            self.open_path(path)

    def open_filter(self) -> str:
        """``OPEN_FILTER`` in the user's language (format names stay as they are)."""
        return ";;".join((self.tr("Subtitles (*.srt *.vtt *.ttml *.dfxp *.xml *.ass *.ssa)"), *FORMAT_FILTERS.values(),
                          self.tr("All files (*)")))

    def save(self) -> Any:
        if self.controller.document is None:
            return None
        if self.controller.path is None:
            return self.choose_and_save_as()
        return self.controller.save()

    def save_as(self, path: str | Path, format: str | None = None) -> Any:
        self.settings.setValue("editor/last_dir", str(Path(path).parent))
        if format:
            self.settings.setValue("editor/last_save_format", format)
        return self.controller.save_as(path, format)

    def choose_and_save_as(self) -> Any:
        c = self.controller
        if c.document is None:
            return None
        current = c.document.format
        filters = list(FORMAT_FILTERS.items())
        selected = FORMAT_FILTERS.get(current, filters[0][1])
        start = str(Path(self._last_dir()) / (c.path.name if c.path else f"untitled.{current}"))
        path, chosen = QFileDialog.getSaveFileName(self, self.tr("Save subtitles as"), start,
                                                   ";;".join(f for _, f in filters), selected)
        if not path:
            return None
        format = next((key for key, f in filters if f == chosen), current)
        suffixes = {"srt": ".srt", "vtt": ".vtt", "ttml": ".ttml", "ssa": ".ass"}
        if not Path(path).suffix:
            path += suffixes[format]
        return self.save_as(path, format)

    # -- recent files and the last work ----------------------------------------------------
    def recent_files(self) -> list[str]:
        value = self.settings.value("editor/recent", [])
        if isinstance(value, str):
            value = [value] if value else []
        return [str(v) for v in (value or []) if v]

    def remember_work(self, path: str | Path) -> None:
        """``path`` was opened or saved: the last work (with its session, if any) and, for a
        plain file, the first of the recent files."""
        path = str(path)
        session = self.session_record() if self.session_record is not None else None
        record: dict[str, Any] = {"path": path}
        if session:
            record["session"] = session
        else:
            recent = [path] + [p for p in self.recent_files() if p != path]
            self.settings.setValue("editor/recent", recent[:MAX_RECENT])
        self.settings.setValue("editor/last_work", json.dumps(record))

    def refresh_recent_menu(self) -> None:
        """List the recent files that still exist (the others are forgotten)."""
        existing = [p for p in self.recent_files() if Path(p).is_file()]
        if existing != self.recent_files():
            self.settings.setValue("editor/recent", existing)
        menu = self.recent_menu
        menu.clear()
        for number, path in enumerate(existing, 1):
            action = menu.addAction(f"&{number % 10} {Path(path).name}")
            action.setToolTip(path)
            action.setStatusTip(path)
            action.setData(path)
            action.triggered.connect(lambda _=False, p=path: self.open_recent(p))
        if not existing:
            menu.addAction(self.tr("No recent files")).setEnabled(False)
        else:
            menu.addSeparator()
            menu.addAction(self.tr("&Clear the list"), lambda: self.settings.setValue("editor/recent", []))
        menu.addSeparator()
        reopen = menu.addAction(self.tr("&Open the last work at start"))
        reopen.setObjectName("reopenLastAction")
        reopen.setCheckable(True)
        reopen.setChecked(self.settings.value("editor/reopen_last", True, type=bool))
        reopen.toggled.connect(lambda on: self.settings.setValue("editor/reopen_last", bool(on)))

    def open_recent(self, path: str) -> Any:
        if not Path(path).is_file():
            self.message.emit(self.tr("{path} is not there any more").format(path=path))
            self.settings.setValue("editor/recent", [p for p in self.recent_files() if p != path])
            return None
        if not self.confirm_discard():
            return None
        return self.open_path(path)

    def reopen_last(self) -> Any:
        """Open the last work again, unless that is turned off or something is open already."""
        if not self.settings.value("editor/reopen_last", True, type=bool):
            return None
        if self.controller.document is not None or self.controller.runner.is_running("editor.open"):
            return None
        try:
            record = json.loads(str(self.settings.value("editor/last_work", "") or "null"))
        except ValueError:
            record = None
        if not isinstance(record, dict) or not record.get("path"):
            return None
        if record.get("session") and self.session_reopener is not None:
            return self.session_reopener(record)
        if not Path(record["path"]).is_file():
            return None
        return self.open_path(record["path"])

    def show_in_folder(self) -> bool:
        """Open the folder of the file in the system's file manager."""
        path = self.controller.path
        if path is None:
            return False
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(path).parent)))

    # -- spelling language -------------------------------------------------------------------
    def refresh_spelling_menu(self) -> None:
        from subtitle_desk.core.spelling import available_languages

        menu = self.spelling_menu
        menu.clear()
        group = QActionGroup(menu)
        current = self.workbench.spelling_language
        choices = [(None, self.tr("&Off"))] + [(tag, tag) for tag in available_languages()]
        if current and current not in dict(choices):
            choices.append((current, self.tr("{language} (no dictionary)").format(language=current)))
        for tag, label in choices:
            action = menu.addAction(label)
            action.setCheckable(True)
            action.setChecked(tag == current)
            action.setData(tag)
            group.addAction(action)
            action.triggered.connect(lambda _=False, t=tag: self.choose_spelling_language(t))

    def choose_spelling_language(self, language: str | None) -> Any:
        """Check spelling in ``language`` (remembered for files that do not say their language)."""
        self.settings.setValue("editor/spelling_language", language or "")
        return self.workbench.set_spelling_language(language)

    def _last_dir(self) -> str:
        value = self.settings.value("editor/last_dir", "")
        return str(value) if value else str(Path.home())

    def choose_spec_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Load a subtitle specification"), self._last_dir(),
                                              self.tr("Subtitle specification (*.json);;All files (*)"))
        if path:
            self.controller.load_spec_file(path)
        else:
            self._refresh_specs()  # put the selector back on the spec in force

    def _notice(self, key: str, icon: QMessageBox.Icon, title: str, text: str, details: str = "") -> QMessageBox:
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self)
        box.setObjectName(key)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if details:
            box.setInformativeText(details)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda *_, k=key, b=box: self._forget_notice(k, b))
        self.notices[key] = box
        box.open()
        return box

    def _forget_notice(self, key: str, box: QMessageBox) -> None:
        if self.notices.get(key) is box:
            del self.notices[key]

    def _show_failure(self, title: str, text: str) -> None:
        self._notice("failureNotice", QMessageBox.Icon.Warning, title, text)

    def _saved(self, path: str, notes: list) -> None:
        if notes:
            name = Path(path).name
            self._notice("savedNotice", QMessageBox.Icon.Information, self.tr("Saved with changes"),
                         self.tr("{name} was saved. The format could not keep everything:").format(name=name),
                         "\n".join(f"• {note}" for note in notes))

    # -- drag and drop -----------------------------------------------------------------------
    @staticmethod
    def _dropped_file(event: QDragEnterEvent | QDropEvent) -> str | None:
        mime = event.mimeData()
        if mime is None or not mime.hasUrls():
            return None
        for url in mime.urls():
            if url.isLocalFile():
                return url.toLocalFile()
        return None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if self._dropped_file(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: Any) -> None:  # noqa: N802
        if self._dropped_file(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        path = self._dropped_file(event)
        if not path:
            event.ignore()
            return
        event.acceptProposedAction()
        if self.confirm_discard():
            self.open_path(path)

    # -- preferences -------------------------------------------------------------------------
    def apply_preferences(self, prefs: Prefs, *, at_start: bool = False) -> None:
        """The cue text font; and, when changed while running, the QC preset and the spelling
        language of a file that brought none (a task's own spec and language stay)."""
        self.set_cue_font(editor_font(prefs))
        if at_start:
            return  # restore_state has read the preset and the language
        if self.controller.spec_key in PRESETS and prefs.qc_preset != self.controller.spec_key:
            self.controller.set_spec(prefs.qc_preset)
        plain_file = self.session_record is None or self.session_record() is None
        language = prefs.spelling_language or None
        if plain_file and language != self.workbench.spelling_language:
            self.choose_spelling_language(language)

    def set_cue_font(self, font: QFont | None) -> None:
        """The cue table and the text editor in ``font`` (the editor a quarter larger, as by
        default); None: the standard fonts."""
        table_font, text_font = self._standard_fonts
        if font is not None:
            table_font, text_font = QFont(font), QFont(font)
            text_font.setPointSizeF(font.pointSizeF() * 1.25)
        self.table.setFont(table_font)
        self.table.verticalHeader().setDefaultSectionSize(QFontMetrics(table_font).height() + 8)
        self.pane.text_edit.setFont(text_font)
        self.table.fit_columns()

    # -- state -------------------------------------------------------------------------------
    def save_state(self) -> None:
        self.settings.setValue("editor/splitter", self.splitter.saveState())
        self.settings.setValue("editor/top_splitter", self.top_splitter.saveState())
        self.settings.setValue("editor/dock_state", self.saveState())
        header = self.table.horizontalHeader()
        self.settings.setValue("editor/columns/v2", header.saveState())
        self.settings.setValue("editor/hidden_columns", sorted(self.table.hidden_columns))
        self.settings.setValue("editor/spec", self.controller.spec_key)

    def restore_state(self) -> None:
        for key, widget in (("editor/splitter", self.splitter), ("editor/top_splitter", self.top_splitter)):
            value = self.settings.value(key)
            if value is not None:
                widget.restoreState(value)
        value = self.settings.value("editor/dock_state")
        if value is not None:
            self.restoreState(value)
        value = self.settings.value("editor/columns/v2")
        if value is not None:
            self.table.horizontalHeader().restoreState(value)
        hidden = self.settings.value("editor/hidden_columns", [])
        hidden = [hidden] if isinstance(hidden, str) else (hidden or [])
        self.table.hidden_columns = {int(c) for c in hidden if str(c).isdigit()
                                     and int(c) not in (CueTableModel.TEXT,) and int(c) < CueTableModel.COLUMN_COUNT}
        self.table.update_hidden_columns()
        self.table.fit_columns()
        spec = self.settings.value("editor/spec")
        if spec and spec in dict(self.controller.spec_names()):
            self.controller.set_spec(str(spec))
        language = self.settings.value("editor/spelling_language")
        if language and self.workbench.spelling_language is None:
            self.workbench.set_spelling_language(str(language))
