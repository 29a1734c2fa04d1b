"""What every format module shares: the one reading error and small text helpers."""

from __future__ import annotations

import os
from dataclasses import dataclass

__all__ = ["SubtitleReadError", "FormatInfo", "display_name", "split_lines"]


@dataclass(frozen=True)
class FormatInfo:
    """What the rest of the app knows about a format; each format module declares its own as
    ``INFO``, and every other table (file dialogs, Dotsub and cielo24 names, MIME types,
    extensions) is derived from these."""

    #: Our name for the format ("srt", "vtt", "ttml", "ssa"): ``Document.format``.
    key: str
    #: For people: "SubRip (SRT)".
    label: str
    #: File name extensions, the one files are written with first.
    extensions: tuple[str, ...]
    mime_type: str
    #: The name in Dotsub's ``format`` parameter, or None when Dotsub does not serve it.
    dotsub_name: str | None = None
    #: The name in cielo24's ``caption_format`` parameter, when it opens as a document.
    cielo24_name: str | None = None
    #: (extension, MIME type) where an extension has a type of its own (DFXP, ASS).
    extension_types: tuple[tuple[str, str], ...] = ()

    def mime_type_of(self, extension: str) -> str:
        return dict(self.extension_types).get(extension.lower(), self.mime_type)

    @property
    def extension(self) -> str:
        return self.extensions[0]

    @property
    def file_filter(self) -> str:
        """A file dialog filter: "SubRip (SRT) (*.srt)"."""
        return f"{self.label} ({' '.join('*' + ext for ext in self.extensions)})"


def display_name(path: str) -> str:
    return os.path.basename(path) or path


class SubtitleReadError(Exception):
    """A subtitle file could not be read: where, and what the reader expected to find there.

    ``str(error)`` reads ``"episode1.srt, line 14: expected a timing line like 00:00:01,000 -->
    00:00:02,000"``. ``line`` is 1-based, or 0 when the problem is not on one line (an empty
    or undecodable file).
    """

    def __init__(self, path: str, line: int, expected: str) -> None:
        self.path = path
        self.line = line
        self.expected = expected
        where = f"{display_name(path)}, line {line}" if line else display_name(path)
        super().__init__(f"{where}: {expected}")

    def __reduce__(self):  # picklable, e.g. across a process pool
        return (type(self), (self.path, self.line, self.expected))


def split_lines(text: str) -> list[str]:
    """Lines of text whose newlines were already normalised to ``\\n`` (no trailing empty item
    for a final newline)."""
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return lines
