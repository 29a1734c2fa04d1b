"""The media panel: opening a video leaves the terminal alone (FFmpeg's stream dump and
QtMultimedia's notes go to the log at debug level), and the waveform can be turned off and on."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest

from subtitle_desk.emulators.demo import demo_resources_dir
from subtitle_desk.ui.media import MediaPanel
from tests.ui.conftest import wait_until

DEMO = demo_resources_dir() / "subtitle-desk-demo.mp4"

OPEN_VIDEO = textwrap.dedent("""
    import logging, sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    app = QApplication(sys.argv[:1])
    if sys.argv[2] == "debug":
        logging.basicConfig(level=logging.DEBUG, stream=sys.stdout, format="%(name)s: %(message)s")
    from subtitle_desk.ui.media import MediaPanel
    panel = MediaPanel()
    panel.player.mediaLoaded.connect(lambda *_: QTimer.singleShot(300, app.quit))
    QTimer.singleShot(20_000, app.quit)
    panel.load_video(sys.argv[1])
    app.exec()
    panel.shutdown()
""")


def open_video_in_a_process(level: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("QT_FFMPEG_DEBUG", "QT_LOGGING_RULES")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    return subprocess.run([sys.executable, "-c", OPEN_VIDEO, str(DEMO), level], capture_output=True, text=True,
                          env=env, timeout=60, check=True)


@pytest.mark.skipif(not DEMO.is_file(), reason="the demo video is not in this checkout")
def test_opening_a_video_prints_no_stream_dump():
    result = open_video_in_a_process("info")

    assert "Input #0" not in result.stderr and "Stream #0" not in result.stderr
    assert "qt.multimedia.ffmpeg" not in result.stderr


@pytest.mark.skipif(not DEMO.is_file(), reason="the demo video is not in this checkout")
def test_the_streams_and_qtmultimedias_notes_are_in_the_log_at_debug_level():
    result = open_video_in_a_process("debug")

    log = result.stdout
    assert "subtitle_desk.ui.media.player: opened subtitle-desk-demo.mp4" in log
    assert "video H264" in log and "audio AAC" in log
    assert "qt.multimedia.ffmpeg:" in log


@pytest.fixture
def panel(qtbot):
    widget = MediaPanel()
    qtbot.addWidget(widget)
    widget.resize(480, 400)
    widget.show()
    yield widget
    widget.shutdown()


@pytest.mark.skipif(not DEMO.is_file(), reason="the demo video is not in this checkout")
def test_with_the_waveform_off_no_audio_is_decoded_for_it_and_turning_it_on_draws_it(loop, panel, qtbot):
    panel.set_waveform_shown(False)
    loaded = []
    panel.player.mediaLoaded.connect(lambda *_: loaded.append(True))

    panel.load_video(str(DEMO))
    wait_until(loop, lambda: loaded, timeout=15)

    assert panel.waveform.isHidden()
    assert not panel.loader.busy and panel.waveform.peaks() is None
    panel.set_waveform_shown(True)
    assert panel.waveform.isVisible()
    wait_until(loop, lambda: panel.waveform.peaks() is not None, timeout=30)
