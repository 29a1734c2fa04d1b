"""The runner's worker loop (ui/worker_loop.py): a coroutine run with ``runner.on_worker`` runs on a
plain asyncio loop on another thread; its progress reaches the UI loop on the main thread,
throttled; cancelling the run from the UI cancels it there and waits for its cleanup; its result
and its exceptions come back as they are."""

from __future__ import annotations

import asyncio
import os
import sys
import threading
import time

import pytest

from subtitle_desk.core.services.errors import UploadError
from subtitle_desk.ui.runner import TRANSFER_NICE, ActivityModel, OpState, TaskRunner
from subtitle_desk.ui.worker_loop import WorkerLoop, current_worker
from tests.ui.conftest import run, wait_until


@pytest.fixture
def runner(qapp, loop):
    runner = TaskRunner(ActivityModel())
    yield runner
    run(loop, runner.aclose())
    assert not runner.worker.running


async def where() -> tuple[int, type]:
    """The thread and the type of loop this runs on."""
    return threading.get_ident(), type(asyncio.get_running_loop())


async def count_to(n: int, pause: float, on_progress) -> int:
    for i in range(1, n + 1):
        on_progress(i)
        await asyncio.sleep(pause)
    on_progress("retry line")
    on_progress(n + 1)
    return n


def test_the_coroutine_runs_on_a_plain_asyncio_loop_on_another_thread(runner, loop):
    ident, loop_type = run(loop, runner.on_worker(where))
    assert ident != threading.get_ident()
    assert ident == runner.worker.thread.ident
    assert issubclass(loop_type, asyncio.SelectorEventLoop)
    assert loop_type is not type(loop)  # not a qasync (Qt) loop


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="per-thread nice is Linux's")
def test_a_worker_loop_can_run_its_threads_at_a_lower_priority_and_the_transfers_one_keeps_the_windows(runner, loop):
    async def priority() -> int:
        return os.getpriority(os.PRIO_PROCESS, threading.get_native_id())

    main = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
    # The transfers share the GIL with the window: a lower priority made the window wait behind them.
    assert run(loop, runner.on_worker(priority)) == main + TRANSFER_NICE == main
    niced = WorkerLoop("background", nice=5)
    try:
        assert run(loop, niced.run(priority)) == min(19, main + 5)
    finally:
        run(loop, niced.aclose())
    assert os.getpriority(os.PRIO_PROCESS, threading.get_native_id()) == main


def test_progress_reaches_the_ui_thread_throttled_and_the_last_value_before_the_result(runner, loop):
    seen: list[tuple[object, int, float]] = []

    def progress(value) -> None:
        seen.append((value, threading.get_ident(), time.monotonic()))

    started = time.monotonic()
    result = run(loop, runner.on_worker(count_to, 300, 0.002, on_progress=progress, progress_interval=0.1,
                                        keep_progress=lambda v: isinstance(v, str)))
    elapsed = time.monotonic() - started
    assert result == 300
    assert {ident for _, ident, _ in seen} == {threading.get_ident()}
    values = [value for value, _, _ in seen]
    assert values[-2:] == ["retry line", 301]  # a kept value is never skipped; the last comes too
    times = [at for _, _, at in seen]
    batches = [b for a, b in zip([float("-inf"), *times], times) if b - a > 0.005]
    gaps = [b - a for a, b in zip(batches, batches[1:-1])]
    assert all(gap >= 0.09 for gap in gaps), gaps  # one batch per interval (the last: at the end)
    assert len(batches) <= elapsed / 0.1 + 2, values
    ints = [v for v in values if isinstance(v, int)]
    assert ints == sorted(ints) and len(ints) >= 2


def test_cancelling_the_run_from_the_ui_cancels_the_coroutine_and_waits_for_its_cleanup(runner, loop):
    state: dict[str, object] = {}
    running = threading.Event()

    async def transfer(on_progress) -> None:
        state["thread"] = threading.get_ident()
        running.set()
        on_progress(0.5)
        try:
            await asyncio.Event().wait()
        except asyncio.CancelledError:
            state["cancelled on"] = threading.get_ident()
            await asyncio.sleep(0.2)  # a cleanup that takes a while (closing connections)
            state["cleaned up"] = True
            raise

    progress: list[float] = []
    task = runner.run("transfer", lambda op: runner.on_worker(transfer, on_progress=progress.append),
                      title="Transfer")
    op = runner.activity.operations()[0]
    wait_until(loop, lambda: running.is_set() and progress)
    assert runner.cancel("transfer")
    wait_until(loop, task.done)
    assert state["cancelled on"] == state["thread"] != threading.get_ident()
    assert state.get("cleaned up") is True  # the UI task ended only after the worker's cleanup
    assert task.cancelled()
    assert op.state is OpState.CANCELLED


def test_an_error_comes_back_as_the_same_exception(runner, loop):
    raised = UploadError("the storage host refused the file", service="Dotsub", status=403)
    failures: list[tuple[str, object]] = []
    runner.failed.connect(lambda name, exc: failures.append((name, exc)))

    async def refuse() -> None:
        raise raised

    with pytest.raises(UploadError) as caught:
        run(loop, runner.on_worker(refuse))
    assert caught.value is raised
    task = runner.run("refused", lambda: runner.on_worker(refuse), title="Upload")
    wait_until(loop, task.done)
    assert failures == [("refused", raised)]
    assert runner.activity.operations()[-1].error == "the storage host refused the file"


def test_closing_the_worker_cancels_what_still_runs_there(qapp, loop):
    worker = WorkerLoop("test")
    cancelled = threading.Event()

    async def forever() -> None:
        try:
            await asyncio.Event().wait()
        except asyncio.CancelledError:
            cancelled.set()
            raise

    async def scenario() -> None:
        pending = asyncio.ensure_future(worker.run(forever))
        await asyncio.sleep(0.05)
        await worker.aclose()
        with pytest.raises(asyncio.CancelledError):
            await pending

    run(loop, scenario())
    assert cancelled.is_set()
    assert not worker.running
    with pytest.raises(RuntimeError):
        worker.start()


def test_a_client_kept_on_the_worker_is_made_once_shared_by_later_calls_and_closed_with_the_loop(qapp, loop):
    worker = WorkerLoop("test")
    made: list["Client"] = []

    class Client:
        def __init__(self) -> None:
            self.thread = threading.get_ident()
            self.closed_on: int | None = None
            made.append(self)

        async def aclose(self) -> None:
            self.closed_on = threading.get_ident()

    async def use() -> int:
        return id(current_worker().resource("client", Client))

    async def scenario() -> tuple[int, int]:
        first = await worker.run(use)
        second = await worker.run(use)
        await worker.aclose()
        return first, second

    first, second = run(loop, scenario())
    assert first == second and len(made) == 1
    assert made[0].thread == made[0].closed_on != threading.get_ident()
    with pytest.raises(RuntimeError):
        current_worker()  # not on the UI thread
    other = WorkerLoop("other")
    with pytest.raises(RuntimeError):
        other.resource("client", Client)  # only on its own loop
