"""Uploading videos to Dotsub: the form (files picked or dropped, title, project, languages), the
uploads panel (a row per file: progress, speed, time left, state, what the media is on Dotsub;
cancel, retry, delete media) and the upload queue behind it (two files at a time).

    from subtitle_desk.ui.desk import uploads
    part = uploads.install(context)        # the "Upload" page and menu; context.uploads
    part.queue.add([UploadRequest(path, title, project_id, ...)])
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QStyle

from .form import UploadForm, title_problem
from .queue import UploadJob, UploadQueue, UploadRequest, UploadState
from .page import UploadsPage, UploadsPanel, confirm_quit_with_uploads

if TYPE_CHECKING:
    from subtitle_desk.ui.desk.context import DeskContext

__all__ = ["install", "UploadsPages", "UPLOADS_PAGE", "UploadQueue", "UploadRequest", "UploadJob",
           "UploadState", "UploadForm", "UploadsPage", "UploadsPanel", "title_problem"]

UPLOADS_PAGE = "uploads"


@dataclass
class UploadsPages:
    queue: UploadQueue
    page: UploadsPage
    menu: QMenu


def install(context: DeskContext) -> UploadsPages:
    """Add the Upload page and its menu; set ``context.uploads``."""
    window = context.window
    queue = UploadQueue(context, window)
    page = UploadsPage(context, queue)
    icon = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_ArrowUp)
    window.add_page(UPLOADS_PAGE, QCoreApplication.translate("Uploads", "Upload"), page, icon)
    menu = QMenu(QCoreApplication.translate("Uploads", "&Upload"), window)
    menu.setObjectName("uploadsMenu")
    pick = QAction(QCoreApplication.translate("Uploads", "Upload &videos to Dotsub…"), menu)
    pick.setShortcut(QKeySequence("Ctrl+Shift+U"))
    pick.triggered.connect(lambda: (window.show_page(UPLOADS_PAGE), page.form.pick_files()))
    show = QAction(QCoreApplication.translate("Uploads", "Show &uploads"), menu)
    show.triggered.connect(lambda: window.show_page(UPLOADS_PAGE))
    cancel_all = QAction(QCoreApplication.translate("Uploads", "&Cancel all uploads"), menu)
    cancel_all.triggered.connect(queue.cancel_all)
    for action in (pick, show, cancel_all):
        menu.addAction(action)
    window.add_menu(menu)
    window.close_guards.append(lambda: confirm_quit_with_uploads(queue, window))
    part = UploadsPages(queue=queue, page=page, menu=menu)
    context.uploads = part
    return part
