"""Autosave while dirty, and the offer to restore after a crash.

Every ``interval_ms`` the ``Autosaver`` looks at the controller: when the document is dirty and
changed since the last autosave, a snapshot is written through ``core.storage.AutosaveStore``
(off the UI thread); when it is dirty and unchanged but its recovery is no longer on disk
(deleted by a cleaning tool or an older copy of the app), the snapshot is written again. A clean
document (just saved, or every change undone) has its recovery discarded; so does a document the
user chose to close without saving. What crashed or killed copies left behind is what
``RestoreOffer`` asks about; the recoveries of copies still running are never offered.
"""

from __future__ import annotations

import asyncio
import datetime
import logging
import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from subtitle_desk.core import paths
from subtitle_desk.ui.editor.controller import EditorController, _snapshot

__all__ = ["Autosaver", "RestoreOffer", "app_data_dir", "DEFAULT_AUTOSAVE_SECONDS"]

log = logging.getLogger(__name__)

DEFAULT_AUTOSAVE_SECONDS = 5
DATA_DIR_ENV = paths.DATA_DIR_ENV


def app_data_dir() -> Path:
    """Where autosaves and unsent work live: ``$SUBTITLE_DESK_DATA_DIR`` or the user data dir."""
    return paths.data_dir()


def recovery_dir(base: Path | None = None) -> Path:
    return paths.recovery_dir(base)


class Autosaver(QObject):
    #: (key) after a recovery was written
    written = Signal(str)

    def __init__(self, controller: EditorController, store: Any, *, interval_ms: int,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.store = store
        self._saved_revision: dict[str, int] = {}
        self._lock = threading.Lock()
        self._generation = 0
        self._timer = QTimer(self)
        self._timer.setInterval(max(10, int(interval_ms)))
        self._timer.timeout.connect(self.tick)
        self._timer.start()
        self._key = controller.session_key
        controller.titleChanged.connect(self._title_changed)
        controller.documentReplaced.connect(self._document_replaced)

    @property
    def interval_ms(self) -> int:
        return self._timer.interval()

    def set_interval(self, interval_ms: int) -> None:
        self._timer.setInterval(max(10, int(interval_ms)))

    def stop(self) -> None:
        self._timer.stop()

    def tick(self) -> asyncio.Task | None:
        c = self.controller
        if c.document is None or not c.dirty:
            return None
        key = c.session_key
        if self._saved_revision.get(key) == c.revision:
            if c.runner.is_running("editor.autosave"):
                return None
            return c.runner.run("editor.autosave", self._write_again_if_missing(key, c.revision))
        return c.runner.run("editor.autosave", self._write(key))

    def _write(self, key: str) -> Any:
        """Write the document as it is now (the snapshot is taken here, on the UI thread, before
        anything can replace it) under ``key``; returns the coroutine that does the writing."""
        c = self.controller
        revision = c.revision
        snapshot = _snapshot(c.document)
        original = str(c.path) if c.path else None
        generation = self._generation

        def write_unless_obsolete() -> bool:
            # Under the lock, so a save's discard can't land between our check and our write
            # (which would leave a stale recovery to be offered after the next start).
            with self._lock:
                if self._generation != generation:
                    return False
                self.store.write(snapshot, original, key)
                return True

        async def write() -> None:
            if await asyncio.to_thread(write_unless_obsolete):
                self._saved_revision[key] = revision
                self.written.emit(key)

        return write()

    async def _write_again_if_missing(self, key: str, revision: int) -> None:
        """The recovery of unchanged work can vanish (a cleaning tool, an older copy of the app
        discarding what it took for a crash's leftovers): it is written again at once."""
        has = getattr(self.store, "has", None)
        if has is None or await asyncio.to_thread(has, key):
            return
        c = self.controller
        if c.document is None or not c.dirty or c.session_key != key or c.revision != revision:
            return  # changed meanwhile: the next tick writes it anyway
        log.warning("the autosaved copy of %s was removed; writing it again", c.display_name)
        await self._write(key)

    def discard_current(self) -> None:
        self._discard(self.controller.session_key)

    def _discard(self, key: str) -> None:
        self._saved_revision.pop(key, None)
        with self._lock:
            self._generation += 1  # an autosave already under way must not write any more
            try:
                self.store.discard(key)
            except OSError as exc:  # nothing to lose: the recovery is obsolete anyway
                log.warning("could not remove autosave %s: %s", key, exc)

    def _document_replaced(self, document: Any) -> None:
        # The previous document was saved or its changes were given up: its recovery is obsolete.
        old, self._key = self._key, self.controller.session_key
        if old != self._key:
            self._discard(old)

    def _title_changed(self, name: str, dirty: bool) -> None:
        if not dirty and self.controller.document is not None:
            # Saved (or back to the saved state): the recovery is obsolete.
            self.discard_current()


class RestoreOffer(QObject):
    """Asks, one recovery at a time, whether to restore what a crash left behind."""

    #: (recovery, document) when the user accepted
    restored = Signal(object, object)
    finished = Signal()

    def __init__(self, store: Any, parent_widget: QWidget | None = None) -> None:
        super().__init__(parent_widget)
        self.store = store
        self._parent_widget = parent_widget
        self._pending: list[Any] = []
        self.box: QMessageBox | None = None
        self.restore_button = None
        self.discard_button = None

    def describe_recovery(self, recovery: Any) -> str:
        """What a recovery holds, for the question: "episode.srt (autosaved 2024-05-01 10:30), 12 cues"."""
        original = getattr(recovery, "original_path", None)
        name = Path(original).name if original else self.tr("an untitled document")
        when = getattr(recovery, "saved_at", None)
        when_text = ""
        if isinstance(when, datetime.datetime):
            when_text = self.tr(" (autosaved {time})").format(time=when.astimezone().strftime("%Y-%m-%d %H:%M"))
        count = getattr(recovery, "cue_count", None)
        if count:
            when_text += self.tr(", %n cue(s)", "", count)
        return f"{name}{when_text}"

    def start(self) -> bool:
        """Show the first offer (non-blocking); False when there is nothing to restore."""
        try:
            self._pending = list(self.store.pending())
        except OSError as exc:
            log.warning("cannot list autosaves: %s", exc)
            self._pending = []
        return self._next()

    def _next(self) -> bool:
        if not self._pending:
            self.box = None
            release = getattr(self.store, "release_claims", None)
            if release is not None:
                release()  # what was put off ("Later") may be offered by another copy
            self.finished.emit()
            return False
        recovery = self._pending[0]
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Restore unsaved changes?"),
                          self.tr("Subtitle Desk did not close normally. Unsaved changes to {recovery} were "
                                  "autosaved.").format(recovery=self.describe_recovery(recovery)),
                          parent=self._parent_widget)
        box.setObjectName("restoreOffer")
        box.setInformativeText(self.tr("Restore them now? Discarding deletes the autosaved copy."))
        self.restore_button = box.addButton(self.tr("Restore"), QMessageBox.ButtonRole.AcceptRole)
        self.discard_button = box.addButton(self.tr("Discard"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Later"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(self.restore_button)
        box.finished.connect(lambda _result, r=recovery, b=box: self._answered(r, b))
        self.box = box
        box.open()
        return True

    def _answered(self, recovery: Any, box: QMessageBox) -> None:
        self._pending.pop(0)
        clicked = box.clickedButton()
        box.deleteLater()
        if clicked is self.restore_button:
            try:
                document = self.store.load(recovery)
            except Exception as exc:  # a damaged recovery must not stop the start
                log.warning("cannot restore %s: %s", getattr(recovery, "key", "?"), exc)
                QMessageBox.warning(self._parent_widget, self.tr("Cannot restore"),
                                    self.tr("The autosaved copy is damaged: {error}").format(error=exc))
            else:
                try:
                    # Ours from now on: written into this copy's session before the crashed
                    # one's files go, so no moment passes without a recovery on disk.
                    self.store.adopt(recovery, document)
                except OSError as exc:  # the crashed copy's files stay, to be offered again
                    log.warning("cannot take over the autosave %s: %s", recovery.key, exc)
                self.restored.emit(recovery, document)
                self._pending.clear()  # one document at a time; the rest is offered next start
        elif clicked is self.discard_button:
            try:
                self.store.discard_recovery(recovery)  # only ever a crashed copy's
            except OSError as exc:
                log.warning("cannot remove the autosave %s: %s", recovery.key, exc)
        self._next()
