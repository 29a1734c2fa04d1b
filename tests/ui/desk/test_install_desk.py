"""The desk as ``subtitle-desk --demo`` composes it: every page, on the local services."""

from __future__ import annotations

import argparse

from subtitle_desk.ui.app import Runtime
from subtitle_desk.ui.desk import install_desk


def titles(window) -> list[str]:
    nav = window.navigation
    return [nav.item(row).text() for row in range(nav.count())]


def test_the_demo_desk_has_every_page_and_opens_on_the_task_list(desk, emulators, loop):
    runtime = Runtime(demo=emulators)
    context = install_desk(desk, args=argparse.Namespace(demo=True, file=None, smoke_test=False),
                           runtime=runtime)
    try:
        assert titles(desk.window) == ["Editor", "Tasks", "Media", "Upload", "DatoCMS", "cielo24", "Setup"]
        assert desk.window.current_page_key() == "dotsub-tasks"
        assert context.demo and context.settings_path is None  # nothing of the demo is saved
        assert context.services.dotsub_configured() and context.services.datocms_configured()
        assert not context.secrets.available  # demo secrets stay in memory, the keyring untouched
    finally:
        desk.autosaver.stop()
        desk.runner.cancel_all()
        loop.run_until_complete(context.aclose())
