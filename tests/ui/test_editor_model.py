"""The cue table model: incremental updates from document changes, cells, roles."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from subtitle_desk.core import edits
from subtitle_desk.core.document import Cue, Document
from subtitle_desk.core.qc import PRESETS, QcChecker
from subtitle_desk.ui.editor.cue_model import CueTableModel


@pytest.fixture
def doc() -> Document:
    return Document([Cue(i * 3000, i * 3000 + 2000, f"Cue {i + 1}") for i in range(20_000)])


@pytest.fixture
def model(qtbot, doc) -> CueTableModel:
    return CueTableModel(doc)


def signals(qtbot, model) -> list[str]:
    seen: list[str] = []
    model.modelReset.connect(lambda: seen.append("reset"))
    model.dataChanged.connect(lambda a, b, roles=(): seen.append(f"changed {a.row()}-{b.row()}"))
    model.rowsInserted.connect(lambda p, a, b: seen.append(f"inserted {a}-{b}"))
    model.rowsRemoved.connect(lambda p, a, b: seen.append(f"removed {a}-{b}"))
    return seen


def test_editing_one_cue_announces_only_that_row(qtbot, doc, model):
    seen = signals(qtbot, model)

    edits.UndoStack(doc).push(edits.SetText(10_000, "Changed"))

    assert seen == ["changed 10000-10000"]


def test_inserting_a_cue_inserts_one_row_without_a_reset(qtbot, doc, model):
    seen = signals(qtbot, model)

    edits.UndoStack(doc).push(edits.InsertCues(5, [Cue(15_000, 15_500, "New")]))

    assert seen[0] == "inserted 5-5" and "reset" not in seen
    assert model.rowCount() == 20_001
    assert model.index(5, CueTableModel.TEXT).data() == "New"


def test_deleting_cues_removes_their_rows_without_a_reset(qtbot, doc, model):
    seen = signals(qtbot, model)

    edits.UndoStack(doc).push(edits.DeleteCues([7, 8, 9]))

    assert seen[0] == "removed 7-9" and "reset" not in seen
    assert model.rowCount() == 19_997


def test_cue_numbers_after_an_insert_are_renumbered(qtbot, doc, model):
    edits.UndoStack(doc).push(edits.InsertCues(0, [Cue(0, 500, "First")]))

    assert model.index(1, CueTableModel.NUMBER).data() == "2"


def test_cells_show_times_duration_and_reading_speed(qtbot):
    model = CueTableModel(Document([Cue(61_500, 63_500, "Twenty characters!!\nabc")]))

    row = [model.index(0, column).data() for column in range(CueTableModel.COLUMN_COUNT)]

    assert row[:5] == ["1", "0:01:01.500", "0:01:03.500", "2.000", "11.0"]


def test_custom_roles_give_the_cue_and_its_raw_text(qtbot, doc, model):
    index = model.index(3, CueTableModel.TEXT)

    assert index.data(CueTableModel.CueRole) is doc[3]
    assert index.data(CueTableModel.StartRole) == 9000
    assert index.data(CueTableModel.RawTextRole) == "Cue 4"


def test_the_qc_column_marks_rows_with_problems_and_explains_them(qtbot):
    doc = Document([Cue(0, 300, "Too quick to read"), Cue(1000, 3000, "Fine")])
    checker = QcChecker(doc, PRESETS["netflix-en"])
    model = CueTableModel(doc)
    model.set_problem_source(checker.problems_for)

    marker = model.index(0, CueTableModel.QC).data()
    tip = model.index(0, CueTableModel.QC).data(Qt.ItemDataRole.ToolTipRole)

    assert marker.startswith("⚠") and model.index(1, CueTableModel.QC).data() == ""
    assert "minimum 833 ms" in tip
    assert model.index(0, CueTableModel.CPS).data(Qt.ItemDataRole.ForegroundRole) is not None
