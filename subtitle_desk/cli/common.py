"""Helpers every ``subtitle-desk`` verb module shares: the verb group's parser, JSON or text
output, running a verb (a service error is exit status 1, a ``LocalProblem`` 2), a progress bar for
uploads, reading and writing local files, and the services built from the settings file and
environment.

    verbs = verb_group(subparsers, "dotsub", help="...", description=__doc__)
    media.set_defaults(func=service_verb(lambda services, args: ..., prog="subtitle-desk dotsub"))
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import dataclasses
import json
import sys
from collections.abc import AsyncIterator, Awaitable, Callable, Coroutine
from pathlib import Path
from typing import Any, TextIO, TypeVar

from subtitle_desk.core.services.config import load_settings
from subtitle_desk.core.services.container import Services, open_services
from subtitle_desk.core.services.errors import ServiceError
from subtitle_desk.core.services.secrets import SecretStore
from subtitle_desk.core.services.upload import DEFAULT_STALL_TIMEOUT, UploadProgress
from subtitle_desk.core.units import size_text

__all__ = [
    "verb_group",
    "add_json_flag",
    "add_stall_option",
    "run",
    "run_verb",
    "service_verb",
    "LocalProblem",
    "require_file",
    "write_output",
    "print_json",
    "emit",
    "ProgressPrinter",
    "fail",
    "services_from_environment",
]

T = TypeVar("T")


def verb_group(subparsers: argparse._SubParsersAction, name: str, *, help: str, description: str | None,
               epilog: str | None = None) -> argparse._SubParsersAction:
    """Add ``subtitle-desk NAME`` and return its (required) verbs; the chosen verb is ``NAME_verb``."""
    parser = subparsers.add_parser(name, help=help, description=description, epilog=epilog,
                                   formatter_class=argparse.RawDescriptionHelpFormatter)
    return parser.add_subparsers(dest=f"{name}_verb", metavar="VERB", required=True)


def add_json_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print machine-readable JSON")


def _positive_seconds(value: str) -> float:
    try:
        seconds = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {value!r}") from None
    if not seconds > 0:
        raise argparse.ArgumentTypeError("must be more than 0 seconds")
    return seconds


def add_stall_option(parser: argparse.ArgumentParser) -> None:
    """``--stall-timeout S`` for a verb that uploads a file."""
    parser.add_argument("--stall-timeout", type=_positive_seconds, default=DEFAULT_STALL_TIMEOUT,
                        metavar="S", help="retry the upload once the connection has accepted no "
                                          f"bytes for S seconds (default {DEFAULT_STALL_TIMEOUT:g})")


def run(coro: Coroutine[Any, Any, T]) -> T:
    """Run a verb's coroutine to completion. Ctrl-C cancels it (its ``finally`` blocks run, so
    uploads stop and clients close) and exits with status 130, as shells expect."""
    try:
        return asyncio.run(coro)
    except KeyboardInterrupt:
        print("Interrupted.", file=sys.stderr)
        raise SystemExit(130) from None


class LocalProblem(Exception):
    """A problem on this machine (bad file, bad argument), not the service's: exit status 2."""


def run_verb(main: Coroutine[Any, Any, int], *, prog: str | None = None) -> int:
    """Run a verb's coroutine and return its exit status: the service's refusal is 1 (its message
    on stderr), a ``LocalProblem`` 2 (its message on stderr, after ``prog:`` when given)."""
    try:
        return run(main)
    except LocalProblem as problem:
        print(f"{prog}: {problem}" if prog else str(problem), file=sys.stderr, flush=True)
        return 2
    except ServiceError as error:
        return fail(error)


def service_verb(action: Callable[[Services, argparse.Namespace], Awaitable[int]], *,
                 prog: str | None = None) -> Callable[[argparse.Namespace], int]:
    """A verb's ``func``: open the services (the settings file, ``args.config`` when the verb has
    that option, plus the environment), await ``action(services, args)``, exit as ``run_verb``."""
    def handler(args: argparse.Namespace) -> int:
        async def main() -> int:
            async with services_from_environment(getattr(args, "config", None)) as services:
                return await action(services, args)

        return run_verb(main(), prog=prog)

    return handler


def require_file(path: Path) -> Path:
    if not path.is_file():
        raise LocalProblem(f"{path} is not a file")
    return path


def write_output(path: Path, data: bytes) -> None:
    """Write a verb's output file atomically: a reader (or a crash) never sees half of it. A
    device or pipe (``-o /dev/stdout``) is written as it is."""
    from subtitle_desk.core.storage import atomic_write

    try:
        if path.exists() and not path.is_file():
            path.write_bytes(data)
        else:
            atomic_write(path, data, backup=False)
    except OSError as exc:
        raise LocalProblem(f"cannot write {path}: {exc.strerror or exc}") from None


def _default(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.asdict(value)
    if isinstance(value, Path):
        return str(value)
    if isinstance(value, (set, frozenset, tuple)):
        return list(value)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if hasattr(value, "to_json"):
        return value.to_json()
    return str(value)


def print_json(obj: Any, *, file: TextIO | None = None) -> None:
    print(json.dumps(obj, indent=2, ensure_ascii=False, default=_default), file=file or sys.stdout)


def emit(args: argparse.Namespace, data: Any, text: str) -> int:
    """Print ``data`` as JSON with ``--json``, else ``text``; exit status 0."""
    if args.json:
        print_json(data)
    else:
        print(text)
    return 0


class ProgressPrinter:
    """An ``on_progress`` callback: a redrawn bar on a terminal, plain lines otherwise.

    ``label`` names what is being sent (usually the file name). A progress ``event`` (a retry and
    why) gets a line of its own either way; on a terminal the bar says how long the connection
    has accepted nothing once that passes ``IDLE_NOTICE`` seconds (the engine reports at least
    once a second, so the bar keeps moving while the upload is stuck).

    Used as a context manager it finishes the bar on the way out, however the upload ends::

        with ProgressPrinter(path.name, stream=sys.stderr) as progress:
            await client.upload(path, on_progress=progress)
    """

    IDLE_NOTICE = 2.0

    def __init__(self, label: str, *, stream: TextIO | None = None, width: int = 30,
                 tty: bool | None = None) -> None:
        self.label = label
        self.stream = stream or sys.stdout
        self.width = width
        self.tty = self.stream.isatty() if tty is None else tty
        self._last_line_percent = -1
        self._drawn = False
        self._done_attempt: int | None = None  # the attempt whose 100 % line was written

    def __call__(self, progress: UploadProgress) -> None:
        event = getattr(progress, "event", None)
        if event:
            self.finish()
            print(f"{self.label}: {event}", file=self.stream, flush=True)
            self._last_line_percent = -1
            return
        finished = progress.sent >= progress.total
        if finished and self._done_attempt == progress.attempt:
            return  # already shown complete
        percent = int(progress.fraction * 100)
        attempts = getattr(progress, "attempts", 1)
        if progress.attempt > 1:
            retry = (f" (attempt {progress.attempt} of {attempts})" if attempts >= progress.attempt
                     else f" (attempt {progress.attempt})")
        else:
            retry = ""
        eta = f", {_clock(progress.eta)} left" if progress.eta is not None and not finished else ""
        rate = f"{size_text(progress.rate)}/s" if progress.rate else ""
        if self.tty:
            idle = getattr(progress, "idle", 0.0)
            stuck = (f", no bytes accepted for {_clock(idle)}"
                     if idle >= self.IDLE_NOTICE and not finished else "")
            filled = int(self.width * progress.fraction)
            bar = "#" * filled + "-" * (self.width - filled)
            line = (f"\r{self.label} [{bar}] {percent:3d}% {size_text(progress.sent)}/"
                    f"{size_text(progress.total)} {rate}{eta}{stuck}{retry}")
            self.stream.write(line + "\x1b[K")
            self._drawn = True
            if finished:
                self.stream.write("\n")
                self._drawn = False
                self._done_attempt = progress.attempt
            self.stream.flush()
            return
        # Plain lines every 10 % (logs and pipes get a readable record, not a flood).
        step = percent // 10 * 10
        if step == self._last_line_percent and not finished:
            return
        self._last_line_percent = 100 if finished else step
        if finished:
            self._done_attempt = progress.attempt
        shown = 100 if finished else step
        print(f"{self.label}: {shown}% of {size_text(progress.total)}"
              f"{' at ' + rate if rate else ''}{retry}", file=self.stream, flush=True)

    def __enter__(self) -> ProgressPrinter:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.finish()

    def finish(self) -> None:
        """End a bar that stopped early (an error or cancellation) so the next line is clean."""
        if self._drawn:
            self.stream.write("\n")
            self.stream.flush()
            self._drawn = False


def _clock(seconds: float) -> str:
    seconds = int(seconds + 0.5)
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def fail(error: BaseException | str, *, stream: TextIO | None = None) -> int:
    """Print the service's own message (``str(error)``) to stderr; returns exit code 1."""
    message = str(error) or type(error).__name__
    print(message, file=stream or sys.stderr)
    return 1


@contextlib.asynccontextmanager
async def services_from_environment(config_path: Path | None = None) -> AsyncIterator[Services]:
    """``open_services`` over the settings file plus ``SUBTITLE_DESK_*`` environment overrides."""
    secrets = SecretStore()
    settings = load_settings(config_path, secrets=secrets)
    async with open_services(settings, secrets) as services:
        yield services
