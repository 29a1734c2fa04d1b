"""The interface's translations, one module per area of the interface, each with a ``CATALOG``:
English text -> {language: translation}. tools/update_translations.py merges them and writes
them into the .ts files.

- A key "Context|text" is that context's own translation of text (a status "Open" is no verb).
- A numerus text (``self.tr("%n cue(s)", "", n)``) takes a list of forms, one per plural form of
  the language (Arabic has six), and "en" gives the English forms.
- Keep the {placeholders}, the %n and the & of menu mnemonics.
- The same key in two modules must carry the same translations.
"""

from __future__ import annotations

import importlib
import pkgutil

Catalog = dict[str, dict[str, "str | list[str]"]]


def merged() -> Catalog:
    """Every module's CATALOG in one; raises ValueError when two modules disagree on a key."""
    out: Catalog = {}
    owner: dict[str, str] = {}
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda i: i.name):
        module = importlib.import_module(f"{__name__}.{info.name}")
        for key, value in module.CATALOG.items():
            if key in out and out[key] != value:
                raise ValueError(f"{key!r} is translated differently in {owner[key]} and {info.name}")
            out[key], owner[key] = value, info.name
    return out
