"""The subtitle drawn over the video picture, the way a viewer will read it.

White text with a black outline on a translucent box, sized from the picture height, two lines
by default at the bottom (top when the cue asks for it with SSA ``{\\an8}`` or a WebVTT ``line``
near the top). Each line is laid out in its own direction, so Arabic and Hebrew lines read right
to left with their punctuation where a reader expects it, while a mixed cue keeps each line's
own direction.
"""

from __future__ import annotations

import re
import unicodedata

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QTextOption
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from subtitle_desk.core.document import Cue, visible_text
from subtitle_desk.ui.theme import ThemeColors, palette_colors

__all__ = ["SubtitleOverlayItem", "cue_display_lines", "line_direction", "wants_top", "wrap_lines"]

_TOP_SSA = re.compile(r"\{[^}]*\\an[789][^}]*\}")
_VTT_LINE = re.compile(r"(?:^|\s)line:(-?\d+(?:\.\d+)?)(%?)")
_ITALIC = re.compile(r"<i>|\{\\i1\}", re.IGNORECASE)


def line_direction(line: str) -> Qt.LayoutDirection:
    """The direction of the first strong character (Unicode bidi rule P2)."""
    for ch in line:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return Qt.LayoutDirection.RightToLeft
        if kind == "L":
            return Qt.LayoutDirection.LeftToRight
    return Qt.LayoutDirection.LeftToRight


def wants_top(cue: Cue) -> bool:
    if _TOP_SSA.search(cue.text):
        return True
    match = _VTT_LINE.search(cue.settings or "")
    if match:
        value = float(match.group(1))
        return value < 50 if match.group(2) else 0 <= value < 4
    return False


def cue_display_lines(cues: list[Cue]) -> list[str]:
    lines: list[str] = []
    for cue in cues:
        lines.extend(line for line in visible_text(cue.text).split("\n") if line.strip())
    return lines


def wrap_lines(lines: list[str], metrics: QFontMetricsF, width: float) -> list[str]:
    """Lines too wide for the picture broken between words, as a player wraps them (a line
    over the spec's length must still be readable in the preview, not cut at both sides)."""
    out: list[str] = []
    for line in lines:
        if metrics.horizontalAdvance(line) <= width:
            out.append(line)
            continue
        current = ""
        for word in line.split(" "):
            candidate = f"{current} {word}" if current else word
            if current and metrics.horizontalAdvance(candidate) > width:
                out.append(current)
                current = word
            else:
                current = candidate
        if current:
            out.append(current)
    return out


class SubtitleOverlayItem(QGraphicsItem):
    """Paints the cues under the playhead inside ``picture_rect`` (scene coordinates)."""

    def __init__(self, parent: QGraphicsItem | None = None) -> None:
        super().__init__(parent)
        self._rect = QRectF(0, 0, 640, 360)
        self._bottom: list[str] = []
        self._top: list[str] = []
        self._italic = False
        self.setZValue(10)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    # -- state ---------------------------------------------------------------------------------
    @property
    def text(self) -> str:
        """The text shown now, lines joined with ``\\n`` (top-placed cues first)."""
        return "\n".join(self._top + self._bottom)

    def set_picture_rect(self, rect: QRectF) -> None:
        if rect != self._rect:
            self.prepareGeometryChange()
            self._rect = QRectF(rect)

    def set_cues(self, cues: list[Cue]) -> None:
        top = cue_display_lines([c for c in cues if wants_top(c)])
        bottom = cue_display_lines([c for c in cues if not wants_top(c)])
        italic = bool(cues) and all(_ITALIC.search(c.text) for c in cues)
        if (top, bottom, italic) != (self._top, self._bottom, self._italic):
            self._top, self._bottom, self._italic = top, bottom, italic
            self.update()

    # -- painting ------------------------------------------------------------------------------
    def boundingRect(self) -> QRectF:
        return self._rect

    def _font(self) -> QFont:
        font = QFont()
        # about 1/18 of the picture height: the size broadcasters use at 1080p (~60 px)
        font.setPixelSize(max(10, round(self._rect.height() / 18)))
        font.setWeight(QFont.Weight.DemiBold)
        font.setItalic(self._italic)
        return font

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        if not (self._top or self._bottom):
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        font = self._font()
        painter.setFont(font)
        metrics = QFontMetricsF(font)
        margin = self._rect.height() * 0.06
        line_height = metrics.lineSpacing()
        width = self._rect.width() * 0.9
        bottom = wrap_lines(self._bottom, metrics, width)
        top = wrap_lines(self._top, metrics, width)
        colors = palette_colors()
        if bottom:
            y = self._rect.bottom() - margin - line_height * len(bottom)
            self._paint_block(painter, metrics, bottom, y, colors)
        if top:
            self._paint_block(painter, metrics, top, self._rect.top() + margin, colors)
        painter.restore()

    def _paint_block(self, painter: QPainter, metrics: QFontMetricsF, lines: list[str], y: float,
                     colors: ThemeColors) -> None:
        pad = metrics.height() * 0.2
        outline = max(1.0, metrics.height() / 18)
        width = self._rect.width() * 0.9
        left = self._rect.left() + self._rect.width() * 0.05
        for line in lines:
            advance = min(width, metrics.horizontalAdvance(line))
            box = QRectF(self._rect.center().x() - advance / 2 - pad, y, advance + 2 * pad, metrics.lineSpacing())
            painter.fillRect(box, colors.subtitle_box)
            option = QTextOption(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter)
            option.setTextDirection(line_direction(line))
            option.setWrapMode(QTextOption.WrapMode.NoWrap)
            rect = QRectF(left, y, width, metrics.lineSpacing())
            painter.setPen(colors.subtitle_outline)
            for dx, dy in ((-1, -1), (0, -1), (1, -1), (-1, 0), (1, 0), (-1, 1), (0, 1), (1, 1)):
                painter.drawText(rect.translated(QPointF(dx * outline, dy * outline)), line, option)
            painter.setPen(colors.subtitle_text)
            painter.drawText(rect, line, option)
            y += metrics.lineSpacing()
