"""Spell-checking a 20,000-cue document in the editor: how long it takes, and the largest stall of
the UI event loop while it runs.

    .venv/bin/python benchmarks/spelling_ui_bench.py [--cues 20000] [--language fr-FR]

The editor page (cue table, QC panel; offscreen) holds a generated French document with 5 %
typos; turning spelling on loads the dictionary and checks every cue off the UI thread, then
applies the spelling rule. A 10 ms QTimer on the UI thread records the gap between its ticks: the
largest gap, less the 10 ms interval, is the longest the window could not respond.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from spelling_bench import DIALOGUE, cue_texts  # noqa: E402

TICK_MS = 10


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cues", type=int, default=20_000)
    parser.add_argument("--language", default="fr-FR")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()

    import qasync
    import tempfile

    from PySide6.QtCore import QSettings, Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from subtitle_desk.core.document import Cue, Document
    from subtitle_desk.ui.app import worker_threads
    from subtitle_desk.ui.editor.controller import EditorController
    from subtitle_desk.ui.editor.workbench import Workbench
    from subtitle_desk.ui.gc_main_thread import MainThreadGarbageCollector
    from subtitle_desk.ui.runner import ActivityModel, TaskRunner

    app = QApplication.instance() or QApplication([])
    collector = MainThreadGarbageCollector(app)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    loop.set_default_executor(worker_threads())

    rng = random.Random(args.seed)
    vocabulary = DIALOGUE[args.language].split()
    texts = cue_texts(vocabulary, args.cues, rng)
    document = Document(cues=[Cue(i * 3000, i * 3000 + 2500, text) for i, text in enumerate(texts)], format="srt")
    from subtitle_desk.ui.editor.page import EditorPage

    runner = TaskRunner(ActivityModel())
    controller = EditorController(runner)
    # The editor page as the user sees it (cue table, QC panel), so its repaints count too.
    settings = QSettings(str(Path(tempfile.mkdtemp()) / "settings.ini"), QSettings.Format.IniFormat)
    page = EditorPage(controller, settings)
    page.resize(1280, 720)
    page.show()
    controller.set_document(document, None)
    workbench = Workbench(controller, runner, personal_dir=None)

    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append((now - last[0]) * 1000)
        last[0] = now

    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(TICK_MS)
    timer.timeout.connect(tick)

    async def scenario() -> float:
        await asyncio.sleep(0.2)  # let the document's first QC settle
        gaps.clear()
        last[0] = time.perf_counter()
        timer.start()
        started = time.perf_counter()
        await workbench.set_spelling_language(args.language)
        while runner.is_running("editor.qc-context"):  # the problems of a long document, off the UI thread
            await asyncio.sleep(0.005)
        elapsed = time.perf_counter() - started
        await asyncio.sleep(0.1)
        timer.stop()
        return elapsed

    elapsed = loop.run_until_complete(scenario())
    spelling = sum(1 for p in controller.problems() if p.rule == "spelling")
    stalls = sorted(gaps)
    print(f"spell-check of {args.cues} cues ({args.language}): {elapsed:.2f} s from switching it on to "
          f"the spelling rule in force; {spelling} spelling problems found")
    print(f"UI loop: {len(gaps)} ticks; largest stall {max(stalls) - TICK_MS:.0f} ms "
          f"(gap {max(stalls):.0f} ms), 99th percentile gap {stalls[int(len(stalls) * 0.99)]:.0f} ms, "
          f"median gap {statistics.median(stalls):.1f} ms")
    collector.stop()


if __name__ == "__main__":
    main()
