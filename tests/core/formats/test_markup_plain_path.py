"""Text without markup characters, and SRT/WebVTT text whose only markup is simple <i> <b> <u>,
skips the token machinery: what it gives must be what the full translation gives, for every pair
of formats and for documents converted whole."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from subtitle_desk.core import formats
from subtitle_desk.core.document import Cue, Document
from subtitle_desk.core.formats import markup

FORMATS = ("srt", "vtt", "ssa", "ttml")
# letters, and every character and tag some format reads as markup
PIECES = list("ab é\n") + ["<", ">", "&", "{", "}", "\\", "\u00a0", "i", "/", "amp;", "<i>", "</i>",
                           "<b>", "</b>", "<u>", "</u>", "<I>", "<i.x>", "</i >", "<c>", "{\\i1}", "{\\an8}",
                           "\\N", "\\h"]
TEXT = st.lists(st.sampled_from(PIECES), max_size=12).map("".join)


def full(text: str, src: str, dst: str) -> str:
    """The token path, without the plain-text shortcuts."""
    drops = markup.Drops()
    if src in ("srt", "vtt"):
        tokens = markup._html_tokens(text, src, drops)
    elif src == "ssa":
        tokens = markup._ssa_tokens(text, drops)
    else:
        tokens = markup._ttml_tokens(text, drops, None)
    tokens = markup._balanced(tokens)
    if dst in ("srt", "vtt"):
        return markup._html_text(tokens, dst)
    return markup._ssa_text(tokens) if dst == "ssa" else markup._ttml_text(tokens)


@settings(max_examples=1500, deadline=None)
@given(TEXT, st.sampled_from(FORMATS), st.sampled_from(FORMATS))
def test_convert_text_gives_what_the_token_path_gives(text, src, dst):
    assert markup.convert_text(text, src, dst) == full(text, src, dst)


@settings(max_examples=1500, deadline=None)
@given(TEXT, st.sampled_from(FORMATS))
def test_plain_text_is_one_text_token(text, src):
    if markup.is_plain(text, src):
        drops = markup.Drops()
        assert markup.to_tokens(text, src, drops) == ([("text", text)] if text else [])
        assert drops.notes() == []


# mostly tags, so that nesting, reopening and empty pairs come up often
TAGGED = st.lists(st.sampled_from(["<i>", "</i>", "<b>", "</b>", "<u>", "</u>", "a", " ", ">", "&", "<", "{", "\n"]),
                  max_size=10).map("".join)


@settings(max_examples=3000, deadline=None)
@given(st.one_of(TAGGED, TEXT), st.sampled_from([("srt", "vtt"), ("vtt", "srt")]))
@example("<i>a<b>b</b></i> > c", ("srt", "vtt"))
@example("<i><b></b>x</i>", ("srt", "vtt"))
@example("<i></i>x", ("vtt", "srt"))
@example("<i>a<i>b</i>", ("srt", "vtt"))
def test_simple_html_is_what_the_token_path_gives_when_it_answers(text, pair):
    src, dst = pair
    simple = markup.simple_html(text, src, dst)
    if simple is not None:
        assert simple == full(text, src, dst)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(TAGGED, TEXT), min_size=1, max_size=6), st.sampled_from(["srt", "vtt"]),
       st.sampled_from(FORMATS))
def test_converted_documents_match_cue_by_cue(texts, src, dst):
    doc = Document(cues=[Cue(i * 1000, i * 1000 + 900, t) for i, t in enumerate(texts)], format=src)
    converted, _ = formats.convert(doc, dst)
    if src == dst:
        return
    assert [c.text for c in converted.cues] == [full(t, src, dst) for t in texts]
