"""Edits change the document through its announced mutations, undo exactly, and describe
themselves; the undo stack keeps history, merges typing, and tracks the saved state."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from subtitle_desk.core.document import Change, Cue, Document
from subtitle_desk.core.edits import (ChangeFrameRate, DeleteCues, EditGroup, FindReplace,
                                      InsertCues, MergeCues, SetText, SetTimes, ShiftTimes,
                                      SortCues, SplitCue, UndoStack)


def make_doc(n: int = 5) -> Document:
    return Document([Cue(i * 2000, i * 2000 + 1500, f"Line {i + 1}", identifier=str(i + 1))
                     for i in range(n)])


def snapshot(doc: Document) -> list[tuple]:
    return [(c.start, c.end, c.text, c.identifier, c.settings, dict(c.extra)) for c in doc]


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def doc() -> Document:
    return make_doc()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def stack(doc: Document, clock: FakeClock) -> UndoStack:
    return UndoStack(doc, clock=clock)


def test_set_text_changes_the_cue_and_undo_restores_it(doc, stack):
    stack.push(SetText(1, "Hello"))
    assert doc[1].text == "Hello"
    stack.undo()
    assert doc[1].text == "Line 2"


def test_every_mutation_is_announced_as_a_change(doc, stack):
    seen: list[Change] = []
    doc.subscribe(seen.append)
    stack.push(SetText(0, "x"))
    stack.push(DeleteCues([3]))
    stack.undo()
    assert [c.kind for c in seen] == ["update", "remove", "insert"]


def test_descriptions_read_like_menu_text(doc):
    assert SetText(11, "x").description == "Edit text of cue 12"
    shift = ShiftTimes(None, 1500)
    shift.apply(make_doc(240))
    assert shift.description == "Shift 240 cues by +1.500 s"
    assert ShiftTimes([0], -40).description == "Shift 1 cue by -0.040 s"
    assert DeleteCues([2, 3]).description == "Delete 2 cues"
    assert ChangeFrameRate(25, 23.976).description == "Change frame rate from 25 to 23.976 fps"


def test_undo_and_redo_texts_name_the_next_steps(stack):
    stack.push(SetText(0, "a"))
    stack.push(DeleteCues([4]))
    assert stack.undo_text == "Delete cue 5"
    stack.undo()
    assert (stack.undo_text, stack.redo_text) == ("Edit text of cue 1", "Delete cue 5")


def test_set_times_changes_both_times_and_undoes(doc, stack):
    stack.push(SetTimes(2, 4100, 5000))
    assert (doc[2].start, doc[2].end) == (4100, 5000)
    stack.undo()
    assert (doc[2].start, doc[2].end) == (4000, 5500)


def test_set_times_rejects_negative_times_without_changing_anything(doc, stack):
    before = snapshot(doc)
    with pytest.raises(ValueError):
        stack.push(SetTimes(0, -5, 100))
    assert snapshot(doc) == before and not stack.can_undo


def test_shift_all_moves_every_cue(doc, stack):
    stack.push(ShiftTimes(None, 250))
    assert [c.start for c in doc] == [250, 2250, 4250, 6250, 8250]


def test_shift_selected_moves_only_those_rows(doc, stack):
    stack.push(ShiftTimes([1, 3], -100))
    assert [c.start for c in doc] == [0, 1900, 4000, 5900, 8000]


def test_shift_below_zero_stops_at_zero_and_undo_restores_exact_times(doc, stack):
    before = snapshot(doc)
    stack.push(ShiftTimes(None, -2500))
    assert (doc[0].start, doc[0].end, doc[1].start, doc[1].end) == (0, 0, 0, 1000)
    stack.undo()
    assert snapshot(doc) == before


def test_insert_cues_puts_copies_at_the_row(doc, stack):
    new = Cue(1600, 1900, "new")
    stack.push(InsertCues(1, [new]))
    assert [c.text for c in doc][:3] == ["Line 1", "new", "Line 2"]
    assert doc[1] is not new
    stack.undo()
    assert len(doc) == 5


def test_delete_non_contiguous_rows_and_undo_puts_them_back_in_place(doc, stack):
    before = snapshot(doc)
    stack.push(DeleteCues([4, 0, 2]))
    assert [c.text for c in doc] == ["Line 2", "Line 4"]
    stack.undo()
    assert snapshot(doc) == before


def test_split_divides_text_at_the_position_dropping_the_space(doc, stack):
    stack.push(SetText(0, "Hello there"))
    stack.push(SplitCue(0, 5))
    assert [doc[0].text, doc[1].text] == ["Hello", "there"]


def test_split_drops_the_line_break_at_the_split():
    first, second = SplitCue.split_parts(Cue(0, 1000, "One\nTwo"), 3)
    assert (first.text, second.text) == ("One", "Two")


def test_split_divides_time_in_proportion_to_text_length():
    first, second = SplitCue.split_parts(Cue(1000, 2000, "abc defghijklmnopq"), 3)
    # 3 characters left, 14 right
    assert (first.start, first.end, second.start, second.end) == (1000, 1176, 1176, 2000)


def test_split_inside_italics_closes_and_reopens_the_tag():
    first, second = SplitCue.split_parts(Cue(0, 1000, "<i>one two</i>"), 7)
    assert (first.text, second.text) == ("<i>one</i>", "<i>two</i>")


def test_split_inside_ssa_italics_repeats_the_override_in_the_second_cue():
    first, second = SplitCue.split_parts(Cue(0, 1000, r"{\i1}one two{\i0} three"), 9)
    assert (first.text, second.text) == (r"{\i1}one", r"{\i1}two{\i0} three")


def test_split_of_a_positioned_ssa_cue_keeps_the_position_on_both_halves():
    first, second = SplitCue.split_parts(Cue(0, 1000, r"{\an8}one two"), 9)
    assert (first.text, second.text) == (r"{\an8}one", r"{\an8}two")


def test_split_right_after_a_tag_moves_the_tag_to_the_second_cue():
    first, second = SplitCue.split_parts(Cue(0, 1000, "Hello <i>world</i>"), 9)
    assert (first.text, second.text) == ("Hello", "<i>world</i>")


def test_split_keeps_cue_settings_on_both_halves():
    cue = Cue(0, 1000, "a b", identifier="intro", settings="align:left", extra={"style": "Top"})
    first, second = SplitCue.split_parts(cue, 1)
    assert (second.settings, second.extra, first.identifier) == ("align:left", {"style": "Top"}, "intro")


def test_split_undo_restores_the_original_cue(doc, stack):
    before = snapshot(doc)
    stack.push(SplitCue(2, 4))
    assert len(doc) == 6
    stack.undo()
    assert snapshot(doc) == before


def test_merge_joins_texts_with_a_line_break_and_spans_times(doc, stack):
    stack.push(MergeCues([1, 2]))
    assert (doc[1].start, doc[1].end, doc[1].text) == (2000, 5500, "Line 2\nLine 3")
    assert len(doc) == 4


def test_merge_undo_restores_all_cues(doc, stack):
    before = snapshot(doc)
    stack.push(MergeCues([1, 2, 3]))
    stack.undo()
    assert snapshot(doc) == before


def test_merge_refuses_non_adjacent_cues():
    with pytest.raises(ValueError, match="adjacent"):
        MergeCues([1, 3])


def test_frame_rate_change_scales_times_by_from_over_to(stack, doc):
    stack.push(ChangeFrameRate(25, 23.976))
    assert (doc[1].start, doc[1].end) == (round(2000 * 25 / 23.976), round(3500 * 25 / 23.976))


def test_frame_rate_change_undo_restores_exact_times(stack, doc):
    before = snapshot(doc)
    stack.push(ChangeFrameRate(23.976, 25))
    stack.undo()
    assert snapshot(doc) == before


def test_find_replace_counts_replacements(doc, stack):
    edit = FindReplace("Line", "Row")
    stack.push(edit)
    assert edit.count == 5 and doc[0].text == "Row 1"
    assert stack.undo_text == "Replace “Line” with “Row” (5 replacements)"


def test_find_replace_without_match_is_not_pushed(stack):
    assert stack.push(FindReplace("zzz", "y")) is False
    assert not stack.can_undo and not stack.dirty


def test_find_replace_literal_treats_regex_characters_as_text(doc, stack):
    stack.push(SetText(0, "a.b a+b"))
    stack.push(FindReplace("a.b", r"\1", rows=[0]))
    assert doc[0].text == r"\1 a+b"


def test_find_replace_regex_uses_groups(doc, stack):
    stack.push(FindReplace(r"Line (\d)", r"\1: line", regex=True))
    assert doc[2].text == "3: line"


def test_find_replace_can_ignore_case(doc, stack):
    stack.push(FindReplace("line", "x", case_sensitive=False, rows=[0, 1]))
    assert [c.text for c in doc][:3] == ["x 1", "x 2", "Line 3"]


def test_find_replace_rejects_a_bad_regex_with_value_error():
    with pytest.raises(ValueError):
        FindReplace("(", "x", regex=True)


def test_undo_of_find_replace_restores_every_text(doc, stack):
    before = snapshot(doc)
    stack.push(FindReplace("i", "I"))
    stack.undo()
    assert snapshot(doc) == before


def test_group_is_one_undo_step(doc, stack):
    before = snapshot(doc)
    stack.push(EditGroup("Fix cue 1", [SetText(0, "A"), SetTimes(0, 10, 900)]))
    assert stack.undo_text == "Fix cue 1"
    stack.undo()
    assert snapshot(doc) == before


def test_redo_reapplies_the_undone_edit(doc, stack):
    stack.push(DeleteCues([0]))
    stack.undo()
    stack.redo()
    assert doc[0].text == "Line 2"


def test_pushing_after_undo_discards_the_redo_history(stack):
    stack.push(SetText(0, "a"))
    stack.undo()
    stack.push(SetText(1, "b"))
    assert not stack.can_redo


def test_undo_on_empty_stack_does_nothing(stack):
    assert stack.undo() is None and stack.redo() is None


def test_history_is_unlimited(doc, stack):
    for i in range(500):
        stack.break_merge()
        stack.push(SetText(0, str(i)))
    for _ in range(500):
        stack.undo()
    assert doc[0].text == "Line 1"


def test_consecutive_typing_in_one_cue_is_one_undo_step(doc, stack, clock):
    for text in ("H", "He", "Hel"):
        clock.now += 0.3
        stack.push(SetText(0, text))
    assert len(stack) == 1
    stack.undo()
    assert doc[0].text == "Line 1"


def test_typing_after_a_pause_starts_a_new_undo_step(doc, stack, clock):
    stack.push(SetText(0, "H"))
    clock.now += 5
    stack.push(SetText(0, "He"))
    stack.undo()
    assert doc[0].text == "H"


def test_typing_in_another_cue_starts_a_new_undo_step(stack):
    stack.push(SetText(0, "a"))
    stack.push(SetText(1, "b"))
    assert len(stack) == 2


def test_break_merge_starts_a_new_undo_step(stack):
    stack.push(SetText(0, "a"))
    stack.break_merge()
    stack.push(SetText(0, "ab"))
    assert len(stack) == 2


def test_typing_after_save_does_not_merge_into_the_saved_step(stack):
    stack.push(SetText(0, "a"))
    stack.mark_clean()
    stack.push(SetText(0, "ab"))
    stack.undo()
    assert not stack.dirty


def test_new_stack_is_clean_and_an_edit_makes_it_dirty(stack):
    assert not stack.dirty
    stack.push(SetText(0, "x"))
    assert stack.dirty


def test_undoing_back_to_the_saved_state_is_clean(stack):
    stack.push(SetText(0, "x"))
    stack.mark_clean()
    stack.push(SetText(1, "y"))
    stack.undo()
    assert not stack.dirty


def test_saved_state_lost_to_a_new_branch_stays_dirty(stack):
    stack.push(SetText(0, "x"))
    stack.mark_clean()
    stack.undo()
    stack.push(SetText(1, "y"))
    stack.undo()
    assert stack.dirty


def test_a_stack_marked_dirty_stays_dirty_until_marked_clean(stack):
    stack.mark_dirty()
    stack.push(SetText(0, "x"))
    stack.undo()
    assert stack.dirty
    stack.mark_clean()
    assert not stack.dirty


def test_revision_moves_even_when_typing_merges(stack):
    stack.push(SetText(0, "a"))
    before = (stack.index, stack.revision)
    stack.push(SetText(0, "ab"))
    assert stack.index == before[0] and stack.revision > before[1]


def test_subscribers_hear_every_stack_state_change(stack):
    calls = []
    stack.subscribe(lambda: calls.append(stack.undo_text))
    stack.push(SetText(0, "x"))
    stack.undo()
    stack.redo()
    stack.mark_clean()
    assert calls == ["Edit text of cue 1", "", "Edit text of cue 1", "Edit text of cue 1"]


def test_a_failing_edit_leaves_document_and_stack_untouched(doc, stack):
    before = snapshot(doc)
    with pytest.raises(IndexError):
        stack.push(DeleteCues([2, 9]))
    assert snapshot(doc) == before and not stack.can_undo


def test_edits_never_sort_cues(doc, stack):
    stack.push(SetTimes(0, 9000, 9500))
    assert doc[0].start == 9000 and doc[1].start == 2000


def test_sort_orders_cues_by_start_time_and_undo_restores_the_order(doc, stack):
    before = snapshot(doc)
    stack.push(SetTimes(0, 9000, 9500))
    stack.push(SortCues())
    assert [c.text for c in doc] == ["Line 2", "Line 3", "Line 4", "Line 5", "Line 1"]
    stack.undo()
    stack.undo()
    assert snapshot(doc) == before


def test_sorting_sorted_cues_is_not_an_undo_step(stack):
    assert stack.push(SortCues()) is False


def test_frame_rate_edit_keeps_old_times_compactly():
    doc = make_doc(20_000)
    edit = ChangeFrameRate(25, 24)
    UndoStack(doc).push(edit)
    assert edit._starts.itemsize * len(edit._starts) == 8 * 20_000


cue_st = st.builds(lambda s, d, t: Cue(s, s + d, t), st.integers(0, 10**7), st.integers(0, 10**5),
                   st.text(alphabet="ab c\n<i>", max_size=12))
edit_st = st.one_of(
    st.builds(SetText, st.integers(0, 3), st.text(max_size=8)),
    st.builds(SetTimes, st.integers(0, 3), st.integers(0, 10**6), st.integers(0, 10**6)),
    st.builds(ShiftTimes, st.none() | st.lists(st.integers(0, 3), min_size=1), st.integers(-10**6, 10**6)),
    st.builds(DeleteCues, st.lists(st.integers(0, 3), min_size=1)),
    st.builds(SplitCue, st.integers(0, 3), st.integers(0, 12)),
    st.builds(lambda r: MergeCues([r, r + 1]), st.integers(0, 2)),
    st.builds(ChangeFrameRate, st.sampled_from([23.976, 24, 25, 29.97]), st.sampled_from([23.976, 24, 25])),
    st.builds(FindReplace, st.sampled_from(["a", "b ", "\n"]), st.sampled_from(["", "x", "\n"])),
    st.builds(SortCues),
)


@settings(max_examples=150, deadline=None)
@given(st.lists(cue_st, min_size=4, max_size=6), st.lists(edit_st, max_size=6))
def test_any_sequence_of_edits_undoes_to_the_original_and_redoes_to_the_result(cues, edits):
    doc = Document(cues)
    stack = UndoStack(doc, merge_window=0)
    original = snapshot(doc)
    for edit in edits:
        try:
            stack.push(edit)
        except (IndexError, ValueError):
            pass
    result = snapshot(doc)
    while stack.undo():
        pass
    assert snapshot(doc) == original
    while stack.redo():
        pass
    assert snapshot(doc) == result
