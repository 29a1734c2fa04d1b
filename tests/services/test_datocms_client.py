"""DatocmsClient against the strict emulator over real loopback sockets: uploads, tracks, jobs."""

from __future__ import annotations

import asyncio
import hashlib

import httpx
import pytest

from subtitle_desk.core.services.datocms import Job, Track, growing_delay
from subtitle_desk.core.services.errors import JobFailedError, JobTimeoutError
from subtitle_desk.emulators import datocms as emu
from test_datocms_support import FIXTURES, api_headers, dato, fixture_json, run, storage  # noqa: F401

SUBTITLES_URL = "https://cdn.example.org/episode-01/it.vtt"


def test_list_uploads_returns_only_videos_with_the_total_count(dato):
    async def scenario():
        async with dato.session() as client:
            return await client.list_uploads()

    page = run(scenario())
    assert page.total_count == 3
    assert {u.id for u in page.uploads} == {emu.VIDEO_WITH_TRACKS, emu.VIDEO_WITHOUT_TRACKS,
                                            emu.VIDEO_WITH_AUDIO_TRACK}
    assert all(u.is_video for u in page.uploads)


def test_list_uploads_pages_with_offset_and_limit(dato):
    async def scenario():
        async with dato.session() as client:
            return await client.list_uploads(type=None, offset=2, limit=2)

    page = run(scenario())
    assert (page.total_count, len(page.uploads), page.offset, page.limit) == (6, 2, 2, 2)
    assert page.has_more


def test_list_uploads_searches_by_query(dato):
    async def scenario():
        async with dato.session() as client:
            return await client.list_uploads(query="interview")

    assert [u.filename for u in run(scenario()).uploads] == ["episode-02-interview.mp4"]


def test_iter_uploads_walks_every_page(dato):
    async def scenario():
        async with dato.session() as client:
            return [u.filename async for u in client.iter_uploads(type=None, page_size=4)]

    assert len(run(scenario())) == 6
    pages = [r for r in dato.state.requests if r.path == "/uploads"]
    assert len(pages) == 2


def test_get_upload_reads_the_documented_upload_attributes(dato):
    async def scenario():
        async with dato.session() as client:
            return await client.get_upload(emu.VIDEO_WITH_TRACKS)

    upload = run(scenario())
    assert upload.filename == "episode-01-pilot.mp4"
    assert upload.format == "mp4"
    assert upload.duration == 1312
    assert upload.frame_rate == 25
    assert upload.is_image is False
    assert upload.mux_playback_id


def test_list_tracks_reports_each_tracks_status_and_error(dato):
    async def scenario():
        async with dato.session() as client:
            return await client.list_tracks(emu.VIDEO_WITH_TRACKS)

    tracks = {t.id: t for t in run(scenario())}
    errored = tracks[emu.ERRORED_TRACK]
    assert errored.status == "errored"
    assert "could not be read" in errored.error
    assert {t.language_code for t in tracks.values() if t.status == "ready"} == {"en", "it-IT"}
    assert any(t.closed_captions for t in tracks.values())


def test_every_request_carries_the_documented_headers_and_json_api_content_type_on_bodies(dato):
    async def scenario():
        async with dato.session() as client:
            await client.list_tracks(emu.VIDEO_WITH_TRACKS)
            await client.create_track(emu.VIDEO_WITHOUT_TRACKS, url_or_upload_request_id=SUBTITLES_URL,
                                      language_code="it-IT")

    run(scenario())
    get, post = dato.state.requests
    for logged in (get, post):
        assert logged.authorized
        assert logged.headers["accept"] == "application/json"
        assert logged.headers["x-api-version"] == "3"
        assert "x-environment" not in logged.headers
    assert "content-type" not in get.headers
    assert post.headers["content-type"] == "application/vnd.api+json"


def test_client_does_not_put_credentials_on_the_shared_http_client(dato):
    async def scenario():
        async with dato.session() as client:
            await client.list_uploads()
            return dict(client._http.headers)

    assert "authorization" not in {k.lower() for k in run(scenario())}


def test_environment_header_selects_the_sandbox_environment(dato):
    async def scenario():
        async with dato.session(environment=emu.SANDBOX_ENVIRONMENT) as client:
            return await client.list_uploads()

    page = run(scenario())
    assert emu.SANDBOX_ONLY_VIDEO in {u.id for u in page.uploads}
    assert dato.state.requests[-1].headers["x-environment"] == emu.SANDBOX_ENVIRONMENT


def test_created_track_job_is_pending_for_a_few_polls_then_returns_the_track(dato):
    polls = []

    async def scenario():
        async with dato.session(poll_delay=lambda n: 0.0) as client:
            job = await client.create_track(emu.VIDEO_WITHOUT_TRACKS, url_or_upload_request_id=SUBTITLES_URL,
                                            language_code="it-IT", name="Italiano")
            return job, await client.wait_for_job(job, on_poll=lambda n, d: polls.append(n))

    job, payload = run(scenario())
    assert job == Job(job.id, "create_track", emu.VIDEO_WITHOUT_TRACKS)
    assert polls == [1, 2]
    track = Track.from_payload(payload)
    assert (track.upload_id, track.language_code, track.name, track.status) == (
        emu.VIDEO_WITHOUT_TRACKS, "it-IT", "Italiano", "ready")


def test_job_result_has_exactly_the_documented_shape(dato):
    async def scenario():
        async with dato.session() as client:
            job = await client.create_track(emu.VIDEO_WITHOUT_TRACKS, url_or_upload_request_id=SUBTITLES_URL,
                                            language_code="it-IT", name="Italiano")
            await client.wait_for_job(job)
        async with httpx.AsyncClient() as http:
            return (await http.get(f"{dato.url}/job-results/{job.id}", headers=api_headers())).json()

    def shape(value):
        if isinstance(value, dict):
            return {k: shape(v) for k, v in value.items()}
        return type(value).__name__

    documented = fixture_json("job_result_upload_track.json")
    assert shape(run(scenario())) == shape(documented)


def test_job_polling_delay_grows_one_second_at_a_time(dato):
    dato.state.job_pending_polls = 4

    async def scenario():
        async with dato.session() as client:
            job = await client.generate_subtitles(emu.VIDEO_WITHOUT_TRACKS, "en")
            await client.wait_for_job(job)

    run(scenario())
    assert dato.clock.sleeps == [1.0, 2.0, 3.0, 4.0]


def test_growing_delay_is_capped():
    assert [growing_delay(n) for n in (1, 2, 9, 10, 50)] == [1.0, 2.0, 9.0, 10.0, 10.0]


def test_job_whose_upload_request_file_never_arrived_fails_with_code_and_details(dato):
    async def scenario():
        async with dato.session(poll_delay=lambda n: 0.0) as client:
            request_id, _url, _headers = await client.request_upload("never-sent.vtt")
            job = await client.create_track(emu.VIDEO_WITHOUT_TRACKS, url_or_upload_request_id=request_id,
                                            language_code="en")
            await client.wait_for_job(job)

    with pytest.raises(JobFailedError) as caught:
        run(scenario())
    assert caught.value.code == "INVALID_FIELD"
    assert caught.value.details["field"] == "url_or_upload_request_id"
    assert str(caught.value).startswith("INVALID_FIELD: the file for upload request")


def test_job_still_pending_when_the_time_limit_runs_out_raises_job_timeout(dato):
    dato.state.job_pending_polls = 10**9

    async def scenario():
        async with dato.session(poll_delay=lambda n: 0.005, sleep=asyncio.sleep) as client:
            job = await client.delete_track(emu.VIDEO_WITH_TRACKS, emu.ERRORED_TRACK)
            await client.wait_for_job(job, timeout=0.05)

    with pytest.raises(JobTimeoutError, match="still running"):
        run(scenario())


def test_cancelling_the_wait_stops_polling(dato):
    dato.state.job_pending_polls = 10**9
    polls = []

    async def scenario():
        async with dato.session(poll_delay=lambda n: 0.001, sleep=asyncio.sleep) as client:
            job = await client.generate_subtitles(emu.VIDEO_WITHOUT_TRACKS, "en")
            reached = asyncio.Event()

            def on_poll(attempt, delay):
                polls.append(attempt)
                if attempt == 3:
                    reached.set()

            waiting = asyncio.create_task(client.wait_for_job(job, on_poll=on_poll))
            await reached.wait()
            waiting.cancel()
            with pytest.raises(asyncio.CancelledError):
                await waiting
            seen = len(polls)
            await asyncio.sleep(0.02)
            return seen

    seen = run(scenario())
    assert len(polls) == seen


def test_local_file_becomes_a_track_through_an_upload_request(dato, tmp_path):
    source = tmp_path / "episode-01.it.vtt"
    source.write_bytes((FIXTURES / "episode-01.it.vtt").read_bytes())
    progress = []

    async def scenario():
        async with dato.session(poll_delay=lambda n: 0.0) as client:
            job = await client.create_track_from_file(
                emu.VIDEO_WITHOUT_TRACKS, source, type="subtitles", language_code="it-IT",
                name="Italiano", on_progress=progress.append)
            return Track.from_payload(await client.wait_for_job(job))

    track = run(scenario())
    assert track.status == "ready"
    created = next(r for r in dato.state.requests if r.method == "POST" and r.path.endswith("/tracks"))
    request_id = created.body["data"]["attributes"]["url_or_upload_request_id"]
    stored = dato.storage.get(dato.state.upload_requests[request_id].key)
    assert stored.sha256 == hashlib.sha256(source.read_bytes()).hexdigest()
    assert stored.content_type == "text/vtt"
    assert progress and progress[-1].sent == source.stat().st_size


def test_track_from_an_unreadable_subtitle_file_ends_errored_with_a_message(dato, tmp_path):
    source = tmp_path / "notes.vtt"
    source.write_bytes((FIXTURES / "notes.vtt").read_bytes())

    async def scenario():
        async with dato.session(poll_delay=lambda n: 0.0) as client:
            job = await client.create_track_from_file(emu.VIDEO_WITHOUT_TRACKS, source, type="subtitles",
                                                      language_code="en")
            return Track.from_payload(await client.wait_for_job(job))

    track = run(scenario())
    assert track.status == "errored"
    assert "could not be read" in track.error


def test_audio_track_from_a_file_that_is_not_audio_ends_errored(dato, tmp_path):
    source = tmp_path / "dub.es.srt"
    source.write_bytes((FIXTURES / "episode-01.es.srt").read_bytes())

    async def scenario():
        async with dato.session(poll_delay=lambda n: 0.0) as client:
            job = await client.create_track_from_file(emu.VIDEO_WITHOUT_TRACKS, source, type="audio",
                                                      language_code="es-ES")
            return Track.from_payload(await client.wait_for_job(job))

    track = run(scenario())
    assert (track.type, track.status) == ("audio", "errored")
    assert "not an audio file" in track.error


def test_new_track_is_preparing_until_the_emulator_has_processed_it(dato):
    dato.state.track_preparing_seconds = 5.0

    async def scenario():
        async with dato.session(poll_delay=lambda n: 1.0) as client:
            job = await client.create_track(emu.VIDEO_WITHOUT_TRACKS, url_or_upload_request_id=SUBTITLES_URL,
                                            language_code="it-IT")
            created = Track.from_payload(await client.wait_for_job(job))
            return created, await client.wait_for_track(created.upload_id, created.id)

    created, finished = run(scenario())
    assert created.status == "preparing"
    assert finished.status == "ready"


def test_generate_subtitles_sends_the_documented_upload_track_type(dato):
    async def scenario():
        async with dato.session(poll_delay=lambda n: 0.0) as client:
            job = await client.generate_subtitles(emu.VIDEO_WITHOUT_TRACKS, "en-US", name="English (auto)")
            return Track.from_payload(await client.wait_for_job(job))

    track = run(scenario())
    sent = next(r for r in dato.state.requests if r.path.endswith("/generate-subtitles"))
    assert sent.body == {"data": {"type": "upload_track",
                                  "attributes": {"language_code": "en-US", "name": "English (auto)"}}}
    assert (track.type, track.language_code, track.name) == ("subtitles", "en-US", "English (auto)")


def test_emulator_also_accepts_the_js_clients_subtitles_generation_type(dato):
    async def scenario():
        async with httpx.AsyncClient() as http:
            return await http.post(
                f"{dato.url}/uploads/{emu.VIDEO_WITHOUT_TRACKS}/tracks/generate-subtitles",
                headers=api_headers(**{"Content-Type": "application/json"}),
                json={"data": {"type": "subtitles_generation", "attributes": {"language_code": "en"}}})

    response = run(scenario())
    assert response.status_code == 202
    assert response.json()["data"]["type"] == "job"


def test_deleting_a_track_removes_it_and_the_job_returns_the_deleted_track(dato):
    async def scenario():
        async with dato.session(poll_delay=lambda n: 0.0) as client:
            job = await client.delete_track(emu.VIDEO_WITH_TRACKS, emu.ERRORED_TRACK)
            deleted = Track.from_payload(await client.wait_for_job(job))
            return job, deleted, await client.list_tracks(emu.VIDEO_WITH_TRACKS)

    job, deleted, remaining = run(scenario())
    assert job.kind == "delete_track"
    assert deleted.id == emu.ERRORED_TRACK
    assert emu.ERRORED_TRACK not in {t.id for t in remaining}


def test_storage_put_carries_the_presigned_headers_and_never_the_token(dato, tmp_path):
    source = tmp_path / "episode-01.it.vtt"
    source.write_bytes((FIXTURES / "episode-01.it.vtt").read_bytes())
    sent = []

    async def record(request):
        sent.append(request)

    async def scenario():
        async with httpx.AsyncClient(event_hooks={"request": [record]}) as storage_http:
            async with dato.session(storage_http=storage_http, poll_delay=lambda n: 0.0) as client:
                await client.create_track_from_file(emu.VIDEO_WITHOUT_TRACKS, source, type="subtitles",
                                                    language_code="it-IT")

    run(scenario())
    (put,) = sent
    assert put.method == "PUT"
    assert "authorization" not in put.headers
    assert "x-api-version" not in put.headers
    assert put.headers["x-amz-acl"] == "private"
    assert put.headers["content-length"] == str(source.stat().st_size)
    assert put.headers["content-type"] == "text/vtt"


def test_file_the_storage_refuses_is_an_upload_error_and_no_track_is_started(dato, tmp_path):
    from subtitle_desk.core.services.errors import UploadError

    source = tmp_path / "episode-01.it.vtt"
    source.write_bytes((FIXTURES / "episode-01.it.vtt").read_bytes())
    dato.storage.faults.fail_status, dato.storage.faults.fail_next = 403, 1

    async def scenario():
        async with dato.session() as client:
            await client.create_track_from_file(emu.VIDEO_WITHOUT_TRACKS, source, type="subtitles",
                                                language_code="it-IT")

    try:
        with pytest.raises(UploadError, match="DatoCMS storage refused episode-01.it.vtt"):
            run(scenario())
    finally:
        dato.storage.faults.reset()
        dato.storage.faults.fail_status = 503
    assert not dato.state.jobs
