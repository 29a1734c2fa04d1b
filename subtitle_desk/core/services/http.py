"""Small helpers every service client shares. Clients take an injected ``httpx.AsyncClient``."""

from __future__ import annotations

import contextlib
import email.utils
import math
import time
from collections.abc import Iterator

import httpx

from .errors import TransportError

__all__ = ["transport_errors", "retry_after", "DEFAULT_TIMEOUT", "MAX_RETRY_AFTER"]

#: Connect quickly, allow slow reads (large subtitle files, slow emulated latency).
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)

#: The longest ``Retry-After`` a client waits out; a longer one ends the retries at once.
MAX_RETRY_AFTER = 60.0


@contextlib.contextmanager
def transport_errors(service: str) -> Iterator[None]:
    """Turn httpx's transport failures into ``TransportError`` (message without URL secrets)."""
    try:
        yield
    except httpx.TimeoutException as exc:
        raise TransportError(f"{service} did not answer in time ({type(exc).__name__})",
                             service=service) from exc
    except httpx.TransportError as exc:
        raise TransportError(f"could not reach {service}: {type(exc).__name__}", service=service) from exc


def retry_after(response: httpx.Response, *, now: float | None = None) -> float | None:
    """Seconds a ``Retry-After`` header asks for (delay-seconds or an HTTP date), ``None`` when the
    response has none or it cannot be read."""
    value = response.headers.get("Retry-After", "").strip()
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        if when is None or when.tzinfo is None:
            return None
        seconds = when.timestamp() - (time.time() if now is None else now)
    if not math.isfinite(seconds):
        return None
    return max(0.0, seconds)
