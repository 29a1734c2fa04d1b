"""DatoCMS Content Management API client: uploads, upload tracks (subtitles and audio) and the
asynchronous jobs that create, generate and delete them.

    client = DatocmsClient(http, token=..., environment="sandbox")
    job = await client.create_track_from_file(upload_id, "episode1.it.vtt", type="subtitles",
                                              language_code="it-IT", name="Italiano")
    track = Track.from_payload(await client.wait_for_job(job))
    track = await client.wait_for_track(upload_id, track.id)      # until ready or errored

Every request carries its own headers (bearer token, ``X-Api-Version: 3``, JSON:API content type,
``X-Environment``); the injected ``httpx.AsyncClient`` holds no credentials, so the presigned
storage PUT of a local file never sees the token. Responses' ``X-RateLimit-*`` headers pace the
client: it slows down as the remaining budget nears zero and, on a 429, waits the
``X-RateLimit-Reset`` seconds (bounded) and retries. Job results are polled with a growing delay
(1 s, 2 s, 3 s ... capped), a total time limit and ordinary asyncio cancellation.
"""

from __future__ import annotations

import asyncio
import json
import math
import os
import re
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx

from .errors import (
    ApiError,
    JobFailedError,
    JobTimeoutError,
    UploadError,
    error_for_status,
)
from .http import transport_errors
from .upload import DEFAULT_STALL_TIMEOUT, UploadProgress, guess_content_type, upload_file

__all__ = [
    "DatocmsClient",
    "Upload",
    "UploadPage",
    "Track",
    "Job",
    "RateLimitPolicy",
    "RateLimit",
    "growing_delay",
    "describe_api_error",
    "TRACK_STATUSES",
    "DEFAULT_API_URL",
]

SERVICE = "DatoCMS"
DEFAULT_API_URL = "https://site-api.datocms.com"
TRACK_STATUSES = ("preparing", "ready", "errored")
JSON_API = "application/vnd.api+json"

def growing_delay(attempt: int, *, step: float = 1.0, cap: float = 10.0) -> float:
    """The official client's job-result polling delay: 1 s, 2 s, 3 s ... up to ``cap``."""
    return min(step * attempt, cap)


# --- records -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Upload:
    """One asset of the Media Area (only the attributes a subtitler needs are typed)."""

    id: str
    filename: str
    basename: str = ""
    format: str | None = None
    mime_type: str | None = None
    size: int = 0
    is_image: bool = False
    duration: int | None = None  # seconds, videos only
    frame_rate: int | None = None
    width: int | None = None
    height: int | None = None
    url: str = ""
    path: str = ""
    mux_playback_id: str | None = None
    created_at: str | None = None
    attributes: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @property
    def is_video(self) -> bool:
        return bool(self.mime_type and self.mime_type.startswith("video/")) or bool(self.mux_playback_id)

    @classmethod
    def from_resource(cls, resource: dict[str, Any]) -> "Upload":
        a = resource.get("attributes") or {}
        return cls(
            id=str(resource["id"]),
            filename=a.get("filename") or "",
            basename=a.get("basename") or "",
            format=a.get("format"),
            mime_type=a.get("mime_type"),
            size=int(a.get("size") or 0),
            is_image=bool(a.get("is_image")),
            duration=a.get("duration"),
            frame_rate=a.get("frame_rate"),
            width=a.get("width"),
            height=a.get("height"),
            url=a.get("url") or "",
            path=a.get("path") or "",
            mux_playback_id=a.get("mux_playback_id"),
            created_at=a.get("created_at"),
            attributes=dict(a),
        )


@dataclass(frozen=True)
class UploadPage:
    uploads: list[Upload]
    total_count: int
    offset: int
    limit: int

    @property
    def has_more(self) -> bool:
        return self.offset + len(self.uploads) < self.total_count


@dataclass(frozen=True)
class Track:
    """An upload track: subtitles or an alternative audio rendition of a video upload."""

    id: str
    upload_id: str
    type: str  # "subtitles" | "audio"
    language_code: str
    name: str | None = None
    closed_captions: bool = False
    status: str = "preparing"  # one of TRACK_STATUSES
    error: str | None = None

    @property
    def finished(self) -> bool:
        return self.status in ("ready", "errored")

    @classmethod
    def from_resource(cls, resource: dict[str, Any], upload_id: str = "") -> "Track":
        a = resource.get("attributes") or {}
        rel = ((resource.get("relationships") or {}).get("upload") or {}).get("data") or {}
        return cls(
            id=str(resource["id"]),
            upload_id=str(rel.get("id") or upload_id),
            type=a.get("type") or "",
            language_code=a.get("language_code") or "",
            name=a.get("name"),
            closed_captions=bool(a.get("closed_captions")),
            status=a.get("status") or "preparing",
            error=a.get("error"),
        )

    @classmethod
    def from_payload(cls, payload: dict[str, Any]) -> "Track":
        """The track inside a job result payload (``{"data": {"type": "upload_track", ...}}``)."""
        return cls.from_resource(payload["data"])


@dataclass(frozen=True)
class Job:
    """An asynchronous job the API started; poll it with ``wait_for_job``."""

    id: str
    kind: str = ""  # "create_track" | "generate_subtitles" | "delete_track"
    upload_id: str = ""


@dataclass(frozen=True)
class RateLimit:
    limit: int
    remaining: int


@dataclass(frozen=True)
class RateLimitPolicy:
    """How the client rides DatoCMS's request budget."""

    #: Start pausing once ``X-RateLimit-Remaining`` is at or below this many requests.
    slow_below: int = 3
    #: Pause per request missing above the threshold (remaining 3 -> 1 step, 0 -> 4 steps).
    pause_step: float = 0.25
    #: Longest wait a 429's ``X-RateLimit-Reset`` may impose, and how many 429s in a row to ride.
    max_reset_wait: float = 60.0
    max_retries: int = 5
    #: Retries for idempotent requests answered 502/503/504.
    server_retries: int = 2
    server_backoff: float = 0.5


# --- errors --------------------------------------------------------------------------------------


def describe_api_error(code: str | None, details: object) -> str:
    """A readable sentence from an ``api_error``'s code and details:
    ``INVALID_FIELD: language_code is not a valid BCP 47 code``."""
    text = ""
    if isinstance(details, dict):
        if isinstance(details.get("message"), str):
            text = details["message"]
        elif details.get("field"):
            inner = details.get("code") or details.get("reason") or "is invalid"
            text = f"{details['field']}: {inner}"
        elif details:
            text = ", ".join(f"{k}={v}" for k, v in details.items())
    elif isinstance(details, str):
        text = details
    elif isinstance(details, list) and details:
        text = "; ".join(describe_api_error(None, d) for d in details)
    if code and text:
        return f"{code}: {text}"
    return code or text or "unknown error"


def _api_errors(body: object) -> list[dict[str, Any]]:
    if isinstance(body, dict) and isinstance(body.get("data"), list):
        return [e for e in body["data"] if isinstance(e, dict) and e.get("type") == "api_error"]
    return []


def _first_error(body: object) -> tuple[str | None, object]:
    errors = _api_errors(body)
    if not errors:
        return None, None
    attrs = errors[0].get("attributes") or {}
    return attrs.get("code"), attrs.get("details")


def _json(response: httpx.Response) -> Any:
    try:
        return response.json()
    except (json.JSONDecodeError, UnicodeDecodeError):
        return None


def _error_from_response(response: httpx.Response, path: str) -> ApiError:
    status = response.status_code
    body = _json(response)
    code, details = _first_error(body)
    if code is None and details is None:
        message = f"{SERVICE} answered HTTP {status} {response.reason_phrase} for {path}".rstrip()
    else:
        message = describe_api_error(code, details)
    return error_for_status(status)(message, service=SERVICE, status=status, path=path,
                                    code=code, details=details)


# --- client --------------------------------------------------------------------------------------

Sleep = Callable[[float], Awaitable[Any]]
OnPoll = Callable[[int, float], Any]


class DatocmsClient:
    def __init__(
        self,
        http: httpx.AsyncClient,
        *,
        api_url: str = DEFAULT_API_URL,
        token: str,
        environment: str | None = None,
        storage_http: httpx.AsyncClient | None = None,
        poll_delay: Callable[[int], float] = growing_delay,
        rate_limits: RateLimitPolicy = RateLimitPolicy(),
        sleep: Sleep = asyncio.sleep,
    ) -> None:
        if not token:
            raise ValueError("a DatoCMS API token is required")
        self._http = http
        self._storage_http = storage_http or http
        self.api_url = api_url.rstrip("/")
        self._token = token
        self.environment = environment or None
        self._poll_delay = poll_delay
        self._policy = rate_limits
        self._sleep = sleep
        #: The budget the last response reported (``None`` until one did).
        self.rate_limit: RateLimit | None = None

    def __repr__(self) -> str:  # never shows the token
        return f"DatocmsClient(api_url={self.api_url!r}, environment={self.environment!r})"

    # -- plumbing --

    def _headers(self, *, body: bool) -> dict[str, str]:
        headers = {
            "Authorization": f"Bearer {self._token}",
            "Accept": "application/json",
            "X-Api-Version": "3",
        }
        if body:
            headers["Content-Type"] = JSON_API
        if self.environment:
            headers["X-Environment"] = self.environment
        return headers

    def _note_rate_limit(self, response: httpx.Response) -> None:
        try:
            limit = int(response.headers["X-RateLimit-Limit"])
            remaining = int(response.headers["X-RateLimit-Remaining"])
        except (KeyError, ValueError):
            return
        self.rate_limit = RateLimit(limit, remaining)

    def _pace_delay(self) -> float:
        """How long to pause before the next request so the budget is not spent to zero."""
        rl, policy = self.rate_limit, self._policy
        if rl is None or rl.remaining > policy.slow_below:
            return 0.0
        return (policy.slow_below - rl.remaining + 1) * policy.pause_step

    def _reset_wait(self, response: httpx.Response) -> float:
        raw = response.headers.get("X-RateLimit-Reset", "")
        try:
            seconds = float(raw)
        except ValueError:
            seconds = 1.0
        if not math.isfinite(seconds) or seconds < 0:
            seconds = 1.0
        return min(max(seconds, 0.0), self._policy.max_reset_wait)

    async def _send(self, method: str, path: str, *, params: dict[str, Any] | None = None,
                    body: dict[str, Any] | None = None) -> httpx.Response:
        """One API call with pacing, 429 riding and (for GET) transient 5xx retries; returns the
        response whatever its status."""
        url = f"{self.api_url}{path}"
        headers = self._headers(body=body is not None)
        content = json.dumps(body).encode() if body is not None else None
        limited = server_failures = 0
        while True:
            pause = self._pace_delay()
            if pause:
                await self._sleep(pause)
            with transport_errors(SERVICE):
                response = await self._http.request(method, url, params=params, headers=headers,
                                                    content=content)
            self._note_rate_limit(response)
            status = response.status_code
            if status == 429 and limited < self._policy.max_retries:
                limited += 1
                # The budget is spent: forget the stale "remaining" so pacing does not add to the wait.
                self.rate_limit = None
                await self._sleep(self._reset_wait(response))
                continue
            if (status in (502, 503, 504) and method == "GET"
                    and server_failures < self._policy.server_retries):
                server_failures += 1
                await self._sleep(self._policy.server_backoff * server_failures)
                continue
            return response

    async def _call(self, method: str, path: str, **kwargs: Any) -> Any:
        response = await self._send(method, path, **kwargs)
        if response.status_code >= 400:
            raise _error_from_response(response, path)
        body = _json(response)
        if body is None:
            raise ApiError(f"{SERVICE} answered {path} with a body that is not JSON",
                           service=SERVICE, status=response.status_code, path=path)
        return body

    @staticmethod
    def _job(body: Any, kind: str, upload_id: str) -> Job:
        data = body.get("data") if isinstance(body, dict) else None
        if not isinstance(data, dict) or data.get("type") != "job" or not data.get("id"):
            raise ApiError(f"{SERVICE} did not answer with a job", service=SERVICE)
        return Job(id=str(data["id"]), kind=kind, upload_id=upload_id)

    # -- uploads --

    async def list_uploads(self, query: str | None = None, type: str | None = "video", offset: int = 0,
                           limit: int = 30) -> UploadPage:
        """One page of the Media Area (``limit`` at most 500), with the total count."""
        params: dict[str, Any] = {"page[offset]": offset, "page[limit]": max(1, min(limit, 500))}
        if type:
            params["filter[type]"] = type
        if query:
            params["filter[query]"] = query
        body = await self._call("GET", "/uploads", params=params)
        uploads = [Upload.from_resource(r) for r in body.get("data") or []]
        total = int((body.get("meta") or {}).get("total_count", len(uploads)))
        return UploadPage(uploads, total, offset, params["page[limit]"])

    async def iter_uploads(self, query: str | None = None, type: str | None = "video",
                           page_size: int = 100) -> AsyncIterator[Upload]:
        offset = 0
        while True:
            page = await self.list_uploads(query, type, offset, page_size)
            for upload in page.uploads:
                yield upload
            offset += len(page.uploads)
            if not page.uploads or offset >= page.total_count:
                return

    async def get_upload(self, upload_id: str) -> Upload:
        body = await self._call("GET", f"/uploads/{_seg(upload_id)}")
        return Upload.from_resource(body["data"])

    # -- tracks --

    async def list_tracks(self, upload_id: str) -> list[Track]:
        body = await self._call("GET", f"/uploads/{_seg(upload_id)}/tracks")
        return [Track.from_resource(r, upload_id) for r in body.get("data") or []]

    async def create_track(self, upload_id: str, *, url_or_upload_request_id: str, type: str = "subtitles",
                           language_code: str, name: str | None = None,
                           closed_captions: bool = False) -> Job:
        if type not in ("subtitles", "audio"):
            raise ValueError(f"a track is 'subtitles' or 'audio', not {type!r}")
        attributes: dict[str, Any] = {"url_or_upload_request_id": url_or_upload_request_id,
                                      "type": type, "language_code": language_code}
        if name:
            attributes["name"] = name
        if closed_captions:
            attributes["closed_captions"] = True
        body = await self._call("POST", f"/uploads/{_seg(upload_id)}/tracks",
                                body={"data": {"type": "upload_track", "attributes": attributes}})
        return self._job(body, "create_track", upload_id)

    async def request_upload(self, filename: str) -> tuple[str, str, dict[str, str]]:
        """``POST /upload-requests``: the request's id, presigned URL and headers for the PUT."""
        body = await self._call("POST", "/upload-requests", body={
            "data": {"type": "upload_request", "attributes": {"filename": filename}}})
        data = body.get("data") or {}
        attrs = data.get("attributes") or {}
        if not data.get("id") or not attrs.get("url"):
            raise ApiError(f"{SERVICE} did not answer with an upload request", service=SERVICE)
        headers = {str(k): str(v) for k, v in (attrs.get("request_headers") or {}).items()}
        return str(data["id"]), str(attrs["url"]), headers

    async def create_track_from_file(self, upload_id: str, path: str | os.PathLike[str], *, type: str,
                                     language_code: str, name: str | None = None,
                                     closed_captions: bool = False,
                                     on_progress: Callable[[UploadProgress], None] | None = None,
                                     stall_timeout: float | None = DEFAULT_STALL_TIMEOUT) -> Job:
        """Upload a local file to DatoCMS's storage, then start the track job that imports it."""
        filename = os.path.basename(os.fspath(path))
        request_id, url, request_headers = await self.request_upload(filename)
        # Only the presigned headers go to storage: never the bearer token or environment.
        response = await upload_file(self._storage_http, "PUT", url, Path(path), headers=request_headers,
                                     content_type=guess_content_type(filename),
                                     on_progress=on_progress, service=f"{SERVICE} storage",
                                     stall_timeout=stall_timeout)
        if response.status_code >= 400:
            raise UploadError(f"{SERVICE} storage refused {filename}: {_storage_reason(response)}",
                              service=SERVICE, status=response.status_code, path=str(path))
        return await self.create_track(upload_id, url_or_upload_request_id=request_id, type=type,
                                       language_code=language_code, name=name,
                                       closed_captions=closed_captions)

    async def generate_subtitles(self, upload_id: str, language_code: str, name: str | None = None) -> Job:
        """Ask DatoCMS to transcribe the video's audio into a subtitles track."""
        attributes: dict[str, Any] = {"language_code": language_code}
        if name:
            attributes["name"] = name
        body = await self._call("POST", f"/uploads/{_seg(upload_id)}/tracks/generate-subtitles",
                                body={"data": {"type": "upload_track", "attributes": attributes}})
        return self._job(body, "generate_subtitles", upload_id)

    async def delete_track(self, upload_id: str, track_id: str) -> Job:
        body = await self._call("DELETE", f"/uploads/{_seg(upload_id)}/tracks/{_seg(track_id)}")
        return self._job(body, "delete_track", upload_id)

    # -- jobs --

    async def job_result(self, job: Job | str) -> dict[str, Any] | None:
        """The job result document, or ``None`` while the job is still running (404)."""
        job_id = job.id if isinstance(job, Job) else job
        path = f"/job-results/{_seg(job_id)}"
        response = await self._send("GET", path)
        if response.status_code == 404:
            return None
        if response.status_code >= 400:
            raise _error_from_response(response, path)
        body = _json(response)
        if not isinstance(body, dict) or not isinstance(body.get("data"), dict):
            raise ApiError(f"{SERVICE} answered {path} with an unreadable job result",
                           service=SERVICE, status=response.status_code, path=path)
        return body

    async def wait_for_job(self, job: Job | str, *, timeout: float = 300.0,
                           on_poll: OnPoll | None = None) -> dict[str, Any]:
        """Poll until the job finishes; return its result ``payload``.

        Waits ``poll_delay(1), poll_delay(2) ...`` between polls, raises ``JobTimeoutError`` once
        ``timeout`` seconds have passed, ``JobFailedError`` (with the API's code and details) when
        the job ended with a non-2xx status. ``on_poll(attempt, next_delay)`` follows each pending
        poll. Cancel the awaiting task to stop polling.
        """
        job_id = job.id if isinstance(job, Job) else job
        deadline = time.monotonic() + timeout
        attempt = 0
        while True:
            result = await self.job_result(job_id)
            if result is not None:
                return _job_payload(result, job_id)
            attempt += 1
            delay = self._poll_delay(attempt)
            if on_poll is not None:
                on_poll(attempt, delay)
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise JobTimeoutError(
                    f"DatoCMS job {job_id} was still running after {timeout:g} s ({attempt} polls)",
                    service=SERVICE, path=f"/job-results/{job_id}")
            await self._sleep(min(delay, remaining))

    async def wait_for_track(self, upload_id: str, track_id: str, *, timeout: float = 600.0,
                             on_poll: Callable[[int, Track], Any] | None = None) -> Track:
        """Re-read the upload's tracks (same growing delay) until the track is ready or errored."""
        deadline = time.monotonic() + timeout
        attempt = 0
        while True:
            track = next((t for t in await self.list_tracks(upload_id) if t.id == track_id), None)
            if track is None:
                raise error_for_status(404)(f"track {track_id} is not on upload {upload_id}",
                                            service=SERVICE, status=404)
            if track.finished:
                return track
            attempt += 1
            if on_poll is not None:
                on_poll(attempt, track)
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise JobTimeoutError(f"track {track_id} was still {track.status} after {timeout:g} s",
                                      service=SERVICE)
            await self._sleep(min(self._poll_delay(attempt), remaining))


def _job_payload(result: dict[str, Any], job_id: str) -> dict[str, Any]:
    attrs = result["data"].get("attributes") or {}
    status = attrs.get("status")
    payload = attrs.get("payload")
    if not isinstance(status, int) or not 200 <= status < 300:
        code, details = _first_error(payload)
        message = describe_api_error(code, details) if (code or details) else (
            f"DatoCMS job {job_id} failed with status {status}")
        raise JobFailedError(message, service=SERVICE, status=status if isinstance(status, int) else None,
                             path=f"/job-results/{job_id}", code=code, details=details)
    return payload if isinstance(payload, dict) else {}


def _seg(value: str) -> str:
    """An id as one path segment (ids are URL-safe base64, but never trust that)."""
    if not value:
        raise ValueError("an id is required")
    return quote(str(value), safe="")



def _storage_reason(response: httpx.Response) -> str:
    """S3-style ``<Code>``/``<Message>`` from a refused PUT (no URL: it carries a signature)."""
    text = response.text
    code = re.search(r"<Code>(.*?)</Code>", text)
    message = re.search(r"<Message>(.*?)</Message>", text)
    if code or message:
        return " ".join(m.group(1) for m in (code, message) if m)
    return f"HTTP {response.status_code}"
