"""``subtitle-desk --demo --smoke-test``: prove an installed (or source) build really works.

Installers are checked with this: it runs inside the real app, after the main window is shown,
and walks the path a subtitler takes on day one against the bundled emulators:

    smoke: window shown 1.42 s after process start
    smoke: window icon loaded
    smoke: demo media found (subtitle-desk-demo.mp4)
    smoke: media backend loaded the demo clip (41.0 s, video and audio)
    smoke: logged in to Dotsub (organization 7766927)
    smoke: listed 120 media
    smoke: listed 57 tasks
    smoke: downloaded SRT for task 4711 (Lost Harbour, French), 12 cues
    smoke: cue table shows 12 rows
    smoke: DatoCMS answered (3 video uploads)
    smoke: logged in to cielo24 (demo-user)
    smoke: opened 4 pages: Editor, Dotsub, DatoCMS, cielo24
    smoke: OK

Any failure prints ``smoke: FAILED: <step>: <reason>`` and the result is 1. A watchdog fails the
run when it takes longer than ``SUBTITLE_DESK_SMOKE_TIMEOUT`` seconds (60 by default): the asyncio
deadline first, and a thread that ends the process if the event loop itself is stuck.
"""

from __future__ import annotations

import asyncio
import os
import sys
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TextIO

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from subtitle_desk.emulators.demo import Emulators

__all__ = ["run_smoke_test", "SmokeFailure", "process_age_seconds", "DEFAULT_TIMEOUT", "TIMEOUT_ENV"]

DEFAULT_TIMEOUT = 60.0
TIMEOUT_ENV = "SUBTITLE_DESK_SMOKE_TIMEOUT"
#: How many tasks to look through for one whose subtitles can be downloaded.
TASKS_TO_TRY = 40


class SmokeFailure(Exception):
    """A step of the smoke test failed; ``str()`` says why in the user's words."""


def process_age_seconds() -> float | None:
    """Seconds since this process started (the frozen app's bootloader included), or None when
    the platform does not say. Linux reads /proc, Windows asks GetProcessTimes; elsewhere psutil
    is used when it is installed."""
    if sys.platform == "win32":
        return _windows_process_age()
    try:
        with open("/proc/self/stat", encoding="ascii") as handle:
            fields = handle.read().rpartition(")")[2].split()
        start_ticks = int(fields[19])  # field 22 of proc(5): starttime, in clock ticks since boot
        with open("/proc/stat", encoding="ascii") as handle:
            boot = next(int(line.split()[1]) for line in handle if line.startswith("btime "))
        return max(0.0, time.time() - (boot + start_ticks / os.sysconf("SC_CLK_TCK")))
    except (OSError, ValueError, IndexError, StopIteration):
        pass
    try:
        import psutil  # type: ignore[import-untyped]
    except ImportError:
        return None
    return max(0.0, time.time() - psutil.Process().create_time())


def _windows_process_age() -> float | None:
    import ctypes
    from ctypes import wintypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    created, exited, kernel, user = (wintypes.FILETIME() for _ in range(4))
    if not kernel32.GetProcessTimes(kernel32.GetCurrentProcess(), ctypes.byref(created), ctypes.byref(exited),
                                    ctypes.byref(kernel), ctypes.byref(user)):
        return None
    ticks = (created.dwHighDateTime << 32) | created.dwLowDateTime  # 100 ns since 1601-01-01
    return max(0.0, time.time() - (ticks / 10_000_000 - 11_644_473_600))


def _timeout(args: Any) -> float:
    value = getattr(args, "smoke_timeout", None) or os.environ.get(TIMEOUT_ENV) or DEFAULT_TIMEOUT
    try:
        return max(1.0, float(value))
    except (TypeError, ValueError):
        return DEFAULT_TIMEOUT


class _Run:
    """One smoke run: the step being done (for the failure line) and the output."""

    def __init__(self, desk: Any, out: TextIO) -> None:
        self.desk = desk
        self.out = out
        self.step = "start"

    def say(self, text: str) -> None:
        print(f"smoke: {text}", file=self.out, flush=True)

    def begin(self, step: str) -> None:
        self.step = step

    # -- the window ------------------------------------------------------------------------
    async def window(self) -> None:
        self.begin("window")
        window = self.desk.window
        if not window.isVisible():
            raise SmokeFailure("the main window is not shown")
        handle = window.windowHandle()
        # The platform may map the window a moment after show(); give it a few event-loop turns.
        for _ in range(500):
            if handle is not None and handle.isExposed():
                break
            await asyncio.sleep(0.01)
            handle = window.windowHandle()
        if handle is None or not handle.isExposed():
            raise SmokeFailure("the main window was never exposed by the window system")
        age = process_age_seconds()
        shown = f"{age:.2f} s after process start" if age is not None else "(process start time unknown)"
        self.say(f"window shown {shown}")

    def icon(self) -> None:
        self.begin("icon")
        app = QApplication.instance()
        if app is None or app.windowIcon().isNull():
            if getattr(sys, "frozen", False):
                raise SmokeFailure("the application icon is missing from the bundle")
            self.say("window icon: none found (running from source without icon resources)")
            return
        self.say("window icon loaded")

    # -- bundled resources and media backend -----------------------------------------------
    def demo_media(self) -> Any:
        self.begin("demo media")
        from subtitle_desk.emulators.demo import demo_resources_dir

        folder = demo_resources_dir()
        video = folder / "subtitle-desk-demo.mp4"
        if not video.is_file() or video.stat().st_size == 0:
            raise SmokeFailure(f"{video} is missing")
        if not (folder / "subtitle-desk-demo.srt").is_file():
            raise SmokeFailure(f"{folder / 'subtitle-desk-demo.srt'} is missing")
        self.say(f"demo media found ({video.name})")
        return video

    async def media_backend(self, video: Any) -> None:
        """Load the demo clip with QMediaPlayer: proves the multimedia plugin and its FFmpeg
        libraries are in the build (a missing backend reports an error or never loads)."""
        self.begin("media backend")
        from PySide6.QtMultimedia import QMediaPlayer

        from subtitle_desk.ui.media import unlocked

        player = QMediaPlayer()
        done: asyncio.Future[str] = asyncio.get_running_loop().create_future()

        def status(state: QMediaPlayer.MediaStatus) -> None:
            if state in (QMediaPlayer.MediaStatus.LoadedMedia, QMediaPlayer.MediaStatus.BufferedMedia):
                if not done.done():
                    done.set_result("")
            elif state == QMediaPlayer.MediaStatus.InvalidMedia and not done.done():
                done.set_result(player.errorString() or "the clip was reported invalid")

        def error(_code: Any, message: str) -> None:
            if not done.done():
                done.set_result(message or "unknown error")

        if not player.isAvailable():
            player.deleteLater()
            raise SmokeFailure("no Qt Multimedia backend could be loaded (the FFmpeg plugin or one of "
                               "its libraries is missing)")
        player.mediaStatusChanged.connect(status)
        player.errorOccurred.connect(error)
        try:
            unlocked.call(player, "setSource", (unlocked.URL, QUrl.fromLocalFile(str(video))))
            problem = await asyncio.wait_for(done, 20)
            if problem:
                raise SmokeFailure(f"the media backend could not load the demo clip: {problem}")
            if not player.hasVideo():
                raise SmokeFailure("the media backend found no video stream in the demo clip")
            seconds = player.duration() / 1000
            streams = "video and audio" if player.hasAudio() else "video"
            self.say(f"media backend loaded the demo clip ({seconds:.1f} s, {streams})")
        except TimeoutError:
            raise SmokeFailure("the media backend did not load the demo clip within 20 s") from None
        finally:
            unlocked.call(player, "stop")
            unlocked.call(player, "setSource", (unlocked.URL, QUrl()))
            player.deleteLater()

    # -- services --------------------------------------------------------------------------
    async def services(self, demo: Any) -> None:
        from subtitle_desk.core.services.container import open_services
        from subtitle_desk.core.services.secrets import SecretStore

        self.begin("services")
        secrets = SecretStore(use_keyring=False)  # demo credentials live in the session layer only
        demo.apply_secrets(secrets)
        async with open_services(demo.settings(), secrets) as services:
            await self.dotsub(services.dotsub)
            await self.datocms(services.datocms)
            await self.cielo24(services.cielo24)

    async def dotsub(self, dotsub: Any) -> None:
        self.begin("Dotsub login")
        organization = await dotsub.organization_id()
        self.say(f"logged in to Dotsub (organization {organization})")

        self.begin("list media")
        media = await dotsub.list_media(page_size=50)
        if media.total_elements < 1 or not media.content:
            raise SmokeFailure("Dotsub lists no media")
        self.say(f"listed {media.total_elements} media")

        self.begin("list tasks")
        tasks: list[dict[str, Any]] = []
        async for task in dotsub.iter_tasks(page_size=50):
            tasks.append(task)
            if len(tasks) >= TASKS_TO_TRY:
                break
        if not tasks:
            raise SmokeFailure("Dotsub lists no tasks")
        first = await dotsub.list_tasks(page_size=1)
        self.say(f"listed {first.total_elements} tasks")

        self.begin("download subtitles")
        document, task, language = await self._task_subtitles(dotsub, tasks)
        if not document.cues:
            raise SmokeFailure(f"the subtitles of task {task.get('id')} have no cues")
        self.say(f"downloaded SRT for task {task.get('id')} ({task.get('mediaTitle')}, {language}), "
                 f"{len(document.cues)} cues")

        self.begin("open in editor")
        if _has_page(self.desk.window, "editor"):
            self.desk.window.show_page("editor")
        self.desk.controller.set_document(document, None)
        await asyncio.sleep(0)  # let the views take the new model rows
        rows = self.desk.page.model.rowCount()
        shown = self.desk.page.table.model().rowCount() if self.desk.page.table.model() is not None else 0
        if rows != len(document.cues) or shown < 1:
            raise SmokeFailure(f"the cue table shows {shown} rows for {len(document.cues)} cues")
        self.say(f"cue table shows {shown} rows")

    async def pages(self) -> None:
        """Every page in the navigation (the editor, and the desk pages as they land) opens."""
        self.begin("pages")
        from PySide6.QtCore import Qt

        window = self.desk.window
        navigation = getattr(window, "navigation", None)
        if navigation is None:
            return
        titles = []
        for row in range(navigation.count()):
            item = navigation.item(row)
            key = item.data(Qt.ItemDataRole.UserRole)
            widget = window.show_page(key)
            await asyncio.sleep(0)
            if not widget.isVisible():
                raise SmokeFailure(f"the {item.text()} page did not show")
            titles.append(item.text())
        if _has_page(window, "editor"):
            window.show_page("editor")
        self.say(f"opened {len(titles)} page{'s' if len(titles) != 1 else ''}: {', '.join(titles)}")

    async def _task_subtitles(self, dotsub: Any,
                              tasks: list[dict[str, Any]]) -> tuple[Any, dict[str, Any], str]:
        """The first task whose own track (or else its source track) has subtitles to download."""
        from subtitle_desk.core.services.errors import NotFoundError

        candidates: list[tuple[dict[str, Any], str, str]] = []
        for task in tasks:
            if task.get("trackCurrentVersionId") and task.get("languageId"):
                candidates.append((task, str(task["languageId"]), str(task.get("languageName") or "")))
        for task in tasks:
            if task.get("sourceTrackCurrentVersionId") and task.get("sourceTrackLanguageId"):
                candidates.append((task, str(task["sourceTrackLanguageId"]),
                                   str(task.get("sourceTrackLanguageName") or "")))
        if not candidates:
            raise SmokeFailure(f"none of the first {len(tasks)} tasks has a subtitle version to download")
        misses: list[str] = []
        for task, language_id, language_name in candidates:
            try:
                document = await dotsub.download_subtitle_document(str(task["mediaId"]), language_id, "SRT")
            except NotFoundError as exc:
                misses.append(f"task {task.get('id')}: {exc}")
                continue
            return document, task, language_name or language_id
        raise SmokeFailure(f"no task's subtitles could be downloaded ({'; '.join(misses[:3])})")

    async def datocms(self, datocms: Any) -> None:
        self.begin("DatoCMS")
        page = await datocms.list_uploads(limit=5)
        self.say(f"DatoCMS answered ({page.total_count} video uploads)")

    async def cielo24(self, cielo24: Any) -> None:
        self.begin("cielo24 login")
        username = await cielo24.login()
        try:
            await cielo24.job_list()
        finally:
            await cielo24.logout()
        self.say(f"logged in to cielo24 ({username})")


def _has_page(window: Any, key: str) -> bool:
    try:
        window.page(key)
    except Exception:  # noqa: BLE001 - a window without pages is fine
        return False
    return True


def _start_watchdog(seconds: float, run: _Run) -> Callable[[], None]:
    """A thread that ends the process if even the asyncio deadline cannot fire (a stuck loop)."""
    stop = threading.Event()

    def watch() -> None:
        if not stop.wait(seconds):
            run.say(f"FAILED: {run.step}: the event loop stopped answering for {seconds:.0f} s")
            os._exit(1)

    threading.Thread(target=watch, name="smoke-watchdog", daemon=True).start()
    return stop.set


async def run_smoke_test(desk: Any, args: Any = None, *, demo: Emulators | None = None,
                         out: TextIO | None = None, timeout: float | None = None) -> int:
    """Exercise the shown window and ``demo`` (the running emulators, with ``--demo``); 0 with
    ``smoke: OK``, else 1 with ``smoke: FAILED: <step>: <reason>``. Without them the bundled
    emulators are started for the run and stopped after it."""
    run = _Run(desk, out or sys.stdout)
    seconds = timeout if timeout is not None else _timeout(args)
    stop_watchdog = _start_watchdog(seconds + 15, run)
    started_here = None
    try:
        async with asyncio.timeout(seconds):
            await run.window()
            run.icon()
            video = run.demo_media()
            await run.media_backend(video)
            run.begin("emulators")
            if demo is None:
                from subtitle_desk.emulators.demo import start_all

                demo = started_here = await asyncio.to_thread(start_all)
                run.say("started the bundled emulators (no --demo given)")
            await run.services(demo)
            await run.pages()
    except TimeoutError:
        run.say(f"FAILED: {run.step}: no answer within {seconds:.0f} s")
        return 1
    except SmokeFailure as exc:
        run.say(f"FAILED: {run.step}: {exc}")
        return 1
    except Exception as exc:  # noqa: BLE001 - any error is a failed smoke test, said in one line
        run.say(f"FAILED: {run.step}: {type(exc).__name__}: {exc}")
        return 1
    finally:
        stop_watchdog()
        if started_here is not None:
            started_here.stop()
    run.say("OK")
    return 0
