"""``subtitle-desk emulators``: serve the local Dotsub, DatoCMS, cielo24 and storage emulators
until interrupted (Ctrl-C or SIGTERM), writing their base URLs and demo credentials as JSON."""

from __future__ import annotations

import argparse
import os
import signal
import sys
import tempfile
import threading
from pathlib import Path
from types import FrameType

from .common import add_json_flag, fail, print_json

__all__ = ["register", "serve"]


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "emulators", help="serve the local Dotsub, DatoCMS and cielo24 emulators",
        description=(__doc__ or "").replace("``", "'"))
    parser.add_argument("--port-file", type=Path,
                        help="write the base URLs and demo credentials here as JSON")
    parser.add_argument("--data-dir", type=Path,
                        help="keep uploaded files here (default: a temporary directory)")
    add_json_flag(parser)
    parser.set_defaults(func=serve)


def _write_atomically(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temporary = tempfile.mkstemp(prefix=f".{path.name}-", dir=path.parent)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        out.write(text)
    os.chmod(temporary, 0o600)  # it holds (demo) credentials
    os.replace(temporary, path)


def serve(args: argparse.Namespace, *, stop: threading.Event | None = None) -> int:
    """Serve until SIGINT/SIGTERM (or ``stop`` is set, for tests)."""
    from subtitle_desk.emulators.demo import start_all

    stop = stop or threading.Event()
    try:
        emulators = start_all(args.data_dir)
    except (OSError, RuntimeError) as exc:
        return fail(f"could not start the emulators: {exc}")
    previous: dict[int, object] = {}

    def interrupted(signum: int, frame: FrameType | None) -> None:
        stop.set()

    try:
        if threading.current_thread() is threading.main_thread():
            for signum in (signal.SIGINT, signal.SIGTERM):
                previous[signum] = signal.signal(signum, interrupted)
        if args.port_file is not None:
            _write_atomically(args.port_file, emulators.dumps() + "\n")
        if args.json:
            print_json(emulators.to_json())
        else:
            for name, url in emulators.urls.items():
                print(f"{name:8} {url}")
            credentials = emulators.to_json()
            print(f"Dotsub   client ID {credentials['dotsub']['client_id']}, "
                  f"secret {credentials['dotsub']['client_secret']}")
            print(f"DatoCMS  token {credentials['datocms']['token']}")
            print(f"cielo24  user {credentials['cielo24']['username']}, "
                  f"API key {credentials['cielo24']['api_key']}")
            print("Demo credentials only. Press Ctrl-C to stop.")
        sys.stdout.flush()
        while not stop.wait(0.5):
            pass
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)  # type: ignore[arg-type]
        emulators.stop()
        if args.port_file is not None:
            args.port_file.unlink(missing_ok=True)
    return 0
