"""Run Python's cyclic garbage collector on the Qt main thread only.

The emulators (``--demo``) and the upload engine run Python code on worker threads. With automatic
collection, a collection can start on any of those threads and destroy Qt objects that belong to
the main thread (a closed qasync loop's timers, widgets in a reference cycle), which leaves Qt
pointing at freed memory and crashes the process. Automatic collection is switched off and this
timer collects on the main thread instead, whenever the allocation counts pass gc's own
thresholds (a common pattern for Python Qt applications).

The timer looks often (``interval_ms``, 10 ms: a look is a few microseconds), so each young
collection has few objects to walk, and collects the middle generation after fewer young
collections than gc would (see ``check``): looking every 100 ms, a middle collection took 15-17 ms
while a list paged in (ui_stall_bench --no-upload), looking every 10 ms the longest of any took 2 ms. The
objects that survive the first full collection after start-up (``freeze_after_ms``: modules,
classes, the window's widgets) are moved out of the collector's way (``gc.freeze``), so a later
full collection walks only what was made since, not every object of the process: a full
collection took 35 ms, a middle one 74 ms over 63,000 objects (ui_stall_bench --profile-stalls).
Frozen objects are still freed by reference counting; only a reference cycle among them is kept.

As gc itself does, a full collection is skipped while the objects that reached the oldest
generation since the last one are fewer than a quarter of those it kept then (a list paging in
adds thousands of long-lived records: walking all of them again every few seconds finds nothing);
a middle collection runs instead, and the question is asked again a few middle collections later.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QElapsedTimer, QObject, QTimer

__all__ = ["MainThreadGarbageCollector"]


class MainThreadGarbageCollector(QObject):
    def __init__(self, parent: QObject | None = None, *, interval_ms: int = 10,
                 freeze_after_ms: int = 1000) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        # A middle collection after 3 young ones, not gc's 10: each walks about a third as many
        # objects (a page of records survives each young one); full ones come as often as with
        # gc's thresholds (after as many young collections).
        self._middle_after = min(3, self._thresholds[1])
        self._full_after = self._thresholds[2] * self._thresholds[1] // max(1, self._middle_after)
        #: Objects in the oldest generation after the last full collection (gc's long_lived_total).
        self._long_lived = 0
        #: Middle collections to run before a postponed full one is considered again.
        self._postponed = 0
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
            generation = 2 if counts[2] > self._full_after and self._full_is_due() else 1
        gc.collect(generation)
        if generation == 2:
            if not self.frozen and self._started.elapsed() >= self.freeze_after_ms:
                gc.freeze()  # what start-up left: out of later full collections' way
                self.frozen = True
            self._long_lived = len(gc.get_objects(2))

    def _full_is_due(self) -> bool:
        """gc's own rule: the newcomers to the oldest generation are at least a quarter of it."""
        if self._postponed > 0:
            self._postponed -= 1
            return False
        if len(gc.get_objects(2)) - self._long_lived >= self._long_lived // 4:
            return True
        self._postponed = self._full_after // 4
        return False

    def stop(self) -> None:
        self._timer.stop()
        if self.frozen:
            gc.unfreeze()
            self.frozen = False
        gc.collect()
        gc.enable()
