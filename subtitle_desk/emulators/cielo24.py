"""A strict local cielo24 (API v1) for tests, the demo mode and benchmarks.

Paths are ``/api/<area>/<action>?v=1`` with ``api_token`` in the query; errors are HTTP 400 with
``{"ErrorType": ..., "ErrorComment": ...}``. What the real service refuses, this one refuses too:
a missing or wrong ``v``, an unknown or logged-out ``api_token``, an unknown ``job_id``, a second
media on a job, a ``media_url`` another job already uses (without ``is_duplicate=true``), a
``POST add_media`` that carries a Content-Type, is chunked (no Content-Length) or declares more
than 10 GB, ``GET add_media`` without ``media_url``, an unknown fidelity, priority or turnaround,
captions asked for before the job is complete, and an unknown ``caption_format``.

Jobs move on as they are watched: after ``perform_transcription`` a job is ``Authorizing``, and
every ``state.calls_per_status`` looks at it through ``job/info`` (or ``job/list``) move it one
step through ``Pending`` and ``In Process`` to ``Complete``, so each status is seen at least once
(0 completes at once; ``state.complete(job_id)`` finishes one job).
Captions are rendered from a transcript: the demo clip's own SRT when the media is the demo MP4 in
``resources/demo/`` (same bytes, or a URL ending in its file name), a built-in one otherwise.
An uploaded MP4/MOV reports its real ``MediaLengthSeconds`` (read from its movie header).

Uploaded media is streamed to a temporary directory (flat memory, whatever the size); each upload
is described in ``state.uploads`` (bytes received, SHA-256, the headers that mattered).
Seeded jobs: one Complete with captions, one In Process, one Authorizing, one Media Failure and
one still waiting for media.
"""

from __future__ import annotations

import asyncio
import datetime as _dt
import hashlib
import html
import json
import re
import tempfile
import textwrap
import threading
import uuid
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from .faults import FaultMiddleware, Faults

__all__ = [
    "Cielo24Emulator",
    "Cielo24State",
    "Job",
    "Upload",
    "DEMO_USERNAME",
    "DEMO_PASSWORD",
    "DEMO_API_KEY",
    "MAX_MEDIA_BYTES",
    "FIDELITIES",
    "PRIORITIES",
    "CAPTION_FORMATS",
]

DEMO_USERNAME = "demo"
DEMO_PASSWORD = "demo-password"
#: The demo account's securekey (an API key made with /api/account/generate_api_key).
DEMO_API_KEY = "5f2b3c8e9a7d4e1fb0c6d8a2e4f61357"

#: cielo24 documents "10 gb"; both the client and this emulator read it as 10 * 10**9 bytes (SI
#: gigabytes, as storage vendors count), the stricter reading, so no upload the service could
#: refuse is ever started.
MAX_MEDIA_BYTES = 10 * 10**9

FIDELITIES = ("MECHANICAL", "PREMIUM", "PROFESSIONAL")
PRIORITIES = ("STANDARD", "PRIORITY", "CRITICAL")
#: Formats rendered here (cielo24 also knows QT, TWX, TPM and ECHO, which this emulator refuses).
CAPTION_FORMATS = ("SRT", "WEB_VTT", "DFXP", "SBV", "TRANSCRIPT")
STATUS_FLOW = ("Authorizing", "Pending", "In Process", "Complete")

_HEX = re.compile(r"^[0-9a-f]{32}$")
_LANGUAGE = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")

# A plausible interview transcript for media the emulator has no transcript for: (start, end, text).
_BUILTIN_TRANSCRIPT: tuple[tuple[int, int, str], ...] = (
    (1000, 3600, "Welcome back, and thanks for joining us today."),
    (3800, 6900, "We're talking about how subtitles get made\nfor films that travel the world."),
    (7200, 9800, "So where does a project like this start?"),
    (10100, 13900, "It starts with the picture lock,\nand a clean transcript of every line."),
    (14200, 17600, "Then the timing pass: each subtitle has to\nappear when the speaker does."),
    (17900, 20400, "And how long can a subtitle stay on screen?"),
    (20700, 24500, "Usually no more than seven seconds,\nand never less than about one."),
    (24800, 28100, "Reading speed matters too, around seventeen\ncharacters per second."),
    (28400, 30900, "[laughs] That's faster than it sounds."),
    (31200, 34800, "After that come translation, review,\nand a final quality check."),
    (35100, 37600, "Thank you. It's been a pleasure."),
)


def _now() -> str:
    return _dt.datetime.now(_dt.timezone.utc).replace(tzinfo=None).isoformat()


class ApiFailure(Exception):
    """An error the emulated service answers with HTTP 400 and its ErrorType/ErrorComment body."""

    def __init__(self, error_type: str, comment: str, status: int = 400) -> None:
        super().__init__(comment)
        self.error_type = error_type
        self.comment = comment
        self.status = status


@dataclass
class Upload:
    """What one POST add_media delivered, for tests and benchmarks to check."""

    job_id: str
    path: Path
    size: int
    sha256: str
    content_length: int | None
    content_type: str | None
    transfer_encoding: str | None


@dataclass
class Job:
    job_id: str
    username: str
    name: str = ""
    language: str = "en"
    external_id: str = ""
    status: str = "Pending"
    fidelity: str | None = None
    priority: str | None = None
    turnaround_hours: int | None = None
    target_language: str | None = None
    options: dict[str, Any] = field(default_factory=dict)
    callback_url: str | None = None
    media_url: str | None = None
    media_path: Path | None = None
    media_sha256: str | None = None
    transcript: tuple[tuple[int, int, str], ...] | None = None
    media_seconds: float | None = None  # read from an uploaded MP4/MOV's movie header
    created: str = field(default_factory=_now)
    started: str | None = None
    completed: str | None = None
    tasks: list[dict[str, Any]] = field(default_factory=list)
    watched: int = 0  # job/info calls since the last status step

    @property
    def has_media(self) -> bool:
        return self.media_url is not None or self.media_path is not None

    def add_task(self, task_type: str, status: str = "COMPLETE") -> str:
        task_id = uuid.uuid4().hex
        self.tasks.append({"TaskId": task_id, "TaskType": task_type, "TaskStatus": status,
                           "TaskRequestTime": _now(),
                           "TaskCompletedTime": _now() if status == "COMPLETE" else None})
        return task_id

    def due_date(self) -> str | None:
        if self.started is None or self.turnaround_hours is None:
            return None
        started = _dt.datetime.fromisoformat(self.started)
        return (started + _dt.timedelta(hours=self.turnaround_hours)).isoformat()

    def media_length_seconds(self) -> float | None:
        if self.media_seconds is not None:
            return self.media_seconds
        if self.transcript:
            return round(self.transcript[-1][1] / 1000 + 2.0, 2)
        return None

    def info(self) -> dict[str, Any]:
        targets = {"url": [{"callback_url": self.callback_url}]} if self.callback_url else {}
        return {
            "JobId": self.job_id,
            "JobName": self.name,
            "MediaLengthSeconds": self.media_length_seconds(),
            "ExternalID": self.external_id,
            "Priority": self.priority,
            "Fidelity": self.fidelity,
            "TurnaroundHours": self.turnaround_hours,
            "JobStatus": self.status,
            "SourceLanguage": self.language,
            "TargetLanguage": self.target_language or self.language,
            "CreationDate": self.created,
            "StartDate": self.started,
            "DueDate": self.due_date(),
            "CompletedDate": self.completed,
            "ReturnTargets": targets,
            "Options": dict(self.options),
            "JobDifficulty": "Good" if self.status == "Complete" else "Unknown",
            "Tasks": [dict(task) for task in self.tasks],
        }


class Cielo24State:
    """Accounts, sessions and jobs, plus the knobs tests turn. Thread-safe (the server runs in its
    own thread while tests read and change the state)."""

    def __init__(self, media_dir: Path, *, calls_per_status: int = 1,
                 demo_dir: Path | None = None) -> None:
        self.media_dir = media_dir
        #: job/info calls it takes a transcribing job to move one status on (0: complete at once).
        self.calls_per_status = calls_per_status
        #: Largest POST body accepted (a knob so tests need not fake 10 GB).
        self.max_media_bytes = MAX_MEDIA_BYTES
        self.accounts: dict[str, dict[str, str]] = {
            DEMO_USERNAME: {"password": DEMO_PASSWORD, "securekey": DEMO_API_KEY}}
        self.tokens: dict[str, str] = {}  # api_token -> username
        self.jobs: dict[str, Job] = {}
        self.uploads: list[Upload] = []
        #: Every API call that arrived: (method, path), never its query (it carries the token).
        self.requests: deque[tuple[str, str]] = deque(maxlen=10_000)
        self.logins = 0
        self.lock = threading.RLock()
        self.demo_media, self.demo_transcript = _find_demo(demo_dir)
        self._demo_sha256: str | None = None
        self._seed()

    # -- knobs for tests ---------------------------------------------------------------------
    def expire_tokens(self) -> None:
        """End every session, as the service does when a token times out."""
        with self.lock:
            self.tokens.clear()

    def complete(self, job_id: str) -> None:
        with self.lock:
            job = self.jobs[job_id]
            job.status, job.completed = "Complete", _now()

    def job(self, job_id: str) -> Job:
        with self.lock:
            return self.jobs[job_id]

    # -- seeding -----------------------------------------------------------------------------
    def _seed(self) -> None:
        demo_name = self.demo_media.name if self.demo_media else "interview.mp4"
        complete = Job("3f1c5d7e9b2a4c6d8e0f1a2b3c4d5e6f", DEMO_USERNAME, name="Festival interview",
                       external_id="festival-2026-001", status="Complete", fidelity="PROFESSIONAL",
                       priority="STANDARD", turnaround_hours=48,
                       media_url=f"https://media.example.com/{demo_name}",
                       transcript=self.demo_transcript or _BUILTIN_TRANSCRIPT,
                       started=_now(), completed=_now())
        in_process = Job("7a9b1c3d5e7f4a6b8c0d2e4f6a8b0c2d", DEMO_USERNAME, name="Product launch keynote",
                         external_id="keynote-en", status="In Process", fidelity="PREMIUM",
                         priority="PRIORITY", turnaround_hours=24,
                         media_url="https://media.example.com/keynote.mp4", started=_now())
        authorizing = Job("b2d4f6a8c0e24b6d8f0a2c4e6b8d0f2a", DEMO_USERNAME, name="Training module 3",
                          status="Authorizing", fidelity="MECHANICAL", priority="STANDARD",
                          media_url="https://media.example.com/training-03.mp4", started=_now())
        failed = Job("c4e6a8b0d2f44c6e8a0b2d4f6c8e0a2b", DEMO_USERNAME, name="Corrupt upload",
                     status="Media Failure", fidelity="MECHANICAL", priority="STANDARD",
                     media_url="https://media.example.com/broken.mov", started=_now())
        no_media = Job("d6f8b0c2e4a64d8f0b2c4e6a8d0f2b4c", DEMO_USERNAME, name="Awaiting media",
                       external_id="ep-104")
        for job in (complete, in_process, authorizing, failed, no_media):
            if job.fidelity and job.turnaround_hours is None:
                job.turnaround_hours = 48  # STANDARD's default
            job.add_task("JOB_CREATED")
            if job.has_media:
                job.add_task("JOB_ADD_MEDIA")
            if job.fidelity:
                job.add_task("JOB_PERFORM_TRANSCRIPTION",
                             "COMPLETE" if job.status == "Complete" else
                             "FAILED" if job.status == "Media Failure" else "INPROGRESS")
            self.jobs[job.job_id] = job

    def is_demo_media(self, *, url: str | None = None, sha256: str | None = None) -> bool:
        if self.demo_media is None or self.demo_transcript is None:
            return False
        if url is not None:
            return url.rsplit("?", 1)[0].rstrip("/").endswith("/" + self.demo_media.name)
        if sha256 is not None:
            if self._demo_sha256 is None:
                self._demo_sha256 = _sha256_of(self.demo_media)
            return sha256 == self._demo_sha256
        return False


def _sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def _find_demo(demo_dir: Path | None) -> tuple[Path | None, tuple[tuple[int, int, str], ...] | None]:
    """The demo MP4 with its SRT transcript beside it (same stem, or the only SRT), if present."""
    if demo_dir is None:
        demo_dir = Path(__file__).resolve().parents[2] / "resources" / "demo"
    if not demo_dir.is_dir():
        return None, None
    for media in sorted(demo_dir.glob("*.mp4")):
        srt = media.with_suffix(".srt")
        if not srt.exists():
            others = sorted(demo_dir.glob("*.srt"))
            srt = others[0] if len(others) == 1 else srt
        if srt.exists():
            transcript = _parse_srt(srt.read_bytes().decode("utf-8-sig", errors="replace"))
            if transcript:
                return media, transcript
    return None, None


def mp4_duration(path: Path) -> float | None:
    """Seconds from an MP4/MOV movie header (``moov/mvhd``), or None for anything else."""
    try:
        with path.open("rb") as handle:
            end = path.stat().st_size
            offset = 0
            while offset + 8 <= end:  # top-level boxes, then into moov
                handle.seek(offset)
                header = handle.read(16)
                size, kind = int.from_bytes(header[:4], "big"), header[4:8]
                body = offset + 8
                if size == 1:
                    size, body = int.from_bytes(header[8:16], "big"), offset + 16
                elif size == 0:
                    size = end - offset
                if size < 8:
                    return None
                if kind == b"moov":
                    offset, end = body, offset + size
                    continue
                if kind == b"mvhd":
                    handle.seek(body)
                    box = handle.read(32)
                    if box[0] == 1:  # version 1: 64-bit times
                        scale = int.from_bytes(box[20:24], "big")
                        duration = int.from_bytes(box[24:32], "big")
                    else:
                        scale = int.from_bytes(box[12:16], "big")
                        duration = int.from_bytes(box[16:20], "big")
                    return round(duration / scale, 2) if scale else None
                offset += size
    except OSError:
        return None
    return None


_SRT_TIME = re.compile(r"(\d+):(\d{2}):(\d{2})[,.](\d{3})\s*-->\s*(\d+):(\d{2}):(\d{2})[,.](\d{3})")


def _parse_srt(text: str) -> tuple[tuple[int, int, str], ...]:
    """Just enough SRT for the demo transcript (the emulator stands alone from core.formats)."""
    cues = []
    for block in re.split(r"\r?\n\s*\r?\n", text.strip()):
        lines = block.splitlines()
        for index, line in enumerate(lines):
            match = _SRT_TIME.search(line)
            if match:
                h1, m1, s1, f1, h2, m2, s2, f2 = map(int, match.groups())
                start = ((h1 * 60 + m1) * 60 + s1) * 1000 + f1
                end = ((h2 * 60 + m2) * 60 + s2) * 1000 + f2
                body = "\n".join(lines[index + 1:]).strip()
                if body:
                    cues.append((start, end, body))
                break
    return tuple(cues)


# -- caption rendering -----------------------------------------------------------------------

def _clock(ms: int, sep: str) -> str:
    hours, rest = divmod(ms, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    seconds, millis = divmod(rest, 1000)
    return f"{hours:02d}:{minutes:02d}:{seconds:02d}{sep}{millis:03d}"


def _rewrap(text: str, width: int | None, lines: int | None) -> str:
    if not width:
        return text
    wrapped = textwrap.wrap(" ".join(text.split("\n")), width=width) or [""]
    if lines and len(wrapped) > lines:
        wrapped = wrapped[: lines - 1] + [" ".join(wrapped[lines - 1:])]
    return "\n".join(wrapped)


def render_captions(cues: tuple[tuple[int, int, str], ...], caption_format: str, *,
                    language: str = "en", width: int | None = None,
                    lines: int | None = None) -> tuple[bytes, str]:
    """Captions as the service returns them: (body, media type)."""
    cues = tuple((start, end, _rewrap(text, width, lines)) for start, end, text in cues)
    if caption_format == "SRT":
        # cielo24 serves SRT with CRLF line ends.
        body = "".join(f"{n}\r\n{_clock(s, ',')} --> {_clock(e, ',')}\r\n"
                       + t.replace("\n", "\r\n") + "\r\n\r\n"
                       for n, (s, e, t) in enumerate(cues, 1))
        return body.encode("utf-8"), "text/plain; charset=utf-8"
    if caption_format == "WEB_VTT":
        body = "WEBVTT\n\n" + "".join(f"{n}\n{_clock(s, '.')} --> {_clock(e, '.')}\n{t}\n\n"
                                     for n, (s, e, t) in enumerate(cues, 1))
        return body.encode("utf-8"), "text/vtt; charset=utf-8"
    if caption_format == "SBV":
        def sbv(ms: int) -> str:
            return _clock(ms, ".")[1:] if ms < 36_000_000 else _clock(ms, ".")
        body = "".join(f"{sbv(s)},{sbv(e)}\n{t}\n\n" for s, e, t in cues)
        return body.encode("utf-8"), "text/plain; charset=utf-8"
    if caption_format == "DFXP":
        paragraphs = "".join(
            f'      <p begin="{_clock(s, ".")}" end="{_clock(e, ".")}">'
            f'{"<br/>".join(html.escape(line, quote=False) for line in t.split(chr(10)))}</p>\n'
            for s, e, t in cues)
        body = ('<?xml version="1.0" encoding="utf-8"?>\n'
                f'<tt xmlns="http://www.w3.org/ns/ttml" xmlns:tts="http://www.w3.org/ns/ttml#styling" '
                f'xml:lang="{html.escape(language)}">\n'
                '  <head>\n    <styling>\n'
                '      <style xml:id="s1" tts:fontFamily="sansSerif" tts:fontSize="100%"'
                ' tts:textAlign="center"/>\n'
                '    </styling>\n  </head>\n'
                '  <body style="s1">\n    <div>\n' + paragraphs + '    </div>\n  </body>\n</tt>\n')
        return body.encode("utf-8"), "application/ttml+xml; charset=utf-8"
    if caption_format == "TRANSCRIPT":
        body = "\n\n".join(" ".join(t.split("\n")) for _, _, t in cues) + "\n"
        return body.encode("utf-8"), "text/plain; charset=utf-8"
    raise ApiFailure("INVALID_OPTION", f"caption_format {caption_format} is not supported")


# -- the app ---------------------------------------------------------------------------------

def _error_response(error_type: str, comment: str, status: int = 400) -> JSONResponse:
    return JSONResponse({"ErrorType": error_type, "ErrorComment": comment}, status_code=status)


def _fault_body(status: int, path: str) -> dict[str, Any]:
    return {"ErrorType": "UNHANDLED_ERROR" if status >= 500 else "INVALID_QUERY",
            "ErrorComment": f"The service could not handle {path} right now (HTTP {status})"}


def _one_of(query: Any, name: str, allowed: Any, default: str | None = None) -> str:
    """A parameter that must be one of ``allowed`` (required unless it has a default)."""
    value = query.get(name, default)
    if not value:
        raise ApiFailure("MISSING_PARAMETER", f"Missing required parameter: {name}")
    if value not in allowed:
        raise ApiFailure("INVALID_OPTION", f"{name} {value!r} is not one of " + ", ".join(allowed))
    return str(value)


def _bool(value: str | None, name: str, default: bool = False) -> bool:
    if value is None or value == "":
        return default
    if value.lower() in ("true", "1"):
        return True
    if value.lower() in ("false", "0"):
        return False
    raise ApiFailure("INVALID_OPTION", f"{name} must be true or false, not {value!r}")


class Cielo24Emulator:
    """The emulated service: ``.app`` (ASGI, faults applied), ``.state``, ``.faults``.

    ``storage`` is the shared storage host (``emulators.storage.StorageHost``) when one is served
    alongside (optional): a ``media_url`` into it is "fetched" by looking the object up there, as
    the real service would download it; POSTed media never needs it.
    """

    def __init__(self, storage: Any = None, *, media_dir: str | Path | None = None,
                 calls_per_status: int = 1, demo_dir: str | Path | None = None) -> None:
        self.storage = storage
        self._tempdir: tempfile.TemporaryDirectory[str] | None = None
        if media_dir is None:
            self._tempdir = tempfile.TemporaryDirectory(prefix="cielo24-media-")
            media_dir = self._tempdir.name
        media_dir = Path(media_dir)
        media_dir.mkdir(parents=True, exist_ok=True)
        self.state = Cielo24State(media_dir, calls_per_status=calls_per_status,
                                  demo_dir=Path(demo_dir) if demo_dir is not None else None)
        self.faults = Faults()
        routes = [
            Route("/api/account/login", self._login, methods=["GET", "POST"]),
            Route("/api/account/logout", self._logout, methods=["GET"]),
            Route("/api/job/new", self._job_new, methods=["GET"]),
            Route("/api/job/add_media", self._add_media, methods=["GET", "POST"]),
            Route("/api/job/perform_transcription", self._perform_transcription, methods=["GET", "POST"]),
            Route("/api/job/info", self._job_info, methods=["GET"]),
            Route("/api/job/media", self._job_media, methods=["GET"]),
            Route("/api/job/list", self._job_list, methods=["GET"]),
            Route("/api/job/get_caption", self._get_caption, methods=["GET"]),
        ]
        inner = Starlette(routes=routes)
        inner.add_exception_handler(404, self._unknown_path)
        self.app = FaultMiddleware(inner, self.faults, error_body=_fault_body)

    def close(self) -> None:
        """Delete the uploaded media (when the emulator made its own temporary directory)."""
        if self._tempdir is not None:
            self._tempdir.cleanup()
            self._tempdir = None

    # -- plumbing ----------------------------------------------------------------------------
    @staticmethod
    async def _unknown_path(request: Request, exc: Exception) -> Response:
        return _error_response("INVALID_QUERY", f"Unknown API path {request.url.path}", 404)

    def _check_version(self, request: Request) -> None:
        version = request.query_params.get("v")
        if version is None:
            raise ApiFailure("MISSING_PARAMETER", "Missing required parameter: v")
        if version != "1":
            raise ApiFailure("INVALID_OPTION", f"Unsupported API version {version!r}; use v=1")

    def _user(self, request: Request) -> str:
        self._check_version(request)
        token = request.query_params.get("api_token")
        if not token:
            raise ApiFailure("MISSING_PARAMETER", "Missing required parameter: api_token")
        with self.state.lock:
            username = self.state.tokens.get(token)
        if username is None:
            raise ApiFailure("BAD_API_TOKEN", "The API token is invalid or has expired; log in again")
        return username

    def _job(self, request: Request, username: str) -> Job:
        job_id = request.query_params.get("job_id")
        if not job_id:
            raise ApiFailure("MISSING_PARAMETER", "Missing required parameter: job_id")
        job = self.state.jobs.get(job_id)
        if job is None or job.username != username:
            raise ApiFailure("ITEM_NOT_FOUND", f"Job {job_id} was not found")
        return job

    async def _run(self, request: Request, handler: Any) -> Response:
        with self.state.lock:
            self.state.requests.append((request.method, request.url.path))
        try:
            result = await handler(request)
        except ApiFailure as failure:
            return _error_response(failure.error_type, failure.comment, failure.status)
        return result if isinstance(result, Response) else JSONResponse(result)

    # -- access control ----------------------------------------------------------------------
    async def _login(self, request: Request) -> Response:
        async def handle(request: Request) -> dict[str, Any]:
            self._check_version(request)
            query = request.query_params
            username = query.get("username")
            if not username:
                raise ApiFailure("MISSING_PARAMETER", "Missing required parameter: username")
            password, securekey = query.get("password"), query.get("securekey")
            if not password and not securekey:
                raise ApiFailure("MISSING_PARAMETER", "Either password or securekey is required")
            account = self.state.accounts.get(username)
            valid = account is not None and (
                (securekey is not None and securekey == account["securekey"])
                or (securekey is None and password == account["password"]))
            if not valid:
                raise ApiFailure("LOGIN_INVALID", "Incorrect username or password")
            token = uuid.uuid4().hex
            with self.state.lock:
                self.state.tokens[token] = username
                self.state.logins += 1
            return {"ApiToken": token}
        return await self._run(request, handle)

    async def _logout(self, request: Request) -> Response:
        async def handle(request: Request) -> Response:
            self._user(request)
            with self.state.lock:
                self.state.tokens.pop(request.query_params["api_token"], None)
            return Response(status_code=200)
        return await self._run(request, handle)

    # -- jobs --------------------------------------------------------------------------------
    async def _job_new(self, request: Request) -> Response:
        async def handle(request: Request) -> dict[str, Any]:
            username = self._user(request)
            query = request.query_params
            language = query.get("language", "en")
            if not _LANGUAGE.match(language):
                raise ApiFailure("INVALID_OPTION", f"language {language!r} is not an RFC 5646 code")
            job = Job(uuid.uuid4().hex, username, name=query.get("job_name", ""), language=language,
                      external_id=query.get("external_id", ""))
            task_id = job.add_task("JOB_CREATED")
            with self.state.lock:
                self.state.jobs[job.job_id] = job
            return {"JobId": job.job_id, "TaskId": task_id}
        return await self._run(request, handle)

    async def _add_media(self, request: Request) -> Response:
        return await self._run(request, self._handle_add_media)

    async def _handle_add_media(self, request: Request) -> dict[str, Any]:
        username = self._user(request)
        job = self._job(request, username)
        query = request.query_params
        if request.method == "GET":
            media_url = query.get("media_url")
            if not media_url:
                raise ApiFailure("MISSING_PARAMETER", "Missing required parameter: media_url")
            if not re.match(r"^https?://[^\s/]+", media_url):
                raise ApiFailure("INVALID_URL", f"media_url {media_url!r} is not an http(s) URL")
            duplicate_allowed = _bool(query.get("is_duplicate"), "is_duplicate")
            with self.state.lock:
                self._refuse_second_media(job)
                if not duplicate_allowed:
                    other = next((j for j in self.state.jobs.values() if j.username == username
                                  and j.media_url == media_url), None)
                    if other is not None:
                        raise ApiFailure("INVALID_QUERY",
                                         f"Job {other.job_id} already uses this media_url; "
                                         "pass is_duplicate=true to add it to another job")
            stored = self._stored_object(media_url)
            with self.state.lock:
                self._refuse_second_media(job)
                job.media_url = media_url
                if stored is not None:  # "fetched" from the storage host served alongside
                    job.media_sha256 = stored.sha256
                    job.media_seconds = mp4_duration(stored.path) if stored.path else None
                if self.state.is_demo_media(url=media_url) or (
                        stored is not None and self.state.is_demo_media(sha256=stored.sha256)):
                    job.transcript = self.state.demo_transcript
                return {"TaskId": job.add_task("JOB_ADD_MEDIA")}
        if "media_url" in query:
            raise ApiFailure("INVALID_QUERY",
                             "Do not send media_url when uploading media in the request body")
        headers = request.headers
        if "content-type" in headers:
            raise ApiFailure("INVALID_QUERY",
                             "No Content-Type may be sent when uploading media; send the raw binary body")
        if "chunked" in headers.get("transfer-encoding", "").lower():
            raise ApiFailure("INVALID_QUERY",
                             "Chunked transfer encoding is not supported; send Content-Length")
        declared = headers.get("content-length")
        if declared is None or not declared.isdigit():
            raise ApiFailure("MISSING_PARAMETER", "Content-Length is required when uploading media")
        length = int(declared)
        if length > self.state.max_media_bytes:
            raise ApiFailure("INVALID_QUERY", f"Media of {length} bytes is over the 10 GB limit")
        if length == 0:
            raise ApiFailure("INVALID_QUERY", "The request body holds no media")
        self._refuse_second_media(job)
        path = self.state.media_dir / f"{job.job_id}.media"
        size, sha256 = await _store_body(request, path)
        if size != length:
            path.unlink(missing_ok=True)
            raise ApiFailure("INVALID_QUERY", f"Received {size} of the {length} bytes declared")
        with self.state.lock:
            if job.has_media:  # a concurrent upload won the race
                path.unlink(missing_ok=True)
                self._refuse_second_media(job)
            job.media_path, job.media_sha256 = path, sha256
            job.media_seconds = mp4_duration(path)
            if self.state.is_demo_media(sha256=sha256):
                job.transcript = self.state.demo_transcript
            self.state.uploads.append(Upload(job.job_id, path, size, sha256, length,
                                             headers.get("content-type"),
                                             headers.get("transfer-encoding")))
            return {"TaskId": job.add_task("JOB_ADD_MEDIA")}

    def _stored_object(self, media_url: str) -> Any:
        """The storage host's object a media URL points at (None for any other host); a URL
        into the storage host for a missing object cannot be fetched."""
        if self.storage is None:
            return None
        try:
            base = self.storage.base_url
        except RuntimeError:  # storage host not started
            return None
        if not media_url.startswith(base + "/"):
            return None
        key = unquote(media_url[len(base) + 1:].split("?", 1)[0])
        stored = self.storage.get(key)
        if stored is None:
            raise ApiFailure("INVALID_URL", f"media_url could not be fetched: {key} does not exist")
        return stored

    @staticmethod
    def _refuse_second_media(job: Job) -> None:
        if job.has_media:
            raise ApiFailure("INVALID_QUERY",
                             f"Job {job.job_id} already has media; "
                             "a job may only have a single piece of media")

    async def _perform_transcription(self, request: Request) -> Response:
        async def handle(request: Request) -> dict[str, Any]:
            username = self._user(request)
            job = self._job(request, username)
            query = request.query_params
            fidelity = _one_of(query, "transcription_fidelity", FIDELITIES)
            priority = _one_of(query, "priority", PRIORITIES, default="STANDARD")
            hours_text = query.get("turnaround_hours")
            hours: int | None = None
            if hours_text is not None:
                if not hours_text.isdigit() or int(hours_text) < 1:
                    raise ApiFailure("INVALID_OPTION",
                                     f"turnaround_hours {hours_text!r} must be a whole number of hours")
                hours = int(hours_text)
                if hours < 48 and priority == "STANDARD":
                    priority = "PRIORITY"  # as documented: silently raised
            target = query.get("target_language")
            if target is not None and not _LANGUAGE.match(target):
                raise ApiFailure("INVALID_OPTION", f"target_language {target!r} is not an RFC 5646 code")
            options: dict[str, Any] = {}
            if query.get("options"):
                try:
                    options = json.loads(query["options"])
                except ValueError:
                    options = None  # type: ignore[assignment]
                if not isinstance(options, dict):
                    raise ApiFailure("INVALID_OPTION", "options must be a JSON dictionary")
            callback = query.get("callback_url")
            with self.state.lock:
                if not job.has_media:
                    raise ApiFailure("INVALID_QUERY", f"Job {job.job_id} has no media; add media first")
                if job.fidelity is not None:
                    raise ApiFailure("INVALID_QUERY", f"Job {job.job_id} is already {job.status}")
                job.fidelity, job.priority, job.turnaround_hours = fidelity, priority, hours or (
                    24 if priority != "STANDARD" else 48)
                job.target_language, job.options, job.callback_url = target, options, callback
                job.status, job.started, job.watched = STATUS_FLOW[0], _now(), 0
                if self.state.calls_per_status <= 0:
                    job.status, job.completed = "Complete", _now()
                return {"TaskId": job.add_task("JOB_PERFORM_TRANSCRIPTION", "INPROGRESS")}
        return await self._run(request, handle)

    def _watch(self, job: Job) -> None:
        """One look at a transcribing job: every ``calls_per_status`` looks move it one status on."""
        with self.state.lock:
            if job.status not in STATUS_FLOW or job.status == "Complete" or job.fidelity is None:
                return
            job.watched += 1
            if job.watched >= self.state.calls_per_status:
                job.watched = 0
                job.status = STATUS_FLOW[STATUS_FLOW.index(job.status) + 1]
                if job.status == "Complete":
                    job.completed = _now()
                    for task in job.tasks:
                        if task["TaskStatus"] == "INPROGRESS":
                            task["TaskStatus"], task["TaskCompletedTime"] = "COMPLETE", _now()

    async def _job_info(self, request: Request) -> Response:
        async def handle(request: Request) -> dict[str, Any]:
            job = self._job(request, self._user(request))
            with self.state.lock:
                info = job.info()
            self._watch(job)  # the next look sees the next status
            return info
        return await self._run(request, handle)

    async def _job_media(self, request: Request) -> Response:
        """The media's URL; none for media uploaded in a request body (as documented)."""
        async def handle(request: Request) -> dict[str, Any]:
            job = self._job(request, self._user(request))
            with self.state.lock:
                return {"MediaUrl": job.media_url} if job.media_url else {}
        return await self._run(request, handle)

    async def _job_list(self, request: Request) -> Response:
        async def handle(request: Request) -> dict[str, Any]:
            username = self._user(request)
            query = request.query_params
            with self.state.lock:
                jobs = [job for job in self.state.jobs.values() if job.username == username]
            wanted_status, wanted_external = query.get("JobStatus"), query.get("ExternalID")
            with self.state.lock:
                active = [job.info() for job in jobs
                          if (wanted_status is None or job.status == wanted_status)
                          and (wanted_external is None or job.external_id == wanted_external)]
            for job in jobs:
                self._watch(job)
            for info in active:
                info.pop("Tasks")
            return {"Username": username, "ActiveJobs": active}
        return await self._run(request, handle)

    async def _get_caption(self, request: Request) -> Response:
        async def handle(request: Request) -> Response:
            job = self._job(request, self._user(request))
            query = request.query_params
            caption_format = _one_of(query, "caption_format", CAPTION_FORMATS)
            width = _positive(query.get("characters_per_caption_line"), "characters_per_caption_line")
            lines = _positive(query.get("lines_per_caption"), "lines_per_caption")
            with self.state.lock:
                if job.status != "Complete":
                    raise ApiFailure("INVALID_QUERY", f"Job {job.job_id} is {job.status}; captions are "
                                     "available once it is Complete")
                cues = job.transcript or _BUILTIN_TRANSCRIPT
                language = job.target_language or job.language
            body, media_type = render_captions(cues, caption_format, language=language,
                                               width=width, lines=lines)
            return Response(body, media_type=media_type)
        return await self._run(request, handle)


async def _store_body(request: Request, path: Path, batch: int = 4 << 20) -> tuple[int, str]:
    """Stream the request body to ``path``; returns (size, SHA-256). Hashing and writing run in a
    worker thread on ~4 MB batches while the next batch arrives (flat memory, loop stays free)."""
    digest = hashlib.sha256()
    size = 0
    pending: asyncio.Future[None] | None = None
    buffer: list[bytes] = []
    buffered = 0

    def write(handle: Any, data: bytes) -> None:
        handle.write(data)
        digest.update(data)

    with path.open("wb") as handle:
        try:
            async for chunk in request.stream():
                if not chunk:
                    continue
                buffer.append(chunk)
                buffered += len(chunk)
                size += len(chunk)
                if buffered >= batch:
                    if pending is not None:
                        await pending
                    data, buffer, buffered = b"".join(buffer), [], 0
                    pending = asyncio.ensure_future(asyncio.to_thread(write, handle, data))
        finally:
            if pending is not None:
                await pending
        if buffer:
            write(handle, b"".join(buffer))
    return size, digest.hexdigest()


def _positive(value: str | None, name: str) -> int | None:
    if value is None:
        return None
    if not value.isdigit() or int(value) < 1:
        raise ApiFailure("INVALID_OPTION", f"{name} must be a positive whole number, not {value!r}")
    return int(value)

