"""The cielo24 page on the real cielo24 emulator (127.0.0.1): the jobs list, a new job with media
from a local file (with upload progress) or a URL, the transcription order, the job followed until
Complete, and its captions opened in the editor."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QGroupBox, QWidget

from subtitle_desk.emulators.demo import demo_resources_dir
from subtitle_desk.ui.desk import cielo24
from subtitle_desk.ui.runner import OpState
from tests.ui.conftest import wait_until

COMPLETE_JOB = "3f1c5d7e9b2a4c6d8e0f1a2b3c4d5e6f"
NO_MEDIA_JOB = "d6f8b0c2e4a64d8f0b2c4e6a8d0f2b4c"
FAILED_JOB = "c4e6a8b0d2f44c6e8a0b2d4f6c8e0a2b"


@pytest.fixture
def part(context, desk, loop, emulators):
    installed = cielo24.install(context)
    # Each status check moves a job one step (Authorizing, Pending, In Process, Complete):
    # check often so a test sees every step without waiting for real time to pass.
    installed.controller.poll_interval = 0.01
    yield installed
    desk.autosaver.stop()
    desk.autosaver.stop = lambda: None
    context.runner.cancel_all()
    wait_until(loop, lambda: not context.runner.running_names(), timeout=20)


@pytest.fixture
def demo_video(tmp_path):
    target = tmp_path / "festival-interview.mp4"
    shutil.copy(demo_resources_dir() / "subtitle-desk-demo.mp4", target)
    return target


def settle(context, loop, predicate=lambda: True, timeout: float = 15) -> None:
    """Wait for ``predicate`` and for every request to finish (a request left half way when the
    test stops running the loop would resume outside it)."""
    wait_until(loop, lambda: predicate() and not context.runner.running_names(), timeout=timeout)


def show(context, loop, part):
    context.window.show_page(cielo24.PAGE)
    settle(context, loop, lambda: part.controller.jobs.rows)
    return part.page


def status_of(part, job_id):
    return (part.controller.jobs.job(job_id) or {}).get("JobStatus")


def accept(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def newest_job_id(part, name):
    return next(str(i["JobId"]) for i in part.controller.jobs.rows if i.get("JobName") == name)


def transcribed_from_file(context, loop, part, page, name, video) -> str:
    """Send ``video`` as a new job ``name`` with a transcription; wait until it is Complete."""
    dialog = page.open_new_dialog()
    dialog.name_edit.setText(name)
    dialog.file_edit.setText(str(video))
    dialog.transcribe_box.setChecked(True)
    accept(dialog)
    settle(context, loop, lambda: name in [i.get("JobName") for i in part.controller.jobs.rows]
           and status_of(part, newest_job_id(part, name)) == "Complete")
    return newest_job_id(part, name)


def test_the_jobs_list_shows_every_job_with_its_status(context, loop, part):
    show(context, loop, part)

    assert status_of(part, COMPLETE_JOB) == "Complete"
    assert status_of(part, FAILED_JOB) == "Media Failure"


def test_a_job_without_media_reads_waiting_for_media(context, loop, part):
    page = show(context, loop, part)

    page.select_job(NO_MEDIA_JOB)
    settle(context, loop, lambda: "Tasks" in part.controller.jobs.job(NO_MEDIA_JOB))

    model = part.controller.jobs
    row = model.row_of(NO_MEDIA_JOB)
    assert model.index(row, model.column_of("JobStatus")).data() == "Waiting for media"


def test_a_complete_job_can_be_opened_in_the_editor(context, loop, part):
    page = show(context, loop, part)

    page.select_job(COMPLETE_JOB)
    settle(context, loop)

    assert page.open_button.isEnabled()
    assert not page.order_button.isEnabled()


def test_a_job_waiting_for_media_offers_add_media_and_says_so(context, loop, part):
    page = show(context, loop, part)

    page.select_job(NO_MEDIA_JOB)
    settle(context, loop, lambda: "Tasks" in part.controller.jobs.job(NO_MEDIA_JOB))

    assert page.media_button.isEnabled()
    assert "waiting for media" in page.next_step.text()


def test_a_media_failure_says_what_to_do(context, loop, part):
    page = show(context, loop, part)

    page.select_job(FAILED_JOB)
    settle(context, loop)

    assert "could not use this job's media" in page.next_step.text()


def test_a_local_file_becomes_a_new_jobs_media_with_upload_progress(context, loop, part, demo_video, emulators):
    page = show(context, loop, part)
    dialog = page.open_new_dialog()
    dialog.name_edit.setText("Festival interview, take 2")
    dialog.file_radio.setChecked(True)
    dialog.file_edit.setText(str(demo_video))
    dialog.transcribe_box.setChecked(False)
    fractions: list[float] = []
    context.activity.dataChanged.connect(
        lambda *_: fractions.extend(o.fraction for o in context.activity.running()
                                    if o.title.startswith("cielo24: new job") and o.fraction is not None))

    accept(dialog)
    settle(context, loop, lambda: emulators.cielo24.state.uploads)

    upload = emulators.cielo24.state.uploads[-1]
    assert upload.size == demo_video.stat().st_size
    assert fractions and max(fractions) == 1.0 and min(fractions) < 1.0
    job_id = newest_job_id(part, "Festival interview, take 2")
    assert part.controller.local_media(job_id) == str(demo_video.resolve())


def test_requesting_a_transcription_follows_the_job_to_complete(context, loop, part, demo_video):
    page = show(context, loop, part)
    dialog = page.open_new_dialog()
    dialog.name_edit.setText("Keynote")
    dialog.file_edit.setText(str(demo_video))
    dialog.transcribe_box.setChecked(True)
    dialog.fidelity.setCurrentIndex(dialog.fidelity.findData("PREMIUM"))
    dialog.turnaround.setCurrentIndex(dialog.turnaround.findData("PRIORITY"))
    seen: list[str] = []
    part.controller.jobChanged.connect(
        lambda job_id: seen.append(str((part.controller.jobs.job(job_id) or {}).get("JobStatus"))))

    accept(dialog)
    settle(context, loop, lambda: "Keynote" in [i.get("JobName") for i in part.controller.jobs.rows]
           and status_of(part, newest_job_id(part, "Keynote")) == "Complete")

    job = part.controller.jobs.job(newest_job_id(part, "Keynote"))
    assert (job["Fidelity"], job["Priority"]) == ("PREMIUM", "PRIORITY")
    assert {"Authorizing", "In Process", "Complete"} <= set(seen)
    follow = [o for o in context.activity.operations() if o.title.startswith("cielo24: following")]
    assert follow and follow[-1].state is OpState.DONE


def test_a_media_url_job_then_a_transcription_request_from_the_page(context, loop, part):
    page = show(context, loop, part)
    dialog = page.open_new_dialog()
    dialog.name_edit.setText("Webinar")
    dialog.url_radio.setChecked(True)
    dialog.url_edit.setText("https://media.example.com/webinar-2026.mp4")
    dialog.transcribe_box.setChecked(False)
    accept(dialog)
    settle(context, loop, lambda: "Webinar" in [i.get("JobName") for i in part.controller.jobs.rows])
    job_id = newest_job_id(part, "Webinar")
    page.select_job(job_id)
    settle(context, loop)
    assert page.order_button.isEnabled()

    order = page.open_order_dialog()
    order.fidelity.setCurrentIndex(order.fidelity.findData("MECHANICAL"))
    accept(order)
    settle(context, loop, lambda: status_of(part, job_id) == "Complete")

    assert part.controller.jobs.job(job_id)["Fidelity"] == "MECHANICAL"


def test_media_can_be_added_to_an_existing_job_waiting_for_it(context, loop, part, demo_video, emulators):
    page = show(context, loop, part)
    page.select_job(NO_MEDIA_JOB)
    settle(context, loop, lambda: page.media_button.isEnabled())

    dialog = page.open_media_dialog()
    dialog.file_radio.setChecked(True)
    dialog.file_edit.setText(str(demo_video))
    dialog.transcribe_box.setChecked(False)
    accept(dialog)
    settle(context, loop, lambda: emulators.cielo24.state.uploads)

    assert emulators.cielo24.state.uploads[-1].job_id == NO_MEDIA_JOB
    assert page.order_button.isEnabled()


def overlapping(container) -> list[tuple[str, str]]:
    """Pairs of ``container``'s visible child widgets that lie over each other."""
    children = [w for w in container.findChildren(QWidget) if w.parentWidget() is container and w.isVisible()]
    return [(a.objectName() or type(a).__name__, b.objectName() or type(b).__name__)
            for i, a in enumerate(children) for b in children[i + 1:] if a.geometry().intersects(b.geometry())]


def test_the_add_media_dialog_names_its_job_and_no_widget_lies_over_another(context, loop, part, qtbot):
    page = show(context, loop, part)
    page.select_job(NO_MEDIA_JOB)
    settle(context, loop, lambda: page.media_button.isEnabled())
    name = part.controller.jobs.job(NO_MEDIA_JOB)["JobName"]

    dialog = page.open_media_dialog()
    qtbot.waitExposed(dialog)

    assert name in dialog.windowTitle() and name in dialog.intro.text()
    media_box = next(box for box in dialog.findChildren(QGroupBox) if box.title() == "Media")
    assert media_box.isVisible()
    assert overlapping(dialog) == []  # nothing over the "Media" group (its title included)
    assert overlapping(media_box) == []
    dialog.reject()


def test_the_new_job_dialog_refuses_a_url_that_is_not_http(context, loop, part):
    page = show(context, loop, part)
    dialog = page.open_new_dialog()

    dialog.url_radio.setChecked(True)
    dialog.url_edit.setText("ftp://media.example.com/a.mp4")

    assert not dialog.ok_button.isEnabled()
    assert "http" in dialog.problem.text()


def test_a_refusal_shows_cielo24s_own_message(context, loop, part):
    page = show(context, loop, part)
    dialog = page.open_new_dialog()
    dialog.name_edit.setText("Duplicate")
    dialog.url_radio.setChecked(True)
    dialog.url_edit.setText("https://media.example.com/keynote.mp4")  # the seeded keynote's media
    dialog.transcribe_box.setChecked(False)

    accept(dialog)
    settle(context, loop, lambda: part.controller.error)

    assert "already uses this media_url" in page.banner.label.text()
    failed = [o for o in context.activity.operations() if o.state is OpState.FAILED]
    assert failed and "already uses this media_url" in failed[-1].error


def test_a_url_another_job_uses_is_sent_when_the_user_says_it_is_a_duplicate(context, loop, part):
    page = show(context, loop, part)
    dialog = page.open_new_dialog()
    dialog.name_edit.setText("Keynote again")
    dialog.url_radio.setChecked(True)
    dialog.url_edit.setText("https://media.example.com/keynote.mp4")
    dialog.duplicate_box.setChecked(True)
    dialog.transcribe_box.setChecked(False)

    accept(dialog)
    settle(context, loop, lambda: "Keynote again" in [i.get("JobName") for i in part.controller.jobs.rows])

    assert part.controller.error == ""
    job = part.controller.jobs.job(newest_job_id(part, "Keynote again"))
    assert any(t["TaskType"] == "JOB_ADD_MEDIA" for t in job["Tasks"])


def test_finished_captions_open_in_the_editor_with_the_local_media(context, loop, part, demo_video, cache_dir):
    page = show(context, loop, part)
    job_id = transcribed_from_file(context, loop, part, page, "Demo clip", demo_video)
    assert page.selected_job()["JobId"] == job_id  # a new job is selected once created

    page.open_button.click()
    settle(context, loop, lambda: part.controller.last_session is not None)

    session = part.controller.last_session
    assert session.service == "cielo24" and session.extra["job_id"] == job_id
    assert session.video == str(demo_video.resolve())
    assert session.local_path == context.work_dir / "cielo24" / f"{job_id}.srt"
    assert session.local_path.is_file()
    assert context.window.current_page_key() == "editor"
    assert context.editor.document.cues[0].text == "Welcome to Subtitle Desk."


def test_captions_open_in_the_editor_workspace_with_their_session(context, loop, part, demo_video):
    from subtitle_desk.ui.desk import workspace as workspace_module

    workspace = workspace_module.install(context)
    try:
        page = show(context, loop, part)
        job_id = transcribed_from_file(context, loop, part, page, "Workspace clip", demo_video)

        page.open_button.click()
        settle(context, loop, lambda: workspace.session is not None)

        session = workspace.session
        assert (session.service, session.extra["job_id"]) == ("cielo24", job_id)
        assert session.video == str(demo_video.resolve())
        assert context.editor.path == session.local_path
        assert context.window.current_page_key() == "editor"
    finally:
        workspace.media.panel.shutdown()


def test_without_an_account_the_page_asks_to_set_up_cielo24_in_settings(context, loop, part, emulators):
    context.secrets.set("cielo24.api_key", "", persist=False)
    context.reconfigure(emulators.settings())

    context.window.show_page(cielo24.PAGE)

    assert part.page.stack.currentIndex() == 1 and part.page.setup_prompt.isVisible()
    assert "Set up cielo24 in Settings" in part.page.setup_prompt.text()
