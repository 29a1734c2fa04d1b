"""What the cielo24 page does, without its widgets: list the account's jobs, create a job, add its
media (a local file with upload progress, or a URL), order the transcription, follow the job's
status until it is Complete, and open the finished captions in the editor.

Every call goes through ``context.runner`` and asks ``context.services.cielo24`` afresh. Service
errors become the page's error text and a ``ReportedError`` (the activity panel shows the
service's message, no second dialog). The local file a job's media came from is remembered
(``ui_settings``), so the editor can play it beside the captions later.
"""

from __future__ import annotations

import asyncio
import logging
import time
import uuid
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from subtitle_desk.core import work
from subtitle_desk.core.units import size_text
from subtitle_desk.core.services.errors import ServiceError
from subtitle_desk.core.session import WorkSession
from subtitle_desk.ui.desk.service_controller import ServiceController
from subtitle_desk.ui.runner import Operation, ReportedError

from .dialogs import JobRequest
from .models import ACTIVE_STATUSES, JobsModel, status_words

if TYPE_CHECKING:
    from subtitle_desk.ui.desk.context import DeskContext

__all__ = ["Cielo24Controller"]

log = logging.getLogger(__name__)

_MEDIA_KEY = "cielo24/media/"


class Cielo24Controller(ServiceController):
    SERVICE = "cielo24"

    #: The jobs list is loading (True) or done (False).
    loadingChanged = Signal(bool)
    #: The last list or action failed with this message ("" once things work again).
    errorChanged = Signal(str)
    #: A job's details arrived or changed: (job id)
    jobChanged = Signal(str)
    #: A followed job reached Complete: (job info)
    jobCompleted = Signal(dict)
    #: A job was created in this session: (job id)
    jobCreated = Signal(str)
    #: Captions were handed to the editor: (WorkSession)
    opened = Signal(object)

    #: Seconds between status checks of a followed job (cielo24 jobs take minutes to days).
    POLL_INTERVAL = 30.0

    def __init__(self, context: DeskContext, parent: QObject | None = None) -> None:
        super().__init__(context, parent)
        self.jobs = JobsModel(self)
        self.loading = False
        self.error = ""
        self._poll_interval: float | None = None
        #: Caption format fetched to open in the editor.
        self.caption_format = "SRT"
        self.last_session: WorkSession | None = None

    # -- state ---------------------------------------------------------------------------------
    @property
    def poll_interval(self) -> float:
        """Seconds between status checks: 30 s, or 3 s on the built-in local services (whose jobs
        move on as they are checked); tests set their own."""
        if self._poll_interval is not None:
            return self._poll_interval
        return 3.0 if getattr(self.context, "demo", False) else self.POLL_INTERVAL

    @poll_interval.setter
    def poll_interval(self, seconds: float) -> None:
        self._poll_interval = seconds

    def following(self, job_id: str) -> bool:
        return self.context.runner.is_running(f"cielo24-follow-{job_id}")

    def local_media(self, job_id: str) -> str | None:
        value = self.context.ui_settings.value(_MEDIA_KEY + job_id)
        return str(value) if value else None

    def _set_error(self, message: str) -> None:
        self.error = message
        self.errorChanged.emit(message)

    # -- the list ------------------------------------------------------------------------------
    def refresh(self, *, quiet: bool = False) -> None:
        """Reload the jobs list; ``quiet`` keeps a periodic refresh out of the activity list."""
        self.loading = True
        self.loadingChanged.emit(True)
        self.context.runner.run("cielo24-jobs", self._refresh(),
                                title=None if quiet else self.tr("Loading cielo24 jobs"))

    def has_active_jobs(self) -> bool:
        return any(info.get("JobStatus") in ACTIVE_STATUSES and info.get("Fidelity")
                   for info in self.jobs.rows)

    async def _refresh(self) -> None:
        try:
            jobs = await self.context.services.cielo24.job_list()
        except asyncio.CancelledError:
            self._loaded()
            raise
        except ServiceError as exc:
            self._set_error(str(exc))
            self._loaded()
            raise ReportedError(str(exc)) from exc
        self.jobs.set_jobs(jobs)
        self._set_error("")
        self._loaded()

    def _loaded(self) -> None:
        self.loading = False
        self.loadingChanged.emit(False)

    def load_details(self, job_id: str) -> None:
        """Fetch one job's full info (its tasks say whether media arrived)."""
        self.context.runner.run("cielo24-info", self._details(job_id))

    async def _details(self, job_id: str) -> None:
        try:
            info = await self.context.services.cielo24.job_info(job_id)
        except ServiceError as exc:
            self._set_error(str(exc))
            raise ReportedError(str(exc)) from exc
        self.jobs.upsert(info)
        self.jobChanged.emit(job_id)

    # -- work ----------------------------------------------------------------------------------
    def create_job(self, request: JobRequest) -> None:
        """New job, then its media and transcription when asked, then follow it."""
        name = request.job_name or self.tr("Untitled job")
        self.context.runner.run(f"cielo24-new-{uuid.uuid4().hex[:10]}",
                                lambda op: self._guard(self._create(op, request)),
                                title=self.tr("cielo24: new job “{name}”").format(name=name))

    def add_media(self, job_id: str, request: JobRequest) -> None:
        self.context.runner.run(f"cielo24-media-{job_id}",
                                lambda op: self._guard(self._media_and_order(op, job_id, request)),
                                title=self.tr("cielo24: media for “{name}”").format(name=self._name(job_id)))

    def request_transcription(self, job_id: str, request: JobRequest) -> None:
        self.context.runner.run(f"cielo24-order-{job_id}",
                                lambda op: self._guard(self._media_and_order(op, job_id, request)),
                                title=self._order_title(request.fidelity, self._name(job_id)))

    def follow(self, job_id: str) -> None:
        """Check the job's status every ``poll_interval`` seconds until it is Complete."""
        if self.following(job_id):
            return
        self.context.runner.run(f"cielo24-follow-{job_id}",
                                lambda op: self._guard(self._follow(op, job_id), job_id),
                                title=self.tr("cielo24: following “{name}”").format(name=self._name(job_id)))

    def follow_active(self) -> None:
        """Follow every job that is still being worked on."""
        for info in self.jobs.rows:
            if info.get("JobStatus") in ACTIVE_STATUSES and info.get("Fidelity"):
                self.follow(str(info["JobId"]))

    def _order_title(self, fidelity: str | None, name: str) -> str:
        key = str(fidelity)
        if key == "MECHANICAL":
            return self.tr("cielo24: mechanical transcription of “{name}”").format(name=name)
        if key == "PREMIUM":
            return self.tr("cielo24: premium transcription of “{name}”").format(name=name)
        if key == "PROFESSIONAL":
            return self.tr("cielo24: professional transcription of “{name}”").format(name=name)
        return self.tr("cielo24: {fidelity} transcription of “{name}”").format(fidelity=key.lower(), name=name)

    def _name(self, job_id: str) -> str:
        info = self.jobs.job(job_id) or {}
        return str(info.get("JobName") or info.get("ExternalID") or job_id)

    async def _guard(self, coro: Any, job_id: str | None = None) -> Any:
        try:
            return await coro
        except ServiceError as exc:
            self._set_error(str(exc))
            raise ReportedError(str(exc)) from exc
        finally:
            if job_id is not None:
                self.jobs.set_progress(job_id, "")

    async def _create(self, op: Operation | None, request: JobRequest) -> None:
        client = self.context.services.cielo24
        _progress(op, None, self.tr("Creating the job"))
        job_id, _ = await client.new_job(request.job_name, request.language, request.external_id)
        self.jobs.upsert(await client.job_info(job_id))
        self.jobCreated.emit(job_id)
        self.jobChanged.emit(job_id)
        await self._media_and_order(op, job_id, request)

    async def _media_and_order(self, op: Operation | None, job_id: str, request: JobRequest) -> None:
        client = self.context.services.cielo24
        try:
            if request.media_path is not None:
                await self._upload(op, job_id, request.media_path)
            elif request.media_url:
                _progress(op, None, self.tr("Handing cielo24 the media URL"))
                self.jobs.set_progress(job_id, self.tr("Adding the media URL"))
                await client.add_media_url(job_id, request.media_url, is_duplicate=request.is_duplicate)
        finally:
            self.jobs.set_progress(job_id, "")
        if request.fidelity:
            _progress(op, None, self._ordering_text(request.fidelity))
            options = {"notes": request.notes} if request.notes else None
            await client.perform_transcription(job_id, request.fidelity, request.turnaround,
                                               request.target_language, options)
        info = await client.job_info(job_id)
        self.jobs.upsert(info)
        self.jobChanged.emit(job_id)
        self._set_error("")
        _progress(op, 1.0, self.tr("Transcription ordered") if request.fidelity else self.tr("Media added"))
        if request.fidelity:
            self.follow(job_id)

    def _ordering_text(self, fidelity: str) -> str:
        if fidelity == "MECHANICAL":
            return self.tr("Ordering a mechanical transcription")
        if fidelity == "PREMIUM":
            return self.tr("Ordering a premium transcription")
        if fidelity == "PROFESSIONAL":
            return self.tr("Ordering a professional transcription")
        return self.tr("Ordering a {fidelity} transcription").format(fidelity=fidelity.lower())

    async def _upload(self, op: Operation | None, job_id: str, path: Path) -> None:
        client = self.context.services.cielo24
        started = time.monotonic()

        def progress(p: Any) -> None:
            text = _upload_text(p)
            _progress(op, p.fraction, text)
            self.jobs.set_progress(job_id, text)

        uploading = self.tr("Uploading {name}").format(name=path.name)
        self.jobs.set_progress(job_id, uploading)
        _progress(op, 0.0, uploading)
        await client.add_media_file(job_id, path, on_progress=progress)
        log.info("uploaded %s to cielo24 job %s in %.1f s", path.name, job_id, time.monotonic() - started)
        self.context.ui_settings.setValue(_MEDIA_KEY + job_id, str(path.resolve()))

    async def _follow(self, op: Operation | None, job_id: str) -> dict[str, Any]:
        client = self.context.services.cielo24
        interval = self.poll_interval

        def status(value: str, info: dict[str, Any]) -> None:
            self.jobs.upsert(info)
            self.jobChanged.emit(job_id)
            text = (self.tr("{status}; checking every {seconds} s").format(status=status_words(value),
                                                                             seconds=f"{interval:g}")
                    if value != "Complete" else status_words(value))
            self.jobs.set_progress(job_id, text)
            _progress(op, None, text)

        info = await client.wait_for_job(job_id, poll_interval=interval, on_status=status)
        self.jobs.upsert(info)
        self.jobChanged.emit(job_id)
        _progress(op, 1.0, self.tr("Complete: captions ready"))
        self.jobCompleted.emit(info)
        return info

    # -- captions ------------------------------------------------------------------------------
    def open_captions(self, job_id: str) -> None:
        title = self.tr("Opening cielo24 captions of “{name}”").format(name=self._name(job_id))
        self.context.runner.run("cielo24-open", lambda op: self._guard(self._open(op, job_id)), title=title)

    async def _open(self, op: Operation | None, job_id: str) -> WorkSession | None:
        video = self.local_media(job_id)
        if video is not None and not await asyncio.to_thread(Path(video).is_file):
            video = None
        document, session = await work.cielo24.open_captions(
            self.context.services.cielo24, job_id, work_dir=self.context.work_dir,
            caption_format=self.caption_format, info=self.jobs.job(job_id), video=video,
            on_progress=op.progress if op is not None else None)
        self._hand_off(document, session)
        return session

    def _hand_off(self, document: Any, session: WorkSession) -> None:
        """The one hand-off to the editor: the workspace when installed, else the plain editor."""
        workspace = self.context.workspace
        if workspace is not None:
            workspace.open_session(document, session)
        else:
            if not self.context.editor_page.confirm_discard():
                return
            self.context.editor.set_document(document, session.local_path)
            self.context.window.show_page("editor")
        self.last_session = session
        self.opened.emit(session)


def _progress(op: Operation | None, fraction: float | None, detail: str) -> None:
    if op is not None:
        op.progress(fraction, detail)



def _upload_text(p: Any) -> str:
    text = QCoreApplication.translate("Cielo24Controller", "Uploading {sent} of {total}").format(
        sent=size_text(p.sent), total=size_text(p.total))
    if p.rate:
        text = QCoreApplication.translate("Cielo24Controller", "{text}, {rate}/s").format(
            text=text, rate=size_text(p.rate))
    if p.eta is not None and p.sent < p.total:
        text = QCoreApplication.translate("Cielo24Controller", "{text}, {seconds} s left").format(
            text=text, seconds=f"{p.eta:.0f}")
    if p.attempt > 1:
        text = QCoreApplication.translate("Cielo24Controller", "{text} (attempt {attempt})").format(
            text=text, attempt=p.attempt)
    return text
