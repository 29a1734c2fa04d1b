""""Send to Dotsub" from the editor workspace, on the real Dotsub emulator (127.0.0.1): saved
locally first, uploaded in the downloaded format, the task completed or kept open, QC problems
warned about before sending, the service's answer and errors shown."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from subtitle_desk.core import formats
from subtitle_desk.core.session import WorkSession
from subtitle_desk.ui.runner import OpState
from tests.ui.conftest import run
from tests.ui.desk.test_workspace_session import (open_task,  # noqa: F401
                                                  until, workspace)



def opened(context, workspace, loop, **kwargs):
    document, session = run(loop, open_task(context, **kwargs))
    workspace.open_session(document, session)
    return document, session


def fix_problems(context) -> None:
    """Rewrite every cue so the session's spec holds (short text, comfortable durations)."""
    doc = context.editor.document
    for row in range(len(doc)):
        context.editor.set_times(row, row * 5000 + 1000, row * 5000 + 3500)
        context.editor.set_text(row, "Hola")
    assert context.editor.problems() == []


def send_through_dialog(context, workspace, loop, *, complete: bool) -> None:
    dialog = workspace.send()
    assert dialog is not None and dialog.isVisible()
    dialog.complete_box.setChecked(complete)
    QTest.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    run(loop, until(lambda: workspace.last_result is not None
                    or "sendFailedNotice" in context.editor_page.notices, timeout=15))


def task_state(emulators, session: WorkSession) -> dict:
    return emulators.dotsub.state.tasks[session.task_id]


def track(emulators, session: WorkSession):
    return emulators.dotsub.state.tracks[(session.media_id, session.language_id)]


def test_sending_with_complete_task_uploads_the_edit_and_completes_the_task(context, workspace, loop,
                                                                          emulators):
    document, session = opened(context, workspace, loop)
    fix_problems(context)
    context.editor.set_text(0, "Texto revisado")
    send_through_dialog(context, workspace, loop, complete=True)
    assert task_state(emulators, session)["completed"] is True
    assert track(emulators, session).cues[0][2] == "Texto revisado"


def test_sending_without_complete_task_keeps_the_task_open(context, workspace, loop, emulators):
    document, session = opened(context, workspace, loop)
    fix_problems(context)
    version = track(emulators, session).version
    send_through_dialog(context, workspace, loop, complete=False)
    assert task_state(emulators, session)["completed"] is False
    assert track(emulators, session).version == version + 1


def test_a_second_send_without_completing_after_a_first_keeps_the_task_open(context, workspace, loop, emulators):
    document, session = opened(context, workspace, loop)
    fix_problems(context)
    send_through_dialog(context, workspace, loop, complete=False)
    workspace.last_result = None
    context.editor.set_text(1, "Otra vez")
    send_through_dialog(context, workspace, loop, complete=False)
    assert task_state(emulators, session)["completed"] is False
    assert track(emulators, session).cues[1][2] == "Otra vez"


def test_the_result_names_the_track_and_version(context, workspace, loop, emulators):
    document, session = opened(context, workspace, loop)
    fix_problems(context)
    send_through_dialog(context, workspace, loop, complete=True)
    notice = context.editor_page.notices["sentNotice"]
    t = track(emulators, session)
    assert f"Track {t.track_id}" in notice.informativeText()
    assert f"{t.track_id}-v{t.version}" in notice.informativeText()
    assert f"task {session.task_id} completed" in notice.informativeText()


def test_the_subtitles_are_saved_locally_in_the_downloaded_format_before_sending(context, workspace, loop,
                                                                                emulators):
    document, session = opened(context, workspace, loop, fmt="VTT")
    fix_problems(context)
    context.editor.set_text(0, "Guardado primero")
    send_through_dialog(context, workspace, loop, complete=False)
    saved = formats.read_path(session.local_path)
    assert session.local_path.suffix == ".vtt" and saved.format == "vtt"
    assert saved[0].text == "Guardado primero"
    assert not context.editor.dirty


def test_sending_runs_as_an_activity_entry(context, workspace, loop):
    document, session = opened(context, workspace, loop)
    fix_problems(context)
    send_through_dialog(context, workspace, loop, complete=False)
    ops = [op for op in context.activity.operations() if "to Dotsub" in op.title]
    assert ops and ops[-1].state == OpState.DONE


def test_qc_problems_are_counted_by_rule_before_sending(context, workspace, loop, emulators):
    document, session = opened(context, workspace, loop)
    fix_problems(context)
    limit = session.spec["maxCharactersPerLine"]
    context.editor.set_text(0, "x" * (limit + 1))
    context.editor.set_text(1, "y" * (limit + 1))
    dialog = workspace.send()
    assert dialog.send_button.text() == "Send anyway"
    assert dialog.problem_counts["max-chars-per-line"] == 2
    assert "Line too long: 2" in dialog.warning.text()
    dialog.reject()


def test_send_anyway_sends_despite_qc_problems(context, workspace, loop, emulators):
    document, session = opened(context, workspace, loop)
    fix_problems(context)
    limit = session.spec["maxCharactersPerLine"]
    context.editor.set_text(0, "x" * (limit + 1))
    send_through_dialog(context, workspace, loop, complete=False)
    assert track(emulators, session).cues[0][2] == "x" * (limit + 1)


def test_review_problems_sends_nothing_and_selects_the_first_problem(context, workspace, loop, emulators):
    document, session = opened(context, workspace, loop)
    fix_problems(context)
    limit = session.spec["maxCharactersPerLine"]
    context.editor.set_text(2, "x" * (limit + 1))
    context.editor_page.select_row(0)
    version = track(emulators, session).version
    dialog = workspace.send()
    QTest.mouseClick(dialog.review_button, Qt.MouseButton.LeftButton)
    assert context.editor_page.current_row() == 2
    assert track(emulators, session).version == version


def test_a_service_error_is_shown_with_the_services_message(context, workspace, loop, emulators):
    document, session = opened(context, workspace, loop)
    fix_problems(context)
    del emulators.dotsub.state.tracks[(session.media_id, session.language_id)]
    send_through_dialog(context, workspace, loop, complete=True)
    notice = context.editor_page.notices["sendFailedNotice"]
    assert f"Language with ID {session.language_id} wasn't found" in notice.informativeText()
    ops = [op for op in context.activity.operations() if "to Dotsub" in op.title]
    assert ops[-1].state == OpState.FAILED


def test_send_is_disabled_without_a_dotsub_session(context, workspace, subtitle_file, loop):
    run(loop, context.editor.open_path(subtitle_file))
    assert not workspace.send_action.isEnabled()


def test_a_completed_task_cannot_be_completed_again_from_the_dialog(context, workspace, loop):
    document, session = opened(context, workspace, loop)
    fix_problems(context)
    send_through_dialog(context, workspace, loop, complete=True)
    dialog = workspace.send()
    assert not dialog.complete_box.isEnabled()
    dialog.reject()


def test_local_path_is_where_the_session_saves(context, workspace, loop):
    document, session = opened(context, workspace, loop)
    assert Path(context.editor.path) == session.local_path


def test_a_document_without_cues_is_not_sent(context, workspace, loop, emulators):
    document, session = opened(context, workspace, loop)
    version = track(emulators, session).version
    context.editor.delete_rows(range(len(context.editor.document)))
    assert workspace.send() is None
    assert "no cues" in context.editor_page.notices["sendFailedNotice"].text()
    assert track(emulators, session).version == version


def test_after_save_as_elsewhere_sending_leaves_that_files_unsaved_changes_marked(context, workspace, loop,
                                                                                 tmp_path):
    document, session = opened(context, workspace, loop)
    fix_problems(context)
    run(loop, context.editor.save_as(tmp_path / "mine.srt", None))
    context.editor.set_text(0, "Cambio sin guardar")
    send_through_dialog(context, workspace, loop, complete=False)
    assert formats.read_path(session.local_path)[0].text == "Cambio sin guardar"
    assert context.editor.dirty
