"""A Dotsub translation task in the editor workspace, on the real emulators (127.0.0.1): source and
target side by side, progress, Send warning about untranslated cues, the timing fields at
1280x720, the project glossary (import, highlight, panel, QC rule, upload), spelling in the
task's language, the kept source copy, and the last session opened again."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from subtitle_desk.core.document import Cue, Document
from subtitle_desk.core.session import WorkSession
from subtitle_desk.core.translation import marks_path
from subtitle_desk.core.work import dotsub as dotsub_work
from subtitle_desk.ui.desk.datocms.dialogs import PublishDialog
from subtitle_desk.ui.editor.cue_model import CueTableModel
from subtitle_desk.ui.editor.workbench import source_copy_path
from tests.ui.conftest import run
from tests.ui.desk.test_workspace_session import until, workspace  # noqa: F401 (workspace is a fixture)

GLOSSARY = ("en-US,fr-FR\n"
            "workshop,atelier\n"
            "swivel adapter,adaptateur pivotant\n"
            "spring,ressort\n"
            "subtitle,sous-titre\n"
            "waveform,forme d'onde\n"
            "reading speed,vitesse de lecture\n"
            "video preview,aperçu vidéo\n")


def untranslated_task(emulators, language: str = "fr-FR", *, skip: int = 0) -> dict[str, Any]:
    """An open translation task into ``language`` whose track has no cues yet."""
    with emulators.dotsub.state.lock:
        found = [dict(t) for t in sorted(emulators.dotsub.state.tasks.values(), key=lambda t: int(t["id"]))
                 if t["relatedTrackType"] == "TRANSLATION" and not t["completed"] and t["languageId"] == language
                 and not emulators.dotsub.state.tracks[(t["mediaId"], t["languageId"])].cues]
    return found[skip]


async def no_video(media: Any, on_progress: Any) -> None:
    return None  # no player streaming from the emulator while the test runs


def open_translation(context, workspace, loop, emulators, **kwargs) -> tuple[Document, WorkSession]:
    task = untranslated_task(emulators, **kwargs)
    document, session = run(loop, dotsub_work.open_task(context.services.dotsub, task, work_dir=context.work_dir,
                                                        video=no_video))
    workspace.open_session(document, session)
    return document, session


def term_row(workspace, session) -> tuple[int, str]:
    """A source row holding a glossary term, and the term."""
    matcher = workspace.workbench.glossary
    for row, cue in enumerate(session.source_document.cues):
        found = matcher.find(cue.text)
        if found:
            return row, found[0].term
    raise AssertionError("no glossary term in the source")


def import_glossary(context, workspace, loop, tmp_path) -> Path:
    path = tmp_path / "Training terms.csv"
    path.write_text(GLOSSARY, encoding="utf-8")
    run(loop, workspace.import_glossary_file(path))
    run(loop, until(lambda: workspace.workbench.glossary is not None))
    return path


# -- side by side and progress -------------------------------------------------------------------
def test_a_translation_task_shows_source_and_target_side_by_side(context, workspace, loop, emulators):
    document, session = open_translation(context, workspace, loop, emulators)
    page = context.editor_page
    assert session.source_document is not None and workspace.source_view.isVisible()
    assert not page.table.isColumnHidden(CueTableModel.SOURCE)
    source_first = session.source_document[0].text.split("\n")[0]
    assert source_first in page.model.index(0, CueTableModel.SOURCE).data()


def test_a_translation_nobody_started_is_all_untranslated_and_the_header_says_so(context, workspace, loop,
                                                                                 emulators):
    document, session = open_translation(context, workspace, loop, emulators)
    count = len(document)
    assert f"0 of {count} cues translated" in workspace.header.text()
    assert {p.row for p in context.editor.problems() if p.rule == "untranslated"} == set(range(count))


def test_the_header_progress_follows_the_translation(context, workspace, loop, emulators, qtbot):
    document, session = open_translation(context, workspace, loop, emulators)
    context.editor.set_text(0, "Bienvenue à l'atelier.")
    qtbot.waitUntil(lambda: f"1 of {len(document)} cues translated" in workspace.header.text())


def test_send_counts_the_untranslated_cues(context, workspace, loop, emulators):
    document, session = open_translation(context, workspace, loop, emulators)
    context.editor.set_text(0, "Bienvenue à l'atelier.")
    dialog = workspace.send()
    count = len(document)
    assert dialog.untranslated == count - 1
    assert dialog.untranslated_label.isVisibleTo(dialog)
    assert f"{count - 1} of {count} cues are not translated yet" in dialog.untranslated_label.text()
    dialog.reject()


def test_marking_the_task_completed_with_untranslated_cues_asks_first(context, workspace, loop, emulators, qtbot):
    open_translation(context, workspace, loop, emulators)
    dialog = workspace.send()
    assert not dialog.complete_box.isChecked()
    dialog.complete_box.setChecked(True)
    qtbot.waitUntil(lambda: dialog.confirm_box is not None and dialog.confirm_box.isVisible())
    assert "not translated yet" in dialog.confirm_box.text()
    dialog.confirm_box.button(QMessageBox.StandardButton.No).click()
    assert not dialog.complete_box.isChecked()
    dialog.complete_box.setChecked(True)
    qtbot.waitUntil(lambda: dialog.confirm_box is not None)
    dialog.confirm_box.button(QMessageBox.StandardButton.Yes).click()
    assert dialog.complete_box.isChecked() and dialog.complete_task
    dialog.reject()


def test_the_copy_sent_is_taken_when_sending_starts(context, workspace, loop, emulators):
    document, session = open_translation(context, workspace, loop, emulators)
    context.editor.set_text(0, "Avant l'envoi")
    task = workspace.send_now()
    context.editor.set_text(0, "Après l'envoi")  # typed while the copy is saved and sent
    run(loop, task)
    with emulators.dotsub.state.lock:
        cues = emulators.dotsub.state.tracks[(session.media_id, session.language_id)].cues
    assert cues[0][2] == "Avant l'envoi"
    assert context.editor.dirty  # what was typed after is not what was saved


# -- the timing fields ----------------------------------------------------------------------------
@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080)])
def test_the_timing_fields_show_the_whole_time_beside_the_source(context, workspace, loop, emulators, qtbot, size):
    window = context.window
    window.resize(*size)
    open_translation(context, workspace, loop, emulators)
    page = context.editor_page
    context.editor.set_text(1, "Une première ligne assez longue pour deux lignes\net la deuxième ligne du sous-titre")
    page.select_row(1)
    qtbot.waitUntil(lambda: window.width() == size[0] and workspace.source_view.isVisible())
    qtbot.waitUntil(lambda: page.pane.start_edit.width() > 0 and page.pane.title.text() == "Cue 2")
    pane = page.pane
    for edit in (pane.start_edit, pane.end_edit, pane.duration_edit):
        assert edit.isVisible()
        assert edit.width() >= edit.sizeHint().width(), edit.objectName()
        assert edit.fontMetrics().horizontalAdvance(edit.text()) < edit.width()
    assert window.width() == size[0]  # the window did not have to grow to hold them


def test_the_timing_fields_keep_their_width_when_the_source_takes_the_room(context, workspace, loop, emulators,
                                                                           qtbot):
    window = context.window
    window.resize(1280, 720)
    open_translation(context, workspace, loop, emulators)
    page = context.editor_page
    context.editor.set_text(1, "Une première ligne assez longue pour deux lignes\net la deuxième ligne du sous-titre")
    page.select_row(1)
    qtbot.waitUntil(lambda: window.width() == 1280 and workspace.source_view.isVisible())
    workspace.bottom_splitter.setSizes([10_000, 1])  # the divider dragged all the way to the right
    qtbot.waitUntil(lambda: workspace.bottom_splitter.sizes()[1] <= page.pane.minimumSizeHint().width())
    for edit in (page.pane.start_edit, page.pane.end_edit, page.pane.duration_edit):
        assert edit.width() >= edit.sizeHint().width(), edit.objectName()
        assert edit.fontMetrics().horizontalAdvance(edit.text()) < edit.width()


def test_the_timing_fields_show_the_whole_time_without_the_source(context, workspace, loop, emulators, qtbot):
    window = context.window
    window.resize(1280, 720)
    document, session = open_translation(context, workspace, loop, emulators)
    page = context.editor_page
    page.select_row(1)
    qtbot.waitUntil(lambda: window.width() == 1280)
    for edit in (page.pane.start_edit, page.pane.end_edit, page.pane.duration_edit):
        assert edit.width() >= edit.sizeHint().width()


# -- the glossary --------------------------------------------------------------------------------
def test_an_imported_glossary_is_kept_under_the_data_dir_for_the_project(context, workspace, loop, emulators,
                                                                         tmp_path, data_dir):
    document, session = open_translation(context, workspace, loop, emulators)
    import_glossary(context, workspace, loop, tmp_path)
    project = session.extra["project_id"]
    stored = data_dir / "glossaries" / f"{project}.csv"
    assert stored.read_text(encoding="utf-8") == GLOSSARY
    assert workspace.glossaries.name_for(project) == "Training terms"
    assert "Training terms" in workspace.glossary_panel.summary.text()


def test_glossary_terms_are_highlighted_in_the_source_with_their_translations(context, workspace, loop,
                                                                               emulators, tmp_path):
    document, session = open_translation(context, workspace, loop, emulators)
    import_glossary(context, workspace, loop, tmp_path)
    row, term = term_row(workspace, session)
    context.editor_page.select_row(row)
    highlighted = workspace.source_view.highlighted_terms()
    assert term in [match.term for _, match in highlighted]
    match = next(m for _, m in highlighted if m.term == term)
    assert workspace.source_view.term_tip(match).startswith(f"“{term}”: use “")
    assert term in [t for t, _, _ in workspace.glossary_panel.rows()]


def test_a_glossary_problem_shows_as_you_type_and_goes_with_the_approved_term(context, workspace, loop, emulators,
                                                                            tmp_path, qtbot):
    document, session = open_translation(context, workspace, loop, emulators)
    import_glossary(context, workspace, loop, tmp_path)
    row, term = term_row(workspace, session)
    approved = workspace.workbench.glossary.find(session.source_document[row].text)[0].targets[0]
    page = context.editor_page
    page.select_row(row)
    editor = page.pane.text_edit
    editor.setFocus()
    editor.selectAll()
    qtbot.keyClicks(editor, "Une phrase traduite sans le terme")
    qtbot.waitUntil(lambda: page.qc_panel.counts().get("glossary") == 1)
    assert ("✘" in [mark for t, _, mark in workspace.glossary_panel.rows() if t == term])
    editor.selectAll()
    qtbot.keyClicks(editor, f"Une phrase avec {approved}")
    qtbot.waitUntil(lambda: "glossary" not in page.qc_panel.counts())
    assert ("✔" in [mark for t, _, mark in workspace.glossary_panel.rows() if t == term])


def test_another_task_of_the_project_finds_its_glossary(context, workspace, loop, emulators, tmp_path):
    document, session = open_translation(context, workspace, loop, emulators)
    import_glossary(context, workspace, loop, tmp_path)
    project = session.extra["project_id"]
    with emulators.dotsub.state.lock:
        other = next(dict(t) for t in emulators.dotsub.state.tasks.values()
                     if t["projectId"] == project and t["relatedTrackType"] == "TRANSLATION"
                     and t["languageId"] == "fr-FR" and t["id"] != session.task_id)
    document, second = run(loop, dotsub_work.open_task(context.services.dotsub, other, work_dir=context.work_dir,
                                                       video=no_video))
    workspace.open_session(document, second)
    assert workspace.workbench.glossary is None  # read again for the new session, off the UI thread
    run(loop, until(lambda: workspace.workbench.glossary is not None))
    assert workspace.glossary is not None and len(workspace.glossary.concepts) == 7


def test_the_glossary_is_uploaded_to_the_project_and_replaced_the_next_time(context, workspace, loop, emulators,
                                                                            tmp_path):
    document, session = open_translation(context, workspace, loop, emulators)
    import_glossary(context, workspace, loop, tmp_path)
    project = session.extra["project_id"]
    state = emulators.dotsub.state
    before = {gid for gid, g in state.glossaries.items() if g["_projectId"] == project}
    record = run(loop, workspace.upload_glossary())
    created = state.glossaries[record["id"]]
    assert record["id"] not in before and created["name"] == "Training terms"
    assert created["_csv"].replace("\r\n", "\n") == GLOSSARY
    again = run(loop, workspace.upload_glossary())
    assert again["id"] == record["id"]
    assert {gid for gid, g in state.glossaries.items() if g["_projectId"] == project} == before | {record["id"]}


def test_a_refused_glossary_upload_shows_dotsubs_message(context, workspace, loop, emulators, tmp_path):
    document, session = open_translation(context, workspace, loop, emulators)
    import_glossary(context, workspace, loop, tmp_path)
    emulators.dotsub.faults.fail_status = 403
    emulators.dotsub.faults.fail_next = 1
    run(loop, workspace.upload_glossary())
    notice = context.editor_page.notices["glossaryNotice"]
    assert notice.text() == "Could not upload the glossary" or "Could not upload" in notice.windowTitle()


def test_a_glossary_that_is_not_a_dotsub_csv_is_refused_with_its_line(context, workspace, loop, emulators,
                                                                     tmp_path, data_dir):
    document, session = open_translation(context, workspace, loop, emulators)
    path = tmp_path / "bad.csv"
    path.write_text("term,translation\nworkshop,atelier\n", encoding="utf-8")
    run(loop, workspace.import_glossary_file(path))
    notice = context.editor_page.notices["glossaryNotice"]
    assert "bad.csv line 1" in notice.informativeText() or "bad.csv line 1" in notice.text()
    assert not (data_dir / "glossaries" / f"{session.extra['project_id']}.csv").exists()


# -- spelling, kept files, reopening ------------------------------------------------------------
def test_spelling_is_checked_in_the_tasks_language(context, workspace, loop, emulators, qtbot):
    document, session = open_translation(context, workspace, loop, emulators)
    run(loop, until(lambda: workspace.workbench.spelling is not None))
    assert workspace.workbench.spelling.language == "fr-FR"
    context.editor.set_text(0, "Bienvenue à l'ateleir.")
    assert any(p.rule == "spelling" and "ateleir" in p.message for p in context.editor.problems_for(0))
    context.editor_page.select_row(0)
    assert context.editor_page.pane.misspelled_words() == ["ateleir"]


def test_the_source_copy_and_kept_marks_live_beside_the_work_file(context, workspace, loop, emulators):
    document, session = open_translation(context, workspace, loop, emulators)
    run(loop, until(lambda: source_copy_path(session.local_path).is_file()))
    page = context.editor_page
    page.select_row(0)
    page.keep_action.trigger()
    run(loop, until(lambda: marks_path(session.local_path).is_file()))
    assert json.loads(marks_path(session.local_path).read_text(encoding="utf-8"))["kept"]


def test_the_last_session_is_opened_again_with_its_source(context, workspace, loop, emulators):
    document, session = open_translation(context, workspace, loop, emulators)
    run(loop, until(lambda: source_copy_path(session.local_path).is_file()))
    context.editor.set_document(None, None)  # as at the next start: nothing open
    assert workspace.session is None
    run(loop, context.editor_page.reopen_last())
    reopened = workspace.session
    assert reopened is not None and reopened.title == session.title and reopened.task_id == session.task_id
    assert reopened.source_document is not None and len(reopened.source_document) == len(session.source_document)
    assert workspace.send_action.isEnabled()


def test_the_datocms_publish_dialog_starts_with_the_documents_language(context, workspace, loop, emulators):
    from subtitle_desk.core.services.datocms import Upload

    document, session = open_translation(context, workspace, loop, emulators)
    assert workspace.document_language() == "fr-FR"
    upload = Upload(id="u1", filename="clip.mp4")
    dialog = PublishDialog(upload, "fr-FR.srt", len(document), [], context.editor_page, language="it-IT",
                           document_language=workspace.document_language())
    assert dialog.language.code() == "fr-FR"
    dialog.reject()


def test_the_work_title_names_the_session_in_questions(context, workspace, loop, emulators):
    document, session = open_translation(context, workspace, loop, emulators)
    assert context.editor.work_title == session.title
    context.editor.set_document(None, None)
    assert context.editor.work_title is None


def test_keys_of_the_workspace_are_in_its_menus(context, workspace):
    actions = {a for m in context.window.menuBar().actions() if m.menu() is not None for a in m.menu().actions()}
    for action in (workspace.import_glossary_action, workspace.upload_glossary_action,
                   workspace.show_glossary_action, workspace.send_action):
        assert action in actions, action.text()
    assert workspace.show_glossary_action.shortcut().toString() == "Ctrl+Shift+G"
    assert workspace.glossary_dock.features() & workspace.glossary_dock.DockWidgetFeature.DockWidgetClosable
    assert Qt.DockWidgetArea.RightDockWidgetArea == context.editor_page.dockWidgetArea(workspace.glossary_dock)


def test_work_of_the_demo_services_reopens_as_a_plain_file_with_the_real_ones(context, workspace, loop, emulators):
    document, session = open_translation(context, workspace, loop, emulators)
    record = {"path": str(session.local_path), "session": workspace.session_record()}
    assert record["session"]["demo"] is True  # these tests run on the demo services
    record["session"]["demo"] = False  # as if kept by a run with the user's own services
    context.editor.set_document(None, None)
    run(loop, workspace.reopen_session(record))
    assert workspace.session is None and context.editor.path == session.local_path
    assert not workspace.send_action.isEnabled()


def test_the_header_follows_the_theme(workspace, loop):
    from subtitle_desk.ui import theme

    source = Document([Cue(1000, 2000, "Hello")], format="srt")
    workspace.open_session(Document([Cue(1000, 2000, "Hello")], format="srt"),
                           WorkSession(title="Episode · French", service="dotsub", media_id="1", language_id="fr-FR",
                                       source_document=source, extra={"task": {"type": "TASK_TRANSLATE"}}))
    workspace.workbench.update_progress()
    try:
        theme.apply_theme("dark")
        dark = workspace.header.text()
        theme.apply_theme("light")
        light = workspace.header.text()
        assert theme.css_color("warning_text") in light and dark != light
    finally:
        theme.apply_theme("system")
