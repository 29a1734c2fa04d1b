"""The streaming upload engine every service uses to send a local file (usually to a signed URL).

:func:`upload_file` streams a file from disk with an exact ``Content-Length`` (never chunked
transfer encoding: S3 and cielo24 refuse it), reads ahead off the event loop so the socket never
waits on the disk, and reports throttled progress (at least once a second, even while nothing
moves). It retries from the start (signed-URL PUTs cannot resume), with exponential backoff:

* a dropped connection or a client timeout;
* a stalled connection: no bytes accepted for ``stall_timeout`` seconds (a host that accepts the
  connection but never reads would otherwise hold each attempt for the whole write timeout);
* a 5xx answer, and a 429; a ``Retry-After`` on either is waited out instead of the backoff
  (one longer than ``MAX_RETRY_AFTER`` ends the upload at once, saying so).

Each retry is announced through ``on_progress`` as an ``UploadProgress`` whose ``event`` is a line
to show ("attempt 2 of 4 after a stalled connection ..."), so a terminal and the UI say the same.

Memory stays flat: at most two chunks (``CHUNK_SIZE``) are in flight, whatever the file size.
Chunks are large because each one costs the sending thread a read handed to a reader thread and a
few event-loop turns, every one of them taking Python's GIL: beside a busy window (which wants the
GIL and the CPUs too) 4 MiB chunks cost a transfer about a quarter less CPU than 1 MiB ones. A
chunk is read by ``os.pread`` into a fresh ``bytes`` and handed to the connection as it is.
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

from subtitle_desk.core.units import size_text

from .errors import RateLimitedError, UploadError
from .http import MAX_RETRY_AFTER, retry_after

__all__ = ["UploadProgress", "upload_file", "guess_content_type", "DEFAULT_STALL_TIMEOUT", "CHUNK_SIZE"]

#: Seconds without a byte accepted before an attempt counts as stalled and is retried.
DEFAULT_STALL_TIMEOUT = 30.0
#: Bytes read (and handed to the connection) at a time: fewer, larger chunks mean fewer thread
#: hand-offs per gigabyte; much larger ones make the event loop copy bigger unsent tails at once.
CHUNK_SIZE = 4 << 20
#: Progress is reported at least this often, even while nothing moves.
HEARTBEAT = 1.0
#: What the operating system may still hold unsent once the whole body was handed over (socket
#: buffers); a stall after the last byte is only called once that much could have drained.
_SEND_BUFFER_GUESS = 8 << 20


@dataclass(frozen=True)
class UploadProgress:
    sent: int  # bytes handed to the connection in this attempt
    total: int
    rate: float  # bytes per second over this attempt so far
    eta: float | None  # seconds left, None until a rate is known
    attempt: int  # 1 for the first try, 2 for the first retry ...
    attempts: int = 1  # how many attempts the upload may make in all
    idle: float = 0.0  # seconds since the connection last accepted bytes (or, once all were
    #                    handed over, since the last one was: the answer is awaited)
    #: A line worth showing on its own (a retry and why), else None.
    event: str | None = None

    @property
    def fraction(self) -> float:
        return 1.0 if self.total == 0 else self.sent / self.total


_MEDIA_TYPES = {
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

    Subtitle types come from the format modules and media types from the table here, rather than
    from the platform's ``mimetypes`` tables, which differ between machines (and so would break
    signed Content-Types).
    """
    from subtitle_desk.core.formats import mime_type_for

    subtitle_type = mime_type_for(path)
    if subtitle_type is not None:
        return subtitle_type
    suffix = Path(path).suffix.lower()
    if suffix in _MEDIA_TYPES:
        return _MEDIA_TYPES[suffix]
    guessed, _ = mimetypes.guess_type(Path(path).name, strict=False)
    return guessed or "application/octet-stream"


class _Interrupted(Exception):
    """One attempt failed in a way worth retrying; ``reason`` says what happened (for the final
    error), ``cause`` names it briefly (for the retry line)."""

    def __init__(self, reason: str, cause: str, status: int | None = None,
                 wait: float | None = None) -> None:
        super().__init__(reason)
        self.reason, self.cause, self.status, self.wait = reason, cause, status, wait


class _FileBody:
    """An async byte stream over a file with one read always in flight in a worker thread.

    ``os.pread`` on a raw descriptor keeps reads independent of a file position, so an abandoned
    read can finish harmlessly after the upload is cancelled; the descriptor is closed once it has.
    ``last_activity`` is when the connection last took a block (or asked for the next one).
    """

    def __init__(self, path: Path, total: int, chunk_size: int,
                 report: Callable[[int], None]) -> None:
        self._path = path
        self._fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
        self._total = total
        self._chunk = chunk_size
        self._offset = 0
        self._report = report
        self._pending: asyncio.Future[bytes] | None = None
        self._closed = False
        self.sent = 0
        self.exhausted = total == 0
        self.last_activity = time.monotonic()

    def _read(self, offset: int) -> asyncio.Future[bytes]:
        size = min(self._chunk, self._total - offset)
        loop = asyncio.get_running_loop()
        return loop.run_in_executor(None, os.pread, self._fd, size, offset)

    def __aiter__(self) -> "_FileBody":
        return self

    async def __anext__(self) -> bytes:
        self.last_activity = time.monotonic()  # the previous block was taken
        if self._offset >= self._total:
            self.exhausted = True
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
        else:
            self.exhausted = True
        self.sent += len(block)
        self.last_activity = time.monotonic()
        self._report(self.sent)
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


def _seconds(value: float) -> str:
    return f"{value:.0f} s" if value >= 10 or value == int(value) else f"{value:.1f} s"


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
    chunk_size: int = CHUNK_SIZE,
    max_size: int | None = None,
    service: str = "storage",
    progress_interval: float = 0.25,
    stall_timeout: float | None = DEFAULT_STALL_TIMEOUT,
    max_retry_after: float = MAX_RETRY_AFTER,
) -> httpx.Response:
    """Send ``path`` as the body of ``method url`` and return the final response (status < 500,
    not 429).

    Other 4xx answers are returned, not raised: each caller maps its own service's error bodies.
    Raises :class:`UploadError` when the file is missing, unreadable or over ``max_size`` (before
    anything is sent), or when every attempt failed (dropped, stalled or timed-out connection, 5xx,
    429); a 429 the server asked to wait out longer than ``max_retry_after`` seconds ends it at
    once (``RateLimitedError``, an ``UploadError`` too). ``stall_timeout=None`` turns stall
    detection off. Cancellation stops the transfer at once and propagates.
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
            f"{path.name} is {size_text(total)}, over the {size_text(max_size)} limit "
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
        try:
            return await _Attempt(http, method, url, path, total, request_headers, params,
                                  chunk_size, attempt, attempts, on_progress, progress_interval,
                                  stall_timeout).run()
        except _Interrupted as interrupted:
            last = interrupted
        if attempt == attempts:
            break
        delay = backoff * 2 ** (attempt - 1)
        if last.wait is not None:
            if last.wait > max_retry_after:
                raise _RateLimitedUpload(
                    f"Uploading {path.name} to {service} stopped: {last.reason}, and it asked to "
                    f"wait {_seconds(last.wait)} before trying again (longer than "
                    f"{_seconds(max_retry_after)})", service=service, status=last.status,
                    path=str(path))
            delay = last.wait
        if on_progress is not None:
            later = f"; trying again in {_seconds(delay)}" if delay >= 1 else ""
            on_progress(UploadProgress(
                sent=0, total=total, rate=0.0, eta=None, attempt=attempt + 1, attempts=attempts,
                event=f"attempt {attempt + 1} of {attempts} after {last.cause}{later}"))
        if delay > 0:
            await asyncio.sleep(delay)
    assert last is not None
    tries = "1 attempt" if attempts == 1 else f"{attempts} attempts"
    cls = _RateLimitedUpload if last.status == 429 else UploadError
    raise cls(f"Uploading {path.name} to {service} failed after {tries}: {last.reason}",
              service=service, status=last.status, path=str(path))


class _RateLimitedUpload(UploadError, RateLimitedError):
    """An upload the host kept refusing with 429: both an upload failure and a rate limit."""


class _Attempt:
    """One try: the request, and a watchdog task beside it that sends a progress heartbeat while
    nothing moves and ends the request on a stall."""

    def __init__(self, http: httpx.AsyncClient, method: str, url: str, path: Path, total: int,
                 headers: dict[str, str], params: Mapping[str, str] | None, chunk_size: int,
                 attempt: int, attempts: int, on_progress: Callable[[UploadProgress], None] | None,
                 interval: float, stall_timeout: float | None) -> None:
        self.http, self.method, self.url, self.path = http, method, url, path
        self.total, self.headers, self.params, self.chunk_size = total, headers, params, chunk_size
        self.attempt, self.attempts = attempt, attempts
        self.on_progress, self.interval = on_progress, interval
        self.stall_timeout = stall_timeout if stall_timeout and stall_timeout > 0 else None
        self.started = time.monotonic()
        self.last_report = float("-inf")
        self.body: _FileBody | None = None
        self.stalled: float | None = None  # seconds of silence that ended the attempt

    def progress(self, sent: int, *, force: bool = False) -> None:
        if self.on_progress is None:
            return
        now = time.monotonic()
        if not force and now - self.last_report < self.interval and sent < self.total:
            return
        self.last_report = now
        elapsed = now - self.started
        rate = sent / elapsed if elapsed > 0 and sent else 0.0
        eta = (self.total - sent) / rate if rate > 0 else None
        idle = now - self.body.last_activity if self.body is not None else 0.0
        self.on_progress(UploadProgress(sent=sent, total=self.total, rate=rate, eta=eta,
                                        attempt=self.attempt, attempts=self.attempts, idle=idle))

    def stall_limit(self, body: _FileBody) -> float | None:
        """Seconds of silence that make a stall: ``stall_timeout``, plus (once the whole body was
        handed over) the time what the OS may still buffer needs at the rate seen so far."""
        if self.stall_timeout is None:
            return None
        if not body.exhausted or body.sent == 0:
            return self.stall_timeout
        busy = body.last_activity - self.started
        if busy <= 0:
            return self.stall_timeout
        drain = min(body.sent, _SEND_BUFFER_GUESS) / (body.sent / busy)
        return self.stall_timeout + min(drain, 10 * self.stall_timeout)

    async def watch(self, body: _FileBody, deadline: asyncio.Timeout) -> None:
        """Beside the request: a progress heartbeat while nothing moves, and on a stall the
        request's deadline brought forward to now (which ends it as a timeout)."""
        tick = max(0.01, min(0.25, self.interval or 0.25, (self.stall_timeout or 1.0) / 4))
        heartbeat = max(self.interval, HEARTBEAT)
        while True:
            await asyncio.sleep(tick)
            now = time.monotonic()
            idle = now - body.last_activity
            limit = self.stall_limit(body)
            if limit is not None and idle >= limit:
                self.stalled = idle
                deadline.reschedule(asyncio.get_running_loop().time())
                return
            if now - self.last_report >= heartbeat:
                self.progress(body.sent, force=True)

    async def run(self) -> httpx.Response:
        path = self.path
        self.progress(0, force=True)
        try:
            body = self.body = _FileBody(path, self.total, self.chunk_size, self.progress)
        except OSError as exc:
            raise UploadError(f"cannot read {path.name}: {exc.strerror or exc}",
                              path=str(path)) from exc
        watchdog: asyncio.Task[None] | None = None
        try:
            # The request runs in this task (a cancellation unwinds it here, as any await would);
            # the watchdog ends it through the deadline, told apart from an outer cancellation.
            async with asyncio.timeout(None) as deadline:
                watchdog = asyncio.ensure_future(self.watch(body, deadline))
                request = self.http.build_request(self.method, self.url, headers=self.headers,
                                                  params=self.params, content=body)
                response = await self.http.send(request)
        except TimeoutError as exc:
            if self.stalled is None:
                raise
            idle = _seconds(self.stalled)
            raise _Interrupted(f"the connection stalled (no bytes accepted for {idle})",
                               f"a stalled connection (no bytes accepted for {idle})") from exc
        except httpx.TimeoutException as exc:
            raise _Interrupted(f"the connection timed out ({type(exc).__name__})",
                               "a timed-out connection") from exc
        except httpx.TransportError as exc:
            raise _Interrupted(f"the connection was lost ({type(exc).__name__})",
                               "a lost connection") from exc
        except OSError as exc:
            raise UploadError(f"cannot read {path.name}: {exc.strerror or exc}",
                              path=str(path)) from exc
        finally:
            if watchdog is not None:
                watchdog.cancel()
            body.close()
        status = response.status_code
        if status >= 500 or status == 429:
            what = f"{status} {response.reason_phrase}".rstrip()
            raise _Interrupted(f"the server answered {what}", f"HTTP {what}", status=status,
                               wait=retry_after(response))
        return response
