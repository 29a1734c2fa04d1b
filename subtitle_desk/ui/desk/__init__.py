"""The desk: the service pages around the editor, composed once over a :class:`DeskContext`.

``install_desk`` is called by the composition root (``ui/app.py``) once the window exists. It
chooses the service settings and secret store (the user's own, or the built-in local services with
``--demo`` or the first-start offer), then installs every page package in order: the editor
workspace first (the others open their subtitles through it), then Dotsub, Upload, DatoCMS,
cielo24 and Setup.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from subtitle_desk.core.services.config import load_settings, settings_path
from subtitle_desk.core.services.container import Services
from subtitle_desk.core.services.secrets import SecretStore

from .context import DeskContext

if TYPE_CHECKING:
    from subtitle_desk.ui.app import Runtime, Shell

__all__ = ["install_desk", "DeskContext"]

log = logging.getLogger(__name__)


def install_desk(shell: Shell, *, args: argparse.Namespace, runtime: Runtime) -> DeskContext:
    """Build the context over ``shell`` and install every page.

    ``runtime.demo`` is the running emulators when the app was started with ``--demo``. Returns
    the context (its ``aclose()`` closes the HTTP clients at exit)."""
    demo = runtime.demo
    if demo is not None:
        # Demo credentials live for the session only; the keyring is not touched at all.
        secrets = SecretStore(use_keyring=False)
        demo.apply_secrets(secrets)
        service_settings, path = demo.settings(), None
    else:
        secrets = SecretStore()
        if not secrets.available:
            log.warning("%s", secrets.status_message)
        service_settings, path = load_settings(secrets=secrets), settings_path()
    context = DeskContext(window=shell.window, runner=shell.runner, activity=shell.activity,
                          editor=shell.controller, editor_page=shell.page, ui_settings=shell.settings,
                          service_settings=service_settings, secrets=secrets,
                          services=Services(service_settings, secrets), demo=demo is not None,
                          settings_path=path)

    from . import cielo24, connect, datocms, dotsub, uploads, workspace

    work = workspace.install(context)
    dotsub_part = dotsub.install(context)
    # A send may complete the task: the task list shows it at once.
    work.sent.connect(lambda *_: dotsub_part.tasks_page.reload())
    uploads.install(context)
    datocms.install(context)
    cielo24.install(context)
    part = connect.install(context)
    part.demoRequested.connect(lambda: context.runner.run(
        "desk.start-demo", _switch_to_demo(context, runtime),
        title=QCoreApplication.translate("Desk", "Starting the built-in local services")))
    if not getattr(args, "smoke_test", False) and connect.should_offer_first_start(context):
        part.offer_first_start()
    if context.demo and not getattr(args, "file", None):
        context.window.show_page(dotsub.TASKS_PAGE)  # the morning starts with the task list
    return context


async def _switch_to_demo(context: DeskContext, runtime: Runtime) -> None:
    """Start the local emulators (off the UI thread) and point every page at them."""
    from subtitle_desk.emulators import demo as demo_module

    emulators = await asyncio.to_thread(demo_module.start_all)
    runtime.demo = emulators
    runtime.closers.append(emulators)
    context.secrets = SecretStore(use_keyring=False)
    emulators.apply_secrets(context.secrets)
    context.settings_path = None  # the demo's addresses are never saved as the user's settings
    context.demo = True
    context.reconfigure(emulators.settings())
    context.window.show_message(QCoreApplication.translate("Desk", "Demo services on this computer: {services}").format(
        services=", ".join(f"{name} {url}" for name, url in sorted(emulators.urls.items()))), 0)
