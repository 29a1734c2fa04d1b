"""Whatever bytes arrive, reading either gives a Document or raises SubtitleReadError naming the
file and line; never any other exception. What was read can always be written and read again."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from subtitle_desk.core import formats
from subtitle_desk.core.formats import SubtitleReadError

from pathlib import Path

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "subtitles"

FIXTURE_NAMES = sorted(p.name for p in FIXTURES.iterdir())
ROBUST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def read_or_refuse(data: bytes, fmt: str | None):
    try:
        doc = formats.read_bytes(data, path="fuzz.bin", format=fmt)
    except SubtitleReadError as exc:
        assert exc.path == "fuzz.bin" and exc.line >= 0 and exc.expected
        assert "internal error" not in exc.expected, exc.__cause__
        assert str(exc).startswith("fuzz.bin")
        return None
    data_out, notes = formats.write_bytes(doc)
    again = formats.read_bytes(data_out, path="again", format=doc.format)
    assert len(again) == len(doc)
    return doc


@pytest.mark.parametrize("fmt", [None, *formats.FORMATS])
@given(data=st.binary(max_size=600))
@ROBUST
def test_random_bytes_are_read_or_refused_with_a_read_error(fmt, data):
    read_or_refuse(data, fmt)


@pytest.mark.parametrize("fmt", [None, *formats.FORMATS])
@given(text=st.text(alphabet=st.sampled_from(list("0123456789:,.-> \n\t\r<>/{}\\[]=\"'&;abcdefpstvNOTEWBDialogue")),
                    max_size=400))
@ROBUST
def test_random_subtitle_like_text_is_read_or_refused_with_a_read_error(fmt, text):
    read_or_refuse(text.encode(), fmt)


MUTATION = st.tuples(st.sampled_from(["delete", "insert", "replace", "duplicate_line", "drop_line", "swap_lines"]),
                     st.integers(min_value=0, max_value=10_000), st.integers(min_value=0, max_value=40),
                     st.binary(min_size=1, max_size=12))


def mutate(data: bytes, mutations) -> bytes:
    for kind, pos, size, junk in mutations:
        if not data:
            return junk
        pos %= len(data)
        if kind == "delete":
            data = data[:pos] + data[pos + size:]
        elif kind == "insert":
            data = data[:pos] + junk + data[pos:]
        elif kind == "replace":
            data = data[:pos] + junk + data[pos + len(junk):]
        else:
            lines = data.split(b"\n")
            i = pos % len(lines)
            j = (pos + size) % len(lines)
            if kind == "duplicate_line":
                lines.insert(i, lines[i])
            elif kind == "drop_line":
                del lines[i]
            else:
                lines[i], lines[j] = lines[j], lines[i]
            data = b"\n".join(lines)
    return data


@pytest.mark.parametrize("name", FIXTURE_NAMES)
@given(mutations=st.lists(MUTATION, min_size=1, max_size=4))
@ROBUST
def test_mutated_real_files_are_read_or_refused_with_a_read_error(name, mutations):
    original = (FIXTURES / name).read_bytes()
    data = mutate(original, mutations)
    read_or_refuse(data, None)
    read_or_refuse(data, formats.read_bytes(original).format)


def test_a_billion_laughs_document_is_refused_without_expanding_anything():
    lol = b'<!DOCTYPE lolz [<!ENTITY lol "lol">' + b"".join(
        b'<!ENTITY lol%d "%s">' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10) for i in range(1, 10)) + b"]>"
    data = b'<?xml version="1.0"?>' + lol + b'<tt xmlns="http://www.w3.org/ns/ttml"><body><div><p begin="0s" end="1s">&lol9;</p></div></body></tt>'
    with pytest.raises(SubtitleReadError):
        formats.read_bytes(data, path="lolz.ttml")


def test_an_external_entity_is_refused():
    data = (b'<?xml version="1.0"?><!DOCTYPE tt [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
            b'<tt xmlns="http://www.w3.org/ns/ttml"><body><div><p begin="0s" end="1s">&x;</p></div></body></tt>')
    with pytest.raises(SubtitleReadError):
        formats.read_bytes(data, path="xxe.ttml")
