"""Properties over generated documents: every format writes what it reads, and conversions keep
times and visible text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from subtitle_desk.core import formats
from subtitle_desk.core.document import Cue, Document, visible_text

WORD = st.one_of(st.text(alphabet=st.sampled_from(list("abcxyzÀéñßøçĞ&'?!.,;:-—«»\"0123456789")), min_size=1, max_size=8),
                 st.sampled_from(["مرحبا", "\u200fשלום", "東京", "你好"]))
LINE = st.lists(WORD, min_size=1, max_size=5).map(" ".join)
TEXT = st.lists(LINE, min_size=1, max_size=3).map("\n".join)
STYLED = st.tuples(TEXT, st.sampled_from(["", "i", "b", "u"])).map(lambda t: f"<{t[1]}>{t[0]}</{t[1]}>" if t[1] else t[0])


@st.composite
def documents(draw):
    count = draw(st.integers(min_value=0, max_value=8))
    start = 0
    cues = []
    for _ in range(count):
        start += draw(st.integers(min_value=0, max_value=5000))
        end = start + draw(st.integers(min_value=1, max_value=7000))
        cues.append(Cue(start, end, draw(STYLED)))
        start = end
    return Document(cues=cues, format="srt", newline=draw(st.sampled_from(["\n", "\r\n"])),
                    bom=draw(st.booleans()))


@pytest.mark.parametrize("fmt", formats.FORMATS)
@given(doc=documents())
@settings(max_examples=40, deadline=None)
def test_a_converted_document_reads_back_with_the_same_times_and_visible_text(fmt, doc):
    data, _ = formats.write_bytes(doc, fmt)
    back = formats.read_bytes(data, path=f"x.{fmt}")
    tolerance = 5 if fmt == "ssa" else 0
    assert back.format == fmt and len(back) == len(doc)
    for before, after in zip(doc, back):
        assert abs(before.start - after.start) <= tolerance and abs(before.end - after.end) <= tolerance
        assert visible_text(after.text) == visible_text(before.text)


@pytest.mark.parametrize("fmt", formats.FORMATS)
@given(doc=documents())
@settings(max_examples=40, deadline=None)
def test_writing_what_was_read_gives_the_same_bytes(fmt, doc):
    data, _ = formats.write_bytes(doc, fmt)
    assert formats.write_bytes(formats.read_bytes(data))[0] == data


@pytest.mark.parametrize("fmt", ["vtt", "ssa", "ttml"])
@given(doc=documents())
@settings(max_examples=30, deadline=None)
def test_italic_bold_and_underline_survive_a_trip_through_any_format(fmt, doc):
    doc = Document(cues=[Cue(c.start // 10 * 10, c.end // 10 * 10, c.text) for c in doc], format="srt")
    there = formats.read_bytes(formats.write_bytes(doc, fmt)[0])
    back, _ = formats.convert(there, "srt")
    assert [c.text for c in back] == [c.text for c in doc]


FIXTURE_FILES = ["canonical_multilingual.srt", "messy.srt", "lecture_notes_styles.vtt", "aegisub_signs.ass",
                 "legacy_v4.ssa", "bare_events.ass", "broadcast_frames.dfxp", "netflix_ticks.ttml"]
EDIT = st.tuples(st.sampled_from(["delete", "text", "times", "insert"]), st.integers(min_value=0, max_value=50),
                 TEXT, st.integers(min_value=0, max_value=600_000))


def _fixture(name: str) -> bytes:
    from pathlib import Path
    return (Path(__file__).resolve().parents[2] / "fixtures" / "subtitles" / name).read_bytes()


@pytest.mark.parametrize("name", FIXTURE_FILES)
@given(edits=st.lists(EDIT, min_size=1, max_size=6))
@settings(max_examples=25, deadline=None)
def test_an_edited_real_file_saves_and_reads_back_with_the_edits(name, edits):
    doc = formats.read_bytes(_fixture(name))
    for kind, index, text, ms in edits:
        ms -= ms % 40  # on a frame at 25 fps and a centisecond, so every format can hold it exactly
        if kind == "insert" or not doc.cues:
            doc.cues.insert(index % (len(doc.cues) + 1), Cue(ms, ms + 1000, text))
            continue
        cue = doc.cues[index % len(doc.cues)]
        if kind == "delete":
            doc.cues.remove(cue)
        elif kind == "text":
            cue.text = text
        else:
            cue.start, cue.end = ms, ms + 1200
    again = formats.read_bytes(formats.write_bytes(doc)[0])
    assert [(c.start, c.end, visible_text(c.text)) for c in again] == [
        (c.start, c.end, visible_text(c.text)) for c in doc]
