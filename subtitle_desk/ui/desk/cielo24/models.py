"""The cielo24 jobs table: the account's jobs as ``job/list`` and ``job/info`` describe them, plus
what this session is doing to each (uploading media, following the status)."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush

from subtitle_desk.ui.desk.widgets import RecordTable
from subtitle_desk.ui.theme import palette_colors
from subtitle_desk.ui.words import fidelity

__all__ = ["JobsModel", "JobRole", "ACTIVE_STATUSES", "status_words", "turnaround_text", "length_text",
           "when_text", "has_media"]

#: The job info dict behind a row.
JobRole = Qt.ItemDataRole.UserRole + 30
ACTIVE_STATUSES = ("Authorizing", "Pending", "In Process", "Reviewing")
#: A job status's colour: a ThemeColors name, looked up in the scheme on screen when drawn.
_COLOURS = {"Complete": "ok_text", "Media Failure": "error_text", "In Process": "info_text",
            "Authorizing": "warning_text", "Pending": "warning_text", "Reviewing": "info_text"}

_Index = QModelIndex | QPersistentModelIndex

#: cielo24's job statuses and turnaround priorities as shown (the services' own words, translated
#: where they are shown; a value not listed here shows as it comes).
_STATUS_WORDS = {
    "Authorizing": QT_TRANSLATE_NOOP("JobsModel", "Authorizing"),
    "Pending": QT_TRANSLATE_NOOP("JobsModel", "Pending"),
    "In Process": QT_TRANSLATE_NOOP("JobsModel", "In Process"),
    "Reviewing": QT_TRANSLATE_NOOP("JobsModel", "Reviewing"),
    "Complete": QT_TRANSLATE_NOOP("JobsModel", "Complete"),
    "Media Failure": QT_TRANSLATE_NOOP("JobsModel", "Media Failure"),
}
_PRIORITY_WORDS = {
    "STANDARD": QT_TRANSLATE_NOOP("JobsModel", "Standard"),
    "PRIORITY": QT_TRANSLATE_NOOP("JobsModel", "Priority"),
    "CRITICAL": QT_TRANSLATE_NOOP("JobsModel", "Critical"),
}



def status_words(status: Any) -> str:
    """A cielo24 job status as shown ("Complete", "In Process", in the user's language)."""
    value = "" if status is None else str(status)
    return QCoreApplication.translate("JobsModel", _STATUS_WORDS[value]) if value in _STATUS_WORDS else value


def turnaround_text(info: dict[str, Any]) -> str:
    priority = info.get("Priority")
    hours = info.get("TurnaroundHours")
    if not info.get("Fidelity"):
        return ""
    key = str(priority or "")
    if key in _PRIORITY_WORDS:
        label = QCoreApplication.translate("JobsModel", _PRIORITY_WORDS[key])
    else:
        label = key.capitalize()
    if hours:
        if label:
            label = QCoreApplication.translate("JobsModel", "{priority}, {hours} h").format(priority=label,
                                                                                            hours=hours)
        else:
            label = QCoreApplication.translate("JobsModel", "{hours} h").format(hours=hours)
    return label


def length_text(seconds: Any) -> str:
    try:
        total = int(round(float(seconds)))
    except (TypeError, ValueError):
        return ""
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def when_text(value: Any) -> str:
    """cielo24's ISO times (UTC, often without a zone) in local time."""
    if not value:
        return ""
    try:
        moment = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        return str(value)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def has_media(info: dict[str, Any]) -> bool | None:
    """True/False when the info says (its task list, a fidelity), None when it cannot tell."""
    tasks = info.get("Tasks")
    if isinstance(tasks, list):
        return any(t.get("TaskType") == "JOB_ADD_MEDIA" for t in tasks if isinstance(t, dict))
    if info.get("Fidelity") or info.get("MediaLengthSeconds"):
        return True
    return None


class JobsModel(RecordTable):
    COLUMNS = (("JobName", QT_TRANSLATE_NOOP("JobsModel", "Job")),
               ("JobStatus", QT_TRANSLATE_NOOP("JobsModel", "Status")),
               ("Fidelity", QT_TRANSLATE_NOOP("JobsModel", "Fidelity")),
               ("Turnaround", QT_TRANSLATE_NOOP("JobsModel", "Turnaround")),
               ("MediaLengthSeconds", QT_TRANSLATE_NOOP("JobsModel", "Length")),
               ("DueDate", QT_TRANSLATE_NOOP("JobsModel", "Due")),
               ("Progress", QT_TRANSLATE_NOOP("JobsModel", "Progress")),
               ("CreationDate", QT_TRANSLATE_NOOP("JobsModel", "Created")))

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[dict[str, Any]] = []
        #: job id -> what this session is doing with it ("Uploading 40 %", "Checking every 30 s")
        self.progress: dict[str, str] = {}

    def row_of(self, job_id: str) -> int:
        return next((i for i, info in enumerate(self.rows) if info.get("JobId") == job_id), -1)

    def job(self, job_id: str) -> dict[str, Any] | None:
        row = self.row_of(job_id)
        return self.rows[row] if row >= 0 else None

    def set_jobs(self, jobs: list[dict[str, Any]]) -> None:
        """The account's jobs, newest first; details already known (tasks) are kept."""
        known = {info.get("JobId"): info for info in self.rows}
        merged = []
        for info in jobs:
            old = known.get(info.get("JobId")) or {}
            merged.append({**({"Tasks": old["Tasks"]} if "Tasks" in old else {}), **info})
        merged.sort(key=lambda i: str(i.get("CreationDate") or ""), reverse=True)
        self.beginResetModel()
        self.rows = merged
        self.endResetModel()

    def upsert(self, info: dict[str, Any]) -> None:
        job_id = info.get("JobId")
        row = self.row_of(str(job_id))
        if row >= 0:
            self.rows[row] = {**self.rows[row], **info}
            self._row_changed(row)
            return
        self.beginInsertRows(QModelIndex(), 0, 0)
        self.rows.insert(0, dict(info))
        self.endInsertRows()

    def set_progress(self, job_id: str, text: str) -> None:
        if text:
            self.progress[job_id] = text
        else:
            self.progress.pop(job_id, None)
        row = self.row_of(job_id)
        if row >= 0:
            column = self.column_of("Progress")
            self.dataChanged.emit(self.index(row, column), self.index(row, column))

    @staticmethod
    def status_text(info: dict[str, Any]) -> str:
        status = str(info.get("JobStatus") or "")
        if status == "Pending" and not info.get("Fidelity"):
            media = has_media(info)
            if media is False:
                return QCoreApplication.translate("JobsModel", "Waiting for media")
            if media:
                return QCoreApplication.translate("JobsModel", "Media received")
        return status_words(status)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        info = self.rows[index.row()]
        key = self.COLUMNS[index.column()][0]
        if role == JobRole:
            return info
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "JobName":
                return info.get("JobName") or info.get("ExternalID") or info.get("JobId")
            if key == "Fidelity":
                return fidelity(info.get("Fidelity")) if info.get("Fidelity") else "—"
            if key == "Turnaround":
                return turnaround_text(info)
            if key == "MediaLengthSeconds":
                return length_text(info.get("MediaLengthSeconds"))
            if key in ("DueDate", "CreationDate"):
                return when_text(info.get(key))
            if key == "Progress":
                return self.progress.get(str(info.get("JobId")), "")
            if key == "JobStatus":
                return self.status_text(info)
            return str(info.get(key) or "")
        if role == Qt.ItemDataRole.ForegroundRole and key == "JobStatus":
            name = _COLOURS.get(str(info.get("JobStatus")))
            return QBrush(getattr(palette_colors(), name)) if name else None
        if role == Qt.ItemDataRole.ToolTipRole:
            if key == "JobName":
                text = QCoreApplication.translate("JobsModel", "{name}\nJob {job}").format(
                    name=info.get("JobName") or "", job=info.get("JobId"))
                if info.get("ExternalID"):
                    text = QCoreApplication.translate("JobsModel", "{text}\nExternal ID {id}").format(
                        text=text, id=info["ExternalID"])
                return text
            if key == "Progress":
                return self.progress.get(str(info.get("JobId"))) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and key == "MediaLengthSeconds":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
