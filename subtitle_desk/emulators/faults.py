"""Fault knobs shared by every emulator: added latency, failing the next N requests (any status,
e.g. 503 or 429, optionally with ``Retry-After``), dropping an upload's connection after N bytes,
and stalling an upload (the host stops reading after N bytes, 0 for none at all, and holds the
connection open). Service-specific knobs (rate-limit budget, token lifetime) live with each
service's emulator.

Wrap an emulator's ASGI app: ``FaultMiddleware(app, faults, error_body=...)``; tests and benchmarks
change the ``Faults`` object between requests (it is read on every request).
"""

from __future__ import annotations

import asyncio
import json
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

__all__ = ["Faults", "FaultMiddleware", "DroppedConnection"]


class DroppedConnection(Exception):
    """Raised inside the server to abort a request mid-body, as a network drop would."""


@dataclass
class Faults:
    latency: float = 0.0  # seconds added before every response
    fail_next: int = 0  # the next N requests answer ``fail_status``
    fail_status: int = 503
    #: ``Retry-After`` (seconds) sent with those failures; ``None`` sends none.
    retry_after: float | None = None
    #: Drop the connection once this many request-body bytes of the next upload have arrived.
    drop_upload_after: int | None = None
    #: How many uploads to drop (each drop uses one); 1 by default.
    drop_uploads: int = 1
    #: Stop reading the next upload's body once this many bytes have arrived (0: read none), as a
    #: host that accepts the connection but never reads.
    stall_upload_after: int | None = None
    #: How many uploads to stall (each stall uses one); 1 by default.
    stall_uploads: int = 1
    #: How long a stalled upload is held before the host drops the connection (keep it longer than
    #: the client's stall timeout); it lets go sooner when the client is seen to have gone, which
    #: a client with unsent bytes queued cannot show while the host does not read.
    stall_seconds: float = 60.0
    #: Bumped by ``release_stalls``: every upload stalled before then is dropped at once.
    stall_generation: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def take_failure(self) -> bool:
        with self._lock:
            if self.fail_next > 0:
                self.fail_next -= 1
                return True
            return False

    def take_drop(self) -> int | None:
        with self._lock:
            if self.drop_upload_after is not None and self.drop_uploads > 0:
                self.drop_uploads -= 1
                limit = self.drop_upload_after
                if self.drop_uploads == 0:
                    self.drop_upload_after = None
                return limit
            return None

    def take_stall(self) -> int | None:
        with self._lock:
            if self.stall_upload_after is not None and self.stall_uploads > 0:
                self.stall_uploads -= 1
                limit = self.stall_upload_after
                if self.stall_uploads == 0:
                    self.stall_upload_after = None
                return limit
            return None

    def release_stalls(self) -> None:
        """Drop every upload held by a stall now (a server about to stop calls this)."""
        with self._lock:
            self.stall_generation += 1

    def reset(self) -> None:
        self.release_stalls()
        with self._lock:
            self.latency, self.fail_next, self.fail_status, self.retry_after = 0.0, 0, 503, None
            self.drop_upload_after, self.drop_uploads = None, 1
            self.stall_upload_after, self.stall_uploads, self.stall_seconds = None, 1, 60.0


ErrorBody = Callable[[int, str], dict[str, Any]]


def _default_body(status: int, path: str) -> dict[str, Any]:
    return {"status": status, "error": "Service Unavailable" if status == 503 else "Error", "path": path}


class FaultMiddleware:
    """ASGI middleware applying ``Faults``; ``error_body(status, path)`` shapes the failure JSON
    the way the emulated service does."""

    def __init__(self, app: Any, faults: Faults, error_body: ErrorBody = _default_body,
                 upload_methods: tuple[str, ...] = ("PUT", "POST")) -> None:
        self.app = app
        self.faults = faults
        self.error_body = error_body
        self.upload_methods = upload_methods

    async def __call__(self, scope: dict, receive: Callable, send: Callable) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        faults = self.faults
        if faults.latency:
            await asyncio.sleep(faults.latency)
        if faults.take_failure():
            # Drain the body so the client sees an HTTP answer rather than a reset.
            more = True
            while more:
                message = await receive()
                more = message.get("more_body", False) and message["type"] == "http.request"
            status = faults.fail_status
            body = json.dumps(self.error_body(status, scope.get("path", ""))).encode()
            headers = [(b"content-type", b"application/json"),
                       (b"content-length", str(len(body)).encode())]
            if faults.retry_after is not None:
                headers.append((b"retry-after", f"{faults.retry_after:g}".encode()))
            await send({"type": "http.response.start", "status": status, "headers": headers})
            await send({"type": "http.response.body", "body": body})
            return
        if scope["method"] in self.upload_methods:
            limit = faults.take_drop()
            if limit is not None:
                receive = _dropping_receive(receive, limit)
            stall = faults.take_stall()
            if stall is not None:
                receive = _stalling_receive(receive, stall, faults.stall_seconds, faults)
        await self.app(scope, receive, send)


def _dropping_receive(receive: Callable, limit: int) -> Callable:
    seen = 0

    async def wrapped() -> dict:
        nonlocal seen
        message = await receive()
        if message["type"] == "http.request":
            seen += len(message.get("body", b""))
            if seen >= limit:
                raise DroppedConnection(f"connection dropped after {seen} bytes")
        return message

    return wrapped


def _stalling_receive(receive: Callable, limit: int, hold: float, faults: Faults) -> Callable:
    """``receive`` that stops handing body bytes on once ``limit`` arrived (the message that
    reaches it included, so the body never completes). The server then stops reading the socket
    (uvicorn pauses a request it is not asked for), so the client's writes block. After ``hold``
    seconds, or once the client is seen to have gone, the connection is dropped."""
    seen = 0
    # uvicorn's receive is a bound method of the request cycle, which has the transport.
    cycle = getattr(receive, "__self__", None)
    transport = getattr(cycle, "transport", None)
    sock = transport.get_extra_info("socket") if transport is not None else None

    async def wrapped() -> dict:
        nonlocal seen
        if seen < limit:
            message = await receive()
            if message["type"] != "http.request":
                return message
            seen += len(message.get("body", b""))
            if seen < limit:
                return message
        # The message that reached the limit is withheld too: the body never completes.
        deadline = time.monotonic() + hold
        generation = faults.stall_generation
        while (time.monotonic() < deadline and faults.stall_generation == generation
               and not getattr(cycle, "disconnected", False) and not _peer_gone(sock)):
            await asyncio.sleep(0.05)
        raise DroppedConnection(f"stalled upload let go after {seen} bytes")

    return wrapped


_TCP_ESTABLISHED = 1


def _peer_gone(sock: socket.socket | None) -> bool:
    """Whether the client closed its end, read from the TCP state (Linux): with reading paused the
    server would otherwise only learn of it from the next read."""
    if sock is None or not hasattr(socket, "TCP_INFO"):
        return False
    try:
        info = sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_INFO, 8)
    except OSError:
        return True
    return bool(info) and info[0] != _TCP_ESTABLISHED
