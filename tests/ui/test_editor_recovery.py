"""Autosave while dirty, and the offer to restore after a crash."""

from __future__ import annotations

from subtitle_desk.core.document import Cue, Document
from tests.ui.conftest import run, wait_until


def test_a_dirty_document_is_autosaved(loop, desk_factory, subtitle_file, qtbot):
    desk = desk_factory(autosave_ms=20)
    run(loop, desk.page.open_path(subtitle_file))

    desk.controller.set_text(0, "Autosaved text")

    wait_until(loop, lambda: len(desk.store.pending()) == 1)
    assert desk.store.load(desk.store.pending()[0])[0].text == "Autosaved text"


def test_a_clean_document_is_not_autosaved(loop, desk_factory, subtitle_file, qtbot):
    desk = desk_factory(autosave_ms=20)
    run(loop, desk.page.open_path(subtitle_file))

    with qtbot.assertNotEmitted(desk.autosaver.written, wait=200):
        pass

    assert desk.store.pending() == []


def test_saving_removes_the_autosaved_copy(loop, desk_factory, subtitle_file, qtbot):
    desk = desk_factory(autosave_ms=20)
    run(loop, desk.page.open_path(subtitle_file))
    desk.controller.set_text(0, "Keep me")
    wait_until(loop, lambda: len(desk.store.pending()) == 1)

    run(loop, desk.page.save())

    assert desk.store.pending() == []


def test_after_a_crash_the_next_start_offers_to_restore_and_restores(loop, desk_factory, subtitle_file, qtbot):
    crashed = desk_factory()
    crashed.store.write(Document([Cue(1000, 2000, "Unsaved work")]), str(subtitle_file), "crashed-window")

    desk = desk_factory()
    offer = desk.offer_restore()
    assert offer.box is not None and "episode.srt" in offer.box.text()
    offer.restore_button.click()

    wait_until(loop, lambda: desk.controller.document is not None)
    assert desk.controller.document[0].text == "Unsaved work"
    assert desk.controller.path == subtitle_file
    assert desk.window.isWindowModified()


def test_declining_the_restore_discards_the_autosaved_copy(loop, desk_factory, subtitle_file):
    desk = desk_factory()
    desk.store.write(Document([Cue(1000, 2000, "Unsaved work")]), None, "crashed-window")

    offer = desk.offer_restore()
    offer.discard_button.click()

    assert desk.store.pending() == []
    assert desk.controller.document is None


def test_no_offer_when_nothing_was_left_behind(loop, desk):
    offer = desk.offer_restore()

    assert offer.box is None
