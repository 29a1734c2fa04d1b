"""Video preview, subtitle overlay, transport and audio waveform of the subtitle editor.

``MediaPanel`` composes them; the pieces are reusable on their own.
"""

from subtitle_desk.ui.media.panel import MediaPanel
from subtitle_desk.ui.media.player import AV1_MESSAGE, MediaPlayer
from subtitle_desk.ui.media.transport import TransportBar
from subtitle_desk.ui.media.video import VideoView
from subtitle_desk.ui.media.waveform import WaveformWidget
from subtitle_desk.ui.media.waveform_loader import NO_AUDIO_MESSAGE, WaveformLoader

__all__ = ["MediaPanel", "MediaPlayer", "VideoView", "TransportBar", "WaveformWidget", "WaveformLoader",
           "AV1_MESSAGE", "NO_AUDIO_MESSAGE"]
