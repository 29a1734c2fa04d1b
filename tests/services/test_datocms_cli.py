"""``subtitle-desk datocms`` verbs against the emulator, configured the way scripts do it:
through SUBTITLE_DESK_DATOCMS_* environment variables."""

from __future__ import annotations

import json

import pytest

from subtitle_desk.cli import datocms as cli
from subtitle_desk.emulators import datocms as emu
from tests.services.conftest import VerbCaller
from test_datocms_support import FIXTURES, dato, storage  # noqa: F401


@pytest.fixture()
def desk(dato, cli_environment, capsys):
    cli_environment(SUBTITLE_DESK_DATOCMS_API_URL=dato.url, SUBTITLE_DESK_DATOCMS_TOKEN=emu.DEMO_TOKEN)
    dato.state.job_pending_polls = 0  # the CLI polls on the real clock: no pending rounds
    run = VerbCaller(cli.register, "datocms")

    def invoke(*argv: str) -> tuple[int, str, str]:
        code = run(*argv)
        out, err = capsys.readouterr()
        return code, out, err

    return invoke


def test_uploads_lists_the_videos_as_json_with_the_total(desk):
    code, out, _ = desk("uploads", "--json")
    data = json.loads(out)
    assert code == 0
    assert data["total_count"] == 3
    assert {u["filename"] for u in data["uploads"]} >= {"episode-01-pilot.mp4"}
    assert all(u["is_video"] for u in data["uploads"])


def test_uploads_prints_one_line_per_upload_and_the_count(desk):
    code, out, err = desk("uploads", "--type", "all", "--all")
    assert code == 0
    assert len(out.splitlines()) == 6
    assert "6 uploads" in err


def test_tracks_shows_status_and_the_error_of_an_errored_track(desk):
    code, out, _ = desk("tracks", emu.VIDEO_WITH_TRACKS)
    assert code == 0
    assert "errored" in out
    assert "error: The subtitles file could not be read" in out


def test_publish_converts_srt_to_webvtt_and_follows_the_track_until_ready(desk, dato, tmp_path):
    source = tmp_path / "episode-01.es.srt"
    source.write_bytes((FIXTURES / "episode-01.es.srt").read_bytes())
    code, out, err = desk("publish", emu.VIDEO_WITHOUT_TRACKS, str(source), "--language", "es-ES",
                          "--name", "Español", "--json")
    track = json.loads(out)
    assert code == 0
    assert (track["status"], track["language_code"], track["name"]) == ("ready", "es-ES", "Español")
    assert "converted episode-01.es.srt (SubRip (SRT)) to WebVTT" in err
    (request,) = dato.state.upload_requests.values()
    assert request.filename == "episode-01.es.vtt"
    stored = dato.storage.get(request.key)
    assert stored.path.read_bytes().startswith(b"WEBVTT")


def test_publish_of_an_unreadable_track_exits_1_with_the_services_reason(desk, tmp_path):
    source = tmp_path / "silence.mp3"
    source.write_bytes(b"not audio at all")
    code, out, err = desk("publish", emu.VIDEO_WITHOUT_TRACKS, str(source), "--type", "audio",
                          "--language", "es")
    assert code == 1
    assert "errored" in out
    assert "could not process the track: silence.mp3 is not an audio file" in err


def test_publish_of_a_file_that_is_not_subtitles_exits_2_without_calling_datocms(desk, dato, tmp_path):
    source = tmp_path / "notes.vtt"
    source.write_bytes((FIXTURES / "notes.vtt").read_bytes())
    code, _, err = desk("publish", emu.VIDEO_WITHOUT_TRACKS, str(source), "--language", "en")
    assert code == 2
    assert "expected the WebVTT signature" in err
    assert not dato.state.requests


def test_generate_prints_the_new_track(desk):
    code, out, _ = desk("generate", emu.VIDEO_WITHOUT_TRACKS, "--language", "en", "--name", "English (auto)")
    assert code == 0
    assert "subtitles" in out and "English (auto)" in out and "ready" in out


def test_generate_without_waiting_prints_the_job_id(desk, dato):
    code, out, _ = desk("generate", emu.VIDEO_WITHOUT_TRACKS, "--language", "en", "--no-wait")
    assert code == 0
    assert out.strip() in dato.state.jobs


def test_delete_removes_the_track(desk, dato):
    code, out, _ = desk("delete", emu.VIDEO_WITH_TRACKS, emu.ERRORED_TRACK, "--json")
    assert code == 0
    assert json.loads(out)["deleted"]["id"] == emu.ERRORED_TRACK
    _, listing, _ = desk("tracks", emu.VIDEO_WITH_TRACKS, "--json")
    assert emu.ERRORED_TRACK not in {t["id"] for t in json.loads(listing)}


def test_service_refusal_exits_1_with_the_services_message(desk):
    code, out, err = desk("generate", emu.VIDEO_WITHOUT_TRACKS, "--language", "english")
    assert code == 1
    assert out == ""
    assert err.strip() == "INVALID_FIELD: language_code is not a valid BCP 47 code ('english')"


def test_environment_option_selects_the_sandbox(desk):
    code, out, _ = desk("uploads", "--environment", emu.SANDBOX_ENVIRONMENT, "--json")
    assert code == 0
    assert emu.SANDBOX_ONLY_VIDEO in {u["id"] for u in json.loads(out)["uploads"]}


def test_missing_token_says_what_to_set_up(desk, monkeypatch):
    monkeypatch.delenv("SUBTITLE_DESK_DATOCMS_TOKEN")
    code, _, err = desk("uploads")
    assert code == 1
    assert "DatoCMS is not set up" in err
