"""The desk's cielo24 page: transcription jobs, media (local file with progress, or URL), the
transcription order, the status followed until Complete, and the captions opened in the editor.

    from subtitle_desk.ui.desk import cielo24
    cielo24.install(context)               # adds the "cielo24" page and menu
    part = context.cielo24                 # Cielo24Pages: .page, .controller, .menu
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from subtitle_desk.ui.desk.widgets import MenuEntry, ServicePages, add_service_page
from subtitle_desk.ui.icons import themed_icon

from .controller import Cielo24Controller
from .page import Cielo24Page

if TYPE_CHECKING:
    from subtitle_desk.ui.desk.context import DeskContext

__all__ = ["install", "Cielo24Pages", "Cielo24Controller", "Cielo24Page", "PAGE"]

PAGE = "cielo24"
Cielo24Pages = ServicePages[Cielo24Page]


def install(context: DeskContext) -> Cielo24Pages:
    """Build the cielo24 page and menu, add them to the window, set ``context.cielo24``."""
    page = Cielo24Page(context)
    context.cielo24 = add_service_page(
        context.window, PAGE, page, themed_icon("audio-input-microphone", "SP_MediaVolume"),
        QCoreApplication.translate("cielo24", "c&ielo24"), [
            MenuEntry(QCoreApplication.translate("cielo24", "&Jobs"), PAGE), None,
            MenuEntry(QCoreApplication.translate("cielo24", "&New job…"), PAGE, page.open_new_dialog,
                      enabled=page.new_button.isEnabled),
            MenuEntry(QCoreApplication.translate("cielo24", "Add &media to the selected job…"), PAGE,
                      page.open_media_dialog, enabled=page.media_button.isEnabled),
            MenuEntry(QCoreApplication.translate("cielo24", "Request &transcription…"), PAGE,
                      page.open_order_dialog, enabled=page.order_button.isEnabled),
            MenuEntry(QCoreApplication.translate("cielo24", "&Open captions in editor"), then=page.open_selected,
                      enabled=page.open_button.isEnabled), None,
            MenuEntry(QCoreApplication.translate("cielo24", "&Refresh"), PAGE, page.refresh)])
    return context.cielo24
