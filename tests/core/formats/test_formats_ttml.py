"""TTML/DFXP: head, styles, regions, spans, <br/>, namespaces and frame timing survive; no entities."""

from __future__ import annotations

import pytest

from subtitle_desk.core import formats
from subtitle_desk.core.document import Cue, Document
from subtitle_desk.core.formats import SubtitleReadError


@pytest.fixture
def dfxp(fixture_bytes):
    return formats.read_bytes(fixture_bytes("broadcast_frames.dfxp"), path="broadcast_frames.dfxp")


def test_dfxp_with_styles_regions_spans_and_frame_timing_is_written_back_byte_for_byte(fixture_bytes, dfxp):
    assert formats.write_bytes(dfxp) == (fixture_bytes("broadcast_frames.dfxp"), [])


def test_prefixed_ttml_with_tick_timing_is_written_back_byte_for_byte(fixture_bytes):
    data = fixture_bytes("netflix_ticks.ttml")
    assert formats.write_bytes(formats.read_bytes(data)) == (data, [])


def test_frame_times_follow_ttp_frame_rate(dfxp):
    assert [(c.start, c.end) for c in dfxp] == [(1480, 3000), (3400, 5960), (6000, 8200), (9000, 11800)]


def test_tick_times_follow_ttp_tick_rate(fixture_bytes):
    doc = formats.read_bytes(fixture_bytes("netflix_ticks.ttml"))
    assert [(c.start, c.end) for c in doc] == [(1000, 3500), (4000, 6250)]


def test_br_becomes_a_newline_and_spans_stay_in_the_text(dfxp, fixture_bytes):
    assert dfxp[0].text == "Où est passé l’été ?\nDéjà fini…"
    assert dfxp[3].text == 'Il a dit « <span tts:fontStyle="italic">non</span> » &amp; il est parti.'
    assert formats.read_bytes(fixture_bytes("netflix_ticks.ttml"))[0].text == "こんにちは、\n世界。"


def test_pretty_printed_paragraph_whitespace_is_collapsed(dfxp):
    assert dfxp[2].text == '<span tts:fontWeight="bold">GARE DE LYON</span>'


def test_paragraph_region_style_and_id_are_available(dfxp):
    assert (dfxp[2].extra["region"], dfxp[1].extra["style"], dfxp[0].identifier) == ("top", "italic", "c1")


def test_an_edited_cue_is_written_in_the_documents_frame_timing(dfxp):
    dfxp[1].start, dfxp[1].end = 3520, 6000
    data = formats.write_bytes(dfxp)[0].decode()
    assert '<p xml:id="c2" begin="00:00:03:13" end="00:00:06:00" style="italic">(musique douce)</p>' in data


def test_edited_text_is_written_with_br_and_well_formed(dfxp):
    dfxp[0].text = "Fish & chips <3\n<i>Deux</i> lignes"
    data = formats.write_bytes(dfxp)[0]
    assert ('>Fish &amp; chips &lt;3<br/><span tts:fontStyle="italic">Deux</span> lignes</p>'.encode()) in data
    assert formats.read_bytes(data)[0].text == 'Fish &amp; chips &lt;3\n<span tts:fontStyle="italic">Deux</span> lignes'


def test_deleting_and_inserting_cues_keeps_the_document_well_formed(dfxp):
    del dfxp.cues[0]
    dfxp.cues.append(Cue(20_000, 21_000, "Fin"))
    doc = formats.read_bytes(formats.write_bytes(dfxp)[0])
    assert [c.text for c in doc][-1] == "Fin"
    assert (doc[-1].start, doc[-1].end) == (20_000, 21_000)


def test_begin_on_an_enclosing_div_offsets_its_cues():
    data = (b'<tt xmlns="http://www.w3.org/ns/ttml"><body><div begin="10s">'
            b'<p begin="1s" end="2s">x</p></div></body></tt>')
    doc = formats.read_bytes(data)
    assert (doc[0].start, doc[0].end) == (11_000, 12_000)
    doc[0].start = 11_500
    assert b'<p begin="1.5s" end="2s">' in formats.write_bytes(doc)[0]


def test_dur_is_accepted_instead_of_end():
    doc = formats.read_bytes(b'<tt xmlns="http://www.w3.org/ns/ttml"><body><div><p begin="1s" dur="1.5s">x</p></div></body></tt>')
    assert (doc[0].start, doc[0].end) == (1000, 2500)


def test_xml_space_preserve_keeps_spaces():
    data = (b'<tt xmlns="http://www.w3.org/ns/ttml" xml:space="preserve"><body><div>'
            b'<p begin="1s" end="2s">two  spaces</p></div></body></tt>')
    assert formats.read_bytes(data)[0].text == "two  spaces"


def test_doctype_and_entity_declarations_are_refused():
    data = (b'<?xml version="1.0"?>\n<!DOCTYPE tt [\n<!ENTITY lol "lol">\n<!ENTITY lol2 "&lol;&lol;&lol;">\n]>\n'
            b'<tt xmlns="http://www.w3.org/ns/ttml"><body><div><p begin="1s" end="2s">&lol2;</p></div></body></tt>')
    with pytest.raises(SubtitleReadError) as caught:
        formats.read_bytes(data, path="bomb.ttml")
    assert caught.value.line == 2
    assert "DOCTYPE or ENTITY" in caught.value.expected


def test_malformed_xml_names_the_line():
    data = b'<tt xmlns="http://www.w3.org/ns/ttml">\n<body>\n<p begin="1s" end="2s">x</div>\n</body></tt>'
    with pytest.raises(SubtitleReadError) as caught:
        formats.read_bytes(data, path="bad.ttml")
    assert caught.value.line == 3
    assert caught.value.expected.startswith("expected well-formed XML")


def test_a_paragraph_without_times_names_its_line():
    data = b'<tt xmlns="http://www.w3.org/ns/ttml">\n<body><div>\n<p>untimed</p>\n</div></body></tt>'
    with pytest.raises(SubtitleReadError) as caught:
        formats.read_bytes(data, path="a.ttml")
    assert (caught.value.line, caught.value.expected) == (3, "expected begin and end (or dur) attributes on <p>")


def test_a_root_that_is_not_tt_is_refused():
    with pytest.raises(SubtitleReadError) as caught:
        formats.read_bytes(b"<html><body><p>x</p></body></html>", path="page.xml", format="ttml")
    assert "root element is <tt>" in caught.value.expected


def test_a_new_ttml_document_declares_its_namespaces_and_uses_clock_times():
    data = formats.write_bytes(Document(cues=[Cue(1000, 2500, "a\nb")], format="ttml"))[0].decode()
    assert 'xmlns:tts="http://www.w3.org/ns/ttml#styling"' in data
    assert '<p begin="00:00:01.000" end="00:00:02.500">a<br/>b</p>' in data
    assert formats.read_bytes(data.encode())[0].text == "a\nb"


def test_a_utf16_ttml_file_is_read_and_saved_identically():
    text = ('<?xml version="1.0" encoding="UTF-16"?>\n<tt xmlns="http://www.w3.org/ns/ttml" xml:lang="ar">'
            '<body><div><p begin="00:00:01.000" end="00:00:02.000">مرحبا</p></div></body></tt>\n')
    data = b"\xff\xfe" + text.encode("utf-16-le")
    doc = formats.read_bytes(data)
    assert (doc.encoding, doc[0].text) == ("utf-16-le", "مرحبا")
    assert formats.write_bytes(doc)[0] == data


def test_old_dfxp_namespace_with_centisecond_clock_times_is_read():
    data = (b'<?xml version="1.0" encoding="utf-8"?>\n<tt xml:lang="en" xmlns="http://www.w3.org/2006/10/ttaf1" '
            b'xmlns:tts="http://www.w3.org/2006/10/ttaf1#styling"><head/><body><div xml:lang="en">\n'
            b'<p begin="00:00:00.90" end="00:00:04.25">Welcome back<br />to the show</p>\n</div></body></tt>\n')
    doc = formats.read_bytes(data, path="cielo24.dfxp")
    assert [(c.start, c.end, c.text) for c in doc] == [(900, 4250, "Welcome back\nto the show")]
    assert formats.write_bytes(doc)[0] == data


NESTED = b'''<?xml version="1.0"?>
<tt xmlns="http://www.w3.org/ns/ttml"><head/><body region="r">
<div begin="1s"><div region="a">
<p begin="1s" end="2s">one</p>
</div>
<p begin="3s" end="4s">two</p>
</div>
<div><p begin="5s" end="6s">three</p></div>
</body></tt>'''


@pytest.mark.parametrize("deleted", [0, 1, 2])
def test_deleting_a_cue_from_nested_divs_keeps_the_rest_well_formed_and_timed(deleted):
    doc = formats.read_bytes(NESTED)
    expected = [(c.start, c.end, c.text) for c in doc]
    del doc.cues[deleted]
    del expected[deleted]
    again = formats.read_bytes(formats.write_bytes(doc)[0])
    assert [(c.start, c.end, c.text) for c in again] == expected


@pytest.mark.parametrize("typed, written", [
    ("Tom &b; Jerry", "Tom &amp;b; Jerry"),
    ("caf&eacute;&nbsp;!", "café\u00a0!"),
    ("&amp; &#233;", "&amp; &#233;"),
])
def test_typed_entities_are_written_as_xml_can_read_them(typed, written):
    doc = formats.read_bytes(b'<tt xmlns="http://www.w3.org/ns/ttml"><body><div><p begin="1s" end="2s">x</p></div></body></tt>')
    doc[0].text = typed
    data = formats.write_bytes(doc)[0]
    assert f">{written}</p>".encode() in data
    assert formats.read_bytes(data)[0].text == written
