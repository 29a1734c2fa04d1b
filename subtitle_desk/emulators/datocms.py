"""A strict local DatoCMS Content Management API: uploads, upload tracks, upload requests and job
results, as far as Subtitle Desk uses them.

    storage = StorageHost().start()
    emulator = DatocmsEmulator(storage)
    served = ServedApp(emulator.app, name="datocms").start()

Strict where clients usually go wrong: the bearer token (``DEMO_TOKEN``), ``X-Api-Version: 3``,
the JSON:API ``Content-Type`` on bodies, the body's ``type``, only the documented attributes (an
unknown or read-only one is a 422 ``api_error`` naming it), BCP 47 language codes, known
``X-Environment`` names, known upload and track ids, tracks only on video uploads, and an
``url_or_upload_request_id`` that is a URL or an upload request whose file really arrived at the
storage host. Writes are asynchronous jobs whose ``/job-results/:id`` stays 404 for
``job_pending_polls`` polls; a new track is ``preparing`` for ``track_preparing_seconds`` and then
``ready``, or ``errored`` with a message when its file is not a readable WebVTT/SRT file (subtitles)
or not audio (audio). Every response carries ``X-RateLimit-Limit``/``X-RateLimit-Remaining`` from a
budget that refills over time; a spent budget answers 429 with ``X-RateLimit-Reset``.

Knobs: ``emulator.faults`` (latency, fail next N with DatoCMS-shaped error bodies) and
``emulator.state`` (``job_pending_polls``, ``track_preparing_seconds``, ``set_rate_limit``,
``requests`` log without credentials).
"""

from __future__ import annotations

import base64
import copy
import hashlib
import itertools
import json
import math
import re
import secrets
import threading
import time
import uuid
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from .faults import FaultMiddleware, Faults
from .subtitle_files import UnreadableSubtitles, read_uploaded_subtitles

__all__ = [
    "DatocmsEmulator",
    "DatocmsState",
    "DEMO_TOKEN",
    "SITE_ID",
    "PRIMARY_ENVIRONMENT",
    "SANDBOX_ENVIRONMENT",
    "VIDEO_WITH_TRACKS",
    "VIDEO_WITHOUT_TRACKS",
    "VIDEO_WITH_AUDIO_TRACK",
    "SANDBOX_ONLY_VIDEO",
    "IMAGE_UPLOAD",
    "DOCUMENT_UPLOAD",
    "AUDIO_UPLOAD",
    "ERRORED_TRACK",
    "is_bcp47",
]

#: The demo API token (a full-access token of the emulated project; not a secret anywhere else).
DEMO_TOKEN = "demo-datocms-full-access-token"
SITE_ID = "7"
PRIMARY_ENVIRONMENT = "main"
SANDBOX_ENVIRONMENT = "sandbox"


def _upload_id(name: str) -> str:
    """A URL-safe base64 RFC 4122 UUID, the shape of DatoCMS upload ids."""
    raw = uuid.uuid5(uuid.NAMESPACE_URL, f"datocms-emulator/{name}").bytes
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _track_id(name: str) -> str:
    """A Mux-style track id (long, alphanumeric)."""
    digest = hashlib.sha256(f"track/{name}".encode()).digest()
    return base64.b32encode(digest).decode().rstrip("=").lower()[:52]


VIDEO_WITH_TRACKS = _upload_id("episode-01")
VIDEO_WITHOUT_TRACKS = _upload_id("episode-02")
VIDEO_WITH_AUDIO_TRACK = _upload_id("trailer")
SANDBOX_ONLY_VIDEO = _upload_id("sandbox-test-clip")
IMAGE_UPLOAD = _upload_id("poster")
DOCUMENT_UPLOAD = _upload_id("press-kit")
AUDIO_UPLOAD = _upload_id("theme-song")
ERRORED_TRACK = _track_id("episode-01/fr")

# --- BCP 47 --------------------------------------------------------------------------------------

# ISO 639-1: the two-letter primary language subtags.
_ISO_639_1 = set("""
aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de
dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id
ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu
lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu
rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr
ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu
""".split())

_BCP47 = re.compile(
    r"^(?P<language>[a-z]{2,3})(?:-[a-z]{3}){0,3}"  # language, extlang
    r"(?:-[a-z]{4})?"  # script
    r"(?:-(?:[a-z]{2}|\d{3}))?"  # region
    r"(?:-(?:[a-z\d]{5,8}|\d[a-z\d]{3}))*"  # variants
    r"(?:-[a-wyz\d](?:-[a-z\d]{2,8})+)*"  # extensions
    r"(?:-x(?:-[a-z\d]{1,8})+)?$",  # private use
    re.IGNORECASE,
)


def is_bcp47(code: object) -> bool:
    """A well-formed BCP 47 tag whose primary language is an ISO 639 code (``it-IT``, ``pt-BR``,
    ``zh-Hant-TW``, ``es-419``), as DatoCMS validates ``language_code``."""
    if not isinstance(code, str):
        return False
    match = _BCP47.match(code)
    if match is None:
        return False
    language = match.group("language").lower()
    return len(language) == 3 or language in _ISO_639_1


# --- records -------------------------------------------------------------------------------------


@dataclass
class UploadRecord:
    id: str
    filename: str
    mime_type: str
    size: int
    width: int | None = None
    height: int | None = None
    duration: int | None = None
    frame_rate: int | None = None
    created_at: str = "2026-11-02T09:14:00.000Z"
    notes: str | None = None
    tags: list[str] = field(default_factory=list)

    @property
    def is_video(self) -> bool:
        return self.mime_type.startswith("video/")

    def resource(self) -> dict[str, Any]:
        basename, _, ext = self.filename.rpartition(".")
        stamp = int(hashlib.sha256(self.id.encode()).hexdigest()[:8], 16) % 10**10
        path = f"/{SITE_ID}/{stamp:010d}-{self.filename}"
        is_image = self.mime_type.startswith("image/")
        md5 = hashlib.md5(self.id.encode(), usedforsecurity=False).hexdigest()
        attributes = {
            "size": self.size, "width": self.width, "height": self.height, "path": path,
            "basename": basename or self.filename, "filename": self.filename,
            "url": f"https://www.datocms-assets.com{path}", "format": ext or None,
            "author": None, "copyright": None, "notes": self.notes, "md5": md5,
            "duration": self.duration, "frame_rate": self.frame_rate,
            "blurhash": None, "thumbhash": None,
            "mux_playback_id": _track_id(f"playback/{self.id}")[:40] if self.is_video else None,
            "mux_mp4_highest_res": "high" if self.is_video else None,
            "default_field_metadata": {"en": {"title": None, "alt": None, "custom_data": {},
                                              "focal_point": None}},
            "is_image": is_image, "created_at": self.created_at, "updated_at": self.created_at,
            "mime_type": self.mime_type, "tags": list(self.tags), "smart_tags": [],
            "exif_info": {}, "colors": [],
        }
        return {"type": "upload", "id": self.id, "attributes": attributes,
                "relationships": {"creator": {"data": {"type": "account", "id": "1"}},
                                  "upload_collection": {"data": None}}}


@dataclass
class TrackRecord:
    id: str
    upload_id: str
    type: str
    language_code: str
    name: str | None
    closed_captions: bool
    ready_at: float  # monotonic time the track stops preparing
    outcome: str = "ready"  # "ready" or "errored", once prepared
    error: str | None = None

    def status(self, now: float) -> str:
        return "preparing" if now < self.ready_at else self.outcome

    def resource(self, now: float) -> dict[str, Any]:
        status = self.status(now)
        return {
            "type": "upload_track",
            "id": self.id,
            "attributes": {"type": self.type, "name": self.name, "language_code": self.language_code,
                           "closed_captions": self.closed_captions, "status": status,
                           "error": self.error if status == "errored" else None},
            "relationships": {"upload": {"data": {"type": "upload", "id": self.upload_id}}},
        }


@dataclass
class UploadRequestRecord:
    id: str
    filename: str
    key: str  # where the file lands on the storage host


@dataclass
class JobRecord:
    id: str
    polls_left: int
    run: Callable[[], tuple[int, dict[str, Any]]]
    result: tuple[int, dict[str, Any]] | None = None


@dataclass
class Environment:
    name: str
    uploads: dict[str, UploadRecord]
    tracks: dict[str, dict[str, TrackRecord]]  # upload id -> track id -> track


@dataclass(frozen=True)
class LoggedRequest:
    """What arrived, minus credentials (``authorized`` says whether a bearer token came)."""

    method: str
    path: str
    headers: dict[str, str]
    body: Any
    authorized: bool


class ApiProblem(Exception):
    def __init__(self, status: int, api_code: str, message: str, /, **details: Any) -> None:
        super().__init__(message)
        self.status, self.code = status, api_code
        self.details = {"message": message, **details}


def api_error_body(code: str, details: dict[str, Any]) -> dict[str, Any]:
    return {"data": [{"id": secrets.token_hex(3), "type": "api_error",
                      "attributes": {"code": code, "details": details}}]}


def _fault_body(status: int, path: str) -> dict[str, Any]:
    code = {503: "SERVICE_UNAVAILABLE", 502: "BAD_GATEWAY", 504: "GATEWAY_TIMEOUT"}.get(
        status, "INTERNAL_SERVER_ERROR" if status >= 500 else "INVALID_REQUEST")
    return api_error_body(code, {"message": f"The service could not handle {path} right now"})


# --- state ---------------------------------------------------------------------------------------


class DatocmsState:
    """The emulated project: environments with their uploads and tracks, upload requests, jobs,
    the request budget, and a log of what clients sent."""

    def __init__(self, storage: Any, *, tokens: tuple[str, ...] = (DEMO_TOKEN,),
                 rate_limit: int = 60, rate_window: float = 3.0, job_pending_polls: int = 2,
                 track_preparing_seconds: float = 2.0, clock: Callable[[], float] = time.monotonic) -> None:
        self.storage = storage
        self.tokens = set(tokens)
        self.clock = clock
        #: Polls of ``/job-results/:id`` answered 404 before a job finishes.
        self.job_pending_polls = job_pending_polls
        #: Seconds a new track stays ``preparing``.
        self.track_preparing_seconds = track_preparing_seconds
        #: The latest requests (bounded, so a long demo session does not grow without end).
        self.requests: deque[LoggedRequest] = deque(maxlen=2000)
        #: How many requests the budget refused (429).
        self.rejected = 0
        self.upload_requests: dict[str, UploadRequestRecord] = {}
        self.jobs: dict[str, JobRecord] = {}
        self.lock = threading.RLock()
        self._job_ids = itertools.count(4235)
        self._request_ids = itertools.count(1)
        self.environments: dict[str, Environment] = {}
        self._seed()
        self.set_rate_limit(rate_limit, rate_window)

    # -- rate limit --

    def set_rate_limit(self, limit: int, window: float = 3.0) -> None:
        """A budget of ``limit`` requests that refills completely over ``window`` seconds."""
        with self.lock:
            self.rate_limit = limit
            self.rate_window = window
            self._tokens = float(limit)
            self._refilled_at = self.clock()

    def take_request(self) -> tuple[bool, int, int]:
        """Spend one request: (allowed, remaining, seconds until the next request is allowed)."""
        with self.lock:
            now = self.clock()
            rate = self.rate_limit / self.rate_window
            self._tokens = min(float(self.rate_limit), self._tokens + (now - self._refilled_at) * rate)
            self._refilled_at = now
            if self._tokens >= 1.0:
                self._tokens -= 1.0
                return True, int(self._tokens), 0
            self.rejected += 1
            reset = max(1, math.ceil((1.0 - self._tokens) / rate))
            return False, 0, reset

    # -- seed --

    def _seed(self) -> None:
        now = self.clock()
        uploads = [
            UploadRecord(VIDEO_WITH_TRACKS, "episode-01-pilot.mp4", "video/mp4", 187_340_112,
                         1920, 1080, 1312, 25, notes="Pilot, final cut"),
            UploadRecord(VIDEO_WITHOUT_TRACKS, "episode-02-interview.mp4", "video/mp4", 96_201_344,
                         1920, 1080, 845, 25),
            UploadRecord(VIDEO_WITH_AUDIO_TRACK, "trailer-2026.mov", "video/quicktime", 48_556_001,
                         3840, 2160, 94, 24, tags=["trailer"]),
            UploadRecord(IMAGE_UPLOAD, "poster.jpg", "image/jpeg", 812_340, 2000, 3000),
            UploadRecord(DOCUMENT_UPLOAD, "press-kit.pdf", "application/pdf", 2_340_112),
            UploadRecord(AUDIO_UPLOAD, "theme-song.mp3", "audio/mpeg", 4_801_220, duration=182),
        ]

        def track(upload_id: str, key: str, type: str, lang: str, name: str, cc: bool = False,
                  outcome: str = "ready", error: str | None = None) -> TrackRecord:
            return TrackRecord(_track_id(key), upload_id, type, lang, name, cc, now, outcome, error)

        tracks = {
            VIDEO_WITH_TRACKS: [
                track(VIDEO_WITH_TRACKS, "episode-01/en", "subtitles", "en", "English"),
                track(VIDEO_WITH_TRACKS, "episode-01/en-cc", "subtitles", "en", "English (SDH)", cc=True),
                track(VIDEO_WITH_TRACKS, "episode-01/it", "subtitles", "it-IT", "Italiano"),
                track(VIDEO_WITH_TRACKS, "episode-01/fr", "subtitles", "fr-FR", "Français",
                      outcome="errored",
                      error="The subtitles file could not be read: line 4: expected a cue timing "
                            "(00:00:01.000 --> 00:00:02.000)"),
            ],
            VIDEO_WITH_AUDIO_TRACK: [
                track(VIDEO_WITH_AUDIO_TRACK, "trailer/es", "audio", "es-ES", "Español"),
                track(VIDEO_WITH_AUDIO_TRACK, "trailer/de", "subtitles", "de-DE", "Deutsch"),
            ],
        }
        main = Environment(PRIMARY_ENVIRONMENT, {u.id: u for u in uploads},
                           {u.id: {t.id: t for t in tracks.get(u.id, [])} for u in uploads})
        sandbox = copy.deepcopy(main)
        sandbox.name = SANDBOX_ENVIRONMENT
        extra = UploadRecord(SANDBOX_ONLY_VIDEO, "sandbox-test-clip.mp4", "video/mp4", 5_120_000,
                             1280, 720, 30, 30)
        sandbox.uploads[extra.id] = extra
        sandbox.tracks[extra.id] = {}
        self.environments = {main.name: main, sandbox.name: sandbox}

    # -- jobs --

    def start_job(self, run: Callable[[], tuple[int, dict[str, Any]]]) -> str:
        with self.lock:
            job_id = str(next(self._job_ids))
            self.jobs[job_id] = JobRecord(job_id, self.job_pending_polls, run)
            return job_id

    def poll_job(self, job_id: str) -> tuple[int, dict[str, Any]] | None:
        with self.lock:
            job = self.jobs.get(job_id)
            if job is None:
                raise ApiProblem(404, "NOT_FOUND", f"No job result with ID {job_id}")
            if job.result is None:
                if job.polls_left > 0:
                    job.polls_left -= 1
                    return None
                job.result = job.run()
            return job.result

    def new_upload_request(self, filename: str) -> UploadRequestRecord:
        safe = re.sub(r"[^A-Za-z0-9._-]+", "-", filename).strip("-.") or "file"
        with self.lock:
            stamp = f"{int(time.time())}{next(self._request_ids):04d}"
            request_id = f"/{SITE_ID}/{stamp}-{safe}"
            record = UploadRequestRecord(request_id, filename, f"datocms{request_id}")
            self.upload_requests[request_id] = record
            return record


# --- the API -------------------------------------------------------------------------------------

# The attributes each request body may carry (the DatoCMS documents); a track's ``status`` and
# ``error`` are the service's to set.
_TRACK_CREATE = frozenset({"url_or_upload_request_id", "type", "language_code", "name", "closed_captions"})
_GENERATE = frozenset({"language_code", "name"})
_UPLOAD_REQUEST = frozenset({"filename"})
_TRACK_READ_ONLY = frozenset({"status", "error"})

_SUBTITLE_EXTENSIONS = (".vtt", ".srt")
_AUDIO_EXTENSIONS = (".mp3", ".m4a", ".aac", ".wav", ".ogg", ".oga", ".opus", ".flac")
_AUDIO_MAGIC = (b"ID3", b"fLaC", b"OggS", b"\xff\xfb", b"\xff\xf3", b"\xff\xf2", b"\xff\xf1", b"\xff\xf9")


class DatocmsEmulator:
    def __init__(self, storage: Any, **knobs: Any) -> None:
        self.storage = storage
        self.state = DatocmsState(storage, **knobs)
        self.faults = Faults()
        routes = [
            Route("/uploads", self._list_uploads, methods=["GET"]),
            Route("/uploads/{upload_id}", self._get_upload, methods=["GET"]),
            Route("/uploads/{upload_id}/tracks", self._list_tracks, methods=["GET"]),
            Route("/uploads/{upload_id}/tracks", self._create_track, methods=["POST"]),
            Route("/uploads/{upload_id}/tracks/generate-subtitles", self._generate_subtitles,
                  methods=["POST"]),
            Route("/uploads/{upload_id}/tracks/{track_id}", self._delete_track, methods=["DELETE"]),
            Route("/upload-requests", self._create_upload_request, methods=["POST"]),
            Route("/job-results/{job_id}", self._job_result, methods=["GET"]),
        ]
        api = Starlette(routes=routes, exception_handlers={
            ApiProblem: self._problem, 404: self._no_route, 405: self._no_route})
        self.app = FaultMiddleware(_RateLimited(api, self.state), self.faults, error_body=_fault_body)

    # -- plumbing --

    @staticmethod
    async def _problem(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, ApiProblem)
        return JSONResponse(api_error_body(exc.code, exc.details), status_code=exc.status)

    @staticmethod
    async def _no_route(request: Request, exc: Exception) -> Response:
        status = getattr(exc, "status_code", 404)
        message = f"No route {request.method} {request.url.path}"
        return JSONResponse(api_error_body("NOT_FOUND" if status == 404 else "INVALID_REQUEST",
                                           {"message": message}), status_code=status)

    async def _guard(self, request: Request, *, body: bool = False) -> tuple[Environment, Any]:
        """Every check DatoCMS makes before routing: token, API version, environment, body."""
        headers = request.headers
        raw = await request.body() if body else b""
        parsed: Any = None
        if raw:
            try:
                parsed = json.loads(raw)
            except (json.JSONDecodeError, UnicodeDecodeError):
                parsed = ...
        logged = {k: v for k, v in headers.items() if k != "authorization"}
        with self.state.lock:
            self.state.requests.append(LoggedRequest(request.method, request.url.path, logged,
                                                     None if parsed is ... else parsed,
                                                     "authorization" in headers))
        auth = headers.get("authorization", "")
        scheme, _, token = auth.partition(" ")
        if not auth:
            raise ApiProblem(401, "INVALID_AUTHORIZATION_HEADER",
                             "The Authorization header is missing: send 'Authorization: Bearer <API token>'")
        if scheme.lower() != "bearer" or token.strip() not in self.state.tokens:
            raise ApiProblem(401, "INVALID_AUTHORIZATION_HEADER", "The API token is not valid")
        if headers.get("x-api-version") != "3":
            raise ApiProblem(422, "INVALID_API_VERSION",
                             "The X-Api-Version header must be 3")
        env_name = headers.get("x-environment") or PRIMARY_ENVIRONMENT
        env = self.state.environments.get(env_name)
        if env is None:
            raise ApiProblem(422, "INVALID_ENVIRONMENT",
                             f"There is no environment called {env_name!r}")
        if body:
            content_type = headers.get("content-type", "").split(";")[0].strip().lower()
            if content_type not in ("application/vnd.api+json", "application/json"):
                raise ApiProblem(415, "INVALID_CONTENT_TYPE",
                                 "The Content-Type header must be application/vnd.api+json")
            if parsed is None or parsed is ...:
                raise ApiProblem(422, "INVALID_FORMAT", "The request body is not valid JSON")
        return env, parsed

    @staticmethod
    def _data(parsed: Any, *types: str, allowed: frozenset[str] = frozenset(),
              read_only: frozenset[str] = frozenset()) -> dict[str, Any]:
        data = parsed.get("data") if isinstance(parsed, dict) else None
        if not isinstance(data, dict):
            raise ApiProblem(422, "INVALID_FORMAT", "The body must be a JSON:API document with a 'data' object")
        if data.get("type") not in types:
            expected = " or ".join(repr(t) for t in types)
            raise ApiProblem(422, "INVALID_FORMAT",
                             f"data.type must be exactly {expected}, not {data.get('type')!r}")
        attributes = data.get("attributes")
        if not isinstance(attributes, dict):
            raise ApiProblem(422, "INVALID_FORMAT", "data.attributes must be an object")
        for name in sorted(attributes):
            if name in read_only:
                raise ApiProblem(422, "INVALID_FIELD", f"{name} is read-only and cannot be sent",
                                 field=name, code="VALIDATION_READ_ONLY")
            if allowed and name not in allowed:
                raise ApiProblem(422, "INVALID_FIELD",
                                 f"{name} is not an attribute of {data.get('type')}; use "
                                 f"{', '.join(sorted(allowed))}", field=name, code="VALIDATION_UNKNOWN")
        return attributes

    @staticmethod
    def _video(env: Environment, upload_id: str) -> UploadRecord:
        upload = env.uploads.get(upload_id)
        if upload is None:
            raise ApiProblem(404, "NOT_FOUND", f"Upload with ID {upload_id} wasn't found")
        return upload

    @staticmethod
    def _language(attributes: dict[str, Any]) -> str:
        code = attributes.get("language_code")
        if code in (None, ""):
            raise ApiProblem(422, "INVALID_FIELD", "language_code is required",
                             field="language_code", code="VALIDATION_REQUIRED")
        if not is_bcp47(code):
            raise ApiProblem(422, "INVALID_FIELD", f"language_code is not a valid BCP 47 code ({code!r})",
                             field="language_code", code="VALIDATION_FORMAT")
        return str(code)

    @staticmethod
    def _accepted(job_id: str) -> JSONResponse:
        return JSONResponse({"data": {"type": "job", "id": job_id}}, status_code=202)

    def _track_payload(self, track: TrackRecord) -> tuple[int, dict[str, Any]]:
        return 200, {"data": track.resource(self.state.clock())}

    # -- uploads --

    async def _list_uploads(self, request: Request) -> Response:
        env, _ = await self._guard(request)
        q = request.query_params
        try:
            offset = int(q.get("page[offset]", "0"))
            limit = int(q.get("page[limit]", "30"))
        except ValueError:
            raise ApiProblem(422, "INVALID_FIELD", "page[offset] and page[limit] must be integers",
                             field="page") from None
        if offset < 0 or not 1 <= limit <= 500:
            raise ApiProblem(422, "INVALID_FIELD", "page[limit] must be between 1 and 500 and "
                             "page[offset] not negative", field="page")
        kind = q.get("filter[type]")
        text = (q.get("filter[query]") or "").lower()
        uploads = list(env.uploads.values())
        if kind:
            uploads = [u for u in uploads if _upload_kind(u) == kind]
        if text:
            uploads = [u for u in uploads if text in u.filename.lower() or text in (u.notes or "").lower()
                       or any(text in tag for tag in u.tags)]
        uploads.sort(key=lambda u: (u.created_at, u.filename))
        page = uploads[offset:offset + limit]
        return JSONResponse({"data": [u.resource() for u in page], "meta": {"total_count": len(uploads)}})

    async def _get_upload(self, request: Request) -> Response:
        env, _ = await self._guard(request)
        return JSONResponse({"data": self._video(env, request.path_params["upload_id"]).resource()})

    # -- tracks --

    async def _list_tracks(self, request: Request) -> Response:
        env, _ = await self._guard(request)
        upload = self._video(env, request.path_params["upload_id"])
        now = self.state.clock()
        with self.state.lock:
            tracks = [t.resource(now) for t in env.tracks.get(upload.id, {}).values()]
        return JSONResponse({"data": tracks})

    async def _create_track(self, request: Request) -> Response:
        env, parsed = await self._guard(request, body=True)
        attributes = self._data(parsed, "upload_track", allowed=_TRACK_CREATE, read_only=_TRACK_READ_ONLY)
        upload = self._video(env, request.path_params["upload_id"])
        self._video_only(upload)
        kind = attributes.get("type")
        if kind not in ("subtitles", "audio"):
            raise ApiProblem(422, "INVALID_FIELD", f"type must be 'subtitles' or 'audio', not {kind!r}",
                             field="type", code="VALIDATION_INCLUSION")
        language = self._language(attributes)
        source = attributes.get("url_or_upload_request_id")
        if not isinstance(source, str) or not source:
            raise ApiProblem(422, "INVALID_FIELD", "url_or_upload_request_id is required",
                             field="url_or_upload_request_id", code="VALIDATION_REQUIRED")
        is_url = re.match(r"^https?://[^\s/]+", source) is not None
        request_record = self.state.upload_requests.get(source)
        if not is_url and request_record is None:
            raise ApiProblem(422, "INVALID_FIELD",
                             "url_or_upload_request_id is neither a URL nor the ID of an upload request",
                             field="url_or_upload_request_id", code="VALIDATION_FORMAT")
        name = attributes.get("name")
        closed_captions = bool(attributes.get("closed_captions"))

        def run() -> tuple[int, dict[str, Any]]:
            if request_record is not None:
                stored = self.storage.get(request_record.key)
                if stored is None:
                    return 422, api_error_body("INVALID_FIELD", {
                        "field": "url_or_upload_request_id", "code": "UPLOAD_NOT_RECEIVED",
                        "message": f"the file for upload request {source} never arrived at storage"})
                outcome, error = _check_file(kind, request_record.filename, stored)
            else:
                outcome, error = _check_url(kind, source)
            track = TrackRecord(secrets.token_hex(26), upload.id, kind, language,
                                name if isinstance(name, str) else None, closed_captions,
                                self.state.clock() + self.state.track_preparing_seconds, outcome, error)
            with self.state.lock:
                env.tracks.setdefault(upload.id, {})[track.id] = track
            return self._track_payload(track)

        return self._accepted(self.state.start_job(run))

    async def _generate_subtitles(self, request: Request) -> Response:
        env, parsed = await self._guard(request, body=True)
        # The documentation says 'upload_track'; DatoCMS's official JS client sends 'subtitles_generation'.
        attributes = self._data(parsed, "upload_track", "subtitles_generation", allowed=_GENERATE,
                                read_only=_TRACK_READ_ONLY)
        upload = self._video(env, request.path_params["upload_id"])
        self._video_only(upload)
        language = self._language(attributes)
        name = attributes.get("name")

        def run() -> tuple[int, dict[str, Any]]:
            track = TrackRecord(secrets.token_hex(26), upload.id, "subtitles", language,
                                name if isinstance(name, str) else None, False,
                                self.state.clock() + self.state.track_preparing_seconds)
            with self.state.lock:
                env.tracks.setdefault(upload.id, {})[track.id] = track
            return self._track_payload(track)

        return self._accepted(self.state.start_job(run))

    async def _delete_track(self, request: Request) -> Response:
        env, _ = await self._guard(request)
        upload = self._video(env, request.path_params["upload_id"])
        track_id = request.path_params["track_id"]
        with self.state.lock:
            track = env.tracks.get(upload.id, {}).get(track_id)
        if track is None:
            raise ApiProblem(404, "NOT_FOUND", f"Upload track with ID {track_id} wasn't found")

        def run() -> tuple[int, dict[str, Any]]:
            with self.state.lock:
                removed = env.tracks.get(upload.id, {}).pop(track_id, None)
            if removed is None:
                return 404, api_error_body("NOT_FOUND", {"message": f"Upload track with ID {track_id} "
                                                                    "was already deleted"})
            return self._track_payload(removed)

        return self._accepted(self.state.start_job(run))

    @staticmethod
    def _video_only(upload: UploadRecord) -> None:
        if not upload.is_video:
            raise ApiProblem(422, "INVALID_FIELD",
                             f"tracks can only be added to video uploads; {upload.filename} is "
                             f"{upload.mime_type}", field="upload", code="VALIDATION_VIDEO_ONLY")

    # -- upload requests and jobs --

    async def _create_upload_request(self, request: Request) -> Response:
        _, parsed = await self._guard(request, body=True)
        attributes = self._data(parsed, "upload_request", allowed=_UPLOAD_REQUEST)
        filename = attributes.get("filename")
        if filename is not None and not isinstance(filename, str):
            raise ApiProblem(422, "INVALID_FIELD", "filename must be a string", field="filename")
        record = self.state.new_upload_request(filename or "file")
        url = self.storage.sign_put(record.key, expires_in=3600)
        return JSONResponse({"data": {"type": "upload_request", "id": record.id, "attributes": {
            "url": url, "request_headers": {"x-amz-acl": "private"}}}})

    async def _job_result(self, request: Request) -> Response:
        await self._guard(request)
        job_id = request.path_params["job_id"]
        result = self.state.poll_job(job_id)
        if result is None:
            raise ApiProblem(404, "NOT_FOUND", f"Job result with ID {job_id} is not ready yet")
        status, payload = result
        return JSONResponse({"data": {"type": "job_result", "id": job_id,
                                      "attributes": {"status": status, "payload": payload}}})


def _upload_kind(upload: UploadRecord) -> str:
    """DatoCMS's ``filter[type]`` groups: image, video, audio, pdfdocument, ..."""
    if upload.mime_type.startswith(("image/", "video/", "audio/")):
        return upload.mime_type.split("/")[0]
    if upload.mime_type == "application/pdf":
        return "pdfdocument"
    return "other"


def _check_url(kind: str, url: str) -> tuple[str, str | None]:
    """Tracks from URLs: the emulator cannot fetch, so it judges by the file name (like a 404 would)."""
    path = url.split("?", 1)[0].lower()
    if kind == "subtitles" and not path.endswith(_SUBTITLE_EXTENSIONS):
        return "errored", "The subtitles file must be WebVTT (.vtt) or SRT (.srt)"
    if kind == "audio" and not path.endswith(_AUDIO_EXTENSIONS):
        return "errored", "The audio file could not be read as audio"
    return "ready", None


def _check_file(kind: str, filename: str, stored: Any) -> tuple[str, str | None]:
    """Would Mux accept this file as a track? ``("ready", None)`` or ``("errored", message)``."""
    data = b""
    if stored.path is not None:
        with open(stored.path, "rb") as source:
            data = source.read(20 * 1024 * 1024)
    if kind == "audio":
        # The bytes decide, not the Content-Type the client claimed.
        if _looks_like_audio(data):
            return "ready", None
        return "errored", (f"{filename} is not an audio file (sent as "
                           f"{stored.content_type or 'no content type'})")
    return _check_subtitles(filename, data)


def _looks_like_audio(data: bytes) -> bool:
    if data.startswith(_AUDIO_MAGIC):
        return True
    if data[:4] == b"RIFF" and data[8:12] == b"WAVE":
        return True
    return data[4:8] == b"ftyp" and data[8:11] in (b"M4A", b"M4B")


def _check_subtitles(filename: str, data: bytes) -> tuple[str, str | None]:
    if not data.strip():
        return "errored", f"{filename} is empty"
    try:
        document = read_uploaded_subtitles(data, filename)
    except UnreadableSubtitles as exc:
        return "errored", f"The subtitles file could not be read: {exc}"
    if document is None:  # no format readers installed
        return _check_subtitles_plainly(filename, data)
    if document.format not in ("vtt", "srt", "webvtt"):
        return "errored", f"Only WebVTT and SRT subtitles are supported, not {document.format}"
    if not document.cues:
        return "errored", f"{filename} has no cues"
    return "ready", None


_TIMING = re.compile(rb"\d{1,2}:\d{2}(?::\d{2})?[.,]\d{3}\s*-->\s*\d{1,2}:\d{2}(?::\d{2})?[.,]\d{3}")


def _check_subtitles_plainly(filename: str, data: bytes) -> tuple[str, str | None]:
    text = data.lstrip(b"\xef\xbb\xbf").lstrip()
    if not (text.startswith(b"WEBVTT") or _TIMING.search(text[:4096])):
        return "errored", f"The subtitles file could not be read: {filename} is not WebVTT or SRT"
    if _TIMING.search(text) is None:
        return "errored", f"{filename} has no cues"
    return "ready", None


class _RateLimited:
    """Spend the request budget on every request; add the X-RateLimit headers to every answer."""

    def __init__(self, app: Any, state: DatocmsState) -> None:
        self.app = app
        self.state = state

    async def __call__(self, scope: dict, receive: Callable, send: Callable) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        allowed, remaining, reset = self.state.take_request()
        limit_headers = [(b"x-ratelimit-limit", str(self.state.rate_limit).encode()),
                         (b"x-ratelimit-remaining", str(remaining).encode())]
        if not allowed:
            body = json.dumps(api_error_body("RATE_LIMIT_EXCEEDED", {
                "message": f"Too many requests: wait {reset} s"})).encode()
            more = True
            while more:  # read the body so the client sees the answer rather than a reset
                message = await receive()
                more = message["type"] == "http.request" and message.get("more_body", False)
            await send({"type": "http.response.start", "status": 429, "headers": [
                (b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                (b"x-ratelimit-reset", str(reset).encode()), *limit_headers]})
            await send({"type": "http.response.body", "body": body})
            return

        async def send_with_limits(message: dict) -> None:
            if message["type"] == "http.response.start":
                message = {**message, "headers": [*message.get("headers", []), *limit_headers]}
            await send(message)

        await self.app(scope, receive, send_with_limits)
