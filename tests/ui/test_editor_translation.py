"""The editor as a translator's workbench: the source beside each cue, untranslated and kept cues,
progress, their keys, and spelling checked as you type (the editor page and its Workbench, driven
through real widgets; the source is the workbench fixture's English, the target its French)."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QTextCharFormat
from PySide6.QtWidgets import QHeaderView

from subtitle_desk.core import formats
from subtitle_desk.core.spelling import SpellChecker
from subtitle_desk.core.translation import load_marks, marks_path
from subtitle_desk.ui.editor import controller as controller_module
from subtitle_desk.ui.editor.cue_model import CueTableModel
from tests.ui.conftest import run, wait_until

WORKBENCH = Path(__file__).resolve().parents[1] / "fixtures" / "workbench"


@pytest.fixture
def target(tmp_path) -> Path:
    path = tmp_path / "target.fr.srt"
    shutil.copy(WORKBENCH / "target.fr.srt", path)
    return path


@pytest.fixture
def source():
    return formats.read_path(WORKBENCH / "source.en.srt")


@pytest.fixture
def translating(loop, desk, target, source):
    """The French target open, checked as a translation of the English source."""
    run(loop, desk.page.open_path(target))
    desk.page.workbench.set_translation(source, marks_path(target))
    return desk


def spelling_in(loop, desk, language: str = "fr-FR") -> None:
    desk.page.choose_spelling_language(language)
    wait_until(loop, lambda: not desk.runner.is_running("workbench.spelling"), timeout=10)


def rules_at(desk, row: int) -> set[str]:
    return {p.rule for p in desk.controller.problems_for(row)}


# -- the source beside the target ---------------------------------------------------------------
def test_the_source_column_shows_each_cues_source_beside_its_text(translating):
    model, table = translating.page.model, translating.page.table
    assert not table.isColumnHidden(CueTableModel.SOURCE)
    assert model.index(1, CueTableModel.SOURCE).data() == "Put the label on the box."
    assert model.index(1, CueTableModel.TEXT).data().startswith("Mettez l'étiquette")
    assert CueTableModel.SOURCE < CueTableModel.TEXT  # source left of the target


def test_the_source_column_aligns_by_time_when_the_cue_counts_differ(translating):
    translating.controller.merge([0, 1])  # one target cue over two source cues
    shown = translating.page.model.index(0, CueTableModel.SOURCE).data()
    assert "Welcome to the workshop." in shown and "Put the label on the box." in shown
    assert translating.page.model.index(1, CueTableModel.SOURCE).data() == "Thank you very much."


def test_a_plain_file_has_no_source_column(loop, desk, subtitle_file):
    run(loop, desk.page.open_path(subtitle_file))
    assert desk.page.table.isColumnHidden(CueTableModel.SOURCE)


def test_the_text_columns_take_the_spare_width_and_the_times_keep_their_size(translating, qtbot):
    window, table = translating.window, translating.page.table
    header = table.horizontalHeader()
    for column in (CueTableModel.SOURCE, CueTableModel.TEXT):
        assert header.sectionResizeMode(column) == QHeaderView.ResizeMode.Stretch
    for column in (CueTableModel.NUMBER, CueTableModel.START, CueTableModel.END, CueTableModel.DURATION):
        assert header.sectionResizeMode(column) == QHeaderView.ResizeMode.Fixed
    window.resize(1280, 720)
    qtbot.waitUntil(lambda: window.width() == 1280)
    start, text = header.sectionSize(CueTableModel.START), header.sectionSize(CueTableModel.TEXT)
    window.resize(1700, 900)
    qtbot.waitUntil(lambda: header.sectionSize(CueTableModel.TEXT) > text)
    assert header.sectionSize(CueTableModel.START) == start
    shown = table.model().index(0, CueTableModel.START).data()
    assert table.fontMetrics().horizontalAdvance(shown) < start  # the whole time fits


def test_columns_can_be_hidden_from_the_header_and_stay_hidden(loop, desk_factory, target, source):
    first = desk_factory()
    run(loop, first.page.open_path(target))
    first.page.workbench.set_translation(source, marks_path(target))
    table = first.page.table
    menu = table.columns_menu()
    offered = {a.data() for a in menu.actions()}
    assert CueTableModel.SOURCE in offered and CueTableModel.TEXT not in offered
    next(a for a in menu.actions() if a.data() == CueTableModel.CPS).setChecked(False)
    assert table.isColumnHidden(CueTableModel.CPS)
    first.page.save_state()

    second = desk_factory()
    second.page.restore_state()
    assert second.page.table.isColumnHidden(CueTableModel.CPS)
    assert second.page.table.isColumnHidden(CueTableModel.SOURCE)  # no source open
    assert CueTableModel.SOURCE not in {a.data() for a in second.page.table.columns_menu().actions()}


def test_a_cut_cell_shows_all_its_text_in_a_tooltip(translating):
    model = translating.page.model
    assert model.index(1, CueTableModel.TEXT).data(Qt.ItemDataRole.ToolTipRole) == "Mettez l'étiquette\nsur la boîte."
    assert model.index(1, CueTableModel.SOURCE).data(Qt.ItemDataRole.ToolTipRole) == "Put the label on the box."


# -- untranslated and kept cues -----------------------------------------------------------------
def test_a_cue_still_in_the_source_language_is_untranslated_in_the_qc_panel(translating, qtbot):
    page = translating.page
    assert "untranslated" in rules_at(translating, 2)
    assert page.model.index(2, CueTableModel.TEXT).data(CueTableModel.TranslationRole) == "untranslated"
    qtbot.waitUntil(lambda: page.qc_panel.counts().get("untranslated") == 1)
    labels = [page.qc_panel.rule_combo.itemText(i) for i in range(page.qc_panel.rule_combo.count())]
    assert "Untranslated (1)" in labels


def test_an_emptied_cue_is_untranslated_and_a_translated_one_is_not(translating):
    translating.controller.set_text(0, "")
    translating.controller.set_text(2, "Merci beaucoup.")
    assert "untranslated" in rules_at(translating, 0)
    assert "untranslated" not in rules_at(translating, 2)


def test_progress_counts_the_translated_cues(translating, qtbot):
    workbench = translating.page.workbench
    assert str(workbench.progress()) == "5 of 6 cues translated"
    translating.controller.set_text(2, "Merci beaucoup.")
    qtbot.waitUntil(lambda: str(workbench.progress()) == "6 of 6 cues translated")


def test_a_kept_cue_is_not_counted_and_its_mark_is_kept_beside_the_work(loop, translating, target, source):
    page = translating.page
    page.select_row(2)
    page.keep_action.trigger()
    assert "untranslated" not in rules_at(translating, 2)
    assert page.keep_action.isChecked()
    assert str(page.workbench.progress()) == "6 of 6 cues translated (1 kept as in the source)"
    wait_until(loop, lambda: len(load_marks(marks_path(target))) == 1)

    run(loop, page.open_path(target))  # the work opened again
    page.workbench.set_translation(source, marks_path(target))
    assert "untranslated" not in rules_at(translating, 2)
    assert page.workbench.is_kept(2)


def test_ctrl_shift_k_keeps_the_cue_while_typing_in_it(translating, qtbot):
    page = translating.page
    page.select_row(2)
    page.pane.text_edit.setFocus()
    qtbot.keyClick(page.pane.text_edit, Qt.Key.Key_K,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert page.workbench.is_kept(2)
    assert translating.controller.document[2].text == "Thank you very much."


def test_keeping_again_takes_the_mark_away(translating):
    page = translating.page
    page.select_row(2)
    page.keep_action.trigger()
    page.keep_action.trigger()
    assert "untranslated" in rules_at(translating, 2)


def test_f9_and_shift_f9_go_to_the_next_and_previous_untranslated_cue(translating, qtbot):
    page = translating.page
    translating.controller.set_text(5, "")
    page.select_row(0)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_F9)
    assert page.current_row() == 2
    qtbot.keyClick(page.pane.text_edit, Qt.Key.Key_F9)
    assert page.current_row() == 5
    qtbot.keyClick(page.pane.text_edit, Qt.Key.Key_F9)
    assert page.current_row() == 2  # round again
    qtbot.keyClick(page.pane.text_edit, Qt.Key.Key_F9, Qt.KeyboardModifier.ShiftModifier)
    assert page.current_row() == 5


def test_f8_and_shift_f8_go_to_the_next_and_previous_problem(translating, qtbot):
    page = translating.page
    translating.controller.set_text(4, "")
    rows = translating.controller.checker.rows_with_problems()
    assert rows == [2, 4]
    page.select_row(rows[-1])
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    assert page.current_row() == rows[-2]
    qtbot.keyClick(page.table, Qt.Key.Key_F8)
    assert page.current_row() == rows[-1]


# -- keys and menus -----------------------------------------------------------------------------
def test_ctrl_y_redoes_as_well(loop, desk, subtitle_file, qtbot):
    run(loop, desk.page.open_path(subtitle_file))
    desk.controller.set_text(0, "Changed")
    desk.controller.undo()
    desk.page.select_row(0)
    desk.page.pane.text_edit.setFocus()
    qtbot.keyClick(desk.page.pane.text_edit, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert desk.controller.document[0].text == "Changed"


def _menu_actions(menu) -> list:
    found = []
    for action in menu.actions():
        found.append(action)
        if action.menu() is not None:
            found.extend(_menu_actions(action.menu()))
    return found


def test_every_shortcut_of_the_editor_is_shown_in_a_menu(desk):
    in_menus = set()
    for menu_action in desk.window.menuBar().actions():
        if menu_action.menu() is not None:
            in_menus.update(_menu_actions(menu_action.menu()))
    with_keys = [a for a in desk.page.actions() if not a.shortcut().isEmpty()]
    assert with_keys
    assert [a.text() for a in with_keys if a not in in_menus] == []
    translation = next(a.menu() for a in desk.window.menuBar().actions() if a.text() == "&Translation")
    keys = {a.text(): a.shortcut().toString() for a in translation.actions()}
    assert keys["&Next untranslated cue"] == "F9" and keys["&Previous untranslated cue"] == "Shift+F9"
    assert QKeySequence("Ctrl+Y") in desk.page.redo_action.shortcuts()


def test_the_quit_question_names_the_work_not_its_file(loop, desk, subtitle_file, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    run(loop, desk.page.open_path(subtitle_file))
    desk.controller.work_title = "Workshop Basics 4 · French (France) · Translate"
    desk.controller.set_text(0, "Changed")
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda parent, title, text, *a: asked.append(text) or QMessageBox.StandardButton.Cancel)
    assert not desk.page.confirm_discard()
    assert asked == ["Save the changes to Workshop Basics 4 · French (France) · Translate first?"]


# -- spelling -----------------------------------------------------------------------------------
def underlined(pane) -> list[str]:
    """The words the cue text box shows with a spell-check underline."""
    words = []
    block = pane.text_edit.document().begin()
    while block.isValid():
        for found in block.layout().formats():
            if found.format.underlineStyle() == QTextCharFormat.UnderlineStyle.SpellCheckUnderline:
                words.append(block.text()[found.start:found.start + found.length])
        block = block.next()
    return words


def test_misspelled_words_are_underlined_as_you_type(loop, translating, qtbot):
    spelling_in(loop, translating)
    page = translating.page
    page.select_row(4)
    assert underlined(page.pane) == ["trés"]
    editor = page.pane.text_edit
    editor.setFocus()
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor, " Bonjuor")
    assert underlined(page.pane) == ["trés", "Bonjuor"]


def test_the_spelling_rule_reports_misspelled_words_in_qc(loop, translating, qtbot):
    spelling_in(loop, translating)
    problems = [p for p in translating.controller.problems_for(4) if p.rule == "spelling"]
    assert problems and "trés" in problems[0].message
    qtbot.waitUntil(lambda: translating.page.qc_panel.counts().get("spelling") == 1)


def _word_position(pane, word: str):
    editor = pane.text_edit
    cursor = editor.textCursor()
    cursor.setPosition(editor.toPlainText().index(word) + 1)
    return editor.cursorRect(cursor).center()


def test_a_suggestion_from_the_context_menu_corrects_the_word_in_one_undo_step(loop, translating):
    spelling_in(loop, translating)
    page = translating.page
    page.select_row(4)
    menu = page.pane.context_menu(_word_position(page.pane, "trés"))
    suggestions = [a for a in menu.actions() if a.objectName() == "spellingSuggestion"]
    assert "très" in [a.text() for a in suggestions]
    next(a for a in suggestions if a.text() == "très").trigger()
    assert translating.controller.document[4].text == "<i>Je suis très content.</i>"
    assert underlined(page.pane) == []
    translating.controller.undo()
    assert translating.controller.document[4].text == "<i>Je suis trés content.</i>"


def test_add_to_dictionary_keeps_the_word_in_the_personal_word_list(loop, translating, data_dir):
    spelling_in(loop, translating)
    page = translating.page
    translating.controller.set_text(0, "Bienvenue chez Workshopia.")
    page.select_row(0)
    assert underlined(page.pane) == ["Workshopia"]
    menu = page.pane.context_menu(_word_position(page.pane, "Workshopia"))
    next(a for a in menu.actions() if a.objectName() == "addToDictionary").trigger()
    assert underlined(page.pane) == []
    assert "spelling" not in rules_at(translating, 0)
    assert (data_dir / "spelling" / "fr-FR.txt").read_text(encoding="utf-8").split() == ["Workshopia"]


def test_ignore_accepts_the_word_for_this_session(loop, translating):
    spelling_in(loop, translating)
    page = translating.page
    page.select_row(4)
    menu = page.pane.context_menu(_word_position(page.pane, "trés"))
    next(a for a in menu.actions() if a.objectName() == "ignoreWord").trigger()
    assert underlined(page.pane) == []
    assert "spelling" not in rules_at(translating, 4)


def test_a_language_without_a_dictionary_is_said_plainly(loop, translating):
    failures = []
    translating.runner.failed.connect(lambda name, exc: failures.append(name))
    spelling_in(loop, translating, "ja-JP")
    workbench = translating.page.workbench
    assert workbench.spelling is None
    assert workbench.spelling_note == "No spelling dictionary for ja-JP: spelling is not checked"
    assert translating.window.statusBar().currentMessage() == workbench.spelling_note
    assert not failures and not translating.page.notices


def test_a_long_documents_spelling_is_checked_off_the_ui_thread(loop, translating, monkeypatch):
    threads = set()
    check = SpellChecker.check

    def recording(self, text):
        threads.add(threading.current_thread() is threading.main_thread())
        return check(self, text)

    monkeypatch.setattr(SpellChecker, "check", recording)
    monkeypatch.setattr(controller_module, "QC_OFF_THREAD_CUES", 3)
    spelling_in(loop, translating)
    wait_until(loop, lambda: not translating.runner.is_running("editor.qc-context"), timeout=10)
    assert False in threads  # the first pass ran on a worker thread
    assert "spelling" in rules_at(translating, 4)


# -- files: recent, reopened, where ------------------------------------------------------------
def test_open_recent_lists_the_files_newest_first_and_forgets_missing_ones(loop, desk, tmp_path):
    paths = []
    for name in ("a.srt", "b.srt", "c.srt"):
        path = tmp_path / name
        shutil.copy(WORKBENCH / "target.fr.srt", path)
        run(loop, desk.page.open_path(path))
        paths.append(path)
    paths[1].unlink()
    desk.page.refresh_recent_menu()
    listed = [a.data() for a in desk.page.recent_menu.actions() if a.data()]
    assert listed == [str(paths[2]), str(paths[0])]
    assert desk.page.recent_files() == listed


def test_open_recent_keeps_ten_files(loop, desk, tmp_path):
    desk.settings.setValue("editor/recent", [str(tmp_path / f"old{n}.srt") for n in range(12)])
    path = tmp_path / "new.srt"
    shutil.copy(WORKBENCH / "target.fr.srt", path)
    run(loop, desk.page.open_path(path))
    assert len(desk.page.recent_files()) == 10 and desk.page.recent_files()[0] == str(path)


def test_a_recent_file_opens_from_the_menu(loop, desk, target, subtitle_file):
    run(loop, desk.page.open_path(target))
    run(loop, desk.page.open_path(subtitle_file))
    desk.page.refresh_recent_menu()
    action = next(a for a in desk.page.recent_menu.actions() if a.data() == str(target))
    action.trigger()
    wait_until(loop, lambda: desk.controller.path == target)


def test_the_last_work_is_opened_again_at_start(loop, desk_factory, target):
    first = desk_factory()
    run(loop, first.page.open_path(target))
    second = desk_factory()
    second.window.restore_settings()
    wait_until(loop, lambda: second.controller.path == target)


def test_opening_the_last_work_again_can_be_turned_off(loop, desk_factory, target):
    first = desk_factory()
    run(loop, first.page.open_path(target))
    first.page.refresh_recent_menu()
    option = next(a for a in first.page.recent_menu.actions() if a.objectName() == "reopenLastAction")
    assert option.isChecked()  # on unless turned off
    option.setChecked(False)
    second = desk_factory()
    assert second.page.reopen_last() is None
    assert second.controller.document is None and not second.runner.is_running("editor.open")


def test_the_path_of_the_open_file_is_shown_and_its_folder_can_be_opened(loop, desk, target, monkeypatch):
    from PySide6.QtGui import QDesktopServices

    run(loop, desk.page.open_path(target))
    assert desk.window.path_label.toolTip() == str(target)
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    assert desk.page.show_in_folder_action.isEnabled()
    desk.page.show_in_folder_action.trigger()
    assert opened == [str(target.parent)]


def test_no_two_editor_actions_share_a_key(desk):
    owners: dict[str, str] = {}
    clashes = []
    for action in desk.page.actions():
        for key in action.shortcuts():
            name = key.toString()
            if name in owners and owners[name] != action.text():
                clashes.append((name, owners[name], action.text()))
            owners[name] = action.text()
    assert clashes == []
