"""The SRT reader's shortcuts for the usual cue (clock fields looked up, a body of visible lines,
an empty line and the next number taken as it stands) read exactly what the general path reads."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from subtitle_desk.core.document import Document
from subtitle_desk.core.formats import SubtitleReadError, srt

FIELD = st.sampled_from(["0", "00", "01", "9", "59", "60", "99", "123", "1234", "٣", "07"])
FRACTION = st.sampled_from(["", ",000", ",5", ",50", ",500", ",999", ".250", ":040", ",1234", ",٣٣٣"])
TIME = st.builds(lambda h, m, s, f: f"{h}:{m}:{s}{f}", FIELD, FIELD, FIELD, FRACTION)
TIMING = st.builds(lambda a, arrow, b, tail: f"{a}{arrow}{b}{tail}", TIME,
                   st.sampled_from([" --> ", "-->", " -> ", "\t-->\t"]), TIME,
                   st.sampled_from(["", " X1:40 X2:600", "  ", "\t"]))
# text lines: visible, with trailing or leading whitespace of several kinds, blank, or numbers
LINE = st.sampled_from(["Hello", "two words", "<i>é</i>", "trailing ", "tab\t", " lead", "nbsp\u00a0",
                        "nel\x85", "", " ", "\t", "\u2028", "12", " 7 ", "\ufeff3", "٣", "-->", "a -> b"])
BLOCK = st.builds(lambda number, timing, lines, blanks: f"{number}{timing}\n" + "\n".join(lines) + "\n" * blanks,
                  st.sampled_from(["", "1\n", "2\n", " 3 \n", "x\n"]), TIMING,
                  st.lists(LINE, max_size=4), st.sampled_from([0, 1, 2, 3]))
FILE = st.builds(lambda head, blocks, end: head + "".join(blocks) + end,
                 st.sampled_from(["", "\n", "\ufeff", "1\n"]), st.lists(BLOCK, min_size=1, max_size=6),
                 st.sampled_from(["", "\n", "\n\n", "stray"]))


def outcome(text: str, shortcuts: bool):
    try:
        doc = srt.read(text, "x.srt", Document(format="srt"), shortcuts=shortcuts)
    except SubtitleReadError as exc:
        return ("error", str(exc))
    return ("doc", doc.cues, doc.meta, doc.warnings)


@settings(max_examples=3000, deadline=None)
@given(FILE)
@example("1\n00:00:01,000 --> 00:00:02,000\nHello\nthere\n\n2\n00:00:03,000 --> 00:00:04,000\nBye\n")
@example("1\n00:00:01,000 --> 00:00:02,000\nHello \n\n2\n00:00:03,000 --> 00:00:04,000\nBye\n")
@example("1\n00:00:01,000 --> 00:00:02,000\nHello\n\n\n2\n00:00:03,000 --> 00:00:04,000\nBye\n")
@example("1\n00:00:01,000 --> 00:00:02,000\n\n2\n00:00:03,000 --> 00:00:04,000\nBye\n")
@example("1\n00:60:01,000 --> 00:00:02,000\nHi\n\n2\n00:00:03,000 --> 00:00:04,000\nBye\n")
@example("1\n999:59:59,999 --> 1000:00:00,000\nHi\n")
def test_the_shortcuts_read_what_the_general_path_reads(text):
    assert outcome(text, True) == outcome(text, False)


def test_the_usual_file_takes_the_shortcuts_and_reads_as_before():
    blocks = [f"{i}\n00:00:{i:02d},{i:03d} --> 00:00:{i + 1:02d},500\nLine {i} é\n<i>second</i>\n" for i in range(1, 40)]
    text = "\n".join(blocks)
    fast, general = outcome(text, True), outcome(text, False)
    assert fast == general
    assert fast[1][5].text == "Line 6 é\n<i>second</i>" and fast[1][5].identifier == "6"
