"""The desk's DatoCMS page: video uploads, their subtitle tracks, and the jobs that publish,
generate and delete them.

    from subtitle_desk.ui.desk import datocms
    datocms.install(context)                # adds the "DatoCMS" page and menu
    part = context.datocms         # DatocmsPages: .page, .controller, .menu

The page loads when first shown and again when the service settings change.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMenu

from subtitle_desk.ui.desk.widgets import fill_menu, nav_icon, page_action

from .controller import DatocmsController
from .page import DatocmsPage

if TYPE_CHECKING:
    from subtitle_desk.ui.desk.context import DeskContext

__all__ = ["install", "DatocmsPages", "DatocmsController", "DatocmsPage", "PAGE"]

PAGE = "datocms"


@dataclass
class DatocmsPages:
    page: DatocmsPage
    controller: DatocmsController
    menu: QMenu


def install(context: DeskContext) -> DatocmsPages:
    """Build the DatoCMS page and menu, add them to the window, set ``context.datocms``."""
    window = context.window
    page = DatocmsPage(context)
    window.add_page(PAGE, "DatoCMS", page, nav_icon("folder-video", "SP_DesktopIcon"))

    menu = QMenu("Dato&CMS", window)
    menu.setObjectName("datocmsMenu")
    show_page = partial(window.show_page, PAGE)
    show = page_action(menu, "&Videos and tracks", show_page)
    publish = page_action(menu, "&Publish open subtitles…", show_page, page.open_publish_dialog)
    batch = page_action(menu, "Publish a &Dotsub media's languages…", show_page, page.open_batch_dialog)
    generate = page_action(menu, "&Generate subtitles…", show_page, page.open_generate_dialog)
    reload_all = page_action(menu, "&Reload", show_page, page.controller.reload)
    fill_menu(menu, (show, None, publish, batch, generate, None, reload_all))

    def update_menu() -> None:
        ready = page.controller.current_upload is not None
        publish.setEnabled(ready and context.editor.document is not None)
        batch.setEnabled(ready and page.controller.dotsub_configured())
        generate.setEnabled(ready)

    menu.aboutToShow.connect(update_menu)
    window.add_menu(menu)
    part = DatocmsPages(page=page, controller=page.controller, menu=menu)
    context.datocms = part
    return part

