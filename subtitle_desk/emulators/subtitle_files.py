"""Reading a subtitle file a client uploaded, for the emulators that take one (Dotsub's subtitle
import, DatoCMS's subtitle tracks).

The app's own format readers read it, the format detected from the content as the services'
import engines do. The emulators also run where those readers are not installed: then
:func:`read_uploaded_subtitles` answers ``None`` and each emulator reads the file plainly, its
own way. What a service accepts (formats, empty files) stays each emulator's rule.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from subtitle_desk.core.document import Document

__all__ = ["UnreadableSubtitles", "read_uploaded_subtitles"]


class UnreadableSubtitles(Exception):
    """The file is no subtitle file the readers know; ``str()`` is the reader's reason."""


def read_uploaded_subtitles(data: bytes, filename: str) -> Document | None:
    """``data`` read as a subtitle file named ``filename``; None when the format readers (or the
    one this file needs) are not installed. Raises :class:`UnreadableSubtitles`."""
    try:
        from subtitle_desk.core.formats import SubtitleReadError, read_bytes
    except ImportError:  # the formats package is optional for the emulators
        return None
    try:
        return read_bytes(data, path=filename)
    except (SubtitleReadError, ValueError, UnicodeError) as exc:
        raise UnreadableSubtitles(str(exc)) from None
    except ImportError:  # that format's reader is not installed
        return None
