"""Settings: service addresses and account names in a JSON file, secrets in the keyring.

The settings file lives in the user's config directory (``SUBTITLE_DESK_CONFIG_DIR`` overrides
it) and never holds a secret: client secrets, tokens and API keys go to :class:`SecretStore`.
Environment variables override the file for one run (scripts, CI, the demo):

    SUBTITLE_DESK_DOTSUB_API_URL  SUBTITLE_DESK_DOTSUB_LOGIN_URL  SUBTITLE_DESK_DOTSUB_CLIENT_ID
    SUBTITLE_DESK_DOTSUB_CLIENT_SECRET*
    SUBTITLE_DESK_DATOCMS_API_URL  SUBTITLE_DESK_DATOCMS_ENVIRONMENT  SUBTITLE_DESK_DATOCMS_TOKEN*
    SUBTITLE_DESK_CIELO24_API_URL  SUBTITLE_DESK_CIELO24_USERNAME
    SUBTITLE_DESK_CIELO24_API_KEY*  SUBTITLE_DESK_CIELO24_PASSWORD*

The starred ones are secrets: they go to the store's session layer (memory) only.

The cache directory (:func:`cache_dir`, ``SUBTITLE_DESK_CACHE_DIR`` overrides it) holds what can
be lost without harm, such as the Dotsub login token on a machine without a keyring.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import os
import sys
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .secrets import SecretStore

__all__ = [
    "DotsubSettings",
    "DatocmsSettings",
    "Cielo24Settings",
    "Settings",
    "config_dir",
    "settings_path",
    "cache_dir",
    "dotsub_token_path",
    "load_settings",
    "save_settings",
    "ENV_SECRETS",
]

log = logging.getLogger(__name__)

SETTINGS_FILE = "settings.json"
APP_DIR = "subtitle-desk"


@dataclass
class DotsubSettings:
    api_url: str = "https://videotms.com"
    login_url: str = "https://login.videotms.com"
    client_id: str = ""
    audience: str = "https://videotms.com/api/v3/"


@dataclass
class DatocmsSettings:
    api_url: str = "https://site-api.datocms.com"
    environment: str | None = None


@dataclass
class Cielo24Settings:
    api_url: str = "https://api.cielo24.com"
    username: str = ""


@dataclass
class Settings:
    dotsub: DotsubSettings = field(default_factory=DotsubSettings)
    datocms: DatocmsSettings = field(default_factory=DatocmsSettings)
    cielo24: Cielo24Settings = field(default_factory=Cielo24Settings)

    def to_json(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> "Settings":
        """Build settings from a parsed file, ignoring unknown keys (and so any stray secret)."""
        sections = {"dotsub": DotsubSettings, "datocms": DatocmsSettings, "cielo24": Cielo24Settings}
        values: dict[str, Any] = {}
        for name, section in sections.items():
            raw = data.get(name)
            known = {f.name for f in dataclasses.fields(section)}
            if isinstance(raw, Mapping):
                values[name] = section(**{key: value for key, value in raw.items()
                                          if key in known and (value is None or isinstance(value, str))})
            else:
                values[name] = section()
        return cls(**values)


#: Plain settings from the environment: variable -> (section, field).
ENV_SETTINGS = {
    "SUBTITLE_DESK_DOTSUB_API_URL": ("dotsub", "api_url"),
    "SUBTITLE_DESK_DOTSUB_LOGIN_URL": ("dotsub", "login_url"),
    "SUBTITLE_DESK_DOTSUB_CLIENT_ID": ("dotsub", "client_id"),
    "SUBTITLE_DESK_DATOCMS_API_URL": ("datocms", "api_url"),
    "SUBTITLE_DESK_DATOCMS_ENVIRONMENT": ("datocms", "environment"),
    "SUBTITLE_DESK_CIELO24_API_URL": ("cielo24", "api_url"),
    "SUBTITLE_DESK_CIELO24_USERNAME": ("cielo24", "username"),
}

#: Secrets from the environment: variable -> SecretStore key (session only).
ENV_SECRETS = {
    "SUBTITLE_DESK_DOTSUB_CLIENT_SECRET": "dotsub.client_secret",
    "SUBTITLE_DESK_DATOCMS_TOKEN": "datocms.token",
    "SUBTITLE_DESK_CIELO24_API_KEY": "cielo24.api_key",
    "SUBTITLE_DESK_CIELO24_PASSWORD": "cielo24.password",
}


def _user_dir(env: Mapping[str, str], override: str, windows: tuple[str, tuple[str, ...]], mac: tuple[str, ...],
              xdg: tuple[str, str]) -> Path:
    """``env[override]`` when set, else the platform's folder: on Windows ``%windows[0]%`` (or
    ``~/windows[1]``), on macOS ``~/mac``, elsewhere ``$xdg[0]`` (or ``~/xdg[1]``) / the app."""
    if env.get(override):
        return Path(env[override])
    home = Path(env.get("HOME") or Path.home())
    if sys.platform == "win32":
        variable, fallback = windows
        return Path(env.get(variable) or home.joinpath(*fallback)) / "Subtitle Desk"
    if sys.platform == "darwin":
        return home.joinpath(*mac, "Subtitle Desk")
    variable, fallback_name = xdg
    return Path(env.get(variable) or home / fallback_name) / APP_DIR


def config_dir(env: Mapping[str, str] = os.environ) -> Path:
    """Where the settings file lives on this platform."""
    return _user_dir(env, "SUBTITLE_DESK_CONFIG_DIR", ("APPDATA", ("AppData", "Roaming")),
                     ("Library", "Application Support"), ("XDG_CONFIG_HOME", ".config"))


def settings_path(env: Mapping[str, str] = os.environ) -> Path:
    return config_dir(env) / SETTINGS_FILE


def cache_dir(env: Mapping[str, str] = os.environ) -> Path:
    """The user's cache directory for the app (the one the waveform cache uses); not created here."""
    folder = _user_dir(env, "SUBTITLE_DESK_CACHE_DIR", ("LOCALAPPDATA", ("AppData", "Local")),
                       ("Library", "Caches"), ("XDG_CACHE_HOME", ".cache"))
    if sys.platform == "win32" and not env.get("SUBTITLE_DESK_CACHE_DIR"):
        return folder / "Cache"
    return folder


def dotsub_token_path(env: Mapping[str, str] = os.environ) -> Path:
    """Where the Dotsub login token is kept when there is no OS keyring."""
    return cache_dir(env) / "dotsub-token.json"


def load_settings(path: Path | None = None, env: Mapping[str, str] = os.environ,
                  secrets: SecretStore | None = None) -> Settings:
    """Read the settings file (defaults if it is missing or unreadable), then apply the
    environment; secret variables go to ``secrets``' session layer when a store is given."""
    path = Path(path) if path is not None else settings_path(env)
    settings = Settings()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(data, Mapping):
            settings = Settings.from_json(data)
        else:
            log.warning("ignoring %s: not a JSON object", path)
    except FileNotFoundError:
        pass
    except (OSError, ValueError) as exc:
        log.warning("ignoring unreadable settings file %s (%s)", path, type(exc).__name__)
    for variable, (section, name) in ENV_SETTINGS.items():
        value = env.get(variable)
        if value:
            setattr(getattr(settings, section), name, value.strip())
    if secrets is not None:
        for variable, key in ENV_SECRETS.items():
            value = env.get(variable)
            if value:
                secrets.set(key, value.strip(), persist=False)
    return settings


def save_settings(settings: Settings, path: Path | None = None) -> Path:
    """Write the settings file atomically (a temporary file renamed over the old one)."""
    path = Path(path) if path is not None else settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(settings.to_json(), indent=2, sort_keys=True) + "\n"
    fd, temporary = tempfile.mkstemp(prefix=".settings-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path
