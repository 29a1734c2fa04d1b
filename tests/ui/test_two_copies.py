"""Two copies of the app under one user lose nothing: copy A runs in a process of its own (the real
window, offscreen), copy B in this one, both on the same data directory."""

from __future__ import annotations

import json
import os
import select
import signal
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

import pytest

from subtitle_desk.core.storage import Recovery
from tests.ui.conftest import wait_until

ROOT = Path(__file__).resolve().parents[2]

COPY_A = """
import asyncio, sys
from pathlib import Path

import qasync
from PySide6.QtWidgets import QApplication

from subtitle_desk.ui.app import build_shell, make_settings, worker_threads
from subtitle_desk.ui.gc_main_thread import MainThreadGarbageCollector

data_dir, subtitle_file = Path(sys.argv[1]), sys.argv[2]
app = QApplication([])
collector = MainThreadGarbageCollector(app)  # as the app does: no collection on a worker thread
loop = qasync.QEventLoop(app)
asyncio.set_event_loop(loop)
loop.set_default_executor(worker_threads())
desk = build_shell(make_settings(data_dir), data_dir=data_dir, autosave_ms=50)
desk.window.show()


async def main():
    await desk.page.open_path(subtitle_file)
    desk.controller.set_text(0, "Edited in copy A")
    while not any((data_dir / "autosave").rglob("recovery-*.json")):
        await asyncio.sleep(0.02)
    print(desk.controller.session_key, flush=True)
    await asyncio.Event().wait()  # stays open, as a window the user keeps working in

loop.run_until_complete(main())
"""


def read_line(process: subprocess.Popen, timeout: float = 60) -> str:
    ready, _, _ = select.select([process.stdout], [], [], timeout)
    assert ready, "copy A did not start in time"
    line = process.stdout.readline().decode().strip()
    assert line, f"copy A ended ({process.poll()})"
    return line


def recovery_files(data_dir: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in (data_dir / "autosave").rglob("recovery-*")}


@pytest.mark.skipif(os.name == "nt" or not hasattr(signal, "SIGKILL"), reason="needs kill -9 and select on a pipe")
def test_two_copies_lose_nothing_when_one_is_killed(loop, desk_factory, data_dir, subtitle_file):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", SUBTITLE_DESK_DATA_DIR=str(data_dir))
    copy_a = subprocess.Popen([sys.executable, "-c", COPY_A, str(data_dir), str(subtitle_file)],
                              stdout=subprocess.PIPE, cwd=ROOT, env=env)
    try:
        key = read_line(copy_a)
        live = recovery_files(data_dir)
        assert live, "copy A autosaved nothing"

        # Copy B starts while A runs: A's live autosave is not offered, and B cannot remove it.
        copy_b = desk_factory()
        assert copy_b.offer_restore().box is None
        copy_b.store.discard(key)
        [sidecar] = [p for p in live if p.suffix == ".json"]
        meta = json.loads(sidecar.read_text())
        theirs = Recovery(key=key, original_path=meta["original_path"],
                          saved_at=datetime.fromisoformat(meta["saved_at"]), path=sidecar.with_name(meta["file"]))
        assert copy_b.store.discard_recovery(theirs) is False
        assert recovery_files(data_dir) == live

        # Whatever removes A's autosave anyway (an older copy's Discard, a cleaning tool), A
        # writes it again.
        for path in live:
            path.unlink()
        deadline = time.monotonic() + 20
        while recovery_files(data_dir).keys() != live.keys() and time.monotonic() < deadline:
            time.sleep(0.05)
        assert recovery_files(data_dir).keys() == live.keys(), "copy A did not write its autosave again"

        # A is killed: now its work is offered, with the edit in it.
        copy_a.send_signal(signal.SIGKILL)
        copy_a.wait(20)

        copy_c = desk_factory()
        offer = copy_c.offer_restore()
        assert offer.box is not None and "episode.srt" in offer.box.text()
        offer.restore_button.click()
        wait_until(loop, lambda: copy_c.controller.document is not None)
        assert copy_c.controller.document[0].text == "Edited in copy A"
        assert copy_c.controller.path == subtitle_file
        assert copy_b.offer_restore().box is None  # taken over by C, which still runs
    finally:
        if copy_a.poll() is None:
            copy_a.kill()
            copy_a.wait(20)
        copy_a.stdout.close()
