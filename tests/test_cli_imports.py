"""``convert`` and ``check`` load no HTTP, emulator, Qt, keyring or numpy code: proven by running
the CLI's main in a fresh interpreter and listing what it imported. They pause automatic garbage
collection while they work and leave it as they found it."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

HEAVY = ("httpx", "httpcore", "starlette", "uvicorn", "PySide6", "shiboken6", "qasync", "numpy", "keyring")

PROBE = r"""
import json, sys
from subtitle_desk.cli.main import main
try:
    code = main(sys.argv[1:])
except SystemExit as exc:  # --help
    code = exc.code
print(json.dumps({"code": code, "modules": sorted(sys.modules)}))
"""

SRT = "1\n00:00:01,000 --> 00:00:02,500\n<i>Hello</i> there, señor.\n\n2\n00:00:03,000 --> 00:00:04,000\nBye.\n"


def imported(*argv: str) -> tuple[int, set[str]]:
    done = subprocess.run([sys.executable, "-c", PROBE, *argv], capture_output=True, text=True, check=False)
    assert done.stdout, done.stderr
    result = json.loads(done.stdout.splitlines()[-1])
    return result["code"], set(result["modules"])


def heavy(modules: set[str]) -> list[str]:
    return sorted(m for m in modules if m.split(".")[0] in HEAVY)


@pytest.fixture
def srt(tmp_path):
    path = tmp_path / "in.srt"
    path.write_text(SRT, encoding="utf-8")
    return path


def test_convert_imports_no_http_emulator_qt_keyring_or_numpy(srt, tmp_path):
    code, modules = imported("convert", str(srt), str(tmp_path / "out.vtt"))
    assert code == 0
    assert (tmp_path / "out.vtt").read_text(encoding="utf-8").startswith("WEBVTT")
    assert heavy(modules) == []
    # nor the other verbs, the services or the QC rules it does not run
    assert not {m for m in modules if m.startswith(("subtitle_desk.core.services", "subtitle_desk.emulators",
                                                    "subtitle_desk.ui", "subtitle_desk.cli.common"))}
    assert "subtitle_desk.core.qc" not in modules


def test_check_imports_no_http_emulator_qt_keyring_or_numpy(srt):
    code, modules = imported("check", str(srt))
    assert code == 0
    assert "subtitle_desk.core.qc" in modules
    assert heavy(modules) == []


def test_the_probe_sees_heavy_imports_where_a_verb_needs_them():
    code, modules = imported("dotsub", "--help")
    assert code == 0
    assert "httpx" in heavy(modules)


@pytest.mark.parametrize("enabled", [True, False])
def test_convert_and_check_leave_the_garbage_collector_as_they_found_it(srt, tmp_path, enabled):
    import gc

    from subtitle_desk.cli.main import main

    was = gc.isenabled()
    try:
        gc.enable() if enabled else gc.disable()
        assert main(["convert", str(srt), str(tmp_path / "out.vtt")]) == 0
        assert gc.isenabled() is enabled
        assert main(["check", str(srt), "--json"]) in (0, 1)
        assert gc.isenabled() is enabled
        assert main(["convert", str(srt), str(tmp_path / "out.xyz")]) == 2  # a failed run too
        assert gc.isenabled() is enabled
    finally:
        gc.enable() if was else gc.disable()
