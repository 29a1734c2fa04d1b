"""``subtitle-desk emulators``, the demo launcher behind it, and the helpers every verb shares."""

from __future__ import annotations

import asyncio
import io
import json
import os
import selectors
import signal
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from subtitle_desk.cli.common import ProgressPrinter, fail, print_json, run
from subtitle_desk.core.services.container import open_services
from subtitle_desk.core.services.errors import NotFoundError
from subtitle_desk.core.services.secrets import SecretStore
from subtitle_desk.core.services.upload import UploadProgress
from subtitle_desk.emulators.demo import demo_resources_dir, start_all

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def emulators():
    running = start_all()
    yield running
    running.stop()


def test_every_emulator_is_served_on_loopback(emulators):
    assert set(emulators.urls) == {"storage", "dotsub", "datocms", "cielo24"}
    assert all(url.startswith("http://127.0.0.1:") for url in emulators.urls.values())
    assert len(set(emulators.urls.values())) == 4


def test_the_demo_settings_and_credentials_work_against_every_service(emulators):
    store = SecretStore(use_keyring=False)
    emulators.apply_secrets(store)

    async def scenario():
        async with open_services(emulators.settings(), store) as services:
            token = await services.cielo24.login()
            uploads = await services.datocms.list_uploads()
            media = await services.dotsub.list_media()
            return token, uploads, media

    token, uploads, media = asyncio.run(scenario())
    assert token and uploads is not None and media is not None


def test_demo_credentials_stay_in_the_session_layer(emulators):
    store = SecretStore(use_keyring=False)
    emulators.apply_secrets(store)

    assert all(store.is_session_only(key) for key in emulators.secrets)


def test_the_port_file_json_has_urls_credentials_and_environment(emulators):
    data = json.loads(emulators.dumps())

    assert data["urls"] == emulators.urls
    assert data["cielo24"]["username"] and data["datocms"]["token"] and data["dotsub"]["client_id"]
    assert data["environment"]["SUBTITLE_DESK_DATOCMS_API_URL"] == emulators.urls["datocms"]


def test_the_demo_media_and_its_transcript_ship_together():
    folder = demo_resources_dir()
    video, subtitles = folder / "subtitle-desk-demo.mp4", folder / "subtitle-desk-demo.srt"

    assert video.read_bytes()[4:8] == b"ftyp"
    assert 100_000 < video.stat().st_size < 1_500_000
    assert subtitles.read_text(encoding="utf-8").startswith("1\n00:00:01,000 --> ")


def read_line(process: subprocess.Popen, timeout: float) -> str:
    """The first output line, or a failure with the process's stderr (never hang the suite)."""
    with selectors.DefaultSelector() as selector:
        selector.register(process.stdout, selectors.EVENT_READ)
        if not selector.select(timeout):
            process.kill()
            pytest.fail(f"the emulators did not start: {process.communicate()[1]}")
    return process.stdout.readline()


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_the_emulators_verb_serves_until_interrupted(tmp_path, signum):
    port_file = tmp_path / "ports.json"
    process = subprocess.Popen(
        [sys.executable, "-m", "subtitle_desk", "emulators", "--port-file", str(port_file)],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONWARNINGS": "error"})
    try:
        first_line = read_line(process, timeout=60)  # printed once every server listens
        data = json.loads(port_file.read_text())
        with httpx.Client() as http:
            login = http.get(f"{data['cielo24']['api_url']}/api/account/login",
                             params={"v": "1", "username": data["cielo24"]["username"],
                                     "securekey": data["cielo24"]["api_key"]})
        process.send_signal(signum)
        rest, errors = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()

    assert first_line.split() == ["dotsub", data["urls"]["dotsub"]]
    assert login.status_code == 200 and "ApiToken" in login.json()
    assert process.returncode == 0, errors
    assert not port_file.exists()


def progress(sent: int, total: int = 1000, attempt: int = 1) -> UploadProgress:
    return UploadProgress(sent=sent, total=total, rate=500.0, eta=(total - sent) / 500, attempt=attempt)


def test_the_progress_bar_redraws_one_line_on_a_terminal():
    out = io.StringIO()
    bar = ProgressPrinter("clip.mp4", stream=out, tty=True)

    for sent in (0, 500, 1000):
        bar(progress(sent))

    text = out.getvalue()
    assert text.count("\r") == 3 and text.endswith("\n") and text.count("\n") == 1
    assert " 50%" in text and "100%" in text


def test_without_a_terminal_progress_is_plain_lines_every_ten_percent():
    out = io.StringIO()
    bar = ProgressPrinter("clip.mp4", stream=out, tty=False)

    for sent in range(0, 1001, 25):
        bar(progress(sent))

    lines = out.getvalue().splitlines()
    assert [line.split(": ")[1].split("%")[0] for line in lines] == [str(n) for n in range(0, 101, 10)]
    assert "\r" not in out.getvalue()


def test_a_retry_shows_in_the_progress_line():
    out = io.StringIO()

    ProgressPrinter("clip.mp4", stream=out, tty=False)(progress(0, attempt=2))

    assert "(attempt 2)" in out.getvalue()


def retry_event(attempt: int = 2) -> UploadProgress:
    return UploadProgress(sent=0, total=1000, rate=0.0, eta=None, attempt=attempt, attempts=4,
                          event=f"attempt {attempt} of 4 after a stalled connection")


@pytest.mark.parametrize("tty", [True, False], ids=["terminal", "pipe"])
def test_a_retry_gets_a_line_of_its_own(tty):
    out = io.StringIO()
    bar = ProgressPrinter("clip.mp4", stream=out, tty=tty)

    bar(progress(300))
    bar(retry_event())
    bar(UploadProgress(sent=0, total=1000, rate=0.0, eta=None, attempt=2, attempts=4))

    lines = out.getvalue().replace("\r", "\n").splitlines()
    assert "clip.mp4: attempt 2 of 4 after a stalled connection" in lines
    assert "(attempt 2 of 4)" in out.getvalue().rsplit("stalled connection", 1)[1]


def test_on_a_terminal_the_bar_says_how_long_nothing_was_accepted():
    out = io.StringIO()
    bar = ProgressPrinter("clip.mp4", stream=out, tty=True)

    for idle in (0.0, 1.0, 12.0):
        bar(UploadProgress(sent=0, total=64 << 20, rate=0.0, eta=None, attempt=1, idle=idle))

    redraws = out.getvalue().split("\r")[1:]
    assert len(redraws) == 3
    assert "no bytes accepted" not in redraws[1] and "no bytes accepted for 0:12" in redraws[2]


def test_a_finished_upload_reported_again_ends_the_bar_once():
    out = io.StringIO()
    bar = ProgressPrinter("clip.mp4", stream=out, tty=True)

    for sent in (0, 1000, 1000, 1000):  # the engine keeps reporting while the answer is awaited
        bar(progress(sent))

    assert out.getvalue().count("\n") == 1 and out.getvalue().count("100%") == 1


def test_fail_prints_the_services_own_message_and_exits_1():
    err = io.StringIO()

    code = fail(NotFoundError("Media with ID foobar wasn't found", service="dotsub"), stream=err)

    assert code == 1
    assert err.getvalue() == "Media with ID foobar wasn't found\n"


def test_print_json_handles_dataclasses_and_paths():
    out = io.StringIO()

    print_json({"progress": progress(10), "file": Path("/tmp/a.srt")}, file=out)

    data = json.loads(out.getvalue())
    assert data["progress"]["sent"] == 10 and data["file"] == "/tmp/a.srt"


def test_run_returns_the_coroutines_result():
    async def answer():
        return 42

    assert run(answer()) == 42


def test_an_interrupted_verb_exits_with_status_130():
    async def interrupted():
        raise KeyboardInterrupt

    with pytest.raises(SystemExit) as caught:
        run(interrupted())

    assert caught.value.code == 130
