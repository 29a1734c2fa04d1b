"""The DatoCMS page on the real DatoCMS, Dotsub and storage emulators (127.0.0.1): finding a
video, its tracks and their status, publishing the open subtitles, a Dotsub media's languages in
one batch, generating subtitles and deleting a track, each job followed until its track is ready
or errored."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from subtitle_desk.core.formats import read_path
from subtitle_desk.emulators.datocms import ERRORED_TRACK, VIDEO_WITH_TRACKS, VIDEO_WITHOUT_TRACKS
from subtitle_desk.ui.desk import datocms
from subtitle_desk.ui.desk.datocms.models import JobState
from subtitle_desk.ui.runner import OpState
from tests.ui.conftest import wait_until


@pytest.fixture
def part(context, desk, loop, emulators):
    # Jobs stay pending for one poll and tracks prepare briefly: every stage is observable.
    emulators.datocms.state.job_pending_polls = 1
    emulators.datocms.state.track_preparing_seconds = 0.3
    installed = datocms.install(context)
    yield installed
    desk.autosaver.stop()
    desk.autosaver.stop = lambda: None
    wait_until(loop, lambda: not context.runner.running_names(), timeout=20)


def show(context, loop, part, upload_id: str = VIDEO_WITH_TRACKS):
    """Show the page and the video, and let every request finish: a request left half way when
    the test stops running the loop would resume outside it."""
    page = part.page
    context.window.show_page(datocms.PAGE)
    settle(context, loop, lambda: page.controller.uploads.rows)
    if page.controller.current_upload is None or page.controller.current_upload.id != upload_id:
        assert page.select_upload(upload_id)
        settle(context, loop)
    return page


def settle(context, loop, predicate=lambda: True, timeout: float = 10) -> None:
    wait_until(loop, lambda: predicate() and not context.runner.running_names(), timeout=timeout)


def open_subtitles(context, subtitle_file):
    context.editor.set_document(read_path(subtitle_file), subtitle_file)


def click_ok(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def track_named(page, name):
    return next((t for t in page.controller.tracks.rows if t.name == name), None)


def test_the_page_lists_the_media_areas_videos_only(context, loop, part):
    page = show(context, loop, part)

    names = [u.filename for u in page.controller.uploads.rows]
    assert names and all(name.endswith((".mp4", ".mov")) for name in names)
    assert "poster.jpg" not in names


def test_searching_narrows_the_videos_to_matching_file_names(context, loop, part):
    page = show(context, loop, part)

    page.search_edit.setText("interview")
    QTest.keyClick(page.search_edit, Qt.Key.Key_Return)
    settle(context, loop, lambda: not page.controller.uploads.loading and page.controller.uploads.total == 1)

    assert [u.filename for u in page.controller.uploads.rows] == ["episode-02-interview.mp4"]


def test_a_search_without_matches_says_what_to_try(context, loop, part):
    page = show(context, loop, part)

    page.search_edit.setText("no-such-video")
    QTest.keyClick(page.search_edit, Qt.Key.Key_Return)
    settle(context, loop, lambda: not page.controller.uploads.loading and page.controller.uploads.total == 0)

    assert "No video matches" in page.uploads_empty.text()


def test_the_videos_page_in_as_the_list_needs_more_rows(context, loop, part, emulators):
    part.controller.page_size = 2
    page = show(context, loop, part)

    page.uploads_view.scrollToBottom()
    settle(context, loop, lambda: page.controller.uploads.exhausted)

    assert len(page.controller.uploads.rows) == page.controller.uploads.total == 3
    pages = [r for r in emulators.datocms.state.requests if r.method == "GET" and r.path == "/uploads"]
    assert len(pages) == 2


def test_a_videos_tracks_show_language_name_sdh_and_status(context, loop, part):
    page = show(context, loop, part)

    rows = {(t.language_code, t.name): t for t in page.controller.tracks.rows}
    assert rows[("en", "English (SDH)")].closed_captions
    model = page.controller.tracks
    row = [t.name for t in model.rows].index("Italiano")
    assert model.index(row, model.column_of("status")).data() == "Ready"


def test_an_errored_track_shows_the_services_error_text(context, loop, part):
    page = show(context, loop, part)

    model = page.controller.tracks
    row = [t.id for t in model.rows].index(ERRORED_TRACK)
    assert model.index(row, model.column_of("status")).data() == "Failed"
    assert "expected a cue timing" in model.index(row, model.column_of("error")).data()


def test_a_video_without_tracks_says_how_to_add_one(context, loop, part):
    page = show(context, loop, part, VIDEO_WITHOUT_TRACKS)

    assert page.controller.tracks.rowCount() == 0
    assert "no tracks yet" in page.tracks_empty.text()


def test_publishing_needs_subtitles_open_in_the_editor(context, loop, part):
    page = show(context, loop, part)

    assert not page.publish_button.isEnabled()


def test_publishing_the_open_subtitles_creates_a_track_that_becomes_ready(context, loop, part, subtitle_file,
                                                                           emulators):
    open_subtitles(context, subtitle_file)
    page = show(context, loop, part, VIDEO_WITHOUT_TRACKS)

    page.publish_button.click()
    dialog = page.publish_dialog
    dialog.language.set_code("it-IT")
    dialog.name_edit.setText("Italiano")
    dialog.name_edit.textEdited.emit("Italiano")
    dialog.sdh.setChecked(True)
    click_ok(dialog)
    entry = page.controller.jobs.rows[-1]
    seen: list[JobState] = []
    page.controller.jobs.dataChanged.connect(lambda *_: seen.append(entry.state))
    settle(context, loop, lambda: entry.state.finished, timeout=15)

    assert JobState.PREPARING in seen
    assert entry.state is JobState.READY
    track = track_named(page, "Italiano")
    assert (track.language_code, track.closed_captions, track.status) == ("it-IT", True, "ready")


def test_a_publish_job_reports_its_progress_in_the_activity_panel(context, loop, part, subtitle_file):
    open_subtitles(context, subtitle_file)
    page = show(context, loop, part, VIDEO_WITHOUT_TRACKS)
    page.publish_button.click()
    page.publish_dialog.language.set_code("de-DE")
    click_ok(page.publish_dialog)
    op = next(o for o in context.activity.operations() if o.title.startswith("Publishing"))
    details: list[str] = []
    context.activity.dataChanged.connect(lambda *_: details.append(op.detail))

    settle(context, loop, lambda: op.finished, timeout=15)

    assert op.state is OpState.DONE
    assert any(d.startswith("Waiting for DatoCMS job") for d in details)
    assert any("preparing" in d for d in details)


def test_the_publish_dialog_refuses_a_code_that_is_not_bcp47(context, loop, part, subtitle_file, qtbot):
    open_subtitles(context, subtitle_file)
    page = show(context, loop, part, VIDEO_WITHOUT_TRACKS)
    page.publish_button.click()

    page.publish_dialog.language.set_code("italian")

    assert not page.publish_dialog.ok_button.isEnabled()
    assert "not a BCP 47" in page.publish_dialog.language.hint.text()


def test_the_publish_dialog_offers_the_dotsub_organizations_languages(context, loop, part, subtitle_file):
    open_subtitles(context, subtitle_file)
    page = show(context, loop, part, VIDEO_WITHOUT_TRACKS)
    page.publish_button.click()
    combo = page.publish_dialog.language.combo

    settle(context, loop, lambda: combo.count() > 0)

    assert combo.findData("ar-SA") >= 0


def test_a_track_that_datocms_cannot_read_ends_errored_with_the_services_message(context, loop, part, tmp_path):
    # An empty document becomes a WebVTT file with no cues, which DatoCMS refuses.
    from subtitle_desk.core.document import Document

    context.editor.set_document(Document(cues=[], format="srt"), tmp_path / "empty.srt")
    page = show(context, loop, part, VIDEO_WITHOUT_TRACKS)
    page.publish_button.click()
    page.publish_dialog.language.set_code("es-ES")
    click_ok(page.publish_dialog)
    entry = page.controller.jobs.rows[-1]

    settle(context, loop, lambda: entry.state.finished, timeout=15)

    assert entry.state is JobState.ERRORED
    assert "no cues" in entry.message
    row = page.controller.jobs.rows.index(entry)
    assert "no cues" in page.controller.jobs.index(row, page.controller.jobs.column_of("detail")).data()


def test_publishing_a_dotsub_medias_finished_languages_creates_one_ready_track_each(context, loop, part):
    page = show(context, loop, part, VIDEO_WITHOUT_TRACKS)
    page.batch_button.click()
    dialog = page.batch_dialog
    settle(context, loop, lambda: dialog.media_table.rowCount() > 0)
    dialog.search_edit.setText("Safety Briefing Clip 4")
    dialog.search_button.click()
    settle(context, loop, lambda: dialog.media_table.rowCount() == 1)
    media = dialog.selected_media()
    languages = list(media["subtitledLanguageIds"])

    click_ok(dialog)
    entries = list(page.controller.jobs.rows)
    settle(context, loop, lambda: all(e.state.finished for e in entries), timeout=20)

    assert [e.state for e in entries] == [JobState.READY] * len(languages)
    published = {t.language_code for t in page.controller.tracks.rows if t.status == "ready"}
    assert set(languages) <= published


def test_generating_subtitles_adds_a_track_that_becomes_ready(context, loop, part):
    page = show(context, loop, part, VIDEO_WITHOUT_TRACKS)
    page.generate_button.click()
    dialog = page.generate_dialog
    dialog.language.set_code("en")
    dialog.name_edit.setText("English (automatic)")
    dialog.name_edit.textEdited.emit("English (automatic)")
    click_ok(dialog)
    entry = page.controller.jobs.rows[-1]

    settle(context, loop, lambda: entry.state.finished, timeout=15)

    assert entry.state is JobState.READY
    assert track_named(page, "English (automatic)").status == "ready"


def test_deleting_a_track_asks_first_and_removes_it_once_the_job_finishes(context, loop, part):
    page = show(context, loop, part)
    row = [t.name for t in page.controller.tracks.rows].index("Italiano")
    page.tracks_view.selectRow(row)

    box = page.confirm_delete()
    delete = next(b for b in box.buttons() if b.text() == "Delete")
    delete.click()
    entry = page.controller.jobs.rows[-1]
    settle(context, loop, lambda: entry.state.finished, timeout=15)

    assert entry.state is JobState.DELETED
    assert track_named(page, "Italiano") is None


def test_cancelling_the_delete_question_keeps_the_track(context, loop, part):
    page = show(context, loop, part)
    row = [t.name for t in page.controller.tracks.rows].index("Italiano")
    page.tracks_view.selectRow(row)

    box = page.confirm_delete()
    box.button(QMessageBox.StandardButton.Cancel).click()

    assert page.controller.jobs.rowCount() == 0
    assert track_named(page, "Italiano") is not None


def test_a_service_error_shows_the_services_own_message(context, loop, part, emulators):
    page = show(context, loop, part)
    emulators.datocms.faults.fail_status = 422
    emulators.datocms.faults.fail_next = 1

    page.controller.reload_tracks()
    settle(context, loop, lambda: not page.controller.tracks_loading)

    assert page.tracks_banner.isVisible()
    assert page.tracks_banner.label.text() == page.controller.tracks_error != ""


def test_without_a_token_the_page_asks_to_set_up_datocms_in_settings(context, loop, part, emulators):
    context.secrets.set("datocms.token", "", persist=False)
    context.reconfigure(emulators.settings())

    context.window.show_page(datocms.PAGE)

    assert part.page.stack.currentIndex() == 1 and part.page.setup_prompt.isVisible()
    assert "Set up DatoCMS in Settings" in part.page.setup_prompt.text()


def test_cancelling_a_job_from_the_activity_panel_marks_it_cancelled(context, loop, part, emulators):
    emulators.datocms.state.job_pending_polls = 50  # DatoCMS stays busy: the job waits between polls
    page = show(context, loop, part, VIDEO_WITHOUT_TRACKS)
    page.generate_button.click()
    page.generate_dialog.language.set_code("en")
    click_ok(page.generate_dialog)
    entry = page.controller.jobs.rows[-1]
    op = next(o for o in context.activity.operations() if o.title.startswith("Generating"))
    wait_until(loop, lambda: op.detail.startswith("Waiting for DatoCMS job"), timeout=10)

    op.cancel()
    settle(context, loop)

    assert op.state is OpState.CANCELLED
    assert entry.state is JobState.CANCELLED


def test_the_publish_dialog_says_what_webvtt_cannot_keep(context, loop, part, tmp_path):
    from subtitle_desk.core.document import Cue, Document

    document = Document(cues=[Cue(1000, 3000, '<font color="#ff0000">Alarm!</font>')], format="srt")
    context.editor.set_document(document, tmp_path / "coloured.srt")
    page = show(context, loop, part, VIDEO_WITHOUT_TRACKS)

    page.publish_button.click()
    settle(context, loop, lambda: page.publish_dialog.notes_label.text())

    assert "colours" in page.publish_dialog.notes_label.text()


def test_edits_made_after_publishing_do_not_change_what_is_sent(context, loop, part, subtitle_file, emulators):
    open_subtitles(context, subtitle_file)
    first_text = context.editor.document.cues[0].text
    page = show(context, loop, part, VIDEO_WITHOUT_TRACKS)
    page.publish_button.click()
    page.publish_dialog.language.set_code("fr-FR")
    click_ok(page.publish_dialog)

    context.editor.set_text(0, "Changed after pressing Publish")
    entry = page.controller.jobs.rows[-1]
    settle(context, loop, lambda: entry.state.finished, timeout=15)

    key = next(k for k in emulators.storage.keys() if k.endswith(".fr-FR.vtt"))
    text = emulators.storage.get(key).path.read_text("utf-8")
    assert entry.state is JobState.READY
    assert first_text.splitlines()[0] in text
    assert "Changed after" not in text


def test_a_track_still_preparing_when_the_list_loads_is_watched_until_ready(context, loop, part, emulators):
    from subtitle_desk.emulators.datocms import TrackRecord

    state = emulators.datocms.state
    env = state.environments["main"]
    env.tracks[VIDEO_WITHOUT_TRACKS]["t1"] = TrackRecord("t1", VIDEO_WITHOUT_TRACKS, "subtitles", "pt-BR",
                                                         "Português", False, state.clock() + 0.3)
    page = show(context, loop, part, VIDEO_WITHOUT_TRACKS)

    assert page.controller.tracks.track("t1").status == "ready"


def test_the_publish_dialog_starts_with_the_language_of_the_open_work(context, loop, part, subtitle_file):
    from subtitle_desk.core.session import WorkSession
    from subtitle_desk.ui.desk import workspace

    work = workspace.install(context)
    work.open_session(read_path(subtitle_file), WorkSession(title="Episode 1 · French", local_path=subtitle_file,
                                                            service="dotsub", media_id="1", language_id="fr-FR"))
    page = show(context, loop, part, VIDEO_WITHOUT_TRACKS)

    page.publish_button.click()

    assert page.publish_dialog.language.code() == "fr-FR"
    page.publish_dialog.reject()
