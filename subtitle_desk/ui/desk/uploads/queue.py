"""The upload queue: one row per video file on its way to Dotsub, at most ``parallel`` at a time.

Each upload is ``DotsubClient.create_media(s3_upload=True)`` then ``upload_media_file`` to the
signed URL over the credential-free ``services.storage_http``, run through the task runner (so it
also shows in the activity panel) under the name ``dotsub-upload:<id>``. A row says what the
remote media is left as, in words (``ui.words``): uploaded, a pending upload (cancelled) or a
failed upload. Retry sends the file again from the start; when Dotsub still has the media, it asks
for a fresh signed URL for it (``PATCH s3Upload``) rather than creating a duplicate.

The transfer itself (:func:`send_video`: the PUT, Dotsub's percentage reports, marking it uploaded)
runs on the runner's worker loop (``runner.on_worker``) with Dotsub and storage clients of its own,
so a large file neither slows the window nor is slowed by it; progress comes back throttled.
"""

from __future__ import annotations

import asyncio
import copy
import itertools
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, QObject,
                            QPersistentModelIndex, Qt, Signal)

from subtitle_desk.core.services.config import Settings
from subtitle_desk.core.services.container import open_services
from subtitle_desk.core.services.dotsub import UploadOutcome
from subtitle_desk.core.services.errors import NotFoundError, ServiceError
from subtitle_desk.core.services.secrets import SecretStore
from subtitle_desk.core.services.upload import UploadProgress, guess_content_type
from subtitle_desk.core.units import size_text
from subtitle_desk.ui.durations import duration_words
from subtitle_desk.ui.runner import Operation, ReportedError
from subtitle_desk.ui.states import TranslatedState
from subtitle_desk.ui.words import upload_pending, upload_status

if TYPE_CHECKING:
    from subtitle_desk.ui.desk.context import DeskContext

__all__ = ["UploadState", "UploadJob", "UploadRequest", "UploadQueue", "send_video"]


class UploadState(TranslatedState, context="UploadQueue"):
    QUEUED = QT_TRANSLATE_NOOP("UploadQueue", "Queued")
    CREATING = QT_TRANSLATE_NOOP("UploadQueue", "Creating media")
    UPLOADING = QT_TRANSLATE_NOOP("UploadQueue", "Uploading")
    FINISHING = QT_TRANSLATE_NOOP("UploadQueue", "Finishing")
    DONE = QT_TRANSLATE_NOOP("UploadQueue", "Done")
    FAILED = QT_TRANSLATE_NOOP("UploadQueue", "Failed")
    CANCELLED = QT_TRANSLATE_NOOP("UploadQueue", "Cancelled")

    @property
    def active(self) -> bool:
        return self in (UploadState.CREATING, UploadState.UPLOADING, UploadState.FINISHING)

    @property
    def finished(self) -> bool:
        return self in (UploadState.DONE, UploadState.FAILED, UploadState.CANCELLED)


@dataclass(frozen=True)
class UploadRequest:
    """What the form asks for one file."""

    path: Path
    title: str
    project_id: str
    project_name: str = ""
    language_id: str | None = None
    translation_language_ids: tuple[str, ...] = ()


@dataclass(eq=False)
class UploadJob:
    id: int
    request: UploadRequest
    size: int
    state: UploadState = UploadState.QUEUED
    sent: int = 0
    rate: float = 0.0
    eta: float | None = None
    attempt: int = 1  # the engine's attempt within one run (it retries dropped connections)
    runs: int = 0  # how many times the user started it (1 + retries)
    error: str = ""
    media_id: str | None = None
    #: What the remote media is in, in words ("Dotsub lists media 12 as a pending upload ...").
    remote: str = ""
    operation: Operation | None = field(default=None, repr=False)
    _media: dict[str, Any] | None = field(default=None, repr=False)

    @property
    def name(self) -> str:
        return self.request.path.name

    @property
    def fraction(self) -> float:
        if self.state is UploadState.DONE:
            return 1.0
        return 0.0 if self.size <= 0 else min(1.0, self.sent / self.size)

    def progress_text(self) -> str:
        if self.state is UploadState.DONE:
            return size_text(self.size)
        return QCoreApplication.translate("UploadQueue", "{sent} of {total}").format(
            sent=size_text(self.sent), total=size_text(self.size))


def _is_event(progress: UploadProgress) -> bool:
    return progress.event is not None  # a retry line: never skipped by the throttle


async def send_video(settings: Settings, secrets: SecretStore, media: dict[str, Any], path: Path, *,
                     content_type: str, retries: int, backoff: float,
                     on_progress: Callable[[UploadProgress], None] | None = None) -> UploadOutcome:
    """On the worker loop: send ``path`` to the media's signed URL over clients made (and closed)
    on this loop. Plain data in and out; no Qt."""
    async with open_services(settings, secrets) as services:
        return await services.dotsub.upload_media_file(
            media, path, storage_http=services.storage_http, on_progress=on_progress,
            content_type=content_type, retries=retries, backoff=backoff)


class UploadQueue(QAbstractTableModel):
    """The uploads as a table model, and the engine that runs them."""

    FILE, TITLE, STATE, PROGRESS, RATE, ETA, MEDIA = range(7)
    HEADERS = (QT_TRANSLATE_NOOP("UploadQueue", "File"), QT_TRANSLATE_NOOP("UploadQueue", "Title"),
               QT_TRANSLATE_NOOP("UploadQueue", "Status"), QT_TRANSLATE_NOOP("UploadQueue", "Progress"),
               QT_TRANSLATE_NOOP("UploadQueue", "Speed"), QT_TRANSLATE_NOOP("UploadQueue", "Time left"),
               QT_TRANSLATE_NOOP("UploadQueue", "On Dotsub"))
    JobRole = Qt.ItemDataRole.UserRole + 1
    FractionRole = Qt.ItemDataRole.UserRole + 2

    #: (job) whenever a job's state, progress or remote state changes.
    jobChanged = Signal(object)

    def __init__(self, context: DeskContext, parent: QObject | None = None, *, parallel: int = 2,
                 retries: int = 3, backoff: float = 1.0) -> None:
        super().__init__(parent)
        self.context = context
        #: How many files upload at once.
        self.parallel = parallel
        #: The engine's own retries of a dropped connection / 5xx within one run, and its backoff.
        self.retries = retries
        self.backoff = backoff
        self._jobs: list[UploadJob] = []
        self._ids = itertools.count(1)

    # -- access ------------------------------------------------------------------------------
    @property
    def jobs(self) -> list[UploadJob]:
        return list(self._jobs)

    def job(self, row: int) -> UploadJob:
        return self._jobs[row]

    def row_of(self, job: UploadJob) -> int:
        return self._jobs.index(job)

    def active(self) -> list[UploadJob]:
        return [job for job in self._jobs if job.state.active]

    def task_name(self, job: UploadJob) -> str:
        return f"dotsub-upload:{job.id}"

    # -- commands ----------------------------------------------------------------------------
    def add(self, requests: Iterable[UploadRequest]) -> list[UploadJob]:
        """Queue files; they start as slots free up (``parallel`` at a time)."""
        added = []
        for request in requests:
            try:
                size = request.path.stat().st_size
            except OSError:
                size = 0
            added.append(UploadJob(id=next(self._ids), request=request, size=size))
        if not added:
            return []
        first = len(self._jobs)
        self.beginInsertRows(QModelIndex(), first, first + len(added) - 1)
        self._jobs.extend(added)
        self.endInsertRows()
        self._pump()
        return added

    def cancel(self, job: UploadJob) -> None:
        """Stop ``job`` at once (the transfer is cancelled mid-stream)."""
        if job.state.finished:
            return
        was_queued = job.state is UploadState.QUEUED
        job.state = UploadState.CANCELLED
        job.rate, job.eta = 0.0, None
        if was_queued:
            job.remote = self.tr("Nothing was sent to Dotsub.")
        else:
            job.remote = self._pending_words(job)
            self.context.runner.cancel(self.task_name(job))
        self._changed(job)
        self._pump()

    def retry(self, job: UploadJob) -> None:
        """Send a failed or cancelled file again, from the start."""
        if job.state not in (UploadState.FAILED, UploadState.CANCELLED):
            return
        job.state = UploadState.QUEUED
        job.sent, job.rate, job.eta, job.error = 0, 0.0, None, ""
        self._changed(job)
        self._pump()

    def delete_remote(self, job: UploadJob) -> asyncio.Task | None:
        """Delete the media a failed or cancelled upload left on Dotsub."""
        if job.media_id is None or not job.state.finished or job.state is UploadState.DONE:
            return None
        media_id = job.media_id

        async def delete() -> None:
            try:
                await self.context.services.dotsub.delete_media(media_id)
            except NotFoundError:
                pass
            except ServiceError as exc:
                job.remote = self.tr("Deleting media {media} failed: {error}").format(media=media_id, error=exc)
                self._changed(job)
                raise ReportedError(str(exc)) from exc
            job.media_id, job._media = None, None
            job.remote = self.tr("Media {media} was deleted from Dotsub.").format(media=media_id)
            self._changed(job)

        return self.context.runner.run(f"dotsub-upload-delete:{job.id}", delete(),
                                       title=self.tr("Deleting Dotsub media {media} ({file})").format(
                                           media=media_id, file=job.name))

    def remove_finished(self) -> None:
        for row in reversed(range(len(self._jobs))):
            if self._jobs[row].state.finished:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._jobs[row]
                self.endRemoveRows()

    def cancel_all(self) -> None:
        for job in list(self._jobs):
            self.cancel(job)

    # -- running -----------------------------------------------------------------------------
    def _pump(self) -> None:
        slots = self.parallel - len(self.active())
        for job in self._jobs:
            if slots <= 0:
                break
            if job.state is UploadState.QUEUED:
                slots -= 1
                self._start(job)

    def _start(self, job: UploadJob) -> None:
        job.state = UploadState.CREATING
        job.runs += 1
        job.remote = ""
        self._changed(job)
        self.context.runner.run(self.task_name(job), lambda op: self._run(job, op),
                                title=self.tr("Uploading {file} to Dotsub").format(file=job.name))

    async def _run(self, job: UploadJob, op: Operation | None) -> None:
        job.operation = op
        if op is not None:
            op.progress(None, self.tr("Creating the media on Dotsub…"))
        try:
            await self._upload(job, op)
        except asyncio.CancelledError:
            if job.state is not UploadState.CANCELLED:  # cancelled from the activity panel
                job.state = UploadState.CANCELLED
                job.remote = self._pending_words(job)
                self._changed(job)
                self._pump()
            if job.media_id is not None:
                self._check_remote(job)
            raise
        except ServiceError as exc:
            self._failed(job, str(exc))
            raise ReportedError(job.error) from exc
        except Exception as exc:  # noqa: BLE001 - shown in the row, then reported as a bug
            self._failed(job, f"{type(exc).__name__}: {exc}")
            raise

    async def _upload(self, job: UploadJob, op: Operation | None) -> None:
        client = self.context.services.dotsub
        services = self.context.services
        request = job.request
        content_type = guess_content_type(request.path)
        media = None
        if job.media_id is not None:
            try:  # the media from an earlier run: a fresh signed URL for it, no duplicate
                media = await client.update_media(job.media_id, {
                    "s3Upload": True, "fileName": request.path.name, "contentType": content_type})
            except NotFoundError:
                job.media_id = None
        if media is None:
            media = await client.create_media(
                title=request.title, project_id=request.project_id, file_name=request.path.name,
                s3_upload=True, content_type=content_type, language_id=request.language_id,
                translation_language_ids=list(request.translation_language_ids) or None)
        job._media = media
        job.media_id = str(media["mediaId"])
        if job.state is UploadState.CANCELLED:
            return
        job.state = UploadState.UPLOADING
        self._changed(job)

        def progress(p: UploadProgress) -> None:
            if job.state is UploadState.CANCELLED:
                return
            job.sent, job.rate, job.eta, job.attempt = p.sent, p.rate, p.eta, p.attempt
            if p.total:
                job.size = p.total
            if p.sent >= p.total and job.state is UploadState.UPLOADING:
                job.state = UploadState.FINISHING
            if op is not None:
                pace = (self.tr("{rate}/s, {time} left").format(rate=size_text(p.rate), time=duration_words(p.eta) or "…")
                        if p.rate else self.tr("starting…"))
                detail = (self.tr("{progress}, {pace} (attempt {attempt})") if p.attempt > 1
                          else self.tr("{progress}, {pace}")).format(progress=job.progress_text(), pace=pace,
                                                                      attempt=p.attempt)
                op.progress(p.fraction, detail)
            self._changed(job)

        outcome = await self.context.runner.on_worker(
            send_video, services.settings, services.secrets, copy.deepcopy(media), request.path,
            content_type=content_type, retries=self.retries, backoff=self.backoff, on_progress=progress,
            keep_progress=_is_event)
        job.state = UploadState.DONE
        job.sent, job.eta = job.size, None
        job._media = outcome.media
        job.remote = self.tr("Media {media} in project {project}: {status}.").format(
            media=job.media_id, project=request.project_name or request.project_id, status=upload_status(outcome.status))
        if op is not None:
            op.progress(1.0, self.tr("{size} sent; media {media}").format(size=size_text(job.size), media=job.media_id))
        self._changed(job)
        self._pump()

    def _failed(self, job: UploadJob, message: str) -> None:
        job.state = UploadState.FAILED
        job.error = message
        job.rate, job.eta = 0.0, None
        if job.media_id is None:
            job.remote = self.tr("No media was created on Dotsub.")
        elif "ERROR" in message:
            job.remote = self.tr("Dotsub lists the upload of media {media} as {status}: Retry uploads it again.").format(
                media=job.media_id, status=upload_status("ERROR"))
        else:
            job.remote = self._pending_words(job)
        self._changed(job)
        self._pump()

    def _pending_words(self, job: UploadJob) -> str:
        if job.media_id is None:
            return self.tr("Cancelled before Dotsub answered: if a media was created, it has no video "
                           "(look for the title in Media).")
        return self.tr("Media {media} stays on Dotsub as a pending upload without a video: "
                       "Retry uploads it again, Delete media removes it.").format(media=job.media_id)

    def _check_remote(self, job: UploadJob) -> None:
        """After a cancel, ask Dotsub what it now lists for the media (a separate, short task)."""
        media_id = job.media_id

        async def check() -> None:
            try:
                media = await self.context.services.dotsub.get_media(str(media_id))
            except NotFoundError:
                job.remote = self.tr("Media {media} is no longer on Dotsub.").format(media=media_id)
            except ServiceError:
                return  # keep what we said; the user can look in Media
            else:
                if job.media_id != media_id or not job.state.finished:
                    return
                detail = media.get("uploadDetail") or {}
                status = str(detail.get("status") or "")
                if upload_pending(status):
                    job.remote = self.tr("Dotsub lists media {media} as a pending upload ({status}, {percent} %) "
                                         "without a video: Retry uploads it again, Delete media removes it.").format(
                        media=media_id, status=upload_status(status), percent=detail.get("percentage") or 0)
                else:
                    words = upload_status(status) or self.tr("unknown")
                    job.remote = self.tr("Dotsub lists the upload of media {media} as {status}.").format(
                        media=media_id, status=words)
            self._changed(job)

        self.context.runner.run(f"dotsub-upload-check:{job.id}", check())

    def _changed(self, job: UploadJob) -> None:
        try:
            row = self._jobs.index(job)
        except ValueError:
            return
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.HEADERS) - 1))
        self.jobChanged.emit(job)

    # -- Qt model ----------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._jobs)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("UploadQueue", self.HEADERS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._jobs):
            return None
        job = self._jobs[index.row()]
        column = index.column()
        if role == self.JobRole:
            return job
        if role == self.FractionRole:
            return job.fraction
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(x for x in (str(job.request.path), job.error, job.remote) if x)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.STATE:
            from PySide6.QtGui import QColor

            if job.state is UploadState.FAILED:
                return QColor("#a3241b")
            if job.state is UploadState.DONE:
                return QColor("#1e6b2e")
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.RATE, self.ETA):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == self.FILE:
            return job.name
        if column == self.TITLE:
            return job.request.title
        if column == self.STATE:
            if job.state is UploadState.FAILED:
                return self.tr("Failed: {error}").format(error=job.error)
            if job.state is UploadState.UPLOADING and job.attempt > 1:
                return self.tr("Uploading (attempt {attempt})").format(attempt=job.attempt)
            return job.state.label
        if column == self.PROGRESS:
            return job.progress_text()
        if column == self.RATE:
            return f"{size_text(job.rate)}/s" if job.state is UploadState.UPLOADING and job.rate else ""
        if column == self.ETA:
            return duration_words(job.eta) if job.state is UploadState.UPLOADING else ""
        if column == self.MEDIA:
            if job.remote:
                return job.remote
            return self.tr("Media {media}").format(media=job.media_id) if job.media_id else ""
        return None
