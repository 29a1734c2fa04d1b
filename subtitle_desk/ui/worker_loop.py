"""A plain asyncio event loop on a thread of its own, for long transfers (uploads, video downloads).

The qasync loop shares the main thread with Qt's painting, layout and slots: a multi-GB transfer
on it is slowed by the window and makes the window stall. ``await worker.run(fn, *args)`` on the
UI loop runs ``fn(*args)`` as a task on the worker loop instead, and:

* progress: with ``on_progress=callback``, ``fn`` gets a thread-safe ``on_progress`` of its own;
  what it reports reaches ``callback`` on the awaiting (UI) loop, at most once per
  ``progress_interval`` (the latest value; values ``keep_progress(value)`` marks are all delivered,
  in order). The last value is delivered before ``run`` returns or raises, none after a cancel;
* cancellation: cancelling the awaiting task cancels the worker task (an ``asyncio.CancelledError``
  inside ``fn``, whose own cancellation path runs), and the awaiting task ends only once the
  worker task has: what it left behind is settled when the caller looks;
* the result, or the very exception ``fn`` raised (``ServiceError`` ...), comes back to the caller.

With ``nice`` (Linux), the worker thread and the file readers it starts run at that lower CPU
priority. The runner's worker does not use it (``runner.TRANSFER_NICE``): its Python code shares
the GIL with the window's, and a thread holding the GIL while it waits for a CPU at a low priority
makes the window wait behind it.

A client worth keeping between calls (an HTTP client and its open connections: making one loads
the TLS certificates, milliseconds of CPU) is ``current_worker().resource(key, factory)``: made
on the worker loop the first time, closed there when the loop ends.

The app's thread rules hold: the loop is an explicit ``SelectorEventLoop`` (under ``qasync.run``
the policy's new loops are Qt loops), its executor plain threads; garbage is collected on the main
thread only. ``fn`` and its arguments must be plain Python or Qt value types (a ``QImage`` may come
back), never ``QObject``s, and ``fn`` makes the
clients bound to a loop (``httpx.AsyncClient``: ``open_services(settings, secrets)``) on the worker
loop and closes them there. The progress callback is dropped on the awaiting side when the run
ends, and the call's record stays referenced there until the worker task has settled, so nothing
of the UI is ever freed on the worker thread.
"""

from __future__ import annotations

import asyncio
import contextvars
import logging
import os
import sys
import threading
from collections.abc import Callable, Coroutine
from concurrent.futures import ThreadPoolExecutor
from typing import Any

__all__ = ["WorkerLoop", "current_worker"]

log = logging.getLogger(__name__)


class _Progress:
    """Progress from the worker thread to the awaiting loop: ``put`` on the worker, delivery on the
    awaiting loop, throttled to one batch per ``interval``."""

    def __init__(self, home: asyncio.AbstractEventLoop, callback: Callable[[Any], Any], interval: float,
                 keep: Callable[[Any], bool] | None) -> None:
        self._home = home
        self._callback: Callable[[Any], Any] | None = callback
        self._interval = max(0.0, interval)
        self._keep = keep
        self._lock = threading.Lock()
        self._pending: list[Any] = []
        self._last_kept = True  # a new plain value appends rather than replaces
        self._posted = False
        self._closed = False
        self._delivered_at = float("-inf")
        self._timer: asyncio.TimerHandle | None = None

    def put(self, value: Any) -> None:
        """Worker thread: keep ``value`` (it replaces a plain value not yet delivered)."""
        kept = bool(self._keep is not None and self._keep(value))
        with self._lock:
            if self._closed:
                return
            if self._pending and not self._last_kept and not kept:
                self._pending[-1] = value
            else:
                self._pending.append(value)
            self._last_kept = kept
            if self._posted:
                return
            self._posted = True
        try:
            self._home.call_soon_threadsafe(self._arm, context=contextvars.Context())
        except RuntimeError:  # the awaiting loop is closed: nobody is listening
            pass

    def _arm(self) -> None:
        if self._closed:
            return
        wait = self._delivered_at + self._interval - self._home.time()
        if wait > 0:
            self._timer = self._home.call_later(wait, self._drain)
        else:
            self._drain()

    def _drain(self) -> None:
        self._timer = None
        with self._lock:
            values, self._pending = self._pending, []
            self._last_kept, self._posted = True, False
        if self._closed or not values:
            return
        self._delivered_at = self._home.time()
        for value in values:
            callback = self._callback
            if callback is None:
                return
            callback(value)

    def flush(self) -> None:
        """Deliver what is pending now (the worker task has ended)."""
        if self._timer is not None:
            self._timer.cancel()
        try:
            self._drain()
        except Exception as exc:  # noqa: BLE001 - a callback's bug, not the worker's outcome
            self._home.call_exception_handler({"message": "progress callback failed", "exception": exc})
        self.close()

    def close(self) -> None:
        """Awaiting loop: nothing more is delivered, and the callback (which may hold Qt objects)
        is dropped here, so the worker's last reference to this object frees nothing of the UI."""
        with self._lock:
            self._closed = True
            self._pending = []
        self._callback = None
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None


#: Outcomes whose caller's loop had closed: kept, rather than freed on the worker thread.
_UNDELIVERED: list[Any] = []


class _Call:
    """One ``run``: started, cancelled and settled on the worker thread; its outcome posted to the
    awaiting loop as ``done``'s result (``("ok", value)``, ``("error", exc)`` or ``("cancelled", None)``)."""

    def __init__(self, worker: "WorkerLoop", fn: Callable[..., Coroutine[Any, Any, Any]], args: tuple,
                 kwargs: dict[str, Any], home: asyncio.AbstractEventLoop) -> None:
        self.worker = worker
        self.fn, self.args, self.kwargs = fn, args, kwargs
        self.home = home
        self.done: asyncio.Future[tuple[str, Any]] = home.create_future()
        # Worker thread only:
        self.task: asyncio.Task | None = None
        self.cancelled = False

    def start(self) -> None:
        fn, args, kwargs = self.fn, self.args, self.kwargs
        self.fn, self.args, self.kwargs = None, (), {}  # type: ignore[assignment]
        if self.cancelled or self.worker._stopping:
            self._post("cancelled", None)
            return
        try:
            coro = fn(*args, **kwargs)
            self.task = asyncio.get_running_loop().create_task(coro, context=contextvars.Context())
        except Exception as exc:  # noqa: BLE001 - fn itself failed: the caller gets it
            self._post("error", exc)
            return
        self.task.add_done_callback(self._settle)

    def cancel(self) -> None:
        self.cancelled = True
        if self.task is not None:
            self.task.cancel()

    def _settle(self, task: asyncio.Task) -> None:
        self.task = None
        if task.cancelled():
            self._post("cancelled", None)
        elif task.exception() is not None:
            self._post("error", task.exception())
        else:
            self._post("ok", task.result())

    def _post(self, kind: str, value: Any) -> None:
        try:
            self.home.call_soon_threadsafe(self._settled, kind, value, context=contextvars.Context())
        except RuntimeError:  # the awaiting loop is closed (the app is ending): never freed here
            log.debug("worker call ended (%s) after its caller's loop closed", kind)
            _UNDELIVERED.append(self)

    def _settled(self, kind: str, value: Any) -> None:  # on the awaiting loop
        if not self.done.done():
            self.done.set_result((kind, value))
        self.worker._parked.discard(self)


_this_thread = threading.local()


def current_worker() -> "WorkerLoop":
    """The worker loop the calling code runs on; RuntimeError on any other thread."""
    worker = getattr(_this_thread, "worker", None)
    if worker is None:
        raise RuntimeError("not running on a worker loop")
    return worker


class WorkerLoop:
    """A plain asyncio loop on a daemon thread, started on first use; ``run`` is awaited on another
    loop (the UI's). ``stop``/``aclose`` cancel what still runs there, let it unwind, and end it."""

    def __init__(self, name: str = "transfers", *, io_threads: int = 4, nice: int = 0) -> None:
        self.name = name
        self._io_threads = io_threads
        self._nice = nice
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()
        self._lock = threading.Lock()
        self._closed = False
        self._stopping = False  # set on the worker thread once the loop is told to stop
        #: Calls whose caller stopped waiting (cancelled twice): held on the awaiting side until
        #: they settle, so the worker never drops the last reference to them.
        self._parked: set[_Call] = set()
        #: ``resource``'s objects by key (worker thread only).
        self._resources: dict[str, Any] = {}

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    @property
    def thread(self) -> threading.Thread | None:
        return self._thread

    @property
    def loop(self) -> asyncio.AbstractEventLoop:
        """The worker loop (starting it first)."""
        self.start()
        assert self._loop is not None
        return self._loop

    def start(self) -> None:
        with self._lock:
            if self._closed:
                raise RuntimeError(f"the {self.name} worker loop is closed")
            if self._thread is None:
                self._thread = threading.Thread(target=self._main, name=f"{self.name}-loop", daemon=True)
                self._thread.start()
        self._ready.wait()
        if self._loop is None:
            raise RuntimeError(f"the {self.name} worker loop could not start")

    def resource(self, key: str, factory: Callable[[], Any]) -> Any:
        """On the worker loop: what ``factory()`` made the first time ``key`` was asked for, kept
        for later calls and closed (its ``aclose()`` awaited) when the loop ends."""
        if getattr(_this_thread, "worker", None) is not self:
            raise RuntimeError(f"{self.name} worker resources are used on its own loop only")
        value = self._resources.get(key)
        if value is None:
            value = self._resources[key] = factory()
        return value

    def _main(self) -> None:
        _this_thread.worker = self
        if self._nice and sys.platform.startswith("linux"):
            try:  # this thread only (a Linux thread is a task); threads it starts inherit it
                os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), self._nice)
            except OSError as exc:
                log.debug("cannot lower the %s thread's priority: %s", self.name, exc)
        try:
            loop = asyncio.SelectorEventLoop()
            loop.set_default_executor(ThreadPoolExecutor(self._io_threads, thread_name_prefix=f"{self.name}-io"))
            self._loop = loop
        finally:
            self._ready.set()  # start() reports a loop that could not be made
        if self._loop is None:
            return
        try:
            loop.run_forever()
            self._stopping = True
            # Told to stop: cancel what is left and let it unwind (its HTTP clients close).
            tasks = asyncio.all_tasks(loop)
            for task in tasks:
                task.cancel()
            if tasks:  # gather() of nothing would ask the (qasync) policy for a loop
                loop.run_until_complete(asyncio.gather(*tasks, return_exceptions=True))
            self._close_resources(loop)
            loop.run_until_complete(asyncio.sleep(0))  # calls posted before the stop settle
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.run_until_complete(loop.shutdown_default_executor())
        finally:
            loop.close()

    def _close_resources(self, loop: asyncio.AbstractEventLoop) -> None:
        resources, self._resources = self._resources, {}
        for key, value in resources.items():
            close = getattr(value, "aclose", None)
            if close is None:
                continue
            try:
                loop.run_until_complete(close())
            except Exception as exc:  # noqa: BLE001 - closing at exit: nothing to tell the user
                log.debug("closing the %s worker's %s failed: %s", self.name, key, exc)

    async def run(self, fn: Callable[..., Coroutine[Any, Any, Any]], /, *args: Any,
                  on_progress: Callable[[Any], Any] | None = None, progress_interval: float = 0.1,
                  keep_progress: Callable[[Any], bool] | None = None, **kwargs: Any) -> Any:
        """Await ``fn(*args, **kwargs)`` run on the worker loop (see the module doc)."""
        home = asyncio.get_running_loop()
        loop = self.loop
        if home is loop:
            raise RuntimeError("WorkerLoop.run is awaited from another loop, not its own")
        progress = None
        if on_progress is not None:
            progress = _Progress(home, on_progress, progress_interval, keep_progress)
            kwargs["on_progress"] = progress.put
        call = _Call(self, fn, args, kwargs, home)
        loop.call_soon_threadsafe(call.start, context=contextvars.Context())
        try:
            kind, value = await asyncio.shield(call.done)
        except asyncio.CancelledError:
            if progress is not None:
                progress.close()
            try:
                loop.call_soon_threadsafe(call.cancel, context=contextvars.Context())
            except RuntimeError:  # the worker loop is closed: its tasks were cancelled already
                raise asyncio.CancelledError() from None
            try:
                await asyncio.shield(call.done)  # the transfer's own cancellation path runs
            except asyncio.CancelledError:  # asked again: stop waiting, keep it referenced here
                if not call.done.done():
                    self._parked.add(call)
            raise
        if progress is not None:
            progress.close() if kind == "cancelled" else progress.flush()
        if kind == "cancelled":  # the worker loop is stopping
            raise asyncio.CancelledError()
        if kind == "error":
            try:
                raise value
            finally:
                value = None
        return value

    def _end(self) -> threading.Thread | None:
        """Take no more work and tell the worker loop to stop; its thread, if it ever started."""
        with self._lock:
            self._closed = True
            thread, loop = self._thread, self._loop
        if thread is None or loop is None:
            return None
        try:
            loop.call_soon_threadsafe(loop.stop)
        except RuntimeError:  # already closed
            pass
        return thread

    def stop(self, timeout: float | None = 10.0) -> None:
        """Cancel what runs on the worker loop, wait up to ``timeout`` s for it to unwind, end it."""
        thread = self._end()
        if thread is None:
            return
        thread.join(timeout)
        if not thread.is_alive():
            self._parked.clear()

    async def aclose(self, timeout: float = 10.0) -> None:
        """``stop`` without blocking the awaiting loop; outcomes posted meanwhile are delivered."""
        thread = self._end()
        if thread is None:
            return
        await asyncio.get_running_loop().run_in_executor(None, thread.join, timeout)
        await asyncio.sleep(0)  # the outcomes posted while it unwound
        if not thread.is_alive():
            self._parked.clear()
