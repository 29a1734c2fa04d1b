"""Dotsub glossary CSV: parsing and its errors, term matching (Unicode words, multi-word, longest
first), misses against a translation, and speed."""

from __future__ import annotations

import random
import time
from pathlib import Path

import pytest

from subtitle_desk.core.glossary import GlossaryError, load_glossary, parse_glossary

WORKBENCH = Path(__file__).parent.parent / "fixtures" / "workbench"


def test_a_glossary_reads_languages_and_concepts_with_several_terms_per_cell():
    g = load_glossary(WORKBENCH / "glossary.csv")  # UTF-8 with a byte order mark
    assert g.languages == ("en-US", "fr-FR", "de-DE")
    label = g.concepts[1]
    assert label.line == 3
    assert label.terms == {"en-US": ("label",), "fr-FR": ("étiquette", "libellé"), "de-DE": ("Etikett",)}


def test_a_semicolon_glossary_is_sniffed():
    g = load_glossary(WORKBENCH / "glossary_semicolon.csv")
    assert g.languages == ("en-US", "fr-FR", "de-DE")
    assert [c.terms["fr-FR"] for c in g.concepts] == [("atelier",), ("étiquette", "libellé"), ("boîte", "carton")]


def test_empty_cells_and_blank_rows():
    g = parse_glossary("en-US,fr-FR\n\nlogin,\n,,\nsave,enregistrer\n")
    assert [c.terms for c in g.concepts] == [{"en-US": ("login",)}, {"en-US": ("save",), "fr-FR": ("enregistrer",)}]
    assert [c.line for c in g.concepts] == [3, 5]


def test_a_header_that_is_not_language_codes_is_refused_naming_file_and_line():
    with pytest.raises(GlossaryError, match=r"^g\.csv line 1: the first row must be language codes"):
        parse_glossary(b"Term,Translation\nx,y\n", "g.csv")


def test_a_row_with_too_many_cells_names_its_line():
    with pytest.raises(GlossaryError, match=r"g\.csv line 3: 3 cells but the first row names 2 languages"):
        parse_glossary(b"en-US,fr-FR\nsave,enregistrer\nlabel,etiquette,libelle\n", "g.csv")


def test_a_quoted_cell_spanning_lines_keeps_later_line_numbers_right():
    with pytest.raises(GlossaryError, match="line 4"):
        parse_glossary('en-US,fr-FR\n"a\nb",x\nc,d,e\n', "g.csv")


def test_text_that_is_not_utf8_is_refused():
    with pytest.raises(GlossaryError, match=r"g\.csv line 2: not UTF-8"):
        parse_glossary("en-US,fr-FR\nlabel,étiquette\n".encode("cp1252"), "g.csv")


def test_a_missing_file_is_a_glossary_error(tmp_path):
    with pytest.raises(GlossaryError, match="none.csv: cannot read"):
        load_glossary(tmp_path / "none.csv")


def test_columns_are_found_by_tag():
    g = parse_glossary("en-US,fr-FR,de-DE\nx,y,z\n")
    assert g.column("fr_fr") == "fr-FR" and g.column("fr-CA") == "fr-FR" and g.column("de") == "de-DE"
    with pytest.raises(GlossaryError, match="no column for it-IT"):
        g.column("it-IT")
    with pytest.raises(GlossaryError, match="fr could be any of fr-FR, fr-CA"):
        parse_glossary("en-US,fr-FR,fr-CA\nx,y,z\n").column("fr")


GLOSSARY = parse_glossary(
    "en-US,fr-FR,ar\n"
    "label,\"étiquette, libellé\",ملصق\n"
    "hard drive,disque dur,قرص صلب\n"
    "drive,lecteur,\n"
    "e-mail,courriel,\n"
    "C++,C++,\n"
    "Straße,rue,\n"
    "café,café,مقهى\n")


def found(text: str, source: str = "en-US", target: str = "fr-FR") -> list[str]:
    return [text[m.start:m.end] for m in GLOSSARY.matcher(source, target).find(text)]


def test_terms_match_whole_words_without_regard_to_case():
    assert found("The LABEL, the labels, a relabel, Label.") == ["LABEL", "Label"]


def test_multi_word_terms_match_across_spaces_line_breaks_and_markup_longest_first():
    text = "Check the <i>hard\ndrive</i>, then the drive."
    assert found(text) == ["hard\ndrive", "drive"]
    [m, _] = GLOSSARY.matcher("en-US", "fr-FR").find(text)
    assert (m.term, m.targets) == ("hard drive", ("disque dur",))


def test_punctuation_inside_and_around_terms_must_be_there():
    assert found("Send an e-mail, not an e mail, in C++ or C.") == ["e-mail", "C++"]


def test_unicode_words_match_in_french_german_and_arabic():
    assert found("Mettez l'étiquette et l’Étiquette", "fr-FR", "en-US") == ["étiquette", "Étiquette"]
    assert found("DIE STRASSE", "en-US", "fr-FR") == ["STRASSE"]  # case-folded ß
    assert found("e\u0301tiquette", "fr-FR", "en-US") == ["e\u0301tiquette"]  # decomposed accent
    assert found("هذا قرص صلب جديد", "ar", "en-US") == ["قرص صلب"]


def test_misses_are_source_terms_whose_translation_is_absent():
    m = GLOSSARY.matcher("en-US", "fr-FR")
    assert m.misses("Put the label on the hard drive.", "Mettez le libellé sur le disque dur.") == []
    [miss] = m.misses("Put the label on the hard drive.", "Mettez l'étiquette sur le disque.")
    assert (miss.term, miss.targets) == ("hard drive", ("disque dur",))
    assert [x.term for x in m.misses("The label. The label.", "Rien.")] == ["label"]  # once per concept


def test_a_concept_without_approved_target_terms_is_not_a_miss():
    assert GLOSSARY.matcher("en-US", "ar").misses("the drive", "شيء") == []


def test_targets_are_found_for_highlighting():
    m = GLOSSARY.matcher("en-US", "fr-FR")
    text = "le disque dur et son lecteur"
    assert [text[t.start:t.end] for t in m.find_targets(text)] == ["disque dur", "lecteur"]


def test_20000_cues_against_1000_terms_is_fast():
    rng = random.Random(3)
    letters = "abcdefghijklmnopqrstuvwxyzéè"
    word = lambda: "".join(rng.choice(letters) for _ in range(rng.randint(3, 9)))  # noqa: E731
    rows = ["en-US,fr-FR"] + [f"{' '.join(word() for _ in range(rng.randint(1, 3)))},{word()}"
                              for _ in range(1000)]
    matcher = parse_glossary("\n".join(rows)).matcher("en-US", "fr-FR")
    texts = [" ".join(word() for _ in range(8)) for _ in range(20_000)]
    began = time.perf_counter()
    for text in texts:
        matcher.misses(text, text)
    assert time.perf_counter() - began < 5.0
