"""Translation state: alignment by time, untranslated cues, kept marks and their sidecar, progress."""

from __future__ import annotations

import json
import random
import time

import pytest

from subtitle_desk.core.document import Cue, Document
from subtitle_desk.core.translation import (EMPTY, KEPT, TRANSLATED, UNTRANSLATED, KeepMarks,
                                            Progress, SourceIndex, TranslationState, align,
                                            load_marks, marks_path, normalized, save_marks)

SOURCE = Document([Cue(1000, 3000, "Hello."), Cue(4000, 6000, "Paris"), Cue(7000, 9000, "Goodbye."),
                   Cue(10_000, 12_000, "See you"), Cue(12_000, 14_000, "tomorrow.")])


def state(marks: KeepMarks | None = None) -> TranslationState:
    return TranslationState(SOURCE, marks)


def test_normalized_ignores_markup_and_whitespace():
    assert normalized("<i>Hello</i>\n  there ") == "Hello there"
    assert normalized("{\\i1}Hello{\\i0}  there") == "Hello there"
    assert normalized(" <i></i>\n") == ""


def test_a_cue_is_aligned_to_the_source_cue_it_overlaps_most():
    assert align([Cue(900, 2900, "x"), Cue(3500, 4500, "y"), Cue(5500, 7600, "z")], SOURCE) == [
        (0,), (1,), (2,)]


def test_a_cue_overlapping_no_source_cue_has_none():
    assert align([Cue(20_000, 21_000, "x"), Cue(5000, 5000, "zero length")], SOURCE) == [(), ()]


def test_equal_overlaps_keep_every_source_cue():
    assert SourceIndex(SOURCE).best(11_000, 13_000) == (3, 4)


def test_overlaps_are_found_around_a_long_source_cue():
    source = [Cue(0, 3_600_000, "title card")] + [Cue(i * 1000, i * 1000 + 900, f"c{i}") for i in range(1, 50)]
    index = SourceIndex(source)
    assert index.overlaps(10_100, 10_500) == [(0, 400), (10, 400)]
    assert index.best(10_000, 10_900) == (0, 10)


def test_overlaps_equal_a_brute_force_search():
    rng = random.Random(7)
    source = [Cue(s, s + rng.randint(-100, 8000), "") for s in (rng.randint(0, 100_000) for _ in range(300))]
    index = SourceIndex(source)
    for _ in range(300):
        start = rng.randint(0, 100_000)
        end = start + rng.randint(0, 9000)
        brute = [(row, min(end, c.end) - max(start, c.start)) for row, c in enumerate(source)
                 if min(end, c.end) - max(start, c.start) > 0 and c.end > c.start]
        assert index.overlaps(start, end) == brute


def test_alignment_of_20000_cues_is_fast():
    source = [Cue(i * 2000, i * 2000 + 1500, f"line {i}") for i in range(20_000)]
    target = [Cue(i * 2000 + 100, i * 2000 + 1700, f"ligne {i}") for i in range(20_000)]
    began = time.perf_counter()
    rows = align(target, source)
    assert time.perf_counter() - began < 1.0
    assert rows[12_345] == (12_345,)


def test_status_of_cues():
    s = state()
    assert s.status(Cue(1000, 3000, "Bonjour.")) == TRANSLATED
    assert s.status(Cue(1000, 3000, "<i>Hello.</i>")) == UNTRANSLATED
    assert s.status(Cue(1000, 3000, "Hello.\n")) == UNTRANSLATED
    assert s.status(Cue(1000, 3000, " ")) == EMPTY
    assert s.status(Cue(20_000, 21_000, "Hello.")) == TRANSLATED  # no source cue to compare with


def test_a_cue_merging_two_source_cues_unchanged_is_untranslated():
    assert state().status(Cue(10_000, 14_000, "See you\ntomorrow.")) == UNTRANSLATED
    assert state().status(Cue(10_000, 14_000, "À demain.")) == TRANSLATED


def test_split_cues_each_compare_with_their_source_cue():
    s = state()
    assert s.status(Cue(7000, 8000, "Goodbye.")) == UNTRANSLATED
    assert s.status(Cue(8000, 9000, "Au revoir.")) == TRANSLATED


def test_a_kept_cue_is_not_untranslated_until_emptied():
    s = state()
    paris = Cue(4000, 6000, "Paris")
    assert s.keep(paris)
    assert s.status(paris) == KEPT and s.is_kept(paris) and not s.is_untranslated(paris)
    assert s.status(Cue(4100, 5900, "<i>Paris</i>")) == KEPT  # retimed and restyled: still kept
    assert s.status(Cue(4000, 6000, "")) == EMPTY
    s.keep(paris, False)
    assert s.status(paris) == UNTRANSLATED


def test_keep_without_a_source_cue_changes_nothing():
    s = state()
    assert not s.keep(Cue(50_000, 51_000, "x"))
    assert len(s.marks) == 0


def test_progress_counts_untranslated_and_kept():
    s = state()
    s.keep(Cue(4000, 6000, "Paris"))
    target = Document([Cue(1000, 3000, "Bonjour."), Cue(4000, 6000, "Paris"), Cue(7000, 9000, "Goodbye."),
                       Cue(10_000, 12_000, ""), Cue(12_000, 14_000, "demain.")])
    progress = s.progress(target)
    assert progress == Progress(total=5, untranslated=2, kept=1)
    assert str(progress) == "3 of 5 cues translated (1 kept as in the source)"
    assert str(Progress(9, 3, 0)) == "6 of 9 cues translated"


def test_source_text_of_a_cue_for_a_side_by_side_view():
    assert state().source_text(Cue(11_000, 13_000, "x")) == "See you\ntomorrow."


def test_marks_round_trip_through_the_sidecar(tmp_path):
    target = tmp_path / "film.fr.srt"
    path = marks_path(target)
    assert path.name == "film.fr.srt.translation.json"
    assert load_marks(path) == KeepMarks()  # no file yet
    s = state()
    s.keep(Cue(4000, 6000, "Paris"))
    save_marks(s.marks, path)
    assert json.loads(path.read_text(encoding="utf-8")) == {"version": 1, "kept": [{"start": 4000, "text": "Paris"}]}
    again = state(load_marks(path))
    assert again.status(Cue(4000, 6000, "Paris")) == KEPT


def test_a_damaged_marks_file_is_named(tmp_path):
    path = tmp_path / "x.srt.translation.json"
    path.write_text("{nope", encoding="utf-8")
    with pytest.raises(ValueError, match="x.srt.translation.json: not valid JSON"):
        load_marks(path)
    path.write_text('{"kept": [{"start": "1"}]}', encoding="utf-8")
    with pytest.raises(ValueError, match="kept item 1"):
        load_marks(path)
