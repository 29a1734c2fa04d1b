"""Core speed and memory on a 20,000-cue document, in SRT and WebVTT.

    .venv/bin/python benchmarks/core_bench.py [--cues N] [--edits N] [--no-model]

Prints, per format: open (parse + QcChecker, plus the Qt cue table model built offscreen when
subtitle_desk/ui/editor/cue_model.py exists: the output says whether it was included), a QC of
the whole document, one edit with its incremental QC (median over many, with the table model
subscribed when it was built), save, and the same parse with pysubs2 in this run as a ratio;
then peak memory (Python allocations while opening, via tracemalloc, and the process's peak RSS).
Targets: open < 1 s, edit + QC < 5 ms, peak memory < 150 MB. No assertion: figures only.
"""

from __future__ import annotations

import argparse
import gc
import os
import random
import resource
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from subtitle_desk.core import formats  # noqa: E402
from subtitle_desk.core.edits import SetText, SetTimes, ShiftTimes, SplitCue, UndoStack  # noqa: E402
from subtitle_desk.core.qc import PRESETS, QcChecker, check_document  # noqa: E402
from subtitle_desk.core.storage import save_document  # noqa: E402

SPEC = PRESETS["netflix-en"]
WORDS = ("the we you said never again tonight house door look listen where when maybe "
         "because always friend letter morning quiet café déjà naïve über straße señor "
         "niño São Paulo Zürich смотри «Да» 東京 ¿Qué? ¡Vamos!").split()


def generate(n: int, fmt: str, seed: int = 7) -> bytes:
    rng = random.Random(seed)
    t = 1000
    out = ["WEBVTT\n"] if fmt == "vtt" else []
    for i in range(1, n + 1):
        start, end = t, t + rng.randint(900, 6000)
        t = end + rng.randint(40, 2000)
        lines = []
        for _ in range(rng.choice((1, 1, 2))):
            line = " ".join(rng.choice(WORDS) for _ in range(rng.randint(2, 8)))
            lines.append(line[:1].upper() + line[1:] + rng.choice((".", ",", "?", "!", "...", "")))
        if rng.random() < 0.1:
            lines[0] = f"<i>{lines[0]}</i>"
        if fmt == "srt":
            out.append(f"{i}\n{_clock(start, ',')} --> {_clock(end, ',')}\n" + "\n".join(lines) + "\n")
        else:
            out.append(f"{_clock(start, '.')} --> {_clock(end, '.')}\n" + "\n".join(lines) + "\n")
    return "\n".join(out).encode("utf-8")


def _clock(ms: int, sep: str) -> str:
    h, rest = divmod(ms, 3_600_000)
    m, rest = divmod(rest, 60_000)
    s, ms = divmod(rest, 1000)
    return f"{h:02d}:{m:02d}:{s:02d}{sep}{ms:03d}"


def model_factory(enabled: bool):
    """The Qt table model class when it exists (built offscreen), else None."""
    if not enabled or not Path(__file__).resolve().parent.parent.joinpath(
            "subtitle_desk/ui/editor/cue_model.py").exists():
        return None, None
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        from PySide6.QtWidgets import QApplication

        from subtitle_desk.ui.editor.cue_model import CueTableModel
    except Exception as exc:  # a model still in progress must not stop the core figures
        print(f"(Qt table model not included: {type(exc).__name__}: {exc})")
        return None, None
    app = QApplication.instance() or QApplication([])
    return CueTableModel, app


def open_document(data: bytes, name: str, model_cls):
    doc = formats.read_bytes(data, path=name)
    checker = QcChecker(doc, SPEC)
    model = None
    if model_cls is not None:
        model = model_cls(doc)
        model.set_problem_source(checker.problems_for)
        checker.subscribe(model.problems_changed)
        model.rowCount()
    return doc, checker, model


def best_of(fn, repeat: int = 3) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        gc.collect()
        t0 = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t0)
    return min(times), result


def bench_format(fmt: str, n: int, edits: int, model_cls) -> None:
    import pysubs2

    data = generate(n, fmt)
    name = f"bench.{fmt}"
    text = data.decode("utf-8")
    print(f"\n== {fmt.upper()}: {n} cues, {len(data) / 1e6:.2f} MB ==")

    parse_s, _ = best_of(lambda: formats.read_bytes(data, path=name))
    open_s, (doc, checker, model) = best_of(lambda: open_document(data, name, model_cls))
    pysubs2_s, ref = best_of(lambda: pysubs2.SSAFile.from_string(text, format_=fmt))
    assert len(doc) == n == len(ref), (len(doc), len(ref))
    included = "parse + QcChecker" + (" + Qt table model" if model is not None else "")
    print(f"open ({included}): {open_s * 1000:8.1f} ms   [target < 1000 ms]")
    print(f"  parse only:        {parse_s * 1000:8.1f} ms")
    print(f"  pysubs2 parse:     {pysubs2_s * 1000:8.1f} ms   (ours/pysubs2: parse x{parse_s / pysubs2_s:.2f},"
          f" open x{open_s / pysubs2_s:.2f})")

    qc_s, problems = best_of(lambda: check_document(doc, SPEC))
    print(f"QC whole document:   {qc_s * 1000:8.1f} ms   ({len(problems)} problems, netflix-en)")

    stack = UndoStack(doc, merge_window=0)
    rng = random.Random(1)
    samples = []
    for i in range(edits):
        row = rng.randrange(len(doc))
        cue = doc[row]
        kind = i % 4
        if kind == 0:
            edit = SetText(row, cue.text + " ok")
        elif kind == 1:
            edit = SetTimes(row, cue.start, cue.end + rng.choice((-200, 300)))
        elif kind == 2:
            edit = SplitCue(row, len(cue.text) // 2)
        else:
            edit = SetText(row, cue.text.upper())
        t0 = time.perf_counter()
        stack.push(edit)
        samples.append(time.perf_counter() - t0)
    undo = []
    for _ in range(min(edits, 200)):
        t0 = time.perf_counter()
        stack.undo()
        undo.append(time.perf_counter() - t0)
    med = statistics.median(samples) * 1000
    p95 = sorted(samples)[int(len(samples) * 0.95)] * 1000
    print(f"edit + incremental QC{' + model' if model is not None else ''}: median {med:.3f} ms,"
          f" p95 {p95:.3f} ms, max {max(samples) * 1000:.3f} ms over {edits} edits"
          f"   [target < 5 ms]; undo median {statistics.median(undo) * 1000:.3f} ms")

    t0 = time.perf_counter()
    stack.push(ShiftTimes(None, 1500))
    print(f"shift all {len(doc)} cues + QC: {(time.perf_counter() - t0) * 1000:8.1f} ms")

    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / name
        save_s, _ = best_of(lambda: save_document(doc, target))
        print(f"save (atomic, fsync, .bak): {save_s * 1000:8.1f} ms")

    checker.close()
    del doc, checker, model, stack, ref
    gc.collect()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cues", type=int, default=20_000)
    parser.add_argument("--edits", type=int, default=2000)
    parser.add_argument("--no-model", action="store_true", help="leave the Qt table model out")
    args = parser.parse_args()

    model_cls, _app = model_factory(not args.no_model)
    print(f"Subtitle Desk core benchmark, Python {sys.version.split()[0]}; Qt table model "
          f"{'INCLUDED in open and edit' if model_cls else 'not included'}")
    for fmt in ("srt", "vtt"):
        bench_format(fmt, args.cues, args.edits, model_cls)

    # memory: Python allocations while opening the larger (SRT) document once more
    data = generate(args.cues, "srt")
    gc.collect()
    tracemalloc.start()
    doc, checker, model = open_document(data, "bench.srt", model_cls)
    current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss_peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    print(f"\nmemory: open of {len(doc)} cues allocates {current / 2**20:.1f} MiB "
          f"(peak {peak / 2**20:.1f} MiB while opening); process peak RSS {rss_peak:.0f} MiB"
          f"{' (includes Qt)' if model_cls else ''}   [target < 150 MB]")
    return 0


if __name__ == "__main__":
    sys.exit(main())
