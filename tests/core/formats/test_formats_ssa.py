"""SSA/ASS: sections, styles, Format lines, comments and event fields survive a round trip."""

from __future__ import annotations

import pytest

from subtitle_desk.core import formats
from subtitle_desk.core.document import Cue, Document
from subtitle_desk.core.formats import SubtitleReadError


@pytest.fixture
def signs(fixture_bytes):
    return formats.read_bytes(fixture_bytes("aegisub_signs.ass"), path="aegisub_signs.ass")


def test_aegisub_ass_file_is_written_back_byte_for_byte(fixture_bytes, signs):
    assert formats.write_bytes(signs) == (fixture_bytes("aegisub_signs.ass"), [])


def test_ass_dialogue_lines_become_cues_and_comment_lines_do_not(signs):
    assert [(c.start, c.end) for c in signs] == [(1500, 4200), (4500, 7000), (5000, 9000), (10000, 12340),
                                                (12500, 14000), (14200, 16000)]


def test_ass_event_fields_are_kept_on_the_cue(signs):
    assert signs[4].extra | {} == {"layer": 0, "style": "Default", "name": "", "marginl": "20", "marginr": "20",
                                   "marginv": "80", "effect": "Banner;12;0"}
    assert (signs[2].extra["layer"], signs[2].extra["style"], signs[0].extra["name"]) == (1, "Sign", "Yuki")


def test_ass_line_breaks_become_newlines_and_override_tags_stay(signs):
    assert signs[0].text == "Où vas-tu ?\nJe rentre à la maison."
    assert signs[2].text == "{\\pos(960,120)\\fad(200,300)}東京駅"


def test_ass_comment_lines_stay_where_they_were(signs):
    assert signs[3].extra["ssa_before"] == ["Comment: 0,0:00:09.00,0:00:10.00,Default,,0,0,0,,TL note: check the station name"]


def test_ass_sections_are_kept_in_file_order(signs):
    assert [s["name"] for s in signs.meta["ssa_sections"]] == ["Script Info", "Aegisub Project Garbage", "V4+ Styles", "Events"]
    assert signs.meta["ssa_variant"] == "ass"


def test_an_edited_ass_cue_is_written_with_its_fields(signs):
    signs[1].text = "Encore\nune journée"
    signs[1].start = 4520
    data = formats.write_bytes(signs)[0].decode("utf-8-sig")
    assert "Dialogue: 0,0:00:04.52,0:00:07.00,Thoughts,Yuki,0,0,0,,Encore\\Nune journée\n" in data


def test_old_ssa_v4_with_marked_field_and_v4_styles_is_written_back_byte_for_byte(fixture_bytes):
    data = fixture_bytes("legacy_v4.ssa")
    doc = formats.read_bytes(data, path="legacy_v4.ssa")
    assert doc.meta["ssa_variant"] == "ssa"
    assert doc[0].extra["marked"] == "Marked=0"
    assert formats.write_bytes(doc)[0] == data


def test_ass_without_script_info_styles_or_format_line_is_read(fixture_bytes):
    doc = formats.read_bytes(fixture_bytes("bare_events.ass"))
    assert [c.text for c in doc] == ["No Script Info, no styles, no Format line", "Still readable"]
    assert formats.write_bytes(doc)[0] == fixture_bytes("bare_events.ass")


def test_dialogue_lines_without_an_events_header_are_read():
    doc = formats.read_bytes(b"[Script Info]\nTitle: x\n\nDialogue: 0,0:00:01.00,0:00:02.00,Default,,0,0,0,,Hi\n")
    assert [c.text for c in doc] == ["Hi"]


def test_a_file_with_only_script_info_has_no_cues_and_says_so():
    doc = formats.read_bytes(b"[Script Info]\nTitle: empty\n")
    assert (len(doc), doc.warnings) == (0, ["the file has no [Events] section, so no cues"])


def test_a_dialogue_line_with_too_few_fields_names_its_line():
    data = b"[Events]\nFormat: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text\nDialogue: 0,0:00:01.00\n"
    with pytest.raises(SubtitleReadError) as caught:
        formats.read_bytes(data, path="ep.ass")
    assert caught.value.line == 3
    assert caught.value.expected.startswith("expected a Dialogue line with 10 comma-separated fields")


def test_a_bad_time_in_a_dialogue_line_names_its_line_and_field():
    data = b"[Events]\nDialogue: 0,0:00:01.00,later,Default,,0,0,0,,x\n"
    with pytest.raises(SubtitleReadError) as caught:
        formats.read_bytes(data, path="ep.ass")
    assert caught.value.line == 2
    assert "in the End field" in caught.value.expected


def test_a_new_ass_document_gets_script_info_a_default_style_and_events():
    data = formats.write_bytes(Document(cues=[Cue(1000, 2000, "Hi\nthere")], format="ssa"))[0].decode()
    assert data.startswith("[Script Info]\n")
    assert "\nStyle: Default," in data
    assert data.endswith("[Events]\nFormat: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text\n"
                         "Dialogue: 0,0:00:01.00,0:00:02.00,Default,,0,0,0,,Hi\\Nthere\n")


def test_fonts_and_graphics_sections_are_kept_verbatim_and_in_place():
    data = ("[Script Info]\nScriptType: v4.00+\n\n[Fonts]\nfontname: chaucer_0.ttf\n"
            "!!!!!#!!!!!!!1!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n\n"
            "[Events]\nFormat: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text\n"
            "Dialogue: 0,0:00:01.00,0:00:02.00,Default,,0,0,0,,Hi\n\n"
            "[Graphics]\nfilename: logo.bmp\n!!!!!!!!!!!\n").encode()
    doc = formats.read_bytes(data)
    assert [c.text for c in doc] == ["Hi"]
    assert formats.write_bytes(doc)[0] == data
    assert "SSA [Fonts] section dropped (1)" in formats.convert(doc, "srt")[1]


def test_crlf_ass_with_aegisub_extradata_round_trips():
    data = ("[Script Info]\r\nScriptType: v4.00+\r\n\r\n[Events]\r\n"
            "Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text\r\n"
            "Dialogue: 0,0:00:01.00,0:00:02.00,Default,,0,0,0,,{\\i1}Hi{\\i0}\r\n\r\n"
            "[Aegisub Extradata]\r\nData: 1,_aegi_perspective_ambient_plane,e\r\n").encode()
    doc = formats.read_bytes(data)
    assert (doc.newline, doc[0].text) == ("\r\n", "{\\i1}Hi{\\i0}")
    assert formats.write_bytes(doc)[0] == data


def test_a_layer_that_is_not_a_plain_number_is_kept_verbatim():
    data = "[Events]\nDialogue: ²0,0:00:01.00,0:00:02.00,Default,,0,0,0,,x\n".encode()
    doc = formats.read_bytes(data)
    assert doc[0].extra["layer"] == "²0"
    assert formats.write_bytes(doc)[0] == data


# -- times SSA would write otherwise ------------------------------------------------------------
MS_ASS = (b"[Script Info]\nScriptType: v4.00+\n\n[Events]\n"
          b"Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text\n"
          b"Dialogue: 0,0:00:01.234,0:00:02.5,Default,,0,0,0,,Milliseconds\n"
          b"Dialogue: 0, 0:00:03.00 ,0:00:04.00,Default,,0,0,0,,Spaced\n"
          b"Dialogue: 0,0:00:05.00,0:00:06.00,Default,,0,0,0,,Plain\n")


def test_times_written_with_milliseconds_or_spaces_are_saved_as_they_were():
    doc = formats.read_bytes(MS_ASS, path="ms.ass")
    assert [(c.start, c.end) for c in doc] == [(1234, 2500), (3000, 4000), (5000, 6000)]
    assert formats.write_bytes(doc) == (MS_ASS, [])


def test_a_cue_whose_text_changed_keeps_its_times_as_written():
    doc = formats.read_bytes(MS_ASS, path="ms.ass")
    doc[0].text = "Edited"
    data, notes = formats.write_bytes(doc)
    assert b"Dialogue: 0,0:00:01.234,0:00:02.5,Default,,0,0,0,,Edited\n" in data and notes == []


def test_a_cue_whose_times_changed_is_written_in_centiseconds_and_the_save_says_so():
    doc = formats.read_bytes(MS_ASS, path="ms.ass")
    doc[0].start = 1236
    doc[1].end = 4100
    data, notes = formats.write_bytes(doc)
    assert b"Dialogue: 0,0:00:01.24,0:00:02.50,Default,,0,0,0,,Milliseconds\n" in data
    assert b"Dialogue: 0,0:00:03.00,0:00:04.10,Default,,0,0,0,,Spaced\n" in data
    assert notes == ["times of 1 cue rounded to centiseconds (SSA's precision)"]


def test_converting_millisecond_times_to_ssa_says_they_were_rounded():
    doc = formats.read_bytes(b"1\n00:00:01,234 --> 00:00:02,000\nx\n", path="ms.srt")
    data, notes = formats.write_bytes(doc, "ssa")
    assert b"0:00:01.23,0:00:02.00" in data
    assert notes == ["times of 1 cue rounded to centiseconds (SSA's precision)"]
