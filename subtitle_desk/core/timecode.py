"""Clock strings of each subtitle format <-> integer milliseconds.

Every ``parse_*`` function raises ``ValueError`` on input it cannot read, including a time
beyond :data:`MAX_MS` (the format modules turn that into a ``SubtitleReadError`` with the file and
line). Every ``format_*`` function clamps negative times to zero, since no format can express a
time before the start of the media.

    SRT     00:01:02,500      (reading also takes '.' for ',', 1-digit hours, 1-4 fraction digits)
    WebVTT  01:02.500 or 00:01:02.500 (hours optional, may exceed 99)
    SSA     0:01:02.50        (centiseconds)
    TTML    clock 00:00:01.500, frames 00:00:01:12(.sub), offsets 12.5s 500ms 30f 2t 1.5h 2m
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from fractions import Fraction
# fractions (with decimal) is imported by the TTML code that uses it: SRT/WebVTT/SSA never load it

__all__ = [
    "MAX_MS", "check_range", "parse_srt", "format_srt", "parse_vtt", "format_vtt", "parse_ssa", "format_ssa",
    "TtmlTiming", "parse_ttml", "format_ttml",
]

#: The latest time a subtitle may have: 999:59:59.999. WebVTT and TTML allow more than 99 hours,
#: and every format writes three-digit hours back, yet no recording runs for six weeks: a time
#: beyond this is a corrupt or hostile value. Refusing it at reading keeps the huge integers a
#: TTML offset can spell ("<4300 nines>h") out of QC, the editor and the writers, where they
#: made arithmetic and formatting slow or fail.
MAX_MS = 1000 * 3_600_000 - 1
_MAX_TEXT = "999:59:59.999"


def check_range(ms: int, text: str = "") -> int:
    """``ms`` if it is a time a subtitle may have (0 to :data:`MAX_MS`), else ``ValueError``."""
    if not 0 <= ms <= MAX_MS:
        shown = f" {text.strip()[:40]!r}" if text else ""
        raise ValueError(f"the time{shown} is beyond {_MAX_TEXT}, the latest a subtitle may have")
    return ms


_CLOCK = re.compile(r"\s*(\d{1,4}):(\d{1,2}):(\d{1,2})(?:[,.:](\d{1,4}))?\s*\Z")
_VTT = re.compile(r"\s*(?:(\d{1,5}):)?(\d{1,2}):(\d{1,2})[.,](\d{1,3})\s*\Z")


def _fraction_ms(digits: str | None) -> int:
    """'5' -> 500, '50' -> 500, '500' -> 500, '5004' -> 500 (a decimal fraction of a second)."""
    if not digits:
        return 0
    return (int(digits) * 1000 + 10 ** len(digits) // 2) // 10 ** len(digits)


def _clock(h: str, m: str, s: str, frac: str | None, text: str) -> int:
    minutes, seconds = int(m), int(s)
    if minutes > 59 or seconds > 59:
        raise ValueError(f"minutes and seconds must be below 60 in {text.strip()!r}")
    return check_range(((int(h) * 60 + minutes) * 60 + seconds) * 1000 + _fraction_ms(frac), text)


def _split(ms: int) -> tuple[int, int, int, int]:
    ms = max(0, int(ms))
    h, rest = divmod(ms, 3_600_000)
    m, rest = divmod(rest, 60_000)
    s, rest = divmod(rest, 1000)
    return h, m, s, rest


# Writers format 40,000 times a file: string pieces are looked up rather than formatted.
_2D = [f"{n:02d}" for n in range(100)]
_HH = [d + ":" for d in _2D]  # "07:" for hours below 100
_MM_SS = [d + x for d in _2D[:60] for x in [":" + d for d in _2D[:60]]]  # "01:02" by second of the hour
_DOT_MS = ["." + _2D[n // 10] + str(n % 10) for n in range(1000)]  # ".005"
_COMMA_MS = ["," + x[1:] for x in _DOT_MS]  # ",005"


# -- SRT ------------------------------------------------------------------------------------------
def parse_srt(text: str) -> int:
    m = _CLOCK.match(text)
    if not m:
        raise ValueError(f"not an SRT time like 00:01:02,500: {text.strip()[:40]!r}")
    return _clock(*m.groups(), text)


def format_srt(ms: int) -> str:
    if ms.__class__ is not int or ms < 0:
        ms = max(0, int(ms))
    seconds, rest = divmod(ms, 1000)
    h, seconds = divmod(seconds, 3600)
    if h < 100:
        return _HH[h] + _MM_SS[seconds] + _COMMA_MS[rest]
    return f"{h:02d}:{_MM_SS[seconds]},{rest:03d}"


# -- WebVTT ---------------------------------------------------------------------------------------
def parse_vtt(text: str) -> int:
    m = _VTT.match(text)
    if not m:
        raise ValueError(f"not a WebVTT time like 00:01:02.500: {text.strip()[:40]!r}")
    h, mi, s, frac = m.groups()
    return _clock(h or "0", mi, s, frac, text)


def format_vtt(ms: int, *, hours: bool = True) -> str:
    """``00:01:02.500``; with ``hours=False`` the hours are written only when non-zero."""
    if ms.__class__ is not int or ms < 0:
        ms = max(0, int(ms))
    seconds, rest = divmod(ms, 1000)
    h, seconds = divmod(seconds, 3600)
    if h < 100:
        return (_HH[h] if h or hours else "") + _MM_SS[seconds] + _DOT_MS[rest]
    return f"{h:02d}:{_MM_SS[seconds]}.{rest:03d}"


# -- SSA / ASS ------------------------------------------------------------------------------------
def parse_ssa(text: str) -> int:
    m = _CLOCK.match(text)
    if not m:
        raise ValueError(f"not an SSA time like 0:01:02.50: {text.strip()[:40]!r}")
    return _clock(*m.groups(), text)


def format_ssa(ms: int) -> str:
    """Centiseconds, rounded to the nearest (half up)."""
    seconds, cs = divmod((max(0, int(ms)) + 5) // 10, 100)
    h, seconds = divmod(seconds, 3600)
    return str(h) + ":" + _MM_SS[seconds] + "." + _2D[cs]


# -- TTML -----------------------------------------------------------------------------------------
class TtmlTiming:
    """The TTML timing parameters of a document (``ttp:frameRate`` and friends).

    Defaults follow TTML 1: frame rate 30, sub-frame rate 1, multiplier 1:1, and a tick rate of
    frameRate x subFrameRate when a frame rate is given, else 1.
    """

    __slots__ = ("frame_rate", "subframe_rate", "multiplier", "tick_rate", "effective_rate")

    def __init__(self, frame_rate: int | None = None, subframe_rate: int = 1,
                 multiplier: Fraction | None = None, tick_rate: int | None = None) -> None:
        from fractions import Fraction

        if multiplier is None:
            multiplier = Fraction(1)
        if frame_rate is not None and frame_rate <= 0 or subframe_rate <= 0 or multiplier <= 0:
            raise ValueError("frame rates must be positive")
        if tick_rate is not None and tick_rate <= 0:
            raise ValueError("tick rate must be positive")
        self.frame_rate = frame_rate if frame_rate is not None else 30
        self.subframe_rate = subframe_rate
        self.multiplier = multiplier
        if tick_rate is None:
            tick_rate = self.frame_rate * subframe_rate if frame_rate is not None else 1
        self.tick_rate = tick_rate
        #: frames per second after ttp:frameRateMultiplier (e.g. 30 x 1000/1001)
        self.effective_rate = Fraction(self.frame_rate) * self.multiplier


    @classmethod
    def from_attributes(cls, frame_rate: str | None, subframe_rate: str | None,
                        multiplier: str | None, tick_rate: str | None) -> "TtmlTiming":
        """From the raw attribute values; ``ValueError`` when one is malformed."""
        from fractions import Fraction

        def positive(value: str | None, name: str) -> int | None:
            if value is None:
                return None
            if not _is_count(value.strip()) or int(value) <= 0:
                raise ValueError(f"{name} must be a positive whole number below {_MAX_PARAMETER:,}, "
                                 f"not {value.strip()[:20]!r}")
            return int(value)

        mult = Fraction(1)
        if multiplier is not None:
            parts = multiplier.split()
            if len(parts) != 2 or not all(_is_count(p) and int(p) > 0 for p in parts):
                raise ValueError(f"ttp:frameRateMultiplier must be like '1000 1001', not {multiplier[:20]!r}")
            mult = Fraction(int(parts[0]), int(parts[1]))
        return cls(positive(frame_rate, "ttp:frameRate"), positive(subframe_rate, "ttp:subFrameRate") or 1,
                   mult, positive(tick_rate, "ttp:tickRate"))


#: Timing parameters are frame rates and tick rates: 10,000,000 ticks a second is the most seen.
_MAX_PARAMETER = 10 ** 12


def _is_count(text: str) -> bool:
    # a length check before int(): converting thousands of digits is slow, then refused anyway
    return text.isascii() and text.isdigit() and len(text.lstrip("0")) <= 12 and int(text) < _MAX_PARAMETER


#: Digits of a TTML time's number that can matter: a whole part longer than this is far beyond
#: MAX_MS in any unit and refused before it is converted (thousands of digits take long to turn
#: into an integer), and fraction digits past it cannot change the rounded millisecond.
_MAX_DIGITS = 30


def _whole(digits: str, text: str) -> int:
    digits = digits.lstrip("0")
    if len(digits) > _MAX_DIGITS:
        check_range(MAX_MS + 1, text)
    return int(digits or "0")


_DEFAULT_TIMING: TtmlTiming | None = None  # TtmlTiming(), made at its first use


def _default_timing() -> TtmlTiming:
    global _DEFAULT_TIMING
    if _DEFAULT_TIMING is None:
        _DEFAULT_TIMING = TtmlTiming()
    return _DEFAULT_TIMING


_TTML_CLOCK = re.compile(r"\s*(\d{1,4}):(\d{2}):(\d{2})(?:(\.\d+)|:(\d{2,})(?:\.(\d+))?)?\s*\Z")
_TTML_OFFSET = re.compile(r"\s*(\d+(?:\.\d+)?)(h|ms|m|s|f|t)\s*\Z")
_UNIT_MS = {"h": 3_600_000, "m": 60_000, "s": 1000, "ms": 1}


def _div_round(n: int, d: int) -> int:
    """n / d rounded half up, in integers (Fractions are too slow for 40,000 times a file)."""
    return (2 * n + d) // (2 * d)


def _decimal(number: str, text: str) -> tuple[int, int]:
    """'12.5' -> (125, 10): numerator and power-of-ten scale."""
    whole, _, frac = number.partition(".")
    frac = frac[:_MAX_DIGITS]
    return _whole(whole, text) * 10 ** len(frac) + int(frac or "0"), 10 ** len(frac)


def parse_ttml(text: str, timing: TtmlTiming | None = None) -> int:
    """A TTML time expression (clock time, clock time with frames, or offset time) in ms."""
    timing = timing or _default_timing()
    rate = timing.effective_rate
    m = _TTML_CLOCK.match(text)
    if m:
        h, mi, s, frac, frames, sub = m.groups()
        minutes, seconds = int(mi), int(s)
        if minutes > 59 or seconds > 60:
            raise ValueError(f"minutes and seconds out of range in {text.strip()[:40]!r}")
        ms = ((int(h) * 60 + minutes) * 60 + seconds) * 1000
        if frac:
            digits = frac[1:_MAX_DIGITS + 1]
            ms += int(digits) if len(digits) == 3 else _div_round(int(digits) * 1000, 10 ** len(digits))
        elif frames is not None:
            sub_rate = timing.subframe_rate
            count = _whole(frames, text) * sub_rate + (_whole(sub, text) if sub else 0)
            ms += _div_round(count * 1000 * rate.denominator, rate.numerator * sub_rate)
        return check_range(ms, text)
    m = _TTML_OFFSET.match(text)
    if m:
        num, scale = _decimal(m.group(1), text)
        unit = m.group(2)
        if unit == "f":
            return check_range(_div_round(num * 1000 * rate.denominator, scale * rate.numerator), text)
        if unit == "t":
            return check_range(_div_round(num * 1000, scale * timing.tick_rate), text)
        return check_range(_div_round(num * _UNIT_MS[unit], scale), text)
    raise ValueError(f"not a TTML time expression like 00:00:01.500 or 12.5s: {text.strip()[:40]!r}")


def format_ttml(ms: int, style: str = "clock", timing: TtmlTiming | None = None) -> str:
    """Write ``ms`` in one of the TTML styles: ``clock`` (00:00:01.500), ``frames``
    (00:00:01:12 at the document's frame rate), ``ms`` (1500ms), ``s`` (1.5s) or ``t`` (ticks)."""
    ms = max(0, int(ms))
    if style == "frames":
        from fractions import Fraction

        timing = timing or _default_timing()
        rate = timing.effective_rate
        seconds, rest = divmod(ms, 1000)
        frames = round(Fraction(rest) * rate / 1000)
        if frames >= timing.frame_rate:  # rounding reached the next second
            seconds, frames = seconds + 1, 0
        h, m, s, _ = _split(seconds * 1000)
        return f"{h:02d}:{m:02d}:{s:02d}:{frames:02d}"
    if style == "ms":
        return f"{ms}ms"
    if style == "s":
        seconds, rest = divmod(ms, 1000)
        return f"{seconds}s" if not rest else f"{seconds}.{rest:03d}".rstrip("0") + "s"
    if style == "t":
        from fractions import Fraction

        return f"{round(Fraction(ms) * (timing or _default_timing()).tick_rate / 1000)}t"
    return format_vtt(ms)  # clock: 00:00:01.500
