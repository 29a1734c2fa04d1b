"""The editor's behaviour, apart from its widgets: one open document, its undo stack and QC.

``EditorController`` opens and saves files (off the UI thread, through the task runner), turns
user intentions into ``core.edits`` pushed on the ``UndoStack``, keeps a ``QcChecker`` on the
document, and tells the widgets what changed through Qt signals. It never touches a widget, so
the page (and tests) can drive it directly.
"""

from __future__ import annotations

import asyncio
import json
import os
import uuid
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from subtitle_desk.core import edits
from subtitle_desk.core.document import Cue, Document
from subtitle_desk.core.formats import file_filters
from subtitle_desk.core.qc import PRESETS, QcChecker, QcContext, Spec
from subtitle_desk.ui.runner import ReportedError, TaskRunner

__all__ = ["EditorController", "DEFAULT_PRESET", "FORMAT_FILTERS"]

DEFAULT_PRESET = "netflix-en"
#: File-dialog filters per format, in the order offered.
FORMAT_FILTERS = file_filters()
DEFAULT_NEW_CUE_MS = 2000
#: Documents longer than this are checked against a new QC context on a worker thread.
QC_OFF_THREAD_CUES = 1500


def _formats():
    from subtitle_desk.core import formats

    return formats


class EditorController(QObject):
    #: a different document was loaded (or closed: None)
    documentReplaced = Signal(object)
    #: the file path, name or dirty state changed: (display name, dirty)
    titleChanged = Signal(str, bool)
    #: undo/redo availability or names changed
    undoStateChanged = Signal()
    #: QC results changed for these rows (tuple) or for all (None)
    problemsChanged = Signal(object)
    #: the spec in force changed: (key, Spec)
    specChanged = Signal(str, object)
    #: a status-bar message
    message = Signal(str)
    #: something the user must read: (title, text)
    failed = Signal(str, str)
    #: a save finished: (path, notes of what the target format dropped)
    saved = Signal(str, list)
    #: the user should choose where to select: (row)
    rowRequested = Signal(int)
    #: a file was read from disk and is now the open document: (path)
    fileOpened = Signal(str)

    def __init__(self, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.document: Document | None = None
        self.stack: edits.UndoStack | None = None
        self.checker: QcChecker | None = None
        self.path: Path | None = None
        #: A key per opened document for the autosave store.
        self.session_key = uuid.uuid4().hex
        self.spec_key = DEFAULT_PRESET
        self.spec: Spec = PRESETS[DEFAULT_PRESET]
        self.custom_specs: dict[str, Spec] = {}
        #: The translation rules' context (source, glossary, spelling), or None: see Workbench.
        self.qc_context: QcContext | None = None
        #: What the work is called in questions ("Video 3 · French · Translate"), when it is more
        #: than its file name; the workspace sets it for service work.
        self.work_title: str | None = None
        self._unsubscribe: list[Callable[[], None]] = []
        self._last_dirty: bool | None = None
        #: Increases on every change of the document (autosave compares it).
        self.revision = 0

    # -- state -------------------------------------------------------------------------------
    @property
    def dirty(self) -> bool:
        return self.stack is not None and self.stack.dirty

    @property
    def display_name(self) -> str:
        if self.path is not None:
            return self.path.name
        return self.tr("Untitled") if self.document is not None else ""

    def spec_names(self) -> list[tuple[str, str]]:
        """(key, label) of every spec the selector offers."""
        out = [(key, spec.name) for key, spec in PRESETS.items()]
        out += [(key, spec.name) for key, spec in self.custom_specs.items()]
        return out

    # -- documents ---------------------------------------------------------------------------
    def set_document(self, document: Document | None, path: str | os.PathLike | None, *,
                     dirty: bool = False, session_key: str | None = None,
                     checker: QcChecker | None = None) -> None:
        """Make ``document`` the open one. ``checker`` is a QcChecker already built on it (off
        the UI thread, for big files) with the current spec."""
        for unsubscribe in self._unsubscribe:
            unsubscribe()
        self._unsubscribe.clear()
        if self.checker is not None:
            self.checker.close()
        self.document = document
        self.path = Path(path) if path else None
        self.session_key = session_key or uuid.uuid4().hex
        self.stack = None
        self.checker = None
        self.revision += 1
        if document is not None:
            # The checker subscribes before the table model, so problems are current when the
            # model announces a change.
            if (checker is None or checker.doc is not document or checker.spec is not self.spec
                    or checker.context is not self.qc_context):
                if checker is not None:
                    checker.close()
                checker = QcChecker(document, self.spec, self.qc_context)
            self.checker = checker
            self.stack = edits.UndoStack(document)
            if dirty:
                # A restored recovery is not what is on disk: no state of this stack is saved.
                self.stack.mark_dirty()
            self._unsubscribe.append(self.stack.subscribe(self._stack_changed))
            self._unsubscribe.append(self.checker.subscribe(self._problems_changed))
            self._unsubscribe.append(document.subscribe(self._document_changed))
        self.documentReplaced.emit(document)
        self._last_dirty = None
        self._stack_changed()
        self.problemsChanged.emit(None)
        for warning in (document.warnings if document is not None else []):
            self.message.emit(warning)

    def new_document(self) -> None:
        self.set_document(Document(cues=[], format="srt"), None)

    def open_path(self, path: str | os.PathLike) -> asyncio.Task:
        """Read ``path`` off the UI thread; a second open replaces a first still running."""
        path = Path(path)

        async def load(op: Any) -> Document:
            formats = _formats()
            spec, context = self.spec, self.qc_context

            def read() -> tuple[Document, QcChecker]:
                document = formats.read_path(path)
                return document, QcChecker(document, spec, context)  # the first full check, off-thread

            try:
                document, checker = await asyncio.to_thread(read)
            except formats.SubtitleReadError as exc:
                self.failed.emit(self.tr("Cannot open subtitle file"), str(exc))
                raise ReportedError(str(exc)) from None
            except OSError as exc:
                text = f"{path}: {exc.strerror or exc}"
                self.failed.emit(self.tr("Cannot open subtitle file"), text)
                raise ReportedError(text) from None
            self.set_document(document, path, checker=checker)
            self.fileOpened.emit(str(path))
            self.message.emit(self.tr("Opened {name}: %n cues ({format}, {encoding})", "", len(document)).format(
                name=path.name, format=document.format.upper(), encoding=document.encoding))
            return document

        return self.runner.run("editor.open", load, title=self.tr("Opening {name}").format(name=path.name))

    def save(self) -> asyncio.Task | None:
        if self.document is None or self.path is None:
            return None
        return self.save_as(self.path, None)

    def save_as(self, path: str | os.PathLike, format: str | None) -> asyncio.Task | None:
        """Write the document to ``path`` (in ``format``, else the one the name says) off-thread."""
        if self.document is None or self.stack is None:
            return None
        path = Path(path)
        document, stack = self.document, self.stack
        # Not stack.index: typing merged into the top undo step during the save changes the
        # document without moving the index. The revision moves on every change.
        revision_at_start = stack.revision
        snapshot = _snapshot(document)

        async def write(op: Any) -> list[str]:
            from subtitle_desk.core import storage

            try:
                notes = await asyncio.to_thread(storage.save_document, snapshot, path, format)
            except (OSError, ValueError) as exc:
                text = f"{path}: {getattr(exc, 'strerror', None) or exc}"
                self.failed.emit(self.tr("Cannot save"), text)
                raise ReportedError(text) from None
            notes = list(notes or [])
            converted = bool(format) and format != document.format
            if self.document is document and converted:
                # Now editing the converted file: reload it so the cues carry its markup.
                formats = _formats()
                reloaded = await asyncio.to_thread(formats.read_path, path)
                if self.document is document:
                    self.set_document(reloaded, path)
            elif self.document is document:
                self.path = path
                if stack.revision == revision_at_start:
                    stack.mark_clean()
                else:
                    self._stack_changed()
            self.saved.emit(str(path), notes)
            self.message.emit(self.tr("Saved {name} (%n note(s) about what the format dropped)", "", len(notes)).format(
                name=path.name) if notes else self.tr("Saved {name}").format(name=path.name))
            return notes

        return self.runner.run("editor.save", write, title=self.tr("Saving {name}").format(name=path.name),
                               cancellable=False)

    def save_now(self, path: str | os.PathLike | None = None, format: str | None = None) -> bool:
        """Save on the calling thread (for "save before closing"); True when saved."""
        from subtitle_desk.core import storage

        if self.document is None or self.stack is None:
            return False
        path = Path(path) if path else self.path
        if path is None:
            return False
        try:
            notes = storage.save_document(self.document, path, format)
        except (OSError, ValueError) as exc:
            self.failed.emit(self.tr("Cannot save"), f"{path}: {getattr(exc, 'strerror', None) or exc}")
            return False
        self.path = path
        self.stack.mark_clean()
        self.saved.emit(str(path), list(notes or []))
        return True

    # -- QC ----------------------------------------------------------------------------------
    def set_spec(self, key: str, *, recheck: bool = True) -> None:
        """Check against the spec ``key`` from now on. ``recheck=False`` skips re-checking the
        open document, for a caller that replaces the document right after (``set_document``
        then checks the new one once, with this spec)."""
        spec = PRESETS.get(key) or self.custom_specs.get(key)
        if spec is None:
            raise KeyError(key)
        self.spec_key, self.spec = key, spec
        if self.checker is not None and recheck:
            self.checker.set_spec(spec)
        self.specChanged.emit(key, spec)
        self.message.emit(spec.describe())

    def load_spec_file(self, path: str | os.PathLike) -> str | None:
        """Load a Dotsub subtitle-specification JSON (or our own fields) and use it."""
        path = Path(path)
        try:
            obj = json.loads(path.read_text(encoding="utf-8-sig"))
            spec = Spec.from_mapping(obj)
        except (OSError, ValueError) as exc:
            self.failed.emit(self.tr("Cannot use this spec"), f"{path.name}: {exc}")
            return None
        key = f"file:{path}"
        self.custom_specs[key] = spec
        self.set_spec(key)
        return key

    def set_qc_context(self, context: QcContext | None, *, recheck: bool = True) -> asyncio.Task | None:
        """Check with the translation rules of ``context`` (None: without them) from now on.
        ``recheck=False``: the caller replaces the document next (``set_document`` checks it).
        A long document is checked on a worker thread (the runner's ``editor.qc-context``; a newer
        context replaces a check still running) and its problems change when that is done."""
        self.qc_context = context
        checker = self.checker
        if checker is None or not recheck:
            return None
        if len(checker.doc.cues) <= QC_OFF_THREAD_CUES:
            checker.set_context(context)
            return None
        spec = checker.spec

        async def check() -> None:
            result = await asyncio.to_thread(checker.check_all, spec, context)
            if self.checker is checker and self.qc_context is context:
                checker.adopt(result)

        return self.runner.run("editor.qc-context", check())

    def problems(self) -> list[Any]:
        return self.checker.all_problems() if self.checker is not None else []

    def problems_for(self, row: int) -> list[Any]:
        return self.checker.problems_for(row) if self.checker is not None else []

    # -- edits -------------------------------------------------------------------------------
    def push(self, edit: edits.Edit) -> bool:
        if self.stack is None:
            return False
        try:
            return self.stack.push(edit)
        except (ValueError, IndexError) as exc:
            self.message.emit(str(exc))
            return False

    def undo(self) -> None:
        if self.stack is not None and self.stack.undo() is not None:
            self.message.emit(self.tr("Undone"))

    def redo(self) -> None:
        if self.stack is not None and self.stack.redo() is not None:
            self.message.emit(self.tr("Redone"))

    def break_typing(self) -> None:
        if self.stack is not None:
            self.stack.break_merge()

    def set_text(self, row: int, text: str) -> None:
        self.push(edits.SetText(row, text))

    def set_times(self, row: int, start: int, end: int) -> None:
        self.push(edits.SetTimes(row, start, end))

    def insert_after(self, row: int) -> int:
        """A new empty cue after ``row`` (-1: at the start), in the gap if there is one."""
        doc = self.document
        if doc is None:
            return -1
        at = row + 1
        start = doc[row].end + 1 if 0 <= row < len(doc) else 0
        end = start + DEFAULT_NEW_CUE_MS
        if at < len(doc) and doc[at].start > start:
            end = min(end, doc[at].start - 1)
        if end <= start:
            end = start + DEFAULT_NEW_CUE_MS
        self.break_typing()
        if self.push(edits.InsertCues(at, [Cue(start, end, "")])):
            self.rowRequested.emit(at)
            return at
        return -1

    def delete_rows(self, rows: Iterable[int]) -> None:
        rows = sorted(set(rows))
        if rows and self.push(edits.DeleteCues(rows)) and self.document is not None:
            self.rowRequested.emit(min(rows[0], len(self.document) - 1))

    def split(self, row: int, position: int) -> None:
        if self.push(edits.SplitCue(row, position)):
            self.rowRequested.emit(row + 1)

    def merge(self, rows: Sequence[int]) -> None:
        rows = sorted(set(rows))
        if len(rows) < 2:
            self.message.emit(self.tr("Select two or more adjacent cues to merge"))
            return
        if self.push(edits.MergeCues(rows)):
            self.rowRequested.emit(rows[0])

    def shift(self, rows: Iterable[int] | None, offset_ms: int) -> None:
        if offset_ms:
            self.push(edits.ShiftTimes(rows, offset_ms))

    def change_frame_rate(self, from_fps: float, to_fps: float) -> None:
        self.push(edits.ChangeFrameRate(from_fps, to_fps))

    def find_replace(self, pattern: str, replacement: str, *, regex: bool, case_sensitive: bool,
                     rows: Iterable[int] | None = None) -> int:
        """Replace everywhere (or in ``rows``); returns the number of replacements."""
        try:
            edit = edits.FindReplace(pattern, replacement, regex=regex, case_sensitive=case_sensitive,
                                     rows=rows)
        except ValueError as exc:
            self.message.emit(str(exc))
            return -1
        if not self.push(edit):
            self.message.emit(self.tr("“{pattern}” not found").format(pattern=pattern))
            return 0
        self.message.emit(edit.description)
        return edit.count

    # -- listeners ---------------------------------------------------------------------------
    def _document_changed(self, change: Any) -> None:
        self.revision += 1

    def _stack_changed(self) -> None:
        self.undoStateChanged.emit()
        self.titleChanged.emit(self.display_name, self.dirty)

    def _problems_changed(self, rows: tuple[int, ...]) -> None:
        self.problemsChanged.emit(rows)


def _snapshot(document: Document) -> Document:
    """A copy to write from another thread while the user keeps editing the original."""
    return Document(cues=[c.copy() for c in document.cues], format=document.format,
                    meta=document.meta, encoding=document.encoding, bom=document.bom,
                    newline=document.newline, warnings=list(document.warnings))
