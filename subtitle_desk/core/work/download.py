"""Downloading a file to disk: streamed, resumable, and never mistaken for complete when it is not.

The bytes go to ``NAME.part`` beside the target and are renamed into place only when every byte
arrived (checked against ``Content-Length`` when the host gives one). A ``.part`` left by an
interrupted download is resumed with a ``Range`` request; a host that ignores the range (answers
200) is read again from the start. Writes run off the event loop, about a ``CHUNK`` at a time, so
memory stays flat whatever the file's size.
"""

from __future__ import annotations

import asyncio
import os
import re
import time
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

import httpx

from subtitle_desk.core.services.errors import TransportError, error_for_status
from subtitle_desk.core.services.http import transport_errors
from subtitle_desk.core.units import size_text

from .progress import Progress, report

__all__ = ["download_file", "DownloadTooLarge", "CHUNK", "part_path"]

CHUNK = 1 << 20
_CONTENT_RANGE = re.compile(r"bytes\s+(\d+)-(\d+)/(\d+|\*)")


class DownloadTooLarge(TransportError):
    """The host sent (or announced) more bytes than the caller accepts."""


def part_path(path: Path) -> Path:
    return path.with_name(path.name + ".part")


async def download_file(http: httpx.AsyncClient, url: str, path: str | os.PathLike[str],
                        on_progress: Progress | None = None, *, service: str = "the file host",
                        max_bytes: int | None = None, resume: bool = True,
                        on_size: Callable[[int | None], None] | None = None) -> Path:
    """Stream ``url`` into ``path``; returns ``path`` once complete.

    ``on_progress(fraction | None, detail)`` hears about each chunk; ``on_size(total | None)`` is
    called once, as soon as the host says how big the file is (None when it does not say).
    Raises ``ServiceError`` subclasses (the host refused, the connection dropped, the file came
    short); the ``.part`` file is then kept for a later resume unless ``resume`` is false. A
    cancelled download leaves nothing behind.
    """
    target = Path(path)
    part = part_path(target)
    offset = await asyncio.to_thread(_size_of, part) if resume else 0
    headers = {"Range": f"bytes={offset}-"} if offset else {}
    writer: _PartWriter | None = None
    received = 0
    sized = False
    try:
        with transport_errors(service):
            async with http.stream("GET", url, headers=headers) as response:
                if response.status_code == 416 and offset:
                    # The part file is already whole (or the host changed): start again cleanly.
                    await asyncio.to_thread(_remove, part)
                    return await download_file(http, url, target, on_progress, service=service,
                                               max_bytes=max_bytes, resume=False, on_size=on_size)
                if response.status_code not in (200, 206):
                    raise error_for_status(response.status_code)(
                        f"{service} refused the download (HTTP {response.status_code})",
                        service=service, status=response.status_code)
                start, total = _extent(response, offset)
                if on_size is not None:
                    on_size(total)
                    sized = True
                if max_bytes is not None and total is not None and total > max_bytes:
                    raise DownloadTooLarge(f"{service} offers {size_text(total)}, more than the "
                                           f"{size_text(max_bytes)} allowed", service=service)
                writer = _PartWriter(part, start)
                received = start
                started = time.monotonic()
                async for piece in response.aiter_bytes():
                    received += len(piece)
                    if max_bytes is not None and received > max_bytes:
                        raise DownloadTooLarge(f"{service} sent more than the {size_text(max_bytes)} "
                                               f"allowed", service=service)
                    if await writer.add(piece):
                        report(on_progress, received / total if total else None,
                               _detail(received, total, received - start, time.monotonic() - started))
        if total is not None and received != total:
            raise TransportError(f"the download from {service} stopped at {size_text(received)} of "
                                 f"{size_text(total)}", service=service)
        await writer.commit(target)  # type: ignore[union-attr]
    except BaseException as exc:
        if on_size is not None and not sized:
            on_size(None)
        # A failed transfer keeps its bytes for the next try; a cancelled one was not wanted.
        drop = not resume or isinstance(exc, (DownloadTooLarge, asyncio.CancelledError))
        if writer is not None or drop:
            await asyncio.shield(asyncio.to_thread(_give_up, writer, part, drop))
        raise
    report(on_progress, 1.0, f"{size_text(received)} saved")
    return target


class _PartWriter:
    """The ``.part`` file, written off the event loop about ``CHUNK`` bytes at a time (what
    arrives is gathered until then). The file is opened with its first write, and the last bytes
    are written, the file closed and renamed into place in one step: a small file takes one trip
    to a thread, not one per call. Bytes that arrived before a failure are written too."""

    def __init__(self, part: Path, start: int) -> None:
        self.part, self.start = part, start
        self.handle: BinaryIO | None = None
        self.pieces: list[bytes] = []
        self.gathered = 0

    async def add(self, piece: bytes) -> bool:
        """Take ``piece``; True when that made a chunk and it was written."""
        self.pieces.append(piece)
        self.gathered += len(piece)
        if self.gathered < CHUNK:
            return False
        pieces, self.pieces, self.gathered = self.pieces, [], 0
        await asyncio.to_thread(self._write, pieces)
        return True

    async def commit(self, target: Path) -> None:
        """Write what is gathered, close the file and rename it to ``target``."""
        await asyncio.to_thread(self._commit, target)

    def _write(self, pieces: list[bytes]) -> None:
        if self.handle is None:
            self.part.parent.mkdir(parents=True, exist_ok=True)
            self.handle = open(self.part, "r+b" if self.start else "wb")  # noqa: SIM115 (kept open)
            if self.start:
                self.handle.seek(self.start)
                self.handle.truncate()
        self.handle.writelines(pieces)

    def _commit(self, target: Path) -> None:
        self.close()
        os.replace(self.part, target)

    def close(self, *, write: bool = True) -> None:
        """Write what is gathered (unless not ``write``: the file is to go) and close the file
        (created, empty, if nothing came)."""
        pieces, self.pieces, self.gathered = self.pieces, [], 0
        try:
            if write:
                self._write(pieces)
        finally:
            if self.handle is not None:
                self.handle.close()
                self.handle = None


def _give_up(writer: _PartWriter | None, part: Path, drop: bool) -> None:
    """Keep the bytes that came in ``part`` for a resume, or remove it (``drop``)."""
    try:
        if writer is not None:
            writer.close(write=not drop)
    finally:
        if drop:
            _remove(part)


def _extent(response: httpx.Response, offset: int) -> tuple[int, int | None]:
    """(where the body starts in the file, the whole file's size or None)."""
    length = response.headers.get("content-length", "")
    body = int(length) if length.isdigit() else None
    if response.status_code == 206:
        match = _CONTENT_RANGE.match(response.headers.get("content-range", ""))
        if match is None or int(match.group(1)) != offset:
            raise TransportError("the host answered a different part of the file than asked for",
                                 service="download")
        whole = match.group(3)
        return offset, int(whole) if whole.isdigit() else (offset + body if body is not None else None)
    return 0, body


def _size_of(path: Path) -> int:
    try:
        return path.stat().st_size
    except FileNotFoundError:
        return 0


def _remove(path: Path) -> None:
    try:
        path.unlink()
    except FileNotFoundError:
        pass


def _detail(received: int, total: int | None, fresh: int, elapsed: float) -> str:
    rate = fresh / elapsed if elapsed > 0 else 0.0
    if total:
        left = (total - received) / rate if rate else 0.0
        return f"{size_text(received)} of {size_text(total)}, {size_text(rate)}/s, {left:.0f} s left"
    return f"{size_text(received)}, {size_text(rate)}/s"
