"""Where the app keeps its files, and file names made from text that came from a server.

Data (:func:`data_dir`): recovery files and work not yet sent (downloaded subtitles being edited)
are kept in the user's data directory (``platformdirs.user_data_dir("subtitle-desk")``, or
``$SUBTITLE_DESK_DATA_DIR``), never in a cache folder, which cleaning tools may empty at any time.
The work folder can be put elsewhere (``$SUBTITLE_DESK_WORK_DIR``; the app's work folder
preference sets it with :func:`use_work_dir`); files already in the old one stay there.
:func:`move_tree` moves what an older version left elsewhere into it without replacing anything.

Names (:func:`safe_name`): a job id, media id, language id or title from a service is reduced to
one plain file name component before it touches the file system, so a hostile ``../../x``,
``C:\\x``, ``CON`` or a NUL byte can neither leave the folder it is joined to nor fail on Windows.
"""

from __future__ import annotations

import errno
import hashlib
import os
import re
import shutil
from pathlib import Path

__all__ = ["APP_DIR_NAME", "DATA_DIR_ENV", "WORK_DIR_ENV", "data_dir", "work_dir", "default_work_dir",
           "use_work_dir", "recovery_dir", "safe_name", "move_tree", "MAX_NAME_BYTES"]

APP_DIR_NAME = "subtitle-desk"
DATA_DIR_ENV = "SUBTITLE_DESK_DATA_DIR"
WORK_DIR_ENV = "SUBTITLE_DESK_WORK_DIR"

#: Longest name safe_name returns, in UTF-8 bytes. File systems allow 255; this leaves room for
#: what callers and the atomic writer add (``.fr-FR.vtt``, ``.NAME.<hex>.tmp``, ``.bak``).
MAX_NAME_BYTES = 100

_WINDOWS_RESERVED = frozenset(
    ["CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"]
    + [f"{dev}{n}" for dev in ("COM", "LPT") for n in [*"123456789", "\u00b9", "\u00b2", "\u00b3"]])
# Kept as they are: letters and digits of any script, "_", "-" and ".". Everything else (path
# separators, NUL, control and format characters, spaces, "~", ":" ...) becomes "_".
_UNSAFE_RUN = re.compile(r"[^\w.\-]+")
# Marks a name that had to be changed: never kept from the text, so a changed name cannot equal
# an unchanged one.
_CHANGED_MARK = "~"


def data_dir() -> Path:
    """The user's data directory for the app: ``$SUBTITLE_DESK_DATA_DIR`` when set (tests,
    portable runs), else ``platformdirs.user_data_dir("subtitle-desk")``. Not created here."""
    forced = os.environ.get(DATA_DIR_ENV)
    if forced:
        return Path(forced)
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False))


def work_dir(base: Path | None = None) -> Path:
    """Downloaded subtitles being worked on (and the editor's saves of them): the folder the user
    chose (``$SUBTITLE_DESK_WORK_DIR``) unless ``base`` is given, else ``work`` in the data
    directory. Not created here."""
    chosen = os.environ.get(WORK_DIR_ENV) if base is None else None
    return Path(chosen).expanduser() if chosen else default_work_dir(base)


def default_work_dir(base: Path | None = None) -> Path:
    """The work folder when the user chose none: ``work`` in the data directory."""
    return (base or data_dir()) / "work"


def use_work_dir(folder: str | os.PathLike | None) -> None:
    """Keep work in ``folder`` from now on, in this process and the ones it starts (None or "":
    the default again). A preference is a process-wide choice, like the data directory."""
    if folder:
        os.environ[WORK_DIR_ENV] = os.fspath(folder)
    else:
        os.environ.pop(WORK_DIR_ENV, None)


def recovery_dir(base: Path | None = None) -> Path:
    """The autosave/recovery store."""
    return (base or data_dir()) / "autosave"


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:8]


def _cut(name: str, max_bytes: int) -> str:
    data = name.encode("utf-8", "surrogatepass")
    if len(data) <= max_bytes:
        return name
    return data[:max_bytes].decode("utf-8", "ignore").rstrip(". ")


def safe_name(text: object, *, fallback: str = "_", unique: bool = True,
              max_bytes: int = MAX_NAME_BYTES) -> str:
    """``text`` as one file name component that is safe on every platform.

    A readable id (``fr-FR``, ``3f1c5d7e...``, ``Épisode_2``) comes back unchanged. Otherwise
    runs of anything but letters, digits, ``_``, ``-`` and ``.`` become ``_``; leading and trailing
    dots and spaces go (no ``..``, no hidden files, nothing Windows drops); a Windows device name
    (``CON``, ``nul.txt``, ``COM1``) gets a ``_`` in front; the name is cut to ``max_bytes``; an
    empty result becomes ``fallback``. With ``unique`` (for ids that pick a file), a changed name
    ends in ``~`` and a hash of the original text, so two different ids never share a file.
    Without it (for titles in a name shown to people) the readable part alone is returned.
    """
    original = str(text)
    cleaned = _UNSAFE_RUN.sub("_", original.strip(". ")).strip(". ")
    if (cleaned == original and cleaned and not _reserved(cleaned)
            and len(cleaned.encode("utf-8", "surrogatepass")) <= max_bytes):
        return cleaned
    suffix = _CHANGED_MARK + _digest(original) if unique else ""
    name = _cut(cleaned, max_bytes - len(suffix) - 1)  # 1: room for the "_" before a device name
    if _reserved(name):
        name = "_" + name
    return (name or fallback) + suffix


def _reserved(name: str) -> bool:
    return name.split(".", 1)[0].rstrip(" ").upper() in _WINDOWS_RESERVED


def _free_name(path: Path) -> Path:
    """``path`` when nothing is there, else ``NAME.moved-N.EXT`` beside it."""
    if not os.path.lexists(path):
        return path
    stem, suffix = (path.stem, path.suffix) if path.suffix else (path.name, "")
    for n in range(1, 10_000):
        candidate = path.with_name(f"{stem}.moved-{n}{suffix}")
        if not os.path.lexists(candidate):
            return candidate
    raise FileExistsError(errno.EEXIST, "no free name", os.fspath(path))


def _same_content(a: Path, b: Path) -> bool:
    try:
        if a.is_symlink() or b.is_symlink():
            return False
        if a.stat().st_size != b.stat().st_size:
            return False
        with open(a, "rb") as fa, open(b, "rb") as fb:
            while True:
                chunk = fa.read(1 << 20)
                if chunk != fb.read(1 << 20):
                    return False
                if not chunk:
                    return True
    except OSError:
        return False


def _move_file(source: Path, target: Path) -> None:
    try:
        os.rename(source, target)  # same file system: atomic
        return
    except OSError as exc:
        if exc.errno != errno.EXDEV:
            raise
    # Another file system (e.g. the cache on another disk): a complete copy first, then the
    # original goes, so an interruption leaves the file in one place or both, never in neither.
    temp = target.with_name(f".{target.name}.moving")
    if source.is_symlink():
        os.symlink(os.readlink(source), temp)
    else:
        shutil.copy2(source, temp)
        with open(temp, "rb+") as handle:
            os.fsync(handle.fileno())
    os.replace(temp, target)
    os.unlink(source)


def move_tree(source: str | os.PathLike, target: str | os.PathLike) -> list[Path]:
    """Move every file under ``source`` to the same place under ``target``, replacing nothing.

    A file that exists in both with the same bytes is only removed from ``source``; one whose
    bytes differ is kept as ``NAME.moved-N.EXT`` beside the one already in ``target``. Emptied
    folders of ``source`` are removed. A file that cannot be moved stays where it is (and is
    tried again next time). Returns where the moved files are now.
    """
    source, target = Path(source), Path(target)
    if not source.is_dir():
        return []
    try:
        if source.resolve() == target.resolve():
            return []
    except OSError:
        return []
    moved: list[Path] = []
    for folder, dirs, files in os.walk(source, topdown=False):
        here = Path(folder)
        destination = target / here.relative_to(source)
        for name in files + [d for d in dirs if (here / d).is_symlink()]:
            item = here / name
            try:
                destination.mkdir(parents=True, exist_ok=True)
                final = destination / name
                if os.path.lexists(final) and _same_content(item, final):
                    item.unlink()
                    continue
                final = _free_name(final)
                _move_file(item, final)
                moved.append(final)
            except FileNotFoundError:
                continue  # another copy of the app moved it first
            except OSError:
                continue  # left in place: nothing is lost, and the next start tries again
        if here != source:
            try:
                here.rmdir()
            except OSError:
                pass
    try:
        source.rmdir()
    except OSError:
        pass
    return moved
