"""The video preview and waveform inside the editor: cue choice seeks, the waveform selects cues,
the Playback menu, videos opened, dropped and remembered per subtitle file, and the table
following the playhead. Runs on the demo video and its subtitles (resources/demo/)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QKeySequence

from subtitle_desk.core.document import Cue, Document
from subtitle_desk.core.session import WorkSession
from subtitle_desk.ui.editor.media_binding import NO_VIDEO_MESSAGE
from tests.ui.conftest import run
from tests.ui.desk.test_workspace_session import (DEMO_VIDEO,  # noqa: F401
                                                  until, workspace)

DEMO_SRT = DEMO_VIDEO.with_suffix(".srt")
needs_demo = pytest.mark.skipif(not (DEMO_VIDEO.is_file() and DEMO_SRT.is_file()), reason="demo media not built")
pytestmark = needs_demo


@pytest.fixture
def demo_files(tmp_path) -> tuple[Path, Path]:
    """The demo video and its subtitles in different folders (nothing is found by name)."""
    (tmp_path / "videos").mkdir()
    (tmp_path / "subtitles").mkdir()
    video, srt = tmp_path / "videos" / "master.mp4", tmp_path / "subtitles" / "episode.srt"
    shutil.copy(DEMO_VIDEO, video)
    shutil.copy(DEMO_SRT, srt)
    return video, srt


def settled(context, loop) -> None:
    """Wait for background work (the video lookup) to finish."""
    run(loop, until(lambda: not context.runner.running_names(), timeout=10))


def open_with_video(context, workspace, loop, demo_files) -> None:
    video, srt = demo_files
    run(loop, context.editor.open_path(srt))
    workspace.media.load_video(str(video))
    panel = workspace.media.panel
    run(loop, until(lambda: panel.player.duration() > 0, timeout=15))


def drop(binding, widget, path: Path) -> bool:
    """Drop ``path`` on ``widget`` as the binding's event filter sees it; True when accepted.

    Handed to the filter directly: Qt delivers drop events only while a platform drag is in
    progress (sendEvent does not reach filters for them)."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(QPointF(QPoint(20, 20)), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    event.ignore()
    assert widget is binding.page or binding.panel.isAncestorOf(widget)
    handled = binding.eventFilter(widget, event)
    return handled and event.isAccepted()


def test_choosing_a_cue_seeks_the_video_to_its_start(context, workspace, loop, demo_files):
    open_with_video(context, workspace, loop, demo_files)
    panel = workspace.media.panel
    context.editor_page.select_row(3)
    start = context.editor.document[3].start
    run(loop, until(lambda: abs(panel.position() - start) < 80, timeout=10))
    assert panel.current_row() == 3


def test_a_cue_activated_on_the_waveform_selects_its_row_without_moving_the_playhead(context, workspace, loop,
                                                                                     demo_files, monkeypatch):
    open_with_video(context, workspace, loop, demo_files)
    panel = workspace.media.panel
    seeks: list[int] = []
    monkeypatch.setattr(panel, "seek", seeks.append)
    panel.waveform.cueActivated.emit(4)
    assert context.editor_page.current_row() == 4
    assert seeks == []


def test_the_table_follows_the_playhead_while_the_video_plays(context, workspace, loop, demo_files):
    open_with_video(context, workspace, loop, demo_files)
    panel = workspace.media.panel
    context.editor_page.select_row(0)
    doc = context.editor.document
    panel.seek(doc[1].start - 200)
    panel.toggle_play()
    run(loop, until(lambda: context.editor_page.current_row() == 1, timeout=10))
    panel.toggle_play()


def test_the_table_stays_put_while_the_user_types_during_playback(context, workspace, loop, demo_files):
    open_with_video(context, workspace, loop, demo_files)
    panel = workspace.media.panel
    context.editor_page.select_row(0)
    text_edit = context.editor_page.pane.text_edit
    context.window.activateWindow()
    text_edit.setFocus()
    run(loop, until(text_edit.hasFocus, timeout=5))
    doc = context.editor.document
    panel.seek(doc[1].start - 200)
    panel.toggle_play()
    run(loop, until(lambda: panel.position() > doc[1].start + 300, timeout=10))
    panel.toggle_play()
    assert context.editor_page.current_row() == 0


def test_the_playback_menu_offers_open_video_play_cue_speed_and_timing(context, workspace):
    bar = context.window.menuBar()
    menu = next(a.menu() for a in bar.actions() if a.text() == "&Playback")
    names = {a.objectName() for a in menu.actions()}
    panel = workspace.media.panel
    assert {"openVideoAction", "playPauseAction", "playCueAction", "setStartAction", "setEndAction"} <= names
    submenus = {a.text(): a.menu() for a in menu.actions() if a.menu() is not None}
    assert panel.faster_action in submenus["&Speed"].actions()
    assert panel.start_earlier_frame_action in submenus["&Nudge"].actions()


def test_editor_playback_and_workspace_shortcuts_are_all_distinct(context, workspace):
    page = context.editor_page
    actions = [*page.actions(), *workspace.media.panel.actions(), page.show_qc_action]
    seen: dict[str, str] = {}
    for action in actions:
        for sequence in action.shortcuts():
            key = sequence.toString()
            assert key not in seen or seen[key] == action.objectName(), f"{key}: {seen.get(key)} and {action.text()}"
            seen[key] = action.objectName()
    assert QKeySequence("Ctrl+Shift+D").toString() in seen and QKeySequence("Ctrl+Shift+O").toString() in seen


def test_a_plain_file_without_a_video_says_how_to_open_one(context, workspace, loop, demo_files):
    run(loop, context.editor.open_path(demo_files[1]))
    settled(context, loop)
    assert workspace.media.panel.video.message == NO_VIDEO_MESSAGE


def test_the_last_video_of_a_subtitle_file_comes_back_when_it_is_reopened(context, workspace, loop, demo_files,
                                                                         tmp_path):
    video, srt = demo_files
    run(loop, context.editor.open_path(srt))
    workspace.media.load_video(str(video))
    other = tmp_path / "other.srt"
    other.write_text("1\n00:00:01,000 --> 00:00:02,000\nOther\n", encoding="utf-8")
    run(loop, context.editor.open_path(other))
    settled(context, loop)
    assert workspace.media.video is None
    run(loop, context.editor.open_path(srt))
    settled(context, loop)
    assert workspace.media.video == str(video)


def test_a_video_beside_the_subtitles_with_the_same_name_is_loaded(context, workspace, loop, tmp_path):
    folder = tmp_path / "delivery"
    folder.mkdir()
    shutil.copy(DEMO_VIDEO, folder / "episode.mp4")
    shutil.copy(DEMO_SRT, folder / "episode.es.srt")
    run(loop, context.editor.open_path(folder / "episode.es.srt"))
    settled(context, loop)
    assert workspace.media.video == str(folder / "episode.mp4")


def test_opening_a_file_with_no_video_clears_the_previous_files_video(context, workspace, loop, demo_files,
                                                                      tmp_path):
    video, srt = demo_files
    run(loop, context.editor.open_path(srt))
    workspace.media.load_video(str(video))
    other = tmp_path / "other.srt"
    other.write_text("1\n00:00:01,000 --> 00:00:02,000\nOther\n", encoding="utf-8")
    run(loop, context.editor.open_path(other))
    settled(context, loop)
    assert workspace.media.video is None
    assert workspace.media.panel.video.message == NO_VIDEO_MESSAGE


def test_saving_as_another_format_keeps_the_video(context, workspace, loop, demo_files, tmp_path):
    video, srt = demo_files
    run(loop, context.editor.open_path(srt))
    workspace.media.load_video(str(video))
    run(loop, context.editor.save_as(tmp_path / "episode.vtt", "vtt"))
    settled(context, loop)
    assert context.editor.path == tmp_path / "episode.vtt"
    assert workspace.media.video == str(video)


def test_a_video_dropped_on_the_picture_is_loaded(context, workspace, loop, demo_files):
    video, srt = demo_files
    run(loop, context.editor.open_path(srt))
    assert drop(workspace.media, workspace.media.panel.video.viewport(), video)
    assert workspace.media.video == str(video)


def test_a_video_dropped_on_the_cue_table_is_played_not_opened_as_subtitles(context, workspace, loop, demo_files):
    video, srt = demo_files
    run(loop, context.editor.open_path(srt))
    document = context.editor.document
    assert drop(workspace.media, context.editor_page, video)
    assert workspace.media.video == str(video)
    assert context.editor.document is document


def test_a_sessions_video_is_loaded_with_it(context, workspace, loop, demo_files, tmp_path):
    video, srt = demo_files
    document = Document([Cue(1000, 2000, "Hola")], format="srt")
    session = WorkSession(title="Demo · Spanish", local_path=tmp_path / "es.srt", service="cielo24",
                          video=str(video))
    workspace.open_session(document, session)
    assert workspace.media.video == str(video)
    run(loop, until(lambda: workspace.media.panel.player.duration() > 0, timeout=15))


def test_a_cielo24_session_offers_no_send_to_dotsub(context, workspace, tmp_path):
    document = Document([Cue(1000, 2000, "Hello")], format="srt")
    workspace.open_session(document, WorkSession(title="Job 7", local_path=tmp_path / "job.srt",
                                                 service="cielo24"))
    assert not workspace.send_action.isEnabled() and not workspace.send_action.isVisible()


def test_the_source_view_shows_the_nearest_source_cues_when_none_overlaps(context, workspace, tmp_path):
    source = Document([Cue(1000, 2000, "Before"), Cue(9000, 10000, "After")])
    document = Document([Cue(4000, 5000, "Entre")], format="srt")
    workspace.open_session(document, WorkSession(title="Gap", local_path=tmp_path / "es.srt", service="dotsub",
                                                 media_id="1", language_id="es-ES", source_document=source,
                                                 source_language_name="English"))
    view = workspace.source_view
    assert view.rows == [0, 1] and not view.overlapping
    assert "No source cue at this time" in view.plain_text()


def test_a_subtitle_file_dropped_on_the_picture_is_left_to_the_editor(context, workspace, demo_files):
    video, srt = demo_files
    assert not drop(workspace.media, workspace.media.panel.video.viewport(), srt)
    assert workspace.media.video is None


def test_a_plain_file_is_named_in_the_header_as_a_file_on_this_computer(context, workspace, loop, demo_files):
    run(loop, context.editor.open_path(demo_files[1]))
    assert "episode.srt" in workspace.header.text() and "file on this computer" in workspace.header.text()
