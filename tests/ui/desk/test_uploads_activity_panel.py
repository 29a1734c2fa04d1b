"""The desk's activity panel over the real ActivityModel and TaskRunner: newest first, Cancel on
each running row, the full message of a failure with Copy, Running only, Cancel all."""

from __future__ import annotations

import asyncio

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest

from subtitle_desk.ui.activity_panel import ActivityPanel, format_elapsed
from subtitle_desk.ui.runner import OpState, ReportedError
from tests.ui.conftest import wait_until


@pytest.fixture
def panel(desk, qtbot):
    panel = ActivityPanel(desk.activity)
    qtbot.addWidget(panel)
    panel.resize(700, 400)
    panel.show()
    yield panel
    desk.runner.cancel_all()


async def wait_forever() -> None:
    await asyncio.Event().wait()


async def refuse(message: str) -> None:
    raise ReportedError(message)


def titles(panel: ActivityPanel) -> list[str]:
    return [panel.proxy.index(row, 0).data() for row in range(panel.proxy.rowCount())]


def test_with_nothing_run_yet_the_panel_says_so(panel):
    assert panel.empty.isVisible()
    assert not panel.view.isVisible()


def test_operations_are_listed_newest_first(panel, desk, loop):
    desk.runner.run("a", asyncio.sleep(0), title="First")
    desk.runner.run("b", wait_forever(), title="Second")
    assert titles(panel) == ["Second", "First"]


def test_the_cancel_button_on_a_running_row_cancels_that_operation(panel, desk, loop):
    desk.runner.run("long", wait_forever(), title="Downloading video")
    wait_until(loop, lambda: desk.activity.running())
    op = desk.activity.running()[0]
    index = panel.proxy.index(0, 0)
    rect = panel.view.visualRect(index)
    button = panel.delegate.cancel_rect(rect, panel.view.fontMetrics().height())
    QTest.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=button.center())
    wait_until(loop, lambda: op.finished)
    assert op.state is OpState.CANCELLED


def test_a_failures_whole_message_is_shown_and_copied(panel, desk, loop):
    message = ("Uploading the video for media 10001 failed at 40 %: the connection was lost "
               "(RemoteProtocolError). Dotsub now lists the media's upload as ERROR; delete it or upload again.")
    desk.runner.run("up", refuse(message), title="Uploading pilot.mp4 to Dotsub")
    wait_until(loop, lambda: desk.activity.operations()[0].finished)
    panel.view.setCurrentIndex(panel.proxy.index(0, 0))
    assert message in panel.message.text()
    panel.copy_button.click()
    assert message in QGuiApplication.clipboard().text()


def test_running_only_hides_finished_operations(panel, desk, loop):
    desk.runner.run("done", asyncio.sleep(0), title="Quick check")
    desk.runner.run("long", wait_forever(), title="Long upload")
    wait_until(loop, lambda: desk.activity.operations()[0].finished)
    panel.running_only.setChecked(True)
    assert titles(panel) == ["Long upload"]


def test_cancel_all_cancels_every_running_operation(panel, desk, loop):
    for name in ("one", "two"):
        desk.runner.run(name, wait_forever(), title=f"Upload {name}")
    panel.cancel_all_button.click()
    wait_until(loop, lambda: not desk.activity.running())
    assert {op.state for op in desk.activity.operations()} == {OpState.CANCELLED}


def test_elapsed_times_read_in_seconds_minutes_and_hours():
    assert format_elapsed(3.21) == "3.2 s"
    assert format_elapsed(65) == "1 min 05 s"
    assert format_elapsed(3725) == "1 h 02 min"
