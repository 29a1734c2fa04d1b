"""Dotsub work without a window: open a task or one language of a media, and send it back.

``open_task`` and ``open_media_language`` read what the editor needs (the media, the subtitle
specification, the subtitles — or, for a translation nobody has started, the source language's —
and the video) and keep the subtitles on disk under the work folder; they return the parsed
``Document`` and its ``WorkSession``. ``send_work`` saves a snapshot of the document where the
session keeps it and uploads exactly those bytes, optionally completing the task.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import httpx

from subtitle_desk.core import formats
from subtitle_desk.core.document import Document
from subtitle_desk.core.paths import safe_name
from subtitle_desk.core.services.dotsub import DotsubClient
from subtitle_desk.core.services.errors import NotFoundError, ServiceError
from subtitle_desk.core.session import WorkSession
from subtitle_desk.core.storage import atomic_write, save_document

from .download import download_file
from .progress import Progress, report

__all__ = ["TASK_TYPE_LABELS", "is_translation", "direction_of", "language_name", "task_label",
           "work_path", "VideoSource", "VideoStore", "local_video", "download_video", "open_task",
           "open_media_language", "SendResult", "session_format", "send_filename", "send_path", "send_work"]

log = logging.getLogger(__name__)

TASK_TYPE_LABELS = {
    "TASK_CAPTION": "Caption", "TASK_PIVOT_TRANSLATE": "Pivot translate",
    "TASK_DIRECT_TRANSLATE": "Direct translate", "TASK_TRANSLATE": "Translate", "TASK_REVIEW": "Review",
    "TASK_POST_EDITING": "Post-editing", "TASK_PROOF_READING": "Proofreading", "TASK_CUSTOM": "Custom",
    "TASK_SIGN_OFF": "Sign-off", "TASK_BURN_IN": "Burn-in", "TASK_PUSH": "Push",
    "TASK_TEXT_TO_SPEECH": "Text to speech",
}
_RTL_PREFIXES = ("ar", "he", "iw", "fa", "ur", "yi", "ps", "dv", "ug", "ckb", "sd")


def task_label(task: Mapping[str, Any]) -> str:
    kind = str(task.get("type"))
    return TASK_TYPE_LABELS.get(kind, kind)


def is_translation(task: Mapping[str, Any]) -> bool:
    """A task on a translation track whose source is another language."""
    source = task.get("sourceTrackLanguageId")
    return (task.get("relatedTrackType") == "TRANSLATION"
            or bool(source and source != task.get("languageId") and task.get("sourceTrackId")))


def _languages_of(media: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    out: list[Mapping[str, Any]] = []
    if isinstance(media.get("language"), dict):
        out.append(media["language"])
    for key in ("translationLanguages", "reviewLanguages"):
        out.extend(x for x in media.get(key) or [] if isinstance(x, dict))
    return out


def direction_of(language_id: str | None, media: Mapping[str, Any] | None = None) -> str:
    """"RTL" or "LTR": the media's language record says so when it lists the language; else the
    language code decides (Arabic, Hebrew, Persian, Urdu ... are right to left)."""
    if not language_id:
        return "LTR"
    for language in _languages_of(media or {}):
        if language.get("id") == language_id and language.get("direction") in ("RTL", "LTR"):
            return str(language["direction"])
    return "RTL" if language_id.split("-")[0].lower() in _RTL_PREFIXES else "LTR"


def language_name(language_id: str, media: Mapping[str, Any] | None) -> str:
    for language in _languages_of(media or {}):
        if language.get("id") == language_id:
            return str(language.get("name") or language_id)
    return language_id


def work_path(work_dir: Path, media_id: str, language_id: str, dotsub_format: str) -> Path:
    """Where a media language's subtitles are kept: ``<work>/<media>/<language>.<ext>``; both
    names come from the server and are made safe."""
    ext = formats.dotsub_format(dotsub_format).extension
    return Path(work_dir) / safe_name(media_id) / f"{safe_name(language_id)}{ext}"


# -- the video ---------------------------------------------------------------------------------
class VideoSource(Protocol):
    """Finds the video the editor plays for ``media``: a local path or a URL, or None."""

    def __call__(self, media: Mapping[str, Any], on_progress: Progress | None) -> Awaitable[str | None]: ...


@dataclass(frozen=True)
class VideoStore:
    """Local copies of media videos, ``<folder>/<media id>.mp4``."""

    folder: Path

    def path_for(self, media_id: str) -> Path:
        return Path(self.folder) / f"{safe_name(media_id)}.mp4"

    def cached(self, media_id: str) -> Path | None:
        """The complete local copy, if there is one."""
        path = self.path_for(media_id)
        return path if path.is_file() and path.stat().st_size > 0 else None

    async def fetch(self, http: httpx.AsyncClient, media_id: str, url: str,
                    on_progress: Progress | None = None,
                    on_size: Callable[[int | None], None] | None = None) -> Path:
        return await download_file(http, url, self.path_for(media_id), on_progress,
                                   service="Dotsub media storage", on_size=on_size)


def video_url(media: Mapping[str, Any]) -> str | None:
    return (media.get("encodedMedia") or {}).get("mp4Url") or None


async def local_video(store: VideoStore, media: Mapping[str, Any]) -> tuple[str | None, str | None]:
    """(the complete local copy of ``media``'s video or None, its video URL or None)."""
    cached = await asyncio.to_thread(store.cached, str(media.get("mediaId")))
    return (str(cached) if cached is not None else None), video_url(media)


def download_video(store: VideoStore, http: httpx.AsyncClient) -> VideoSource:
    """A video source that keeps a local copy: the cached one, else the whole download (a failed
    download falls back to the URL: the subtitles still open)."""

    async def find(media: Mapping[str, Any], on_progress: Progress | None) -> str | None:
        cached, url = await local_video(store, media)
        if cached is not None or url is None:
            return cached
        try:
            return str(await store.fetch(http, str(media.get("mediaId")), url, on_progress))
        except ServiceError as exc:
            log.info("Video download failed: %s", exc)
            return url

    return find


async def _url_only(media: Mapping[str, Any], on_progress: Progress | None) -> str | None:
    return video_url(media)


# -- opening -----------------------------------------------------------------------------------
async def _download(client: DotsubClient, media_id: str, language_id: str, fmt: str) -> bytes | None:
    """The language's subtitles, or None when Dotsub has none yet (a task not started)."""
    try:
        return await client.download_subtitles(media_id, language_id, fmt)
    except NotFoundError:
        return None


async def _none() -> None:
    return None


def _keep_and_read(path: Path, fmt: str, data: bytes, source: bytes | None,
                   source_label: str) -> tuple[Document, Document | None]:
    ours = formats.dotsub_format(fmt).key
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(path, data, backup=True)  # the edits of an earlier opening stay in .bak
    document = (formats.read_bytes(data, path=str(path), format=ours) if data.strip()
                else Document(cues=[], format=ours))
    source_document = (formats.read_bytes(source, path=source_label, format=ours)
                       if source and source.strip() else None)
    return document, source_document


async def open_task(client: DotsubClient, task: Mapping[str, Any], *, work_dir: Path, fmt: str = "SRT",
                    video: VideoSource | None = None,
                    on_progress: Progress | None = None) -> tuple[Document, WorkSession]:
    """Everything the editor needs for a Dotsub task; the subtitles are kept at ``work_path``."""
    media_id, language_id = str(task["mediaId"]), str(task["languageId"])
    source_id = str(task.get("sourceTrackLanguageId") or "") if is_translation(task) else ""
    report(on_progress, None, "Reading the media and the subtitle specification")
    media, spec = await asyncio.gather(client.get_media(media_id), client.spec_for_task(task))
    report(on_progress, None, "Downloading subtitles")
    target, source = await asyncio.gather(
        _download(client, media_id, language_id, fmt),
        _download(client, media_id, source_id, fmt) if source_id else _none())
    started_from_source = target is None and source is not None
    data = target if target is not None else (source if source is not None else b"")
    path = work_path(work_dir, media_id, language_id, fmt)
    document, source_document = await asyncio.to_thread(
        _keep_and_read, path, fmt, data, source, f"dotsub:{safe_name(media_id)}/{safe_name(source_id)}")
    language = str(task.get("languageName") or language_name(language_id, media))
    source_name = str(task.get("sourceTrackLanguageName") or language_name(source_id, media)) if source_id else None
    if started_from_source:
        document.warnings.append(f"No {language} subtitles yet: started from the {source_name} source")
    title = " · ".join((str(task.get("mediaTitle") or media.get("title")), language, task_label(task)))
    session = WorkSession(
        title=title, local_path=path, service="dotsub", media_id=media_id, language_id=language_id,
        language_name=language, direction=direction_of(language_id, media), task_id=str(task["id"]),
        task_type=task.get("type"), spec=spec, source_document=source_document,
        source_language_name=source_name if source_document is not None else None,
        video=await (video or _url_only)(media, on_progress),
        extra={"task": dict(task), "format": fmt, "track_id": task.get("trackId"),
               "project_id": task.get("projectId"), "source_language_id": source_id or None,
               "started_from_source": started_from_source, "media_notes": media.get("notes"),
               "media_title": media.get("title")})
    report(on_progress, 1.0, f"{len(document.cues)} cues opened")
    return document, session


async def open_media_language(client: DotsubClient, media: Mapping[str, Any], language_id: str, *,
                              work_dir: Path, fmt: str = "SRT", video: VideoSource | None = None,
                              on_progress: Progress | None = None) -> tuple[Document, WorkSession]:
    """One language of a media, with its project's specification for that language."""
    media_id = str(media["mediaId"])
    report(on_progress, None, "Downloading subtitles")
    data, spec = await asyncio.gather(
        client.download_subtitles(media_id, language_id, fmt),
        client.spec_for(str(media["projectId"]), language_id) if media.get("projectId") else _none())
    path = work_path(work_dir, media_id, language_id, fmt)
    document, _ = await asyncio.to_thread(_keep_and_read, path, fmt, data, None, "")
    name = language_name(language_id, media)
    session = WorkSession(
        title=f"{media.get('title')} · {name}", local_path=path, service="dotsub", media_id=media_id,
        language_id=language_id, language_name=name, direction=direction_of(language_id, media), spec=spec,
        video=await (video or _url_only)(media, on_progress),
        extra={"format": fmt, "project_id": media.get("projectId"), "media_notes": media.get("notes"),
               "media_title": media.get("title")})
    report(on_progress, 1.0, f"{len(document.cues)} cues opened")
    return document, session


# -- sending -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class SendResult:
    #: Dotsub's answer to the upload (trackId, version ...).
    answer: dict[str, Any]
    #: Where the sent bytes were saved.
    path: Path
    completed: bool
    task_id: str | None = None

    @property
    def summary(self) -> str:
        """"Track 12, version 3; task 7 completed"."""
        version = _version_text(self.answer)
        text = f"Track {self.answer.get('trackId')}" + (f", {version}" if version else "")
        if self.completed:
            text += f"; task {self.task_id} completed" if self.task_id else "; task completed"
        return text


def _version_text(answer: Mapping[str, Any]) -> str:
    version = answer.get("currentVersion")
    if isinstance(version, Mapping):
        ident = version.get("trackVersionId")
        return f"version {ident}" if ident else ""
    return f"version {version}" if version else ""


def session_format(session: WorkSession, document: Document) -> str:
    """The Dotsub format the work is sent in: the one it was downloaded in, else the file's."""
    name = str((session.extra or {}).get("format") or "").upper()
    if formats.dotsub_format_or_none(name) is not None:
        return name
    if session.local_path is not None:
        ours = formats.format_for_path(session.local_path)
        if ours is not None:
            return formats.info(ours).dotsub_name or "SRT"
    return formats.info(document.format if document.format in formats.FORMATS else "srt").dotsub_name or "SRT"


def send_filename(session: WorkSession, document: Document) -> str:
    """The file name Dotsub gets: the work file's, with the send format's extension."""
    extension = formats.dotsub_format(session_format(session, document)).extension
    if session.local_path is not None:
        return Path(session.local_path).with_suffix(extension).name
    return f"{safe_name(session.language_id)}{extension}"


def send_path(session: WorkSession, work_dir: Path, dotsub_format: str) -> Path:
    """Where the work is saved before it is sent: the session's file, else one under the work
    folder named after the (server-given, so made safe) media and language."""
    if session.local_path is not None:
        return Path(session.local_path)
    return work_path(work_dir, str(session.media_id), str(session.language_id), dotsub_format)


async def send_work(client: DotsubClient, session: WorkSession, snapshot: Document, *, work_dir: Path,
                    complete_task: bool = False, filename: str | None = None,
                    on_progress: Progress | None = None) -> SendResult:
    """Save ``snapshot`` (a copy the caller no longer edits) and upload exactly the saved bytes.

    Raises ``OSError``/``SaveError`` when the file cannot be saved (nothing is sent) and
    ``ServiceError`` when Dotsub refuses it (the file stays saved for a retry)."""
    if session.media_id is None or session.language_id is None:
        raise ValueError("this work did not come from Dotsub: no media or language to send it to")
    fmt = session_format(session, snapshot)
    path = send_path(session, work_dir, fmt)
    ours = formats.dotsub_format(fmt).key
    report(on_progress, 0.1, f"Saving {path.name}")

    def save() -> bytes:
        path.parent.mkdir(parents=True, exist_ok=True)
        save_document(snapshot, path, ours)
        return path.read_bytes()

    data = await asyncio.to_thread(save)
    name = filename or send_filename(session, snapshot)
    report(on_progress, 0.4, f"Uploading {name} to Dotsub")
    answer = await client.upload_subtitles(str(session.media_id), str(session.language_id), data, name,
                                           complete_task=complete_task)
    result = SendResult(answer=answer, path=path, completed=complete_task, task_id=session.task_id)
    report(on_progress, 1.0, result.summary)
    return result
