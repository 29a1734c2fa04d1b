"""Render the app icon (subtitle_desk/resources/subtitle-desk.svg) into every icon file the
installers need.

    python packaging/make_icons.py OUT_DIR
    python packaging/make_icons.py --resources

The first writes ``OUT_DIR/subtitle-desk-<N>.png`` (16 ... 1024 px; the hicolor theme sizes for Linux),
``subtitle-desk.ico`` (Windows: PNG-compressed images, 16 ... 256 px) and ``subtitle-desk.icns``
(macOS: PNG-compressed images, 16 ... 1024 px) plus a copy of the SVG. Qt's own SVG renderer does
the drawing, so no extra tool (Pillow, iconutil, ImageMagick) is needed on any build machine.
``--resources`` refreshes the PNGs the app bundles beside the SVG (``RESOURCE_SIZES``: 16 to 48 px
at 100, 150 and 200 %, and large ones for docks and task switchers), which ``app_icon()`` adds to
the window icon for when no SVG icon engine is available.
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


def make_resource_pngs(out_dir: Path = SVG.parent) -> list[Path]:
    written = []
    for size, data in render_pngs(sizes=RESOURCE_SIZES).items():
        target = out_dir / f"subtitle-desk-{size}.png"
        target.write_bytes(data)
        written.append(target)
    return written


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit("usage: python packaging/make_icons.py OUT_DIR | --resources")
    if sys.argv[1] == "--resources":
        print("\n".join(f"wrote {path.relative_to(ROOT)}" for path in make_resource_pngs()))
    else:
        print(f"icons written to {make_icons(Path(sys.argv[1]))}")
