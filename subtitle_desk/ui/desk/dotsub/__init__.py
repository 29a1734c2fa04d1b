"""The desk's Dotsub pages: the media browser and the tasks view, and opening Dotsub work in the
editor.

    from subtitle_desk.ui.desk import dotsub
    dotsub.install(context)            # adds the "Media" and "Tasks" pages and the Dotsub menu
    desk = context.dotsub     # DotsubPages: .media_page, .tasks_page, .opener, .thumbnails, .videos

Both pages load when first shown (nothing talks to Dotsub at start-up) and reload when the
service settings change.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu

from subtitle_desk.ui.desk.widgets import MenuEntry, page_menu
from subtitle_desk.ui.icons import themed_icon

from .media import MediaPage
from .opener import SubtitleOpener
from .tasks import TasksPage
from .thumbnails import ThumbnailLoader
from .videos import VideoCache

if TYPE_CHECKING:
    from subtitle_desk.ui.desk.context import DeskContext

__all__ = ["install", "DotsubPages", "MEDIA_PAGE", "TASKS_PAGE"]

MEDIA_PAGE = "dotsub-media"
TASKS_PAGE = "dotsub-tasks"


@dataclass
class DotsubPages:
    media_page: MediaPage
    tasks_page: TasksPage
    opener: SubtitleOpener
    thumbnails: ThumbnailLoader
    videos: VideoCache
    menu: QMenu


def install(context: DeskContext) -> DotsubPages:
    """Build the Dotsub pages and menu, add them to the window, set ``context.dotsub``."""
    window = context.window
    videos = VideoCache(context)
    opener = SubtitleOpener(context, videos, parent=window)
    thumbnails = ThumbnailLoader(context, parent=window)
    media_page = MediaPage(context, opener, thumbnails)
    tasks_page = TasksPage(context, opener)
    window.add_page(TASKS_PAGE, QCoreApplication.translate("Dotsub", "Tasks"), tasks_page, themed_icon("view-task", "SP_FileDialogListView"))
    window.add_page(MEDIA_PAGE, QCoreApplication.translate("Dotsub", "Media"), media_page, themed_icon("video-x-generic", "SP_MediaPlay"))

    def show_media_tasks(media_id: str) -> None:
        window.show_page(TASKS_PAGE)
        tasks_page.show_media_tasks(media_id)

    media_page.show_media_tasks = show_media_tasks

    menu, _actions = page_menu(window, QCoreApplication.translate("Dotsub", "&Dotsub"), "dotsubMenu", [
        MenuEntry(QCoreApplication.translate("Dotsub", "&Tasks"), TASKS_PAGE, shortcut="Ctrl+1"),
        MenuEntry(QCoreApplication.translate("Dotsub", "&Media"), MEDIA_PAGE, shortcut="Ctrl+2"), None,
        MenuEntry(QCoreApplication.translate("Dotsub", "&Open selected task"), TASKS_PAGE, tasks_page.open_selected),
        MenuEntry(QCoreApplication.translate("Dotsub", "&Accept selected task"), then=lambda: tasks_page.set_accepted(True)),
        MenuEntry(QCoreApplication.translate("Dotsub", "&Release selected task"), then=lambda: tasks_page.set_accepted(False)), None,
        MenuEntry(QCoreApplication.translate("Dotsub", "Re&load tasks and media"), then=lambda: (tasks_page.reload(), media_page.reload()))])

    desk = DotsubPages(media_page=media_page, tasks_page=tasks_page, opener=opener, thumbnails=thumbnails,
                      videos=videos, menu=menu)
    context.dotsub = desk
    return desk
