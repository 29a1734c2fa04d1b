"""The QC panel: every problem of the document, counts per rule, and the spec in force.

``ProblemListModel`` is a flat table of problems (cue, rule, message). It is rebuilt from
``QcChecker.all_problems()`` when the checker reports a change, coalesced with a zero-delay timer
so a burst of edits costs one rebuild. Double-clicking (or Enter on) a problem emits
``problemActivated(row)`` and the page jumps to that cue. The spec selector lists the presets and
"Load Dotsub spec…"; choosing emits ``presetChosen(name)`` or ``specFileRequested()``.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QEvent, QModelIndex, QObject,
                            QPersistentModelIndex, QSortFilterProxyModel, Qt, QTimer, Signal)
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel,
                               QTableView, QVBoxLayout, QWidget)

from subtitle_desk.ui.editor.qc_words import problem_text
from subtitle_desk.ui.theme import palette_colors, theme_changed

__all__ = ["ProblemListModel", "QcPanel", "rule_title"]

ALL_RULES = ""
LOAD_SPEC = "__load__"

_RULE_TITLES = {
    "max-cps": QT_TRANSLATE_NOOP("QcPanel", "Reading speed"),
    "max-chars-per-line": QT_TRANSLATE_NOOP("QcPanel", "Line too long"),
    "max-lines": QT_TRANSLATE_NOOP("QcPanel", "Too many lines"),
    "min-duration": QT_TRANSLATE_NOOP("QcPanel", "Too short"), "max-duration": QT_TRANSLATE_NOOP("QcPanel", "Too long"),
    "min-gap": QT_TRANSLATE_NOOP("QcPanel", "Gap too small"), "overlap": QT_TRANSLATE_NOOP("QcPanel", "Overlap"),
    "empty-text": QT_TRANSLATE_NOOP("QcPanel", "Empty"), "bad-timing": QT_TRANSLATE_NOOP("QcPanel", "Bad timing"),
    "untranslated": QT_TRANSLATE_NOOP("QcPanel", "Untranslated"),
    "glossary": QT_TRANSLATE_NOOP("QcPanel", "Glossary term"), "spelling": QT_TRANSLATE_NOOP("QcPanel", "Spelling"),
}


def rule_title(rule: str) -> str:
    if rule in _RULE_TITLES:
        return QCoreApplication.translate("QcPanel", _RULE_TITLES[rule])
    return rule.replace("_", " ").capitalize()


class ProblemListModel(QAbstractTableModel):
    CUE, RULE, MESSAGE = range(3)
    HEADERS = (QT_TRANSLATE_NOOP("ProblemListModel", "Cue"), QT_TRANSLATE_NOOP("ProblemListModel", "Rule"),
               QT_TRANSLATE_NOOP("ProblemListModel", "Problem"))
    ProblemRole = Qt.ItemDataRole.UserRole + 1
    RowRole = Qt.ItemDataRole.UserRole + 2      # the cue row (0-based)
    RuleRole = Qt.ItemDataRole.UserRole + 3

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._problems: list[Any] = []
        self._rows: list[int] = []

    def set_problems(self, problems: Sequence[Any]) -> None:
        self.beginResetModel()
        self._problems = list(problems)  # QcChecker lists them in cue order
        self._rows = [p.row for p in self._problems]
        self.endResetModel()

    def replace_rows(self, rows: Sequence[int], problems_for: Callable[[int], Sequence[Any]]) -> None:
        """Swap in the current problems of ``rows`` only (cue numbering unchanged): a typed
        character costs a few row signals, not a rebuild of thousands of problems."""
        for row in sorted(set(rows)):
            lo, hi = bisect.bisect_left(self._rows, row), bisect.bisect_right(self._rows, row)
            new = list(problems_for(row))
            old = self._problems[lo:hi]
            if old == new:
                continue
            common = min(len(old), len(new))
            self._problems[lo:lo + common] = new[:common]
            if common:
                self.dataChanged.emit(self.index(lo, 0), self.index(lo + common - 1, self.columnCount() - 1))
            if len(new) > common:
                first = lo + common
                self.beginInsertRows(QModelIndex(), first, first + len(new) - common - 1)
                self._problems[first:first] = new[common:]
                self._rows[first:first] = [row] * (len(new) - common)
                self.endInsertRows()
            elif len(old) > common:
                first = lo + common
                self.beginRemoveRows(QModelIndex(), first, first + len(old) - common - 1)
                del self._problems[first:first + len(old) - common]
                del self._rows[first:first + len(old) - common]
                self.endRemoveRows()

    def problems(self) -> list[Any]:
        return list(self._problems)

    def counts(self) -> Counter[str]:
        return Counter(p.rule for p in self._problems)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._problems)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("ProblemListModel", self.HEADERS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._problems):
            return None
        problem = self._problems[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.CUE:
                return str(problem.row + 1)
            if col == self.RULE:
                return rule_title(problem.rule)
            return problem_text(problem)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Cue {number}: {problem}").format(number=problem.row + 1, problem=problem_text(problem))
        if role == Qt.ItemDataRole.ForegroundRole and col == self.RULE:
            return QBrush(palette_colors().error_text)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.CUE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == self.ProblemRole:
            return problem
        if role == self.RowRole:
            return problem.row
        if role == self.RuleRole:
            return problem.rule
        return None


class _RuleFilter(QSortFilterProxyModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rule = ALL_RULES

    def set_rule(self, rule: str) -> None:
        if rule == self._rule:
            return
        self.beginFilterChange()
        self._rule = rule
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not self._rule:
            return True
        index = self.sourceModel().index(source_row, 0, source_parent)
        return index.data(ProblemListModel.RuleRole) == self._rule


class QcPanel(QWidget):
    problemActivated = Signal(int)
    presetChosen = Signal(str)
    specFileRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("qcPanel")
        self._source: Callable[[], Sequence[Any]] | None = None
        self.model = ProblemListModel(self)
        self.proxy = _RuleFilter(self)
        self.proxy.setSourceModel(self.model)

        self.spec_combo = QComboBox(self)
        self.spec_combo.setObjectName("qcSpecCombo")
        self.spec_combo.setToolTip(self.tr("The subtitle specification the cues are checked against"))
        self.spec_combo.activated.connect(self._spec_activated)
        self.rule_combo = QComboBox(self)
        self.rule_combo.setObjectName("qcRuleCombo")
        self.rule_combo.setToolTip(self.tr("Show the problems of one rule"))
        self.rule_combo.currentIndexChanged.connect(self._rule_selected)
        self.summary = QLabel(self)
        self.summary.setObjectName("qcSummary")
        self._summary_state = ""  # "ok", "problems" or "": how the summary is coloured
        theme_changed().connect(self._colour_summary)

        self.view = QTableView(self)
        self.view.setObjectName("qcProblemView")
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setShowGrid(False)
        self.view.setAlternatingRowColors(True)
        # Problems wrap, read whole in a narrow dock: every row as tall as the longest needs (up
        # to three lines), one height for all, as sizing each row would measure thousands.
        self.view.setWordWrap(True)
        header = self.view.horizontalHeader()
        # Fixed widths: ResizeToContents would measure every one of thousands of problems.
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        fm = self.fontMetrics()
        header.setSectionResizeMode(ProblemListModel.CUE, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(ProblemListModel.RULE, QHeaderView.ResizeMode.Interactive)
        # Cue and rule as narrow as their text (the rules listed), so the problem keeps the rest.
        header.setMinimumSectionSize(24)
        header.resizeSection(ProblemListModel.CUE, fm.horizontalAdvance("0000") + 12)
        header.resizeSection(ProblemListModel.RULE, fm.horizontalAdvance(self.tr("Reading speed")) + 12)
        header.setStretchLastSection(True)
        self._row_lines = 0
        self.view.viewport().installEventFilter(self)  # a wider dock may need fewer lines
        self.view.doubleClicked.connect(self._activated)
        self.view.activated.connect(self._activated)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Spec:"), self))
        top.addWidget(self.spec_combo, 1)
        top.addWidget(self.rule_combo, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)

        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self._flush)
        self._pending: set[int] | None = set()
        self._problems_for: Callable[[int], Sequence[Any]] | None = None
        self.refresh()

    # -- spec selector -----------------------------------------------------------------------
    def set_specs(self, names: Sequence[str], current: str) -> None:
        """Fill the selector: preset names (or a loaded spec's label), then "Load Dotsub spec…"."""
        self.spec_combo.blockSignals(True)
        self.spec_combo.clear()
        for name in names:
            self.spec_combo.addItem(name, name)
        self.spec_combo.insertSeparator(self.spec_combo.count())
        self.spec_combo.addItem(self.tr("Load Dotsub spec…"), LOAD_SPEC)
        self.spec_combo.setCurrentIndex(max(0, self.spec_combo.findData(current)))
        self.spec_combo.blockSignals(False)

    def current_spec_name(self) -> str:
        return self.spec_combo.currentData() or ""

    def _spec_activated(self, index: int) -> None:
        data = self.spec_combo.itemData(index)
        if data == LOAD_SPEC:
            self.specFileRequested.emit()
        elif data:
            self.presetChosen.emit(data)

    # -- problems ----------------------------------------------------------------------------
    def set_source(self, all_problems: Callable[[], Sequence[Any]] | None) -> None:
        self._source = all_problems
        self.refresh()

    def schedule_refresh(self, *_: Any) -> None:
        self._pending = None
        self._refresh_timer.start()

    def rows_changed(self, rows: Sequence[int] | None, problems_for: Callable[[int], Sequence[Any]],
                     *, renumbered: bool) -> None:
        """Problems of ``rows`` changed. Changes are gathered until control returns to the event
        loop (an edit of 20,000 cues announces each row); a few rows with unchanged numbering are
        then patched in place, anything bigger rebuilds the list once."""
        self._problems_for = problems_for
        if rows is None or renumbered or self._pending is None:
            self._pending = None
        else:
            self._pending.update(rows)
            if len(self._pending) > 64:
                self._pending = None
        self._refresh_timer.start()

    def _flush(self) -> None:
        pending, self._pending = self._pending, set()
        if pending is None or self._problems_for is None:
            self.refresh()
        elif pending:
            self.model.replace_rows(sorted(pending), self._problems_for)
            self._update_summary()

    def refresh(self) -> None:
        self._pending = set()
        problems = list(self._source()) if self._source is not None else []
        self.model.set_problems(problems)
        self._update_summary()

    def _update_summary(self) -> None:
        problems = self.model.problems()
        counts = self.model.counts()
        current = self.rule_combo.currentData() or ALL_RULES
        self.rule_combo.blockSignals(True)
        self.rule_combo.clear()
        self.rule_combo.addItem(self.tr("All rules ({count})").format(count=len(problems)), ALL_RULES)
        for rule, count in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
            self.rule_combo.addItem(self.tr("{rule} ({count})").format(rule=rule_title(rule), count=count), rule)
        index = self.rule_combo.findData(current)
        self.rule_combo.setCurrentIndex(index if index >= 0 else 0)
        self.rule_combo.blockSignals(False)
        self.proxy.set_rule(self.rule_combo.currentData() or ALL_RULES)
        if self._source is None:
            self.summary.setText(self.tr("No document"))
            self._summary_state = ""
        elif not problems:
            self.summary.setText(self.tr("✔ No problems"))
            self._summary_state = "ok"
        else:
            cues = len({p.row for p in problems})
            parts, separator = "", self.tr("{list}, {item}")
            for r, n in sorted(counts.items(), key=lambda kv: -kv[1]):
                part = self.tr("{rule} {count}").format(rule=rule_title(r), count=n)
                parts = separator.format(list=parts, item=part) if parts else part
            self.summary.setText(self.tr("{problems} in {cues}: {rules}").format(
                problems=self.tr("⚠ %n problem(s)", "", len(problems)), cues=self.tr("%n cue(s)", "", cues), rules=parts))
            self._summary_state = "problems"
        self._colour_summary()
        self.summary.setWordWrap(True)
        self._fit_columns(counts)

    def eventFilter(self, watched: Any, event: Any) -> bool:  # noqa: N802 (Qt naming)
        if watched is self.view.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_rows()
        return False

    def _fit_columns(self, counts: Counter[str]) -> None:
        fm = self.fontMetrics()
        if counts:
            width = max(fm.horizontalAdvance(rule_title(rule)) for rule in counts) + 12
            self.view.horizontalHeader().resizeSection(ProblemListModel.RULE, width)
        self._fit_rows()

    def _fit_rows(self) -> None:
        """One row height for all: the lines the longest problem needs at the column's width."""
        header = self.view.horizontalHeader()
        # What the stretching column gets (its own size may not be laid out yet after a reset).
        width = (self.view.viewport().width() - header.sectionSize(ProblemListModel.CUE)
                 - header.sectionSize(ProblemListModel.RULE) - 8)
        messages = {problem_text(p) for p in self.model.problems()[:2000]}
        fm = self.fontMetrics()
        needed = max((fm.boundingRect(0, 0, max(width, 20), 10_000, Qt.TextFlag.TextWordWrap, m).height()
                      for m in messages), default=0)
        lines = min(3, max(1, -(-needed // fm.lineSpacing())))
        if lines != self._row_lines:
            self._row_lines = lines
            self.view.verticalHeader().setDefaultSectionSize(lines * fm.lineSpacing() + 6)

    def _colour_summary(self, *_: Any) -> None:
        colors = palette_colors()
        colour = {"ok": colors.ok_text, "problems": colors.error_text}.get(self._summary_state)
        style = f"color: {colour.name()}; font-weight: bold;" if colour is not None else ""
        if style != self.summary.styleSheet():  # setting one re-polishes the label
            self.summary.setStyleSheet(style)

    def counts(self) -> dict[str, int]:
        return dict(self.model.counts())

    def _rule_selected(self, index: int) -> None:
        self.proxy.set_rule(self.rule_combo.itemData(index) or ALL_RULES)

    def _activated(self, index: QModelIndex) -> None:
        row = index.data(ProblemListModel.RowRole)
        if row is not None:
            self.problemActivated.emit(int(row))
