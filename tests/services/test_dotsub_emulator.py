"""The Dotsub emulator is as strict as the real service, and its seeded data is realistic."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from typing import Any

import httpx
import pytest

from subtitle_desk.emulators.dotsub import (
    DEMO_AUDIENCE,
    DEMO_CLIENT_ID,
    DEMO_CLIENT_SECRET,
    DotsubEmulator,
)
from subtitle_desk.emulators.dotsub_data import DotsubState
from subtitle_desk.emulators.server import ServedApp
from subtitle_desk.emulators.storage import StorageHost

SRT = "1\n00:00:01,000 --> 00:00:02,000\nHello\n".encode()


@pytest.fixture
def emulator(storage_host: StorageHost) -> DotsubEmulator:
    return DotsubEmulator(storage_host)


@pytest.fixture
def served(emulator: DotsubEmulator) -> Iterator[ServedApp]:
    served = ServedApp(emulator.app, name="dotsub").start()
    yield served
    served.stop()


@pytest.fixture
def http(served: ServedApp) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=served.base_url, timeout=20) as client:
        yield client


def login(http: httpx.Client, **changes: Any) -> httpx.Response:
    body = {"client_id": DEMO_CLIENT_ID, "client_secret": DEMO_CLIENT_SECRET, "audience": DEMO_AUDIENCE,
            "grant_type": "client_credentials", **changes}
    return http.post("/oauth/token", json=body)


@pytest.fixture
def auth(http: httpx.Client) -> dict[str, str]:
    return {"Authorization": f"Bearer {login(http).json()['access_token']}"}


# ------------------------------------------------------------------ authentication


def test_login_answers_a_day_long_bearer_token(http: httpx.Client) -> None:
    body = login(http).json()
    assert (body["token_type"], body["expires_in"]) == ("Bearer", 86400) and body["access_token"]


def test_request_without_token_gets_the_documented_401_body(http: httpx.Client) -> None:
    response = http.get("/api/media/12")
    body = response.json()
    assert response.status_code == 401
    assert set(body) == {"timestamp", "status", "error", "message", "path"}
    assert (body["status"], body["error"], body["path"]) == (401, "Unauthorized", "/api/media/12")


def test_unknown_token_is_refused(http: httpx.Client) -> None:
    response = http.get("/api/media/12", headers={"Authorization": "Bearer made-up"})
    assert (response.status_code, response.json()["message"]) == (401, "Invalid access token")


def test_expired_token_is_refused(http: httpx.Client, emulator: DotsubEmulator, auth: dict[str, str]) -> None:
    emulator.expire_all_tokens()
    response = http.get("/api/media/12", headers=auth)
    assert (response.status_code, response.json()["message"]) == (401, "Access token expired")


def test_audience_without_its_trailing_slash_is_refused(http: httpx.Client) -> None:
    response = login(http, audience=DEMO_AUDIENCE.rstrip("/"))
    assert response.status_code == 403 and response.json()["error"] == "access_denied"


def test_wrong_client_secret_is_refused(http: httpx.Client) -> None:
    response = login(http, client_secret="nope")
    assert response.status_code == 401 and response.json()["error_description"] == "Unauthorized"


def test_other_grant_types_are_refused(http: httpx.Client) -> None:
    assert login(http, grant_type="password").status_code == 403


def test_login_host_stops_issuing_tokens_at_the_limit(http: httpx.Client, emulator: DotsubEmulator) -> None:
    emulator.token_limit = 2
    statuses = [login(http).status_code for _ in range(3)]
    assert statuses == [200, 200, 429] and emulator.tokens_issued == 2


def test_v3_paths_answer_like_unversioned_ones(http: httpx.Client, auth: dict[str, str]) -> None:
    plain = http.get("/api/media/12", headers=auth).json()
    versioned = http.get("/api/v3/media/12", headers=auth).json()
    assert plain["title"] == versioned["title"] and plain["mediaId"] == "12"


# ------------------------------------------------------------------ strict requests


@pytest.mark.parametrize("query", ["pageSize=0", "pageIndex=-1", "pageSize=abc", "pageIndex=99"])
def test_out_of_range_paging_is_a_400(http: httpx.Client, auth: dict[str, str], query: str) -> None:
    response = http.get(f"/api/media?{query}", headers=auth)
    assert response.status_code == 400 and response.json()["message"]


def test_unknown_task_type_filter_is_a_400(http: httpx.Client, auth: dict[str, str]) -> None:
    response = http.get("/api/tasks", params={"type": "TASK_DANCE"}, headers=auth)
    assert response.status_code == 400 and "TASK_DANCE" in response.json()["message"]


def test_title_with_disallowed_characters_is_refused(http: httpx.Client, auth: dict[str, str]) -> None:
    response = http.post("/api/media", headers=auth, json={
        "s3Upload": True, "contentType": "video/mp4",
        "mediaDto": {"title": "Launch: <final>", "projectId": "1", "fileName": "a.mp4"}})
    assert response.status_code == 400 and "title may only contain" in response.json()["message"]


def test_media_needs_an_upload_or_an_import_url(http: httpx.Client, auth: dict[str, str]) -> None:
    response = http.post("/api/media", headers=auth,
                         json={"mediaDto": {"title": "Launch", "projectId": "1", "fileName": "a.mp4"}})
    assert response.status_code == 400


def test_media_in_an_unknown_project_is_not_found(http: httpx.Client, auth: dict[str, str]) -> None:
    response = http.post("/api/media", headers=auth, json={
        "importUrl": "https://example.invalid/a.mp4",
        "mediaDto": {"title": "Launch", "projectId": "404", "fileName": "a.mp4"}})
    assert (response.status_code, response.json()["message"]) == (404, "Project with ID 404 wasn't found")


def test_multipart_without_subtitle_file_is_refused(http: httpx.Client, auth: dict[str, str]) -> None:
    response = http.post("/api/media/12/languages/en-US/subtitles", headers=auth,
                         files={"file": ("a.srt", SRT)})
    assert response.status_code == 400 and "subtitleFile" in response.json()["message"]


def test_unparseable_subtitles_are_refused_naming_the_file(http: httpx.Client, auth: dict[str, str]) -> None:
    response = http.post("/api/media/12/languages/en-US/subtitles", headers=auth,
                         files={"subtitleFile": ("broken.vtt", b"WEBVTT\n\nnot a cue at all\n")})
    assert response.status_code == 400 and "broken.vtt" in response.json()["message"]


def test_language_the_media_lacks_is_not_found(http: httpx.Client, auth: dict[str, str]) -> None:
    response = http.get("/api/media/12/languages/sk-SK/subtitles/SRT", headers=auth)
    assert (response.status_code, response.json()["message"]) == (
        404, "Language with ID sk-SK wasn't found for media 12")


def test_unknown_subtitle_format_is_refused(http: httpx.Client, auth: dict[str, str]) -> None:
    assert http.get("/api/media/12/languages/en-US/subtitles/DOCX", headers=auth).status_code == 400


def test_merge_patch_of_an_unknown_field_is_refused(http: httpx.Client, auth: dict[str, str]) -> None:
    response = http.patch("/api/tasks/5", headers=auth, json={"priority": "high"})
    assert response.status_code == 400 and "priority" in response.json()["message"]


def _new_upload(http: httpx.Client, auth: dict[str, str]) -> dict[str, Any]:
    return http.post("/api/media", headers=auth, json={
        "s3Upload": True, "contentType": "video/mp4",
        "mediaDto": {"title": "Launch", "projectId": "1", "fileName": "a.mp4"}}).json()


def test_uploaded_needs_the_right_upload_update_token(http: httpx.Client, auth: dict[str, str]) -> None:
    media = _new_upload(http, auth)
    response = http.patch(f"/api/media/{media['mediaId']}", headers=auth, json={
        "uploadDetail": {"uploadUpdateToken": "guess", "status": "UPLOADED"}})
    assert response.status_code == 400 and "uploadUpdateToken" in response.json()["message"]


def test_uploaded_before_the_file_arrived_is_refused(http: httpx.Client, auth: dict[str, str]) -> None:
    media = _new_upload(http, auth)
    token = media["uploadDetail"]["uploadUpdateToken"]
    response = http.patch(f"/api/media/{media['mediaId']}", headers=auth, json={
        "uploadDetail": {"uploadUpdateToken": token, "status": "UPLOADED"}})
    assert response.status_code == 400 and "No file was uploaded" in response.json()["message"]


def test_finished_uploads_cannot_be_updated(http: httpx.Client, auth: dict[str, str]) -> None:
    response = http.patch("/api/media/12", headers=auth, json={
        "uploadDetail": {"uploadUpdateToken": "x", "percentage": 50}})
    assert (response.status_code, response.json()["message"]) == (400, "Only pending DISK uploads can be updated")


def _refused_naming(response: httpx.Response, field: str) -> bool:
    body = response.json()
    return (response.status_code == 400 and set(body) == {"timestamp", "status", "error", "message", "path"}
            and field in body["message"])


def test_an_upload_error_message_is_not_an_updatable_field(http: httpx.Client, auth: dict[str, str],
                                                           emulator: DotsubEmulator) -> None:
    media = _new_upload(http, auth)
    token = media["uploadDetail"]["uploadUpdateToken"]
    refused = http.patch(f"/api/media/{media['mediaId']}", headers=auth, json={
        "uploadDetail": {"uploadUpdateToken": token, "status": "ERROR", "errorMessage": "lost"}})
    assert _refused_naming(refused, "uploadDetail.errorMessage")
    assert emulator.state.media[media["mediaId"]]["uploadDetail"]["status"] == "IN_QUEUE"
    accepted = http.patch(f"/api/media/{media['mediaId']}", headers=auth, json={
        "uploadDetail": {"uploadUpdateToken": token, "status": "ERROR"}})
    assert accepted.status_code == 200 and accepted.json()["uploadDetail"]["status"] == "ERROR"


@pytest.mark.parametrize(("path", "body", "field"), [
    ("/api/media", {"s3Upload": True, "contentType": "video/mp4", "priority": 1,
                    "mediaDto": {"title": "A", "projectId": "1", "fileName": "a.mp4"}}, "priority"),
    ("/api/media", {"s3Upload": True, "contentType": "video/mp4",
                    "mediaDto": {"title": "A", "projectId": "1", "fileName": "a.mp4", "mediaId": "9"}},
     "mediaDto.mediaId"),
    ("/api/media", {"s3Upload": True, "contentType": "video/mp4",
                    "mediaDto": {"title": "A", "projectId": "1", "fileName": "a.mp4",
                                 "language": {"id": "en-US", "name": "English"}}}, "language.name"),
    ("/api/projects", {"name": "P", "organizationId": "dotsub-test", "fallbackMediaLanguage": {"id": "en-US"},
                       "projectId": "77"}, "projectId"),
    ("/api/subtitleSpecifications", {"projectId": "1", "maxLines": 2}, "maxLines"),
])
def test_a_body_with_an_unknown_or_read_only_field_is_refused(http: httpx.Client, auth: dict[str, str],
                                                              path: str, body: dict[str, Any], field: str) -> None:
    assert _refused_naming(http.post(path, headers=auth, json=body), field)


@pytest.mark.parametrize(("path", "body", "field"), [
    ("/api/media/12", {"createdDate": "2020-01-01T00:00:00Z"}, "createdDate"),
    ("/api/media/12", {"tags": [{"name": "Medical", "tagId": "4"}]}, "tags.tagId"),
    ("/api/projects/1", {"organizationId": "dotsub-test"}, "organizationId"),
    ("/api/tasks/5", {"languageId": "fr-FR"}, "languageId"),
])
def test_a_patch_of_a_read_only_field_is_refused(http: httpx.Client, auth: dict[str, str],
                                                 path: str, body: dict[str, Any], field: str) -> None:
    assert _refused_naming(http.patch(path, headers=auth, json=body), field)


def test_a_glossary_payload_with_an_unknown_field_is_refused(http: httpx.Client, auth: dict[str, str]) -> None:
    import json

    files = {"glossaryPayload": ("request", json.dumps({"name": "G", "shared": True}).encode(), "application/json"),
             "glossaryFile": ("g.csv", b"en-US,fr-FR\nhello,bonjour\n", "text/csv")}
    assert _refused_naming(http.post("/api/projects/1/glossaries", headers=auth, files=files),
                           "glossaryPayload.shared")


@pytest.mark.parametrize("content_type", ["application/merge-patch+json", "text/plain"])
def test_a_json_body_sent_as_another_content_type_is_unsupported(http: httpx.Client, auth: dict[str, str],
                                                                 content_type: str) -> None:
    response = http.patch("/api/tasks/5", headers={**auth, "Content-Type": content_type},
                          content=b'{"completed": true}')
    body = response.json()
    assert response.status_code == 415 and content_type in body["message"]
    assert set(body) == {"timestamp", "status", "error", "message", "path"}


def test_the_documented_json_content_type_is_accepted(http: httpx.Client, auth: dict[str, str]) -> None:
    response = http.patch("/api/tasks/5", headers={**auth, "Content-Type": "application/json;charset=UTF-8"},
                          content=b'{"description": "Rush"}')
    assert response.status_code == 200 and response.json()["description"] == "Rush"


def test_fault_bodies_are_dotsub_shaped_without_a_message(http: httpx.Client, emulator: DotsubEmulator,
                                                          auth: dict[str, str]) -> None:
    emulator.faults.fail_next, emulator.faults.fail_status = 1, 500
    body = http.get("/api/media/12", headers=auth).json()
    assert set(body) == {"timestamp", "status", "error", "path"} and body["error"] == "Internal Server Error"


def test_thumbnails_are_served_as_png(http: httpx.Client, auth: dict[str, str]) -> None:
    url = http.get("/api/media/12", headers=auth).json()["encodedMedia"]["thumbnailUrl"]
    response = http.get(url)
    assert response.headers["content-type"] == "image/png" and response.content.startswith(b"\x89PNG")


# ------------------------------------------------------------------ seeded data


@pytest.fixture(scope="module")
def state() -> DotsubState:
    return DotsubState()


def test_seed_is_deterministic(state: DotsubState) -> None:
    again = DotsubState()
    assert [m["title"] for m in again.media.values()] == [m["title"] for m in state.media.values()]
    assert [t["type"] for t in again.tasks.values()] == [t["type"] for t in state.tasks.values()]


def test_seed_has_over_a_hundred_media_in_every_upload_state(state: DotsubState) -> None:
    statuses = Counter(m["uploadDetail"]["status"] for m in state.media.values())
    assert len(state.media) >= 100 and {"COMPLETE", "IN_QUEUE", "UPLOADING", "ERROR"} <= set(statuses)


def test_seed_has_every_documented_task_type(state: DotsubState) -> None:
    from subtitle_desk.core.services.dotsub import TASK_TYPES

    assert set(TASK_TYPES) == {t["type"] for t in state.tasks.values()}


def test_seed_has_overdue_and_nearly_due_open_tasks(state: DotsubState) -> None:
    now = datetime.now(timezone.utc)
    due = [datetime.fromisoformat(t["dueDate"].replace("Z", "+00:00"))
           for t in state.tasks.values() if not t["completed"]]
    assert any(d < now for d in due) and any(now < d < now + timedelta(days=1) for d in due)


def test_seed_has_accepted_unaccepted_and_completed_tasks(state: DotsubState) -> None:
    kinds = {("done" if t["completed"] else "accepted" if t["accepted"] else "open") for t in state.tasks.values()}
    assert kinds == {"done", "accepted", "open"}


def test_seed_has_arabic_subtitles_in_rtl(state: DotsubState) -> None:
    arabic = [t for (mid, lang), t in state.tracks.items() if lang == "ar-SA" and t.cues]
    assert arabic and state.languages["ar-SA"]["direction"] == "RTL"
    assert any("\u0600" <= ch <= "\u06ff" for ch in arabic[0].cues[0][2])


def test_seed_has_language_specs_and_project_defaults(state: DotsubState) -> None:
    specs = list(state.specs.values())
    assert {s["projectId"] for s in specs if s["projectDefault"]} == set(state.projects)
    assert any(s["languageId"] for s in specs)


# ------------------------------------------------------------------ demo video and webhooks


def test_demo_video_and_transcript_back_the_encoded_media(storage_host: StorageHost, tmp_path: Any) -> None:
    demo = tmp_path / "demo"
    demo.mkdir()
    (demo / "demo.mp4").write_bytes(b"\0\0\0\x18ftypmp42" + b"\0" * 1000)
    (demo / "demo.srt").write_text("1\n00:00:00,500 --> 00:00:02,000\nHello from the demo\n", "utf-8")
    emulator = DotsubEmulator(storage_host, demo_dir=demo)
    with _serve(emulator) as base:
        with httpx.Client(base_url=base, timeout=20) as http:
            headers = {"Authorization": f"Bearer {login(http).json()['access_token']}"}
            media = http.get("/api/media/12", headers=headers).json()
            video = http.get(media["encodedMedia"]["mp4Url"])
            srt = http.get("/api/media/12/languages/en-US/subtitles/SRT", headers=headers).text
    assert video.content == (demo / "demo.mp4").read_bytes()
    assert "Hello from the demo" in srt


def test_notifications_are_posted_to_a_loopback_webhook(http: httpx.Client, auth: dict[str, str],
                                                        emulator: DotsubEmulator, wait_until: Any) -> None:
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import Response
    from starlette.routing import Route

    received: list[dict[str, Any]] = []

    async def hook(request: Request) -> Response:
        received.append(await request.json())
        return Response(status_code=204)

    receiver = ServedApp(Starlette(routes=[Route("/hook", hook, methods=["POST"])]), name="webhook").start()
    try:
        emulator.organization_webhook = receiver.base_url + "/hook"
        task = next(t for t in emulator.state.tasks.values() if not t["completed"] and not t["accepted"]
                    and t["type"] == "TASK_TRANSLATE")
        assert http.patch(f"/api/tasks/{task['id']}", headers=auth, json={"accepted": True}).status_code == 200
        wait_until(lambda: len(received) == 1)
    finally:
        receiver.stop()
    assert (received[0]["action"], received[0]["taskId"]) == ("TRANSLATION_ACCEPTED", task["id"])


class _serve:
    def __init__(self, emulator: DotsubEmulator) -> None:
        self.served = ServedApp(emulator.app, name="dotsub")

    def __enter__(self) -> str:
        return self.served.start().base_url

    def __exit__(self, *exc: object) -> None:
        self.served.stop()


# ------------------------------------------------------------------ the seed's recorded examples

FIXTURES = __import__("pathlib").Path(__file__).parent.parent / "fixtures" / "dotsub"


def test_the_seed_example_upload_request_is_accepted(http: httpx.Client, auth: dict[str, str],
                                                     emulator: DotsubEmulator) -> None:
    body = (FIXTURES / "upload_subtitles_request.multipart").read_bytes()
    response = http.post("/api/media/12/languages/en-US/subtitles", content=body, headers={
        **auth, "completeTask": "false",
        "Content-Type": "multipart/form-data; boundary=6o2knFse3p53ty9dmcQvWAIx1zInP11uCfbm"})
    assert response.status_code == 200
    assert response.json()["currentVersion"]["comment"] == "Imported from _dmd_short_eng.srt"
    assert emulator.state.tracks[("12", "en-US")].cues[2] == (12000, 15000, "in one of these galaxies...")


def test_emulator_answers_carry_every_documented_media_field(http: httpx.Client, auth: dict[str, str]) -> None:
    import json

    recorded = json.loads((FIXTURES / "media_page.json").read_text("utf-8"))
    page = http.get("/api/media", params={"pageSize": 2}, headers=auth).json()
    assert set(page) == set(recorded)
    assert set(page["content"][0]) == set(recorded["content"][0])
    assert set(page["content"][0]["uploadDetail"]) == set(recorded["content"][0]["uploadDetail"])


def test_emulator_task_records_carry_every_documented_field(http: httpx.Client, auth: dict[str, str]) -> None:
    import json

    recorded = json.loads((FIXTURES / "tasks_page.json").read_text("utf-8"))
    page = http.get("/api/tasks", params={"pageSize": 2}, headers=auth).json()
    assert set(page["content"][0]) == set(recorded["content"][0])


def test_organization_languages_have_the_documented_shape(http: httpx.Client, auth: dict[str, str]) -> None:
    import json

    recorded = json.loads((FIXTURES / "organization_languages.json").read_text("utf-8"))
    languages = http.get("/api/organizations/dotsub-test/languages", headers=auth).json()
    assert all(set(lang) == set(recorded[0]) for lang in languages)


def test_created_media_has_exactly_the_documented_fields(http: httpx.Client, auth: dict[str, str]) -> None:
    import json

    recorded = json.loads((FIXTURES / "media_page.json").read_text("utf-8"))["content"][0]
    media = _new_upload(http, auth)
    assert set(media) == set(recorded) and media["metadata"]["signedUrl"].startswith("http://127.0.0.1")
