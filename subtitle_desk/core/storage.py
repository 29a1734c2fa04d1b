"""Saving without losing work: atomic saves with a backup, and the autosave/recovery store.

Atomic save (:func:`save_document`, :func:`atomic_write`): the new bytes go to a temporary file
in the same folder (``.NAME.<random>.tmp``), which is flushed and fsync'ed; the version on disk
before this save is kept as ``NAME.bak`` next to it (``episode1.srt`` -> ``episode1.srt.bak``,
replaced at every save, so it always holds the previous version); then the temporary file
replaces the target with ``os.replace`` (atomic on POSIX and Windows) and the folder is fsync'ed
so the rename itself survives a power cut. At every moment the target path holds either the
complete old file or the complete new one. A symlinked target is written through to the real
file. The file's permission bits are kept; a new file gets the usual ones (0666 minus umask).

An interrupted save leaves its temporary file behind; the next save of the same file removes
such leftovers once they are :data:`STALE_TEMP_SECONDS` old and no writer holds them (a writer
locks its temporary file while writing it, and a live save takes well under a second, so ten
minutes leaves a wide margin for a slow network drive while still cleaning up after a crash).

Autosave (:class:`AutosaveStore`): one recovery file per open document ``key`` (chosen by the UI,
e.g. a per-window id), written atomically in the document's own format and in UTF-8 (so nothing
is lost to a legacy encoding), plus a small JSON sidecar naming the original path, format,
original encoding and time. The UI owns the timer and the restore offer at start-up.

Several copies of the app may run under one user, so each store writes into a session folder of
its own (``session-<pid>-<random>``), which it owns by holding an OS lock on ``<folder>.lock``
(``flock`` on POSIX, ``msvcrt.locking`` on Windows) for as long as it runs. The OS drops the lock
when the process ends, however it ends, so a session whose lock nobody holds was left by a copy
that crashed or was killed: only those are offered (:meth:`AutosaveStore.pending`), and a copy
claims (locks) one before offering it, so two copies never offer or delete the same files. A
running copy's recoveries are never listed, and nothing another store does removes them.
"""

from __future__ import annotations

import errno
import os
import re
import shutil
import stat
import threading
import time
import weakref
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from subtitle_desk.core.document import Document

__all__ = ["SaveError", "BACKUP_SUFFIX", "backup_path", "atomic_write", "save_document",
           "AutosaveStore", "Recovery", "STALE_TEMP_SECONDS"]


def _token() -> str:
    """8 random hex digits for a unique name (secrets.token_hex(4), without importing hashlib)."""
    return os.urandom(4).hex()


def _warn(message: str, *args: object) -> None:
    import logging  # here, not at the top: a command-line save then never loads it

    logging.getLogger(__name__).warning(message, *args)


BACKUP_SUFFIX = ".bak"
#: A temporary file of an interrupted save is removed once it is this old (seconds).
STALE_TEMP_SECONDS = 10 * 60

if os.name == "nt":
    import msvcrt

    def _try_lock(fd: int) -> bool:
        """Lock ``fd`` for this open file (not just this process); False when someone holds it."""
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False
else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        """Lock ``fd`` for this open file (not just this process); False when someone holds it.
        flock, not fcntl: its locks belong to the open file, so two stores of one process (or a
        store and a cleaner) exclude each other too."""
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except BlockingIOError:
            return False
        except OSError as exc:  # no locks on this file system: ownership cannot be told
            _warn("cannot lock a file: %s", exc)
            return False


class SaveError(OSError):
    """Saving failed; ``str()`` names the file and the reason, never the temporary file."""

    def __init__(self, path: str | os.PathLike, reason: str, errno_: int | None = None) -> None:
        super().__init__(errno_, reason)
        self.path = os.fspath(path)
        self.reason = reason

    def __str__(self) -> str:
        return f"cannot save {self.path}: {self.reason}"


def backup_path(path: str | os.PathLike) -> Path:
    """Where the version before the last save is kept: ``NAME.bak`` beside ``NAME``."""
    path = Path(path)
    return path.with_name(path.name + BACKUP_SUFFIX)


def _fsync_dir(folder: str) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:  # e.g. Windows cannot open folders; the rename is durable there anyway
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _temp_beside(target: str, suffix: str = ".tmp") -> tuple[str, int]:
    folder, name = os.path.split(target)
    for _ in range(100):
        temp = os.path.join(folder, f".{name}.{_token()}{suffix}")
        try:
            flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
            return temp, os.open(temp, flags, 0o666)
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "no free temporary file name", folder)


def _keep_backup(target: str, backup: str) -> None:
    """Make ``backup`` a copy of ``target`` (a hard link when the file system allows)."""
    temp, fd = _temp_beside(backup, ".bak.tmp")
    os.close(fd)
    os.unlink(temp)
    try:
        os.link(target, temp)
    except OSError:  # no hard links here (FAT, some network shares): copy instead
        with open(target, "rb") as src, open(temp, "wb") as dst:
            while chunk := src.read(1 << 20):
                dst.write(chunk)
            dst.flush()
            os.fsync(dst.fileno())
    os.replace(temp, backup)


def atomic_write(path: str | os.PathLike, data: bytes, *, backup: bool = True) -> None:
    """Replace the file at ``path`` with ``data`` atomically (see the module docstring).
    Raises :class:`SaveError`."""
    shown = os.fspath(path)
    target = os.path.realpath(shown)
    folder = os.path.dirname(target) or "."
    temp = None
    try:
        try:
            mode = stat.S_IMODE(os.stat(target).st_mode)
            exists = True
        except FileNotFoundError:
            mode, exists = None, False
        temp, fd = _temp_beside(target)
        if os.name != "nt":  # held while writing, so a cleaner never takes a file being written
            _try_lock(fd)  # (on Windows an open file cannot be deleted anyway)
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        if mode is not None:
            os.chmod(temp, mode)
        if backup and exists:
            _keep_backup(target, os.fspath(backup_path(target)))
        os.replace(temp, target)
        temp = None
        _fsync_dir(folder)
        _remove_stale_temps(target)
    except OSError as exc:
        raise SaveError(shown, exc.strerror or str(exc), exc.errno) from exc
    finally:
        if temp is not None:
            try:
                os.unlink(temp)
            except OSError:
                pass


_now = time.time  # the clock leftovers are aged by (tests move it on)


def _remove_stale_temps(target: str) -> None:
    """Remove what interrupted saves of ``target`` left beside it (see the module docstring)."""
    folder, name = os.path.split(target)
    # A backup's temporary file is a hard link to the old version, so its mtime is old from the
    # start; on POSIX the link sets its ctime, which says how long ago it was made. Windows has
    # no such time (st_ctime is the creation time there), so only data temporaries go there.
    kinds = r"\.[0-9a-f]{8}\.tmp" if os.name == "nt" else r"\.[0-9a-f]{8}\.tmp|\.bak\.[0-9a-f]{8}\.bak\.tmp"
    leftover = re.compile(r"\.%s(?:%s)\Z" % (re.escape(name), kinds))
    now = _now()
    try:
        entries = [e for e in os.scandir(folder or ".") if leftover.match(e.name)]
    except OSError:
        return
    for entry in entries:
        try:
            info = entry.stat(follow_symlinks=False)
            age = now - (info.st_mtime if os.name == "nt" else max(info.st_mtime, info.st_ctime))
            if age < STALE_TEMP_SECONDS or not entry.is_file(follow_symlinks=False):
                continue
            if os.name == "nt":
                os.unlink(entry.path)  # fails while a writer still has it open
                continue
            fd = os.open(entry.path, os.O_RDONLY)
            try:
                if _try_lock(fd):
                    os.unlink(entry.path)
            finally:
                os.close(fd)
        except OSError:
            continue


def _format_for(path: str | os.PathLike) -> str | None:
    from subtitle_desk.core import formats

    try:
        return formats.format_for_path(os.fspath(path))
    except (ValueError, KeyError):
        return None


def save_document(doc: Document, path: str | os.PathLike, format: str | None = None, *,
                  backup: bool = True) -> list[str]:
    """Write ``doc`` to ``path`` atomically, keeping the previous version as ``path + ".bak"``.

    The format is ``format``, else the one ``path``'s extension names, else ``doc.format``.
    Returns the notes of what the format could not keep (empty when nothing was dropped).
    Raises :class:`SaveError` (an ``OSError``) when the file cannot be written.
    """
    from subtitle_desk.core import formats

    fmt = format or _format_for(path) or doc.format
    data, notes = formats.write_bytes(doc, format=fmt)
    atomic_write(path, data, backup=backup)
    return list(notes)


@dataclass(frozen=True)
class Recovery:
    """One autosaved document waiting to be restored or discarded."""

    key: str
    original_path: str | None
    saved_at: datetime
    path: Path
    format: str = "srt"
    encoding: str = "utf-8"
    bom: bool = False
    newline: str = "\n"
    cue_count: int = 0


_SESSION_PREFIX = "session-"
_LOCK_SUFFIX = ".lock"
_OPEN_FLAGS = os.O_RDWR | getattr(os, "O_BINARY", 0)  # os.open makes it non-inheritable already

# Session folders that stores of this process hold. Locks on some network file systems belong to
# the process rather than to the open file; this keeps one store of a process from claiming
# another's even there.
_held_here: set[str] = set()
_held_here_lock = threading.RLock()  # re-entrant: a store's finalizer may run inside a held section


class _Session:
    """A session folder and the open, locked ``<folder>.lock`` that says who owns it."""

    def __init__(self, folder: Path, fd: int) -> None:
        self.folder = folder
        self.fd: int | None = fd
        with _held_here_lock:
            _held_here.add(os.fspath(folder))

    @property
    def lock_path(self) -> Path:
        return self.folder.with_name(self.folder.name + _LOCK_SUFFIX)

    def intact(self) -> bool:
        """The folder is there and its lock file is still the one this session holds (a cleaning
        tool or an older version may have removed either)."""
        if self.fd is None:
            return False
        try:
            held, there = os.fstat(self.fd), os.stat(self.lock_path)
            return (held.st_ino, held.st_dev) == (there.st_ino, there.st_dev) and self.folder.is_dir()
        except OSError:
            return False

    def is_empty(self) -> bool:
        try:
            return not any(self.folder.iterdir())
        except OSError:
            return True

    def release(self) -> None:
        """Stop owning the folder (what it holds is offered at the next start, as after a crash)."""
        with _held_here_lock:
            _held_here.discard(os.fspath(self.folder))
        if self.fd is not None:
            fd, self.fd = self.fd, None
            try:
                os.close(fd)
            except OSError:
                pass

    def remove(self) -> None:
        """Delete the folder and its lock file (only ever called while holding the lock)."""
        shutil.rmtree(self.folder, ignore_errors=True)
        gone = not self.folder.exists()
        if os.name == "nt":
            self.release()  # Windows deletes no file that is still open
        if gone:
            try:
                self.lock_path.unlink()
            except OSError:
                pass  # an orphaned lock file; pending() removes it later
        self.release()


def _release_all(sessions: dict[str, _Session]) -> None:
    for session in list(sessions.values()):
        session.release()
    sessions.clear()


class AutosaveStore:
    """Recovery files under ``directory`` (see the module docstring): this store's own in a
    session folder it holds (created at the first write), and what crashed copies left behind.

    Thread-safe: the UI writes from a worker thread and lists or discards on the UI thread.
    """

    def __init__(self, directory: str | os.PathLike) -> None:
        self.directory = Path(directory)
        self._mutex = threading.RLock()
        #: Session folders this store holds, by name: its own and those it claimed in pending().
        self._sessions: dict[str, _Session] = {}
        self._own: str | None = None
        # The OS frees locks at exit anyway; this frees them when a store is dropped earlier.
        self._finalizer = weakref.finalize(self, _release_all, self._sessions)

    # -- this store's session -----------------------------------------------------------------
    @property
    def session_dir(self) -> Path | None:
        """This store's session folder (None before the first write)."""
        own = self._sessions.get(self._own or "")
        return own.folder if own is not None else None

    def _own_session(self) -> _Session:
        own = self._sessions.get(self._own or "")
        if own is not None and own.intact():
            return own
        if own is not None:
            # Its folder or lock file was deleted behind our back: start a new session, so that
            # what is written next is again ours alone.
            _warn("autosave folder %s was removed while in use; starting a new one", own.folder)
            own.release()
            del self._sessions[own.folder.name]
        own = self._new_session()
        self._own = own.folder.name
        self._sessions[self._own] = own
        return own

    def _new_session(self) -> _Session:
        self.directory.mkdir(parents=True, exist_ok=True)
        for _ in range(100):
            folder = self.directory / f"{_SESSION_PREFIX}{os.getpid()}-{_token()}"
            try:
                fd = os.open(folder.with_name(folder.name + _LOCK_SUFFIX), _OPEN_FLAGS | os.O_CREAT | os.O_EXCL,
                             0o666)
            except FileExistsError:
                continue
            # The lock is taken before the folder exists, so a visible folder always has its
            # owner's lock in place.
            if not _try_lock(fd):
                os.close(fd)  # taken as an orphan by a cleaner in between: use another name
                continue
            session = _Session(folder, fd)
            try:
                folder.mkdir()
            except OSError:
                session.release()
                raise
            return session
        raise FileExistsError(errno.EEXIST, "no free autosave session name", os.fspath(self.directory))

    def _stem(self, key: str) -> str:
        import hashlib

        return "recovery-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:20]

    def write(self, doc: Document, original_path: str | os.PathLike | None, key: str) -> Recovery:
        """Save a recovery copy of ``doc`` for ``key``, replacing the previous one."""
        from subtitle_desk.core import formats

        with self._mutex:
            folder = self._own_session().folder
            fmt = doc.format
            as_utf8 = Document(cues=doc.cues, format=fmt, meta=doc.meta, encoding="utf-8", bom=False,
                               newline=doc.newline)
            data, _dropped = formats.write_bytes(as_utf8, format=fmt)  # same format: nothing dropped
            data_path = folder / f"{self._stem(key)}.{fmt}"
            saved_at = datetime.now(timezone.utc)
            atomic_write(data_path, data, backup=False)
            sidecar = {
                "key": key,
                "original_path": None if original_path is None else os.fspath(original_path),
                "format": fmt,
                "saved_at": saved_at.isoformat(),
                "file": data_path.name,
                "encoding": doc.encoding,
                "bom": doc.bom,
                "newline": doc.newline,
                "cues": len(doc),
            }
            import json

            atomic_write(folder / (self._stem(key) + ".json"), json.dumps(sidecar, indent=1).encode("utf-8"),
                         backup=False)
            for stale in folder.glob(self._stem(key) + ".*"):  # the format changed since
                if stale.suffix != ".json" and stale != data_path:
                    stale.unlink(missing_ok=True)
            return self._recovery(sidecar, folder)

    def has(self, key: str) -> bool:
        """Whether this store's recovery for ``key`` is on disk (the UI writes it again if not)."""
        with self._mutex:
            own = self._sessions.get(self._own or "")
            if own is None or not own.intact():
                return False
            found = self._read(own.folder / (self._stem(key) + ".json"), own.folder)
            return found is not None and found.key == key

    def written(self) -> list[Recovery]:
        """This store's own recoveries (never offered while it runs), newest first."""
        with self._mutex:
            own = self._sessions.get(self._own or "")
            return self._recoveries_in(own.folder) if own is not None else []

    def discard(self, key: str) -> None:
        """Forget this store's recovery for ``key`` (after a save, a close, or the user declining).
        Another copy's recoveries are never touched."""
        with self._mutex:
            own = self._sessions.get(self._own or "")
            if own is not None:
                self._remove_key(own.folder, key)

    def close(self) -> None:
        """Give up this store's sessions: an empty one is deleted; one still holding recoveries is
        left to be offered at the next start, as after a crash. Claims are released."""
        with self._mutex:
            own = self._sessions.pop(self._own or "", None)
            self._own = None
            if own is not None:
                if own.intact() and own.is_empty():
                    own.remove()
                else:
                    own.release()
            _release_all(self._sessions)

    # -- what crashed copies left --------------------------------------------------------------
    def pending(self) -> list[Recovery]:
        """The recoveries of copies that are no longer running (crashed or killed), newest first.

        Their session folders are claimed (locked) by this store until they are discarded,
        adopted, or :meth:`release_claims` is called, so no other copy offers them meanwhile.
        Empty leftovers are removed and unreadable ones skipped."""
        with self._mutex:
            if not self.directory.is_dir():
                return []
            self._take_legacy_files()
            found: list[Recovery] = []
            try:
                entries = sorted(self.directory.iterdir())
            except OSError:
                return []
            for entry in entries:
                name = entry.name
                if not name.startswith(_SESSION_PREFIX) or name == self._own:
                    continue
                if name.endswith(_LOCK_SUFFIX):
                    self._remove_orphan_lock(entry)
                    continue
                session = self._sessions.get(name) or self._claim(entry)
                if session is None:
                    continue  # a running copy's
                recoveries = self._recoveries_in(session.folder)
                if recoveries:
                    found.extend(recoveries)
                elif session.is_empty():
                    session.remove()
                    del self._sessions[name]
                else:  # only leftovers that cannot be read: kept, not offered
                    session.release()
                    del self._sessions[name]
            found.sort(key=lambda r: r.saved_at, reverse=True)
            return found

    def release_claims(self) -> None:
        """Let other copies offer the crashed sessions this store claimed but did not settle."""
        with self._mutex:
            for name in [n for n in self._sessions if n != self._own]:
                self._sessions.pop(name).release()

    def discard_recovery(self, recovery: Recovery) -> bool:
        """Delete ``recovery`` when this store owns or has claimed its session; False (and nothing
        deleted) for a running copy's."""
        with self._mutex:
            folder = recovery.path.parent
            session = self._sessions.get(folder.name)
            if session is None or session.folder != folder or not session.intact():
                return False
            if folder.name == self._own:
                self._remove_key(folder, recovery.key)
                return True
            self._remove_key(folder, recovery.key, everything=True)
            if session.is_empty():
                session.remove()
                del self._sessions[folder.name]
            return True

    def adopt(self, recovery: Recovery, doc: Document) -> Recovery:
        """Take a crashed session's ``recovery`` (restored as ``doc``) into this store: written
        into this store's session first, then removed from the crashed one, so a crash in
        between leaves it in one place or both."""
        with self._mutex:
            mine = self.write(doc, recovery.original_path, recovery.key)
            self.discard_recovery(recovery)
            return mine

    def load(self, recovery: Recovery) -> Document:
        """The autosaved document, with the original file's encoding, BOM and line endings, so
        saving it over the original writes the same kind of file. Raises SubtitleReadError."""
        from subtitle_desk.core import formats

        doc = formats.read_path(os.fspath(recovery.path))
        doc.encoding, doc.bom, doc.newline = recovery.encoding, recovery.bom, recovery.newline
        return doc

    # -- helpers -------------------------------------------------------------------------------
    def _claim(self, folder: Path) -> _Session | None:
        """Lock a session folder whose owner is gone; None while its owner runs."""
        with _held_here_lock:
            if os.fspath(folder) in _held_here:
                return None
        if not folder.is_dir():
            return None
        try:
            # O_CREAT: a folder whose lock file was deleted belongs to nobody.
            fd = os.open(folder.with_name(folder.name + _LOCK_SUFFIX), _OPEN_FLAGS | os.O_CREAT, 0o666)
        except OSError:
            return None
        if not _try_lock(fd):
            os.close(fd)
            return None
        session = _Session(folder, fd)
        if not session.intact():  # removed by another copy meanwhile
            session.release()
            return None
        self._sessions[folder.name] = session
        return session

    def _remove_orphan_lock(self, lock: Path) -> None:
        """A lock file without its folder (left by a crash while a session started)."""
        folder = lock.with_name(lock.name[: -len(_LOCK_SUFFIX)])
        try:
            if folder.exists() or time.time() - lock.stat().st_mtime < STALE_TEMP_SECONDS:
                return
            fd = os.open(lock, _OPEN_FLAGS)
        except OSError:
            return
        try:
            if _try_lock(fd):
                if os.name == "nt":
                    os.close(fd)
                    fd = -1
                lock.unlink()
        except OSError:
            pass
        finally:
            if fd >= 0:
                os.close(fd)

    def _take_legacy_files(self) -> None:
        """Recoveries of versions before sessions lie directly in ``directory``: moved into a
        session of their own that this store claims (one copy at a time does the moving)."""
        try:
            if not any(p.is_file() for p in self.directory.glob("recovery-*")):
                return
            guard = os.open(self.directory / "moving.lock", _OPEN_FLAGS | os.O_CREAT, 0o666)
        except OSError:
            return
        try:
            if not _try_lock(guard):
                return
            legacy = [p for p in self.directory.glob("recovery-*") if p.is_file()]
            if not legacy:
                return
            session = self._new_session()
            self._sessions[session.folder.name] = session
            for item in legacy:
                try:
                    os.replace(item, session.folder / item.name)
                except OSError:
                    continue
        except OSError as exc:
            _warn("cannot move old autosaves in %s: %s", self.directory, exc)
        finally:
            os.close(guard)

    def _remove_key(self, folder: Path, key: str, *, everything: bool = False) -> None:
        """Delete ``key``'s files in ``folder`` (sidecar last, so a half-done removal is never
        offered as a recovery without its data). ``everything``: also temporary leftovers, for a
        crashed session, where no writer can still be at work."""
        stem = self._stem(key)
        sidecar = folder / (stem + ".json")
        meta = self._read(sidecar, folder)
        names = [p for p in folder.glob(stem + ".*") if p.suffix != ".json"]
        if everything:
            names += list(folder.glob("." + stem + ".*"))
        if meta is not None:
            names.append(meta.path)
        for path in names:
            path.unlink(missing_ok=True)
        sidecar.unlink(missing_ok=True)

    def _read(self, sidecar: Path, folder: Path) -> Recovery | None:
        import json

        try:
            meta = json.loads(sidecar.read_text(encoding="utf-8"))
            recovery = self._recovery(meta, folder)
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return None
        if recovery.path.is_file() and sidecar == folder / (self._stem(recovery.key) + ".json"):
            return recovery
        return None

    def _recoveries_in(self, folder: Path) -> list[Recovery]:
        try:
            sidecars = list(folder.glob("recovery-*.json"))
        except OSError:
            return []
        found = [r for r in (self._read(s, folder) for s in sidecars) if r is not None]
        found.sort(key=lambda r: r.saved_at, reverse=True)
        return found

    def _recovery(self, meta: dict, folder: Path) -> Recovery:
        return Recovery(key=meta["key"], original_path=meta.get("original_path"),
                        saved_at=datetime.fromisoformat(meta["saved_at"]),
                        path=folder / Path(meta["file"]).name, format=meta["format"],
                        encoding=meta.get("encoding", "utf-8"), bom=bool(meta.get("bom", False)),
                        newline=meta.get("newline", "\n"), cue_count=int(meta.get("cues", 0)))
