"""The cue table: one row per cue, updated incrementally from the document's Change events.

Edits arrive as ``Change`` events (update / insert / remove / reset) and become exactly the
matching ``dataChanged`` / ``rowsInserted`` / ``rowsRemoved`` signals, so a 20,000-cue table stays
instant: no reset per edit, nothing cached per row, every cell computed on demand. The model keeps
its own row count so that Qt sees the old count between ``begin*`` and ``end*`` even though the
document has already changed when it tells us.

With a translation (``set_translation``) the source column shows the source cues each cue is
aligned to by time (``core.translation``), and untranslated cues are tinted.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QBrush, QFont, QFontDatabase

from subtitle_desk.core.document import Change, Cue, Document, DocumentFollower, visible_text
from subtitle_desk.core.qc import chars_per_second
from subtitle_desk.core.translation import EMPTY, KEPT, UNTRANSLATED, TranslationState
from subtitle_desk.ui.editor.qc_words import problem_text
from subtitle_desk.ui.editor.timefmt import format_duration, format_ms
from subtitle_desk.ui.theme import palette_colors

__all__ = ["CueTableModel", "LINE_BREAK_SYMBOL", "one_line", "is_rtl", "chars_per_second"]

#: Shown in place of a line break in the one-line table view.
LINE_BREAK_SYMBOL = " ⏎ "

_RTL_CLASSES = {"R", "AL"}
_LTR_CLASSES = {"L"}


def one_line(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\n", LINE_BREAK_SYMBOL)


def is_rtl(text: str) -> bool:
    """True when the first strongly directional character is right-to-left (Arabic, Hebrew ...)."""
    for char in text:
        klass = unicodedata.bidirectional(char)
        if klass in _RTL_CLASSES:
            return True
        if klass in _LTR_CLASSES:
            return False
    return False


def _ranges(rows: Iterable[int]) -> list[tuple[int, int]]:
    """Contiguous (first, last) runs of the sorted unique rows."""
    out: list[tuple[int, int]] = []
    for row in sorted(set(rows)):
        if out and row == out[-1][1] + 1:
            out[-1] = (out[-1][0], row)
        else:
            out.append((row, row))
    return out


class CueTableModel(QAbstractTableModel):
    # Columns, in display order.
    NUMBER, START, END, DURATION, CPS, SOURCE, TEXT, QC = range(8)
    COLUMN_COUNT = 8
    # English; header() and header_tip() give them in the user's language.
    HEADERS = ("#", QT_TRANSLATE_NOOP("CueTableModel", "Start"), QT_TRANSLATE_NOOP("CueTableModel", "End"),
               QT_TRANSLATE_NOOP("CueTableModel", "Dur."), QT_TRANSLATE_NOOP("CueTableModel", "CPS"),
               QT_TRANSLATE_NOOP("CueTableModel", "Source"), QT_TRANSLATE_NOOP("CueTableModel", "Text"),
               QT_TRANSLATE_NOOP("CueTableModel", "QC"))
    HEADER_TIPS = (QT_TRANSLATE_NOOP("CueTableModel", "Cue number"),
                   QT_TRANSLATE_NOOP("CueTableModel", "Start time (H:MM:SS.mmm)"),
                   QT_TRANSLATE_NOOP("CueTableModel", "End time"),
                   QT_TRANSLATE_NOOP("CueTableModel", "Duration in seconds"),
                   QT_TRANSLATE_NOOP("CueTableModel", "Characters per second (reading speed)"),
                   QT_TRANSLATE_NOOP("CueTableModel", "The source cues this cue overlaps in time (read-only)"),
                   QT_TRANSLATE_NOOP("CueTableModel", "Cue text; ⏎ marks a line break"),
                   QT_TRANSLATE_NOOP("CueTableModel", "Quality-check problems"))

    @classmethod
    def header(cls, column: int) -> str:
        return QCoreApplication.translate("CueTableModel", cls.HEADERS[column])

    @classmethod
    def header_tip(cls, column: int) -> str:
        return QCoreApplication.translate("CueTableModel", cls.HEADER_TIPS[column])

    # Custom roles.
    CueRole = Qt.ItemDataRole.UserRole + 1          # the Cue object
    RawTextRole = Qt.ItemDataRole.UserRole + 2      # text with real line breaks
    StartRole = Qt.ItemDataRole.UserRole + 3        # start in ms
    EndRole = Qt.ItemDataRole.UserRole + 4          # end in ms
    ProblemsRole = Qt.ItemDataRole.UserRole + 5     # list of QC Problem for the row
    RtlRole = Qt.ItemDataRole.UserRole + 6          # bool: text reads right to left
    SortRole = Qt.ItemDataRole.UserRole + 7         # numeric value for sorting
    TranslationRole = Qt.ItemDataRole.UserRole + 8  # core.translation status, or None
    SourceTextRole = Qt.ItemDataRole.UserRole + 9   # the aligned source cues' visible text

    def __init__(self, document: Document | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._doc: Document | None = None
        self._count = 0
        self._follower = DocumentFollower(self._on_change)
        self._problems: Callable[[int], Sequence[Any]] = lambda row: ()
        self._translation: TranslationState | None = None
        self._qc_rows: set[int] | None = set()
        self._qc_timer = QTimer(self)
        self._qc_timer.setSingleShot(True)
        self._qc_timer.setInterval(0)
        self._qc_timer.timeout.connect(self.flush_problems)
        self._fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self._bold = QFont()
        self._bold.setBold(True)
        if document is not None:
            self.set_document(document)

    # -- document ------------------------------------------------------------------------------
    @property
    def document(self) -> Document | None:
        return self._doc

    def set_document(self, document: Document | None) -> None:
        self.beginResetModel()
        self._follower.follow(document)
        self._doc = document
        self._count = len(document) if document is not None else 0
        self.endResetModel()

    @property
    def translation(self) -> TranslationState | None:
        return self._translation

    def set_translation(self, state: TranslationState | None) -> None:
        """The source and kept marks to show beside the cues (None: no source column content)."""
        self._translation = state
        if self._count:
            self.dataChanged.emit(self.index(0, 0), self.index(self._count - 1, self.COLUMN_COUNT - 1))

    def translation_changed(self, rows: Iterable[int] | None = None) -> None:
        """Kept marks changed for ``rows`` (None: any): repaint them."""
        if not self._count:
            return
        spans = [(0, self._count - 1)] if rows is None else _ranges(r for r in rows if 0 <= r < self._count)
        for first, last in spans:
            self.dataChanged.emit(self.index(first, 0), self.index(last, self.COLUMN_COUNT - 1))

    def set_problem_source(self, problems_for: Callable[[int], Sequence[Any]] | None) -> None:
        """Where the QC column reads a row's problems (``QcChecker.problems_for``)."""
        self._problems = problems_for or (lambda row: ())
        self.problems_changed(None)

    def problems_changed(self, rows: Iterable[int] | None) -> None:
        """QC results changed for ``rows`` (None: for any row). Gathered and announced when
        control returns to the event loop, so an edit of every cue repaints once."""
        if rows is None or self._qc_rows is None:
            self._qc_rows = None
        else:
            self._qc_rows.update(rows)
        self._qc_timer.start()

    def flush_problems(self) -> None:
        rows, self._qc_rows = self._qc_rows, set()
        if self._count == 0:
            return
        spans = [(0, self._count - 1)] if rows is None else _ranges(r for r in rows if 0 <= r < self._count)
        for first, last in spans:
            self.dataChanged.emit(self.index(first, 0), self.index(last, self.COLUMN_COUNT - 1))

    def cue(self, row: int) -> Cue:
        assert self._doc is not None
        return self._doc[row]

    def _on_change(self, change: Change) -> None:
        doc = self._doc
        assert doc is not None
        if change.kind == "update":
            spans = _ranges(change.rows)
            for first, last in spans:
                self.dataChanged.emit(self.index(first, 0), self.index(last, self.COLUMN_COUNT - 1))
        elif change.kind == "insert":
            self.beginInsertRows(QModelIndex(), change.first, change.first + change.count - 1)
            self._count += change.count
            self.endInsertRows()
            self._renumber_from(change.first + change.count)
        elif change.kind == "remove":
            self.beginRemoveRows(QModelIndex(), change.first, change.first + change.count - 1)
            self._count -= change.count
            self.endRemoveRows()
            self._renumber_from(change.first)
        else:
            self.beginResetModel()
            self._count = len(doc)
            self.endResetModel()

    def _renumber_from(self, row: int) -> None:
        # Cue numbers after an insert/remove shifted: only the number column needs repainting.
        if row < self._count:
            self.dataChanged.emit(self.index(row, self.NUMBER), self.index(self._count - 1, self.NUMBER),
                                  [Qt.ItemDataRole.DisplayRole])

    # -- Qt model ------------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.COLUMN_COUNT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.header(section)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.header_tip(section)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if section == self.TEXT:
                return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row, col = index.row(), index.column()
        if self._doc is None or not 0 <= row < self._count:
            return None
        cue = self._doc.cues[row]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, col, cue)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if col in (self.TEXT, self.SOURCE):
                text = cue.text if col == self.TEXT else self._source_text(cue)
                side = Qt.AlignmentFlag.AlignRight if is_rtl(text) else Qt.AlignmentFlag.AlignLeft
                return int(side | Qt.AlignmentFlag.AlignVCenter)
            if col == self.QC:
                return int(Qt.AlignmentFlag.AlignCenter)
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole:
            if col in (self.START, self.END, self.DURATION, self.CPS):
                return self._fixed
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(row, col, cue)
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._background(row, col, cue)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, col, cue)
        if role == self.CueRole:
            return cue
        if role == self.RawTextRole:
            return cue.text
        if role == self.StartRole:
            return cue.start
        if role == self.EndRole:
            return cue.end
        if role == self.ProblemsRole:
            return list(self._row_problems(row))
        if role == self.RtlRole:
            return is_rtl(cue.text)
        if role == self.SortRole:
            return self._sort_value(row, col, cue)
        if role == self.TranslationRole:
            return self._translation.status(cue) if self._translation is not None else None
        if role == self.SourceTextRole:
            return self._source_text(cue)
        return None

    def _source_text(self, cue: Cue) -> str:
        state = self._translation
        if state is None:
            return ""
        cues = state.index.cues
        return "\n".join(visible_text(cues[row].text) for row in state.source_rows(cue))

    # -- cells ---------------------------------------------------------------------------------
    def _display(self, row: int, col: int, cue: Cue) -> str:
        if col == self.NUMBER:
            return str(row + 1)
        if col == self.START:
            return format_ms(cue.start)
        if col == self.END:
            return format_ms(cue.end)
        if col == self.DURATION:
            return format_duration(cue.end - cue.start)
        if col == self.CPS:
            cps = chars_per_second(cue)
            return "—" if cps is None else f"{cps:.1f}"
        if col == self.TEXT:
            return one_line(cue.text)
        if col == self.SOURCE:
            return one_line(self._source_text(cue))
        if col == self.QC:
            problems = self._row_problems(row)
            return f"⚠ {len(problems)}" if problems else ""
        return ""

    def _row_problems(self, row: int) -> Sequence[Any]:
        try:
            return self._problems(row)
        except IndexError:  # the checker hears of an insert/remove after we do
            return ()

    #: Which QC rules colour which column (rule ids from core.qc).
    RULE_COLUMNS = {
        "max-cps": (CPS,), "min-duration": (DURATION,), "max-duration": (DURATION,),
        "bad-timing": (START, END, DURATION), "overlap": (END,), "min-gap": (END,),
        "max-lines": (TEXT,), "max-chars-per-line": (TEXT,), "empty-text": (TEXT,),
        "untranslated": (TEXT,), "glossary": (TEXT,), "spelling": (TEXT,),
    }

    def _column_has_problem(self, row: int, col: int) -> bool:
        problems = self._row_problems(row)
        if not problems:
            return False
        if col == self.QC:
            return True
        return any(col in self.RULE_COLUMNS.get(getattr(p, "rule", ""), ()) for p in problems)

    def _foreground(self, row: int, col: int, cue: Cue) -> Any:
        # Colours of the scheme on screen, looked up per paint: a theme change needs no reset.
        if col == self.NUMBER:
            return QBrush(palette_colors().muted_text)
        if self._column_has_problem(row, col):
            return QBrush(palette_colors().error_text)
        return None

    def _background(self, row: int, col: int, cue: Cue) -> Any:
        if col == self.QC and self._row_problems(row):
            return QBrush(palette_colors().problem_background)
        if col == self.TEXT and self._translation is not None \
                and self._translation.status(cue) in (EMPTY, UNTRANSLATED):
            return QBrush(palette_colors().untranslated_background)
        return None

    def _tooltip(self, row: int, col: int, cue: Cue) -> str | None:
        # The text columns elide: the tooltip holds the whole text, line breaks and all.
        if col == self.TEXT:
            if self._translation is not None:
                status = self._translation.status(cue)
                if status == KEPT:
                    return self.tr("{text}\n\n(kept as in the source)").format(text=cue.text)
                if status in (EMPTY, UNTRANSLATED):
                    return (self.tr("{text}\n\n(not translated yet)").format(text=cue.text) if cue.text.strip()
                            else self.tr("(not translated yet)"))
            return cue.text
        if col == self.SOURCE:
            return self._source_text(cue) or self.tr("(no source cue at this time)")
        if col in (self.QC, self.CPS, self.DURATION, self.START, self.END):
            problems = self._row_problems(row)
            if problems:
                return "\n".join(problem_text(p) if hasattr(p, "rule") else str(p) for p in problems)
        return None

    def _sort_value(self, row: int, col: int, cue: Cue) -> Any:
        if col == self.NUMBER:
            return row
        if col == self.START:
            return cue.start
        if col == self.END:
            return cue.end
        if col == self.DURATION:
            return cue.end - cue.start
        if col == self.CPS:
            return chars_per_second(cue) or 0.0
        if col == self.QC:
            return len(self._row_problems(row))
        if col == self.SOURCE:
            return self._source_text(cue)
        return visible_text(cue.text)
