"""Render the app icon (subtitle_desk/resources/subtitle-desk.svg) into every icon file the
installers need.

    python packaging/make_icons.py OUT_DIR
    python packaging/make_icons.py --resources
    python packaging/make_icons.py --theme-icons

The first writes ``OUT_DIR/subtitle-desk-<N>.png`` (16 ... 1024 px; the hicolor theme sizes for Linux),
``subtitle-desk.ico`` (Windows: PNG-compressed images, 16 ... 256 px) and ``subtitle-desk.icns``
(macOS: PNG-compressed images, 16 ... 1024 px) plus a copy of the SVG. Qt's own SVG renderer does
the drawing, so no extra tool (Pillow, iconutil, ImageMagick) is needed on any build machine.
``--resources`` refreshes the PNGs the app bundles beside the SVG (``RESOURCE_SIZES``: 16 to 48 px
at 100, 150 and 200 %, and large ones for docks and task switchers), which ``app_icon()`` adds to
the window icon for when no SVG icon engine is available. ``--theme-icons`` writes the app's own
icon themes (``THEME_ICONS``, one glyph per freedesktop icon name the app asks for, drawn in the
light and the dark theme's text colour) under ``subtitle_desk/resources/icons``; ``ui.theme``
makes the one for the scheme on screen Qt's fallback icon theme.
"""

from __future__ import annotations

import os
import shutil
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "subtitle_desk" / "resources" / "subtitle-desk.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)
RESOURCE_SIZES = (16, 24, 32, 36, 48, 64, 72, 96, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
#: ICNS element types holding PNG data, by pixel size (Apple's icns format; ic10..ic14 are the
#: @2x variants, which macOS picks on Retina screens).
ICNS_TYPES = ((b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256),
              (b"ic09", 512), (b"ic10", 1024), (b"ic11", 32), (b"ic12", 64), (b"ic13", 256),
              (b"ic14", 512))


def render_pngs(svg: Path = SVG, sizes: tuple[int, ...] = PNG_SIZES) -> dict[int, bytes]:
    """PNG bytes of the icon at each size."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])  # noqa: F841 - kept alive
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"make_icons: {svg} is not a valid SVG")
    out: dict[int, bytes] = {}
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        if not image.save(buffer, "PNG"):
            raise SystemExit(f"make_icons: could not encode the {size} px PNG")
        buffer.close()
        out[size] = bytes(data.data())
    return out


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico whose images are PNG streams (supported since Windows Vista)."""
    sizes = [s for s in ICO_SIZES if s in pngs]
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, blobs = b"", b""
    for size in sizes:
        blob = pngs[size]
        dim = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(blob), offset)
        offset += len(blob)
        blobs += blob
    return header + entries + blobs


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    body = b"".join(kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size]
                    for kind, size in ICNS_TYPES if size in pngs)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def make_icons(out_dir: Path) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    pngs = render_pngs()
    for size, data in pngs.items():
        (out_dir / f"subtitle-desk-{size}.png").write_bytes(data)
    (out_dir / "subtitle-desk.ico").write_bytes(ico_bytes(pngs))
    (out_dir / "subtitle-desk.icns").write_bytes(icns_bytes(pngs))
    shutil.copyfile(SVG, out_dir / "subtitle-desk.svg")
    return out_dir


#: Glyphs on a 24 px grid, outlined in {c} (the theme's text colour). Names are freedesktop icon
#: names: a desktop's own icon theme, where there is one, is asked first.
THEME_ICONS = {
    # a screen with two subtitle lines
    "accessories-text-editor": '<rect x="3" y="4" width="18" height="16" rx="2"/><path d="M7 13h10M9 16.5h6"/>',
    # a checklist
    "view-task": '<path d="M3.5 6.5l1.5 1.5 3-3M3.5 12.5l1.5 1.5 3-3M3.5 18.5l1.5 1.5 3-3M12 6.5h8.5M12 12.5h8.5'
                 'M12 18.5h8.5"/>',
    "video-x-generic": '<rect x="3" y="5" width="18" height="14" rx="2"/>'
                       '<path d="M10 9v6l5-3z" fill="{c}" stroke-width="1.5"/>',
    "folder-video": '<path d="M3 7a2 2 0 0 1 2-2h4l2 2h8a2 2 0 0 1 2 2v8a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2z"/>'
                    '<path d="M10.5 10.5v5l4-2.5z" fill="{c}" stroke-width="1.5"/>',
    "audio-input-microphone": '<rect x="9" y="3" width="6" height="11" rx="3"/>'
                              '<path d="M5.5 11a6.5 6.5 0 0 0 13 0M12 17.5V21M8.5 21h7"/>',
    # a paper plane
    "mail-send": '<path d="M21 3L10.5 13.5M21 3l-6.5 18-4-7.5L3 9.5z"/>',
    # an arrow up out of a tray (uploads)
    "go-up": '<path d="M12 15.5V4M7 9l5-5 5 5M4.5 15v3.5a1.5 1.5 0 0 0 1.5 1.5h12a1.5 1.5 0 0 0 1.5-1.5V15"/>',
    "media-playback-start": '<path d="M8 5v14l11-7z" fill="{c}"/>',
    "media-playback-pause": '<path d="M8.5 5v14M15.5 5v14" stroke-width="3"/>',
}
ICON_THEME_DIR = SVG.parent / "icons"


def theme_icon_files() -> dict[Path, str]:
    """Every file of the two icon themes (relative to ``ICON_THEME_DIR``) and its text."""
    sys.path.insert(0, str(ROOT))
    from subtitle_desk.ui.theme import DARK, ICON_THEMES, LIGHT

    files: dict[Path, str] = {}
    for scheme, colors in (("light", LIGHT), ("dark", DARK)):
        name = ICON_THEMES[scheme]
        files[Path(name) / "index.theme"] = (
            f"[Icon Theme]\nName={name}\nComment=Subtitle Desk's own icons, {scheme} theme\n"
            "Directories=scalable\n\n[scalable]\nSize=24\nMinSize=8\nMaxSize=512\nType=Scalable\n")
        colour = colors.window_text.name()
        for icon, body in THEME_ICONS.items():
            files[Path(name) / "scalable" / f"{icon}.svg"] = (
                '<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24" fill="none" '
                f'stroke="{colour}" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">'
                f"{body.format(c=colour)}</svg>\n")
    return files


def make_theme_icons(out_dir: Path = ICON_THEME_DIR) -> list[Path]:
    written = []
    for relative, text in theme_icon_files().items():
        target = out_dir / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
        written.append(target)
    return written


def make_resource_pngs(out_dir: Path = SVG.parent) -> list[Path]:
    written = []
    for size, data in render_pngs(sizes=RESOURCE_SIZES).items():
        target = out_dir / f"subtitle-desk-{size}.png"
        target.write_bytes(data)
        written.append(target)
    return written


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit("usage: python packaging/make_icons.py OUT_DIR | --resources | --theme-icons")
    if sys.argv[1] == "--resources":
        print("\n".join(f"wrote {path.relative_to(ROOT)}" for path in make_resource_pngs()))
    elif sys.argv[1] == "--theme-icons":
        print("\n".join(f"wrote {path.relative_to(ROOT)}" for path in make_theme_icons()))
    else:
        print(f"icons written to {make_icons(Path(sys.argv[1]))}")
