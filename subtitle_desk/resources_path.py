"""Where Subtitle Desk's data files are, from a source checkout and from an installed bundle.

A source checkout keeps the demo clip in ``<repo>/resources/demo`` and the app icon in
``<repo>/subtitle_desk/resources``. The PyInstaller
bundle (``packaging/subtitle-desk.spec``) lays the same files out under ``sys._MEIPASS``:

    _MEIPASS/resources/demo/subtitle-desk-demo.mp4, .srt
    _MEIPASS/subtitle_desk/resources/subtitle-desk.svg, subtitle-desk-<N>.png

so code that walks up from its own ``__file__`` keeps working frozen; this module is the one
place that knows both layouts. No Qt here: the emulators use it too.
"""

from __future__ import annotations

import sys
from pathlib import Path

__all__ = ["is_frozen", "bundle_root", "resources_dir", "demo_dir", "icon_dir", "icon_files"]

_PACKAGE = Path(__file__).resolve().parent


def is_frozen() -> bool:
    """True inside a PyInstaller bundle."""
    return bool(getattr(sys, "frozen", False)) and hasattr(sys, "_MEIPASS")


def bundle_root() -> Path:
    """The folder holding ``subtitle_desk/`` and ``resources/``: ``sys._MEIPASS`` when frozen,
    the repository root from source."""
    if is_frozen():
        return Path(sys._MEIPASS)  # type: ignore[attr-defined]
    return _PACKAGE.parent


def resources_dir() -> Path:
    """``resources/`` (demo media and other shared data)."""
    return bundle_root() / "resources"


def demo_dir() -> Path:
    """The demo video and its English transcript."""
    return resources_dir() / "demo"


def icon_dir() -> Path:
    """The folder with ``subtitle-desk.svg`` and its PNG renderings (next to the package, in a
    checkout and in the bundle alike)."""
    return _PACKAGE / "resources"


def icon_files() -> list[Path]:
    """Every rendering of the app icon, scalable first, then PNGs from large to small."""
    folder = icon_dir()
    files = [folder / "subtitle-desk.svg"] if (folder / "subtitle-desk.svg").is_file() else []

    def size(path: Path) -> int:
        try:
            return int(path.stem.rsplit("-", 1)[1])
        except (IndexError, ValueError):
            return 0

    files += sorted(folder.glob("subtitle-desk-*.png"), key=size, reverse=True)
    return files
