"""The client rides DatoCMS's request budget: it reads X-RateLimit-* on every answer, slows down
before the budget is spent, and waits X-RateLimit-Reset seconds (bounded) after a 429.

The emulator's budget refills on a test-controlled clock that the client's sleeps advance, so
these tests neither wait for real nor depend on timing."""

from __future__ import annotations

import httpx
import pytest

from subtitle_desk.core.services.datocms import RateLimit, RateLimitPolicy
from subtitle_desk.core.services.errors import RateLimitedError
from subtitle_desk.emulators import datocms as emu
from test_datocms_support import api_headers, dato, run, storage  # noqa: F401

NO_PACING = RateLimitPolicy(slow_below=-1)


def list_many(dato, count, **client_kwargs):
    async def scenario():
        async with dato.session(**client_kwargs) as client:
            for _ in range(count):
                await client.list_tracks(emu.VIDEO_WITH_TRACKS)
            return client.rate_limit

    return run(scenario())


def statuses(dato, count):
    async def scenario():
        async with httpx.AsyncClient() as http:
            return [(await http.get(f"{dato.url}/uploads", headers=api_headers())) for _ in range(count)]

    return run(scenario())


def test_every_answer_carries_the_rate_limit_headers(dato):
    dato.state.set_rate_limit(30)
    (response,) = statuses(dato, 1)
    assert (response.headers["X-RateLimit-Limit"], response.headers["X-RateLimit-Remaining"]) == ("30", "29")


def test_spent_budget_answers_429_with_seconds_to_wait(dato):
    dato.state.set_rate_limit(2, window=4.0)
    responses = statuses(dato, 3)
    assert [r.status_code for r in responses] == [200, 200, 429]
    assert responses[2].headers["X-RateLimit-Reset"] == "2"
    assert responses[2].json()["data"][0]["attributes"]["code"] == "RATE_LIMIT_EXCEEDED"


def test_client_remembers_the_budget_the_last_answer_reported(dato):
    dato.state.set_rate_limit(60)
    assert list_many(dato, 3) == RateLimit(60, 57)


def test_client_rides_out_a_burst_of_429s_by_waiting_the_reset_time(dato):
    dato.state.set_rate_limit(3, window=3.0)
    list_many(dato, 8, rate_limits=NO_PACING)
    rejected = [s for s in dato.clock.sleeps if s >= 1.0]
    assert rejected  # some 429s happened, and each was waited out ...
    assert all(s == 1.0 for s in rejected)  # ... for exactly X-RateLimit-Reset seconds


def test_client_slows_down_near_zero_and_never_hits_the_limit(dato):
    dato.state.set_rate_limit(10, window=10.0)
    list_many(dato, 30)
    assert dato.clock.sleeps  # it paused ...
    assert all(s < 1.0 for s in dato.clock.sleeps[:3])  # ... briefly at first, as the budget ran low
    with dato.state.lock:
        assert dato.state.rejected == 0


def test_wait_after_429_is_bounded(dato):
    dato.state.set_rate_limit(1, window=100.0)
    with pytest.raises(RateLimitedError):
        list_many(dato, 2, rate_limits=RateLimitPolicy(slow_below=-1, max_reset_wait=5.0, max_retries=2))
    assert dato.clock.sleeps == [5.0, 5.0]


def test_too_many_429s_in_a_row_raise_rate_limited_with_the_api_message(dato):
    dato.state.set_rate_limit(1, window=1000.0)
    with pytest.raises(RateLimitedError, match="RATE_LIMIT_EXCEEDED: Too many requests"):
        list_many(dato, 2, rate_limits=RateLimitPolicy(slow_below=-1, max_retries=1, max_reset_wait=1.0))
