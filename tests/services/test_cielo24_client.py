"""The cielo24 client against the strict local emulator, over real loopback sockets."""

from __future__ import annotations

import asyncio
import logging
import os
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from subtitle_desk.core.services.cielo24 import MAX_MEDIA_BYTES, Cielo24Client
from subtitle_desk.core.services.errors import (
    AuthError,
    BadRequestError,
    JobFailedError,
    JobTimeoutError,
    NotFoundError,
    ServiceError,
    TransportError,
    UploadError,
)
from subtitle_desk.emulators.cielo24 import (
    DEMO_API_KEY,
    DEMO_PASSWORD,
    DEMO_USERNAME,
    Cielo24Emulator,
)
from subtitle_desk.emulators.server import ServedApp

COMPLETE_JOB = "3f1c5d7e9b2a4c6d8e0f1a2b3c4d5e6f"
IN_PROCESS_JOB = "7a9b1c3d5e7f4a6b8c0d2e4f6a8b0c2d"

Scenario = Callable[[Cielo24Client], Awaitable[Any]]


@pytest.fixture
def emulator(tmp_path: Path) -> Iterator[Cielo24Emulator]:
    # No demo clip: the seeded jobs' captions come from the built-in transcript.
    emulator = Cielo24Emulator(demo_dir=tmp_path / "no-demo", calls_per_status=1)
    yield emulator
    emulator.close()


@pytest.fixture
def served(emulator: Cielo24Emulator) -> Iterator[ServedApp]:
    served = ServedApp(emulator.app, name="cielo24").start()
    yield served
    served.stop()


class Recorder:
    """Every request the client's httpx.AsyncClient sends (method, path, headers)."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    async def __call__(self, request: httpx.Request) -> None:
        self.requests.append(request)


def run(served: ServedApp, scenario: Scenario, *, recorder: Recorder | None = None,
        **credentials: Any) -> Any:
    credentials = credentials or {"api_key": DEMO_API_KEY}
    credentials.setdefault("username", DEMO_USERNAME)

    async def main() -> Any:
        hooks = {"request": [recorder]} if recorder else {}
        async with httpx.AsyncClient(timeout=20, event_hooks=hooks) as http:
            client = Cielo24Client(http, api_url=served.base_url, retry_delay=0, **credentials)
            return await scenario(client)

    return asyncio.run(main())


def media_file(tmp_path: Path, size: int = 2_500_000) -> Path:
    path = tmp_path / "episode.mp4"
    path.write_bytes(os.urandom(size))
    return path


def raises(error_type: type[BaseException], scenario: Scenario) -> Scenario:
    async def wrapped(client: Cielo24Client) -> BaseException:
        with pytest.raises(error_type) as caught:
            await scenario(client)
        return caught.value
    return wrapped


# -- access ----------------------------------------------------------------------------------

def test_login_with_securekey_opens_a_session(served: ServedApp, emulator: Cielo24Emulator) -> None:
    async def scenario(client: Cielo24Client) -> bool:
        await client.login()
        return client.logged_in

    assert run(served, scenario) and len(emulator.state.tokens) == 1


def test_login_prefers_the_securekey_over_the_password(served: ServedApp) -> None:
    recorder = Recorder()

    async def scenario(client: Cielo24Client) -> None:
        await client.login()

    run(served, scenario, recorder=recorder, api_key=DEMO_API_KEY, password="not-the-password")
    (login,) = recorder.requests
    assert "securekey" in login.url.params and "password" not in login.url.params


def test_login_with_password_opens_a_session(served: ServedApp) -> None:
    async def scenario(client: Cielo24Client) -> int:
        await client.login()
        return len(await client.job_list())

    assert run(served, scenario, password=DEMO_PASSWORD) >= 1


def test_wrong_password_raises_auth_error_with_the_service_message(served: ServedApp) -> None:
    error = run(served, raises(AuthError, Cielo24Client.login), password="wrong")
    assert str(error) == "Incorrect username or password (LOGIN_INVALID)" and error.code == "LOGIN_INVALID"


def test_calls_log_in_first_when_login_was_not_called(served: ServedApp) -> None:
    async def scenario(client: Cielo24Client) -> dict[str, Any]:
        return await client.job_info(COMPLETE_JOB)

    assert run(served, scenario)["JobStatus"] == "Complete"


def test_concurrent_first_calls_share_one_login(served: ServedApp, emulator: Cielo24Emulator) -> None:
    async def scenario(client: Cielo24Client) -> list[dict[str, Any]]:
        return await asyncio.gather(*(client.job_info(COMPLETE_JOB) for _ in range(5)))

    run(served, scenario)
    assert emulator.state.logins == 1


def test_expired_token_is_renewed_by_logging_in_again_once(served: ServedApp,
                                                           emulator: Cielo24Emulator) -> None:
    async def scenario(client: Cielo24Client) -> list[dict[str, Any]]:
        await client.login()
        emulator.state.expire_tokens()
        return await client.job_list()

    assert run(served, scenario) and emulator.state.logins == 2


def test_logout_ends_the_session_at_the_service(served: ServedApp, emulator: Cielo24Emulator) -> None:
    async def scenario(client: Cielo24Client) -> bool:
        await client.login()
        await client.logout()
        return client.logged_in

    assert run(served, scenario) is False and emulator.state.tokens == {}


# -- jobs ------------------------------------------------------------------------------------

def test_new_job_is_listed_with_its_name_language_and_external_id(served: ServedApp) -> None:
    async def scenario(client: Cielo24Client) -> tuple[str, list[dict[str, Any]]]:
        job_id, _task = await client.new_job("Episode 104", language="fr", external_id="ep-205")
        return job_id, await client.job_list(ExternalID="ep-205")

    job_id, jobs = run(served, scenario)
    assert [(j["JobId"], j["JobName"], j["SourceLanguage"]) for j in jobs] == [(job_id, "Episode 104", "fr")]


def test_job_list_holds_the_seeded_jobs_in_their_states(served: ServedApp) -> None:
    async def scenario(client: Cielo24Client) -> set[str]:
        return {job["JobStatus"] for job in await client.job_list()}

    assert {"Complete", "In Process", "Authorizing", "Media Failure"} <= run(served, scenario)


def test_job_info_of_an_unknown_job_raises_not_found_with_the_service_message(served: ServedApp) -> None:
    async def scenario(client: Cielo24Client) -> None:
        await client.job_info("0" * 32)

    error = run(served, raises(NotFoundError, scenario))
    assert str(error) == f"Job {'0' * 32} was not found (ITEM_NOT_FOUND)"


def test_media_url_is_attached_to_the_job(served: ServedApp, emulator: Cielo24Emulator) -> None:
    async def scenario(client: Cielo24Client) -> str:
        job_id, _ = await client.new_job("From URL")
        await client.add_media_url(job_id, "https://cdn.example.com/ep1.mp4")
        return job_id

    job_id = run(served, scenario)
    assert emulator.state.job(job_id).media_url == "https://cdn.example.com/ep1.mp4"


def test_a_media_url_used_by_another_job_needs_is_duplicate(served: ServedApp) -> None:
    async def scenario(client: Cielo24Client) -> str:
        first, _ = await client.new_job()
        second, _ = await client.new_job()
        await client.add_media_url(first, "https://cdn.example.com/shared.mp4")
        with pytest.raises(BadRequestError):
            await client.add_media_url(second, "https://cdn.example.com/shared.mp4")
        return await client.add_media_url(second, "https://cdn.example.com/shared.mp4", is_duplicate=True)

    assert run(served, scenario)


def test_second_media_is_refused_with_the_service_message(served: ServedApp) -> None:
    async def scenario(client: Cielo24Client) -> None:
        job_id, _ = await client.new_job()
        await client.add_media_url(job_id, "https://cdn.example.com/a.mp4")
        await client.add_media_url(job_id, "https://cdn.example.com/b.mp4")

    error = run(served, raises(BadRequestError, scenario))
    assert "a job may only have a single piece of media (INVALID_QUERY)" in str(error)


def test_second_media_from_a_file_is_refused_before_a_byte_is_sent(
        served: ServedApp, emulator: Cielo24Emulator, tmp_path: Path) -> None:
    path = media_file(tmp_path, 1000)
    sent: list[int] = []

    async def scenario(client: Cielo24Client) -> None:
        job_id, _ = await client.new_job()
        await client.add_media_url(job_id, "https://cdn.example.com/a.mp4")
        await client.add_media_file(job_id, path, on_progress=lambda p: sent.append(p.sent))

    error = run(served, raises(BadRequestError, scenario))
    assert error.code == "JOB_HAS_MEDIA"
    assert "already has media" in str(error) and "episode.mp4 was not sent" in str(error)
    assert ("POST", "/api/job/add_media") not in emulator.state.requests and sent == []


def test_a_job_whose_file_upload_arrived_refuses_a_second_file_locally(
        served: ServedApp, emulator: Cielo24Emulator, tmp_path: Path) -> None:
    path = media_file(tmp_path, 1000)

    async def scenario(client: Cielo24Client) -> None:
        job_id, _ = await client.new_job()
        await client.add_media_file(job_id, path)
        await client.add_media_file(job_id, path)

    error = run(served, raises(BadRequestError, scenario))
    assert error.code == "JOB_HAS_MEDIA"
    assert [r for r in emulator.state.requests if r == ("POST", "/api/job/add_media")] == [
        ("POST", "/api/job/add_media")]


def test_without_tasks_in_the_job_info_the_media_url_tells(tmp_path: Path) -> None:
    """The documented job/info example lists no tasks: then job/media is asked."""
    path = media_file(tmp_path, 1000)
    seen: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(f"{request.method} {request.url.path}")
        if request.url.path == "/api/account/login":
            return httpx.Response(200, json={"ApiToken": "t0ken"})
        if request.url.path == "/api/job/info":
            return httpx.Response(200, json={"JobId": "j1", "JobStatus": "Authorizing",
                                             "MediaLengthSeconds": None})
        if request.url.path == "/api/job/media":
            return httpx.Response(200, json={"MediaUrl": "https://cdn.example.com/a.mp4"})
        return httpx.Response(500)

    async def main() -> BaseException:
        async with httpx.AsyncClient(transport=httpx.MockTransport(answer)) as http:
            client = Cielo24Client(http, api_url="https://api.test", username="u", api_key="k")
            with pytest.raises(BadRequestError) as caught:
                await client.add_media_file("j1", path)
            return caught.value

    error = asyncio.run(main())
    assert "https://cdn.example.com/a.mp4" in str(error)
    assert "POST /api/job/add_media" not in seen


# -- local media upload ----------------------------------------------------------------------

def test_local_file_arrives_byte_identical(served: ServedApp, emulator: Cielo24Emulator,
                                           tmp_path: Path) -> None:
    path = media_file(tmp_path)

    async def scenario(client: Cielo24Client) -> str:
        job_id, _ = await client.new_job("Upload")
        await client.add_media_file(job_id, path)
        return job_id

    job_id = run(served, scenario)
    assert emulator.state.job(job_id).media_path.read_bytes() == path.read_bytes()


def test_local_file_is_sent_with_exact_length_no_content_type_and_no_chunking(
        served: ServedApp, emulator: Cielo24Emulator, tmp_path: Path) -> None:
    path = media_file(tmp_path)

    async def scenario(client: Cielo24Client) -> None:
        job_id, _ = await client.new_job("Upload")
        await client.add_media_file(job_id, path)

    run(served, scenario)
    (upload,) = emulator.state.uploads
    assert (upload.content_length, upload.content_type, upload.transfer_encoding) == (
        path.stat().st_size, None, None)


def test_upload_after_the_session_expired_logs_in_again_first(served: ServedApp, emulator: Cielo24Emulator,
                                                              tmp_path: Path) -> None:
    path = media_file(tmp_path)

    async def scenario(client: Cielo24Client) -> str:
        job_id, _ = await client.new_job()
        emulator.state.expire_tokens()
        await client.add_media_file(job_id, path)
        return job_id

    job_id = run(served, scenario)
    assert emulator.state.logins == 2 and len(emulator.state.uploads) == 1
    assert emulator.state.job(job_id).media_sha256 == emulator.state.uploads[0].sha256


def test_upload_to_an_unknown_job_sends_no_media(served: ServedApp, emulator: Cielo24Emulator,
                                                 tmp_path: Path) -> None:
    path = media_file(tmp_path)

    async def scenario(client: Cielo24Client) -> None:
        await client.add_media_file("e" * 32, path)

    run(served, raises(NotFoundError, scenario))
    assert emulator.state.uploads == []


def test_upload_progress_reaches_the_file_size(served: ServedApp, tmp_path: Path) -> None:
    path = media_file(tmp_path)
    seen: list[int] = []

    async def scenario(client: Cielo24Client) -> None:
        job_id, _ = await client.new_job()
        await client.add_media_file(job_id, path, on_progress=lambda p: seen.append(p.sent))

    run(served, scenario)
    assert seen[-1] == path.stat().st_size


def test_dropped_upload_is_retried_and_arrives_whole(served: ServedApp, emulator: Cielo24Emulator,
                                                     tmp_path: Path) -> None:
    path = media_file(tmp_path)
    emulator.faults.drop_upload_after = 300_000

    async def scenario(client: Cielo24Client) -> str:
        job_id, _ = await client.new_job()
        await client.add_media_file(job_id, path)
        return job_id

    job_id = run(served, scenario)
    assert emulator.state.job(job_id).media_path.read_bytes() == path.read_bytes()


def test_file_over_10_gb_is_refused_before_anything_is_sent(served: ServedApp, tmp_path: Path) -> None:
    huge = tmp_path / "huge.mov"
    with huge.open("wb") as handle:  # sparse: no disk space used
        handle.truncate(MAX_MEDIA_BYTES + 1)
    recorder = Recorder()

    async def scenario(client: Cielo24Client) -> None:
        await client.add_media_file(COMPLETE_JOB, huge)

    error = run(served, raises(UploadError, scenario), recorder=recorder)
    assert recorder.requests == [] and "10 GB" in str(error)


def test_ten_gb_means_ten_billion_bytes() -> None:
    assert MAX_MEDIA_BYTES == 10_000_000_000


# -- transcription and captions --------------------------------------------------------------

def test_transcription_moves_the_job_through_each_status_to_complete(served: ServedApp) -> None:
    async def scenario(client: Cielo24Client) -> list[str]:
        job_id, _ = await client.new_job()
        await client.add_media_url(job_id, "https://cdn.example.com/a.mp4")
        await client.perform_transcription(job_id, "PREMIUM")
        return [(await client.job_info(job_id))["JobStatus"] for _ in range(4)]

    assert run(served, scenario) == ["Authorizing", "Pending", "In Process", "Complete"]


def test_waiting_for_a_job_reports_each_status_until_complete(served: ServedApp) -> None:
    seen: list[str] = []

    async def scenario(client: Cielo24Client) -> dict[str, Any]:
        job_id, _ = await client.new_job()
        await client.add_media_url(job_id, "https://cdn.example.com/wait.mp4")
        await client.perform_transcription(job_id, "MECHANICAL")
        return await client.wait_for_job(job_id, poll_interval=0, on_status=lambda s, _: seen.append(s))

    assert run(served, scenario)["JobStatus"] == "Complete"
    assert seen == ["Authorizing", "Pending", "In Process", "Complete"]


def test_waiting_for_a_job_whose_media_failed_raises_job_failed(served: ServedApp) -> None:
    async def scenario(client: Cielo24Client) -> dict[str, Any]:
        return await client.wait_for_job("c4e6a8b0d2f44c6e8a0b2d4f6c8e0a2b", poll_interval=0)

    run(served, raises(JobFailedError, scenario))


def test_waiting_past_the_timeout_raises_job_timeout(served: ServedApp, emulator: Cielo24Emulator) -> None:
    emulator.state.calls_per_status = 1000

    async def scenario(client: Cielo24Client) -> dict[str, Any]:
        return await client.wait_for_job(IN_PROCESS_JOB, poll_interval=5, timeout=1)

    assert "still In Process" in str(run(served, raises(JobTimeoutError, scenario)))


def test_turnaround_hours_target_language_and_options_reach_the_job(served: ServedApp) -> None:
    async def scenario(client: Cielo24Client) -> dict[str, Any]:
        job_id, _ = await client.new_job()
        await client.add_media_url(job_id, "https://cdn.example.com/a.mp4")
        await client.perform_transcription(job_id, "professional", 36, target_language="de",
                                           options={"notes": "two speakers", "speaker_id": True})
        return await client.job_info(job_id)

    info = run(served, scenario)
    assert (info["Fidelity"], info["TurnaroundHours"], info["Priority"], info["TargetLanguage"],
            info["Options"]) == ("PROFESSIONAL", 36, "PRIORITY", "de",
                                 {"notes": "two speakers", "speaker_id": True})


def test_turnaround_name_is_sent_as_priority(served: ServedApp) -> None:
    async def scenario(client: Cielo24Client) -> dict[str, Any]:
        job_id, _ = await client.new_job()
        await client.add_media_url(job_id, "https://cdn.example.com/a.mp4")
        await client.perform_transcription(job_id, "MECHANICAL", "priority")
        return await client.job_info(job_id)

    assert run(served, scenario)["Priority"] == "PRIORITY"


def test_unknown_fidelity_is_refused_before_sending(served: ServedApp) -> None:
    async def scenario(client: Cielo24Client) -> None:
        await client.perform_transcription(COMPLETE_JOB, "EXTERNAL")

    recorder = Recorder()
    run(served, raises(ValueError, scenario), recorder=recorder)
    assert recorder.requests == []


def test_unknown_priority_is_refused_with_the_service_message(served: ServedApp) -> None:
    async def scenario(client: Cielo24Client) -> None:
        job_id, _ = await client.new_job()
        await client.add_media_url(job_id, "https://cdn.example.com/a.mp4")
        await client.perform_transcription(job_id, "PREMIUM", "YESTERDAY")

    error = run(served, raises(BadRequestError, scenario))
    assert error.code == "INVALID_OPTION" and "'YESTERDAY'" in str(error)


def test_captions_before_completion_raise_bad_request(served: ServedApp) -> None:
    async def scenario(client: Cielo24Client) -> bytes:
        return await client.get_caption(IN_PROCESS_JOB)

    error = run(served, raises(BadRequestError, scenario))
    assert str(error).endswith("is In Process; captions are available once it is Complete (INVALID_QUERY)")


@pytest.mark.parametrize("caption_format, first_bytes", [
    ("SRT", b"1\r\n00:00:"), ("WEB_VTT", b"WEBVTT"), ("DFXP", b"<?xml")])
def test_complete_job_serves_captions_in_each_format(served: ServedApp, caption_format: str,
                                                     first_bytes: bytes) -> None:
    async def scenario(client: Cielo24Client) -> bytes:
        return await client.get_caption(COMPLETE_JOB, caption_format)

    assert run(served, scenario).startswith(first_bytes)


def test_caption_options_are_passed_to_the_service(served: ServedApp) -> None:
    async def scenario(client: Cielo24Client) -> bytes:
        return await client.get_caption(COMPLETE_JOB, "TRANSCRIPT", characters_per_caption_line=20)

    text = run(served, scenario).decode()
    assert "Welcome back" in text


def test_unknown_caption_format_is_refused_with_the_service_message(served: ServedApp) -> None:
    async def scenario(client: Cielo24Client) -> bytes:
        return await client.get_caption(COMPLETE_JOB, "PDF")

    assert run(served, raises(BadRequestError, scenario)).code == "INVALID_OPTION"


@pytest.mark.parametrize("caption_format", ["SRT", "WEB_VTT", "DFXP"])
def test_captions_of_a_completed_job_open_as_a_document(served: ServedApp, tmp_path: Path,
                                                        caption_format: str) -> None:
    formats = pytest.importorskip("subtitle_desk.core.formats")
    if not hasattr(formats, "read_bytes"):
        pytest.skip("subtitle_desk.core.formats.read_bytes is not on main yet")
    path = media_file(tmp_path, 4096)

    async def scenario(client: Cielo24Client) -> Any:
        job_id, _ = await client.new_job()
        await client.add_media_file(job_id, path)
        await client.perform_transcription(job_id, "MECHANICAL")
        while (await client.job_info(job_id))["JobStatus"] != "Complete":
            pass
        return await client.get_caption_document(job_id, caption_format)

    document = run(served, scenario)
    assert len(document.cues) > 3 and document.cues[0].text.startswith("Welcome back")


def test_caption_formats_that_are_not_subtitles_do_not_open_as_a_document(served: ServedApp) -> None:
    async def scenario(client: Cielo24Client) -> Any:
        return await client.get_caption_document(COMPLETE_JOB, "TRANSCRIPT")

    run(served, raises(ValueError, scenario))


# -- failures and secrets --------------------------------------------------------------------

def test_server_errors_on_reads_are_retried(served: ServedApp, emulator: Cielo24Emulator) -> None:
    async def scenario(client: Cielo24Client) -> dict[str, Any]:
        await client.login()
        emulator.faults.fail_next = 2
        return await client.job_info(COMPLETE_JOB)

    assert run(served, scenario)["JobId"] == COMPLETE_JOB


def test_server_errors_on_job_creation_are_not_repeated(served: ServedApp,
                                                        emulator: Cielo24Emulator) -> None:
    async def scenario(client: Cielo24Client) -> None:
        await client.login()
        emulator.faults.fail_next = 1
        await client.new_job()

    error = run(served, raises(ServiceError, scenario))
    assert error.status == 503 and emulator.faults.fail_next == 0


def test_token_never_appears_in_an_exception_message(served: ServedApp, emulator: Cielo24Emulator) -> None:
    async def scenario(client: Cielo24Client) -> BaseException:
        await client.login()
        with pytest.raises(NotFoundError) as caught:
            await client.job_info("f" * 32)
        return caught.value

    error = run(served, scenario)
    (token,) = emulator.state.tokens
    assert token not in f"{error} {error!r} {error.args} {error.details} {error.path}"


def test_secrets_stay_out_of_transport_errors(served: ServedApp, emulator: Cielo24Emulator) -> None:
    async def scenario(client: Cielo24Client) -> BaseException:
        await client.login()
        served.stop()
        with pytest.raises(TransportError) as caught:
            await client.job_list()
        return caught.value

    error = run(served, scenario)
    (token,) = emulator.state.tokens
    text = f"{error} {error!r} {error.__cause__!r} {error.__context__!r}"
    assert token not in text and DEMO_API_KEY not in text


def test_request_log_lines_carry_no_token_or_securekey(served: ServedApp, emulator: Cielo24Emulator,
                                                       caplog: pytest.LogCaptureFixture) -> None:
    async def scenario(client: Cielo24Client) -> None:
        await client.login()
        await client.job_list()

    with caplog.at_level(logging.DEBUG):
        run(served, scenario)
    (token,) = emulator.state.tokens
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert "api_token=***" in logged and token not in logged and DEMO_API_KEY not in logged


def test_client_repr_shows_no_secret(served: ServedApp) -> None:
    async def scenario(client: Cielo24Client) -> str:
        return repr(client)

    assert DEMO_PASSWORD not in run(served, scenario, password=DEMO_PASSWORD)
