"""The task runner: latest wins, cancellation is normal, failures are reported, progress is shown."""

from __future__ import annotations

import asyncio

import pytest

from subtitle_desk.ui.errors import ErrorReporter
from subtitle_desk.ui.runner import ActivityModel, OpState, ReportedError, TaskRunner
from tests.ui.conftest import run


@pytest.fixture
def runner(qtbot, loop) -> TaskRunner:
    return TaskRunner(ActivityModel())


def test_a_new_run_with_the_same_name_cancels_the_stale_one(loop, runner):
    started = asyncio.Event()

    async def slow() -> str:
        started.set()
        await asyncio.Event().wait()
        return "stale"

    async def scenario():
        first = runner.run("search", slow)
        await started.wait()
        second = runner.run("search", asyncio.sleep(0, result="fresh"))
        return first, await second

    first, result = run(loop, scenario())

    assert first.cancelled()
    assert result == "fresh"


def test_a_run_replaced_before_it_started_is_cancelled_cleanly(loop, runner):
    async def never() -> None:
        await asyncio.Event().wait()

    async def scenario():
        first = runner.run("open", never)
        second = runner.run("open", asyncio.sleep(0, result="second"))
        return first, await second

    first, result = run(loop, scenario())

    assert first.cancelled() and result == "second"


def test_runs_with_different_names_do_not_cancel_each_other(loop, runner):
    async def scenario():
        a = runner.run("a", asyncio.sleep(0, result=1))
        b = runner.run("b", asyncio.sleep(0, result=2))
        return await a, await b

    assert run(loop, scenario()) == (1, 2)


def test_cancellation_is_not_reported_as_a_failure(loop, runner, qtbot):
    async def scenario():
        task = runner.run("upload", asyncio.Event().wait, title="Uploading")
        await asyncio.sleep(0)
        runner.cancel("upload")
        await asyncio.gather(task, return_exceptions=True)

    with qtbot.assertNotEmitted(runner.failed):
        run(loop, scenario())

    assert runner.activity.operation(0).state is OpState.CANCELLED


def test_an_exception_is_reported_through_the_failed_signal(loop, runner, qtbot):
    async def broken() -> None:
        raise RuntimeError("disk on fire")

    with qtbot.waitSignal(runner.failed) as failed:
        run(loop, runner.run("save", broken(), title="Saving"))

    name, error = failed.args
    assert name == "save" and str(error) == "disk on fire"
    assert runner.activity.operation(0).state is OpState.FAILED
    assert runner.activity.operation(0).error == "disk on fire"


def test_an_already_reported_error_fails_the_operation_without_a_second_report(loop, runner, qtbot):
    async def refused() -> None:
        raise ReportedError("episode.srt, line 6: expected a timing line")

    with qtbot.assertNotEmitted(runner.failed):
        run(loop, runner.run("open", refused(), title="Opening"))

    assert runner.activity.operation(0).error == "episode.srt, line 6: expected a timing line"


def test_the_operation_handle_reports_progress_to_the_activity_model(loop, runner):
    seen = []

    async def download(op) -> None:
        op.progress(0.25, "45 MB of 180 MB, 80 MB/s, 2 s left")
        seen.append((op.fraction, op.detail))

    run(loop, runner.run("download", download, title="Downloading"))

    assert seen == [(0.25, "45 MB of 180 MB, 80 MB/s, 2 s left")]
    index = runner.activity.index(0)
    assert index.data(ActivityModel.StateRole) == "done"
    assert index.data(ActivityModel.FractionRole) == 1.0


def test_the_activity_model_is_busy_while_an_operation_runs(loop, runner, qtbot):
    gate = asyncio.Event()
    states = []
    runner.activity.busyChanged.connect(states.append)

    async def scenario():
        task = runner.run("job", gate.wait, title="Waiting")
        await asyncio.sleep(0)
        gate.set()
        await task

    run(loop, scenario())

    assert states == [True, False]


def test_cancelling_from_the_activity_panel_cancels_the_task(loop, qtbot):
    from subtitle_desk.ui.activity_panel import ActivityPanel

    runner = TaskRunner(ActivityModel())
    panel = ActivityPanel(runner.activity)
    qtbot.addWidget(panel)

    async def scenario():
        task = runner.run("upload", asyncio.Event().wait, title="Uploading big.mp4")
        await asyncio.sleep(0)
        panel.select(runner.activity.operation(0))
        assert panel.cancel_button.isEnabled()
        panel.cancel_button.click()
        await asyncio.gather(task, return_exceptions=True)
        return task

    task = run(loop, scenario())

    assert task.cancelled()


def test_the_error_reporter_keeps_a_copyable_report_of_an_unexpected_exception(loop, qtbot):
    reporter = ErrorReporter(show=False)
    try:
        raise ValueError("unexpected")
    except ValueError as exc:
        error = exc

    reporter.excepthook(ValueError, error, error.__traceback__)

    message, details = reporter.reports[0]
    assert "unexpected" in message
    assert "Traceback" in details and "ValueError: unexpected" in details


def test_an_unhandled_exception_in_a_loop_callback_reaches_the_error_reporter(loop, qtbot):
    reporter = ErrorReporter(show=False)
    loop.set_exception_handler(reporter.loop_handler)

    def explode() -> None:
        raise KeyError("lost")

    async def scenario():
        loop.call_soon(explode)
        await asyncio.sleep(0)  # one turn of the loop runs the callback
        await asyncio.sleep(0)

    run(loop, scenario())

    assert reporter.reports and "KeyError" in reporter.reports[0][0]


def test_the_error_dialog_copies_its_details_to_the_clipboard(qtbot):
    from PySide6.QtGui import QGuiApplication

    from subtitle_desk.ui.errors import ErrorDialog

    dialog = ErrorDialog("Unexpected error", "Something went wrong", "Traceback: line 1")
    qtbot.addWidget(dialog)

    dialog.copy_button.click()

    assert QGuiApplication.clipboard().text() == "Something went wrong\n\nTraceback: line 1"
