"""The editor window as a subtitler uses it: open, edit in the pane, undo/redo, QC, save, reopen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from subtitle_desk.core.formats import read_path
from subtitle_desk.ui.editor.cue_model import CueTableModel
from tests.ui.conftest import DATA, run, wait_until


def open_file(loop, desk, path: Path) -> None:
    run(loop, desk.page.open_path(path))


def test_opening_a_file_fills_the_table_and_names_it_in_the_title(loop, desk, subtitle_file):
    open_file(loop, desk, subtitle_file)

    assert desk.page.model.rowCount() == 7
    assert desk.window.windowTitle().startswith("episode.srt")
    assert not desk.window.isWindowModified()


def test_the_table_shows_line_breaks_as_a_visible_symbol(loop, desk, subtitle_file):
    open_file(loop, desk, subtitle_file)

    text = desk.page.model.index(1, CueTableModel.TEXT).data()

    assert text == "I told you, I was at the station ⏎ waiting for the last train home."


def test_right_to_left_text_is_aligned_right_in_the_table(loop, desk, subtitle_file):
    open_file(loop, desk, subtitle_file)

    alignment = desk.page.model.index(5, CueTableModel.TEXT).data(Qt.ItemDataRole.TextAlignmentRole)

    assert Qt.AlignmentFlag(alignment) & Qt.AlignmentFlag.AlignRight


def test_typing_in_the_editor_pane_changes_the_cue_in_one_undo_step(loop, desk, subtitle_file, qtbot):
    open_file(loop, desk, subtitle_file)
    desk.page.select_row(2)
    editor = desk.page.pane.text_edit
    editor.setFocus()
    editor.moveCursor(editor.textCursor().MoveOperation.End)

    qtbot.keyClicks(editor, " Really")

    assert desk.controller.document[2].text == "What? Really"
    assert desk.page.undo_action.text() == "&Undo Edit text of cue 3"
    desk.page.undo_action.trigger()
    assert desk.controller.document[2].text == "What?"


def test_undo_and_redo_name_the_edit_in_the_edit_menu(loop, desk, subtitle_file, qtbot):
    open_file(loop, desk, subtitle_file)
    desk.page.select_row(0)
    qtbot.keyClicks(desk.page.pane.text_edit, "!")

    desk.page.undo_action.trigger()

    assert desk.page.redo_action.text() == "&Redo Edit text of cue 1"
    assert desk.page.redo_action.isEnabled()
    desk.page.redo_action.trigger()
    assert desk.controller.document[0].text.endswith("!")
    assert desk.window.edit_menu.actions()[0].text() == "&Undo Edit text of cue 1"


def test_a_typed_end_time_retimes_the_cue(loop, desk, subtitle_file, qtbot):
    open_file(loop, desk, subtitle_file)
    desk.page.select_row(0)
    end = desk.page.pane.end_edit
    end.setFocus()
    end.selectAll()

    qtbot.keyClicks(end, "0:00:04.250")
    qtbot.keyClick(end, Qt.Key.Key_Return)

    assert (desk.controller.document[0].start, desk.controller.document[0].end) == (1000, 4250)
    assert desk.page.model.index(0, CueTableModel.END).data() == "0:00:04.250"
    assert desk.page.undo_action.text() == "&Undo Change timing of cue 1"


def test_a_typed_duration_moves_the_end(loop, desk, subtitle_file, qtbot):
    open_file(loop, desk, subtitle_file)
    desk.page.select_row(6)
    duration = desk.page.pane.duration_edit
    duration.setFocus()
    duration.selectAll()

    qtbot.keyClicks(duration, "1.5")
    qtbot.keyClick(duration, Qt.Key.Key_Return)

    assert desk.controller.document[6].end == 17500


def test_an_invalid_typed_time_is_refused_with_a_reason(loop, desk, subtitle_file, qtbot):
    open_file(loop, desk, subtitle_file)
    desk.page.select_row(0)
    start = desk.page.pane.start_edit
    start.setFocus()
    start.selectAll()

    with qtbot.waitSignal(desk.page.message) as message:
        qtbot.keyClicks(start, "1:75:00")
        qtbot.keyClick(start, Qt.Key.Key_Return)

    assert "not a time" in message.args[0]
    assert desk.controller.document[0].start == 1000


def test_the_qc_panel_lists_every_problem_with_counts_per_rule(loop, desk, subtitle_file, qtbot):
    open_file(loop, desk, subtitle_file)
    panel = desk.page.qc_panel

    wait_until(loop, lambda: panel.model.rowCount() == len(desk.controller.problems()))

    assert panel.counts()["max-cps"] == 2
    assert panel.rule_combo.itemText(0) == f"All rules ({panel.model.rowCount()})"


def test_fixing_a_cue_removes_its_problem_from_the_qc_panel(loop, desk, subtitle_file, qtbot):
    open_file(loop, desk, subtitle_file)
    panel = desk.page.qc_panel
    wait_until(loop, lambda: "min-duration" in panel.counts())

    desk.page.select_row(2)
    end = desk.page.pane.end_edit
    end.setFocus()
    end.selectAll()
    qtbot.keyClicks(end, "0:00:06")
    qtbot.keyClick(end, Qt.Key.Key_Return)

    wait_until(loop, lambda: "min-duration" not in panel.counts())
    assert desk.page.model.index(2, CueTableModel.QC).data() != ""  # still overlaps cue 4


def test_double_clicking_a_problem_selects_its_cue(loop, desk, subtitle_file, qtbot):
    open_file(loop, desk, subtitle_file)
    panel = desk.page.qc_panel
    wait_until(loop, lambda: panel.model.rowCount() > 0)
    last = panel.proxy.index(panel.proxy.rowCount() - 1, 2)

    panel.view.doubleClicked.emit(last)

    assert desk.page.current_row() == last.data(panel.model.RowRole)
    assert desk.page.pane.title.text() == f"Cue {desk.page.current_row() + 1}"


def test_choosing_another_spec_rechecks_the_document(loop, desk, subtitle_file, qtbot):
    open_file(loop, desk, subtitle_file)
    panel = desk.page.qc_panel
    wait_until(loop, lambda: panel.model.rowCount() > 0)
    before = panel.counts().get("max-cps", 0)

    panel.presetChosen.emit("netflix-other")

    wait_until(loop, lambda: panel.counts().get("max-cps", 0) != before)
    assert desk.controller.spec_key == "netflix-other"


def test_a_dotsub_spec_file_can_be_loaded(loop, desk, subtitle_file, tmp_path, qtbot):
    open_file(loop, desk, subtitle_file)
    spec = tmp_path / "spec.json"
    spec.write_text('{"subtitleSpecificationId": 7, "maxLinesPerCaption": 3, "maxCharactersPerLine": 80,'
                    ' "maxCharactersPerSecondPerCaption": 50, "languageName": "English"}')

    desk.controller.load_spec_file(spec)

    wait_until(loop, lambda: "max-lines" not in desk.page.qc_panel.counts())
    assert "Dotsub spec 7" in desk.page.qc_panel.spec_combo.currentText()


def test_saving_writes_the_edit_and_clears_the_dirty_marker(loop, desk, subtitle_file, qtbot):
    open_file(loop, desk, subtitle_file)
    desk.page.select_row(6)
    desk.page.pane.text_edit.selectAll()
    qtbot.keyClicks(desk.page.pane.text_edit, "Sleep well.")
    assert desk.window.isWindowModified()

    run(loop, desk.page.save())

    assert not desk.window.isWindowModified()
    assert read_path(subtitle_file)[6].text == "Sleep well."


def test_typing_merged_into_the_last_step_during_a_save_keeps_the_document_dirty(loop, desk, subtitle_file):
    open_file(loop, desk, subtitle_file)
    desk.controller.set_text(6, "Sleep")
    save = desk.controller.save()  # the snapshot is taken now; the write runs off the UI thread
    desk.controller.set_text(6, "Sleep well")  # merges into the same undo step: index unchanged

    run(loop, save)

    assert desk.controller.stack.undo_text == "Edit text of cue 7" and len(desk.controller.stack) == 1
    assert read_path(subtitle_file)[6].text == "Sleep"
    assert desk.controller.dirty and desk.window.isWindowModified()


def test_a_saved_file_reopens_with_the_same_cues(loop, desk_factory, subtitle_file, qtbot):
    first = desk_factory()
    open_file(loop, first, subtitle_file)
    first.controller.set_times(0, 500, 2500)
    run(loop, first.page.save())

    second = desk_factory()
    open_file(loop, second, subtitle_file)

    assert (second.controller.document[0].start, second.controller.document[0].end) == (500, 2500)
    assert second.page.model.rowCount() == 7


def test_save_as_another_format_says_what_the_format_dropped(loop, desk, tmp_path, qtbot):
    source = tmp_path / "styled.vtt"
    source.write_text("WEBVTT\n\n00:00:01.000 --> 00:00:02.000 align:start line:10%\n<c.yellow>Hi</c>\n",
                      encoding="utf-8")
    open_file(loop, desk, source)

    run(loop, desk.page.save_as(tmp_path / "styled.srt", "srt"))

    notice = desk.page.notices.get("savedNotice")
    assert notice is not None and notice.informativeText()
    assert (tmp_path / "styled.srt").is_file()
    assert desk.window.windowTitle().startswith("styled.srt")


def test_an_unreadable_file_shows_the_line_and_what_was_expected(loop, desk, qtbot):
    run(loop, desk.page.open_path(DATA / "broken.srt"))

    notice = desk.page.notices.get("failureNotice")
    assert notice is not None
    assert "broken.srt, line 6: expected a timing line" in notice.text()
    assert desk.controller.document is None


def test_closing_with_unsaved_changes_asks_first(loop, desk, subtitle_file, monkeypatch):
    open_file(loop, desk, subtitle_file)
    desk.controller.set_text(0, "Changed")
    desk.window.close_guards.append(desk.page.confirm_discard)
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.Cancel)

    closed = desk.window.close()

    assert asked and not closed
    assert desk.window.isVisible()


def test_the_window_remembers_its_spec_choice_and_last_folder(loop, desk_factory, subtitle_file):
    first = desk_factory()
    run(loop, first.page.open_path(subtitle_file))
    first.controller.set_spec("netflix-other")
    first.window.save_settings()

    second = desk_factory()
    second.window.restore_settings()

    assert second.controller.spec_key == "netflix-other"
    assert second.page._last_dir() == str(subtitle_file.parent)


def test_right_to_left_cue_text_is_edited_right_to_left(loop, desk, subtitle_file):
    run(loop, desk.page.open_path(subtitle_file))

    desk.page.select_row(5)

    option = desk.page.pane.text_edit.document().defaultTextOption()
    assert option.textDirection() == Qt.LayoutDirection.RightToLeft


def test_ctrl_z_in_the_text_box_undoes_through_the_document_history(loop, desk, subtitle_file, qtbot):
    run(loop, desk.page.open_path(subtitle_file))
    desk.page.select_row(6)
    editor = desk.page.pane.text_edit
    editor.setFocus()
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor, " Sleep well.")

    qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)

    assert desk.controller.document[6].text == "Good night."
    assert desk.page.redo_action.text() == "&Redo Edit text of cue 7"
