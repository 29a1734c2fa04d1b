"""The waveform strip: audio peaks, cue regions, the playhead; zoom, scroll, seek and retime.

Drawing costs depend on the width of the widget, not on the film or the subtitle file: the peaks
are reduced to one min/max pair per pixel column (``Peaks.envelope``) and only cues overlapping
the visible range are drawn (``CueIndex`` bisects by start time), so 20,000 cues scroll as
smoothly as 20.

Mouse: click to seek (drag to scrub); drag a cue's edge to move its start or end, or its body
to move the whole cue: on release, exactly one ``SetTimes`` edit is pushed (its own undo step).
A dragged edge snaps to the playhead and to the edges of neighbouring cues within a few pixels
(hold Shift to place it freely). Double-click a cue to play it.
Ctrl+wheel zooms around the pointer, the wheel scrolls; while playing, the view follows the
playhead a page at a time.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QLineF, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QFontMetrics,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QImage,
    QResizeEvent,
    QTextOption,
    QWheelEvent,
)
from PySide6.QtWidgets import QApplication, QScrollBar, QSizePolicy, QWidget

from subtitle_desk.core.document import Document, DocumentFollower, visible_text
from subtitle_desk.core.edits import SetTimes, UndoStack
from subtitle_desk.core.waveform import Peaks
from subtitle_desk.ui.media.cue_index import CueIndex
from subtitle_desk.ui.theme import ThemeColors, palette_colors, theme_changed

__all__ = ["WaveformWidget", "MIN_CUE_MS"]

MIN_CUE_MS = 40  # a drag never makes a cue shorter than one frame at 25 fps
_EDGE_GRAB_PX = 5
_SNAP_PX = 6
_RULER_PX = 18
_MIN_MS_PER_PX = 0.5  # 2 px per ms: frame-accurate at any frame rate
_MAX_MS_PER_PX = 2000.0
_TICK_STEPS = (10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10_000, 15_000, 30_000, 60_000,
               120_000, 300_000, 600_000, 1_800_000, 3_600_000)


_LTR_LABEL = QTextOption(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
_LTR_LABEL.setTextDirection(Qt.LayoutDirection.LeftToRight)
_LTR_LABEL.setWrapMode(QTextOption.WrapMode.NoWrap)


@dataclass
class _Drag:
    mode: str  # "start" | "end" | "move" | "seek"
    row: int
    press_x: float
    start: int
    end: int
    new_start: int
    new_end: int
    moved: bool = False


def _clock_label(ms: int, step: int) -> str:
    total_s, milli = divmod(ms, 1000)
    h, rest = divmod(total_s, 3600)
    m, s = divmod(rest, 60)
    base = f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"
    if step < 1000:
        return f"{base}.{milli:03d}" if step < 100 else f"{base}.{milli // 100}"
    return base


class WaveformWidget(QWidget):
    seekRequested = Signal(int)
    cueActivated = Signal(int)
    #: a cue region was double-clicked
    playCueRequested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("waveform")
        self.setMinimumHeight(90)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.scrollbar = QScrollBar(Qt.Orientation.Horizontal, self)
        self.scrollbar.valueChanged.connect(self._on_scrollbar)
        self._peaks: Peaks | None = None
        self._gain = 1.0
        self._layer: QImage | None = None
        self._layer_key: tuple | None = None
        self._revision = 0  # bumped on every document change, for the paint cache
        self._message = ""
        self._progress: float | None = None
        self._doc: Document | None = None
        self._stack: UndoStack | None = None
        self._index = CueIndex()
        self._follower = DocumentFollower(lambda _change: self._on_document_changed())
        self._current_row = -1
        self._position = 0
        self._media_duration = 0
        self._view_start = 0.0
        self._ms_per_px = 10.0  # 100 px a second: a comfortable default for timing
        self._following = False
        self._drag: _Drag | None = None
        self._syncing_scrollbar = False
        self._update_scrollbar()
        theme_changed().connect(self._theme_changed)

    def _theme_changed(self, *_: object) -> None:
        self.update()  # the cached layer is keyed by the scheme's colours

    # -- data ----------------------------------------------------------------------------------
    def set_peaks(self, peaks: Peaks | None) -> None:
        self._peaks = peaks
        loudest = float(max(np.abs(peaks.mins).max(), np.abs(peaks.maxs).max())) if peaks is not None and len(peaks) else 1.0
        self._gain = min(8.0, 1.0 / max(loudest, 1 / 8))
        self._progress = None
        if peaks is not None:
            self._message = ""
        self._update_scrollbar()
        self.update()

    def peaks(self) -> Peaks | None:
        return self._peaks

    def set_message(self, text: str) -> None:
        """Text shown across the strip (no audio, decode failure ...); empty to clear."""
        self._message = text
        self._progress = None
        self.update()

    def message(self) -> str:
        return self._message

    def set_progress(self, fraction: float | None) -> None:
        """Decoding progress 0..1 (drawn as text and a bar), None when done."""
        self._progress = fraction
        self.update()

    def set_document(self, doc: Document | None, undo_stack: UndoStack | None) -> None:
        self._doc, self._stack = doc, undo_stack
        self._index.set_document(doc)
        self._follower.follow(doc)
        self._drag = None
        self._revision += 1
        self._update_scrollbar()
        self.update()

    def _on_document_changed(self) -> None:
        self._revision += 1
        self._update_scrollbar()
        self.update()

    def set_current_row(self, row: int) -> None:
        self._current_row = row
        if self._doc is not None and 0 <= row < len(self._doc) and not self._following:
            cue = self._doc[row]
            self.reveal(cue.start, cue.end)
        self.update()

    def set_media_duration(self, ms: int) -> None:
        self._media_duration = max(0, int(ms))
        self._update_scrollbar()
        self.update()

    def set_position(self, ms: int) -> None:
        old_x = self.x_for_ms(self._position)
        self._position = int(ms)
        width = self._canvas_width()
        x = self.x_for_ms(self._position)
        if self._following and self._drag is None and not (0 <= x <= width * 0.9):
            self.set_view_start(self._position - width * 0.1 * self._ms_per_px)
            return
        # repaint only the two playhead columns: cheap at 50 position updates a second
        self.update(int(old_x) - 2, 0, 5, self.height())
        self.update(int(x) - 2, 0, 5, self.height())

    def position(self) -> int:
        return self._position

    def set_following(self, follow: bool) -> None:
        """Keep the playhead in view (the panel turns this on while playing)."""
        self._following = follow
        if follow:
            self.set_position(self._position)

    # -- view ----------------------------------------------------------------------------------
    def duration(self) -> int:
        total = self._media_duration
        if self._peaks is not None:
            total = max(total, self._peaks.duration_ms)
        if self._doc is not None and len(self._doc):
            total = max(total, max(c.end for c in self._doc.cues[-50:]))  # cheap: files end sorted
        return total

    def _canvas_width(self) -> int:
        return max(1, self.width())

    def _wave_rect(self) -> QRectF:
        bottom = self.height() - self.scrollbar.sizeHint().height()
        return QRectF(0, _RULER_PX, self._canvas_width(), max(1, bottom - _RULER_PX))

    def ms_per_px(self) -> float:
        return self._ms_per_px

    def view_start(self) -> float:
        return self._view_start

    def visible_range(self) -> tuple[float, float]:
        return self._view_start, self._view_start + self._canvas_width() * self._ms_per_px

    def x_for_ms(self, ms: float) -> float:
        return (ms - self._view_start) / self._ms_per_px

    def ms_for_x(self, x: float) -> int:
        return int(round(self._view_start + x * self._ms_per_px))

    def set_zoom(self, ms_per_px: float, anchor_x: float | None = None) -> None:
        """Zoom keeping the time under ``anchor_x`` (default: the middle) in place."""
        anchor_x = self._canvas_width() / 2 if anchor_x is None else anchor_x
        anchor_ms = self._view_start + anchor_x * self._ms_per_px
        self._ms_per_px = min(_MAX_MS_PER_PX, max(_MIN_MS_PER_PX, float(ms_per_px)))
        self.set_view_start(anchor_ms - anchor_x * self._ms_per_px)

    def set_view_start(self, ms: float) -> None:
        span = self._canvas_width() * self._ms_per_px
        limit = max(0.0, self.duration() - span * 0.5)
        self._view_start = min(max(0.0, float(ms)), limit)
        self._update_scrollbar()
        self.update()

    def reveal(self, start: int, end: int) -> None:
        """Scroll so that ``[start, end]`` is on screen, if it is not already."""
        t0, t1 = self.visible_range()
        if start >= t0 and end <= t1:
            return
        span = t1 - t0
        if end - start > span * 0.8:
            self.set_view_start(start - span * 0.1)
        else:
            self.set_view_start((start + end) / 2 - span / 2)

    def _update_scrollbar(self) -> None:
        span = int(self._canvas_width() * self._ms_per_px)
        self._syncing_scrollbar = True
        self.scrollbar.setRange(0, max(0, self.duration() - span // 2))
        self.scrollbar.setPageStep(max(1, span))
        self.scrollbar.setSingleStep(max(1, span // 10))
        self.scrollbar.setValue(int(self._view_start))
        self._syncing_scrollbar = False

    def _on_scrollbar(self, value: int) -> None:
        if not self._syncing_scrollbar:
            self._view_start = float(value)
            self.update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        height = self.scrollbar.sizeHint().height()
        self.scrollbar.setGeometry(0, self.height() - height, self.width(), height)
        self._update_scrollbar()
        super().resizeEvent(event)

    # -- cues on screen ------------------------------------------------------------------------
    def _times(self, row: int) -> tuple[int, int]:
        drag = self._drag
        if drag is not None and drag.row == row and drag.mode != "seek":
            return drag.new_start, drag.new_end
        cue = self._doc[row]
        return cue.start, cue.end

    def visible_rows(self) -> list[int]:
        t0, t1 = self.visible_range()
        rows = self._index.rows_between(t0, t1)
        drag = self._drag
        if drag is not None and drag.mode != "seek" and drag.row not in rows:
            rows.append(drag.row)
        return rows

    def _hit(self, x: float) -> tuple[str, int] | None:
        """What a press at ``x`` grabs: ("start"|"end"|"move", row), the current cue first."""
        if self._doc is None:
            return None
        ms = self.ms_for_x(x)
        grab_ms = _EDGE_GRAB_PX * self._ms_per_px
        rows = self._index.rows_between(ms - grab_ms, ms + grab_ms + 1)
        # the nearest edge wins; on a tie (one cue ends where the next starts) the edge of the
        # cue under the pointer, then the current cue
        best: tuple[tuple, str, int] | None = None
        for row in rows:
            start, end = self._times(row)
            inside = start <= ms < end
            for mode, edge in (("start", start), ("end", end)):
                distance = abs(self.x_for_ms(edge) - x)
                if distance <= _EDGE_GRAB_PX:
                    rank = (round(distance), not inside, row != self._current_row)
                    if best is None or rank < best[0]:
                        best = (rank, mode, row)
        if best is not None:
            return best[1], best[2]
        inside_rows = [r for r in rows if self._times(r)[0] <= ms < self._times(r)[1]]
        if inside_rows:
            inside_rows.sort(key=lambda r: r != self._current_row)
            return "move", inside_rows[0]
        return None

    # -- mouse ---------------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        x = event.position().x()
        hit = self._hit(x) if event.position().y() >= _RULER_PX else None
        if hit is None or self._stack is None:
            ms = max(0, self.ms_for_x(x))
            self._drag = _Drag("seek", -1, x, ms, ms, ms, ms)
            self.seekRequested.emit(ms)
            return
        mode, row = hit
        start, end = self._times(row)
        self._drag = _Drag(mode, row, x, start, end, start, end)
        self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        x = event.position().x()
        drag = self._drag
        if drag is None:
            hit = self._hit(x) if event.position().y() >= _RULER_PX else None
            if hit is not None and hit[0] in ("start", "end"):
                self.setCursor(Qt.CursorShape.SizeHorCursor)
            elif hit is not None:
                self.setCursor(Qt.CursorShape.OpenHandCursor)
            else:
                self.unsetCursor()
            return
        if drag.mode == "seek":
            self.seekRequested.emit(max(0, self.ms_for_x(x)))
            return
        if not drag.moved and abs(x - drag.press_x) < QApplication.startDragDistance():
            return
        drag.moved = True
        delta = int(round((x - drag.press_x) * self._ms_per_px))
        if not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:  # Shift: no snapping
            delta = self._snapped(drag, delta)
        if drag.mode == "start":
            drag.new_start = min(max(0, drag.start + delta), drag.end - MIN_CUE_MS)
            drag.new_end = drag.end
        elif drag.mode == "end":
            drag.new_start = drag.start
            drag.new_end = max(drag.start + MIN_CUE_MS, drag.end + delta)
        else:
            delta = max(delta, -drag.start)
            drag.new_start, drag.new_end = drag.start + delta, drag.end + delta
            self.setCursor(Qt.CursorShape.ClosedHandCursor)
        self.update()

    def _snapped(self, drag: _Drag, delta: int) -> int:
        """Snap the moving edge to the playhead or a neighbouring cue's edge within a few pixels."""
        reach = _SNAP_PX * self._ms_per_px
        moving = {"start": [drag.start], "end": [drag.end], "move": [drag.start, drag.end]}[drag.mode]
        targets = [self._position]
        lo, hi = min(moving) + delta - reach, max(moving) + delta + reach
        for row in self._index.rows_between(lo - 1, hi + 1):
            if row != drag.row:
                cue = self._doc[row]
                targets += [cue.start, cue.end]
        best = None
        for edge in moving:
            for target in targets:
                gap = target - (edge + delta)
                if abs(gap) <= reach and (best is None or abs(gap) < abs(best)):
                    best = gap
        return delta + best if best is not None else delta

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        hit = self._hit(event.position().x()) if event.position().y() >= _RULER_PX else None
        if event.button() == Qt.MouseButton.LeftButton and hit is not None:
            self.cueActivated.emit(hit[1])
            self.playCueRequested.emit(hit[1])
            return
        super().mouseDoubleClickEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        drag, self._drag = self._drag, None
        if drag is None or event.button() != Qt.MouseButton.LeftButton:
            return super().mouseReleaseEvent(event)
        if drag.mode == "seek":
            return
        if drag.moved and (drag.new_start, drag.new_end) != (drag.start, drag.end) and self._stack is not None:
            # one drag, one undo step: never fold into a neighbouring timing edit of this cue
            self._stack.break_merge()
            self._stack.push(SetTimes(drag.row, drag.new_start, drag.new_end))
            self._stack.break_merge()
        elif not drag.moved:
            self.cueActivated.emit(drag.row)
            if drag.mode == "move":
                self.seekRequested.emit(max(0, self.ms_for_x(event.position().x())))
        self.unsetCursor()
        self.update()

    def wheelEvent(self, event: QWheelEvent) -> None:
        delta = event.angleDelta().y() or event.angleDelta().x()
        if not delta:
            return
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.set_zoom(self._ms_per_px * (0.8 ** (delta / 120)), event.position().x())
        else:
            self.set_view_start(self._view_start - delta / 120 * self._canvas_width() * self._ms_per_px / 8)
        event.accept()

    # -- painting ------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        # Everything but the playhead is cached: while playing, only the playhead moves (50
        # times a second), and the cached layer is redrawn only when the view or data change.
        wave = self._wave_rect()
        colors = palette_colors()
        key = (colors.name, self.size().toTuple(), self._view_start, self._ms_per_px, id(self._peaks),
               self._revision, self._current_row, self._message, self._progress,
               None if self._drag is None else (self._drag.row, self._drag.new_start, self._drag.new_end))
        if key != self._layer_key or self._layer is None:
            ratio = self.devicePixelRatioF()
            # a QImage: the raster engine blends into it faster than into a QPixmap here
            layer = QImage(self.size() * ratio, QImage.Format.Format_RGB32)
            layer.setDevicePixelRatio(ratio)
            layer_painter = QPainter(layer)
            layer_painter.fillRect(QRectF(0, 0, self.width(), self.height()), colors.waveform_background)
            self._paint_ruler(layer_painter, colors)
            self._paint_peaks(layer_painter, wave, colors)
            self._paint_cues(layer_painter, wave, colors)  # tinted over the waveform, labels on top
            self._paint_status(layer_painter, wave, colors)
            layer_painter.end()
            self._layer, self._layer_key = layer, key
        painter = QPainter(self)
        painter.drawImage(0, 0, self._layer)  # clipped to the region being repainted
        self._paint_playhead(painter, wave, colors)
        painter.end()

    def _paint_ruler(self, painter: QPainter, colors: ThemeColors) -> None:
        metrics = QFontMetrics(self.font())
        label_px = metrics.horizontalAdvance("0:00:00.000") + 16
        step = next((s for s in _TICK_STEPS if s / self._ms_per_px >= label_px), _TICK_STEPS[-1])
        t0, t1 = self.visible_range()
        painter.setPen(colors.waveform_ruler)
        minor = step / 5
        first = int(t0 // minor) * minor
        t = first
        while t <= t1:
            x = self.x_for_ms(t)
            major = abs(t / step - round(t / step)) < 1e-6
            painter.drawLine(QPointF(x, _RULER_PX - (8 if major else 4)), QPointF(x, _RULER_PX))
            if major:
                painter.drawText(QPointF(x + 3, _RULER_PX - 8), _clock_label(int(round(t)), step))
            t += minor

    def _paint_cues(self, painter: QPainter, wave: QRectF, colors: ThemeColors) -> None:
        if self._doc is None:
            return
        rows = self.visible_rows()
        if len(rows) > self._canvas_width() // 4:
            self._paint_cue_coverage(painter, wave, rows, colors)
            return
        metrics = QFontMetrics(self.font())
        for row in rows:
            start, end = self._times(row)
            x0, x1 = self.x_for_ms(start), self.x_for_ms(end)
            current = row == self._current_row
            rect = QRectF(x0, wave.top(), max(1.0, x1 - x0), wave.height())
            painter.fillRect(rect.toAlignedRect(), colors.current_cue_fill if current else colors.cue_fill)
            painter.setPen(QPen(colors.current_cue_edge if current else colors.cue_edge, 2 if current else 1))
            painter.drawLine(QPointF(x0, wave.top()), QPointF(x0, wave.bottom()))
            painter.drawLine(QPointF(x1, wave.top()), QPointF(x1, wave.bottom()))
            if x1 - x0 > 24:
                first_line = visible_text(self._doc[row].text).replace("\n", " / ")
                # the number stays left; the text is an isolated run in its own direction (FSI..PDI)
                label = metrics.elidedText(f"{row + 1}  \u2068{first_line}\u2069", Qt.TextElideMode.ElideRight,
                                           int(x1 - x0 - 8))
                chip = QRectF(max(x0, 0) + 2, wave.top() + 1, metrics.horizontalAdvance(label) + 4, metrics.height())
                painter.fillRect(chip, colors.waveform_label_background)
                painter.setPen(colors.waveform_label_text)
                painter.drawText(chip.adjusted(2, 0, 0, 0), label, _LTR_LABEL)

    def _paint_cue_coverage(self, painter: QPainter, wave: QRectF, rows: list[int], colors: ThemeColors) -> None:
        """Zoomed far out, cues are thinner than a pixel: draw the columns they cover, merged
        into runs, so the cost stays per pixel column rather than per cue."""
        width = self._canvas_width()
        cues = self._doc.cues
        starts = np.fromiter((cues[r].start for r in rows), dtype=np.float64, count=len(rows))
        ends = np.fromiter((cues[r].end for r in rows), dtype=np.float64, count=len(rows))
        x0 = np.clip(np.floor((starts - self._view_start) / self._ms_per_px), 0, width).astype(np.int64)
        x1 = np.clip(np.ceil((ends - self._view_start) / self._ms_per_px), 0, width).astype(np.int64)
        x1 = np.maximum(x1, np.minimum(x0 + 1, width))
        depth = np.zeros(width + 1, dtype=np.int64)
        np.add.at(depth, x0, 1)
        np.add.at(depth, x1, -1)
        covered = np.cumsum(depth[:-1]) > 0
        edges = np.flatnonzero(np.diff(np.concatenate([[0], covered.view(np.int8), [0]])))
        for left, right in zip(edges[0::2].tolist(), edges[1::2].tolist()):
            painter.fillRect(int(left), int(wave.top()), int(right - left), int(wave.height()),
                             colors.cue_fill)
        if 0 <= self._current_row < len(cues):
            cue = cues[self._current_row]
            left = int(self.x_for_ms(cue.start))
            painter.fillRect(left, int(wave.top()), max(2, int(self.x_for_ms(cue.end)) - left), int(wave.height()),
                             colors.current_cue_edge)

    def _paint_peaks(self, painter: QPainter, wave: QRectF, colors: ThemeColors) -> None:
        if self._peaks is None or len(self._peaks) == 0:
            return
        width = self._canvas_width()
        t0, t1 = self.visible_range()
        # nothing to draw past the end of the audio
        width = int(min(width, max(0.0, self.x_for_ms(self._peaks.duration_ms))))
        if width <= 0:
            return
        mins, maxs = self._peaks.envelope(t0, t0 + width * self._ms_per_px, width)
        mid = wave.center().y()
        # quiet dialogue must still show its syllables: scale the loudest peak of the file to
        # the strip (at most 8x, so hiss never looks like speech)
        half = wave.height() / 2 * 0.95 * self._gain
        top = mid - maxs.astype(np.float64) * half
        bottom = mid - mins.astype(np.float64) * half
        # one vertical line per pixel column, at least one pixel tall: far cheaper for the
        # raster engine than filling a spiky polygon of the same shape
        bottom = np.clip(np.maximum(bottom, top + 1), wave.top(), wave.bottom())
        top = np.clip(top, wave.top(), wave.bottom())
        lines = [QLineF(x, y0, x, y1) for x, y0, y1 in zip(np.arange(width) + 0.5, top.tolist(), bottom.tolist())]
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(QPen(colors.wave, 1))
        painter.drawLines(lines)

    def _paint_playhead(self, painter: QPainter, wave: QRectF, colors: ThemeColors) -> None:
        x = self.x_for_ms(self._position)
        if 0 <= x <= self._canvas_width():
            painter.setPen(QPen(colors.playhead, 1))
            painter.drawLine(QPointF(x, 0), QPointF(x, wave.bottom()))

    def _paint_status(self, painter: QPainter, wave: QRectF, colors: ThemeColors) -> None:
        text = self._message
        if self._progress is not None:
            text = self.tr("Decoding audio… {percent}%").format(percent=int(self._progress * 100))
            bar = QRectF(wave.left(), wave.bottom() - 3, wave.width() * self._progress, 3)
            painter.fillRect(bar, colors.wave)
        if text:
            painter.setPen(colors.waveform_text)
            painter.drawText(wave, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, text)
