"""WebVTT (.vtt): a WEBVTT header, then NOTE/STYLE/REGION blocks and cues.

Reading is a single pass over lines rather than webvtt-py: measured here, webvtt-py 0.6.0 takes
0.7 to 1.1 s to parse a 20,000-cue file (the target for parsing is 0.4 s; this module takes about
0.18 s), it does not keep where NOTE blocks sit between cues, and it refuses files missing the
signature line. webvtt-py stays in the test suite as an independent referee for clean files.

Kept for a lossless round trip: the signature line and header lines (``Kind:``, ``Language:``),
STYLE/REGION/NOTE blocks before the first cue (``meta["vtt_blocks"]``), NOTE blocks between cues
(on the following cue, ``extra["vtt_notes"]``) and after the last (``meta["vtt_trailing"]``), cue
identifiers, cue settings verbatim, and whether times were written with hours.

Tolerated: missing blank lines between cues, extra blank lines, ',' in times, blocks without a
timing line (kept as-is and reported), "-->" in cue text. The WebVTT specification forbids that
last one (a parser ends the cue there), so it is written back verbatim only in text that was not
edited, keeping an unchanged save byte-identical; new or edited text is written with
"--&gt;", which players show as "-->", and the save's notes say so.
"""

from __future__ import annotations

import re

from .. import timecode
from ..document import Cue, Document
from .base import FormatInfo, SubtitleReadError, split_lines

INFO = FormatInfo("vtt", "WebVTT", (".vtt", ".webvtt"), "text/vtt",
                  dotsub_name="VTT", cielo24_name="WEB_VTT")

__all__ = ["read", "write", "EXPECTED_TIMING"]

EXPECTED_TIMING = "expected a timing line like 00:00:01.000 --> 00:00:02.000"
_ARROW_ESCAPED = "--&gt;"  # "-->" as cue text may hold it: a character reference displays ">"
_TIMING = re.compile(r"[ \t]*(\S+)[ \t]+-->[ \t]+(\S+)(.*)\Z")
_HOURS = re.compile(r"\s*\d+:\d+:")


def _block_kind(block: str) -> str | None:
    line = block.split("\n", 1)[0]
    for kind in ("NOTE", "STYLE", "REGION"):
        if line.startswith(kind) and (len(line) == len(kind) or line[len(kind)] in " \t"):
            return kind
    return None


def _is_timing(line: str) -> bool:
    m = _TIMING.match(line)
    if m is None:
        return False
    try:
        timecode.parse_vtt(m.group(1))
        timecode.parse_vtt(m.group(2))
    except ValueError:
        return False
    return True


def read(text: str, path: str, doc: Document) -> Document:
    lines = split_lines(text)
    first = lines[0] if lines else ""
    n = len(lines)
    i = 1
    if not (first.startswith("WEBVTT") and (len(first) == 6 or first[6] in " \t")):
        if not any(_TIMING.match(line) for line in lines[:2]):
            raise SubtitleReadError(path, 1, "expected the WebVTT signature 'WEBVTT' on the first line")
        # cues without the signature line (hand-made files): read them, write the signature back
        doc.warnings.append("the WEBVTT signature line is missing; it will be added on save")
        lines = ["WEBVTT", ""] + lines
        n, i = len(lines), 1
    while i < n and lines[i].strip():
        if "-->" in lines[i]:  # a cue right under the header, without the blank line
            break
        i += 1
    doc.meta["vtt_header"] = "\n".join(lines[:i])
    head_blocks: list[str] = []
    pending: list[str] = []  # NOTE blocks waiting for the cue they precede
    cues: list[Cue] = []
    unknown = 0
    hours_always = False
    short_times = False
    match = _TIMING.match
    while i < n:
        if not lines[i].strip():
            i += 1
            continue

        line = lines[i]
        kind = _block_kind(line)
        if kind is not None or ("-->" not in line and (i + 1 >= n or "-->" not in lines[i + 1])):
            # NOTE / STYLE / REGION, or a block without timing: kept verbatim
            block = []
            while i < n and lines[i].strip():
                block.append(lines[i])
                i += 1
            if kind is None:
                unknown += 1
            (pending if cues or kind in (None, "NOTE") else head_blocks).append("\n".join(block))
            continue
        ident = ""
        if "-->" not in line:
            ident = line.strip()
            i += 1
            line = lines[i]
        m = match(line)
        if m is None:
            raise SubtitleReadError(path, i + 1, EXPECTED_TIMING)
        try:
            start = timecode.parse_vtt(m.group(1))
            end = timecode.parse_vtt(m.group(2))
        except ValueError as exc:
            raise SubtitleReadError(path, i + 1, f"{EXPECTED_TIMING} ({exc})") from None
        for stamp, value in ((m.group(1), start), (m.group(2), end)):
            if _HOURS.match(stamp):
                hours_always = hours_always or value < 3_600_000
            else:
                short_times = True
        i += 1
        text_lines = []
        while i < n and lines[i].strip():
            if "-->" in lines[i] and _is_timing(lines[i]):
                break  # next cue without a blank line before it
            text_lines.append(lines[i])
            i += 1
        cue = Cue(start, end, "\n".join(text_lines), ident, m.group(3).strip())
        if "-->" in cue.text:
            cue.extra["vtt_text"] = cue.text  # forbidden in cue text, but the file had it: see write()
        if pending:
            if not cues and all(_block_kind(b) for b in pending):
                head_blocks.extend(pending)
            else:
                cue.extra["vtt_notes"] = pending
            pending = []
        cues.append(cue)
    if not cues:
        head_blocks.extend(pending)
        pending = []
    doc.cues = cues
    doc.meta["vtt_blocks"] = head_blocks
    doc.meta["vtt_trailing"] = pending
    doc.meta["vtt_hours"] = hours_always or not short_times
    doc.meta["final_blank_line"] = text.endswith("\n\n")
    if unknown:
        doc.warnings.append(f"{unknown} block{'s' if unknown > 1 else ''} without a timing line kept as written")
    return doc


def write(doc: Document) -> str:
    hours = doc.meta.get("vtt_hours", True)
    fmt = timecode.format_vtt
    blocks = [doc.meta.get("vtt_header") or "WEBVTT"]
    blocks.extend(doc.meta.get("vtt_blocks", ()))
    append = blocks.append
    for cue in doc.cues:
        extra = cue.extra
        if extra and "vtt_notes" in extra:
            blocks.extend(extra["vtt_notes"])
        if hours:
            timing = fmt(cue.start) + " --> " + fmt(cue.end)
        else:
            timing = fmt(cue.start, hours=False) + " --> " + fmt(cue.end, hours=False)
        if cue.settings:
            timing += " " + cue.settings
        text = cue.text
        if "-->" in text and extra.get("vtt_text") != text:
            text = text.replace("-->", _ARROW_ESCAPED)
        if "\n\n" in text or text[:1] == "\n" or text[-1:] == "\n":
            text = "\n".join(line for line in text.split("\n") if line.strip())  # a blank line ends a cue
        if cue.identifier:
            timing = f"{cue.identifier}\n{timing}"
        append(timing + "\n" + text if text else timing)
    blocks.extend(doc.meta.get("vtt_trailing", ()))
    out = "\n\n".join(blocks) + "\n"
    if doc.meta.get("final_blank_line") and len(blocks) > 1:
        out += "\n"
    return out


def write_notes(doc: Document) -> list[str]:
    """What saving ``doc`` as WebVTT writes differently: "-->" in cue text (which would end the
    cue for a WebVTT parser) as "--&gt;", shown the same. Text that came with it from the file
    and was not edited is written back as it was."""
    escaped = sum(1 for cue in doc.cues if "-->" in cue.text and cue.extra.get("vtt_text") != cue.text)
    if not escaped:
        return []
    return [f"'-->' written as '{_ARROW_ESCAPED}' in {escaped} cue{'s' if escaped != 1 else ''} "
            "(WebVTT cue text cannot contain '-->')"]


# -- conversion hooks -----------------------------------------------------------------------------
def new_meta(source: Document) -> dict:
    return {"vtt_header": "WEBVTT", "vtt_blocks": [], "vtt_trailing": [], "vtt_hours": True,
            "final_blank_line": False}


def note_cue_losses(cue: Cue, to_format: str, drops) -> None:
    if cue.settings:
        drops.add("WebVTT cue settings", f"'{cue.settings.split()[0]}'")
    if cue.identifier and not cue.identifier.isdigit():
        drops.add("WebVTT cue identifiers")
    notes = cue.extra.get("vtt_notes")
    if notes:
        drops.add_count("WebVTT NOTE blocks", len(notes))


def note_document_losses(doc: Document, to_format: str, drops) -> None:
    blocks = list(doc.meta.get("vtt_blocks", ())) + list(doc.meta.get("vtt_trailing", ()))
    for kind in ("STYLE", "REGION", "NOTE"):
        drops.add_count(f"WebVTT {kind} blocks", sum(1 for b in blocks if _block_kind(b) == kind))
    header = (doc.meta.get("vtt_header") or "WEBVTT").split("\n")
    drops.add_count("WebVTT header lines", len(header) - 1)


# -- placement: WebVTT cue settings <-> numpad positions (SSA/SRT {\\anN}) -----------------------
_SETTINGS_FOR = {"1": "align:start", "3": "align:end", "4": "line:50%,center align:start",
                 "5": "line:50%,center", "6": "line:50%,center align:end", "7": "line:0 align:start",
                 "8": "line:0", "9": "line:0 align:end"}


def settings_for_placement(placement: str) -> str:
    """WebVTT cue settings that put a cue where SSA's ``{\\anN}`` would (bottom centre: none)."""
    return _SETTINGS_FOR.get(placement, "")


def placement_of_settings(settings: str) -> str | None:
    """The numpad position closest to these cue settings, or None when they say nothing about it."""
    values = dict(part.split(":", 1) for part in settings.split() if ":" in part)
    line = values.get("line", "").split(",")[0]
    align = values.get("align", "")
    if not line and not align:
        return None
    row = 0  # bottom
    try:
        if line.endswith("%"):
            percent = float(line[:-1])
            row = 6 if percent <= 33 else 3 if percent <= 66 else 0
        elif line:
            number = int(line)
            row = 6 if 0 <= number <= 2 else 0
    except ValueError:
        return None
    column = 1 if align in ("start", "left") else 3 if align in ("end", "right") else 2
    return str(row + column)
