"""Run Python's cyclic garbage collector on the Qt main thread only.

The emulators (``--demo``) and the upload engine run Python code on worker threads. With automatic
collection, a collection can start on any of those threads and destroy Qt objects that belong to
the main thread (a closed qasync loop's timers, widgets in a reference cycle), which leaves Qt
pointing at freed memory and crashes the process. Automatic collection is switched off and this
timer collects on the main thread instead, whenever the allocation counts pass gc's own
thresholds (a common pattern for Python Qt applications).

The timer looks often (``interval_ms``), so each young collection has few objects to walk, and
collects the middle generation after fewer young collections than gc would (see ``check``). The
objects that survive the first full collection after start-up (``freeze_after_ms``: modules,
classes, the window's widgets) are moved out of the collector's way (``gc.freeze``), so a later
full collection walks only what was made since, not every object of the process: a full
collection took 35 ms, a middle one 74 ms over 63,000 objects (ui_stall_bench --profile-stalls).
Frozen objects are still freed by reference counting; only a reference cycle among them is kept.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QElapsedTimer, QObject, QTimer

__all__ = ["MainThreadGarbageCollector"]


class MainThreadGarbageCollector(QObject):
    def __init__(self, parent: QObject | None = None, *, interval_ms: int = 100,
                 freeze_after_ms: int = 1000) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        # A middle collection after 3 young ones, not gc's 10: each walks about a third as many
        # objects (a page of records survives each young one); full ones come as often as with
        # gc's thresholds (after as many young collections).
        self._middle_after = min(3, self._thresholds[1])
        self._full_after = self._thresholds[2] * self._thresholds[1] // max(1, self._middle_after)
        gc.disable()
        self.freeze_after_ms = freeze_after_ms
        self.frozen = False
        self._started = QElapsedTimer()
        self._started.start()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def check(self) -> None:
        counts = gc.get_count()
        if counts[0] <= self._thresholds[0]:
            return
        generation = 0
        if counts[1] > self._middle_after:
            generation = 2 if counts[2] > self._full_after else 1
        gc.collect(generation)
        if generation == 2 and not self.frozen and self._started.elapsed() >= self.freeze_after_ms:
            gc.freeze()  # what start-up left: out of later full collections' way
            self.frozen = True

    def stop(self) -> None:
        self._timer.stop()
        if self.frozen:
            gc.unfreeze()
            self.frozen = False
        gc.collect()
        gc.enable()
