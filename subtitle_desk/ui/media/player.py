"""The media player behind the preview: QMediaPlayer plus what a subtitler needs from it.

``play_range(start, end)`` plays a cue and pauses exactly on its end (the playhead lands on the
end time); the frame rate comes from the media, else 25 fps. Errors reach ``errorOccurred`` as a
sentence for the user: AV1, which QtMultimedia's FFmpeg backend cannot decode here, is
recognised from the codec metadata, and by a picture that never arrives while the media has a
video track; anything else shows the player's own error text.

What QtMultimedia and FFmpeg say while working (the backend chosen, libraries not found, the
streams of each file opened) goes to this module's log at debug level, not to the terminal:
``quiet_multimedia_logs`` routes Qt's ``qt.multimedia*`` categories there and sets FFmpeg's own
log level to errors (unless ``QT_FFMPEG_DEBUG`` is set or this log is at debug level); the player
logs each opened file's streams itself.
"""

from __future__ import annotations

import ctypes
import logging
import os
import sys
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import (QT_TRANSLATE_NOOP, QCoreApplication, QMessageLogContext, QObject, QtMsgType, QTimer,
                            QUrl, Signal, qFormatLogMessage, qInstallMessageHandler)

__all__ = ["MediaPlayer", "AV1_MESSAGE", "DEFAULT_FPS", "source_url", "quiet_multimedia_logs"]

log = logging.getLogger(__name__)

#: In English (the tests compare with it); shown translated (``MediaPlayer`` context).
AV1_MESSAGE = QT_TRANSLATE_NOOP("MediaPlayer", "This video is AV1, which this workstation cannot decode. "
                                               "Ask for an H.264 proxy.")
DEFAULT_FPS = 25.0
#: Playing this long with a video track and no picture means the video cannot be decoded.
_NO_PICTURE_AFTER_MS = 1500
_AV_LOG_ERROR = 16
#: Once per process: Qt's messages routed, FFmpeg's level set.
_quiet = {"qt": False, "ffmpeg": False}


def _loaded_avutil() -> Any:
    """FFmpeg's libavutil as QtMultimedia loaded it from PySide6 (None before that, or when Qt
    uses another FFmpeg). Never loads a copy of its own where the platform can say so."""
    import PySide6

    root = Path(PySide6.__file__).resolve().parent
    no_load = getattr(os, "RTLD_NOLOAD", None)
    patterns = ("Qt/lib/libavutil.so.*", "Qt/lib/libavutil.*.dylib", "avutil-*.dll", "Qt/bin/avutil-*.dll")
    for pattern in patterns:
        for path in sorted(root.glob(pattern)):
            try:
                if no_load is not None:
                    return ctypes.CDLL(str(path), mode=no_load)
                return ctypes.CDLL(str(path)) if _windows_module_loaded(path.name) else None
            except OSError:
                continue
    return None


def _windows_module_loaded(name: str) -> bool:
    kernel32 = getattr(ctypes, "windll", None)
    return bool(kernel32 and kernel32.kernel32.GetModuleHandleW(name))


def quiet_multimedia_logs() -> None:
    """Qt's multimedia categories to this log at debug level (in time for what QtMultimedia says
    as it loads); FFmpeg's own level to errors once its library is loaded (by the first player)."""
    if not _quiet["qt"]:
        _quiet["qt"] = True
        previous: Any = None

        def handler(kind: QtMsgType, origin: QMessageLogContext, message: str) -> None:
            category = origin.category or ""
            if category.startswith("qt.multimedia"):
                log.debug("%s: %s", category, message)
            elif previous is not None:
                previous(kind, origin, message)
            else:
                sys.stderr.write(qFormatLogMessage(kind, origin, message) + "\n")

        previous = qInstallMessageHandler(handler)
    if not _quiet["ffmpeg"]:
        avutil = _loaded_avutil()
        if avutil is None:
            return  # not loaded yet
        _quiet["ffmpeg"] = True
        if not (os.environ.get("QT_FFMPEG_DEBUG") or log.isEnabledFor(logging.DEBUG)):
            avutil.av_log_set_level(_AV_LOG_ERROR)  # no stream dump for every file opened


quiet_multimedia_logs()  # before QtMultimedia loads: it reports the libraries it looked for

from PySide6.QtMultimedia import QAudioOutput, QMediaMetaData, QMediaPlayer, QVideoFrame, QVideoSink  # noqa: E402

from subtitle_desk.ui.media import unlocked  # noqa: E402


def source_url(source: str) -> QUrl:
    url = QUrl(source)
    if url.scheme() and len(url.scheme()) > 1:
        return url
    return QUrl.fromLocalFile(os.path.abspath(source))


def _display_name(url: QUrl) -> str:
    return Path(url.toLocalFile()).name if url.isLocalFile() else url.fileName() or url.toDisplayString()


class MediaPlayer(QObject):
    # Texts go through QCoreApplication.translate("MediaPlayer", ...), not self.tr: pyside6-lupdate
    # loses track of the class after quiet_multimedia_logs' nested handler (a def inside an if) and
    # would file self.tr texts under no context.
    positionChanged = Signal(int)
    durationChanged = Signal(int)
    playingChanged = Signal(bool)
    rateChanged = Signal(float)
    errorOccurred = Signal(str)
    #: media opened: (has_audio, has_video)
    mediaLoaded = Signal(bool, bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Commands go through ``unlocked.call`` (never ``self.player.play()`` and the like): see
        # that module for the deadlock a direct call can cause.
        self.player = QMediaPlayer(self)
        quiet_multimedia_logs()  # the FFmpeg backend is loaded now
        self.audio = QAudioOutput(self)
        self.player.setAudioOutput(self.audio)
        self._url = QUrl()
        self._range_end: int | None = None
        self._stop_timer = QTimer(self)
        self._stop_timer.setSingleShot(True)
        self._stop_timer.timeout.connect(self._check_range_end)
        self._picture_seen = False
        self._reported = False
        self._play_from = 0
        self._sink: QVideoSink | None = None
        self.player.positionChanged.connect(self._on_position)
        self.player.durationChanged.connect(lambda d: self.durationChanged.emit(int(d)))
        self.player.playbackStateChanged.connect(self._on_state)
        self.player.playbackRateChanged.connect(lambda r: self.rateChanged.emit(float(r)))
        self.player.mediaStatusChanged.connect(self._on_status)
        self.player.errorOccurred.connect(self._on_error)

    # -- outputs -------------------------------------------------------------------------------
    def set_video_output(self, output: QObject, sink: QVideoSink) -> None:
        """``output`` is a QVideoWidget or QGraphicsVideoItem; ``sink`` its video sink, watched so
        that a video track that never yields a picture is reported."""
        self.player.setVideoOutput(output)
        if self._sink is not None:
            self._sink.videoFrameChanged.disconnect(self._on_frame)
        self._sink = sink
        sink.videoFrameChanged.connect(self._on_frame)

    # -- state ---------------------------------------------------------------------------------
    @property
    def source(self) -> QUrl:
        return self._url

    def position(self) -> int:
        return int(self.player.position())

    def duration(self) -> int:
        return int(self.player.duration())

    def is_playing(self) -> bool:
        return self.player.playbackState() == QMediaPlayer.PlaybackState.PlayingState

    def rate(self) -> float:
        return float(self.player.playbackRate())

    def frame_rate(self) -> float:
        """Frames per second of the video, ``DEFAULT_FPS`` when the media does not say."""
        value = self.player.metaData().value(QMediaMetaData.Key.VideoFrameRate)
        try:
            fps = float(value)
        except (TypeError, ValueError):
            return DEFAULT_FPS
        return fps if 1.0 <= fps <= 240.0 else DEFAULT_FPS

    def video_codec(self) -> str:
        try:
            return self.player.metaData().stringValue(QMediaMetaData.Key.VideoCodec) or ""
        except RuntimeError:
            return ""

    # -- commands ------------------------------------------------------------------------------
    def load(self, source: str) -> None:
        self._range_end = None
        self._picture_seen = False
        self._reported = False
        self._url = source_url(source)
        if self._url.isLocalFile() and not Path(self._url.toLocalFile()).is_file():
            self._set_source(QUrl())
            self._report(QCoreApplication.translate("MediaPlayer", "The media file is missing: {name}").format(
                name=_display_name(self._url)))
            return
        self._set_source(self._url)

    def unload(self) -> None:
        """Stop and release the media (its file is closed; nothing is shown)."""
        self._range_end = None
        self._stop_timer.stop()
        self._url = QUrl()
        unlocked.call(self.player, "stop")
        self._set_source(QUrl())

    def play(self) -> None:
        self._play_from = self.position()
        unlocked.call(self.player, "play")

    def pause(self) -> None:
        self._range_end = None
        self._stop_timer.stop()
        unlocked.call(self.player, "pause")

    def toggle(self) -> None:
        if self.is_playing():
            self.pause()
        else:
            self.play()

    def seek(self, ms: int) -> None:
        self._range_end = None
        self._stop_timer.stop()
        unlocked.call(self.player, "setPosition", (unlocked.INT64, max(0, int(ms))))

    def set_rate(self, rate: float) -> None:
        unlocked.call(self.player, "setPlaybackRate", (unlocked.REAL, min(2.0, max(0.5, float(rate)))))

    def _set_source(self, url: QUrl) -> None:
        unlocked.call(self.player, "setSource", (unlocked.URL, url))

    def play_range(self, start: int, end: int) -> None:
        """Play from ``start`` and pause with the playhead on ``end``."""
        if end <= start:
            return
        self.seek(start)
        self._range_end = int(end)
        self.play()

    # -- internals -----------------------------------------------------------------------------
    def _on_position(self, position: int) -> None:
        self.positionChanged.emit(int(position))
        if self._range_end is not None and self.is_playing():
            remaining = self._range_end - position
            if remaining <= 0:
                self._finish_range()
            else:
                # Position updates come every ~50 ms; a timer lands the pause closer to the end.
                self._stop_timer.start(max(1, int(remaining / max(self.rate(), 0.1))))
        if (self.is_playing() and not self._picture_seen and not self._reported and self.player.hasVideo()
                and position - self._play_from > _NO_PICTURE_AFTER_MS):
            self._report_undecodable()

    def _check_range_end(self) -> None:
        if self._range_end is not None:
            self._finish_range()

    def _finish_range(self) -> None:
        end = self._range_end
        self._range_end = None
        self._stop_timer.stop()
        unlocked.call(self.player, "pause")
        if end is not None:
            unlocked.call(self.player, "setPosition", (unlocked.INT64, end))

    def _on_state(self, state: QMediaPlayer.PlaybackState) -> None:
        playing = state == QMediaPlayer.PlaybackState.PlayingState
        if not playing:
            self._stop_timer.stop()
        self.playingChanged.emit(playing)

    def _on_frame(self, frame: QVideoFrame) -> None:
        if frame.isValid():
            self._picture_seen = True

    def _show_first_frame(self) -> None:
        player = self.player
        if not shiboken6.isValid(player):  # the panel was shut down meanwhile
            return
        if (not player.source().isEmpty()
                and player.playbackState() == QMediaPlayer.PlaybackState.StoppedState
                and player.mediaStatus() in (QMediaPlayer.MediaStatus.LoadedMedia,
                                             QMediaPlayer.MediaStatus.BufferedMedia)):
            unlocked.call(player, "pause")

    def _on_status(self, status: QMediaPlayer.MediaStatus) -> None:
        if status == QMediaPlayer.MediaStatus.LoadedMedia:
            if log.isEnabledFor(logging.DEBUG):
                self._log_streams()
            if self.player.hasVideo() and self.video_codec().upper() == "AV1":
                self._report(self._av1_message())
            if self.player.playbackState() == QMediaPlayer.PlaybackState.StoppedState:
                # Paused (not stopped) shows the first frame, and frames on seek. Not from inside
                # this signal: it can arrive while stop()/setSource() hold the backend's lock, and
                # pausing there deadlocks the FFmpeg backend.
                QTimer.singleShot(0, self, self._show_first_frame)
            self.mediaLoaded.emit(self.player.hasAudio(), self.player.hasVideo())
        elif status == QMediaPlayer.MediaStatus.EndOfMedia:
            if self.player.hasVideo() and not self._picture_seen and not self._reported:
                self._report_undecodable()
        elif status == QMediaPlayer.MediaStatus.InvalidMedia and not self._reported:
            error = self.player.errorString() or QCoreApplication.translate("MediaPlayer", "the media is not readable.")
            self._report(QCoreApplication.translate("MediaPlayer", "Cannot play {name}: {error}").format(
                name=_display_name(self._url), error=error))

    def _log_streams(self) -> None:
        """What FFmpeg's stream dump said, in one debug line."""
        meta = self.player.metaData()
        video = (f"video {meta.stringValue(QMediaMetaData.Key.VideoCodec)} "
                 f"{meta.stringValue(QMediaMetaData.Key.Resolution)} {self.frame_rate():g} fps"
                 if self.player.hasVideo() else "no video")
        audio = f"audio {meta.stringValue(QMediaMetaData.Key.AudioCodec)}" if self.player.hasAudio() else "no audio"
        log.debug("opened %s: %d ms, %s, %s", _display_name(self._url), self.duration(), video, audio)

    def _on_error(self, _error: QMediaPlayer.Error, text: str) -> None:
        if self._reported:
            return
        if self.video_codec().upper() == "AV1":
            self._report(self._av1_message())
        else:
            error = text or QCoreApplication.translate("MediaPlayer", "unknown media error.")
            self._report(QCoreApplication.translate("MediaPlayer", "Cannot play {name}: {error}").format(
                name=_display_name(self._url), error=error))

    def _report_undecodable(self) -> None:
        codec = self.video_codec()
        name = _display_name(self._url)
        if codec.upper() == "AV1":
            self._report(self._av1_message())
        elif codec:
            self._report(QCoreApplication.translate(
                "MediaPlayer", "{codec} video in {name} shows no picture: this workstation cannot decode it. "
                "Ask for an H.264 proxy.").format(codec=codec, name=name))
        else:
            self._report(QCoreApplication.translate(
                "MediaPlayer", "The video in {name} shows no picture: this workstation cannot decode it. "
                "Ask for an H.264 proxy.").format(name=name))

    @staticmethod
    def _av1_message() -> str:
        return QCoreApplication.translate("MediaPlayer", AV1_MESSAGE)

    def _report(self, message: str) -> None:
        self._reported = True
        self.errorOccurred.emit(message)
