"""Upload engine vs curl on loopback, and the engine's memory while it streams.

    .venv/bin/python benchmarks/upload_bench.py [--size-gb 2] [--chunk-mb 1] [--runs 2]

A sparse file (no disk used) of ``--size-gb`` is PUT to a local StorageHost (``keep_bytes=False``:
the host only hashes) with ``curl -T`` and with ``upload_file``, alternately, best of ``--runs``.
The host runs in its own process so that this process's RSS is the engine's alone. Prints the
throughput of both, the ratio (target >= 0.9) and the engine's peak RSS growth sampled with psutil
(target < 64 MB).

The storage host is a Python ASGI app (uvicorn + h11), so it is usually the slowest party. To show
what the engine itself can do, the same comparison is repeated against a raw socket sink (also
in the other process) that only counts bytes; curl gets ``-H Expect:`` there, as the sink does
not answer ``100 Continue``.

The engine is also run the way the desk runs it: on a ``WorkerLoop`` (ui/worker_loop.py, a plain
asyncio loop on a thread of its own, its HTTP client made there), awaited from another loop with
its progress relayed back; the ratio to the engine alone is what the mechanism costs (target >= 0.9).
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

import httpx
import psutil

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from subtitle_desk.core.services.upload import UploadProgress, upload_file  # noqa: E402
from subtitle_desk.emulators.storage import StorageHost  # noqa: E402

MB = 1 << 20


def _sink_connection(connection: socket.socket, sizes: dict[str, int]) -> None:
    with connection:
        head = b""
        while b"\r\n\r\n" not in head:
            data = connection.recv(65536)
            if not data:
                return
            head += data
        head, body = head.split(b"\r\n\r\n", 1)
        lines = head.decode("latin-1").split("\r\n")
        key = lines[0].split()[1]
        fields = dict(line.lower().split(": ", 1) for line in lines[1:] if ": " in line)
        left = int(fields["content-length"]) - len(body)
        received = len(body)
        buffer = bytearray(1 << 20)
        while left > 0:
            count = connection.recv_into(buffer, min(len(buffer), left))
            if not count:
                return
            left -= count
            received += count
        sizes[key] = received
        connection.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")


def _serve_sink(listener: socket.socket, sizes: dict[str, int]) -> None:
    while True:
        connection, _ = listener.accept()
        threading.Thread(target=_sink_connection, args=(connection, sizes), daemon=True).start()


def serve_host(requests: "multiprocessing.connection.Connection") -> None:
    """The storage host and the raw sink, in their own process: answers signing and size
    queries until told to stop."""
    sink_sizes: dict[str, int] = {}
    listener = socket.create_server(("127.0.0.1", 0))
    threading.Thread(target=_serve_sink, args=(listener, sink_sizes), daemon=True).start()
    sink_url = f"http://127.0.0.1:{listener.getsockname()[1]}"
    with StorageHost(keep_bytes=False) as host:
        while True:
            command, key = requests.recv()
            if command == "sign":
                requests.send(host.sign_put(key))
            elif command == "size":
                stored = host.get(key)
                requests.send(stored.size if stored else None)
            elif command == "sink":
                requests.send(f"{sink_url}/{key}")
            elif command == "sink-size":
                requests.send(sink_sizes.get(f"/{key}"))
            else:
                requests.send(None)
                return


class PeakRss:
    """Samples a process's RSS (this one by default) every few milliseconds in a thread."""

    def __init__(self, pid: int | None = None) -> None:
        self.process = psutil.Process(pid)
        self.baseline = self.process.memory_info().rss
        self.peak = self.baseline
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.wait(0.005):
            self.peak = max(self.peak, self.process.memory_info().rss)

    def __enter__(self) -> "PeakRss":
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, self.process.memory_info().rss)

    @property
    def growth(self) -> int:
        return self.peak - self.baseline


def curl_upload(url: str, path: Path, *extra: str) -> float:
    started = time.perf_counter()
    subprocess.run(["curl", "-sS", "--fail", "-o", "/dev/null", *extra, "-T", str(path), url],
                   check=True)
    return time.perf_counter() - started


async def engine_upload(url: str, path: Path, chunk_size: int) -> float:
    async with httpx.AsyncClient(timeout=httpx.Timeout(120.0, connect=10.0)) as http:
        started = time.perf_counter()
        response = await upload_file(http, "PUT", url, path, chunk_size=chunk_size, retries=0)
        elapsed = time.perf_counter() - started
    response.raise_for_status()
    return elapsed


async def _engine_on(http_timeout: httpx.Timeout, url: str, path: Path, chunk_size: int,
                     on_progress: Callable[[UploadProgress], None] | None = None) -> float:
    """On the worker loop: its own client, the engine, the client closed there."""
    async with httpx.AsyncClient(timeout=http_timeout) as http:
        started = time.perf_counter()
        response = await upload_file(http, "PUT", url, path, chunk_size=chunk_size, retries=0,
                                     on_progress=on_progress)
        elapsed = time.perf_counter() - started
    response.raise_for_status()
    return elapsed


async def worker_loop_upload(url: str, path: Path, chunk_size: int) -> tuple[float, int]:
    """The engine on a WorkerLoop, awaited from this loop; (seconds, progress updates received)."""
    from subtitle_desk.ui.worker_loop import WorkerLoop

    worker = WorkerLoop("bench")
    received: list[object] = []
    try:
        elapsed = await worker.run(_engine_on, httpx.Timeout(120.0, connect=10.0), url, path, chunk_size,
                                   on_progress=received.append)
    finally:
        await worker.aclose()
    return elapsed, len(received)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size-gb", type=float, default=2.0)
    parser.add_argument("--chunk-mb", type=float, default=1.0)
    parser.add_argument("--runs", type=int, default=2, help="best of N for each side")
    args = parser.parse_args()
    if shutil.which("curl") is None:
        print("curl is not installed: cannot compare", file=sys.stderr)
        return 2
    size = int(args.size_gb * (1 << 30))
    ours, theirs = multiprocessing.Pipe()
    host = multiprocessing.get_context("spawn").Process(target=serve_host, args=(theirs,), daemon=True)
    host.start()

    def ask(command: str, key: str = "") -> object:
        ours.send((command, key))
        return ours.recv()

    chunk = int(args.chunk_mb * MB)
    results: dict[str, list[float]] = {"host-curl": [], "host-engine": [], "sink-curl": [],
                                       "sink-engine": [], "host-worker": []}
    updates: list[int] = []
    growths: list[int] = []
    host_growths: list[int] = []
    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / "sparse.bin"
        with open(path, "wb") as out:
            out.truncate(size)
        for run in range(args.runs):
            with PeakRss(host.pid) as host_rss:
                results["host-curl"].append(curl_upload(str(ask("sign", f"curl-{run}")), path))
            host_growths.append(host_rss.growth)
            assert ask("size", f"curl-{run}") == size, "curl upload incomplete"
            url = str(ask("sign", f"engine-{run}"))
            with PeakRss() as rss:
                results["host-engine"].append(asyncio.run(engine_upload(url, path, chunk)))
            assert ask("size", f"engine-{run}") == size, "engine upload incomplete"
            growths.append(rss.growth)
            url = str(ask("sign", f"worker-{run}"))
            elapsed, received = asyncio.run(worker_loop_upload(url, path, chunk))
            results["host-worker"].append(elapsed)
            updates.append(received)
            assert ask("size", f"worker-{run}") == size, "worker-loop upload incomplete"
            results["sink-curl"].append(
                curl_upload(str(ask("sink", f"curl-{run}")), path, "-H", "Expect:"))
            assert ask("sink-size", f"curl-{run}") == size, "curl upload to the sink incomplete"
            with PeakRss() as rss:
                results["sink-engine"].append(
                    asyncio.run(engine_upload(str(ask("sink", f"engine-{run}")), path, chunk)))
            assert ask("sink-size", f"engine-{run}") == size, "engine upload to the sink incomplete"
            growths.append(rss.growth)
    ask("stop")
    host.join(10)

    rate = {name: size / min(times) for name, times in results.items()}
    print(f"file: {size / (1 << 30):.2f} GiB sparse, chunk {args.chunk_mb:g} MiB, best of {args.runs}, "
          f"{os.cpu_count()} CPUs")
    for target in ("host", "sink"):
        label = "StorageHost (hashing)" if target == "host" else "raw socket sink"
        curl_rate, engine_rate = rate[f"{target}-curl"], rate[f"{target}-engine"]
        print(f"to {label}:")
        print(f"  curl -T     : {curl_rate / 1e9:.2f} GB/s")
        print(f"  upload_file : {engine_rate / 1e9:.2f} GB/s")
        print(f"  ratio       : {engine_rate / curl_rate:.2f} (target >= 0.90)")
    worker_rate = rate["host-worker"]
    print(f"the engine on a WorkerLoop (to the StorageHost, awaited from another loop, {max(updates)} "
          f"progress updates relayed): {worker_rate / 1e9:.2f} GB/s, {worker_rate / rate['host-engine']:.2f} x "
          f"the engine on the calling loop (target >= 0.90)")
    print(f"peak RSS growth of the engine: {max(growths) / MB:.1f} MB (target < 64 MB)")
    print(f"peak RSS growth of the storage host receiving from curl: {max(host_growths) / MB:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
