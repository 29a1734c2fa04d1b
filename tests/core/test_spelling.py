"""Spell checking with the shipped Hunspell dictionaries: tokenizing cue text (markup, elisions,
hyphens, numbers, URLs, acronyms), personal and ignored words, missing dictionaries."""

from __future__ import annotations

from pathlib import Path

import pytest

from subtitle_desk.core.spelling import (DICTIONARY_DIR, DictionaryMissing, SpellChecker,
                                         available_languages, find_dictionary, language_tag)


@pytest.fixture(scope="module")
def fr() -> SpellChecker:
    return SpellChecker("fr-FR")


@pytest.fixture(scope="module")
def en() -> SpellChecker:
    return SpellChecker("en-US")


def wrong(checker: SpellChecker, text: str) -> list[str]:
    return [m.word for m in checker.check(text)]


def test_the_shipped_dictionaries():
    assert set(available_languages()) >= {"en-US", "fr-FR", "de-DE", "es-ES", "it-IT", "pt-BR", "ar"}
    for tag in ("en-US", "fr-FR", "de-DE", "es-ES", "it-IT", "pt-BR", "ar"):
        dic = find_dictionary(tag)
        assert dic.parent == DICTIONARY_DIR and dic.with_suffix(".aff").is_file()
        assert (DICTIONARY_DIR / f"{dic.stem}.license.txt").is_file()


@pytest.mark.parametrize("language, good, bad", [
    ("de-DE", "Die Straße ist schön, sagt die Großmutter.", "Strasse"),
    ("es-ES", "¿Qué pasó con la canción, niño?", "cancion"),
    ("it-IT", "L'amico dell'anno è arrivato perché piove.", "arrivatto"),
    ("pt-BR", "Você tem um coração de ouro.", "coraçao"),
    ("ar", "السلام عليكم", "كتابب"),
])
def test_each_dictionary_knows_its_language(language, good, bad):
    checker = SpellChecker(language)
    assert wrong(checker, good) == []
    assert wrong(checker, f"{good} {bad}") == [bad]


def test_regional_tags_find_the_dictionary_debian_links_them_to():
    assert find_dictionary("fr-CA").stem == "fr_FR"
    assert find_dictionary("es_MX").stem == "es_ES"
    assert find_dictionary("de").stem == "de_DE"
    assert language_tag("pt_br") == "pt-BR"


def test_a_language_without_a_dictionary_is_named():
    with pytest.raises(DictionaryMissing, match="no spelling dictionary for pt-PT") as caught:
        SpellChecker("pt-PT")
    assert "pt-BR" in caught.value.available
    with pytest.raises(DictionaryMissing, match="en-GB"):
        find_dictionary("en-GB")


def test_spans_point_into_the_text_as_stored(fr):
    text = "<i>Je suis trés</i> {\\i1}contant{\\i0} de l'étiquete."
    spans = [(m.start, m.end, m.word) for m in fr.check(text)]
    assert [text[a:b] for a, b, _ in spans] == [w for _, _, w in spans] == ["trés", "étiquete"]


def test_markup_is_never_a_word(fr, en):
    assert wrong(en, '<c.yellow>Hello</c> <00:00:01.000>there {\\an8}{\\i1}friend{\\i0} &amp; you') == []


def test_french_elisions_with_either_apostrophe(fr):
    assert wrong(fr, "L’étiquette qu'il a mise aujourd’hui, j'ai vu l'arc-en-ciel.") == []
    assert wrong(fr, "l'étiquete") == ["étiquete"]  # only the word after the elision
    assert wrong(fr, "jusqu’à lorsqu'elle") == []


def test_hyphenated_words_report_only_their_unknown_parts(fr):
    assert wrong(fr, "Peut-être que Jean-Paul viendra.") == []
    assert wrong(fr, "porte-feuillle") == ["feuillle"]


def test_numbers_times_urls_addresses_acronyms_and_single_letters_are_skipped(en):
    assert wrong(en, "At 12:30 on 3rd May, 1,000 MP3s: see www.example.com/x or "
                     "https://ex.org/a_b, mail bob@example.com. NASA and the FBI. A b c") == []


def test_english_contractions_and_typos(en):
    assert wrong(en, "I can't believe it's Teh end. Don’t go.") == ["Teh"]


def test_a_word_added_is_kept_in_the_personal_list(tmp_path):
    checker = SpellChecker("fr-FR", personal_dir=tmp_path)
    assert wrong(checker, "Bonjour Zorglub, l'Zorglub") == ["Zorglub", "Zorglub"]
    revision = checker.revision
    checker.add_word("Zorglub")
    assert checker.revision > revision
    assert wrong(checker, "Bonjour Zorglub, l'Zorglub") == []
    assert (tmp_path / "fr-FR.txt").read_text(encoding="utf-8") == "Zorglub\n"
    again = SpellChecker("fr", personal_dir=tmp_path)
    assert again.personal_words == ("Zorglub",) and again.is_correct("Zorglub")
    again.remove_word("Zorglub")
    assert not again.is_correct("Zorglub") and (tmp_path / "fr-FR.txt").read_text(encoding="utf-8") == ""


def test_removing_a_personal_word_the_dictionary_knows_keeps_it_known(tmp_path):
    checker = SpellChecker("en-US", personal_dir=tmp_path)
    checker.add_word("house")
    checker.remove_word("house")
    assert checker.is_correct("house")


def test_ignored_words_are_accepted_for_the_session_only(tmp_path):
    checker = SpellChecker("en-US", personal_dir=tmp_path)
    checker.ignore("Frobnitz")
    assert wrong(checker, "A Frobnitz here") == [] and checker.ignored == {"Frobnitz"}
    assert not (tmp_path / "en-US.txt").exists()
    checker.ignore("Frobnitz", False)
    assert wrong(checker, "A Frobnitz here") == ["Frobnitz"]


def test_add_word_refuses_more_than_one_word(en):
    with pytest.raises(ValueError):
        en.add_word("two words")


def test_suggestions(en):
    assert "the" in en.suggest("teh")


def test_an_extra_dictionary_folder_adds_languages(tmp_path):
    source = Path(DICTIONARY_DIR)
    for ext in ("aff", "dic"):
        (tmp_path / f"en_ZZ.{ext}").write_bytes((source / f"en_US.{ext}").read_bytes())
    assert "en-ZZ" in available_languages([tmp_path])
    assert wrong(SpellChecker("en-ZZ", dictionary_dirs=[tmp_path]), "Hello wrld") == ["wrld"]
