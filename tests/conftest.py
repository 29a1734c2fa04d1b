"""Fixtures shared across the suite (keep this small: module-specific ones live with their tests)."""

from __future__ import annotations

import gc
import os
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import hypothesis
import pytest

# No test opens a window on the developer's screen, and none needs a display to run.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The tests assert on the English texts, whatever the machine's locale (ui.i18n reads this first).
os.environ["SUBTITLE_DESK_LANGUAGE"] = "en"

# Property tests draw the same examples on every run, so a run's result does not depend on luck;
# benchmarks/fuzz_bench.py explores further. HYPOTHESIS_PROFILE=explore draws new ones.
hypothesis.settings.register_profile("repeatable", derandomize=True, database=None)
hypothesis.settings.register_profile("explore")
hypothesis.settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))

from subtitle_desk.emulators.storage import StorageHost


@pytest.fixture(autouse=True)
def private_user_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test reads or writes the developer's own data or cache folders (work files, recoveries,
    tokens kept without a keyring, thumbnails)."""
    monkeypatch.setenv("SUBTITLE_DESK_DATA_DIR", str(tmp_path / "user-data"))
    monkeypatch.setenv("SUBTITLE_DESK_CACHE_DIR", str(tmp_path / "user-cache"))


def _qt_application_exists() -> bool:
    qtcore = sys.modules.get("PySide6.QtCore")
    return qtcore is not None and qtcore.QCoreApplication.instance() is not None


@pytest.fixture(autouse=True)
def garbage_collected_on_the_main_thread(request: pytest.FixtureRequest) -> Iterator[None]:
    """As in the app (ui/gc_main_thread.py): once a test has Qt objects (it uses ``qapp``, or an
    earlier test made the QApplication), Python's automatic garbage collection stays off for the
    rest of the session and each test ends with a collection on the main thread.

    An automatic collection runs on whichever thread happens to allocate, here an emulator's server
    thread or an executor worker. Freeing a Qt object there is a crash waiting: a closed qasync
    loop, for one, still has a Qt timer registered for every ``call_later`` it never ran (qasync
    kills a timer only when it fires); ``~QObject`` on another thread cannot unregister them, and
    the main thread later delivers a timer event to freed memory (a segfault in
    ``QTimerInfoList::activateTimers``, minutes and modules later). Collection is not switched back
    on between tests either: a test's fixtures become garbage only after its teardown."""
    if not ("qapp" in request.fixturenames or _qt_application_exists()):
        yield
        return
    gc.disable()
    yield
    gc.collect()


@pytest.fixture
def storage_host(tmp_path: Path) -> Iterator[StorageHost]:
    """A started signed-URL storage host on 127.0.0.1 keeping bytes under ``tmp_path``."""
    host = StorageHost(tmp_path / "storage").start()
    try:
        yield host
    finally:
        host.stop()


@pytest.fixture
def wait_until() -> Callable[..., None]:
    """Poll a condition on a server thread's state until it holds, like ``qtbot.waitUntil``."""

    def wait(condition: Callable[[], bool], timeout: float = 10.0) -> None:
        deadline = time.monotonic() + timeout
        while not condition():
            if time.monotonic() > deadline:
                raise AssertionError("condition not met within the time limit")
            time.sleep(0.005)

    return wait
