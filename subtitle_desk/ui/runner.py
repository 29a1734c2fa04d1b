"""The one place the UI schedules coroutines, and the activity list the user sees.

``TaskRunner.run(name, coro)`` starts a coroutine on the running (qasync) loop and keeps a strong
reference to it until it finishes. Names make "latest wins" simple: a new run under a name that is
still running cancels the stale one first (a second Open replaces the first, a new search replaces
the old one). Cancellation is normal, never an error; any other exception is reported through
``TaskRunner.failed`` and recorded on the operation.

When a run has a ``title`` it appears in the ``ActivityModel`` as an ``Operation``; the coroutine
reports progress through that handle (``op.progress(0.4, "45 MB of 1.2 GB, 80 MB/s, 12 s left")``),
which it gets from ``current_operation()`` or by accepting the handle as argument:

    runner.run("open", lambda op: load(path, op), title="Opening big.srt")

Large transfers run off the UI loop: ``await runner.on_worker(fn, *args, on_progress=cb)`` inside a
run runs ``fn`` on the runner's worker loop (``ui/worker_loop.py``: a plain asyncio loop on its own
thread, with its own HTTP clients), relays throttled progress back to ``cb`` on the UI loop,
passes cancellation through, and raises ``fn``'s own exceptions:

    runner.run("download:7", lambda op: runner.on_worker(
        download, settings, secrets, url, path, on_progress=lambda p: op.progress(p.fraction)),
        title="Downloading video 7")
"""

from __future__ import annotations

import asyncio
import contextvars
import enum
import inspect
import logging
import time
from collections.abc import Awaitable, Callable, Coroutine
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QWidget

from subtitle_desk.ui.worker_loop import WorkerLoop

__all__ = ["OpState", "Operation", "ActivityModel", "TaskRunner", "BusyIndicator", "ReportedError", "current_operation"]

log = logging.getLogger(__name__)

_current_op: contextvars.ContextVar["Operation | None"] = contextvars.ContextVar("subtitle_desk_op",
                                                                                 default=None)


def current_operation() -> "Operation | None":
    """The operation of the task running this code, if it was started with a title."""
    return _current_op.get()


class ReportedError(Exception):
    """A failure the coroutine already explained to the user (a message box, the status bar).

    The activity entry records it as failed with this text; ``TaskRunner.failed`` is not emitted,
    so no second dialog appears.
    """


class OpState(enum.Enum):
    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"
    CANCELLED = "cancelled"


@dataclass(eq=False)
class Operation:
    """One entry in the activity list; the handle a coroutine reports progress through."""

    name: str
    title: str
    cancellable: bool = True
    state: OpState = OpState.RUNNING
    #: 0..1, or None while the amount of work is unknown (indeterminate).
    fraction: float | None = None
    detail: str = ""
    error: str = ""
    task: asyncio.Task | None = field(default=None, repr=False)
    _model: "ActivityModel | None" = field(default=None, repr=False)

    def progress(self, fraction: float | None, detail: str | None = None) -> None:
        """Report progress: ``fraction`` 0..1 (None = indeterminate) and an optional detail line."""
        if fraction is not None:
            fraction = min(1.0, max(0.0, float(fraction)))
        self.fraction = fraction
        if detail is not None:
            self.detail = detail
        self._changed()

    def cancel(self) -> None:
        if self.cancellable and self.task is not None and not self.task.done():
            self.task.cancel()

    @property
    def finished(self) -> bool:
        return self.state is not OpState.RUNNING

    def _finish(self, state: OpState, error: str = "") -> None:
        self.state = state
        self.error = error
        if state is OpState.DONE:
            self.fraction = 1.0
        self._changed()

    def _changed(self) -> None:
        if self._model is not None:
            self._model._operation_changed(self)


class ActivityModel(QAbstractListModel):
    """Operations, newest last. Finished ones stay (as a log) until ``clear_finished``."""

    OperationRole = Qt.ItemDataRole.UserRole + 1
    StateRole = Qt.ItemDataRole.UserRole + 2
    FractionRole = Qt.ItemDataRole.UserRole + 3
    DetailRole = Qt.ItemDataRole.UserRole + 4
    ErrorRole = Qt.ItemDataRole.UserRole + 5

    #: True while at least one operation is running (drives the busy indicator).
    busyChanged = Signal(bool)

    def __init__(self, parent: QObject | None = None, *, keep_finished: int = 200) -> None:
        super().__init__(parent)
        self._ops: list[Operation] = []
        self._keep_finished = keep_finished
        self._busy = False

    # -- access --------------------------------------------------------------------------------
    def operations(self) -> list[Operation]:
        return list(self._ops)

    def running(self) -> list[Operation]:
        return [op for op in self._ops if op.state is OpState.RUNNING]

    @property
    def busy(self) -> bool:
        return self._busy

    def operation(self, row: int) -> Operation:
        return self._ops[row]

    # -- Qt model ------------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ops)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ops):
            return None
        op = self._ops[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return op.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return op.error or op.detail or op.title
        if role == self.OperationRole:
            return op
        if role == self.StateRole:
            return op.state.value
        if role == self.FractionRole:
            return op.fraction
        if role == self.DetailRole:
            return op.detail
        if role == self.ErrorRole:
            return op.error
        return None

    def roleNames(self) -> dict[int, bytes]:
        return {Qt.ItemDataRole.DisplayRole: b"title", self.StateRole: b"state",
                self.FractionRole: b"fraction", self.DetailRole: b"detail", self.ErrorRole: b"error"}

    # -- changes -------------------------------------------------------------------------------
    def add(self, op: Operation) -> Operation:
        self._trim()
        row = len(self._ops)
        self.beginInsertRows(QModelIndex(), row, row)
        op._model = self
        self._ops.append(op)
        self.endInsertRows()
        self._update_busy()
        return op

    def clear_finished(self) -> None:
        for row in reversed(range(len(self._ops))):
            if self._ops[row].finished:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._ops[row]
                self.endRemoveRows()

    def _trim(self) -> None:
        finished = [i for i, op in enumerate(self._ops) if op.finished]
        while len(finished) >= self._keep_finished:
            row = finished.pop(0)
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._ops[row]
            self.endRemoveRows()
            finished = [i for i, op in enumerate(self._ops) if op.finished]

    def _operation_changed(self, op: Operation) -> None:
        try:
            row = self._ops.index(op)
        except ValueError:
            return
        index = self.index(row, 0)
        self.dataChanged.emit(index, index)
        self._update_busy()

    def _update_busy(self) -> None:
        busy = any(op.state is OpState.RUNNING for op in self._ops)
        if busy != self._busy:
            self._busy = busy
            self.busyChanged.emit(busy)


CoroFactory = Callable[..., Awaitable[Any]]

#: How far below the window's CPU priority the transfers run (Linux nice): not at all. The worker's
#: Python shares the GIL with the window's, and at nice 10 the window waited for the GIL behind a
#: transfer thread that itself waited for a CPU: ui_stall_bench, 18 interleaved runs each, largest
#: stall median 25.2 ms (8 of 18 under 25) at nice 10, 24.1 ms (14 of 18 under 25) at 0.
TRANSFER_NICE = 0


class TaskRunner(QObject):
    """Starts coroutines, keeps them alive, cancels stale runs of the same name."""

    #: (name, exception) for every run that ended with an exception other than cancellation.
    failed = Signal(str, object)
    #: (name) when a run finished successfully.
    finished = Signal(str)

    def __init__(self, activity: ActivityModel | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.activity = activity if activity is not None else ActivityModel(self)
        self._tasks: dict[str, asyncio.Task] = {}
        self._all: set[asyncio.Task] = set()
        self._counter = 0
        self._worker: WorkerLoop | None = None

    @property
    def worker(self) -> WorkerLoop:
        """The loop large transfers run on (a thread of its own, started on first use)."""
        if self._worker is None:
            self._worker = WorkerLoop("transfers", nice=TRANSFER_NICE)
        return self._worker

    async def on_worker(self, fn: Callable[..., Coroutine[Any, Any, Any]], /, *args: Any,
                        on_progress: Callable[[Any], Any] | None = None, progress_interval: float = 0.1,
                        keep_progress: Callable[[Any], bool] | None = None, **kwargs: Any) -> Any:
        """Await ``fn(*args, **kwargs)`` on the worker loop; ``fn`` gets a thread-safe
        ``on_progress`` whose values reach ``on_progress`` here at most every ``progress_interval``
        s (values ``keep_progress`` marks are never skipped). ``fn`` and its arguments are plain
        Python (no Qt objects); it builds and closes its own HTTP clients. Cancelling the awaiting
        task cancels ``fn`` and waits for it to unwind."""
        return await self.worker.run(fn, *args, on_progress=on_progress, progress_interval=progress_interval,
                                     keep_progress=keep_progress, **kwargs)

    async def aclose(self, timeout: float = 10.0) -> None:
        """At exit: cancel every run, let them unwind (up to ``timeout`` s), end the worker loop."""
        self.cancel_all()
        tasks = [task for task in self._all if not task.done()]
        if tasks:
            await asyncio.wait(tasks, timeout=timeout)
        if self._worker is not None:
            await self._worker.aclose(timeout)

    def run(self, name: str, coro: Coroutine[Any, Any, Any] | CoroFactory, *, title: str | None = None,
            cancellable: bool = True) -> asyncio.Task:
        """Start ``coro`` as the task called ``name``; a still-running task of that name is cancelled.

        ``coro`` is a coroutine object, or a callable taking the ``Operation`` handle (or nothing)
        and returning an awaitable. ``name=""`` gives an anonymous task that nothing replaces.
        """
        if name:
            stale = self._tasks.pop(name, None)
            if stale is not None and not stale.done():
                stale.cancel()
        else:
            self._counter += 1
            name = f"_anonymous_{self._counter}"
        op = Operation(name=name, title=title, cancellable=cancellable) if title else None
        if op is not None:
            self.activity.add(op)
        token = _current_op.set(op)
        try:
            if inspect.iscoroutine(coro):
                awaitable = coro
            else:
                params = inspect.signature(coro).parameters
                awaitable = coro(op) if params else coro()
            task = asyncio.ensure_future(self._wrap(name, awaitable, op))
        finally:
            _current_op.reset(token)
        if op is not None:
            op.task = task
        self._tasks[name] = task
        self._all.add(task)
        task.add_done_callback(lambda t, n=name, a=awaitable, o=op: self._forget(n, t, a, o))
        return task

    def cancel(self, name: str) -> bool:
        task = self._tasks.get(name)
        if task is not None and not task.done():
            task.cancel()
            return True
        return False

    def cancel_all(self) -> None:
        for task in list(self._all):
            if not task.done():
                task.cancel()

    def is_running(self, name: str) -> bool:
        task = self._tasks.get(name)
        return task is not None and not task.done()

    def running_names(self) -> list[str]:
        return [n for n, t in self._tasks.items() if not t.done()]

    async def _wrap(self, name: str, awaitable: Awaitable[Any], op: Operation | None) -> Any:
        _current_op.set(op)
        try:
            result = await awaitable
        except asyncio.CancelledError:
            if op is not None:
                op._finish(OpState.CANCELLED)
            raise
        except ReportedError as exc:
            if op is not None:
                op._finish(OpState.FAILED, str(exc))
            return None
        except Exception as exc:  # reported, not raised into the loop's handler
            if op is not None:
                op._finish(OpState.FAILED, str(exc) or type(exc).__name__)
            log.debug("task %s failed", name, exc_info=exc)
            self.failed.emit(name, exc)
            return None
        if op is not None:
            op._finish(OpState.DONE)
        self.finished.emit(name)
        return result

    def _forget(self, name: str, task: asyncio.Task, awaitable: Awaitable[Any], op: Operation | None) -> None:
        if task.cancelled():
            if op_not_started(awaitable):
                # Cancelled before it ever ran (a newer run replaced it at once): close the
                # coroutine so it is not reported as "never awaited".
                awaitable.close()  # type: ignore[union-attr]
            if op is not None and op.state is OpState.RUNNING:
                op._finish(OpState.CANCELLED)
        self._all.discard(task)
        if self._tasks.get(name) is task:
            del self._tasks[name]


def op_not_started(awaitable: Awaitable[Any]) -> bool:
    return inspect.iscoroutine(awaitable) and inspect.getcoroutinestate(awaitable) == inspect.CORO_CREATED


# -- the activity dock ---------------------------------------------------------------------------
class BusyIndicator(QWidget):
    """A status-bar progress bar (busy bar when indeterminate) and what is running; hidden when idle."""

    #: Seconds between two refreshes at most (about ten a second).
    REFRESH_INTERVAL = 0.1

    def __init__(self, model: ActivityModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("busyIndicator")
        self._model = model
        self.label = QLabel(self)
        self.bar = QProgressBar(self)
        self.bar.setTextVisible(False)
        self.bar.setFixedWidth(120)
        self.bar.setMaximumHeight(self.fontMetrics().height())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        # Progress arrives many times a second and every run starting or ending changes the line:
        # at most one refresh per REFRESH_INTERVAL (the first at once, the last one too).
        self._last_refresh = float("-inf")
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._refresh)
        model.busyChanged.connect(self._schedule)
        model.dataChanged.connect(self._schedule)
        model.rowsInserted.connect(self._schedule)
        self._refresh()

    def _schedule(self, *_: Any) -> None:
        if self._timer.isActive():
            return  # a refresh is due: it will show the latest state
        wait = self._last_refresh + self.REFRESH_INTERVAL - time.monotonic()
        if wait <= 0:
            self._refresh()
        else:
            self._timer.start(max(1, int(wait * 1000)))

    def _refresh(self, *_: Any) -> None:
        self._last_refresh = time.monotonic()
        self._timer.stop()
        running = self._model.running()
        if not running:
            self.hide()
            return
        op = running[-1]
        self.label.setText(self.tr("{operation} (+{count} more)").format(operation=op.title, count=len(running) - 1)
                           if len(running) > 1 else op.title)
        if op.fraction is None:
            self.bar.setRange(0, 0)
        else:
            self.bar.setRange(0, 1000)
            self.bar.setValue(int(op.fraction * 1000))
        self.show()
