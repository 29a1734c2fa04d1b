"""``subtitle-desk convert`` and ``subtitle-desk check`` from the command line."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

from subtitle_desk.cli import subtitles

SPECS = Path(__file__).parent / "fixtures" / "specs"

CLEAN_SRT = """1
00:00:01,000 --> 00:00:03,000
Hello there.

2
00:00:04,000 --> 00:00:06,500
<i>How are you?</i>
"""

FAST_SRT = """1
00:00:01,000 --> 00:00:02,000
This line is far too long to read in a single second.

2
00:00:02,000 --> 00:00:04,000
Fine.
"""

STYLED_VTT = """WEBVTT

intro
00:00:01.000 --> 00:00:03.000 align:left line:10%
Hello there.
"""


def run(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="subtitle-desk")
    subtitles.register(parser.add_subparsers(dest="verb"))
    args = parser.parse_args(argv)
    return args.func(args)


@pytest.fixture
def write(tmp_path):
    def write(name: str, text: str) -> str:
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return str(path)
    return write


def test_convert_writes_the_format_of_the_output_extension(write, tmp_path):
    source = write("in.srt", CLEAN_SRT)
    assert run(["convert", source, str(tmp_path / "out.vtt")]) == 0
    out = (tmp_path / "out.vtt").read_text(encoding="utf-8")
    assert out.startswith("WEBVTT") and "00:00:04.000 --> 00:00:06.500" in out


def test_convert_to_overrides_the_extension(write, tmp_path):
    source = write("in.srt", CLEAN_SRT)
    assert run(["convert", source, str(tmp_path / "out.txt"), "--to", "vtt"]) == 0
    assert (tmp_path / "out.txt").read_text(encoding="utf-8").startswith("WEBVTT")


def test_convert_reports_what_was_dropped_on_stderr(write, tmp_path, capsys):
    source = write("in.vtt", STYLED_VTT)
    assert run(["convert", source, str(tmp_path / "out.srt")]) == 0
    err = capsys.readouterr().err
    assert "dropped:" in err


def test_convert_of_an_unreadable_file_exits_2_with_the_reason(write, tmp_path, capsys):
    source = write("in.srt", "1\nthis is not a timing line\nHello\n")
    assert run(["convert", source, str(tmp_path / "out.vtt")]) == 2
    assert "cannot read" in capsys.readouterr().err
    assert not (tmp_path / "out.vtt").exists()


def test_convert_of_a_missing_file_exits_2(tmp_path, capsys):
    assert run(["convert", str(tmp_path / "nope.srt"), str(tmp_path / "out.vtt")]) == 2
    assert "nope.srt" in capsys.readouterr().err


def test_convert_to_an_unknown_extension_without_to_exits_2(write, tmp_path, capsys):
    source = write("in.srt", CLEAN_SRT)
    assert run(["convert", source, str(tmp_path / "out.doc")]) == 2
    assert "--to" in capsys.readouterr().err


def test_check_of_a_clean_file_exits_0_and_prints_nothing(write, capsys):
    assert run(["check", write("ok.srt", CLEAN_SRT)]) == 0
    assert capsys.readouterr().out == ""


def test_check_prints_one_line_per_problem_and_exits_1(write, capsys):
    assert run(["check", write("fast.srt", FAST_SRT)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines == [
        "cue 1 [max-chars-per-line] line has 53 characters (limit 42)",
        "cue 1 [max-cps] 53.0 characters per second (limit 20)",
        "cue 1 [min-gap] 0 ms gap to the next cue (minimum 83 ms)",
    ]


def test_check_json_lists_problems_with_one_based_cues(write, capsys):
    assert run(["check", write("fast.srt", FAST_SRT), "--json"]) == 1
    problems = json.loads(capsys.readouterr().out)
    assert problems[1] == {"cue": 1, "rule": "max-cps", "value": 53.0, "limit": 20.0,
                           "message": "53.0 characters per second (limit 20)"}


def test_check_json_of_a_clean_file_is_an_empty_list(write, capsys):
    assert run(["check", write("ok.srt", CLEAN_SRT), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_check_uses_a_preset(write, capsys):
    srt = FAST_SRT.replace("This line is far too long to read in a single second.", "Eighteen chars ok.")
    assert run(["check", write("a.srt", srt), "--preset", "netflix-en"]) == 1  # the 0 ms gap
    assert run(["check", write("b.srt", srt.replace("00:00:02,000 -->", "00:00:02,100 -->")),
                "--preset", "netflix-other"]) == 1  # 18 cps > 17
    assert "[max-cps]" in capsys.readouterr().out


def test_check_uses_a_dotsub_spec_file(write, capsys):
    spec = str(SPECS / "dotsub_french.json")
    assert run(["check", write("ok.srt", CLEAN_SRT), "--spec", spec]) == 1
    out = capsys.readouterr().out
    assert "cue 1 [min-duration] lasts 2000 ms (minimum 3000 ms)" in out


def test_check_with_a_spec_of_the_wrong_type_exits_2_naming_the_field(write, capsys):
    code = run(["check", write("ok.srt", CLEAN_SRT), "--spec", str(SPECS / "bad_type.json")])
    assert code == 2 and "maxCharactersPerLine" in capsys.readouterr().err


def test_check_with_a_spec_that_is_not_json_exits_2(write, capsys):
    assert run(["check", write("ok.srt", CLEAN_SRT), "--spec", write("s.json", "{nope")]) == 2
    assert "not valid JSON" in capsys.readouterr().err


def test_check_with_a_missing_spec_exits_2(write, tmp_path):
    assert run(["check", write("ok.srt", CLEAN_SRT), "--spec", str(tmp_path / "none.json")]) == 2


def test_check_of_an_unreadable_file_exits_2(write, capsys):
    assert run(["check", write("bad.srt", "1\nnot a time\nx\n")]) == 2
    assert "cannot read" in capsys.readouterr().err


def test_check_help_names_the_default_spec(capsys):
    with pytest.raises(SystemExit):
        run(["check", "--help"])
    assert "netflix-en" in capsys.readouterr().out


def test_verbs_run_through_the_installed_entry_point(write):
    import subprocess
    import sys

    source = write("ok.srt", CLEAN_SRT)
    done = subprocess.run([sys.executable, "-m", "subtitle_desk", "check", source, "--json"],
                          capture_output=True, text=True, check=False)
    assert (done.returncode, json.loads(done.stdout)) == (0, [])


# -- translation rules: --source, --glossary, --spelling --------------------------------------

WORKBENCH = Path(__file__).parent / "fixtures" / "workbench"
TARGET_FR = str(WORKBENCH / "target.fr.srt")
SOURCE_EN = str(WORKBENCH / "source.en.srt")
GLOSSARY_CSV = str(WORKBENCH / "glossary.csv")
WORK_ARGS = ["--source", SOURCE_EN, "--source-language", "en-US", "--language", "fr-FR",
             "--glossary", GLOSSARY_CSV, "--spelling"]


def test_check_of_a_translation_flags_exactly_the_untranslated_glossary_and_spelling_cues(capsys):
    assert run(["check", TARGET_FR, *WORK_ARGS]) == 1
    captured = capsys.readouterr()
    assert captured.out.splitlines() == [
        "cue 3 [untranslated] not translated: same text as the source",
        'cue 4 [glossary] "hard drive" should be translated as "disque dur"',
        'cue 5 [spelling] misspelled: "trés"',
    ]
    assert "5 of 6 cues translated" in captured.err


def test_check_of_a_translation_as_json(capsys):
    assert run(["check", TARGET_FR, *WORK_ARGS, "--json"]) == 1
    problems = json.loads(capsys.readouterr().out)
    assert all(set(p) == {"cue", "rule", "value", "limit", "message"} for p in problems)
    assert [(p["cue"], p["rule"], p["value"], p["limit"]) for p in problems] == [
        (3, "untranslated", 1, None), (4, "glossary", 1, None), (5, "spelling", 1, None)]


def test_each_translation_rule_comes_with_its_option(capsys):
    assert run(["check", TARGET_FR, "--source", SOURCE_EN, "--json"]) == 1
    assert [(p["cue"], p["rule"]) for p in json.loads(capsys.readouterr().out)] == [(3, "untranslated")]
    assert run(["check", TARGET_FR, "--spelling", "--language", "fr-FR", "--json"]) == 1
    assert [(p["cue"], p["rule"]) for p in json.loads(capsys.readouterr().out)] == [
        (3, "spelling"), (5, "spelling")]  # without a source, cue 3's English is misspelled French


def test_the_glossary_source_column_defaults_to_the_first(capsys):
    args = ["--source", SOURCE_EN, "--language", "fr", "--glossary", GLOSSARY_CSV, "--json"]
    assert run(["check", TARGET_FR, *args]) == 1
    assert [p["rule"] for p in json.loads(capsys.readouterr().out)] == ["untranslated", "glossary"]


def test_a_fixed_translation_is_clean(tmp_path, capsys):
    fixed = (Path(TARGET_FR).read_text(encoding="utf-8")
             .replace("Thank you very much.", "Merci beaucoup.")
             .replace("le disque.", "le disque dur.").replace("trés", "très"))
    path = tmp_path / "fixed.fr.srt"
    path.write_text(fixed, encoding="utf-8")
    assert run(["check", str(path), *WORK_ARGS]) == 0
    captured = capsys.readouterr()
    assert captured.out == "" and "6 of 6 cues translated" in captured.err


def test_cues_kept_in_the_sidecar_are_not_untranslated(tmp_path, capsys):
    target = tmp_path / "target.fr.srt"
    target.write_bytes(Path(TARGET_FR).read_bytes())
    (tmp_path / "target.fr.srt.translation.json").write_text(
        '{"version": 1, "kept": [{"start": 7000, "text": "Thank you very much."}]}', encoding="utf-8")
    assert run(["check", str(target), *WORK_ARGS, "--json"]) == 1
    assert [p["cue"] for p in json.loads(capsys.readouterr().out)] == [4, 5]


@pytest.mark.parametrize("change, reason", [
    ({"--source": "missing.srt"}, "missing.srt"),
    ({"--glossary": "missing.csv"}, "missing.csv: cannot read"),
    ({"--language": "it-IT"}, "no column for it-IT"),
])
def test_an_unreadable_source_or_glossary_exits_2(tmp_path, capsys, change, reason):
    args = list(WORK_ARGS)
    for option, value in change.items():
        args[args.index(option) + 1] = str(tmp_path / value) if value.startswith("missing") else value
    assert run(["check", TARGET_FR, *args]) == 2
    assert reason in capsys.readouterr().err


def test_a_malformed_glossary_exits_2_naming_the_line(write, capsys):
    bad = write("bad.csv", "en-US,fr-FR\nlabel,étiquette, libellé\n")
    assert run(["check", TARGET_FR, "--source", SOURCE_EN, "--language", "fr-FR", "--glossary", bad]) == 2
    err = capsys.readouterr().err
    assert "bad.csv line 2: 3 cells" in err


def test_a_language_without_a_dictionary_exits_2_naming_it(capsys):
    assert run(["check", TARGET_FR, "--spelling", "--language", "pt-PT"]) == 2
    assert "no spelling dictionary for pt-PT" in capsys.readouterr().err


def test_options_that_need_others_exit_2(capsys):
    assert run(["check", TARGET_FR, "--spelling"]) == 2
    assert "--spelling needs --language" in capsys.readouterr().err
    assert run(["check", TARGET_FR, "--glossary", GLOSSARY_CSV, "--language", "fr-FR"]) == 2
    assert "--glossary needs --source" in capsys.readouterr().err


def test_a_damaged_kept_marks_file_exits_2(tmp_path, capsys):
    target = tmp_path / "t.srt"
    target.write_bytes(Path(TARGET_FR).read_bytes())
    (tmp_path / "t.srt.translation.json").write_text("{nope", encoding="utf-8")
    assert run(["check", str(target), "--source", SOURCE_EN]) == 2
    assert "t.srt.translation.json: not valid JSON" in capsys.readouterr().err


ABSURD_TTML = ('<tt xmlns="http://www.w3.org/ns/ttml"><body><div>\n'
               '<p begin="0s" end="' + "9" * 4300 + 'h">Forever</p>\n</div></body></tt>\n')


def test_check_of_a_file_with_an_absurd_time_exits_2_naming_the_file_and_line(write, capsys):
    assert run(["check", write("forever.ttml", ABSURD_TTML)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "cannot read forever.ttml, line 2: " in captured.err and "999:59:59.999" in captured.err
    assert "Traceback" not in captured.err


def test_convert_of_a_file_with_an_absurd_time_exits_2_and_writes_nothing(write, tmp_path, capsys):
    source = write("forever.ass", "[Events]\nDialogue: 0,0:00:01.00,1000:00:00.00,Default,,0,0,0,,Forever\n")
    assert run(["convert", source, str(tmp_path / "out.srt")]) == 2
    assert "forever.ass, line 2: " in capsys.readouterr().err
    assert not (tmp_path / "out.srt").exists()
