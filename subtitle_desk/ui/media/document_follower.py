"""DocumentFollower: hear about the changes of the one document a view shows now.

A view that is handed one document after another must drop its subscription to the old one, or
the old document keeps calling it (and keeps it alive). Pure Python: no Qt.
"""

from __future__ import annotations

from collections.abc import Callable

from subtitle_desk.core.document import Change, Document

__all__ = ["DocumentFollower"]


class DocumentFollower:
    """Calls ``on_change(change)`` after each change of the document it follows now."""

    def __init__(self, on_change: Callable[[Change], None]) -> None:
        self._on_change = on_change
        self._unsubscribe: Callable[[], None] | None = None

    def follow(self, doc: Document | None) -> None:
        """Follow ``doc`` from now on (None: no document), and the previous one no more."""
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        if doc is not None:
            self._unsubscribe = doc.subscribe(self._on_change)
