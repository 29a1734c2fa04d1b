"""Encodings, byte-order marks and line endings: detected on reading, kept on saving."""

from __future__ import annotations

import codecs

import pytest

from subtitle_desk.core import formats
from subtitle_desk.core.document import Cue

SRT = "1\n00:00:01,000 --> 00:00:02,000\n{text}\n\n"


@pytest.mark.parametrize("encoding, bom", [("utf-16-le", codecs.BOM_UTF16_LE), ("utf-16-be", codecs.BOM_UTF16_BE),
                                           ("utf-8", codecs.BOM_UTF8)])
def test_unicode_files_with_a_bom_are_read_and_saved_identically(encoding, bom):
    data = bom + SRT.format(text="Ελληνικά — عربي — 日本語").replace("\n", "\r\n").encode(encoding)
    doc = formats.read_bytes(data)
    assert (doc.encoding, doc.bom, doc.newline, doc[0].text) == (encoding, True, "\r\n", "Ελληνικά — عربي — 日本語")
    assert formats.write_bytes(doc)[0] == data


def test_utf8_without_bom_stays_without_bom():
    data = SRT.format(text="Ça va").encode()
    doc = formats.read_bytes(data)
    assert (doc.encoding, doc.bom, doc.warnings) == ("utf-8", False, [])
    assert formats.write_bytes(doc)[0] == data


def test_utf16_without_a_bom_is_recognised_and_reported():
    data = SRT.format(text="Hello").encode("utf-16-le")
    doc = formats.read_bytes(data)
    assert (doc.encoding, doc.bom, doc[0].text) == ("utf-16-le", False, "Hello")
    assert doc.warnings == ["encoding guessed as UTF-16-LE (no byte-order mark)"]


@pytest.mark.parametrize("encoding, text", [
    ("cp1252", "Où est la gare ? Ça va très bien, merci beaucoup."),
    ("cp1252", "Grüße aus München, die Straße ist schön."),
    ("cp1251", "Привет, как дела? Всё хорошо, спасибо."),
    ("cp1256", "مرحبا بكم في البرنامج، كيف حالكم اليوم؟"),
    ("cp1255", "שלום, מה שלומך? הכל בסדר, תודה רבה."),
    ("cp1250", "Zażółć gęślą jaźń, proszę pana."),
])
def test_legacy_code_pages_are_guessed_and_the_guess_is_reported(encoding, text):
    data = SRT.format(text=text).encode(encoding)
    doc = formats.read_bytes(data)
    assert (doc.encoding, doc[0].text) == (encoding, text)
    assert doc.warnings == [f"the file is not UTF-8; encoding guessed as {encoding}. If letters look wrong, "
                            "reopen it with the right encoding"]


def test_an_unchanged_legacy_file_is_saved_byte_for_byte():
    data = SRT.format(text="Señales antiguas, línea uno").replace("\n", "\r\n").encode("cp1252")
    assert formats.write_bytes(formats.read_bytes(data))[0] == data


def test_lf_line_endings_are_kept():
    data = SRT.format(text="x").encode()
    assert formats.read_bytes(data).newline == "\n"


def test_old_mac_cr_line_endings_are_read_and_kept():
    data = SRT.format(text="x").replace("\n", "\r").encode()
    doc = formats.read_bytes(data)
    assert (doc[0].text, doc.newline) == ("x", "\r")
    assert formats.write_bytes(doc)[0] == data


def test_a_character_the_legacy_code_page_cannot_hold_saves_as_utf8_with_a_note():
    doc = formats.read_bytes(SRT.format(text="Très bien").encode("cp1252"))
    doc.cues.append(Cue(3000, 4000, "日本語"))
    data, notes = formats.write_bytes(doc)
    assert data.startswith(codecs.BOM_UTF8)
    assert notes == ["saved as UTF-8 because cp1252 cannot hold characters such as '日'"]


def test_converting_a_legacy_file_to_webvtt_writes_utf8():
    doc = formats.read_bytes(SRT.format(text="Très bien, merci beaucoup").encode("cp1252"))
    data, _ = formats.write_bytes(doc, "vtt")
    assert data.decode("utf-8").endswith("Très bien, merci beaucoup\n")


def test_bytes_invalid_in_a_declared_bom_encoding_are_replaced_and_reported():
    data = codecs.BOM_UTF8 + b"1\n00:00:01,000 --> 00:00:02,000\nbad \xff byte\n"
    doc = formats.read_bytes(data)
    assert doc[0].text == "bad \ufffd byte"
    assert "not valid UTF-8" in doc.warnings[0]
