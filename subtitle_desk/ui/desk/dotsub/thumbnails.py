"""Media thumbnails: fetched in the background, cached on disk, decoded off the UI thread.

``ThumbnailLoader.pixmap(url)`` answers at once: the pixmap if it is in memory, else ``None`` after
queueing the URL. Loading starts once no new URL has been asked for during ``settle_ms``, so a
fast scroll, or a list paging in as it is dragged to its end, does not fetch the pictures of rows
that only flew by. Then at most ``max_concurrent`` workers (runner tasks) drain the queue, newest
request first, so the rows on screen load before the ones scrolled past. Each thumbnail is loaded
on the runner's worker loop, off the UI thread: ``<cache>/thumbnails/<hash>.img`` if present, else
downloaded there with ``core.work.download_file`` and the worker's credential-free storage client
(thumbnail URLs are public or presigned: no bearer token goes there); either way ``QImage``
decodes it there. ``ready(url)`` tells the models to repaint.
"""

from __future__ import annotations

import asyncio
import collections
import hashlib
import logging
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from PySide6.QtCore import QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPixmap

from subtitle_desk.core.services.errors import ServiceError
from subtitle_desk.core.work import download_file

from .common import worker_storage_http

if TYPE_CHECKING:
    from subtitle_desk.ui.desk.context import DeskContext

__all__ = ["ThumbnailLoader", "thumbnail_key"]

log = logging.getLogger(__name__)

#: Thumbnails larger than this are refused (a thumbnail URL pointing at a video, say).
MAX_BYTES = 4 * 1024 * 1024


def thumbnail_key(url: str) -> str:
    """The cache file name for a URL; a presigned URL's query (signature, expiry) is left out so
    the same image is not fetched again when the signature changes."""
    parts = urlsplit(url)
    stable = f"{parts.scheme}://{parts.netloc}{parts.path}"
    return hashlib.sha256(stable.encode("utf-8")).hexdigest()[:40]


def _decode(path: Path, size: QSize) -> QImage | None:
    image = QImage(str(path))
    if image.isNull():
        return None
    if image.width() > size.width() or image.height() > size.height():
        image = image.scaled(size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
    return image


def _decode_cached(path: Path, size: QSize) -> QImage | None:
    """The image cached at ``path``, or None when there is none (or it does not decode)."""
    return _decode(path, size) if path.is_file() else None


async def _load_thumbnail(url: str, path: str, width: int, height: int) -> tuple[QImage | None, bool]:
    """On the runner's worker loop: (the image, whether it was fetched rather than read from disk)."""
    size, target = QSize(width, height), Path(path)
    loop = asyncio.get_running_loop()
    image = await loop.run_in_executor(None, _decode_cached, target, size)
    if image is not None:
        return image, False
    await download_file(worker_storage_http(), url, target, service="the thumbnail host", max_bytes=MAX_BYTES, resume=False)
    return await loop.run_in_executor(None, _decode, target, size), True


class ThumbnailLoader(QObject):
    #: The pixmap for this URL is now available (or failed for good: ``pixmap`` stays None).
    ready = Signal(str)

    def __init__(self, context: DeskContext, *, max_concurrent: int = 4, memory_items: int = 600,
                 max_waiting: int = 60, settle_ms: int = 150, size: QSize = QSize(160, 90),
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.max_concurrent = max_concurrent
        #: The most URLs waiting; beyond it the oldest asked for (rows scrolled past) are dropped.
        self.max_waiting = max_waiting
        self.size = size
        self._memory: collections.OrderedDict[str, QPixmap] = collections.OrderedDict()
        self._scaled: dict[tuple[str, int, int], QPixmap] = {}
        self._memory_items = memory_items
        self._queue: collections.deque[str] = collections.deque()
        self._queued: set[str] = set()
        self._failed: set[str] = set()
        self._workers = 0
        self._worker_ids = 0
        #: Network fetches and disk hits so far (tests and benchmarks read them).
        self.fetched = 0
        self.disk_hits = 0
        #: The most workers that ever ran at once.
        self.peak_workers = 0
        self._folder: Path | None = None
        #: Runs from the last new URL asked for; loading waits for it (the list is moving).
        self._settling = QTimer(self)
        self._settling.setSingleShot(True)
        self._settling.setInterval(settle_ms)
        self._settling.timeout.connect(self._spawn)

    @property
    def settle_ms(self) -> int:
        """How long no new URL must be asked for before loading starts (0: at once)."""
        return self._settling.interval()

    @settle_ms.setter
    def settle_ms(self, value: int) -> None:
        self._settling.setInterval(value)

    @property
    def folder(self) -> Path:
        if self._folder is None:  # once: finding the cache makes its folder, a system call
            self._folder = Path(self.context.cache_dir) / "thumbnails"
        return self._folder

    def path_for(self, url: str) -> Path:
        return self.folder / f"{thumbnail_key(url)}.img"

    def pixmap(self, url: str | None, size: QSize | None = None) -> QPixmap | None:
        """The thumbnail (scaled to fit ``size`` if given) if loaded; otherwise queue it and
        answer None (``ready`` follows)."""
        if not url:
            return None
        pixmap = self._memory.get(url)
        if pixmap is not None:
            self._memory.move_to_end(url)
            if size is None:
                return pixmap
            key = (url, size.width(), size.height())
            scaled = self._scaled.get(key)
            if scaled is None:
                scaled = pixmap.scaled(size, Qt.AspectRatioMode.KeepAspectRatio,
                                       Qt.TransformationMode.SmoothTransformation)
                self._scaled[key] = scaled
                while len(self._scaled) > self._memory_items:
                    self._scaled.pop(next(iter(self._scaled)))
            return scaled
        if url in self._failed:
            return None
        if url in self._queued:
            # Asked again (still on screen): move it to the front of the line.
            try:
                self._queue.remove(url)
            except ValueError:
                return None  # a worker has it
            self._queue.append(url)
            return None
        self._queued.add(url)
        self._queue.append(url)
        while len(self._queue) > self.max_waiting:
            self._queued.discard(self._queue.popleft())  # asked again if it comes back on screen
        self._settling.start()  # (again): load once the list stays still
        return None

    @property
    def idle(self) -> bool:
        """Nothing queued and no worker running."""
        return not self._queue and self._workers == 0 and not self._settling.isActive()

    def failed(self, url: str) -> bool:
        return url in self._failed

    def clear_queue(self) -> None:
        """Forget what was asked but not started (the list was reset)."""
        for url in self._queue:
            self._queued.discard(url)
        self._queue.clear()

    def _spawn(self) -> None:
        while self._workers < self.max_concurrent and self._queue:
            self._workers += 1
            self.peak_workers = max(self.peak_workers, self._workers)
            self._worker_ids += 1
            self.context.runner.run(f"dotsub-thumbnail-{self._worker_ids}", self._work())

    async def _work(self) -> None:
        try:
            while self._queue and not self._settling.isActive():  # else: the list moved on
                url = self._queue.pop()
                try:
                    image = await self._load(url)
                except asyncio.CancelledError:
                    self._queued.discard(url)
                    raise
                except (ServiceError, OSError) as exc:
                    log.info("Thumbnail not loaded: %s", exc)
                    image = None
                self._queued.discard(url)
                if image is None:
                    self._failed.add(url)
                else:
                    self._remember(url, QPixmap.fromImage(image))
                self.ready.emit(url)
        finally:
            self._workers -= 1

    async def _load(self, url: str) -> QImage | None:
        image, fetched = await self.context.runner.on_worker(
            _load_thumbnail, url, str(self.path_for(url)), self.size.width(), self.size.height())
        if fetched:
            self.fetched += 1
        else:
            self.disk_hits += 1
        return image

    def _remember(self, url: str, pixmap: QPixmap) -> None:
        self._memory[url] = pixmap
        self._memory.move_to_end(url)
        while len(self._memory) > self._memory_items:
            self._memory.popitem(last=False)
