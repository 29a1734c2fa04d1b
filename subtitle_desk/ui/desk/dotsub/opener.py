"""Opening Dotsub work in the editor: a task (its subtitles, spec, source and video) or one
language of a media from the media browser.

``SubtitleOpener.open_task(task)`` runs as the runner's ``dotsub-open`` task (a second Open
replaces the first) and:

1. reads the media (video URL, language directions) and the task's subtitle specification;
2. downloads the task language's subtitles; for a translation also the source language's, which
   the editor shows beside it. A translation nobody has started yet (Dotsub has no cues for it)
   opens as a copy of the source, timings and text, for the translator to overwrite; a caption
   task with no cues yet opens empty;
3. writes the subtitles to ``<cache>/work/<media>/<language>.<ext>`` atomically (an older local
   copy is kept as ``.bak``), and parses them off the UI thread;
4. finds the video: the cached local copy if there is one; else it starts streaming the MP4 into
   the cache (progress and Cancel in the activity panel). A video up to ``wait_for_video_bytes``
   (64 MB) is awaited so the editor opens with the local file; a bigger one (or one whose size the
   host does not say) opens at once with the URL, and the local copy, once complete, is used the
   next time the task or media is opened;
5. hands the document and its ``WorkSession`` to the editor workspace in one call
   (``context.parts["workspace"].open_session``; until the workspace is installed the plain
   editor gets the document).

Service failures become ``ReportedError`` after ``failed(message)`` is emitted, so the page shows
the service's own message and no second dialog appears.
"""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from subtitle_desk.core.document import Document
from subtitle_desk.core.paths import safe_name
from subtitle_desk.core.services.errors import NotFoundError, ServiceError
from subtitle_desk.core.session import WorkSession
from subtitle_desk.core.storage import atomic_write
from subtitle_desk.ui.tasks import ReportedError

from .videos import VideoCache

__all__ = ["SubtitleOpener", "FORMAT_EXTENSIONS", "TASK_TYPE_LABELS", "is_translation", "direction_of"]

log = logging.getLogger(__name__)

#: Dotsub subtitle format -> (file extension, our format name).
FORMAT_EXTENSIONS = {"SRT": ("srt", "srt"), "VTT": ("vtt", "vtt"), "TTML": ("ttml", "ttml"), "SSA": ("ass", "ssa")}
TASK_TYPE_LABELS = {
    "TASK_CAPTION": "Caption", "TASK_PIVOT_TRANSLATE": "Pivot translate",
    "TASK_DIRECT_TRANSLATE": "Direct translate", "TASK_TRANSLATE": "Translate", "TASK_REVIEW": "Review",
    "TASK_POST_EDITING": "Post-editing", "TASK_PROOF_READING": "Proofreading", "TASK_CUSTOM": "Custom",
    "TASK_SIGN_OFF": "Sign-off", "TASK_BURN_IN": "Burn-in", "TASK_PUSH": "Push",
    "TASK_TEXT_TO_SPEECH": "Text to speech",
}
_RTL_PREFIXES = ("ar", "he", "iw", "fa", "ur", "yi", "ps", "dv", "ug", "ckb", "sd")
#: Await a video download up to this size before opening the editor; bigger ones open with the URL.
WAIT_FOR_VIDEO_BYTES = 64 * 1024 * 1024


def is_translation(task: dict[str, Any]) -> bool:
    """A task on a translation track whose source is another language."""
    source = task.get("sourceTrackLanguageId")
    return (task.get("relatedTrackType") == "TRANSLATION"
            or bool(source and source != task.get("languageId") and task.get("sourceTrackId")))


def direction_of(language_id: str | None, media: dict[str, Any] | None = None) -> str:
    """"RTL" or "LTR": the media's language record says so when it lists the language; else the
    language code decides (Arabic, Hebrew, Persian, Urdu ... are right to left)."""
    if not language_id:
        return "LTR"
    for language in _languages_of(media or {}):
        if language.get("id") == language_id and language.get("direction") in ("RTL", "LTR"):
            return str(language["direction"])
    prefix = language_id.split("-")[0].lower()
    return "RTL" if prefix in _RTL_PREFIXES else "LTR"


def _languages_of(media: dict[str, Any]) -> list[dict[str, Any]]:
    out = []
    if isinstance(media.get("language"), dict):
        out.append(media["language"])
    for key in ("translationLanguages", "reviewLanguages"):
        out.extend(x for x in media.get(key) or [] if isinstance(x, dict))
    return out


def language_name(language_id: str, media: dict[str, Any] | None) -> str:
    for language in _languages_of(media or {}):
        if language.get("id") == language_id:
            return str(language.get("name") or language_id)
    return language_id


class SubtitleOpener(QObject):
    #: Something is being opened: (what, shown in the page's status line)
    started = Signal(str)
    #: The editor has it: (WorkSession)
    opened = Signal(object)
    #: Opening failed with the service's message
    failed = Signal(str)

    def __init__(self, context: Any, videos: VideoCache | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.videos = videos or VideoCache(context)
        self.wait_for_video_bytes = WAIT_FOR_VIDEO_BYTES
        #: The last session handed to the editor (tests and the smoke test read it).
        self.last_session: WorkSession | None = None
        self.last_document: Document | None = None

    # -- entry points ----------------------------------------------------------------------------
    def open_task(self, task: dict[str, Any], fmt: str = "SRT") -> asyncio.Task:
        label = TASK_TYPE_LABELS.get(str(task.get("type")), str(task.get("type")))
        what = f"{task.get('mediaTitle')} · {task.get('languageName')} · {label}"
        self.started.emit(f"Opening {what}…")
        return self.context.runner.run("dotsub-open", lambda op: self._guard(self._open_task(task, fmt, op)),
                                       title=f"Opening task {task.get('id')}: {what}")

    def open_language(self, media: dict[str, Any], language_id: str, fmt: str = "SRT") -> asyncio.Task:
        name = language_name(language_id, media)
        what = f"{media.get('title')} · {name}"
        self.started.emit(f"Opening {what}…")
        return self.context.runner.run("dotsub-open",
                                       lambda op: self._guard(self._open_language(media, language_id, fmt, op)),
                                       title=f"Opening {what}")

    async def _guard(self, work: Any) -> None:
        try:
            await work
        except ServiceError as exc:
            self.failed.emit(str(exc))
            raise ReportedError(str(exc)) from exc

    # -- the work --------------------------------------------------------------------------------
    async def _open_task(self, task: dict[str, Any], fmt: str, op: Any) -> WorkSession:
        client = self.context.services.dotsub
        media_id, language_id = str(task["mediaId"]), str(task["languageId"])
        translation = is_translation(task)
        source_id = str(task.get("sourceTrackLanguageId") or "") if translation else ""
        op.progress(None, "Reading the media and the subtitle specification")
        media, spec = await asyncio.gather(client.get_media(media_id), client.spec_for_task(task))
        op.progress(None, "Downloading subtitles")
        target, source = await asyncio.gather(
            self._download(client, media_id, language_id, fmt),
            self._download(client, media_id, source_id, fmt) if source_id else _none())
        started_from_source = target is None and source is not None
        data = target if target is not None else (source if source is not None else b"")
        document, source_document = await self._write_and_read(media_id, language_id, fmt, data, source)
        if started_from_source:
            document.warnings.append(f"No {task.get('languageName') or language_id} subtitles yet: "
                                     f"started from the {task.get('sourceTrackLanguageName') or source_id} source")
        label = TASK_TYPE_LABELS.get(str(task.get("type")), str(task.get("type")))
        title = " · ".join((str(task.get("mediaTitle") or media.get("title")),
                            str(task.get("languageName") or language_id), label))
        session = WorkSession(
            title=title,
            local_path=self.work_path(media_id, language_id, fmt), service="dotsub", media_id=media_id,
            language_id=language_id, language_name=task.get("languageName") or language_name(language_id, media),
            direction=direction_of(language_id, media), task_id=str(task["id"]), task_type=task.get("type"),
            spec=spec, source_document=source_document,
            source_language_name=(task.get("sourceTrackLanguageName") or language_name(source_id, media))
            if source_document is not None else None,
            video=await self._video(media, op),
            extra={"task": dict(task), "format": fmt, "track_id": task.get("trackId"),
                   "project_id": task.get("projectId"), "source_language_id": source_id or None,
                   "started_from_source": started_from_source, "media_notes": media.get("notes")})
        op.progress(1.0, f"{len(document.cues)} cues opened in the editor")
        self._hand_off(document, session)
        return session

    async def _open_language(self, media: dict[str, Any], language_id: str, fmt: str, op: Any) -> WorkSession:
        client = self.context.services.dotsub
        media_id = str(media["mediaId"])
        op.progress(None, "Downloading subtitles")
        data, spec = await asyncio.gather(
            client.download_subtitles(media_id, language_id, fmt),
            client.spec_for(str(media["projectId"]), language_id) if media.get("projectId") else _none())
        document, _ = await self._write_and_read(media_id, language_id, fmt, data, None)
        name = language_name(language_id, media)
        session = WorkSession(
            title=f"{media.get('title')} · {name}", local_path=self.work_path(media_id, language_id, fmt),
            service="dotsub", media_id=media_id, language_id=language_id, language_name=name,
            direction=direction_of(language_id, media), spec=spec, video=await self._video(media, op),
            extra={"format": fmt, "project_id": media.get("projectId"), "media_notes": media.get("notes")})
        op.progress(1.0, f"{len(document.cues)} cues opened in the editor")
        self._hand_off(document, session)
        return session

    def work_path(self, media_id: str, language_id: str, fmt: str) -> Path:
        ext = FORMAT_EXTENSIONS[fmt.upper()][0]
        return Path(self.context.work_dir) / safe_name(media_id) / f"{safe_name(language_id)}.{ext}"

    @staticmethod
    async def _download(client: Any, media_id: str, language_id: str, fmt: str) -> bytes | None:
        """The language's subtitles, or None when Dotsub has none yet (a task not started)."""
        try:
            return await client.download_subtitles(media_id, language_id, fmt)
        except NotFoundError:
            return None

    async def _write_and_read(self, media_id: str, language_id: str, fmt: str, data: bytes,
                              source: bytes | None) -> tuple[Document, Document | None]:
        path = self.work_path(media_id, language_id, fmt)
        our_format = FORMAT_EXTENSIONS[fmt.upper()][1]

        def work() -> tuple[Document, Document | None]:
            from subtitle_desk.core import formats

            path.parent.mkdir(parents=True, exist_ok=True)
            atomic_write(path, data, backup=True)
            document = (formats.read_bytes(data, path=str(path), format=our_format) if data.strip()
                        else Document(cues=[], format=our_format))
            source_document = (formats.read_bytes(source, path=f"dotsub:{media_id}/source", format=our_format)
                               if source and source.strip() else None)
            return document, source_document

        return await asyncio.to_thread(work)

    async def _video(self, media: dict[str, Any], op: Any) -> str | None:
        media_id = str(media["mediaId"])
        cached = await asyncio.to_thread(self.videos.cached, media_id)
        if cached is not None:
            return str(cached)
        url = (media.get("encodedMedia") or {}).get("mp4Url")
        if not url:
            return None
        download = self.videos.download(media_id, url, title=f"Downloading the video of {media.get('title')}")
        op.progress(None, "Downloading the video")
        try:
            size = await asyncio.shield(download.size)
        except asyncio.CancelledError:
            if download.size.cancelled() or (download.task is not None and download.task.cancelled()):
                return url  # the user cancelled the video only: play from the URL
            raise
        except Exception as exc:  # the video is a convenience: the subtitles still open
            log.info("Video download failed: %s", exc)
            return url
        if size is None or size > self.wait_for_video_bytes:
            return url  # big: open now, the local copy finishes in the background
        try:
            path = await asyncio.shield(download.task)  # type: ignore[arg-type]
        except asyncio.CancelledError:
            if download.task is not None and download.task.cancelled():
                return url
            raise
        except Exception as exc:
            log.info("Video download failed: %s", exc)
            return url
        return str(path) if path else url

    def _hand_off(self, document: Document, session: WorkSession) -> None:
        """The one hand-off to the editor."""
        self.last_document, self.last_session = document, session
        workspace = self.context.parts.get("workspace")
        if workspace is not None:
            workspace.open_session(document, session)
            if getattr(workspace, "session", session) is not session:
                return  # the user kept the unsaved document that was open
        else:
            editor_page = self.context.editor_page
            if not editor_page.confirm_discard():
                return
            self.context.editor.set_document(document, session.local_path)
            self.context.window.show_page("editor")
        self.opened.emit(session)


async def _none() -> None:
    return None

