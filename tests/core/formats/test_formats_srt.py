"""SubRip: golden round trip, real-world mess, errors that name the line."""

from __future__ import annotations

import pytest

from subtitle_desk.core import formats
from subtitle_desk.core.document import Cue, Document
from subtitle_desk.core.formats import SubtitleReadError


def test_canonical_multilingual_srt_is_written_back_byte_for_byte(fixture_bytes):
    data = fixture_bytes("canonical_multilingual.srt")
    assert formats.write_bytes(formats.read_bytes(data, path="canonical_multilingual.srt")) == (data, [])


def test_srt_cues_keep_times_text_and_inline_tags(fixture_bytes):
    doc = formats.read_bytes(fixture_bytes("canonical_multilingual.srt"))
    assert (doc[1].start, doc[1].end, doc[1].text) == (4100, 6000, "<i>Ça fait longtemps…</i>")
    assert doc[4].text == '<font color="#ffff00">東京へようこそ。</font>\n你好，世界！'


def test_rtl_text_keeps_its_direction_marks(fixture_bytes):
    doc = formats.read_bytes(fixture_bytes("canonical_multilingual.srt"))
    assert doc[2].text.startswith("\u200fمرحبا")


def test_srt_number_is_kept_as_identifier(fixture_bytes):
    doc = formats.read_bytes(fixture_bytes("canonical_multilingual.srt"))
    assert [c.identifier for c in doc] == ["1", "2", "3", "4", "5", "6"]


def test_messy_srt_is_read_and_saved_normalised(fixture_bytes):
    doc = formats.read_bytes(fixture_bytes("messy.srt"), path="messy.srt")
    assert formats.write_bytes(doc)[0] == fixture_bytes("messy.normalized.srt")


def test_messy_srt_reads_every_cue_with_its_times(fixture_bytes):
    doc = formats.read_bytes(fixture_bytes("messy.srt"))
    assert [(c.start, c.end) for c in doc] == [(1000, 2500), (3000, 4000), (5000, 6000), (7000, 8000),
                                               (9000, 10000), (11000, 12500)]


def test_text_after_a_blank_line_inside_a_cue_is_joined_and_reported(fixture_bytes):
    doc = formats.read_bytes(fixture_bytes("messy.srt"))
    assert doc[4].text == "A cue whose text\ncontinues after a blank line"
    assert doc.warnings == ["1 line of text after a blank line joined to the cue before it (first at line 20)"]


def test_missing_blank_line_between_cues_still_splits_them():
    doc = formats.read_bytes(b"1\n00:00:01,000 --> 00:00:02,000\nOne\n2\n00:00:03,000 --> 00:00:04,000\nTwo\n")
    assert [c.text for c in doc] == ["One", "Two"]


def test_srt_coordinates_after_the_timing_are_kept_as_settings():
    data = b"1\n00:00:01,000 --> 00:00:02,000 X1:40 X2:600 Y1:20 Y2:50\nPositioned\n\n"
    doc = formats.read_bytes(data)
    assert doc[0].settings == "X1:40 X2:600 Y1:20 Y2:50"
    assert formats.write_bytes(doc)[0] == data


def test_srt_is_renumbered_from_one_on_save():
    doc = Document(cues=[Cue(0, 1000, "a", "7"), Cue(2000, 3000, "b", "9")], format="srt")
    assert formats.write_bytes(doc)[0].startswith(b"1\n00:00:00,000 --> 00:00:01,000\na\n\n2\n")


def test_blank_lines_inside_cue_text_are_not_written_since_they_would_end_the_block():
    doc = Document(cues=[Cue(0, 1000, "a\n\nb")], format="srt")
    assert formats.read_bytes(formats.write_bytes(doc)[0])[0].text == "a\nb"


def test_an_empty_file_is_an_empty_document_with_a_note():
    doc = formats.read_bytes(b"", path="empty.srt")
    assert (len(doc), doc.warnings) == (0, ["the file is empty"])


def test_a_broken_timing_line_is_reported_with_file_and_line():
    data = b"1\n00:00:01,000 --> 00:00:02,000\nFine\n\n2\n00:00:03,000 -> 00:00:0x,000\nBroken\n"
    with pytest.raises(SubtitleReadError) as caught:
        formats.read_bytes(data, path="/media/episode1.srt")
    assert str(caught.value) == "episode1.srt, line 6: expected a timing line like 00:00:01,000 --> 00:00:02,000"
    assert (caught.value.path, caught.value.line) == ("/media/episode1.srt", 6)


def test_text_that_is_not_subtitles_is_refused_at_line_one():
    with pytest.raises(SubtitleReadError) as caught:
        formats.read_bytes(b"Dear team,\nplease find attached...\n", path="notes.srt")
    assert caught.value.line == 1
    assert "expected a cue number or a timing line" in caught.value.expected


def test_minutes_above_59_are_refused_with_the_reason():
    with pytest.raises(SubtitleReadError) as caught:
        formats.read_bytes(b"1\n00:75:00,000 --> 00:76:00,000\nx\n", path="a.srt")
    assert caught.value.line == 2
    assert "below 60" in str(caught.value)
