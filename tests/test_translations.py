"""The interface's translations (tools/update_translations.py): every text wrapped for
translation has a German, French, Spanish and Arabic translation (and English plural forms), and
the .ts files shipped are the ones the catalogue makes, so a new text without a translation fails
here rather than showing in English to a user of another language."""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
import update_translations  # noqa: E402

pytestmark = pytest.mark.skipif(not (update_translations.BIN / f"pyside6-lupdate{update_translations.TOOL_SUFFIX}")
                                .is_file(), reason="pyside6-lupdate is not beside this Python")


def messages(ts: Path) -> set[tuple[str, str, tuple[str, ...]]]:
    """(context, source, translations) of each finished message in ``ts``."""
    out = set()
    for context in ET.parse(ts).iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") == "unfinished":
                continue
            forms = tuple(f.text or "" for f in translation.iter("numerusform")) or (translation.text or "",)
            out.add((context.findtext("name") or "", message.findtext("source") or "", forms))
    return out


def test_every_text_of_the_interface_is_translated_into_every_language():
    gaps = update_translations.check([])
    assert not gaps, "texts without a translation (add them to tools/translations/):\n" + "\n".join(map(str, gaps))


def test_the_shipped_ts_files_are_the_ones_the_catalogue_makes(tmp_path):
    update_translations.refresh(tmp_path)
    for fresh in sorted(tmp_path.glob("*.ts")):
        shipped = update_translations.I18N / fresh.name
        assert messages(shipped) == messages(fresh), (
            f"{shipped.name} is out of date: run .venv/bin/python tools/update_translations.py --release")


def test_a_text_without_translation_is_reported_with_its_file_and_line(tmp_path, monkeypatch):
    catalog = update_translations.merged()
    text = next(key for key, value in catalog.items() if "|" not in key and isinstance(value.get("de"), str))
    del catalog[text]
    monkeypatch.setattr(update_translations, "merged", lambda: catalog)
    gaps = [g for g in update_translations.refresh(tmp_path) if g.source == text and g.language == "de"]
    assert gaps and all(g.problem == "no translation" for g in gaps)
    assert gaps[0].where.startswith("subtitle_desk/ui/") and gaps[0].where.rsplit(":", 1)[1].isdigit()
