"""Inline markup across formats: italic, bold and underline survive; the rest is reported.

Each format's cue text is turned into a neutral token stream and back:

    ("text", "Hello\\nworld")   plain characters, entities decoded, "\\n" for line breaks
    ("on", "i") / ("off", "i")   italic, bold ("b") or underline ("u") starts / ends
    ("on", "#ffff00") / ("off", "#ffff00")   text colour: SRT <font color>, SSA {\\c&H00FFFF&},
                                 TTML tts:color (WebVTT has no inline colour)
    ("pos", "8")                 numpad placement, SSA {\\an8}; SRT files carry it the same way
                                 (Subtitle Edit, VLC, mpv) and WebVTT as cue settings (line:0)

SRT/WebVTT ``<i>...</i>``, SSA ``{\\i1}...{\\i0}`` and TTML ``<span tts:fontStyle="italic">`` all
map onto these. Anything else a format can say (SSA ``{\\pos(..)}``, WebVTT ``<v Bob>``, SRT
``<font color=..>``, TTML colours) is dropped and counted in a ``Drops`` so the caller can tell
the user "SSA override tags such as {\\pos(...)} dropped from 3 cues".
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

__all__ = ["Drops", "to_tokens", "from_tokens", "convert_text", "placement_of", "colours_in", "hex_colour",
           "STYLE_KINDS", "ttml_style_kinds", "ttml_merge_styling", "MARKUP_CHARS", "is_plain", "PLAIN_WRITERS", "simple_html"]

STYLE_KINDS = ("i", "b", "u")
Token = tuple[str, str]


def unescape(text: str) -> str:
    """``html.unescape``. The html module is imported at the first text with an entity (most
    files have none), then this name is bound to its function."""
    import html

    global unescape
    unescape = html.unescape
    return html.unescape(text)

_NAMED_COLOURS = {
    "white": "#ffffff", "black": "#000000", "red": "#ff0000", "lime": "#00ff00", "green": "#008000",
    "blue": "#0000ff", "yellow": "#ffff00", "cyan": "#00ffff", "aqua": "#00ffff", "magenta": "#ff00ff",
    "fuchsia": "#ff00ff", "silver": "#c0c0c0", "gray": "#808080", "grey": "#808080", "maroon": "#800000",
    "olive": "#808000", "purple": "#800080", "teal": "#008080", "navy": "#000080", "orange": "#ffa500",
}
_HEX = re.compile(r"#?([0-9a-fA-F]{3}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})\Z")
_RGB = re.compile(r"rgba?\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})")


def hex_colour(value: str) -> str | None:
    """'#FF0', 'ffff00', '#ffff00ff', 'rgb(255,255,0)' or 'yellow' -> '#ffff00'; None if unknown."""
    value = value.strip().strip("\"'").lower()
    if value in _NAMED_COLOURS:
        return _NAMED_COLOURS[value]
    m = _RGB.match(value)
    if m:
        return "#" + "".join(f"{min(int(v), 255):02x}" for v in m.groups())
    m = _HEX.match(value)
    if m and (value.startswith("#") or len(m.group(1)) == 6):
        digits = m.group(1)
        if len(digits) == 3:
            digits = "".join(ch * 2 for ch in digits)
        return "#" + digits[:6]
    return None


def is_colour(kind: str) -> bool:
    return kind.startswith("#")


class Drops:
    """Counts, per kind of dropped thing, how many cues lost it (and one example of it)."""

    def __init__(self) -> None:
        self._cues: dict[str, set[int]] = {}
        self._examples: dict[str, str] = {}
        self._counts: dict[str, int] = {}
        self.row = 0

    def add(self, what: str, example: str = "") -> None:
        self._cues.setdefault(what, set()).add(self.row)
        if example and what not in self._examples:
            self._examples[what] = example

    def add_count(self, what: str, count: int) -> None:
        """Something not tied to cues, e.g. '4 NOTE blocks'."""
        if count:
            self._counts[what] = self._counts.get(what, 0) + count

    def notes(self) -> list[str]:
        out = []
        for what, rows in self._cues.items():
            example = self._examples.get(what)
            label = f"{what} such as {example}" if example else what
            n = len(rows)
            out.append(f"{label} dropped from {n} cue{'s' if n != 1 else ''}")
        for what, n in self._counts.items():
            out.append(f"{what} dropped ({n})")
        return out


# -- HTML-like markup: SRT and WebVTT -------------------------------------------------------------
# Possessive name and classes (*+): the rest of the tag can only end where [^<>]* ends, so giving
# characters back to it only retried the same failure, quadratically, on a '<' never closed.
_TAG = re.compile(r"<(/?)([A-Za-z][\w-]*+)((?:[.][\w-]+)*+)([^<>]*)>|<(\d[\d:.]*)>")


_SRT_PLACEMENT = re.compile(r"\{\\an([1-9])\}")
# a name starts after a non-name character, so a long run of letters without '=' is tried once
_FONT_ATTR = re.compile(r"""(?<![A-Za-z-])([A-Za-z-]+)\s*=\s*("[^"]*"|'[^']*'|[^\s"'>]+)""")


def _html_tokens(text: str, fmt: str, drops: Drops) -> list[Token]:
    out: list[Token] = []
    pos = 0
    vtt = fmt == "vtt"
    fonts: list[str | None] = []  # colour opened by each <font> still open
    if not vtt and "{\\an" in text:
        placement = _SRT_PLACEMENT.search(text)
        if placement:
            out.append(("pos", placement.group(1)))
            text = _SRT_PLACEMENT.sub("", text)

    def plain(s: str) -> None:
        if s:
            out.append(("text", unescape(s) if vtt and "&" in s else s))

    for m in _TAG.finditer(text):
        closing, name, classes, rest, stamp = m.groups()
        name = (name or "").lower()
        if stamp is not None:
            if not vtt:
                continue
            plain(text[pos:m.start()])
            drops.add("WebVTT karaoke timestamps")
        elif name in STYLE_KINDS:
            plain(text[pos:m.start()])
            out.append(("off" if closing else "on", name))
            if classes and vtt:
                drops.add("WebVTT cue classes", f"<{name}{classes}>")
        elif name == "font" and not vtt:
            plain(text[pos:m.start()])
            if closing:
                colour = fonts.pop() if fonts else None
                if colour:
                    out.append(("off", colour))
            else:
                attrs = dict((k.lower(), v) for k, v in _FONT_ATTR.findall(rest))
                colour = hex_colour(attrs.pop("color", "")) if "color" in attrs else None
                fonts.append(colour)
                if colour:
                    out.append(("on", colour))
                if attrs or (colour is None and "color" in rest.lower()):
                    drops.add("SRT <font> faces and sizes", f"<font{rest}>")
        elif vtt and name in ("c", "v", "lang", "ruby", "rt"):
            plain(text[pos:m.start()])
            if name == "v":
                drops.add("WebVTT voice tags", f"<v{rest}>" if not closing else "")
            else:
                drops.add("WebVTT class, language and ruby tags", "" if closing else f"<{name}{classes}>")
        else:
            continue  # not markup this format knows: it stays text
        pos = m.end()
    plain(text[pos:])
    return out


def _html_text(tokens: Iterable[Token], fmt: str) -> str:
    parts = []
    for kind, value in tokens:
        if kind == "text":
            if fmt == "vtt":
                value = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            parts.append(value)
        elif kind == "pos":
            if fmt == "srt" and value != "2":
                parts.append(f"{{\\an{value}}}")
        elif is_colour(value):
            if fmt == "srt":
                parts.append(f'<font color="{value}">' if kind == "on" else "</font>")
        else:
            parts.append(f"<{'/' if kind == 'off' else ''}{value}>")
    return "".join(parts)


# -- SSA override blocks --------------------------------------------------------------------------
_OVERRIDE = re.compile(r"\{([^{}]*)\}")
_SSA_STYLE = re.compile(r"([ibu])(\d*)\Z")
_DRAWING = re.compile(r"p\d+\Z")
_PLACEMENT = re.compile(r"an[1-9]\Z")
_COLOUR = re.compile(r"1?c(?:&H([0-9A-Fa-f]{1,8})&?)?\Z")
_SSA_ESCAPES = re.compile(r"\\([hn])")


def _ssa_example(tag: str) -> str:
    name = tag.split("(", 1)[0]
    return "{\\" + (name + "(...)" if "(" in tag else tag) + "}"


def _ssa_tokens(text: str, drops: Drops, base: Iterable[str] = ()) -> list[Token]:
    base = list(base)
    active: list[str] = list(base)
    out: list[Token] = [("on", k) for k in active]
    drawing = False
    pos = 0

    def plain(s: str) -> None:
        if s and not drawing:
            s = _SSA_ESCAPES.sub(lambda m: "\u00a0" if m.group(1) == "h" else " ", s)
            out.append(("text", s))

    for m in _OVERRIDE.finditer(text):
        plain(text[pos:m.start()])
        pos = m.end()
        body = m.group(1)
        if "\\" not in body:
            continue  # a comment in braces: never shown
        for tag in body.split("\\")[1:]:
            tag = tag.strip()
            if not tag:
                continue
            sm = _SSA_STYLE.match(tag)
            if sm:
                kind, value = sm.groups()
                # \i1 on, \i0 or a bare \i off (back to the style); \b also takes a font weight
                on = value == "1" or (kind == "b" and value.isascii() and value.isdigit() and int(value) >= 600)
                if on and kind not in active:
                    active.append(kind)
                    out.append(("on", kind))
                elif not on and kind in active:
                    active.remove(kind)
                    out.append(("off", kind))
            elif tag.startswith("r"):  # \r or \rStyle: back to the style's defaults
                for kind in reversed(active):
                    if kind not in base:
                        out.append(("off", kind))
                out.extend(("on", kind) for kind in base if kind not in active)
                active[:] = base
                if len(tag) > 1:
                    drops.add("SSA override tags", _ssa_example(tag))
            elif _COLOUR.match(tag):
                colour_match = _COLOUR.match(tag)
                for kind in [k for k in active if is_colour(k)]:
                    active.remove(kind)
                    out.append(("off", kind))
                if colour_match.group(1):
                    bgr = colour_match.group(1).rjust(6, "0")[-6:]
                    colour = f"#{bgr[4:6]}{bgr[2:4]}{bgr[0:2]}".lower()
                    active.append(colour)
                    out.append(("on", colour))
            elif _PLACEMENT.match(tag):
                out.append(("pos", tag[2]))
            elif _DRAWING.match(tag):
                drawing = tag != "p0"
                drops.add("SSA drawings")
            else:
                drops.add("SSA override tags", _ssa_example(tag))
    plain(text[pos:])
    out.extend(("off", k) for k in reversed(active))
    return out


def _ssa_text(tokens: Iterable[Token]) -> str:
    parts = []
    for kind, value in tokens:
        if kind == "text":
            parts.append(value.replace("\u00a0", "\\h"))
        elif kind == "pos":
            if value != "2":
                parts.append(f"{{\\an{value}}}")
        elif is_colour(value):
            bgr = (value[5:7] + value[3:5] + value[1:3]).upper()  # SSA colours are &HBBGGRR&
            parts.append(f"{{\\c&H{bgr}&}}" if kind == "on" else "{\\c}")
        else:
            parts.append(f"{{\\{value}{1 if kind == 'on' else 0}}}")
    return "".join(parts)


# -- TTML inline content --------------------------------------------------------------------------
# A tag ends before the next '<' (XML allows none unquoted in a tag), and its name is not given
# back to the attributes: each '<' of text that is not a tag is then tried over a short span.
_XML_TAG = re.compile(r"<(/?)([\w:.-]++)((?:[^<>\"']|\"[^\"]*\"|'[^']*')*?)(/?)>", re.S)
_XML_ATTR = re.compile(r"(?<![\w:.-])([\w:.-]+)\s*=\s*(\"[^\"]*\"|'[^']*')")
_TTS_KIND = {("fontStyle", "italic"): "i", ("fontStyle", "oblique"): "i", ("fontWeight", "bold"): "b",
             ("textDecoration", "underline"): "u"}
_IGNORED_ATTRS = {"id", "lang", "space", "begin", "end", "dur", "region"}


_KIND_KEYS = frozenset(("fontStyle", "fontWeight", "textDecoration", "color"))


def ttml_merge_styling(base: Mapping[str, str], items: Iterable[tuple[str, str]],
                       skip: Iterable[str] = ()) -> dict[str, str]:
    """``base`` updated with styling attributes (local name, value), keeping only what
    :func:`ttml_style_kinds` acts on: the attributes that make italic, bold, underline or a colour,
    and the first other one (the drop notes name one example). Merging what elements inherit
    this way stays small however deep the nesting, however many attributes or chained styles."""
    merged = dict(base)
    has_other = any(key not in _KIND_KEYS for key in merged)
    for key, value in items:
        if key in _KIND_KEYS or key in merged:
            merged[key] = value
        elif not has_other and key not in _IGNORED_ATTRS and key not in skip:
            merged[key] = value
            has_other = True
    return merged


def ttml_style_kinds(attrs: Mapping[str, str], styles: Mapping[str, Mapping[str, str]] | None,
                     drops: Drops | None = None, colours: bool = False,
                     inherited: Mapping[str, str] | None = None) -> list[str]:
    """The italic/bold/underline an element's attributes (``tts:*`` and ``style="id ..."``
    references, resolved through ``styles``: {id: {local name: value}}) switch on.
    ``inherited``: styling already resolved from style references, applied first."""
    kinds: list[str] = []
    props: dict[str, str] = dict(inherited) if inherited else {}
    for ref in attrs.get("style", "").split():
        props.update((styles or {}).get(ref, {}))
    for key, value in attrs.items():
        local = key.rsplit(":", 1)[-1]
        if key != "style":
            props[local] = value
    for local, value in props.items():
        value = value.strip()
        kind = _TTS_KIND.get((local, value))
        if local == "textDecoration" and "underline" in value.split() and "noUnderline" not in value:
            kind = "u"
        if colours and local == "color" and hex_colour(value):
            kind = hex_colour(value)
        if kind:
            if kind not in kinds:
                kinds.append(kind)
        elif drops is not None and local not in _IGNORED_ATTRS and local not in ("fontStyle", "fontWeight", "textDecoration"):
            drops.add("TTML styling", f"tts:{local}")
    return kinds


def _ttml_tokens(text: str, drops: Drops, styles: Mapping[str, Mapping[str, str]] | None,
                 base: Iterable[str] = ()) -> list[Token]:
    out: list[Token] = [("on", k) for k in base]
    stack: list[list[str]] = []
    active = set(base)
    pos = 0

    def plain(s: str) -> None:
        if s:
            out.append(("text", unescape(s) if "&" in s else s))

    for m in _XML_TAG.finditer(text):
        plain(text[pos:m.start()])
        pos = m.end()
        closing, name, attr_text, empty = m.groups()
        local = name.rsplit(":", 1)[-1]
        if local != "span":
            if local != "br":
                drops.add("TTML elements", f"<{local}>")
            continue
        if closing:
            for kind in reversed(stack.pop() if stack else []):
                active.discard(kind)
                out.append(("off", kind))
            continue
        attrs = {k: v[1:-1] for k, v in _XML_ATTR.findall(attr_text)}
        opened = [k for k in ttml_style_kinds(attrs, styles, drops, colours=True) if k not in active]
        for colour in [k for k in opened if is_colour(k)]:
            for old_colour in [k for k in active if is_colour(k)]:  # a nested colour replaces the outer
                active.discard(old_colour)
                out.append(("off", old_colour))
        for kind in opened:
            active.add(kind)
            out.append(("on", kind))
        if empty:
            for kind in reversed(opened):
                active.discard(kind)
                out.append(("off", kind))
        else:
            stack.append(opened)
    plain(text[pos:])
    out.extend(("off", k) for k in base if k in active)
    return out


_TTS_ATTR = {"i": 'tts:fontStyle="italic"', "b": 'tts:fontWeight="bold"', "u": 'tts:textDecoration="underline"'}


def _ttml_text(tokens: Iterable[Token]) -> str:
    parts: list[str] = []
    active: list[str] = []
    open_span = False
    for kind, value in tokens:
        if kind == "pos":
            continue  # TTML places cues with regions; the converter notes the loss
        if kind == "text":
            if not value:
                continue
            if active and not open_span:
                colour = next((k for k in reversed(active) if is_colour(k)), None)
                attrs = [_TTS_ATTR[k] for k in active if k in _TTS_ATTR]
                if colour:
                    attrs.append(f'tts:color="{colour}"')
                parts.append("<span " + " ".join(attrs) + ">")
                open_span = True
            parts.append(value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))
            continue
        if kind == "on" and value not in active:
            active.append(value)
        elif kind == "off" and value in active:
            active.remove(value)
        else:
            continue
        if open_span:
            parts.append("</span>")
            open_span = False
    if open_span:
        parts.append("</span>")
    return "".join(parts)


# -- plain text: most cues carry no markup at all --------------------------------------------------
#: The characters without which a format's cue text holds no markup (tags, override blocks,
#: SRT {\\an} placement, entities, SSA \\h and \\n escapes): text without any of them is one
#: ("text", text) token as it stands.
MARKUP_CHARS = {"srt": ("<", "{"), "vtt": ("<", "&"), "ssa": ("{", "\\"), "ttml": ("<", "&")}


def is_plain(text: str, fmt: str) -> bool:
    """``text`` holds none of ``fmt``'s markup: its tokens are just ``[("text", text)]``."""
    a, b = MARKUP_CHARS[fmt]
    return a not in text and b not in text


def _escaped(text: str) -> str:
    if "&" in text or "<" in text or ">" in text:
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text


def _ssa_plain(text: str) -> str:
    return text.replace("\u00a0", "\\h") if "\u00a0" in text else text


#: Plain text as each format writes it: what from_tokens makes of [("text", text)].
PLAIN_WRITERS = {"srt": str, "vtt": _escaped, "ssa": _ssa_plain, "ttml": _escaped}

_SIMPLE_TAG = re.compile(r"<(/?)([ibu])>")


def simple_html(text: str, src: str, dst: str) -> str | None:
    """``text`` translated between SRT and WebVTT when its only markup is lowercase <i> <b> <u>
    tags, each opened while off and closed while on (not right after it opened), all closed at
    the end: the translation keeps every tag as it is, and WebVTT escapes the text between them.
    None when ``text`` is not that simple (the token path decides then)."""
    if "{" in text if src == "srt" else "&" in text:  # SRT {\anN} placement; WebVTT entities
        return None
    parts = _SIMPLE_TAG.split(text)  # text, closing, kind, text, closing, kind, ..., text
    if text.count("<") != len(parts) // 3:
        return None  # a '<' of some other tag
    active = ""
    just_opened = ""  # the kind the last tag opened, while no text has followed it
    for i in range(1, len(parts), 3):
        kind = parts[i + 1]
        if parts[i - 1]:
            just_opened = ""
        if parts[i]:  # closing
            if kind not in active or kind == just_opened:
                return None
            active = active.replace(kind, "")
            just_opened = ""
        elif kind in active:
            return None
        else:
            active += kind
            just_opened = kind
    if active:
        return None
    if dst == "srt":
        return text
    parts[::3] = [_escaped(part) for part in parts[::3]]
    parts[1::3] = ["</" if closing else "<" for closing in parts[1::3]]
    parts[2::3] = [kind + ">" for kind in parts[2::3]]
    return "".join(parts)


# -- public ---------------------------------------------------------------------------------------
def to_tokens(text: str, fmt: str, drops: Drops | None = None, *,
              ttml_styles: Mapping[str, Mapping[str, str]] | None = None,
              base: Iterable[str] = ()) -> list[Token]:
    if not base and fmt in MARKUP_CHARS and is_plain(text, fmt):
        return [("text", text)] if text else []
    drops = drops if drops is not None else Drops()
    if fmt in ("srt", "vtt"):
        tokens = _html_tokens(text, fmt, drops)
        return [("on", k) for k in base] + tokens + [("off", k) for k in base] if base else tokens
    if fmt == "ssa":
        return _ssa_tokens(text, drops, base)
    if fmt == "ttml":
        return _ttml_tokens(text, drops, ttml_styles, base)
    raise ValueError(f"unknown subtitle format {fmt!r}")


def _balanced(tokens: Iterable[Token]) -> list[Token]:
    """Drop unmatched closings, close what is left open, remove empty on/off pairs."""
    out: list[Token] = []
    active: list[str] = []
    placement: Token | None = None
    for kind, value in tokens:
        if kind == "pos":
            placement = placement or (kind, value)  # the first one wins, as in SSA renderers
            continue
        if kind == "on":
            if value in active:
                continue
            active.append(value)
        elif kind == "off":
            if value not in active:
                continue
            active.remove(value)
            if out and out[-1] == ("on", value):
                out.pop()
                continue
        out.append((kind, value))
    out.extend(("off", k) for k in reversed(active))
    return [placement, *out] if placement else out


def colours_in(tokens: Iterable[Token]) -> list[str]:
    return [value for kind, value in tokens if kind == "on" and is_colour(value)]


def placement_of(tokens: Iterable[Token]) -> str | None:
    """The numpad placement (\\an) the tokens ask for, if any."""
    return next((value for kind, value in tokens if kind == "pos"), None)


def from_tokens(tokens: Iterable[Token], fmt: str) -> str:
    if isinstance(tokens, list) and len(tokens) <= 1 and fmt in PLAIN_WRITERS:
        if not tokens:
            return ""
        if tokens[0][0] == "text":
            return PLAIN_WRITERS[fmt](tokens[0][1])
    tokens = _balanced(tokens)
    if fmt in ("srt", "vtt"):
        return _html_text(tokens, fmt)
    if fmt == "ssa":
        return _ssa_text(tokens)
    if fmt == "ttml":
        return _ttml_text(tokens)
    raise ValueError(f"unknown subtitle format {fmt!r}")


def convert_text(text: str, src: str, dst: str, drops: Drops | None = None, *,
                 ttml_styles: Mapping[str, Mapping[str, str]] | None = None,
                 base: Iterable[str] = ()) -> str:
    if not base and src in ("srt", "vtt") and dst in ("srt", "vtt") and src != dst:
        simple = simple_html(text, src, dst)
        if simple is not None:
            return simple
    return from_tokens(to_tokens(text, src, drops, ttml_styles=ttml_styles, base=base), dst)
