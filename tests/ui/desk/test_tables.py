"""The desk's tables use their width (ui/desk/widgets.py): text-like columns stretch, the others fit
their content, a cut cell shows its whole text as a tooltip, and the widths the user sets are
remembered per table."""

from __future__ import annotations

import random
import string
import weakref

import pytest
from PySide6.QtCore import QModelIndex, QSettings, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QHeaderView, QTableView, QToolTip

from subtitle_desk.ui.desk.widgets import ColumnSizer, RecordTable, is_cut, prepare_table, release_in_steps


class People(RecordTable):
    COLUMNS = (("name", "Name"), ("id", "ID"), ("status", "Status"), ("note", "Note"))

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            return self.rows[index.row()][index.column()]
        return None


ROWS = [("Ada Lovelace", "1", "Ready", "Wrote the first program for the Analytical Engine"),
        ("Grace Hopper", "22", "Preparing…", "Made the first compiler"),
        ("Alan Turing", "333", "Failed", "")]


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)


def table(qtbot, settings, width=700, rows=ROWS, **kwargs):
    model = People()
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    sizer = prepare_table(view, settings, "people/header", **kwargs)
    view.resize(width, 300)
    view.show()
    qtbot.waitExposed(view)
    model.beginResetModel()
    model.rows = list(rows)
    model.endResetModel()
    qtbot.waitUntil(lambda: bool(sizer._wanted))  # fitted once the rows are in
    return view, sizer


def widths(view):
    return [view.horizontalHeader().sectionSize(c) for c in range(view.model().columnCount())]


def test_text_columns_stretch_and_the_others_fit_their_content(qtbot, settings):
    view, _ = table(qtbot, settings, stretch=["name", "note"])
    header = view.horizontalHeader()

    assert header.sectionResizeMode(0) == QHeaderView.ResizeMode.Stretch
    assert header.sectionResizeMode(1) == QHeaderView.ResizeMode.Interactive
    status = view.model().column_of("status")
    assert header.sectionSize(status) >= view.fontMetrics().horizontalAdvance("Preparing…")
    assert header.sectionSize(status) < 200
    assert sum(widths(view)) == view.viewport().width()  # the table's whole width is used


def test_fitted_columns_leave_the_stretching_ones_room_in_a_narrow_table(qtbot, settings):
    long_rows = [("A", "x" * 60, "y" * 60, "z")]
    view, sizer = table(qtbot, settings, width=420, rows=long_rows, stretch=["name"])

    assert view.horizontalHeader().sectionSize(0) >= sizer.min_stretch - 2


def test_a_cut_cell_shows_its_whole_text_as_a_tooltip(qtbot, settings):
    view, _ = table(qtbot, settings, width=360, stretch=["name", "note"])
    note = view.model().index(0, view.model().column_of("note"))
    assert is_cut(view, note)
    short = view.model().index(2, view.model().column_of("id"))
    assert not is_cut(view, short)

    rect = view.visualRect(note)
    event = QHelpEvent(QHelpEvent.Type.ToolTip, rect.center(), view.viewport().mapToGlobal(rect.center()))
    QApplication.sendEvent(view.viewport(), event)

    assert QToolTip.text() == ROWS[0][3]
    QToolTip.hideText()


def test_column_widths_set_by_the_user_are_remembered_per_table(qtbot, settings):
    view, _ = table(qtbot, settings, stretch=["name", "note"])
    view.horizontalHeader().resizeSection(view.model().column_of("status"), 161)

    again, sizer = table_again(qtbot, settings)

    assert again.horizontalHeader().sectionSize(again.model().column_of("status")) == 161
    assert sizer.user_sized


def table_again(qtbot, settings):
    model = People()
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    sizer = ColumnSizer(view, stretch=["name", "note"], settings=settings, key="people/header")
    view.resize(700, 300)
    view.show()
    model.beginResetModel()
    model.rows = list(ROWS)
    model.endResetModel()
    return view, sizer


def test_columns_hidden_at_first_can_be_shown_from_the_header_menu_and_that_is_kept(qtbot, settings):
    view, sizer = table(qtbot, settings, stretch=["name"], hidden=["note"])
    note = view.model().column_of("note")
    assert view.isColumnHidden(note)

    toggle = next(a for a in sizer.columns_menu().actions() if a.text() == "Note")
    toggle.setChecked(True)

    assert not view.isColumnHidden(note)
    again, _ = table_again(qtbot, settings)
    assert not again.isColumnHidden(note)


def test_a_fitted_column_grows_with_its_text_but_does_not_shrink_until_the_list_is_reloaded(qtbot, settings):
    view, sizer = table(qtbot, settings, stretch=["name", "note"])
    model = view.model()
    status = model.column_of("status")
    before = view.horizontalHeader().sectionSize(status)

    model.rows[0] = (*model.rows[0][:2], "Waiting for DatoCMS to prepare it", model.rows[0][3])
    model._row_changed(0)
    qtbot.waitUntil(lambda: view.horizontalHeader().sectionSize(status) > before)
    grown = view.horizontalHeader().sectionSize(status)
    model.rows[0] = (*model.rows[0][:2], "Ready", model.rows[0][3])
    model._row_changed(0)
    qtbot.waitUntil(lambda: not sizer._fit_pending)
    assert view.horizontalHeader().sectionSize(status) == grown


def test_a_column_still_fits_a_long_value_that_arrives_on_a_later_page(qtbot, settings):
    many = [(f"Person {n}", str(n), "Ready", "") for n in range(250)]
    view, sizer = table(qtbot, settings, width=900, rows=many, stretch=["name", "note"])
    model = view.model()
    status = model.column_of("status")
    before = view.horizontalHeader().sectionSize(status)

    later = [(f"Person {n}", str(n), "Ready", "") for n in range(250, 300)]
    later[17] = ("Person 267", "267", "Waiting for DatoCMS to prepare it", "")
    first = len(model.rows)
    model.beginInsertRows(QModelIndex(), first, first + len(later) - 1)
    model.rows.extend(later)
    model.endInsertRows()

    qtbot.waitUntil(lambda: view.horizontalHeader().sectionSize(status) > before)
    assert (view.horizontalHeader().sectionSize(status)
            >= view.fontMetrics().horizontalAdvance("Waiting for DatoCMS to prepare it"))


def test_a_change_that_only_repaints_a_picture_does_not_measure_again(qtbot, settings):
    view, sizer = table(qtbot, settings, stretch=["name", "note"])
    model = view.model()
    index = model.index(0, model.column_of("status"))
    model.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])
    assert not sizer._dirty and not sizer._fit_pending


def test_a_fitted_column_is_exactly_as_wide_as_its_widest_cell(qtbot, settings):
    # Many texts of about the same width, whose widths round differently: a cell skipped as
    # "no wider than one measured" must really be no wider.
    rng = random.Random(7)
    alphabet = string.ascii_letters + string.digits + "-_.()éüßçñ"
    statuses = ["".join(rng.choice(alphabet) for _ in range(14)) for _ in range(180)]
    rows = [(f"Person {n}", str(rng.randrange(10 ** 9)), status, "") for n, status in enumerate(statuses)]
    view, sizer = table(qtbot, settings, width=1200, rows=rows, stretch=["name", "note"])
    qtbot.waitUntil(lambda: not sizer._dirty and not sizer._fit_pending)
    model, header = view.model(), view.horizontalHeader()
    grid = 1 if view.showGrid() else 0

    for key in ("id", "status"):
        column = model.column_of(key)
        widest = max(view.sizeHintForIndex(model.index(row, column)).width() + grid for row in range(len(rows)))
        assert header.sectionSize(column) == max(widest, header.sectionSizeHint(column)), key


def test_a_reloaded_tables_old_records_are_let_go_of_in_steps_between_events(qtbot):
    class Record:
        pass

    records = [Record() for _ in range(25)]
    refs = [weakref.ref(record) for record in records]
    release_in_steps(records, step=10)
    del records

    def alive():
        return sum(ref() is not None for ref in refs)

    seen = [alive()]
    for _ in range(50):
        QApplication.processEvents()
        if seen[-1] != alive():
            seen.append(alive())
    assert seen == [25, 15, 5, 0]
