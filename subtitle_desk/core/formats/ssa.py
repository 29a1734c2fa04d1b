"""SubStation Alpha (.ssa, v4) and Advanced SubStation Alpha (.ass, v4+).

A file is a list of ``[Section]`` blocks. Everything but the dialogue lines is kept verbatim in
``meta["ssa_sections"]`` ([Script Info], [V4+ Styles]/[V4 Styles] with their Format lines,
[Fonts], [Graphics], [Aegisub Project Garbage], anything unknown), in file order, so an unchanged
save writes the same bytes. In [Events], each ``Dialogue:`` line becomes a cue: the fields named
by the section's Format line other than Start/End/Text go to ``Cue.extra`` under lower-case names
(``layer``, ``style``, ``name``, ``marginl``, ``marginr``, ``marginv``, ``effect``, SSA's
``marked``), verbatim. ``Comment:`` and other event lines (Picture, Sound, Movie, Command) are not
cues: they are kept, in place, on the next cue (``extra["ssa_before"]``). Override tags stay in
the text; ``\\N`` becomes ``"\\n"``.

Tolerated: missing [Script Info], styles or Format lines (the standard Format for the variant is
assumed), Dialogue lines before any [Events] header, unknown sections, stray blank lines.
"""

from __future__ import annotations

import re

from .. import timecode
from ..document import Cue, Document
from .base import FormatInfo, SubtitleReadError, split_lines

INFO = FormatInfo("ssa", "SubStation Alpha (SSA/ASS)", (".ass", ".ssa"), "text/x-ssa",
                  dotsub_name="SSA", cielo24_name=None,
                  extension_types=((".ass", "text/x-ass"),))

__all__ = ["read", "write", "ASS_EVENT_FORMAT", "SSA_EVENT_FORMAT"]

ASS_EVENT_FORMAT = ("Layer", "Start", "End", "Style", "Name", "MarginL", "MarginR", "MarginV", "Effect", "Text")
SSA_EVENT_FORMAT = ("Marked", "Start", "End", "Style", "Name", "MarginL", "MarginR", "MarginV", "Effect", "Text")
_DEFAULTS = {"layer": "0", "marked": "Marked=0", "style": "Default", "name": "", "marginl": "0",
             "marginr": "0", "marginv": "0", "margint": "0", "marginb": "0", "effect": ""}
_SECTION = re.compile(r"\s*\[([^\]]+)\]\s*\Z")
_EVENT = re.compile(r"\s*(Dialogue|Comment|Picture|Sound|Movie|Command)\s*:", re.I)
_EXPECTED_TIME = "expected a time like 0:00:01.50"
#: Renderers (libass, VSFilter) hold the layer in a 32-bit int.
_MAX_LAYER = 2**31 - 1


def _written_as_read(time: str) -> bool:
    """``time`` is spelled as format_ssa writes it (H:MM:SS.CC): a quick test, most times are."""
    return len(time) == 10 and time[1] == ":" and time[4] == ":" and time[7] == "."


def _variant(sections: list[dict], events: list[str] | None) -> str:
    for section in sections:
        name = section.get("name", "").lower()
        if name == "script info":
            for line in section["lines"]:
                key, _, value = line.partition(":")
                if key.strip().lower() == "scripttype":
                    return "ass" if "+" in value or "ass" in value.lower() else "ssa"
        if name == "v4+ styles":
            return "ass"
        if name == "v4 styles":
            return "ssa"
    if events and events[0].lower().startswith("marked"):
        return "ssa"
    return "ass"


def read(text: str, path: str, doc: Document) -> Document:
    lines = split_lines(text)
    sections: list[dict] = []
    preamble: list[str] = []
    current: dict | None = None
    events_section: dict | None = None
    fields: list[str] | None = None
    pending: list[str] = []  # non-dialogue event lines waiting for the next cue
    cues: list[Cue] = []
    fmt = timecode.format_ssa
    for number, line in enumerate(lines, 1):
        sm = _SECTION.match(line)
        if sm and not _EVENT.match(line):
            current = {"name": sm.group(1).strip(), "header": line, "lines": []}
            if current["name"].lower() == "events" and events_section is None:
                current["events"] = True
                current["pre"] = current.pop("lines")
                events_section = current
                pending = current["pre"]
            sections.append(current)
            continue
        em = _EVENT.match(line)
        if em and em.group(1).lower() == "dialogue" and (current is None or not current.get("events")):
            if events_section is None:  # dialogue without an [Events] header
                events_section = {"name": "Events", "header": None, "pre": [], "events": True}
                sections.append(events_section)
                pending = events_section["pre"]
            current = events_section
        if current is None:
            preamble.append(line)
            continue
        if not current.get("events"):
            current["lines"].append(line)
            continue
        stripped = line.strip()
        if stripped.lower().startswith("format:") and not cues:
            fields = [f.strip() for f in stripped[7:].split(",")]
            lowered = [f.lower() for f in fields]
            if not {"start", "end", "text"} <= set(lowered) or lowered[-1] != "text":
                raise SubtitleReadError(path, number, "expected an [Events] Format line listing Start, End "
                                                      "and, last, Text")
            pending.append(line)
            continue
        if em is None or em.group(1).lower() != "dialogue":
            pending.append(line)
            continue
        if fields is None:
            fields = list(ASS_EVENT_FORMAT if _variant(sections, None) == "ass" else SSA_EVENT_FORMAT)
        values = line[em.end():].lstrip(" ").split(",", len(fields) - 1)
        if len(values) != len(fields):
            raise SubtitleReadError(path, number, f"expected a Dialogue line with {len(fields)} comma-separated "
                                                  f"fields ({', '.join(fields)})")
        extra: dict = {}
        start = end = 0
        start_text = end_text = ""
        text_value = ""
        for field_name, value in zip(fields, values):
            key = field_name.lower()
            if key in ("start", "end"):
                try:
                    ms = timecode.parse_ssa(value)
                except ValueError as exc:
                    raise SubtitleReadError(path, number, f"{_EXPECTED_TIME} in the {field_name} field ({exc})") from None
                if key == "start":
                    start, start_text = ms, value
                else:
                    end, end_text = ms, value
            elif key == "text":
                text_value = value
            elif key == "layer" and value.isascii() and value.isdigit():
                if len(value.lstrip("0")) > 10 or int(value) > _MAX_LAYER:
                    raise SubtitleReadError(path, number, f"expected a Layer from 0 to {_MAX_LAYER} "
                                                          f"(not {value[:20]}{'...' if len(value) > 20 else ''})")
                extra[key] = int(value) if str(int(value)) == value else value
            else:
                extra[key] = value
        if not (_written_as_read(start_text) and _written_as_read(end_text)) and (
                start_text != fmt(start) or end_text != fmt(end)):
            # milliseconds (0:00:01.234) or spacing a rewrite would change: the unchanged cue keeps them
            extra["ssa_times"] = [start_text, end_text, start, end]
        if pending and pending is not events_section["pre"]:
            extra["ssa_before"] = pending
        pending = []
        cues.append(Cue(start, end, text_value.replace("\\N", "\n"), "", "", extra))
    if events_section is not None:
        if cues:
            events_section["trailing"] = pending
        else:
            events_section["trailing"] = []
    doc.cues = cues
    doc.meta["ssa_preamble"] = preamble
    doc.meta["ssa_sections"] = sections
    doc.meta["ssa_format"] = fields or list(ASS_EVENT_FORMAT if _variant(sections, None) == "ass" else SSA_EVENT_FORMAT)
    doc.meta["ssa_variant"] = _variant(sections, fields)
    doc.meta["final_newline"] = text.endswith("\n")
    if not sections:
        raise SubtitleReadError(path, 1, "expected an SSA/ASS section such as [Script Info] or [Events]")
    if events_section is None:
        doc.warnings.append("the file has no [Events] section, so no cues")
    return doc


def write(doc: Document) -> str:
    fields = doc.meta.get("ssa_format") or list(ASS_EVENT_FORMAT)
    fmt = timecode.format_ssa
    out: list[str] = list(doc.meta.get("ssa_preamble", ()))
    sections = doc.meta.get("ssa_sections") or new_meta(doc)["ssa_sections"]
    for section in sections:
        if section.get("header") is not None:
            out.append(section["header"])
        if not section.get("events"):
            out.extend(section["lines"])
            continue
        out.extend(section.get("pre", ()))
        for cue in doc.cues:
            out.extend(cue.extra.get("ssa_before", ()))
            kept = cue.extra.get("ssa_times")
            if kept and (kept[2], kept[3]) != (cue.start, cue.end):
                kept = None  # times changed: written at SSA's precision
            values = []
            for name in fields:
                key = name.lower()
                if key == "start":
                    values.append(kept[0] if kept else fmt(cue.start))
                elif key == "end":
                    values.append(kept[1] if kept else fmt(cue.end))
                elif key == "text":
                    values.append(cue.text.replace("\n", "\\N"))
                else:
                    value = cue.extra.get(key, _DEFAULTS.get(key, ""))
                    values.append(str(value).replace(",", ";"))  # a comma would shift every field after it
            out.append("Dialogue: " + ",".join(values))
        out.extend(section.get("trailing", ()))
    result = "\n".join(out)
    if doc.meta.get("final_newline", True):
        result += "\n"
    return result


def write_notes(doc: Document) -> list[str]:
    """What saving ``doc`` as SSA changes: times finer than SSA's centiseconds are rounded
    (a cue whose times were not edited is written with its times as they were read)."""
    rounded = 0
    for cue in doc.cues:
        if cue.start % 10 or cue.end % 10:
            kept = cue.extra.get("ssa_times")
            if not kept or (kept[2], kept[3]) != (cue.start, cue.end):
                rounded += 1
    if not rounded:
        return []
    return [f"times of {rounded} cue{'s' if rounded != 1 else ''} rounded to centiseconds (SSA's precision)"]


# -- conversion hooks -----------------------------------------------------------------------------
_STYLES_FORMAT = ("Format: Name, Fontname, Fontsize, PrimaryColour, SecondaryColour, OutlineColour, "
                  "BackColour, Bold, Italic, Underline, StrikeOut, ScaleX, ScaleY, Spacing, Angle, "
                  "BorderStyle, Outline, Shadow, Alignment, MarginL, MarginR, MarginV, Encoding")
_DEFAULT_STYLE = ("Style: Default,Arial,52,&H00FFFFFF,&H000000FF,&H00000000,&H80000000,0,0,0,0,"
                  "100,100,0,0,1,2,1,2,60,60,45,1")


def new_meta(source: Document) -> dict:
    info = ["; Script generated by Subtitle Desk", "ScriptType: v4.00+", "WrapStyle: 0",
            "ScaledBorderAndShadow: yes", "PlayResX: 1920", "PlayResY: 1080", ""]
    return {
        "ssa_preamble": [],
        "ssa_sections": [
            {"name": "Script Info", "header": "[Script Info]", "lines": info},
            {"name": "V4+ Styles", "header": "[V4+ Styles]", "lines": [_STYLES_FORMAT, _DEFAULT_STYLE, ""]},
            {"name": "Events", "header": "[Events]", "events": True,
             "pre": ["Format: " + ", ".join(ASS_EVENT_FORMAT)], "trailing": []},
        ],
        "ssa_format": list(ASS_EVENT_FORMAT),
        "ssa_variant": "ass",
        "final_newline": True,
    }


def style_table(doc: Document) -> dict[str, dict[str, str]]:
    """{style name: {format field (lower case): value}} from the styles section."""
    table: dict[str, dict[str, str]] = {}
    for section in doc.meta.get("ssa_sections", ()):
        if section.get("events") or "styles" not in section.get("name", "").lower():
            continue
        names: list[str] = []
        for line in section["lines"]:
            key, _, value = line.partition(":")
            key = key.strip().lower()
            if key == "format":
                names = [n.strip().lower() for n in value.split(",")]
            elif key == "style" and names:
                values = [v.strip() for v in value.split(",", len(names) - 1)]
                row = dict(zip(names, values))
                table[row.get("name", "")] = row
    return table


def base_styles_for(doc: Document):
    """A function giving, for a cue, the italic/bold/underline its style sets for the whole cue."""
    kinds_by_style: dict[str, tuple[str, ...]] = {}
    for name, row in style_table(doc).items():
        kinds_by_style[name] = tuple(kind for field_name, kind in (("italic", "i"), ("bold", "b"), ("underline", "u"))
                                     if row.get(field_name, "0") not in ("0", ""))

    def base(cue: Cue) -> tuple[str, ...]:
        return kinds_by_style.get(str(cue.extra.get("style", "Default")).lstrip("*"), ())
    return base


_LEGACY_ALIGNMENT = {"1": "1", "2": "2", "3": "3", "5": "7", "6": "8", "7": "9", "9": "4", "10": "5", "11": "6"}


def placement_for(doc: Document):
    """A function giving, for a cue, the numpad placement its style sets (None for bottom centre)."""
    legacy = doc.meta.get("ssa_variant") == "ssa"
    by_style: dict[str, str] = {}
    for name, row in style_table(doc).items():
        value = row.get("alignment", "2").strip()
        value = _LEGACY_ALIGNMENT.get(value, "2") if legacy else value
        if value in "13456789" and len(value) == 1:
            by_style[name] = value

    def placement(cue: Cue) -> str | None:
        return by_style.get(str(cue.extra.get("style", "Default")).lstrip("*"))
    return placement


def note_cue_losses(cue: Cue, to_format: str, drops) -> None:
    extra = cue.extra
    if extra.get("name"):
        drops.add("SSA actor names")
    if extra.get("effect"):
        drops.add("SSA effects", repr(extra["effect"]))
    if any(str(extra.get(k, "0")).strip("0") for k in ("marginl", "marginr", "marginv", "margint", "marginb")):
        drops.add("SSA per-cue margins")
    if str(extra.get("layer", 0)) not in ("0", ""):
        drops.add("SSA layers")
    if str(extra.get("style", "Default")).lstrip("*") not in ("Default", ""):
        drops.add("SSA styles other than Default")
    before = extra.get("ssa_before") or ()
    comments = sum(1 for line in before if line.lstrip().lower().startswith("comment:"))
    drops.add_count("SSA Comment lines", comments)
    drops.add_count("SSA Picture/Sound/Movie/Command events", sum(1 for line in before if _EVENT.match(line)) - comments)


def note_document_losses(doc: Document, to_format: str, drops) -> None:
    drops.add_count("SSA style definitions", len(style_table(doc)))
    for section in doc.meta.get("ssa_sections", ()):
        name = section.get("name", "")
        if section.get("events"):
            comments = sum(1 for line in list(section.get("pre", ())) + list(section.get("trailing", ()))
                           if line.lstrip().lower().startswith("comment:"))
            drops.add_count("SSA Comment lines", comments)
        elif name.lower() not in ("script info", "v4+ styles", "v4 styles", "aegisub project garbage"):
            if any(line.strip() for line in section["lines"]):
                drops.add_count(f"SSA [{name}] section", 1)
