"""The installed-app smoke test (``subtitle-desk --demo --smoke-test``), run here from source against
the real window and the demo emulators: it passes on a working desk and names the failing step."""

from __future__ import annotations

import asyncio
import io
from collections.abc import Iterator
from pathlib import Path

import pytest
import qasync

from subtitle_desk.emulators.demo import Emulators, start_all
from subtitle_desk.ui.app import Shell, build_shell, make_settings, worker_threads
from subtitle_desk.ui.smoke import process_age_seconds, run_smoke_test


@pytest.fixture
def demo() -> Iterator[Emulators]:
    emulators = start_all()  # before the qasync loop exists: the server threads make their own loops
    try:
        yield emulators
    finally:
        emulators.stop()


@pytest.fixture
def loop(qapp) -> Iterator[qasync.QEventLoop]:
    event_loop = qasync.QEventLoop(qapp)
    event_loop.set_default_executor(worker_threads())  # as the app does: no QThread runs Python here
    asyncio.set_event_loop(event_loop)
    yield event_loop
    pending = [t for t in asyncio.all_tasks(event_loop) if not t.done()]
    for task in pending:
        task.cancel()
    if pending:
        event_loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
    event_loop.close()
    asyncio.set_event_loop(None)


@pytest.fixture
def make_desk(qtbot, loop, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("SUBTITLE_DESK_DATA_DIR", str(tmp_path / "data"))
    made: list[Shell] = []

    def make(demo: Emulators | None, *, show: bool = True) -> Shell:
        desk = build_shell(make_settings(tmp_path / "data"), data_dir=tmp_path / "data")
        desk_demos[id(desk)] = demo
        qtbot.addWidget(desk.window)
        desk.window.close_guards.clear()
        if show:
            desk.window.show()
        made.append(desk)
        return desk

    yield make
    for desk in made:
        desk.autosaver.stop()
        desk.runner.cancel_all()


#: The emulators each shell of a test runs against (None: the smoke test starts its own).
desk_demos: dict[int, Emulators | None] = {}


def smoke(loop: qasync.QEventLoop, desk: Shell) -> tuple[int, list[str]]:
    out = io.StringIO()
    code = loop.run_until_complete(run_smoke_test(desk, None, demo=desk_demos.get(id(desk)), out=out, timeout=60))
    return code, out.getvalue().splitlines()


def test_smoke_test_passes_on_a_working_desk_against_the_demo_services(loop, make_desk, demo):
    desk = make_desk(demo)

    code, lines = smoke(loop, desk)

    assert code == 0, lines
    assert lines[-1] == "smoke: OK"
    assert any(line.startswith("smoke: listed 120 media") for line in lines)
    assert desk.page.model.rowCount() > 0


def test_smoke_test_prints_one_line_per_step_in_the_order_a_subtitler_works(loop, make_desk, demo):
    code, lines = smoke(loop, make_desk(demo))

    expected = ["window shown", "window icon", "demo media found", "media backend loaded the demo clip",
                "logged in to Dotsub", "listed", "listed", "downloaded SRT for task", "cue table shows",
                "DatoCMS answered", "logged in to cielo24", "opened", "OK"]
    assert code == 0, lines
    assert len(lines) == len(expected)
    assert all(line.startswith(f"smoke: {step}") for line, step in zip(lines, expected)), lines


def test_smoke_test_fails_naming_the_step_when_dotsub_refuses_the_login(loop, make_desk, demo):
    demo.secrets["dotsub.client_secret"] = "not-the-demo-secret"

    code, lines = smoke(loop, make_desk(demo))

    assert code == 1
    assert lines[-1].startswith("smoke: FAILED: Dotsub login: ")
    assert "not-the-demo-secret" not in "\n".join(lines)


def test_smoke_test_fails_when_the_window_is_not_shown(loop, make_desk, demo):
    code, lines = smoke(loop, make_desk(demo, show=False))

    assert code == 1
    assert lines == ["smoke: FAILED: window: the main window is not shown"]


def test_smoke_test_starts_the_emulators_itself_without_demo(loop, make_desk):
    code, lines = smoke(loop, make_desk(None))

    assert code == 0, lines
    assert "smoke: started the bundled emulators (no --demo given)" in lines


def test_process_age_is_known_on_this_platform():
    age = process_age_seconds()

    assert age is not None and age >= 0
