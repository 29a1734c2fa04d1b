"""The core and the emulators import no Qt: proven in a fresh interpreter, module by module."""

from __future__ import annotations

import json
import subprocess
import sys

PROBE = r"""
import importlib, json, pkgutil, sys
import subtitle_desk.core, subtitle_desk.emulators
names = []
for package in (subtitle_desk.core, subtitle_desk.emulators):
    names.append(package.__name__)
    for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        names.append(info.name)
for name in names:
    importlib.import_module(name)
forbidden = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6", "qasync"))
print(json.dumps({"imported": names, "forbidden": forbidden}))
"""


def probe() -> dict:
    done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.splitlines()[-1])


def test_core_and_emulators_import_without_qt_or_qasync():
    result = probe()
    assert result["forbidden"] == []


def test_the_probe_really_walks_the_packages():
    imported = probe()["imported"]
    assert {"subtitle_desk.core.document", "subtitle_desk.core.edits", "subtitle_desk.core.qc",
            "subtitle_desk.emulators.server"} <= set(imported)
