"""Bytes <-> text for subtitle files, keeping what a byte-identical save needs.

Order of decisions when reading: a byte-order mark (UTF-8, UTF-16 LE/BE, UTF-32) wins; then strict
UTF-8; then UTF-16 without a BOM when every other byte is NUL; then a legacy single-byte code page
guessed by charset-normalizer among the ones subtitle files are really written in (cp1252 for
Western European, cp1251 Cyrillic, cp1256 Arabic, iso-8859-8/cp1255 Hebrew, ...), reported as a
warning because a guess can be wrong. Newlines are normalised to ``\\n`` in the text; the
dominant one (CRLF, LF or CR) is returned so writing can restore it.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass, field

__all__ = ["Decoded", "decode", "encode", "LEGACY_CANDIDATES"]

#: Code pages seen in the wild for subtitles, most common first (the first is the fallback).
LEGACY_CANDIDATES = (
    "cp1252", "cp1251", "cp1256", "iso8859_8", "cp1255", "cp1250", "cp1253", "cp1254", "cp1257",
    "iso8859_2", "koi8_r", "cp874",
)

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_BOM_FOR = {name: bom for bom, name in _BOMS}
_ASCII = bytes(range(128))


@dataclass
class Decoded:
    text: str
    encoding: str
    bom: bool
    newline: str
    warnings: list[str] = field(default_factory=list)


def _newline_of(text: str) -> str:
    if "\r" not in text:
        return "\n"
    crlf = text.count("\r\n")
    lf = text.count("\n") - crlf
    cr = text.count("\r") - crlf
    if crlf and crlf >= lf and crlf >= cr:
        return "\r\n"
    if cr > lf:
        return "\r"
    return "\n"


def _normalise(text: str) -> str:
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


def _guess_legacy(data: bytes) -> str:
    """The most plausible legacy code page. charset-normalizer ranks candidates by how chaotic
    the decoded text looks; subtitle files are short, so ties are common and are broken by how
    common each code page is for subtitles (cp1252 first). Hebrew decodes into plausible-looking
    lower-case Cyrillic under cp1251, so a text whose high bytes all fall in the Hebrew letter
    range (and never in Cyrillic capitals) is taken as Hebrew."""
    high_bytes = data.translate(None, _ASCII)
    high = set(high_bytes)
    if len(high) >= 4 and len(high_bytes) >= 8 and all(0xE0 <= b <= 0xFA for b in high):
        return "cp1255"
    try:
        from charset_normalizer import from_bytes
        matches = [(m.encoding, m.chaos, m.coherence) for m in from_bytes(data, cp_isolation=list(LEGACY_CANDIDATES))]
    except Exception:  # a guesser failure must never stop a file from opening
        matches = []
    if not matches:
        return "cp1252"
    least_chaos = min(chaos for _, chaos, _ in matches)
    tied = [(name, coherence) for name, chaos, coherence in matches if chaos <= least_chaos + 0.005]
    best_coherence = max(coherence for _, coherence in tied)
    tied_names = [codecs.lookup(name).name for name, coherence in tied if coherence >= best_coherence - 0.01]
    order = [codecs.lookup(name).name for name in LEGACY_CANDIDATES]
    winner = min(tied_names, key=lambda name: order.index(name) if name in order else len(order))
    try:
        text = data.decode(winner)
    except (UnicodeDecodeError, LookupError):
        return "cp1252"
    for name in order[:order.index(winner)] if winner in order else order:
        try:  # charset-normalizer folds code pages that decode identically into one answer
            if data.decode(name) == text:
                return name
        except UnicodeDecodeError:
            continue
    return winner


def decode(data: bytes) -> Decoded:
    warnings: list[str] = []
    for bom, name in _BOMS:
        if data.startswith(bom):
            body = data[len(bom):]
            try:
                text = body.decode(name)
            except UnicodeDecodeError as exc:
                text = body.decode(name, errors="replace")
                warnings.append(f"the file is not valid {name.upper()} despite its byte-order mark "
                                f"(first bad byte at offset {exc.start + len(bom)}); "
                                "unreadable characters were replaced with \ufffd")
            return Decoded(_normalise(text), name, True, _newline_of(text), warnings)
    if len(data) >= 4 and len(data) % 2 == 0 and b"\0" in data:
        evens, odds = data[0::2], data[1::2]
        for name, zeros, other in (("utf-16-le", odds, evens), ("utf-16-be", evens, odds)):
            if zeros.count(0) > len(zeros) * 0.9 and other.count(0) < len(other) * 0.1:
                text = data.decode(name, errors="replace")
                warnings.append(f"encoding guessed as {name.upper()} (no byte-order mark)")
                return Decoded(_normalise(text), name, False, _newline_of(text), warnings)
    try:
        text = data.decode("utf-8")
        return Decoded(_normalise(text), "utf-8", False, _newline_of(text), warnings)
    except UnicodeDecodeError:
        pass
    name = _guess_legacy(data)
    try:
        text = data.decode(name)
    except UnicodeDecodeError:
        name = "cp1252"
        text = data.decode(name, errors="replace")
    warnings.append(f"the file is not UTF-8; encoding guessed as {name}. If letters look wrong, "
                    "reopen it with the right encoding")
    return Decoded(_normalise(text), name, False, _newline_of(text), warnings)


def encode(text: str, encoding: str, bom: bool, newline: str) -> tuple[bytes, str, bool, list[str]]:
    """Encode text (with ``\\n`` newlines) as the source was. When the source code page cannot
    hold a character the user typed, fall back to UTF-8 with a BOM and say so.

    Returns (bytes, encoding used, bom used, notes).
    """
    notes: list[str] = []
    if newline != "\n":
        text = text.replace("\n", newline)
    try:
        body = text.encode(encoding)
    except (UnicodeEncodeError, LookupError):
        bad = next((ch for ch in text if not _encodable(ch, encoding)), "?")
        notes.append(f"saved as UTF-8 because {encoding} cannot hold characters such as {bad!r}")
        encoding, bom = "utf-8", True
        body = text.encode(encoding)
    if bom:
        body = _BOM_FOR.get(encoding, b"") + body
    return body, encoding, bom, notes


def _encodable(ch: str, encoding: str) -> bool:
    try:
        ch.encode(encoding)
        return True
    except (UnicodeEncodeError, LookupError):
        return False
