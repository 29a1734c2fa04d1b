"""Converting between formats keeps times and visible text, translates basic markup and says
what the target format could not carry."""

from __future__ import annotations

import itertools

import pytest

from subtitle_desk.core import formats
from subtitle_desk.core.document import Cue, Document, visible_text

SOURCES = {"srt": "canonical_multilingual.srt", "vtt": "lecture_notes_styles.vtt", "ssa": "aegisub_signs.ass",
           "ttml": "broadcast_frames.dfxp"}


def seen(text: str, fmt: str) -> str:
    """What a viewer reads, with SSA's own escapes spelled out like the other formats."""
    if fmt == "ssa":
        text = text.replace("\\h", "\u00a0").replace("\\n", " ")
    return visible_text(text)


@pytest.mark.parametrize("src, dst", [p for p in itertools.permutations(formats.FORMATS, 2)])
def test_conversion_keeps_cue_times_and_visible_text(fixture_bytes, src, dst):
    source = formats.read_bytes(fixture_bytes(SOURCES[src]))
    data, _ = formats.write_bytes(source, dst)
    result = formats.read_bytes(data)
    tolerance = 5 if "ssa" in (src, dst) else 0  # SSA keeps centiseconds
    assert result.format == dst
    assert len(result) == len(source)
    for before, after in zip(source, result):
        assert abs(before.start - after.start) <= tolerance and abs(before.end - after.end) <= tolerance
        assert seen(after.text, dst) == seen(before.text, src)


STYLED = "<i>italic</i> and <b>bold</b>\nand <u>underlined</u> & plain"


@pytest.mark.parametrize("dst, expected", [
    ("vtt", "<i>italic</i> and <b>bold</b>\nand <u>underlined</u> &amp; plain"),
    ("ssa", "{\\i1}italic{\\i0} and {\\b1}bold{\\b0}\nand {\\u1}underlined{\\u0} & plain"),
    ("ttml", '<span tts:fontStyle="italic">italic</span> and <span tts:fontWeight="bold">bold</span>\n'
             'and <span tts:textDecoration="underline">underlined</span> &amp; plain'),
])
def test_italic_bold_and_underline_are_translated(dst, expected):
    doc = Document(cues=[Cue(0, 1000, STYLED)], format="srt")
    assert formats.convert(doc, dst)[0][0].text == expected


@pytest.mark.parametrize("via", ["vtt", "ssa", "ttml"])
def test_basic_markup_comes_back_unchanged_after_a_trip_through_another_format(via):
    doc = Document(cues=[Cue(0, 1000, STYLED)], format="srt")
    there = formats.read_bytes(formats.write_bytes(doc, via)[0])
    assert formats.convert(there, "srt")[0][0].text == STYLED


def test_a_ttml_style_reference_that_is_italic_becomes_italic(fixture_bytes):
    doc = formats.read_bytes(fixture_bytes("broadcast_frames.dfxp"))
    assert formats.convert(doc, "srt")[0][1].text == "<i>(musique douce)</i>"


def test_an_italic_ssa_style_makes_the_whole_cue_italic(fixture_bytes):
    doc = formats.read_bytes(fixture_bytes("aegisub_signs.ass"))
    assert formats.convert(doc, "vtt")[0][1].text == "<i>Encore une longue journée…</i>"


def test_ssa_override_tags_are_dropped_with_a_note(fixture_bytes):
    doc = formats.read_bytes(fixture_bytes("aegisub_signs.ass"))
    converted, notes = formats.convert(doc, "srt")
    assert converted[2].text == "{\\an8}<b>東京駅</b>"  # the Sign style is bold and top-centred
    assert "SSA override tags such as {\\pos(...)} dropped from 1 cue" in notes


def test_webvtt_cue_settings_are_dropped_with_a_note(fixture_bytes):
    doc = formats.read_bytes(fixture_bytes("lecture_notes_styles.vtt"))
    _, notes = formats.convert(doc, "srt")
    assert "WebVTT cue settings such as 'align:center' dropped from 3 cues" in notes


def test_every_note_for_webvtt_to_srt(fixture_bytes):
    doc = formats.read_bytes(fixture_bytes("lecture_notes_styles.vtt"))
    assert formats.convert(doc, "srt")[1] == [
        "WebVTT voice tags such as <v Professor Díaz> dropped from 2 cues",
        "WebVTT cue settings such as 'align:center' dropped from 3 cues",
        "WebVTT cue identifiers dropped from 2 cues",
        "WebVTT class, language and ruby tags such as <c.loud> dropped from 1 cue",
        "WebVTT karaoke timestamps dropped from 1 cue",
        "WebVTT NOTE blocks dropped (2)",
        "WebVTT STYLE blocks dropped (1)",
        "WebVTT REGION blocks dropped (1)",
        "WebVTT header lines dropped (2)",
    ]


def test_every_note_for_ass_to_webvtt(fixture_bytes):
    doc = formats.read_bytes(fixture_bytes("aegisub_signs.ass"))
    assert formats.convert(doc, "vtt")[1] == [
        "SSA actor names dropped from 3 cues",
        "SSA styles other than Default dropped from 2 cues",
        "SSA override tags such as {\\pos(...)} dropped from 1 cue",
        "SSA layers dropped from 1 cue",
        "SSA effects such as 'Banner;12;0' dropped from 1 cue",
        "SSA per-cue margins dropped from 1 cue",
        "SSA Comment lines dropped (2)",
        "SSA style definitions dropped (3)",
    ]


def test_ttml_regions_and_definitions_are_noted(fixture_bytes):
    doc = formats.read_bytes(fixture_bytes("broadcast_frames.dfxp"))
    notes = formats.convert(doc, "srt")[1]
    assert 'TTML regions such as region="top" dropped from 1 cue' in notes
    assert "TTML style definitions dropped (2)" in notes


def test_srt_font_colours_are_dropped_with_a_note_when_the_target_cannot_carry_them(fixture_bytes):
    doc = formats.read_bytes(fixture_bytes("canonical_multilingual.srt"))
    converted, notes = formats.convert(doc, "vtt")
    assert converted[4].text == "東京へようこそ。\n你好，世界！"
    assert notes == ["text colours such as #ffff00 dropped from 1 cue"]


@pytest.mark.parametrize("dst, expected", [
    ("ssa", "{\\c&H00FFFF&}Yellow{\\c} and plain"),
    ("ttml", '<span tts:color="#ffff00">Yellow</span> and plain'),
])
def test_srt_font_colours_become_ssa_and_ttml_colours(dst, expected):
    doc = Document(cues=[Cue(0, 1000, '<font color="#FFFF00">Yellow</font> and plain')], format="srt")
    converted, notes = formats.convert(doc, dst)
    assert (converted[0].text, notes) == (expected, [])


@pytest.mark.parametrize("via", ["ssa", "ttml"])
def test_font_colours_come_back_after_a_trip_through_ssa_or_ttml(via):
    doc = Document(cues=[Cue(0, 1000, '<font color="#ff0000">Red</font>, <i>italic</i>')], format="srt")
    there = formats.read_bytes(formats.write_bytes(doc, via)[0])
    assert formats.convert(there, "srt")[0][0].text == doc[0].text


def test_font_faces_and_sizes_are_noted_when_dropped():
    doc = Document(cues=[Cue(0, 1000, '<font face="Arial" size="20">Big</font>')], format="srt")
    assert formats.convert(doc, "ssa")[1] == ['SRT <font> faces and sizes such as <font face="Arial" size="20"> '
                                              "dropped from 1 cue"]


def test_times_rounded_to_centiseconds_are_noted():
    doc = Document(cues=[Cue(1234, 2000, "x"), Cue(3000, 4000, "y")], format="srt")
    assert formats.convert(doc, "ssa")[1] == ["times of 1 cue rounded to centiseconds (SSA's precision)"]


def test_a_lossless_conversion_has_no_notes():
    doc = Document(cues=[Cue(1000, 2000, "<i>Hola</i>\nseñor")], format="srt")
    assert [formats.convert(doc, fmt)[1] for fmt in ("vtt", "ssa", "ttml")] == [[], [], []]


def test_a_webvtt_voice_becomes_the_ssa_actor_name():
    doc = formats.read_bytes(b"WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Mary>Hi\n")
    converted, _ = formats.convert(doc, "ssa")
    assert (converted[0].extra["name"], converted[0].text) == ("Mary", "Hi")


def test_convert_returns_a_new_document_and_leaves_the_source_alone(fixture_bytes):
    doc = formats.read_bytes(fixture_bytes("aegisub_signs.ass"))
    before = [c.copy() for c in doc]
    converted, _ = formats.convert(doc, "srt")
    converted[0].text = "changed"
    assert converted is not doc and converted.format == "srt"
    assert [c.text for c in doc] == [c.text for c in before]


def test_converting_to_the_same_format_is_an_independent_copy(fixture_bytes):
    doc = formats.read_bytes(fixture_bytes("lecture_notes_styles.vtt"))
    copy, notes = formats.convert(doc, "vtt")
    copy[2].extra["vtt_notes"].append("NOTE new")
    assert notes == [] and doc[2].extra["vtt_notes"] == ["NOTE music cue below"]


def test_the_webvtt_language_header_becomes_the_ttml_language():
    doc = formats.read_bytes(b"WEBVTT\nLanguage: pt-BR\n\n00:00:01.000 --> 00:00:02.000\nOi\n")
    assert b'xml:lang="pt-BR"' in formats.write_bytes(doc, "ttml")[0]


def test_an_ssa_placement_override_is_kept_in_srt_the_way_srt_editors_write_it():
    doc = formats.read_bytes(b"[Events]\nDialogue: 0,0:00:01.00,0:00:02.00,Default,,0,0,0,,{\\an8}Top line\n")
    converted, notes = formats.convert(doc, "srt")
    assert (converted[0].text, notes) == ("{\\an8}Top line", [])


def test_a_placement_becomes_webvtt_cue_settings():
    doc = formats.read_bytes(b"1\n00:00:01,000 --> 00:00:02,000\n{\\an8}Top line\n")
    converted, notes = formats.convert(doc, "vtt")
    assert (converted[0].settings, converted[0].text, notes) == ("line:0", "Top line", [])


def test_webvtt_top_line_settings_become_an_srt_placement():
    doc = formats.read_bytes(b"WEBVTT\n\n00:00:01.000 --> 00:00:02.000 line:0 align:start\nTop left\n")
    assert formats.convert(doc, "srt")[0][0].text == "{\\an7}Top left"


def test_an_ssa_style_alignment_places_its_cues(fixture_bytes):
    doc = formats.read_bytes(fixture_bytes("aegisub_signs.ass"))
    assert formats.convert(doc, "vtt")[0][2].settings == "line:0"


def test_placements_ttml_cannot_carry_are_noted():
    doc = formats.read_bytes(b"1\n00:00:01,000 --> 00:00:02,000\n{\\an8}Top line\n")
    assert formats.convert(doc, "ttml")[1] == ["cue placements such as {\\an8} dropped from 1 cue"]

