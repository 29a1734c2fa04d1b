"""The main thread's garbage collector (ui/gc_main_thread.py) keeps gc's rule for full
collections: none while the objects that reached the oldest generation since the last one are
fewer than a quarter of those it kept then, so a long list paging in is not walked again and
again; one again once enough have arrived."""

from __future__ import annotations

import gc

from subtitle_desk.ui.gc_main_thread import MainThreadGarbageCollector


def test_a_full_collection_waits_until_a_quarter_more_long_lived_objects_arrived(qapp):
    collector = MainThreadGarbageCollector(interval_ms=3_600_000, freeze_after_ms=3_600_000)  # checked by hand
    full: list[int] = []

    def count(phase: str, info: dict) -> None:
        if phase == "start" and info["generation"] == 2:
            full.append(1)

    def arrive(checks: int, kept: list) -> None:  # records that page in and stay (a growing list)
        for _ in range(checks):
            kept.extend([n] for n in range(800))
            collector.check()

    gc.callbacks.append(count)
    base: list = [[n] for n in range(400_000)]
    try:
        arrive(400, base)  # up to the first full collection, which keeps the base
        assert full
        full.clear()
        newcomers: list = []

        arrive(120, newcomers)  # 96,000 more: under a quarter of the 400,000+ kept
        assert full == []  # gc's thresholds alone would have made one after 99 young collections

        arrive(200, newcomers)  # 256,000 in all: over a quarter
        assert full
    finally:
        gc.callbacks.remove(count)
        collector.stop()
        gc.disable()  # as tests/conftest.py keeps it for Qt tests
        del base
