"""The desk's DatoCMS page: video uploads, their subtitle tracks, and the jobs that publish,
generate and delete them.

    from subtitle_desk.ui.desk import datocms
    datocms.install(context)                # adds the "DatoCMS" page and menu
    part = context.datocms                 # DatocmsPages: .page, .controller, .menu

The page loads when first shown and again when the service settings change.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from subtitle_desk.ui.desk.widgets import MenuEntry, ServicePages, add_service_page
from subtitle_desk.ui.icons import themed_icon

from .controller import DatocmsController
from .page import DatocmsPage

if TYPE_CHECKING:
    from subtitle_desk.ui.desk.context import DeskContext

__all__ = ["install", "DatocmsPages", "DatocmsController", "DatocmsPage", "PAGE"]

PAGE = "datocms"
DatocmsPages = ServicePages[DatocmsPage]


def install(context: DeskContext) -> DatocmsPages:
    """Build the DatoCMS page and menu, add them to the window, set ``context.datocms``."""
    page = DatocmsPage(context)
    controller = page.controller

    def upload_chosen() -> bool:
        return controller.current_upload is not None

    context.datocms = add_service_page(
        context.window, PAGE, page, themed_icon("folder-video", "SP_DesktopIcon"),
        QCoreApplication.translate("DatoCMS", "Dato&CMS"), [
            MenuEntry(QCoreApplication.translate("DatoCMS", "&Videos and tracks"), PAGE), None,
            MenuEntry(QCoreApplication.translate("DatoCMS", "&Publish open subtitles…"), PAGE,
                      page.open_publish_dialog, enabled=lambda: upload_chosen() and context.editor.document is not None),
            MenuEntry(QCoreApplication.translate("DatoCMS", "Publish a &Dotsub media's languages…"), PAGE,
                      page.open_batch_dialog, enabled=lambda: upload_chosen() and controller.dotsub_configured()),
            MenuEntry(QCoreApplication.translate("DatoCMS", "&Generate subtitles…"), PAGE, page.open_generate_dialog,
                      enabled=upload_chosen), None,
            MenuEntry(QCoreApplication.translate("DatoCMS", "&Reload"), PAGE, controller.reload)])
    return context.datocms
