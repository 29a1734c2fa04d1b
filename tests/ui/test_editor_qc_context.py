"""A long document is checked against new translation rules on a worker thread; the window keeps
answering and the problems arrive when the check is done."""

from __future__ import annotations

import threading

from subtitle_desk.core import qc
from subtitle_desk.core.document import Cue, Document
from subtitle_desk.core.qc import QcContext
from subtitle_desk.core.translation import TranslationState
from subtitle_desk.ui.editor.controller import QC_OFF_THREAD_CUES
from tests.ui.conftest import run, until


def long_translation(n: int) -> tuple[Document, Document]:
    source = Document(cues=[Cue(i * 3000, i * 3000 + 2500, f"Line {i}") for i in range(n)], format="srt")
    target = Document(cues=[Cue(i * 3000, i * 3000 + 2500, f"Ligne {i}" if i % 2 else f"Line {i}")
                            for i in range(n)], format="srt")
    return source, target


def test_a_long_documents_new_rules_are_checked_off_the_ui_thread(loop, desk, monkeypatch):
    source, target = long_translation(QC_OFF_THREAD_CUES + 500)
    controller = desk.controller
    controller.set_document(target, None)
    threads: list[str] = []
    check_all = qc.QcChecker.check_all

    def recording(self, spec, context):
        threads.append(threading.current_thread().name)
        return check_all(self, spec, context)

    monkeypatch.setattr(qc.QcChecker, "check_all", recording)

    task = controller.set_qc_context(QcContext(translation=TranslationState(source)))

    assert task is not None and not any(p.rule == "untranslated" for p in controller.problems())
    run(loop, until(task.done))
    untranslated = {p.row for p in controller.problems() if p.rule == "untranslated"}
    assert untranslated == set(range(0, len(target), 2))
    assert threads and threads[0] != threading.main_thread().name


def test_an_edit_made_while_the_check_runs_is_not_lost(loop, desk, monkeypatch):
    source, target = long_translation(QC_OFF_THREAD_CUES + 500)
    controller = desk.controller
    controller.set_document(target, None)
    started, edited = threading.Event(), threading.Event()
    check_all = qc.QcChecker.check_all

    def held(self, spec, context):
        result = check_all(self, spec, context)
        started.set()
        edited.wait(5)
        return result

    monkeypatch.setattr(qc.QcChecker, "check_all", held)
    task = controller.set_qc_context(QcContext(translation=TranslationState(source)))
    run(loop, until(started.is_set))
    controller.set_text(0, "Ligne 0")  # translated while the check runs
    edited.set()
    run(loop, until(task.done))

    rows = {p.row for p in controller.problems() if p.rule == "untranslated"}
    assert 0 not in rows and 2 in rows


def test_a_short_document_is_checked_at_once(desk):
    source, target = long_translation(10)
    desk.controller.set_document(target, None)

    assert desk.controller.set_qc_context(QcContext(translation=TranslationState(source))) is None
    assert {p.row for p in desk.controller.problems() if p.rule == "untranslated"} == {0, 2, 4, 6, 8}
