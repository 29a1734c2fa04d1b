"""``subtitle-desk datocms publish-dotsub`` from the shell's point of view, against the emulators."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest

from subtitle_desk.cli import datocms as cli
from subtitle_desk.emulators import datocms as dato_emu
from subtitle_desk.emulators.demo import Emulators, start_all
from tests.services.conftest import VerbCaller, cli_environment, private_cache_dir  # noqa: F401

verb = VerbCaller(cli.register, "datocms")


@pytest.fixture
def emulators(tmp_path, cli_environment) -> Iterator[Emulators]:  # noqa: F811
    served = start_all(tmp_path / "emulators")
    served.datocms.state.job_pending_polls = 0
    cli_environment(**served.environment())
    try:
        yield served
    finally:
        served.stop()


def _media(emulators: Emulators) -> dict[str, Any]:
    state = emulators.dotsub.state
    state.refresh_subtitled()
    return next(m for m in state.media.values() if len(m.get("subtitledLanguageIds") or []) >= 2)


def test_every_finished_language_becomes_a_ready_track(emulators, capsys):
    media = _media(emulators)
    assert verb("publish-dotsub", media["mediaId"], dato_emu.VIDEO_WITHOUT_TRACKS, "--json") == 0
    results = json.loads(capsys.readouterr().out)
    assert [r["language"] for r in results] == media["subtitledLanguageIds"]
    assert {r["outcome"] for r in results} == {"ready"} and all(r["track"]["id"] for r in results)


def test_an_unreadable_language_fails_the_run_and_the_others_still_publish(emulators, capsys):
    media = _media(emulators)
    broken, *fine = media["subtitledLanguageIds"]
    emulators.dotsub.state.tracks[(media["mediaId"], broken)].cues = [(1000, 10 ** 13, "no end in sight")]
    code = verb("publish-dotsub", media["mediaId"], dato_emu.VIDEO_WITHOUT_TRACKS)
    out, err = capsys.readouterr()
    assert code == 1
    lines = {line.split()[0]: line for line in out.splitlines()}
    assert "unreadable" in lines[broken] and "line" in lines[broken]
    assert all("ready" in lines[lang] for lang in fine)
    assert f"{broken} (unreadable)" in err
    assert f"{broken}: Downloading" in err  # progress per language


def test_languages_limits_the_run_to_those_named(emulators, capsys):
    media = _media(emulators)
    first = media["subtitledLanguageIds"][0]
    assert verb("publish-dotsub", media["mediaId"], dato_emu.VIDEO_WITHOUT_TRACKS, "--languages", first,
                "--json") == 0
    assert [r["language"] for r in json.loads(capsys.readouterr().out)] == [first]
