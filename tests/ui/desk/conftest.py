"""Fixtures for the desk pages: the real window on the real local emulators (127.0.0.1 only).

``emulators`` serves fresh Dotsub, DatoCMS, cielo24 and storage emulators for one test;
``context`` is a ``DeskContext`` over the ``desk`` window (see tests/ui/conftest.py) whose
services talk to them with the demo credentials, kept in memory (no keyring, nothing written).
A page's test installs its own page: ``install(context)``.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from subtitle_desk.core.services.container import Services
from subtitle_desk.core.services.secrets import SecretStore
from subtitle_desk.emulators.demo import Emulators, start_all
from subtitle_desk.ui.desk.context import DeskContext


@pytest.fixture
def emulators(tmp_path) -> Iterator[Emulators]:
    served = start_all(tmp_path / "emulators")
    try:
        yield served
    finally:
        served.stop()


@pytest.fixture
def cache_dir(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    folder.mkdir()
    monkeypatch.setenv("SUBTITLE_DESK_CACHE_DIR", str(folder))
    return folder


@pytest.fixture
def context(desk, emulators, loop, cache_dir) -> Iterator[DeskContext]:
    secrets = SecretStore(use_keyring=False)
    emulators.apply_secrets(secrets)
    settings = emulators.settings()
    ctx = DeskContext(window=desk.window, runner=desk.runner, activity=desk.activity,
                      editor=desk.controller, editor_page=desk.page, ui_settings=desk.settings,
                      service_settings=settings, secrets=secrets,
                      services=Services(settings, secrets), demo=True)
    yield ctx
    desk.autosaver.stop()  # before the loop runs again and the window goes away
    desk.runner.cancel_all()
    loop.run_until_complete(ctx.aclose())
