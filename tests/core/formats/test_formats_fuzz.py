"""A fixed-seed fuzz of the readers: files of every format that are well formed but for a few
hostile values (thousands of digits, absurd times, "-->" and stray markup, cut-off endings).
Reading either gives a document that saves, reads back and goes through QC, or raises a
SubtitleReadError naming the file and a line; nothing else. The examples are the same on every
run (derandomized) and few enough to take seconds; benchmarks/fuzz_bench.py runs a long fuzz.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from subtitle_desk.core import formats
from subtitle_desk.core.formats import SubtitleReadError
from subtitle_desk.core.qc import PRESETS, check_document

FUZZ = settings(derandomize=True, database=None, max_examples=300, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

HOSTILE = {
    "number": st.sampled_from(["9" * 4400, "99999999999", "0" * 60 + "1", "-1", "", "x"]),
    "time": st.sampled_from(["9" * 4300 + "h", "9" * 4400, "1000:00:00.000", "999:59:59.999", "99999999999999999999s",
                             "00:00:00:" + "9" * 50, "", "1:2"]),
    "text": st.sampled_from(["-->", "<", "&", "\n", "\n\n", ",", ":", "\ufeff", "</", "<p>", "", "\\N"]),
}
TEXT = st.sampled_from(["Hello", "<i>It</i> is", "a --> b", "x\ny", "{\\an8}Up", "&amp; <b>bold</b>", "", "東京",
                        "<font color=\"red\">red</font>", "<a" + "b" * 50])


class Slot(str):
    """A value in a generated file that the fuzz may replace with a hostile one of its kind."""

    kind = "text"


class Number(Slot):
    kind = "number"


class Time(Slot):
    kind = "time"


def clock(ms: int, sep: str, hour_digits: int = 2, fraction: int = 3) -> str:
    h, rest = divmod(ms, 3_600_000)
    m, rest = divmod(rest, 60_000)
    s, rest = divmod(rest, 1000)
    return f"{h:0{hour_digits}d}:{m:02d}:{s:02d}{sep}{rest:03d}"[:len(f"{h:0{hour_digits}d}") + 7 + fraction]


@st.composite
def cues(draw):
    out = []
    for _ in range(draw(st.integers(0, 5))):
        start = draw(st.integers(0, 100_000_000))
        out.append((start, start + draw(st.integers(0, 10_000)), draw(TEXT)))
    return out


def srt_parts(draw) -> list[str]:
    parts: list[str] = []
    for number, (start, end, text) in enumerate(draw(cues()), 1):
        parts += [Number(number), "\n", Time(clock(start, ",")), " ", Slot("-->"), " ", Time(clock(end, ",")), "\n",
                  Slot(text), "\n\n"]
    return parts


def vtt_parts(draw) -> list[str]:
    parts: list[str] = [Slot("WEBVTT"), "\n\n"]
    for start, end, text in draw(cues()):
        parts += [Time(clock(start, ".")), " --> ", Time(clock(end, ".")), Slot(" align:start"), "\n", Slot(text), "\n\n"]
    return parts


def ssa_parts(draw) -> list[str]:
    parts: list[str] = ["[Script Info]\nScriptType: v4.00+\n\n", Slot("[Events]"), "\n",
                        Slot("Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text"), "\n"]
    for start, end, text in draw(cues()):
        parts += ["Dialogue: ", Number("0"), ",", Time(clock(start, ".", 1, 2)), ",",
                  Time(clock(end, ".", 1, draw(st.sampled_from([2, 3])))), ",", Slot("Default"), ",,0,0,0,,",
                  Slot(text.replace("\n", "\\N")), "\n"]
    return parts


def ttml_parts(draw) -> list[str]:
    parts: list[str] = [
        '<?xml version="1.0"?>\n<tt xmlns="http://www.w3.org/ns/ttml" xmlns:ttp="http://www.w3.org/ns/ttml#parameter" '
        'xmlns:tts="http://www.w3.org/ns/ttml#styling" ttp:frameRate="', Number("25"), '" ttp:tickRate="',
        Number("10000000"), '">\n<head><styling><style xml:id="s" tts:fontStyle="', Slot("italic"),
        '"/></styling></head>\n<body><div begin="', Time("0s"), '" style="s">\n']
    for start, end, text in draw(cues()):
        text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br/>")
        begin = draw(st.sampled_from([clock(start, "."), f"{start}ms", f"{start * 10_000}t", f"{start * 25 // 1000}f"]))
        parts += ['<p begin="', Time(begin), '" end="', Time(f"{end / 1000}s"), '">', Slot(text), "</p>\n"]
    return parts + ["</div></body></tt>\n"]


PARTS = {"srt": srt_parts, "vtt": vtt_parts, "ssa": ssa_parts, "ttml": ttml_parts}


@st.composite
def files(draw, fmt: str | None = None) -> str:
    """A file of ``fmt`` (any format by default), well formed but for up to two hostile values."""
    parts = PARTS[fmt or draw(st.sampled_from(sorted(PARTS)))](draw)
    slots = [i for i, part in enumerate(parts) if isinstance(part, Slot)]
    for _ in range(draw(st.integers(0, 2)) if slots else 0):
        index = draw(st.sampled_from(slots))
        slot = parts[index]
        bad = draw(HOSTILE[slot.kind])
        parts[index] = type(slot)(slot + bad if draw(st.integers(0, 3)) == 0 else bad)
    return "".join(parts)


def read_or_refuse(data: bytes, fmt: str | None) -> None:
    try:
        doc = formats.read_bytes(data, path="fuzz.sub", format=fmt)
    except SubtitleReadError as error:
        assert error.line >= 1, str(error)
        assert "internal error" not in error.expected, (str(error), error.__cause__)
        assert str(error).startswith(f"fuzz.sub, line {error.line}: ")
        return
    saved, _ = formats.write_bytes(doc)
    again = formats.read_bytes(saved, path="again.sub", format=doc.format)
    assert len(again) == len(doc)
    check_document(doc, PRESETS["netflix-en"])  # what `subtitle-desk check` does next


@pytest.mark.parametrize("fmt", formats.FORMATS)
@given(data=st.data())
@FUZZ
def test_fuzzed_files_are_read_or_refused_naming_a_line(fmt, data):
    encoded = data.draw(files(fmt)).encode("utf-8")
    cut = data.draw(st.one_of(st.none(), st.integers(min_value=0, max_value=len(encoded))))
    read_or_refuse(encoded[:cut], None)


@pytest.mark.parametrize("fmt", formats.FORMATS)
@given(text=files())
@settings(FUZZ, max_examples=80)
def test_fuzzed_files_read_as_any_format_are_read_or_refused_naming_a_line(fmt, text):
    read_or_refuse(text.encode("utf-8"), fmt)
