"""Reading and writing speed of the subtitle formats on 20,000-cue files (prints figures).

    .venv/bin/python benchmarks/formats_bench.py [cues]

The target: opening a 20,000-cue SRT or WebVTT file within 1 s including the UI model, so
parsing should stay at or under 0.4 s. pysrt and webvtt-py are timed on the same input for
comparison (they are not used for reading; see the module docstrings of formats.srt/vtt).
"""

from __future__ import annotations

import io
import sys
import time

from subtitle_desk.core import formats
from subtitle_desk.core.document import Cue, Document


def sample(count: int) -> Document:
    cues = [Cue(i * 2000, i * 2000 + 1500, f"Line one of cue {i}, señor\n<i>second line ½</i>") for i in range(count)]
    return Document(cues=cues, format="srt")


def best_of(fn, runs: int = 3) -> float:
    """Best CPU time of a few runs: on a shared, loaded machine wall time says little."""
    best = float("inf")
    for _ in range(runs):
        t0 = time.process_time()
        fn()
        best = min(best, time.process_time() - t0)
    return best


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 20_000
    doc = sample(count)
    print(f"{count} cues, best CPU time of 3 runs")
    for fmt in formats.FORMATS:
        data, _ = formats.write_bytes(doc, fmt)
        read = best_of(lambda: formats.read_bytes(data, path=f"bench.{fmt}"))
        parsed = formats.read_bytes(data, path=f"bench.{fmt}")
        write = best_of(lambda: formats.write_bytes(parsed))
        convert = best_of(lambda: formats.convert(parsed, "srt" if fmt != "srt" else "vtt"))
        print(f"  {fmt:5} {len(data) / 1e6:5.2f} MB  read {read * 1000:6.0f} ms  write {write * 1000:6.0f} ms"
              f"  convert {convert * 1000:6.0f} ms")
    legacy = Document(cues=doc.cues, format="srt", encoding="cp1252")
    data, _ = formats.write_bytes(legacy)
    print(f"  srt in cp1252 (code page guessed)  read {best_of(lambda: formats.read_bytes(data)) * 1000:6.0f} ms")
    try:
        import pysrt
        import webvtt
    except ImportError:
        return
    srt_text = formats.write_bytes(doc, "srt")[0].decode()
    vtt_text = formats.write_bytes(doc, "vtt")[0].decode()
    print(f"  pysrt.from_string         {best_of(lambda: pysrt.from_string(srt_text)) * 1000:6.0f} ms")
    print(f"  webvtt.from_buffer        {best_of(lambda: webvtt.from_buffer(io.StringIO(vtt_text))) * 1000:6.0f} ms")


if __name__ == "__main__":
    main()
