"""Commands to QtMultimedia objects, made with Python's GIL released.

PySide6 keeps the GIL while it runs most C++ methods. QtMultimedia's FFmpeg backend works in
threads of its own (demuxer, audio and video renderers), and those threads call back into objects
made from Python: when a renderer is destroyed, Qt calls ``disconnectNotify`` on the
``QAudioOutput`` or ``QMediaPlayer`` it listened to, with a Qt mutex held, and PySide needs the
GIL to see whether Python overrides it. A ``stop()`` or ``pause()`` called from Python at that
moment waits for the same mutex while holding the GIL: both threads wait for ever (seen as the
app freezing on pause or on closing a video).

``QMetaObject.invokeMethod`` releases the GIL around the call, so a slot invoked through it runs
with the backend free to finish. Every player command that can wait on the backend goes here.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Q_ARG, QMetaObject, QObject, Qt

__all__ = ["call", "INT64", "REAL", "URL"]

#: Argument types of the slots called here, for ``Q_ARG``.
INT64 = "qint64"
REAL = float
URL = "QUrl"


def call(target: QObject, slot: str, *args: tuple[Any, Any]) -> None:
    """Run ``target.slot(*values)`` now, in this thread, without holding the GIL.

    ``args`` are ``(type, value)`` pairs (``(INT64, 1200)``). Raises RuntimeError when the slot
    does not exist, so that a misspelt name fails loudly instead of doing nothing."""
    arguments = [Q_ARG(kind, value) for kind, value in args]
    if not QMetaObject.invokeMethod(target, slot, Qt.ConnectionType.DirectConnection, *arguments):
        raise RuntimeError(f"{type(target).__name__} has no slot {slot}")
