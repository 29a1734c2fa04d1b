"""Refresh the interface translations: extract the texts with pyside6-lupdate into
subtitle_desk/resources/i18n/subtitle_desk_<lang>.ts, fill in each translation the catalogue
(tools/translation_catalog.py) has, and, with --release, compile the .qm files with pyside6-lrelease.

    .venv/bin/python tools/update_translations.py [--release]

A text the catalogue does not have stays type="unfinished" (and shows in English)."""

from __future__ import annotations

import argparse
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "subtitle_desk" / "resources" / "i18n"
LANGUAGES = {"de": "de_DE", "fr": "fr_FR", "es": "es_ES", "ar": "ar"}
BIN = Path(sys.executable).parent

sys.path.insert(0, str(Path(__file__).resolve().parent))
from translation_catalog import CATALOG  # noqa: E402


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "subtitle_desk" / "ui").rglob("*.py"))


def lupdate(ts: Path, target: str | None = None, *, plural_only: bool = False) -> None:
    command = [str(BIN / "pyside6-lupdate"), *sources(), "-no-obsolete", "-silent", "-ts", str(ts)]
    if plural_only:
        command.insert(1, "-pluralonly")
    if target:
        command[1:1] = ["-target-language", target]
    subprocess.run(command, cwd=ROOT, check=True)


def fill(ts: Path, language: str) -> list[str]:
    tree = ET.parse(ts)
    missing = []
    messages = [(context.findtext("name") or "", message) for context in tree.iter("context")
                for message in context.iter("message")]
    for context, message in messages:
        source = message.findtext("source") or ""
        translation = message.find("translation")
        # "Context|text" in the catalogue: that context's own translation (a status "Open" is no verb).
        text = CATALOG.get(f"{context}|{source}", CATALOG.get(source, {})).get(language)
        if translation is None:
            continue
        if text is None:
            missing.append(source)
            continue
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            forms = text if isinstance(text, list) else [text]
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = text
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return missing


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--release", action="store_true", help="compile the .qm files too")
    args = parser.parse_args()
    I18N.mkdir(parents=True, exist_ok=True)
    for language, target in LANGUAGES.items():
        ts = I18N / f"subtitle_desk_{language}.ts"
        lupdate(ts, target)
        missing = fill(ts, language)
        print(f"{ts.name}: {len(missing)} untranslated")
        for source in missing:
            print(f"  {source!r}")
    # English: only the plural forms ("%n cue(s)" -> "1 cue" / "2 cues").
    ts = I18N / "subtitle_desk_en.ts"
    lupdate(ts, "en", plural_only=True)
    missing = fill(ts, "en")
    print(f"{ts.name}: {len(missing)} untranslated")
    for source in missing:
        print(f"  {source!r}")
    if args.release:
        subprocess.run([str(BIN / "pyside6-lrelease"), "-silent", *sorted(map(str, I18N.glob("*.ts")))],
                       cwd=ROOT, check=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
