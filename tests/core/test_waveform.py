"""Waveform peaks: per-bucket min/max of a known signal, chunking independence, envelope, cache."""

import os

import numpy as np
import pytest

from subtitle_desk.core.waveform import (
    Peaks,
    PeaksBuilder,
    cache_dir,
    cache_path,
    load_cached,
    peaks_from_samples,
    store_cached,
)

RATE = 16000


def tone_then_silence_then_loud() -> np.ndarray:
    """1 s of a 0.5 amplitude 440 Hz tone, 1 s of silence, 1 s of a 0.9 amplitude tone."""
    t = np.arange(RATE) / RATE
    tone = np.sin(2 * np.pi * 440 * t).astype(np.float32)
    return np.concatenate([0.5 * tone, np.zeros(RATE, np.float32), 0.9 * tone])


def test_peaks_give_one_bucket_per_hundredth_of_a_second():
    peaks = peaks_from_samples(tone_then_silence_then_loud(), RATE)
    assert len(peaks) == 300
    assert peaks.duration_ms == 3000


def test_peaks_follow_the_amplitude_of_each_second():
    peaks = peaks_from_samples(tone_then_silence_then_loud(), RATE)
    assert np.allclose(peaks.maxs[:100], 0.5, atol=0.01)
    assert np.allclose(peaks.mins[:100], -0.5, atol=0.01)
    assert np.all(peaks.maxs[100:200] == 0) and np.all(peaks.mins[100:200] == 0)
    assert np.allclose(peaks.maxs[200:], 0.9, atol=0.01)


def test_feeding_in_odd_chunks_gives_the_same_peaks_as_feeding_at_once():
    samples = tone_then_silence_then_loud()
    builder = PeaksBuilder(RATE)
    for i in range(0, len(samples), 341):
        builder.feed(samples[i : i + 341])
    chunked = builder.finish()
    whole = peaks_from_samples(samples, RATE)
    assert np.array_equal(chunked.mins, whole.mins) and np.array_equal(chunked.maxs, whole.maxs)


def test_a_sample_rate_not_divisible_by_the_bucket_rate_keeps_exact_bucket_count():
    peaks = peaks_from_samples(np.zeros(44100 * 2, np.float32), 44100)
    assert len(peaks) == 200


def test_a_partial_last_bucket_is_kept():
    peaks = peaks_from_samples(np.full(RATE + 40, 0.25, np.float32), RATE)
    assert len(peaks) == 101 and peaks.maxs[-1] == pytest.approx(0.25)


def test_int16_samples_are_scaled_to_unit_range():
    peaks = peaks_from_samples(np.full(RATE, 16384, np.int16), RATE)
    assert peaks.maxs[0] == pytest.approx(0.5)


def test_a_gap_before_a_chunk_reads_as_silence():
    builder = PeaksBuilder(RATE)
    builder.feed(np.full(RATE, 0.5, np.float32))
    builder.feed(np.full(RATE, 0.5, np.float32), start_sample=2 * RATE)
    peaks = builder.finish()
    assert len(peaks) == 300 and np.all(peaks.maxs[100:200] == 0)


def test_envelope_keeps_a_short_click_visible_when_zoomed_out():
    samples = np.zeros(RATE * 60, np.float32)
    samples[RATE * 30 + 5] = 1.0
    peaks = peaks_from_samples(samples, RATE)
    mins, maxs = peaks.envelope(0, 60000, 100)
    assert maxs.max() == 1.0 and int(np.argmax(maxs)) == 50


def test_envelope_outside_the_audio_is_flat():
    peaks = peaks_from_samples(np.full(RATE, 0.5, np.float32), RATE)
    mins, maxs = peaks.envelope(-2000, -1000, 10)
    assert np.all(maxs == 0) and np.all(mins == 0)
    mins, maxs = peaks.envelope(5000, 6000, 10)
    assert np.all(maxs == 0)


def test_envelope_zoomed_in_repeats_a_bucket_over_several_columns():
    peaks = peaks_from_samples(tone_then_silence_then_loud(), RATE)
    mins, maxs = peaks.envelope(990, 1010, 8)
    assert np.allclose(maxs[:4], 0.5, atol=0.01) and np.all(maxs[4:] == 0)


@pytest.fixture
def media(tmp_path, monkeypatch):
    monkeypatch.setenv("SUBTITLE_DESK_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / "film.mp4"
    path.write_bytes(b"not really a film")
    return path


def test_cache_dir_honours_the_environment_override(media, tmp_path):
    assert cache_dir() == tmp_path / "cache" / "waveforms"


def test_stored_peaks_load_back_equal_within_int16_precision(media):
    peaks = peaks_from_samples(tone_then_silence_then_loud(), RATE)
    store_cached(media, peaks)
    loaded = load_cached(media)
    assert loaded is not None and len(loaded) == len(peaks)
    assert np.allclose(loaded.maxs, peaks.maxs, atol=1e-4)


def test_cache_misses_when_nothing_was_stored(media):
    assert load_cached(media) is None


def test_cache_misses_once_the_media_file_changes(media):
    store_cached(media, peaks_from_samples(np.ones(RATE, np.float32), RATE))
    media.write_bytes(b"a different, longer film")
    assert load_cached(media) is None


def test_cache_key_includes_the_modification_time(media):
    before = cache_path(media)
    st = media.stat()
    os.utime(media, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))
    assert cache_path(media) != before


def test_a_corrupt_cache_entry_is_a_miss(media):
    target = cache_path(media)
    target.parent.mkdir(parents=True)
    target.write_bytes(b"garbage")
    assert load_cached(media) is None


def test_an_empty_signal_gives_empty_peaks():
    peaks = PeaksBuilder(RATE).finish()
    assert isinstance(peaks, Peaks) and len(peaks) == 0
    assert peaks.envelope(0, 1000, 5)[1].tolist() == [0.0] * 5
