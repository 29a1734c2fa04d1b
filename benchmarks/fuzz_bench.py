"""Hostile subtitle files and a long fuzz run of the readers (prints figures, asserts nothing).

    .venv/bin/python benchmarks/fuzz_bench.py [--files N] [--seed S] [--timeout SECONDS]
                                              [--max-memory MB] [--only TEXT]
                                              [--hostile-only | --fuzz-only]

Hostile inputs: each pathological shape at two or three sizes, read (and, for the markup cases,
converted) in a fresh child process, so each figure is that input's own: CPU time and the growth
of the process's peak resident memory while reading. Time and memory should grow in proportion
to the input's size; a case still running after --timeout seconds is stopped and shown as such.

Fuzz: N files (default 20,000) built from the test fixtures by mutation, from subtitle-like
fragments of every format, and from random bytes, each read by content detection and by a forced
format. Readers may only raise SubtitleReadError, and every error must name a line (> 0) and not
be the generic "internal error"; a document that was read must write, read back and go through
QC (as `subtitle-desk check` does) without an exception. Prints the
files tried, outcomes and errors by kind, the slowest file with its time, and peak memory.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import resource
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from subtitle_desk.core import formats  # noqa: E402
from subtitle_desk.core.formats import SubtitleReadError  # noqa: E402
from subtitle_desk.core.qc import PRESETS, check_document  # noqa: E402

SPEC = PRESETS["netflix-en"]

FIXTURES = ROOT / "tests" / "fixtures" / "subtitles"
TT = b'<tt xmlns="http://www.w3.org/ns/ttml" xmlns:tts="http://www.w3.org/ns/ttml#styling">'


# -- hostile inputs -------------------------------------------------------------------------------
def ttml_nested_styled_divs(depth: int) -> bytes:
    return (TT + b"<body>" + b'<div style="s1">' * depth + b'<p begin="0s" end="1s">x</p>'
            + b"</div>" * depth + b"</body></tt>")


def ttml_nested_divs_distinct_attributes(depth: int) -> bytes:
    opening = b"".join(b'<div tts:a%d="1" style="s%d">' % (i, i) for i in range(depth))
    return TT + b"<body>" + opening + b'<p begin="0s" end="1s">x</p>' + b"</div>" * depth + b"</body></tt>"


def ttml_paragraphs_under_deep_styled_divs(depth: int) -> bytes:
    return (TT + b"<body>" + b'<div style="s1">' * depth + b'<p begin="0s" end="1s">x</p>' * depth
            + b"</div>" * depth + b"</body></tt>")


def ttml_styles_under_deep_divs(depth: int) -> bytes:
    return TT + b"<body>" + b"<div>" * depth + b"<style/>" * depth + b"</div>" * depth + b"</body></tt>"


def ttml_style_chain(count: int) -> bytes:
    styles = b"".join(b'<style xml:id="s%d" style="s%d" tts:a%d="1"/>' % (i, i - 1, i) for i in range(count))
    return (TT + b"<head><styling>" + styles + b"</styling></head><body><div style=\"s%d\">" % (count - 1)
            + b'<p begin="0s" end="1s">x</p>' * 100 + b"</div></body></tt>")


def blank_lines(size: int) -> bytes:
    return b"  \r\n" * (size // 4)


def carriage_returns(size: int) -> bytes:
    return b"\r" * size


def srt_blank_line_in_every_cue(cues: int) -> bytes:
    return "".join(f"{i}\n00:00:01,000 --> 00:00:02,000\nline\n\nstray\n\n" for i in range(1, cues + 1)).encode()


def srt_clean(cues: int) -> bytes:
    return "".join(f"{i}\n00:00:01,000 --> 00:00:02,000\nline\n\n" for i in range(1, cues + 1)).encode()


def srt_unclosed_tag(size: int) -> bytes:
    return b"1\n00:00:01,000 --> 00:00:02,000\n<a" + b"b" * size + b"\n"


def srt_unclosed_tag_with_classes(size: int) -> bytes:
    return b"1\n00:00:01,000 --> 00:00:02,000\n<a" + b".b" * (size // 2) + b"\n"


def srt_font_without_values(size: int) -> bytes:
    return b"1\n00:00:01,000 --> 00:00:02,000\n<font " + b"a" * size + b">x</font>\n"


def vtt_unclosed_voice_tag(size: int) -> bytes:
    return b"WEBVTT\n\n00:01.000 --> 00:02.000\n<v" + b" " * size + b"\n"


#: name -> (builder, sizes, what the size counts, convert to this format after reading or None)
HOSTILE = {
    "TTML nested styled <div>s": (ttml_nested_styled_divs, (10_000, 20_000, 40_000), "levels", None),
    "TTML nested <div>s, distinct styling": (ttml_nested_divs_distinct_attributes, (5_000, 10_000, 20_000), "levels", None),
    "TTML as many <p>s under nested styled <div>s": (ttml_paragraphs_under_deep_styled_divs, (5_000, 10_000, 20_000),
                                                    "levels", None),
    "TTML as many <style/>s under nested <div>s": (ttml_styles_under_deep_divs, (5_000, 10_000, 20_000), "levels", None),
    "TTML chain of styles": (ttml_style_chain, (5_000, 10_000, 20_000), "styles", None),
    "detection: blank '  \\r\\n' lines": (blank_lines, (16_384, 65_536, 1_048_576), "bytes", None),
    "detection: only '\\r'": (carriage_returns, (65_536, 1_048_576, 10_485_760), "bytes", None),
    "SRT blank line inside each cue": (srt_blank_line_in_every_cue, (10_000, 20_000, 50_000), "cues", None),
    "SRT clean (for comparison)": (srt_clean, (10_000, 20_000, 50_000), "cues", None),
    "SRT '<abbb...' -> WebVTT": (srt_unclosed_tag, (20_000, 40_000, 80_000), "bytes", "vtt"),
    "SRT '<a.b.b...' -> WebVTT": (srt_unclosed_tag_with_classes, (20_000, 40_000, 80_000), "bytes", "vtt"),
    "SRT '<font aaa...>' -> WebVTT": (srt_font_without_values, (20_000, 40_000, 80_000), "bytes", "vtt"),
    "WebVTT '<v    ...' -> SSA": (vtt_unclosed_voice_tag, (20_000, 40_000, 80_000), "bytes", "ssa"),
}


def run_case(name: str, size: int, max_mb: int) -> dict:
    """In the child process: build the input, then read (and convert) it once."""
    build, _, _, convert_to = HOSTILE[name]
    # a quadratic case must not take the memory of a shared machine: it ends in MemoryError
    resource.setrlimit(resource.RLIMIT_AS, (max_mb << 20, max_mb << 20))
    data = build(size)
    base_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    cpu = time.process_time()
    try:
        doc = formats.read_bytes(data, path="hostile")
        if convert_to:
            formats.write_bytes(doc, convert_to)
        outcome = f"{len(doc)} cues"
    except SubtitleReadError as exc:
        outcome = f"refused: {exc}"[:90]
    except MemoryError:
        outcome = f"MemoryError (more than the {max_mb:,} MB allowed)"
    cpu = time.process_time() - cpu
    grown = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - base_rss
    return {"bytes": len(data), "cpu": cpu, "rss_mb": grown / 1024, "outcome": outcome}


def hostile(timeout: float, max_mb: int, only: str | None) -> None:
    print(f"Hostile inputs (CPU time and peak-memory growth while reading, one child process each, "
          f"stopped after {timeout:.0f} s or {max_mb:,} MB)")
    for name, (_, sizes, unit, _) in HOSTILE.items():
        if only and only.lower() not in name.lower():
            continue
        print(f"  {name}")
        for size in sizes:
            try:
                done = subprocess.run([sys.executable, __file__, "--child", name, str(size),
                                       "--max-memory", str(max_mb)], capture_output=True,
                                      text=True, timeout=timeout, check=False)
            except subprocess.TimeoutExpired:
                print(f"    {size:>10,} {unit:6}  still running after {timeout:.0f} s: stopped")
                continue
            if done.returncode:
                print(f"    {size:>10,} {unit:6}  child failed: {done.stderr.strip().splitlines()[-1:]}")
                continue
            r = json.loads(done.stdout)
            print(f"    {size:>10,} {unit:6} {r['bytes'] / 1e6:7.2f} MB  {r['cpu']:8.3f} s  "
                  f"{r['rss_mb']:8.1f} MB peak  {r['outcome']}")


# -- fuzz -----------------------------------------------------------------------------------------
FRAGMENTS = [
    "1", "2", "\n", "\n\n", "\r\n", " ", "\t", "00:00:01,000 --> 00:00:02,000", "00:01.000 --> 00:02.500",
    "0:00:01.234", "99:59:59.999", "9999:59:59,999", "123456:00:00.000", "-->", "->", "<i>", "</i>", "<b>",
    "<font color=\"red\">", "</font>", "{\\an8}", "{\\i1}", "\\N", "WEBVTT", "NOTE x", "STYLE", "REGION",
    "align:start line:0", "[Script Info]", "[Events]", "[V4+ Styles]", "ScriptType: v4.00+",
    "Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text",
    "Dialogue: 0,0:00:01.00,0:00:02.00,Default,,0,0,0,,Hi", "Comment: 0,0:00:01.00,0:00:02.00,,,0,0,0,,",
    "9" * 5000, "0" * 40, ",", "&amp;", "&", "<", ">", "\ufeff", "é", "東京",
    '<?xml version="1.0"?>', '<tt xmlns="http://www.w3.org/ns/ttml" ttp:frameRate="25" '
    'xmlns:ttp="http://www.w3.org/ns/ttml#parameter" ttp:tickRate="10000000">',
    "<head><styling><style xml:id=\"s\" tts:fontStyle=\"italic\"/></styling></head>", "<body>", "</body>",
    "<div>", "<div begin=\"10s\" style=\"s\">", "</div>", "<p begin=\"0s\" end=\"1s\">", "<p begin=\"00:00:01:12\" "
    "dur=\"30f\">", '<p begin="1.5h" end="99999999999999999999999h">', '<p begin="0t" end="15000000t"/>',
    "</p>", "<br/>", "<span tts:color=\"yellow\">", "</span>", "</tt>", "</", "<!-- c -->",
]


HOSTILE_VALUES = ["9" * 4400, "9" * 4300 + "h", "99999999999999999999", "1000:00:00.000", "0" * 50 + "1", "-1", "", " ", "\t",
                  "&", "<", "-->", "\ufeff", "\x00", "é" * 3, "1e9", "NaN", ",", ":", "."]


def pick(rng: random.Random, valid: str) -> str:
    """Mostly the valid value, sometimes a hostile one in its place or appended to it."""
    roll = rng.random()
    if roll < 0.85:
        return valid
    if roll < 0.95:
        return rng.choice(HOSTILE_VALUES)
    return valid + rng.choice(HOSTILE_VALUES)


def clock(rng: random.Random, ms: int, sep: str, hours: str = "02", frac: int = 3) -> str:
    h, rest = divmod(ms, 3_600_000)
    m, rest = divmod(rest, 60_000)
    sec, rest = divmod(rest, 1000)
    return f"{h:{hours}d}:{m:02d}:{sec:02d}{sep}{str(rest).zfill(3)[:frac]}"


def structured_file(rng: random.Random) -> bytes:
    """A file of one format whose fields are valid but for a few hostile values."""
    fmt = rng.choice(formats.FORMATS)
    cues = []
    t = 0
    for i in range(rng.randint(0, 12)):
        start, t = t + rng.randint(0, 3000), t + rng.randint(0, 3000) + 500
        cues.append((i + 1, start, t, rng.choice(["Hello", "<i>It</i> is", "a --> b", "x\ny", "{\\an8}Up",
                                                   "&amp; <b>bold</b>", "", "東京"])))
    if fmt == "srt":
        body = "\n".join(f"{pick(rng, str(n))}\n{pick(rng, clock(rng, a, ','))} {pick(rng, '-->')} "
                         f"{pick(rng, clock(rng, b, ','))}\n{pick(rng, text)}\n" for n, a, b, text in cues)
    elif fmt == "vtt":
        body = pick(rng, "WEBVTT") + "\n\n" + "\n".join(
            f"{pick(rng, clock(rng, a, '.'))} --> {pick(rng, clock(rng, b, '.'))} {pick(rng, 'align:start')}\n"
            f"{pick(rng, text)}\n" for n, a, b, text in cues)
    elif fmt == "ssa":
        body = ("[Script Info]\nScriptType: v4.00+\n\n[Events]\n"
                + pick(rng, "Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text") + "\n"
                + "".join(f"Dialogue: {pick(rng, '0')},{pick(rng, clock(rng, a, '.', '', 2))},"
                          f"{pick(rng, clock(rng, b, '.', '', rng.choice((2, 3))))},{pick(rng, 'Default')},,0,0,0,,"
                          f"{pick(rng, text.replace(chr(10), chr(92) + 'N'))}\n" for n, a, b, text in cues))
    else:
        body = (f'<?xml version="1.0"?>\n<tt xmlns="http://www.w3.org/ns/ttml" '
                f'xmlns:ttp="http://www.w3.org/ns/ttml#parameter" ttp:frameRate="{pick(rng, "25")}" '
                f'ttp:tickRate="{pick(rng, "10000000")}"><body><div begin="{pick(rng, "0s")}">\n'
                + "".join(f'<p begin="{pick(rng, str(a) + "ms")}" end="{pick(rng, str(b * 10_000) + "t")}">'
                          f'{pick(rng, text.replace("&", "&amp;").replace("<i>", "").replace("</i>", "").replace("<b>", "").replace("</b>", ""))}'
                          f"</p>\n" for n, a, b, text in cues)
                + "</div></body></tt>\n")
    return body.encode("utf-8")


def fuzz_file(rng: random.Random, fixtures: list[bytes]) -> bytes:
    kind = rng.random()
    if kind < 0.4:
        return structured_file(rng)
    if kind < 0.75:
        data = rng.choice(fixtures)
        for _ in range(rng.randint(1, 3)):
            pos = rng.randrange(len(data) + 1)
            action = rng.randrange(5)
            if action == 0:
                data = data[:pos] + data[pos + rng.randint(1, 40):]
            elif action == 1:
                data = data[:pos] + rng.choice(FRAGMENTS).encode() + data[pos:]
            elif action == 2:
                data = data[:pos] + bytes(rng.randrange(256) for _ in range(rng.randint(1, 8))) + data[pos:]
            elif action == 3:
                data = data[:pos]  # cut off
            else:
                lines = data.split(b"\n")
                i, j = rng.randrange(len(lines)), rng.randrange(len(lines))
                lines[i], lines[j] = lines[j], lines[i]
                data = b"\n".join(lines)
        return data
    if kind < 0.92:
        return "".join(rng.choice(FRAGMENTS) + rng.choice(("", "\n", " ", ",")) for _ in range(rng.randint(1, 60))).encode()
    return bytes(rng.randrange(256) for _ in range(rng.randint(0, 400)))


def kind_of(exc: SubtitleReadError) -> str:
    """The error's message without its details: what the reader expected."""
    return re.sub(r"(\s*\(|,? not <|, like 0).*\Z", "", exc.expected, flags=re.S)[:80]


def fuzz(count: int, seed: int) -> None:
    rng = random.Random(seed)
    fixtures = [p.read_bytes() for p in sorted(FIXTURES.iterdir())]
    outcomes: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    bugs: list[str] = []
    slowest = (0.0, b"")
    started = time.perf_counter()
    for _ in range(count):
        data = fuzz_file(rng, fixtures)
        for fmt in (None, rng.choice(formats.FORMATS)):
            t0 = time.perf_counter()
            try:
                doc = formats.read_bytes(data, path="fuzz", format=fmt)
                out, _ = formats.write_bytes(doc)
                formats.read_bytes(out, path="again", format=doc.format)
                check_document(doc, SPEC)  # what `subtitle-desk check` does with it
                outcomes["read"] += 1
            except SubtitleReadError as exc:
                outcomes["refused with SubtitleReadError"] += 1
                kinds[kind_of(exc)] += 1
                if exc.line <= 0 or "internal error" in exc.expected:
                    bugs.append(f"{exc} <- {exc.__cause__!r}: {data[:80]!r}")
            except Exception as exc:  # noqa: BLE001 - a reader bug, which is what this run looks for
                outcomes["other exception (bug)"] += 1
                bugs.append(f"{type(exc).__name__}: {exc}"[:200] + f": {data[:80]!r}")
            elapsed = time.perf_counter() - t0
            if elapsed > slowest[0]:
                slowest = (elapsed, data)
    total = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"Fuzz: {count:,} files, {sum(outcomes.values()):,} reads (detected and forced format), seed {seed}, "
          f"{total:.1f} s")
    for what, n in outcomes.most_common():
        print(f"  {what:34} {n:8,}")
    print("  errors by kind:")
    for what, n in kinds.most_common():
        print(f"    {n:7,}  {what}")
    print(f"  slowest file: {slowest[0] * 1000:.1f} ms ({len(slowest[1]):,} bytes, starts {slowest[1][:40]!r})")
    print(f"  peak memory (process RSS): {peak:.0f} MB")
    print(f"  errors without a line or reported as internal, and other exceptions: {len(bugs)}")
    for bug in bugs[:20]:
        print(f"    {bug}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--files", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--timeout", type=float, default=120.0)
    parser.add_argument("--max-memory", type=int, default=4096, metavar="MB", help="per hostile input")
    parser.add_argument("--only", metavar="TEXT", help="only the hostile inputs whose name contains TEXT")
    only = parser.add_mutually_exclusive_group()
    only.add_argument("--hostile-only", action="store_true")
    only.add_argument("--fuzz-only", action="store_true")
    parser.add_argument("--child", nargs=2, metavar=("CASE", "SIZE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(run_case(args.child[0], int(args.child[1]), args.max_memory)))
        return
    if not args.fuzz_only:
        hostile(args.timeout, args.max_memory, args.only)
    if not args.hostile_only:
        fuzz(args.files, args.seed)


if __name__ == "__main__":
    main()
