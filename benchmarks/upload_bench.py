"""Upload engine vs curl on loopback, and the engine's memory while it streams.

    .venv/bin/python benchmarks/upload_bench.py [--size-gb 2] [--chunk-mb 1] [--runs 1]

A sparse file (no disk used) of ``--size-gb`` is PUT to a local StorageHost (``keep_bytes=False``:
the host only hashes) twice: with ``curl -T`` and with ``upload_file``. The host runs in its own
process so that this process's RSS is the engine's alone. Prints throughput for both, the ratio
(target >= 0.9) and the engine's peak RSS growth sampled with psutil (target < 64 MB).
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx
import psutil

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from subtitle_desk.core.services.upload import upload_file  # noqa: E402
from subtitle_desk.emulators.storage import StorageHost  # noqa: E402

MB = 1 << 20


def serve_host(requests: "multiprocessing.connection.Connection") -> None:
    """The storage host, in its own process: answers ``(key, size)`` queries with signed URLs
    and stored sizes until told to stop."""
    with StorageHost(keep_bytes=False) as host:
        while True:
            command, key = requests.recv()
            if command == "sign":
                requests.send(host.sign_put(key))
            elif command == "size":
                stored = host.get(key)
                requests.send(stored.size if stored else None)
            else:
                requests.send(None)
                return


class PeakRss:
    """Samples this process's RSS every few milliseconds in a thread."""

    def __init__(self) -> None:
        self.process = psutil.Process()
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


def curl_upload(url: str, path: Path) -> float:
    started = time.perf_counter()
    subprocess.run(["curl", "-sS", "--fail", "-o", "/dev/null", "-T", str(path), url], check=True)
    return time.perf_counter() - started


async def engine_upload(url: str, path: Path, chunk_size: int) -> float:
    async with httpx.AsyncClient(timeout=httpx.Timeout(120.0, connect=10.0)) as http:
        started = time.perf_counter()
        response = await upload_file(http, "PUT", url, path, chunk_size=chunk_size, retries=0)
        elapsed = time.perf_counter() - started
    response.raise_for_status()
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size-gb", type=float, default=2.0)
    parser.add_argument("--chunk-mb", type=float, default=1.0)
    parser.add_argument("--runs", type=int, default=1, help="best of N for each side")
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

    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / "sparse.bin"
        with open(path, "wb") as out:
            out.truncate(size)
        curl_times, engine_times, growths = [], [], []
        for run in range(args.runs):
            curl_times.append(curl_upload(str(ask("sign", f"curl-{run}")), path))
            assert ask("size", f"curl-{run}") == size, "curl upload incomplete"
            url = str(ask("sign", f"engine-{run}"))
            with PeakRss() as rss:
                engine_times.append(asyncio.run(engine_upload(url, path, int(args.chunk_mb * MB))))
            assert ask("size", f"engine-{run}") == size, "engine upload incomplete"
            growths.append(rss.growth)
    ask("stop")
    host.join(10)

    curl_rate = size / min(curl_times)
    engine_rate = size / min(engine_times)
    print(f"file: {size / (1 << 30):.2f} GiB sparse, chunk {args.chunk_mb:g} MiB, best of {args.runs}")
    print(f"curl -T      : {curl_rate / 1e9:.2f} GB/s ({min(curl_times):.2f} s)")
    print(f"upload_file  : {engine_rate / 1e9:.2f} GB/s ({min(engine_times):.2f} s)")
    print(f"ratio        : {engine_rate / curl_rate:.2f} (target >= 0.90)")
    print(f"peak RSS growth of the engine: {max(growths) / MB:.1f} MB (target < 64 MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
