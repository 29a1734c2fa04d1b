"""The cielo24 emulator is as strict as the service: raw requests over loopback sockets."""

from __future__ import annotations

import json
import shutil
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from subtitle_desk.emulators.cielo24 import (
    DEMO_API_KEY,
    DEMO_USERNAME,
    MAX_MEDIA_BYTES,
    Cielo24Emulator,
)
from subtitle_desk.emulators.server import ServedApp
from subtitle_desk.emulators.storage import StorageHost

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "cielo24"
COMPLETE_JOB = "3f1c5d7e9b2a4c6d8e0f1a2b3c4d5e6f"
IN_PROCESS_JOB = "7a9b1c3d5e7f4a6b8c0d2e4f6a8b0c2d"


@pytest.fixture
def emulator(tmp_path: Path) -> Iterator[Cielo24Emulator]:
    # No demo clip: the seeded jobs' captions come from the built-in transcript.
    emulator = Cielo24Emulator(demo_dir=tmp_path / "no-demo")
    yield emulator
    emulator.close()


@pytest.fixture
def served(emulator: Cielo24Emulator) -> Iterator[ServedApp]:
    served = ServedApp(emulator.app, name="cielo24").start()
    yield served
    served.stop()


@pytest.fixture
def http(served: ServedApp) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=served.base_url, timeout=20) as client:
        yield client


@pytest.fixture
def token(http: httpx.Client) -> str:
    answer = http.get("/api/account/login", params={"v": 1, "username": DEMO_USERNAME,
                                                    "securekey": DEMO_API_KEY})
    return answer.json()["ApiToken"]


def new_job(http: httpx.Client, token: str) -> str:
    return http.get("/api/job/new", params={"v": 1, "api_token": token}).json()["JobId"]


def error_of(answer: httpx.Response) -> tuple[int, str]:
    return answer.status_code, answer.json()["ErrorType"]


# -- sessions --------------------------------------------------------------------------------

def test_a_call_without_v_is_refused(http: httpx.Client, token: str) -> None:
    assert error_of(http.get("/api/job/list", params={"api_token": token})) == (400, "MISSING_PARAMETER")


def test_a_call_with_another_api_version_is_refused(http: httpx.Client, token: str) -> None:
    answer = http.get("/api/job/list", params={"v": 2, "api_token": token})
    assert error_of(answer) == (400, "INVALID_OPTION")


def test_a_call_without_api_token_is_refused(http: httpx.Client) -> None:
    assert error_of(http.get("/api/job/list", params={"v": 1})) == (400, "MISSING_PARAMETER")


def test_an_unknown_api_token_is_refused_as_bad(http: httpx.Client) -> None:
    answer = http.get("/api/job/list", params={"v": 1, "api_token": "0" * 32})
    assert error_of(answer) == (400, "BAD_API_TOKEN")


def test_login_with_a_wrong_securekey_is_invalid(http: httpx.Client) -> None:
    answer = http.get("/api/account/login", params={"v": 1, "username": DEMO_USERNAME,
                                                    "securekey": "1" * 32})
    assert error_of(answer) == (400, "LOGIN_INVALID")


def test_a_logged_out_token_is_refused(http: httpx.Client, token: str) -> None:
    http.get("/api/account/logout", params={"v": 1, "api_token": token})
    answer = http.get("/api/job/list", params={"v": 1, "api_token": token})
    assert error_of(answer) == (400, "BAD_API_TOKEN")


def test_an_unknown_job_is_not_found(http: httpx.Client, token: str) -> None:
    answer = http.get("/api/job/info", params={"v": 1, "api_token": token, "job_id": "a" * 32})
    assert error_of(answer) == (400, "ITEM_NOT_FOUND")


# -- add media -------------------------------------------------------------------------------

def test_get_add_media_without_media_url_is_refused(http: httpx.Client, token: str) -> None:
    answer = http.get("/api/job/add_media", params={"v": 1, "api_token": token,
                                                     "job_id": new_job(http, token)})
    assert error_of(answer) == (400, "MISSING_PARAMETER")


def test_post_add_media_with_a_content_type_is_refused(http: httpx.Client, token: str) -> None:
    answer = http.post("/api/job/add_media", params={"v": 1, "api_token": token,
                                                      "job_id": new_job(http, token)},
                       content=b"\x00" * 1000, headers={"Content-Type": "video/mp4"})
    assert error_of(answer) == (400, "INVALID_QUERY") and "Content-Type" in answer.json()["ErrorComment"]


def test_post_add_media_with_chunked_encoding_is_refused(http: httpx.Client, token: str,
                                                         emulator: Cielo24Emulator) -> None:
    answer = http.post("/api/job/add_media", params={"v": 1, "api_token": token,
                                                      "job_id": new_job(http, token)},
                       content=iter([b"\x00" * 1000, b"\x01" * 1000]))
    assert error_of(answer) == (400, "INVALID_QUERY") and emulator.state.uploads == []


def test_post_add_media_declaring_more_than_10_gb_is_refused_without_reading_it(
        served: ServedApp, http: httpx.Client, token: str) -> None:
    job_id = new_job(http, token)
    with socket.create_connection(("127.0.0.1", served.port), timeout=10) as connection:
        connection.sendall(
            f"POST /api/job/add_media?v=1&api_token={token}&job_id={job_id} HTTP/1.1\r\n"
            f"Host: 127.0.0.1\r\nContent-Length: {MAX_MEDIA_BYTES + 1}\r\n\r\n".encode())
        answer = b""
        while b"}" not in answer:
            chunk = connection.recv(65536)
            if not chunk:
                break
            answer += chunk
    head, _, body = answer.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 400") and json.loads(body)["ErrorType"] == "INVALID_QUERY"


def test_uploaded_media_is_kept_byte_identical(http: httpx.Client, token: str,
                                               emulator: Cielo24Emulator) -> None:
    job_id = new_job(http, token)
    payload = bytes(range(256)) * 4000
    http.post("/api/job/add_media", params={"v": 1, "api_token": token, "job_id": job_id},
              content=payload)
    assert emulator.state.job(job_id).media_path.read_bytes() == payload


def test_a_second_media_is_refused(http: httpx.Client, token: str) -> None:
    job_id = new_job(http, token)
    params = {"v": 1, "api_token": token, "job_id": job_id}
    http.post("/api/job/add_media", params=params, content=b"\x00" * 100)
    answer = http.get("/api/job/add_media", params={**params, "media_url": "https://x.example/a.mp4"})
    assert error_of(answer) == (400, "INVALID_QUERY")


# -- transcription ---------------------------------------------------------------------------

def transcribe(http: httpx.Client, token: str, **params: Any) -> httpx.Response:
    job_id = new_job(http, token)
    http.get("/api/job/add_media", params={"v": 1, "api_token": token, "job_id": job_id,
                                            "media_url": "https://x.example/a.mp4"})
    return http.get("/api/job/perform_transcription",
                    params={"v": 1, "api_token": token, "job_id": job_id, **params})


def test_an_unknown_fidelity_is_refused(http: httpx.Client, token: str) -> None:
    answer = transcribe(http, token, transcription_fidelity="EXTERNAL")
    assert error_of(answer) == (400, "INVALID_OPTION")


@pytest.mark.parametrize("hours", ["0", "-4", "soon"])
def test_an_invalid_turnaround_is_refused(http: httpx.Client, token: str, hours: str) -> None:
    answer = transcribe(http, token, transcription_fidelity="PREMIUM", turnaround_hours=hours)
    assert error_of(answer) == (400, "INVALID_OPTION")


def test_transcription_without_media_is_refused(http: httpx.Client, token: str) -> None:
    answer = http.get("/api/job/perform_transcription",
                      params={"v": 1, "api_token": token, "job_id": new_job(http, token),
                              "transcription_fidelity": "MECHANICAL"})
    assert error_of(answer) == (400, "INVALID_QUERY")


def test_calls_per_status_sets_how_many_looks_each_status_lasts(served: ServedApp, http: httpx.Client,
                                                                token: str,
                                                                emulator: Cielo24Emulator) -> None:
    emulator.state.calls_per_status = 2
    job_id = new_job(http, token)
    params = {"v": 1, "api_token": token, "job_id": job_id}
    http.get("/api/job/add_media", params={**params, "media_url": "https://x.example/a.mp4"})
    http.get("/api/job/perform_transcription", params={**params, "transcription_fidelity": "PREMIUM"})
    statuses = [http.get("/api/job/info", params=params).json()["JobStatus"] for _ in range(7)]
    assert statuses == ["Authorizing", "Authorizing", "Pending", "Pending", "In Process",
                        "In Process", "Complete"]


def test_captions_before_completion_are_refused(http: httpx.Client, token: str) -> None:
    answer = http.get("/api/job/get_caption", params={"v": 1, "api_token": token,
                                                       "job_id": IN_PROCESS_JOB, "caption_format": "SRT"})
    assert error_of(answer) == (400, "INVALID_QUERY")


def test_an_unknown_caption_format_is_refused(http: httpx.Client, token: str) -> None:
    answer = http.get("/api/job/get_caption", params={"v": 1, "api_token": token,
                                                       "job_id": COMPLETE_JOB, "caption_format": "SCC"})
    assert error_of(answer) == (400, "INVALID_OPTION")


def test_characters_per_caption_line_rewraps_the_captions(http: httpx.Client, token: str) -> None:
    answer = http.get("/api/job/get_caption", params={
        "v": 1, "api_token": token, "job_id": COMPLETE_JOB, "caption_format": "WEB_VTT",
        "characters_per_caption_line": 20})
    text_lines = [line for line in answer.text.splitlines() if line and "-->" not in line
                  and not line.isdigit() and line != "WEBVTT"]
    assert max(map(len, text_lines)) <= 20


@pytest.mark.parametrize("caption_format", ["SRT", "WEB_VTT", "DFXP", "SBV"])
def test_seeded_complete_job_matches_its_golden_captions(http: httpx.Client, token: str,
                                                         caption_format: str) -> None:
    answer = http.get("/api/job/get_caption", params={"v": 1, "api_token": token,
                                                       "job_id": COMPLETE_JOB,
                                                       "caption_format": caption_format})
    extension = {"SRT": "srt", "WEB_VTT": "vtt", "DFXP": "dfxp", "SBV": "sbv"}[caption_format]
    golden = (FIXTURES / f"complete_job.{extension}").read_bytes()
    assert answer.content == golden


def test_errors_injected_by_faults_have_the_cielo24_shape(http: httpx.Client, token: str,
                                                          emulator: Cielo24Emulator) -> None:
    emulator.faults.fail_next = 1
    answer = http.get("/api/job/list", params={"v": 1, "api_token": token})
    assert answer.status_code == 503 and set(answer.json()) == {"ErrorType", "ErrorComment"}


def test_job_info_lists_the_job_tasks(http: httpx.Client, token: str) -> None:
    info = http.get("/api/job/info", params={"v": 1, "api_token": token, "job_id": COMPLETE_JOB}).json()
    assert [task["TaskType"] for task in info["Tasks"]] == [
        "JOB_CREATED", "JOB_ADD_MEDIA", "JOB_PERFORM_TRANSCRIPTION"]


# -- the demo clip's transcript --------------------------------------------------------------

@pytest.fixture
def demo_emulator(tmp_path: Path) -> Iterator[tuple[Cielo24Emulator, httpx.Client, str, Path]]:
    demo = tmp_path / "demo"
    demo.mkdir()
    clip = demo / "harbour.mp4"
    clip.write_bytes(b"\x00\x00\x00\x18ftypmp42" + bytes(range(256)) * 64)
    shutil.copy(FIXTURES / "demo_transcript.srt", demo / "harbour.srt")
    emulator = Cielo24Emulator(demo_dir=demo, calls_per_status=0)
    served = ServedApp(emulator.app, name="cielo24").start()
    try:
        with httpx.Client(base_url=served.base_url, timeout=20) as http:
            token = http.get("/api/account/login", params={"v": 1, "username": DEMO_USERNAME,
                                                           "securekey": DEMO_API_KEY}).json()["ApiToken"]
            yield emulator, http, token, clip
    finally:
        served.stop()
        emulator.close()


def captions_for(http: httpx.Client, token: str, job_id: str) -> str:
    params = {"v": 1, "api_token": token, "job_id": job_id}
    http.get("/api/job/perform_transcription", params={**params, "transcription_fidelity": "MECHANICAL"})
    return http.get("/api/job/get_caption", params={**params, "caption_format": "SRT"}).text


def test_the_demo_clip_uploaded_gets_its_own_transcript(demo_emulator: Any) -> None:
    _emulator, http, token, clip = demo_emulator
    job_id = new_job(http, token)
    http.post("/api/job/add_media", params={"v": 1, "api_token": token, "job_id": job_id},
              content=clip.read_bytes())
    assert "The harbour wakes before the town does." in captions_for(http, token, job_id)


def test_the_demo_clip_by_url_gets_its_own_transcript(demo_emulator: Any) -> None:
    _emulator, http, token, _clip = demo_emulator
    job_id = new_job(http, token)
    http.get("/api/job/add_media", params={"v": 1, "api_token": token, "job_id": job_id,
                                            "media_url": "https://cdn.example.com/clips/harbour.mp4"})
    assert "The harbour wakes before the town does." in captions_for(http, token, job_id)


def test_other_media_gets_the_builtin_transcript(demo_emulator: Any) -> None:
    _emulator, http, token, _clip = demo_emulator
    job_id = new_job(http, token)
    http.post("/api/job/add_media", params={"v": 1, "api_token": token, "job_id": job_id},
              content=b"not the demo clip")
    assert "Welcome back" in captions_for(http, token, job_id)


def mp4_header(timescale: int, duration: int) -> bytes:
    """A minimal MP4 (ftyp + moov/mvhd version 0) that states its own duration."""
    ftyp = (16).to_bytes(4, "big") + b"ftypisom" + b"\x00\x00\x02\x00"
    mvhd_body = b"\x00" * 4 + b"\x00" * 8 + timescale.to_bytes(4, "big") + duration.to_bytes(4, "big") + b"\x00" * 80
    mvhd = (8 + len(mvhd_body)).to_bytes(4, "big") + b"mvhd" + mvhd_body
    moov = (8 + len(mvhd)).to_bytes(4, "big") + b"moov" + mvhd
    return ftyp + moov + b"\x00" * 4096


def test_an_uploaded_mp4_reports_its_own_length(http: httpx.Client, token: str) -> None:
    job_id = new_job(http, token)
    params = {"v": 1, "api_token": token, "job_id": job_id}
    http.post("/api/job/add_media", params=params, content=mp4_header(600, 600 * 95 + 300))
    assert http.get("/api/job/info", params=params).json()["MediaLengthSeconds"] == 95.5


DEMO_DIR = Path(__file__).resolve().parents[2] / "resources" / "demo"


@pytest.mark.skipif(not (DEMO_DIR / "subtitle-desk-demo.mp4").exists(), reason="no demo clip")
def test_the_shipped_demo_clip_is_captioned_with_its_shipped_transcript(tmp_path: Path) -> None:
    emulator = Cielo24Emulator(demo_dir=DEMO_DIR, calls_per_status=0, media_dir=tmp_path / "media")
    served = ServedApp(emulator.app, name="cielo24").start()
    try:
        with httpx.Client(base_url=served.base_url, timeout=20) as http:
            token = http.get("/api/account/login", params={"v": 1, "username": DEMO_USERNAME,
                                                           "securekey": DEMO_API_KEY}).json()["ApiToken"]
            job_id = new_job(http, token)
            http.post("/api/job/add_media", params={"v": 1, "api_token": token, "job_id": job_id},
                      content=(DEMO_DIR / "subtitle-desk-demo.mp4").read_bytes())
            srt = captions_for(http, token, job_id)
    finally:
        served.stop()
    shipped = (DEMO_DIR / "subtitle-desk-demo.srt").read_text(encoding="utf-8-sig")
    assert srt.replace("\r\n", "\n").split() == shipped.split()


def test_due_date_is_the_start_plus_the_turnaround(http: httpx.Client, token: str) -> None:
    from datetime import datetime, timedelta

    job_id = new_job(http, token)
    params = {"v": 1, "api_token": token, "job_id": job_id}
    http.get("/api/job/add_media", params={**params, "media_url": "https://x.example/due.mp4"})
    http.get("/api/job/perform_transcription", params={**params, "transcription_fidelity": "PREMIUM",
                                                        "turnaround_hours": 36})
    info = http.get("/api/job/info", params=params).json()
    due = datetime.fromisoformat(info["DueDate"]) - datetime.fromisoformat(info["StartDate"])
    assert due == timedelta(hours=36)


@pytest.fixture
def with_storage(tmp_path: Path) -> Iterator[tuple[StorageHost, httpx.Client, str, Path]]:
    demo = tmp_path / "demo"
    demo.mkdir()
    clip = demo / "harbour.mp4"
    clip.write_bytes(mp4_header(1000, 10_000))
    shutil.copy(FIXTURES / "demo_transcript.srt", demo / "harbour.srt")
    storage = StorageHost(tmp_path / "storage")
    storage.base_url = "http://storage.invalid"  # looked up in-process, never fetched
    emulator = Cielo24Emulator(storage, demo_dir=demo, calls_per_status=0, media_dir=tmp_path / "media")
    served = ServedApp(emulator.app, name="cielo24").start()
    try:
        with httpx.Client(base_url=served.base_url, timeout=20) as http:
            token = http.get("/api/account/login", params={"v": 1, "username": DEMO_USERNAME,
                                                           "securekey": DEMO_API_KEY}).json()["ApiToken"]
            yield storage, http, token, clip
    finally:
        served.stop()
        emulator.close()


def test_media_url_on_the_storage_host_is_fetched_from_it(with_storage: Any) -> None:
    storage, http, token, clip = with_storage
    storage.put_file("uploads/renamed-clip.mp4", clip)
    job_id = new_job(http, token)
    params = {"v": 1, "api_token": token, "job_id": job_id}
    http.get("/api/job/add_media", params={**params, "media_url": storage.sign_get("uploads/renamed-clip.mp4")})
    assert "The harbour wakes before the town does." in captions_for(http, token, job_id)
    assert http.get("/api/job/info", params=params).json()["MediaLengthSeconds"] == 10.0


def test_media_url_to_a_missing_storage_object_is_refused(with_storage: Any) -> None:
    storage, http, token, _clip = with_storage
    answer = http.get("/api/job/add_media", params={"v": 1, "api_token": token,
                                                     "job_id": new_job(http, token),
                                                     "media_url": storage.sign_get("uploads/nothing.mp4")})
    assert error_of(answer) == (400, "INVALID_URL")
