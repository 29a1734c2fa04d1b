"""Run Python's cyclic garbage collector on the Qt main thread only.

The emulators (``--demo``) and the upload engine run Python code on worker threads. With automatic
collection, a collection can start on any of those threads and destroy Qt objects that belong to
the main thread (a closed qasync loop's timers, widgets in a reference cycle), which leaves Qt
pointing at freed memory and crashes the process. Automatic collection is switched off and this
timer collects on the main thread instead, whenever the allocation counts pass gc's own
thresholds (a common pattern for Python Qt applications).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

__all__ = ["MainThreadGarbageCollector"]


class MainThreadGarbageCollector(QObject):
    def __init__(self, parent: QObject | None = None, *, interval_ms: int = 500) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def check(self) -> None:
        counts = gc.get_count()
        if counts[0] <= self._thresholds[0]:
            return
        generation = 0
        if counts[1] > self._thresholds[1]:
            generation = 2 if counts[2] > self._thresholds[2] else 1
        gc.collect(generation)

    def stop(self) -> None:
        self._timer.stop()
        gc.collect()
        gc.enable()
