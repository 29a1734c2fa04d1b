"""cielo24 API v1 client: log in, create a job, add its media, order a transcription, follow the
job and fetch its captions.

    client = Cielo24Client(http, username="me", api_key=securekey)
    await client.login()
    job_id, _ = await client.new_job("Episode 104", language="en", external_id="ep-104")
    await client.add_media_file(job_id, "ep104.mp4", on_progress=show)   # or add_media_url(...)
    await client.perform_transcription(job_id, "PREMIUM", turnaround="PRIORITY")
    info = await client.wait_for_job(job_id, poll_interval=60)            # until Complete
    document = await client.get_caption_document(job_id, "WEB_VTT")

Every call is ``/api/<area>/<action>?v=1`` with the session's ``api_token`` in the query (cielo24
has no header authentication). The token, securekey and password therefore travel only in URLs to
the configured cielo24 host: they are cut out of every exception message here and out of httpx's
request log lines (see ``_RedactingFilter``). An expired token is answered by logging in again,
once, and repeating the call.

Errors are HTTP 400 ``{"ErrorType", "ErrorComment"}``; they become ``AuthError`` (bad login or
token, unprivileged account), ``NotFoundError`` (``ITEM_NOT_FOUND``) or ``BadRequestError``, with
``str(error) == "ErrorComment (ErrorType)"`` and ``error.code == ErrorType``.

Media from a local file is POSTed as the raw request body through the shared upload engine with an
exact Content-Length, no Content-Type and no chunked encoding, as cielo24 requires. cielo24's
"10 gb" limit is read as 10 * 10**9 bytes (``MAX_MEDIA_BYTES``): the stricter of the two readings,
so a file the service might refuse is refused here before a single byte is sent. So is a file for
a job that already has its one media: the job's tasks (``job/info``) name a ``JOB_ADD_MEDIA``, or,
when the answer lists no tasks, ``job/media`` names the media's URL.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import re
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

import httpx

from subtitle_desk.core import formats

from .errors import (
    ApiError,
    AuthError,
    BadRequestError,
    JobFailedError,
    JobTimeoutError,
    NotFoundError,
    ServiceError,
    UploadError,
    error_for_status,
)
from .http import transport_errors
from .upload import DEFAULT_STALL_TIMEOUT, UploadProgress

if TYPE_CHECKING:
    from subtitle_desk.core.document import Document

__all__ = [
    "Cielo24Client",
    "DEFAULT_API_URL",
    "MAX_MEDIA_BYTES",
    "FIDELITIES",
    "PRIORITIES",
    "JOB_STATUSES",
    "CAPTION_FORMATS",
    "DOCUMENT_FORMATS",
    "error_from_body",
    "redact",
]

SERVICE = "cielo24"
DEFAULT_API_URL = "https://api.cielo24.com"
API_VERSION = "1"
#: cielo24's "10 gb" per media file, read as SI gigabytes (see the module docstring).
MAX_MEDIA_BYTES = 10 * 10**9
FIDELITIES = ("MECHANICAL", "PREMIUM", "PROFESSIONAL")
#: Values of ``priority``; ``turnaround`` may also be a number of hours (``turnaround_hours``).
PRIORITIES = ("STANDARD", "PRIORITY", "CRITICAL")
JOB_STATUSES = ("Authorizing", "Pending", "In Process", "Complete", "Media Failure", "Reviewing")
CAPTION_FORMATS = ("SRT", "SBV", "DFXP", "QT", "TRANSCRIPT", "TWX", "TPM", "WEB_VTT", "ECHO")
#: cielo24 caption formats that open as a document -> our format (the format modules name them).
DOCUMENT_FORMATS = {fi.cielo24_name: fi.key for fi in formats.INFOS.values() if fi.cielo24_name}

_AUTH_ERRORS = {"INVALID_API_TOKEN", "BAD_API_TOKEN", "ACCOUNT_UNPRIVILEGED", "LOGIN_INVALID"}
#: ErrorTypes that mean "this session is over": worth one fresh login.
_EXPIRED_TOKEN = {"INVALID_API_TOKEN", "BAD_API_TOKEN"}
_SECRET_PARAMS = ("api_token", "securekey", "password", "api_securekey")
_SECRET_IN_URL = re.compile(r"(?i)\b(" + "|".join(_SECRET_PARAMS) + r")=[^&\s\"'#]*")
#: 5xx answers and dropped connections on read-only calls are retried this many times.
_READ_RETRIES = 2
#: ``TaskStatus`` of a task that did not happen (its media was never added).
_FAILED_TASK = "FAILED"

Progress = Callable[[UploadProgress], Any]


def redact(text: str, secrets: tuple[str | None, ...] = ()) -> str:
    """``text`` with secret query values (``api_token=...``) and any known secret replaced."""
    text = _SECRET_IN_URL.sub(lambda m: f"{m.group(1)}=***", text)
    for secret in secrets:
        if secret and len(secret) >= 4:
            text = text.replace(secret, "***")
    return text


class _RedactingFilter(logging.Filter):
    """Cuts secret query values out of httpx's "HTTP Request: GET <url> ..." log records."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, Mapping):
            record.args = {k: _redact_arg(v) for k, v in record.args.items()}
        elif record.args:
            args = record.args if isinstance(record.args, tuple) else (record.args,)
            record.args = tuple(_redact_arg(a) for a in args)
        elif isinstance(record.msg, str) and "=" in record.msg:
            record.msg = redact(record.msg)
        return True


def _redact_arg(value: Any) -> Any:
    return redact(str(value)) if isinstance(value, (str, httpx.URL)) else value


def _install_log_redaction() -> None:
    for name in ("httpx", "httpcore"):
        logger = logging.getLogger(name)
        if not any(isinstance(f, _RedactingFilter) for f in logger.filters):
            logger.addFilter(_RedactingFilter())


def error_from_body(status: int, body: Any, *, path: str = "") -> ApiError:
    """The typed error for a cielo24 error answer (``{"ErrorType", "ErrorComment"}`` or anything
    else a proxy may have put there)."""
    if isinstance(body, Mapping) and ("ErrorType" in body or "ErrorComment" in body):
        error_type = str(body.get("ErrorType") or "UNKNOWN_ERROR")
        comment = str(body.get("ErrorComment") or "").strip() or error_type.replace("_", " ").lower()
        if error_type in _AUTH_ERRORS:
            cls: type[ApiError] = AuthError
        elif error_type == "ITEM_NOT_FOUND":
            cls = NotFoundError
        elif status >= 500 or status in (401, 403, 404, 429):
            cls = error_for_status(status)
        else:
            cls = BadRequestError
        return cls(f"{comment} ({error_type})", service=SERVICE, status=status, path=path,
                   code=error_type, details=dict(body))
    return error_for_status(status)(f"cielo24 answered HTTP {status} on {path}", service=SERVICE,
                                    status=status, path=path)


class Cielo24Client:
    """One cielo24 account over an injected ``httpx.AsyncClient``.

    ``api_key`` is the account's securekey (preferred: it can be revoked without changing the
    password); ``password`` is used when no key is given. ``login()`` happens on the first call if
    it was not called explicitly.
    """

    def __init__(self, http: httpx.AsyncClient, *, api_url: str = DEFAULT_API_URL, username: str,
                 api_key: str | None = None, password: str | None = None,
                 retry_delay: float = 0.5) -> None:
        if not username:
            raise ValueError("cielo24 needs a username")
        if not api_key and not password:
            raise ValueError("cielo24 needs an API key (securekey) or a password")
        self._http = http
        self.api_url = api_url.rstrip("/")
        self.username = username
        self._api_key = api_key or None
        self._password = password or None
        self._token: str | None = None
        self._login_lock = asyncio.Lock()
        self._retry_delay = retry_delay
        _install_log_redaction()

    def __repr__(self) -> str:  # never the secrets
        return f"Cielo24Client(api_url={self.api_url!r}, username={self.username!r})"

    @property
    def logged_in(self) -> bool:
        return self._token is not None

    # -- plumbing ----------------------------------------------------------------------------
    def _secrets(self) -> tuple[str | None, ...]:
        return (self._token, self._api_key, self._password)

    def _clean(self, error: ServiceError) -> ServiceError:
        """The same error with any secret cut out of its message (belt and braces)."""
        message = redact(error.message, self._secrets())
        if message != error.message:
            error.message = message
            error.args = (message,)
        return error

    def _url(self, action: str) -> str:
        return f"{self.api_url}/api/{action}"

    async def _send(self, method: str, action: str, params: dict[str, Any], *,
                    retries: int = 0) -> httpx.Response:
        query = {"v": API_VERSION, **{k: _param(v) for k, v in params.items() if v is not None}}
        attempt = 0
        while True:
            try:
                with transport_errors(SERVICE):
                    response = await self._http.request(method, self._url(action), params=query)
            except ServiceError as error:
                if attempt < retries:
                    attempt += 1
                    await asyncio.sleep(self._retry_delay * attempt)
                    continue
                raise self._clean(error) from None
            if response.status_code >= 500 and attempt < retries:
                attempt += 1
                await asyncio.sleep(self._retry_delay * attempt)
                continue
            return response

    def _raise_for(self, response: httpx.Response, action: str) -> None:
        if response.status_code < 400:
            return
        try:
            body: Any = response.json()
        except ValueError:
            body = None
        raise self._clean(error_from_body(response.status_code, body, path=f"/api/{action}"))

    async def _call(self, action: str, params: dict[str, Any] | None = None, *,
                    read_only: bool = True) -> httpx.Response:
        """A signed-in call; one fresh login and a repeat when the token has expired."""
        await self._ensure_session()
        for fresh_login in (False, True):
            token = self._token
            response = await self._send("GET", action, {**(params or {}), "api_token": token},
                                        retries=_READ_RETRIES if read_only else 0)
            try:
                self._raise_for(response, action)
            except AuthError as error:
                if fresh_login or error.code not in _EXPIRED_TOKEN:
                    raise
                await self._relogin(token)
                continue
            return response
        raise AssertionError("unreachable")

    async def _call_json(self, action: str, params: dict[str, Any] | None = None, *,
                         read_only: bool = True) -> Any:
        response = await self._call(action, params, read_only=read_only)
        try:
            return response.json()
        except ValueError:
            raise BadRequestError(f"cielo24 answered /api/{action} with something other than JSON",
                                  service=SERVICE, status=response.status_code,
                                  path=f"/api/{action}") from None

    async def _ensure_session(self) -> None:
        if self._token is None:
            async with self._login_lock:
                if self._token is None:  # concurrent first calls log in once
                    await self._login_locked()

    async def _relogin(self, stale: str | None) -> None:
        async with self._login_lock:
            if self._token == stale:  # nobody else logged in meanwhile
                self._token = None
                await self._login_locked()

    # -- access ------------------------------------------------------------------------------
    async def login(self) -> str:
        """Start a session (securekey preferred, else password); returns the username."""
        async with self._login_lock:
            await self._login_locked()
        return self.username

    async def _login_locked(self) -> None:
        params: dict[str, Any] = {"username": self.username}
        if self._api_key:
            params["securekey"] = self._api_key
        else:
            params["password"] = self._password
        response = await self._send("GET", "account/login", params, retries=_READ_RETRIES)
        self._raise_for(response, "account/login")
        try:
            token = response.json()["ApiToken"]
        except (ValueError, KeyError, TypeError):
            raise AuthError("cielo24 answered the login without an ApiToken", service=SERVICE,
                            status=response.status_code, path="/api/account/login") from None
        self._token = str(token)

    async def logout(self) -> None:
        """End the session (harmless when there is none or it already expired)."""
        token, self._token = self._token, None
        if token is None:
            return
        response = await self._send("GET", "account/logout", {"api_token": token})
        try:
            self._raise_for(response, "account/logout")
        except AuthError as error:
            if error.code not in _EXPIRED_TOKEN:
                raise

    # -- jobs --------------------------------------------------------------------------------
    async def new_job(self, job_name: str | None = None, language: str = "en",
                      external_id: str | None = None) -> tuple[str, str]:
        """Create an empty job; returns ``(job_id, task_id)``."""
        body = await self._call_json("job/new", {"job_name": job_name, "language": language,
                                                 "external_id": external_id}, read_only=False)
        return str(body["JobId"]), str(body.get("TaskId", ""))

    async def job_list(self, **filters: Any) -> list[dict[str, Any]]:
        """The account's jobs (``ActiveJobs``), optionally filtered the way cielo24 filters
        (``JobStatus="Complete"``, ``ExternalID=...``, ``Fidelity=...`` ...)."""
        body = await self._call_json("job/list", filters)
        return list(body.get("ActiveJobs") or [])

    async def job_info(self, job_id: str) -> dict[str, Any]:
        """The job's fields (``JobStatus``, ``Fidelity``, ``Priority``, ``MediaLengthSeconds`` ...)."""
        return dict(await self._call_json("job/info", {"job_id": job_id}))

    async def wait_for_job(self, job_id: str, *, poll_interval: float = 30.0,
                           timeout: float | None = None,
                           on_status: Callable[[str, dict[str, Any]], Any] | None = None) -> dict[str, Any]:
        """Follow ``job_info`` until the job is ``Complete``; returns the final info.

        ``on_status(status, info)`` is called whenever the status changes. ``Media Failure``
        raises ``JobFailedError``; still unfinished after ``timeout`` seconds raises
        ``JobTimeoutError``. Cancel the task to stop waiting.
        """
        loop = asyncio.get_running_loop()
        deadline = None if timeout is None else loop.time() + timeout
        last: str | None = None
        while True:
            info = await self.job_info(job_id)
            status = str(info.get("JobStatus") or "")
            if status != last and on_status is not None:
                on_status(status, info)
            last = status
            if status == "Complete":
                return info
            if status == "Media Failure":
                raise JobFailedError(f"Job {job_id} failed: cielo24 could not use its media",
                                     service=SERVICE, code=status)
            if deadline is not None and loop.time() + poll_interval > deadline:
                raise JobTimeoutError(f"Job {job_id} is still {status} after {timeout:g} s",
                                      service=SERVICE, code=status)
            await asyncio.sleep(poll_interval)

    async def media_url(self, job_id: str) -> str | None:
        """``job/media``: the URL of the job's media, ``None`` when it has none or was uploaded
        directly (cielo24 names no URL for those)."""
        body = await self._call_json("job/media", {"job_id": job_id})
        url = body.get("MediaUrl") if isinstance(body, Mapping) else None
        return str(url) if url else None

    async def _existing_media(self, job_id: str, info: Mapping[str, Any]) -> str | None:
        """What says the job already has media, or ``None``."""
        tasks = info.get("Tasks")
        if isinstance(tasks, list):
            for task in tasks:
                if (isinstance(task, Mapping) and task.get("TaskType") == "JOB_ADD_MEDIA"
                        and task.get("TaskStatus") != _FAILED_TASK):
                    return f"media was added on {task.get('TaskRequestTime') or 'an earlier request'}"
            return None
        length = info.get("MediaLengthSeconds")
        if isinstance(length, (int, float)) and length > 0:
            return f"its media is {length:g} s long"
        try:
            url = await self.media_url(job_id)
        except (BadRequestError, NotFoundError):
            return None  # no media URL to tell of
        return f"its media is {redact(url)}" if url else None

    async def add_media_url(self, job_id: str, media_url: str, is_duplicate: bool = False) -> str:
        """Have cielo24 fetch the job's media from a public URL; returns the task id."""
        body = await self._call_json("job/add_media", {"job_id": job_id, "media_url": media_url,
                                                       "is_duplicate": is_duplicate or None},
                                     read_only=False)
        return str(body.get("TaskId", ""))

    async def add_media_file(self, job_id: str, path: str | os.PathLike[str],
                             on_progress: Progress | None = None, *,
                             stall_timeout: float | None = DEFAULT_STALL_TIMEOUT) -> str:
        """Upload a local media file as the job's one media; returns the task id.

        The bytes go as the raw POST body: exact Content-Length, no Content-Type, never chunked.
        Files over ``MAX_MEDIA_BYTES``, and files for a job that already has media (cielo24 takes
        one per job), are refused before anything is sent.
        """
        from .upload import upload_file  # the shared streaming engine

        path = Path(path)
        try:
            size = path.stat().st_size
        except OSError as exc:
            raise UploadError(f"cannot read {path.name}: {exc.strerror or exc}", service=SERVICE) from None
        if size > MAX_MEDIA_BYTES:
            raise UploadError(f"{path.name} is {size / 10**9:.2f} GB; cielo24 takes media files of "
                              f"up to 10 GB", service=SERVICE)
        if size == 0:
            raise UploadError(f"{path.name} is empty", service=SERVICE)
        # A cheap look first: an unknown job, a job that has its media already or an expired
        # session is found (and a session renewed) before gigabytes go out, not after the
        # service has refused them.
        existing = await self._existing_media(job_id, await self.job_info(job_id))
        if existing is not None:
            raise BadRequestError(
                f"Job {job_id} already has media ({existing}); a cielo24 job takes a single "
                f"media file, so {path.name} was not sent. Create a new job for it.",
                service=SERVICE, path="/api/job/add_media", code="JOB_HAS_MEDIA")
        for fresh_login in (False, True):
            token = self._token
            try:
                response = await upload_file(
                    self._http, "POST", self._url("job/add_media"), path,
                    params={"v": API_VERSION, "api_token": token, "job_id": job_id},
                    content_type=None, on_progress=on_progress, max_size=MAX_MEDIA_BYTES,
                    service=SERVICE, stall_timeout=stall_timeout)
            except ServiceError as error:
                raise self._clean(error) from None
            try:
                self._raise_for(response, "job/add_media")
            except AuthError as error:
                if fresh_login or error.code not in _EXPIRED_TOKEN:
                    raise
                await self._relogin(token)
                continue
            try:
                return str(response.json().get("TaskId", ""))
            except ValueError:
                return ""
        raise AssertionError("unreachable")

    async def perform_transcription(self, job_id: str, fidelity: str,
                                    turnaround: str | int | None = None,
                                    target_language: str | None = None,
                                    options: Mapping[str, Any] | None = None, *,
                                    callback_url: str | None = None) -> str:
        """Order the transcription; returns the task id.

        ``fidelity``: MECHANICAL, PREMIUM or PROFESSIONAL. ``turnaround``: a priority name
        (STANDARD, PRIORITY, CRITICAL) or a number of hours (sent as ``turnaround_hours``).
        ``target_language`` asks for a translation; ``options`` is cielo24's job options
        dictionary (``{"notes": ..., "speaker_id": true}``), sent as JSON.
        """
        fidelity = fidelity.upper()
        if fidelity not in FIDELITIES:
            raise ValueError(f"fidelity must be one of {', '.join(FIDELITIES)}, not {fidelity!r}")
        params: dict[str, Any] = {"job_id": job_id, "transcription_fidelity": fidelity,
                                  "target_language": target_language, "callback_url": callback_url}
        if isinstance(turnaround, int) and not isinstance(turnaround, bool):
            params["turnaround_hours"] = turnaround
        elif isinstance(turnaround, str) and turnaround.strip().isdigit():
            params["turnaround_hours"] = int(turnaround)
        elif turnaround is not None:
            params["priority"] = str(turnaround).upper()
        if options:
            params["options"] = json.dumps(dict(options), separators=(",", ":"))
        body = await self._call_json("job/perform_transcription", params, read_only=False)
        return str(body.get("TaskId", ""))

    async def get_caption(self, job_id: str, caption_format: str = "SRT", **options: Any) -> bytes:
        """The job's captions as the service renders them. ``options`` are cielo24's caption
        options (``characters_per_caption_line=32``, ``dfxp_include_head=True`` ...)."""
        params = {"job_id": job_id, "caption_format": caption_format.upper(), **options}
        response = await self._call("job/get_caption", params)
        return response.content

    async def get_caption_document(self, job_id: str, caption_format: str = "SRT",
                                   **options: Any) -> "Document":
        """The job's captions read into a core ``Document`` (SRT, WEB_VTT or DFXP)."""
        caption_format = caption_format.upper()
        core_format = DOCUMENT_FORMATS.get(caption_format)
        if core_format is None:
            raise ValueError(f"{caption_format} captions do not open as a subtitle document; "
                             f"use one of {', '.join(DOCUMENT_FORMATS)}")
        data = await self.get_caption(job_id, caption_format, **options)
        return formats.read_bytes(data, path=f"cielo24-{job_id}{formats.info(core_format).extension}",
                                  format=core_format)


def _param(value: Any) -> Any:
    if isinstance(value, bool):
        return "true" if value else "false"
    return value
