"""DatoCMS work without a window: publish subtitles as a track and follow the job to the end.

``publish_document`` turns a document into WebVTT, uploads it and follows the track job until
the track is ``ready`` or ``errored``. ``publish_dotsub_languages`` does that for each finished
language of a Dotsub media: each Dotsub file is read and checked before it is published, an
unreadable one is reported by name and skipped, and the others still go through.
"""

from __future__ import annotations

import asyncio
import enum
import shutil
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from subtitle_desk.core import formats, qc
from subtitle_desk.core.document import Document
from subtitle_desk.core.paths import safe_name
from subtitle_desk.core.services.datocms import DatocmsClient, Job, Track
from subtitle_desk.core.services.dotsub import DotsubClient
from subtitle_desk.core.services.errors import ServiceError
from subtitle_desk.core.services.upload import UploadProgress
from subtitle_desk.core.storage import atomic_write
from subtitle_desk.core.units import size_text

from .progress import Progress, report

__all__ = ["follow_track_job", "publish_file", "publish_document", "generate_subtitles", "delete_track", "Outcome", "LanguageResult",
           "finished_languages", "publish_dotsub_languages", "vtt_filename"]

#: Called with each new state of the track while DatoCMS prepares it (the desk's track table).
OnTrack = Callable[[Track], None]
#: Called once the job id is known (the desk shows it and can follow it).
OnJob = Callable[[Job], None]


async def follow_track_job(client: DatocmsClient, job: Job, upload_id: str, *,
                           on_progress: Progress | None = None, on_track: OnTrack | None = None,
                           timeout: float = 600.0) -> Track:
    """Poll the job, then the track, until the track is ready or errored; returns it either way."""
    report(on_progress, None, f"DatoCMS job {job.id} started")

    def polled(attempt: int, delay: float) -> None:
        report(on_progress, None, f"Waiting for DatoCMS job {job.id} (check {attempt}, next in {delay:.0f} s)")

    payload = await client.wait_for_job(job, timeout=timeout, on_poll=polled)
    if not isinstance(payload.get("data"), dict):
        raise ServiceError(f"DatoCMS finished job {job.id} without the track", service="DatoCMS")
    track = Track.from_resource(payload["data"], upload_id)
    if on_track is not None:
        on_track(track)
    if not track.finished:
        report(on_progress, None, "DatoCMS is preparing the track")

        def preparing(attempt: int, current: Track) -> None:
            if on_track is not None:
                on_track(current)
            report(on_progress, None, f"DatoCMS is preparing the track (check {attempt})")

        track = await client.wait_for_track(upload_id, track.id, timeout=timeout, on_poll=preparing)
        if on_track is not None:
            on_track(track)
    report(on_progress, 1.0, "Ready" if track.status == "ready" else f"Errored: {track.error or 'no reason given'}")
    return track


async def publish_file(client: DatocmsClient, upload_id: str, path: Path, *, type: str, language_code: str,
                       name: str | None = None, closed_captions: bool = False,
                       on_progress: Progress | None = None, on_job: OnJob | None = None,
                       on_track: OnTrack | None = None, timeout: float = 600.0) -> Track:
    """Upload a local subtitles (or audio) file as a track of ``upload_id`` and follow it."""

    def uploaded(progress: UploadProgress) -> None:
        report(on_progress, 0.5 * progress.fraction, progress.event or
               f"Uploading {size_text(progress.sent)} of {size_text(progress.total)}")

    report(on_progress, None, f"Uploading {path.name}")
    job = await client.create_track_from_file(upload_id, path, type=type, language_code=language_code,
                                              name=name or None, closed_captions=closed_captions,
                                              on_progress=uploaded)
    if on_job is not None:
        on_job(job)
    return await follow_track_job(client, job, upload_id, on_progress=on_progress, on_track=on_track,
                                  timeout=timeout)


async def generate_subtitles(client: DatocmsClient, upload_id: str, *, language_code: str,
                             name: str | None = None, on_progress: Progress | None = None,
                             on_job: OnJob | None = None, on_track: OnTrack | None = None,
                             timeout: float = 600.0) -> Track:
    """Ask DatoCMS to transcribe the upload's audio into a subtitles track, and follow it."""
    report(on_progress, None, "Asking DatoCMS to transcribe the audio")
    job = await client.generate_subtitles(upload_id, language_code, name or None)
    if on_job is not None:
        on_job(job)
    return await follow_track_job(client, job, upload_id, on_progress=on_progress, on_track=on_track,
                                  timeout=timeout)


async def delete_track(client: DatocmsClient, upload_id: str, track_id: str, *,
                       on_progress: Progress | None = None, on_job: OnJob | None = None,
                       timeout: float = 600.0) -> None:
    """Delete a track and wait until DatoCMS says it is gone."""
    report(on_progress, None, "Asking DatoCMS to delete the track")
    job = await client.delete_track(upload_id, track_id)
    if on_job is not None:
        on_job(job)

    def polled(attempt: int, delay: float) -> None:
        report(on_progress, None, f"Waiting for DatoCMS job {job.id} (check {attempt}, next in {delay:.0f} s)")

    await client.wait_for_job(job, timeout=timeout, on_poll=polled)
    report(on_progress, 1.0, "Deleted")


def vtt_filename(stem: str, language_code: str) -> str:
    return f"{safe_name(stem, fallback='subtitles', unique=False)}.{safe_name(language_code)}.vtt"


async def publish_document(client: DatocmsClient, upload_id: str, snapshot: Document, *, language_code: str,
                           work_dir: Path, stem: str = "subtitles", name: str | None = None,
                           closed_captions: bool = False, on_progress: Progress | None = None,
                           on_job: OnJob | None = None, on_track: OnTrack | None = None,
                           timeout: float = 600.0) -> Track:
    """Publish ``snapshot`` (a copy the caller no longer edits) as a WebVTT subtitles track."""
    report(on_progress, None, "Preparing the WebVTT file")
    data, _notes = await asyncio.to_thread(formats.write_bytes, snapshot, "vtt")
    folder = Path(work_dir) / "datocms" / "outgoing" / uuid.uuid4().hex
    path = folder / vtt_filename(stem, language_code)

    def write() -> None:
        folder.mkdir(parents=True, exist_ok=True)
        atomic_write(path, data, backup=False)

    await asyncio.to_thread(write)
    try:
        return await publish_file(client, upload_id, path, type="subtitles", language_code=language_code,
                                  name=name, closed_captions=closed_captions, on_progress=on_progress,
                                  on_job=on_job, on_track=on_track, timeout=timeout)
    finally:
        await asyncio.shield(asyncio.to_thread(shutil.rmtree, folder, True))


# -- a Dotsub media's languages, in one batch --------------------------------------------------
class Outcome(str, enum.Enum):
    READY = "ready"
    ERRORED = "errored"      # DatoCMS took the file but could not prepare the track
    UNREADABLE = "unreadable"  # Dotsub's file could not be read: not published
    FAILED = "failed"        # a service refused or the connection failed

    def __str__(self) -> str:
        return self.value


@dataclass
class LanguageResult:
    language_id: str
    outcome: Outcome
    #: Why it is not ready (the reader's message naming the line, or the service's own message).
    message: str = ""
    track: Track | None = None
    cues: int = 0
    #: What QC found in the file (it is published anyway: the problems are Dotsub's to fix).
    problems: list[qc.Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.outcome is Outcome.READY


def finished_languages(media: Mapping[str, Any]) -> list[str]:
    """The languages Dotsub has finished subtitles for."""
    return [str(x) for x in media.get("subtitledLanguageIds") or []]


async def _spec_for(dotsub: DotsubClient, media: Mapping[str, Any], language_id: str) -> qc.Spec:
    project = media.get("projectId")
    found = None
    if project:
        try:
            found = await dotsub.spec_for(str(project), language_id)
        except ServiceError:
            found = None  # no specification to check against is not a reason to stop publishing
    return qc.Spec.from_dotsub(found) if found else qc.Spec()


async def publish_dotsub_languages(dotsub: DotsubClient, datocms: DatocmsClient, media_id: str,
                                   upload_id: str, *, work_dir: Path, languages: Sequence[str] | None = None,
                                   media: Mapping[str, Any] | None = None,
                                   on_progress: Progress | None = None,
                                   on_language: Callable[[str, Progress | None], Progress | None] | None = None,
                                   on_result: Callable[[LanguageResult], None] | None = None,
                                   timeout: float = 600.0) -> list[LanguageResult]:
    """Publish each of ``languages`` (all finished ones when None) of Dotsub media ``media_id`` as
    a WebVTT track of DatoCMS upload ``upload_id``, one after the other.

    ``on_language(language_id, on_progress)`` may return a progress callback for that language
    (the desk gives each its own row); ``on_result`` hears each language's end. ``media`` is the
    media's record when the caller has it (else it is read). Never raises for one language's
    failure: each ends in its ``LanguageResult``."""
    if media is None:
        media = await dotsub.get_media(media_id)
    wanted = list(languages) if languages is not None else finished_languages(media)
    stem = str(media.get("title") or media_id)
    results: list[LanguageResult] = []
    for index, language_id in enumerate(wanted):
        step = on_language(language_id, on_progress) if on_language is not None else None
        report(on_progress, index / max(1, len(wanted)), f"{language_id}: downloading from Dotsub")
        result = await _publish_one(dotsub, datocms, media, language_id, upload_id, stem=stem,
                                    work_dir=work_dir, on_progress=step, timeout=timeout)
        results.append(result)
        if on_result is not None:
            on_result(result)
    report(on_progress, 1.0, f"{sum(r.ok for r in results)} of {len(results)} languages ready")
    return results


async def _publish_one(dotsub: DotsubClient, datocms: DatocmsClient, media: Mapping[str, Any],
                       language_id: str, upload_id: str, *, stem: str, work_dir: Path,
                       on_progress: Progress | None, timeout: float) -> LanguageResult:
    media_id = str(media.get("mediaId"))
    try:
        report(on_progress, None, "Downloading the WebVTT file from Dotsub")
        data, spec = await asyncio.gather(dotsub.download_subtitles(media_id, language_id, "VTT"),
                                          _spec_for(dotsub, media, language_id))
    except ServiceError as exc:
        return LanguageResult(language_id, Outcome.FAILED, f"Dotsub: {exc}")
    label = f"dotsub:{safe_name(media_id)}/{safe_name(language_id)}.vtt"
    try:
        document = await asyncio.to_thread(formats.read_bytes, data, path=label, format="vtt")
    except formats.SubtitleReadError as exc:
        return LanguageResult(language_id, Outcome.UNREADABLE, str(exc))
    if not document.cues:
        return LanguageResult(language_id, Outcome.UNREADABLE, f"{label}: no cues to publish")
    problems = await asyncio.to_thread(qc.check_document, document, spec)
    result = LanguageResult(language_id, Outcome.FAILED, cues=len(document.cues), problems=problems)
    try:
        track = await publish_document(datocms, upload_id, document, language_code=language_id,
                                       work_dir=work_dir, stem=stem, on_progress=on_progress, timeout=timeout)
    except ServiceError as exc:
        result.message = f"DatoCMS: {exc}"
        return result
    result.track = track
    if track.status == "ready":
        result.outcome = Outcome.READY
    else:
        result.outcome = Outcome.ERRORED
        result.message = track.error or "DatoCMS could not prepare the track"
    return result
