"""Every documented DatoCMS error body becomes a typed error whose message is the API's own."""

from __future__ import annotations

import httpx
import pytest

from subtitle_desk.core.services.datocms import describe_api_error
from subtitle_desk.core.services.errors import (
    AuthError,
    BadRequestError,
    NotFoundError,
    ServerError,
)
from subtitle_desk.emulators import datocms as emu
from test_datocms_support import api_headers, dato, run, storage  # noqa: F401

VTT_URL = "https://cdn.example.org/it.vtt"


def raw(dato, method, path, **kwargs):
    async def scenario():
        async with httpx.AsyncClient() as http:
            return await http.request(method, f"{dato.url}{path}", **kwargs)

    return run(scenario())


def api_error(response):
    (error,) = response.json()["data"]
    assert error["type"] == "api_error"
    return error["attributes"]["code"]


def call(dato, method_name, *args, **kwargs):
    client_kwargs = kwargs.pop("client", {})

    async def scenario():
        async with dato.session(**client_kwargs) as client:
            return await getattr(client, method_name)(*args, **kwargs)

    return run(scenario())


def test_wrong_token_is_an_auth_error_that_never_repeats_the_token(dato):
    with pytest.raises(AuthError) as caught:
        call(dato, "list_uploads", client={"token": "not-the-real-token"})
    assert caught.value.code == "INVALID_AUTHORIZATION_HEADER"
    assert str(caught.value) == "INVALID_AUTHORIZATION_HEADER: The API token is not valid"
    assert "not-the-real-token" not in repr(caught.value.details)


def test_missing_token_is_refused_with_401(dato):
    headers = api_headers()
    del headers["Authorization"]
    response = raw(dato, "GET", "/uploads", headers=headers)
    assert (response.status_code, api_error(response)) == (401, "INVALID_AUTHORIZATION_HEADER")


def test_missing_api_version_is_refused(dato):
    headers = api_headers()
    del headers["X-Api-Version"]
    response = raw(dato, "GET", "/uploads", headers=headers)
    assert (response.status_code, api_error(response)) == (422, "INVALID_API_VERSION")


def test_body_with_a_non_json_content_type_is_refused(dato):
    response = raw(dato, "POST", "/upload-requests", headers=api_headers(**{"Content-Type": "text/plain"}),
                   content=b'{"data":{"type":"upload_request","attributes":{"filename":"a.vtt"}}}')
    assert (response.status_code, api_error(response)) == (415, "INVALID_CONTENT_TYPE")


def test_body_with_plain_application_json_is_accepted_like_the_js_client_sends(dato):
    response = raw(dato, "POST", "/upload-requests", headers=api_headers(),
                   json={"data": {"type": "upload_request", "attributes": {"filename": "a.vtt"}}})
    assert response.status_code == 200
    assert response.json()["data"]["attributes"]["url"].startswith(dato.storage.base_url)


def test_track_body_with_another_type_is_refused(dato):
    response = raw(dato, "POST", f"/uploads/{emu.VIDEO_WITHOUT_TRACKS}/tracks",
                   headers=api_headers(**{"Content-Type": "application/vnd.api+json"}),
                   json={"data": {"type": "track", "attributes": {
                       "url_or_upload_request_id": VTT_URL, "type": "subtitles", "language_code": "en"}}})
    assert (response.status_code, api_error(response)) == (422, "INVALID_FORMAT")


def test_invalid_language_code_reads_as_the_api_explains_it(dato):
    with pytest.raises(BadRequestError) as caught:
        call(dato, "create_track", emu.VIDEO_WITHOUT_TRACKS, url_or_upload_request_id=VTT_URL,
             language_code="english")
    assert caught.value.status == 422
    assert caught.value.code == "INVALID_FIELD"
    assert caught.value.details["field"] == "language_code"
    assert str(caught.value) == "INVALID_FIELD: language_code is not a valid BCP 47 code ('english')"


def test_unknown_upload_is_not_found(dato):
    with pytest.raises(NotFoundError, match="Upload with ID nope wasn't found"):
        call(dato, "list_tracks", "nope")


def test_deleting_an_unknown_track_is_not_found(dato):
    with pytest.raises(NotFoundError, match="Upload track with ID missing wasn't found"):
        call(dato, "delete_track", emu.VIDEO_WITH_TRACKS, "missing")


def test_track_source_that_is_neither_url_nor_upload_request_is_refused(dato):
    with pytest.raises(BadRequestError, match="neither a URL nor the ID of an upload request"):
        call(dato, "create_track", emu.VIDEO_WITHOUT_TRACKS, url_or_upload_request_id="/7/never-requested.vtt",
             language_code="en")


def test_tracks_are_refused_on_uploads_that_are_not_videos(dato):
    with pytest.raises(BadRequestError, match="only be added to video uploads; poster.jpg"):
        call(dato, "create_track", emu.IMAGE_UPLOAD, url_or_upload_request_id=VTT_URL, language_code="en")


def test_generating_subtitles_for_a_non_video_is_refused(dato):
    with pytest.raises(BadRequestError, match="theme-song.mp3"):
        call(dato, "generate_subtitles", emu.AUDIO_UPLOAD, "en")


def test_unknown_environment_is_refused_with_its_name(dato):
    with pytest.raises(BadRequestError, match="INVALID_ENVIRONMENT: There is no environment called 'staging'"):
        call(dato, "list_uploads", client={"environment": "staging"})


def test_sandbox_changes_do_not_touch_the_primary_environment(dato):
    call(dato, "delete_track", emu.VIDEO_WITH_TRACKS, emu.ERRORED_TRACK,
         client={"environment": emu.SANDBOX_ENVIRONMENT})
    dato.state.job_pending_polls = 0

    async def scenario():
        async with dato.session(environment=emu.SANDBOX_ENVIRONMENT) as sandbox:
            await sandbox.wait_for_job(next(iter(dato.state.jobs)))
            in_sandbox = await sandbox.list_tracks(emu.VIDEO_WITH_TRACKS)
        async with dato.session() as main:
            return in_sandbox, await main.list_tracks(emu.VIDEO_WITH_TRACKS)

    in_sandbox, in_main = run(scenario())
    assert emu.ERRORED_TRACK not in {t.id for t in in_sandbox}
    assert emu.ERRORED_TRACK in {t.id for t in in_main}


def test_transient_server_error_on_a_read_is_retried(dato):
    dato.emulator.faults.fail_next = 1
    page = call(dato, "list_uploads")
    assert page.total_count == 3


def test_server_error_on_a_write_is_not_retried_and_carries_the_api_message(dato):
    dato.emulator.faults.fail_next = 1
    with pytest.raises(ServerError, match="^SERVICE_UNAVAILABLE: The service could not handle"):
        call(dato, "generate_subtitles", emu.VIDEO_WITHOUT_TRACKS, "en")
    assert not dato.state.jobs


@pytest.mark.parametrize(("code", "details", "message"), [
    ("INVALID_FIELD", {"field": "language_code", "message": "language_code is not a valid BCP 47 code"},
     "INVALID_FIELD: language_code is not a valid BCP 47 code"),
    ("INVALID_FIELD", {"field": "name", "code": "VALIDATION_REQUIRED"}, "INVALID_FIELD: name: VALIDATION_REQUIRED"),
    ("NOT_FOUND", {}, "NOT_FOUND"),
    (None, "plain words", "plain words"),
])
def test_api_error_descriptions_join_code_and_details(code, details, message):
    assert describe_api_error(code, details) == message


@pytest.mark.parametrize("code", ["it-IT", "en", "pt-BR", "zh-Hant-TW", "es-419", "sr-Latn-RS", "yue-HK",
                                  "de-CH-1996", "en-US-x-sdh"])
def test_well_formed_bcp47_codes_are_accepted(code):
    assert emu.is_bcp47(code)


@pytest.mark.parametrize("code", ["english", "en_US", "xx", "it-", "-IT", "i", "en-USA1", "", "it IT"])
def test_malformed_bcp47_codes_are_refused(code):
    assert not emu.is_bcp47(code)


@pytest.mark.parametrize(("path", "body", "field"), [
    (f"/uploads/{emu.VIDEO_WITHOUT_TRACKS}/tracks",
     {"type": "upload_track", "attributes": {"url_or_upload_request_id": VTT_URL, "type": "subtitles",
                                             "language_code": "it-IT", "status": "ready"}}, "status"),
    (f"/uploads/{emu.VIDEO_WITHOUT_TRACKS}/tracks",
     {"type": "upload_track", "attributes": {"url_or_upload_request_id": VTT_URL, "type": "subtitles",
                                             "language_code": "it-IT", "default": True}}, "default"),
    (f"/uploads/{emu.VIDEO_WITHOUT_TRACKS}/tracks/generate-subtitles",
     {"type": "upload_track", "attributes": {"language_code": "en", "error": None}}, "error"),
    (f"/uploads/{emu.VIDEO_WITHOUT_TRACKS}/tracks/generate-subtitles",
     {"type": "upload_track", "attributes": {"language_code": "en", "closed_captions": True}},
     "closed_captions"),
    ("/upload-requests", {"type": "upload_request", "attributes": {"filename": "a.vtt", "size": 10}}, "size"),
])
def test_an_unknown_or_read_only_attribute_is_a_422_naming_it(dato, path, body, field):
    response = raw(dato, "POST", path, headers=api_headers(**{"Content-Type": "application/vnd.api+json"}),
                   json={"data": body})

    (error,) = response.json()["data"]
    assert response.status_code == 422 and error["type"] == "api_error"
    assert error["attributes"]["code"] == "INVALID_FIELD"
    assert error["attributes"]["details"]["field"] == field and field in error["attributes"]["details"]["message"]
