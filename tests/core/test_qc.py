"""QC: specs (own, Dotsub, presets), each rule, and the incremental checker staying equal to a
full check while the document is edited."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from subtitle_desk.core.document import Cue, Document
from subtitle_desk.core.edits import (DeleteCues, InsertCues, MergeCues, SetText, SetTimes,
                                      ShiftTimes, SortCues, SplitCue, UndoStack)
from subtitle_desk.core.glossary import parse_glossary
from subtitle_desk.core.qc import (PRESETS, RULES, Problem, QcChecker, QcContext, Spec,
                                   check_document)
from subtitle_desk.core.spelling import SpellChecker
from subtitle_desk.core.translation import KeepMarks, TranslationState

SPECS = Path(__file__).parent.parent / "fixtures" / "specs"
NETFLIX = PRESETS["netflix-en"]


def rules_of(cue: Cue, spec: Spec = NETFLIX) -> list[str]:
    return [p.rule for p in check_document(Document([cue]), spec)]


def test_a_cue_within_every_limit_has_no_problem():
    assert rules_of(Cue(0, 2000, "Short and sweet.")) == []


def test_too_many_lines_is_max_lines():
    assert rules_of(Cue(0, 4000, "a\nb\nc")) == ["max-lines"]


def test_a_long_line_is_max_chars_per_line_with_the_longest_width():
    [problem] = check_document(Document([Cue(0, 7000, "ok\n" + "x" * 43)]), NETFLIX)
    assert (problem.rule, problem.value, problem.limit) == ("max-chars-per-line", 43, 42)
    assert problem.message == "line 2 has 43 characters (limit 42)"


def test_markup_does_not_count_towards_line_length():
    assert rules_of(Cue(0, 7000, "<i>" + "x" * 42 + "</i>")) == []


def test_a_short_cue_is_min_duration():
    assert rules_of(Cue(0, 832, "Hi")) == ["min-duration"]


def test_a_long_cue_is_max_duration():
    assert rules_of(Cue(0, 7001, "Hi")) == ["max-duration"]


def test_fast_reading_is_max_cps_with_message():
    [problem] = check_document(Document([Cue(0, 1000, "x" * 23 + "\n" + "y")]), NETFLIX)
    assert (problem.rule, problem.value, problem.limit) == ("max-cps", 24.0, 20.0)
    assert problem.message == "24.0 characters per second (limit 20)"


def test_cps_just_over_the_limit_is_rounded_up_in_the_report():
    # 41 characters in 2049 ms = 20.01 cps
    [problem] = check_document(Document([Cue(0, 2049, "x" * 41)]), Spec(max_cps=20))
    assert (problem.value, problem.message) == (20.1, "20.1 characters per second (limit 20)")


def test_cps_ignores_line_breaks_and_tags_but_counts_spaces():
    # "a b" + "c" = 4 visible characters in 200 ms = 20 cps: exactly at the limit
    spec = Spec(max_cps=20)
    assert rules_of(Cue(0, 200, "<i>a b</i>\nc"), spec) == []
    assert rules_of(Cue(0, 199, "<i>a b</i>\nc"), spec) == ["max-cps"]


def test_overlapping_cues_are_reported_on_the_earlier_cue():
    problems = check_document(Document([Cue(0, 2000, "a"), Cue(1500, 3000, "b")]), Spec())
    assert [(p.row, p.rule, p.value) for p in problems] == [(0, "overlap", 500)]


def test_a_gap_below_the_minimum_is_min_gap():
    problems = check_document(Document([Cue(0, 2000, "a"), Cue(2050, 3000, "b")]), NETFLIX)
    assert [(p.row, p.rule, p.value, p.limit) for p in problems] == [(0, "min-gap", 50, 83)]


def test_touching_cues_break_a_min_gap_but_do_not_overlap():
    problems = check_document(Document([Cue(0, 2000, "a"), Cue(2000, 3000, "b")]), NETFLIX)
    assert [p.rule for p in problems] == ["min-gap"]


def test_a_cue_without_visible_text_is_empty_text():
    assert rules_of(Cue(0, 2000, " <i></i>\n")) == ["empty-text"]


def test_an_end_not_after_the_start_is_bad_timing():
    assert rules_of(Cue(1000, 1000, "x"), Spec()) == ["bad-timing"]
    assert rules_of(Cue(1000, 900, "x"), Spec()) == ["bad-timing"]


def test_a_spec_without_limits_only_checks_structure():
    doc = Document([Cue(0, 10, "x" * 200 + "\n\n\n\n"), Cue(5, 20_000, "y")])
    assert [p.rule for p in check_document(doc, Spec())] == ["overlap"]


def test_problems_are_sorted_by_row():
    doc = Document([Cue(0, 100, "a"), Cue(200, 300, ""), Cue(250, 50, "b")])
    rows = [p.row for p in check_document(doc, NETFLIX)]
    assert rows == sorted(rows) and set(rows) == {0, 1, 2}


def test_every_rule_id_is_listed():
    assert set(RULES) == {"max-lines", "max-chars-per-line", "min-duration", "max-duration",
                          "max-cps", "overlap", "min-gap", "empty-text", "bad-timing",
                          "untranslated", "glossary", "spelling"}


def test_netflix_presets_hold_the_published_limits():
    en, other = PRESETS["netflix-en"], PRESETS["netflix-other"]
    assert (en.max_chars_per_line, en.max_lines, en.max_cps, en.min_duration_ms,
            en.max_duration_ms, en.min_gap_ms) == (42, 2, 20.0, 833, 7000, 83)
    assert other.max_cps == 17.0 and other.max_chars_per_line == 42


def test_describe_lists_the_limits():
    assert NETFLIX.describe() == ("Netflix English: 2 lines, 42 characters per line, "
                                  "20 characters per second, 833–7000 ms per cue, 83 ms minimum gap")
    assert Spec(name="loose").describe() == "loose: no limits"


def test_dotsub_spec_reads_the_api_object():
    obj = json.loads((SPECS / "dotsub_french.json").read_text())
    spec = Spec.from_dotsub(obj)
    assert (spec.max_lines, spec.max_chars_per_line, spec.min_duration_ms, spec.max_duration_ms,
            spec.max_cps, spec.min_gap_ms) == (3, 54, 3000, 9000, None, None)
    assert spec.name == "Dotsub spec 4 (French (France))"


def test_dotsub_spec_cps_may_be_fractional():
    assert Spec.from_dotsub({"maxCharactersPerSecondPerCaption": 17.5}).max_cps == 17.5


def test_dotsub_spec_with_a_wrong_type_names_the_field():
    with pytest.raises(ValueError, match="maxCharactersPerLine"):
        Spec.from_dotsub({"maxCharactersPerLine": "42"})


def test_dotsub_spec_rejects_booleans_as_numbers():
    with pytest.raises(ValueError, match="maxLinesPerCaption"):
        Spec.from_dotsub({"maxLinesPerCaption": True})


def test_dotsub_spec_must_be_an_object():
    with pytest.raises(ValueError):
        Spec.from_dotsub([1, 2])


def test_spec_file_may_use_own_field_names():
    spec = Spec.from_mapping({"name": "house", "max_cps": 15, "min_gap_ms": 120})
    assert (spec.name, spec.max_cps, spec.min_gap_ms) == ("house", 15.0, 120)


def test_spec_file_with_unknown_fields_is_refused():
    with pytest.raises(ValueError, match="max_chars"):
        Spec.from_mapping({"max_chars": 3})


def test_spec_file_may_be_a_one_item_dotsub_page():
    obj = json.loads((SPECS / "dotsub_page.json").read_text())
    assert Spec.from_mapping(obj).max_chars_per_line == 54


# -- incremental checker ---------------------------------------------------------------------

def make_doc(n: int = 6) -> Document:
    return Document([Cue(i * 2000, i * 2000 + 1500, f"Line {i + 1}") for i in range(n)])


def test_checker_starts_with_the_full_check():
    doc = make_doc()
    doc.cues[2].text = "x" * 50
    checker = QcChecker(doc, NETFLIX)
    assert checker.all_problems() == check_document(doc, NETFLIX)
    assert checker.count == len(check_document(doc, NETFLIX))


def test_checker_sees_an_edit_and_reports_the_row():
    doc = make_doc()
    checker = QcChecker(doc, NETFLIX)
    heard = []
    checker.subscribe(heard.append)
    UndoStack(doc).push(SetText(3, "x" * 50))
    assert [p.rule for p in checker.problems_for(3)] == ["max-chars-per-line", "max-cps"]
    assert heard == [(3,)]


def test_checker_reports_a_new_overlap_on_the_neighbour():
    doc = make_doc()
    checker = QcChecker(doc, NETFLIX)
    UndoStack(doc).push(SetTimes(3, 5000, 7500))  # starts before cue 3 ends
    assert [p.rule for p in checker.problems_for(2)] == ["overlap"]


def test_checker_follows_rows_shifting_after_insert():
    doc = make_doc()
    doc.cues[4].text = ""
    checker = QcChecker(doc, NETFLIX)
    UndoStack(doc).push(InsertCues(0, [Cue(0, 1000, "new")]))
    assert [p.row for p in checker.all_problems() if p.rule == "empty-text"] == [5]


def test_checker_follows_rows_shifting_after_remove():
    doc = make_doc()
    doc.cues[4].text = ""
    checker = QcChecker(doc, NETFLIX)
    UndoStack(doc).push(DeleteCues([0, 1]))
    assert checker.problems_for(2)[0].rule == "empty-text"


def test_checker_is_silent_when_problems_do_not_change():
    doc = make_doc()
    checker = QcChecker(doc, NETFLIX)
    heard = []
    checker.subscribe(heard.append)
    UndoStack(doc).push(SetText(1, "Other"))
    assert heard == []


def test_set_spec_rechecks_everything():
    doc = make_doc()
    checker = QcChecker(doc, Spec())
    checker.set_spec(Spec(max_duration_ms=1000))
    assert checker.count == 6


def test_reset_rechecks_everything():
    doc = make_doc()
    checker = QcChecker(doc, NETFLIX)
    doc._replace_all([Cue(0, 10, "a")])
    assert [p.rule for p in checker.all_problems()] == ["min-duration", "max-cps"]


def test_closed_checker_stops_following():
    doc = make_doc()
    checker = QcChecker(doc, NETFLIX)
    checker.close()
    UndoStack(doc).push(SetText(0, ""))
    assert checker.count == 0


def test_problem_is_plain_data():
    assert Problem(0, "overlap", 5, 0, "m") == Problem(0, "overlap", 5, 0, "m")


cue_st = st.builds(lambda s, d, t: Cue(s, s + d, t), st.integers(0, 20_000), st.integers(-100, 9000),
                   st.sampled_from(["", "Hi", "x" * 45, "a\nb\nc", "<i>Well</i> then"]))
edit_st = st.one_of(
    st.builds(SetText, st.integers(0, 4), st.sampled_from(["", "ok", "y" * 60])),
    st.builds(SetTimes, st.integers(0, 4), st.integers(0, 20_000), st.integers(0, 25_000)),
    st.builds(ShiftTimes, st.none() | st.lists(st.integers(0, 4), min_size=1), st.integers(-3000, 3000)),
    st.builds(DeleteCues, st.lists(st.integers(0, 4), min_size=1, max_size=3)),
    st.builds(InsertCues, st.integers(0, 5), st.lists(cue_st, min_size=1, max_size=2)),
    st.builds(SplitCue, st.integers(0, 4), st.integers(0, 10)),
    st.builds(lambda r: MergeCues([r, r + 1]), st.integers(0, 3)),
    st.builds(SortCues),
)


@settings(max_examples=200, deadline=None)
@given(st.lists(cue_st, min_size=1, max_size=6), st.lists(edit_st, max_size=8), st.booleans())
def test_incremental_check_always_equals_a_full_check(cues, edits, undo_all):
    doc = Document(cues)
    checker = QcChecker(doc, NETFLIX)
    stack = UndoStack(doc, merge_window=0)
    for edit in edits:
        try:
            stack.push(edit)
        except (IndexError, ValueError):
            pass
        assert checker.all_problems() == check_document(doc, NETFLIX)
    while undo_all and stack.undo():
        assert checker.all_problems() == check_document(doc, NETFLIX)
    assert checker.count == len(check_document(doc, NETFLIX))


# -- translation rules (a QcContext) ---------------------------------------------------------

WORK_SOURCE = Document([Cue(0, 4000, "Hello there"), Cue(4000, 9000, "Put the label on"),
                        Cue(9000, 15_000, "Paris"), Cue(15_000, 25_000, "Hello there")])
WORK_GLOSSARY = parse_glossary("en-US,fr-FR\nlabel,\"étiquette, libellé\"\n").matcher("en-US", "fr-FR")
_SPELLERS: dict[str, SpellChecker] = {}


def speller(language: str = "fr-FR") -> SpellChecker:
    if language not in _SPELLERS:
        _SPELLERS[language] = SpellChecker(language)
    return _SPELLERS[language]


def work_context(marks=(), spelling: str | None = "fr-FR") -> QcContext:
    return QcContext(TranslationState(WORK_SOURCE, KeepMarks(marks)), WORK_GLOSSARY,
                     speller(spelling) if spelling else None)


def found(doc: Document, context: QcContext) -> list[tuple[int, str]]:
    return [(p.row, p.rule) for p in check_document(doc, Spec(), context)]


def test_translation_rules_need_their_context_parts():
    assert QcContext().rules == ()
    assert work_context().rules == ("untranslated", "glossary", "spelling")
    assert QcContext(spelling=speller()).rules == ("spelling",)
    assert QcContext(glossary=WORK_GLOSSARY).rules == ()  # no source cues to read terms from


def test_untranslated_glossary_and_spelling_are_reported_on_their_cues():
    doc = Document([Cue(0, 4000, "Bonjour"), Cue(4000, 9000, "Mettez le carton"),
                    Cue(9000, 15_000, "Paris"), Cue(15_000, 25_000, "<i>Bonjor</i>")])
    problems = check_document(doc, Spec(), work_context())
    assert [(p.row, p.rule, p.value, p.message) for p in problems] == [
        (1, "glossary", 1, '"label" should be translated as "étiquette" or "libellé"'),
        (2, "untranslated", 1, "not translated: same text as the source"),
        (3, "spelling", 1, 'misspelled: "Bonjor"'),
    ]


def test_an_untranslated_cue_is_reported_for_that_alone():
    doc = Document([Cue(0, 4000, "Hello there"), Cue(4000, 9000, "")])
    assert found(doc, work_context()) == [(0, "untranslated"), (1, "empty-text"), (1, "untranslated")]


def test_a_kept_cue_is_not_reported():
    doc = Document([Cue(9000, 15_000, "Paris")])
    assert found(doc, work_context(marks=[(9000, "Paris")])) == []


def test_translation_problems_come_after_the_cues_own_and_before_its_pair_problem():
    doc = Document([Cue(0, 4000, "Bonjor"), Cue(3000, 9000, "Mettez l'étiquette")])
    assert found(doc, work_context()) == [(0, "spelling"), (0, "overlap")]


def test_checker_rechecks_a_cue_kept_after_the_fact():
    doc = Document([Cue(0, 4000, "Bonjour"), Cue(9000, 15_000, "Paris")])
    context = work_context()
    checker = QcChecker(doc, Spec(), context)
    assert [p.rule for p in checker.all_problems()] == ["untranslated"]
    heard = []
    checker.subscribe(heard.append)
    assert context.translation.keep(doc[1])
    checker.recheck([1])
    assert checker.all_problems() == [] and heard == [(1,)]


def test_checker_rechecks_after_a_personal_word(tmp_path):
    doc = Document([Cue(0, 4000, "Bonjour Zorglub"), Cue(4000, 9000, "Zorglub et l'étiquette")])
    spelling = SpellChecker("fr-FR", personal_dir=tmp_path)
    checker = QcChecker(doc, Spec(), QcContext(TranslationState(WORK_SOURCE), WORK_GLOSSARY, spelling))
    assert checker.rows_with_problems() == [0, 1]
    heard = []
    checker.subscribe(heard.append)
    spelling.add_word("Zorglub")
    checker.recheck()
    assert checker.count == 0 and heard == [(0, 1)]


def test_set_context_rechecks_every_row():
    doc = Document([Cue(0, 4000, "Hello there")])
    checker = QcChecker(doc, Spec())
    heard = []
    checker.subscribe(heard.append)
    checker.set_context(work_context())
    assert [p.rule for p in checker.all_problems()] == ["untranslated"] and heard == [(0,)]
    checker.set_context(None)
    assert checker.count == 0


def test_checker_follows_edits_with_the_translation_rules():
    doc = Document([Cue(0, 4000, "Bonjour"), Cue(4000, 9000, "Mettez l'étiquette")])
    checker = QcChecker(doc, Spec(), work_context())
    stack = UndoStack(doc)
    stack.push(SetText(1, "Mettez le carton"))
    assert [p.rule for p in checker.problems_for(1)] == ["glossary"]
    stack.push(SetText(0, "Hello there"))
    assert [p.rule for p in checker.problems_for(0)] == ["untranslated"]
    assert checker.all_problems() == check_document(doc, Spec(), checker.context)


work_text_st = st.sampled_from(["", "Hello there", "Bonjour", "Mettez l'étiquette", "Mettez le carton",
                                "<i>Bonjor</i> là", "Paris", "Put the label on"])
work_cue_st = st.builds(lambda s, d, t: Cue(s, s + d, t), st.integers(0, 24_000), st.integers(-100, 9000),
                        work_text_st)
work_edit_st = st.one_of(
    st.builds(SetText, st.integers(0, 4), work_text_st),
    st.builds(SetTimes, st.integers(0, 4), st.integers(0, 20_000), st.integers(0, 25_000)),
    st.builds(ShiftTimes, st.none() | st.lists(st.integers(0, 4), min_size=1), st.integers(-3000, 3000)),
    st.builds(DeleteCues, st.lists(st.integers(0, 4), min_size=1, max_size=3)),
    st.builds(InsertCues, st.integers(0, 5), st.lists(work_cue_st, min_size=1, max_size=2)),
    st.builds(SplitCue, st.integers(0, 4), st.integers(0, 10)),
    st.builds(lambda r: MergeCues([r, r + 1]), st.integers(0, 3)),
    st.builds(SortCues),
)


@settings(max_examples=150, deadline=None)
@given(st.lists(work_cue_st, min_size=1, max_size=6), st.lists(work_edit_st, max_size=8), st.booleans())
def test_incremental_check_with_translation_rules_always_equals_a_full_check(cues, edits, undo_all):
    doc = Document(cues)
    context = work_context(marks=[(9000, "Paris")])
    checker = QcChecker(doc, NETFLIX, context)
    stack = UndoStack(doc, merge_window=0)
    for edit in edits:
        try:
            stack.push(edit)
        except (IndexError, ValueError):
            pass
        assert checker.all_problems() == check_document(doc, NETFLIX, context)
    while undo_all and stack.undo():
        assert checker.all_problems() == check_document(doc, NETFLIX, context)
    assert checker.count == len(check_document(doc, NETFLIX, context))
