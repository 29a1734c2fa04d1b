"""The one place that builds the service clients from settings and secrets.

    async with open_services(settings, secrets) as services:
        media = await services.dotsub.list_media()

Each client gets its own ``httpx.AsyncClient`` (so a slow upload to one service never holds up
another's connection pool), built on first use. ``storage_http`` carries no credentials at all: it
is for presigned URLs, where a bearer token must never be sent. A service without credentials
raises :class:`NotConfiguredError` when used, saying what to add in Settings.

The Dotsub login token is kept in the OS keyring; when the store wanted one but the machine has
none, in a private file in the cache directory (Dotsub limits how many tokens may be minted, so
each run must not mint its own). Demo and test stores (``use_keyring=False``) keep it in memory.
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Any

import httpx

from .config import Settings, dotsub_token_path
from .errors import ServiceError
from .http import DEFAULT_TIMEOUT
from .secrets import FileTokenCache, KeyringTokenCache, SecretStore

if TYPE_CHECKING:  # the clients are imported when first used
    from .cielo24 import Cielo24Client
    from .datocms import DatocmsClient
    from .dotsub import DotsubClient

__all__ = ["Services", "open_services", "NotConfiguredError", "new_http", "storage_http_client"]

#: Uploads to presigned URLs stream for minutes: no overall read/write deadline per chunk beyond
#: this, but connect fast.
STORAGE_TIMEOUT = httpx.Timeout(120.0, connect=10.0)


class NotConfiguredError(ServiceError):
    """A service was used before its account details were added in Settings."""


class Services:
    """The three service clients and a credential-free client for presigned URLs."""

    def __init__(self, settings: Settings, secrets: SecretStore, *,
                 transport: httpx.AsyncBaseTransport | None = None) -> None:
        self.settings = settings
        self.secrets = secrets
        self._transport = transport  # tests inject an ASGI/mock transport here
        self._https: list[httpx.AsyncClient] = []
        self._clients: dict[str, Any] = {}
        self._closed = False
        self.storage_http = self._new_http(STORAGE_TIMEOUT)

    def _new_http(self, timeout: httpx.Timeout = DEFAULT_TIMEOUT) -> httpx.AsyncClient:
        if self._closed:
            raise RuntimeError("the services are closed")
        http = new_http(timeout, transport=self._transport)
        self._https.append(http)
        return http

    # -- configuration state ---------------------------------------------------------------

    def dotsub_configured(self) -> bool:
        return bool(self.settings.dotsub.client_id and self.secrets.get("dotsub.client_secret"))

    def datocms_configured(self) -> bool:
        return bool(self.secrets.get("datocms.token"))

    def cielo24_configured(self) -> bool:
        return bool(self.settings.cielo24.username and (
            self.secrets.get("cielo24.api_key") or self.secrets.get("cielo24.password")))

    # -- clients ---------------------------------------------------------------------------

    @property
    def dotsub(self) -> "DotsubClient":
        if "dotsub" not in self._clients:
            secret = self.secrets.get("dotsub.client_secret")
            config = self.settings.dotsub
            if not (config.client_id and secret):
                raise NotConfiguredError(
                    "Dotsub is not set up: add a client ID and secret in Settings", service="dotsub")
            from .dotsub import DotsubClient

            self._clients["dotsub"] = DotsubClient(
                self._new_http(), api_url=config.api_url, login_url=config.login_url,
                client_id=config.client_id, client_secret=secret, audience=config.audience,
                token_cache=self._dotsub_token_cache())
        return self._clients["dotsub"]

    def _dotsub_token_cache(self) -> KeyringTokenCache | FileTokenCache:
        if self.secrets.wants_keyring and not self.secrets.available:
            return FileTokenCache(dotsub_token_path())
        return KeyringTokenCache(self.secrets, "dotsub.token")

    @property
    def datocms(self) -> "DatocmsClient":
        if "datocms" not in self._clients:
            token = self.secrets.get("datocms.token")
            if not token:
                raise NotConfiguredError(
                    "DatoCMS is not set up: add an API token in Settings", service="datocms")
            from .datocms import DatocmsClient

            config = self.settings.datocms
            self._clients["datocms"] = DatocmsClient(
                self._new_http(), api_url=config.api_url, token=token,
                environment=config.environment, storage_http=self.storage_http)
        return self._clients["datocms"]

    @property
    def cielo24(self) -> "Cielo24Client":
        if "cielo24" not in self._clients:
            config = self.settings.cielo24
            api_key = self.secrets.get("cielo24.api_key")
            password = self.secrets.get("cielo24.password")
            if not (config.username and (api_key or password)):
                raise NotConfiguredError(
                    "cielo24 is not set up: add a username and an API key (or password) in Settings",
                    service="cielo24")
            from .cielo24 import Cielo24Client

            self._clients["cielo24"] = Cielo24Client(
                self._new_http(), api_url=config.api_url, username=config.username,
                api_key=api_key or None, password=password or None)
        return self._clients["cielo24"]

    def forget(self, service: str) -> None:
        """Drop a built client so the next use picks up changed settings or secrets.

        Its HTTP client stays open until :meth:`aclose` (a task may still be using it)."""
        self._clients.pop(service, None)

    async def aclose(self) -> None:
        self._closed = True
        https, self._https = self._https, []
        for http in https:
            await http.aclose()


def new_http(timeout: httpx.Timeout = DEFAULT_TIMEOUT, *,
             transport: httpx.AsyncBaseTransport | None = None) -> httpx.AsyncClient:
    """An HTTP client as every service client gets one: no redirects followed, the app's
    User-Agent, no credentials (each client adds its own)."""
    return httpx.AsyncClient(timeout=timeout, transport=transport, follow_redirects=False,
                             headers={"User-Agent": _user_agent()})


def storage_http_client() -> httpx.AsyncClient:
    """A credential-free client for presigned and public file URLs (``Services.storage_http``'s
    kind), for a loop that keeps its own (a worker loop's downloads)."""
    return new_http(STORAGE_TIMEOUT)


def _user_agent() -> str:
    from subtitle_desk import __version__

    return f"subtitle-desk/{__version__}"


@contextlib.asynccontextmanager
async def open_services(settings: Settings, secrets: SecretStore, *,
                        transport: httpx.AsyncBaseTransport | None = None) -> AsyncIterator[Services]:
    services = Services(settings, secrets, transport=transport)
    try:
        yield services
    finally:
        await services.aclose()
