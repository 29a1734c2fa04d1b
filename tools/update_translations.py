"""Refresh the interface translations: extract the texts with pyside6-lupdate into
resources/i18n/subtitle_desk_<lang>.ts, fill in each translation the catalogue
(tools/translations/) has, and, with --release, compile the .qm files the app loads
(subtitle_desk/resources/i18n/) with pyside6-lrelease.

    .venv/bin/python tools/update_translations.py [--release]
    .venv/bin/python tools/update_translations.py --check [FILE ...]

--check writes nothing: it extracts the texts into a temporary folder and lists each one the
catalogue does not translate (with its file and line), and exits 1 if there is any; with FILEs,
only texts found in those files are listed. The suite runs it (tests/test_translations.py).

A text the catalogue does not have stays type="unfinished" (and shows in English)."""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
LANGUAGES = {"de": "de_DE", "fr": "fr_FR", "es": "es_ES", "ar": "ar"}
#: Plural forms per language in Qt's rules (lupdate asks for this many numerusforms).
PLURAL_FORMS = {"en": 2, "de": 2, "fr": 2, "es": 2, "ar": 6}
BIN = Path(sys.executable).parent
TOOL_SUFFIX = ".exe" if sys.platform == "win32" else ""

sys.path.insert(0, str(Path(__file__).resolve().parent))
from translations import merged  # noqa: E402


@dataclass(frozen=True)
class Gap:
    """A text without a usable translation: where it is and what is wrong."""
    language: str
    context: str
    source: str
    where: str
    problem: str

    def __str__(self) -> str:
        return f"{self.where}: [{self.language}] {self.context}: {self.source!r}: {self.problem}"


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "subtitle_desk" / "ui").rglob("*.py"))


def lupdate(ts: Path, target: str | None = None, *, plural_only: bool = False) -> None:
    command = [str(BIN / f"pyside6-lupdate{TOOL_SUFFIX}"), *sources(), "-no-obsolete", "-silent", "-ts", str(ts)]
    if plural_only:
        command.insert(1, "-pluralonly")
    if target:
        command[1:1] = ["-target-language", target]
    subprocess.run(command, cwd=ROOT, check=True)


def _where(ts: Path, message: ET.Element) -> str:
    location = message.find("location")
    if location is None:
        return "?"
    path = (ts.parent / location.get("filename", "")).resolve()
    try:
        path = path.relative_to(ROOT)
    except ValueError:
        pass
    return f"{path}:{location.get('line', '?')}"


def fill(ts: Path, language: str, catalog: dict) -> list[Gap]:
    """Write the catalogue's translations into ``ts``; returns the texts left untranslated."""
    tree = ET.parse(ts)
    gaps: list[Gap] = []
    for context_element in tree.iter("context"):
        context = context_element.findtext("name") or ""
        for message in context_element.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None:
                continue
            text = catalog.get(f"{context}|{source}", catalog.get(source, {})).get(language)
            numerus = message.get("numerus") == "yes"

            def gap(problem: str) -> None:
                gaps.append(Gap(language, context, source, _where(ts, message), problem))

            if not context:
                # lupdate lost the class (it does after a function that defines another inside an
                # if/for/while/try): at run time self.tr looks in the class's context, not this one.
                gap("found with no context: use QCoreApplication.translate(\"Class\", ...) here")
                continue
            if text is None:
                gap("no translation")
                continue
            if numerus != isinstance(text, list):
                gap("a list of plural forms is needed" if numerus
                    else "one text is needed, not a list (no count is passed to tr)")
                continue
            if numerus and len(text) != PLURAL_FORMS[language]:
                gap(f"{len(text)} plural forms given, {PLURAL_FORMS[language]} needed")
                continue
            translation.attrib.pop("type", None)
            if numerus:
                for child in list(translation):
                    translation.remove(child)
                translation.text = None
                for form in text:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = text
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return gaps


def refresh(folder: Path) -> list[Gap]:
    """Extract and fill every language's .ts file in ``folder``; returns every gap."""
    catalog = merged()
    gaps: list[Gap] = []
    for language, target in LANGUAGES.items():
        ts = folder / f"subtitle_desk_{language}.ts"
        lupdate(ts, target)
        gaps += fill(ts, language, catalog)
    # English: only the plural forms ("%n cue(s)" -> "1 cue" / "2 cues").
    ts = folder / "subtitle_desk_en.ts"
    lupdate(ts, "en", plural_only=True)
    gaps += fill(ts, "en", catalog)
    return gaps


def check(files: list[str]) -> list[Gap]:
    """The gaps, found in a temporary folder (nothing in the project is written)."""
    with tempfile.TemporaryDirectory() as folder:
        gaps = refresh(Path(folder))
    if files:
        wanted = {str(Path(f).resolve().relative_to(ROOT)) if Path(f).is_absolute() or Path(f).exists()
                  else f for f in files}
        gaps = [g for g in gaps if g.where.rsplit(":", 1)[0] in wanted]
    return gaps


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--release", action="store_true", help="compile the .qm files too")
    parser.add_argument("--check", action="store_true", help="only list the texts without a translation")
    parser.add_argument("files", nargs="*", help="with --check: only texts in these files")
    args = parser.parse_args()
    if args.check:
        gaps = check(args.files)
        for g in gaps:
            print(g)
        print(f"{len(gaps)} untranslated")
        return 1 if gaps else 0
    I18N.mkdir(parents=True, exist_ok=True)
    gaps = refresh(I18N)
    for language in (*LANGUAGES, "en"):
        mine = [g for g in gaps if g.language == language]
        print(f"subtitle_desk_{language}.ts: {len(mine)} untranslated")
        for g in mine:
            print(f"  {g}")
    if args.release:
        subprocess.run([sys.executable, "-m", "subtitle_desk.ui.i18n"], cwd=ROOT, check=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
