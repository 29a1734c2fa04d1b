"""Make the documentation screenshots from the real app.

    .venv/bin/python tools/screenshots.py [--out docs/screenshots] [--file SUBTITLES]

Opens the editor on a real episode file with QC problems, selects a cue with a problem, and saves
``editor.png``. Without a display it starts its own Xvfb (installed with the dev tools) so fonts
and styles render as on a desktop; with ``--offscreen`` it uses Qt's offscreen platform instead.
Settings and autosaves go to a temporary folder, never the user's own.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_FILE = ROOT / "tests" / "ui" / "data" / "harbour_lights_s01e02.en.srt"


def _start_xvfb(size: str = "1600x1000") -> subprocess.Popen | None:
    """An X server with one screen of ``size`` ("WIDTHxHEIGHT" pixels), DISPLAY pointing at it."""
    if shutil.which("Xvfb") is None:
        return None
    for number in range(90, 110):
        if Path(f"/tmp/.X11-unix/X{number}").exists() or Path(f"/tmp/.X{number}-lock").exists():
            continue
        proc = subprocess.Popen(["Xvfb", f":{number}", "-screen", "0", f"{size}x24", "-nolisten", "tcp"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(100):
            if Path(f"/tmp/.X11-unix/X{number}").exists():
                os.environ["DISPLAY"] = f":{number}"
                return proc
            if proc.poll() is not None:
                break
            subprocess.run(["sleep", "0.05"], check=False)
        proc.kill()
    return None


async def _shoot(out_dir: Path, subtitle_file: Path, data_dir: Path) -> Path:
    from PySide6.QtWidgets import QApplication

    from subtitle_desk.ui.app import build_shell, make_settings

    desk = build_shell(make_settings(data_dir), data_dir=data_dir, autosave_ms=3_600_000)
    window = desk.window
    window.resize(1440, 880)
    window.show()
    await desk.page.open_path(subtitle_file)
    problems = desk.controller.problems()
    row = next((p.row for p in problems if p.rule == "max-chars-per-line"), problems[0].row if problems else 0)
    desk.page.select_row(row)
    desk.page.pane.text_edit.setFocus()
    desk.window.show_message(f"Opened {subtitle_file.name}: {len(desk.controller.document)} cues")
    for _ in range(20):  # let layouts, the QC panel and the status bar settle (the loop runs Qt)
        await asyncio.sleep(0.02)
    screen = window.screen()
    if QApplication.platformName() == "offscreen":
        pixmap = window.grab()
    else:
        geometry = window.frameGeometry()
        pixmap = screen.grabWindow(0, geometry.x(), geometry.y(), geometry.width(), geometry.height())
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / "editor.png"
    if not pixmap.save(str(target)):
        raise SystemExit(f"could not write {target}")
    window.close_guards.clear()
    window.close()
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--file", type=Path, default=DEFAULT_FILE)
    parser.add_argument("--offscreen", action="store_true", help="use Qt's offscreen platform, no X server")
    args = parser.parse_args(argv)

    xvfb = None
    if args.offscreen:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    elif not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        xvfb = _start_xvfb()
        if xvfb is None:
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
    sys.path.insert(0, str(ROOT))
    try:
        import qasync
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance() or QApplication(["subtitle-desk"])
        app.setApplicationName("subtitle-desk")
        from subtitle_desk.ui.app import app_icon

        app.setWindowIcon(app_icon())
        loop = qasync.QEventLoop(app)
        asyncio.set_event_loop(loop)
        with tempfile.TemporaryDirectory(prefix="subtitle-desk-shots-") as tmp:
            target = loop.run_until_complete(_shoot(args.out, args.file.resolve(), Path(tmp)))
        loop.close()
        print(f"wrote {target.relative_to(ROOT) if target.is_relative_to(ROOT) else target}")
        return 0
    finally:
        if xvfb is not None:
            xvfb.terminate()
            xvfb.wait(timeout=10)


if __name__ == "__main__":
    sys.exit(main())
