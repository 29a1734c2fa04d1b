"""How the desk's upload compares with the upload engine alone, and how long the desk's event loop
stalls while that upload runs and the media list pages in.

    .venv/bin/python benchmarks/ui_stall_bench.py [--size-gb 2] [--media 3000] [--parallel 1]

First the engine alone: ``upload_file`` sends a sparse file of ``--size-gb`` (no disk used; read
once beforehand, so every run finds it in the page cache) to a fresh signed URL on a plain asyncio
loop, no window (best of ``--engine-runs``). Then the real desk, headless (QT_QPA_PLATFORM=offscreen,
qasync): the Upload page's queue sends the same file (its transfer runs on the runner's worker
loop: ``DotsubClient.upload_media_file`` on a thread of its own, at ``runner.TRANSFER_NICE``,
the window's CPU priority), while the Dotsub Media page's table is scrolled to its end
over and over so that it pages in ``--media`` records (``list_media`` through the task runner),
then reloads. Thumbnails load from a cold cache once the list stays still for the desk's settle
time, which a list dragged to its end without a pause never does: ``--thumbnail-settle-ms 0``
loads those of every row shown, at once, as the desk did before it waited. A QTimer fires
every 10 ms on the UI thread; each late tick is a stall. The storage host and the Dotsub emulator
run in another process (``keep_bytes=False``: the host only hashes), so their work does not
compete with the UI thread for the GIL, as a real remote service would not (it still competes for
the CPUs).

Prints the engine's throughput, the desk's, their ratio (target >= 0.5), p50 / p99 / max of the
tick intervals for an idle baseline and under load (target: largest stall < 25 ms), the CPU time of
the transfer threads and the UI thread, and for the largest stalls how long the UI thread ran,
waited for a CPU (Linux schedstat) and was off the CPU (waiting for the GIL or the next tick).

``--profile-stalls`` also names what ran in the longest stalls: the UI loop's asyncio callbacks
(a task's step by its coroutine) and garbage collections over 5 ms, and the most sampled stacks
(only ``run_forever`` means Qt's own C++ work: painting, layout). It adds a little work of its own
(a sampling thread, counting the objects a collection walks). ``--cprofile FILE`` writes the UI
thread's Python profile over the same stretch.
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import os
import shutil
import statistics
import sys
import tempfile
import threading
import time
import traceback
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

MB = 1 << 20
GB = 1 << 30
#: The goals: the desk's upload at least this share of the engine alone, stalls under this (ms).
RATIO_TARGET = 0.5
STALL_TARGET = 25.0
TICK_MS = 10


def _serve(media_count: int, conn: "multiprocessing.connection.Connection") -> None:
    """The other process: storage host (hash only) and the Dotsub emulator, until told to stop."""
    from subtitle_desk.emulators import dotsub
    from subtitle_desk.emulators.server import ServedApp
    from subtitle_desk.emulators.storage import StorageHost

    storage = StorageHost(keep_bytes=False).start()
    emulator = dotsub.DotsubEmulator(storage, media_count=media_count)
    served = ServedApp(emulator.app, name="dotsub").start()
    conn.send({"pid": os.getpid(), "dotsub": served.base_url, "client_id": dotsub.DEMO_CLIENT_ID,
               "client_secret": dotsub.DEMO_CLIENT_SECRET, "audience": dotsub.DEMO_AUDIENCE})
    conn.recv()  # any message: stop
    served.stop()
    storage.stop()


class Heartbeat:
    """A 10 ms QTimer on the UI thread; records the interval between ticks (ms)."""

    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.intervals: list[float] = []
        #: (end time, interval ms, UI thread CPU ms in it, ms it waited for a CPU) of every tick.
        self.ticks: list[tuple[float, float, float, float]] = []
        self._last: float | None = None
        self._last_cpu = 0.0
        self._last_wait = 0.0

    def start(self) -> None:
        self._last = time.perf_counter()
        self.timer.start()

    def stop(self) -> list[float]:
        self.timer.stop()
        intervals, self.intervals, self._last = self.intervals, [], None
        return intervals

    def _tick(self) -> None:
        now, cpu, wait = time.perf_counter(), time.thread_time(), _runqueue_wait()
        if self._last is not None:
            self.intervals.append((now - self._last) * 1000)
            self.ticks.append((now, (now - self._last) * 1000, (cpu - self._last_cpu) * 1000,
                               (wait - self._last_wait) * 1000))
        self._last, self._last_cpu, self._last_wait = now, cpu, wait


class GcWatch:
    """How many collections of each generation ran while watching, and the longest (ms)."""

    def __init__(self) -> None:
        self.counts = [0, 0, 0]
        self.longest: tuple[float, int] = (0.0, 0)
        self._began = 0.0

    def __enter__(self) -> "GcWatch":
        import gc

        gc.callbacks.append(self._callback)
        return self

    def __exit__(self, *_: Any) -> None:
        import gc

        gc.callbacks.remove(self._callback)

    def _callback(self, phase: str, info: dict) -> None:
        if phase == "start":
            self._began = time.perf_counter()
            return
        took = (time.perf_counter() - self._began) * 1000
        self.counts[info["generation"]] += 1
        if took > self.longest[0]:
            self.longest = (took, info["generation"])

    def report(self) -> str:
        young, middle, full = self.counts
        took, generation = self.longest
        return (f"garbage collections while running: {young} young, {middle} middle, {full} full; the longest "
                f"{took:.1f} ms (generation {generation})")


_SCHEDSTAT: dict[int, int] = {}


def _runqueue_wait() -> float:
    """Seconds this thread has waited for a CPU while runnable (Linux schedstat; 0 elsewhere).
    The file stays open per thread: opening it costs the ticking thread about 0.4 ms a time."""
    thread = threading.get_native_id()
    try:
        fd = _SCHEDSTAT.get(thread)
        if fd is None:
            fd = _SCHEDSTAT[thread] = os.open("/proc/thread-self/schedstat", os.O_RDONLY)
        return int(os.pread(fd, 128, 0).split()[1]) / 1e9
    except (OSError, IndexError, ValueError):
        return 0.0


def _thread_schedstat(native_id: int) -> tuple[float, float]:
    """(seconds on a CPU, seconds waiting for one) of a thread of this process (Linux)."""
    try:
        with open(f"/proc/self/task/{native_id}/schedstat", "rb") as stat:
            ran, waited = stat.read().split()[:2]
        return int(ran) / 1e9, int(waited) / 1e9
    except (OSError, ValueError):
        return 0.0, 0.0


def _process_cpu(pid: int) -> float:
    """CPU seconds a process has used (Linux; 0 elsewhere)."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as stat:
            fields = stat.read().rsplit(b")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return 0.0


def _threads_cpu(prefix: str) -> float:
    """CPU seconds of the live threads whose names start with ``prefix`` (the worker loop's and
    its file readers')."""
    return sum(_thread_schedstat(thread.native_id)[0] for thread in threading.enumerate()
               if thread.name.startswith(prefix) and thread.native_id is not None)


def _where_the_time_went(tick: tuple[float, float, float, float]) -> str:
    _, ms, cpu, wait = tick
    rest = max(0.0, ms - cpu - wait)
    return (f"of the {ms:.1f} ms between ticks the UI thread ran {cpu:.1f} ms, waited {wait:.1f} ms for a CPU "
            f"and {rest:.1f} ms for the GIL or the next tick")


class StallSampler:
    """``--profile-stalls``: a thread samples the UI thread's Python stack every millisecond; after
    the run, the stacks seen inside each long tick interval are counted, so a stall names its code."""

    def __init__(self) -> None:
        self.samples: list[tuple[float, tuple[str, ...]]] = []
        #: (end time, ms, what) of every asyncio callback and garbage collection over 5 ms.
        self.slow: list[tuple[float, float, str]] = []
        self._main = threading.main_thread().ident
        self._gc_started = 0.0
        self._gc_young = 0
        self._original_run = asyncio.events.Handle._run
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="stall-sampler", daemon=True)

    def start(self) -> None:
        import gc

        sampler, original = self, self._original_run

        main = threading.main_thread()

        def timed_run(handle: asyncio.Handle) -> None:
            if threading.current_thread() is not main:  # the worker loop's callbacks are not the UI's
                original(handle)
                return
            began = time.perf_counter()
            task = getattr(getattr(handle, "_callback", None), "__self__", None)
            coro = task.get_coro() if isinstance(task, asyncio.Task) else None
            try:
                original(handle)
            finally:
                ended = time.perf_counter()
                if ended - began > 0.005:
                    what = repr(handle)[:160]
                    if coro is not None:
                        what = f"a step of the task {getattr(coro, '__qualname__', coro)!s}"
                    sampler.slow.append((ended, (ended - began) * 1000, what))

        asyncio.events.Handle._run = timed_run  # type: ignore[method-assign]
        gc.callbacks.append(self._gc)
        self._thread.start()

    def _gc(self, phase: str, info: dict) -> None:
        import gc

        if phase == "start":
            self._gc_started = time.perf_counter()
            self._gc_young = sum(len(gc.get_objects(g)) for g in range(info["generation"] + 1))
        elif time.perf_counter() - self._gc_started > 0.005:
            ended = time.perf_counter()
            self.slow.append((ended, (ended - self._gc_started) * 1000,
                              f"garbage collection of generation {info['generation']} over {self._gc_young} "
                              f"objects ({info['collected']} collected)"))

    def stop(self) -> None:
        import gc

        asyncio.events.Handle._run = self._original_run  # type: ignore[method-assign]
        gc.callbacks.remove(self._gc)
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while not self._stop.wait(0.001):
            frame = sys._current_frames().get(self._main)
            if frame is None:
                continue
            stack = tuple(f"{Path(f.filename).name}:{f.lineno} {f.name}"
                          for f in traceback.extract_stack(frame)[-14:])
            self.samples.append((time.perf_counter(), stack))

    def report(self, ticks: list[tuple[float, float, float, float]], threshold_ms: float = 20.0) -> None:
        stalls = [tick for tick in ticks if tick[1] - TICK_MS > threshold_ms]
        print(f"stalls over {threshold_ms:.0f} ms: {len(stalls)}")
        for tick in sorted(stalls, key=lambda s: -s[1])[:6]:
            end, ms = tick[0], tick[1]
            start = end - ms / 1000
            seen = Counter(stack for t, stack in self.samples if start <= t <= end)
            slow = [(ms, what) for t, ms, what in self.slow if start <= t <= end + 0.001]
            print(f"  stall of {ms - TICK_MS:.1f} ms: {_where_the_time_went(tick)}; "
                  f"{sum(seen.values())} samples; most seen stacks:")
            for ms, what in slow:
                print(f"    slow callback {ms:.1f} ms: {what}")
            for stack, count in seen.most_common(3):
                print(f"    {count} x " + "\n          ".join(stack[-9:]))


def _report(label: str, intervals: list[float]) -> None:
    if not intervals:
        print(f"{label}: no ticks")
        return
    ordered = sorted(intervals)
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
    print(f"{label}: {len(ordered)} ticks, interval p50 {statistics.median(ordered):.1f} ms, "
          f"p99 {p99:.1f} ms, max {ordered[-1]:.1f} ms "
          f"(largest stall {max(0.0, ordered[-1] - TICK_MS):.1f} ms beyond the {TICK_MS} ms tick)")


async def _bench(args: argparse.Namespace, urls: dict[str, str], path: Path) -> "Measured":
    from PySide6.QtCore import QSettings

    from subtitle_desk.core.services.container import Services
    from subtitle_desk.ui.app import build_shell, worker_threads
    from subtitle_desk.ui.desk import uploads
    from subtitle_desk.ui.desk.context import DeskContext
    from subtitle_desk.ui.desk.uploads import UploadRequest, UploadState

    asyncio.get_running_loop().set_default_executor(worker_threads())  # as the app does
    workdir = Path(tempfile.mkdtemp(prefix="stall-bench-"))
    os.environ["SUBTITLE_DESK_CACHE_DIR"] = str(workdir / "cache")  # thumbnails: a cold cache every run
    settings = QSettings(str(workdir / "ui.ini"), QSettings.Format.IniFormat)
    desk = build_shell(settings, data_dir=workdir)
    desk.window.close_guards.clear()
    desk.window.show()
    service_settings, secrets = _service_settings(urls)
    context = DeskContext(window=desk.window, runner=desk.runner, activity=desk.activity,
                          editor=desk.controller, editor_page=desk.page, ui_settings=settings,
                          service_settings=service_settings, secrets=secrets,
                          services=Services(service_settings, secrets), demo=True)
    part = uploads.install(context)
    part.queue.parallel = args.parallel
    table = None
    try:
        from subtitle_desk.ui.desk import dotsub

        media = dotsub.install(context)
        media.thumbnails.clear_queue()
        if args.thumbnail_settle_ms is not None:
            media.thumbnails.settle_ms = args.thumbnail_settle_ms
        context.window.show_page(dotsub.MEDIA_PAGE)
        table, model = media.media_page.table, media.media_page.model
        what_pages = "the Dotsub Media page's table scrolled to its end (list_media pages through the runner)"
    except ImportError:
        model = None
        what_pages = "list_media paged through the runner"

    if model is not None:  # the page's first load is not part of the idle baseline
        while model.loading or model.rowCount() == 0:
            await asyncio.sleep(0.05)
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"machine: {os.cpu_count()} CPUs, load average {load:.1f} (other work on the machine shows up "
          f"as stalls here too: compare with the idle baseline)")
    heartbeat = Heartbeat()
    heartbeat.start()
    await asyncio.sleep(1.0)
    _report("idle desk", heartbeat.stop())

    pages = 0
    reloads = 0

    async def page_media(stop: asyncio.Event) -> None:
        nonlocal pages, reloads
        client = context.services.dotsub
        index = 0
        while not stop.is_set() and not args.no_paging:
            if table is not None and model is not None:
                if not model.loading:
                    if model.exhausted:
                        reloads += 1
                        model.reload()
                    else:
                        table.scrollToBottom()
                        if model.canFetchMore():
                            model.fetchMore()
                        pages += 1
                await asyncio.sleep(0.05)
            else:
                await context.runner.run("bench:page", client.list_media(page_index=index, page_size=50))
                pages += 1
                index = (index + 1) % max(1, args.media // 50)

    stop = asyncio.Event()
    sampler = StallSampler() if args.profile_stalls else None
    profile = None
    if args.cprofile:
        import cProfile

        profile = cProfile.Profile()  # the UI thread's Python only (cProfile follows one thread)
        profile.enable()
    if sampler is not None:
        heartbeat.ticks.clear()
        sampler.start()
    gc_watch = GcWatch().__enter__()
    heartbeat.start()
    thumbs_before = (media.thumbnails.fetched, media.thumbnails.disk_hits) if table is not None else (0, 0)
    transfer_cpu_before = _threads_cpu("transfers")
    server_cpu_before = _process_cpu(urls["pid"])
    ui_before = _thread_schedstat(threading.get_native_id())
    started = time.perf_counter()
    jobs = [] if args.no_upload else part.queue.add([
        UploadRequest(path=path, title=f"Stall bench {n}", project_id="1", project_name="bench")
        for n in range(args.files)])
    pager = asyncio.ensure_future(page_media(stop))
    if args.no_upload:
        await asyncio.sleep(args.paging_seconds)
    while not all(job.state.finished for job in jobs):
        await asyncio.sleep(0.1)
    elapsed = time.perf_counter() - started
    transfer_cpu = _threads_cpu("transfers") - transfer_cpu_before
    server_cpu = _process_cpu(urls["pid"]) - server_cpu_before
    ui_cpu, ui_wait = (x - y for x, y in zip(_thread_schedstat(threading.get_native_id()), ui_before))
    stop.set()
    await pager
    ticks = list(heartbeat.ticks)
    intervals = heartbeat.stop()
    gc_watch.__exit__()
    if profile is not None:
        profile.disable()
        profile.dump_stats(args.cprofile)
        print(f"the UI thread's profile while running: {args.cprofile} (python -m pstats)")
    if sampler is not None:
        sampler.stop()
        sampler.report(ticks)
    print(gc_watch.report())
    if table is not None:
        print(f"thumbnails while running: {media.thumbnails.fetched - thumbs_before[0]} fetched, "
              f"{media.thumbnails.disk_hits - thumbs_before[1]} read from the disk cache")
    failed = [job.error for job in jobs if job.state is not UploadState.DONE]
    size = sum(job.size for job in jobs)
    print(f"while running: {len(jobs)} upload(s) of {size / GB / max(1, len(jobs)):.2f} GiB (sparse file, "
          f"{args.parallel} at a time) through the Upload page's queue -> the runner's worker loop -> "
          f"DotsubClient.upload_media_file -> storage host in another process; and {what_pages}: {pages} "
          f"fetches, {model.rowCount() if model is not None else '-'} rows at the end, {reloads} reloads")
    print(f"CPU while running: the transfer threads {transfer_cpu:.2f} s, the UI thread {ui_cpu:.2f} s "
          f"(and {ui_wait:.2f} s waiting for a CPU), the emulators' process {server_cpu:.2f} s, over "
          f"{elapsed:.2f} s on {os.cpu_count()} CPUs")
    _report("under load", intervals)
    worst_tick = max(ticks, key=lambda tick: tick[1], default=None)
    if worst_tick is not None:
        print(f"  the largest stall: {_where_the_time_went(worst_tick)}")
    desk.runner.cancel_all()
    desk.autosaver.stop()
    close = getattr(desk.runner, "aclose", None)  # the runner's worker loop (absent before it had one)
    if close is not None:
        await close()
    await context.aclose()
    desk.window.close()
    shutil.rmtree(workdir, ignore_errors=True)  # settings, autosaves, the thumbnail cache of this run
    return Measured(rate=size / elapsed if jobs and not failed else 0.0, elapsed=elapsed,
                    stall=max(intervals) - TICK_MS if intervals else 0.0, failed=failed)


@dataclass
class Measured:
    rate: float  # bytes per second of the desk's upload(s), 0 if one failed
    elapsed: float
    stall: float  # the largest stall in ms
    failed: list[str]


async def _engine_alone(urls: dict[str, str], path: Path) -> float:
    """``upload_file`` alone on a plain asyncio loop, no window: bytes per second."""
    from subtitle_desk.core.services.container import open_services
    from subtitle_desk.core.services.upload import guess_content_type, upload_file

    settings, secrets = _service_settings(urls)
    content_type = guess_content_type(path)
    async with open_services(settings, secrets) as services:
        media = await services.dotsub.create_media(title="Engine alone", project_id="1", file_name=path.name,
                                                   s3_upload=True, content_type=content_type)
        started = time.perf_counter()
        response = await upload_file(services.storage_http, "PUT", media["metadata"]["signedUrl"], path,
                                     content_type=content_type, retries=0)
        elapsed = time.perf_counter() - started
    if response.status_code >= 400:
        raise RuntimeError(f"the storage host refused the engine's upload: {response.status_code}")
    return path.stat().st_size / elapsed


def _warm(path: Path) -> None:
    """Read the file once: the first read of a sparse file fills the page cache, which would make
    the first run (the engine's) pay several seconds of CPU the later ones do not."""
    with open(path, "rb", buffering=0) as source:
        while source.read(8 * MB):
            pass


def _service_settings(urls: dict[str, str]) -> tuple[Any, Any]:
    from subtitle_desk.core.services.config import DotsubSettings, Settings
    from subtitle_desk.core.services.secrets import SecretStore

    secrets = SecretStore(use_keyring=False)
    secrets.set("dotsub.client_secret", urls["client_secret"], persist=False)
    settings = Settings(dotsub=DotsubSettings(api_url=urls["dotsub"], login_url=urls["dotsub"],
                                              client_id=urls["client_id"], audience=urls["audience"]))
    return settings, secrets


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-gb", type=float, default=2.0)
    parser.add_argument("--files", type=int, default=1, help="how many uploads of that size")
    parser.add_argument("--parallel", type=int, default=2, help="uploads at a time (the queue's limit)")
    parser.add_argument("--media", type=int, default=3000, help="media records the emulator lists")
    parser.add_argument("--no-paging", action="store_true", help="upload only (to see each part's share)")
    parser.add_argument("--no-upload", action="store_true", help="page the media only, for as long as "
                        "--paging-seconds")
    parser.add_argument("--paging-seconds", type=float, default=10.0)
    parser.add_argument("--thumbnail-settle-ms", type=int, metavar="MS",
                        help="how long the list must stay still before thumbnails load (the desk's "
                             "default: 150; 0 loads the thumbnails of every row shown, at once)")
    parser.add_argument("--engine-runs", type=int, default=2, help="best of N for the engine alone")
    parser.add_argument("--profile-stalls", action="store_true", help="sample the UI thread's stack and "
                        "print what ran during the longest stalls")
    parser.add_argument("--cprofile", metavar="FILE", help="write a cProfile of the UI thread while the upload "
                        "and the paging run (slows it: not for the figures)")
    args = parser.parse_args()
    args.engine_runs = max(1, args.engine_runs)

    import qasync
    from PySide6.QtWidgets import QApplication

    context = multiprocessing.get_context("spawn")
    parent_end, child_end = context.Pipe()
    server = context.Process(target=_serve, args=(args.media, child_end), daemon=True)
    server.start()
    urls = parent_end.recv()
    folder = Path(tempfile.mkdtemp(prefix="stall-bench-file-"))
    path = folder / "big.mp4"
    with open(path, "wb") as out:
        out.truncate(int(args.size_gb * (1 << 30)))
    _warm(path)
    from subtitle_desk.ui.gc_main_thread import MainThreadGarbageCollector

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)  # as the app does
    collector = MainThreadGarbageCollector(app)  # as the app does: never collect Qt objects off-thread
    try:
        engine = [asyncio.run(_engine_alone(urls, path)) for _ in range(args.engine_runs)]
        print(f"engine alone: upload_file of {path.stat().st_size / GB:.2f} GiB on a plain asyncio loop, no "
              f"window: " + ", ".join(f"{rate / 1e9:.2f} GB/s" for rate in engine))
        desk = qasync.run(_bench(args, urls, path))
        best = max(engine)
        if not args.no_upload:
            ratio = desk.rate / best
            print(f"in the desk: {desk.rate / 1e9:.2f} GB/s over {desk.elapsed:.1f} s = {ratio:.2f} x the engine "
                  f"alone's {best / 1e9:.2f} GB/s (target >= {RATIO_TARGET}): "
                  f"{'OK' if ratio >= RATIO_TARGET else 'UNDER TARGET'}"
                  + (f"; FAILED: {desk.failed}" if desk.failed else ""))
        what = "paging only" if args.no_upload else "upload only" if args.no_paging else "upload + media paging"
        load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
        print(f"largest event-loop stall with {what}: {desk.stall:.1f} ms (target < {STALL_TARGET:.0f} ms): "
              f"{'OK' if desk.stall < STALL_TARGET else 'OVER TARGET'} (load average now {load:.1f})")
    finally:
        collector.stop()
        path.unlink(missing_ok=True)
        folder.rmdir()
        parent_end.send("stop")
        server.join(10)
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
