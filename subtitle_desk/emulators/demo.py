"""Start every emulator at once: the storage host plus Dotsub, DatoCMS and cielo24, each on its
own port of 127.0.0.1, with demo credentials. Used by ``subtitle-desk --demo``,
``subtitle-desk emulators`` and end-to-end tests.

    emulators = start_all()
    settings = emulators.settings()          # points every service at the emulators
    emulators.apply_secrets(secret_store)    # demo credentials, for this session only
    ...
    emulators.stop()
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from subtitle_desk.core.services.config import (
    Cielo24Settings,
    DatocmsSettings,
    DotsubSettings,
    Settings,
)

from .server import ServedApp
from .storage import StorageHost

__all__ = ["Emulators", "start_all", "demo_resources_dir"]


def demo_resources_dir() -> Path:
    """``resources/demo`` (the demo video and its English transcript) at the project root."""
    return Path(__file__).resolve().parents[2] / "resources" / "demo"


@dataclass
class Emulators:
    storage: StorageHost
    dotsub: Any
    datocms: Any
    cielo24: Any
    servers: dict[str, ServedApp] = field(default_factory=dict)
    #: Demo credentials: SecretStore key -> value (session-only secrets).
    secrets: dict[str, str] = field(default_factory=dict)
    dotsub_client_id: str = ""
    dotsub_audience: str = "https://videotms.com/api/v3/"
    cielo24_username: str = ""

    @property
    def urls(self) -> dict[str, str]:
        urls = {name: served.base_url for name, served in self.servers.items()}
        urls["storage"] = self.storage.base_url
        return urls

    def settings(self) -> Settings:
        urls = self.urls
        return Settings(
            dotsub=DotsubSettings(api_url=urls["dotsub"], login_url=urls["dotsub"],
                                  client_id=self.dotsub_client_id, audience=self.dotsub_audience),
            datocms=DatocmsSettings(api_url=urls["datocms"]),
            cielo24=Cielo24Settings(api_url=urls["cielo24"], username=self.cielo24_username),
        )

    def apply_secrets(self, store: Any) -> None:
        """Put the demo credentials in ``store``'s session layer (never the keyring)."""
        for key, value in self.secrets.items():
            store.set(key, value, persist=False)

    def environment(self) -> dict[str, str]:
        """``SUBTITLE_DESK_*`` variables that point a CLI run at these emulators."""
        urls = self.urls
        return {
            "SUBTITLE_DESK_DOTSUB_API_URL": urls["dotsub"],
            "SUBTITLE_DESK_DOTSUB_LOGIN_URL": urls["dotsub"],
            "SUBTITLE_DESK_DOTSUB_CLIENT_ID": self.dotsub_client_id,
            "SUBTITLE_DESK_DOTSUB_CLIENT_SECRET": self.secrets["dotsub.client_secret"],
            "SUBTITLE_DESK_DATOCMS_API_URL": urls["datocms"],
            "SUBTITLE_DESK_DATOCMS_TOKEN": self.secrets["datocms.token"],
            "SUBTITLE_DESK_CIELO24_API_URL": urls["cielo24"],
            "SUBTITLE_DESK_CIELO24_USERNAME": self.cielo24_username,
            "SUBTITLE_DESK_CIELO24_API_KEY": self.secrets["cielo24.api_key"],
        }

    def to_json(self) -> dict[str, Any]:
        """What the port file holds: base URLs, demo credentials and the matching environment."""
        return {
            "urls": self.urls,
            "dotsub": {"api_url": self.urls["dotsub"], "login_url": self.urls["dotsub"],
                       "client_id": self.dotsub_client_id,
                       "client_secret": self.secrets["dotsub.client_secret"],
                       "audience": self.dotsub_audience},
            "datocms": {"api_url": self.urls["datocms"], "token": self.secrets["datocms.token"]},
            "cielo24": {"api_url": self.urls["cielo24"], "username": self.cielo24_username,
                        "api_key": self.secrets["cielo24.api_key"]},
            "storage": {"base_url": self.storage.base_url},
            "environment": self.environment(),
        }

    def dumps(self) -> str:
        return json.dumps(self.to_json(), indent=2)

    def stop(self) -> None:
        for served in reversed(list(self.servers.values())):
            served.stop()
        self.servers.clear()
        close = getattr(self.cielo24, "close", None)
        if callable(close):
            close()
        self.storage.stop()

    def __enter__(self) -> "Emulators":
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def start_all(data_dir: Path | None = None) -> Emulators:
    """Serve the storage host and the three service emulators; the caller must ``stop()``.

    ``data_dir`` keeps uploaded bytes there (``storage/``, ``cielo24/``) instead of temporary
    directories that vanish on ``stop()``.
    """
    from . import cielo24, datocms, dotsub  # written alongside; imported only when needed

    storage = StorageHost(Path(data_dir) / "storage" if data_dir is not None else None)
    storage.start()
    servers: dict[str, ServedApp] = {}
    try:
        dotsub_emulator = dotsub.DotsubEmulator(storage)
        datocms_emulator = datocms.DatocmsEmulator(storage)
        cielo24_options: dict[str, Any] = {"demo_dir": demo_resources_dir()}
        if data_dir is not None:
            cielo24_options["media_dir"] = Path(data_dir) / "cielo24"
        cielo24_emulator = cielo24.Cielo24Emulator(storage, **cielo24_options)
        for name, emulator in (("dotsub", dotsub_emulator), ("datocms", datocms_emulator),
                               ("cielo24", cielo24_emulator)):
            servers[name] = ServedApp(emulator.app, name=name).start()
    except BaseException:
        for served in servers.values():
            served.stop()
        storage.stop()
        raise
    return Emulators(
        storage=storage,
        dotsub=dotsub_emulator,
        datocms=datocms_emulator,
        cielo24=cielo24_emulator,
        servers=servers,
        secrets={
            "dotsub.client_secret": dotsub.DEMO_CLIENT_SECRET,
            "datocms.token": datocms.DEMO_TOKEN,
            "cielo24.api_key": cielo24.DEMO_API_KEY,
        },
        dotsub_client_id=dotsub.DEMO_CLIENT_ID,
        dotsub_audience=getattr(dotsub, "DEMO_AUDIENCE", "https://videotms.com/api/v3/"),
        cielo24_username=cielo24.DEMO_USERNAME,
    )
