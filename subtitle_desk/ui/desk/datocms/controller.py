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
import shutil
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from subtitle_desk.core.paths import safe_name
from subtitle_desk.core.services.datocms import Job, Track, Upload
from subtitle_desk.core.services.errors import ServiceError
from subtitle_desk.ui.tasks import Operation, ReportedError

from .dialogs import BatchChoice, PublishChoice
from .models import JobEntry, JobState, JobsModel, TracksModel, UploadsModel, language_label, size_text

__all__ = ["DatocmsController"]

log = logging.getLogger(__name__)


class DatocmsController(QObject):
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

    def __init__(self, context: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
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
    def configured(self) -> bool:
        return self.context.services.datocms_configured()

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
        title = "Loading DatoCMS videos" if offset == 0 else None
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
        snapshot = snapshot_document(document)
        base = self.context.editor.path.stem if self.context.editor.path else "subtitles"
        filename = _track_filename(base, choice.language_code)
        entry = self.jobs.add(JobEntry("publish", upload.id, upload.filename,
                                       _what("Publish", choice.language_code, choice.name)))
        self._start(entry, f"Publishing {language_label(choice.language_code)} to {upload.filename}",
                    lambda op: self._publish(op, entry, upload, lambda: _to_vtt(snapshot), filename, choice))
        return entry

    def conversion_notes(self, done: Callable[[list[str]], None]) -> None:
        """What WebVTT cannot keep of the editor's document, worked out off the UI thread."""
        document = self.context.editor.document
        if document is None or document.format == "vtt":
            done([])
            return
        snapshot = snapshot_document(document)

        async def notes() -> None:
            from subtitle_desk.core.formats import convert

            _, found = await asyncio.to_thread(convert, snapshot, "vtt")
            done(found)

        self.context.runner.run("datocms-conversion-notes", notes())

    def publish_batch(self, upload: Upload, choice: BatchChoice) -> list[JobEntry]:
        """One track per finished language of a Dotsub media, each followed until ready."""
        media_id = str(choice.media.get("mediaId"))
        title = str(choice.media.get("title") or media_id)
        entries = []
        for lang_id in choice.language_ids:
            name = choice.names.get(lang_id) or lang_id
            track_choice = PublishChoice(lang_id, name, False)
            entry = self.jobs.add(JobEntry("publish", upload.id, upload.filename,
                                           _what(f"Publish from Dotsub “{title}”", lang_id, name),
                                           extra={"media_id": media_id}))

            async def download(lang_id: str = lang_id) -> bytes:
                return await self.context.services.dotsub.download_subtitles(media_id, lang_id, "VTT")

            filename = _track_filename(title, lang_id)
            self._start(entry, f"Publishing {title} · {lang_id} to {upload.filename}",
                        lambda op, e=entry, d=download, f=filename, c=track_choice:
                        self._publish(op, e, upload, d, f, c))
            entries.append(entry)
        return entries

    def generate(self, upload: Upload, choice: PublishChoice) -> JobEntry:
        entry = self.jobs.add(JobEntry("generate", upload.id, upload.filename,
                                       _what("Generate", choice.language_code, choice.name)))
        self._start(entry, f"Generating {language_label(choice.language_code)} subtitles for {upload.filename}",
                    lambda op: self._generate(op, entry, upload, choice))
        return entry

    def delete_track(self, upload: Upload, track: Track) -> JobEntry:
        label = track.name or language_label(track.language_code)
        entry = self.jobs.add(JobEntry("delete", upload.id, upload.filename, f"Delete {label}"))
        entry.track_id = track.id
        self._start(entry, f"Deleting {label} from {upload.filename}",
                    lambda op: self._delete(op, entry, upload, track))
        return entry

    def _start(self, entry: JobEntry, title: str, factory: Callable[[Operation | None], Any]) -> None:
        self.jobStarted.emit(entry)
        self.context.runner.run(f"datocms-job-{uuid.uuid4().hex[:12]}",
                                lambda op: self._guarded(op, entry, factory), title=title)

    async def _guarded(self, op: Operation | None, entry: JobEntry,
                       factory: Callable[[Operation | None], Any]) -> None:
        try:
            await factory(op)
        except asyncio.CancelledError:
            self.jobs.update(entry, state=JobState.CANCELLED, detail="Cancelled")
            self.jobFinished.emit(entry)
            raise
        except ReportedError:
            self.jobFinished.emit(entry)
            raise
        except ServiceError as exc:
            self.jobs.update(entry, state=JobState.FAILED, message=str(exc))
            self.jobFinished.emit(entry)
            raise ReportedError(str(exc)) from exc
        except Exception:
            self.jobs.update(entry, state=JobState.FAILED, message="Unexpected error (see the error report)")
            self.jobFinished.emit(entry)
            raise
        self.jobFinished.emit(entry)

    def _progress(self, op: Operation | None, entry: JobEntry, fraction: float | None, detail: str,
                  state: JobState | None = None) -> None:
        self.jobs.update(entry, state=state, detail=detail, fraction=fraction)
        if op is not None:
            op.progress(fraction, detail)

    async def _publish(self, op: Operation | None, entry: JobEntry, upload: Upload,
                       content: Callable[[], Any], filename: str, choice: PublishChoice) -> None:
        client = self.context.services.datocms
        self._progress(op, entry, None, "Preparing the WebVTT file", JobState.UPLOADING)
        data = await content()
        folder = Path(self.context.cache_dir) / "datocms" / "outgoing" / uuid.uuid4().hex
        path = folder / filename
        await asyncio.to_thread(_write, path, data)

        def uploaded(progress: Any) -> None:
            self._progress(op, entry, 0.5 * progress.fraction,
                           f"Uploading {size_text(progress.sent)} of {size_text(progress.total)}")

        try:
            job = await client.create_track_from_file(
                upload.id, path, type="subtitles", language_code=choice.language_code,
                name=choice.name or None, closed_captions=choice.closed_captions, on_progress=uploaded)
        finally:
            await asyncio.to_thread(shutil.rmtree, folder, True)
        await self._follow(op, entry, client, job, upload)

    async def _generate(self, op: Operation | None, entry: JobEntry, upload: Upload,
                        choice: PublishChoice) -> None:
        client = self.context.services.datocms
        self._progress(op, entry, None, "Asking DatoCMS to transcribe the audio", JobState.WAITING)
        job = await client.generate_subtitles(upload.id, choice.language_code, choice.name or None)
        await self._follow(op, entry, client, job, upload)

    async def _delete(self, op: Operation | None, entry: JobEntry, upload: Upload, track: Track) -> None:
        client = self.context.services.datocms
        self._progress(op, entry, None, "Asking DatoCMS to delete the track", JobState.WAITING)
        job = await client.delete_track(upload.id, track.id)
        await self._follow(op, entry, client, job, upload)

    async def _follow(self, op: Operation | None, entry: JobEntry, client: Any, job: Job, upload: Upload) -> None:
        entry.job_id = job.id
        self._progress(op, entry, None, f"DatoCMS job {job.id} started", JobState.WAITING)

        def polled(attempt: int, delay: float) -> None:
            self._progress(op, entry, None, f"Waiting for DatoCMS job {job.id} (check {attempt}, "
                                            f"next in {delay:.0f} s)")

        payload = await client.wait_for_job(job, on_poll=polled)
        if entry.kind == "delete":
            self.tracks.remove(upload.id, entry.track_id or "")
            self._progress(op, entry, 1.0, "Deleted", JobState.DELETED)
            return
        track = Track.from_resource(payload["data"], upload.id) if isinstance(payload.get("data"), dict) else None
        if track is None:
            raise ServiceError("DatoCMS finished the job without the track", service="DatoCMS")
        entry.track_id = track.id
        self.tracks.upsert(track)
        if not track.finished:
            self._progress(op, entry, None, "DatoCMS is preparing the track", JobState.PREPARING)

            def preparing(attempt: int, current: Track) -> None:
                self.tracks.upsert(current)
                self._progress(op, entry, None, f"DatoCMS is preparing the track (check {attempt})")

            track = await client.wait_for_track(upload.id, track.id, on_poll=preparing)
            self.tracks.upsert(track)
        if track.status == "errored":
            message = track.error or "DatoCMS could not prepare the track"
            self.jobs.update(entry, state=JobState.ERRORED, detail="Errored", message=message)
            raise ReportedError(message)
        self._progress(op, entry, 1.0, "Ready", JobState.READY)


def snapshot_document(document: Any) -> Any:
    """A copy of ``document`` that later edits do not reach (cues copied, metadata deep-copied)."""
    import copy

    from subtitle_desk.core.document import Document

    return Document(cues=[cue.copy() for cue in document.cues], format=document.format,
                    meta=copy.deepcopy(document.meta), encoding=document.encoding, bom=document.bom,
                    newline=document.newline)


async def _to_vtt(document: Any) -> bytes:
    from subtitle_desk.core.formats import write_bytes

    data, _notes = await asyncio.to_thread(write_bytes, document, "vtt")
    return data


def _write(path: Path, data: bytes) -> None:
    from subtitle_desk.core.storage import atomic_write

    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(path, data, backup=False)


def _what(verb: str, code: str, name: str) -> str:
    label = language_label(code)
    return f"{verb} {label}" + (f" · {name}" if name else "")


def _track_filename(title: str, language: str) -> str:
    """The WebVTT file's name (also shown in DatoCMS): the title, readable, and the language id,
    both from a service and so reduced to safe names."""
    return f"{safe_name(title, fallback='subtitles', unique=False)}.{safe_name(language)}.vtt"
