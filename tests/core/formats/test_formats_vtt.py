"""WebVTT: header, NOTE/STYLE/REGION blocks, identifiers and settings survive a round trip."""

from __future__ import annotations

import pytest

from subtitle_desk.core import formats
from subtitle_desk.core.document import Cue, Document, visible_text
from subtitle_desk.core.formats import SubtitleReadError, vtt


@pytest.fixture
def lecture(fixture_bytes):
    return formats.read_bytes(fixture_bytes("lecture_notes_styles.vtt"), path="lecture_notes_styles.vtt")


def test_webvtt_with_notes_styles_regions_ids_and_settings_is_written_back_byte_for_byte(fixture_bytes, lecture):
    assert formats.write_bytes(lecture) == (fixture_bytes("lecture_notes_styles.vtt"), [])


def test_webvtt_cue_identifiers_and_settings_are_kept(lecture):
    assert [(c.identifier, c.settings) for c in lecture][:3] == [
        ("intro-1", "align:center line:90%"),
        ("intro-2", "region:speaker align:start"),
        ("3", "position:10%,line-left size:35%"),
    ]


def test_webvtt_header_text_is_kept(lecture):
    assert lecture.meta["vtt_header"] == "WEBVTT - Lecture 4, with speaker notes\nKind: captions\nLanguage: en"


def test_webvtt_style_region_and_note_blocks_before_the_cues_stay_in_order(lecture):
    assert [b.split("\n")[0] for b in lecture.meta["vtt_blocks"]] == ["STYLE", "REGION", "NOTE"]


def test_a_note_between_cues_stays_before_the_cue_it_preceded(lecture):
    assert lecture[2].extra["vtt_notes"] == ["NOTE music cue below"]


def test_webvtt_cue_text_keeps_voice_class_and_timestamp_markup(lecture):
    assert lecture[1].text == "<v.loud Student>Can you <b>repeat</b> that?\n<c.loud>Louder</c> &amp; clearer, 5 &lt; 6"
    assert lecture[3].text.startswith("<00:00:08.250>Karaoke")


def test_times_without_hours_are_written_without_hours():
    data = b"WEBVTT\n\n00:01.000 --> 00:02.000\nShort\n"
    assert formats.write_bytes(formats.read_bytes(data))[0] == data


def test_times_without_hours_still_get_hours_past_one_hour():
    doc = formats.read_bytes(b"WEBVTT\n\n00:01.000 --> 00:02.000\nShort\n")
    doc[0].end = 3_600_000 + 2000
    assert b"00:01.000 --> 01:00:02.000" in formats.write_bytes(doc)[0]


def test_cues_with_hours_above_99_are_read():
    doc = formats.read_bytes(b"WEBVTT\n\n120:00:00.000 --> 120:00:02.500\nVery long stream\n")
    assert (doc[0].start, doc[0].end) == (432_000_000, 432_002_500)


def test_a_cue_without_a_blank_line_before_it_is_still_a_cue():
    doc = formats.read_bytes(b"WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nOne\n00:00:03.000 --> 00:00:04.000\nTwo\n")
    assert [c.text for c in doc] == ["One", "Two"]


def test_an_arrow_inside_cue_text_stays_text():
    doc = formats.read_bytes(b"WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nParis --> Lyon\n")
    assert doc[0].text == "Paris --> Lyon"


def test_a_block_without_timing_is_kept_as_written_and_reported():
    data = b"WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nOne\n\nstray paragraph\n\n00:00:03.000 --> 00:00:04.000\nTwo\n"
    doc = formats.read_bytes(data)
    assert formats.write_bytes(doc)[0] == data
    assert doc.warnings == ["1 block without a timing line kept as written"]


def test_a_file_without_the_webvtt_signature_is_refused_at_line_one():
    with pytest.raises(SubtitleReadError) as caught:
        formats.read_bytes(b"WEBVTX\n\n00:00:01.000 --> 00:00:02.000\nx\n", path="talk.vtt", format="vtt")
    assert str(caught.value) == "talk.vtt, line 1: expected the WebVTT signature 'WEBVTT' on the first line"


def test_cues_without_the_signature_line_are_read_and_the_signature_is_added_on_save():
    doc = formats.read_bytes(b"00:00:01.000 --> 00:00:02.000\nhi\n", path="hand.vtt")
    assert doc.warnings == ["the WEBVTT signature line is missing; it will be added on save"]
    assert formats.write_bytes(doc)[0] == b"WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nhi\n"


def test_a_broken_webvtt_timing_line_names_its_line():
    with pytest.raises(SubtitleReadError) as caught:
        formats.read_bytes(b"WEBVTT\n\nid\n00:00:01.000 --> soon\nx\n", path="talk.vtt")
    assert caught.value.line == 4
    assert caught.value.expected.startswith("expected a timing line like 00:00:01.000 --> 00:00:02.000")


def test_a_new_webvtt_document_writes_a_plain_signature():
    doc = Document(cues=[Cue(0, 1500, "Hi")], format="vtt")
    assert formats.write_bytes(doc)[0] == b"WEBVTT\n\n00:00:00.000 --> 00:00:01.500\nHi\n"


# -- "-->" in cue text: forbidden by WebVTT, kept only where the file had it ----------------------
ARROW_VTT = b"WEBVTT\n\n00:01.000 --> 00:02.000\nPress A --> B\nthen C-->D\n\n00:03.000 --> 00:04.000\nplain\n"


def test_arrow_in_cue_text_read_from_the_file_is_saved_byte_for_byte():
    doc = formats.read_bytes(ARROW_VTT, path="arrow.vtt")
    assert doc[0].text == "Press A --> B\nthen C-->D"
    assert formats.write_bytes(doc) == (ARROW_VTT, [])


def test_arrow_in_edited_cue_text_is_escaped_and_the_save_says_so():
    doc = formats.read_bytes(ARROW_VTT, path="arrow.vtt")
    doc[0].text = "Press A --> B now"
    doc[1].text = "x --> y"
    data, notes = formats.write_bytes(doc)
    assert b"\nPress A --&gt; B now\n" in data and b"\nx --&gt; y\n" in data
    assert notes == ["'-->' written as '--&gt;' in 2 cues (WebVTT cue text cannot contain '-->')"]
    again = formats.read_bytes(data, path="again.vtt")
    assert [c.text for c in again] == ["Press A --&gt; B now", "x --&gt; y"]
    assert visible_text(again[0].text) == "Press A --> B now"


def test_arrow_in_a_new_cue_is_escaped_even_when_it_would_look_like_a_timing_line():
    doc = Document(cues=[Cue(0, 1000, "00:05.000 --> 00:06.000")], format="vtt", meta=vtt.new_meta(Document()))
    data, notes = formats.write_bytes(doc)
    assert len(formats.read_bytes(data, path="new.vtt")) == 1 and len(notes) == 1


def test_converting_text_with_an_arrow_to_webvtt_writes_a_character_reference():
    srt = formats.read_bytes(b"1\n00:00:01,000 --> 00:00:02,000\nA --> B\n", path="arrow.srt")
    data, _ = formats.write_bytes(srt, "vtt")
    assert b"\nA --&gt; B\n" in data
