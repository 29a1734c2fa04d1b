"""Hostile files: reading takes time and memory in proportion to the file, and a bad value ends in
a SubtitleReadError naming the file and the line, never a generic "internal error".

Memory is measured with tracemalloc and work by counting, with bounds far above what a linear
reader needs and far below what a quadratic one took; the few guards that must use a clock allow
seconds for inputs that take a fraction of one (they took 10 to 40 s). The figures themselves
are printed by benchmarks/fuzz_bench.py.
"""

from __future__ import annotations

import time
import tracemalloc
from pathlib import Path

import pytest

from subtitle_desk.core import formats, timecode
from subtitle_desk.core.document import Document
from subtitle_desk.core.formats import SubtitleReadError, srt

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "subtitles"
TT = b'<tt xmlns="http://www.w3.org/ns/ttml" xmlns:tts="http://www.w3.org/ns/ttml#styling">'
P = b'<p begin="0s" end="1s">x</p>'


def refused(data: bytes, path: str = "hostile.bin", format: str | None = None) -> SubtitleReadError:
    with pytest.raises(SubtitleReadError) as caught:
        formats.read_bytes(data, path=path, format=format)
    error = caught.value
    assert error.line >= 1 and "internal error" not in error.expected, error
    assert str(error).startswith(f"{path}, line {error.line}: ")
    return error


def peak_memory(fn) -> int:
    tracemalloc.start()
    try:
        fn()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def cpu_seconds(fn) -> float:
    started = time.process_time()
    fn()
    return time.process_time() - started


# -- TTML nesting ---------------------------------------------------------------------------------
def nested_styled_divs(depth: int) -> bytes:
    return TT + b"<body>" + b'<div style="s1">' * depth + P + b"</div>" * depth + b"</body></tt>"


HOSTILE_TTML = {
    # 20,000 levels took 616 MB (tracemalloc peak) when each level appended to the style list
    "nested styled divs": nested_styled_divs(20_000),
    # 5,000 levels took 405 MB: every level copied every attribute of the levels above
    "nested divs with distinct styling": TT + b"<body>" + b"".join(
        b'<div tts:a%d="1" style="s%d">' % (i, i) for i in range(5_000)) + P + b"</div>" * 5_000 + b"</body></tt>",
    # 5,000 styles took 333 MB: every style copied all the properties of the one it references
    "chain of styles": TT + b"<head><styling>" + b"".join(
        b'<style xml:id="s%d" style="s%d" tts:a%d="1"/>' % (i, i - 1, i) for i in range(5_000))
        + b'</styling></head><body><div style="s4999">' + P * 100 + b"</div></body></tt>",
    # 10,000 levels and paragraphs took 164 MB: each <p> carried the whole list of styles above it
    "paragraphs under nested styled divs": TT + b"<body>" + b'<div style="s1">' * 10_000 + P * 10_000
        + b"</div>" * 10_000 + b"</body></tt>",
}


@pytest.mark.parametrize("name", HOSTILE_TTML)
def test_ttml_memory_grows_with_the_file_not_with_the_square_of_its_nesting(name):
    data = HOSTILE_TTML[name]
    docs = []
    peak = peak_memory(lambda: docs.append(formats.read_bytes(data, path="deep.ttml")))
    assert docs[0][0].text == "x"
    assert peak < 100 * len(data), f"{peak / 1e6:.0f} MB for a {len(data) / 1e6:.2f} MB file"


def test_ttml_nested_100000_levels_deep_reads_and_saves_unchanged_without_recursion():
    data = nested_styled_divs(100_000)
    doc = formats.read_bytes(data, path="deep.ttml")
    assert [(c.start, c.end, c.text) for c in doc] == [(0, 1000, "x")]
    assert formats.write_bytes(doc) == (data, [])


def test_ttml_style_inherited_through_deep_nesting_still_converts():
    data = (TT + b'<head><styling><style xml:id="it" tts:fontStyle="italic"/></styling></head><body>'
            + b'<div style="it">' + b'<div style="other">' * 10_000 + P + b"</div>" * 10_001 + b"</body></tt>")
    doc = formats.read_bytes(data, path="deep.ttml")
    assert formats.convert(doc, "srt")[0][0].text == "<i>x</i>"


def test_ttml_elements_under_deep_nesting_are_read_in_linear_time():
    # each <style/> outside <styling> looked through all 40,000 open elements: about 40 s
    data = TT + b"<body>" + b"<div>" * 40_000 + b"<style/>" * 40_000 + b"</div>" * 40_000 + b"</body></tt>"
    assert cpu_seconds(lambda: formats.read_bytes(data, path="deep.ttml")) < 5


# -- detection ------------------------------------------------------------------------------------
@pytest.mark.parametrize("pattern, sample", [
    (formats._SSA_MARK, "[Events]"), (formats._SSA_MARK, "Dialogue: 0"),
    (formats._SRT_TIMING, "00:00:01,000 -->"), (formats._VTT_TIMING, "00:01.000 -->"),
])
def test_each_format_mark_is_looked_for_within_one_line(pattern, sample):
    # a mark that could start on an earlier blank line made every line start rescan the blank
    # lines below it: quadratic in the 64 KB searched
    match = pattern.search(" \n\t\n  \n" + sample)
    assert match is not None and "\n" not in match.group(0)


@pytest.mark.parametrize("data", [b"  \r\n" * 262_144, b"\r" * 1_048_576], ids=["blank lines", "carriage returns"])
def test_detection_takes_linear_time_over_blank_lines(data):
    # 30 s before (64 KB searched); now milliseconds
    docs = []
    assert cpu_seconds(lambda: docs.append(formats.read_bytes(data, path="blank.txt"))) < 5
    assert len(docs[0]) == 0 and docs[0].warnings[-1] == "the file is empty"


# -- SRT with blank lines inside cues ---------------------------------------------------------------
class CountingText(str):
    """Text that adds up how many characters ``count`` scans: line numbers come from counting
    newlines, and counting from the start of the file for each cue is quadratic."""

    scanned = 0

    def count(self, sub, start=None, end=None):
        begin = 0 if start is None else start
        CountingText.scanned += (len(self) if end is None else end) - begin
        return super().count(sub, begin, len(self) if end is None else end)


def test_srt_cues_with_a_blank_line_inside_are_read_counting_each_newline_about_once():
    cues = 20_000  # 6.7 s before
    text = CountingText("".join(f"{i}\n00:00:01,000 --> 00:00:02,000\nline\n\nstray\n\n" for i in range(1, cues + 1)))
    CountingText.scanned = 0
    doc = srt.read(text, "blank.srt", Document(format="srt"))
    assert len(doc) == cues and doc[-1].text == "line\nstray"
    assert doc.warnings == [f"{cues} lines of text after a blank line joined to the cue before them (first at line 5)"]
    assert CountingText.scanned <= 2 * len(text)


def test_srt_line_numbers_after_a_blank_line_are_still_right():
    text = ("1\n00:00:01,000 --> 00:00:02,000\nline\n\nstray\n\n"
            "2\n00:00:03,000 --> 00:00:04,000\nok\n\nstray\n12\n00:00:05,000 -> bad\n")
    assert refused(text.encode(), "b.srt").line == 13


# -- markup in converted text -----------------------------------------------------------------------
@pytest.mark.parametrize("head, text, to", [
    (b"1\n00:00:01,000 --> 00:00:02,000\n", b"<a" + b"b" * 80_000, "vtt"),
    (b"1\n00:00:01,000 --> 00:00:02,000\n", b"<a" + b".b" * 40_000, "vtt"),
    (b"1\n00:00:01,000 --> 00:00:02,000\n", b"<font " + b"a" * 80_000 + b">x</font>", "vtt"),
    (b"WEBVTT\n\n00:01.000 --> 00:02.000\n", b"<v" + b" " * 80_000, "ssa"),
], ids=["unclosed tag", "unclosed tag with classes", "font attributes without values", "unclosed voice tag"])
def test_converting_a_cue_with_a_long_unclosed_tag_takes_linear_time(head, text, to):
    # 13 to 40 s before: the tag patterns retried every split of the run of letters or spaces
    doc = formats.read_bytes(head + text + b"\n", path="tag.sub")
    assert cpu_seconds(lambda: formats.write_bytes(doc, to)) < 5


# -- absurd values ----------------------------------------------------------------------------------
NINES_TTML = TT + b'<body><div>\n<p begin="0s" end="' + b"9" * 4300 + b'h">x</p>\n</div></body></tt>'


@pytest.mark.parametrize("data, path, line", [
    (b"1\n00:00:01,000 --> 1000:00:00,000\nx\n", "a.srt", 2),
    (b"WEBVTT\n\n00:01.000 --> 1000:00:00.000\nx\n", "a.vtt", 3),
    (b"[Events]\nDialogue: 0,0:00:01.00,1000:00:00.00,Default,,0,0,0,,x\n", "a.ass", 2),
    (NINES_TTML, "a.ttml", 2),
    (TT + b'<body><div>\n<p begin="0s" end="3600000s">x</p></div></body></tt>', "a.ttml", 2),
    (TT + b'<body><div>\n<p begin="999h" dur="2h">x</p></div></body></tt>', "a.ttml", 2),
    (TT + b'<body><div>\n<p begin="0s" end="00:00:00:' + b"9" * 5000 + b'">x</p></div></body></tt>', "a.ttml", 2),
    (TT + b'<body>\n' + b'<div begin="900h">' * 2 + P + b"</div>" * 2 + b"</body></tt>", "a.ttml", 2),
    (TT + b'<body><div begin="900h">\n<p begin="100h" end="101h">x</p></div></body></tt>', "a.ttml", 2),
], ids=["srt", "vtt", "ssa", "ttml 4300 nines", "ttml seconds", "ttml dur", "ttml frames", "ttml nested begin",
        "ttml div begin"])
def test_times_past_999_hours_are_refused_at_reading_naming_the_line(data, path, line):
    error = refused(data, path)
    assert error.line == line and "999:59:59.999" in error.expected


@pytest.mark.parametrize("data, path, end", [
    (b"1\n00:00:01,000 --> 999:59:59,999\nx\n", "a.srt", timecode.MAX_MS),
    (b"WEBVTT\n\n00:01.000 --> 999:59:59.999\nx\n", "a.vtt", timecode.MAX_MS),
    (b"[Events]\nDialogue: 0,0:00:01.00,999:59:59.99,Default,,0,0,0,,x\n", "a.ass", timecode.MAX_MS - 9),
    (TT + b'<body><div><p begin="0s" end="3599999.999s">x</p></div></body></tt>', "a.ttml", timecode.MAX_MS),
    (TT + b'<body><div><p begin="0s" end="' + b"0" * 5000 + b'1.' + b"5" * 5000 + b's">x</p></div></body></tt>',
     "a.ttml", 1556),
], ids=["srt", "vtt", "ssa", "ttml", "ttml with thousands of digits"])
def test_the_latest_time_allowed_is_read(data, path, end):
    assert formats.read_bytes(data, path=path)[0].end == end


def test_an_ssa_layer_of_thousands_of_digits_is_refused_naming_the_line():
    data = (b"[Events]\nFormat: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text\n"
            b"Dialogue: 0,0:00:01.00,0:00:02.00,Default,,0,0,0,,ok\n"
            b"Dialogue: " + b"9" * 4400 + b",0:00:01.00,0:00:02.00,Default,,0,0,0,,hi\n")
    error = refused(data, "layer.ass")
    assert error.line == 4 and "Layer" in error.expected


def test_a_large_but_possible_ssa_layer_is_kept():
    data = b"[Events]\nDialogue: 2147483647,0:00:01.00,0:00:02.00,Default,,0,0,0,,hi\n"
    doc = formats.read_bytes(data, path="layer.ass")
    assert doc[0].extra["layer"] == 2_147_483_647 and formats.write_bytes(doc)[0] == data


def test_ttml_timing_parameters_of_thousands_of_digits_are_refused_naming_the_line():
    data = (b'<tt xmlns="http://www.w3.org/ns/ttml" xmlns:ttp="http://www.w3.org/ns/ttml#parameter"\n'
            b'ttp:tickRate="' + b"9" * 5000 + b'"><body><div>' + P + b"</div></body></tt>")
    assert refused(data, "rate.ttml").line == 1


@pytest.mark.parametrize("name", sorted(p.name for p in FIXTURES.iterdir() if p.suffix in (".ttml", ".dfxp")))
def test_ttml_cut_off_anywhere_is_refused_naming_a_line(name):
    # cut inside the closing tag after an empty element, it was an "internal error" without a line
    data = (FIXTURES / name).read_bytes()
    for cut in range(1, len(data)):
        try:
            formats.read_bytes(data[:cut], path=name, format="ttml")
        except SubtitleReadError as error:
            assert error.line >= 1 and "internal error" not in error.expected, (cut, str(error))


@pytest.mark.parametrize("name", sorted(p.name for p in FIXTURES.iterdir() if p.suffix not in (".ttml", ".dfxp")))
def test_other_files_cut_off_anywhere_are_read_or_refused_naming_a_line(name):
    data = (FIXTURES / name).read_bytes()
    for cut in range(1, len(data), 7):
        try:
            formats.read_bytes(data[:cut], path=name)
        except SubtitleReadError as error:
            assert error.line >= 1 and "internal error" not in error.expected, (cut, str(error))


# -- empty <p/> -------------------------------------------------------------------------------------
@pytest.mark.parametrize("between", [b"", b"\n", b"<p begin=\"1s\" end=\"2s\">y</p>"])
def test_an_empty_ttml_paragraph_is_saved_unchanged(between):
    data = TT + b'<body><div><p begin="0s" end="1s" />' + between + b"</div></body></tt>"
    doc = formats.read_bytes(data, path="empty.ttml")
    assert doc[0].text == "" and doc[0].extra["ttml_close"] == ""
    assert formats.write_bytes(doc) == (data, [])


def test_text_typed_into_an_empty_ttml_paragraph_gets_a_closing_tag():
    doc = formats.read_bytes(TT + b'<body><div><p begin="0s" end="1s"/></div></body></tt>', path="empty.ttml")
    doc[0].text = "now"
    doc[0].end = 1500
    data = formats.write_bytes(doc)[0]
    assert b'<p begin="0s" end="1.5s">now</p></div>' in data
