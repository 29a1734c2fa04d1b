"""Play/pause, the seek slider, the time readout and the playback speed."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSlider, QStyle, QToolButton, QWidget

from subtitle_desk.ui.editor.timefmt import format_ms

__all__ = ["TransportBar", "SPEEDS"]

SPEEDS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0)


class TransportBar(QWidget):
    playPauseRequested = Signal()
    seekRequested = Signal(int)
    rateRequested = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.play_button = QToolButton(self)
        self.play_button.setObjectName("playButton")
        self.play_button.setAutoRaise(True)
        self.play_button.clicked.connect(self.playPauseRequested)
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setObjectName("seekSlider")
        self.slider.setRange(0, 0)
        self.slider.setSingleStep(100)
        self.slider.setPageStep(5000)
        self.slider.setAccessibleName(self.tr("Playhead position"))
        self.slider.valueChanged.connect(self._on_slider)
        self.time_label = QLabel(self)
        self.time_label.setObjectName("timeLabel")
        self.time_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.speed = QComboBox(self)
        self.speed.setObjectName("speedBox")
        self.speed.setToolTip(self.tr("Playback speed"))
        for value in SPEEDS:
            self.speed.addItem(f"{value:g}×", value)
        self.speed.setCurrentIndex(SPEEDS.index(1.0))
        self.speed.activated.connect(lambda i: self.rateRequested.emit(float(self.speed.itemData(i))))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addWidget(self.play_button)
        layout.addWidget(self.slider, 1)
        layout.addWidget(self.time_label)
        layout.addWidget(self.speed)
        self._position = 0
        self._duration = 0
        self._updating = False
        self.set_playing(False)
        self._show_time()

    def set_playing(self, playing: bool) -> None:
        icon = QStyle.StandardPixmap.SP_MediaPause if playing else QStyle.StandardPixmap.SP_MediaPlay
        self.play_button.setIcon(self.style().standardIcon(icon))
        self.play_button.setToolTip(self.tr("Pause") if playing else self.tr("Play"))

    def set_duration(self, ms: int) -> None:
        self._duration = max(0, int(ms))
        self._updating = True
        self.slider.setRange(0, self._duration)
        self._updating = False
        self._show_time()

    def set_position(self, ms: int) -> None:
        self._position = int(ms)
        if not self.slider.isSliderDown():
            self._updating = True
            self.slider.setValue(self._position)
            self._updating = False
        self._show_time()

    def set_rate(self, rate: float) -> None:
        index = self.speed.findData(rate)
        if index < 0:
            self.speed.addItem(f"{rate:g}×", rate)
            index = self.speed.count() - 1
        self.speed.setCurrentIndex(index)

    def _on_slider(self, value: int) -> None:
        if not self._updating:
            self.seekRequested.emit(int(value))

    def _show_time(self) -> None:
        self.time_label.setText(f"{format_ms(self._position)} / {format_ms(self._duration)}")
