"""SubRip (.srt): numbered blocks of a timing line and text.

Reading is a single pass over lines rather than pysrt: measured here on a 20,000-cue file, pysrt
1.1.2 alone takes 0.40 s (the whole parsing budget), silently skips a block whose blank
separator line is missing, and reports no line numbers. pysrt stays in the test suite as an
independent oracle for clean files.

Tolerated: missing or extra blank lines, missing/skipping/duplicate numbers, '.' instead of ',',
1-digit hours, 1-4 fraction digits, tabs and trailing spaces, a BOM or stray U+FEFF, text after
a blank line inside a cue (joined to that cue). SRT coordinates after the timing
(``X1:40 X2:600 Y1:20 Y2:50``) are kept in ``Cue.settings``. Inline tags (<i>, <b>, <u>,
<font ...>) stay in the text as written. Writing renumbers from 1.
"""

from __future__ import annotations

import re

from .. import timecode
from ..document import Cue, Document
from .base import SubtitleReadError, split_lines

__all__ = ["read", "write", "EXPECTED_TIMING"]

EXPECTED_TIMING = "expected a timing line like 00:00:01,000 --> 00:00:02,000"
_TIME = r"\d{1,4}:\d{1,2}:\d{1,2}(?:[,.:]\d{1,4})?"
_TIMING = re.compile(rf"[ \t\ufeff]*({_TIME})[ \t]*-{{1,2}}>[ \t]*({_TIME})(.*)\Z")


_LOOKS_TIMED = re.compile(r".*(?:->|\d:\d)")


def _is_number(line: str) -> bool:
    return line.strip(" \t\ufeff").isdigit()


def read(text: str, path: str, doc: Document) -> Document:
    lines = split_lines(text)
    n = len(lines)
    cues: list[Cue] = []
    joined: list[int] = []
    match = _TIMING.match
    i = 0
    while i < n:
        line = lines[i]
        stripped = line.strip(" \t\ufeff")
        if not stripped:
            i += 1
            continue
        m = match(line)
        ident = ""
        if m is None:
            if stripped.isdigit() and i + 1 < n and (m := match(lines[i + 1])) is not None:
                ident = stripped
                i += 1
            elif "-->" in stripped:
                raise SubtitleReadError(path, i + 1, EXPECTED_TIMING)
            elif stripped.isdigit() and i + 1 < n and _LOOKS_TIMED.match(lines[i + 1]):
                raise SubtitleReadError(path, i + 2, EXPECTED_TIMING)
            elif cues:
                # text after a blank line inside a cue (or a stray line): keep it with that cue
                cue = cues[-1]
                cue.text = f"{cue.text}\n{line.rstrip()}" if cue.text else line.rstrip()
                joined.append(i + 1)
                i += 1
                continue
            else:
                raise SubtitleReadError(path, i + 1, "expected a cue number or " + EXPECTED_TIMING[9:])
        try:
            start = timecode.parse_srt(m.group(1))
            end = timecode.parse_srt(m.group(2))
        except ValueError as exc:
            raise SubtitleReadError(path, i + 1, f"{EXPECTED_TIMING} ({exc})") from None
        settings = m.group(3).strip()
        i += 1
        text_lines = []
        while i < n:
            line = lines[i]
            if not line.strip():
                break
            if match(line) is not None or (_is_number(line) and i + 1 < n and match(lines[i + 1])):
                break
            text_lines.append(line.rstrip())
            i += 1
        cues.append(Cue(start, end, "\n".join(text_lines), ident, settings))
    if joined:
        doc.warnings.append(
            f"{len(joined)} line{'s' if len(joined) > 1 else ''} of text after a blank line "
            f"joined to the cue before {'them' if len(joined) > 1 else 'it'} (first at line {joined[0]})")
    doc.cues = cues
    doc.meta["final_blank_line"] = text.endswith("\n\n") or not cues
    return doc


def write(doc: Document) -> str:
    fmt = timecode.format_srt
    parts = []
    for number, cue in enumerate(doc.cues, 1):
        timing = f"{fmt(cue.start)} --> {fmt(cue.end)}"
        if cue.settings:
            timing += " " + cue.settings
        text = cue.text
        if "\n\n" in text or text.startswith("\n") or text.endswith("\n"):
            text = "\n".join(line for line in text.split("\n") if line.strip())  # a blank line ends a block
        parts.append(f"{number}\n{timing}\n{text}\n" if text else f"{number}\n{timing}\n")
    out = "\n".join(parts)
    if out and doc.meta.get("final_blank_line", True):
        out += "\n"
    return out


# -- conversion hooks -----------------------------------------------------------------------------
def new_meta(source: Document) -> dict:
    return {"final_blank_line": True}


def note_cue_losses(cue: Cue, to_format: str, drops) -> None:
    if cue.settings:
        drops.add("SRT position coordinates", cue.settings.split()[0] if cue.settings.split() else "")


def note_document_losses(doc: Document, to_format: str, drops) -> None:
    return None
