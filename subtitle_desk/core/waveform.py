"""Audio waveform peaks: min/max per time bucket, built incrementally, cached on disk.

A decoder (the Qt layer uses ``QAudioDecoder``) feeds mono float samples in any chunk size to a
``PeaksBuilder``; ``finish()`` gives ``Peaks``: for every bucket (``DEFAULT_BUCKETS_PER_SECOND`` a
second by default) the lowest and highest sample value in ``[-1, 1]``. ``Peaks.envelope`` reduces
any time range to one min/max pair per screen column, so drawing costs the same at every zoom.

Peaks are cached as ``.npz`` files named by a digest of the media's absolute path, size and
modification time, in ``cache_dir()`` (``$SUBTITLE_DESK_CACHE_DIR`` when set). A media file that
changes gets a new key; an unreadable or stale cache entry is treated as a miss.

No Qt here: this module is plain numpy.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np

__all__ = [
    "DEFAULT_BUCKETS_PER_SECOND",
    "Peaks",
    "PeaksBuilder",
    "peaks_from_samples",
    "cache_dir",
    "cache_path",
    "load_cached",
    "store_cached",
]

DEFAULT_BUCKETS_PER_SECOND = 100
#: Bump when the cached layout or the meaning of a bucket changes.
_CACHE_VERSION = 1


@dataclass(frozen=True)
class Peaks:
    """Min and max sample value per bucket; bucket ``i`` covers ``[i, i+1) / buckets_per_second`` s."""

    mins: np.ndarray  # float32, shape (n,)
    maxs: np.ndarray  # float32, shape (n,)
    buckets_per_second: int = DEFAULT_BUCKETS_PER_SECOND

    def __len__(self) -> int:
        return int(self.mins.shape[0])

    @property
    def duration_ms(self) -> int:
        return len(self) * 1000 // self.buckets_per_second

    def bucket_at(self, ms: float) -> int:
        return int(ms * self.buckets_per_second // 1000)

    def envelope(self, start_ms: float, end_ms: float, columns: int) -> tuple[np.ndarray, np.ndarray]:
        """One (min, max) per column for the time range, zeros where there is no audio.

        Each column takes the extreme values of every bucket it overlaps, so a short click stays
        visible when zoomed out; when zoomed in, several columns share one bucket.
        """
        columns = max(0, int(columns))
        mins = np.zeros(columns, dtype=np.float32)
        maxs = np.zeros(columns, dtype=np.float32)
        n = len(self)
        if columns == 0 or n == 0 or end_ms <= start_ms:
            return mins, maxs
        bps = self.buckets_per_second
        edges = np.linspace(start_ms * bps / 1000.0, end_ms * bps / 1000.0, columns + 1)
        first = np.floor(edges[:-1]).astype(np.int64)
        last = np.maximum(np.ceil(edges[1:]).astype(np.int64), first + 1)  # exclusive
        inside = (first < n) & (last > 0)
        if not inside.any():
            return mins, maxs
        # reduceat reduces from each index up to the next one (or the end of the array), so cut
        # the arrays where the last column ends. Indices are non-decreasing as columns are.
        stop = int(min(last[-1], n))
        first_c = np.clip(first, 0, stop - 1)
        lo = np.minimum.reduceat(self.mins[:stop], first_c)
        hi = np.maximum.reduceat(self.maxs[:stop], first_c)
        mins[inside] = lo[inside]
        maxs[inside] = hi[inside]
        return mins, maxs


class PeaksBuilder:
    """Accumulates mono samples fed in arbitrary chunks into per-bucket min/max."""

    def __init__(self, sample_rate: int, buckets_per_second: int = DEFAULT_BUCKETS_PER_SECOND) -> None:
        if sample_rate <= 0 or buckets_per_second <= 0:
            raise ValueError("sample rate and buckets per second must be positive")
        self.sample_rate = int(sample_rate)
        self.buckets_per_second = int(buckets_per_second)
        self._pending = np.zeros(0, dtype=np.float32)
        self._chunks: list[np.ndarray] = []  # fed but not yet joined to _pending
        self._chunked = 0
        self._pending_start = 0  # sample index of _pending[0]
        self._bucket = 0  # next bucket to complete
        self._mins: list[np.ndarray] = []
        self._maxs: list[np.ndarray] = []

    @property
    def samples_seen(self) -> int:
        return self._pending_start + len(self._pending) + self._chunked

    def _edge(self, bucket: int | np.ndarray):
        # Integer bucket edges: exact for any sample rate, no drift over hours.
        return bucket * self.sample_rate // self.buckets_per_second

    def feed(self, samples: np.ndarray, start_sample: int | None = None) -> None:
        """Add mono samples (float in [-1, 1], or int16). ``start_sample`` lets a decoder that
        skips a gap say where the chunk belongs; the gap reads as silence."""
        data = np.asarray(samples)
        if data.dtype == np.int16:
            data = data.astype(np.float32) / 32768.0
        else:
            data = data.astype(np.float32, copy=False)
        data = data.reshape(-1)
        if start_sample is not None and start_sample > self.samples_seen:
            data = np.concatenate([np.zeros(start_sample - self.samples_seen, np.float32), data])
        # Decoders hand over small buffers (~20 ms); joining each one costs more than the
        # reduction, so batch them.
        self._chunks.append(data)
        self._chunked += len(data)
        if self._chunked >= 1 << 16:
            self._drain(final=False)

    def _drain(self, final: bool) -> None:
        if self._chunks:
            self._pending = np.concatenate([self._pending, *self._chunks])
            self._chunks, self._chunked = [], 0
        end = self.samples_seen
        # `last` = number of complete buckets: the largest b with edge(b) <= end
        last = max(self._bucket, end * self.buckets_per_second // self.sample_rate)
        while self._edge(last + 1) <= end:
            last += 1
        while last > self._bucket and self._edge(last) > end:
            last -= 1
        if final and end > self._edge(last):
            last += 1  # the partial tail becomes the last bucket
        if last <= self._bucket:
            return
        buckets = np.arange(self._bucket, last, dtype=np.int64)
        starts = self._edge(buckets) - self._pending_start
        stop = min(int(self._edge(last)) - self._pending_start, len(self._pending))
        chunk = self._pending[:stop]
        starts = np.clip(starts, 0, max(len(chunk) - 1, 0))
        if len(chunk):
            self._mins.append(np.minimum.reduceat(chunk, starts).astype(np.float32))
            self._maxs.append(np.maximum.reduceat(chunk, starts).astype(np.float32))
        self._pending = self._pending[stop:].copy()
        self._pending_start += stop
        self._bucket = last

    def finish(self) -> Peaks:
        self._drain(final=True)
        if self._mins:
            mins = np.concatenate(self._mins)
            maxs = np.concatenate(self._maxs)
        else:
            mins = maxs = np.zeros(0, dtype=np.float32)
        return Peaks(mins, maxs, self.buckets_per_second)


def peaks_from_samples(samples: np.ndarray, sample_rate: int,
                       buckets_per_second: int = DEFAULT_BUCKETS_PER_SECOND) -> Peaks:
    builder = PeaksBuilder(sample_rate, buckets_per_second)
    builder.feed(samples)
    return builder.finish()


# -- disk cache ----------------------------------------------------------------------------------

def cache_dir() -> Path:
    """Where waveform peaks are cached: ``waveforms`` in the app's cache folder
    (``$SUBTITLE_DESK_CACHE_DIR`` or the platform's per-user cache directory)."""
    from subtitle_desk.core.services.config import cache_dir as app_cache_dir

    return app_cache_dir() / "waveforms"


def cache_path(media_path: str | os.PathLike[str], buckets_per_second: int = DEFAULT_BUCKETS_PER_SECOND,
               directory: Path | None = None) -> Path:
    """The cache file for a media file as it is now (path + size + mtime)."""
    media = Path(media_path).resolve()
    st = media.stat()
    key = f"{media}\0{st.st_size}\0{st.st_mtime_ns}\0{buckets_per_second}\0{_CACHE_VERSION}"
    digest = hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:32]
    return (directory or cache_dir()) / f"{digest}.npz"


def load_cached(media_path: str | os.PathLike[str], buckets_per_second: int = DEFAULT_BUCKETS_PER_SECOND,
                directory: Path | None = None) -> Peaks | None:
    """Cached peaks for the media file, or None (no entry, media changed, unreadable entry)."""
    try:
        target = cache_path(media_path, buckets_per_second, directory)
        with np.load(target, allow_pickle=False) as data:
            mins = data["mins"].astype(np.float32) / 32767.0
            maxs = data["maxs"].astype(np.float32) / 32767.0
            bps = int(data["bps"])
    except (OSError, KeyError, ValueError, zipfile.BadZipFile):
        return None
    if mins.shape != maxs.shape or bps != buckets_per_second:
        return None
    return Peaks(mins, maxs, bps)


def store_cached(media_path: str | os.PathLike[str], peaks: Peaks, directory: Path | None = None) -> Path:
    """Write peaks atomically (temp file + rename) so a crash never leaves a torn entry."""
    target = cache_path(media_path, peaks.buckets_per_second, directory)
    target.parent.mkdir(parents=True, exist_ok=True)
    # int16 halves the size against float32; 1/32767 resolution is far below a pixel.
    mins = np.round(np.clip(peaks.mins, -1, 1) * 32767).astype(np.int16)
    maxs = np.round(np.clip(peaks.maxs, -1, 1) * 32767).astype(np.int16)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".peaks-", suffix=".npz")
    try:
        with os.fdopen(fd, "wb") as fh:
            np.savez_compressed(fh, mins=mins, maxs=maxs, bps=np.int64(peaks.buckets_per_second))
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    return target
