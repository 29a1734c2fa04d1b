"""Uploading videos to Dotsub from the Upload page, on the real Dotsub and storage emulators
(127.0.0.1): the form, the queue (two at a time), progress, cancel, retry and the remote state."""

from __future__ import annotations

import asyncio
import logging
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QWidget

from subtitle_desk.ui.desk import uploads
from subtitle_desk.ui.desk.uploads import UploadState
from subtitle_desk.ui.desk.uploads import queue as queue_module
from subtitle_desk.ui.runner import OpState
from tests.ui.conftest import wait_until as _wait_until


MB = 1 << 20


def wait_until(loop, predicate, timeout: float = 5.0) -> None:
    """``tests.ui.conftest.wait_until``, with the loop still marked running during the last
    ``processEvents`` qasync's ``run_until_complete`` makes after stopping: an upload's
    connection attempt (anyio) resumed there would otherwise fail with "no running event loop",
    which never happens in the app (``qasync.run`` keeps the loop running)."""
    after = loop._after_run_forever

    def keep_running() -> None:
        after()
        asyncio.events._set_running_loop(loop)

    loop._after_run_forever = keep_running
    try:
        _wait_until(loop, predicate, timeout)
    finally:
        del loop._after_run_forever
        asyncio.events._set_running_loop(None)


@pytest.fixture(autouse=True)
def settle_first(qtbot):
    """What must run before the window closes: pytest-qt closes and deletes a test's widgets
    before the fixtures' teardown, in the order they were added; this one is added first."""
    steps: list = []
    marker = QWidget()
    qtbot.addWidget(marker, before_close_func=lambda _: [step() for step in steps])
    return steps


@pytest.fixture
def part(context, desk, loop, settle_first):
    part = uploads.install(context)
    part.queue.backoff = 0.0

    def settle() -> None:
        # Uploads still running unwind on the transfer thread, then update the window's models:
        # cancel them and let them finish while the window exists; end the transfer thread.
        part.queue.cancel_all()
        wait_until(loop, lambda: not context.runner.running_names(), timeout=20)
        loop.run_until_complete(context.runner.aclose())

    settle_first.append(settle)
    yield part
    # The context fixture's teardown runs the event loop, which deletes the window pytest-qt
    # closed, before desk_factory stops the autosaver: stop it while it still exists.
    desk.autosaver.stop()
    desk.autosaver.stop = lambda: None


@pytest.fixture
def page(context, part, loop):
    context.window.show_page(uploads.UPLOADS_PAGE)
    wait_until(loop, lambda: part.page.loaded, timeout=10)
    part.page.form.project.setCurrentIndex(0)  # the user picks a project (none is chosen for them)
    return part.page


def video(tmp_path: Path, name: str, size: int = 24 * MB) -> Path:
    """A sparse file standing in for a video (the emulator stores whatever bytes arrive)."""
    path = tmp_path / name
    with open(path, "wb") as out:
        out.truncate(size)
    return path


def click(button) -> None:
    """Press the button the way a click does (signals, synchronously) without processing Qt
    events outside the asyncio loop: the next ``wait_until`` runs what the click started."""
    assert button.isEnabled() and button.isVisibleTo(button.window())
    button.click()


def remote(emulators, media_id: str) -> dict:
    with emulators.dotsub.state.lock:
        return dict(emulators.dotsub.state.media[media_id]["uploadDetail"])


def media_count(emulators) -> int:
    with emulators.dotsub.state.lock:
        return len(emulators.dotsub.state.media)


def test_no_project_is_chosen_for_the_user_and_upload_waits_until_one_is(context, part, loop, tmp_path):
    context.window.show_page(uploads.UPLOADS_PAGE)
    wait_until(loop, lambda: part.page.loaded, timeout=10)
    form = part.page.form
    assert form.project.count() > 0 and form.project.currentIndex() == -1
    assert form.project.currentText() == "" and form.project.placeholderText() == "Choose a project…"
    form.add_files([video(tmp_path, "first.mp4", MB)])
    assert not form.upload_button.isEnabled()
    assert "Choose the Dotsub project" in form.upload_button.toolTip()
    form.project.setCurrentIndex(1)
    assert form.upload_button.isEnabled()


def test_the_project_starts_as_the_last_one_used(context, part, loop, tmp_path):
    context.window.show_page(uploads.UPLOADS_PAGE)
    wait_until(loop, lambda: part.page.loaded, timeout=10)
    form = part.page.form
    form.project.setCurrentIndex(2)
    chosen = form.current_project()["projectId"]
    form.add_files([video(tmp_path, "used.mp4", MB)])
    click(form.upload_button)
    wait_until(loop, lambda: all(job.state.finished for job in part.queue.jobs), timeout=15)
    loop.run_until_complete(part.page.reload())  # what the page does when it is next shown
    assert form.current_project()["projectId"] == chosen


def test_the_form_offers_the_organizations_projects_and_languages(page):
    assert page.form.project.count() > 0
    assert page.form.language.count() > 0
    assert page.form.translations.count() == page.form.language.count()


def test_choosing_a_project_preselects_its_language_and_translation_languages(page):
    project = page.form.current_project()
    assert page.form.language.currentData() == project["fallbackMediaLanguage"]["id"]
    assert page.form.translation_ids() == sorted(x["id"] for x in project["translationLanguages"])


def test_a_title_with_characters_dotsub_refuses_is_rejected_before_anything_is_sent(
        page, part, emulators, tmp_path):
    before = media_count(emulators)
    page.form.add_files([video(tmp_path, "pilot.mp4", MB)])
    page.form.set_title(0, "Episode 1: Pilot?")
    click(page.form.upload_button)
    assert page.form.problem.isVisible()
    assert "“:”" in page.form.problem.text() and "“?”" in page.form.problem.text()
    assert "( ) _ - , ." in page.form.problem.text()
    assert part.queue.rowCount() == 0
    assert media_count(emulators) == before


def test_titles_default_to_the_file_name_in_characters_dotsub_allows(page, tmp_path):
    page.form.add_files([video(tmp_path, "show_s01e02 [final]!.mp4", MB)])
    assert page.form.title_at(0) == "show s01e02 final"


def test_dropping_files_on_the_form_adds_them(page, tmp_path):
    files = [video(tmp_path, "a.mp4", MB), video(tmp_path, "b.mov", MB)]
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in files])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    page.form.dropEvent(event)
    assert [page.form.path_at(row) for row in range(page.form.files.rowCount())] == files
    assert page.form.upload_button.text() == "Upload 2 files"


def test_two_files_upload_with_progress_moving_and_end_uploaded_on_dotsub(
        context, page, part, emulators, loop, tmp_path):
    emulators.storage.faults.latency = 0.6  # the storage host holds each body back a little
    page.form.add_files([video(tmp_path, "one.mp4"), video(tmp_path, "two.mp4")])
    seen: dict[str, set[float]] = {"one.mp4": set(), "two.mp4": set()}
    part.queue.jobChanged.connect(lambda job: seen[job.name].add(job.fraction))
    click(page.form.upload_button)
    jobs = part.queue.jobs
    assert [job.state for job in jobs] == [UploadState.CREATING, UploadState.CREATING], [j.error for j in jobs]
    wait_until(loop, lambda: all(job.state is UploadState.DONE for job in jobs), timeout=30)
    for job in jobs:
        assert any(0 < fraction < 1 for fraction in seen[job.name]), job.name
        assert remote(emulators, job.media_id)["status"] == "UPLOADED"
        assert job.remote.endswith(": uploaded; Dotsub is encoding it.")
    titles = {op.title: op.state for op in context.activity.operations()}
    assert titles["Uploading one.mp4 to Dotsub"] is OpState.DONE
    assert titles["Uploading two.mp4 to Dotsub"] is OpState.DONE


def test_at_most_two_files_upload_at_once_and_the_rest_wait_queued(context, page, part, emulators, loop, tmp_path):
    emulators.storage.faults.latency = 0.5
    page.form.add_files([video(tmp_path, f"{n}.mp4", 2 * MB) for n in ("a", "b", "c")])
    click(page.form.upload_button)
    states = [job.state for job in part.queue.jobs]
    assert states == [UploadState.CREATING, UploadState.CREATING, UploadState.QUEUED]
    wait_until(loop, lambda: all(job.state is UploadState.DONE for job in part.queue.jobs), timeout=30)


def test_cancelling_an_upload_stops_it_at_once_and_says_the_media_stays_a_pending_upload(
        context, page, part, emulators, loop, tmp_path):
    emulators.storage.faults.latency = 30  # the body is never taken in before the cancel
    page.form.add_files([video(tmp_path, "long.mp4")])
    click(page.form.upload_button)
    job = part.queue.jobs[0]
    wait_until(loop, lambda: job.state is UploadState.UPLOADING, timeout=10)
    page.panel.select(job)
    click(page.panel.cancel_button)
    assert job.state is UploadState.CANCELLED
    assert "pending upload" in job.remote
    wait_until(loop, lambda: not context.runner.is_running(part.queue.task_name(job)), timeout=2)
    wait_until(loop, lambda: job.remote.startswith("Dotsub lists media"), timeout=10)
    assert remote(emulators, job.media_id)["status"] in ("IN_QUEUE", "UPLOADING")
    assert "pending upload" in job.remote
    assert not [key for key in emulators.storage.keys() if f"/{job.media_id}/" in key]


def test_the_transfer_runs_on_the_worker_thread_progress_comes_back_on_the_ui_thread_and_cancel_reaches_it(
        context, page, part, emulators, loop, tmp_path, monkeypatch, caplog):
    emulators.storage.faults.stall_upload_after = 4 * MB  # the host stops reading part-way
    seen: dict[str, object] = {}
    real = queue_module.send_video

    async def watched(*args, on_progress, **kwargs):
        seen["ran on"] = threading.get_ident()
        try:
            return await real(*args, on_progress=on_progress, **kwargs)
        except asyncio.CancelledError:
            seen["cancelled on"] = threading.get_ident()
            raise

    monkeypatch.setattr(queue_module, "send_video", watched)
    shown_on: set[int] = set()
    part.queue.jobChanged.connect(lambda job: 0 < job.fraction < 1 and shown_on.add(threading.get_ident()))
    page.form.add_files([video(tmp_path, "worker.mp4", 64 * MB)])
    click(page.form.upload_button)
    job = part.queue.jobs[0]
    wait_until(loop, lambda: 0 < job.fraction < 1 and 0 < (job.operation.fraction or 0) < 1, timeout=15)
    main = threading.get_ident()
    assert seen["ran on"] == context.runner.worker.thread.ident != main
    assert shown_on == {main}

    caplog.set_level(logging.WARNING, logger="subtitle_desk.core.services.dotsub")
    page.panel.select(job)
    click(page.panel.cancel_button)
    assert job.state is UploadState.CANCELLED
    wait_until(loop, lambda: not context.runner.is_running(part.queue.task_name(job)), timeout=10)
    assert seen["cancelled on"] == seen["ran on"]
    # The engine's own cancellation path ran there, before the run ended on the UI side.
    cancelled = [r for r in caplog.records if "cancelled at" in r.getMessage()]
    assert cancelled and cancelled[0].thread == seen["ran on"]
    assert job.operation.state is OpState.CANCELLED
    wait_until(loop, lambda: job.remote.startswith("Dotsub lists media"), timeout=10)
    assert remote(emulators, job.media_id)["status"] in ("IN_QUEUE", "UPLOADING")
    emulators.storage.faults.release_stalls()


def test_a_failed_upload_shows_the_storage_answer_and_retry_uploads_it_to_the_same_media(
        context, page, part, emulators, loop, tmp_path):
    part.queue.retries = 0  # the engine's own reconnects are off, so the failure reaches the row
    emulators.storage.faults.fail_next = 1
    page.form.add_files([video(tmp_path, "flaky.mp4", 4 * MB)])
    before = media_count(emulators)
    click(page.form.upload_button)
    job = part.queue.jobs[0]
    wait_until(loop, lambda: job.state is UploadState.FAILED, timeout=15)
    assert "503" in job.error
    assert remote(emulators, job.media_id)["status"] == "ERROR"
    assert "upload of media" in job.remote and "as failed" in job.remote and "ERROR" not in job.remote
    page.panel.select(job)
    assert page.panel.retry_button.isEnabled()
    media_id = job.media_id
    click(page.panel.retry_button)
    wait_until(loop, lambda: job.state is UploadState.DONE, timeout=15)
    assert job.media_id == media_id
    assert media_count(emulators) == before + 1
    assert remote(emulators, media_id)["status"] == "UPLOADED"


def test_a_connection_dropped_mid_upload_can_be_retried_to_success(context, page, part, emulators, loop, tmp_path):
    part.queue.retries = 0
    emulators.storage.faults.drop_upload_after = 2 * MB
    page.form.add_files([video(tmp_path, "dropped.mp4", 8 * MB)])
    click(page.form.upload_button)
    job = part.queue.jobs[0]
    wait_until(loop, lambda: job.state is UploadState.FAILED, timeout=15)
    assert "connection was lost" in job.error
    part.queue.retry(job)
    wait_until(loop, lambda: job.state is UploadState.DONE, timeout=15)
    assert remote(emulators, job.media_id)["status"] == "UPLOADED"


def test_delete_media_removes_what_a_cancelled_upload_left_on_dotsub(context, page, part, emulators, loop, tmp_path):
    emulators.storage.faults.latency = 30
    page.form.add_files([video(tmp_path, "unwanted.mp4")])
    click(page.form.upload_button)
    job = part.queue.jobs[0]
    wait_until(loop, lambda: job.state is UploadState.UPLOADING, timeout=10)
    part.queue.cancel(job)
    media_id = job.media_id
    page.panel.select(job)
    click(page.panel.delete_button)
    wait_until(loop, lambda: job.remote == f"Media {media_id} was deleted from Dotsub.", timeout=10)
    with emulators.dotsub.state.lock:
        assert media_id not in emulators.dotsub.state.media


def test_closing_the_window_with_uploads_running_asks_first_and_no_keeps_them(
        context, page, part, emulators, loop, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    emulators.storage.faults.latency = 30
    page.form.add_files([video(tmp_path, "busy.mp4")])
    click(page.form.upload_button)
    job = part.queue.jobs[0]
    wait_until(loop, lambda: job.state is UploadState.UPLOADING, timeout=10)
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kw: asked.append(args[2])
                        or QMessageBox.StandardButton.No)
    assert not all(guard() for guard in context.window.close_guards)
    assert "not finished" in asked[0]
    assert job.state is UploadState.UPLOADING
