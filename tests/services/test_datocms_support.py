"""Fixtures shared by the DatoCMS tests: a storage host, a fresh DatoCMS emulator served on
127.0.0.1 per test, a controllable clock, and a client factory. (No tests live here.)"""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest

from subtitle_desk.core.services.datocms import DatocmsClient, RateLimitPolicy
from subtitle_desk.emulators.datocms import DEMO_TOKEN, DatocmsEmulator
from subtitle_desk.emulators.server import ServedApp
from subtitle_desk.emulators.storage import StorageHost

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "datocms"


@dataclass
class FakeClock:
    """Monotonic time the tests move forward; the recording sleep advances it instead of waiting."""

    now: float = 1000.0
    sleeps: list[float] = field(default_factory=list)

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds
        await asyncio.sleep(0)


@dataclass
class Dato:
    emulator: DatocmsEmulator
    served: ServedApp
    storage: StorageHost
    clock: FakeClock

    @property
    def url(self) -> str:
        return self.served.base_url

    @property
    def state(self) -> Any:
        return self.emulator.state

    def client(self, http: httpx.AsyncClient, **kwargs: Any) -> DatocmsClient:
        kwargs.setdefault("token", DEMO_TOKEN)
        kwargs.setdefault("sleep", self.clock.sleep)
        kwargs.setdefault("rate_limits", RateLimitPolicy())
        return DatocmsClient(http, api_url=self.url, **kwargs)

    @contextlib.asynccontextmanager
    async def session(self, **kwargs: Any) -> AsyncIterator[DatocmsClient]:
        async with httpx.AsyncClient() as http:
            yield self.client(http, **kwargs)


@pytest.fixture(scope="module")
def storage() -> Iterator[StorageHost]:
    with StorageHost() as host:
        yield host


@pytest.fixture()
def dato(storage: StorageHost) -> Iterator[Dato]:
    clock = FakeClock()
    emulator = DatocmsEmulator(storage, job_pending_polls=2, track_preparing_seconds=0.0, clock=clock)
    served = ServedApp(emulator.app, name="datocms").start()
    try:
        yield Dato(emulator, served, storage, clock)
    finally:
        served.stop()


def run(coroutine: Any) -> Any:
    return asyncio.run(coroutine)


def fixture_json(name: str) -> Any:
    return json.loads((FIXTURES / name).read_text(encoding="utf-8"))


def api_headers(**extra: str) -> dict[str, str]:
    headers = {"Authorization": f"Bearer {DEMO_TOKEN}", "Accept": "application/json",
               "X-Api-Version": "3"}
    headers.update(extra)
    return headers
