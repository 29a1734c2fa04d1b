"""Small helpers every service client shares. Clients take an injected ``httpx.AsyncClient``."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import httpx

from .errors import TransportError

__all__ = ["transport_errors", "DEFAULT_TIMEOUT"]

#: Connect quickly, allow slow reads (large subtitle files, slow emulated latency).
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)


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
