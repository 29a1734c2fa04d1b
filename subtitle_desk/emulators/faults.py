"""Fault knobs shared by every emulator: added latency, failing the next N requests, and dropping
an upload's connection after N bytes. Service-specific knobs (rate-limit budget, token lifetime)
live with each service's emulator.

Wrap an emulator's ASGI app: ``FaultMiddleware(app, faults, error_body=...)``; tests and benchmarks
change the ``Faults`` object between requests (it is read on every request).
"""

from __future__ import annotations

import asyncio
import json
import threading
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
    #: Drop the connection once this many request-body bytes of the next upload have arrived.
    drop_upload_after: int | None = None
    #: How many uploads to drop (each drop uses one); 1 by default.
    drop_uploads: int = 1
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

    def reset(self) -> None:
        with self._lock:
            self.latency, self.fail_next, self.drop_upload_after, self.drop_uploads = 0.0, 0, None, 1


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
            await send({"type": "http.response.start", "status": status,
                        "headers": [(b"content-type", b"application/json"),
                                    (b"content-length", str(len(body)).encode())]})
            await send({"type": "http.response.body", "body": body})
            return
        if scope["method"] in self.upload_methods:
            limit = faults.take_drop()
            if limit is not None:
                receive = _dropping_receive(receive, limit)
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
