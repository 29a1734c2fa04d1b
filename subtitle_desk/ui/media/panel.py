"""MediaPanel: the video preview, transport and waveform of the subtitle editor in one widget.

The editor page attaches it and wires it up::

    panel = MediaPanel()
    panel.set_document(doc, undo_stack)
    panel.load_video(path_or_url)
    table.currentRowChanged -> panel.set_current_row; panel.cueActivated -> table.select_row
    menu.addActions(panel.playback_actions); menu.addActions(panel.timing_actions)

Retiming (set start/end from the playhead, nudges, waveform drags) pushes one ``SetTimes`` edit
per user action on the given ``UndoStack``; the panel never touches cues directly.

``set_waveform_shown(False)`` (the waveform preference) hides the waveform and decodes no audio
for it; turned on again, the open media's waveform is decoded (or read from its cache).
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from subtitle_desk.core.document import Document, DocumentFollower
from subtitle_desk.core.edits import SetTimes, UndoStack
from subtitle_desk.ui.media.cue_index import CueIndex
from subtitle_desk.ui.media.player import MediaPlayer
from subtitle_desk.ui.media.transport import SPEEDS, TransportBar
from subtitle_desk.ui.media.video import VideoView
from subtitle_desk.ui.media.waveform import MIN_CUE_MS, WaveformWidget
from subtitle_desk.ui.media.waveform_loader import NO_AUDIO_MESSAGE, WaveformLoader

__all__ = ["MediaPanel"]


class MediaPanel(QWidget):
    positionChanged = Signal(int)
    cueActivated = Signal(int)
    errorOccurred = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mediaPanel")
        self._doc: Document | None = None
        self._stack: UndoStack | None = None
        self._index = CueIndex()
        self._follower = DocumentFollower(lambda _change: self._refresh_overlay())
        self._current_row = -1
        self._source = ""
        self._has_audio: bool | None = None
        self.waveform_shown = True

        self.player = MediaPlayer(self)
        self.video = VideoView(self)
        self.player.set_video_output(self.video.video_item, self.video.video_item.videoSink())
        self.transport = TransportBar(self)
        self.waveform = WaveformWidget(self)
        self.loader = WaveformLoader(self)

        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.setSpacing(0)
        top_layout.addWidget(self.video, 1)
        top_layout.addWidget(self.transport)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.waveform)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        self.player.positionChanged.connect(self._on_position)
        self.player.durationChanged.connect(self._on_duration)
        self.player.playingChanged.connect(self._on_playing)
        self.player.rateChanged.connect(self._on_rate)
        self.player.errorOccurred.connect(self._on_error)
        self.player.mediaLoaded.connect(self._on_media_loaded)
        self.transport.playPauseRequested.connect(self.toggle_play)
        self.transport.seekRequested.connect(self.seek)
        self.transport.rateRequested.connect(self.set_rate)
        self.video.clicked.connect(self.toggle_play)
        self.waveform.seekRequested.connect(self.seek)
        self.waveform.cueActivated.connect(self.cueActivated)
        self.waveform.playCueRequested.connect(self.play_cue)
        self.loader.progress.connect(self.waveform.set_progress)
        self.loader.loaded.connect(self.waveform.set_peaks)
        self.loader.noAudio.connect(lambda: self.waveform.set_message(
            QCoreApplication.translate("WaveformLoader", NO_AUDIO_MESSAGE)))
        self.loader.failed.connect(lambda m: self.waveform.set_message(self.tr("No waveform: {error}").format(error=m)))
        self._build_actions()
        self._update_actions()

    # -- public API ----------------------------------------------------------------------------
    def load_video(self, path_or_url: str) -> None:
        """Open a local file or URL; the waveform decodes in the background once it opens."""
        self._source = path_or_url
        self._has_audio = None
        self.loader.cancel()
        self.waveform.set_peaks(None)
        self.waveform.set_message("")
        self.video.set_message("")
        self.player.load(path_or_url)

    def set_document(self, doc: Document | None, undo_stack: UndoStack | None) -> None:
        self._doc, self._stack = doc, undo_stack
        self._index.set_document(doc)
        self.waveform.set_document(doc, undo_stack)
        self._follower.follow(doc)  # after the indexes: they are stale before the overlay reads them
        self._current_row = -1
        self._refresh_overlay()
        self._update_actions()

    def set_waveform_shown(self, shown: bool) -> None:
        """Show the waveform (decoding the open media's audio for it) or hide it (decoding none)."""
        if shown == self.waveform_shown:
            return
        self.waveform_shown = shown
        self.waveform.setVisible(shown)
        if not shown:
            self.loader.cancel()
        elif self._source and self._has_audio is not None:
            self.loader.load(self._source, has_audio=self._has_audio)

    @Slot(int)
    def set_current_row(self, row: int) -> None:
        self._current_row = row
        self.waveform.set_current_row(row)
        self._update_actions()

    def current_row(self) -> int:
        return self._current_row

    def rows_at(self, ms: int) -> list[int]:
        """Rows of the cues showing at ``ms``, in time order."""
        return self._index.rows_at(ms)

    def position(self) -> int:
        return self.player.position()

    def overlay_text(self) -> str:
        """The subtitle text drawn over the picture now."""
        return self.video.overlay.text

    def frame_ms(self) -> float:
        return 1000.0 / self.player.frame_rate()

    @Slot(int)
    def seek(self, ms: int) -> None:
        self.player.seek(ms)
        self._on_position(max(0, int(ms)))  # show it now; the player confirms asynchronously

    @Slot(int)
    def play_cue(self, row: int) -> None:
        """Play the cue from its start to its end, then pause there."""
        if self._doc is None or not 0 <= row < len(self._doc):
            return
        cue = self._doc[row]
        self.player.play_range(cue.start, cue.end)

    @Slot(float)
    def set_rate(self, rate: float) -> None:
        self.player.set_rate(rate)

    @Slot()
    def toggle_play(self) -> None:
        self.player.toggle()

    # -- actions -------------------------------------------------------------------------------
    def _action(self, name: str, text: str, shortcut: str | None, slot, tip: str = "") -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        if tip:
            action.setToolTip(f"{tip} ({shortcut})" if shortcut else tip)
            action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        # Shortcuts avoid plain keys (they belong to the text being typed) and the editor's own
        # (Alt+Up/Down, Ctrl+B/M/G, F8, Ctrl+Shift+T/Q/A, Ctrl+Alt+F).
        a = self._action
        self.play_pause_action = a("playPauseAction", self.tr("&Play / pause"), "Ctrl+Space", self.toggle_play,
                                   self.tr("Play or pause the video"))
        self.play_cue_action = a("playCueAction", self.tr("Play &current cue"), "Ctrl+Shift+Space",
                                 lambda: self.play_cue(self._current_row),
                                 self.tr("Play the current cue from its start to its end"))
        self.set_start_action = a("setStartAction", self.tr("Set cue &start at playhead"), "Ctrl+[",
                                  lambda: self._set_edge_at_playhead("start"),
                                  self.tr("The current cue starts at the playhead"))
        self.set_end_action = a("setEndAction", self.tr("Set cue &end at playhead"), "Ctrl+]",
                                lambda: self._set_edge_at_playhead("end"),
                                self.tr("The current cue ends at the playhead"))
        self.start_earlier_frame_action = a("startEarlierFrameAction", self.tr("Start one frame earlier"), "Alt+Left",
                                            lambda: self._nudge("start", -1, frames=True))
        self.start_later_frame_action = a("startLaterFrameAction", self.tr("Start one frame later"), "Alt+Right",
                                          lambda: self._nudge("start", +1, frames=True))
        self.end_earlier_frame_action = a("endEarlierFrameAction", self.tr("End one frame earlier"), "Alt+Shift+Left",
                                          lambda: self._nudge("end", -1, frames=True))
        self.end_later_frame_action = a("endLaterFrameAction", self.tr("End one frame later"), "Alt+Shift+Right",
                                        lambda: self._nudge("end", +1, frames=True))
        self.start_earlier_100_action = a("startEarlier100Action", self.tr("Start 100 ms earlier"), "Ctrl+Alt+Left",
                                          lambda: self._nudge("start", -100))
        self.start_later_100_action = a("startLater100Action", self.tr("Start 100 ms later"), "Ctrl+Alt+Right",
                                        lambda: self._nudge("start", +100))
        self.end_earlier_100_action = a("endEarlier100Action", self.tr("End 100 ms earlier"), "Ctrl+Alt+Shift+Left",
                                        lambda: self._nudge("end", -100))
        self.end_later_100_action = a("endLater100Action", self.tr("End 100 ms later"), "Ctrl+Alt+Shift+Right",
                                      lambda: self._nudge("end", +100))
        self.slower_action = a("slowerAction", self.tr("S&lower"), "Ctrl+Alt+,", lambda: self._step_rate(-1),
                               self.tr("Play more slowly (down to 0.5×)"))
        self.faster_action = a("fasterAction", self.tr("&Faster"), "Ctrl+Alt+.", lambda: self._step_rate(+1),
                               self.tr("Play faster (up to 2×)"))
        self.speed_group = QActionGroup(self)
        self.speed_actions: list[QAction] = []
        for value in SPEEDS:
            action = a(f"speed{value:g}Action".replace(".", "_"), f"{value:g}×",
                       "Ctrl+Alt+0" if value == 1.0 else None, lambda v=value: self.set_rate(v))
            action.setCheckable(True)
            action.setChecked(value == 1.0)
            action.setData(value)
            self.speed_group.addAction(action)
            self.speed_actions.append(action)
        self.playback_actions = [self.play_pause_action, self.play_cue_action, self.slower_action,
                                 self.faster_action, *self.speed_actions]
        self.timing_actions = [self.set_start_action, self.set_end_action,
                               self.start_earlier_frame_action, self.start_later_frame_action,
                               self.end_earlier_frame_action, self.end_later_frame_action,
                               self.start_earlier_100_action, self.start_later_100_action,
                               self.end_earlier_100_action, self.end_later_100_action]

    def _update_actions(self) -> None:
        has_cue = self._doc is not None and self._stack is not None and 0 <= self._current_row < len(self._doc)
        for action in self.timing_actions:
            action.setEnabled(has_cue)
        self.play_cue_action.setEnabled(self._doc is not None and 0 <= self._current_row < len(self._doc))

    def _step_rate(self, direction: int) -> None:
        rate = self.player.rate()
        later = [s for s in SPEEDS if (s > rate + 1e-6 if direction > 0 else s < rate - 1e-6)]
        if later:
            self.set_rate(later[0] if direction > 0 else later[-1])

    # -- retiming ------------------------------------------------------------------------------
    def _push_times(self, row: int, start: int, end: int) -> None:
        assert self._stack is not None
        self._stack.break_merge()  # each timing command is its own undo step
        self._stack.push(SetTimes(row, start, end))
        self._stack.break_merge()

    def _current_cue(self):
        if self._doc is None or self._stack is None or not 0 <= self._current_row < len(self._doc):
            return None
        return self._doc[self._current_row]

    def _set_edge_at_playhead(self, edge: str) -> None:
        cue = self._current_cue()
        if cue is None:
            return
        at = self.player.position()
        if edge == "start":
            # a start after the end keeps the cue's duration rather than inverting it
            end = cue.end if at < cue.end else at + max(cue.duration, MIN_CUE_MS)
            self._push_times(self._current_row, at, end)
        else:
            if at <= cue.start:
                return
            self._push_times(self._current_row, cue.start, at)

    def _nudge(self, edge: str, amount: int, frames: bool = False) -> None:
        cue = self._current_cue()
        if cue is None:
            return
        start, end = cue.start, cue.end
        if frames:
            # step to the neighbouring frame boundary, so repeated nudges stay on the frame
            # grid (no drift at 23.976 fps) and an off-grid time snaps to it first
            frame = self.frame_ms()
            value = start if edge == "start" else end
            tolerance = 0.5 / frame  # times are whole ms: a rounded boundary is on the grid
            if amount > 0:
                index = math.floor(value / frame + tolerance) + amount
            else:
                index = math.ceil(value / frame - tolerance) + amount
            target = int(round(index * frame))
        else:
            target = (start if edge == "start" else end) + amount
        if edge == "start":
            start = min(max(0, target), end - 1)
        else:
            end = max(target, start + 1)
        self._push_times(self._current_row, start, end)

    # -- player events -------------------------------------------------------------------------
    def _on_position(self, ms: int) -> None:
        self.transport.set_position(ms)
        self.waveform.set_position(ms)
        self._refresh_overlay(ms)
        self.positionChanged.emit(ms)

    def _refresh_overlay(self, ms: int | None = None) -> None:
        at = self.waveform.position() if ms is None else ms
        cues = [self._doc[r] for r in self._index.rows_at(at)] if self._doc is not None else []
        self.video.overlay.set_cues(cues)

    def _on_duration(self, ms: int) -> None:
        self.transport.set_duration(ms)
        self.waveform.set_media_duration(ms)

    def _on_playing(self, playing: bool) -> None:
        self.transport.set_playing(playing)
        self.waveform.set_following(playing)

    def _on_rate(self, rate: float) -> None:
        self.transport.set_rate(rate)
        for action in self.speed_actions:
            action.setChecked(abs(float(action.data()) - rate) < 1e-6)

    def _on_media_loaded(self, has_audio: bool, has_video: bool) -> None:
        if not has_video:
            self.video.set_message(self.tr("Audio only: no picture in this media."))
        self._has_audio = has_audio
        if self._source and self.waveform_shown:
            self.loader.load(self._source, has_audio=has_audio)

    def _on_error(self, message: str) -> None:
        self.video.set_message(message)
        self.errorOccurred.emit(message)

    # -- lifetime ------------------------------------------------------------------------------
    def shutdown(self) -> None:
        """Stop playback and the decoder thread (called on close; safe to call twice)."""
        self.player.pause()
        self.loader.shutdown()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        super().closeEvent(event)
