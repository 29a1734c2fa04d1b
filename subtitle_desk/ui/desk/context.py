"""What every desk page is given: the window, the task runner, the editor, and the services.

Pages never keep a service client: settings can change while the app runs (the settings dialog
calls :meth:`DeskContext.reconfigure`), so they ask ``context.services.dotsub`` each time they
start an operation. Widgets never build HTTP requests; they call page controllers, which call the
core clients through ``context.runner``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, QStandardPaths, Signal

from subtitle_desk.core import paths
from subtitle_desk.core.services.config import Settings, save_settings
from subtitle_desk.core.services.container import Services
from subtitle_desk.core.services.secrets import SecretStore

if TYPE_CHECKING:
    from subtitle_desk.ui.desk.cielo24 import Cielo24Pages
    from subtitle_desk.ui.desk.connect import ConnectPages
    from subtitle_desk.ui.desk.datocms import DatocmsPages
    from subtitle_desk.ui.desk.dotsub import DotsubPages
    from subtitle_desk.ui.desk.uploads import UploadsPages
    from subtitle_desk.ui.desk.workspace import EditorWorkspace
    from subtitle_desk.ui.editor.controller import EditorController
    from subtitle_desk.ui.editor.page import EditorPage
    from subtitle_desk.ui.main_window import MainWindow
    from subtitle_desk.ui.runner import ActivityModel, TaskRunner

__all__ = ["DeskContext", "cache_dir", "work_dir", "CACHE_DIR_ENV"]

CACHE_DIR_ENV = "SUBTITLE_DESK_CACHE_DIR"


def cache_dir() -> Path:
    """Where thumbnails, downloaded videos and waveform peaks are cached (env override for tests):
    only what can be fetched again, since cleaning tools may empty it. Work lives in work_dir()."""
    forced = os.environ.get(CACHE_DIR_ENV)
    base = Path(forced) if forced else Path(
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation) or "~/.cache/subtitle-desk"
    ).expanduser()
    base.mkdir(parents=True, exist_ok=True)
    return base


def work_dir() -> Path:
    """Where downloaded subtitles being worked on and files about to be sent are kept: the user
    data directory's ``work`` folder (``core.paths``), not the cache."""
    base = paths.work_dir()
    base.mkdir(parents=True, exist_ok=True)
    return base


class _Signals(QObject):
    #: The service settings or secrets changed: pages refresh what they show.
    servicesChanged = Signal()


@dataclass
class DeskContext:
    window: "MainWindow"
    runner: "TaskRunner"
    activity: "ActivityModel"
    editor: "EditorController"
    editor_page: "EditorPage"
    #: UI preferences (window layout, last choices).
    ui_settings: QSettings
    #: Service settings (base URLs, ids; never secrets) and the secrets (OS keyring or memory).
    service_settings: Settings
    secrets: SecretStore
    services: Services
    #: True when the services are the built-in local emulators (``--demo``).
    demo: bool = False
    #: Where the service settings are saved; None for demo/test runs (nothing written).
    settings_path: Path | None = None
    signals: _Signals = field(default_factory=_Signals)
    # The page groups, each set by its ``install`` (None until installed, e.g. in a test that
    # installs one page only).
    workspace: EditorWorkspace | None = None
    dotsub: DotsubPages | None = None
    uploads: UploadsPages | None = None
    datocms: DatocmsPages | None = None
    cielo24: Cielo24Pages | None = None
    connect: ConnectPages | None = None
    _retired: list[Services] = field(default_factory=list)

    @property
    def cache_dir(self) -> Path:
        return cache_dir()

    @property
    def work_dir(self) -> Path:
        return work_dir()

    def reconfigure(self, settings: Settings) -> None:
        """Use new service settings (and whatever the secret store now holds) from now on.

        Running operations keep the clients they started with; those are closed at exit."""
        self._retired.append(self.services)
        self.service_settings = settings
        if self.settings_path is not None:
            save_settings(settings, self.settings_path)
        self.services = Services(settings, self.secrets)
        self.signals.servicesChanged.emit()

    async def aclose(self) -> None:
        for services in [*self._retired, self.services]:
            await services.aclose()
        self._retired.clear()
