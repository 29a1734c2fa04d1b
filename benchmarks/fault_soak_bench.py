"""Fault soak: many uploads through the upload engine against a storage host that misbehaves.

    .venv/bin/python benchmarks/fault_soak_bench.py [--uploads 100] [--seed 5] [--stall-timeout 1.5]
                                                    [--fault-rate 0.5] [--max-mb 12]

Each upload sends a file of random size (64 KB to ``--max-mb``, random bytes) to a signed URL of
a local ``StorageHost`` with ``upload_file``, as the clients call it (``retries=3``, an httpx client
with the container's storage timeouts), but with a short stall timeout and backoff so the run takes
minutes. Before each attempt a seeded RNG decides, with probability ``--fault-rate``, to break it
in one of four ways (the host's fault knobs):

* drop: the connection is reset after a random number of body bytes;
* stall: the host stops reading after a random number of bytes (sometimes none) and holds the
  connection open;
* 5xx: the host answers 500, 502, 503 or 504 (a 503 sometimes with ``Retry-After: 1``);
* 429: the host answers 429 with ``Retry-After: 1`` (sometimes without one).

At most ``retries`` attempts of an upload are broken, so every upload can succeed: each must end
stored, and stored byte for byte as sent. The summary counts uploads that succeeded, were lost
(the engine said done but nothing is stored), corrupt (stored bytes differ), failed (the engine
gave up), hung (no outcome within ``--deadline`` seconds), the attempts they took, the faults
injected, the retries the engine announced and the total time.
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import filecmp
import os
import random
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from subtitle_desk.core.services.container import STORAGE_TIMEOUT  # noqa: E402
from subtitle_desk.core.services.errors import UploadError  # noqa: E402
from subtitle_desk.core.services.upload import UploadProgress, upload_file  # noqa: E402
from subtitle_desk.emulators.storage import StorageHost  # noqa: E402

KB, MB = 1 << 10, 1 << 20
RETRIES = 3
KINDS = ("drop", "stall", "5xx", "429")


@dataclass
class Outcome:
    name: str
    size: int
    result: str = ""  # ok, lost, corrupt, failed, hung
    attempts: int = 0
    seconds: float = 0.0
    faults: list[str] = field(default_factory=list)
    detail: str = ""


class FaultPlan:
    """Breaks attempts of one upload at random (never more than ``RETRIES`` of them)."""

    def __init__(self, host: StorageHost, rng: random.Random, rate: float, size: int,
                 stall_timeout: float) -> None:
        self.host, self.rng, self.rate, self.size = host, rng, rate, size
        self.stall_timeout = stall_timeout
        self.injected: list[str] = []

    def arm(self) -> None:
        """Set the host's knobs for the next attempt."""
        faults = self.host.faults
        faults.reset()
        if len(self.injected) >= RETRIES or self.rng.random() >= self.rate:
            return
        kind = self.rng.choice(KINDS)
        if kind == "drop":
            faults.drop_upload_after = self.rng.randrange(1, max(2, self.size))
        elif kind == "stall":
            faults.stall_upload_after = 0 if self.rng.random() < 0.3 else self.rng.randrange(0, self.size)
            faults.stall_seconds = self.stall_timeout + 5
        elif kind == "5xx":
            faults.fail_next, faults.fail_status = 1, self.rng.choice((500, 502, 503, 504))
            if faults.fail_status == 503 and self.rng.random() < 0.5:
                faults.retry_after = 1
        else:
            faults.fail_next, faults.fail_status = 1, 429
            faults.retry_after = 1 if self.rng.random() < 0.8 else None
        self.injected.append(kind)


async def soak(args: argparse.Namespace) -> int:
    rng = random.Random(args.seed)  # the files
    fault_rng = random.Random(f"{args.seed}/faults")  # the faults, so the files stay the same
    outcomes: list[Outcome] = []
    announced: collections.Counter[str] = collections.Counter()
    with tempfile.TemporaryDirectory(prefix="fault-soak-") as work:
        work_dir = Path(work)
        host = StorageHost(work_dir / "store").start()
        started = time.monotonic()
        try:
            async with httpx.AsyncClient(timeout=STORAGE_TIMEOUT) as http:
                for n in range(args.uploads):
                    size = rng.randrange(64 * KB, args.max_mb * MB)
                    source = work_dir / f"clip-{n:03d}.mp4"
                    source.write_bytes(rng.randbytes(size))
                    outcome = Outcome(source.name, size)
                    plan = FaultPlan(host, fault_rng, args.fault_rate, size, args.stall_timeout)
                    attempts = [1]

                    def progress(p: UploadProgress, plan: FaultPlan = plan,
                                 attempts: list[int] = attempts) -> None:
                        attempts[0] = max(attempts[0], p.attempt)
                        if p.event:  # a retry is announced before its request: arm the next one
                            announced[p.event.split(" after ", 1)[1].split(" (")[0].split(";")[0]] += 1
                            plan.arm()

                    plan.arm()
                    key = f"soak/{source.name}"
                    began = time.monotonic()
                    try:
                        response = await asyncio.wait_for(upload_file(
                            http, "PUT", host.sign_put(key, content_type="video/mp4"), source,
                            content_type="video/mp4", on_progress=progress, retries=RETRIES,
                            backoff=args.backoff, stall_timeout=args.stall_timeout), args.deadline)
                    except asyncio.TimeoutError:
                        outcome.result, outcome.detail = "hung", f"no outcome in {args.deadline:g} s"
                    except UploadError as error:
                        outcome.result, outcome.detail = "failed", str(error)
                    else:
                        stored = host.get(key)
                        if response.status_code != 200:
                            outcome.result = "failed"
                            outcome.detail = f"HTTP {response.status_code}"
                        elif stored is None or stored.path is None:
                            outcome.result, outcome.detail = "lost", "answered 200, nothing stored"
                        elif stored.size != size or not filecmp.cmp(source, stored.path, shallow=False):
                            outcome.result, outcome.detail = "corrupt", f"{stored.size} of {size} bytes"
                        else:
                            outcome.result = "ok"
                    outcome.seconds = time.monotonic() - began
                    outcome.attempts, outcome.faults = attempts[0], plan.injected
                    outcomes.append(outcome)
                    host.faults.reset()
                    host.delete(key)
                    source.unlink()
                    if args.verbose or outcome.result != "ok":
                        print(f"{outcome.name} {size / MB:6.2f} MB {outcome.result:7} "
                              f"attempts {outcome.attempts} faults {','.join(outcome.faults) or '-':22} "
                              f"{outcome.seconds:5.2f} s {outcome.detail}", flush=True)
        finally:
            total = time.monotonic() - started
            incomplete = host.incomplete_uploads
            host.stop()

    results = collections.Counter(o.result for o in outcomes)
    injected = collections.Counter(kind for o in outcomes for kind in o.faults)
    times = [o.seconds for o in outcomes]
    print()
    print(f"uploads {len(outcomes)}, {sum(o.size for o in outcomes) / MB:.0f} MB, seed {args.seed}, "
          f"stall timeout {args.stall_timeout:g} s, fault rate {args.fault_rate:g} per attempt")
    print(f"ok {results['ok']}  lost {results['lost']}  corrupt {results['corrupt']}  "
          f"failed {results['failed']}  hung {results['hung']}")
    print(f"attempts {sum(o.attempts for o in outcomes)} "
          f"(uploads by attempts: {dict(sorted(collections.Counter(o.attempts for o in outcomes).items()))})")
    print("faults injected: " + ", ".join(f"{kind} {injected[kind]}" for kind in KINDS)
          + f" (total {sum(injected.values())})")
    print("retries announced: " + (", ".join(f"{cause} {count}" for cause, count in announced.most_common())
                                   or "none"))
    print(f"host: {incomplete} uploads ended without storing anything")
    print(f"time: total {total:.1f} s, per upload median {statistics.median(times):.2f} s, "
          f"max {max(times):.2f} s")
    bad = results["lost"] + results["corrupt"] + results["hung"] + results["failed"]
    return 1 if bad else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--uploads", type=int, default=100)
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--stall-timeout", type=float, default=1.5)
    parser.add_argument("--fault-rate", type=float, default=0.5,
                        help="chance that an attempt is broken (at most 3 per upload)")
    parser.add_argument("--max-mb", type=int, default=12, help="largest file, in MB")
    parser.add_argument("--backoff", type=float, default=0.2, help="first retry delay, doubling")
    parser.add_argument("--deadline", type=float, default=90.0,
                        help="seconds after which an upload counts as hung")
    parser.add_argument("--verbose", action="store_true", help="a line per upload, not only bad ones")
    return asyncio.run(soak(parser.parse_args()))


if __name__ == "__main__":
    sys.exit(main())
