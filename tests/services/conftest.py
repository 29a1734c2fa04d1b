"""Shared by the ``subtitle-desk`` verb tests: the environment a verb reads, and calling a verb.

``cli_environment`` leaves only the ``SUBTITLE_DESK_*`` variables a test sets (and a config folder
of its own), so the developer's settings never leak in. Every test here gets a cache folder of its
own (``SUBTITLE_DESK_CACHE_DIR``), so a token kept without a keyring never lands in the real one. ``VerbCaller`` parses and runs a verb as
the ``subtitle-desk`` entry point would:

    from tests.services.conftest import VerbCaller
    cli = VerbCaller(cielo24_cli.register, "cielo24")
    assert cli("jobs") == 0
    data = cli.json(capsys, "info", JOB_ID)        # runs with --json, asserts exit 0, parses stdout
"""

from __future__ import annotations

import argparse
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest


@pytest.fixture(autouse=True)
def private_cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("SUBTITLE_DESK_CACHE_DIR", str(folder))
    return folder


@pytest.fixture
def cli_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                    private_cache_dir: Path) -> Callable[..., None]:
    """Clear the ``SUBTITLE_DESK_*`` variables, point the config folder into ``tmp_path``, and
    return ``setenv(NAME=value, ...)`` for the service's own variables."""
    for name in list(os.environ):
        if name.startswith("SUBTITLE_DESK_"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("SUBTITLE_DESK_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("SUBTITLE_DESK_CACHE_DIR", str(private_cache_dir))

    def setenv(**values: str) -> None:
        for name, value in values.items():
            monkeypatch.setenv(name, value)

    return setenv


class VerbCaller:
    """``subtitle-desk GROUP VERB ...`` through the group's ``register`` function."""

    def __init__(self, register: Callable[[Any], None], group: str) -> None:
        self.register = register
        self.group = group

    def __call__(self, *argv: str) -> int:
        parser = argparse.ArgumentParser(prog="subtitle-desk")
        self.register(parser.add_subparsers(dest="verb"))
        args = parser.parse_args([self.group, *argv])
        return args.func(args)

    def json(self, capsys: pytest.CaptureFixture[str], *argv: str) -> Any:
        capsys.readouterr()
        assert self(*argv, "--json") == 0
        return json.loads(capsys.readouterr().out)
