"""Decodes a media file's audio into waveform peaks off the UI thread, with a disk cache.

``QAudioDecoder`` runs in a worker ``QThread`` (it needs that thread's event loop) and hands
mono float buffers to the pure ``core.waveform.PeaksBuilder``; the UI thread only receives
progress and the finished ``Peaks``. Peaks of a local file are cached (path + size + mtime), so
the second load of a film is instant.

QtMultimedia's decoder neither finishes nor fails on a file without an audio stream, so the
caller says whether the media has audio (``MediaPanel`` knows from its player) or the loader
probes with a silent ``QMediaPlayer`` first.
"""

from __future__ import annotations

import os
from functools import partial
from pathlib import Path

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QThread, QUrl, Signal, Slot
from PySide6.QtMultimedia import QAudioDecoder, QAudioFormat, QMediaPlayer

from subtitle_desk.core.waveform import (
    DEFAULT_BUCKETS_PER_SECOND,
    Peaks,
    PeaksBuilder,
    load_cached,
    store_cached,
)
from subtitle_desk.ui.media import unlocked

__all__ = ["WaveformLoader", "NO_AUDIO_MESSAGE"]

#: In English; shown as ``QCoreApplication.translate("WaveformLoader", NO_AUDIO_MESSAGE)``.
NO_AUDIO_MESSAGE = QT_TRANSLATE_NOOP("WaveformLoader", "This media has no audio track, so there is no waveform.")
#: Enough for a faithful envelope at 100 buckets/s, and 3x less work than 48 kHz.
_DECODE_RATE = 16000

_SAMPLE_TYPES = {
    QAudioFormat.SampleFormat.Float: (np.float32, 1.0),
    QAudioFormat.SampleFormat.Int16: (np.int16, 32768.0),
    QAudioFormat.SampleFormat.Int32: (np.int32, 2147483648.0),
    QAudioFormat.SampleFormat.UInt8: (np.uint8, 128.0),
}


def _local_path(source: str) -> str | None:
    """The file path of a local source (plain path or file: URL), None for a remote URL."""
    url = QUrl(source)
    if url.isLocalFile():
        return url.toLocalFile()
    if len(url.scheme()) <= 1:
        return source  # a plain path (a Windows drive letter parses as a one-letter scheme)
    return None


def _end_thread(thread: QThread) -> None:
    # Runs while the loader is being destroyed, before Qt deletes its children: a QThread
    # destroyed while running aborts the process.
    if thread.isRunning():
        thread.quit()
        thread.wait()


def _to_url(source: str) -> QUrl:
    local = _local_path(source)
    return QUrl.fromLocalFile(os.path.abspath(local)) if local is not None else QUrl(source)


class _DecodeWorker(QObject):
    """Lives in the worker thread; one decode at a time."""

    progress = Signal(int, float)  # generation, 0..1
    done = Signal(int, object)  # generation, Peaks
    failed = Signal(int, str)
    silent = Signal(int)  # the decoder finished without producing any audio

    def __init__(self) -> None:
        super().__init__()
        self._decoder: QAudioDecoder | None = None
        self._builder: PeaksBuilder | None = None
        self._generation = 0
        self._cache_path: str | None = None
        self._bps = DEFAULT_BUCKETS_PER_SECOND
        self._percent = -1

    @Slot(int, str, str, int)
    def start(self, generation: int, url: str, cache_for: str, buckets_per_second: int) -> None:
        self.stop()
        self._generation, self._cache_path, self._bps = generation, cache_for or None, buckets_per_second
        decoder = QAudioDecoder(self)
        fmt = QAudioFormat()
        fmt.setSampleFormat(QAudioFormat.SampleFormat.Float)
        fmt.setChannelCount(1)
        fmt.setSampleRate(_DECODE_RATE)
        decoder.setAudioFormat(fmt)
        decoder.bufferReady.connect(self._on_buffer)
        decoder.finished.connect(self._on_finished)
        decoder.error.connect(self._on_error)
        decoder.setSource(QUrl(url))
        self._decoder, self._builder, self._percent = decoder, None, -1
        unlocked.call(decoder, "start")

    @Slot()
    def stop(self) -> None:
        decoder, self._decoder, self._builder = self._decoder, None, None
        if decoder is not None:
            for signal in (decoder.bufferReady, decoder.finished, decoder.error):
                signal.disconnect()
            unlocked.call(decoder, "stop")
            decoder.deleteLater()

    def _on_buffer(self) -> None:
        decoder = self._decoder
        if decoder is None:
            return
        buffer = decoder.read()
        if not buffer.isValid():
            return
        fmt = buffer.format()
        dtype, scale = _SAMPLE_TYPES.get(fmt.sampleFormat(), (None, 1.0))
        if dtype is None:
            return
        samples = np.frombuffer(buffer.constData(), dtype=dtype).astype(np.float32)
        if dtype is np.uint8:
            samples -= 128.0
        if scale != 1.0:
            samples /= scale
        channels = max(1, fmt.channelCount())
        if channels > 1:  # the decoder did not downmix: do it here
            samples = samples[: len(samples) // channels * channels].reshape(-1, channels).mean(axis=1)
        if self._builder is None:
            self._builder = PeaksBuilder(fmt.sampleRate() or _DECODE_RATE, self._bps)
        start_sample = buffer.startTime() * self._builder.sample_rate // 1_000_000
        self._builder.feed(samples, start_sample=start_sample)
        duration_us = decoder.duration() * 1000
        if duration_us > 0:
            # whole percents only: a fast decode makes thousands of buffers a second
            percent = min(100, int(100 * (buffer.startTime() + buffer.duration()) / duration_us))
            if percent != self._percent:
                self._percent = percent
                self.progress.emit(self._generation, percent / 100)

    def _on_finished(self) -> None:
        builder, generation, cache_for = self._builder, self._generation, self._cache_path
        self.stop()
        if builder is None:
            self.silent.emit(generation)
            return
        peaks = builder.finish()
        if cache_for:
            try:
                store_cached(cache_for, peaks)
            except OSError:
                pass  # a read-only or full cache only costs a decode next time
        self.done.emit(generation, peaks)

    def _on_error(self, _error: QAudioDecoder.Error) -> None:
        decoder, generation = self._decoder, self._generation
        message = decoder.errorString() if decoder is not None else ""
        self.stop()
        self.failed.emit(generation, message or QCoreApplication.translate("WaveformLoader",
                                                                        "The audio could not be decoded."))


class WaveformLoader(QObject):
    """Loads peaks for one media source at a time; a new ``load`` cancels the previous one.

    Signals: ``progress(float)`` 0..1 while decoding, ``loaded(Peaks)``, ``noAudio()``,
    ``failed(str)`` with the decoder's own message. Call ``shutdown()`` before the application
    exits (``MediaPanel`` does it when it closes).
    """

    progress = Signal(float)
    loaded = Signal(object)
    noAudio = Signal()
    failed = Signal(str)
    _start_decode = Signal(int, str, str, int)
    _stop_decode = Signal()

    def __init__(self, parent: QObject | None = None, *,
                 buckets_per_second: int = DEFAULT_BUCKETS_PER_SECOND) -> None:
        super().__init__(parent)
        self.buckets_per_second = buckets_per_second
        self._generation = 0
        self._busy = False
        self._probe: QMediaPlayer | None = None
        self._thread = QThread(self)
        self._thread.setObjectName("waveform-decoder")
        self.destroyed.connect(partial(_end_thread, self._thread))
        self._worker = _DecodeWorker()
        self._worker.moveToThread(self._thread)
        self._start_decode.connect(self._worker.start)
        self._stop_decode.connect(self._worker.stop)
        self._worker.progress.connect(self._on_progress)
        self._worker.done.connect(self._on_done)
        self._worker.failed.connect(self._on_failed)
        self._worker.silent.connect(self._on_silent)
        self._thread.start()
        #: True once ``loaded`` came from the disk cache rather than a decode (for tests/UI).
        self.last_from_cache = False

    @property
    def busy(self) -> bool:
        return self._busy

    def load(self, source: str, has_audio: bool | None = None) -> None:
        """Start loading peaks for a local path or URL. ``has_audio=None`` probes first."""
        self.cancel()
        self._generation += 1
        generation = self._generation
        local = _local_path(source)
        if local is not None and not Path(local).is_file():
            self.failed.emit(self.tr("The media file is missing: {name}").format(name=Path(local).name))
            return
        if local is not None:
            cached = load_cached(local, self.buckets_per_second)
            if cached is not None:
                self.last_from_cache = True
                self.loaded.emit(cached)
                return
        self.last_from_cache = False
        self._busy = True
        if has_audio is None:
            self._probe_then_decode(generation, source)
        elif not has_audio:
            self._busy = False
            self.noAudio.emit()
        else:
            self._decode(generation, source)

    def _decode(self, generation: int, source: str) -> None:
        local = _local_path(source)
        self.progress.emit(0.0)
        self._start_decode.emit(generation, _to_url(source).toString(),
                                os.path.abspath(local) if local else "", self.buckets_per_second)

    def _probe_then_decode(self, generation: int, source: str) -> None:
        probe = QMediaPlayer(self)
        self._probe = probe

        def on_status(status: QMediaPlayer.MediaStatus) -> None:
            if generation != self._generation:
                return
            if status == QMediaPlayer.MediaStatus.LoadedMedia:
                has_audio = probe.hasAudio()
                self._drop_probe()
                if has_audio:
                    self._decode(generation, source)
                else:
                    self._busy = False
                    self.noAudio.emit()
            elif status == QMediaPlayer.MediaStatus.InvalidMedia:
                message = probe.errorString() or self.tr("The media could not be opened.")
                self._drop_probe()
                self._busy = False
                self.failed.emit(message)

        probe.mediaStatusChanged.connect(on_status)
        unlocked.call(probe, "setSource", (unlocked.URL, _to_url(source)))

    def _drop_probe(self) -> None:
        probe, self._probe = self._probe, None
        if probe is not None:
            probe.mediaStatusChanged.disconnect()
            unlocked.call(probe, "setSource", (unlocked.URL, QUrl()))
            probe.deleteLater()

    def cancel(self) -> None:
        self._generation += 1
        self._drop_probe()
        if self._busy:
            self._stop_decode.emit()
        self._busy = False

    def shutdown(self) -> None:
        """Stop decoding and end the worker thread (idempotent)."""
        self.cancel()
        if self._thread.isRunning():
            self._thread.quit()
            self._thread.wait()

    # -- worker results (queued into this thread) --------------------------------------------
    def _on_progress(self, generation: int, fraction: float) -> None:
        if generation == self._generation:
            self.progress.emit(fraction)

    def _on_done(self, generation: int, peaks: Peaks) -> None:
        if generation == self._generation:
            self._busy = False
            self.loaded.emit(peaks)

    def _on_failed(self, generation: int, message: str) -> None:
        if generation == self._generation:
            self._busy = False
            self.failed.emit(message)

    def _on_silent(self, generation: int) -> None:
        if generation == self._generation:
            self._busy = False
            self.noAudio.emit()
