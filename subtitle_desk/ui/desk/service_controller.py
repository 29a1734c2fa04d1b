"""The base of the controllers behind the desk's service pages (``widgets.ServicePage``): what
such a page asks of its controller.

    class Cielo24Controller(ServiceController):
        SERVICE = "cielo24"                  # the services' name: context.services.cielo24_configured()
        loadingChanged = Signal(bool)        # the page's own signals
        def __init__(self, context, parent=None):
            super().__init__(context, parent)
            self.jobs = JobsModel(self)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from subtitle_desk.ui.desk.context import DeskContext

__all__ = ["ServiceController"]


class ServiceController(QObject):
    """A service page's controller: it works through ``context`` (its runner, and its services,
    asked afresh each call because the settings may change while the app runs) and says whether
    its service is set up (the page shows its setup prompt until it is).

    Subclasses set ``SERVICE``, the name the services container knows the service by."""

    SERVICE = ""

    def __init__(self, context: DeskContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context

    def configured(self) -> bool:
        return bool(getattr(self.context.services, f"{self.SERVICE}_configured")())
