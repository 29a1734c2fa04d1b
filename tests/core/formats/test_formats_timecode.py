"""Clock strings of each format <-> integer milliseconds."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from subtitle_desk.core import timecode
from subtitle_desk.core.timecode import TtmlTiming

TIMES = st.integers(min_value=0, max_value=1000 * 3600 * 120)


def test_srt_time_reads_hours_minutes_seconds_and_milliseconds():
    assert timecode.parse_srt("00:01:02,500") == 62_500


@pytest.mark.parametrize("text", ["00:01:02.500", "0:01:02,500", " 00:01:02,500\t", "00:1:2,500"])
def test_srt_time_tolerates_dots_one_digit_fields_and_whitespace(text):
    assert timecode.parse_srt(text) == 62_500


@pytest.mark.parametrize("text, ms", [("00:00:01,5", 1500), ("00:00:01,50", 1500), ("00:00:01,5004", 1500)])
def test_srt_fraction_is_a_decimal_fraction_of_a_second(text, ms):
    assert timecode.parse_srt(text) == ms


@pytest.mark.parametrize("text", ["", "1:2", "00:61:00,000", "00:00:60,000", "ab:cd:ef,ghi", "00:00:01,000x"])
def test_srt_time_rejects_what_is_not_a_time_with_value_error(text):
    with pytest.raises(ValueError):
        timecode.parse_srt(text)


def test_srt_time_is_written_with_comma_and_three_digit_milliseconds():
    assert timecode.format_srt(3_723_004) == "01:02:03,004"


def test_negative_times_are_written_as_zero():
    assert timecode.format_srt(-40) == "00:00:00,000"


@given(TIMES)
@settings(max_examples=200, deadline=None)
def test_srt_times_round_trip_exactly(ms):
    assert timecode.parse_srt(timecode.format_srt(ms)) == ms


def test_webvtt_time_hours_are_optional():
    assert timecode.parse_vtt("01:02.500") == 62_500


def test_webvtt_time_hours_may_exceed_99():
    assert timecode.parse_vtt("123:00:00.000") == 123 * 3_600_000
    assert timecode.format_vtt(123 * 3_600_000) == "123:00:00.000"


def test_webvtt_time_without_hours_is_written_only_when_asked_and_below_an_hour():
    assert timecode.format_vtt(62_500, hours=False) == "01:02.500"
    assert timecode.format_vtt(3_662_500, hours=False) == "01:01:02.500"


@given(TIMES)
@settings(max_examples=200, deadline=None)
def test_webvtt_times_round_trip_exactly(ms):
    assert timecode.parse_vtt(timecode.format_vtt(ms)) == ms


def test_ssa_time_is_in_centiseconds():
    assert timecode.parse_ssa("0:00:01.50") == 1500
    assert timecode.format_ssa(1500) == "0:00:01.50"


def test_ssa_time_rounds_milliseconds_to_the_nearest_centisecond():
    assert timecode.format_ssa(1234) == "0:00:01.23"
    assert timecode.format_ssa(1235) == "0:00:01.24"


@given(st.integers(min_value=0, max_value=360_000_00).map(lambda cs: cs * 10))
@settings(max_examples=200, deadline=None)
def test_ssa_times_on_centiseconds_round_trip_exactly(ms):
    assert timecode.parse_ssa(timecode.format_ssa(ms)) == ms


@pytest.mark.parametrize("text, ms", [
    ("00:00:01.500", 1500), ("00:00:01", 1000), ("12.5s", 12_500), ("500ms", 500), ("1.5h", 5_400_000),
    ("2m", 120_000), ("0.25s", 250),
])
def test_ttml_clock_and_offset_times(text, ms):
    assert timecode.parse_ttml(text) == ms


def test_ttml_frames_follow_the_document_frame_rate():
    timing = TtmlTiming.from_attributes("25", None, None, None)
    assert timecode.parse_ttml("00:00:01:12", timing) == 1480
    assert timecode.parse_ttml("30f", timing) == 1200


def test_ttml_frames_default_to_30_per_second():
    assert timecode.parse_ttml("00:00:00:15") == 500


def test_ttml_frame_rate_multiplier_makes_ntsc_rates():
    timing = TtmlTiming.from_attributes("30", None, "1000 1001", None)
    assert timecode.parse_ttml("30f", timing) == 1001


def test_ttml_sub_frames_follow_the_sub_frame_rate():
    timing = TtmlTiming.from_attributes("25", "2", None, None)
    assert timecode.parse_ttml("00:00:00:01.1", timing) == 60


def test_ttml_ticks_follow_the_tick_rate():
    assert timecode.parse_ttml("15000000t", TtmlTiming.from_attributes(None, None, None, "10000000")) == 1500


def test_ttml_tick_rate_defaults_to_frame_rate_times_sub_frame_rate():
    assert timecode.parse_ttml("50t", TtmlTiming.from_attributes("25", None, None, None)) == 2000


@pytest.mark.parametrize("value", ["0", "-5", "abc", "1.5"])
def test_ttml_timing_parameters_must_be_positive_whole_numbers(value):
    with pytest.raises(ValueError):
        TtmlTiming.from_attributes(value, None, None, None)


@pytest.mark.parametrize("text", ["", "1.5x", "00:00", "-1s", "00:00:01:xx"])
def test_ttml_rejects_what_is_not_a_time_expression(text):
    with pytest.raises(ValueError):
        timecode.parse_ttml(text)


@pytest.mark.parametrize("style, text", [("clock", "00:00:01.480"), ("frames", "00:00:01:12"), ("ms", "1480ms"),
                                         ("s", "1.48s"), ("t", "37t")])
def test_ttml_times_are_written_in_the_documents_style(style, text):
    assert timecode.format_ttml(1480, style, TtmlTiming.from_attributes("25", None, None, None)) == text


@given(st.integers(min_value=0, max_value=3_600_000 * 10))
@settings(max_examples=200, deadline=None)
def test_ttml_frame_times_round_trip_to_the_same_frame(ms):
    timing = TtmlTiming.from_attributes("30", None, "1000 1001", None)
    once = timecode.parse_ttml(timecode.format_ttml(ms, "frames", timing), timing)
    assert timecode.format_ttml(once, "frames", timing) == timecode.format_ttml(ms, "frames", timing)
