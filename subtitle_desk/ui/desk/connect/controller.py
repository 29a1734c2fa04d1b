"""What the settings dialogs do: try a service with the values being edited, and save them.

A connection test never touches the running services: it builds a throw-away ``Services`` over
the draft settings and a memory-only secret store holding the draft (or the stored) secrets, asks
the service something small through the task runner, and reports the service's own answer.
Saving puts secrets in ``context.secrets`` (the OS keyring, or memory when there is none) and the
rest in ``context.reconfigure(settings)``: the settings file never holds a secret.
"""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from subtitle_desk.core.services.config import Settings
from subtitle_desk.core.services.container import Services
from subtitle_desk.core.services.errors import ServiceError
from subtitle_desk.core.services.secrets import SecretStore
from subtitle_desk.ui.runner import ReportedError

if TYPE_CHECKING:
    from subtitle_desk.ui.desk.context import DeskContext

__all__ = ["ConnectController", "SERVICE_LABELS", "SERVICE_SECRETS", "SAVED", "service_configured"]

#: The origin of a test of the settings in use (not a dialog's draft).
SAVED = "saved"

SERVICE_LABELS = {"dotsub": "Dotsub", "datocms": "DatoCMS", "cielo24": "cielo24"}
#: The secrets each service's dialog edits (SecretStore keys).
SERVICE_SECRETS = {
    "dotsub": ("dotsub.client_secret",),
    "datocms": ("datocms.token",),
    "cielo24": ("cielo24.api_key", "cielo24.password"),
}
#: Cached login tokens that belong to the old credentials once they change.
_DERIVED_SECRETS = {"dotsub": ("dotsub.token",), "datocms": (), "cielo24": ("cielo24.api_token",)}


def service_configured(services: Services, service: str) -> bool:
    return {"dotsub": services.dotsub_configured, "datocms": services.datocms_configured,
            "cielo24": services.cielo24_configured}[service]()


class ConnectController(QObject):
    """Tests and saves one service's connection settings for the dialogs and the Accounts page."""

    #: (service, ok, message, origin): the service's own answer to a connection test started by
    #: ``origin`` ("saved" for the settings in use, else the dialog that tested its draft).
    tested = Signal(str, bool, str, str)
    #: (service): new settings or secrets were saved and are in use.
    saved = Signal(str)

    def __init__(self, context: DeskContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        #: The last test of the settings in use, per service: (ok, message).
        self.results: dict[str, tuple[bool, str]] = {}

    # -- drafts ------------------------------------------------------------------------------
    def draft_secrets(self, service: str, edits: Mapping[str, str | None]) -> dict[str, str]:
        """The secrets a test should use: the edited ones, else what is stored."""
        values: dict[str, str] = {}
        for key in SERVICE_SECRETS[service]:
            edited = edits.get(key)
            value = edited if edited is not None else (self.context.secrets.get(key) or "")
            if value:
                values[key] = value
        return values

    # -- testing -----------------------------------------------------------------------------
    def test_connection(self, service: str, settings: Settings,
                        secret_edits: Mapping[str, str | None], *, origin: str = SAVED) -> asyncio.Task:
        """Start a connection test through the runner; ``tested`` reports the answer, and the
        activity panel shows it (failed with the service's message when it was refused)."""
        secrets = self.draft_secrets(service, secret_edits)
        label = SERVICE_LABELS[service]

        async def run() -> None:
            try:
                message = await self.probe(service, settings, secrets)
            except ServiceError as exc:
                text = str(exc) or type(exc).__name__
                self._report(service, False, text, origin)
                raise ReportedError(text) from exc
            self._report(service, True, message, origin)

        return self.context.runner.run(f"connect:test:{service}:{origin}", run(),
                                       title=self.tr("Testing the {service} connection").format(service=label))

    def _report(self, service: str, ok: bool, message: str, origin: str) -> None:
        if origin == SAVED:
            self.results[service] = (ok, message)
        self.tested.emit(service, ok, message, origin)

    async def probe(self, service: str, settings: Settings, secrets: Mapping[str, str]) -> str:
        """Ask ``service`` something small with these settings; the success text, or raise the
        service's error (``ServiceError``, ``str()`` is its message)."""
        store = SecretStore(use_keyring=False)
        for key, value in secrets.items():
            store.set(key, value, persist=False)
        services = Services(settings, store)
        try:
            if service == "dotsub":
                client = services.dotsub
                languages = await client.list_organization_languages()
                projects = await client.list_projects(page_size=1)
                names = ", ".join(str(lang.get("localizedName") or lang.get("name") or lang.get("id"))
                                  for lang in languages[:4])
                if len(languages) > 4:
                    names = self.tr("{names} and {count} more").format(names=names, count=len(languages) - 4)
                return self.tr("Connected to Dotsub: organization {organization}, {projects}, {languages} ({names}).").format(
                    organization=await client.organization_id(),
                    projects=self.tr("%n project(s)", "", projects.total_elements),
                    languages=self.tr("%n language(s)", "", len(languages)), names=names)
            if service == "datocms":
                page = await services.datocms.list_uploads(limit=1, type=None)
                environment = settings.datocms.environment or self.tr("primary environment")
                return self.tr("Connected to DatoCMS ({environment}): {uploads} in the Media Area.").format(
                    environment=environment, uploads=self.tr("%n upload(s)", "", page.total_count))
            if service == "cielo24":
                user = await services.cielo24.login()
                jobs = await services.cielo24.job_list()
                await services.cielo24.logout()
                return self.tr("Connected to cielo24 as {user}: {jobs} in the account.").format(
                    user=user, jobs=self.tr("%n job(s)", "", len(jobs)))
            raise ValueError(f"unknown service {service!r}")
        finally:
            await services.aclose()

    # -- saving ------------------------------------------------------------------------------
    def save(self, service: str, settings: Settings, secret_edits: Mapping[str, str | None]) -> None:
        """Store the edited secrets (``None`` keeps, ``""`` forgets) and use ``settings``."""
        store = self.context.secrets
        old = getattr(self.context.service_settings, service)
        new = getattr(settings, service)
        changed = dataclasses.asdict(old) != dataclasses.asdict(new)
        for key in SERVICE_SECRETS[service]:
            value = secret_edits.get(key)
            if value is None:
                continue
            changed = True
            if value:
                store.set(key, value)
            else:
                store.delete(key)
        if changed:
            for key in _DERIVED_SECRETS[service]:
                store.delete(key)  # a login token of the old account must not be reused
        self.results.pop(service, None)  # it tested what was in use before
        self.context.reconfigure(settings)
        self.saved.emit(service)
