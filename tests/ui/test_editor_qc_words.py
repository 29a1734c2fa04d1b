"""QC problems and undo step names in the user's language (ui/editor/qc_words.py, EditorPage.edit_name):
in English exactly the core's words; in German from the catalogue (tools/translations/), compiled
here from freshly extracted .ts files, so the test does not wait for the shared ones."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator, Qt

from subtitle_desk.core.document import Cue, Document
from subtitle_desk.core.qc import Problem, Spec, check_document
from subtitle_desk.ui import i18n
from subtitle_desk.ui.editor.cue_model import CueTableModel
from subtitle_desk.ui.editor.qc_panel import QcPanel
from subtitle_desk.ui.editor.qc_words import problem_text

ROOT = Path(__file__).resolve().parents[2]
SPEC = Spec(max_lines=2, max_chars_per_line=10, min_duration_ms=800, max_duration_ms=3000, max_cps=17.5,
            min_gap_ms=83)
CUES = [Cue(0, 500, "a\nb\nc"), Cue(400, 400, "x"), Cue(600, 500, "hello world long line"),
        Cue(700, 9000, "one\ntwo very long line here"), Cue(9010, 9100, ""), Cue(9500, 9600, "Fast reading text"),
        Cue(9600, 12000, "single long line of text")]
TRANSLATION_PROBLEMS = [
    Problem(0, "untranslated", 1, None, "not translated: no text", ("empty",)),
    Problem(0, "untranslated", 1, None, "not translated: same text as the source", ("untranslated",)),
    Problem(0, "glossary", 2, None, '"a" should be translated as "b" or "c"; "e" should be translated as "f"',
            (("a", ("b", "c")), ("e", ("f",)))),
    Problem(0, "spelling", 2, None, 'misspelled: "x", "y"', ("x", "y")),
]


def test_in_english_every_problem_reads_as_the_core_words_it():
    problems = check_document(Document(CUES), SPEC) + TRANSLATION_PROBLEMS
    assert {p.rule for p in problems} >= {"max-lines", "max-chars-per-line", "min-duration", "max-duration",
                                         "max-cps", "overlap", "min-gap", "empty-text", "bad-timing",
                                         "untranslated", "glossary", "spelling"}
    assert [problem_text(p) for p in problems] == [p.message for p in problems]


def test_a_rule_the_interface_does_not_know_shows_the_cores_message():
    assert problem_text(Problem(0, "new-rule", 1, None, "something new")) == "something new"
    assert problem_text(Problem(0, "spelling", 1, None, "misspelled: ?")) == "misspelled: ?"  # no words


@pytest.fixture(scope="module")
def compiled(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("i18n")
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import update_translations
    finally:
        sys.path.remove(str(ROOT / "tools"))
    update_translations.refresh(folder)
    lrelease = Path(sys.executable).parent / ("pyside6-lrelease" + (".exe" if sys.platform == "win32" else ""))
    for language in ("de", "en"):
        subprocess.run([str(lrelease), "-silent", str(folder / f"subtitle_desk_{language}.ts")], check=True)
    return folder


@pytest.fixture
def language(qapp, compiled) -> Iterator:
    installed: list[QTranslator] = []

    def use(code: str) -> None:
        i18n.remove_translations(qapp)
        while installed:
            qapp.removeTranslator(installed.pop())
        translator = QTranslator(qapp)
        assert translator.load(str(compiled / f"subtitle_desk_{code}.qm"))
        qapp.installTranslator(translator)
        installed.append(translator)

    yield use
    while installed:
        qapp.removeTranslator(installed.pop())
    i18n.install_translations(qapp, "en")  # the next tests in English again


def test_the_qc_panel_and_the_cue_table_show_problems_in_german(language, qtbot):
    language("de")
    panel = QcPanel()
    qtbot.addWidget(panel)
    doc = Document(CUES)
    problems = check_document(doc, SPEC)
    panel.set_source(lambda: problems)

    shown = [panel.model.index(row, panel.model.MESSAGE).data() for row in range(panel.model.rowCount())]

    assert "dauert 90 ms (Minimum 800 ms)" in shown
    assert "Zeile 2 hat 23 Zeichen (Limit 10)" in shown
    assert "3 Zeilen (Limit 2)" in shown
    assert "überschneidet sich um 100 ms mit dem nächsten Untertitel" in shown
    tip = panel.model.index(0, panel.model.MESSAGE).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("Untertitel 1: ")
    model = CueTableModel(doc)
    model.set_problem_source(lambda row: [p for p in problems if p.row == row])
    assert "3 Zeilen (Limit 2)" in model.index(0, CueTableModel.QC).data(Qt.ItemDataRole.ToolTipRole)
    glossary, spelling = (problem_text(p) for p in TRANSLATION_PROBLEMS[2:])
    assert glossary == "„a“ sollte mit „b“ oder „c“ übersetzt werden; „e“ sollte mit „f“ übersetzt werden"
    assert spelling == "falsch geschrieben: „x“, „y“"


def test_undo_step_names_are_translated_and_english_keeps_its_plurals(language, desk):
    name = desk.page.edit_name
    language("de")
    assert name("Edit text of cue 3") == "Text von Untertitel 3 bearbeiten"
    assert name("Shift 7 cues by +1.500 s") == "7 Untertitel um +1.500 s verschieben"
    assert name("Fix cue 1") == "Fix cue 1"  # a name the interface does not know
    language("en")
    for english in ("Shift 1 cue by -0.040 s", "Shift 7 cues by +1.500 s", "Shift cues by +0.010 s",
                    "Insert 2 cues at 4", "Delete 2 cues", "Merge cues 2–3", "Sort cues by time",
                    "Change frame rate from 25 to 23.976 fps", "Replace “a” with “b” (1 replacement)",
                    "Replace “Line” with “Row” (5 replacements)"):
        assert name(english) == english
    assert QCoreApplication.translate("QcProblem", "%n lines (limit {limit})", "", 1) == "1 lines (limit {limit})"
