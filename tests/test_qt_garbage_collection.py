"""Qt objects are freed on the main thread only, in every test that has them, wherever the test
module lives (tests/conftest.py), as in the app (ui/gc_main_thread.py).

The smoke-test module once ran the desk under qasync with Python's automatic collection on, while
emulator threads served requests: a collection they started freed a closed qasync loop there, whose
Qt timers could then not be unregistered, and a later module crashed delivering a timer event to
freed memory. This test is outside tests/ui on purpose: that is where the rule was missing."""

from __future__ import annotations

import gc
import threading
import weakref

from PySide6.QtCore import QObject


def test_a_thread_that_allocates_never_collects_the_tests_qt_objects(qapp):
    freed_on: list[str] = []
    obj = QObject()  # owned by Python, like a qasync loop's timer object
    cycle: list[object] = [obj]
    cycle.append(cycle)  # garbage only a collection frees
    weakref.finalize(obj, lambda: freed_on.append(threading.current_thread().name))
    del obj, cycle

    def serve() -> None:  # like an emulator thread: keeps allocating containers
        kept = [[] for _ in range(20_000)]
        del kept

    server = threading.Thread(target=serve, name="emulator-like")
    server.start()
    server.join()

    assert freed_on == [], f"a collection on {freed_on} freed a Qt object"
    assert not gc.isenabled()
    gc.collect()
    assert freed_on == [threading.main_thread().name]
