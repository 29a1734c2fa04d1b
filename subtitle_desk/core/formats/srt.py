"""SubRip (.srt): numbered blocks of a timing line and text.

Reading is one regex pass over the whole text rather than pysrt: measured here on a 20,000-cue
file, pysrt 1.1.2 alone takes 0.40 s (the whole parsing budget; this module takes about 0.06 s),
silently skips a block whose blank separator line is missing, and reports no line numbers.
pysrt stays in the test suite as an independent referee for clean files.

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
from .base import FormatInfo, SubtitleReadError

INFO = FormatInfo("srt", "SubRip (SRT)", (".srt",), "application/x-subrip",
                  dotsub_name="SRT", cielo24_name="SRT")

__all__ = ["read", "write", "EXPECTED_TIMING"]

EXPECTED_TIMING = "expected a timing line like 00:00:01,000 --> 00:00:02,000"
_EXPECTED_START = "expected a cue number or a timing line like 00:00:01,000 --> 00:00:02,000"
_T = r"(\d{1,4}):(\d{1,2}):(\d{1,2})(?:[,.:](\d{1,4}))?"
_TIMING = re.compile(rf"^[ \t\ufeff]*{_T}[ \t]*-{{1,2}}>[ \t]*{_T}((?:[ \t][^\n]*)?)$", re.M)
_LOOKS_TIMED = re.compile(r".*(?:->|\d:\d)")


# Shortcuts for the usual cue (read() takes the general path whenever they do not apply):
# two-digit clock fields and three-digit milliseconds are looked up, already in milliseconds ...
_HOUR_MS = {f"{n:0{w}d}": n * 3_600_000 for w in (1, 2) for n in range(10 ** w)}
_MINUTE_MS = {f"{n:0{w}d}": n * 60_000 for w in (1, 2) for n in range(min(10 ** w, 60))}
_SECOND_MS = {f"{n:0{w}d}": n * 1000 for w in (1, 2) for n in range(min(10 ** w, 60))}
_MILLIS = {f"{n:03d}": n for n in range(1000)}
# ... and a body of text lines each ending in a visible character, one empty line, then the next
# cue's number, is that text as it stands (lines are matched one by one: linear on any input)
_USUAL_BODY = re.compile(r"([^\n]*\S(?:\n[^\n]*\S)*+)\n\n([0-9]++)\n\Z")


def _is_number(line: str) -> bool:
    stripped = line.strip(" \t\ufeff")
    return stripped.isascii() and stripped.isdigit()


class _LineNumbers:
    """Line numbers of positions in ``text``. The reader asks in increasing order, so counting on
    from the last answer counts each newline once; counting from the start of the file at every
    ask would be quadratic in a file with many cues."""

    __slots__ = ("text", "pos", "line")

    def __init__(self, text: str) -> None:
        self.text, self.pos, self.line = text, 0, 1

    def __call__(self, pos: int) -> int:
        if pos < self.pos:
            self.pos, self.line = 0, 1
        self.line += self.text.count("\n", self.pos, pos)
        self.pos = pos
        return self.line


def _check_stray(first_line: int, lines: list[str], path: str) -> None:
    """Lines outside any cue (the first of them is ``first_line``) must not be broken cue headers
    (a number, then a bad timing line)."""
    for k, line in enumerate(lines):
        stripped = line.strip(" \t\ufeff")
        if "-->" in stripped:
            raise SubtitleReadError(path, first_line + k, EXPECTED_TIMING)
        if stripped.isascii() and stripped.isdigit() and k + 1 < len(lines) and _LOOKS_TIMED.match(lines[k + 1]):
            raise SubtitleReadError(path, first_line + k + 1, EXPECTED_TIMING)


def read(text: str, path: str, doc: Document, *, shortcuts: bool = True) -> Document:
    """Find every timing line in one regex pass; what lies between two timing lines is the first
    cue's text, then (after an optional blank line) the next cue's number. ``shortcuts=False``
    reads every cue the general way (tests compare the two)."""
    matches = list(_TIMING.finditer(text))
    head = text[:matches[0].start()] if matches else text
    head_lines = head.split("\n")
    while head_lines and not head_lines[-1].strip(" \t\ufeff"):
        head_lines.pop()
    ident = ""
    if matches and head_lines and _is_number(head_lines[-1]):
        ident = head_lines.pop().strip(" \t\ufeff")
    for k, line in enumerate(head_lines):
        if line.strip(" \t\ufeff"):
            _check_stray(k + 1, head_lines[k:], path)
            raise SubtitleReadError(path, k + 1, _EXPECTED_START)
    if not matches:
        raise SubtitleReadError(path, 1, _EXPECTED_START)
    cues: list[Cue] = []
    joined: list[int] = []
    line_of = _LineNumbers(text)
    last = len(matches) - 1
    max_ms = timecode.MAX_MS
    hour_ms, minute_ms, second_ms, millis = (_HOUR_MS, _MINUTE_MS, _SECOND_MS, _MILLIS) if shortcuts else ({},) * 4
    usual_body = _USUAL_BODY.match if shortcuts else lambda text, pos, endpos: None
    for index, m in enumerate(matches):
        h1, m1, s1, f1, h2, m2, s2, f2, settings = m.groups()
        try:
            start = hour_ms[h1] + minute_ms[m1] + second_ms[s1] + millis[f1]
            end = hour_ms[h2] + minute_ms[m2] + second_ms[s2] + millis[f2]
        except KeyError:  # more digits, fewer, none, other scripts' digits, or out of range
            mi1, se1, mi2, se2 = int(m1), int(s1), int(m2), int(s2)
            if mi1 > 59 or se1 > 59 or mi2 > 59 or se2 > 59:
                raise SubtitleReadError(path, line_of(m.start()),
                                        f"{EXPECTED_TIMING} (minutes and seconds must be below 60)") from None
            start = ((int(h1) * 60 + mi1) * 60 + se1) * 1000 + (
                (int(f1) if len(f1) == 3 else timecode._fraction_ms(f1)) if f1 else 0)
            end = ((int(h2) * 60 + mi2) * 60 + se2) * 1000 + (
                (int(f2) if len(f2) == 3 else timecode._fraction_ms(f2)) if f2 else 0)
        if start > max_ms or end > max_ms:
            try:
                timecode.check_range(max(start, end))
            except ValueError as exc:
                raise SubtitleReadError(path, line_of(m.start()), f"{EXPECTED_TIMING} ({exc})") from None
        if index < last:
            body_end = matches[index + 1].start()
            usual = usual_body(text, m.end() + 1, body_end)
            if usual is not None:
                cue_text, next_ident = usual.groups()
                cues.append(Cue(start, end, cue_text, ident, settings.strip()))
                ident = next_ident
                continue
        else:
            body_end = len(text)
        lines = text[m.end() + 1:body_end].split("\n")
        j = len(lines)
        while j and not lines[j - 1].strip():
            j -= 1
        next_ident = ""
        if index < last and j and _is_number(lines[j - 1]):
            next_ident = lines[j - 1].strip(" \t\ufeff")
            j -= 1
            while j and not lines[j - 1].strip():
                j -= 1
        text_lines = lines[:j]
        for k, line in enumerate(text_lines):
            if not line or line.isspace():  # a blank line inside: what follows is stray text for this cue
                rest = text_lines[k + 1:]
                line_no = line_of(m.start()) + k + 2  # of the first line after the blank one
                _check_stray(line_no, rest, path)
                joined.extend(line_no + r for r, x in enumerate(rest) if x.strip())
                text_lines = text_lines[:k] + [x for x in rest if x.strip()]
                break
        cue_text = "\n".join([x.rstrip() for x in text_lines]) if len(text_lines) != 1 else text_lines[0].rstrip()
        cues.append(Cue(start, end, cue_text, ident, settings.strip()))
        ident = next_ident
    if joined:
        doc.warnings.append(
            f"{len(joined)} line{'s' if len(joined) > 1 else ''} of text after a blank line "
            f"joined to the cue before {'them' if len(joined) > 1 else 'it'} (first at line {joined[0]})")
    doc.cues = cues
    doc.meta["final_blank_line"] = text.endswith("\n\n")
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
