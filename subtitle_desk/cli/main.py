"""``subtitle-desk``: the desktop app, or a scripting verb over the same core.

    subtitle-desk [FILE] [--demo]          open the window (optionally a file, or on the emulators)
    subtitle-desk convert IN OUT [--to F]  convert between SRT, WebVTT, TTML and SSA
    subtitle-desk check FILE [...]         print QC problems
    subtitle-desk emulators --port-file F  serve the local Dotsub/DatoCMS/cielo24 emulators
    subtitle-desk dotsub|datocms|cielo24 VERB ...

Each verb lives in its own module exposing ``register(subparsers)``; the parser sets ``func``.
A run builds only the parser of the verb it was given, so ``convert`` and ``check`` import no
HTTP, emulator or keyring code, and Qt is imported only when the window is opened (the verbs run
on machines without a display).
"""

from __future__ import annotations

import argparse
import importlib
import sys

VERB_MODULES = ("subtitles", "emulators", "dotsub", "datocms", "cielo24")
#: verb -> (module under subtitle_desk.cli, its function adding that verb's parser)
VERBS = {
    "convert": ("subtitles", "register_convert"),
    "check": ("subtitles", "register_check"),
    "emulators": ("emulators", "register"),
    "dotsub": ("dotsub", "register"),
    "datocms": ("datocms", "register"),
    "cielo24": ("cielo24", "register"),
}


class _Version(argparse.Action):
    """--version: the installed version, looked up only when asked (importlib.metadata is slow)."""

    def __init__(self, option_strings: list[str], dest: str = argparse.SUPPRESS, **kwargs) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS,
                         help="show program's version number and exit", **kwargs)

    def __call__(self, parser, namespace, values, option_string=None) -> None:
        from subtitle_desk import __version__

        print(f"subtitle-desk {__version__}")
        parser.exit()


def build_parser(verb: str | None = None) -> argparse.ArgumentParser:
    """The parser of every verb, or of ``verb`` alone (importing only that verb's module)."""
    parser = argparse.ArgumentParser(prog="subtitle-desk", description=__doc__.split("\n\n")[0])
    parser.add_argument("--version", action=_Version)
    sub = parser.add_subparsers(dest="verb", metavar="VERB")
    if verb is not None:
        module, function = VERBS[verb]
        getattr(importlib.import_module(f"subtitle_desk.cli.{module}"), function)(sub)
        return parser
    for name in VERB_MODULES:
        importlib.import_module(f"subtitle_desk.cli.{name}").register(sub)
    return parser


def gui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="subtitle-desk", add_help=True,
                                     epilog="Verbs: " + ", ".join(VERBS))
    parser.add_argument("file", nargs="?", help="subtitle file to open")
    parser.add_argument("--demo", action="store_true",
                        help="start the built-in local Dotsub, DatoCMS and cielo24 services and use them")
    parser.add_argument("--smoke-test", action="store_true",
                        help="open the window, exercise the services, exit 0 on success or 1 saying what failed")
    parser.add_argument("--version", action=_Version)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] in VERBS:
        args = build_parser(argv[0]).parse_args(argv)
        return int(args.func(args) or 0)
    args = gui_parser().parse_args(argv)
    from subtitle_desk.ui.app import run_app  # Qt only from here on

    return run_app(args)


if __name__ == "__main__":
    sys.exit(main())
