"""How fast the Dotsub media browser shows a 10,000-media organization (prints figures, asserts nothing).

    .venv/bin/python benchmarks/media_paging_bench.py [--media 10000] [--pages 5]

Runs the real desk headless (QT_QPA_PLATFORM=offscreen, qasync) against the demo emulators, in
this process as ``--demo`` runs them, with the Dotsub organization padded to ``--media`` records
(copies of the seeded media with their own ids and titles). Prints: the time until the first page
is on screen, the time for each further page as the table is scrolled to its end, what one
repaint of the table costs the UI thread, ``data()`` per cell, a title filter's first page, and
the thumbnails fetched.
"""

from __future__ import annotations

import argparse
import asyncio
import copy
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Callable

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("SUBTITLE_DESK_CACHE_DIR", tempfile.mkdtemp(prefix="media-bench-cache-"))


def _pad(state: Any, count: int) -> None:
    """Grow the seeded organization to ``count`` media by copies (the seeding itself is slow at
    that size: its subtitled-languages pass is quadratic)."""
    seeded = sorted(state.media, key=int)
    with state.lock:
        for n in range(len(seeded) + 1, count + 1):
            media = copy.deepcopy(state.media[seeded[(n - 1) % len(seeded)]])
            media["mediaId"] = str(n)
            media["title"] = f"{str(media['title']).rsplit(' ', 1)[0]} {n}"
            if (media.get("encodedMedia") or {}).get("thumbnailUrl"):
                media["encodedMedia"]["thumbnailUrl"] = f"asset:thumb/{n}.png"
            state.media[str(n)] = media


async def _until(predicate: Callable[[], bool], timeout: float = 60.0) -> None:
    loop = asyncio.get_running_loop()
    end = loop.time() + timeout
    while not predicate():
        if loop.time() > end:
            raise TimeoutError("the media page did not get there in time")
        await asyncio.sleep(0.001)


async def _bench(args: argparse.Namespace, emulators: Any, data_dir: Path) -> None:
    from PySide6.QtCore import QModelIndex, Qt

    from subtitle_desk.core.services.container import Services
    from subtitle_desk.core.services.secrets import SecretStore
    from subtitle_desk.ui.app import build_shell, make_settings
    from subtitle_desk.ui.desk import dotsub
    from subtitle_desk.ui.desk.context import DeskContext

    desk = build_shell(make_settings(data_dir), data_dir=data_dir)
    desk.window.close_guards.clear()
    secrets = SecretStore(use_keyring=False)
    emulators.apply_secrets(secrets)
    settings = emulators.settings()
    context = DeskContext(window=desk.window, runner=desk.runner, activity=desk.activity, editor=desk.controller,
                          editor_page=desk.page, ui_settings=desk.settings, service_settings=settings,
                          secrets=secrets, services=Services(settings, secrets), demo=True)
    parts = dotsub.install(context)
    desk.window.show()
    await context.services.dotsub.list_media(page_size=1)  # log in first: measure the list, not the login
    page, model = parts.media_page, parts.media_page.model

    started = time.perf_counter()
    desk.window.show_page(dotsub.MEDIA_PAGE)
    await _until(lambda: model.rowCount() > 0)
    first = time.perf_counter() - started
    print(f"first page: {model.rowCount()} rows (of {model.total}) on screen after {first * 1000:.0f} ms, "
          f"{model.pages_requested} request(s)")

    # Each further page as the view reaches the end, with the time its arrival took on the UI thread.
    appended: list[float] = []
    original_append = type(model)._append

    def timed_append(self: Any, page_data: Any, page_index: int) -> None:
        began = time.thread_time()
        original_append(self, page_data, page_index)
        appended.append((time.thread_time() - began) * 1000)

    type(model)._append = timed_append  # type: ignore[method-assign]
    further: list[float] = []
    try:
        for _ in range(args.pages):
            rows = model.rowCount()
            began = time.perf_counter()
            page.table.scrollToBottom()
            await _until(lambda: model.rowCount() > rows)
            further.append((time.perf_counter() - began) * 1000)
    finally:
        type(model)._append = original_append  # type: ignore[method-assign]
    print("further pages while scrolling: " + ", ".join(f"{x:.0f} ms" for x in further)
          + f" (median {statistics.median(further):.0f} ms); rows inserted on the UI thread in "
          + ", ".join(f"{x:.1f}" for x in appended) + " ms CPU")

    # What a repaint of the visible rows costs the UI thread (the view asks data() ~10 roles a cell).
    await _until(lambda: parts.thumbnails.idle, 30)
    viewport = page.table.viewport()
    paints = []
    for _ in range(10):
        began = time.thread_time()
        viewport.repaint()
        paints.append((time.thread_time() - began) * 1000)
    print(f"table repaint ({page.table.width()}x{page.table.height()} px): median "
          f"{statistics.median(paints):.1f} ms CPU, first {paints[0]:.1f} ms")

    roles = [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.FontRole,
             Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.BackgroundRole,
             Qt.ItemDataRole.CheckStateRole]
    cells = 0
    began = time.perf_counter()
    for row in range(min(model.rowCount(), 300)):
        for column in range(model.columnCount()):
            index = model.index(row, column, QModelIndex())
            for role in roles:
                model.data(index, role)
            cells += 1
    print(f"data(): {(time.perf_counter() - began) / cells * 1e6:.1f} µs per cell for the {len(roles)} roles "
          f"a paint asks, over {cells} cells")

    began = time.perf_counter()
    page.title_filter.setText("pump")
    page.apply_filters()
    await _until(lambda: not model.loading and model.total is not None and model.rowCount() > 0)
    print(f"title filter 'pump': {model.total} matches, first page after "
          f"{(time.perf_counter() - began) * 1000:.0f} ms")
    await _until(lambda: parts.thumbnails.idle, 30)
    print(f"thumbnails: {parts.thumbnails.fetched} fetched, {parts.thumbnails.disk_hits} from disk, "
          f"peak {parts.thumbnails.peak_workers} at once")
    desk.runner.cancel_all()
    desk.autosaver.stop()
    await asyncio.sleep(0.2)
    await context.aclose()
    desk.window.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--media", type=int, default=10_000, help="media records in the organization")
    parser.add_argument("--pages", type=int, default=5, help="further pages to scroll in")
    args = parser.parse_args()

    import qasync
    from PySide6.QtWidgets import QApplication

    from subtitle_desk.emulators.demo import start_all
    from subtitle_desk.ui.gc_main_thread import MainThreadGarbageCollector

    data_dir = Path(tempfile.mkdtemp(prefix="media-bench-"))
    began = time.perf_counter()
    emulators = start_all(data_dir / "emulators")
    _pad(emulators.dotsub.state, args.media)
    print(f"emulator: {len(emulators.dotsub.state.media)} media, built in {time.perf_counter() - began:.1f} s; "
          f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    collector = MainThreadGarbageCollector(app)  # as the app does
    try:
        qasync.run(_bench(args, emulators, data_dir))
    finally:
        collector.stop()
        emulators.stop()
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
