"""A page group's menu: each entry shows its page and runs its action; an entry with ``enabled``
is enabled as that says each time the menu opens."""

from __future__ import annotations

import pytest

from subtitle_desk.ui.desk import datocms
from subtitle_desk.ui.desk.widgets import MenuEntry, page_menu
from tests.ui.conftest import wait_until


def test_an_entry_is_enabled_as_its_predicate_says_when_the_menu_opens(desk):
    ready = {"value": False}
    menu, (show, act) = page_menu(desk.window, "&Things", "thingsMenu", [
        MenuEntry("&Show", "editor"), None,
        MenuEntry("&Act", then=lambda: None, enabled=lambda: ready["value"])])

    menu.aboutToShow.emit()
    assert show.isEnabled() and not act.isEnabled()

    ready["value"] = True
    menu.aboutToShow.emit()
    assert show.isEnabled() and act.isEnabled()


def test_an_entry_runs_its_action_after_showing_its_page(desk):
    ran = []
    _menu, (act,) = page_menu(desk.window, "&Things", "thingsMenu", [
        MenuEntry("&Act", "editor", then=lambda: ran.append(desk.window.current_page_key()))])

    act.trigger()
    assert ran == ["editor"]



@pytest.fixture
def datocms_part(context, desk, loop):
    installed = datocms.install(context)
    yield installed
    desk.autosaver.stop()  # before the context fixture's teardown runs the loop again
    desk.autosaver.stop = lambda: None
    wait_until(loop, lambda: not context.runner.running_names(), timeout=20)


def test_the_datocms_menu_offers_the_track_jobs_only_once_a_video_is_chosen(datocms_part):
    entries = [a for a in datocms_part.menu.actions() if not a.isSeparator()]
    _show, publish, batch, generate, reload = entries

    datocms_part.menu.aboutToShow.emit()
    assert not publish.isEnabled() and not batch.isEnabled() and not generate.isEnabled()
    assert reload.isEnabled()
