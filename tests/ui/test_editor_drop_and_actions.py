"""Opening by drag and drop, and the edit actions of the Edit menu."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from tests.ui.conftest import run, wait_until


def drop_on_page(desk, mime: QMimeData) -> bool:
    """Drop ``mime`` on the editor page; True when the page accepted it.

    The event goes straight to the page's handler: Qt delivers drops only while a platform drag
    is in progress, and PySide6 6.12 binds QDragEnterEvent only through a deprecated constructor.
    """
    point = QPointF(desk.page.table.mapTo(desk.page, QPoint(60, 60)))
    drop = QDropEvent(point, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    drop.ignore()
    desk.page.dropEvent(drop)
    return drop.isAccepted()


def file_urls(*paths) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return mime


def test_dropping_a_subtitle_file_opens_it(loop, desk, subtitle_file, qtbot):
    mime = file_urls(subtitle_file)

    accepted = drop_on_page(desk, mime)

    assert accepted
    wait_until(loop, lambda: desk.controller.document is not None)
    assert desk.controller.path == subtitle_file
    assert desk.page.model.rowCount() == 7


def test_dropping_something_without_files_is_ignored(loop, desk):
    mime = QMimeData()
    mime.setText("just text")

    accepted = drop_on_page(desk, mime)

    assert not accepted
    assert desk.controller.document is None


def open_episode(loop, desk, path):
    run(loop, desk.page.open_path(path))


def test_insert_after_adds_an_empty_cue_after_the_current_one(loop, desk, subtitle_file):
    open_episode(loop, desk, subtitle_file)
    desk.page.select_row(6)

    desk.page.insert_action.trigger()

    assert desk.page.model.rowCount() == 8
    assert desk.page.current_row() == 7
    assert desk.controller.document[7].start > desk.controller.document[6].end


def test_delete_removes_the_selected_cues(loop, desk, subtitle_file):
    open_episode(loop, desk, subtitle_file)
    desk.page.select_row(0)

    desk.page.delete_action.trigger()

    assert desk.page.model.rowCount() == 6
    assert desk.page.undo_action.text().startswith("&Undo Delete")


def test_split_at_cursor_splits_the_current_cue_where_the_cursor_is(loop, desk, subtitle_file):
    open_episode(loop, desk, subtitle_file)
    desk.page.select_row(1)
    editor = desk.page.pane.text_edit
    cursor = editor.textCursor()
    cursor.setPosition(editor.toPlainText().index("\n"))
    editor.setTextCursor(cursor)

    desk.page.split_action.trigger()

    assert desk.controller.document[1].text == "I told you, I was at the station"
    assert desk.controller.document[2].text == "waiting for the last train home."


def test_merge_joins_the_selected_adjacent_cues(loop, desk, subtitle_file):
    open_episode(loop, desk, subtitle_file)
    # Not table.selectRow: it reads the keyboard modifiers, which an earlier test's Ctrl+Z can
    # leave pressed in the offscreen platform, and would then add row 2 to the selection.
    desk.page.select_row(2)
    desk.page.table.selectionModel().select(desk.page.model.index(3, 0),
                                            desk.page.table.selectionModel().SelectionFlag.Select
                                            | desk.page.table.selectionModel().SelectionFlag.Rows)

    desk.page.merge_action.trigger()

    assert desk.page.model.rowCount() == 6
    assert "What?" in desk.controller.document[2].text
    assert "The train never came." in desk.controller.document[2].text


def test_shifting_every_cue_moves_all_times(loop, desk, subtitle_file):
    open_episode(loop, desk, subtitle_file)

    desk.controller.shift(None, 1500)

    assert desk.controller.document[0].start == 2500
    assert desk.page.undo_action.text() == "&Undo Shift 7 cues by +1.500 s"


def test_changing_the_frame_rate_retimes_every_cue(loop, desk, subtitle_file):
    open_episode(loop, desk, subtitle_file)

    desk.controller.change_frame_rate(25, 23.976)

    assert desk.controller.document[6].start == round(16000 * 25 / 23.976)


def test_find_and_replace_with_a_regex_is_one_undo_step(loop, desk, subtitle_file):
    open_episode(loop, desk, subtitle_file)
    dialog = desk.page.find_replace_dialog()
    dialog.find.setText(r"\btrain\b")
    dialog.replace.setText("bus")
    dialog.regex.setChecked(True)

    dialog.replaceAll.emit(r"\btrain\b", "bus", True, False, False)

    assert desk.controller.document[1].text.endswith("last bus home.")
    assert "bus never came" in desk.controller.document[3].text
    assert dialog.status.text() == "2 replacements"
    desk.page.undo_action.trigger()
    assert "train never came" in desk.controller.document[3].text


def test_find_next_selects_the_next_matching_cue(loop, desk, subtitle_file):
    open_episode(loop, desk, subtitle_file)
    desk.page.select_row(0)

    desk.page._find_next("train", False, False)

    assert desk.page.current_row() == 1


def test_edit_actions_have_keyboard_shortcuts(loop, desk):
    page = desk.page
    actions = [page.open_action, page.save_action, page.save_as_action, page.undo_action, page.redo_action,
               page.insert_action, page.delete_action, page.split_action, page.merge_action,
               page.shift_action, page.frame_rate_action, page.find_action]

    missing = [a.text() for a in actions if a.shortcut().isEmpty()]

    assert missing == []
