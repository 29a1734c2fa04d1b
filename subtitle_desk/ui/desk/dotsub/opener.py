"""Opening Dotsub work in the editor: a task (its subtitles, spec, source and video) or one
language of a media from the media browser.

The work itself is ``core.work.dotsub.open_task`` / ``open_media_language``; this controller runs
it as the runner's ``dotsub-open`` task (a second Open replaces the first), supplies the video
(``VideoCache``: the local copy, or a download that is awaited when small and continues in the
background when big), and hands the document and its ``WorkSession`` to the editor workspace.

Service failures become ``ReportedError`` after ``failed(message)`` is emitted, so the page shows
the service's own message and no second dialog appears.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from subtitle_desk.core import work
from subtitle_desk.core.document import Document
from subtitle_desk.core.services.errors import ServiceError
from subtitle_desk.core.session import WorkSession
from subtitle_desk.core.work.dotsub import TASK_TYPE_LABELS, direction_of, is_translation, language_name, task_label
from subtitle_desk.ui.runner import ReportedError

from .videos import VideoCache

if TYPE_CHECKING:
    from subtitle_desk.ui.desk.context import DeskContext

__all__ = ["SubtitleOpener", "TASK_TYPE_LABELS", "is_translation", "direction_of", "language_name"]


class SubtitleOpener(QObject):
    #: Something is being opened: (what, shown in the page's status line)
    started = Signal(str)
    #: The editor has it: (WorkSession)
    opened = Signal(object)
    #: Opening failed with the service's message
    failed = Signal(str)

    def __init__(self, context: DeskContext, videos: VideoCache | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.videos = videos or VideoCache(context)
        #: The last session handed to the editor (tests and the smoke test read it).
        self.last_session: WorkSession | None = None
        self.last_document: Document | None = None

    @property
    def wait_for_video_bytes(self) -> int:
        return self.videos.wait_for_bytes

    @wait_for_video_bytes.setter
    def wait_for_video_bytes(self, size: int) -> None:
        self.videos.wait_for_bytes = size

    # -- entry points ----------------------------------------------------------------------------
    def open_task(self, task: Mapping[str, Any], fmt: str = "SRT") -> asyncio.Task:
        what = f"{task.get('mediaTitle')} · {task.get('languageName')} · {task_label(task)}"
        return self._open(self.tr("Opening task {task}: {what}").format(task=task.get("id"), what=what), what,
                          lambda op: work.dotsub.open_task(
                              self.context.services.dotsub, task, work_dir=self.context.work_dir, fmt=fmt,
                              video=self.videos.source, on_progress=op.progress))

    def open_language(self, media: Mapping[str, Any], language_id: str, fmt: str = "SRT") -> asyncio.Task:
        what = f"{media.get('title')} · {language_name(language_id, media)}"
        return self._open(self.tr("Opening {what}").format(what=what), what,
                          lambda op: work.dotsub.open_media_language(
                              self.context.services.dotsub, media, language_id, work_dir=self.context.work_dir,
                              fmt=fmt, video=self.videos.source, on_progress=op.progress))

    def _open(self, title: str, what: str,
              opening: Callable[[Any], Awaitable[tuple[Document, WorkSession]]]) -> asyncio.Task:
        self.started.emit(self.tr("Opening {what}…").format(what=what))

        async def run(op: Any) -> WorkSession:
            try:
                document, session = await opening(op)
            except ServiceError as exc:
                self.failed.emit(str(exc))
                raise ReportedError(str(exc)) from exc
            self._hand_off(document, session)
            return session

        return self.context.runner.run("dotsub-open", run, title=title)

    def _hand_off(self, document: Document, session: WorkSession) -> None:
        """The one hand-off to the editor."""
        self.last_document, self.last_session = document, session
        workspace = self.context.workspace
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
