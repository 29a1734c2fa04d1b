"""TTML / DFXP (.ttml .dfxp .xml): timed text as XML, as Dotsub, cielo24 and broadcasters write it.

Read with expat (the standard library's non-validating parser), never a DOM round trip: a
document with a DOCTYPE or ENTITY declaration is refused before parsing (no entity expansion, no
external fetches), and everything outside the ``<p>`` elements is kept as the exact source text
(``meta["ttml_prefix"]``: XML declaration, root element with its namespaces and parameters, the
head with styling and layout, body/div opening tags; ``meta["ttml_tail"]``), as are each ``<p>``'s
opening tag, the markup between consecutive ``<p>`` (indentation, div changes) and the ``<p>``'s
inner markup. An unchanged save therefore writes the same bytes; an edited cue gets its times
rewritten in the document's own time style (clock, frames, ms, s or ticks) and its text written
with the document's spelling of ``<br/>``.

``Cue.text`` is the inner markup of the ``<p>`` (spans and entities as written) with ``<br/>``
as ``"\\n"`` and XML whitespace collapsed (unless ``xml:space="preserve"``). ``Cue.extra`` holds
``region``, ``style`` and ``attrs`` (the ``<p>`` attributes by local name) for other modules.
Times follow ``ttp:frameRate``, ``ttp:subFrameRate``, ``ttp:frameRateMultiplier`` and
``ttp:tickRate``, and a ``begin`` on enclosing ``body``/``div`` elements offsets the cues.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import chain
from xml.parsers import expat

from .. import timecode
from ..document import Cue, Document
from .base import FormatInfo, SubtitleReadError
from . import markup as _markup
from .markup import ttml_merge_styling, ttml_style_kinds

INFO = FormatInfo("ttml", "TTML / DFXP", (".ttml", ".dfxp", ".xml"), "application/ttml+xml",
                  dotsub_name="TTML", cielo24_name="DFXP",
                  extension_types=((".dfxp", "application/ttaf+xml"),))

__all__ = ["read", "write"]

_DECLARATION = re.compile(r"<!\s*(DOCTYPE|ENTITY)", re.I)
_BR = re.compile(r"<(?:[\w.-]+:)?br\b(?:[^<>\"']|\"[^\"]*\"|'[^']*')*?(?:/>|>\s*</(?:[\w.-]+:)?br\s*>)")
_WS = re.compile(r"[ \t\n\r]+")
_EMPTY_END = re.compile(r"\s*/>\Z")
_TAG_END = re.compile(rb"(?:[^>\"']|\"[^\"]*\"|'[^']*')*>")
_ATTR_VALUE = r"""(\s{name}\s*=\s*)(["'])(.*?)\2"""
_XML_NS = "http://www.w3.org/XML/1998/namespace"
_XML_ENTITIES = frozenset(("amp", "lt", "gt", "quot", "apos"))
_NAMED_ENTITY = re.compile(r"&([A-Za-z][A-Za-z0-9]*);")
_BARE_AMP = re.compile(r"&(?!#\d+;|#x[0-9a-fA-F]+;|(?:amp|lt|gt|quot|apos);)")  # XML has no other entities
_TIME_ATTRS = ("begin", "end", "dur")


def _local(name: str) -> str:
    return name.rsplit(" ", 1)[-1]


def _time_style(raw: str) -> str:
    raw = raw.strip()
    if raw.count(":") == 3:
        return "frames"
    for unit in ("ms", "t", "f"):
        if raw.endswith(unit):
            return {"f": "frames"}.get(unit, unit)
    if raw.endswith(("s", "m", "h")):
        return "s"
    return "clock"


_NOT_STYLE = frozenset(("style", "id", "begin", "end", "dur", "region", "lang", "space", "timeContainer"))


#: What an element inherits: (styling from style="..." references, resolved; inline styling).
Context = tuple[dict[str, str], dict[str, str]]
_NO_CONTEXT: Context = ({}, {})


def _inherit(context: Context, attrs: dict[str, str], styles: dict[str, dict[str, str]]) -> Context:
    """The styling a <p> inherits from body/div, then its own. Style references are resolved
    here rather than carried along as a growing list, and only what can make italic, bold,
    underline or a colour is kept (``ttml_merge_styling``), so each level costs the same however
    deep the divs nest."""
    if not attrs:
        return context
    resolved, inline = context
    refs = attrs.get("style")
    if refs:
        resolved = ttml_merge_styling(resolved, chain.from_iterable(styles.get(ref, {}).items() for ref in refs.split()))
    if any(key not in _NOT_STYLE for key in attrs):
        inline = ttml_merge_styling(inline, attrs.items(), _NOT_STYLE)
    return (resolved, inline) if resolved is not context[0] or inline is not context[1] else context


class _Reader:
    def __init__(self, data: bytes, path: str) -> None:
        self.data = data
        self.path = path
        self.parser = expat.ParserCreate(encoding="UTF-8", namespace_separator=" ")
        self.parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
        self.parser.StartElementHandler = self.start
        self.parser.EndElementHandler = self.end
        self.parser.StartDoctypeDeclHandler = self.refuse
        self.parser.EntityDeclHandler = self.refuse
        # (local name, attrs by local name, offset ms, inherited style context)
        self.stack: list[tuple[str, dict, int, Context]] = []
        self.in_styling = 0  # open <styling> and <body> elements: counted, as looking for them in
        self.in_body = 0     # the stack at every element would be quadratic in the nesting depth
        self.timing = timecode.TtmlTiming()
        self.timing_attrs: dict[str, str] = {}
        self.styles: dict[str, dict[str, str]] = {}
        self.paragraphs: list[dict] = []
        self.open_p: dict | None = None
        self.root_seen = False
        self.last_container_close = -1
        self.preserve = [False]

    def fail(self, expected: str, line: int | None = None) -> SubtitleReadError:
        return SubtitleReadError(self.path, line if line is not None else self.parser.CurrentLineNumber, expected)

    def refuse(self, *args) -> None:
        raise self.fail("expected TTML without DOCTYPE or ENTITY declarations (refused for safety)")

    def attrs_by_local(self, attrs: dict) -> dict[str, str]:
        return {_local(k): v for k, v in attrs.items()}

    def start(self, name: str, attrs: dict) -> None:
        if self.open_p is not None:  # inside a <p>: spans and br are kept as raw text later
            top = self.stack[-1]
            self.stack.append((_local(name), top[1], top[2], top[3]))
            space = attrs.get(f"{_XML_NS} space")
            self.preserve.append(space == "preserve" if space else self.preserve[-1])
            return
        local = _local(name)
        by_local = self.attrs_by_local(attrs)
        if not self.root_seen:
            self.root_seen = True
            if local != "tt":
                raise self.fail(f"expected a TTML document whose root element is <tt>, not <{local}>")
            params = {_local(k): v for k, v in attrs.items() if "parameter" in k.rsplit(" ", 1)[0]}
            self.timing_attrs = {k: params[k] for k in ("frameRate", "subFrameRate", "frameRateMultiplier",
                                                        "tickRate") if k in params}
            try:
                self.timing = timecode.TtmlTiming.from_attributes(
                    params.get("frameRate"), params.get("subFrameRate"), params.get("frameRateMultiplier"),
                    params.get("tickRate"))
            except ValueError as exc:
                raise self.fail(f"expected valid timing parameters on <tt> ({exc})") from None
        space = attrs.get(f"{_XML_NS} space")
        self.preserve.append(space == "preserve" if space else self.preserve[-1])
        offset = self.stack[-1][2] if self.stack else 0
        context = self.stack[-1][3] if self.stack else _NO_CONTEXT
        if local == "styling":
            self.in_styling += 1
        elif local == "body":
            self.in_body += 1
        if local == "style" and self.in_styling:
            style_id = attrs.get(f"{_XML_NS} id")
            if style_id:
                refs = by_local.get("style", "").split()
                self.styles[style_id] = ttml_merge_styling(
                    {}, chain(chain.from_iterable(self.styles.get(ref, {}).items() for ref in refs), by_local.items()),
                    ("id", "style"))
        if local in ("body", "div"):
            if "begin" in by_local:
                offset = self.offset_time(offset, by_local["begin"])
            context = _inherit(context, by_local, self.styles)
        if local == "p" and self.open_p is None and self.in_body:
            self.open_p = {"start": self.parser.CurrentByteIndex, "line": self.parser.CurrentLineNumber,
                           "attrs": by_local, "offset": offset, "preserve": self.preserve[-1],
                           "context": _inherit(context, by_local, self.styles), "depth": len(self.stack)}
        self.stack.append((local, by_local, offset, context))

    def end(self, name: str) -> None:
        local = self.stack.pop()[0]
        self.preserve.pop()
        if self.open_p is not None and len(self.stack) != self.open_p["depth"]:
            return  # the end of a span or br inside the <p>
        if local == "styling":
            self.in_styling -= 1
        elif local == "body":
            self.in_body -= 1
        if local in ("div", "body") and self.open_p is None:
            self.last_container_close = self.parser.CurrentByteIndex
        if local == "p" and self.open_p is not None and len(self.stack) == self.open_p["depth"]:
            p = self.open_p
            self.open_p = None
            # the opening tag's own end tells <p .../> (no closing tag) from <p ...>...</p>
            m = _TAG_END.match(self.data, p["start"])
            if m is None:
                raise self.fail("expected the <p> tag to end with '>'", p["line"])
            p["open_end"] = m.end()
            if self.data.endswith(b"/>", 0, m.end()):
                p["close_start"] = p["close_end"] = m.end()
            else:
                p["close_start"] = index = self.parser.CurrentByteIndex
                close_end = self.data.find(b">", index) + 1
                if not self.data.startswith(b"</", index) or not close_end:
                    raise self.fail("expected a closing </p> tag ending with '>'")
                p["close_end"] = close_end
            self.paragraphs.append(p)

    def offset_time(self, offset: int, raw: str) -> int:
        """A body/div ``begin`` added to the offset it inherits; nested divs can add up past MAX_MS."""
        try:
            return timecode.check_range(offset + timecode.parse_ttml(raw, self.timing))
        except ValueError as exc:
            raise self.fail(f"expected a TTML time expression in begin= like 00:00:01.500 or 1.5s ({exc})") from None

    def run(self) -> None:
        try:
            self.parser.Parse(self.data, True)
        except expat.ExpatError as exc:
            raise SubtitleReadError(self.path, exc.lineno,
                                    f"expected well-formed XML ({expat.ErrorString(exc.code)})") from None


def _text_of(inner: str, preserve: bool) -> str:
    collapse = not preserve and ("\n" in inner or "\t" in inner or "\r" in inner or "  " in inner)
    if collapse:
        inner = _WS.sub(" ", inner)
    if "br" in inner:
        inner = _BR.sub("\n", inner)
    if not preserve and (collapse or "\n" in inner or inner[:1] == " " or inner[-1:] == " "):
        inner = "\n".join(line.strip(" ") for line in inner.split("\n"))
    return inner


def read(text: str, path: str, doc: Document) -> Document:
    declaration = _DECLARATION.search(text) if "<!" in text else None
    if declaration:
        line = text.count("\n", 0, declaration.start()) + 1
        raise SubtitleReadError(path, line, "expected TTML without DOCTYPE or ENTITY declarations (refused for safety)")
    data = text.encode("utf-8")
    reader = _Reader(data, path)
    reader.run()
    cues: list[Cue] = []
    prev_end = None
    leads: Counter[str] = Counter()
    br_spelling: str | None = None
    time_style: str | None = None
    for p in reader.paragraphs:
        attrs = p["attrs"]
        if "begin" not in attrs or not ("end" in attrs or "dur" in attrs):
            raise SubtitleReadError(path, p["line"], "expected begin and end (or dur) attributes on <p>")
        try:
            begin = timecode.parse_ttml(attrs["begin"], reader.timing)
            end = (timecode.parse_ttml(attrs["end"], reader.timing) if "end" in attrs
                   else begin + timecode.parse_ttml(attrs["dur"], reader.timing))
            timecode.check_range(end + p["offset"])
            timecode.check_range(begin + p["offset"])
        except ValueError as exc:
            raise SubtitleReadError(path, p["line"], f"expected TTML time expressions on <p> like "
                                                     f"00:00:01.500 or 1.5s ({exc})") from None
        if time_style is None:
            time_style = _time_style(attrs["begin"])
        inner = data[p["open_end"]:p["close_start"]].decode("utf-8")
        if br_spelling is None:
            br = _BR.search(inner)
            br_spelling = br.group(0) if br else None
        cue_text = _text_of(inner, p["preserve"])
        extra = {
            "region": attrs.get("region", ""),
            "style": attrs.get("style", ""),
            "attrs": dict(attrs),
            "ttml_open": data[p["start"]:p["open_end"]].decode("utf-8"),
            "ttml_close": data[p["close_start"]:p["close_end"]].decode("utf-8"),
            "ttml_inner": [inner, cue_text],
            "ttml_times": [begin + p["offset"], end + p["offset"]],
            "ttml_offset": p["offset"],
            # styling inherited from body/div and the <p>'s own: resolved style references, inline
            "ttml_context": {"styles": p["context"][0], "attrs": p["context"][1]},
        }
        if prev_end is not None:
            lead = data[prev_end:p["start"]].decode("utf-8")
            extra["ttml_lead"] = lead
            leads[lead] += 1
        prev_end = p["close_end"]
        cues.append(Cue(begin + p["offset"], end + p["offset"], cue_text, attrs.get("id", ""), "", extra))
    if reader.paragraphs:
        first, last = reader.paragraphs[0], reader.paragraphs[-1]
        prefix, tail = data[:first["start"]], data[last["close_end"]:]
        indent = re.search(rb"\n[ \t]*\Z", prefix)
        default_lead = leads.most_common(1)[0][0] if leads else (indent.group(0).decode() if indent else "")
    else:
        cut = reader.last_container_close if reader.last_container_close >= 0 else len(data)
        prefix, tail = data[:cut], data[cut:]
        default_lead = "\n"
    doc.cues = cues
    doc.meta.update({
        "ttml_prefix": prefix.decode("utf-8"),
        "ttml_tail": tail.decode("utf-8"),
        "ttml_lead": default_lead,
        "ttml_br": br_spelling or "<br/>",
        "ttml_time_style": time_style or "clock",
        "ttml_timing": dict(reader.timing_attrs),
        "ttml_styles": reader.styles,
    })
    return doc


def _timing(doc: Document) -> timecode.TtmlTiming:
    attrs = doc.meta.get("ttml_timing") or {}
    try:
        return timecode.TtmlTiming.from_attributes(attrs.get("frameRate"), attrs.get("subFrameRate"),
                                                   attrs.get("frameRateMultiplier"), attrs.get("tickRate"))
    except ValueError:
        return timecode.TtmlTiming()


def _set_attr(tag: str, name: str, value: str | None) -> str:
    """Replace (or add, or with None remove) an unprefixed attribute in a raw opening tag."""
    pattern = re.compile(_ATTR_VALUE.format(name=re.escape(name)), re.S)
    if value is None:
        return pattern.sub("", tag, count=1)
    if pattern.search(tag):
        return pattern.sub(lambda m: f"{m.group(1)}{m.group(2)}{value}{m.group(2)}", tag, count=1)
    cut = len(tag) - 1  # before the closing ">"
    return f'{tag[:cut].rstrip()} {name}="{value}"{tag[cut:]}'


_HTML_STYLE = {"i": 'tts:fontStyle="italic"', "b": 'tts:fontWeight="bold"', "u": 'tts:textDecoration="underline"'}
_HTML_TAG = re.compile(r"<(/?)([ibu])>")


def _safe_xml(text: str) -> str:
    """Cue text typed into a TTML document: bare ``&`` and stray ``<`` escaped, SRT-style
    <i>/<b>/<u> turned into styled spans, and plain text if the markup is still not well-formed."""
    original = text
    if "&" in text:
        # HTML names (&nbsp; &eacute;) become the characters; XML knows only its five
        text = _NAMED_ENTITY.sub(lambda m: m.group(0) if m.group(1) in _XML_ENTITIES
                                 else _markup.unescape(m.group(0)), text)
        text = _BARE_AMP.sub("&amp;", text)
    if "<" in text:
        text = re.sub(r"<(?![/A-Za-z_])", "&lt;", text)
        text = _HTML_TAG.sub(lambda m: "</span>" if m.group(1) else f"<span {_HTML_STYLE[m.group(2)]}>", text)
    if ("<" in text or "&" in text) and not _well_formed(f"<p>{text}</p>", namespaces=False):
        plain = _markup.unescape(original)
        text = plain.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text


def _paragraph(cue: Cue, doc: Document, timing: timecode.TtmlTiming, flat: bool = False) -> str:
    """One <p>. ``flat``: it no longer sits in its original div, so times are written absolute."""
    extra = cue.extra
    tag = extra.get("ttml_open") or "<p>"
    # <p .../>: attributes are set on <p ...>, then it closes again
    empty_end = _EMPTY_END.search(tag) if tag.endswith("/>") else None
    if empty_end:
        tag = tag[:empty_end.start()] + ">"
    offset = 0 if flat else int(extra.get("ttml_offset", 0))
    if (extra.get("ttml_times") != [cue.start, cue.end] or "ttml_open" not in extra
            or offset != int(extra.get("ttml_offset", 0))):
        style = doc.meta.get("ttml_time_style", "clock")
        begin = timecode.format_ttml(cue.start - offset, style, timing)
        tag = _set_attr(tag, "begin", begin)
        if re.search(_ATTR_VALUE.format(name="dur"), tag) and not re.search(_ATTR_VALUE.format(name="end"), tag):
            tag = _set_attr(tag, "dur", timecode.format_ttml(cue.end - cue.start, style, timing))
        else:
            tag = _set_attr(tag, "end", timecode.format_ttml(cue.end - offset, style, timing))
    inner_raw = extra.get("ttml_inner")
    if inner_raw and inner_raw[1] == cue.text:
        inner = inner_raw[0]
    else:
        inner = _safe_xml(cue.text).replace("\n", doc.meta.get("ttml_br", "<br/>"))
    if empty_end and not inner:
        return tag[:-1] + empty_end.group(0)
    close = extra.get("ttml_close") or "</p>"
    if close == "" or not close.startswith("</"):
        local = re.match(r"<([\w:.-]+)", tag)
        close = f"</{local.group(1) if local else 'p'}>"
    return f"{tag}{inner}{close}"


def write(doc: Document) -> str:
    meta = doc.meta if "ttml_prefix" in doc.meta else {**doc.meta, **new_meta(doc)}
    timing = _timing(doc)
    default_lead = meta.get("ttml_lead", "\n")
    parts = [meta["ttml_prefix"]]
    for row, cue in enumerate(doc.cues):
        if row:
            parts.append(cue.extra.get("ttml_lead", default_lead))
        parts.append(_paragraph(cue, doc, timing))
    parts.append(meta["ttml_tail"])
    out = "".join(parts)
    if not _well_formed(out):
        out = _flattened(doc, meta, timing)
    return out


_BODY_OPEN = re.compile(r"<((?:[\w.-]+:)?)body\b(?:[^>\"']|\"[^\"]*\"|'[^']*')*>")
_DIV_OPEN = re.compile(r"<((?:[\w.-]+:)?)div\b(?:[^>\"']|\"[^\"]*\"|'[^']*')*?>")
_BODY_CLOSE = re.compile(r"</(?:[\w.-]+:)?body\s*>")


def _flattened(doc: Document, meta: dict, timing: timecode.TtmlTiming) -> str:
    """Deleting cues from nested divs can leave the kept markup between cues unbalanced: write
    every cue in one div instead (head, root and body kept; the divs' own attributes are lost)."""
    prefix, tail = meta["ttml_prefix"], meta["ttml_tail"]
    body = _BODY_OPEN.search(prefix)
    body_close = _BODY_CLOSE.search(tail)
    if body is None or body_close is None:
        body_open, prefix_head, rest = "<body>", prefix, "</body>" + tail
        ns = ""
    else:
        body_open, prefix_head, rest = body.group(0), prefix[:body.start()], tail[body_close.start():]
        ns = body.group(1)
    div = _DIV_OPEN.search(prefix, body.end() if body else 0)
    div_open = _set_attr(_set_attr(div.group(0), "begin", None), "end", None) if div else f"<{ns}div>"
    div_name = re.match(r"<([\w:.-]+)", div_open).group(1)
    paragraphs = "\n".join(_paragraph(cue, doc, timing, flat=True) for cue in doc.cues)
    return f"{prefix_head}{body_open}\n{div_open}\n{paragraphs}\n</{div_name}>\n{rest}"


def _well_formed(text: str, namespaces: bool = True) -> bool:
    parser = expat.ParserCreate(encoding="UTF-8", namespace_separator=" " if namespaces else None)
    try:
        parser.Parse(text.encode("utf-8"), True)
        return True
    except expat.ExpatError:
        return False


# -- conversion hooks -----------------------------------------------------------------------------
_PREFIX = """<?xml version="1.0" encoding="UTF-8"?>
<tt xmlns="http://www.w3.org/ns/ttml" xmlns:tts="http://www.w3.org/ns/ttml#styling" \
xmlns:ttp="http://www.w3.org/ns/ttml#parameter" ttp:timeBase="media" xml:lang="{lang}">
  <head>
    <styling>
      <style xml:id="default" tts:fontFamily="proportionalSansSerif" tts:fontSize="100%" \
tts:color="white" tts:textAlign="center" tts:textOutline="black 5%"/>
    </styling>
    <layout>
      <region xml:id="bottom" tts:origin="10% 75%" tts:extent="80% 20%" tts:displayAlign="after"/>
    </layout>
  </head>
  <body style="default" region="bottom">
    <div>
      """


def new_meta(source: Document) -> dict:
    lang = ""
    for line in str(source.meta.get("vtt_header", "")).split("\n")[1:]:
        key, _, value = line.partition(":")
        if key.strip().lower() == "language" and re.fullmatch(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*", value.strip()):
            lang = value.strip()
    return {"ttml_prefix": _PREFIX.format(lang=lang), "ttml_tail": "\n    </div>\n  </body>\n</tt>\n",
            "ttml_lead": "\n      ", "ttml_br": "<br/>", "ttml_time_style": "clock", "ttml_timing": {},
            "ttml_styles": {}}


def base_styles_for(doc: Document):
    styles = doc.meta.get("ttml_styles") or {}

    def base(cue: Cue) -> tuple[str, ...]:
        context = cue.extra.get("ttml_context") or {}
        return tuple(ttml_style_kinds(context.get("attrs") or {}, styles, inherited=context.get("styles")))
    return base


def note_cue_losses(cue: Cue, to_format: str, drops) -> None:
    if cue.extra.get("region"):
        drops.add("TTML regions", f"region=\"{cue.extra['region']}\"")
    context = cue.extra.get("ttml_context") or {}
    ttml_style_kinds(context.get("attrs") or {}, None, drops)  # style definitions are noted per document


def note_document_losses(doc: Document, to_format: str, drops) -> None:
    prefix = doc.meta.get("ttml_prefix", "")
    drops.add_count("TTML style definitions", len(re.findall(r"<(?:[\w.-]+:)?style\b[^>]*xml:id=", prefix)))
    drops.add_count("TTML region definitions", len(re.findall(r"<(?:[\w.-]+:)?region\b[^>]*xml:id=", prefix)))
