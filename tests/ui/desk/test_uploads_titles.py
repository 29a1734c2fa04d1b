"""Media titles are checked against Dotsub's rule before an upload starts."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from subtitle_desk.emulators.dotsub import _TITLE_OK
from subtitle_desk.ui.desk.uploads.form import title_from_file, title_problem


@given(st.text(min_size=1, max_size=80).filter(lambda s: "/" not in s and "\x00" not in s))
def test_a_title_made_from_any_file_name_is_one_dotsub_accepts(name):
    title = title_from_file(Path(name + ".mp4"))
    assert title_problem(title) is None
    assert _TITLE_OK.fullmatch(title)


@given(st.text(min_size=1, max_size=60))
def test_the_form_accepts_exactly_the_titles_the_dotsub_emulator_accepts(title):
    # fullmatch: the emulator's "^...$" would also let a trailing newline through
    assert (title_problem(title) is None) == bool(title.strip() and _TITLE_OK.fullmatch(title))


def test_letters_in_any_script_are_allowed():
    assert title_problem("Épisode 3 (ترجمة) - 第1話, v2.0") is None


def test_the_message_names_each_refused_character_once():
    message = title_problem("What? Why?! 50% off: now")
    assert message is not None
    assert message.count("“?”") == 1
    assert "“!”" in message and "“%”" in message and "“:”" in message


def test_an_empty_title_is_refused():
    assert title_problem("   ") == "A title is required."
