"""A strict local Dotsub VideoTMS, following its API document: the login host's ``/oauth/token``
and the API under both ``/api/...`` and ``/api/v3/...``, over the seeded organization in
``dotsub_data``.

Strict where the real service is: no, wrong or expired bearer token is a 401 with Dotsub's error
body; wrong client credentials, audience or grant type answer as the login host does (and it
stops issuing tokens past ``token_limit``); unknown ids are 404 with Dotsub's wording; bad paging,
sort keys, filters, titles, subtitle files and upload-update tokens are 400s naming the problem;
a language that doesn't exist for a media yet is a 404. Every JSON body must be sent as
``application/json`` (415 otherwise, as a Spring service answers ``application/merge-patch+json``)
and may carry only the fields the document lists for that request: any other field, read-only
ones included, is a 400 naming it (docs/dotsub-field-names.md lists the names that are guessed).

    emulator = DotsubEmulator(storage)      # storage: emulators.storage.StorageHost
    served = ServedApp(emulator.app).start()
    # login_url = api_url = served.base_url; DEMO_CLIENT_ID / DEMO_CLIENT_SECRET
"""

from __future__ import annotations

import json
import re
import secrets
import struct
import threading
import zlib
from collections import deque
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from email import policy
from email.parser import BytesParser
from pathlib import Path
from typing import Any

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Mount, Route

from .dotsub_data import API_USER_ID, LANGUAGES, ORGANIZATION_ID, DotsubState, Track, demo_resources, iso
from .faults import FaultMiddleware, Faults
from .subtitle_files import UnreadableSubtitles, read_uploaded_subtitles

__all__ = ["DotsubEmulator", "DEMO_CLIENT_ID", "DEMO_CLIENT_SECRET", "DEMO_AUDIENCE", "dotsub_error_body"]

DEMO_CLIENT_ID = "demoDotsubClient0000000000000001"
DEMO_CLIENT_SECRET = "demo-dotsub-secret-not-for-production-use-0000000000000000000001"
DEMO_AUDIENCE = "https://videotms.com/api/v3/"

_TITLE_OK = re.compile(r"^[\w ()\-,.]+$")
# The fields each request body may carry (Dotsub document, "Input" tables).
_MEDIA_CREATE_TOP = {"s3Upload", "importUrl", "contentType", "mediaDto"}
_MEDIA_DTO = {"title", "projectId", "fileName", "description", "notes", "tags", "language",
              "translationLanguages", "reviewLanguages", "workflowId", "externalId", "webhook",
              "clientCustomerName", "s3Upload", "importUrl", "contentType"}
_MEDIA_PATCH = {"s3Upload", "importUrl", "fileName", "title", "description", "notes", "webhook",
                "projectId", "workflowId", "externalId", "uploadDetail", "tags",
                "translationLanguages", "reviewLanguages", "reprocessWith", "contentType"}
_UPLOAD_DETAIL_PATCH = {"uploadUpdateToken", "status", "percentage", "rawFileStorageUrl"}
_TASK_PATCH = {"completed", "accepted", "dueDate", "description", "assigneeId", "errored", "errorMessage"}
_PROJECT_CREATE = {"name", "organizationId", "fallbackMediaLanguage", "defaultWorkflowId", "clientId",
                   "priceSheetId", "tags", "translationLanguages", "reviewLanguages"}
_PROJECT_PATCH = _PROJECT_CREATE - {"organizationId"}
_GLOSSARY_PAYLOAD = {"name", "projectDefault"}
_UPLOAD_STATUSES = {"IN_QUEUE", "UPLOADING", "UPLOADED", "ERROR"}
_PENDING_UPLOAD = {"IN_QUEUE", "UPLOADING", "ERROR"}
_TASK_TYPES = {"TASK_CAPTION", "TASK_PIVOT_TRANSLATE", "TASK_DIRECT_TRANSLATE", "TASK_TRANSLATE",
               "TASK_REVIEW", "TASK_POST_EDITING", "TASK_PROOF_READING", "TASK_CUSTOM", "TASK_SIGN_OFF",
               "TASK_BURN_IN", "TASK_PUSH", "TASK_TEXT_TO_SPEECH"}
_ASSIGNEE_TYPES = {"GROUP", "USER", "ASR", "MT", "TTS", "BURN_IN", "NONE"}
_SPEAKER_IDS = {"FIRST_NAME", "FULLNAME", "NUMBERED", "GENDER", "GENRE", "SEE_COMMENTS", "NONE"}
_DIALOGUE = {"LINE_BREAKS", "DOUBLE_CHEVRON", "NO_DASHES", "SEE_COMMENTS"}
_MAX_PAGE_SIZE = 1000


def _now_iso() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


_REASONS = {400: "Bad Request", 401: "Unauthorized", 403: "Forbidden", 404: "Not Found",
            405: "Method Not Allowed", 409: "Conflict", 415: "Unsupported Media Type",
            429: "Too Many Requests", 500: "Internal Server Error", 502: "Bad Gateway",
            503: "Service Unavailable", 504: "Gateway Timeout"}


def dotsub_error_body(status: int, path: str, message: str | None = None) -> dict[str, Any]:
    """Dotsub's error JSON; 5xx bodies carry no message (as documented)."""
    body: dict[str, Any] = {"timestamp": _now_iso(), "status": status,
                            "error": _REASONS.get(status, "Error")}
    if status < 500:
        body["message"] = message or _REASONS.get(status, "Error")
    body["path"] = path
    return body


class DotsubError(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def _bad(message: str) -> DotsubError:
    return DotsubError(400, message)


def _missing(message: str) -> DotsubError:
    return DotsubError(404, message)


def _public(record: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in record.items() if not k.startswith("_")}


def _png(rgb: tuple[int, int, int], width: int = 160, height: int = 90) -> bytes:
    """A solid-colour PNG thumbnail (no imaging library needed for one flat colour)."""
    row = b"\x00" + bytes(rgb) * width
    raw = zlib.compress(row * height, 9)

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", raw) + chunk(b"IEND", b"")


class DotsubEmulator:
    """The Dotsub login host and API in one Starlette app (``.app``), with ``.state`` (seeded
    data), ``.faults`` and the token knobs ``token_lifetime``, ``token_limit``, ``tokens_issued``."""

    def __init__(self, storage: Any, *, seed: int = 3, media_count: int = 120,
                 client_id: str = DEMO_CLIENT_ID, client_secret: str = DEMO_CLIENT_SECRET,
                 audience: str = DEMO_AUDIENCE, clock: Callable[[], float] | None = None,
                 demo_dir: Path | None = None) -> None:
        """``demo_dir`` holds the demo MP4 (every encoded media's video) and its SRT (the English
        source subtitles); by default ``resources/demo``, and a directory without them is fine."""
        import time

        self.storage = storage
        self.clock = clock or time.time
        self._video, demo_srt = demo_resources(demo_dir)
        self.state = DotsubState(seed=seed, media_count=media_count, clock=self.clock,
                                 demo_video=self._video, demo_srt=demo_srt)
        self.faults = Faults()
        self.client_id = client_id
        self.client_secret = client_secret
        self.audience = audience
        self.token_lifetime: int = 86400
        #: Stop issuing tokens once this many were issued (the login host's M2M quota).
        self.token_limit: int | None = None
        self.tokens_issued = 0
        #: Every request the API saw: (method, path, had an Authorization header).
        self.requests: deque[tuple[str, str, bool]] = deque(maxlen=10_000)
        self._tokens: dict[str, float] = {}
        self._lock = threading.Lock()
        #: Every notification the Notifications API would POST (delivered to loopback webhooks).
        self.notifications: deque[dict[str, Any]] = deque(maxlen=1_000)
        #: The organization webhook (Organization/Basic Settings); media webhooks take precedence.
        self.organization_webhook: str | None = None
        self._base_url = ""
        if self._video is not None and storage is not None:
            storage.put_file("dotsub-demo/video.mp4", self._video, content_type="video/mp4")
        if storage is not None:
            storage.on_upload(self._on_storage_upload)
        self.app = FaultMiddleware(self._build_app(), self.faults,
                                   error_body=lambda status, path: dotsub_error_body(status, path))

    # ------------------------------------------------------------------ tokens

    def expire_all_tokens(self) -> None:
        """Every issued token is now expired (as after a day); the next API call gets a 401."""
        with self._lock:
            for token in self._tokens:
                self._tokens[token] = 0.0

    def _issue(self) -> str:
        with self._lock:
            self.tokens_issued += 1
            token = "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9." + secrets.token_urlsafe(48)
            self._tokens[token] = self.clock() + self.token_lifetime
            return token

    def _check_token(self, request: Request) -> None:
        header = request.headers.get("authorization", "")
        with self._lock:
            self.requests.append((request.method, request.url.path, bool(header)))
        if not header:
            raise DotsubError(401, "Full authentication is required to access this resource")
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "bearer" or not token:
            raise DotsubError(401, "Authorization header must be a Bearer token")
        with self._lock:
            expires = self._tokens.get(token.strip())
        if expires is None:
            raise DotsubError(401, "Invalid access token")
        if self.clock() >= expires:
            raise DotsubError(401, "Access token expired")

    async def _oauth_token(self, request: Request) -> Response:
        def refuse(status: int, error: str, description: str) -> Response:
            return JSONResponse({"error": error, "error_description": description}, status_code=status)

        try:
            if request.headers.get("content-type", "").startswith("application/x-www-form-urlencoded"):
                from urllib.parse import parse_qsl

                body: Any = dict(parse_qsl((await request.body()).decode()))
            else:
                body = json.loads(await request.body() or b"null")
        except (ValueError, UnicodeDecodeError):
            return refuse(400, "invalid_request", "The request body is not valid JSON")
        if not isinstance(body, dict):
            return refuse(400, "invalid_request", "Missing required parameter: grant_type")
        grant = body.get("grant_type")
        if not grant:
            return refuse(400, "invalid_request", "Missing required parameter: grant_type")
        if grant != "client_credentials":
            return refuse(403, "unauthorized_client", f"Grant type '{grant}' not allowed for the client.")
        if body.get("client_id") != self.client_id or not secrets.compare_digest(
                str(body.get("client_secret", "")), self.client_secret):
            return refuse(401, "access_denied", "Unauthorized")
        audience = body.get("audience")
        if audience != self.audience:
            return refuse(403, "access_denied", f"Service not found: {audience}")
        if self.token_limit is not None and self.tokens_issued >= self.token_limit:
            return refuse(429, "too_many_requests",
                          "Global limit has been reached for machine to machine tokens")
        return JSONResponse({"access_token": self._issue(), "expires_in": self.token_lifetime,
                             "token_type": "Bearer"})

    # ------------------------------------------------------------------ app

    def _build_app(self) -> Starlette:
        api = [
            Route("/media", self._wrap(self._list_media), methods=["GET"]),
            Route("/media", self._wrap(self._create_media), methods=["POST"]),
            Route("/media/{media_id}", self._wrap(self._get_media), methods=["GET"]),
            Route("/media/{media_id}", self._wrap(self._patch_media), methods=["PATCH"]),
            Route("/media/{media_id}", self._wrap(self._delete_media), methods=["DELETE"]),
            Route("/media/{media_id}/languages/{language_id}/subtitles/{fmt}",
                  self._wrap(self._download), methods=["GET"]),
            Route("/media/{media_id}/languages/{language_id}/subtitles",
                  self._wrap(self._upload), methods=["POST"]),
            Route("/tasks", self._wrap(self._list_tasks), methods=["GET"]),
            Route("/tasks/{task_id}", self._wrap(self._patch_task), methods=["PATCH"]),
            Route("/projects", self._wrap(self._list_projects), methods=["GET"]),
            Route("/projects", self._wrap(self._create_project), methods=["POST"]),
            Route("/projects/{project_id}", self._wrap(self._patch_project), methods=["PATCH"]),
            Route("/projects/{project_id}/subtitleSpecification", self._wrap(self._project_default_spec),
                  methods=["GET"]),
            Route("/projects/{project_id}/glossaries", self._wrap(self._list_glossaries), methods=["GET"]),
            Route("/projects/{project_id}/glossaries/{glossary_id}", self._wrap(self._get_glossary),
                  methods=["GET"]),
            Route("/projects/{project_id}/glossaries/{glossary_id}", self._wrap(self._delete_glossary),
                  methods=["DELETE"]),
            Route("/projects/{project_id}/glossaries", self._wrap(self._save_glossary), methods=["POST"]),
            Route("/projects/{project_id}/glossaries/{glossary_id}", self._wrap(self._save_glossary),
                  methods=["PUT"]),
            Route("/projects/{project_id}/subtitleSpecification/media/{media_id}",
                  self._wrap(self._media_default_spec), methods=["GET"]),
            Route("/subtitleSpecification", self._wrap(self._create_spec), methods=["POST"]),
            Route("/subtitleSpecification/{spec_id}", self._wrap(self._patch_spec), methods=["PATCH"]),
            Route("/subtitleSpecification/{spec_id}", self._wrap(self._delete_spec), methods=["DELETE"]),
            Route("/subtitleSpecifications", self._wrap(self._list_specs), methods=["GET"]),
            Route("/subtitleSpecifications", self._wrap(self._create_spec), methods=["POST"]),
            Route("/subtitleSpecifications/{spec_id}", self._wrap(self._get_spec), methods=["GET"]),
            Route("/subtitleSpecifications/{spec_id}", self._wrap(self._patch_spec), methods=["PATCH"]),
            Route("/subtitleSpecifications/{spec_id}", self._wrap(self._delete_spec), methods=["DELETE"]),
            Route("/organizations/{org_id}/workflows", self._wrap(self._list_workflows), methods=["GET"]),
            Route("/organizations/{org_id}/languages", self._wrap(self._org_languages), methods=["GET"]),
            Route("/users", self._wrap(self._list_users), methods=["GET"]),
            Route("/{rest:path}", self._wrap(self._unknown), methods=["GET", "POST", "PUT", "PATCH", "DELETE"]),
        ]
        routes = [
            Route("/oauth/token", self._oauth_token, methods=["POST"]),
            Route("/assets/video.mp4", self._asset_video, methods=["GET", "HEAD"]),
            Route("/assets/thumb/{media_id}.png", self._asset_thumb, methods=["GET"]),
            Mount("/api/v3", routes=api),
            Mount("/api", routes=api),
        ]

        async def not_found(request: Request, exc: HTTPException) -> Response:
            status = exc.status_code
            message = "No endpoint " + request.url.path if status == 404 else exc.detail
            return JSONResponse(dotsub_error_body(status, request.url.path, message), status_code=status)

        return Starlette(routes=routes, exception_handlers={HTTPException: not_found})

    def _wrap(self, handler: Callable[..., Any]) -> Callable[[Request], Any]:
        async def endpoint(request: Request) -> Response:
            try:
                self._check_token(request)
                self._base_url = self._base(request)
                result = await handler(request, **request.path_params)
            except DotsubError as exc:
                return JSONResponse(dotsub_error_body(exc.status, request.url.path, exc.message),
                                    status_code=exc.status)
            if isinstance(result, Response):
                return result
            if result is None:
                return Response(status_code=200)
            return JSONResponse(result)

        return endpoint

    async def _unknown(self, request: Request, rest: str) -> Any:
        raise _missing(f"No endpoint {request.method} {request.url.path}")

    # ------------------------------------------------------------------ helpers

    async def _json_body(self, request: Request) -> dict[str, Any]:
        content_type = request.headers.get("content-type", "")
        if content_type.split(";")[0].strip().lower() != "application/json":
            raise DotsubError(415, f"Content type '{content_type or 'none'}' not supported; "
                                   "send application/json;charset=UTF-8")
        raw = await request.body()
        try:
            body = json.loads(raw or b"null")
        except (ValueError, UnicodeDecodeError) as exc:
            raise _bad(f"Malformed JSON request body: {exc}") from None
        if not isinstance(body, dict):
            raise _bad("The request body must be a JSON object")
        return body

    @staticmethod
    def _only(body: dict[str, Any], allowed: set[str], where: str = "") -> None:
        """400 naming every field the document does not list for this request."""
        unknown = sorted(set(body) - allowed)
        if unknown:
            plural = "s" if len(unknown) > 1 else ""
            raise _bad(f"Unknown or read-only field{plural} {', '.join(where + u for u in unknown)}: "
                       f"the fields accepted here are {', '.join(sorted(where + a for a in allowed))}")

    def _base(self, request: Request) -> str:
        return str(request.base_url).rstrip("/")

    def _page(self, request: Request, items: list[dict[str, Any]], *, sort_keys: dict[str, Callable],
              default: str | None, descending_default: bool = False) -> dict[str, Any]:
        q = request.query_params
        index = self._int(q, "pageIndex", 0)
        size = self._int(q, "pageSize", 20)
        if index < 0:
            raise _bad(f"pageIndex must not be negative, was {index}")
        if not 1 <= size <= _MAX_PAGE_SIZE:
            raise _bad(f"pageSize must be between 1 and {_MAX_PAGE_SIZE}, was {size}")
        sort = q.get("sort") or default
        sorted_ = sort is not None
        if sort:
            name = sort.lstrip("+- ")
            if sort.startswith("-"):
                descending = True
            elif sort[0] in "+ ":
                descending = False
            else:
                descending = descending_default
            if name not in sort_keys:
                raise _bad(f"Invalid sort property '{name}'; use one of {', '.join(sort_keys)}")
            items = sorted(items, key=sort_keys[name], reverse=descending)
        total = len(items)
        pages = (total + size - 1) // size
        if index > 0 and index >= pages:
            raise _bad(f"pageIndex {index} is out of range: there {'is' if pages == 1 else 'are'} "
                       f"{pages} page{'' if pages == 1 else 's'} of {size}")
        content = [_public(x) for x in items[index * size:(index + 1) * size]]
        sort_info = {"empty": not sorted_, "unsorted": not sorted_, "sorted": sorted_}
        return {"content": content,
                "pageable": {"sort": sort_info, "pageNumber": index, "offset": index * size,
                             "pageSize": size, "unpaged": False, "paged": True},
                "last": index >= pages - 1, "totalElements": total, "totalPages": pages,
                "sort": sort_info, "first": index == 0, "size": size, "number": index,
                "numberOfElements": len(content), "empty": not content}

    @staticmethod
    def _int(q: Any, name: str, default: int) -> int:
        raw = q.get(name)
        if raw is None or raw == "":
            return default
        try:
            return int(raw)
        except ValueError:
            raise _bad(f"{name} must be an integer, was '{raw}'") from None

    @staticmethod
    def _bool(q: Any, name: str) -> bool | None:
        raw = q.get(name)
        if raw is None or raw == "":
            return None
        if raw.lower() not in ("true", "false"):
            raise _bad(f"{name} must be true or false, was '{raw}'")
        return raw.lower() == "true"

    @staticmethod
    def _date(q: Any, name: str) -> datetime | None:
        raw = q.get(name)
        if not raw:
            return None
        try:
            value = datetime.fromisoformat(raw.replace("Z", "+00:00"))
        except ValueError:
            raise _bad(f"{name} must be an ISO 8601 date-time like 2018-09-01T12:01:00, was '{raw}'") from None
        return value if value.tzinfo else value.replace(tzinfo=timezone.utc)

    def _media(self, media_id: str) -> dict[str, Any]:
        media = self.state.media.get(media_id)
        if media is None:
            raise _missing(f"Media with ID {media_id} wasn't found")
        return media

    def _project(self, project_id: Any) -> dict[str, Any]:
        project = self.state.projects.get(str(project_id))
        if project is None:
            raise _missing(f"Project with ID {project_id} wasn't found")
        return project

    def _language(self, ref: Any, field: str) -> dict[str, Any]:
        if isinstance(ref, dict):
            self._only(ref, {"id"}, f"{field}.")
        lang_id = ref.get("id") if isinstance(ref, dict) else ref
        if lang_id not in LANGUAGES:
            raise _bad(f"{field}: language '{lang_id}' is not enabled for organization {ORGANIZATION_ID}")
        return LANGUAGES[lang_id]

    def _tag_names(self, refs: Any) -> list[Any]:
        if refs is not None and not isinstance(refs, list):
            raise _bad("tags must be an array of objects with a tag name")
        for ref in refs or []:
            if isinstance(ref, dict):
                self._only(ref, {"name"}, "tags.")
        return [t.get("name") if isinstance(t, dict) else t for t in refs or []]

    def _languages(self, refs: Any, field: str) -> list[dict[str, Any]]:
        if not isinstance(refs, list):
            raise _bad(f"{field} must be an array of objects with a language id")
        found = {self._language(r, field)["id"] for r in refs}
        return [LANGUAGES[x] for x in sorted(found)]

    @staticmethod
    def _check_text(value: Any, field: str, *, required: bool) -> str | None:
        if value is None or value == "":
            if required:
                raise _bad(f"{field} is required")
            return None
        if not isinstance(value, str) or not _TITLE_OK.fullmatch(value):
            raise _bad(f"{field} may only contain letters, digits, spaces and ()_-,. characters")
        return value

    def _render_media(self, media: dict[str, Any], request: Request) -> dict[str, Any]:
        out = json.loads(json.dumps(_public(media)))
        base = self._base(request)
        encoded = out["encodedMedia"]
        for key in ("mp4Url", "thumbnailUrl", "gifUrl"):
            value = encoded.get(key)
            if isinstance(value, str) and value.startswith("asset:"):
                encoded[key] = self._asset_url(base, value[len("asset:"):], media["mediaId"])
        return out

    def _asset_url(self, base: str, name: str, media_id: str) -> str | None:
        if name == "video":
            if self.storage is not None and self._video is not None:
                return self.storage.sign_get("dotsub-demo/video.mp4", expires_in=7 * 24 * 3600)
            return f"{base}/assets/video.mp4" if self._video is not None else None
        if name == "upload":
            key = self.state.video_keys.get(media_id)
            return self.storage.sign_get(key, expires_in=7 * 24 * 3600) if key and self.storage else None
        return f"{base}/assets/{name}"

    async def _asset_video(self, request: Request) -> Response:
        if self._video is None:
            return JSONResponse(dotsub_error_body(404, request.url.path, "No demo video"), status_code=404)
        from starlette.responses import FileResponse

        return FileResponse(self._video, media_type="video/mp4")

    async def _asset_thumb(self, request: Request) -> Response:
        media_id = request.path_params["media_id"]
        if media_id not in self.state.media:
            return JSONResponse(dotsub_error_body(404, request.url.path, "No such thumbnail"), status_code=404)
        n = sum(ord(c) for c in media_id) * 2654435761
        rgb = (40 + n % 160, 40 + (n >> 8) % 160, 40 + (n >> 16) % 160)
        return Response(_png(rgb), media_type="image/png")

    # ------------------------------------------------------------------ notifications

    def _notify(self, action: str, task: dict[str, Any] | None = None, *, media: dict[str, Any] | None = None,
                error: str | None = None) -> None:
        media = media or (self.state.media.get(task["mediaId"]) if task else None)
        media_id = task["mediaId"] if task else (media or {}).get("mediaId")
        language = task["languageId"] if task else None
        note = {"dateTime": _now_iso(), "action": action, "taskId": task["id"] if task else None,
                "projectId": (task or media or {}).get("projectId"), "mediaId": media_id,
                "languageId": language, "mediaExternalId": (media or {}).get("externalId"),
                "mediaTags": [t["name"] for t in (media or {}).get("tags") or []],
                "errorDetail": error,
                "downloadUrl": f"{self._base_url}/api/media/{media_id}/languages/{language}/subtitles/vtt"
                if action.endswith("_FINISHED") and language else None}
        self.notifications.append(note)
        webhook = (media or {}).get("webhook") or self.organization_webhook
        if webhook and re.match(r"^https?://(127\.0\.0\.1|localhost)[:/]", webhook):
            threading.Thread(target=_deliver, args=(webhook, note), daemon=True).start()

    def _notify_task(self, event: str, task: dict[str, Any]) -> None:
        kind = _NOTIFY_KIND.get(task["type"])
        if task["type"] == "TASK_BURN_IN":
            if event == "FINISHED":
                self._notify("BURN_IN_FINISHED", task)
            return
        if kind:
            self._notify(f"{kind}_{event}", task)

    # ------------------------------------------------------------------ media

    async def _list_media(self, request: Request) -> Any:
        q = request.query_params
        with self.state.lock:
            items = list(self.state.media.values())
        if v := q.get("projectName"):
            items = [m for m in items if m["projectName"].lower() == v.lower()]
        if v := q.get("workflowName"):
            items = [m for m in items if (m["workflowName"] or "").lower() == v.lower()]
        if v := q.get("tag"):
            items = [m for m in items if any(t["name"].lower() == v.lower() for t in m["tags"])]
        if v := q.get("title"):
            items = [m for m in items if v.lower() in m["title"].lower()]
        if v := q.get("externalId"):
            items = [m for m in items if m["externalId"] == v]
        if v := q.get("organizationName"):
            items = [m for m in items if m["organizationName"].lower() == v.lower()]
        if v := q.get("language"):
            items = [m for m in items if v.lower() in m["language"]["name"].lower()
                     or v.lower() == m["language"]["id"].lower()]
        visible = self._bool(q, "visible")
        if visible is not None:
            items = [m for m in items if m["metadata"]["visible"] is visible]
        page = self._page(request, items, default="mediaId", sort_keys={
            "mediaId": lambda m: _id_key(m["mediaId"]), "title": lambda m: m["title"].lower(),
            "projectName": lambda m: m["projectName"].lower(),
            "organizationName": lambda m: m["organizationName"].lower(),
            "createdDate": lambda m: m["createdDate"]})
        page["content"] = [self._render_media(m, request) for m in page["content"]]
        return page

    async def _get_media(self, request: Request, media_id: str) -> Any:
        with self.state.lock:
            return self._render_media(self._media(media_id), request)

    async def _create_media(self, request: Request) -> Any:
        body = await self._json_body(request)
        self._only(body, _MEDIA_CREATE_TOP)
        dto = body.get("mediaDto")
        if not isinstance(dto, dict):
            raise _bad("mediaDto is required")
        self._only(dto, _MEDIA_DTO, "mediaDto.")
        title = self._check_text(dto.get("title"), "title", required=True)
        description = self._check_text(dto.get("description"), "description", required=False)
        if not dto.get("projectId"):
            raise _bad("projectId is required")
        file_name = dto.get("fileName")
        if not file_name or not isinstance(file_name, str):
            raise _bad("fileName is required")
        s3_upload = body.get("s3Upload", dto.get("s3Upload")) is True
        import_url = body.get("importUrl", dto.get("importUrl"))
        content_type = body.get("contentType", dto.get("contentType"))
        if not s3_upload and not import_url:
            raise _bad("Either s3Upload must be true or importUrl must be a valid URL")
        if import_url and not s3_upload and not re.match(r"^https?://[^\s/]+", str(import_url)):
            raise _bad(f"importUrl '{import_url}' is not a valid URL")
        if s3_upload and not content_type:
            raise _bad("contentType is required when s3Upload is true")
        with self.state.lock:
            project = self._project(dto["projectId"])
            language = (self._language(dto["language"], "language") if dto.get("language")
                        else project["fallbackMediaLanguage"])
            translation = (self._languages(dto["translationLanguages"], "translationLanguages")
                           if "translationLanguages" in dto else project["translationLanguages"])
            review = (self._languages(dto["reviewLanguages"], "reviewLanguages")
                      if "reviewLanguages" in dto else project["reviewLanguages"])
            workflow_id = dto.get("workflowId") or project["defaultWorkflowId"]
            if workflow_id and str(workflow_id) not in self.state.workflows:
                raise _missing(f"Workflow with ID {workflow_id} wasn't found")
            tags = [str(n) for n in self._tag_names(dto.get("tags"))]
            mid = self.state.next_id()
            media = self.state.new_media_record(
                mid, title=title or "", project_id=project["projectId"], file_name=file_name,
                description=description, language_id=language["id"],
                translation=[x["id"] for x in translation], review=[x["id"] for x in review], tags=tags,
                created=iso(self.clock()), workflow_id=str(workflow_id) if workflow_id else None)
            media.update({"notes": dto.get("notes"), "externalId": dto.get("externalId"),
                          "webhook": dto.get("webhook"), "clientCustomerName": dto.get("clientCustomerName")})
            detail = media["uploadDetail"]
            detail["id"] = self.state.next_id()
            if s3_upload:
                key = f"dotsub-media/{mid}/{re.sub(r'[^A-Za-z0-9._-]', '_', file_name)}"
                media["_uploadKey"] = key
                media["_contentType"] = content_type
                detail["uploadUpdateToken"] = secrets.token_urlsafe(32)
                media["metadata"]["signedUrl"] = self.storage.sign_put(key, content_type=content_type)
            else:
                detail.update({"origin": "URL", "status": "UPLOADED", "percentage": 100,
                               "finish": iso(self.clock())})
                media["importUrl"] = import_url
                self._encoded(media, mp4=str(import_url))
            self.state.media[mid] = media
            out = self._render_media(media, request)
        media["metadata"]["signedUrl"] = None  # handed out once, like the real service
        return out

    def _encoded(self, media: dict[str, Any], *, mp4: str) -> None:
        media["encodedMedia"].update({"mp4Url": mp4, "thumbnailUrl": f"asset:thumb/{media['mediaId']}.png"})
        self._start_workflow(media)

    def _start_workflow(self, media: dict[str, Any]) -> None:
        """A media with a workflow gets its source-language caption track and task once encoded."""
        if not media.get("workflowId") or media["hasTasks"]:
            return
        mid, source = media["mediaId"], media["language"]["id"]
        track = self.state.add_track(mid, source, "CAPTION", [], created=iso(self.clock()))
        now = datetime.fromtimestamp(self.clock(), timezone.utc)
        task = self.state._task(self.state.next_id(), media, "TASK_CAPTION", source, now, 2,
                                completed=False, track=track, assignee=None)
        task["createdDate"] = iso(now)
        task["dueDate"] = iso(now + timedelta(days=3))
        self._notify_task("REQUEST", task)

    def _on_storage_upload(self, key: str, stored: Any) -> None:
        with self.state.lock:
            for media in self.state.media.values():
                if media.get("_uploadKey") == key and media["uploadDetail"]["status"] in _PENDING_UPLOAD:
                    media["_stored"] = stored.sha256

    async def _patch_media(self, request: Request, media_id: str) -> Any:
        patch = await self._json_body(request)
        self._only(patch, _MEDIA_PATCH)
        with self.state.lock:
            media = self._media(media_id)
            changes: dict[str, Any] = {}
            if "title" in patch:
                changes["title"] = self._check_text(patch["title"], "title", required=True)
            if "description" in patch:
                changes["description"] = self._check_text(patch["description"], "description", required=False)
            for key in ("notes", "webhook", "externalId"):
                if key in patch:
                    changes[key] = patch[key]
            if "projectId" in patch and str(patch["projectId"]) != media["projectId"]:
                project = self._project(patch["projectId"])
                if media["workflowId"] or media["hasTasks"]:
                    raise _bad("Changing the projectId is only allowed if the media has no workflow and no tasks")
                changes.update({"projectId": project["projectId"], "projectName": project["name"]})
            if "workflowId" in patch:
                wf = self.state.workflows.get(str(patch["workflowId"]))
                if patch["workflowId"] is not None and wf is None:
                    raise _missing(f"Workflow with ID {patch['workflowId']} wasn't found")
                changes.update({"workflowId": wf["id"] if wf else None,
                                "workflowName": wf["workflowName"] if wf else None})
            if "tags" in patch:
                from .dotsub_data import TAGS

                names = self._tag_names(patch["tags"])
                changes["tags"] = [TAGS.get(n) or {"tagId": n, "name": n} for n in names]
            if "translationLanguages" in patch:
                changes["translationLanguages"] = self._languages(patch["translationLanguages"] or [],
                                                                  "translationLanguages")
            if "reviewLanguages" in patch:
                changes["reviewLanguages"] = self._languages(patch["reviewLanguages"] or [], "reviewLanguages")
            if "reprocessWith" in patch:
                if patch["reprocessWith"] not in ("PRIMARY", "SECONDARY"):
                    raise _bad("reprocessWith must be PRIMARY or SECONDARY")
                media["encodedMedia"]["reprocessWith"] = patch["reprocessWith"]
            if patch.get("s3Upload") is True:
                content_type = patch.get("contentType") or media.get("_contentType") or "video/mp4"
                file_name = patch.get("fileName") or media["fileName"]
                key = f"dotsub-media/{media_id}/{self.state.next_id()}-{re.sub(r'[^A-Za-z0-9._-]', '_', file_name)}"
                media.update({"_uploadKey": key, "_contentType": content_type, "fileName": file_name})
                media["uploadDetail"].update({"status": "IN_QUEUE", "percentage": 0, "origin": "DISK",
                                              "uploadUpdateToken": secrets.token_urlsafe(32),
                                              "errorMessage": None})
                media["metadata"]["signedUrl"] = self.storage.sign_put(key, content_type=content_type)
            elif "importUrl" in patch:
                media["importUrl"] = patch["importUrl"]
            if "uploadDetail" in patch:
                self._patch_upload(media, patch["uploadDetail"])
            media.update(changes)
            out = self._render_media(media, request)
            media["metadata"]["signedUrl"] = None
            return out

    def _patch_upload(self, media: dict[str, Any], upd: Any) -> None:
        if not isinstance(upd, dict):
            raise _bad("uploadDetail must be an object")
        self._only(upd, _UPLOAD_DETAIL_PATCH, "uploadDetail.")
        detail = media["uploadDetail"]
        if detail["origin"] != "DISK" or detail["status"] not in _PENDING_UPLOAD or not detail["uploadUpdateToken"]:
            raise _bad("Only pending DISK uploads can be updated")
        token = upd.get("uploadUpdateToken")
        if not token or not secrets.compare_digest(str(token), str(detail["uploadUpdateToken"])):
            raise _bad(f"uploadUpdateToken is missing or not valid for media {media['mediaId']}")
        status = upd.get("status", detail["status"])
        if status not in _UPLOAD_STATUSES:
            raise _bad(f"Upload status must be one of {', '.join(sorted(_UPLOAD_STATUSES))}, was '{status}'")
        percentage = upd.get("percentage", detail["percentage"])
        if not isinstance(percentage, int) or isinstance(percentage, bool) or not 0 <= percentage <= 100:
            raise _bad(f"Upload percentage must be an integer from 0 to 100, was {percentage!r}")
        if status == "UPLOADED":
            key = media.get("_uploadKey")
            stored = self.storage.get(key) if key and self.storage is not None else None
            if stored is None:
                raise _bad(f"No file was uploaded to the signed URL for media {media['mediaId']}")
            detail.update({"status": "UPLOADED", "percentage": 100, "finish": iso(self.clock()),
                           "uploadUpdateToken": None, "errorMessage": None,
                           "rawFileStorageUrl": upd.get("rawFileStorageUrl") or f"s3://dotsub-media/{key}"})
            self.state.video_keys[media["mediaId"]] = key
            media["encodedMedia"]["id"] = media["encodedMedia"]["id"] or media["mediaId"]
            self._encoded(media, mp4="asset:upload")
            return
        detail.update({"status": status, "percentage": percentage})
        if "rawFileStorageUrl" in upd:
            detail["rawFileStorageUrl"] = upd["rawFileStorageUrl"]

    async def _delete_media(self, request: Request, media_id: str) -> Any:
        with self.state.lock:
            media = self._media(media_id)
            del self.state.media[media_id]
            self.state.deleted_media.add(media_id)
            for key in [k for k in self.state.tracks if k[0] == media_id]:
                del self.state.tracks[key]
            deleted = _now_iso()
            for task in self.state.tasks.values():
                if task["mediaId"] == media_id:
                    task["mediaDeletedDate"] = deleted
            for tid in [t for t, task in self.state.tasks.items() if task["mediaId"] == media_id]:
                if not self.state.tasks[tid]["completed"]:
                    self._notify("TASK_DELETED_ADMINS", self.state.tasks[tid], media=media)
                del self.state.tasks[tid]
        return Response(status_code=200)

    # ------------------------------------------------------------------ subtitles

    def _track(self, media_id: str, language_id: str) -> Track:
        self._media(media_id)
        track = self.state.tracks.get((media_id, language_id))
        if track is None:
            raise _missing(f"Language with ID {language_id} wasn't found for media {media_id}")
        return track

    async def _download(self, request: Request, media_id: str, language_id: str, fmt: str) -> Any:
        fmt_upper = fmt.upper()
        if fmt_upper not in ("VTT", "SRT", "TTML", "SSA"):
            raise _bad(f"Invalid subtitle format '{fmt}'. Valid values are: [VTT, SRT, TTML, SSA]")
        with self.state.lock:
            media = self._media(media_id)
            track = self._track(media_id, language_id)
            if not track.cues:
                raise _missing(f"Subtitles for language {language_id} of media {media_id} weren't found")
            cues = list(track.cues)
        body, media_type, ext = _render(cues, fmt_upper, media["title"], language_id)
        name = re.sub(r"[^A-Za-z0-9]+", "_", media["title"]).strip("_")
        filename = f"{name}_{language_id.replace('-', '_')}.{ext}"
        return Response(body, media_type=media_type,
                        headers={"Content-Disposition": f"attachment;filename={filename}"})

    async def _upload(self, request: Request, media_id: str, language_id: str) -> Any:
        content_type = request.headers.get("content-type", "")
        if not content_type.lower().startswith("multipart/form-data"):
            raise _bad("Content-Type must be multipart/form-data")
        complete = request.headers.get("completetask", "false").strip().lower()
        if complete not in ("true", "false"):
            raise _bad(f"completeTask header must be true or false, was '{complete}'")
        raw = await request.body()
        parts = _multipart(content_type, raw)
        upload = parts.get("subtitleFile")
        if upload is None:
            raise _bad("Required request part 'subtitleFile' is not present")
        filename, data = upload
        if not data.strip():
            raise _bad(f"Subtitle file {filename or 'subtitleFile'} is empty")
        cues = _parse_subtitles(data, filename or "subtitleFile")
        with self.state.lock:
            media = self._media(media_id)
            track = self._track(media_id, language_id)
            track.cues = cues
            track.version += 1
            track.created_at = _now_iso()
            track.comment = f"Imported from {filename}" if filename else "Imported"
            completed_task = None
            open_tasks = [t for t in self.state.tasks.values()
                          if t["mediaId"] == media_id and t["languageId"] == language_id
                          and not t["completed"] and t["trackId"] == track.track_id]
            for task in open_tasks:
                task["trackCurrentVersionId"] = str(track.version)
                task["lastUpdatedTrackTime"] = track.created_at
            if complete == "true" and open_tasks:
                task = sorted(open_tasks, key=lambda t: _id_key(t["id"]))[0]
                self._complete(task)
                completed_task = task["id"]
            self.state.refresh_subtitled(media_id)
            user = self.state.users[API_USER_ID]
            return {
                "trackId": track.track_id, "name": f"{'Source' if track.type == 'CAPTION' else 'Translation'} "
                                                   f"{media['title']}",
                "language": LANGUAGES[language_id], "type": track.type,
                "sourceTrack": None, "currentVersion": {
                    "trackVersionId": f"{track.track_id}-v{track.version}", "title": None, "description": None,
                    "comment": track.comment, "completion": 100 if completed_task else min(99, len(cues) * 3),
                    "createdBy": {k: user[k] for k in ("userId", "firstname", "lastname", "email", "timezone",
                                                       "displayName", "systemAdmin", "lastActive")}
                    | {"selectedAssigneeUser": None, "assigneeUsers": None},
                    "createdAt": track.created_at, "finalized": True, "lockingVersion": track.version - 1,
                    "overlapEnabled": False},
                "versions": None, "reviews": [], "trackSource": track.type == "CAPTION",
                "mediaTitle": media["title"], "organizationId": ORGANIZATION_ID, "taskId": completed_task,
            }

    def _complete(self, task: dict[str, Any]) -> None:
        """Complete a task; completing a caption opens its media's translation languages."""
        task.update({"completed": True, "completionDate": _now_iso(), "accepted": True,
                     "trackCompletionPercentage": "100", "errored": False, "errorMessage": None})
        self._notify_task("FINISHED", task)
        if task["type"] != "TASK_CAPTION":
            return
        media = self.state.media.get(task["mediaId"])
        if media is None:
            return
        source = self.state.tracks.get((media["mediaId"], task["languageId"]))
        for lang in media["translationLanguages"]:
            key = (media["mediaId"], lang["id"])
            if key in self.state.tracks:
                continue
            track = self.state.add_track(media["mediaId"], lang["id"], "TRANSLATION", [],
                                         created=_now_iso(), source=source.track_id if source else None)
            now = datetime.fromtimestamp(self.clock(), timezone.utc)
            new = self.state._task(self.state.next_id(), media, "TASK_TRANSLATE", lang["id"], now, 4,
                                   completed=False, track=track, assignee=None, source_track=source)
            new.update({"createdDate": iso(now), "dueDate": iso(now + timedelta(days=3)), "accepted": False})
            self._notify_task("REQUEST", new)

    # ------------------------------------------------------------------ tasks

    async def _list_tasks(self, request: Request) -> Any:
        q = request.query_params
        with self.state.lock:
            items = list(self.state.tasks.values())
        if v := q.get("type"):
            if v not in _TASK_TYPES:
                raise _bad(f"Invalid task type '{v}'; valid values are {', '.join(sorted(_TASK_TYPES))}")
            items = [t for t in items if t["type"] == v]
        if v := q.get("assigneeType"):
            if v not in _ASSIGNEE_TYPES:
                raise _bad(f"Invalid assigneeType '{v}'; valid values are {', '.join(sorted(_ASSIGNEE_TYPES))}")
            items = [t for t in items if t["assigneeType"] == v]
        exact = {"organizationId": "organizationId", "clientOrganizationId": "clientOrganizationId",
                 "languageId": "languageId", "mediaId": "mediaId", "mediaExternalId": "mediaExternalId"}
        for param, key in exact.items():
            if v := q.get(param):
                items = [t for t in items if t[key] == v]
        if v := q.get("projectName"):
            items = [t for t in items if t["projectName"].lower() == v.lower()]
        for param, key in (("mediaTitle", "mediaTitle"), ("assigneeName", "assigneeName")):
            if v := q.get(param):
                items = [t for t in items if v.lower() in (t[key] or "").lower()]
        for param, key, after in (("createdDate", "createdDate", True), ("dueDateStart", "dueDate", True),
                                  ("dueDateEnd", "dueDate", False),
                                  ("completionDateStart", "completionDate", True),
                                  ("completionDateEnd", "completionDate", False)):
            bound = self._date(q, param)
            if bound is not None:
                items = [t for t in items if t[key] and (_parse(t[key]) >= bound if after
                                                          else _parse(t[key]) <= bound)]
        for param in ("completed", "accepted"):
            flag = self._bool(q, param)
            if flag is not None:
                items = [t for t in items if bool(t[param]) is flag]
        return self._page(request, items, default="createdDate", descending_default=True, sort_keys={
            "mediaId": lambda t: _id_key(t["mediaId"]), "title": lambda t: t["mediaTitle"].lower(),
            "projectName": lambda t: t["projectName"].lower(), "type": lambda t: t["type"],
            "dueDate": lambda t: t["dueDate"] or "", "createdDate": lambda t: (t["createdDate"], _id_key(t["id"]))})

    async def _patch_task(self, request: Request, task_id: str) -> Any:
        patch = await self._json_body(request)
        self._only(patch, _TASK_PATCH)
        for key in ("completed", "accepted", "errored"):
            if key in patch and not isinstance(patch[key], bool):
                raise _bad(f"{key} must be true or false")
        with self.state.lock:
            task = self.state.tasks.get(task_id)
            if task is None:
                raise _missing(f"Task with ID {task_id} wasn't found")
            if "dueDate" in patch:
                try:
                    due = datetime.fromisoformat(str(patch["dueDate"]).replace("Z", "+00:00"))
                except ValueError:
                    raise _bad(f"dueDate must be ISO 8601, was '{patch['dueDate']}'") from None
                task["dueDate"] = iso(due if due.tzinfo else due.replace(tzinfo=timezone.utc))
                self._notify("TASK_DUE_DATE_CHANGED_ADMINS", task)
                self._notify("TASK_DUE_DATE_CHANGED_ASSIGNEES", task)
            if "description" in patch:
                task["description"] = patch["description"]
            if "assigneeId" in patch:
                user = self.state.users.get(str(patch["assigneeId"]))
                if user is None:
                    raise _missing(f"User with ID {patch['assigneeId']} wasn't found")
                task.update({"assigneeId": user["userId"], "assigneeType": "USER",
                             "assigneeName": self.state.user_name(user["userId"]), "assigneeEmail": user["email"]})
            if "accepted" in patch:
                if task["completed"] and patch.get("completed") is not False:
                    raise _bad(f"Task {task_id} is already completed")
                if patch["accepted"] and not task["accepted"]:
                    user = self.state.users[API_USER_ID]
                    task.update({"originAssigneeId": task["assigneeId"], "originAssigneeType": task["assigneeType"],
                                 "accepted": True, "assigneeId": API_USER_ID, "assigneeType": "USER",
                                 "assigneeName": self.state.user_name(API_USER_ID), "assigneeEmail": user["email"]})
                    self._notify_task("ACCEPTED", task)
                elif not patch["accepted"] and task["accepted"]:
                    origin = task["originAssigneeId"]
                    user = self.state.users.get(origin or "")
                    task.update({"accepted": False, "assigneeId": origin,
                                 "assigneeType": task["originAssigneeType"] or "GROUP",
                                 "assigneeName": self.state.user_name(origin) if user else
                                 f"{task['languageName']} linguists",
                                 "assigneeEmail": user["email"] if user else None,
                                 "originAssigneeId": None, "originAssigneeType": None})
                    self._notify_task("ASSIGNED", task)
            if "errored" in patch:
                task["errored"] = patch["errored"]
                if not patch["errored"]:
                    task["errorMessage"] = None
            if "errorMessage" in patch:
                task["errorMessage"] = patch["errorMessage"]
            if patch.get("errored") is True:
                self._notify("BURN_IN_FAILED" if task["type"] == "TASK_BURN_IN" else "TASK_PROCESSING_FAILED",
                             task, error=task["errorMessage"])
            if patch.get("completed") is True and not task["completed"]:
                self._complete(task)
            elif patch.get("completed") is False and task["completed"]:
                task.update({"completed": False, "completionDate": None})
                self._notify_task("REOPENED", task)
            self.state.refresh_subtitled(task["mediaId"])
            return _public(task)

    # ------------------------------------------------------------------ projects

    async def _list_projects(self, request: Request) -> Any:
        q = request.query_params
        with self.state.lock:
            items = list(self.state.projects.values())
        if v := q.get("name"):
            items = [p for p in items if v.lower() in p["name"].lower()]
        if v := q.get("workflowId"):
            items = [p for p in items if p["defaultWorkflowId"] == v]
        if v := q.get("workflowName"):
            items = [p for p in items if (p["defaultWorkflowName"] or "").lower() == v.lower()]
        if v := q.get("tag"):
            items = [p for p in items if any(t["name"].lower() == v.lower() for t in p["tags"])]
        return self._page(request, items, default="name", sort_keys={
            "name": lambda p: p["name"].lower(),
            "clientName": lambda p: ((p["client"] or {}).get("name") or "").lower()})

    def _apply_project(self, project: dict[str, Any], body: dict[str, Any]) -> None:
        from .dotsub_data import TAGS

        if "name" in body:
            if not isinstance(body["name"], str) or not body["name"].strip():
                raise _bad("name is required")
            project["name"] = body["name"]
        if "fallbackMediaLanguage" in body:
            project["fallbackMediaLanguage"] = self._language(body["fallbackMediaLanguage"],
                                                              "fallbackMediaLanguage")
        if "defaultWorkflowId" in body:
            wf = self.state.workflows.get(str(body["defaultWorkflowId"]))
            if body["defaultWorkflowId"] is not None and wf is None:
                raise _missing(f"Workflow with ID {body['defaultWorkflowId']} wasn't found")
            project["defaultWorkflowId"] = wf["id"] if wf else None
            project["defaultWorkflowName"] = wf["workflowName"] if wf else None
        if "priceSheetId" in body:
            project["priceSheetId"] = body["priceSheetId"]
        if "tags" in body:
            names = self._tag_names(body["tags"])
            project["tags"] = [TAGS.get(n) or {"tagId": n, "name": n} for n in names]
        for key in ("translationLanguages", "reviewLanguages"):
            if key in body:
                project[key] = self._languages(body[key] or [], key)

    async def _create_project(self, request: Request) -> Any:
        body = await self._json_body(request)
        self._only(body, _PROJECT_CREATE)
        for key in ("name", "organizationId", "fallbackMediaLanguage"):
            if not body.get(key):
                raise _bad(f"{key} is required")
        if body["organizationId"] != ORGANIZATION_ID:
            raise _missing(f"Organization with ID {body['organizationId']} wasn't found")
        with self.state.lock:
            pid = self.state.next_id()
            project = {"projectId": pid, "name": "", "client": None, "tags": [], "organizationId": ORGANIZATION_ID,
                       "organizationName": self.state.organization["name"], "defaultWorkflowId": None,
                       "defaultWorkflowName": None, "copyDefaultWorkflow": False, "priceSheetId": None,
                       "translationLanguages": [], "reviewLanguages": [], "fallbackMediaLanguage": None,
                       "mediaChunkSeconds": None}
            self._apply_project(project, body)
            self.state.projects[pid] = project
            return project

    async def _patch_project(self, request: Request, project_id: str) -> Any:
        body = await self._json_body(request)
        self._only(body, _PROJECT_PATCH)
        with self.state.lock:
            project = self._project(project_id)
            self._apply_project(project, body)
            return project

    # ------------------------------------------------------------------ subtitle specifications

    def _spec(self, spec_id: str) -> dict[str, Any]:
        spec = self.state.specs.get(spec_id)
        if spec is None:
            raise _missing(f"Subtitle Specification with ID {spec_id} wasn't found")
        return spec

    async def _list_specs(self, request: Request) -> Any:
        q = request.query_params
        with self.state.lock:
            items = list(self.state.specs.values())
            if v := q.get("taskId"):
                task = self.state.tasks.get(v)
                if task is None:
                    raise _missing(f"Task with ID {v} wasn't found")
                chosen = self._spec_for(task["projectId"], task["languageId"])
                media = self.state.media.get(task["mediaId"]) or {}
                items = [dict(chosen, mediaNotes=media.get("notes"))] if chosen else []
        if v := q.get("projectId"):
            items = [s for s in items if s["projectId"] == v]
        if v := q.get("languageId"):
            items = [s for s in items if s["languageId"] == v]
        if v := q.get("languageName"):
            items = [s for s in items if v.lower() in (s["languageName"] or "").lower()]
        return self._page(request, items, default="subtitleSpecificationId", sort_keys={
            "subtitleSpecificationId": lambda s: _id_key(s["subtitleSpecificationId"]),
            "languageName": lambda s: (s["languageName"] or "").lower()})

    def _spec_for(self, project_id: str, language_id: str) -> dict[str, Any] | None:
        specs = [s for s in self.state.specs.values() if s["projectId"] == project_id]
        for spec in specs:
            if spec["languageId"] == language_id and spec["enabled"]:
                return spec
        return next((s for s in specs if s["projectDefault"]), None)

    async def _get_spec(self, request: Request, spec_id: str) -> Any:
        with self.state.lock:
            return self._spec(spec_id)

    async def _project_default_spec(self, request: Request, project_id: str) -> Any:
        with self.state.lock:
            self._project(project_id)
            spec = next((s for s in self.state.specs.values()
                         if s["projectId"] == project_id and s["projectDefault"]), None)
            if spec is None:
                raise _missing(f"Default Subtitle Specification for project {project_id} wasn't found")
            return spec

    def _validate_spec(self, spec: dict[str, Any]) -> None:
        ranges = {"maxLinesPerCaption": (1, 4), "maxCharactersPerLine": (30, 80),
                  "minCaptionDurationInMillis": (1000, 4000), "maxCaptionDurationInMillis": (2000, 10000)}
        for key, (low, high) in ranges.items():
            value = spec.get(key)
            if value is not None and (not isinstance(value, int) or not low <= value <= high):
                raise _bad(f"{key} must be between {low} and {high}, was {value!r}")
        low, high = spec.get("minCaptionDurationInMillis"), spec.get("maxCaptionDurationInMillis")
        if low is not None and high is not None and low >= high:
            raise _bad("minCaptionDurationInMillis must be less than maxCaptionDurationInMillis")
        if spec.get("speakerIdentification") not in _SPEAKER_IDS | {None}:
            raise _bad(f"speakerIdentification must be one of {', '.join(sorted(_SPEAKER_IDS))}")
        if spec.get("dialogueStyle") not in _DIALOGUE | {None}:
            raise _bad(f"dialogueStyle must be one of {', '.join(sorted(_DIALOGUE))}")

    _SPEC_FIELDS = {"enabled", "languageId", "projectDefault", "spokenAudio", "audioDescription", "onScreenText",
                    "speakerIdentification", "dialogueStyle", "maxLinesPerCaption", "maxCharactersPerLine",
                    "minCaptionDurationInMillis", "maxCaptionDurationInMillis",
                    "maxCharactersPerSecondPerCaption", "comments"}

    async def _create_spec(self, request: Request) -> Any:
        body = await self._json_body(request)
        self._only(body, self._SPEC_FIELDS | {"projectId"})
        with self.state.lock:
            self._project(body.get("projectId"))
            sid = self.state.next_id()
            lang = body.get("languageId")
            if lang is not None:
                self._language(lang, "languageId")
            spec = {"subtitleSpecificationId": sid, "projectId": str(body["projectId"]),
                    "projectDefault": body.get("projectDefault", lang is None), "languageId": lang,
                    "languageName": LANGUAGES[lang]["name"] if lang else None, "enabled": True,
                    "spokenAudio": True, "audioDescription": False, "onScreenText": True,
                    "speakerIdentification": "NONE", "dialogueStyle": "LINE_BREAKS", "maxLinesPerCaption": 2,
                    "maxCharactersPerLine": 42, "minCaptionDurationInMillis": 1000,
                    "maxCaptionDurationInMillis": 7000, "maxCharactersPerSecondPerCaption": None,
                    "comments": None, "mediaNotes": None}
            spec.update({k: v for k, v in body.items() if k in self._SPEC_FIELDS})
            self._validate_spec(spec)
            self.state.specs[sid] = spec
            return spec

    async def _patch_spec(self, request: Request, spec_id: str) -> Any:
        body = await self._json_body(request)
        self._only(body, self._SPEC_FIELDS)
        with self.state.lock:
            spec = self._spec(spec_id)
            updated = dict(spec, **body)
            if "languageId" in body:
                lang = body["languageId"]
                if lang is not None:
                    self._language(lang, "languageId")
                updated["languageName"] = LANGUAGES[lang]["name"] if lang else None
            self._validate_spec(updated)
            spec.update(updated)
            return spec

    async def _delete_spec(self, request: Request, spec_id: str) -> Any:
        with self.state.lock:
            self._spec(spec_id)
            del self.state.specs[spec_id]
        return Response(status_code=200)

    # ------------------------------------------------------------------ workflows, glossaries, org, users

    def _org(self, org_id: str) -> None:
        if org_id != ORGANIZATION_ID:
            raise _missing(f"Organization with ID {org_id} wasn't found")

    async def _list_workflows(self, request: Request, org_id: str) -> Any:
        self._org(org_id)
        q = request.query_params
        items = list(self.state.workflows.values())
        if v := q.get("name"):
            items = [w for w in items if v.lower() in w["workflowName"].lower()]
        if v := q.get("projectId"):
            project = self._project(v)
            used = {m["workflowId"] for m in self.state.media.values() if m["projectId"] == v}
            used.add(project["defaultWorkflowId"])
            items = [w for w in items if w["id"] in used]
        return self._page(request, items, default="id", sort_keys={"id": lambda w: _id_key(w["id"])})

    async def _org_languages(self, request: Request, org_id: str) -> Any:
        self._org(org_id)
        return list(LANGUAGES.values())

    async def _list_glossaries(self, request: Request, project_id: str) -> Any:
        self._project(project_id)
        q = request.query_params
        items = [g for g in self.state.glossaries.values() if g["_projectId"] == project_id]
        if v := q.get("name"):
            items = [g for g in items if v.lower() in g["name"].lower()]
        return self._page(request, items, default="createdDate", descending_default=True, sort_keys={
            "createdDate": lambda g: g["createdDate"], "name": lambda g: g["name"].lower()})

    def _glossary(self, project_id: str, glossary_id: str) -> dict[str, Any]:
        self._project(project_id)
        glossary = self.state.glossaries.get(glossary_id)
        if glossary is None or glossary["_projectId"] != project_id:
            raise _missing(f"Glossary with ID {glossary_id} wasn't found")
        return glossary

    async def _get_glossary(self, request: Request, project_id: str, glossary_id: str) -> Any:
        return _public(self._glossary(project_id, glossary_id))

    async def _save_glossary(self, request: Request, project_id: str, glossary_id: str | None = None) -> Any:
        """Create (POST) or replace (PUT) a glossary from ``glossaryFile`` (CSV, first row the
        language codes) and ``glossaryPayload`` (JSON name and projectDefault)."""
        content_type = request.headers.get("content-type", "")
        if not content_type.lower().startswith("multipart/form-data"):
            raise _bad("Content-Type must be multipart/form-data")
        parts = _multipart(content_type, await request.body())
        if "glossaryPayload" not in parts:
            raise _bad("Required request part 'glossaryPayload' is not present")
        try:
            payload = json.loads(parts["glossaryPayload"][1] or b"null")
        except ValueError:
            raise _bad("glossaryPayload is not valid JSON") from None
        if not isinstance(payload, dict) or not str(payload.get("name") or "").strip():
            raise _bad("glossaryPayload.name is required")
        self._only(payload, _GLOSSARY_PAYLOAD, "glossaryPayload.")
        csv_text = None
        if "glossaryFile" in parts:
            csv_text = _check_glossary_csv(parts["glossaryFile"][1], parts["glossaryFile"][0] or "glossaryFile")
        elif glossary_id is None:
            raise _bad("Required request part 'glossaryFile' is not present")
        with self.state.lock:
            self._project(project_id)
            now = _now_iso()
            if glossary_id is None:
                user = self.state.users[API_USER_ID]
                glossary = {"id": self.state.next_id(), "name": "", "createdDate": now,
                            "createdBy": {"id": API_USER_ID, "name": user["displayName"], "email": user["email"],
                                          "timezone": user["timezone"]},
                            "csvUpdatedDate": None, "projectDefault": True, "_projectId": project_id, "_csv": ""}
                self.state.glossaries[glossary["id"]] = glossary
            else:
                glossary = self._glossary(project_id, glossary_id)
            glossary["name"] = str(payload["name"])
            glossary["projectDefault"] = bool(payload.get("projectDefault", True))
            if csv_text is not None:
                glossary["_csv"] = csv_text
                if glossary_id is not None:
                    glossary["csvUpdatedDate"] = now
            return _public(glossary)

    async def _media_default_spec(self, request: Request, project_id: str, media_id: str) -> Any:
        with self.state.lock:
            spec = await self._project_default_spec(request, project_id)
            media = self._media(media_id)
            return dict(spec, mediaNotes=media.get("notes"))

    async def _delete_glossary(self, request: Request, project_id: str, glossary_id: str) -> Any:
        with self.state.lock:
            self._glossary(project_id, glossary_id)
            del self.state.glossaries[glossary_id]
        return Response(status_code=204)

    async def _list_users(self, request: Request) -> Any:
        q = request.query_params
        org = q.get("organizationId")
        if not org:
            raise _bad("Required request parameter 'organizationId' is not present")
        self._org(org)
        items = list(self.state.users.values())
        if v := q.get("email"):
            items = [u for u in items if u["email"].lower() == v.lower()]
        if v := q.get("name"):
            items = [u for u in items if v.lower() in f"{u['lastname']}, {u['firstname']}".lower()
                     or v.lower() in u["displayName"].lower()]
        if v := q.get("skillType"):
            items = [u for u in items if any(s[0] == v for s in u["_skills"])]
        if v := q.get("sourceLanguageId"):
            items = [u for u in items if any(s[1] == v for s in u["_skills"])]
        if v := q.get("targetLanguageId"):
            items = [u for u in items if any(s[2] == v for s in u["_skills"])]
        return self._page(request, items, default="email", sort_keys={
            "email": lambda u: u["email"], "lastActive": lambda u: u["lastActive"] or ""})


# ---------------------------------------------------------------------- helpers

_NOTIFY_KIND = {"TASK_CAPTION": "CAPTIONING", "TASK_TRANSLATE": "TRANSLATION",
                "TASK_DIRECT_TRANSLATE": "TRANSLATION", "TASK_PIVOT_TRANSLATE": "TRANSLATION",
                "TASK_POST_EDITING": "TRANSLATION", "TASK_REVIEW": "REVIEW", "TASK_PROOF_READING": "REVIEW",
                "TASK_SIGN_OFF": "REVIEW", "TASK_CUSTOM": "CUSTOM", "TASK_PUSH": "CUSTOM",
                "TASK_TEXT_TO_SPEECH": "CUSTOM"}


def _deliver(url: str, note: dict[str, Any]) -> None:
    """POST one notification to a loopback webhook, best effort (as a webhook sender is)."""
    import httpx

    try:
        with httpx.Client(timeout=5) as client:
            client.post(url, json=note)
    except httpx.HTTPError:
        pass


def _id_key(value: str) -> tuple[int, int, str]:
    return (0, int(value), "") if value.isdigit() else (1, 0, value)


def _parse(value: str) -> datetime:
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


def _multipart(content_type: str, raw: bytes) -> dict[str, tuple[str | None, bytes]]:
    """Parts by name, with the stdlib MIME parser (no form library needed for one file)."""
    if "boundary=" not in content_type:
        raise _bad("multipart/form-data request has no boundary")
    message = BytesParser(policy=policy.HTTP).parsebytes(
        b"Content-Type: " + content_type.encode("latin-1") + b"\r\nMIME-Version: 1.0\r\n\r\n" + raw)
    if not message.is_multipart():
        raise _bad("Malformed multipart/form-data body")
    parts: dict[str, tuple[str | None, bytes]] = {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        if not name:
            continue
        payload = part.get_payload(decode=True)
        if payload is None:  # a part mislabelled multipart/* (as in the seed's example)
            payload = _raw_payload(part)
        parts[str(name)] = (part.get_filename(), payload)
    return parts


def _raw_payload(part: Any) -> bytes:
    payload = part.get_payload()
    if isinstance(payload, list):
        return b"".join(p.as_bytes() for p in payload)
    return str(payload).encode("utf-8", "surrogateescape")


def _parse_subtitles(data: bytes, filename: str) -> list[tuple[int, int, str]]:
    """Read an uploaded subtitle file with the app's own format readers (format detected from the
    content, as Dotsub's import engine does); 400 naming the problem if it can't be read."""
    try:
        document = read_uploaded_subtitles(data, filename)
    except UnreadableSubtitles as exc:
        raise _bad(f"Subtitle file {filename} could not be imported: {exc}") from None
    if document is None:  # no format readers installed
        return _fallback_parse(data, filename)
    if not document.cues:
        raise _bad(f"Subtitle file {filename} contains no subtitles")
    return [(c.start, c.end, c.text) for c in document.cues]


_TIMING = re.compile(r"(?:(\d+):)?(\d{1,2}):(\d\d)[,.](\d{3})\s*-->\s*(?:(\d+):)?(\d{1,2}):(\d\d)[,.](\d{3})")


def _fallback_parse(data: bytes, filename: str) -> list[tuple[int, int, str]]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise _bad(f"Subtitle file {filename} could not be imported: it is not UTF-8 text") from None
    cues = []
    for block in re.split(r"\n\s*\n", text.replace("\r\n", "\n").strip()):
        lines = block.split("\n")
        for i, line in enumerate(lines):
            m = _TIMING.search(line)
            if m:
                g = [int(x or 0) for x in m.groups()]
                start = ((g[0] * 60 + g[1]) * 60 + g[2]) * 1000 + g[3]
                end = ((g[4] * 60 + g[5]) * 60 + g[6]) * 1000 + g[7]
                cues.append((start, end, "\n".join(lines[i + 1:]).strip()))
                break
    if not cues:
        raise _bad(f"Subtitle file {filename} could not be imported: no subtitle timings found "
                   "(expected SRT, WebVTT, TTML or SSA)")
    return cues


def _check_glossary_csv(data: bytes, filename: str) -> str:
    import csv
    import io

    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise _bad(f"Glossary file {filename} must be UTF-8 CSV") from None
    sample = text.split("\n", 1)[0]
    delimiter = ";" if sample.count(";") > sample.count(",") else ","
    rows = list(csv.reader(io.StringIO(text), delimiter=delimiter))
    if not rows:
        raise _bad(f"Glossary file {filename} is empty")
    header = [cell.strip() for cell in rows[0]]
    if len(header) < 2:
        raise _bad("The glossary must contain at least two languages (columns)")
    for code in header:
        if not re.fullmatch(r"[a-z]{2}-[A-Z]{2}", code):
            raise _bad(f"Glossary column '{code}' is not a language code like en-US")
        if code not in LANGUAGES:
            raise _bad(f"Language {code} is not enabled for organization {ORGANIZATION_ID}")
    return text


def _clock(ms: int, sep: str = ",", hours: int = 2) -> str:
    h, rem = divmod(ms, 3600000)
    m, rem = divmod(rem, 60000)
    s, milli = divmod(rem, 1000)
    return f"{h:0{hours}d}:{m:02d}:{s:02d}{sep}{milli:03d}"


def _render(cues: list[tuple[int, int, str]], fmt: str, title: str, language: str) -> tuple[bytes, str, str]:
    """Dotsub's subtitle downloads: SRT, WebVTT, TTML or SSA, UTF-8."""
    from xml.sax.saxutils import escape

    if fmt == "SRT":
        body = "\n".join(f"{i}\n{_clock(s)} --> {_clock(e)}\n{t}\n" for i, (s, e, t) in enumerate(cues, 1))
        return body.encode("utf-8"), "application/x-subrip;charset=UTF-8", "srt"
    if fmt == "VTT":
        body = "WEBVTT\n\n" + "\n".join(f"{i}\n{_clock(s, '.')} --> {_clock(e, '.')} align:center\n{t}\n"
                                         for i, (s, e, t) in enumerate(cues, 1))
        return body.encode("utf-8"), "text/vtt;charset=UTF-8", "vtt"
    if fmt == "TTML":
        direction = LANGUAGES.get(language, {}).get("direction", "LTR").lower()
        ps = "\n".join(
            f'      <p begin="{_clock(s, ".")}" end="{_clock(e, ".")}">'
            f'{"<br/>".join(escape(line) for line in t.split(chr(10)))}</p>' for s, e, t in cues)
        body = (f'<?xml version="1.0" encoding="UTF-8"?>\n'
                f'<tt xmlns="http://www.w3.org/ns/ttml" xmlns:tts="http://www.w3.org/ns/ttml#styling" '
                f'xml:lang="{language}">\n  <head><metadata><ttm:title xmlns:ttm="http://www.w3.org/ns/ttml#metadata">'
                f'{escape(title)}</ttm:title></metadata></head>\n'
                f'  <body>\n    <div tts:direction="{direction}">\n{ps}\n    </div>\n  </body>\n</tt>\n')
        return body.encode("utf-8"), "application/ttml+xml;charset=UTF-8", "ttml"
    events = "\n".join(f"Dialogue: 0,{_clock(s, '.', 1)[:-1]},{_clock(e, '.', 1)[:-1]},Default,,0,0,0,,"
                       f"{t.replace(chr(10), chr(92) + 'N')}" for s, e, t in cues)
    body = ("[Script Info]\n"
            f"Title: {title}\nScriptType: v4.00+\nPlayResX: 1920\nPlayResY: 1080\n\n"
            "[V4+ Styles]\nFormat: Name, Fontname, Fontsize, PrimaryColour, SecondaryColour, OutlineColour, "
            "BackColour, Bold, Italic, Underline, StrikeOut, ScaleX, ScaleY, Spacing, Angle, BorderStyle, "
            "Outline, Shadow, Alignment, MarginL, MarginR, MarginV, Encoding\n"
            "Style: Default,Arial,54,&H00FFFFFF,&H000000FF,&H00000000,&H64000000,0,0,0,0,100,100,0,0,1,2,1,"
            "2,60,60,50,1\n\n[Events]\nFormat: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, "
            f"Effect, Text\n{events}\n")
    return body.encode("utf-8"), "text/x-ssa;charset=UTF-8", "ssa"
