"""Saving without losing work: atomic saves with a backup, and the autosave/recovery store.

Atomic save (:func:`save_document`, :func:`atomic_write`): the new bytes go to a temporary file
in the same folder (``.NAME.<random>.tmp``), which is flushed and fsync'ed; the version on disk
before this save is kept as ``NAME.bak`` next to it (``episode1.srt`` -> ``episode1.srt.bak``,
replaced at every save, so it always holds the previous version); then the temporary file
replaces the target with ``os.replace`` (atomic on POSIX and Windows) and the folder is fsync'ed
so the rename itself survives a power cut. At every moment the target path holds either the
complete old file or the complete new one. A symlinked target is written through to the real
file. The file's permission bits are kept; a new file gets the usual ones (0666 minus umask).

Autosave (:class:`AutosaveStore`): one recovery file per open document ``key`` (chosen by the UI,
e.g. a per-window id), written atomically in the document's own format and in UTF-8 (so nothing
is lost to a legacy encoding), plus a small JSON sidecar naming the original path, format,
original encoding and time. The UI owns the timer and the restore offer at start-up.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import secrets
import stat
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from subtitle_desk.core.document import Document

__all__ = ["SaveError", "BACKUP_SUFFIX", "backup_path", "atomic_write", "save_document",
           "AutosaveStore", "Recovery"]

BACKUP_SUFFIX = ".bak"


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
        temp = os.path.join(folder, f".{name}.{secrets.token_hex(4)}{suffix}")
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
    except OSError as exc:
        raise SaveError(shown, exc.strerror or str(exc), exc.errno) from exc
    finally:
        if temp is not None:
            try:
                os.unlink(temp)
            except OSError:
                pass


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


class AutosaveStore:
    """Recovery files in ``directory`` (created on first write)."""

    def __init__(self, directory: str | os.PathLike) -> None:
        self.directory = Path(directory)

    def _stem(self, key: str) -> str:
        return "recovery-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:20]

    def _sidecar(self, key: str) -> Path:
        return self.directory / (self._stem(key) + ".json")

    def write(self, doc: Document, original_path: str | os.PathLike | None, key: str) -> Recovery:
        """Save a recovery copy of ``doc`` for ``key``, replacing the previous one."""
        from subtitle_desk.core import formats

        self.directory.mkdir(parents=True, exist_ok=True)
        fmt = doc.format
        as_utf8 = Document(cues=doc.cues, format=fmt, meta=doc.meta, encoding="utf-8", bom=False,
                           newline=doc.newline)
        data, _dropped = formats.write_bytes(as_utf8, format=fmt)  # same format: nothing dropped
        data_path = self.directory / f"{self._stem(key)}.{fmt}"
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
        atomic_write(self._sidecar(key), json.dumps(sidecar, indent=1).encode("utf-8"), backup=False)
        for stale in self.directory.glob(self._stem(key) + ".*"):  # the format changed since
            if stale.suffix != ".json" and stale != data_path:
                stale.unlink(missing_ok=True)
        return self._recovery(sidecar)

    def _recovery(self, meta: dict) -> Recovery:
        return Recovery(key=meta["key"], original_path=meta.get("original_path"),
                        saved_at=datetime.fromisoformat(meta["saved_at"]),
                        path=self.directory / Path(meta["file"]).name, format=meta["format"],
                        encoding=meta.get("encoding", "utf-8"), bom=bool(meta.get("bom", False)),
                        newline=meta.get("newline", "\n"), cue_count=int(meta.get("cues", 0)))

    def pending(self) -> list[Recovery]:
        """Every recovery waiting, newest first. Unreadable leftovers are skipped."""
        found = []
        if not self.directory.is_dir():
            return found
        for sidecar in self.directory.glob("recovery-*.json"):
            try:
                meta = json.loads(sidecar.read_text(encoding="utf-8"))
                recovery = self._recovery(meta)
            except (OSError, ValueError, KeyError, TypeError):
                continue
            if recovery.path.is_file() and sidecar == self._sidecar(recovery.key):
                found.append(recovery)
        found.sort(key=lambda r: r.saved_at, reverse=True)
        return found

    def load(self, recovery: Recovery) -> Document:
        """The autosaved document, with the original file's encoding, BOM and line endings, so
        saving it over the original writes the same kind of file. Raises SubtitleReadError."""
        from subtitle_desk.core import formats

        doc = formats.read_path(os.fspath(recovery.path))
        doc.encoding, doc.bom, doc.newline = recovery.encoding, recovery.bom, recovery.newline
        return doc

    def discard(self, key: str) -> None:
        """Forget the recovery for ``key`` (after a save, a close, or the user declining)."""
        sidecar = self._sidecar(key)
        try:
            meta = json.loads(sidecar.read_text(encoding="utf-8"))
            data = self.directory / Path(meta["file"]).name
        except (OSError, ValueError, KeyError, TypeError):
            data = None
        for stale in self.directory.glob(self._stem(key) + ".*"):
            if stale.suffix != ".json":
                stale.unlink(missing_ok=True)
        if data is not None:
            data.unlink(missing_ok=True)
        sidecar.unlink(missing_ok=True)
