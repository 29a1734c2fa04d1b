"""Timecodes as the editor shows and accepts them.

Shown as ``H:MM:SS.mmm`` (hours unpadded: a feature film never needs two digits). Typed input is
forgiving, the way subtitlers type: ``1:02:03.456``, ``00:01:02,345`` (SRT comma), ``01:02.5``,
``62.5`` or ``62`` seconds, and ``HH:MM:SS:FF`` frames when a frame rate is given. What
:class:`TimeParseError` says is shown to the user, so it is translated (context ``TimeParseError``).
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

__all__ = ["format_ms", "format_duration", "parse_time", "TimeParseError"]


class TimeParseError(ValueError):
    pass


def format_ms(ms: int) -> str:
    sign = "-" if ms < 0 else ""
    ms = abs(int(ms))
    h, rest = divmod(ms, 3_600_000)
    m, rest = divmod(rest, 60_000)
    s, milli = divmod(rest, 1000)
    return f"{sign}{h}:{m:02d}:{s:02d}.{milli:03d}"


def format_duration(ms: int) -> str:
    """Seconds with milliseconds (``2.350``); minutes appear only when needed."""
    sign = "-" if ms < 0 else ""
    ms = abs(int(ms))
    if ms < 60_000:
        return f"{sign}{ms // 1000}.{ms % 1000:03d}"
    m, rest = divmod(ms, 60_000)
    return f"{sign}{m}:{rest // 1000:02d}.{rest % 1000:03d}"


_CLOCK = re.compile(r"^(?:(?:(\d+):)?(\d+):)?(\d+)(?:[.,](\d+))?$")
_FRAMES = re.compile(r"^(\d+):(\d{1,2}):(\d{1,2})[:;](\d{1,2})$")


def parse_time(text: str, *, fps: float | None = None) -> int:
    """Milliseconds from a typed timecode; raises TimeParseError saying what is expected."""
    raw = text.strip()
    if fps:
        frames = _FRAMES.match(raw)
        if frames:
            h, m, s, f = (int(g) for g in frames.groups())
            return ((h * 60 + m) * 60 + s) * 1000 + round(f * 1000 / fps)
    match = _CLOCK.match(raw)
    if not match:
        raise TimeParseError(QCoreApplication.translate(
            "TimeParseError", "'{text}' is not a time: expected H:MM:SS.mmm, MM:SS.mmm or seconds").format(text=text))
    h, m, s, frac = match.groups()
    hours, minutes, seconds = int(h or 0), int(m or 0), int(s)
    if (m is not None and seconds >= 60) or (h is not None and minutes >= 60):
        raise TimeParseError(QCoreApplication.translate(
            "TimeParseError", "'{text}' is not a time: minutes and seconds go up to 59").format(text=text))
    millis = round(int(frac) * 1000 / 10 ** len(frac)) if frac else 0
    return ((hours * 60 + minutes) * 60 + seconds) * 1000 + millis
