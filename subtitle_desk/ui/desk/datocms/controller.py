"""What the DatoCMS page does, without its widgets: search video uploads, load an upload's tracks,
and run the jobs that publish, generate and delete tracks, following each one until the track is
ready or errored.

Every service call goes through ``context.runner`` and asks ``context.services.datocms`` afresh
(settings may change while the app runs). A job shows in the page's jobs table (``jobs``) and, with
the same progress and the service's message, in the activity panel. Service errors become the
page's error text and a ``ReportedError`` (no second dialog); anything else is a bug and reaches
the app's error dialog.
"""

from __future__ import annotations

import asyncio
import logging
import uuid
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from subtitle_desk.core import work
from subtitle_desk.core.services.datocms import Job, Track, Upload
from subtitle_desk.core.services.errors import ServiceError
from subtitle_desk.core.work.progress import Progress
from subtitle_desk.ui.desk.service_controller import ServiceController
from subtitle_desk.ui.runner import Operation, ReportedError

from .dialogs import BatchChoice, PublishChoice
from .models import JobEntry, JobState, JobsModel, TracksModel, UploadsModel, language_label

if TYPE_CHECKING:
    from subtitle_desk.ui.desk.context import DeskContext

__all__ = ["DatocmsController"]

log = logging.getLogger(__name__)


class DatocmsController(ServiceController):
    SERVICE = "datocms"

    #: The uploads list is loading (True) or done (False).
    uploadsLoading = Signal(bool)
    #: The uploads list failed with the service's message ("" once it loads again).
    uploadsError = Signal(str)
    tracksLoading = Signal(bool)
    tracksError = Signal(str)
    #: A job started (JobEntry), so the page can reveal the jobs table.
    jobStarted = Signal(object)
    #: A job ended, whatever its outcome (JobEntry).
    jobFinished = Signal(object)
    #: The Dotsub organization's languages arrived (list of language records).
    dotsubLanguages = Signal(list)

    PAGE_SIZE = 30

    def __init__(self, context: DeskContext, parent: QObject | None = None) -> None:
        super().__init__(context, parent)
        self.uploads = UploadsModel(self)
        self.uploads.fetch_more_hook = self.load_more
        self.tracks = TracksModel(self)
        self.jobs = JobsModel(self)
        self.query = ""
        self.page_size = self.PAGE_SIZE
        self.current_upload: Upload | None = None
        self.uploads_error = ""
        self.tracks_error = ""
        self.tracks_loading = False
        #: The Dotsub organization's languages once loaded (None: not loaded or no Dotsub).
        self.dotsub_languages: list[dict[str, Any]] | None = None
        self._generation = 0

    # -- state ---------------------------------------------------------------------------------
    def dotsub_configured(self) -> bool:
        return self.context.services.dotsub_configured()

    # -- uploads -------------------------------------------------------------------------------
    def search(self, query: str = "") -> None:
        """Show the video uploads matching ``query`` (file name, notes, tags), first page."""
        self.query = query.strip()
        self._generation += 1
        self.uploads.reset()
        self._fetch_uploads(0)

    def reload(self) -> None:
        self.search(self.query)
        if self.current_upload is not None:
            self.reload_tracks()

    def load_more(self) -> None:
        if self.uploads.loading or self.uploads.exhausted:
            return
        self._fetch_uploads(len(self.uploads.rows))

    def _fetch_uploads(self, offset: int) -> None:
        self.uploads.loading = True
        self.uploadsLoading.emit(True)
        title = self.tr("Loading DatoCMS videos") if offset == 0 else None
        self.context.runner.run("datocms-uploads", self._uploads(offset, self._generation), title=title)

    async def _uploads(self, offset: int, generation: int) -> None:
        try:
            page = await self.context.services.datocms.list_uploads(
                self.query or None, "video", offset, self.page_size)
        except asyncio.CancelledError:
            if generation == self._generation:
                self._uploads_done("")
            raise
        except ServiceError as exc:
            if generation == self._generation:
                self._uploads_done(str(exc))
            raise ReportedError(str(exc)) from exc
        if generation != self._generation:
            return
        self.uploads.append(page.uploads, page.total_count)
        self._uploads_done("")

    def _uploads_done(self, error: str) -> None:
        self.uploads.loading = False
        self.uploads_error = error
        self.uploadsError.emit(error)
        self.uploadsLoading.emit(False)

    # -- tracks --------------------------------------------------------------------------------
    def select_upload(self, upload: Upload | None) -> None:
        if upload is not None and self.current_upload is not None and upload.id == self.current_upload.id:
            return
        self.current_upload = upload
        self.tracks.show_upload(upload.id if upload else None, [])
        if upload is None:
            self.context.runner.cancel("datocms-tracks")
            self._tracks_done("")
            return
        self.reload_tracks()

    def reload_tracks(self) -> None:
        upload = self.current_upload
        if upload is None:
            return
        self.tracks_loading = True
        self.tracksLoading.emit(True)
        self.context.runner.run("datocms-tracks", self._load_tracks(upload))

    async def _load_tracks(self, upload: Upload) -> None:
        try:
            tracks = await self.context.services.datocms.list_tracks(upload.id)
        except asyncio.CancelledError:
            if self.current_upload is upload:
                self._tracks_done("")
            raise
        except ServiceError as exc:
            if self.current_upload is upload:
                self._tracks_done(str(exc))
            raise ReportedError(str(exc)) from exc
        if self.current_upload is upload:
            self.tracks.show_upload(upload.id, tracks)
            self._tracks_done("")
            for track in tracks:
                if not track.finished:
                    self.watch_track(upload, track)

    def watch_track(self, upload: Upload, track: Track) -> None:
        """Keep a preparing track's row current until DatoCMS says ready or errored (tracks this
        session's jobs follow already, and tracks someone else is adding)."""
        if any(e.track_id == track.id and not e.state.finished for e in self.jobs.rows):
            return
        name = f"datocms-track-{track.id}"
        if self.context.runner.is_running(name):
            return

        async def watch() -> None:
            client = self.context.services.datocms
            try:
                final = await client.wait_for_track(upload.id, track.id,
                                                    on_poll=lambda _attempt, t: self.tracks.upsert(t))
            except ServiceError as exc:
                log.info("stopped watching track %s: %s", track.id, exc)
                return
            self.tracks.upsert(final)

        self.context.runner.run(name, watch())

    def _tracks_done(self, error: str) -> None:
        self.tracks_loading = False
        self.tracks_error = error
        self.tracksError.emit(error)
        self.tracksLoading.emit(False)

    # -- languages -----------------------------------------------------------------------------
    def load_dotsub_languages(self) -> None:
        """Fetch the Dotsub organization's languages once (when Dotsub is set up)."""
        if self.dotsub_languages is not None:
            self.dotsubLanguages.emit(self.dotsub_languages)
            return
        if not self.dotsub_configured() or self.context.runner.is_running("datocms-dotsub-languages"):
            return
        self.context.runner.run("datocms-dotsub-languages", self._dotsub_languages())

    async def _dotsub_languages(self) -> None:
        try:
            languages = await self.context.services.dotsub.list_organization_languages()
        except ServiceError as exc:
            log.info("Dotsub languages unavailable: %s", exc)
            return  # a typed BCP 47 code still works
        self.dotsub_languages = [lang for lang in languages if isinstance(lang, dict)]
        self.dotsubLanguages.emit(self.dotsub_languages)

    def search_dotsub_media(self, title: str, show: Callable[[list[dict[str, Any]], int], None],
                            fail: Callable[[str], None]) -> None:
        self.context.runner.run("datocms-dotsub-media", self._dotsub_media(title, show, fail))

    async def _dotsub_media(self, title: str, show: Callable[..., None], fail: Callable[[str], None]) -> None:
        try:
            page = await self.context.services.dotsub.list_media(title=title or None, sort="-createdDate",
                                                                 page_size=100)
        except ServiceError as exc:
            fail(str(exc))
            raise ReportedError(str(exc)) from exc
        show(list(page.content), int(page.total_elements))

    # -- jobs ----------------------------------------------------------------------------------
    def publish_document(self, upload: Upload, choice: PublishChoice) -> JobEntry:
        """Publish the editor's document as a WebVTT subtitles track of ``upload``."""
        document = self.context.editor.document
        if document is None:
            raise ValueError("no subtitles are open in the editor")
        # A copy taken now, on the UI thread (cheap), so later edits do not change what is sent;
        # the WebVTT conversion runs off the UI thread.
        snapshot = document.copy()
        stem = self.context.editor.path.stem if self.context.editor.path else "subtitles"
        action = self.tr("Publish {language}").format(language=language_label(choice.language_code))
        entry = self.jobs.add(JobEntry("publish", upload.id, upload.filename, _what(action, choice.name)))
        self._start(entry, self.tr("Publishing {language} to {video}").format(
                        language=language_label(choice.language_code), video=upload.filename),
                    lambda progress: work.datocms.publish_document(
                        self.context.services.datocms, upload.id, snapshot, language_code=choice.language_code,
                        work_dir=self.context.cache_dir, stem=stem, name=choice.name or None,
                        closed_captions=choice.closed_captions, **self._watchers(entry, progress)))
        return entry

    def conversion_notes(self, done: Callable[[list[str]], None]) -> None:
        """What WebVTT cannot keep of the editor's document, worked out off the UI thread."""
        document = self.context.editor.document
        if document is None or document.format == "vtt":
            done([])
            return
        snapshot = document.copy()

        async def notes() -> None:
            from subtitle_desk.core.formats import convert

            _, found = await asyncio.to_thread(convert, snapshot, "vtt")
            done(found)

        self.context.runner.run("datocms-conversion-notes", notes())

    def publish_batch(self, upload: Upload, choice: BatchChoice) -> list[JobEntry]:
        """One track per finished language of a Dotsub media, each read, checked and followed
        until ready (each language a job of its own, cancelled on its own)."""
        media_id = str(choice.media.get("mediaId"))
        title = str(choice.media.get("title") or media_id)
        entries = []
        for lang_id in choice.language_ids:
            name = choice.names.get(lang_id) or lang_id
            action = self.tr("Publish from Dotsub “{title}” {language}").format(
                title=title, language=language_label(lang_id))
            entry = self.jobs.add(JobEntry("publish", upload.id, upload.filename, _what(action, name),
                                           extra={"media_id": media_id}))
            self._start(entry, self.tr("Publishing {title} · {language} to {video}").format(
                            title=title, language=lang_id, video=upload.filename),
                        lambda progress, e=entry, lang=lang_id: self._publish_language(e, upload, choice.media, lang,
                                                                                       progress))
            entries.append(entry)
        return entries

    async def _publish_language(self, entry: JobEntry, upload: Upload, media: dict[str, Any], language_id: str,
                                progress: Progress) -> Track | None:
        watchers = self._watchers(entry, progress)
        (result,) = await work.datocms.publish_dotsub_languages(
            self.context.services.dotsub, self.context.services.datocms, str(media.get("mediaId")), upload.id,
            work_dir=self.context.cache_dir, languages=[language_id], media=media,
            on_language=lambda _lang, _progress: watchers["on_progress"])
        if result.track is not None:
            self.tracks.upsert(result.track)
            return result.track
        raise ServiceError(result.message, service="DatoCMS")

    def generate(self, upload: Upload, choice: PublishChoice) -> JobEntry:
        action = self.tr("Generate {language}").format(language=language_label(choice.language_code))
        entry = self.jobs.add(JobEntry("generate", upload.id, upload.filename, _what(action, choice.name)))
        self._start(entry, self.tr("Generating {language} subtitles for {video}").format(
                        language=language_label(choice.language_code), video=upload.filename),
                    lambda progress: work.datocms.generate_subtitles(
                        self.context.services.datocms, upload.id, language_code=choice.language_code,
                        name=choice.name or None, **self._watchers(entry, progress)))
        return entry

    def delete_track(self, upload: Upload, track: Track) -> JobEntry:
        label = track.name or language_label(track.language_code)
        entry = self.jobs.add(JobEntry("delete", upload.id, upload.filename,
                                       self.tr("Delete {track}").format(track=label)))
        entry.track_id = track.id

        async def delete(progress: Progress) -> None:
            watchers = self._watchers(entry, progress)
            await work.datocms.delete_track(self.context.services.datocms, upload.id, track.id,
                                            on_progress=watchers["on_progress"], on_job=watchers["on_job"])

        self._start(entry, self.tr("Deleting {track} from {video}").format(track=label, video=upload.filename), delete)
        return entry

    def _watchers(self, entry: JobEntry, progress: Progress) -> dict[str, Any]:
        """The callbacks that keep ``entry``'s row, the activity panel and the tracks table current
        while a workflow runs."""

        def on_progress(fraction: float | None, detail: str) -> None:
            self.jobs.update(entry, detail=detail, fraction=fraction)
            progress(fraction, detail)

        def on_job(job: Job) -> None:
            entry.job_id = job.id
            self.jobs.update(entry, state=JobState.WAITING)

        def on_track(track: Track) -> None:
            entry.track_id = track.id
            self.tracks.upsert(track)
            if not track.finished:
                self.jobs.update(entry, state=JobState.PREPARING)

        return {"on_progress": on_progress, "on_job": on_job, "on_track": on_track}

    def _start(self, entry: JobEntry, title: str, workflow: Callable[[Progress], Awaitable[Track | None]]) -> None:
        self.jobStarted.emit(entry)
        self.context.runner.run(f"datocms-job-{uuid.uuid4().hex[:12]}",
                                lambda op: self._guarded(entry, workflow(_progress_of(op))), title=title)

    async def _guarded(self, entry: JobEntry, workflow: Awaitable[Track | None]) -> None:
        try:
            track = await workflow
        except asyncio.CancelledError:
            self.jobs.update(entry, state=JobState.CANCELLED, detail=self.tr("Cancelled"))
            self.jobFinished.emit(entry)
            raise
        except ServiceError as exc:
            self.jobs.update(entry, state=JobState.FAILED, message=str(exc))
            self.jobFinished.emit(entry)
            raise ReportedError(str(exc)) from exc
        except Exception:
            self.jobs.update(entry, state=JobState.FAILED, message=self.tr("Unexpected error (see the error report)"))
            self.jobFinished.emit(entry)
            raise
        if entry.kind == "delete":
            self.tracks.remove(entry.upload_id, entry.track_id or "")
            self.jobs.update(entry, state=JobState.DELETED, detail=self.tr("Deleted"), fraction=1.0)
        elif track is not None and track.status == "errored":
            message = track.error or self.tr("DatoCMS could not prepare the track")
            self.jobs.update(entry, state=JobState.ERRORED, detail=self.tr("Errored"), message=message)
            self.jobFinished.emit(entry)
            raise ReportedError(message)
        else:
            self.jobs.update(entry, state=JobState.READY, detail=self.tr("Ready"), fraction=1.0)
        self.jobFinished.emit(entry)


def _progress_of(op: Operation | None) -> Progress:
    return op.progress if op is not None else (lambda *_: None)


def _what(action: str, name: str) -> str:
    """A job's description: the action (translated), then the track's name if it has one."""
    return f"{action} · {name}" if name else action
