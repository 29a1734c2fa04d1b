"""The subtitle overlay: which text it shows, where, and in which direction."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QImage, QPainter

from subtitle_desk.core.document import Cue, Document
from subtitle_desk.core.edits import UndoStack
from subtitle_desk.ui.media import MediaPanel
from subtitle_desk.ui.media.overlay import SubtitleOverlayItem, line_direction, wants_top, wrap_lines


def test_arabic_and_hebrew_lines_are_laid_out_right_to_left():
    assert line_direction("مرحبا بالعالم!") == Qt.LayoutDirection.RightToLeft
    assert line_direction("«שלום»") == Qt.LayoutDirection.RightToLeft


def test_a_line_starting_with_latin_text_is_left_to_right():
    assert line_direction("- OK, مرحبا") == Qt.LayoutDirection.LeftToRight


def test_ssa_an8_and_a_webvtt_line_at_the_top_place_the_cue_at_the_top():
    assert wants_top(Cue(0, 1, "{\\an8}Sign on the wall"))
    assert wants_top(Cue(0, 1, "Top", settings="line:0"))
    assert wants_top(Cue(0, 1, "Top", settings="align:center line:10%"))
    assert not wants_top(Cue(0, 1, "Bottom", settings="line:90%"))
    assert not wants_top(Cue(0, 1, "Plain"))


def test_overlapping_cues_are_both_shown_top_placed_first(qapp):
    item = SubtitleOverlayItem()
    item.set_cues([Cue(0, 10, "Dialogue"), Cue(0, 10, "{\\an8}SIGN")])
    assert item.text == "SIGN\nDialogue"


def test_markup_is_not_shown_to_the_viewer(qapp):
    item = SubtitleOverlayItem()
    item.set_cues([Cue(0, 10, "<b>Bold</b> &amp; {\\i1}italic{\\i0}")])
    assert item.text == "Bold & italic"


def test_the_text_is_painted_in_the_lower_part_of_the_picture(qapp):
    item = SubtitleOverlayItem()
    item.set_picture_rect(QRectF(0, 0, 320, 180))
    item.set_cues([Cue(0, 10, "MMMMMMMM")])
    image = QImage(320, 180, QImage.Format.Format_RGB32)
    image.fill(QColor(0, 0, 0))
    painter = QPainter(image)
    item.paint(painter, None)
    painter.end()
    white_rows = [y for y in range(180) if any(QColor(image.pixel(x, y)).lightness() > 200 for x in range(0, 320, 2))]
    assert white_rows and min(white_rows) > 180 * 0.6


def test_the_panel_overlay_shows_the_cue_at_the_seeked_position_without_media(qtbot):
    doc = Document([Cue(1000, 2000, "First"), Cue(2000, 3000, "Second")])
    panel = MediaPanel()
    qtbot.addWidget(panel)
    panel.set_document(doc, UndoStack(doc))
    panel.seek(2000)  # an end is exclusive: at 2000 ms the second cue shows, not the first
    assert panel.overlay_text() == "Second"


def test_a_line_wider_than_the_picture_is_wrapped_between_words_not_cut(qapp):
    item = SubtitleOverlayItem()
    item.set_picture_rect(QRectF(0, 0, 320, 180))
    words = "esta línea es demasiado larga para la pantalla de este vídeo"
    item.set_cues([Cue(0, 10, words)])
    image = QImage(320, 180, QImage.Format.Format_RGB32)
    image.fill(QColor(0, 0, 0))
    painter = QPainter(image)
    item.paint(painter, None)
    painter.end()
    lit = [x for x in range(320) if any(QColor(image.pixel(x, y)).lightness() > 200 for y in range(0, 180, 2))]
    assert lit and min(lit) > 320 * 0.04 and max(lit) < 320 * 0.96
    metrics = QFontMetricsF(item._font())
    wrapped = wrap_lines([words], metrics, 320 * 0.9)
    assert len(wrapped) > 1 and " ".join(wrapped) == words
