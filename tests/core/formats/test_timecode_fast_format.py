"""The table-driven time formatters write exactly what the f-string ones they replaced wrote."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from subtitle_desk.core import timecode
from subtitle_desk.core.timecode import MAX_MS, TtmlTiming


# -- the implementations before the lookup tables, kept as the reference -------------------------
def _split(ms):
    ms = max(0, int(ms))
    h, rest = divmod(ms, 3_600_000)
    m, rest = divmod(rest, 60_000)
    s, rest = divmod(rest, 1000)
    return h, m, s, rest


def old_srt(ms):
    h, m, s, rest = _split(ms)
    return f"{h:02d}:{m:02d}:{s:02d},{rest:03d}"


def old_vtt(ms, *, hours=True):
    h, m, s, rest = _split(ms)
    if h or hours:
        return f"{h:02d}:{m:02d}:{s:02d}.{rest:03d}"
    return f"{m:02d}:{s:02d}.{rest:03d}"


def old_ssa(ms):
    cs = (max(0, int(ms)) + 5) // 10
    h, rest = divmod(cs, 360_000)
    m, rest = divmod(rest, 6000)
    s, c = divmod(rest, 100)
    return f"{h:d}:{m:02d}:{s:02d}.{c:02d}"


def old_ttml(ms, style="clock", timing=None):
    ms = max(0, int(ms))
    timing = timing or TtmlTiming()
    if style == "frames":
        rate = timing.effective_rate
        seconds, rest = divmod(ms, 1000)
        frames = round(Fraction(rest) * rate / 1000)
        if frames >= timing.frame_rate:
            seconds, frames = seconds + 1, 0
        h, m, s, _ = _split(seconds * 1000)
        return f"{h:02d}:{m:02d}:{s:02d}:{frames:02d}"
    if style == "ms":
        return f"{ms}ms"
    if style == "s":
        seconds, rest = divmod(ms, 1000)
        return f"{seconds}s" if not rest else f"{seconds}.{rest:03d}".rstrip("0") + "s"
    if style == "t":
        return f"{round(Fraction(ms) * timing.tick_rate / 1000)}t"
    h, m, s, rest = _split(ms)
    return f"{h:02d}:{m:02d}:{s:02d}.{rest:03d}"


# every valid time, and past both ends (negative clamps to zero; beyond MAX_MS still formats)
TIMES = st.integers(min_value=-10 * 3_600_000, max_value=MAX_MS + 50 * 3_600_000)
EDGES = [0, 1, 9, 10, 999, 1000, 59_999, 60_000, 3_599_999, 3_600_000, 99 * 3_600_000 - 1,
         99 * 3_600_000, 100 * 3_600_000 - 1, 100 * 3_600_000, MAX_MS, MAX_MS + 1, 10 ** 13, -1]


@settings(max_examples=2000, deadline=None)
@given(TIMES)
def test_srt_vtt_and_ssa_times_are_written_as_before(ms):
    assert timecode.format_srt(ms) == old_srt(ms)
    assert timecode.format_vtt(ms) == old_vtt(ms)
    assert timecode.format_vtt(ms, hours=False) == old_vtt(ms, hours=False)
    assert timecode.format_ssa(ms) == old_ssa(ms)
    assert timecode.format_ttml(ms) == old_ttml(ms)


@pytest.mark.parametrize("ms", EDGES)
def test_edges_are_written_as_before(ms):
    for fn, old in ((timecode.format_srt, old_srt), (timecode.format_vtt, old_vtt),
                    (timecode.format_ssa, old_ssa), (timecode.format_ttml, old_ttml)):
        assert fn(ms) == old(ms)
    assert timecode.format_vtt(ms, hours=False) == old_vtt(ms, hours=False)


@settings(max_examples=300, deadline=None)
@given(st.floats(min_value=-1e6, max_value=float(MAX_MS), allow_nan=False))
@example(1.7)
@example(-0.5)
def test_non_integer_times_are_truncated_as_before(ms):
    assert timecode.format_srt(ms) == old_srt(ms)
    assert timecode.format_vtt(ms, hours=False) == old_vtt(ms, hours=False)
    assert timecode.format_ssa(ms) == old_ssa(ms)


@settings(max_examples=500, deadline=None)
@given(TIMES, st.sampled_from(["clock", "frames", "ms", "s", "t"]),
       st.sampled_from([None, TtmlTiming(25), TtmlTiming(30, 1, Fraction(1000, 1001)), TtmlTiming(tick_rate=10_000_000)]))
def test_every_ttml_style_is_written_as_before(ms, style, timing):
    assert timecode.format_ttml(ms, style, timing) == old_ttml(ms, style, timing)
