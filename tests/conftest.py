"""Fixtures shared across the suite (keep this small: module-specific ones live with their tests)."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from subtitle_desk.emulators.storage import StorageHost


@pytest.fixture(autouse=True)
def private_user_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test reads or writes the developer's own data or cache folders (work files, recoveries,
    tokens kept without a keyring, thumbnails)."""
    monkeypatch.setenv("SUBTITLE_DESK_DATA_DIR", str(tmp_path / "user-data"))
    monkeypatch.setenv("SUBTITLE_DESK_CACHE_DIR", str(tmp_path / "user-cache"))


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
