"""The Dotsub client against the strict local emulator, over real loopback sockets."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from subtitle_desk.core.services.dotsub import DotsubClient, MemoryTokenCache, Page
from subtitle_desk.core.services.errors import (
    AuthError,
    BadRequestError,
    NotFoundError,
    RateLimitedError,
    ServerError,
    UploadError,
)
from subtitle_desk.emulators.dotsub import DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, DotsubEmulator
from subtitle_desk.emulators.server import ServedApp
from subtitle_desk.emulators.storage import StorageHost

FIXTURES = Path(__file__).parent.parent / "fixtures" / "dotsub"
Scenario = Callable[[DotsubClient], Awaitable[Any]]


@pytest.fixture
def emulator(storage_host: StorageHost) -> DotsubEmulator:
    return DotsubEmulator(storage_host)


@pytest.fixture
def served(emulator: DotsubEmulator) -> Iterator[ServedApp]:
    served = ServedApp(emulator.app, name="dotsub").start()
    yield served
    served.stop()


def run(served: ServedApp, scenario: Scenario, *, api_suffix: str = "/api", **options: Any) -> Any:
    options.setdefault("client_id", DEMO_CLIENT_ID)
    options.setdefault("client_secret", DEMO_CLIENT_SECRET)
    options.setdefault("retry_backoff", 0)

    async def main() -> Any:
        async with httpx.AsyncClient(timeout=20) as http:
            client = DotsubClient(http, api_url=served.base_url + api_suffix, login_url=served.base_url,
                                  **options)
            return await scenario(client)

    return asyncio.run(main())


def raises(served: ServedApp, scenario: Scenario, error: type[Exception], **options: Any) -> Exception:
    with pytest.raises(error) as info:
        run(served, scenario, **options)
    return info.value


# ------------------------------------------------------------------ media lists


def test_media_page_carries_the_documented_paging_fields(served: ServedApp) -> None:
    page: Page = run(served, lambda c: c.list_media(page_index=1, page_size=25))
    assert (page.total_elements, page.total_pages, page.number, page.size) == (120, 5, 1, 25)
    assert (page.number_of_elements, page.first, page.last, page.empty) == (25, False, False, False)
    assert page.sort["sorted"] is True


def test_media_sorted_with_a_minus_prefix_come_newest_first(served: ServedApp) -> None:
    page = run(served, lambda c: c.list_media(sort="-createdDate", page_size=10))
    dates = [m["createdDate"] for m in page.content]
    assert dates == sorted(dates, reverse=True)


def test_media_sort_defaults_to_ascending(served: ServedApp) -> None:
    page = run(served, lambda c: c.list_media(sort="title", page_size=30))
    titles = [m["title"].lower() for m in page.content]
    assert titles == sorted(titles)


def test_media_title_filter_matches_part_of_the_title_case_insensitively(served: ServedApp) -> None:
    page = run(served, lambda c: c.list_media(title="spray gun", page_size=100))
    assert page.content and all("spray gun" in m["title"].lower() for m in page.content)


def test_media_project_filter_keeps_only_that_project(served: ServedApp) -> None:
    page = run(served, lambda c: c.list_media(project_name="Middle East Region", page_size=100))
    assert page.total_elements == 24 and {m["projectName"] for m in page.content} == {"Middle East Region"}


def test_iter_media_walks_every_page(served: ServedApp) -> None:
    async def scenario(client: DotsubClient) -> list[str]:
        return [m["mediaId"] async for m in client.iter_media(page_size=50)]

    ids = run(served, scenario)
    assert len(ids) == 120 and len(set(ids)) == 120


def test_unknown_media_raises_not_found_with_dotsub_message(served: ServedApp) -> None:
    error = raises(served, lambda c: c.get_media("foobar"), NotFoundError)
    assert str(error) == "Media with ID foobar wasn't found"
    assert error.status == 404 and error.path == "/api/media/foobar"


@pytest.mark.parametrize("suffix", ["", "/", "/api", "/api/", "/api/v3", "/api/v3/"])
def test_any_documented_api_url_form_reaches_the_api(served: ServedApp, suffix: str) -> None:
    media = run(served, lambda c: c.get_media("12"), api_suffix=suffix)
    assert media["mediaId"] == "12"


def test_refused_request_maps_to_bad_request_with_the_service_message(served: ServedApp) -> None:
    error = raises(served, lambda c: c.list_media(sort="color"), BadRequestError)
    assert "Invalid sort property 'color'" in str(error)


# ------------------------------------------------------------------ tokens


def test_one_token_serves_many_requests(served: ServedApp, emulator: DotsubEmulator) -> None:
    async def scenario(client: DotsubClient) -> None:
        for media_id in ("1", "2", "3"):
            await client.get_media(media_id)
        await client.list_tasks()

    run(served, scenario)
    assert emulator.tokens_issued == 1


def test_expired_token_is_renewed_exactly_once(served: ServedApp, emulator: DotsubEmulator) -> None:
    async def scenario(client: DotsubClient) -> dict[str, Any]:
        await client.get_media("1")
        emulator.expire_all_tokens()
        await client.get_media("2")
        return await client.get_media("3")

    assert run(served, scenario)["mediaId"] == "3"
    assert emulator.tokens_issued == 2


def test_persistent_401_raises_auth_error_after_one_renewal(served: ServedApp, emulator: DotsubEmulator) -> None:
    emulator.token_lifetime = 0  # every token is expired when it is issued
    error = raises(served, lambda c: c.get_media("1"), AuthError)
    assert str(error) == "Access token expired"
    assert emulator.tokens_issued == 2


def test_token_close_to_expiry_is_renewed_before_use(served: ServedApp, emulator: DotsubEmulator) -> None:
    now = [1_000_000.0]

    async def scenario(client: DotsubClient) -> None:
        await client.get_media("1")
        now[0] += 86400 - 60  # a minute before the day is up
        await client.get_media("2")

    run(served, scenario, clock=lambda: now[0])
    assert emulator.tokens_issued == 2


def test_cached_token_is_reused_by_a_new_client(served: ServedApp, emulator: DotsubEmulator) -> None:
    cache = MemoryTokenCache()
    run(served, lambda c: c.get_media("1"), token_cache=cache)
    run(served, lambda c: c.get_media("2"), token_cache=cache)
    assert emulator.tokens_issued == 1


def test_wrong_secret_is_refused_without_repeating_the_secret(served: ServedApp) -> None:
    error = raises(served, lambda c: c.get_media("1"), AuthError, client_secret="not-the-secret-xyz")
    assert str(error) == "Dotsub login refused: Unauthorized"
    assert "not-the-secret-xyz" not in repr(error.__dict__)


def test_wrong_audience_is_refused_by_the_login_host(served: ServedApp) -> None:
    error = raises(served, lambda c: c.get_media("1"), AuthError, audience="https://videotms.com/api/v3")
    assert "Service not found" in str(error)


def test_token_quota_reached_raises_rate_limited(served: ServedApp, emulator: DotsubEmulator) -> None:
    emulator.token_limit = 0
    error = raises(served, lambda c: c.get_media("1"), RateLimitedError)
    assert "too many tokens" in str(error)


def test_bearer_token_is_never_a_client_default(served: ServedApp) -> None:
    async def main() -> httpx.Headers:
        async with httpx.AsyncClient() as http:
            client = DotsubClient(http, api_url=served.base_url, login_url=served.base_url,
                                  client_id=DEMO_CLIENT_ID, client_secret=DEMO_CLIENT_SECRET)
            await client.get_media("1")
            return http.headers

    assert "authorization" not in asyncio.run(main())


# ------------------------------------------------------------------ retries and server errors


def test_get_answered_5xx_then_ok_is_retried(served: ServedApp, emulator: DotsubEmulator) -> None:
    async def scenario(client: DotsubClient) -> dict[str, Any]:
        await client.get_media("1")  # log in first so the faults hit the API call
        emulator.faults.fail_next, emulator.faults.fail_status = 2, 503
        return await client.get_media("2")

    assert run(served, scenario)["mediaId"] == "2"


def test_500_without_message_becomes_a_readable_server_error(served: ServedApp, emulator: DotsubEmulator) -> None:
    async def scenario(client: DotsubClient) -> None:
        await client.get_media("1")
        emulator.faults.fail_next, emulator.faults.fail_status = 10, 500
        await client.get_media("2")

    error = raises(served, scenario, ServerError)
    assert str(error) == ("Dotsub had an internal problem (500 Internal Server Error) with /api/media/2; "
                          "try again later")


def test_failed_patch_is_not_repeated(served: ServedApp, emulator: DotsubEmulator) -> None:
    async def scenario(client: DotsubClient) -> None:
        await client.get_media("1")
        emulator.faults.fail_next, emulator.faults.fail_status = 1, 503
        await client.complete_task("5")

    raises(served, scenario, ServerError)
    assert emulator.faults.fail_next == 0
    assert emulator.state.tasks["5"]["completed"] is False or emulator.state.tasks["5"]["completionDate"]


# ------------------------------------------------------------------ subtitles


def _open_task(emulator: DotsubEmulator, type_: str = "TASK_CAPTION") -> dict[str, Any]:
    return next(t for t in emulator.state.tasks.values()
                if t["type"] == type_ and not t["completed"] and t["trackId"])


ARABIC_SRT = "1\n00:00:01,000 --> 00:00:03,500\nمرحبًا بعودتكم إلى الورشة.\n\n2\n00:00:04,000 --> 00:00:06,000\n« Ça va ? » — 日本語\n"


def test_subtitles_round_trip_with_non_ascii_text(served: ServedApp) -> None:
    async def scenario(client: DotsubClient) -> bytes:
        await client.upload_subtitles("1", "en-US", ARABIC_SRT.encode(), "workshop.srt")
        return await client.download_subtitles("1", "en-US", "SRT")

    text = run(served, scenario).decode("utf-8")
    assert "مرحبًا بعودتكم إلى الورشة." in text and "« Ça va ? » — 日本語" in text


@pytest.mark.parametrize("fmt, marker", [("VTT", "WEBVTT"), ("SRT", "-->"), ("TTML", "<tt "),
                                         ("SSA", "[Events]")])
def test_completed_subtitles_download_in_each_format(served: ServedApp, fmt: str, marker: str) -> None:
    data = run(served, lambda c: c.download_subtitles("12", "en-US", fmt))
    assert marker in data.decode("utf-8")


def test_downloaded_subtitles_read_as_a_document(served: ServedApp) -> None:
    doc = run(served, lambda c: c.download_subtitle_document("12", "de-DE", "VTT"))
    assert doc.cues[0].text == "Willkommen zurück in der Werkstatt." and doc.cues[0].start == 1000


def test_upload_with_complete_task_completes_the_task(served: ServedApp, emulator: DotsubEmulator) -> None:
    task = _open_task(emulator)
    track = run(served, lambda c: c.upload_subtitles(task["mediaId"], task["languageId"],
                                                     ARABIC_SRT.encode(), "done.srt", complete_task=True))
    assert track["taskId"] == task["id"]
    assert emulator.state.tasks[task["id"]]["completed"] is True


def test_upload_without_complete_task_leaves_the_task_open(served: ServedApp, emulator: DotsubEmulator) -> None:
    task = _open_task(emulator)
    run(served, lambda c: c.upload_subtitles(task["mediaId"], task["languageId"], ARABIC_SRT.encode(),
                                             "draft.srt"))
    assert emulator.state.tasks[task["id"]]["completed"] is False


def test_completing_a_caption_opens_the_translation_languages(served: ServedApp, emulator: DotsubEmulator) -> None:
    task = _open_task(emulator)
    media_id = task["mediaId"]
    wanted = {lang["id"] for lang in emulator.state.media[media_id]["translationLanguages"]}

    async def scenario(client: DotsubClient) -> Page:
        await client.upload_subtitles(media_id, task["languageId"], ARABIC_SRT.encode(), "c.srt",
                                      complete_task=True)
        return await client.list_tasks(media_id=media_id, completed=False, page_size=50)

    page = run(served, scenario)
    assert wanted and wanted <= {t["languageId"] for t in page.content}


def test_upload_to_a_language_the_media_lacks_raises_not_found(served: ServedApp) -> None:
    error = raises(served, lambda c: c.upload_subtitles("12", "sk-SK", ARABIC_SRT.encode(), "x.srt"),
                   NotFoundError)
    assert str(error) == "Language with ID sk-SK wasn't found for media 12"


def test_unreadable_subtitle_upload_is_refused_naming_the_problem(served: ServedApp) -> None:
    error = raises(served, lambda c: c.upload_subtitles("12", "en-US", b"just some notes\n", "notes.srt"),
                   BadRequestError)
    assert "notes.srt" in str(error)


# ------------------------------------------------------------------ tasks


def test_task_filters_combine(served: ServedApp) -> None:
    page = run(served, lambda c: c.list_tasks(type="TASK_CAPTION", completed=False, page_size=100))
    assert page.content and all(t["type"] == "TASK_CAPTION" and not t["completed"] for t in page.content)


def test_tasks_come_newest_first_by_default(served: ServedApp) -> None:
    page = run(served, lambda c: c.list_tasks(page_size=40))
    created = [t["createdDate"] for t in page.content]
    assert created == sorted(created, reverse=True)


def test_task_due_date_window_filters(served: ServedApp) -> None:
    page = run(served, lambda c: c.list_tasks(due_date_start="2000-01-01T00:00:00",
                                              due_date_end="2000-01-02T00:00:00"))
    assert page.total_elements == 0 and page.empty


def test_accepting_a_task_assigns_it_and_releasing_gives_it_back(served: ServedApp, emulator: DotsubEmulator) -> None:
    task = next(t for t in emulator.state.tasks.values() if not t["accepted"] and not t["completed"])
    original = task["assigneeId"]

    async def scenario(client: DotsubClient) -> tuple[dict[str, Any], dict[str, Any]]:
        return await client.accept_task(task["id"]), await client.release_task(task["id"])

    accepted, released = run(served, scenario)
    assert accepted["accepted"] is True and accepted["assigneeId"] == "6"
    assert released["accepted"] is False and released["assigneeId"] == original


def test_due_date_and_error_flags_update(served: ServedApp) -> None:
    async def scenario(client: DotsubClient) -> dict[str, Any]:
        await client.set_task_due_date("7", "2030-01-02T03:04:05Z")
        return await client.mark_task_errored("7", "Audio missing after 00:12")

    task = run(served, scenario)
    assert (task["dueDate"], task["errored"], task["errorMessage"]) == (
        "2030-01-02T03:04:05Z", True, "Audio missing after 00:12")


def test_unknown_task_raises_not_found(served: ServedApp) -> None:
    error = raises(served, lambda c: c.complete_task("999999"), NotFoundError)
    assert str(error) == "Task with ID 999999 wasn't found"


# ------------------------------------------------------------------ projects, specs, reference data


def test_project_created_then_renamed(served: ServedApp) -> None:
    async def scenario(client: DotsubClient) -> dict[str, Any]:
        project = await client.create_project(name="Podcast Season 2", organization_id="dotsub-test",
                                              fallback_language_id="en-US", translation_language_ids=["ar-SA"])
        return await client.update_project(project["projectId"], {"name": "Podcast Season Two"})

    project = run(served, scenario)
    assert project["name"] == "Podcast Season Two"
    assert [lang["id"] for lang in project["translationLanguages"]] == ["ar-SA"]


def test_language_spec_wins_over_the_project_default(served: ServedApp) -> None:
    spec = run(served, lambda c: c.spec_for("2", "ja-JP"))
    assert spec["languageId"] == "ja-JP" and spec["maxCharactersPerLine"] == 30


def test_project_default_spec_applies_to_other_languages(served: ServedApp) -> None:
    spec = run(served, lambda c: c.spec_for("2", "de-DE"))
    assert spec["projectDefault"] is True and spec["languageId"] is None


def test_subtitle_specification_read_by_id(served: ServedApp) -> None:
    assert run(served, lambda c: c.get_subtitle_specification("1"))["projectId"] == "1"


def test_organization_languages_include_an_rtl_language(served: ServedApp) -> None:
    languages = run(served, lambda c: c.list_organization_languages())
    assert {lang["id"]: lang["direction"] for lang in languages}["ar-SA"] == "RTL"


def test_workflows_glossaries_and_users_list(served: ServedApp) -> None:
    async def scenario(client: DotsubClient) -> tuple[Page, Page, Page]:
        return (await client.list_workflows(), await client.list_glossaries("1"),
                await client.list_users(email="translator2@dotsub-test.com"))

    workflows, glossaries, users = run(served, scenario)
    assert workflows.total_elements == 5 and glossaries.total_elements == 2
    assert [u["displayName"] for u in users.content] == ["Sally Translator"]


# ------------------------------------------------------------------ media upload


class StorageRecorder:
    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    async def __call__(self, request: httpx.Request) -> None:
        self.requests.append(request)


def _upload(served: ServedApp, video: Path, recorder: StorageRecorder, progress: list[Any]) -> Any:
    async def scenario(client: DotsubClient) -> Any:
        media = await client.create_media(title="Launch Teaser (v2)", project_id="2", file_name=video.name,
                                          s3_upload=True, translation_language_ids=["ar-SA"])
        async with httpx.AsyncClient(event_hooks={"request": [recorder]}) as storage_http:
            return await client.upload_media_file(media, video, storage_http=storage_http,
                                                  on_progress=progress.append)

    return run(served, scenario)


def test_media_upload_goes_to_the_signed_url_and_ends_uploaded(
        served: ServedApp, emulator: DotsubEmulator, tmp_path: Path) -> None:
    video = tmp_path / "teaser.mp4"
    video.write_bytes(bytes(range(256)) * 40_000)  # about 10 MB
    recorder = StorageRecorder()
    outcome = _upload(served, video, recorder, [])
    assert outcome.status == "UPLOADED"
    assert outcome.media["uploadDetail"]["status"] == "UPLOADED"
    assert outcome.media["encodedMedia"]["mp4Url"].startswith("http://127.0.0.1")
    assert [r.method for r in recorder.requests] == ["PUT"]


def test_no_bearer_token_reaches_storage(served: ServedApp, tmp_path: Path) -> None:
    video = tmp_path / "teaser.mp4"
    video.write_bytes(b"\0" * 2_000_000)
    recorder = StorageRecorder()
    _upload(served, video, recorder, [])
    assert recorder.requests and all("authorization" not in r.headers for r in recorder.requests)


def test_upload_percentage_is_reported_in_steps_not_per_chunk(
        served: ServedApp, emulator: DotsubEmulator, tmp_path: Path) -> None:
    video = tmp_path / "teaser.mp4"
    video.write_bytes(b"\1" * 24_000_000)
    progress: list[Any] = []
    outcome = _upload(served, video, StorageRecorder(), progress)
    patches = [r for r in emulator.requests if r[0] == "PATCH"]
    assert outcome.reports == len(patches) - 1  # the last PATCH says UPLOADED
    assert outcome.reports <= 10 and len(patches) <= len(progress) + 1


def test_failed_upload_leaves_the_media_marked_errored(
        served: ServedApp, emulator: DotsubEmulator, storage_host: StorageHost, tmp_path: Path) -> None:
    video = tmp_path / "teaser.mp4"
    video.write_bytes(b"\2" * 3_000_000)
    storage_host.faults.drop_upload_after, storage_host.faults.drop_uploads = 100_000, 10

    async def scenario(client: DotsubClient) -> Any:
        media = await client.create_media(title="Broken", project_id="1", file_name="teaser.mp4", s3_upload=True)
        async with httpx.AsyncClient() as storage_http:
            try:
                await client.upload_media_file(media, video, storage_http=storage_http, backoff=0)
            except UploadError as exc:
                return media["mediaId"], exc

    media_id, error = run(served, scenario)
    assert "now lists the media's upload as ERROR" in str(error)
    assert emulator.state.media[media_id]["uploadDetail"]["status"] == "ERROR"


def recorded(served: ServedApp, scenario: Scenario) -> tuple[Any, list[httpx.Request]]:
    """Run ``scenario`` with a client whose every API and login request is kept."""
    sent: list[httpx.Request] = []

    async def keep(request: httpx.Request) -> None:
        sent.append(request)

    async def main() -> Any:
        async with httpx.AsyncClient(timeout=20, event_hooks={"request": [keep]}) as http:
            client = DotsubClient(http, api_url=served.base_url + "/api", login_url=served.base_url,
                                  client_id=DEMO_CLIENT_ID, client_secret=DEMO_CLIENT_SECRET,
                                  retry_backoff=0)
            return await scenario(client)

    return asyncio.run(main()), sent


def test_a_failed_upload_is_marked_errored_with_the_documented_fields_only(
        served: ServedApp, emulator: DotsubEmulator, storage_host: StorageHost, tmp_path: Path) -> None:
    video = tmp_path / "teaser.mp4"
    video.write_bytes(b"\2" * 3_000_000)
    storage_host.faults.fail_next = 10

    async def scenario(client: DotsubClient) -> Any:
        media = await client.create_media(title="Broken", project_id="1", file_name="teaser.mp4", s3_upload=True)
        async with httpx.AsyncClient() as storage_http:
            with pytest.raises(UploadError) as caught:
                await client.upload_media_file(media, video, storage_http=storage_http, retries=0)
        return media["mediaId"], caught.value

    (media_id, error), sent = recorded(served, scenario)
    marks = [json.loads(r.content) for r in sent if r.method == "PATCH"]
    assert marks[-1]["uploadDetail"]["status"] == "ERROR"
    assert all(set(m) == {"uploadDetail"} and set(m["uploadDetail"]) <= {
        "uploadUpdateToken", "status", "percentage", "rawFileStorageUrl"} for m in marks)
    assert emulator.state.media[media_id]["uploadDetail"]["status"] == "ERROR"
    assert "503" in str(error) and "now lists the media's upload as ERROR" in str(error)


def test_json_bodies_go_out_as_the_document_shows_them(served: ServedApp, tmp_path: Path) -> None:
    async def scenario(client: DotsubClient) -> None:
        await client.update_media("3", {"title": "Renamed"})
        await client.complete_task("7")
        project = await client.create_project(name="Podcast", organization_id="dotsub-test",
                                              fallback_language_id="en-US")
        await client.update_project(project["projectId"], {"name": "Podcast 2"})
        await client.create_media(title="New", project_id="1", file_name="a.mp4", s3_upload=True)

    _, sent = recorded(served, scenario)
    bodies = [r for r in sent if r.method in ("PATCH", "POST") and "/oauth/" not in r.url.path]
    assert len(bodies) == 5
    assert {r.headers["content-type"] for r in bodies} == {"application/json;charset=UTF-8"}


@pytest.mark.parametrize("status", [503, 429])
def test_a_busy_login_host_is_asked_again(served: ServedApp, emulator: DotsubEmulator, status: int) -> None:
    emulator.faults.fail_next, emulator.faults.fail_status = 2, status
    media, sent = recorded(served, lambda c: c.get_media("12"))
    assert media["mediaId"] == "12"
    assert [r.url.path for r in sent] == ["/oauth/token"] * 3 + ["/api/media/12"]
    assert emulator.tokens_issued == 1


def test_a_login_retry_waits_the_retry_after_it_is_given(served: ServedApp, emulator: DotsubEmulator) -> None:
    emulator.faults.fail_next, emulator.faults.fail_status, emulator.faults.retry_after = 1, 429, 1

    async def scenario(client: DotsubClient) -> float:
        started = asyncio.get_running_loop().time()
        await client.get_media("12")
        return asyncio.get_running_loop().time() - started

    assert run(served, scenario) >= 1.0


def test_a_login_host_that_stays_busy_is_an_error_after_a_few_tries(
        served: ServedApp, emulator: DotsubEmulator) -> None:
    emulator.faults.fail_next, emulator.faults.fail_status = 10, 503
    error = raises(served, lambda c: c.get_media("12"), ServerError)
    assert "Dotsub login failed: HTTP 503" in str(error)
    assert emulator.faults.fail_next == 6  # four tries, then no more


def test_a_login_asked_to_wait_too_long_is_not_retried(served: ServedApp, emulator: DotsubEmulator) -> None:
    emulator.faults.fail_next, emulator.faults.fail_status, emulator.faults.retry_after = 5, 429, 3600
    error = raises(served, lambda c: c.get_media("12"), RateLimitedError)
    assert "wait 3600 s" in str(error) and emulator.faults.fail_next == 4


def test_media_imported_from_a_url_needs_no_upload(served: ServedApp) -> None:
    media = run(served, lambda c: c.create_media(title="Imported", project_id="5", file_name="a.mp4",
                                                 import_url="https://example.invalid/a.mp4"))
    assert media["uploadDetail"]["status"] == "UPLOADED" and media["metadata"]["signedUrl"] is None


def test_media_update_and_delete(served: ServedApp) -> None:
    async def scenario(client: DotsubClient) -> Any:
        updated = await client.update_media("3", {"title": "Renamed, final", "notes": None})
        await client.delete_media("3")
        try:
            await client.get_media("3")
        except NotFoundError as exc:
            return updated, exc

    updated, error = run(served, scenario)
    assert updated["title"] == "Renamed, final" and updated["notes"] is None
    assert str(error) == "Media with ID 3 wasn't found"


# ------------------------------------------------------------------ recorded bodies


def test_recorded_error_bodies_map_to_typed_errors() -> None:
    cases = json.loads((FIXTURES / "errors.json").read_text("utf-8"))

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/oauth/token":
            return httpx.Response(200, json={"access_token": "t", "expires_in": 86400, "token_type": "Bearer"})
        case = cases[request.url.path.rsplit("/", 1)[-1]]
        return httpx.Response(case["body"]["status"], json=case["body"])

    async def main() -> list[tuple[str, str]]:
        out = []
        async with httpx.AsyncClient(transport=httpx.MockTransport(handler)) as http:
            client = DotsubClient(http, api_url="https://videotms.test/api", login_url="https://login.test",
                                  client_id="id", client_secret="s", retry_backoff=0)
            for name in cases:
                try:
                    await client.get_media(name)
                except Exception as exc:  # noqa: BLE001 - the type is what is checked
                    out.append((type(exc).__name__, str(exc)))
        return out

    results = asyncio.run(main())
    assert results == [(case["error"], case["message"]) for case in cases.values()]


def test_cancelled_upload_leaves_the_media_pending_with_its_token(
        served: ServedApp, emulator: DotsubEmulator, tmp_path: Path) -> None:
    video = tmp_path / "teaser.mp4"
    video.write_bytes(b"\3" * 8_000_000)

    async def scenario(client: DotsubClient) -> str:
        media = await client.create_media(title="Cancelled", project_id="1", file_name="teaser.mp4", s3_upload=True)
        async with httpx.AsyncClient() as storage_http:
            upload = asyncio.ensure_future(client.upload_media_file(
                media, video, storage_http=storage_http, on_progress=lambda p: upload.cancel()))
            with pytest.raises(asyncio.CancelledError):
                await upload
        return media["mediaId"]

    detail = emulator.state.media[run(served, scenario)]["uploadDetail"]
    assert detail["status"] in ("IN_QUEUE", "UPLOADING") and detail["uploadUpdateToken"]


# ------------------------------------------------------------------ notifications


def test_completing_a_task_produces_a_finished_notification_the_client_reads(
        served: ServedApp, emulator: DotsubEmulator) -> None:
    from subtitle_desk.core.services.dotsub import parse_notification

    task = _open_task(emulator)
    run(served, lambda c: c.complete_task(task["id"]))
    note = parse_notification(json.dumps(emulator.notifications[0]))
    assert (note.action, note.task_id, note.media_id, note.known) == (
        "CAPTIONING_FINISHED", task["id"], task["mediaId"], True)
    assert note.download_url.endswith(f"/media/{task['mediaId']}/languages/{task['languageId']}/subtitles/vtt")


def test_a_body_without_action_is_not_a_notification() -> None:
    from subtitle_desk.core.services.dotsub import parse_notification

    with pytest.raises(ValueError):
        parse_notification(b'{"taskId": "1"}')


def test_recorded_media_page_reads_its_paging_fields() -> None:
    page = Page.from_json(json.loads((FIXTURES / "media_page.json").read_text("utf-8")))
    assert (page.total_elements, page.total_pages, page.size, page.first, page.last) == (16, 8, 2, True, False)
    assert [m["mediaId"] for m in page] == ["27", "21"]


def test_get_is_retried_after_a_dropped_connection() -> None:
    calls: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/oauth/token":
            return httpx.Response(200, json={"access_token": "t", "expires_in": 86400, "token_type": "Bearer"})
        calls.append(request.method)
        if len(calls) == 1:
            raise httpx.RemoteProtocolError("server disconnected", request=request)
        return httpx.Response(200, json={"mediaId": "1"})

    async def main() -> dict[str, Any]:
        async with httpx.AsyncClient(transport=httpx.MockTransport(handler)) as http:
            client = DotsubClient(http, api_url="https://videotms.test/api", login_url="https://login.test",
                                  client_id="id", client_secret="s", retry_backoff=0)
            return await client.get_media("1")

    assert asyncio.run(main())["mediaId"] == "1" and calls == ["GET", "GET"]


def test_a_token_cached_for_another_host_is_never_sent(served: ServedApp, emulator: DotsubEmulator) -> None:
    cache = MemoryTokenCache()
    cache.save("real-account-token", 4_000_000_000.0)
    seen: list[str] = []

    async def record(request: httpx.Request) -> None:
        seen.append(request.headers.get("authorization", ""))

    async def main() -> None:
        async with httpx.AsyncClient(event_hooks={"request": [record]}) as http:
            client = DotsubClient(http, api_url=served.base_url, login_url=served.base_url,
                                  client_id=DEMO_CLIENT_ID, client_secret=DEMO_CLIENT_SECRET, token_cache=cache)
            await client.get_media("1")

    asyncio.run(main())
    assert emulator.tokens_issued == 1 and not any("real-account-token" in h for h in seen)


def test_glossary_created_from_csv_then_replaced(served: ServedApp) -> None:
    csv_data = "en-US,fr-FR,ar-SA\nswivel,pivot,دوّار\nmanifold,collecteur,مشعب\n".encode()

    async def scenario(client: DotsubClient) -> tuple[dict[str, Any], dict[str, Any]]:
        created = await client.save_glossary("3", name="Workshop terms", csv_data=csv_data, project_default=False)
        replaced = await client.save_glossary("3", name="Workshop terms v2", csv_data=csv_data,
                                              glossary_id=created["id"])
        return created, replaced

    created, replaced = run(served, scenario)
    assert (created["name"], created["projectDefault"], created["csvUpdatedDate"]) == ("Workshop terms", False, None)
    assert replaced["name"] == "Workshop terms v2" and replaced["csvUpdatedDate"]


def test_glossary_with_one_language_is_refused(served: ServedApp) -> None:
    error = raises(served, lambda c: c.save_glossary("3", name="Too small", csv_data=b"en-US\nswivel\n"),
                   BadRequestError)
    assert str(error) == "The glossary must contain at least two languages (columns)"
