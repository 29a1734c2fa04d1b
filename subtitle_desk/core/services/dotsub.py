"""Dotsub VideoTMS client: media, subtitles, tasks, projects, subtitle specifications, workflows,
glossaries, organization languages and users, as the Dotsub VideoTMS API document describes them.

Authentication is an OAuth client-credentials token from the login host, valid for a day; Dotsub
limits how many are issued, so the token is cached with its expiry (``TokenCache``), renewed
shortly before it runs out, and renewed once more only when the API answers 401. A cache shared
between processes offers ``login_lock()``: a login happens under it, after a second look at the
cache, so many copies starting at once mint one token. A login answered 429 or 5xx is retried a
few times, waiting out ``Retry-After``. The bearer token is set on each API request, never on the
shared client, never on storage requests, and never appears in a log line or an exception message.

JSON bodies go out as ``application/json;charset=UTF-8``, as in every example of the Dotsub
document (PATCH bodies too, although they are JSON Merge Patches), and carry only the fields the
document lists for that request; docs/dotsub-field-names.md lists the names the document lost.

Records are the service's own JSON objects (``dict``), exactly as documented; lists come back as
``Page`` with the documented paging fields. Errors are ``core.services.errors`` types whose
``str()`` is Dotsub's own message ("Media with ID foobar wasn't found").
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator, Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol
from urllib.parse import quote, urlsplit

import httpx

from subtitle_desk.core import formats

from .errors import (
    ApiError,
    AuthError,
    RateLimitedError,
    ServerError,
    ServiceError,
    TransportError,
    UploadError,
    error_for_status,
)
from .http import MAX_RETRY_AFTER, retry_after, transport_errors
from .upload import DEFAULT_STALL_TIMEOUT, guess_content_type, upload_file

if TYPE_CHECKING:
    from subtitle_desk.core.document import Document

__all__ = [
    "DotsubClient",
    "TokenCache",
    "MemoryTokenCache",
    "Page",
    "SUBTITLE_FORMATS",
    "TASK_TYPES",
    "DEFAULT_AUDIENCE",
    "DEFAULT_LOGIN_URL",
    "DEFAULT_API_URL",
    "UploadOutcome",
    "Notification",
    "NOTIFICATION_ACTIONS",
    "parse_notification",
]

log = logging.getLogger(__name__)

SERVICE = "Dotsub"
DEFAULT_API_URL = "https://videotms.com/api"
DEFAULT_LOGIN_URL = "https://login.videotms.com"
DEFAULT_AUDIENCE = "https://videotms.com/api/v3/"  # the trailing slash is part of the audience
#: Dotsub's subtitle formats: the formats whose modules name one.
SUBTITLE_FORMATS = tuple(fi.dotsub_name for fi in formats.INFOS.values() if fi.dotsub_name)
TASK_TYPES = (
    "TASK_CAPTION", "TASK_PIVOT_TRANSLATE", "TASK_DIRECT_TRANSLATE", "TASK_TRANSLATE", "TASK_REVIEW",
    "TASK_POST_EDITING", "TASK_PROOF_READING", "TASK_CUSTOM", "TASK_SIGN_OFF", "TASK_BURN_IN",
    "TASK_PUSH", "TASK_TEXT_TO_SPEECH",
)
#: What the Notifications API POSTs to a media's (or the organization's) webhook.
NOTIFICATION_ACTIONS = tuple(
    f"{kind}_{event}" for kind in ("CAPTIONING", "TRANSLATION", "REVIEW", "CUSTOM")
    for event in ("REQUEST", "ASSIGNED", "ACCEPTED", "FINISHED", "REOPENED")) + (
    "BURN_IN_FINISHED", "BURN_IN_FAILED", "SHARED_NOT_FINISHED_BY_VENDOR", "SHARED_REASSIGNED_REMOVED_VENDOR",
    "TASK_DUE_DATE_CHANGED_ADMINS", "TASK_DUE_DATE_CHANGED_ASSIGNEES", "TASK_DELETED_ADMINS",
    "TASK_DELETED_ASSIGNEES", "LINGUIST_SIGNUP", "TASK_ALMOST_DUE_MANAGERS", "TASK_ALMOST_DUE_ASSIGNEE",
    "TASK_PAST_DUE_MANAGERS", "TASK_PAST_DUE_ASSIGNEE", "TASK_ASSIGNMENT_FAILED", "TASK_PROCESSING_FAILED",
    "MEDIA_ENCODING_FAILED", "MEDIA_WORKFLOW_FAILED")
#: Renew a cached token this long before it expires (capped at a tenth of its lifetime).
RENEW_MARGIN = 300.0
#: Attempts for an idempotent GET answered with a 5xx (the first try included).
GET_ATTEMPTS = 3
#: Attempts for a login answered 429 or 5xx (the first try included).
LOGIN_ATTEMPTS = 4
_LOGIN_RETRY_STATUSES = (429, 500, 502, 503, 504)
#: The Content-Type of every JSON body, as the document's examples send it.
JSON_CONTENT_TYPE = "application/json;charset=UTF-8"
#: Report the upload percentage to Dotsub at most every this many percent or seconds.
PERCENT_STEP = 10
REPORT_INTERVAL = 5.0


class TokenCache(Protocol):
    """Where the login token lives between runs (memory, the OS keyring, or a private file).

    A cache that other processes share may also offer ``login_lock()``, an async context manager
    held around a login (see ``secrets.FileTokenCache``)."""

    def load(self) -> tuple[str, float] | None: ...

    def save(self, token: str, expires_at: float) -> None: ...

    def clear(self) -> None: ...


class MemoryTokenCache:
    def __init__(self) -> None:
        self._entry: tuple[str, float] | None = None

    def load(self) -> tuple[str, float] | None:
        return self._entry

    def save(self, token: str, expires_at: float) -> None:
        self._entry = (token, expires_at)

    def clear(self) -> None:
        self._entry = None

    def __repr__(self) -> str:  # never show the token
        return f"MemoryTokenCache(cached={self._entry is not None})"


@dataclass(frozen=True)
class Page:
    """One page of a Dotsub list: ``content`` plus the documented paging fields."""

    content: list[dict[str, Any]]
    total_elements: int
    total_pages: int
    number: int
    size: int
    number_of_elements: int
    first: bool
    last: bool
    empty: bool
    sort: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_json(cls, body: Mapping[str, Any]) -> "Page":
        content = list(body.get("content") or [])
        return cls(
            content=content,
            total_elements=int(body.get("totalElements", len(content))),
            total_pages=int(body.get("totalPages", 1)),
            number=int(body.get("number", 0)),
            size=int(body.get("size", len(content))),
            number_of_elements=int(body.get("numberOfElements", len(content))),
            first=bool(body.get("first", True)),
            last=bool(body.get("last", True)),
            empty=bool(body.get("empty", not content)),
            sort=dict(body.get("sort") or {}),
        )

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self.content)

    def __len__(self) -> int:
        return len(self.content)


@dataclass(frozen=True)
class UploadOutcome:
    """What ``upload_media_file`` left on Dotsub: the media as last answered and its upload state."""

    media: dict[str, Any]
    status: str
    reports: int  # percentage updates sent while the file was uploading


@dataclass(frozen=True)
class Notification:
    """One webhook notification (Notifications API), e.g. ``CAPTIONING_FINISHED`` for a task."""

    action: str
    date_time: str | None
    task_id: str | None
    project_id: str | None
    media_id: str | None
    language_id: str | None
    media_external_id: str | None
    media_tags: tuple[str, ...]
    error_detail: str | None
    download_url: str | None

    @property
    def known(self) -> bool:
        """False for an action this version does not know (Dotsub may add some)."""
        return self.action in NOTIFICATION_ACTIONS


def parse_notification(body: bytes | str | Mapping[str, Any]) -> Notification:
    """Read a webhook POST body; ``ValueError`` if it is not a Dotsub notification."""
    import json as _json

    data = _json.loads(body) if isinstance(body, (bytes, str)) else body
    if not isinstance(data, Mapping) or not isinstance(data.get("action"), str):
        raise ValueError("not a Dotsub notification: no action")

    def text(key: str) -> str | None:
        value = data.get(key)
        return None if value is None else str(value)

    return Notification(action=data["action"], date_time=text("dateTime"), task_id=text("taskId"),
                        project_id=text("projectId"), media_id=text("mediaId"),
                        language_id=text("languageId"), media_external_id=text("mediaExternalId"),
                        media_tags=tuple(str(t) for t in data.get("mediaTags") or ()),
                        error_detail=text("errorDetail"), download_url=text("downloadUrl"))


def _params(filters: Mapping[str, Any]) -> dict[str, str]:
    out: dict[str, str] = {}
    for key, value in filters.items():
        if value is None:
            continue
        if isinstance(value, bool):
            out[key] = "true" if value else "false"
        else:
            out[key] = str(value)
    return out


def _language_refs(ids: list[str] | tuple[str, ...] | None) -> list[dict[str, str]] | None:
    return None if ids is None else [{"id": i} for i in ids]


def _tag_refs(names: list[str] | tuple[str, ...] | None) -> list[dict[str, str]] | None:
    return None if names is None else [{"name": n} for n in names]


def _seg(value: Any) -> str:
    return quote(str(value), safe="")


class DotsubClient:
    """Async client for the Dotsub VideoTMS REST API over an injected ``httpx.AsyncClient``."""

    def __init__(self, http: httpx.AsyncClient, *, api_url: str, login_url: str, client_id: str,
                 client_secret: str, audience: str = DEFAULT_AUDIENCE,
                 token_cache: TokenCache | None = None, clock: Callable[[], float] = time.time,
                 retry_backoff: float = 0.5) -> None:
        self._http = http
        self._root, self._prefix = self._split_api_url(api_url)
        self._login_url = login_url.rstrip("/")
        self._client_id = client_id
        self._client_secret = client_secret
        self._audience = audience
        self._cache: TokenCache = token_cache if token_cache is not None else MemoryTokenCache()
        self._clock = clock
        self._retry_backoff = retry_backoff
        self._login_lock = asyncio.Lock()
        self._renew: tuple[str, float] | None = None  # (token from our login, when to renew it)
        # A cached token is only used for the same login host, client, audience and API host, so
        # a real account's token is never sent to the local emulator (or the other way round).
        import hashlib

        identity = "\n".join((self._login_url, client_id, audience, self._root))
        self._token_tag = hashlib.sha256(identity.encode()).hexdigest()[:16] + "|"
        self._organization_id: str | None = None

    def __repr__(self) -> str:
        return f"DotsubClient(api={self._root}{self._prefix})"

    # ----------------------------------------------------------------- URLs and authentication

    @staticmethod
    def _split_api_url(api_url: str) -> tuple[str, str]:
        """Accept ``https://host``, ``https://host/api`` or ``https://host/api/v3`` (with or
        without a trailing slash); keep v3 in paths only if the caller asked for it."""
        url = api_url.rstrip("/")
        parts = urlsplit(url)
        path = parts.path
        root = url[: len(url) - len(path)] if path else url
        if path.endswith("/api/v3"):
            return root + path[: -len("/api/v3")], "/api/v3"
        if path.endswith("/api"):
            return root + path[: -len("/api")], "/api"
        return url, "/api"

    @property
    def api_base(self) -> str:
        return self._root + self._prefix

    def _url(self, path: str) -> str:
        return f"{self._root}{self._prefix}{path}"

    def _load_token(self) -> tuple[str, float] | None:
        entry = self._cache.load()
        if entry is None or not entry[0].startswith(self._token_tag):
            return None
        return entry[0][len(self._token_tag):], entry[1]

    def _token_fresh(self, entry: tuple[str, float] | None) -> bool:
        if entry is None:
            return False
        token, expires_at = entry
        if self._renew is not None and self._renew[0] == token:
            renew_at = self._renew[1]
        else:  # a token cached by an earlier run: its lifetime is unknown, assume a day
            renew_at = expires_at - RENEW_MARGIN
        return bool(token) and self._clock() < min(renew_at, expires_at)

    def _usable(self, entry: tuple[str, float] | None, stale: str | None) -> str | None:
        if entry is not None and entry[0] != stale and self._token_fresh(entry):
            return entry[0]
        return None

    async def _token(self, *, renew: bool = False, stale: str | None = None) -> str:
        async with self._login_lock:
            # Another request may have renewed it while this one waited for the lock.
            token = self._usable(self._load_token(), stale if renew else None)
            if token is not None:
                return token
            shared_lock = getattr(self._cache, "login_lock", None)
            if shared_lock is None:
                return await self._login()
            async with shared_lock():
                # Another process may have logged in while this one waited for the lock.
                token = self._usable(self._load_token(), stale)
                if token is not None:
                    return token
                return await self._login()

    async def _login(self) -> str:
        body = {"client_id": self._client_id, "client_secret": self._client_secret,
                "audience": self._audience, "grant_type": "client_credentials"}
        url = f"{self._login_url}/oauth/token"
        for attempt in range(1, LOGIN_ATTEMPTS + 1):
            with transport_errors(SERVICE):
                response = await self._http.post(url, json=body, headers={"Accept": "application/json"})
            status = response.status_code
            if status not in _LOGIN_RETRY_STATUSES or attempt == LOGIN_ATTEMPTS:
                break
            wait = retry_after(response)
            if wait is not None and wait > MAX_RETRY_AFTER:
                break  # asked to wait longer than is worth holding a verb or a window for
            delay = wait if wait is not None else self._retry_backoff * (2 ** (attempt - 1))
            log.warning("Dotsub login answered %s; trying again in %.1f s (attempt %d of %d)",
                        status, delay, attempt + 1, LOGIN_ATTEMPTS)
            if delay > 0:
                await asyncio.sleep(delay)
        if response.status_code != 200:
            self._cache.clear()
            raise self._login_error(response)
        try:
            data = response.json()
            token = str(data["access_token"])
            lifetime = float(data.get("expires_in", 86400))
        except (ValueError, KeyError, TypeError) as exc:
            raise AuthError("Dotsub login answered without an access token", service=SERVICE,
                            status=response.status_code, path="/oauth/token") from exc
        now = self._clock()
        expires_at = now + lifetime
        self._renew = (token, expires_at - min(RENEW_MARGIN, lifetime / 10))
        self._cache.save(self._token_tag + token, expires_at)
        log.info("Dotsub login: new token valid for %.0f s", lifetime)
        return token

    @staticmethod
    def _login_error(response: httpx.Response) -> ApiError:
        status = response.status_code
        description = ""
        code = None
        try:
            data = response.json()
            if isinstance(data, dict):
                code = data.get("error")
                description = str(data.get("error_description") or data.get("message") or code or "")
        except ValueError:
            pass
        if status == 429:
            text = ("Dotsub login refused: too many tokens were requested; "
                    "wait before signing in again")
            wait = retry_after(response)
            if wait is not None:
                text += f" (Dotsub asks to wait {wait:.0f} s)"
            if description:
                text += f" ({description})"
            return RateLimitedError(text, service=SERVICE, status=status, path="/oauth/token", code=code)
        if status in (400, 401, 403):
            text = f"Dotsub login refused: {description or 'check the client ID and secret'}"
            return AuthError(text, service=SERVICE, status=status, path="/oauth/token", code=code)
        cls = error_for_status(status)
        return cls(f"Dotsub login failed: HTTP {status} {description}".rstrip(), service=SERVICE,
                   status=status, path="/oauth/token", code=code)

    # ----------------------------------------------------------------- requests and errors

    async def _request(self, method: str, path: str, *, params: Mapping[str, Any] | None = None,
                       json: Any = None, files: Any = None, headers: Mapping[str, str] | None = None,
                       ) -> httpx.Response:
        url = self._url(path)
        attempts = GET_ATTEMPTS if method == "GET" else 1
        renewed = False
        attempt = 0
        token = await self._token()
        while True:
            attempt += 1
            request_headers = {"Accept": "application/json", **(headers or {}),
                               "Authorization": f"Bearer {token}"}
            if json is not None:
                request_headers["Content-Type"] = JSON_CONTENT_TYPE
            try:
                with transport_errors(SERVICE):
                    response = await self._http.request(method, url, params=_params(params or {}),
                                                        json=json, files=files, headers=request_headers)
            except TransportError as exc:
                if attempt >= attempts:  # only GETs are repeated: they change nothing
                    raise
                log.warning("Dotsub %s %s: %s; retrying", method, path, exc)
                await self._pause(attempt)
                continue
            if response.status_code == 401 and not renewed:
                renewed = True
                log.info("Dotsub answered 401 for %s %s; renewing the token once", method, path)
                self._cache.clear()
                token = await self._token(renew=True, stale=token)
                continue
            if response.status_code >= 500 and attempt < attempts:
                log.warning("Dotsub answered %s for %s %s; retrying", response.status_code, method, path)
                await self._pause(attempt)
                continue
            if response.status_code >= 400:
                raise self._api_error(response, path)
            return response

    async def _pause(self, attempt: int) -> None:
        delay = self._retry_backoff * (2 ** (attempt - 1))
        if delay:
            await asyncio.sleep(delay)

    def _api_error(self, response: httpx.Response, path: str) -> ApiError:
        status = response.status_code
        body: Any = None
        try:
            body = response.json()
        except ValueError:
            pass
        message = error = None
        where = self._prefix + path
        if isinstance(body, dict):
            message = body.get("message")
            error = body.get("error")
            where = str(body.get("path") or where)
        reason = error or response.reason_phrase or "Error"
        if not message:
            if status >= 500:
                message = f"Dotsub had an internal problem ({status} {reason}) with {where}; try again later"
            else:
                message = f"Dotsub refused the request ({status} {reason}) for {where}"
        cls = error_for_status(status)
        return cls(str(message), service=SERVICE, status=status, path=where, code=error, details=body)

    async def _json(self, method: str, path: str, **kwargs: Any) -> Any:
        response = await self._request(method, path, **kwargs)
        if not response.content:
            return None
        try:
            return response.json()
        except ValueError as exc:
            raise ServerError(f"Dotsub answered {path} with something other than JSON",
                              service=SERVICE, status=response.status_code, path=path) from exc

    async def _page(self, path: str, params: Mapping[str, Any]) -> Page:
        return Page.from_json(await self._json("GET", path, params=params))

    async def _iterate(self, fetch: Callable[[int], Any]) -> AsyncIterator[dict[str, Any]]:
        index = 0
        while True:
            page: Page = await fetch(index)
            for item in page.content:
                yield item
            if page.last or not page.content:
                return
            index += 1

    # ----------------------------------------------------------------- media

    async def list_media(self, *, project_name: str | None = None, workflow_name: str | None = None,
                         tag: str | None = None, title: str | None = None, external_id: str | None = None,
                         organization_name: str | None = None, language: str | None = None,
                         visible: bool | None = None, sort: str | None = None,
                         page_index: int = 0, page_size: int = 20) -> Page:
        """``GET /media``; ``sort`` is mediaId, title, projectName, organizationName or createdDate,
        ascending unless prefixed with ``-``."""
        return await self._page("/media", {
            "projectName": project_name, "workflowName": workflow_name, "tag": tag, "title": title,
            "externalId": external_id, "organizationName": organization_name, "language": language,
            "visible": visible, "sort": sort, "pageIndex": page_index, "pageSize": page_size})

    def iter_media(self, *, page_size: int = 50, **filters: Any) -> AsyncIterator[dict[str, Any]]:
        return self._iterate(lambda i: self.list_media(page_index=i, page_size=page_size, **filters))

    async def get_media(self, media_id: str) -> dict[str, Any]:
        return await self._json("GET", f"/media/{_seg(media_id)}")

    async def create_media(self, *, title: str, project_id: str, file_name: str,
                           s3_upload: bool = False, content_type: str | None = None,
                           import_url: str | None = None, description: str | None = None,
                           notes: str | None = None, tags: list[str] | None = None,
                           language_id: str | None = None, translation_language_ids: list[str] | None = None,
                           review_language_ids: list[str] | None = None, workflow_id: str | None = None,
                           external_id: str | None = None, webhook: str | None = None,
                           client_customer_name: str | None = None) -> dict[str, Any]:
        """``POST /media``: either ``s3_upload`` (the answer carries ``metadata.signedUrl`` and
        ``uploadDetail.uploadUpdateToken``; then call ``upload_media_file``) or ``import_url``."""
        if not s3_upload and not import_url:
            raise ValueError("create_media needs s3_upload=True or an import_url")
        dto: dict[str, Any] = {"title": title, "projectId": str(project_id), "fileName": file_name}
        optional = {
            "description": description, "notes": notes, "tags": _tag_refs(tags),
            "language": {"id": language_id} if language_id else None,
            "translationLanguages": _language_refs(translation_language_ids),
            "reviewLanguages": _language_refs(review_language_ids),
            "workflowId": workflow_id, "externalId": external_id, "webhook": webhook,
            "clientCustomerName": client_customer_name,
        }
        dto.update({k: v for k, v in optional.items() if v is not None})
        body: dict[str, Any] = {"mediaDto": dto}
        if s3_upload:
            body["s3Upload"] = True
            body["contentType"] = content_type or guess_content_type(file_name)
        if import_url:
            body["importUrl"] = import_url
        return await self._json("POST", "/media", json=body)

    async def update_media(self, media_id: str, patch: Mapping[str, Any]) -> dict[str, Any]:
        """``PATCH /media/:id`` with a JSON Merge Patch (``None`` clears a field)."""
        return await self._json("PATCH", f"/media/{_seg(media_id)}", json=dict(patch))

    async def delete_media(self, media_id: str) -> None:
        await self._request("DELETE", f"/media/{_seg(media_id)}")

    async def upload_media_file(self, media: Mapping[str, Any], path: str | Path, *,
                                storage_http: httpx.AsyncClient,
                                on_progress: Callable[[Any], None] | None = None,
                                content_type: str | None = None, retries: int = 3,
                                backoff: float = 1.0,
                                stall_timeout: float | None = DEFAULT_STALL_TIMEOUT) -> UploadOutcome:
        """PUT the file to the media's signed URL (no bearer token goes there), report the
        percentage to Dotsub every ``PERCENT_STEP`` % or ``REPORT_INTERVAL`` s, then mark it
        UPLOADED with the upload-update token. On failure the media is marked ERROR where Dotsub
        allows it and ``UploadError`` says what state it was left in; on cancellation it stays a
        pending upload (same signed URL and token) and the cancellation propagates."""
        media_id = str(media["mediaId"])
        signed_url = (media.get("metadata") or {}).get("signedUrl")
        token = (media.get("uploadDetail") or {}).get("uploadUpdateToken")
        if not signed_url or not token:
            raise UploadError(f"Media {media_id} has no pending upload (create it with s3_upload=True)",
                              service=SERVICE, path=f"/media/{media_id}")
        reporter = _PercentReporter(self, media_id, token, self._clock)
        reporter.start()

        def progress(p: Any) -> None:
            reporter.observe(p)
            if on_progress is not None:
                on_progress(p)

        try:
            response = await upload_file(
                storage_http, "PUT", signed_url, Path(path), on_progress=progress,
                content_type=content_type or guess_content_type(path), service="Dotsub media storage",
                retries=retries, backoff=backoff, stall_timeout=stall_timeout)
            if response.status_code >= 400:
                raise UploadError(f"the storage host refused the file: {_storage_message(response)}",
                                  service=SERVICE, status=response.status_code)
        except asyncio.CancelledError:
            await reporter.drain()
            log.warning("Upload of media %s cancelled at %d %%: Dotsub still lists it as a pending "
                        "upload; upload again with the same signed URL or delete the media",
                        media_id, reporter.percent)
            raise
        except Exception as exc:
            await reporter.drain()
            state = await self._mark_upload_failed(media_id, token, exc)
            raise UploadError(f"Uploading the video for media {media_id} failed at {reporter.percent} %: "
                              f"{exc}. {state}", service=SERVICE, path=f"/media/{media_id}") from exc
        await reporter.drain()
        try:
            final = await self.mark_media_uploaded(media_id, token)
        except ServiceError as exc:
            raise UploadError(f"The video for media {media_id} reached storage, but Dotsub did not "
                              f"accept it as uploaded: {exc}. It is still a pending upload; mark it "
                              f"uploaded again (same token) to finish.", service=SERVICE,
                              path=f"/media/{media_id}") from exc
        return UploadOutcome(media=final, status="UPLOADED", reports=reporter.sent)

    async def mark_media_uploaded(self, media_id: str, upload_update_token: str) -> dict[str, Any]:
        """Tell Dotsub the file is at the signed URL (status UPLOADED) so processing starts."""
        return await self.update_media(media_id, {"uploadDetail": {
            "uploadUpdateToken": upload_update_token, "status": "UPLOADED", "percentage": 100}})

    async def _mark_upload_failed(self, media_id: str, token: str, exc: BaseException) -> str:
        # Only the documented uploadDetail fields: the reason stays with the caller's error.
        try:
            await self.update_media(media_id, {"uploadDetail": {
                "uploadUpdateToken": token, "status": "ERROR"}})
        except ServiceError as mark_exc:
            return (f"Dotsub still lists the media as a pending upload (marking it as failed was "
                    f"refused: {mark_exc}); upload again or delete it.")
        return "Dotsub now lists the media's upload as ERROR; delete it or upload again."

    # ----------------------------------------------------------------- subtitles

    async def download_subtitles(self, media_id: str, language_id: str, fmt: str = "SRT") -> bytes:
        fmt = fmt.upper()
        if fmt not in SUBTITLE_FORMATS:
            raise ValueError(f"subtitle format must be one of {', '.join(SUBTITLE_FORMATS)}, not {fmt}")
        response = await self._request(
            "GET", f"/media/{_seg(media_id)}/languages/{_seg(language_id)}/subtitles/{fmt}",
            headers={"Accept": "*/*"})
        return response.content

    async def download_subtitle_document(self, media_id: str, language_id: str,
                                         fmt: str = "SRT") -> "Document":
        data = await self.download_subtitles(media_id, language_id, fmt)
        return formats.read_bytes(data, path=f"dotsub:{media_id}/{language_id}.{fmt.lower()}",
                                  format=formats.dotsub_format(fmt).key)

    async def upload_subtitles(self, media_id: str, language_id: str, data: bytes, filename: str,
                               complete_task: bool = False) -> dict[str, Any]:
        """Multipart ``subtitleFile`` upload; ``complete_task`` marks the workflow task completed.
        Answers the track record (``trackId``, ``currentVersion`` ...)."""
        return await self._json(
            "POST", f"/media/{_seg(media_id)}/languages/{_seg(language_id)}/subtitles",
            files={"subtitleFile": (filename, data, "application/octet-stream")},
            headers={"completeTask": "true" if complete_task else "false"})

    # ----------------------------------------------------------------- tasks

    async def list_tasks(self, *, project_name: str | None = None, organization_id: str | None = None,
                         client_organization_id: str | None = None, type: str | None = None,
                         language_id: str | None = None, media_id: str | None = None,
                         media_title: str | None = None, media_external_id: str | None = None,
                         assignee_type: str | None = None, assignee_name: str | None = None,
                         created_date: str | None = None, due_date_start: str | None = None,
                         due_date_end: str | None = None, completion_date_start: str | None = None,
                         completion_date_end: str | None = None, completed: bool | None = None,
                         accepted: bool | None = None, sort: str | None = None,
                         page_index: int = 0, page_size: int = 20) -> Page:
        """``GET /tasks``; sorted descending by default (``sort`` mediaId, title, projectName,
        type, dueDate or createdDate; prefix ``+`` for ascending)."""
        if type is not None and type not in TASK_TYPES:
            raise ValueError(f"unknown task type {type}")
        return await self._page("/tasks", {
            "projectName": project_name, "organizationId": organization_id,
            "clientOrganizationId": client_organization_id, "type": type, "languageId": language_id,
            "mediaId": media_id, "mediaTitle": media_title, "mediaExternalId": media_external_id,
            "assigneeType": assignee_type, "assigneeName": assignee_name, "createdDate": created_date,
            "dueDateStart": due_date_start, "dueDateEnd": due_date_end,
            "completionDateStart": completion_date_start, "completionDateEnd": completion_date_end,
            "completed": completed, "accepted": accepted, "sort": sort,
            "pageIndex": page_index, "pageSize": page_size})

    def iter_tasks(self, *, page_size: int = 50, **filters: Any) -> AsyncIterator[dict[str, Any]]:
        return self._iterate(lambda i: self.list_tasks(page_index=i, page_size=page_size, **filters))

    async def update_task(self, task_id: str, patch: Mapping[str, Any]) -> dict[str, Any]:
        """``PATCH /tasks/:id`` (JSON Merge Patch of completed, accepted, dueDate, description,
        assigneeId, errored, errorMessage)."""
        return await self._json("PATCH", f"/tasks/{_seg(task_id)}", json=dict(patch))

    async def accept_task(self, task_id: str) -> dict[str, Any]:
        """Accept the task: it is assigned to the requesting user."""
        return await self.update_task(task_id, {"accepted": True})

    async def release_task(self, task_id: str) -> dict[str, Any]:
        """Release the task back to its original assignee."""
        return await self.update_task(task_id, {"accepted": False})

    async def complete_task(self, task_id: str) -> dict[str, Any]:
        return await self.update_task(task_id, {"completed": True})

    async def reopen_task(self, task_id: str) -> dict[str, Any]:
        return await self.update_task(task_id, {"completed": False})

    async def set_task_due_date(self, task_id: str, due: str) -> dict[str, Any]:
        """``due`` in ISO 8601, e.g. ``2026-11-24T12:00:00Z``."""
        return await self.update_task(task_id, {"dueDate": due})

    async def mark_task_errored(self, task_id: str, message: str) -> dict[str, Any]:
        return await self.update_task(task_id, {"errored": True, "errorMessage": message})

    async def clear_task_error(self, task_id: str) -> dict[str, Any]:
        return await self.update_task(task_id, {"errored": False, "errorMessage": None})

    async def assign_task(self, task_id: str, assignee_id: str) -> dict[str, Any]:
        return await self.update_task(task_id, {"assigneeId": assignee_id})

    # ----------------------------------------------------------------- projects

    async def list_projects(self, *, name: str | None = None, workflow_id: str | None = None,
                            workflow_name: str | None = None, tag: str | None = None,
                            sort: str | None = None, page_index: int = 0, page_size: int = 20) -> Page:
        return await self._page("/projects", {
            "name": name, "workflowId": workflow_id, "workflowName": workflow_name, "tag": tag,
            "sort": sort, "pageIndex": page_index, "pageSize": page_size})

    def iter_projects(self, *, page_size: int = 50, **filters: Any) -> AsyncIterator[dict[str, Any]]:
        return self._iterate(lambda i: self.list_projects(page_index=i, page_size=page_size, **filters))

    async def create_project(self, *, name: str, organization_id: str, fallback_language_id: str,
                             default_workflow_id: str | None = None, client_id: str | None = None,
                             price_sheet_id: str | None = None, tags: list[str] | None = None,
                             translation_language_ids: list[str] | None = None,
                             review_language_ids: list[str] | None = None) -> dict[str, Any]:
        body: dict[str, Any] = {"name": name, "organizationId": organization_id,
                                "fallbackMediaLanguage": {"id": fallback_language_id}}
        optional = {"defaultWorkflowId": default_workflow_id, "clientId": client_id,
                    "priceSheetId": price_sheet_id, "tags": _tag_refs(tags),
                    "translationLanguages": _language_refs(translation_language_ids),
                    "reviewLanguages": _language_refs(review_language_ids)}
        body.update({k: v for k, v in optional.items() if v is not None})
        return await self._json("POST", "/projects", json=body)

    async def update_project(self, project_id: str, patch: Mapping[str, Any]) -> dict[str, Any]:
        return await self._json("PATCH", f"/projects/{_seg(project_id)}", json=dict(patch))

    # ----------------------------------------------------------------- subtitle specifications

    async def list_subtitle_specifications(self, *, project_id: str | None = None,
                                           language_id: str | None = None,
                                           language_name: str | None = None,
                                           task_id: str | None = None, sort: str | None = None,
                                           page_index: int = 0, page_size: int = 20) -> Page:
        return await self._page("/subtitleSpecifications", {
            "projectId": project_id, "languageId": language_id, "languageName": language_name,
            "taskId": task_id, "sort": sort, "pageIndex": page_index, "pageSize": page_size})

    async def get_subtitle_specification(self, spec_id: str) -> dict[str, Any]:
        return await self._json("GET", f"/subtitleSpecifications/{_seg(spec_id)}")

    async def create_subtitle_specification(self, spec: Mapping[str, Any]) -> dict[str, Any]:
        return await self._json("POST", "/subtitleSpecifications", json=dict(spec))

    async def update_subtitle_specification(self, spec_id: str, patch: Mapping[str, Any]) -> dict[str, Any]:
        return await self._json("PATCH", f"/subtitleSpecifications/{_seg(spec_id)}", json=dict(patch))

    async def delete_subtitle_specification(self, spec_id: str) -> None:
        await self._request("DELETE", f"/subtitleSpecifications/{_seg(spec_id)}")

    async def spec_for(self, project_id: str, language_id: str | None) -> dict[str, Any] | None:
        """The subtitle specification that applies: the project's spec for the language, else the
        project default; ``None`` when the project has neither."""
        page = await self.list_subtitle_specifications(project_id=project_id, page_size=100)
        specs = [s for s in page.content if str(s.get("projectId")) == str(project_id)]
        if language_id:
            for spec in specs:
                if spec.get("languageId") == language_id and spec.get("enabled", True):
                    return spec
        for spec in specs:
            if spec.get("projectDefault"):
                return spec
        return None

    async def spec_for_task(self, task: Mapping[str, Any]) -> dict[str, Any] | None:
        """The spec for a task record (its project and language), with the media notes if the
        service reports them for the task."""
        by_task = await self.list_subtitle_specifications(task_id=str(task["id"]), page_size=20)
        if by_task.content:
            return by_task.content[0]
        return await self.spec_for(str(task["projectId"]), task.get("languageId"))

    # ----------------------------------------------------------------- workflows, glossaries, org

    async def organization_id(self) -> str:
        """The organization the credentials belong to (read from the first project or media)."""
        if self._organization_id is None:
            page = await self.list_projects(page_size=1)
            if not page.content:
                page = await self.list_media(page_size=1)
            if not page.content:
                raise ServiceError("Dotsub lists no project or media to tell the organization from",
                                   service=SERVICE)
            self._organization_id = str(page.content[0]["organizationId"])
        return self._organization_id

    async def list_workflows(self, organization_id: str | None = None, *, name: str | None = None,
                             project_id: str | None = None, page_index: int = 0,
                             page_size: int = 20) -> Page:
        org = organization_id or await self.organization_id()
        return await self._page(f"/organizations/{_seg(org)}/workflows", {
            "name": name, "projectId": project_id, "pageIndex": page_index, "pageSize": page_size})

    async def list_organization_languages(self, organization_id: str | None = None) -> list[dict[str, Any]]:
        org = organization_id or await self.organization_id()
        return list(await self._json("GET", f"/organizations/{_seg(org)}/languages"))

    async def list_glossaries(self, project_id: str, *, name: str | None = None, sort: str | None = None,
                              page_index: int = 0, page_size: int = 20) -> Page:
        return await self._page(f"/projects/{_seg(project_id)}/glossaries", {
            "name": name, "sort": sort, "pageIndex": page_index, "pageSize": page_size})

    async def get_glossary(self, project_id: str, glossary_id: str) -> dict[str, Any]:
        return await self._json("GET", f"/projects/{_seg(project_id)}/glossaries/{_seg(glossary_id)}")

    async def save_glossary(self, project_id: str, *, name: str, csv_data: bytes | None,
                            project_default: bool = True, glossary_id: str | None = None,
                            filename: str = "glossary.csv") -> dict[str, Any]:
        """Create a glossary (``glossary_id`` None) or replace one: a CSV whose first row is the
        language codes (en-US, fr-FR ...), plus its name."""
        import json as _json

        files: dict[str, Any] = {"glossaryPayload": (
            "request", _json.dumps({"name": name, "projectDefault": project_default}).encode(), "application/json")}
        if csv_data is not None:
            files["glossaryFile"] = (filename, csv_data, "text/csv")
        if glossary_id is None:
            return await self._json("POST", f"/projects/{_seg(project_id)}/glossaries", files=files)
        return await self._json("PUT", f"/projects/{_seg(project_id)}/glossaries/{_seg(glossary_id)}",
                                files=files)

    async def delete_glossary(self, project_id: str, glossary_id: str) -> None:
        await self._request("DELETE", f"/projects/{_seg(project_id)}/glossaries/{_seg(glossary_id)}")

    async def list_users(self, organization_id: str | None = None, *, email: str | None = None,
                         name: str | None = None, project_id: str | None = None,
                         tags: str | None = None, last_active: str | None = None,
                         skill_type: str | None = None, source_language_id: str | None = None,
                         target_language_id: str | None = None, sort: str | None = None,
                         page_index: int = 0, page_size: int = 20) -> Page:
        org = organization_id or await self.organization_id()
        return await self._page("/users", {
            "organizationId": org, "email": email, "name": name, "projectId": project_id,
            "tags": tags, "lastActive": last_active, "skillType": skill_type,
            "sourceLanguageId": source_language_id, "targetLanguageId": target_language_id,
            "sort": sort, "pageIndex": page_index, "pageSize": page_size})


def _storage_message(response: httpx.Response) -> str:
    """S3-style XML errors carry <Code> and <Message>; anything else is summarised by status."""
    import re

    text = response.text[:2000]
    code = re.search(r"<Code>([^<]*)</Code>", text)
    message = re.search(r"<Message>([^<]*)</Message>", text)
    if code or message:
        return " ".join(m.group(1) for m in (code, message) if m)
    return f"HTTP {response.status_code} {response.reason_phrase}"


class _PercentReporter:
    """Sends ``uploadDetail.percentage`` to Dotsub while a file uploads: at most one update in
    flight, only when the percentage crossed a ``PERCENT_STEP`` boundary or ``REPORT_INTERVAL``
    passed, never per chunk."""

    def __init__(self, client: DotsubClient, media_id: str, token: str, clock: Callable[[], float]) -> None:
        self._client = client
        self._media_id = media_id
        self._token = token
        self._clock = clock
        self._task: asyncio.Task[Any] | None = None
        self._last_percent = 0
        self._last_time = 0.0
        self.percent = 0
        self.sent = 0

    def start(self) -> None:
        self._last_time = self._clock()

    def observe(self, progress: Any) -> None:
        total = getattr(progress, "total", 0) or 0
        sent = getattr(progress, "sent", 0) or 0
        if total <= 0:
            return
        self.percent = min(99, int(sent * 100 // total))  # 100 is only ever said with UPLOADED
        now = self._clock()
        due = (self.percent // PERCENT_STEP > self._last_percent // PERCENT_STEP
               or (now - self._last_time >= REPORT_INTERVAL and self.percent > self._last_percent))
        if not due or (self._task is not None and not self._task.done()):
            return
        self._last_percent, self._last_time = self.percent, now
        self._task = asyncio.ensure_future(self._send(self.percent))

    async def _send(self, percent: int) -> None:
        try:
            await self._client.update_media(self._media_id, {"uploadDetail": {
                "uploadUpdateToken": self._token, "status": "UPLOADING", "percentage": percent}})
            self.sent += 1
        except ServiceError as exc:  # progress reports are advisory; the upload goes on
            log.warning("Could not report upload progress for media %s: %s", self._media_id, exc)

    async def drain(self) -> None:
        if self._task is not None:
            try:
                await asyncio.shield(self._task)
            except asyncio.CancelledError:
                pass
