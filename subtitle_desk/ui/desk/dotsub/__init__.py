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

from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QStyle

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
    window.add_page(TASKS_PAGE, "Tasks", tasks_page, _icon("view-task", "SP_FileDialogListView"))
    window.add_page(MEDIA_PAGE, "Media", media_page, _icon("video-x-generic", "SP_MediaPlay"))

    def show_media_tasks(media_id: str) -> None:
        window.show_page(TASKS_PAGE)
        tasks_page.show_media_tasks(media_id)

    media_page.show_media_tasks = show_media_tasks

    menu = QMenu("&Dotsub", window)
    menu.setObjectName("dotsubMenu")
    show_tasks = QAction("&Tasks", menu)
    show_tasks.setShortcut(QKeySequence("Ctrl+1"))
    show_tasks.triggered.connect(lambda: window.show_page(TASKS_PAGE))
    show_media = QAction("&Media", menu)
    show_media.setShortcut(QKeySequence("Ctrl+2"))
    show_media.triggered.connect(lambda: window.show_page(MEDIA_PAGE))
    open_task = QAction("&Open selected task", menu)
    open_task.triggered.connect(lambda: (window.show_page(TASKS_PAGE), tasks_page.open_selected()))
    accept = QAction("&Accept selected task", menu)
    accept.triggered.connect(lambda: tasks_page.set_accepted(True))
    release = QAction("&Release selected task", menu)
    release.triggered.connect(lambda: tasks_page.set_accepted(False))
    reload_all = QAction("Re&load tasks and media", menu)
    reload_all.triggered.connect(lambda: (tasks_page.reload(), media_page.reload()))
    for action in (show_tasks, show_media, None, open_task, accept, release, None, reload_all):
        if action is None:
            menu.addSeparator()
        else:
            menu.addAction(action)
    window.add_menu(menu)

    desk = DotsubPages(media_page=media_page, tasks_page=tasks_page, opener=opener, thumbnails=thumbnails,
                      videos=videos, menu=menu)
    context.dotsub = desk
    return desk


def _icon(theme: str, fallback: str) -> QIcon:
    icon = QIcon.fromTheme(theme)
    if icon.isNull():
        icon = QApplication.style().standardIcon(getattr(QStyle.StandardPixmap, fallback))
    return icon
