"""``subtitle-desk cielo24 ...`` against the emulator, with credentials from the environment."""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from subtitle_desk.cli import cielo24 as cielo24_cli
from subtitle_desk.emulators.cielo24 import DEMO_API_KEY, DEMO_USERNAME, Cielo24Emulator
from subtitle_desk.emulators.server import ServedApp
from tests.services.conftest import VerbCaller

COMPLETE_JOB = "3f1c5d7e9b2a4c6d8e0f1a2b3c4d5e6f"
IN_PROCESS_JOB = "7a9b1c3d5e7f4a6b8c0d2e4f6a8b0c2d"


@pytest.fixture
def emulator(tmp_path: Path) -> Iterator[Cielo24Emulator]:
    emulator = Cielo24Emulator(demo_dir=tmp_path / "no-demo")
    yield emulator
    emulator.close()


@pytest.fixture
def served(emulator: Cielo24Emulator, cli_environment: Callable[..., None]) -> Iterator[ServedApp]:
    served = ServedApp(emulator.app, name="cielo24").start()
    cli_environment(SUBTITLE_DESK_CIELO24_API_URL=served.base_url, SUBTITLE_DESK_CIELO24_USERNAME=DEMO_USERNAME,
                    SUBTITLE_DESK_CIELO24_API_KEY=DEMO_API_KEY)
    yield served
    served.stop()


cli = VerbCaller(cielo24_cli.register, "cielo24")
json_out = cli.json


def test_new_job_prints_the_job_id(served: ServedApp, emulator: Cielo24Emulator,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    assert cli("new-job", "--name", "Episode 104") == 0
    job_id = capsys.readouterr().out.strip()
    assert emulator.state.job(job_id).name == "Episode 104"


def test_new_job_json_carries_job_and_task_ids(served: ServedApp,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    assert set(json_out(capsys, "new-job")) == {"job_id", "task_id"}


def test_add_media_uploads_a_local_file(served: ServedApp, emulator: Cielo24Emulator, tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    media = tmp_path / "clip.mp4"
    media.write_bytes(os.urandom(300_000))
    job_id = json_out(capsys, "new-job")["job_id"]
    result = json_out(capsys, "add-media", job_id, str(media))
    assert result["bytes"] == 300_000 and emulator.state.job(job_id).media_path.read_bytes() == media.read_bytes()


def test_add_media_shows_progress_on_stderr(served: ServedApp, tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    media = tmp_path / "clip.mp4"
    media.write_bytes(os.urandom(300_000))
    job_id = json_out(capsys, "new-job")["job_id"]
    cli("add-media", job_id, str(media))
    assert "clip.mp4: 100%" in capsys.readouterr().err


def test_add_media_by_url(served: ServedApp, emulator: Cielo24Emulator,
                          capsys: pytest.CaptureFixture[str]) -> None:
    job_id = json_out(capsys, "new-job")["job_id"]
    cli("add-media", job_id, "--url", "https://cdn.example.com/ep1.mp4")
    assert emulator.state.job(job_id).media_url == "https://cdn.example.com/ep1.mp4"


def test_a_second_media_exits_1_with_the_service_message(served: ServedApp,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    status = cli("add-media", COMPLETE_JOB, "--url", "https://cdn.example.com/again.mp4")
    assert status == 1 and "a job may only have a single piece of media (INVALID_QUERY)" in capsys.readouterr().err


def test_a_missing_file_exits_2(served: ServedApp, tmp_path: Path,
                                capsys: pytest.CaptureFixture[str]) -> None:
    assert cli("add-media", COMPLETE_JOB, str(tmp_path / "nowhere.mp4")) == 2


def test_transcribe_orders_the_fidelity_and_turnaround(served: ServedApp, emulator: Cielo24Emulator,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    job_id = json_out(capsys, "new-job")["job_id"]
    cli("add-media", job_id, "--url", "https://cdn.example.com/ep1.mp4")
    cli("transcribe", job_id, "--fidelity", "premium", "--turnaround", "PRIORITY",
        "--notes", "two speakers")
    job = emulator.state.job(job_id)
    assert (job.fidelity, job.priority, job.options) == ("PREMIUM", "PRIORITY", {"notes": "two speakers"})


def test_captions_go_to_standard_output(served: ServedApp, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    assert cli("captions", COMPLETE_JOB, "--format", "web_vtt") == 0
    assert capsysbinary.readouterr().out.startswith(b"WEBVTT")


def test_captions_are_written_to_a_file(served: ServedApp, tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "ep.srt"
    result = json_out(capsys, "captions", COMPLETE_JOB, "-o", str(out))
    assert out.read_bytes().startswith(b"1\r\n00:00:01,000 --> ") and result["bytes"] == out.stat().st_size


def test_captions_replace_an_existing_file_atomically(served: ServedApp, tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "out").mkdir()
    out = tmp_path / "out" / "ep.srt"
    out.write_bytes(b"an older version")
    with out.open("rb") as reader:  # someone reading the old file meanwhile
        assert cli("captions", COMPLETE_JOB, "-o", str(out)) == 0
        assert reader.read() == b"an older version"  # a new file took its place: not rewritten
    assert out.read_bytes().startswith(b"1\r\n00:00:01,000 --> ")
    assert [p.name for p in out.parent.iterdir()] == ["ep.srt"]  # no temporary or backup left


def test_a_second_local_file_is_refused_before_it_is_sent(served: ServedApp, emulator: Cielo24Emulator,
                                                          tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    video = tmp_path / "again.mp4"
    video.write_bytes(b"\0" * 200_000)
    capsys.readouterr()
    assert cli("add-media", COMPLETE_JOB, str(video)) == 1
    err = capsys.readouterr().err
    assert f"Job {COMPLETE_JOB} already has media" in err and "again.mp4 was not sent" in err
    assert ("POST", "/api/job/add_media") not in emulator.state.requests


def test_captions_wait_until_the_job_is_complete(served: ServedApp, emulator: Cielo24Emulator,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    job_id = json_out(capsys, "new-job")["job_id"]
    cli("add-media", job_id, "--url", "https://cdn.example.com/ep1.mp4")
    cli("transcribe", job_id)
    capsys.readouterr()
    assert cli("captions", job_id, "--wait", "--poll-interval", "0", "--format", "SBV") == 0
    captured = capsys.readouterr()
    assert "Complete" in captured.err and captured.out.startswith("0:00:01.000,0:00:03.600")


def test_captions_of_an_unfinished_job_exit_1(served: ServedApp,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert cli("captions", IN_PROCESS_JOB) == 1
    assert "captions are available once it is Complete" in capsys.readouterr().err


def test_jobs_lists_the_account_jobs(served: ServedApp, capsys: pytest.CaptureFixture[str]) -> None:
    jobs = json_out(capsys, "jobs", "--status", "Complete")
    assert [job["JobId"] for job in jobs] == [COMPLETE_JOB]


def test_info_shows_the_job_status(served: ServedApp, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    cli("info", IN_PROCESS_JOB)
    assert "JobStatus: In Process" in capsys.readouterr().out


def test_wrong_credentials_exit_1_without_printing_the_key(served: ServedApp,
                                                           monkeypatch: pytest.MonkeyPatch,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("SUBTITLE_DESK_CIELO24_API_KEY", "0123456789abcdef0123456789abcdef")
    capsys.readouterr()
    assert cli("jobs") == 1
    captured = capsys.readouterr()
    assert "(LOGIN_INVALID)" in captured.err and "0123456789abcdef" not in captured.err + captured.out


def test_missing_account_exits_1_saying_what_to_set_up(served: ServedApp, monkeypatch: pytest.MonkeyPatch,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.delenv("SUBTITLE_DESK_CIELO24_API_KEY")
    capsys.readouterr()
    assert cli("jobs") == 1 and "cielo24 is not set up" in capsys.readouterr().err


def test_the_verbs_are_reachable_from_the_subtitle_desk_command(served: ServedApp,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    from subtitle_desk.cli.main import main

    capsys.readouterr()
    assert main(["cielo24", "info", COMPLETE_JOB, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["JobStatus"] == "Complete"
