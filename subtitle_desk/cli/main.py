"""``subtitle-desk``: the desktop app, or a scripting verb over the same core.

    subtitle-desk [FILE] [--demo]          open the window (optionally a file, or on the emulators)
    subtitle-desk convert IN OUT [--to F]  convert between SRT, WebVTT, TTML and SSA
    subtitle-desk check FILE [...]         print QC problems
    subtitle-desk emulators --port-file F  serve the local Dotsub/DatoCMS/cielo24 emulators
    subtitle-desk dotsub|datocms|cielo24 VERB ...

Each verb lives in its own module exposing ``register(subparsers)``; the parser sets ``func``.
Qt is imported only when the window is opened, so the verbs run on machines without a display.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from subtitle_desk import __version__

VERB_MODULES = ("subtitles", "emulators", "dotsub", "datocms", "cielo24")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="subtitle-desk", description=__doc__.split("\n\n")[0])
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="verb", metavar="VERB")
    for name in VERB_MODULES:
        importlib.import_module(f"subtitle_desk.cli.{name}").register(sub)
    return parser


def gui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="subtitle-desk", add_help=True,
                                     epilog="Verbs: " + ", ".join(
                                         ["convert", "check", "emulators", "dotsub", "datocms", "cielo24"]))
    parser.add_argument("file", nargs="?", help="subtitle file to open")
    parser.add_argument("--demo", action="store_true",
                        help="start the built-in local Dotsub, DatoCMS and cielo24 services and use them")
    parser.add_argument("--smoke-test", action="store_true",
                        help="open the window, exercise the services, exit 0 on success or 1 saying what failed")
    parser.add_argument("--version", action="version", version=f"subtitle-desk {__version__}")
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    verbs = {"convert", "check", "emulators", "dotsub", "datocms", "cielo24"}
    if argv and argv[0] in verbs:
        args = build_parser().parse_args(argv)
        return int(args.func(args) or 0)
    args = gui_parser().parse_args(argv)
    from subtitle_desk.ui.app import run_app  # Qt only from here on

    return run_app(args)


if __name__ == "__main__":
    sys.exit(main())
