"""What every format module shares: the one reading error and small text helpers."""

from __future__ import annotations

import os

__all__ = ["SubtitleReadError", "display_name", "split_lines"]


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
