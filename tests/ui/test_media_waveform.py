"""The waveform strip: seeking, retiming cues by dragging, zoom, and drawing only what is visible."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from subtitle_desk.core.document import Cue, Document
from subtitle_desk.core.edits import SetTimes, UndoStack
from subtitle_desk.core.waveform import peaks_from_samples
from subtitle_desk.ui.media.waveform import WaveformWidget


@pytest.fixture
def doc() -> Document:
    return Document([Cue(1000, 2000, "First cue"), Cue(3000, 4500, "Second cue"), Cue(6000, 7000, "Third")])


@pytest.fixture
def strip(qtbot, doc):
    stack = UndoStack(doc)
    widget = WaveformWidget()
    qtbot.addWidget(widget)
    widget.resize(1000, 160)
    widget.set_media_duration(10_000)
    widget.set_document(doc, stack)
    widget.set_zoom(10.0)  # 10 ms per pixel: 0..10 s fills the strip
    widget.set_view_start(0)
    widget.show()
    qtbot.waitExposed(widget)
    widget.stack = stack
    return widget


def y_in_wave(widget: WaveformWidget) -> int:
    return widget.height() // 2


def drag(widget: WaveformWidget, from_x: float, to_x: float) -> None:
    y = y_in_wave(widget)
    QTest.mousePress(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(int(from_x), y))
    # several moves, as a hand does: still one edit at the end
    for step in range(1, 6):
        x = from_x + (to_x - from_x) * step / 5
        QTest.mouseMove(widget, QPoint(int(x), y))
    QTest.mouseRelease(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(int(to_x), y))


def test_dragging_a_cue_start_edge_pushes_exactly_one_set_times_edit(strip, doc):
    drag(strip, strip.x_for_ms(1000), strip.x_for_ms(1000) + 25)
    assert len(strip.stack) == 1
    edit = strip.stack._edits[0]
    assert isinstance(edit, SetTimes)
    assert (edit.row, edit.start, edit.end) == (0, 1250, 2000)
    assert (doc[0].start, doc[0].end) == (1250, 2000)


def test_dragging_a_cue_end_edge_moves_only_the_end(strip, doc):
    drag(strip, strip.x_for_ms(4500), strip.x_for_ms(4500) - 30)
    assert len(strip.stack) == 1
    assert (doc[1].start, doc[1].end) == (3000, 4200)


def test_dragging_a_cue_body_moves_the_whole_cue_in_one_undo_step(strip, doc):
    drag(strip, strip.x_for_ms(6500), strip.x_for_ms(6500) + 50)
    assert (doc[2].start, doc[2].end) == (6500, 7500)
    strip.stack.undo()
    assert (doc[2].start, doc[2].end) == (6000, 7000)


def test_two_drags_of_the_same_cue_are_two_undo_steps(strip, doc):
    drag(strip, strip.x_for_ms(1000), strip.x_for_ms(1000) + 10)
    drag(strip, strip.x_for_ms(1100), strip.x_for_ms(1100) + 10)
    assert len(strip.stack) == 2
    assert doc[0].start == 1200


def test_a_drag_never_makes_a_cue_shorter_than_a_frame(strip, doc):
    drag(strip, strip.x_for_ms(1000), strip.x_for_ms(2500))
    assert doc[0].end - doc[0].start == 40


def test_the_document_does_not_change_while_the_mouse_is_still_down(strip, doc):
    y = y_in_wave(strip)
    QTest.mousePress(strip, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     QPoint(int(strip.x_for_ms(1000)), y))
    QTest.mouseMove(strip, QPoint(int(strip.x_for_ms(1000)) + 40, y))
    assert doc[0].start == 1000 and len(strip.stack) == 0
    QTest.mouseRelease(strip, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                       QPoint(int(strip.x_for_ms(1000)) + 40, y))


def test_clicking_empty_waveform_seeks_there(qtbot, strip):
    with qtbot.waitSignal(strip.seekRequested) as blocker:
        QTest.mouseClick(strip, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                         QPoint(int(strip.x_for_ms(5200)), y_in_wave(strip)))
    assert blocker.args == [5200]
    assert len(strip.stack) == 0


def test_clicking_inside_a_cue_activates_it_without_retiming(qtbot, strip):
    with qtbot.waitSignal(strip.cueActivated) as blocker:
        QTest.mouseClick(strip, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                         QPoint(int(strip.x_for_ms(3700)), y_in_wave(strip)))
    assert blocker.args == [1]
    assert len(strip.stack) == 0


def test_ctrl_wheel_zooms_in_around_the_pointer(strip):
    x = strip.x_for_ms(5000)
    before = strip.ms_per_px()
    event = QWheelEvent(QPointF(x, 50), strip.mapToGlobal(QPointF(x, 50)), QPoint(0, 0), QPoint(0, 120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier, Qt.ScrollPhase.NoScrollPhase,
                        False)
    QApplication.sendEvent(strip, event)
    assert strip.ms_per_px() < before
    assert strip.ms_for_x(x) == pytest.approx(5000, abs=2)


def test_plain_wheel_scrolls_later_in_time(strip):
    strip.set_zoom(2.0, anchor_x=0)
    strip.set_view_start(0)
    event = QWheelEvent(QPointF(10, 50), strip.mapToGlobal(QPointF(10, 50)), QPoint(0, 0), QPoint(0, -120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(strip, event)
    assert strip.view_start() > 0


def test_following_playback_pages_the_view_to_keep_the_playhead_visible(strip):
    strip.set_zoom(2.0, anchor_x=0)
    strip.set_view_start(0)
    strip.set_following(True)
    strip.set_position(8000)
    start, end = strip.visible_range()
    assert start <= 8000 <= end


def test_selecting_a_cue_off_screen_scrolls_it_into_view(strip, doc):
    strip.set_zoom(2.0, anchor_x=0)
    strip.set_view_start(0)
    strip.set_current_row(2)
    start, end = strip.visible_range()
    assert start <= doc[2].start and doc[2].end <= end


def test_with_twenty_thousand_cues_only_the_visible_ones_are_considered(qtbot):
    cues = [Cue(i * 2000, i * 2000 + 1500, f"Cue {i + 1}") for i in range(20_000)]
    doc = Document(cues)
    widget = WaveformWidget()
    qtbot.addWidget(widget)
    widget.resize(1000, 160)
    widget.set_document(doc, UndoStack(doc))
    widget.set_zoom(20.0)
    widget.set_view_start(20_000_000)
    assert widget.visible_rows() == list(range(10_000, 10_010))
    widget.show()
    qtbot.waitExposed(widget)
    widget.repaint()  # draws without error at the far end of the document
    widget.set_zoom(2000.0)  # 8,000 cues on screen: drawn as covered columns
    widget.repaint()


def test_decoding_progress_is_shown_until_the_peaks_arrive(strip):
    strip.set_progress(0.42)
    strip.repaint()
    strip.set_peaks(peaks_from_samples(np.zeros(16000, np.float32), 16000))
    assert strip._progress is None


def test_a_message_replaces_the_waveform_when_there_is_no_audio(strip):
    strip.set_message("This media has no audio track, so there is no waveform.")
    strip.repaint()
    assert "no audio" in strip.message()


def test_where_one_cue_ends_as_the_next_starts_a_drag_just_inside_the_next_moves_its_start(qtbot):
    doc = Document([Cue(1000, 2000, "A"), Cue(2000, 3000, "B")])
    stack = UndoStack(doc)
    widget = WaveformWidget()
    qtbot.addWidget(widget)
    widget.resize(1000, 160)
    widget.set_document(doc, stack)
    widget.set_zoom(10.0)
    widget.set_view_start(0)
    widget.stack = stack
    drag(widget, widget.x_for_ms(2000) + 2, widget.x_for_ms(2000) + 22)
    assert (doc[0].end, doc[1].start) == (2000, 2200)


def test_a_dragged_edge_snaps_to_the_playhead_nearby(strip, doc):
    strip.set_position(2530)
    drag(strip, strip.x_for_ms(2000), strip.x_for_ms(2000) + 50)  # 2500 ms, 3 px from the playhead
    assert doc[0].end == 2530


def test_holding_shift_places_the_edge_without_snapping(strip, doc):
    strip.set_position(2530)
    y = y_in_wave(strip)
    x0 = int(strip.x_for_ms(2000))
    shift = Qt.KeyboardModifier.ShiftModifier
    QTest.mousePress(strip, Qt.MouseButton.LeftButton, shift, QPoint(x0, y))
    for step in range(1, 6):  # QTest.mouseMove cannot carry modifiers: send the events ourselves
        at = QPointF(x0 + 10 * step, y)
        QApplication.sendEvent(strip, QMouseEvent(QEvent.Type.MouseMove, at, strip.mapToGlobal(at),
                                                  Qt.MouseButton.NoButton, Qt.MouseButton.LeftButton, shift))
    QTest.mouseRelease(strip, Qt.MouseButton.LeftButton, shift, QPoint(x0 + 50, y))
    assert doc[0].end == 2500


def test_double_clicking_a_cue_asks_to_play_it(qtbot, strip):
    with qtbot.waitSignal(strip.playCueRequested) as blocker:
        QTest.mouseDClick(strip, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                          QPoint(int(strip.x_for_ms(3700)), y_in_wave(strip)))
    assert blocker.args == [1]
