"""Autosave while dirty, and the offer to restore after a crash."""

from __future__ import annotations

import shutil

from subtitle_desk.core.document import Cue, Document
from tests.ui.conftest import run, wait_until


def test_a_dirty_document_is_autosaved(loop, desk_factory, subtitle_file, qtbot):
    desk = desk_factory(autosave_ms=20)
    run(loop, desk.page.open_path(subtitle_file))

    desk.controller.set_text(0, "Autosaved text")

    wait_until(loop, lambda: len(desk.store.written()) == 1)
    assert desk.store.load(desk.store.written()[0])[0].text == "Autosaved text"


def test_a_clean_document_is_not_autosaved(loop, desk_factory, subtitle_file, qtbot):
    desk = desk_factory(autosave_ms=20)
    run(loop, desk.page.open_path(subtitle_file))

    with qtbot.assertNotEmitted(desk.autosaver.written, wait=200):
        pass

    assert desk.store.written() == []


def test_saving_removes_the_autosaved_copy(loop, desk_factory, subtitle_file, qtbot):
    desk = desk_factory(autosave_ms=20)
    run(loop, desk.page.open_path(subtitle_file))
    desk.controller.set_text(0, "Keep me")
    wait_until(loop, lambda: len(desk.store.written()) == 1)

    run(loop, desk.page.save())

    assert desk.store.written() == []


def test_after_a_crash_the_next_start_offers_to_restore_and_restores(loop, desk_factory, subtitle_file, qtbot):
    crashed = desk_factory()
    crashed.store.write(Document([Cue(1000, 2000, "Unsaved work")]), str(subtitle_file), "crashed-window")
    crashed.store.close()  # its lock goes, its files stay: as after a crash

    desk = desk_factory()
    offer = desk.offer_restore()
    assert offer.box is not None and "episode.srt" in offer.box.text()
    offer.restore_button.click()

    wait_until(loop, lambda: desk.controller.document is not None)
    assert desk.controller.document[0].text == "Unsaved work"
    assert desk.controller.path == subtitle_file
    assert desk.window.isWindowModified()
    # The restored work is this copy's now: kept on disk, and offered to no other copy.
    assert [r.key for r in desk.store.written()] == ["crashed-window"]
    assert desk_factory().store.pending() == []


def test_declining_the_restore_discards_the_autosaved_copy(loop, desk_factory, subtitle_file):
    crashed = desk_factory()
    crashed.store.write(Document([Cue(1000, 2000, "Unsaved work")]), None, "crashed-window")
    crashed.store.close()

    desk = desk_factory()
    offer = desk.offer_restore()
    offer.discard_button.click()

    assert desk.store.pending() == []
    assert desk.controller.document is None
    assert desk_factory().store.pending() == []


def test_a_running_copys_autosave_is_not_offered(loop, desk_factory, subtitle_file):
    running = desk_factory()
    running.store.write(Document([Cue(1000, 2000, "Live work")]), str(subtitle_file), "running-window")

    offer = desk_factory().offer_restore()

    assert offer.box is None
    assert [r.key for r in running.store.written()] == ["running-window"]


def test_later_leaves_the_recovery_for_the_next_start(loop, desk_factory):
    crashed = desk_factory()
    crashed.store.write(Document([Cue(1000, 2000, "Unsaved work")]), None, "crashed-window")
    crashed.store.close()

    offer = desk_factory().offer_restore()
    offer.box.reject()  # "Later"

    assert [r.key for r in desk_factory().store.pending()] == ["crashed-window"]


def test_an_autosave_removed_behind_the_apps_back_is_written_again(loop, desk_factory, subtitle_file):
    desk = desk_factory(autosave_ms=20)
    run(loop, desk.page.open_path(subtitle_file))
    desk.controller.set_text(0, "Do not lose me")
    wait_until(loop, lambda: len(desk.store.written()) == 1)

    for item in desk.store.session_dir.iterdir():  # as another copy's "Discard" once did
        item.unlink()
    wait_until(loop, lambda: len(desk.store.written()) == 1)
    assert desk.store.load(desk.store.written()[0])[0].text == "Do not lose me"

    shutil.rmtree(desk.store.session_dir)  # or a cleaning tool, folder and all
    wait_until(loop, lambda: len(desk.store.written()) == 1)
    assert desk.store.load(desk.store.written()[0])[0].text == "Do not lose me"


def test_no_offer_when_nothing_was_left_behind(loop, desk):
    offer = desk.offer_restore()

    assert offer.box is None
