"""The editor pane: the current cue's text and its start, end and duration.

The pane edits nothing itself: it emits what the user typed (``textEdited(row, text)``,
``timesEdited(row, start, end)``) and the controller turns that into undoable edits. When the
document changes underneath (undo, another edit), ``show_cue`` refreshes the fields without
echoing signals back, keeping the text cursor where it was.

The time fields never get narrower than a whole time (``_TimeEdit``): the pane's minimum width
holds them, and the statistics line wraps instead of widening the pane. With a spell checker
(``set_spelling``) misspelled words are underlined as they are typed, and the context menu of a
misspelled word offers suggestions, "Add to dictionary" and "Ignore".
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from PySide6.QtCore import QEvent, QObject, QPoint, QSize, Qt, Signal
from PySide6.QtGui import (QAction, QContextMenuEvent, QFontDatabase, QKeyEvent, QKeySequence, QTextCursor,
                           QTextOption)
from PySide6.QtWidgets import (QFormLayout, QFrame, QHBoxLayout, QLabel, QLineEdit, QMenu, QPlainTextEdit,
                               QSizePolicy, QStyle, QStyleOptionFrame, QVBoxLayout, QWidget)

from subtitle_desk.core.document import Cue, visible_lines
from subtitle_desk.core.spelling import SpellChecker
from subtitle_desk.ui.editor.cue_model import chars_per_second, is_rtl
from subtitle_desk.ui.editor.highlighters import SpellingHighlighter, to_utf16
from subtitle_desk.ui.editor.timefmt import TimeParseError, format_duration, format_ms, parse_time
from subtitle_desk.ui.theme import palette_colors, theme_changed

__all__ = ["CueEditorPane"]


def _invalid_style() -> str:
    colors = palette_colors()
    return (f"QLineEdit {{ border: 1px solid {colors.invalid_border.name()}; "
            f"background: {colors.invalid_background.name()}; color: {colors.text.name()}; }}")


@contextlib.contextmanager
def _signals_blocked(obj: QObject) -> Iterator[None]:
    # Not QSignalBlocker: in PySide6 6.12 its __exit__ drops a reference to None on every call,
    # which crashes the interpreter at exit after a few thousand uses.
    previous = obj.blockSignals(True)
    try:
        yield
    finally:
        obj.blockSignals(previous)


_CTRL_Y = QKeySequence("Ctrl+Y")


class _CueTextEdit(QPlainTextEdit):
    """The cue text box. Undo/Redo keys (and Ctrl+Y) go to the document's history (the Edit
    menu), not to the box's own: a typing run there is already one undoable "Edit text of cue N"."""

    focusLost = Signal()
    #: the context menu is about to open at this position: the pane fills it
    contextMenuWanted = Signal(QContextMenuEvent)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setUndoRedoEnabled(False)

    def event(self, event: QEvent) -> bool:  # noqa: D102
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) and (
                event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo)
                or QKeySequence(event.keyCombination()) == _CTRL_Y):
            event.ignore()  # let the window's Undo/Redo shortcut have it
            return False
        return super().event(event)

    def focusOutEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        super().focusOutEvent(event)
        self.focusLost.emit()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 (Qt naming)
        self.contextMenuWanted.emit(event)


class _TimeEdit(QLineEdit):
    """A time field as wide as a whole time (``10:00:00.000``) and never narrower."""

    SAMPLE = "00:00:00.0000"  # a digit to spare for the cursor

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt naming)
        base = super().sizeHint()
        margins = self.textMargins()
        width = self.fontMetrics().horizontalAdvance(self.SAMPLE) + margins.left() + margins.right() + 4
        option = QStyleOptionFrame()
        self.initStyleOption(option)
        size = self.style().sizeFromContents(QStyle.ContentsType.CT_LineEdit, option,
                                             QSize(width, base.height()), self)
        return QSize(size.width(), base.height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt naming)
        return self.sizeHint()


class CueEditorPane(QWidget):
    #: (row, new text) on every keystroke in the text box.
    textEdited = Signal(int, str)
    #: (row, start ms, end ms) when a typed time is accepted.
    timesEdited = Signal(int, int, int)
    #: the user finished a typing session (focus left the text box).
    typingFinished = Signal()
    #: a message for the status bar (e.g. why a typed time was refused).
    message = Signal(str)
    #: "Add to dictionary" / "Ignore" on a misspelled word: (word)
    addWordRequested = Signal(str)
    ignoreWordRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cueEditorPane")
        self._row = -1
        self._cue: Cue | None = None
        #: The language's direction, for cues with no strongly directional text yet (an empty
        #: new cue in an Arabic translation is typed right to left). Set by the workspace.
        self.base_direction = Qt.LayoutDirection.LeftToRight
        fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)

        self.title = QLabel(self.tr("No cue selected"), self)
        self.title.setObjectName("cueTitle")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)

        self.start_edit = _TimeEdit(self)
        self.end_edit = _TimeEdit(self)
        self.duration_edit = _TimeEdit(self)
        for name, edit in (("startEdit", self.start_edit), ("endEdit", self.end_edit),
                           ("durationEdit", self.duration_edit)):
            edit.setObjectName(name)
            edit.setFont(fixed)
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
            edit.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            edit.setToolTip(self.tr("Type H:MM:SS.mmm, MM:SS.mmm, SRT's 00:00:01,000 or seconds; Enter applies"))
        self.start_edit.editingFinished.connect(lambda: self._time_typed("start"))
        self.end_edit.editingFinished.connect(lambda: self._time_typed("end"))
        self.duration_edit.editingFinished.connect(lambda: self._time_typed("duration"))

        times = QFormLayout()
        times.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        times.addRow(self.tr("&Start"), self.start_edit)
        times.addRow(self.tr("&End"), self.end_edit)
        times.addRow(self.tr("D&uration"), self.duration_edit)

        self.text_edit = _CueTextEdit(self)
        self.text_edit.setObjectName("cueTextEdit")
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setPlaceholderText(self.tr("Cue text (Enter for a new line)"))
        self.text_edit.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        tf = self.text_edit.font()
        tf.setPointSizeF(tf.pointSizeF() * 1.25)
        self.text_edit.setFont(tf)
        self.text_edit.textChanged.connect(self._text_typed)
        self.text_edit.focusLost.connect(self.typingFinished)
        self.text_edit.contextMenuWanted.connect(self._context_menu)
        self.spelling = SpellingHighlighter(self.text_edit.document())
        self.spelling.format.setUnderlineColor(palette_colors().spelling_underline)
        theme_changed().connect(self._theme_changed)

        self.stats = QLabel(self)
        self.stats.setObjectName("cueStats")
        self.stats.setTextFormat(Qt.TextFormat.PlainText)
        self.stats.setWordWrap(True)  # a long line must not widen the pane and squeeze the times
        self.stats.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

        left = QVBoxLayout()
        left.setSizeConstraint(QVBoxLayout.SizeConstraint.SetMinimumSize)
        left.addWidget(self.title)
        left.addLayout(times)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.text_edit, 1)
        right.addWidget(self.stats)
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.VLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(left, 0)
        layout.addWidget(line)
        layout.addLayout(right, 1)
        self.show_cue(-1, None)

    # -- state in ----------------------------------------------------------------------------
    @property
    def row(self) -> int:
        return self._row

    def show_cue(self, row: int, cue: Cue | None) -> None:
        """Show ``cue`` (row ``row``); None clears and disables the pane."""
        same_row = row == self._row
        self._row, self._cue = row, cue
        enabled = cue is not None
        for widget in (self.start_edit, self.end_edit, self.duration_edit, self.text_edit):
            widget.setEnabled(enabled)
        if cue is None:
            self.title.setText(self.tr("No cue selected"))
            for edit in (self.start_edit, self.end_edit, self.duration_edit):
                edit.clear()
            with _signals_blocked(self.text_edit):
                self.text_edit.clear()
            self.stats.clear()
            return
        self.title.setText(self.tr("Cue {number}").format(number=row + 1))
        for edit, value in ((self.start_edit, format_ms(cue.start)), (self.end_edit, format_ms(cue.end)),
                            (self.duration_edit, format_duration(cue.duration))):
            if not edit.hasFocus() or not same_row or not edit.isModified():
                edit.setText(value)
                edit.setStyleSheet("")
                edit.setModified(False)
        if self.text_edit.toPlainText() != cue.text:
            cursor = self.text_edit.textCursor()
            position = cursor.position() if same_row else len(cue.text)
            with _signals_blocked(self.text_edit):
                self.text_edit.setPlainText(cue.text)
            cursor = self.text_edit.textCursor()
            cursor.setPosition(min(position, len(cue.text)))
            self.text_edit.setTextCursor(cursor)
        direction = self._direction_of(cue.text)
        option = self.text_edit.document().defaultTextOption()
        option.setTextDirection(direction)
        option.setAlignment(Qt.AlignmentFlag.AlignRight if direction == Qt.LayoutDirection.RightToLeft
                            else Qt.AlignmentFlag.AlignLeft)
        self.text_edit.document().setDefaultTextOption(option)
        self._update_stats()

    def set_base_direction(self, direction: Qt.LayoutDirection) -> None:
        """The session language's direction (RTL for Arabic, Hebrew ...)."""
        self.base_direction = direction
        self.text_edit.setLayoutDirection(direction)
        if self._cue is not None:
            self.show_cue(self._row, self._cue)

    def _direction_of(self, text: str) -> Qt.LayoutDirection:
        if is_rtl(text):
            return Qt.LayoutDirection.RightToLeft
        if self.base_direction == Qt.LayoutDirection.RightToLeft and not any(c.isalpha() for c in text):
            return Qt.LayoutDirection.RightToLeft
        return Qt.LayoutDirection.LeftToRight

    def cursor_position(self) -> int:
        """Where the text cursor is, as an offset into the cue text (for Split at cursor)."""
        return self.text_edit.textCursor().position()

    def focus_text(self) -> None:
        self.text_edit.setFocus()
        self.text_edit.moveCursor(QTextCursor.MoveOperation.End)

    # -- spelling ----------------------------------------------------------------------------
    def set_spelling(self, checker: SpellChecker | None) -> None:
        """Underline the words ``checker`` does not know (None: no underlines)."""
        self.spelling.set_checker(checker)

    def recheck_spelling(self) -> None:
        self.spelling.rehighlight()

    def misspelled_words(self) -> list[str]:
        """The words underlined now (tests and accessibility)."""
        checker = self.spelling.checker
        return [m.word for m in checker.check(self.text_edit.toPlainText())] if checker is not None else []

    def context_menu(self, position: QPoint) -> QMenu:
        """The text box's menu at ``position`` (viewport coordinates): on a misspelled word, its
        suggestions, "Add to dictionary" and "Ignore" come first."""
        menu = self.text_edit.createStandardContextMenu(position)
        menu.setObjectName("cueTextMenu")
        for action in menu.actions():
            if action.objectName() in ("edit-undo", "edit-redo"):
                menu.removeAction(action)  # the box has no history of its own: Edit ▸ Undo has it
        while menu.actions() and menu.actions()[0].isSeparator():
            menu.removeAction(menu.actions()[0])
        cursor = self.text_edit.cursorForPosition(position)
        block = cursor.block()
        wrong = self.spelling.misspelling_at(block, cursor.positionInBlock())
        checker = self.spelling.checker
        if wrong is None or checker is None or self._cue is None:
            return menu
        first = menu.actions()[0] if menu.actions() else None
        added: list[QAction] = []
        suggestions = checker.suggest(wrong.word)
        for word in suggestions:
            action = QAction(word, menu)
            action.setObjectName("spellingSuggestion")
            font = action.font()
            font.setBold(True)
            action.setFont(font)
            action.triggered.connect(lambda _=False, b=block, w=wrong, s=word: self._replace_word(b, w, s))
            added.append(action)
        if not suggestions:
            none = QAction(self.tr("No suggestions"), menu)
            none.setEnabled(False)
            added.append(none)
        add = QAction(self.tr("Add “{word}” to dictionary").format(word=wrong.word), menu)
        add.setObjectName("addToDictionary")
        add.triggered.connect(lambda _=False, w=wrong.word: self.addWordRequested.emit(w))
        ignore = QAction(self.tr("Ignore “{word}”").format(word=wrong.word), menu)
        ignore.setObjectName("ignoreWord")
        ignore.triggered.connect(lambda _=False, w=wrong.word: self.ignoreWordRequested.emit(w))
        for action in (*added, None, add, ignore, None):
            if action is None:
                menu.insertSeparator(first) if first is not None else menu.addSeparator()
            elif first is not None:
                menu.insertAction(first, action)
            else:
                menu.addAction(action)
        return menu

    def _context_menu(self, event: QContextMenuEvent) -> None:
        menu = self.context_menu(event.pos())
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(event.globalPos())

    def _replace_word(self, block, wrong, replacement: str) -> None:
        """Put ``replacement`` where the misspelled word is: its own undoable text edit."""
        text = block.text()
        if text[wrong.start:wrong.end] != wrong.word:
            return  # the text changed since the menu opened
        cursor = QTextCursor(block)
        cursor.setPosition(block.position() + to_utf16(text, wrong.start))
        cursor.setPosition(block.position() + to_utf16(text, wrong.end), QTextCursor.MoveMode.KeepAnchor)
        self.typingFinished.emit()
        cursor.insertText(replacement)
        self.typingFinished.emit()

    # -- user input --------------------------------------------------------------------------
    def _text_typed(self) -> None:
        if self._cue is None:
            return
        text = self.text_edit.toPlainText()
        if text != self._cue.text:
            self.textEdited.emit(self._row, text)
        self._update_stats()

    def _theme_changed(self, *_: object) -> None:
        self.spelling.format.setUnderlineColor(palette_colors().spelling_underline)
        self.spelling.rehighlight()
        for edit in (self.start_edit, self.end_edit, self.duration_edit):
            if edit.styleSheet():  # only a rejected time has one
                edit.setStyleSheet(_invalid_style())

    def _time_typed(self, which: str) -> None:
        cue = self._cue
        edit = {"start": self.start_edit, "end": self.end_edit, "duration": self.duration_edit}[which]
        if cue is None or not edit.isModified():
            return
        edit.setModified(False)
        try:
            value = parse_time(edit.text())
        except TimeParseError as exc:
            edit.setStyleSheet(_invalid_style())
            edit.setToolTip(str(exc))
            self.message.emit(str(exc))
            return
        start, end = cue.start, cue.end
        if which == "start":
            start = value
            if end < start:  # moving the start past the end keeps the duration
                end = start + cue.duration
        elif which == "end":
            end = value
        else:
            end = start + value
        if end < start:
            edit.setStyleSheet(_invalid_style())
            self.message.emit(self.tr("The end time must not be before the start time"))
            return
        edit.setStyleSheet("")
        if (start, end) != (cue.start, cue.end):
            self.timesEdited.emit(self._row, start, end)

    def _update_stats(self) -> None:
        cue = self._cue
        if cue is None:
            self.stats.clear()
            return
        text = self.text_edit.toPlainText()
        lines = visible_lines(text)
        lengths = " / ".join(str(len(line)) for line in lines)
        probe = Cue(cue.start, cue.end, text)
        cps = chars_per_second(probe)
        cps_text = "—" if cps is None else f"{cps:.1f}"
        self.stats.setText(self.tr("%n line(s), characters per line: {lengths}    CPS: {cps}    Duration: {duration} s",
                                   "", len(lines)).format(lengths=lengths, cps=cps_text,
                                                          duration=format_duration(cue.duration)))
