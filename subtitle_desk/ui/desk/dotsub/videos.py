"""Local copies of Dotsub media videos, streamed to ``<cache>/videos/<media id>.mp4``.

The editor plays a local file far better than a URL (instant seeking, no signed-URL expiry), so
opening a task downloads the media's MP4 once and reuses it after. The download streams to a
``.part`` file in 1 MB chunks written off the UI thread, reports progress in the activity panel,
is cancellable there, and is renamed into place only when complete, so a half file is never
mistaken for the video. One download per media at a time: asking again joins the running one.
"""

from __future__ import annotations

import asyncio
import logging
import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from subtitle_desk.core.services.errors import ServiceError, TransportError, error_for_status
from subtitle_desk.core.services.http import transport_errors
from subtitle_desk.ui.tasks import ReportedError

__all__ = ["VideoCache", "VideoDownload", "human_size"]

log = logging.getLogger(__name__)

CHUNK = 1 << 20


def human_size(n: float) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "bytes" else f"{n:.1f} {unit}"
        n /= 1024
    return f"{n:.1f} GB"


@dataclass
class VideoDownload:
    media_id: str
    path: Path
    task: asyncio.Task | None = None
    #: Resolves to the size in bytes (None when the host does not say) once headers arrive.
    size: asyncio.Future = field(default_factory=lambda: asyncio.get_running_loop().create_future())
    received: int = 0


class VideoCache:
    def __init__(self, context: Any) -> None:
        self.context = context
        self._running: dict[str, VideoDownload] = {}

    @property
    def folder(self) -> Path:
        return Path(self.context.cache_dir) / "videos"

    def path_for(self, media_id: str) -> Path:
        safe = "".join(c if c.isalnum() or c in "-_" else "_" for c in str(media_id))
        return self.folder / f"{safe}.mp4"

    def cached(self, media_id: str) -> Path | None:
        """The complete local copy, if there is one (checked with a stat: cheap)."""
        path = self.path_for(media_id)
        return path if path.is_file() and path.stat().st_size > 0 else None

    def running(self, media_id: str) -> VideoDownload | None:
        download = self._running.get(str(media_id))
        return download if download is not None and download.task is not None and not download.task.done() else None

    def download(self, media_id: str, url: str, *, title: str) -> VideoDownload:
        """Start (or join) the download of ``url`` as the local copy of ``media_id``."""
        media_id = str(media_id)
        existing = self.running(media_id)
        if existing is not None:
            return existing
        download = VideoDownload(media_id=media_id, path=self.path_for(media_id))
        self._running[media_id] = download
        download.task = self.context.runner.run(
            f"dotsub-video-{media_id}", lambda op: self._reported(self._fetch(download, url, op)), title=title)
        download.task.add_done_callback(lambda _task: self._finished(download))
        return download

    @staticmethod
    async def _reported(work: Any) -> Path:
        """A failed download is shown in the activity panel, not as an error dialog: the editor
        already plays the video from its URL."""
        try:
            return await work
        except ServiceError as exc:
            raise ReportedError(f"The video was not saved: {exc}") from exc

    def _finished(self, download: VideoDownload) -> None:
        # Cancelled before it ever ran, the coroutine's own cleanup did not happen: whoever waits
        # for the size must still hear that there will be none.
        if not download.size.done():
            download.size.cancel()
        if self._running.get(download.media_id) is download:
            del self._running[download.media_id]

    async def _fetch(self, download: VideoDownload, url: str, op: Any) -> Path:
        http = self.context.services.storage_http
        part = download.path.with_suffix(".mp4.part")
        await asyncio.to_thread(part.parent.mkdir, parents=True, exist_ok=True)
        handle: BinaryIO | None = None
        try:
            with transport_errors("the video host"):
                async with http.stream("GET", url) as response:
                    if response.status_code != 200:
                        raise error_for_status(response.status_code)(
                            f"The video host refused the download (HTTP {response.status_code})",
                            service="Dotsub media storage", status=response.status_code)
                    length = response.headers.get("content-length")
                    total = int(length) if length and length.isdigit() else None
                    if not download.size.done():
                        download.size.set_result(total)
                    handle = await asyncio.to_thread(open, part, "wb")
                    started = time.monotonic()
                    async for chunk in response.aiter_bytes(CHUNK):
                        await asyncio.to_thread(handle.write, chunk)
                        download.received += len(chunk)
                        if op is not None:
                            op.progress(download.received / total if total else None,
                                        _detail(download.received, total, time.monotonic() - started))
            await asyncio.to_thread(handle.close)
            handle = None
            if total is not None and download.received != total:
                raise TransportError(f"The video download stopped at {human_size(download.received)} of "
                                     f"{human_size(total)}", service="Dotsub media storage")
            await asyncio.to_thread(os.replace, part, download.path)
        except BaseException as exc:
            if not download.size.done():
                if isinstance(exc, Exception):
                    download.size.set_exception(exc)
                    download.size.exception()  # retrieved here: callers may not be waiting
                else:
                    download.size.cancel()
            if handle is not None:
                await asyncio.shield(asyncio.to_thread(handle.close))
            await asyncio.shield(asyncio.to_thread(_remove, part))
            raise
        finally:
            if self._running.get(download.media_id) is download:
                del self._running[download.media_id]
        if op is not None:
            op.progress(1.0, f"{human_size(download.received)} saved")
        return download.path


def _remove(path: Path) -> None:
    try:
        path.unlink()
    except FileNotFoundError:
        pass


def _detail(received: int, total: int | None, elapsed: float) -> str:
    rate = received / elapsed if elapsed > 0 else 0.0
    if total:
        left = (total - received) / rate if rate else 0.0
        return (f"{human_size(received)} of {human_size(total)}, {human_size(rate)}/s, "
                f"{left:.0f} s left")
    return f"{human_size(received)}, {human_size(rate)}/s"
