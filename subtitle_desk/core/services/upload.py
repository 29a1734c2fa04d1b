"""The streaming upload engine every service uses to send a local file (usually to a signed URL).

:func:`upload_file` streams a file from disk with an exact ``Content-Length`` (never chunked
transfer encoding: S3 and cielo24 refuse it), reads ahead off the event loop so the socket never
waits on the disk, reports throttled progress, and retries a dropped connection, a timeout or a
5xx answer from the start (signed-URL PUTs cannot resume) with exponential backoff.

Memory stays flat: at most two chunks are in flight, whatever the file size.
"""

from __future__ import annotations

import asyncio
import mimetypes
import os
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

import httpx

from .errors import UploadError

__all__ = ["UploadProgress", "upload_file", "guess_content_type", "format_size"]


@dataclass(frozen=True)
class UploadProgress:
    sent: int  # bytes handed to the connection in this attempt
    total: int
    rate: float  # bytes per second over this attempt so far
    eta: float | None  # seconds left, None until a rate is known
    attempt: int  # 1 for the first try, 2 for the first retry ...

    @property
    def fraction(self) -> float:
        return 1.0 if self.total == 0 else self.sent / self.total


_EXTRA_TYPES = {
    ".vtt": "text/vtt",
    ".srt": "application/x-subrip",
    ".ttml": "application/ttml+xml",
    ".dfxp": "application/ttaf+xml",
    ".ssa": "text/x-ssa",
    ".ass": "text/x-ass",
    ".mp4": "video/mp4",
    ".m4v": "video/x-m4v",
    ".mov": "video/quicktime",
    ".mxf": "application/mxf",
    ".m4a": "audio/mp4",
    ".wav": "audio/wav",
    ".mp3": "audio/mpeg",
    ".webm": "video/webm",
    ".mkv": "video/x-matroska",
}


def guess_content_type(path: Path | str) -> str:
    """The MIME type for a media or subtitle file name; ``application/octet-stream`` if unknown.

    The subtitle and broadcast types are fixed here rather than left to the platform's
    ``mimetypes`` tables, which differ between machines (and so would break signed Content-Types).
    """
    suffix = Path(path).suffix.lower()
    if suffix in _EXTRA_TYPES:
        return _EXTRA_TYPES[suffix]
    guessed, _ = mimetypes.guess_type(Path(path).name, strict=False)
    return guessed or "application/octet-stream"


def format_size(size: float) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if abs(size) < 1024 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "bytes" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{size:.1f} GB"  # pragma: no cover


class _Interrupted(Exception):
    """One attempt failed in a way worth retrying; ``reason`` says what happened."""

    def __init__(self, reason: str, status: int | None = None) -> None:
        super().__init__(reason)
        self.reason, self.status = reason, status


class _FileBody:
    """An async byte stream over a file with one read always in flight in a worker thread.

    ``os.pread`` on a raw descriptor keeps reads independent of a file position, so an abandoned
    read can finish harmlessly after the upload is cancelled; the descriptor is closed once it has.
    """

    def __init__(self, path: Path, total: int, chunk_size: int,
                 report: Callable[[int], None]) -> None:
        self._path = path
        self._fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
        self._total = total
        self._chunk = chunk_size
        self._offset = 0
        self._sent = 0
        self._report = report
        self._pending: asyncio.Future[bytes] | None = None
        self._closed = False

    def _read(self, offset: int) -> asyncio.Future[bytes]:
        size = min(self._chunk, self._total - offset)
        loop = asyncio.get_running_loop()
        return loop.run_in_executor(None, os.pread, self._fd, size, offset)

    def __aiter__(self) -> "_FileBody":
        return self

    async def __anext__(self) -> bytes:
        if self._offset >= self._total:
            raise StopAsyncIteration
        if self._pending is None:
            self._pending = self._read(self._offset)
        block = await self._pending
        self._pending = None
        if not block:
            raise UploadError(f"{self._path.name} got shorter while it was being uploaded",
                              path=str(self._path))
        self._offset += len(block)
        if self._offset < self._total:
            self._pending = self._read(self._offset)  # read ahead while this block is sent
        self._sent += len(block)
        self._report(self._sent)
        return block

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        pending, self._pending = self._pending, None
        if pending is None or pending.done():
            if pending is not None and not pending.cancelled():
                pending.exception()  # retrieved: no "never retrieved" noise
            os.close(self._fd)
            return

        def close_when_read(future: asyncio.Future[bytes]) -> None:
            if not future.cancelled():
                future.exception()
            os.close(self._fd)

        pending.add_done_callback(close_when_read)


async def upload_file(
    http: httpx.AsyncClient,
    method: str,
    url: str,
    path: Path,
    *,
    headers: Mapping[str, str] | None = None,
    params: Mapping[str, str] | None = None,
    content_type: str | None = None,
    on_progress: Callable[[UploadProgress], None] | None = None,
    retries: int = 3,
    backoff: float = 1.0,
    chunk_size: int = 1 << 20,
    max_size: int | None = None,
    service: str = "storage",
    progress_interval: float = 0.25,
) -> httpx.Response:
    """Send ``path`` as the body of ``method url`` and return the final response (status < 500).

    4xx answers are returned, not raised: each caller maps its own service's error bodies.
    Raises :class:`UploadError` when the file is missing, unreadable or over ``max_size`` (before
    anything is sent), or when every attempt failed (dropped connection, timeout, 5xx).
    Cancellation stops the transfer at once and propagates.
    """
    path = Path(path)
    try:
        total = path.stat().st_size
    except OSError as exc:
        raise UploadError(f"cannot read {path.name}: {exc.strerror or exc}", service=service,
                          path=str(path)) from exc
    if not path.is_file():
        raise UploadError(f"{path.name} is not a file", service=service, path=str(path))
    if max_size is not None and total > max_size:
        raise UploadError(
            f"{path.name} is {format_size(total)}, over the {format_size(max_size)} limit "
            f"for {service}", service=service, path=str(path))
    request_headers = {key: value for key, value in (headers or {}).items()
                       if key.lower() not in ("content-length", "transfer-encoding")}
    if content_type is not None:
        request_headers = {key: value for key, value in request_headers.items()
                           if key.lower() != "content-type"}
        request_headers["Content-Type"] = content_type
    request_headers["Content-Length"] = str(total)

    attempts = retries + 1
    last: _Interrupted | None = None
    for attempt in range(1, attempts + 1):
        if attempt > 1:
            await asyncio.sleep(backoff * 2 ** (attempt - 2))
        try:
            return await _attempt(http, method, url, path, total, request_headers, params,
                                  chunk_size, attempt, on_progress, progress_interval)
        except _Interrupted as interrupted:
            last = interrupted
    assert last is not None
    tries = "1 attempt" if attempts == 1 else f"{attempts} attempts"
    raise UploadError(f"Uploading {path.name} to {service} failed after {tries}: {last.reason}",
                      service=service, status=last.status, path=str(path))


async def _attempt(http: httpx.AsyncClient, method: str, url: str, path: Path, total: int,
                   headers: dict[str, str], params: Mapping[str, str] | None, chunk_size: int,
                   attempt: int, on_progress: Callable[[UploadProgress], None] | None,
                   interval: float) -> httpx.Response:
    started = time.monotonic()
    last_report = float("-inf")

    def progress(sent: int, *, force: bool = False) -> None:
        nonlocal last_report
        if on_progress is None:
            return
        now = time.monotonic()
        if not force and now - last_report < interval and sent < total:
            return
        last_report = now
        elapsed = now - started
        rate = sent / elapsed if elapsed > 0 and sent else 0.0
        eta = (total - sent) / rate if rate > 0 else None
        on_progress(UploadProgress(sent=sent, total=total, rate=rate, eta=eta, attempt=attempt))

    progress(0, force=True)
    try:
        body = _FileBody(path, total, chunk_size, progress)
    except OSError as exc:
        raise UploadError(f"cannot read {path.name}: {exc.strerror or exc}",
                          path=str(path)) from exc
    try:
        request = http.build_request(method, url, headers=headers, params=params, content=body)
        response = await http.send(request)
    except httpx.TimeoutException as exc:
        raise _Interrupted(f"the connection timed out ({type(exc).__name__})") from exc
    except httpx.TransportError as exc:
        raise _Interrupted(f"the connection was lost ({type(exc).__name__})") from exc
    except OSError as exc:
        raise UploadError(f"cannot read {path.name}: {exc.strerror or exc}",
                          path=str(path)) from exc
    finally:
        body.close()
    if response.status_code >= 500:
        raise _Interrupted(f"the server answered {response.status_code} "
                           f"{response.reason_phrase}".rstrip(), status=response.status_code)
    return response
