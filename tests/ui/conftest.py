"""Fixtures for driving the real widgets headless (QT_QPA_PLATFORM=offscreen, set by tools/test.sh).

``loop`` is a ``qasync.QEventLoop`` over pytest-qt's QApplication; scenarios are coroutines run
with ``loop.run_until_complete(...)``, as the shared README recommends. ``desk_factory`` builds
the whole window with a temporary settings file and data directory, so nothing touches the
user's real settings or autosaves. Garbage is collected on the main thread only, as in the app
(``garbage_collected_on_the_main_thread`` in tests/conftest.py, for every test that has Qt objects).
"""

from __future__ import annotations

import asyncio
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import qasync

from subtitle_desk.ui.app import Shell, build_shell, make_settings, worker_threads
from subtitle_desk.ui.i18n import install_translations

DATA = Path(__file__).parent / "data"


@pytest.fixture(autouse=True)
def english(qapp) -> None:
    """The app's English, as it starts (its plural forms: "1 cue", "2 cues"), whatever the machine's locale."""
    install_translations(qapp, "en")


@pytest.fixture
def loop(qapp) -> Iterator[qasync.QEventLoop]:
    event_loop = qasync.QEventLoop(qapp)
    event_loop.set_default_executor(worker_threads())  # as the app does
    asyncio.set_event_loop(event_loop)
    yield event_loop
    # Let cancelled tasks unwind and worker threads finish before the loop goes away.
    pending = [t for t in asyncio.all_tasks(event_loop) if not t.done()]
    for task in pending:
        task.cancel()
    if pending:
        event_loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
    event_loop.close()
    asyncio.set_event_loop(None)


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "appdata"
    folder.mkdir()
    monkeypatch.setenv("SUBTITLE_DESK_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def subtitle_file(tmp_path: Path) -> Path:
    """A copy of a short episode with QC problems (fast cues, overlap, long lines, Arabic)."""
    target = tmp_path / "episode.srt"
    shutil.copy(DATA / "episode.srt", target)
    return target


@pytest.fixture
def desk_factory(qtbot, loop, data_dir: Path) -> Iterator[Callable[..., Shell]]:
    made: list[Shell] = []

    def make(*, autosave_ms: int = 60_000) -> Shell:
        desk = build_shell(make_settings(data_dir), data_dir=data_dir, autosave_ms=autosave_ms)
        qtbot.addWidget(desk.window)
        desk.window.close_guards.clear()  # tests that need the question add it back
        desk.window.show()
        made.append(desk)
        return desk

    yield make
    for desk in made:
        desk.autosaver.stop()
        desk.runner.cancel_all()


@pytest.fixture
def desk(desk_factory) -> Shell:
    return desk_factory()


def run(loop: qasync.QEventLoop, awaitable):
    return loop.run_until_complete(awaitable)


async def until(predicate: Callable[[], object], timeout: float = 10.0) -> None:
    """Inside a scenario: poll ``predicate`` on the running loop until it holds (no long timer is
    left registered with Qt)."""
    deadline = asyncio.get_running_loop().time() + timeout
    while not predicate():
        if asyncio.get_running_loop().time() > deadline:
            raise TimeoutError(f"still false after {timeout} s")
        await asyncio.sleep(0.005)


def wait_until(loop: qasync.QEventLoop, predicate: Callable[[], object], timeout: float = 5.0) -> None:
    """Run the asyncio loop (and with it Qt's) until ``predicate()`` holds, like qtbot.waitUntil
    but letting coroutines and off-thread work started by the app make progress."""
    loop.run_until_complete(until(predicate, timeout))
