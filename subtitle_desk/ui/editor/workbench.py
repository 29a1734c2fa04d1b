"""The translator's workbench behind the editor: the source a translation is checked against, the
cues kept as in the source, the project glossary and the spell checker, as one QC context.

``Workbench`` holds the parts of ``core.qc.QcContext`` and gives the controller a new context
whenever one of them is replaced (``EditorController.set_qc_context``, a full re-check). Kept
marks and personal or ignored words change in place and re-check only what they touch. The
kept marks are saved beside the work file (``core.translation.marks_path``) as they change.

Slow parts stay off the UI thread: the spell checker is built on a worker thread (a dictionary
takes up to half a second to load), and for a long document its first spelling pass runs there
too, on a copy of the cue texts, before the checker is put in force: the pass on the real
document then only reads the checker's word cache.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from subtitle_desk.core.document import Cue, Document
from subtitle_desk.core.glossary import GlossaryMatcher, TermMatch
from subtitle_desk.core.qc import QcContext
from subtitle_desk.core.spelling import DictionaryMissing, SpellChecker
from subtitle_desk.core.translation import (EMPTY, UNTRANSLATED, KeepMarks, Progress, TranslationState,
                                            load_marks, save_marks)
from subtitle_desk.ui.runner import ReportedError, TaskRunner

__all__ = ["Workbench"]

log = logging.getLogger(__name__)

#: Progress is worked out again this long after the last change (typing stays instant).
PROGRESS_DELAY_MS = 250


class Workbench(QObject):
    #: the source or the kept marks changed (None: every row; else the rows)
    translationChanged = Signal(object)
    #: the glossary in force changed: (GlossaryMatcher or None)
    glossaryChanged = Signal(object)
    #: the spell checker in force changed: (SpellChecker or None)
    spellingChanged = Signal(object)
    #: words were added to the dictionary or ignored: underlines are re-checked
    wordsChanged = Signal()
    #: the translation progress: (core.translation.Progress or None)
    progressChanged = Signal(object)
    #: a status-bar message
    message = Signal(str)

    def __init__(self, controller: Any, runner: TaskRunner, *,
                 personal_dir: Callable[[], Path | None] | Path | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.runner = runner
        self._personal_dir = personal_dir
        self.translation: TranslationState | None = None
        self.marks_file: Path | None = None
        self.glossary: GlossaryMatcher | None = None
        self.spelling: SpellChecker | None = None
        #: The language spelling is checked in (None: off), and why it is not, when it is not.
        self.spelling_language: str | None = None
        self.spelling_note = ""
        self._progress: Progress | None = None
        self._progress_timer = QTimer(self)
        self._progress_timer.setSingleShot(True)
        self._progress_timer.setInterval(PROGRESS_DELAY_MS)
        self._progress_timer.timeout.connect(self.update_progress)
        controller.problemsChanged.connect(lambda *_: self._progress_timer.start())
        controller.documentReplaced.connect(lambda *_: self.update_progress())

    # -- the QC context ----------------------------------------------------------------------
    def context(self) -> QcContext | None:
        if self.translation is None and self.spelling is None:
            return None
        glossary = self.glossary if self.translation is not None else None
        return QcContext(translation=self.translation, glossary=glossary, spelling=self.spelling)

    def _apply(self, recheck: bool = True) -> None:
        self.controller.set_qc_context(self.context(), recheck=recheck)

    # -- translation -------------------------------------------------------------------------
    def set_translation(self, source: Document | None, marks_file: str | Path | None = None, *,
                        recheck: bool = True) -> None:
        """Check the open document as a translation of ``source`` (None: not a translation). The
        kept marks are read from ``marks_file`` and saved there as they change. ``recheck=False``
        when the document is replaced next (it is checked then, once)."""
        if source is None:
            self.translation, self.marks_file = None, None
        else:
            marks = KeepMarks()
            self.marks_file = Path(marks_file) if marks_file else None
            if self.marks_file is not None:
                try:
                    marks = load_marks(self.marks_file)
                except (OSError, ValueError) as exc:
                    self.message.emit(self.tr("The kept cues could not be read ({error}): none are kept").format(error=exc))
            self.translation = TranslationState(source, marks)
        self._apply(recheck)
        self.translationChanged.emit(None)
        self.update_progress()

    def status(self, row: int) -> str | None:
        doc = self.controller.document
        if self.translation is None or doc is None or not 0 <= row < len(doc):
            return None
        return self.translation.status(doc[row])

    def is_untranslated(self, row: int) -> bool:
        return self.status(row) in (EMPTY, UNTRANSLATED)

    def find_untranslated(self, row: int, step: int) -> int:
        """The next (step 1) or previous (-1) untranslated row from ``row``, wrapping around;
        -1 when every cue is translated."""
        doc = self.controller.document
        if self.translation is None or doc is None or not len(doc):
            return -1
        count = len(doc)
        for n in range(1, count + 1):
            candidate = (row + step * n) % count
            if self.translation.is_untranslated(doc[candidate]):
                return candidate
        return -1

    def set_kept(self, rows: Iterable[int], kept: bool) -> int:
        """Mark (or unmark) the cues at ``rows`` as meant to stay as in the source; returns how
        many could be (a cue with no source cue cannot). The marks are saved at once."""
        doc, state = self.controller.document, self.translation
        if doc is None or state is None:
            return 0
        rows = sorted({r for r in rows if 0 <= r < len(doc)})
        done = [r for r in rows if state.keep(doc[r], kept)]
        if not done:
            return 0
        # A mark belongs to a source cue: other target cues on it change too.
        keys = {state.mark_key(doc[r]) for r in done}
        touched = [r for r, cue in enumerate(doc.cues) if state.mark_key(cue) in keys]
        if self.controller.checker is not None:
            self.controller.checker.recheck(touched)
        self.translationChanged.emit(touched)
        self._save_marks()
        self.update_progress()
        return len(done)

    def is_kept(self, row: int) -> bool:
        doc = self.controller.document
        return (self.translation is not None and doc is not None and 0 <= row < len(doc)
                and self.translation.is_kept(doc[row]))

    def _save_marks(self) -> asyncio.Task | None:
        if self.marks_file is None or self.translation is None:
            return None
        marks, path = KeepMarks(iter(self.translation.marks)), self.marks_file

        async def save() -> None:
            try:
                await asyncio.to_thread(save_marks, marks, path)
            except OSError as exc:
                self.message.emit(self.tr("The kept cues could not be saved: {error}").format(error=exc))
                raise ReportedError(str(exc)) from None

        return self.runner.run("workbench.save-marks", save)

    def progress(self) -> Progress | None:
        return self._progress

    def update_progress(self) -> None:
        self._progress_timer.stop()
        doc = self.controller.document
        progress = self.translation.progress(doc) if self.translation is not None and doc is not None else None
        if progress != self._progress:
            self._progress = progress
            self.progressChanged.emit(progress)

    def source_rows(self, cue: Cue) -> tuple[int, ...]:
        """The source rows beside ``cue``: those it overlaps most, and those it holds."""
        if self.translation is None:
            return ()
        rows = dict.fromkeys(self.translation.source_rows(cue))
        rows.update(dict.fromkeys(self.translation.held_rows(cue)))
        return tuple(sorted(rows))

    # -- glossary ----------------------------------------------------------------------------
    def set_glossary(self, matcher: GlossaryMatcher | None, *, recheck: bool = True) -> None:
        if matcher is self.glossary:
            return
        self.glossary = matcher
        if self.translation is not None:
            self._apply(recheck)
        self.glossaryChanged.emit(matcher)

    def glossary_matches(self, row: int) -> list[tuple[TermMatch, bool]]:
        """The glossary terms in the source cues beside cue ``row`` (first of each concept), each
        with whether the cue holds one of its approved translations."""
        doc, matcher, state = self.controller.document, self.glossary, self.translation
        if matcher is None or state is None or doc is None or not 0 <= row < len(doc):
            return []
        cue = doc[row]
        found: dict[int, TermMatch] = {}
        for source_row in self.source_rows(cue):
            for match in matcher.find(state.index.cues[source_row].text):
                found.setdefault(match.concept, match)
        if not found:
            return []
        present = {m.concept for m in matcher.find_targets(cue.text)}
        return [(match, concept in present) for concept, match in found.items()]

    # -- spelling ----------------------------------------------------------------------------
    def personal_dir(self) -> Path | None:
        folder = self._personal_dir
        return folder() if callable(folder) else folder

    def set_spelling_language(self, language: str | None) -> asyncio.Task | None:
        """Check spelling in ``language`` (None: not at all). The dictionary loads off the UI
        thread; ``spellingChanged`` tells when it is in force. A language without a dictionary
        is said in ``spelling_note`` and a message, not as an error."""
        language = language or None
        if language == self.spelling_language and (self.spelling is not None
                                                   or self.runner.is_running("workbench.spelling")):
            return None
        self.spelling_language = language
        self.spelling_note = ""
        had = self.spelling is not None
        self.spelling = None
        if had:
            self._apply()
            self.spellingChanged.emit(None)
        if language is None:
            self.runner.cancel("workbench.spelling")
            return None
        personal = self.personal_dir()

        async def load(op: Any) -> SpellChecker | None:
            try:
                checker = await asyncio.to_thread(SpellChecker, language, personal_dir=personal)
            except DictionaryMissing:
                self.spelling_note = self.tr("No spelling dictionary for {language}: spelling is not checked").format(
                    language=language)
                self.message.emit(self.spelling_note)
                self.spellingChanged.emit(None)
                return None
            except (OSError, ValueError) as exc:
                self.spelling_note = self.tr("Spelling is not checked: {error}").format(error=exc)
                self.message.emit(self.spelling_note)
                self.spellingChanged.emit(None)
                raise ReportedError(str(exc)) from None
            if self.spelling_language != language:
                return None
            self.spelling = checker
            self._apply()
            self.spellingChanged.emit(checker)
            self.message.emit(self.tr("Spelling checked in {language}").format(language=checker.language))
            return checker

        return self.runner.run("workbench.spelling", load,
                               title=self.tr("Loading the {language} spelling dictionary").format(language=language))

    def add_word(self, word: str) -> None:
        """Accept ``word`` from now on, in the personal word list of the language."""
        if self.spelling is None:
            return
        try:
            self.spelling.add_word(word)
        except (OSError, ValueError) as exc:
            self.message.emit(self.tr("“{word}” could not be added to the dictionary: {error}").format(word=word, error=exc))
            return
        self._words_changed(self.tr("“{word}” added to your {dictionary} dictionary").format(
            word=word, dictionary=self.spelling.dictionary))

    def ignore_word(self, word: str) -> None:
        """Accept ``word`` until the app closes."""
        if self.spelling is None:
            return
        self.spelling.ignore(word)
        self._words_changed(self.tr("“{word}” ignored until Subtitle Desk closes").format(word=word))

    def _words_changed(self, text: str) -> None:
        if self.controller.checker is not None:
            self.controller.checker.recheck()
        self.wordsChanged.emit()
        self.message.emit(text)


# -- work files on disk ---------------------------------------------------------------------------
def source_copy_path(target: str | Path) -> Path:
    """Where a translation's source is kept beside its work file: ``es-ES.srt.source.srt``."""
    target = Path(target)
    return target.with_name(f"{target.name}.source{target.suffix}")


def read_progress(target: str | Path) -> Progress | None:
    """The progress of the translation kept at ``target`` (its source copy and kept marks
    beside it), or None when there is no such work on this computer. Reads files: call it off
    the UI thread."""
    from subtitle_desk.core import formats
    from subtitle_desk.core.translation import marks_path

    target = Path(target)
    source = source_copy_path(target)
    if not target.is_file() or not source.is_file():
        return None
    try:
        marks = load_marks(marks_path(target))
    except (OSError, ValueError):
        marks = KeepMarks()
    try:
        document, source_document = formats.read_path(target), formats.read_path(source)
    except (OSError, formats.SubtitleReadError):
        return None
    return TranslationState(source_document, marks).progress(document)
