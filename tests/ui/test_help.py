"""Help: the keyboard shortcuts are read from the window's actions, the user guide opens in the app
(one text, shipped with the package and copied in docs/), and About names the versions."""

from __future__ import annotations

import platform
import re
from pathlib import Path

from PySide6.QtCore import QUrl, qVersion
from PySide6.QtGui import QAction, QKeySequence, QShortcut, QTextDocument
from PySide6.QtWidgets import QWidget

from subtitle_desk.ui.help import GUIDE_PATH, plain_text, window_shortcuts

ROOT = Path(__file__).resolve().parents[2]
NATIVE = QKeySequence.SequenceFormat.NativeText


def native(keys: str) -> str:
    return QKeySequence(keys).toString(NATIVE)


def test_the_shortcuts_list_has_the_menus_shortcuts_under_their_menu(desk):
    dialog = desk.window.show_shortcuts()

    rows = dialog.rows()
    assert ("File", "Save", QKeySequence(QKeySequence.StandardKey.Save).toString(NATIVE)) in rows
    assert ("Quality", "Next problem", native("F8")) in rows
    assert ("View", "Activity", native("Ctrl+Shift+A")) in rows
    assert ("Help", "Keyboard shortcuts", native("Ctrl+/")) in rows
    assert all("&" not in command for _, command, _ in rows)


def test_an_action_with_several_keys_lists_them_all(desk):
    rows = desk.window.show_shortcuts().rows()

    redo = next(keys for group, command, keys in rows if group == "Edit" and command == "Redo")
    assert native("Ctrl+Y") in redo.split(", ")


def test_the_list_is_read_from_the_actions_themselves_when_it_opens(desk):
    action = QAction("&Count && check words", desk.window)
    action.setShortcut(QKeySequence("Ctrl+Alt+W"))
    desk.window.edit_menu.addAction(action)
    submenu = desk.window.edit_menu.addMenu("&More")
    deeper = submenu.addAction("Say &hello")
    deeper.setShortcut(QKeySequence("Ctrl+Alt+H"))

    rows = desk.window.show_shortcuts().rows()

    assert ("Edit", "Count & check words", native("Ctrl+Alt+W")) in rows
    assert ("Edit ▸ More", "Say hello", native("Ctrl+Alt+H")) in rows


def test_actions_and_described_shortcuts_outside_the_menus_are_listed_under_their_page(desk):
    page = QWidget()
    desk.window.add_page("notes", "Notes", page)
    action = QAction("Pin the note", page)
    action.setShortcut(QKeySequence("Ctrl+Alt+P"))
    page.addAction(action)
    QShortcut(QKeySequence("Ctrl+Alt+N"), page).setWhatsThis("Next note")
    QShortcut(QKeySequence("Ctrl+Alt+U"), page)  # no description: nothing to say about it

    rows = desk.window.show_shortcuts().rows()

    assert ("Notes", "Pin the note", native("Ctrl+Alt+P")) in rows
    assert ("Notes", "Next note", native("Ctrl+Alt+N")) in rows
    assert not any(keys == native("Ctrl+Alt+U") for _, _, keys in rows)


def test_an_action_in_a_menu_is_listed_once(desk):
    shortcuts = window_shortcuts(desk.window)

    saves = [s for s in shortcuts if s.text == "Save"]
    assert len(saves) == 1


def test_typing_in_the_filter_narrows_the_list_to_commands_or_keys(desk):
    dialog = desk.window.show_shortcuts()

    dialog.filter.setText("undo")
    assert [command for _, command, _ in dialog.rows()] == ["Undo"]
    dialog.filter.setText(native("F8"))
    assert ("Quality", "Next problem", native("F8")) in dialog.rows()


def test_plain_text_drops_the_mnemonic_marks():
    assert plain_text("Save &As…") == "Save As…"
    assert plain_text("&Fish && chips") == "Fish & chips"


def test_the_user_guide_opens_in_the_app_with_its_pictures(desk):
    dialog = desk.window.show_guide()

    document = dialog.browser.document()
    text = document.toPlainText()
    for heading in ("Find your task", "Open it", "Edit and check", "Send it to Dotsub", "Publish on DatoCMS"):
        assert heading in text
    pictures = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", GUIDE_PATH.read_text(encoding="utf-8"))
    assert len(pictures) >= 4
    for name in pictures:
        image = document.resource(QTextDocument.ResourceType.ImageResource, QUrl(name))
        assert image is not None and not image.isNull(), name
        assert image.width() <= dialog.browser.viewport().width()  # scaled to fit


def test_docs_user_guide_is_the_guide_the_app_shows_and_its_pictures_are_the_docs_screenshots():
    docs = ROOT / "docs" / "user-guide.md"
    assert docs.read_text(encoding="utf-8") == GUIDE_PATH.read_text(encoding="utf-8")
    for name in re.findall(r"!\[[^\]]*\]\(([^)]+)\)", docs.read_text(encoding="utf-8")):
        shipped, documented = GUIDE_PATH.parent / name, docs.parent / name
        assert shipped.read_bytes() == documented.read_bytes(), name


def test_about_names_the_versions_of_the_app_qt_and_python(desk):
    box = desk.window.show_about()

    assert qVersion() in box.text()
    assert platform.python_version() in box.text()
    from subtitle_desk import __version__

    assert __version__ in box.text()
