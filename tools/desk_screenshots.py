"""Screenshots of every main screen of the desk, running on the built-in local services (--demo).

    .venv/bin/python tools/desk_screenshots.py [--out docs/screenshots] [--workbench]

Starts its own Xvfb (a real X server, so the video frame is captured: QWidget.grab() paints video
grey), starts the local emulators, builds the window exactly as ``subtitle-desk --demo`` does,
opens a Dotsub translation task in the editor, and saves one PNG per screen. Settings, caches and
autosaves go to a temporary folder, never the user's own.

``--workbench`` shoots the translator's workbench instead, at 1280x720: a French translation
nobody has started beside its English source (``workbench-side-by-side``), the Send dialog
counting untranslated cues (``workbench-send``) and asking before the task is completed
(``workbench-send-complete``), a glossary term missed while typing
(``workbench-glossary``) and a misspelled word with its context menu (``workbench-spelling``).

``--themes`` shoots the Tasks page and the editor (a translation under way: untranslated cues,
a glossary term, a misspelling) on a 1280x720 screen, light first, then switched to dark while
running: ``theme-light-tasks``, ``theme-light-editor``, ``theme-dark-tasks``, ``theme-dark-editor``.

``--scale F --screen WxH [--name NAME]`` shoots that editor filling a WxH screen with
``QT_SCALE_FACTOR=F`` (``scale-1``: 1280x720 at 1, ``scale-1.5``: 1920x1080 at 1.5, ``scale-2``:
3840x2160 at 2; ``--max-width`` scales a shot down). ``--theme`` picks the theme of any run
(``system`` as the app starts). These shots are of the whole X screen (``import -window root``).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

from screenshots import _start_xvfb  # noqa: E402  (same folder)


async def _settle(predicate: Callable[[], object] | None = None, timeout: float = 8.0, extra: float = 0.6) -> None:
    deadline = time.monotonic() + timeout
    while predicate is not None and not predicate() and time.monotonic() < deadline:
        await asyncio.sleep(0.05)
    end = time.monotonic() + extra
    while time.monotonic() < end:
        await asyncio.sleep(0.03)


def _save(window, out: Path, name: str) -> Path:
    geometry = window.frameGeometry()
    pixmap = window.screen().grabWindow(0, geometry.x(), geometry.y(), geometry.width(), geometry.height())
    target = out / f"{name}.png"
    if not pixmap.save(str(target)):
        raise SystemExit(f"could not write {target}")
    print(f"wrote {target.relative_to(ROOT) if target.is_relative_to(ROOT) else target}")
    return target


def _save_screen(out: Path, name: str, max_width: int | None = None) -> Path:
    """The whole X screen, as a user sees it; scaled down to ``max_width`` when wider."""
    target = out / f"{name}.png"
    subprocess.run(["import", "-window", "root", str(target)], check=True)
    if max_width:
        subprocess.run(["convert", str(target), "-resize", f"{max_width}x>", str(target)], check=True)
    print(f"wrote {target.relative_to(ROOT) if target.is_relative_to(ROOT) else target}")
    return target


def _start_desk(data_dir: Path):
    """The desk as ``subtitle-desk --demo`` builds it: translations installed first (the language
    follows SUBTITLE_DESK_LANGUAGE, else the system's), then the shell and its pages."""
    from PySide6.QtWidgets import QApplication

    from subtitle_desk.emulators.demo import start_all
    from subtitle_desk.ui.app import Runtime, build_shell, make_settings
    from subtitle_desk.ui.desk import install_desk
    from subtitle_desk.ui.i18n import install_translations

    runtime = Runtime(demo=start_all(data_dir / "emulators"))
    runtime.closers.append(runtime.demo)
    settings = make_settings(data_dir)
    install_translations(QApplication.instance(), settings=settings)
    desk = build_shell(settings, data_dir=data_dir, autosave_ms=3_600_000)
    context = install_desk(desk, args=argparse.Namespace(demo=True, smoke_test=True, file=None), runtime=runtime)
    return runtime, desk, context


async def _stop_desk(runtime, desk, context) -> None:
    desk.window.close_guards.clear()
    desk.runner.cancel_all()
    await context.aclose()
    desk.window.close()
    await runtime.aclose()


async def _translation_under_way(runtime, desk, context, data_dir: Path) -> None:
    """A French translation nobody had started, three cues typed, a glossary, and the fourth cue
    selected with a missed glossary term and a misspelled word in it."""
    workspace = context.workspace
    state = runtime.demo.dotsub.state
    with state.lock:
        task = next(dict(t) for t in sorted(state.tasks.values(), key=lambda t: int(t["id"]))
                    if t["relatedTrackType"] == "TRANSLATION" and not t["completed"] and t["accepted"]
                    and t["languageId"] == "fr-FR" and not state.tracks[(t["mediaId"], t["languageId"])].cues)
    await context.dotsub.opener.open_task(task)
    await _settle(lambda: workspace.session is not None and desk.controller.document is not None)
    await _settle(lambda: workspace.workbench.spelling is not None, extra=1.0)
    for row, text in ((0, "Bienvenue dans Subtitle Desk."),
                      (1, "Ce court extrait est le média\nde démonstration des émulateurs locaux."),
                      (2, "Chaque phrase que vous entendez\na son sous-titre.")):
        desk.controller.set_text(row, text)
    desk.controller.break_typing()
    csv = data_dir / "Demo glossary.csv"
    csv.write_text(WORKBENCH_GLOSSARY, encoding="utf-8")
    await workspace.import_glossary_file(csv)
    await _settle(lambda: workspace.workbench.glossary is not None)
    desk.page.select_row(3)
    editor = desk.page.pane.text_edit
    editor.setFocus()
    editor.selectAll()
    editor.insertPlainText("Servez-vous-en pour essayer l'onde, la frise\net l'aperçu vidéo en fni.")
    await _settle(extra=2.5)  # the video's first frame, the waveform, the spell check


async def _shoot_themes(out: Path, data_dir: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from subtitle_desk.ui.desk.dotsub import TASKS_PAGE
    from subtitle_desk.ui.theme import apply_theme

    apply_theme("light")
    runtime, desk, context = _start_desk(data_dir)
    window = desk.window
    window.setGeometry(QApplication.primaryScreen().availableGeometry())
    window.show()
    out.mkdir(parents=True, exist_ok=True)
    try:
        window.show_page(TASKS_PAGE)
        tasks_page = context.dotsub.tasks_page
        await _settle(lambda: tasks_page.model.rowCount() > 0)
        _save_screen(out, "theme-light-tasks")
        await _translation_under_way(runtime, desk, context, data_dir)
        _save_screen(out, "theme-light-editor")
        apply_theme("dark")  # switched while running, as from the View menu
        await _settle(extra=1.0)
        _save_screen(out, "theme-dark-editor")
        window.show_page(TASKS_PAGE)
        await _settle(extra=1.0)
        _save_screen(out, "theme-dark-tasks")
    finally:
        await _stop_desk(runtime, desk, context)


async def _shoot_scaled(out: Path, data_dir: Path, name: str, max_width: int | None) -> None:
    from PySide6.QtWidgets import QApplication

    runtime, desk, context = _start_desk(data_dir)
    window = desk.window
    window.setGeometry(QApplication.primaryScreen().availableGeometry())
    window.show()
    out.mkdir(parents=True, exist_ok=True)
    try:
        await _translation_under_way(runtime, desk, context, data_dir)
        _save_screen(out, name, max_width)
    finally:
        await _stop_desk(runtime, desk, context)


async def _shoot(out: Path, data_dir: Path) -> None:
    from subtitle_desk.ui.desk.dotsub import MEDIA_PAGE, TASKS_PAGE

    runtime, desk, context = _start_desk(data_dir)
    window = desk.window
    window.resize(1500, 920)
    window.move(0, 0)
    window.show()
    out.mkdir(parents=True, exist_ok=True)
    try:
        # Tasks, then open a translation task (source beside it, the task's spec, the video).
        window.show_page(TASKS_PAGE)
        tasks_page = context.dotsub.tasks_page
        await _settle(lambda: tasks_page.model.rowCount() > 0 if hasattr(tasks_page, "model") else True)
        _save(window, out, "tasks")

        page = await context.services.dotsub.list_tasks(type="TASK_TRANSLATE", completed=False, page_size=50)
        task = next((t for t in page.content if (t.get("media") or {}).get("subtitledLanguageIds")), None) \
            or (page.content[0] if page.content else None)
        if task is not None:
            await context.dotsub.opener.open_task(task)
            await _settle(lambda: desk.controller.document is not None and len(desk.controller.document) > 0)
            desk.page.select_row(min(3, len(desk.controller.document) - 1))
            await _settle(extra=2.5)  # the video's first frame and the waveform
            _save(window, out, "editor-task")

        window.show_page(MEDIA_PAGE)
        await _settle(extra=2.5)  # the first page and its thumbnails
        _save(window, out, "media")
        for key, name in (("uploads", "upload"), ("datocms", "datocms"), ("cielo24", "cielo24"),
                          ("accounts", "setup")):
            window.show_page(key)
            await _settle(extra=2.0)
            _save(window, out, name)
    finally:
        window.close_guards.clear()
        desk.runner.cancel_all()
        await context.aclose()
        window.close()
        await runtime.aclose()


WORKBENCH_GLOSSARY = ("en-US,fr-FR\n"
                      "subtitle,sous-titre\n"
                      "subtitle specification,spécification des sous-titres\n"
                      "waveform,forme d'onde\n"
                      "timeline,frise chronologique\n"
                      "video preview,aperçu vidéo\n"
                      "reading speed,vitesse de lecture\n"
                      "captions,sous-titres\n"
                      "emulator,émulateur\n")


async def _shoot_workbench(out: Path, data_dir: Path) -> None:
    from PySide6.QtCore import QPoint

    from subtitle_desk.ui.desk.dotsub import TASKS_PAGE

    runtime, desk, context = _start_desk(data_dir)
    window = desk.window
    window.resize(1280, 720)
    window.move(0, 0)
    window.show()
    out.mkdir(parents=True, exist_ok=True)
    workspace = context.workspace
    page = desk.page
    try:
        window.show_page(TASKS_PAGE)
        state = runtime.demo.dotsub.state
        with state.lock:
            task = next(dict(t) for t in sorted(state.tasks.values(), key=lambda t: int(t["id"]))
                        if t["relatedTrackType"] == "TRANSLATION" and not t["completed"] and t["accepted"]
                        and t["languageId"] == "fr-FR" and not state.tracks[(t["mediaId"], t["languageId"])].cues)
        await context.dotsub.opener.open_task(task)
        await _settle(lambda: workspace.session is not None and desk.controller.document is not None)
        await _settle(lambda: workspace.workbench.spelling is not None, extra=2.5)
        for row, text in ((0, "Bienvenue dans Subtitle Desk."),
                          (1, "Ce court extrait est le média\nde démonstration des émulateurs locaux."),
                          (2, "Chaque phrase que vous entendez\na son sous-titre.")):
            desk.controller.set_text(row, text)
        desk.controller.break_typing()
        page.select_row(3)
        await _settle(extra=1.0)
        _save(window, out, "workbench-side-by-side")

        dialog = workspace.send()
        await _settle(extra=0.8)
        _save(window, out, "workbench-send")
        dialog.complete_box.setChecked(True)
        await _settle(lambda: dialog.confirm_box is not None, extra=0.8)
        _save(window, out, "workbench-send-complete")
        dialog.confirm_box.reject()
        dialog.reject()
        await _settle(extra=0.4)

        csv = data_dir / "Demo glossary.csv"
        csv.write_text(WORKBENCH_GLOSSARY, encoding="utf-8")
        await workspace.import_glossary_file(csv)
        await _settle(lambda: workspace.workbench.glossary is not None)
        workspace.glossary_dock.show()
        workspace.glossary_dock.raise_()
        page.select_row(3)
        editor = page.pane.text_edit
        editor.setFocus()
        editor.selectAll()
        editor.insertPlainText("Servez-vous-en pour essayer l'onde, la frise\net l'aperçu vidéo.")
        await _settle(extra=1.0)
        _save(window, out, "workbench-glossary")

        page.select_row(4)
        editor.setFocus()
        editor.selectAll()
        editor.insertPlainText("Choisissez une réplique, puis décalez\nson début ou sa fni.")
        await _settle(extra=0.8)
        text = editor.toPlainText()
        cursor = editor.textCursor()
        cursor.setPosition(text.index("fni") + 1)
        position = editor.cursorRect(cursor).center()
        menu = page.pane.context_menu(position)
        hint = menu.sizeHint()  # opened above the word, so it stays inside the window shot
        menu.popup(editor.viewport().mapToGlobal(position) - QPoint(hint.width() // 3, hint.height() + 12))
        await _settle(extra=0.8)
        _save(window, out, "workbench-spelling")
        menu.close()
    finally:
        window.close_guards.clear()
        desk.runner.cancel_all()
        await context.aclose()
        window.close()
        await runtime.aclose()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--workbench", action="store_true", help="the translator's workbench screens only")
    parser.add_argument("--themes", action="store_true", help="the editor and Tasks page, light and dark, 1280x720")
    parser.add_argument("--scale", type=float, help="QT_SCALE_FACTOR for one editor shot named --name")
    parser.add_argument("--screen", default=None, help="the X screen, WIDTHxHEIGHT (default 1600x1000)")
    parser.add_argument("--name", default=None, help="the file name of the --scale shot, without .png")
    parser.add_argument("--max-width", type=int, default=None, help="scale the --scale shot down to this width")
    parser.add_argument("--theme", choices=("system", "light", "dark"), default=None, help="the theme to shoot in")
    args = parser.parse_args(argv)
    if args.scale is not None:
        os.environ["QT_SCALE_FACTOR"] = f"{args.scale:g}"  # read when the QApplication starts
    screen = args.screen or ("1280x720" if args.themes else "1600x1000")
    xvfb = _start_xvfb(screen)
    if xvfb is None:
        raise SystemExit("desk_screenshots needs Xvfb (bash tools/install.sh --dev installs it)")
    os.environ.setdefault("SUBTITLE_DESK_AUTOSAVE_SECONDS", "3600")
    try:
        with tempfile.TemporaryDirectory(prefix="subtitle-desk-shots-") as tmp:
            os.environ["SUBTITLE_DESK_DATA_DIR"] = str(Path(tmp) / "data")
            os.environ["SUBTITLE_DESK_CACHE_DIR"] = str(Path(tmp) / "cache")
            os.environ["SUBTITLE_DESK_CONFIG_DIR"] = str(Path(tmp) / "config")
            import qasync
            from PySide6.QtWidgets import QApplication

            from subtitle_desk.ui.app import app_icon

            app = QApplication.instance() or QApplication(["subtitle-desk"])
            app.setApplicationName("subtitle-desk")
            app.setWindowIcon(app_icon())
            loop = qasync.QEventLoop(app)
            asyncio.set_event_loop(loop)
            if args.theme:
                from subtitle_desk.ui.theme import apply_theme

                apply_theme(args.theme)
            if args.themes:
                job = _shoot_themes(args.out, Path(tmp))
            elif args.scale is not None:
                job = _shoot_scaled(args.out, Path(tmp), args.name or f"scale-{args.scale:g}", args.max_width)
            else:
                job = (_shoot_workbench if args.workbench else _shoot)(args.out, Path(tmp))
            loop.run_until_complete(job)
            loop.close()
        return 0
    finally:
        xvfb.terminate()
        xvfb.wait(timeout=10)


if __name__ == "__main__":
    sys.exit(main())
