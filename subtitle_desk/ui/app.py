"""The composition root of the desktop app: QApplication, the qasync loop, and every part wired once.

``run_app(args)`` is what ``subtitle-desk [FILE] [--demo] [--smoke-test]`` calls. It follows the
qasync advice measured on this stack: ``qasync.run(main())``, and the window's ``closed`` signal
ends ``main()`` (the app never calls ``QApplication.quit()`` from inside an async slot, which
breaks cleanup while an ``httpx.AsyncClient`` is open).

``build_shell(...)`` builds the window and the editor around it; tests call it with a temporary
settings file and data directory. ``start_runtime(args)`` decides what runs beside the window
(the local emulators with ``--demo``), and ``ui.desk.install_desk`` adds the service pages.
"""

from __future__ import annotations

import argparse
import asyncio
from concurrent.futures import ThreadPoolExecutor
import contextlib
import inspect
import logging
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths, Qt
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from subtitle_desk.core import paths
from subtitle_desk.core.storage import AutosaveStore
from subtitle_desk.ui.editor.autosave import (DEFAULT_AUTOSAVE_SECONDS, Autosaver, RestoreOffer, app_data_dir,
                                              recovery_dir)
from subtitle_desk.ui.editor.controller import EditorController
from subtitle_desk.ui.editor.page import EditorPage
from subtitle_desk.ui.gc_main_thread import MainThreadGarbageCollector
from subtitle_desk.ui.i18n import install_translations
from subtitle_desk.ui.errors import ErrorReporter, install_exception_hooks, show_error
from subtitle_desk.ui.main_window import APP_NAME, MainWindow
from subtitle_desk.ui.desk import install_desk
from subtitle_desk.ui.runner import ActivityModel, TaskRunner
from subtitle_desk.ui.theme import apply_theme, saved_theme

if TYPE_CHECKING:
    from subtitle_desk.emulators.demo import Emulators

__all__ = ["run_app", "build_shell", "Shell", "Runtime", "start_runtime",
           "make_settings", "app_icon", "autosave_interval_ms", "migrate_old_locations"]

log = logging.getLogger(__name__)

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
AUTOSAVE_ENV = "SUBTITLE_DESK_AUTOSAVE_SECONDS"


def app_icon() -> QIcon:
    """The SVG, drawn at whatever size and scale is asked (crisp at 100, 150 and 200 %), and the
    PNGs rendered from it (packaging/make_icons.py --resources) for where no SVG engine is."""
    icon = QIcon()
    svg = RESOURCES / "subtitle-desk.svg"
    if svg.is_file():
        icon.addFile(str(svg))
    pngs = sorted(RESOURCES.glob("subtitle-desk-*.png"), key=lambda p: int(p.stem.rsplit("-", 1)[1]))
    for path in pngs:
        icon.addFile(str(path))
    return icon


def make_settings(data_dir: Path | None = None) -> QSettings:
    """Settings in ``<data dir>/settings.ini`` when a data dir is forced (tests, portable runs),
    else the platform's usual place."""
    if data_dir is not None or os.environ.get("SUBTITLE_DESK_DATA_DIR"):
        base = data_dir or app_data_dir()
        base.mkdir(parents=True, exist_ok=True)
        return QSettings(str(base / "settings.ini"), QSettings.Format.IniFormat)
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, APP_NAME, "subtitle-desk")


def autosave_interval_ms(settings: QSettings) -> int:
    value = os.environ.get(AUTOSAVE_ENV) or settings.value("editor/autosave_seconds", DEFAULT_AUTOSAVE_SECONDS)
    try:
        seconds = float(value)
    except (TypeError, ValueError):
        seconds = DEFAULT_AUTOSAVE_SECONDS
    return max(10, int(seconds * 1000))


def _old_app_data_dir() -> Path | None:
    """Where versions before the data directory kept autosaves (Qt's AppDataLocation)."""
    if os.environ.get(paths.DATA_DIR_ENV):
        return None  # forced: the old and the new place are the same
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(location) if location else None


def migrate_old_locations() -> list[Path]:
    """Move what earlier versions kept elsewhere into the data directory, replacing nothing:
    work files from the cache folder (which cleaning tools may empty) and autosaves from Qt's
    AppDataLocation. Returns where the moved files are now."""
    from subtitle_desk.ui.desk.context import CACHE_DIR_ENV, cache_dir

    moved: list[Path] = []
    # Only between places of one kind: a run with just one of them forced (a test, a portable
    # copy) must neither empty the user's real cache nor fill the user's real data directory.
    if bool(os.environ.get(CACHE_DIR_ENV)) == bool(os.environ.get(paths.DATA_DIR_ENV)):
        moved += paths.move_tree(cache_dir() / "work", paths.work_dir())
    old = _old_app_data_dir()
    if old is not None:
        moved += paths.move_tree(old / "autosave", paths.recovery_dir())
    if moved:
        log.info("moved %d file(s) of earlier versions into %s", len(moved), paths.data_dir())
    return moved


# -- what runs beside the window -----------------------------------------------------------------
@dataclass
class Runtime:
    """What this run started besides the window: the local emulators with ``--demo`` (what
    ``emulators.demo.start_all()`` returned), and everything to close at exit."""

    demo: Emulators | None = None
    #: Things to close at exit (emulator servers, HTTP clients), closed in reverse order.
    closers: list[Any] = field(default_factory=list)

    async def aclose(self) -> None:
        for closer in reversed(self.closers):
            with contextlib.suppress(Exception):
                for name in ("aclose", "close", "stop", "stop_all", "shutdown"):
                    method = getattr(closer, name, None)
                    if method is not None:
                        result = method()
                        if inspect.isawaitable(result):
                            await result
                        break
        self.closers.clear()


def start_runtime(args: argparse.Namespace) -> Runtime:
    """Start what the run needs besides the window: the local emulators with ``--demo``."""
    runtime = Runtime()
    if getattr(args, "demo", False):
        from subtitle_desk.emulators import demo  # only a demo run pays for the servers

        runtime.demo = demo.start_all()
        runtime.closers.append(runtime.demo)
    return runtime


# -- the window --------------------------------------------------------------------------------
@dataclass
class Shell:
    """The main window with the editor, the runner and the autosave: what every run has, with or
    without the service pages (``ui.desk``)."""

    window: MainWindow
    controller: EditorController
    page: EditorPage
    runner: TaskRunner
    activity: ActivityModel
    autosaver: Autosaver
    store: AutosaveStore
    settings: QSettings
    reporter: ErrorReporter | None = None

    def offer_restore(self) -> RestoreOffer:
        """Ask about what a crash left in the autosave store (non-blocking)."""
        offer = RestoreOffer(self.store, self.window)
        offer.restored.connect(self._restore)
        self.restore_offer = offer
        offer.start()
        return offer

    def _restore(self, recovery: Any, document: Any) -> None:
        self.runner.cancel("editor.open")  # the restored work wins over a file still loading
        self.controller.set_document(document, recovery.original_path, dirty=True, session_key=recovery.key)
        self.window.show_message(QCoreApplication.translate("Shell", "Restored unsaved changes to {name}").format(
            name=self.controller.display_name))


def build_shell(settings: QSettings, *, data_dir: Path | None = None, autosave_ms: int | None = None) -> Shell:
    activity = ActivityModel()
    runner = TaskRunner(activity)
    controller = EditorController(runner)
    page = EditorPage(controller, settings)
    window = MainWindow(page, activity, settings)
    activity.setParent(window)
    runner.setParent(window)
    controller.setParent(window)
    store = AutosaveStore(recovery_dir(data_dir))
    autosaver = Autosaver(controller, store, interval_ms=autosave_ms or autosave_interval_ms(settings),
                          parent=window)
    page.discarded.connect(autosaver.discard_current)
    runner.failed.connect(lambda name, exc: show_error(window, QCoreApplication.translate("Shell", "Operation failed"),
                                                       f"{type(exc).__name__}: {exc}"))
    return Shell(window, controller, page, runner, activity, autosaver, store, settings)


# -- running -----------------------------------------------------------------------------------
def worker_threads() -> ThreadPoolExecutor:
    """The executor behind ``asyncio.to_thread`` in the app: plain Python threads. qasync's
    default runs Python work on QThread subclasses, whose Python wrappers Qt can outlive."""
    return ThreadPoolExecutor(max_workers=8, thread_name_prefix="desk-worker")


async def _main(app: QApplication, args: argparse.Namespace, runtime: Runtime) -> int:
    loop = asyncio.get_running_loop()
    loop.set_default_executor(worker_threads())
    try:
        await asyncio.to_thread(migrate_old_locations)
    except OSError as exc:  # whatever was not moved stays where it was, and is tried next start
        log.warning("cannot move files of earlier versions: %s", exc)
    settings = make_settings()
    install_translations(app, settings=settings)  # before any widget exists: every text is translated
    apply_theme(saved_theme(settings))  # before any widget exists: the window opens in it
    desk = build_shell(settings)
    desk.reporter = install_exception_hooks(loop, lambda: desk.window)
    context = install_desk(desk, args=args, runtime=runtime)
    closed = asyncio.Event()
    desk.window.closed.connect(closed.set)
    desk.window.restore_settings()
    desk.window.show()
    if runtime.demo is not None:
        desk.window.show_message(QCoreApplication.translate("Shell", "Demo services on this computer: {services}").format(
            services=", ".join(f"{name} {url}" for name, url in sorted(runtime.demo.urls.items()))), 0)
    try:
        if getattr(args, "smoke_test", False):
            return await _smoke(desk, args, runtime)
        if getattr(args, "file", None):
            desk.page.open_path(args.file)
        # Asked even when a file was named: a crash's unsaved work must not go unnoticed.
        desk.offer_restore()
        await closed.wait()
        return 0
    finally:
        desk.runner.cancel_all()
        await desk.runner.aclose()  # cancelled transfers unwind on the worker loop, which then stops
        desk.autosaver.stop()
        desk.store.close()  # recoveries still in it stay, to be offered at the next start
        with contextlib.suppress(Exception):
            await context.aclose()
        await runtime.aclose()


async def _smoke(desk: Shell, args: argparse.Namespace, runtime: Runtime) -> int:
    """``--smoke-test``: the installed app drives its own window through the demo services."""
    from subtitle_desk.ui.smoke import run_smoke_test

    result = run_smoke_test(desk, args, demo=runtime.demo)
    if inspect.isawaitable(result):
        result = await result
    if isinstance(result, bool):
        return 0 if result else 1
    return int(result or 0)


def run_app(args: argparse.Namespace) -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("httpx").setLevel(logging.WARNING)  # one line per request is noise, and URLs carry keys
    import qasync

    if QApplication.instance() is None:
        # 150 % stays 150 % (Qt 6's default, said here because it matters): fonts and layouts
        # scale by the desktop's factor, and what the app draws is vector or high-resolution.
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("subtitle-desk")
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setWindowIcon(app_icon())
    app.setQuitOnLastWindowClosed(False)  # main() ends when the window closes; see module doc
    collector = MainThreadGarbageCollector(app)  # never collect Qt objects on a worker thread
    # Before qasync.run: the emulator threads make their own event loops, and qasync.run installs
    # a policy whose new loops are Qt loops (unusable off the main thread).
    runtime = start_runtime(args)
    try:
        return int(qasync.run(_main(app, args, runtime)) or 0)
    except asyncio.CancelledError:
        return 0
    finally:
        collector.stop()
        for closer in reversed(runtime.closers):  # anything main() could not close
            stop = getattr(closer, "stop", None)
            if stop is not None:
                with contextlib.suppress(Exception):
                    stop()
