"""The activity panel: every running and finished operation over the one ``ActivityModel``,
newest first, with what the user needs to act on it: progress, a Cancel button on each running
row (no need to select first), Cancel all, the full error text of the selected operation
(selectable, with Copy: services' messages are often longer than one line), how long each took
("Done in 3.2 s", "running for 1 min 05 s"), a "Running only" filter and an empty state.
"""

from __future__ import annotations

import time
import weakref
from typing import Any

from PySide6.QtCore import (QCoreApplication, QEvent, QModelIndex, QPersistentModelIndex, QRect, QSize,
                            QSortFilterProxyModel, Qt,
                            QTimer)
from PySide6.QtGui import QGuiApplication, QMouseEvent, QPalette
from PySide6.QtWidgets import (QApplication, QCheckBox, QDockWidget, QLabel, QListView, QMenu,
                               QPushButton, QStyle, QStyledItemDelegate, QStyleOptionButton,
                               QStyleOptionProgressBar, QStyleOptionViewItem, QWidget)

from subtitle_desk.ui.durations import duration_words
from subtitle_desk.ui.layouts import STRETCH, hbox, vbox
from subtitle_desk.ui.runner import ActivityModel, Operation, OpState
from subtitle_desk.ui.theme import palette_colors, theme_changed

__all__ = ["ActivityPanel", "ActivityDock", "format_elapsed"]

_Index = QModelIndex | QPersistentModelIndex


def format_elapsed(seconds: float) -> str:
    """How long an operation took or has run: tenths of a second under 10 s ("3.2 s")."""
    return duration_words(seconds, tenths=True)


class _Clock:
    """When each operation started and ended (the model does not keep times)."""

    def __init__(self) -> None:
        self.started: weakref.WeakKeyDictionary[Operation, float] = weakref.WeakKeyDictionary()
        self.ended: weakref.WeakKeyDictionary[Operation, float] = weakref.WeakKeyDictionary()

    def seen(self, op: Operation) -> None:
        now = time.monotonic()
        self.started.setdefault(op, now)
        if op.finished:
            self.ended.setdefault(op, now)

    def elapsed(self, op: Operation) -> float:
        start = self.started.get(op, time.monotonic())
        return self.ended.get(op, time.monotonic()) - start


class _NewestFirst(QSortFilterProxyModel):
    """Newest first; optionally running operations only."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.running_only = False

    def set_running_only(self, on: bool) -> None:
        self.beginFilterChange()
        self.running_only = on
        self.endFilterChange()

    def filterAcceptsRow(self, row: int, parent: _Index) -> bool:  # noqa: N802
        if not self.running_only:
            return True
        op = self.sourceModel().index(row, 0, parent).data(ActivityModel.OperationRole)
        return op is not None and op.state is OpState.RUNNING

    def lessThan(self, left: _Index, right: _Index) -> bool:  # noqa: N802
        return left.row() > right.row()


class _Delegate(QStyledItemDelegate):
    """Title and state; while running a progress bar and a Cancel button; then the detail,
    the error (red) or how long it took."""

    def __init__(self, clock: _Clock, parent: Any = None) -> None:
        super().__init__(parent)
        self.clock = clock

    @staticmethod
    def lines(op: Operation) -> int:
        return 3 if op.state is OpState.RUNNING else 2

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        op: Operation = index.data(ActivityModel.OperationRole)
        line = option.fontMetrics.height()
        return QSize(200, line * self.lines(op) + 12)

    @staticmethod
    def cancel_rect(rect: QRect, line: int) -> QRect:
        width = 72
        return QRect(rect.right() - 6 - width, rect.top() + line + 4, width, line + 2)

    def paint(self, painter: Any, option: QStyleOptionViewItem, index: _Index) -> None:
        op: Operation = index.data(ActivityModel.OperationRole)
        self.clock.seen(op)
        widget = option.widget
        style = widget.style() if widget else QApplication.style()
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, widget)
        fm = option.fontMetrics
        line = fm.height()
        rect = option.rect.adjusted(6, 4, -6, -4)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        colors = palette_colors()
        painter.save()
        state_text = {OpState.RUNNING: "", OpState.DONE: self.tr("✔ Done"), OpState.FAILED: self.tr("✖ Failed"),
                      OpState.CANCELLED: self.tr("Cancelled")}[op.state]
        if op.state is OpState.RUNNING and op.fraction is not None:
            state_text = f"{op.fraction:.0%}"
        state_width = fm.horizontalAdvance(state_text) + 8 if state_text else 0
        title_font = painter.font()
        title_font.setBold(op.state is OpState.RUNNING)
        painter.setFont(title_font)
        painter.setPen(option.palette.color(text_role))
        painter.drawText(QRect(rect.x(), rect.y(), rect.width() - state_width, line),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                         fm.elidedText(op.title, Qt.TextElideMode.ElideRight, rect.width() - state_width))
        painter.setFont(option.font)
        if state_text:
            color = {OpState.DONE: colors.ok_text, OpState.FAILED: colors.error_text}.get(op.state)
            painter.setPen(color if color is not None and not selected else option.palette.color(text_role))
            painter.drawText(QRect(rect.right() - state_width, rect.y(), state_width, line),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), state_text)
        y = rect.y() + line + 4
        if op.state is OpState.RUNNING:
            button = self.cancel_rect(option.rect, line)
            bar = QStyleOptionProgressBar()
            bar.rect = QRect(rect.x(), y + 2, (button.left() - 8 if op.cancellable else rect.right()) - rect.x(),
                             line - 2)
            bar.minimum = 0
            bar.maximum = 0 if op.fraction is None else 1000
            bar.progress = 0 if op.fraction is None else int(1000 * op.fraction)
            bar.textVisible = False
            bar.state = QStyle.StateFlag.State_Enabled | QStyle.StateFlag.State_Horizontal
            style.drawControl(QStyle.ControlElement.CE_ProgressBar, bar, painter, widget)
            if op.cancellable:
                opt = QStyleOptionButton()
                opt.rect = button
                opt.text = self.tr("Cancel")
                opt.state = QStyle.StateFlag.State_Enabled | QStyle.StateFlag.State_Raised
                style.drawControl(QStyle.ControlElement.CE_PushButton, opt, painter, widget)
            y += line + 4
            detail = op.detail or self.tr("Working…")
            detail += self.tr("  ·  running for {time}").format(time=format_elapsed(self.clock.elapsed(op)))
            painter.setPen(option.palette.color(text_role))
        elif op.state is OpState.FAILED:
            detail = op.error or self.tr("Failed")
            painter.setPen(option.palette.color(text_role) if selected else colors.error_text)
        else:
            detail = (self.tr("Done after {time}") if op.state is OpState.DONE
                      else self.tr("Cancelled after {time}")).format(time=format_elapsed(self.clock.elapsed(op)))
            if op.state is OpState.DONE and op.detail:
                detail = f"{op.detail}  ·  {detail}"
            painter.setPen(option.palette.color(text_role) if selected else colors.muted_text)
        painter.drawText(QRect(rect.x(), y, rect.width(), line), int(Qt.AlignmentFlag.AlignLeft),
                         fm.elidedText(detail, Qt.TextElideMode.ElideRight, rect.width()))
        painter.restore()

    def editorEvent(self, event: QEvent, model: Any, option: QStyleOptionViewItem, index: _Index) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.MouseButtonRelease and isinstance(event, QMouseEvent):
            op: Operation = index.data(ActivityModel.OperationRole)
            if op is not None and op.state is OpState.RUNNING and op.cancellable:
                if self.cancel_rect(option.rect, option.fontMetrics.height()).contains(event.position().toPoint()):
                    op.cancel()
                    return True
        return super().editorEvent(event, model, option, index)


class ActivityPanel(QWidget):
    """Running and finished operations, newest first, with Cancel on each running row."""

    def __init__(self, model: ActivityModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deskActivityPanel")
        self.model = model
        self.clock = _Clock()
        self.proxy = _NewestFirst(self)
        self.proxy.setSourceModel(model)
        self.proxy.setDynamicSortFilter(True)
        self.proxy.sort(0)
        self.view = QListView(self)
        self.view.setObjectName("activityList")
        self.view.setModel(self.proxy)
        self.delegate = _Delegate(self.clock, self.view)
        self.view.setItemDelegate(self.delegate)
        self.view.setSelectionMode(QListView.SelectionMode.SingleSelection)
        self.view.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.view.setMouseTracking(True)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.empty = QLabel(self.tr("Nothing has run yet. Downloads, uploads and checks appear here."), self)
        self.empty.setObjectName("activityEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message = QLabel(self)
        self.message.setObjectName("activityMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.copy_button = QPushButton(self.tr("Copy"), self)
        self.copy_button.setToolTip(self.tr("Copy the selected operation's message"))
        self.copy_button.clicked.connect(self.copy_message)
        self.running_only = QCheckBox(self.tr("Running only"), self)
        self.running_only.toggled.connect(self.proxy.set_running_only)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("activityCancel")
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.cancel_all_button = QPushButton(self.tr("Cancel all"), self)
        self.cancel_all_button.clicked.connect(self.cancel_all)
        self.clear_button = QPushButton(self.tr("Clear finished"), self)
        self.clear_button.clicked.connect(model.clear_finished)
        vbox((self.empty, 1), (self.view, 1),
             hbox((self.message, 1), (self.copy_button, 0, Qt.AlignmentFlag.AlignTop)),
             hbox(self.running_only, STRETCH, self.clear_button, self.cancel_all_button, self.cancel_button),
             parent=self, margins=4)
        self._tick = QTimer(self)  # "running for …" moves on while something runs
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self.view.viewport().update)
        self.view.selectionModel().currentChanged.connect(self._refresh)
        for signal in (model.dataChanged, model.rowsInserted, model.rowsRemoved, model.modelReset):
            signal.connect(self._refresh)
        model.rowsInserted.connect(self._note_new)
        model.dataChanged.connect(self._note_changed)
        for op in model.operations():
            self.clock.seen(op)
        theme_changed().connect(self._refresh)
        self._refresh()

    # -- commands ----------------------------------------------------------------------------
    def selected_operation(self) -> Operation | None:
        index = self.view.currentIndex()
        return index.data(ActivityModel.OperationRole) if index.isValid() else None

    def select(self, op: Operation) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(ActivityModel.OperationRole) is op:
                self.view.setCurrentIndex(index)
                return

    def cancel_selected(self) -> None:
        op = self.selected_operation()
        if op is not None:
            op.cancel()

    def cancel_all(self) -> None:
        for op in self.model.running():
            op.cancel()

    def message_text(self, op: Operation | None) -> str:
        if op is None:
            return ""
        if op.state is OpState.FAILED:
            return self.tr("{operation} failed: {error}").format(operation=op.title, error=op.error)
        if op.state is OpState.CANCELLED:
            return self.tr("{operation}: cancelled after {time}.").format(
                operation=op.title, time=format_elapsed(self.clock.elapsed(op)))
        if op.state is OpState.DONE:
            return self.tr("{operation}: done in {time}.").format(
                operation=op.title, time=format_elapsed(self.clock.elapsed(op))) + (f" {op.detail}" if op.detail else "")
        if op.detail:
            return self.tr("{operation}: {detail}").format(operation=op.title, detail=op.detail)
        return self.tr("{operation}: working…").format(operation=op.title)

    def copy_message(self) -> None:
        text = self.message_text(self.selected_operation())
        if text:
            QGuiApplication.clipboard().setText(text)

    # -- keeping up ----------------------------------------------------------------------------
    def _note_new(self, parent: QModelIndex, first: int, last: int) -> None:
        for row in range(first, last + 1):
            self.clock.seen(self.model.operation(row))

    def _note_changed(self, top_left: QModelIndex, bottom_right: QModelIndex, *_: Any) -> None:
        for row in range(top_left.row(), bottom_right.row() + 1):
            if 0 <= row < self.model.rowCount():
                self.clock.seen(self.model.operation(row))

    def _refresh(self, *_: Any) -> None:
        has_rows = self.model.rowCount() > 0
        self.empty.setVisible(not has_rows)
        self.view.setVisible(has_rows)
        op = self.selected_operation()
        running = self.model.running()
        self.cancel_button.setEnabled(bool(op and op.cancellable and op.state is OpState.RUNNING))
        self.cancel_all_button.setEnabled(any(each.cancellable for each in running))
        self.clear_button.setEnabled(any(each.finished for each in self.model.operations()))
        text = self.message_text(op)
        self.message.setText(text)
        colors = palette_colors()
        failed = op is not None and op.state is OpState.FAILED
        for label, style in ((self.empty, f"color: {colors.muted_text.name()};"),
                             (self.message, f"color: {colors.error_text.name()};" if failed else "")):
            if label.styleSheet() != style:  # progress refreshes often; setting one re-polishes
                label.setStyleSheet(style)
        self.message.setVisible(bool(text))
        self.copy_button.setVisible(bool(text))
        if running and not self._tick.isActive():
            self._tick.start()
        elif not running:
            self._tick.stop()

    def _context_menu(self, point: Any) -> None:
        index = self.view.indexAt(point)
        op: Operation | None = index.data(ActivityModel.OperationRole) if index.isValid() else None
        if op is None:
            return
        self.view.setCurrentIndex(index)
        menu = QMenu(self)
        cancel = menu.addAction(self.tr("Cancel"))
        cancel.setEnabled(op.cancellable and op.state is OpState.RUNNING)
        cancel.triggered.connect(op.cancel)
        copy = menu.addAction(self.tr("Copy message"))
        copy.triggered.connect(self.copy_message)
        menu.popup(self.view.viewport().mapToGlobal(point))


class ActivityDock(QDockWidget):
    """Drop-in for the ``ActivityDock`` the runner module once had (same object name, so saved layouts still apply)."""

    def __init__(self, model: ActivityModel, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("ActivityDock", "Activity"), parent)
        self.setObjectName("activityDock")
        self.panel = ActivityPanel(model, self)
        self.setWidget(self.panel)
