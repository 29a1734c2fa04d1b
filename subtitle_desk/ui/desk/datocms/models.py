"""Table models of the DatoCMS page: video uploads (paged search), an upload's tracks, and the
jobs this session started (publish, generate, delete) with their progress.

Plain Qt models over the core records (``Upload``, ``Track``); they never talk to DatoCMS: the
page controller fills them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush

from subtitle_desk.core.services.datocms import Track, Upload
from subtitle_desk.core.units import size_text
from subtitle_desk.ui.desk.widgets import RecordRole, RecordTable
from subtitle_desk.ui.states import TranslatedState
from subtitle_desk.ui.words import track_status
from subtitle_desk.ui.theme import palette_colors

__all__ = ["UploadsModel", "TracksModel", "JobsModel", "JobEntry", "JobState", "RecordRole",
           "duration_text"]

#: The record (Upload, Track or JobEntry) behind a row.

_Index = QModelIndex | QPersistentModelIndex

#: A track status's colour: a ThemeColors name, looked up in the scheme on screen when drawn.
_STATUS_COLOURS = {"ready": "ok_text", "preparing": "warning_text", "errored": "error_text"}


def _status_brush(status: str) -> QBrush | None:
    name = _STATUS_COLOURS.get(status)
    return QBrush(getattr(palette_colors(), name)) if name else None


def duration_text(seconds: int | float | None) -> str:
    if not seconds:
        return ""
    total = int(round(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


class _Table(RecordTable):
    """Rows of core records; the role ``RecordRole`` gives the record, ``cell`` the rest."""

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        key = self.COLUMNS[index.column()][0]
        if role == RecordRole:
            return row
        return self.cell(row, key, role)

    def cell(self, row: Any, key: str, role: int) -> Any:
        return None

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()


class UploadsModel(_Table):
    """Video uploads of the Media Area, page by page as the user scrolls (``canFetchMore``)."""

    COLUMNS = (("filename", QT_TRANSLATE_NOOP("UploadsModel", "Video")),
               ("duration", QT_TRANSLATE_NOOP("UploadsModel", "Length")),
               ("size", QT_TRANSLATE_NOOP("UploadsModel", "Size")),
               ("created", QT_TRANSLATE_NOOP("UploadsModel", "Added")))

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.total: int | None = None
        #: Set by the controller: called when the view wants the next page.
        self.fetch_more_hook: Any = None
        self.loading = False

    @property
    def exhausted(self) -> bool:
        return self.total is not None and len(self.rows) >= self.total

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: N802
        return (not parent.isValid() and self.total is not None and not self.exhausted
                and not self.loading and self.fetch_more_hook is not None)

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: N802
        if self.canFetchMore(parent):
            self.fetch_more_hook()

    def reset(self) -> None:
        self.total = None
        self.set_rows([])

    def append(self, uploads: list[Upload], total: int) -> None:
        self.total = total
        known = {u.id for u in self.rows}
        fresh = [u for u in uploads if u.id not in known]
        if fresh:
            first = len(self.rows)
            self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
            self.rows.extend(fresh)
            self.endInsertRows()

    def cell(self, upload: Upload, key: str, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "filename":
                return upload.filename
            if key == "duration":
                return duration_text(upload.duration)
            if key == "size":
                return size_text(upload.size)
            if key == "created":
                return (upload.created_at or "")[:10]
        if role == Qt.ItemDataRole.ToolTipRole and key == "filename":
            notes = upload.attributes.get("notes")
            return f"{upload.filename}\n{notes}" if notes else upload.filename
        if role == Qt.ItemDataRole.TextAlignmentRole and key in ("duration", "size"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class TracksModel(_Table):
    """The tracks of one upload, with their status and the service's error message."""

    COLUMNS = (("language", QT_TRANSLATE_NOOP("TracksModel", "Language")),
               ("name", QT_TRANSLATE_NOOP("TracksModel", "Name")),
               ("type", QT_TRANSLATE_NOOP("TracksModel", "Type")),
               ("sdh", QT_TRANSLATE_NOOP("TracksModel", "SDH")),
               ("status", QT_TRANSLATE_NOOP("TracksModel", "Status")),
               ("error", QT_TRANSLATE_NOOP("TracksModel", "Message")))

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.upload_id: str | None = None

    def show_upload(self, upload_id: str | None, tracks: list[Track]) -> None:
        self.upload_id = upload_id
        self.set_rows(tracks)

    def upsert(self, track: Track) -> None:
        """Put ``track`` in place of the row with its id, or add it (only for the shown upload)."""
        if track.upload_id and track.upload_id != self.upload_id:
            return
        for row, old in enumerate(self.rows):
            if old.id == track.id:
                self.rows[row] = track
                self._row_changed(row)
                return
        row = len(self.rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self.rows.append(track)
        self.endInsertRows()

    def remove(self, upload_id: str, track_id: str) -> None:
        if upload_id != self.upload_id:
            return
        for row, old in enumerate(self.rows):
            if old.id == track_id:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self.rows[row]
                self.endRemoveRows()
                return

    def track(self, track_id: str) -> Track | None:
        return next((t for t in self.rows if t.id == track_id), None)

    def cell(self, track: Track, key: str, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "language":
                return language_label(track.language_code)
            if key == "name":
                return track.name or ""
            if key == "type":
                if track.type == "subtitles":
                    return self.tr("Subtitles")
                return self.tr("Audio") if track.type == "audio" else track.type
            if key == "sdh":
                return self.tr("SDH") if track.closed_captions else ""
            if key == "status":
                return track_status(track.status)
            if key == "error":
                return track.error or ""
        if role == Qt.ItemDataRole.ForegroundRole and key == "status":
            return _status_brush(track.status)
        if role == Qt.ItemDataRole.ForegroundRole and key == "error" and track.error:
            return _status_brush("errored")
        if role == Qt.ItemDataRole.ToolTipRole:
            if key == "error" and track.error:
                return track.error
            if key == "sdh" and track.closed_captions:
                return self.tr("Closed captions (subtitles for the deaf and hard of hearing)")
            if key == "language":
                return track.language_code
        return None


def language_label(code: str) -> str:
    """``it-IT`` -> ``Italian (it-IT)``; unknown codes as they are."""
    from PySide6.QtCore import QLocale

    locale = QLocale(code)
    if not code or locale.language() == QLocale.Language.C:
        return code
    name = QLocale.languageToString(locale.language())
    return f"{name} ({code})"


class JobState(TranslatedState, context="JobsModel"):
    """A job's state; the value is its English name (``label`` shows it translated)."""

    UPLOADING = QT_TRANSLATE_NOOP("JobsModel", "Uploading")
    WAITING = QT_TRANSLATE_NOOP("JobsModel", "Waiting for DatoCMS")
    PREPARING = QT_TRANSLATE_NOOP("JobsModel", "Preparing")
    READY = QT_TRANSLATE_NOOP("JobsModel", "Ready")
    DELETED = QT_TRANSLATE_NOOP("JobsModel", "Deleted")
    ERRORED = QT_TRANSLATE_NOOP("JobsModel", "Errored")
    FAILED = QT_TRANSLATE_NOOP("JobsModel", "Failed")
    CANCELLED = QT_TRANSLATE_NOOP("JobsModel", "Cancelled")

    @property
    def finished(self) -> bool:
        return self in (JobState.READY, JobState.DELETED, JobState.ERRORED, JobState.FAILED,
                        JobState.CANCELLED)


@dataclass(eq=False)
class JobEntry:
    """One DatoCMS job this session started, as the page lists it."""

    kind: str  # "publish" | "generate" | "delete"
    upload_id: str
    upload_name: str
    what: str  # "Publish Italian (it-IT) · Italiano"
    state: JobState = JobState.UPLOADING
    detail: str = ""
    fraction: float | None = None
    job_id: str | None = None
    track_id: str | None = None
    #: The service's message when the track errored or the job failed.
    message: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


class JobsModel(_Table):
    COLUMNS = (("what", QT_TRANSLATE_NOOP("JobsModel", "Job")), ("video", QT_TRANSLATE_NOOP("JobsModel", "Video")),
               ("state", QT_TRANSLATE_NOOP("JobsModel", "Status")),
               ("detail", QT_TRANSLATE_NOOP("JobsModel", "Progress")))

    def add(self, entry: JobEntry) -> JobEntry:
        row = len(self.rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self.rows.append(entry)
        self.endInsertRows()
        return entry

    def update(self, entry: JobEntry, *, state: JobState | None = None, detail: str | None = None,
               fraction: float | None = None, message: str | None = None) -> None:
        if state is not None:
            entry.state = state
        if detail is not None:
            entry.detail = detail
        entry.fraction = fraction
        if message is not None:
            entry.message = message
        try:
            row = self.rows.index(entry)
        except ValueError:
            return
        self._row_changed(row)

    def running(self) -> list[JobEntry]:
        return [e for e in self.rows if not e.state.finished]

    def clear_finished(self) -> None:
        self.set_rows([e for e in self.rows if not e.state.finished])

    def cell(self, entry: JobEntry, key: str, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "what":
                return entry.what
            if key == "video":
                return entry.upload_name
            if key == "state":
                return entry.state.label
            if key == "detail":
                if entry.message:
                    return entry.message
                if entry.fraction is not None and not entry.state.finished:
                    return f"{entry.fraction:.0%} · {entry.detail}" if entry.detail else f"{entry.fraction:.0%}"
                return entry.detail
        if role == Qt.ItemDataRole.ForegroundRole and key in ("state", "detail"):
            if entry.state in (JobState.ERRORED, JobState.FAILED):
                return _status_brush("errored")
            if entry.state in (JobState.READY, JobState.DELETED) and key == "state":
                return _status_brush("ready")
        if role == Qt.ItemDataRole.ToolTipRole and key == "detail":
            return entry.message or entry.detail or None
        return None
