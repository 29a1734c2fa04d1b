"""``subtitle-desk convert`` and ``subtitle-desk check``: the subtitle core from a shell.

Exit codes: 0 done / no problem; 1 (check only) problems found; 2 the input, the spec, the
source, the glossary or the output could not be read or written, or no spelling dictionary for
the language (the reason goes to stderr).
"""

from __future__ import annotations

import argparse
import gc
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from subtitle_desk.core.qc import Spec

# The core is imported inside the functions: ``convert`` then loads no QC code.
DEFAULT_PRESET = "netflix-en"
FORMAT_CHOICES = ("srt", "vtt", "ttml", "ssa")

_CONVERT_HELP = """\
Convert a subtitle file between SubRip (.srt), WebVTT (.vtt), TTML/DFXP (.ttml, .dfxp, .xml) and
SubStation Alpha (.ssa, .ass). The output format comes from --to, else from OUT's extension.
What the target format cannot keep (styles, positions, cue settings ...) is listed on stderr.
OUT is written atomically; an existing OUT is replaced without a backup.
Exit status: 0 converted, 2 the input could not be read or the output not written."""

_CHECK_HELP = """\
Check a subtitle file against a subtitle specification and print every problem, one line each:
"cue 12 [max-cps] 23.4 characters per second (limit 20)".
Rules: max-lines, max-chars-per-line, min-duration, max-duration, max-cps, overlap, min-gap,
empty-text, bad-timing.
Without --spec or --preset the spec is --preset {default} ({described}).
A --spec file is a Dotsub subtitle specification as the Dotsub API returns it (maxLinesPerCaption,
maxCharactersPerLine, minCaptionDurationInMillis, maxCaptionDurationInMillis,
maxCharactersPerSecondPerCaption; null means no limit), or an object with the keys max_lines,
max_chars_per_line, min_duration_ms, max_duration_ms, max_cps, min_gap_ms and name.

A translation is checked with more rules:
  untranslated  (with --source) a cue with no text, or still the text of the source cue it is
                aligned to by time; cues marked as kept as they are in the source (in
                FILE.translation.json, which the editor writes) are not reported
  glossary      (with --glossary and --source) the source cue holds a glossary term and the cue
                none of its approved translations; the glossary is a Dotsub glossary CSV (first
                row: language codes), its columns chosen by --source-language (default: its
                first column) and --language
  spelling      (with --spelling) words not in the --language dictionary
A cue reported untranslated is not checked for glossary terms and spelling.
Exit status: 0 no problem, 1 problems found, 2 the file, the spec, the source or the glossary
could not be read, or there is no spelling dictionary for the language."""


def register(subparsers: argparse._SubParsersAction) -> None:
    register_convert(subparsers)
    register_check(subparsers)


def register_convert(subparsers: argparse._SubParsersAction) -> None:
    convert = subparsers.add_parser(
        "convert", help="convert between SRT, WebVTT, TTML and SSA", description=_CONVERT_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter)
    convert.add_argument("input", metavar="IN", help="subtitle file to read")
    convert.add_argument("output", metavar="OUT", help="file to write")
    convert.add_argument("--to", choices=FORMAT_CHOICES, help="output format (default: from OUT's extension)")
    convert.set_defaults(func=run_convert)


def register_check(subparsers: argparse._SubParsersAction) -> None:
    from subtitle_desk.core.qc import PRESETS

    described = PRESETS[DEFAULT_PRESET].describe()
    check = subparsers.add_parser(
        "check", help="print QC problems",
        description=_CHECK_HELP.format(default=DEFAULT_PRESET, described=described),
        formatter_class=argparse.RawDescriptionHelpFormatter)
    check.add_argument("file", metavar="FILE", help="subtitle file to check")
    source = check.add_mutually_exclusive_group()
    source.add_argument("--spec", metavar="SPEC.json", help="subtitle specification file (JSON)")
    source.add_argument("--preset", choices=sorted(PRESETS),
                        help=f"built-in specification (default: {DEFAULT_PRESET})")
    check.add_argument("--json", action="store_true",
                       help='print a JSON list of {"cue", "rule", "value", "limit", "message"}')
    work = check.add_argument_group("translation")
    work.add_argument("--source", metavar="SOURCE", help="the subtitle file FILE translates")
    work.add_argument("--source-language", metavar="TAG",
                      help="SOURCE's language, e.g. en-US (picks the glossary column)")
    work.add_argument("--language", metavar="TAG", help="FILE's language, e.g. fr-FR")
    work.add_argument("--glossary", metavar="GLOSSARY.csv", help="Dotsub glossary CSV (needs --source)")
    work.add_argument("--spelling", action="store_true", help="check spelling (needs --language)")
    check.set_defaults(func=run_check)


def _error(verb: str, message: str) -> int:
    print(f"subtitle-desk {verb}: {message}", file=sys.stderr)
    return 2


def _read(path: str):
    """(document, None) or (None, reason)."""
    from subtitle_desk.core import formats

    try:
        return formats.read_path(path), None
    except formats.SubtitleReadError as exc:
        return None, f"cannot read {exc}"  # the error names the file and the line
    except OSError as exc:
        return None, f"cannot read {path}: {exc.strerror or exc}"


def _collection_paused(run):
    """``run`` with automatic garbage collection paused while it works: a verb makes tens of
    thousands of objects and no cycles, which the collector would only walk again and again
    (about a tenth of converting 20,000 cues). The collector is on again when it returns."""
    def paused(args: argparse.Namespace) -> int:
        enabled = gc.isenabled()
        gc.disable()
        try:
            return run(args)
        finally:
            if enabled:
                gc.enable()
    paused.__name__, paused.__doc__ = run.__name__, run.__doc__
    return paused


@_collection_paused
def run_convert(args: argparse.Namespace) -> int:
    from subtitle_desk.core import formats
    from subtitle_desk.core.storage import SaveError, save_document

    target = args.to
    if target is None:
        try:
            target = formats.format_for_path(args.output)
        except (ValueError, KeyError):
            target = None
        if target is None:
            return _error("convert", f"cannot tell the format of {args.output} from its extension; "
                                     f"use --to {{{','.join(FORMAT_CHOICES)}}}")
    doc, reason = _read(args.input)
    if doc is None:
        return _error("convert", reason)
    for warning in doc.warnings:
        print(f"{args.input}: {warning}", file=sys.stderr)
    try:
        notes = save_document(doc, args.output, format=target, backup=False)
    except SaveError as exc:
        return _error("convert", str(exc))
    for note in notes:
        print(f"dropped: {note}", file=sys.stderr)
    return 0


def load_spec(path: str) -> Spec:
    """A spec file (see ``check --help``); ValueError/OSError with the reason."""
    import json

    from subtitle_desk.core.qc import Spec

    try:
        obj = json.loads(Path(path).read_text(encoding="utf-8-sig"))
    except json.JSONDecodeError as exc:
        raise ValueError(f"not valid JSON (line {exc.lineno}: {exc.msg})") from None
    except UnicodeDecodeError:
        raise ValueError("not UTF-8 text") from None
    return Spec.from_mapping(obj)


@_collection_paused
def run_check(args: argparse.Namespace) -> int:
    import json

    from subtitle_desk.core.qc import PRESETS, check_document

    if args.spec:
        try:
            spec = load_spec(args.spec)
        except OSError as exc:
            return _error("check", f"cannot read spec {args.spec}: {exc.strerror or exc}")
        except ValueError as exc:
            return _error("check", f"cannot use spec {args.spec}: {exc}")
    else:
        spec = PRESETS[args.preset or DEFAULT_PRESET]
    doc, reason = _read(args.file)
    if doc is None:
        return _error("check", reason)
    context, translation, reason = _translation_context(args)
    if reason:
        return _error("check", reason)
    problems = check_document(doc, spec, context)
    if args.json:
        print(json.dumps([{"cue": p.row + 1, "rule": p.rule, "value": p.value, "limit": p.limit,
                           "message": p.message} for p in problems], indent=2, ensure_ascii=False))
    else:
        out = sys.stdout
        for p in problems:
            out.write(f"cue {p.row + 1} [{p.rule}] {p.message}\n")
        cues = len({p.row for p in problems})
        summary = (f"{len(problems)} problem{'s' if len(problems) != 1 else ''} in {cues} "
                   f"cue{'s' if cues != 1 else ''}" if problems else "no problems")
        print(f"{args.file}: {summary} ({len(doc)} cues checked against {spec.describe()})",
              file=sys.stderr)
        if translation is not None:
            print(f"{args.file}: {translation.progress(doc)}", file=sys.stderr)
    return 1 if problems else 0


def _translation_context(args: argparse.Namespace):
    """(QcContext or None, TranslationState or None, None) or (None, None, reason)."""
    from subtitle_desk.core import translation as tr
    from subtitle_desk.core.qc import QcContext

    if args.glossary and not args.source:
        return None, None, "--glossary needs --source (the glossary is checked against the source cues)"
    if (args.glossary or args.spelling) and not args.language:
        return None, None, f"{'--glossary' if args.glossary else '--spelling'} needs --language"
    state = glossary = spelling = None
    if args.source:
        source, reason = _read(args.source)
        if source is None:
            return None, None, reason
        try:
            marks = tr.load_marks(tr.marks_path(args.file))
        except OSError as exc:
            return None, None, f"cannot read {tr.marks_path(args.file)}: {exc.strerror or exc}"
        except ValueError as exc:
            return None, None, f"cannot use kept marks {exc}"
        state = tr.TranslationState(source, marks)
    if args.glossary:
        from subtitle_desk.core.glossary import GlossaryError, load_glossary

        try:
            loaded = load_glossary(args.glossary)
            glossary = loaded.matcher(args.source_language or loaded.languages[0], args.language)
        except GlossaryError as exc:
            return None, None, f"cannot use glossary {exc}"
    if args.spelling:
        from subtitle_desk.core.spelling import DictionaryMissing, SpellChecker

        try:
            spelling = SpellChecker(args.language)
        except DictionaryMissing as exc:
            return None, None, str(exc)
    if state is None and spelling is None:
        return None, None, None
    return QcContext(state, glossary, spelling), state, None
