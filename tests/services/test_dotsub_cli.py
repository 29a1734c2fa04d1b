"""``subtitle-desk dotsub ...`` against the emulator, with credentials from the environment."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from subtitle_desk.cli import dotsub as dotsub_cli
from subtitle_desk.cli.common import ProgressPrinter
from subtitle_desk.emulators.dotsub import DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, DotsubEmulator
from subtitle_desk.emulators.server import ServedApp
from subtitle_desk.emulators.storage import StorageHost
from tests.services.conftest import VerbCaller


@pytest.fixture
def emulator(storage_host: StorageHost) -> DotsubEmulator:
    return DotsubEmulator(storage_host)


@pytest.fixture
def served(emulator: DotsubEmulator, cli_environment: Callable[..., None]) -> Iterator[ServedApp]:
    served = ServedApp(emulator.app, name="dotsub").start()
    cli_environment(SUBTITLE_DESK_DOTSUB_API_URL=served.base_url + "/api",
                    SUBTITLE_DESK_DOTSUB_LOGIN_URL=served.base_url,
                    SUBTITLE_DESK_DOTSUB_CLIENT_ID=DEMO_CLIENT_ID,
                    SUBTITLE_DESK_DOTSUB_CLIENT_SECRET=DEMO_CLIENT_SECRET)
    yield served
    served.stop()


cli = VerbCaller(dotsub_cli.register, "dotsub")
json_out = cli.json


def test_media_lists_a_table_of_media(served: ServedApp, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli("media", "--title", "spray gun") == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].split()[:3] == ["ID", "TITLE", "PROJECT"] and "Spray Gun Basics" in out


def test_media_json_walks_every_page_with_all(served: ServedApp, capsys: pytest.CaptureFixture[str]) -> None:
    data = json_out(capsys, "media", "--all", "--page-size", "50")
    assert len(data["content"]) == data["totalElements"] == 120


def test_tasks_json_keeps_only_open_tasks_of_the_type(served: ServedApp, capsys: pytest.CaptureFixture[str]) -> None:
    data = json_out(capsys, "tasks", "--open", "--type", "TASK_TRANSLATE", "--page-size", "100")
    assert data["content"] and {(t["type"], t["completed"]) for t in data["content"]} == {("TASK_TRANSLATE", False)}


def test_tasks_table_flags_overdue_tasks(served: ServedApp, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli("tasks", "--open", "--due-within", "0", "--page-size", "100") == 0
    rows = capsys.readouterr().out.splitlines()[1:-1]
    assert rows and all("OVERDUE" in row for row in rows)


def test_download_writes_the_subtitle_file(served: ServedApp, tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "out.vtt"
    assert cli("download", "12", "de-DE", "--format", "vtt", "-o", str(target)) == 0
    assert target.read_text("utf-8").startswith("WEBVTT") and "zurück" in target.read_text("utf-8")


def test_upload_subtitles_can_complete_the_task(served: ServedApp, emulator: DotsubEmulator, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    task = next(t for t in emulator.state.tasks.values() if t["type"] == "TASK_CAPTION" and not t["completed"])
    srt = tmp_path / "caption.srt"
    srt.write_text("1\n00:00:01,000 --> 00:00:02,000\nŽlté slnko\n", "utf-8")
    track = json_out(capsys, "upload-subtitles", task["mediaId"], task["languageId"], str(srt), "--complete-task")
    assert track["taskId"] == task["id"] and emulator.state.tasks[task["id"]]["completed"] is True


def test_complete_task_reports_the_new_state(served: ServedApp, emulator: DotsubEmulator,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    task = next(t for t in emulator.state.tasks.values() if not t["completed"])
    assert cli("complete-task", task["id"]) == 0
    assert capsys.readouterr().out.strip().endswith("completed")


def test_upload_video_creates_media_and_ends_uploaded(served: ServedApp, tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    video = tmp_path / "teaser.mp4"
    video.write_bytes(b"\0" * 1_500_000)
    media = json_out(capsys, "upload-video", str(video), "--title", "Teaser (cut 2)", "--project", "2",
                     "--translate", "ar-SA,fr-FR")
    assert media["uploadDetail"]["status"] == "UPLOADED"
    assert [lang["id"] for lang in media["translationLanguages"]] == ["ar-SA", "fr-FR"]


def test_progress_bar_is_drawn_on_a_terminal(served: ServedApp, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    stream = io.StringIO()
    original = ProgressPrinter.__init__

    def on_terminal(self: ProgressPrinter, label: str, **kwargs: Any) -> None:
        original(self, label, stream=stream, tty=True)

    monkeypatch.setattr(ProgressPrinter, "__init__", on_terminal)
    video = tmp_path / "teaser.mp4"
    video.write_bytes(b"\0" * 1_500_000)
    assert cli("upload-video", str(video), "--title", "Teaser", "--project", "1") == 0
    assert "\r" in stream.getvalue() and "100%" in stream.getvalue()


def test_service_refusal_exits_1_with_dotsub_message(served: ServedApp, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli("download", "foobar", "en-US") == 1
    assert capsys.readouterr().err.strip() == "Media with ID foobar wasn't found"


def test_invalid_title_is_refused_with_the_service_message(served: ServedApp, tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    video = tmp_path / "teaser.mp4"
    video.write_bytes(b"\0" * 10)
    assert cli("upload-video", str(video), "--title", "Teaser: final!", "--project", "1") == 1
    assert "title may only contain" in capsys.readouterr().err


def test_missing_local_file_exits_2(served: ServedApp, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli("upload-subtitles", "12", "en-US", str(tmp_path / "none.srt")) == 2
    assert "cannot read" in capsys.readouterr().err


def test_accept_then_release_task(served: ServedApp, emulator: DotsubEmulator,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    task = next(t for t in emulator.state.tasks.values() if not t["completed"] and not t["accepted"])
    accepted = json_out(capsys, "accept-task", task["id"])
    released = json_out(capsys, "release-task", task["id"])
    assert (accepted["accepted"], released["accepted"]) == (True, False)


def test_download_replaces_an_existing_file_atomically(served: ServedApp, tmp_path: Path) -> None:
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "out.vtt"
    target.write_text("an older version", "utf-8")
    with target.open("rb") as reader:  # someone reading the old file meanwhile
        assert cli("download", "12", "de-DE", "--format", "vtt", "-o", str(target)) == 0
        assert reader.read() == b"an older version"  # a new file took its place: not rewritten
    assert target.read_text("utf-8").startswith("WEBVTT")
    assert [p.name for p in target.parent.iterdir()] == ["out.vtt"]  # no temporary or backup left


def test_upload_video_through_a_host_that_stops_reading_retries_and_says_so(
        served: ServedApp, emulator: DotsubEmulator, storage_host: StorageHost, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    storage_host.faults.stall_upload_after = 0
    video = tmp_path / "teaser.mp4"
    video.write_bytes(b"\0" * 1_500_000)
    capsys.readouterr()
    assert cli("upload-video", str(video), "--title", "Teaser", "--project", "1",
               "--stall-timeout", "0.5") == 0
    err = capsys.readouterr().err
    assert "teaser.mp4: attempt 2 of 4 after a stalled connection (no bytes accepted for" in err
    media = max(emulator.state.media.values(), key=lambda m: int(m["mediaId"]))
    assert media["uploadDetail"]["status"] == "UPLOADED"


@pytest.fixture
def no_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    """A machine without an OS keyring (every headless box and CI)."""
    import keyring
    from keyring.backends import fail

    monkeypatch.setattr(keyring, "get_keyring", lambda: fail.Keyring())


def test_runs_without_a_keyring_share_one_token(served: ServedApp, emulator: DotsubEmulator,
                                                no_keyring: None, private_cache_dir: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    for _ in range(5):
        assert cli("media", "--page-size", "1") == 0

    assert emulator.tokens_issued == 1
    kept = private_cache_dir / "dotsub-token.json"
    assert oct(kept.stat().st_mode & 0o777) == "0o600"
    assert DEMO_CLIENT_SECRET not in kept.read_text() and DEMO_CLIENT_ID not in kept.read_text()


def test_a_kept_token_is_not_used_for_another_login_host(served: ServedApp, emulator: DotsubEmulator,
                                                        no_keyring: None, storage_host: StorageHost,
                                                        cli_environment: Callable[..., None]) -> None:
    assert cli("media", "--page-size", "1") == 0
    other = DotsubEmulator(storage_host)
    with_other = ServedApp(other.app, name="other-dotsub").start()
    try:
        cli_environment(SUBTITLE_DESK_DOTSUB_API_URL=with_other.base_url + "/api",
                        SUBTITLE_DESK_DOTSUB_LOGIN_URL=with_other.base_url)
        assert cli("media", "--page-size", "1") == 0
    finally:
        with_other.stop()
    assert (emulator.tokens_issued, other.tokens_issued) == (1, 1)


def test_copies_started_at_once_without_a_keyring_mint_one_token(served: ServedApp, emulator: DotsubEmulator,
                                                                 private_cache_dir: Path) -> None:
    import os
    import subprocess
    import sys

    emulator.faults.latency = 0.3  # a slow login host: the copies overlap while it answers
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
           "PYTHONWARNINGS": "error"}
    root = Path(__file__).resolve().parents[2]
    copies = [subprocess.Popen([sys.executable, "-m", "subtitle_desk", "dotsub", "media", "--page-size", "1",
                                "--json"], cwd=root, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
              for _ in range(4)]
    results = [copy.communicate(timeout=120) for copy in copies]

    assert [copy.returncode for copy in copies] == [0, 0, 0, 0], [err for _, err in results]
    assert emulator.tokens_issued == 1
