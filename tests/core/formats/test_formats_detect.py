"""The format comes from the content first, the file name second."""

from __future__ import annotations

import pytest

from subtitle_desk.core import formats


@pytest.mark.parametrize("path, fmt", [("a.srt", "srt"), ("b.VTT", "vtt"), ("c.ttml", "ttml"), ("d.xml", "ttml"),
                                       ("e.dfxp", "ttml"), ("f.ssa", "ssa"), ("g.ass", "ssa"), ("h.txt", None),
                                       ("/x/y/noext", None)])
def test_format_for_path_follows_the_extension(path, fmt):
    assert formats.format_for_path(path) == fmt


def test_formats_lists_the_four_dotsub_formats():
    assert formats.FORMATS == ("srt", "vtt", "ttml", "ssa")


@pytest.mark.parametrize("fixture, fmt", [("canonical_multilingual.srt", "srt"), ("lecture_notes_styles.vtt", "vtt"),
                                          ("broadcast_frames.dfxp", "ttml"), ("netflix_ticks.ttml", "ttml"),
                                          ("aegisub_signs.ass", "ssa"), ("bare_events.ass", "ssa"),
                                          ("legacy_v4.ssa", "ssa"), ("messy.srt", "srt")])
def test_every_fixture_is_recognised_from_its_content_alone(fixture_bytes, fixture, fmt):
    doc = formats.read_bytes(fixture_bytes(fixture))
    assert doc.format == fmt


def test_content_wins_over_a_misleading_extension(fixture_bytes):
    assert formats.read_bytes(fixture_bytes("lecture_notes_styles.vtt"), path="download.srt").format == "vtt"
    assert formats.detect_format("[Script Info]\nScriptType: v4.00+\n", "subs.txt") == "ssa"


def test_webvtt_cues_missing_their_signature_are_taken_as_webvtt_only_when_named_so():
    text = "00:01.000 --> 00:02.000\nhi\n"
    assert formats.detect_format(text, "x.vtt") == "vtt"


def test_headerless_cues_with_dots_are_srt_unless_the_file_is_named_vtt():
    text = "1\n00:00:01.000 --> 00:00:02.000\nhi\n"
    assert (formats.detect_format(text), formats.detect_format(text, "x.vtt")) == ("srt", "vtt")


def test_unrecognisable_text_falls_back_to_the_extension():
    assert formats.detect_format("", "x.ass") == "ssa"
    assert formats.detect_format("hello", None) == "srt"


def test_read_path_reads_a_file_from_disk(tmp_path, fixture_bytes):
    path = tmp_path / "episode.ass"
    path.write_bytes(fixture_bytes("aegisub_signs.ass"))
    assert len(formats.read_path(path)) == 6


def test_read_path_reports_a_missing_file_as_a_read_error(tmp_path):
    with pytest.raises(formats.SubtitleReadError) as caught:
        formats.read_path(tmp_path / "missing.srt")
    assert str(caught.value).startswith("missing.srt: could not open the file")


def test_forcing_an_unknown_format_is_a_value_error():
    with pytest.raises(ValueError):
        formats.write_bytes(formats.read_bytes(b""), "sub")
