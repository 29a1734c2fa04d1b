"""The editor workspace on the real Dotsub emulator (127.0.0.1): a task's subtitles opened with
their specification, source language, video and text direction.

Each test builds its ``WorkSession`` the way the Dotsub tasks page does, by downloading with
``context.services.dotsub``, and hands it to ``open_session``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from subtitle_desk.core import formats
from subtitle_desk.core.document import Document
from subtitle_desk.core.services.errors import NotFoundError
from subtitle_desk.core.session import WorkSession
from subtitle_desk.core.storage import atomic_write
from subtitle_desk.ui.desk import workspace as workspace_module
from subtitle_desk.ui.desk.workspace import SESSION_SPEC_KEY, EditorWorkspace
from tests.ui.conftest import run, until

DEMO_VIDEO = Path(__file__).resolve().parents[3] / "resources" / "demo" / "subtitle-desk-demo.mp4"


@pytest.fixture
def workspace(context, desk, loop) -> Iterator[EditorWorkspace]:
    ws = workspace_module.install(context)
    yield ws
    ws.media.load_video(None)  # stop the player and release the media before the window goes
    ws.media.panel.shutdown()
    desk.autosaver.stop()
    desk.autosaver.stop = lambda: None
    run(loop, until(lambda: not context.runner.running_names(), timeout=20))


async def open_task(context, *, want: Callable[[dict[str, Any]], bool] = lambda t: True,
                    video: str | None = None, fmt: str = "SRT") -> tuple[Document, WorkSession]:
    """The first open translation task ``want`` accepts whose language has cues on Dotsub,
    downloaded into a WorkSession like the tasks page builds."""
    client = context.services.dotsub
    async for task in client.iter_tasks(completed=False, page_size=100):
        if task.get("relatedTrackType") != "TRANSLATION" or not want(task):
            continue
        media_id, language_id = str(task["mediaId"]), str(task["languageId"])
        try:
            data = await client.download_subtitles(media_id, language_id, fmt)
        except NotFoundError:
            continue
        source_id = str(task["sourceTrackLanguageId"])
        source = await client.download_subtitles(media_id, source_id, fmt)
        spec = await client.spec_for_task(task)
        media = await client.get_media(media_id)
        kind = formats.dotsub_format(fmt)
        ours, ext = kind.key, kind.extensions[0]
        path = Path(context.cache_dir) / "work" / media_id / f"{language_id}{ext}"
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(path, data)
        document = formats.read_bytes(data, path=str(path), format=ours)
        direction = next((lang["direction"] for lang in media["translationLanguages"] + [media["language"]]
                          if lang["id"] == language_id), "LTR")
        session = WorkSession(
            title=f"{task['mediaTitle']} · {task['languageName']} · TRANSLATION", local_path=path,
            service="dotsub", media_id=media_id, language_id=language_id, language_name=task["languageName"],
            direction=direction, task_id=str(task["id"]), task_type=task["type"], spec=spec,
            source_document=formats.read_bytes(source, format=ours),
            source_language_name=task["sourceTrackLanguageName"], video=video,
            extra={"task": dict(task), "format": fmt})
        return document, session
    raise AssertionError("the emulator has no open translation task with cues")


def test_opening_a_task_puts_its_subtitles_in_the_editor_page(context, workspace, loop):
    document, session = run(loop, open_task(context))
    context.window.add_page("elsewhere", "Elsewhere", QWidget())
    context.window.show_page("elsewhere")
    workspace.open_session(document, session)
    assert context.editor.document is document
    assert context.editor.path == session.local_path
    assert context.window.current_page_key() == "editor"
    assert context.editor_page.model.rowCount() == len(document)


def test_the_header_and_window_title_name_the_video_language_and_task(context, workspace, loop):
    document, session = run(loop, open_task(context))
    workspace.open_session(document, session)
    assert session.title in workspace.header.text()
    assert context.window.windowTitle().startswith(session.title)


def test_qc_checks_against_the_tasks_dotsub_specification(context, workspace, loop):
    document, session = run(loop, open_task(context))
    workspace.open_session(document, session)
    spec = context.editor.spec
    assert context.editor.spec_key == SESSION_SPEC_KEY
    assert spec.max_chars_per_line == session.spec["maxCharactersPerLine"]
    assert spec.max_cps == session.spec["maxCharactersPerSecondPerCaption"]


def test_an_edit_that_breaks_the_spec_shows_up_in_the_qc_panel(context, workspace, loop, qtbot):
    document, session = run(loop, open_task(context))
    workspace.open_session(document, session)
    limit = session.spec["maxCharactersPerLine"]
    context.editor_page.select_row(0)
    context.editor_page.pane.text_edit.setPlainText("x" * (limit + 5))
    qtbot.waitUntil(lambda: "max-chars-per-line" in context.editor_page.qc_panel.counts())
    assert any(p.row == 0 and p.rule == "max-chars-per-line" for p in context.editor.problems())


def test_the_spec_panel_lists_limits_speaker_identification_dialogue_style_and_comments(context, workspace, loop):
    document, session = run(loop, open_task(context))
    workspace.open_session(document, session)
    text = workspace.spec_panel.text()
    spec = session.spec
    assert f"Dotsub spec {spec['subtitleSpecificationId']}" in text
    assert (spec["languageName"] or "all languages") in text
    assert "Characters per line" in text and str(spec["maxCharactersPerLine"]) in text
    assert "Speaker identification" in text and "Dialogue style" in text
    assert spec["comments"].splitlines()[0] in text


def test_the_source_view_shows_the_source_cue_overlapping_the_current_cue(context, workspace, loop):
    document, session = run(loop, open_task(context))
    workspace.open_session(document, session)
    source = session.source_document
    assert workspace.source_view.isVisible()
    context.editor_page.select_row(1)
    cue = document[1]
    expected = [r for r, s in enumerate(source.cues) if s.start < cue.end and s.end > cue.start]
    assert expected and workspace.source_view.rows == expected and workspace.source_view.overlapping
    assert source[expected[0]].text.splitlines()[0] in workspace.source_view.plain_text()


def test_the_source_view_follows_a_retimed_cue(context, workspace, loop):
    document, session = run(loop, open_task(context))
    workspace.open_session(document, session)
    source = session.source_document
    context.editor_page.select_row(0)
    last = source[len(source) - 1]
    context.editor.set_times(0, last.start, last.end)
    assert workspace.source_view.rows == [len(source) - 1]


def test_the_source_view_is_read_only(context, workspace, loop):
    document, session = run(loop, open_task(context))
    workspace.open_session(document, session)
    assert workspace.source_view.text.isReadOnly()


def test_a_session_without_source_hides_the_source_view(context, workspace, loop):
    document, session = run(loop, open_task(context))
    session.source_document = None
    workspace.open_session(document, session)
    assert not workspace.source_view.isVisible()


def test_an_rtl_session_types_right_to_left_even_in_an_empty_cue(context, workspace, loop):
    document, session = run(loop, open_task(context, want=lambda t: t["languageId"] == "ar-SA"))
    assert session.direction == "RTL"
    workspace.open_session(document, session)
    page = context.editor_page
    row = context.editor.insert_after(0)
    page.select_row(row)
    option = page.pane.text_edit.document().defaultTextOption()
    assert option.textDirection() == Qt.LayoutDirection.RightToLeft
    assert page.pane.text_edit.layoutDirection() == Qt.LayoutDirection.RightToLeft


def test_opening_a_plain_file_afterwards_ends_the_session(context, workspace, loop, subtitle_file):
    document, session = run(loop, open_task(context))
    workspace.open_session(document, session)
    run(loop, context.editor.open_path(subtitle_file))
    assert workspace.session is None
    assert not workspace.send_action.isEnabled()
    assert context.editor.spec_key != SESSION_SPEC_KEY
    assert not workspace.source_view.isVisible()


def test_unsaved_changes_are_asked_about_before_a_session_replaces_them(context, workspace, loop, monkeypatch):
    document, session = run(loop, open_task(context))
    context.editor.new_document()
    context.editor.insert_after(-1)
    asked = []
    monkeypatch.setattr(context.editor_page, "confirm_discard", lambda: asked.append(True) or False)
    kept = context.editor.document
    workspace.open_session(document, session)
    assert asked and context.editor.document is kept and workspace.session is None


def test_the_media_panel_is_attached_beside_the_cue_table(context, workspace):
    page = context.editor_page
    assert page.media_widget is workspace.media.panel
    assert workspace.media.panel.isVisible() and workspace.media.panel.waveform.isVisible()


@pytest.mark.skipif(not DEMO_VIDEO.is_file(), reason="demo video not built")
def test_play_cue_plays_the_session_video_and_stops_at_the_cue_end(context, workspace, loop):
    document, session = run(loop, open_task(context, video=str(DEMO_VIDEO)))
    workspace.open_session(document, session)
    panel = workspace.media.panel
    run(loop, until(lambda: panel.player.duration() > 0, timeout=15))
    context.editor_page.select_row(0)
    cue = document[0]
    panel.play_cue_action.trigger()
    run(loop, until(lambda: panel.player.is_playing(), timeout=10))
    run(loop, until(lambda: not panel.player.is_playing(), timeout=cue.duration / 1000 + 10))
    assert abs(panel.position() - cue.end) <= 100


def test_choosing_another_spec_says_the_task_spec_is_no_longer_checked(context, workspace, loop):
    document, session = run(loop, open_task(context))
    workspace.open_session(document, session)
    context.editor.set_spec("netflix-en")
    assert "chosen instead of the task's specification" in workspace.spec_panel.text()
    context.editor.set_spec(SESSION_SPEC_KEY)
    assert f"Dotsub spec {session.spec['subtitleSpecificationId']}" in workspace.spec_panel.text()


def test_the_media_notes_are_shown_with_the_spec(context, workspace, loop):
    document, session = run(loop, open_task(context))
    session.extra["media_notes"] = "Keep product names in English."
    workspace.open_session(document, session)
    assert "Keep product names in English." in workspace.spec_panel.text()


def test_copy_to_cue_gives_the_current_cue_the_source_text_in_one_undo_step(context, workspace, loop):
    document, session = run(loop, open_task(context))
    workspace.open_session(document, session)
    context.editor_page.select_row(1)
    expected = "\n".join(session.source_document[r].text for r in workspace.source_view.rows)
    workspace.source_view.copy_button.click()
    assert document[1].text == expected
    context.editor.undo()
    assert document[1].text != expected


def test_closing_in_a_session_keeps_the_users_own_spec_choice_for_next_time(context, workspace, loop):
    context.editor.set_spec("netflix-other")
    document, session = run(loop, open_task(context))
    workspace.open_session(document, session)
    context.editor_page.save_state()
    workspace.save_state()
    assert context.ui_settings.value("editor/spec") == "netflix-other"
