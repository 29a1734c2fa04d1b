"""The desk's cielo24 page: transcription jobs, media (local file with progress, or URL), the
transcription order, the status followed until Complete, and the captions opened in the editor.

    from subtitle_desk.ui.desk import cielo24
    cielo24.install(context)               # adds the "cielo24" page and menu
    part = context.cielo24        # Cielo24Pages: .page, .controller, .menu
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from subtitle_desk.ui.desk.widgets import fill_menu, nav_icon, page_action

from .controller import Cielo24Controller
from .page import Cielo24Page

if TYPE_CHECKING:
    from subtitle_desk.ui.desk.context import DeskContext

__all__ = ["install", "Cielo24Pages", "Cielo24Controller", "Cielo24Page", "PAGE"]

PAGE = "cielo24"


@dataclass
class Cielo24Pages:
    page: Cielo24Page
    controller: Cielo24Controller
    menu: QMenu


def install(context: DeskContext) -> Cielo24Pages:
    """Build the cielo24 page and menu, add them to the window, set ``context.cielo24``."""
    window = context.window
    page = Cielo24Page(context)
    window.add_page(PAGE, "cielo24", page, nav_icon("audio-input-microphone", "SP_MediaVolume"))

    menu = QMenu("c&ielo24", window)
    menu.setObjectName("cielo24Menu")
    show_page = partial(window.show_page, PAGE)
    show = page_action(menu, "&Jobs", show_page)
    new = page_action(menu, "&New job…", show_page, page.open_new_dialog)
    media = page_action(menu, "Add &media to the selected job…", show_page, page.open_media_dialog)
    order = page_action(menu, "Request &transcription…", show_page, page.open_order_dialog)
    open_captions = QAction("&Open captions in editor", menu)
    open_captions.triggered.connect(page.open_selected)
    refresh = page_action(menu, "&Refresh", show_page, page.refresh)
    fill_menu(menu, (show, None, new, media, order, open_captions, None, refresh))

    def update_menu() -> None:
        media.setEnabled(page.media_button.isEnabled())
        order.setEnabled(page.order_button.isEnabled())
        open_captions.setEnabled(page.open_button.isEnabled())
        new.setEnabled(page.new_button.isEnabled())

    menu.aboutToShow.connect(update_menu)
    window.add_menu(menu)
    part = Cielo24Pages(page=page, controller=page.controller, menu=menu)
    context.cielo24 = part
    return part

