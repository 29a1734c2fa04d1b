"""``subtitle-desk convert`` of a 20,000-cue SRT to WebVTT, whole process, against pysubs2.

    .venv/bin/python benchmarks/convert_bench.py [--cues N] [--runs N] [--keep DIR] [--tree DIR]
                                                 [--no-bytecode-cache]

Generates a realistic SRT (two-line cues, some in italics, accented and non-Latin text), then:
  1. times whole processes, alternating A B A B ...: ``subtitle-desk convert IN OUT.vtt`` (A)
     and ``python -c "import pysubs2; pysubs2.load(IN).save(OUT)"`` (B), each run's wall time
     and CPU time (user + system of the child) from start to exit; prints min/median/max of
     each and of the paired ratios A/B (the target is a ratio of 0.33 or less);
  2. in-process, best CPU time of a few runs (garbage collection on): read, convert to WebVTT,
     write bytes, and the same read + write with pysubs2.
No assertion: figures only. ``--keep DIR`` writes the input there instead of a temporary directory.
``--tree DIR`` times the subtitle_desk package of another checkout (e.g. an export of an older
commit: ``git archive OLD subtitle_desk | tar -x -C DIR``) with this virtual environment.

Both commands run as an installed app does, with compiled bytecode cached (here in a temporary
folder, PYTHONPYCACHEPREFIX, so the work tree stays clean; the warm-up run fills it).
``--no-bytecode-cache`` times them with PYTHONDONTWRITEBYTECODE=1 instead: every module of the
work tree is then compiled again in every run (site-packages keep their cached bytecode).
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

WORDS = ("the we you said never again tonight house door look listen where when maybe because "
         "always friend letter morning quiet café déjà naïve über straße señor niño São Paulo "
         "Zürich garçon crème brûlée smörgåsbord Ærø fjörður смотри «Да» ¿Qué? ¡Vamos! "
         "it's don't I'm").split()


def _clock(ms: int) -> str:
    h, rest = divmod(ms, 3_600_000)
    m, rest = divmod(rest, 60_000)
    s, rest = divmod(rest, 1000)
    return f"{h:02d}:{m:02d}:{s:02d},{rest:03d}"


def _line(rng: random.Random) -> str:
    line = " ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 7)))
    return line[:1].upper() + line[1:] + rng.choice((".", ",", "?", "!", "...", ""))


def generate_srt(n: int, seed: int = 11) -> bytes:
    """n cues: mostly two lines, about one in eight in italics (whole cue or one line), a few
    dialogue dashes."""
    rng = random.Random(seed)
    t = 2000
    blocks = []
    for i in range(1, n + 1):
        start, end = t, t + rng.randint(1000, 6000)
        t = end + rng.randint(80, 1500)
        lines = [_line(rng) for _ in range(2 if rng.random() < 0.8 else 1)]
        roll = rng.random()
        if roll < 0.06:
            lines = [f"<i>{lines[0]}"] + lines[1:]
            lines[-1] += "</i>"
        elif roll < 0.12:
            lines[-1] = f"<i>{lines[-1]}</i>"
        elif roll < 0.2 and len(lines) == 2:
            lines = [f"- {x}" for x in lines]
        blocks.append(f"{i}\n{_clock(start)} --> {_clock(end)}\n" + "\n".join(lines) + "\n")
    return "\n".join(blocks).encode("utf-8")


def _children_cpu() -> float:
    """User + system seconds of the finished children (microseconds where resource exists)."""
    try:
        import resource
    except ImportError:  # Windows: clock ticks
        times = os.times()
        return times.children_user + times.children_system
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _time(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(wall seconds, CPU seconds of the child) of one run."""
    cpu = _children_cpu()
    t0 = time.perf_counter()
    done = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    elapsed = time.perf_counter() - t0
    cpu = _children_cpu() - cpu
    if done.returncode:
        raise SystemExit(f"{cmd[0]} failed ({done.returncode}): {done.stderr.decode()[-500:]}")
    return elapsed, cpu


def _row(name: str, values: list[float]) -> str:
    return (f"  {name:28} min {min(values) * 1000:7.1f}  median {statistics.median(values) * 1000:7.1f}"
            f"  max {max(values) * 1000:7.1f} ms")


def _ratio_row(name: str, ratios: list[float]) -> str:
    return (f"  {name:28} min {min(ratios):7.3f}  median {statistics.median(ratios):7.3f}"
            f"  max {max(ratios):7.3f}")


def whole_process(src: Path, out_dir: Path, runs: int, env: dict[str, str]) -> None:
    python = sys.executable
    entry = Path(python).with_name("subtitle-desk")
    ours = [str(entry)] if entry.exists() else [python, "-m", "subtitle_desk.cli.main"]
    ours += ["convert", str(src), str(out_dir / "ours.vtt")]
    theirs = [python, "-c", f"import pysubs2; pysubs2.load({str(src)!r}).save({str(out_dir / 'pysubs2.vtt')!r})"]
    _time(ours, env), _time(theirs, env)  # warm-up: file cache, bytecode
    a: list[tuple[float, float]] = []
    b: list[tuple[float, float]] = []
    for _ in range(runs):
        a.append(_time(ours, env))
        b.append(_time(theirs, env))
    print(f"whole process, {runs} alternating runs")
    for k, what in ((0, "wall"), (1, "CPU")):
        print(_row(f"subtitle-desk convert {what}", [x[k] for x in a]))
        print(_row(f"pysubs2 load + save {what}", [y[k] for y in b]))
        print(_ratio_row(f"ratio {what} (paired)", [x[k] / y[k] for x, y in zip(a, b)]))


def best_cpu(fn, runs: int = 5) -> float:
    best = float("inf")
    for _ in range(runs):
        t0 = time.process_time()
        fn()
        best = min(best, time.process_time() - t0)
    return best


def in_process(data: bytes, src: Path) -> None:
    import pysubs2

    from subtitle_desk.core import formats

    doc = formats.read_bytes(data, path=str(src))
    converted, _ = formats.convert(doc, "vtt")
    read = best_cpu(lambda: formats.read_bytes(data, path=str(src)))
    convert = best_cpu(lambda: formats.convert(doc, "vtt"))
    write = best_cpu(lambda: formats.write_bytes(converted))
    both = best_cpu(lambda: formats.write_bytes(doc, "vtt"))
    text = data.decode("utf-8")
    subs = pysubs2.SSAFile.from_string(text)
    p_read = best_cpu(lambda: pysubs2.SSAFile.from_string(text))
    p_write = best_cpu(lambda: subs.to_string("vtt").encode("utf-8"))
    print("in process, best CPU time of 5 runs")
    print(f"  read SRT                 {read * 1000:7.1f} ms   pysubs2 {p_read * 1000:7.1f} ms"
          f"  ratio {read / p_read:.3f}")
    print(f"  convert to WebVTT        {convert * 1000:7.1f} ms")
    print(f"  write WebVTT bytes       {write * 1000:7.1f} ms   pysubs2 {p_write * 1000:7.1f} ms")
    print(f"  convert + write          {both * 1000:7.1f} ms")
    print(f"  read + convert + write   {(read + both) * 1000:7.1f} ms   pysubs2 {(p_read + p_write) * 1000:7.1f} ms"
          f"  ratio {(read + both) / (p_read + p_write):.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cues", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=10, help="whole-process runs of each command")
    parser.add_argument("--keep", type=Path, help="write the input SRT (and outputs) in this directory")
    parser.add_argument("--tree", type=Path, help="time the subtitle_desk package of this checkout")
    parser.add_argument("--no-bytecode-cache", action="store_true",
                        help="compile the work tree's modules in every run (PYTHONDONTWRITEBYTECODE=1)")
    args = parser.parse_args()
    env = dict(os.environ)
    cache = None
    if args.no_bytecode_cache:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
        env.pop("PYTHONPYCACHEPREFIX", None)
    else:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        cache = tempfile.mkdtemp(prefix="convert-bench-pycache-")
        env["PYTHONPYCACHEPREFIX"] = cache
    tree = (args.tree or ROOT).resolve()
    env["PYTHONPATH"] = os.pathsep.join([str(tree)] + ([env["PYTHONPATH"]] if env.get("PYTHONPATH") else []))
    sys.path.insert(0, str(tree))
    data = generate_srt(args.cues)
    work = args.keep or Path(tempfile.mkdtemp(prefix="convert-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        src = work / f"bench-{args.cues}.srt"
        src.write_bytes(data)
        print(f"{args.cues} cues, {len(data) / 1e6:.2f} MB SRT ({src if args.keep else 'temporary'}); "
              f"subtitle_desk from {tree}; bytecode {'not cached' if cache is None else 'cached'}")
        whole_process(src, work, args.runs, env)
        in_process(data, src)
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)
        if cache is not None:
            shutil.rmtree(cache, ignore_errors=True)


if __name__ == "__main__":
    main()
