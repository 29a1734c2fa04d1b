"""Independent libraries agree with our readers on clean files and can read what we write.

pysrt and webvtt-py are too slow and too strict to read with (see formats.srt / formats.vtt),
but on well-formed files they are good referees; pysubs2 (a test dependency) referees SSA/ASS.
"""

from __future__ import annotations

import io

import pysrt
import pysubs2
import webvtt

from subtitle_desk.core import formats
from subtitle_desk.core.document import visible_text


def test_pysrt_reads_the_same_cues_as_we_do(fixture_bytes):
    data = fixture_bytes("canonical_multilingual.srt")
    ours = formats.read_bytes(data)
    theirs = pysrt.from_string(data.decode("utf-8-sig"))
    assert [(c.start, c.end, c.text) for c in ours] == [(s.start.ordinal, s.end.ordinal, s.text) for s in theirs]


def test_webvtt_py_reads_the_same_cues_as_we_do(fixture_bytes):
    data = fixture_bytes("lecture_notes_styles.vtt")
    ours = formats.read_bytes(data)
    theirs = webvtt.from_buffer(io.StringIO(data.decode()))
    assert [(c.identifier or None, c.start, c.end, c.text) for c in ours] == [
        (t.identifier, t.start_time.in_milliseconds(), t.end_time.in_milliseconds(), t.raw_text) for t in theirs]


def test_pysubs2_reads_the_same_ass_events_as_we_do(fixture_bytes):
    data = fixture_bytes("aegisub_signs.ass")
    ours = formats.read_bytes(data)
    theirs = [e for e in pysubs2.SSAFile.from_string(data.decode("utf-8-sig")) if not e.is_comment]
    assert [(c.start, c.end, c.extra["style"], c.extra["name"], c.extra["layer"], c.text.replace("\n", "\\N"))
            for c in ours] == [(e.start, e.end, e.style, e.name, e.layer, e.text) for e in theirs]


def test_pysubs2_reads_our_ass_conversion_with_the_same_times_and_text(fixture_bytes):
    source = formats.read_bytes(fixture_bytes("canonical_multilingual.srt"))
    data, _ = formats.write_bytes(source, "ssa")
    theirs = pysubs2.SSAFile.from_string(data.decode("utf-8-sig"))
    assert [(e.start, e.end, e.plaintext) for e in theirs] == [
        (round(c.start, -1), round(c.end, -1), visible_text(c.text)) for c in source]  # centiseconds


def test_pysubs2_reads_our_ttml_conversion_with_the_same_times(fixture_bytes):
    source = formats.read_bytes(fixture_bytes("aegisub_signs.ass"))
    data, _ = formats.write_bytes(source, "ttml")
    theirs = pysubs2.SSAFile.from_string(data.decode(), format_="ttml")
    assert [(e.start, e.end) for e in theirs] == [(c.start, c.end) for c in source]
