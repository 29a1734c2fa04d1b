"""Subtitle formats: read, write, detect and convert SRT, WebVTT, TTML and SSA/ASS.

Public surface (everything else in this package is private to it)::

    FORMATS                                  ('srt', 'vtt', 'ttml', 'ssa')
    read_bytes(data, *, path='<memory>', format=None) -> Document
    read_path(path) -> Document
    write_bytes(doc, format=None) -> (bytes, notes)   notes: what the target format dropped or changed
    convert(doc, to_format) -> (Document, notes)      a new Document; the source is untouched
    detect_format(text, filename=None) -> str         from the content first, then the name
    format_for_path(path) -> str | None
    SubtitleReadError(path, line, expected)          the only exception reading raises

One module per format (``srt``, ``vtt``, ``ttml``, ``ssa``) with ``read(text, path, doc)`` and
``write(doc) -> str``, optionally ``write_notes(doc)`` (what saving in the document's own format
writes differently), plus conversion hooks (``new_meta``, ``note_cue_losses``,
``note_document_losses``); ``encoding`` turns bytes into text and back keeping encoding, BOM and
line endings; ``markup`` translates italic/bold/underline between the formats' inline markup.

What each format keeps for a lossless save (plain data, safe to deep-copy):

    srt   Cue.identifier (number as read), Cue.settings (X1:.. coordinates); meta final_blank_line
    vtt   Cue.identifier, Cue.settings, extra["vtt_notes"] (NOTE blocks before the cue),
          extra["vtt_text"] (text as read, when it holds "-->", which WebVTT forbids: kept only
          while the text is unchanged); meta vtt_header, vtt_blocks (STYLE/REGION/NOTE before
          the cues), vtt_trailing, vtt_hours
    ssa   extra layer/marked, style, name, marginl/marginr/marginv, effect, ssa_before (Comment
          lines before the cue), ssa_times (times as written, when a rewrite would spell them
          otherwise, e.g. milliseconds: kept only while the times are unchanged); meta
          ssa_sections, ssa_format, ssa_variant ("ass" | "ssa")
    ttml  extra region, style, attrs, ttml_* (raw <p> tag, inner markup, times); meta ttml_prefix,
          ttml_tail, ttml_styles, ttml_timing, ttml_time_style, ttml_br

Edits need not touch any of it: a cue whose times or text changed is rewritten from its fields,
an inserted cue gets the format's defaults.

Speed (benchmarks/formats_bench.py, 20,000 cues, CPU time on the shared dev machine): reading SRT
about 0.06 s, WebVTT 0.1 s, SSA 0.15 s, TTML 0.3 s; writing each 0.02 to 0.06 s; converting SRT to
WebVTT 0.02 to 0.05 s (benchmarks/convert_bench.py times the whole `subtitle-desk convert`).
"""

from __future__ import annotations

import copy
import os
import re

from ..document import Cue, Document
from . import encoding as _encoding
from . import markup as _markup
from . import srt as _srt
from . import ssa as _ssa
from . import ttml as _ttml
from . import vtt as _vtt
from .base import FormatInfo, SubtitleReadError

__all__ = [
    "FORMATS", "FORMAT_NAMES", "INFOS", "FormatInfo", "info", "dotsub_format", "dotsub_format_or_none",
    "cielo24_format", "file_filters", "mime_type_for", "read_bytes", "read_path", "write_bytes",
    "convert", "detect_format", "format_for_path", "SubtitleReadError",
]

_MODULES = {module.INFO.key: module for module in (_srt, _vtt, _ttml, _ssa)}
#: Every format's facts, by our key; the tables below are derived from these.
INFOS: dict[str, FormatInfo] = {key: module.INFO for key, module in _MODULES.items()}
FORMATS = tuple(INFOS)
FORMAT_NAMES = {key: fi.label for key, fi in INFOS.items()}
_EXTENSIONS = {ext: key for key, fi in INFOS.items() for ext in fi.extensions}
_BY_DOTSUB = {fi.dotsub_name: fi for fi in INFOS.values() if fi.dotsub_name}
_BY_CIELO24 = {fi.cielo24_name: fi for fi in INFOS.values() if fi.cielo24_name}


def _module(fmt: str):
    try:
        return _MODULES[fmt]
    except KeyError:
        raise ValueError(f"unknown subtitle format {fmt!r}; expected one of {', '.join(FORMATS)}") from None


def info(fmt: str) -> FormatInfo:
    """The facts of one of our formats ("srt", "vtt", "ttml", "ssa")."""
    return _module(fmt).INFO


def dotsub_format_or_none(name: str | None) -> FormatInfo | None:
    return _BY_DOTSUB.get(str(name or "").upper())


def dotsub_format(name: str) -> FormatInfo:
    """The format Dotsub calls ``name`` ("SRT", "VTT", "TTML", "SSA")."""
    found = dotsub_format_or_none(name)
    if found is None:
        raise ValueError(f"Dotsub has no subtitle format {name!r}; expected one of {', '.join(_BY_DOTSUB)}")
    return found


def cielo24_format(name: str) -> FormatInfo | None:
    """The format cielo24 calls ``name`` ("SRT", "WEB_VTT", "DFXP"), when it opens as a document."""
    return _BY_CIELO24.get(str(name or "").upper())


def file_filters() -> dict[str, str]:
    """Our key -> a file dialog filter, in the registry's order."""
    return {key: fi.file_filter for key, fi in INFOS.items()}


def mime_type_for(path: str | os.PathLike[str]) -> str | None:
    """The MIME type of a subtitle file, by its extension; None for other files."""
    fmt = format_for_path(path)
    return INFOS[fmt].mime_type_of(os.path.splitext(os.fspath(path))[1]) if fmt else None


def format_for_path(path: str | os.PathLike[str]) -> str | None:
    """The format a file name's extension promises (.srt .vtt .ttml .xml .dfxp .ssa .ass)."""
    return _EXTENSIONS.get(os.path.splitext(os.fspath(path))[1].lower())


_TTML_ROOT = re.compile(r"<(?:[\w.-]+:)?tt[\s>/]")
# Each mark must lie on one line ([^\S\n]: whitespace but not a newline): a leading \s* would
# run from every line start over all the blank lines below it, quadratic in the 64 KB searched.
_SSA_MARK = re.compile(r"^[^\S\n]*(?:\[(?:Script Info|Events|V4\+? Styles)\]|Dialogue:[^\S\n]*(?:Marked=)?\d)",
                       re.M | re.I)
_SRT_TIMING = re.compile(r"^[^\S\n]*\d{1,4}:\d{1,2}:\d{1,2}(?:[,.:]\d{1,4})?[^\S\n]*-{1,2}>", re.M)
_VTT_TIMING = re.compile(r"^[^\S\n]*(?:\d+:)?\d{2}:\d{2}\.\d{3}[^\S\n]+-->", re.M)
# <v Name>: the spaces are not given back to the name (each one given back rescanned the rest of
# a tag never closed)
_VOICE = re.compile(r"\s*<v(?:\.[\w.-]+)?[ \t]++([^>]+)>")


def detect_format(text: str, filename: str | None = None) -> str:
    """Which format ``text`` is, judged by its content the way Dotsub's importer does; the file
    name's extension only decides when the content says nothing (or it is empty)."""
    head = text[:4096].lstrip("\ufeff \t\r\n")
    if head.startswith("WEBVTT"):
        return "vtt"
    if head.startswith("<") and _TTML_ROOT.search(text[:65536]):
        return "ttml"
    if _SSA_MARK.search(head) or (not _SRT_TIMING.search(head) and _SSA_MARK.search(text[:65536])):
        return "ssa"
    by_name = format_for_path(filename) if filename else None
    if _SRT_TIMING.search(head):
        # "00:01.000 --> 00:02.000" without a header: WebVTT cues missing their signature
        if by_name == "vtt" and _VTT_TIMING.search(head):
            return "vtt"
        return "srt"
    if _VTT_TIMING.search(head):
        return "vtt"
    return by_name or "srt"


def read_bytes(data: bytes, *, path: str = "<memory>", format: str | None = None) -> Document:
    """Read a subtitle file's bytes. ``path`` names the file in errors and picks the format only
    when the content cannot; ``format`` forces one."""
    try:
        decoded = _encoding.decode(bytes(data))
    except Exception as exc:  # pragma: no cover - decode replaces rather than fails
        raise SubtitleReadError(path, 0, f"could not decode the file ({type(exc).__name__})") from None
    text = decoded.text.lstrip("\ufeff") if decoded.text.startswith("\ufeff") else decoded.text
    fmt = format or detect_format(text, path if path != "<memory>" else None)
    module = _module(fmt)
    doc = Document(format=fmt, encoding=decoded.encoding, bom=decoded.bom, newline=decoded.newline,
                   warnings=list(decoded.warnings))
    if not text.strip():
        doc.warnings.append("the file is empty")
        return doc
    try:
        return module.read(text, path, doc)
    except SubtitleReadError:
        raise
    except (ValueError, LookupError, TypeError, AttributeError, RecursionError, ArithmeticError) as exc:
        # a reader bug must still surface as a read error the user can act on; tests look for it
        raise SubtitleReadError(path, 0, f"internal error reading {FORMAT_NAMES[fmt]} "
                                         f"({type(exc).__name__})") from exc


def read_path(path: str | os.PathLike[str]) -> Document:
    path = os.fspath(path)
    try:
        with open(path, "rb") as fh:
            data = fh.read()
    except OSError as exc:
        raise SubtitleReadError(path, 0, f"could not open the file ({exc.strerror or exc})") from None
    return read_bytes(data, path=path)


def write_bytes(doc: Document, format: str | None = None) -> tuple[bytes, list[str]]:
    """The file bytes for ``doc`` in ``format`` (its own by default) and human notes saying what
    the target format could not carry or had to write differently (empty when nothing was lost)."""
    fmt = format or doc.format
    module = _module(fmt)
    notes: list[str] = []
    if fmt != doc.format:
        doc, notes = convert(doc, fmt)  # its notes already say what converting changed
    elif hasattr(module, "write_notes"):
        notes = module.write_notes(doc)
    text = module.write(doc)
    data, _, _, enc_notes = _encoding.encode(text, doc.encoding, doc.bom, doc.newline)
    return data, notes + enc_notes


def convert(doc: Document, to_format: str) -> tuple[Document, list[str]]:
    """A new Document in ``to_format`` with the same cue times and visible text; italic, bold,
    underline, text colour and placement (SSA/SRT ``{\\anN}``, WebVTT ``line:``/``align:``)
    translated where the target can say them, and notes for everything it cannot carry."""
    target = _module(to_format)
    src = doc.format
    if to_format == src:
        return _copy(doc), []
    source = _module(src)
    drops = _markup.Drops()
    extra_notes: list[str] = []
    styles = doc.meta.get("ttml_styles") if src == "ttml" else None
    cues = []
    base_styles = source.base_styles_for(doc) if hasattr(source, "base_styles_for") else (lambda cue: ())
    style_placement = source.placement_for(doc) if hasattr(source, "placement_for") else (lambda cue: None)
    # Without tokens: text without the source's markup characters is written as it stands (most
    # cues), and between SRT and WebVTT text whose only markup is simple <i> <b> <u> keeps it.
    markup_a, markup_b = _markup.MARKUP_CHARS[src]
    write_plain = _markup.PLAIN_WRITERS[to_format]
    html_pair = src in ("srt", "vtt") and to_format in ("srt", "vtt")
    simple_html = _markup.simple_html
    settings_placed = src == "vtt" and to_format in ("srt", "ssa")
    styled = hasattr(source, "base_styles_for") or hasattr(source, "placement_for")
    note_cue_losses = source.note_cue_losses
    for row, cue in enumerate(doc.cues):
        drops.row = row
        text = cue.text
        if not (settings_placed and cue.settings) and not (styled and (base_styles(cue) or style_placement(cue))):
            if markup_a not in text and markup_b not in text:
                cues.append(Cue(cue.start, cue.end, write_plain(text)))
                note_cue_losses(cue, to_format, drops)
                continue
            if html_pair:
                simple = simple_html(text, src, to_format)
                if simple is not None:
                    cues.append(Cue(cue.start, cue.end, simple))
                    note_cue_losses(cue, to_format, drops)
                    continue
        tokens = _markup.to_tokens(text, src, drops, ttml_styles=styles, base=base_styles(cue))
        if settings_placed and cue.settings:
            placement = _vtt.placement_of_settings(cue.settings)
            if placement:
                tokens.insert(0, ("pos", placement))
        elif src == "ssa":
            placement = style_placement(cue)
            if placement:
                tokens.append(("pos", placement))  # an override in the text wins over the style
        new = Cue(cue.start, cue.end, _markup.from_tokens(tokens, to_format))
        source.note_cue_losses(cue, to_format, drops)
        if to_format == "vtt":
            colours = _markup.colours_in(tokens)
            if colours:
                drops.add("text colours", colours[0])
        placement = _markup.placement_of(tokens)
        if placement and placement != "2":
            if to_format == "vtt":
                new.settings = _vtt.settings_for_placement(placement)
            elif to_format == "ttml":
                drops.add("cue placements", f"{{\\an{placement}}}")
        if src == "vtt" and to_format == "ssa":
            voice = _VOICE.match(cue.text)
            if voice:
                new.extra["name"] = voice.group(1).strip()
        cues.append(new)
    source.note_document_losses(doc, to_format, drops)
    if to_format == "ssa":
        rounded = sum(1 for c in doc.cues if c.start % 10 or c.end % 10)
        if rounded:
            extra_notes.append(f"times of {rounded} cue{'s' if rounded != 1 else ''} rounded to "
                               "centiseconds (SSA's precision)")
    utf_only = to_format in ("vtt", "ttml")
    new_doc = Document(cues=cues, format=to_format, meta=target.new_meta(doc),
                       encoding="utf-8" if utf_only else doc.encoding,
                       bom=False if utf_only else doc.bom, newline=doc.newline)
    return new_doc, drops.notes() + extra_notes


def _copy(doc: Document) -> Document:
    return Document(cues=[c.copy() for c in doc.cues] if not any(c.extra for c in doc.cues)
                    else copy.deepcopy(doc.cues), format=doc.format, meta=copy.deepcopy(doc.meta),
                    encoding=doc.encoding, bom=doc.bom, newline=doc.newline, warnings=list(doc.warnings))
