"""The media panel's timing and playback actions: what they do to the current cue, one undo
step each, and shortcuts that collide with nothing."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QKeySequence

from subtitle_desk.core.document import Cue, Document
from subtitle_desk.core.edits import SetTimes, UndoStack
from subtitle_desk.ui.media import MediaPanel


class FakePlayhead:
    """Stands in for the player's position only: no media needed to test retiming."""

    def __init__(self, panel: MediaPanel, ms: int) -> None:
        self.ms = ms
        panel.player.position = lambda: self.ms


@pytest.fixture
def setup(qtbot):
    doc = Document([Cue(1000, 2000, "One"), Cue(3000, 4000, "Two")])
    stack = UndoStack(doc)
    panel = MediaPanel()
    qtbot.addWidget(panel)
    panel.set_document(doc, stack)
    panel.set_current_row(1)
    return panel, doc, stack


def test_set_start_at_playhead_pushes_one_set_times_for_the_current_cue(setup):
    panel, doc, stack = setup
    FakePlayhead(panel, 2800)
    panel.set_start_action.trigger()
    assert len(stack) == 1 and isinstance(stack._edits[0], SetTimes)
    assert (doc[1].start, doc[1].end) == (2800, 4000)


def test_set_end_at_playhead_moves_the_end(setup):
    panel, doc, stack = setup
    FakePlayhead(panel, 4321)
    panel.set_end_action.trigger()
    assert (doc[1].start, doc[1].end) == (3000, 4321)


def test_set_end_before_the_start_is_refused(setup):
    panel, doc, stack = setup
    FakePlayhead(panel, 2500)
    panel.set_end_action.trigger()
    assert len(stack) == 0 and (doc[1].start, doc[1].end) == (3000, 4000)


def test_set_start_after_the_end_keeps_the_cue_duration(setup):
    panel, doc, stack = setup
    FakePlayhead(panel, 5000)
    panel.set_start_action.trigger()
    assert (doc[1].start, doc[1].end) == (5000, 6000)


def test_nudging_the_start_by_a_frame_uses_25_fps_without_a_video(setup):
    panel, doc, stack = setup
    panel.start_later_frame_action.trigger()
    assert doc[1].start == 3040
    panel.end_earlier_frame_action.trigger()
    assert doc[1].end == 3960


def test_frame_nudges_at_23_976_fps_stay_on_the_frame_grid(setup):
    panel, doc, stack = setup
    panel.player.frame_rate = lambda: 24000 / 1001
    for _ in range(3):
        panel.start_later_frame_action.trigger()
    frame = 1001 / 24
    # 3000 ms lies between frames 71 (2961 ms) and 72 (3003 ms): the first step snaps to 72
    assert doc[1].start == round(74 * frame) == 3086
    for _ in range(3):
        panel.start_earlier_frame_action.trigger()
    assert doc[1].start == round(71 * frame) == 2961


def test_hundred_millisecond_nudges_move_start_and_end(setup):
    panel, doc, stack = setup
    panel.start_earlier_100_action.trigger()
    panel.end_later_100_action.trigger()
    assert (doc[1].start, doc[1].end) == (2900, 4100)


def test_each_nudge_is_its_own_undo_step(setup):
    panel, doc, stack = setup
    panel.start_later_100_action.trigger()
    panel.start_later_100_action.trigger()
    assert len(stack) == 2
    stack.undo()
    assert doc[1].start == 3100


def test_a_start_nudge_never_goes_below_zero(setup):
    panel, doc, stack = setup
    panel.set_current_row(0)
    for _ in range(15):
        panel.start_earlier_100_action.trigger()
    assert doc[0].start == 0


def test_timing_actions_are_disabled_without_a_current_cue(setup):
    panel, doc, stack = setup
    panel.set_current_row(-1)
    assert not panel.set_start_action.isEnabled()
    assert not panel.play_cue_action.isEnabled()


def test_speed_actions_step_between_half_and_double_speed(setup):
    panel, doc, stack = setup
    rates = []
    panel.player.set_rate = rates.append
    panel.player.rate = lambda: 1.0
    panel.faster_action.trigger()
    panel.slower_action.trigger()
    assert rates == [1.25, 0.75]


def test_every_action_shortcut_is_distinct(setup):
    panel, doc, stack = setup
    shortcuts = [a.shortcut().toString() for a in panel.actions() if not a.shortcut().isEmpty()]
    assert len(shortcuts) == len(set(shortcuts))


EDITOR_SHORTCUTS = ["Alt+Up", "Alt+Down", "Ctrl+B", "Ctrl+M", "Ctrl+G", "F8", "Ctrl+Shift+T", "Ctrl+Shift+Q",
                    "Ctrl+Shift+A", "Ctrl+Alt+F", "Alt+Ins", "Ctrl+Shift+Return", "Ctrl+Del", "Space",
                    "Ctrl+Z", "Ctrl+Y", "Ctrl+S", "Ctrl+O", "Ctrl+F", "Ctrl+H", "Ctrl+C", "Ctrl+V", "Ctrl+X",
                    "Ctrl+A", "Left", "Right", "Ctrl+Left", "Ctrl+Right", "Shift+Left", "Shift+Right"]


def test_no_shortcut_takes_a_key_the_editor_or_text_editing_uses(setup):
    panel, doc, stack = setup
    taken = {QKeySequence(s).toString() for s in EDITOR_SHORTCUTS}
    ours = {a.shortcut().toString() for a in panel.actions() if not a.shortcut().isEmpty()}
    assert not ours & taken
