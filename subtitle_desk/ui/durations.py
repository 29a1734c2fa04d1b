"""How long something took or has left, in words people read: the one duration formatter of the
interface ("3.2 s", "42 s", "1 min 05 s", "1 h 02 min"). Translated under the context
``Durations``. A video's length as a clock ("1:02:03") is another thing: see the DatoCMS models."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

__all__ = ["duration_words"]


def duration_words(seconds: float | None, *, tenths: bool = False) -> str:
    """The two largest units, the smaller one two digits wide; "" for None (not known yet).

    ``tenths`` shows times under 10 s with a tenth of a second ("3.2 s"): how long a short
    operation took; a time left to wait reads in whole seconds."""
    if seconds is None:
        return ""
    if tenths and seconds < 10:
        return QCoreApplication.translate("Durations", "{seconds} s").format(seconds=f"{seconds:.1f}")
    seconds = max(0, int(round(seconds)))
    if seconds < 60:
        return QCoreApplication.translate("Durations", "{seconds} s").format(seconds=seconds)
    minutes, seconds = divmod(seconds, 60)
    if minutes < 60:
        return QCoreApplication.translate("Durations", "{minutes} min {seconds} s").format(
            minutes=minutes, seconds=f"{seconds:02d}")
    hours, minutes = divmod(minutes, 60)
    return QCoreApplication.translate("Durations", "{hours} h {minutes} min").format(
        hours=hours, minutes=f"{minutes:02d}")
