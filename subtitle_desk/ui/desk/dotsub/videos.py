"""Local copies of Dotsub media videos (``<cache>/videos/<media id>.mp4``), downloaded through the
runner so each shows in the activity panel with progress and Cancel; the bytes flow on the
runner's worker loop (a thread of its own), so a big video neither slows the window nor is slowed by it.

The editor plays a local file far better than a URL (instant seeking, no signed-URL expiry), so
opening a task downloads the media's MP4 once and reuses it after (``core.work.download_file``:
streamed to ``.part``, renamed when whole). One download per media at a time: asking again joins
the running one. ``source`` is the video source the opener gives the open workflow: a video up to
``wait_for_bytes`` is awaited so the editor opens with the local file; a bigger one (or one whose
size the host does not say) opens at once with the URL and the local copy finishes in the
background, for the next opening.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from subtitle_desk.core.services.errors import ServiceError
from subtitle_desk.core.work.dotsub import VideoStore, local_video
from subtitle_desk.core.work.progress import Progress, report
from subtitle_desk.ui.runner import ReportedError

from .common import worker_storage_http

if TYPE_CHECKING:
    from subtitle_desk.ui.desk.context import DeskContext

__all__ = ["VideoCache", "VideoDownload", "WAIT_FOR_VIDEO_BYTES"]

log = logging.getLogger(__name__)

#: Await a video download up to this size before opening the editor; bigger ones open with the URL.
WAIT_FOR_VIDEO_BYTES = 64 * 1024 * 1024


@dataclass
class VideoDownload:
    media_id: str
    path: Path
    task: asyncio.Task | None = None
    #: Resolves to the size in bytes (None when the host does not say) once headers arrive.
    size: asyncio.Future = field(default_factory=lambda: asyncio.get_running_loop().create_future())


def _is_size(news: tuple[Any, ...]) -> bool:
    return news[0] == "size"


async def _download_video(folder: str, media_id: str, url: str, *,
                          on_progress: Callable[[tuple[Any, ...]], None]) -> Path:
    """On the runner's worker loop: the download, its size (``("size", bytes | None)``) and its
    progress (``("progress", fraction, detail)``) told through ``on_progress``."""
    return await VideoStore(Path(folder)).fetch(
        worker_storage_http(), media_id, url, lambda fraction, detail: on_progress(("progress", fraction, detail)),
        on_size=lambda total: on_progress(("size", total)))


class VideoCache:
    def __init__(self, context: DeskContext) -> None:
        self.context = context
        self.wait_for_bytes = WAIT_FOR_VIDEO_BYTES
        self._running: dict[str, VideoDownload] = {}

    @property
    def store(self) -> VideoStore:
        return VideoStore(Path(self.context.cache_dir) / "videos")

    @property
    def folder(self) -> Path:
        return self.store.folder

    def path_for(self, media_id: str) -> Path:
        return self.store.path_for(media_id)

    def cached(self, media_id: str) -> Path | None:
        """The complete local copy, if there is one (checked with a stat: cheap)."""
        return self.store.cached(media_id)

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
            f"dotsub-video-{media_id}", lambda op: self._fetch(download, url, op), title=title)
        download.task.add_done_callback(lambda _task: self._finished(download))
        return download

    def _finished(self, download: VideoDownload) -> None:
        # Cancelled before it ever ran, the download never heard its size: whoever waits for the
        # size must still hear that there will be none.
        if not download.size.done():
            download.size.cancel()
        if self._running.get(download.media_id) is download:
            del self._running[download.media_id]

    async def _fetch(self, download: VideoDownload, url: str, op: Any) -> Path:
        def heard(news: tuple[Any, ...]) -> None:
            if _is_size(news):
                if not download.size.done():
                    download.size.set_result(news[1])
            elif op is not None:
                op.progress(*news[1:])

        try:
            return await self.context.runner.on_worker(_download_video, str(self.store.folder), download.media_id,
                                                       url, on_progress=heard, keep_progress=_is_size)
        except ServiceError as exc:
            # Shown in the activity panel, not as an error dialog: the editor plays the URL.
            raise ReportedError(QCoreApplication.translate("VideoCache", "The video was not saved: {error}").format(
                error=exc)) from exc

    async def source(self, media: Mapping[str, Any], on_progress: Progress | None) -> str | None:
        """The video the editor plays for ``media`` (see the module doc)."""
        cached, url = await local_video(self.store, media)
        if cached is not None or url is None:
            return cached
        download = self.download(str(media.get("mediaId")), url,
                                 title=QCoreApplication.translate("VideoCache", "Downloading the video of {title}")
                                 .format(title=media.get("title")))
        report(on_progress, None, QCoreApplication.translate("VideoCache", "Downloading the video"))
        try:
            size = await asyncio.shield(download.size)
        except asyncio.CancelledError:
            if download.size.cancelled() or (download.task is not None and download.task.cancelled()):
                return url  # the user cancelled the video only: play from the URL
            raise
        if size is None or size > self.wait_for_bytes:
            return url  # big: open now, the local copy finishes in the background
        try:
            path = await asyncio.shield(download.task)  # type: ignore[arg-type]
        except asyncio.CancelledError:
            if download.task is not None and download.task.cancelled():
                return url
            raise
        except Exception as exc:  # the video is a convenience: the subtitles still open
            log.info("Video download failed: %s", exc)
            return url
        return str(path) if path else url
