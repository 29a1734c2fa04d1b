"""The services' enum values in words for people: one table per kind of value, and one fallback.

Dotsub, DatoCMS and cielo24 answer with values such as ``UPLOADED``, ``TASK_TRANSLATE``,
``errored`` or ``MECHANICAL``. Wherever the desk shows one (a table cell, a status line, a
message), it goes through these functions, so people read "uploaded; Dotsub is encoding it"
and the same value reads the same everywhere. A value no table knows reads as its lower-case
words ("SOME_NEW_STATE" -> "some new state").

    upload_status("UPLOADED")      -> "uploaded; Dotsub is encoding it"
    task_type("TASK_PIVOT_TRANSLATE") -> "Pivot translate"
    track_status("errored")        -> "Failed"
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from subtitle_desk.core.work.dotsub import TASK_TYPE_LABELS

__all__ = ["translated", "enum_words", "sentence", "upload_status", "upload_pending", "task_type", "track_status",
           "track_type", "fidelity", "UPLOAD_STATUS_WORDS", "TRACK_STATUS_WORDS"]

#: Dotsub's ``uploadDetail.status`` of a media, as the end of "The upload is …" (shown translated by
#: ``upload_status``).
UPLOAD_STATUS_WORDS = {
    "IN_QUEUE": QT_TRANSLATE_NOOP("words", "waiting for the video file"),
    "UPLOADING": QT_TRANSLATE_NOOP("words", "uploading"),
    "UPLOADED": QT_TRANSLATE_NOOP("words", "uploaded; Dotsub is encoding it"),
    "COMPLETE": QT_TRANSLATE_NOOP("words", "uploaded"),
    "ERROR": QT_TRANSLATE_NOOP("words", "failed"),
    "ENCODED": QT_TRANSLATE_NOOP("words", "encoded"),
    "PROCESSED": QT_TRANSLATE_NOOP("words", "processed"),
}
#: Statuses that mean Dotsub still waits for the video (Retry sends it, Delete removes the media).
_UPLOAD_PENDING = frozenset({"IN_QUEUE", "UPLOADING", "ERROR"})

#: DatoCMS's track ``status``.
TRACK_STATUS_WORDS = {"preparing": "Preparing…", "ready": "Ready", "errored": "Failed"}

_TRACK_TYPES = {"subtitles": QT_TRANSLATE_NOOP("words", "subtitles"), "audio": QT_TRANSLATE_NOOP("words", "audio")}
_FIDELITIES = {"MECHANICAL": "Mechanical", "PREMIUM": "Premium", "PROFESSIONAL": "Professional",
               "EXTERNAL": "External"}


#: For pyside6-lupdate: the names core.work.dotsub.TASK_TYPE_LABELS gives (the core has no Qt), and
#: the other tables' names shown on their own; ``translated`` shows them in the user's language.
_MARKED = (
    QT_TRANSLATE_NOOP("words", "Caption"), QT_TRANSLATE_NOOP("words", "Pivot translate"),
    QT_TRANSLATE_NOOP("words", "Direct translate"), QT_TRANSLATE_NOOP("words", "Translate"),
    QT_TRANSLATE_NOOP("words", "Review"), QT_TRANSLATE_NOOP("words", "Post-editing"),
    QT_TRANSLATE_NOOP("words", "Proofreading"), QT_TRANSLATE_NOOP("words", "Custom"),
    QT_TRANSLATE_NOOP("words", "Sign-off"), QT_TRANSLATE_NOOP("words", "Burn-in"), QT_TRANSLATE_NOOP("words", "Push"),
    QT_TRANSLATE_NOOP("words", "Text to speech"),
    QT_TRANSLATE_NOOP("words", "Preparing…"), QT_TRANSLATE_NOOP("words", "Ready"), QT_TRANSLATE_NOOP("words", "Failed"),
    QT_TRANSLATE_NOOP("words", "Mechanical"), QT_TRANSLATE_NOOP("words", "Premium"),
    QT_TRANSLATE_NOOP("words", "Professional"), QT_TRANSLATE_NOOP("words", "External"),
)


def translated(name: str) -> str:
    """One of the names above in the user's language (any other text as it is)."""
    return QCoreApplication.translate("words", name)


def enum_words(value: object) -> str:
    """``"SOME_VALUE"`` as ``"some value"``; text that is already words (mixed case, spaces) is
    kept as it is. None and "" give ""."""
    text = "" if value is None else str(value).strip()
    if not text or text != text.upper() and text != text.lower():
        return text  # "In Process", "Complete": cielo24 already speaks in words
    return text.replace("_", " ").replace("-", " ").lower()


def sentence(text: str) -> str:
    """``text`` with its first letter in upper case (the rest as it is)."""
    return text[:1].upper() + text[1:]


def upload_status(status: object) -> str:
    """A Dotsub media's upload status in words ("" when there is none)."""
    key = "" if status is None else str(status)
    return translated(UPLOAD_STATUS_WORDS[key]) if key in UPLOAD_STATUS_WORDS else enum_words(key)


def upload_pending(status: object) -> bool:
    """Dotsub still waits for this media's video (queued, uploading or failed)."""
    return str(status or "") in _UPLOAD_PENDING


def task_type(kind: object) -> str:
    """A Dotsub task type (``TASK_TRANSLATE``) as its name ("Translate")."""
    key = "" if kind is None else str(kind)
    if key in TASK_TYPE_LABELS:
        return translated(TASK_TYPE_LABELS[key])
    return sentence(enum_words(key.removeprefix("TASK_")))


def track_status(status: object) -> str:
    """A DatoCMS track status ("Preparing…", "Ready", "Failed")."""
    key = "" if status is None else str(status)
    return translated(TRACK_STATUS_WORDS[key]) if key in TRACK_STATUS_WORDS else sentence(enum_words(key))


def track_type(kind: object) -> str:
    """A DatoCMS track type as a noun for sentences ("subtitles", "audio")."""
    key = "" if kind is None else str(kind)
    return translated(_TRACK_TYPES[key]) if key in _TRACK_TYPES else enum_words(key)


def fidelity(value: object) -> str:
    """A cielo24 fidelity (``MECHANICAL``) as its name ("Mechanical")."""
    key = "" if value is None else str(value)
    return translated(_FIDELITIES[key]) if key in _FIDELITIES else sentence(enum_words(key))
