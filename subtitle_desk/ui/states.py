"""Enums of states a person reads (an upload's, a job's): each value is the state's English name,
marked for translation with ``QT_TRANSLATE_NOOP(context, ...)``, and ``label`` shows it in the
user's language under that same context, given once where the enum is declared::

    class UploadState(TranslatedState, context="UploadQueue"):
        QUEUED = QT_TRANSLATE_NOOP("UploadQueue", "Queued")
"""

from __future__ import annotations

import enum
from typing import Any

from PySide6.QtCore import QCoreApplication

__all__ = ["TranslatedState"]


class TranslatedState(enum.Enum):
    """A state whose value is its English name; ``label`` is that name translated."""

    _context: str

    def __init_subclass__(cls, *, context: str, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        cls._context = context

    @property
    def label(self) -> str:
        """The state in the user's language."""
        return QCoreApplication.translate(self._context, self.value)
