"""A strict signed-URL storage host, like the S3 buckets Dotsub, DatoCMS and cielo24 hand out.

Service emulators sign URLs on it (``sign_put`` / ``sign_get``) and learn about arrivals through
``on_upload``; clients PUT bytes there with :func:`subtitle_desk.core.services.upload.upload_file`.
It is as strict as S3 where clients usually get it wrong:

* the query signature (``X-Amz-Signature``, an HMAC over method, key, date, expiry and the signed
  Content-Type) must match and not be expired: otherwise 403 ``SignatureDoesNotMatch`` /
  ``AccessDenied`` with an S3-style XML body;
* any ``Authorization`` header is a 400 ``InvalidArgument`` ("Only one auth mechanism allowed"):
  a service's bearer token must never reach this host;
* a PUT needs an exact ``Content-Length`` (chunked transfer encoding is a 411
  ``MissingContentLength``) and a body of exactly that length, or nothing is stored.

Bodies are streamed to disk (or only hashed with ``keep_bytes=False``) so memory stays flat for
multi-gigabyte uploads. Stored objects are served back through signed GET URLs with Range support,
so QtMultimedia can stream a video from here.

``Faults.drop_upload_after`` really aborts the TCP connection (the client sees a reset, not a 5xx)
when the server is uvicorn; under other ASGI servers it falls back to a 500.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import hmac
import os
import re
import secrets
import tempfile
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, quote, unquote
from xml.sax.saxutils import escape

from .faults import DroppedConnection, FaultMiddleware, Faults
from .server import ServedApp

__all__ = ["StorageHost", "StoredObject"]

_ALGORITHM = "AWS4-HMAC-SHA256"
_REGION = "us-east-1"
_ACCESS_KEY = "EMULATORKEYID"  # public id, like an AWS access key id; the signing secret is per host
_MAX_EXPIRES = 7 * 24 * 3600  # S3's limit for presigned URLs
_SEND_CHUNK = 1 << 20


@dataclass(frozen=True)
class StoredObject:
    key: str
    size: int
    sha256: str
    content_type: str | None
    #: Where the bytes are on disk; ``None`` when the host only hashes (``keep_bytes=False``).
    path: Path | None
    stored_at: float = 0.0


UploadCallback = Callable[[str, StoredObject], None]


class _S3Error(Exception):
    def __init__(self, status: int, code: str, message: str,
                 headers: list[tuple[bytes, bytes]] | None = None) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message
        self.headers = headers or []


def _error_xml(code: str, message: str, resource: str) -> bytes:
    request_id = uuid.uuid4().hex[:16].upper()
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f"<Error><Code>{escape(code)}</Code><Message>{escape(message)}</Message>"
        f"<Resource>{escape(resource)}</Resource><RequestId>{request_id}</RequestId></Error>"
    ).encode()


def _fault_body(status: int, path: str) -> dict[str, Any]:
    return {"Error": {"Code": "ServiceUnavailable" if status == 503 else "InternalError",
                      "Message": "Please reduce your request rate." if status == 503
                      else "We encountered an internal error. Please try again.",
                      "Resource": path}}


class StorageHost:
    """Signed-URL object storage on 127.0.0.1. ``start()`` serves it; ``stop()`` ends it."""

    def __init__(self, directory: Path | None = None, *, keep_bytes: bool = True,
                 clock: Callable[[], float] = time.time) -> None:
        self._tmp: tempfile.TemporaryDirectory[str] | None = None
        if directory is None:
            self._tmp = tempfile.TemporaryDirectory(prefix="subtitle-desk-storage-")
            directory = Path(self._tmp.name)
        self.directory = Path(directory)
        self.directory.mkdir(parents=True, exist_ok=True)
        self.keep_bytes = keep_bytes
        self.clock = clock
        self.faults = Faults()
        self._secret = secrets.token_bytes(32)
        self._objects: dict[str, StoredObject] = {}
        self._callbacks: list[UploadCallback] = []
        #: PUTs that ended without storing anything (short body, dropped connection, too long).
        self.incomplete_uploads = 0
        self._lock = threading.Lock()
        self.app = _AbortOnDrop(FaultMiddleware(self._asgi, self.faults, error_body=_fault_body))
        self._served: ServedApp | None = None
        self._base_url: str | None = None

    # -- serving ---------------------------------------------------------------------------

    def start(self) -> "StorageHost":
        self._served = ServedApp(self.app, name="storage").start()
        self._base_url = self._served.base_url
        return self

    def stop(self) -> None:
        if self._served is not None:
            self._served.stop()
            self._served = None
        if self._tmp is not None:
            self._tmp.cleanup()
            self._tmp = None

    def __enter__(self) -> "StorageHost":
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def base_url(self) -> str:
        if self._base_url is None:
            raise RuntimeError("the storage host is not started (call start() or set base_url)")
        return self._base_url

    @base_url.setter
    def base_url(self, value: str) -> None:
        # For hosting the app elsewhere (an in-process ASGI transport in tests).
        self._base_url = value.rstrip("/")

    # -- objects ---------------------------------------------------------------------------

    def get(self, key: str) -> StoredObject | None:
        with self._lock:
            return self._objects.get(key)

    def keys(self) -> list[str]:
        with self._lock:
            return sorted(self._objects)

    def on_upload(self, callback: UploadCallback) -> None:
        """Call ``callback(key, stored)`` after each completed upload (from the server's thread)."""
        self._callbacks.append(callback)

    def put_bytes(self, key: str, data: bytes, *, content_type: str | None = None) -> StoredObject:
        """Store an object directly (seed data: demo videos, thumbnails, caption files)."""
        _check_key(key)
        target = self._path_for(key)
        target.write_bytes(data)
        return self._record(key, len(data), hashlib.sha256(data).hexdigest(), content_type, target,
                            notify=False)

    def put_file(self, key: str, source: Path, *, content_type: str | None = None) -> StoredObject:
        """Store a copy of a local file (seed data)."""
        _check_key(key)
        target = self._path_for(key)
        digest = hashlib.sha256()
        with open(source, "rb") as src, open(target, "wb") as dst:
            while block := src.read(_SEND_CHUNK):
                digest.update(block)
                dst.write(block)
        return self._record(key, target.stat().st_size, digest.hexdigest(), content_type, target,
                            notify=False)

    def delete(self, key: str) -> bool:
        with self._lock:
            stored = self._objects.pop(key, None)
        if stored is not None and stored.path is not None:
            with contextlib.suppress(FileNotFoundError):
                stored.path.unlink()
        return stored is not None

    # -- signing ---------------------------------------------------------------------------

    def sign_put(self, key: str, *, content_type: str | None = None, expires_in: int = 3600) -> str:
        """A presigned PUT URL; the upload must send exactly ``content_type`` if one is given."""
        return self._sign("PUT", key, content_type, expires_in)

    def sign_get(self, key: str, expires_in: int = 3600) -> str:
        """A presigned GET URL (also good for HEAD and Range requests)."""
        return self._sign("GET", key, None, expires_in)

    def _sign(self, method: str, key: str, content_type: str | None, expires_in: int) -> str:
        _check_key(key)
        if expires_in > _MAX_EXPIRES:
            raise ValueError(f"presigned URLs expire within {_MAX_EXPIRES} s")
        now = datetime.fromtimestamp(self.clock(), tz=timezone.utc)
        amz_date = now.strftime("%Y%m%dT%H%M%SZ")
        signed_headers = "content-type;host" if content_type is not None else "host"
        signature = self._signature(method, key, amz_date, str(expires_in), content_type)
        query = "&".join([
            f"X-Amz-Algorithm={_ALGORITHM}",
            f"X-Amz-Credential={quote(f'{_ACCESS_KEY}/{amz_date[:8]}/{_REGION}/s3/aws4_request', safe='')}",
            f"X-Amz-Date={amz_date}",
            f"X-Amz-Expires={expires_in}",
            f"X-Amz-SignedHeaders={quote(signed_headers, safe='')}",
            f"X-Amz-Signature={signature}",
        ])
        return f"{self.base_url}/{quote(key, safe='/')}?{query}"

    def _signature(self, method: str, key: str, amz_date: str, expires: str,
                   content_type: str | None) -> str:
        canonical = "\n".join([method, key, amz_date, expires, content_type or ""])
        return hmac.new(self._secret, canonical.encode(), hashlib.sha256).hexdigest()

    def _verify(self, method: str, key: str, query: dict[str, str],
                content_type: str | None) -> None:
        needed = ("X-Amz-Algorithm", "X-Amz-Date", "X-Amz-Expires", "X-Amz-Signature")
        if not all(name in query for name in needed):
            raise _S3Error(403, "AccessDenied", "Access Denied")
        if query["X-Amz-Algorithm"] != _ALGORITHM:
            raise _S3Error(400, "AuthorizationQueryParametersError",
                           "X-Amz-Algorithm only supports \"AWS4-HMAC-SHA256\"")
        signed = query.get("X-Amz-SignedHeaders", "host").split(";")
        signed_type = content_type if "content-type" in signed else None
        expected = self._signature(method, key, query["X-Amz-Date"], query["X-Amz-Expires"],
                                   signed_type)
        if not hmac.compare_digest(expected, query["X-Amz-Signature"]):
            raise _S3Error(403, "SignatureDoesNotMatch",
                           "The request signature we calculated does not match the signature you "
                           "provided. Check your key and signing method.")
        try:
            issued = datetime.strptime(query["X-Amz-Date"], "%Y%m%dT%H%M%SZ").replace(
                tzinfo=timezone.utc).timestamp()
            expires = int(query["X-Amz-Expires"])
        except ValueError:
            raise _S3Error(400, "AuthorizationQueryParametersError",
                           "X-Amz-Date or X-Amz-Expires is malformed") from None
        if self.clock() > issued + expires:
            raise _S3Error(403, "AccessDenied", "Request has expired")

    # -- storage internals -----------------------------------------------------------------

    def _path_for(self, key: str) -> Path:
        # Hashed names: no key can escape the directory.
        return self.directory / hashlib.sha256(key.encode()).hexdigest()

    def _record(self, key: str, size: int, sha256: str, content_type: str | None,
                path: Path | None, *, notify: bool = True) -> StoredObject:
        stored = StoredObject(key=key, size=size, sha256=sha256, content_type=content_type,
                              path=path, stored_at=self.clock())
        with self._lock:
            self._objects[key] = stored
        if notify:
            for callback in list(self._callbacks):
                callback(key, stored)
        return stored

    # -- ASGI ------------------------------------------------------------------------------

    async def _asgi(self, scope: dict, receive: Callable, send: Callable) -> None:
        if scope["type"] != "http":
            return
        method = scope["method"]
        raw_path = scope.get("raw_path") or scope["path"].encode()
        key = unquote(raw_path.decode("latin-1").split("?", 1)[0]).lstrip("/")
        headers = {name.decode("latin-1").lower(): value.decode("latin-1")
                   for name, value in scope["headers"]}
        query = {name: values[-1] for name, values in
                 parse_qs(scope.get("query_string", b"").decode("latin-1")).items()}
        body = _Body(receive)
        try:
            if "authorization" in headers:
                raise _S3Error(400, "InvalidArgument",
                               "Only one auth mechanism allowed; only the X-Amz-Algorithm query "
                               "parameter, Signature query string parameter or the Authorization "
                               "header should be specified")
            if method == "PUT":
                await self._handle_put(key, headers, query, body, send)
            elif method in ("GET", "HEAD"):
                self._verify("GET", key, query, None)
                await self._handle_get(key, headers, method == "HEAD", send)
            else:
                raise _S3Error(405, "MethodNotAllowed",
                               "The specified method is not allowed against this resource.")
        except _S3Error as error:
            if headers.get("expect", "").lower() != "100-continue":
                await body.drain()  # otherwise the client is still waiting to send it: don't ask
            await _send_error(send, error, "/" + key, head=method == "HEAD")

    async def _handle_put(self, key: str, headers: dict[str, str], query: dict[str, str],
                          receive: "_Body", send: Callable) -> None:
        content_type = headers.get("content-type")
        self._verify("PUT", key, query, content_type)
        if "content-length" not in headers:
            raise _S3Error(411, "MissingContentLength",
                           "You must provide the Content-Length HTTP header.")
        try:
            expected = int(headers["content-length"])
        except ValueError:
            raise _S3Error(400, "InvalidArgument", "Content-Length is not a number") from None
        target = self._path_for(key) if self.keep_bytes else None
        partial = (target.with_name(target.name + f".{uuid.uuid4().hex}.part")
                   if target is not None else None)
        digest = hashlib.sha256()
        received = 0
        out = open(partial, "wb") if partial is not None else None  # noqa: SIM115
        complete = False
        try:
            while True:
                message = await receive()
                if message["type"] == "http.disconnect":
                    return  # the client went away: nothing is stored
                body = message.get("body", b"")
                if body:
                    received += len(body)
                    if received > expected:
                        raise _S3Error(400, "IncompleteBody",
                                       "The request body is longer than the Content-Length.")
                    digest.update(body)
                    if out is not None:
                        out.write(body)
                if not message.get("more_body", False):
                    break
            if received != expected:
                raise _S3Error(400, "IncompleteBody",
                               "You did not provide the number of bytes specified by the "
                               "Content-Length HTTP header.")
            if out is not None:
                out.close()
                assert partial is not None and target is not None
                os.replace(partial, target)
            complete = True
        finally:
            if out is not None and not out.closed:
                out.close()
            if not complete:
                with self._lock:
                    self.incomplete_uploads += 1
                if partial is not None:
                    with contextlib.suppress(FileNotFoundError):
                        partial.unlink()
        stored = self._record(key, received, digest.hexdigest(), content_type, target)
        await send({"type": "http.response.start", "status": 200,
                    "headers": [(b"etag", f'"{stored.sha256[:32]}"'.encode()),
                                (b"content-length", b"0")]})
        await send({"type": "http.response.body", "body": b""})

    async def _handle_get(self, key: str, headers: dict[str, str], head: bool,
                          send: Callable) -> None:
        stored = self.get(key)
        if stored is None or stored.path is None or not stored.path.exists():
            raise _S3Error(404, "NoSuchKey", "The specified key does not exist.")
        size = stored.size
        start, end, status = 0, size - 1, 200
        range_header = headers.get("range")
        if range_header and _RANGE.match(range_header.strip()):
            # Like S3, a Range this host does not understand (several ranges) is ignored: 200.
            parsed = _parse_range(range_header, size)
            if parsed is None:
                raise _S3Error(416, "InvalidRange", "The requested range is not satisfiable",
                               [(b"content-range", f"bytes */{size}".encode())])
            start, end = parsed
            status = 206
        length = max(0, end - start + 1)
        response_headers = [
            (b"content-type", (stored.content_type or "application/octet-stream").encode()),
            (b"content-length", str(length).encode()),
            (b"accept-ranges", b"bytes"),
            (b"etag", f'"{stored.sha256[:32]}"'.encode()),
        ]
        if status == 206:
            response_headers.append((b"content-range", f"bytes {start}-{end}/{size}".encode()))
        await send({"type": "http.response.start", "status": status, "headers": response_headers})
        if head or length == 0:
            await send({"type": "http.response.body", "body": b""})
            return
        with open(stored.path, "rb") as source:
            source.seek(start)
            remaining = length
            while remaining > 0:
                block = source.read(min(_SEND_CHUNK, remaining))
                if not block:
                    break
                remaining -= len(block)
                await send({"type": "http.response.body", "body": block,
                            "more_body": remaining > 0})
        if remaining > 0:  # the file shrank underneath us; end the body honestly
            await send({"type": "http.response.body", "body": b""})


_RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")


def _parse_range(header: str, size: int) -> tuple[int, int] | None:
    """One byte range (what media players send); ``None`` when it cannot be satisfied."""
    match = _RANGE.match(header.strip())
    if match is None or size == 0:
        return None
    first, last = match.groups()
    if first == "" and last == "":
        return None
    if first == "":  # suffix: the last N bytes
        count = int(last)
        if count == 0:
            return None
        return max(0, size - count), size - 1
    start = int(first)
    end = int(last) if last else size - 1
    if start >= size or end < start:
        return None
    return start, min(end, size - 1)


def _check_key(key: str) -> None:
    if not key or key.startswith("/") or any(part in ("", ".", "..") for part in key.split("/")):
        raise ValueError(f"invalid storage key: {key!r}")


class _Body:
    """``receive`` that remembers whether the request body has ended (reading past the end
    would wait for a disconnect)."""

    def __init__(self, receive: Callable) -> None:
        self._receive = receive
        self.ended = False

    async def __call__(self) -> dict:
        message = await self._receive()
        if message["type"] != "http.request" or not message.get("more_body", False):
            self.ended = True
        return message

    async def drain(self) -> None:
        """Discard the rest of the body so the client reads our answer rather than a reset."""
        while not self.ended:
            await self()


async def _send_error(send: Callable, error: _S3Error, resource: str, *, head: bool) -> None:
    body = _error_xml(error.code, error.message, resource)
    await send({"type": "http.response.start", "status": error.status,
                "headers": [(b"content-type", b"application/xml"),
                            (b"content-length", str(len(body)).encode()), *error.headers]})
    await send({"type": "http.response.body", "body": b"" if head else body})


class _AbortOnDrop:
    """Turn the fault layer's ``DroppedConnection`` into a real TCP reset under uvicorn.

    ASGI has no way to abort a connection, so this reaches uvicorn's transport through the bound
    ``receive``; with another server the exception propagates (a 500)."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: dict, receive: Callable, send: Callable) -> None:
        try:
            await self.app(scope, receive, send)
        except DroppedConnection:
            transport = getattr(getattr(receive, "__self__", None), "transport", None)
            if transport is None:
                raise
            transport.abort()
            # Let connection_lost run so uvicorn knows the client is gone.
            for _ in range(3):
                await asyncio.sleep(0)
