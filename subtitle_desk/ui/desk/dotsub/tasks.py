"""The Dotsub tasks view: every documented task list filter, overdue and almost-due tasks
highlighted (with a legend; due dates in local time), Accept and Release, and Open, which brings
the task's subtitles, spec, source and video into the editor (see ``opener``). Opening a task
nobody has accepted offers to accept it first.

For a translation task worked on in this app, the "Done" column adds how far the work on this
computer is ("6/9"): the work file, its source copy and kept marks are read off the UI thread,
once per change of the files. The footer describes the selected task, and forgets a task once it
has left the list (completed, or filtered out).
"""

from __future__ import annotations

import asyncio
from datetime import datetime, time as dtime, timedelta, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt, QTimer
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QGridLayout, QHBoxLayout, QLabel, QMessageBox,
                               QPushButton, QToolButton, QVBoxLayout, QWidget)

from subtitle_desk.core.services.dotsub import SUBTITLE_FORMATS, TASK_TYPES
from subtitle_desk.core.services.errors import ServiceError
from subtitle_desk.core.translation import Progress, marks_path
from subtitle_desk.core.work.dotsub import work_path
from subtitle_desk.ui.editor.workbench import read_progress, source_copy_path
from subtitle_desk.ui.preferences import follow_download_format
from subtitle_desk.ui import words
from subtitle_desk.ui.runner import ReportedError
from subtitle_desk.ui.theme import LIGHT, palette_colors, theme_changed

from .common import local_time_text, parse_time
from .list_page import ListPage, ListWords, text_filter
from .opener import TASK_TYPE_LABELS, SubtitleOpener, is_translation
from .paging import PagedTableModel, RecordRole

if TYPE_CHECKING:
    from subtitle_desk.ui.desk.context import DeskContext

__all__ = ["TasksModel", "TasksPage", "urgency", "OVERDUE_COLOR", "DUE_SOON_COLOR", "DUE_SOON"]

#: A task due within this time is "almost due".
DUE_SOON = timedelta(hours=24)
#: The light theme's row tints; rows take the scheme's own (``palette_colors()``) when drawn.
OVERDUE_COLOR = LIGHT.overdue_background
DUE_SOON_COLOR = LIGHT.due_soon_background
ASSIGNEE_TYPES = ("GROUP", "USER", "ASR", "MT", "TTS", "BURN_IN", "NONE")
#: The assignee types as the filter shows them (translated where shown).
ASSIGNEE_TYPE_NAMES = {
    "GROUP": QT_TRANSLATE_NOOP("TasksPage", "Group"), "USER": QT_TRANSLATE_NOOP("TasksPage", "User"),
    "ASR": QT_TRANSLATE_NOOP("TasksPage", "Asr"), "MT": QT_TRANSLATE_NOOP("TasksPage", "Mt"),
    "TTS": QT_TRANSLATE_NOOP("TasksPage", "Tts"), "BURN_IN": QT_TRANSLATE_NOOP("TasksPage", "Burn In"),
    "NONE": QT_TRANSLATE_NOOP("TasksPage", "None"),
}
UrgencyRole = Qt.ItemDataRole.UserRole + 20


def urgency(task: dict[str, Any], now: datetime | None = None) -> str:
    """"overdue", "soon" (due within ``DUE_SOON``) or "" for a completed or comfortable task."""
    if task.get("completed"):
        return ""
    due = parse_time(task.get("dueDate"))
    if due is None:
        return ""
    now = now or datetime.now(timezone.utc)
    if due < now:
        return "overdue"
    if due - now <= DUE_SOON:
        return "soon"
    return ""


def _relative(due: datetime, now: datetime) -> str:
    delta = due - now
    seconds = abs(delta.total_seconds())
    if seconds < 3600:
        amount = QCoreApplication.translate("TasksModel", "{count} min").format(count=max(1, int(seconds // 60)))
    elif seconds < 48 * 3600:
        amount = QCoreApplication.translate("TasksModel", "{count} h").format(count=int(seconds // 3600))
    else:
        amount = QCoreApplication.translate("TasksModel", "{count} d").format(count=int(seconds // 86400))
    if delta.total_seconds() < 0:
        return QCoreApplication.translate("TasksModel", "{amount} overdue").format(amount=amount)
    return QCoreApplication.translate("TasksModel", "in {amount}").format(amount=amount)


def _status(task: dict[str, Any]) -> str:
    if task.get("errored"):
        return QCoreApplication.translate("TasksModel", "Error")
    if task.get("completed"):
        return QCoreApplication.translate("TasksModel", "Completed")
    if task.get("accepted"):
        return QCoreApplication.translate("TasksModel", "Accepted")
    return QCoreApplication.translate("TasksModel", "Open")


class TasksModel(PagedTableModel):
    COLUMNS = (("dueDate", QT_TRANSLATE_NOOP("TasksModel", "Due")), ("type", QT_TRANSLATE_NOOP("TasksModel", "Type")),
               ("title", QT_TRANSLATE_NOOP("TasksModel", "Media")),
               ("language", QT_TRANSLATE_NOOP("TasksModel", "Language")),
               ("projectName", QT_TRANSLATE_NOOP("TasksModel", "Project")),
               ("assigneeName", QT_TRANSLATE_NOOP("TasksModel", "Assignee")),
               ("status", QT_TRANSLATE_NOOP("TasksModel", "Status")),
               ("progress", QT_TRANSLATE_NOOP("TasksModel", "Done")),
               ("mediaId", QT_TRANSLATE_NOOP("TasksModel", "Media ID")),
               ("createdDate", QT_TRANSLATE_NOOP("TasksModel", "Created")),
               ("id", QT_TRANSLATE_NOOP("TasksModel", "Task ID")))
    SORT_KEYS = {"dueDate": "dueDate", "type": "type", "title": "title", "projectName": "projectName",
                 "mediaId": "mediaId", "createdDate": "createdDate"}
    ASCENDING_BY_DEFAULT = False  # Dotsub sorts tasks descending unless the key has a "+"

    def __init__(self, context: DeskContext, **kwargs: Any) -> None:
        super().__init__(context, "dotsub-task-list", **kwargs)
        self.sort_column, self.sort_descending = "dueDate", False
        #: "Now" for the highlighting; refreshed on every reload (tests may pin it).
        self.now = datetime.now(timezone.utc)
        #: Task id -> the progress of its translation on this computer (see ``local_progress``).
        self.local: dict[str, Progress] = {}

    def set_local_progress(self, found: dict[str, Progress]) -> None:
        if found == self.local:
            return
        self.local = dict(found)
        if self.rows:
            column = self.column_of("progress")
            self.dataChanged.emit(self.index(0, column), self.index(len(self.rows) - 1, column))

    def load_title(self) -> str:
        return self.tr("Loading Dotsub tasks")

    def reload(self) -> None:
        self.now = datetime.now(timezone.utc)
        super().reload()

    def refresh_now(self, now: datetime | None = None) -> None:
        """Move "now" on (the page does it every minute) so "in 3 h" and the colours stay true."""
        self.now = now or datetime.now(timezone.utc)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(self.COLUMNS) - 1))

    async def fetch_page(self, client: Any, page_index: int, page_size: int) -> Any:
        f = self.filters
        return await client.list_tasks(
            type=f.get("type"), language_id=f.get("languageId"), completed=f.get("completed"),
            accepted=f.get("accepted"), due_date_start=f.get("dueDateStart"), due_date_end=f.get("dueDateEnd"),
            media_title=f.get("mediaTitle"), project_name=f.get("projectName"),
            assignee_name=f.get("assigneeName"), assignee_type=f.get("assigneeType"), media_id=f.get("mediaId"),
            media_external_id=f.get("mediaExternalId"), created_date=f.get("createdDate"),
            completion_date_start=f.get("completionDateStart"), completion_date_end=f.get("completionDateEnd"),
            sort=self.sort_param(), page_index=page_index, page_size=page_size)

    def display(self, record: dict[str, Any], column: str) -> Any:
        if column == "dueDate":
            due = parse_time(record.get("dueDate"))
            if due is None:
                return "—"
            text = local_time_text(record.get("dueDate"))
            return text if record.get("completed") else f"{text}  ({_relative(due, self.now)})"
        if column == "type":
            kind = str(record.get("type"))
            return words.translated(TASK_TYPE_LABELS[kind]) if kind in TASK_TYPE_LABELS else record.get("type")
        if column == "title":
            return record.get("mediaTitle")
        if column == "language":
            return record.get("languageName") or record.get("languageId")
        if column == "status":
            return _status(record)
        if column == "progress":
            value = record.get("trackCompletionPercentage")
            text = f"{value} %" if value not in (None, "") else ""
            local = self.local.get(str(record.get("id")))
            if local is not None:
                text += f"{' · ' if text else ''}{local.translated}/{local.total}"
            return text
        if column == "createdDate":
            return local_time_text(record.get("createdDate"))
        return record.get(column)

    def role_data(self, record: dict[str, Any], column: str, role: int) -> Any:
        if role == UrgencyRole:
            return urgency(record, self.now)
        if role == Qt.ItemDataRole.BackgroundRole:
            level = urgency(record, self.now)
            if level == "overdue":
                return QBrush(palette_colors().overdue_background)
            if level == "soon":
                return QBrush(palette_colors().due_soon_background)
        errored_status = column == "status" and record.get("errored")
        if role == Qt.ItemDataRole.ForegroundRole and (record.get("completed") or errored_status):
            colors = palette_colors()
            return QBrush(colors.error_text if record.get("errored") else colors.muted_text)
        if role == Qt.ItemDataRole.ToolTipRole and column == "progress":
            local = self.local.get(str(record.get("id")))
            value = record.get("trackCompletionPercentage")
            lines = [self.tr("Dotsub: {value} % done").format(value=value) if value not in (None, "")
                     else "Dotsub: —"]
            if local is not None:
                lines.append(self.tr("On this computer: {progress}").format(progress=local))
            return "\n".join(lines)
        if role == Qt.ItemDataRole.ToolTipRole:
            level = urgency(record, self.now)
            lines = [self.tr("Task {task}: {type} {language}").format(
                task=record.get("id"), type=_type_label(record.get("type")),
                language=record.get("languageName") or "").strip()]
            if level == "overdue":
                lines.append(self.tr("Overdue"))
            elif level == "soon":
                lines.append(self.tr("Due within 24 hours"))
            if record.get("errorMessage"):
                lines.append(str(record["errorMessage"]))
            return "\n".join(lines)
        return None


class DateFilter(QWidget):
    """An optional date: a check box that enables a calendar date field."""

    def __init__(self, label: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(label, self)
        self.check.setObjectName(name + "Enabled")
        self.date = QDateEdit(self)
        self.date.setObjectName(name)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setDate(QDate.currentDate())
        self.date.setEnabled(False)
        self.check.toggled.connect(self.date.setEnabled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.date)

    def value(self) -> QDate | None:
        return self.date.date() if self.check.isChecked() else None

    def set_value(self, text: str | None) -> None:
        if text:
            date = QDate.fromString(text, "yyyy-MM-dd")
            if date.isValid():
                self.date.setDate(date)
                self.check.setChecked(True)
                return
        self.check.setChecked(False)

    def text(self) -> str:
        value = self.value()
        return value.toString("yyyy-MM-dd") if value is not None else ""

    def iso(self, *, end_of_day: bool) -> str | None:
        """The local day's start (or end) as the UTC ISO 8601 time the task filters take."""
        value = self.value()
        if value is None:
            return None
        local = datetime.combine(value.toPython(), dtime.max.replace(microsecond=0) if end_of_day else dtime.min)
        return local.astimezone().astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S")


class TasksPage(ListPage):
    SETTINGS = "dotsub/tasks"
    CHOICES_TASK = "dotsub-task-choices"

    def __init__(self, context: DeskContext, opener: SubtitleOpener, parent: QWidget | None = None) -> None:
        super().__init__(context, opener, parent)
        self.setObjectName("dotsubTasksPage")
        self.model = TasksModel(context, parent=self)
        #: The saved language filter, until the language list arrives.
        self._pending_language = ""
        #: The task the footer describes (forgotten when it leaves the list).
        self._info_task: str | None = None
        #: The "accept it first?" question of the last Open (tests read it).
        self.accept_box: QMessageBox | None = None
        #: (target, marks, source mtimes) -> progress, so unchanged work is not read again.
        self._progress_cache: dict[Path, tuple[tuple[float, float, float], Progress | None]] = {}

        # -- filters: the ones used every day, then "More filters"
        self.title_filter = text_filter(self, "taskTitleFilter", self.tr("Search media titles (Ctrl+F)"))
        self.type_filter = QComboBox(self)
        self.type_filter.setObjectName("taskTypeFilter")
        self.type_filter.addItem(self.tr("All types"), "")
        for task_type in TASK_TYPES:
            self.type_filter.addItem(_type_label(task_type), task_type)
        self.language_filter = QComboBox(self)
        self.language_filter.setObjectName("taskLanguageFilter")
        self.language_filter.addItem(self.tr("All languages"), "")
        self.status_filter = QComboBox(self)
        self.status_filter.setObjectName("taskStatusFilter")
        for label, value in ((self.tr("Not completed"), "open"), (self.tr("Completed"), "completed"), (self.tr("Completed or not"), "")):
            self.status_filter.addItem(label, value)
        self.accepted_filter = QComboBox(self)
        self.accepted_filter.setObjectName("taskAcceptedFilter")
        for label, value in ((self.tr("Accepted or not"), ""), (self.tr("Accepted"), "yes"), (self.tr("Not accepted"), "no")):
            self.accepted_filter.addItem(label, value)
        self.due_from = DateFilter(self.tr("Due from"), "taskDueFrom", self)
        self.due_to = DateFilter(self.tr("to"), "taskDueTo", self)
        self.more_button = QToolButton(self)
        self.more_button.setText(self.tr("More filters"))
        self.more_button.setCheckable(True)
        self.clear_button = QPushButton(self.tr("Clear filters"), self)
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.refresh_button.setObjectName("taskListRefresh")
        self.refresh_button.setToolTip(self.tr("Load the task list again (F5)"))

        self.project_filter = text_filter(self, "taskProjectFilter", self.tr("Project name"))
        self.assignee_filter = text_filter(self, "taskAssigneeFilter", self.tr("Assignee name"))
        self.assignee_type_filter = QComboBox(self)
        self.assignee_type_filter.setObjectName("taskAssigneeTypeFilter")
        self.assignee_type_filter.addItem(self.tr("Any assignee type"), "")
        for value in ASSIGNEE_TYPES:
            self.assignee_type_filter.addItem(self.tr(ASSIGNEE_TYPE_NAMES[value]), value)
        self.media_id_filter = text_filter(self, "taskMediaIdFilter", self.tr("Media ID"))
        self.external_id_filter = text_filter(self, "taskExternalIdFilter", self.tr("External ID"))
        self.created_filter = DateFilter(self.tr("Created since"), "taskCreated", self)
        self.completed_from = DateFilter(self.tr("Completed from"), "taskCompletedFrom", self)
        self.completed_to = DateFilter(self.tr("to"), "taskCompletedTo", self)
        self.more = QWidget(self)
        more = QGridLayout(self.more)
        more.setContentsMargins(0, 0, 0, 0)
        for column, widget in enumerate((self.project_filter, self.assignee_filter, self.assignee_type_filter,
                                         self.media_id_filter, self.external_id_filter)):
            more.addWidget(widget, 0, column)
        for column, widget in enumerate((self.created_filter, self.completed_from, self.completed_to)):
            more.addWidget(widget, 1, column)
        self.more.setVisible(False)
        self.more_button.toggled.connect(self.more.setVisible)

        # Two rows, so the page fits a 1280-pixel window beside the navigation.
        row = QHBoxLayout()
        row.addWidget(self.title_filter, 2)
        for widget in (self.type_filter, self.language_filter, self.status_filter, self.accepted_filter):
            row.addWidget(widget)
        second_row = QHBoxLayout()
        for widget in (self.due_from, self.due_to, self.more_button, self.clear_button):
            second_row.addWidget(widget)
        second_row.addStretch(1)
        second_row.addWidget(self.refresh_button)

        # -- table and actions
        self._build_table("taskTable", row_height=26, stretch=["title"], max_fit=220, min_stretch=240)

        self.open_button = QPushButton(self.tr("Open"), self)
        self.open_button.setObjectName("taskOpen")
        self.open_button.setToolTip(self.tr("Download the subtitles, spec and video and open them in the editor (Enter)"))
        self.open_button.setDefault(True)
        self.accept_button = QPushButton(self.tr("Accept"), self)
        self.accept_button.setObjectName("taskAccept")
        self.accept_button.setToolTip(self.tr("Take the task: Dotsub assigns it to you"))
        self.release_button = QPushButton(self.tr("Release"), self)
        self.release_button.setObjectName("taskRelease")
        self.release_button.setToolTip(self.tr("Give the task back to its original assignee"))
        self.format = QComboBox(self)
        self.format.setObjectName("taskFormat")
        self.format.addItems(list(SUBTITLE_FORMATS))
        self.format.setToolTip(self.tr("The subtitle format to download from Dotsub"))
        self.info = QLabel(self)
        self.info.setObjectName("taskInfo")
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.info.setWordWrap(True)  # a long description must not widen the page
        actions = QHBoxLayout()
        actions.addWidget(self.info, 1)
        actions.addWidget(QLabel(self.tr("Format:"), self))
        actions.addWidget(self.format)
        actions.addWidget(self.release_button)
        actions.addWidget(self.accept_button)
        actions.addWidget(self.open_button)

        heading = QLabel(self.tr("Dotsub tasks"), self)
        heading.setStyleSheet("font-size: 16px; font-weight: 600;")
        self.count_label = QLabel(self)
        self.count_label.setObjectName("taskCount")
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addSpacing(16)
        top.addWidget(_Swatch("overdue_background", self.tr("Overdue"), self))
        top.addWidget(_Swatch("due_soon_background", self.tr("Due within 24 hours"), self))
        top.addWidget(QLabel(self.tr("Due dates in local time"), self))
        top.addStretch(1)
        top.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(row)
        layout.addLayout(second_row)
        layout.addWidget(self.more)
        layout.addWidget(self.banner)
        layout.addWidget(self.loading)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)

        # -- wiring
        self._clock = QTimer(self)
        self._clock.setInterval(60_000)
        self._clock.timeout.connect(lambda: (self.model.refresh_now(), self._update_state()))
        self._clock.start()
        self._filter_while_typing(self.title_filter, self.project_filter, self.assignee_filter, self.media_id_filter,
                                  self.external_id_filter)
        for combo in (self.type_filter, self.language_filter, self.status_filter, self.accepted_filter,
                      self.assignee_type_filter):
            combo.activated.connect(lambda *_: self.apply_filters())
        for date in (self.due_from, self.due_to, self.created_filter, self.completed_from, self.completed_to):
            date.check.toggled.connect(lambda *_: self.apply_filters())
            date.date.dateChanged.connect(lambda *_: self._debounce.start())
        self.clear_button.clicked.connect(self.clear_filters)
        self.refresh_button.clicked.connect(self.reload)
        self.open_button.clicked.connect(self.open_selected)
        self.accept_button.clicked.connect(lambda: self.set_accepted(True))
        self.release_button.clicked.connect(lambda: self.set_accepted(False))
        self.table.activated.connect(lambda *_: self.open_selected())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_actions())
        self._connect_list(self.tr("Find tasks by title"), self.tr("Load the task list again"))
        self.model.dataChanged.connect(lambda *_: self._update_actions())
        opener.started.connect(self._open_started)
        opener.opened.connect(lambda session: self._set_info(self.tr("Opened {title}").format(title=session.title),
                                                              session.task_id))
        self._progress_timer = QTimer(self)
        self._progress_timer.setSingleShot(True)
        self._progress_timer.setInterval(200)
        self._progress_timer.timeout.connect(self.refresh_local_progress)
        self.model.rowsInserted.connect(lambda *_: self._progress_timer.start())
        self.model.modelReset.connect(self._progress_timer.start)
        opener.opened.connect(lambda *_: self._progress_timer.start())
        self._restore()
        follow_download_format(context.window.preferences, self.format)
        self.more_button.toggled.connect(lambda on: self.settings.setValue(f"{self.SETTINGS}/more", bool(on)))
        self._update_state()
        self._update_actions()

    # -- filters ---------------------------------------------------------------------------------
    def _choices_loaded(self) -> bool:
        return self.language_filter.count() > 1

    async def _fetch_choices(self, client: Any) -> list[dict[str, Any]]:
        return await client.list_organization_languages()

    def _show_choices(self, languages: list[dict[str, Any]]) -> None:
        wanted = self.language_filter.currentData() or self._pending_language
        self.language_filter.blockSignals(True)
        while self.language_filter.count() > 1:
            self.language_filter.removeItem(1)
        for language in sorted(languages, key=lambda x: str(x.get("name") or x.get("id"))):
            self.language_filter.addItem(str(language.get("name") or language.get("id")), str(language.get("id")))
        index = self.language_filter.findData(wanted) if wanted else 0
        self.language_filter.setCurrentIndex(max(0, index))
        self.language_filter.blockSignals(False)

    def current_filters(self) -> dict[str, Any]:
        status = self.status_filter.currentData()
        accepted = self.accepted_filter.currentData()
        return {
            "mediaTitle": self.title_filter.text().strip(), "type": self.type_filter.currentData() or None,
            "languageId": self.language_filter.currentData() or self._pending_language or None,
            "completed": {"open": False, "completed": True}.get(status),
            "accepted": {"yes": True, "no": False}.get(accepted),
            "dueDateStart": self.due_from.iso(end_of_day=False), "dueDateEnd": self.due_to.iso(end_of_day=True),
            "projectName": self.project_filter.text().strip(), "assigneeName": self.assignee_filter.text().strip(),
            "assigneeType": self.assignee_type_filter.currentData() or None,
            "mediaId": self.media_id_filter.text().strip(), "mediaExternalId": self.external_id_filter.text().strip(),
            "createdDate": self.created_filter.iso(end_of_day=False),
            "completionDateStart": self.completed_from.iso(end_of_day=False),
            "completionDateEnd": self.completed_to.iso(end_of_day=True),
        }

    def apply_filters(self) -> None:
        if self.language_filter.count() > 1:
            self._pending_language = ""
        super().apply_filters()

    def clear_filters_quietly(self) -> None:
        widgets = (self.title_filter, self.project_filter, self.assignee_filter, self.media_id_filter,
                   self.external_id_filter)
        for edit in widgets:
            edit.blockSignals(True)
            edit.clear()
            edit.blockSignals(False)
        for combo in (self.type_filter, self.language_filter, self.accepted_filter, self.assignee_type_filter):
            combo.setCurrentIndex(0)
        self.status_filter.setCurrentIndex(0)
        self._pending_language = ""
        for date in (self.due_from, self.due_to, self.created_filter, self.completed_from, self.completed_to):
            date.check.blockSignals(True)
            date.set_value(None)
            date.date.setEnabled(False)
            date.check.blockSignals(False)

    # -- actions ---------------------------------------------------------------------------------
    def selected_task(self) -> dict[str, Any] | None:
        index = self.table.currentIndex()
        return index.data(RecordRole) if index.isValid() else None

    def select_task(self, task_id: str) -> int:
        for row, record in enumerate(self.model.rows):
            if str(record.get("id")) == str(task_id):
                self.select_row(row)
                return row
        return -1

    def show_media_tasks(self, media_id: str) -> None:
        """Every task of one media, completed or not (from the media browser)."""
        self.clear_filters_quietly()
        self.media_id_filter.setText(str(media_id))
        self.status_filter.setCurrentIndex(self.status_filter.findData(""))
        self.more_button.setChecked(True)
        self.apply_filters()

    def open_selected(self) -> Any:
        """Open the selected task; one nobody has accepted asks first whether to accept it
        (non-blocking: the question is ``accept_box``)."""
        task = self.selected_task()
        if task is None:
            return None
        self.banner.hide()
        if not task.get("accepted") and not task.get("completed"):
            return self._offer_accept(task)
        return self.opener.open_task(task, self.format.currentText())

    def _offer_accept(self, task: dict[str, Any]) -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Accept the task?"),
                          self.tr("Nobody has accepted task {task} ({description}) yet. Accept it "
                                  "before you open it?").format(task=task.get("id"), description=_describe(task)),
                          QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("acceptTaskBox")
        box.setInformativeText(self.tr("Dotsub then assigns it to you, so nobody else starts on it."))
        accept = box.addButton(self.tr("&Accept and open"), QMessageBox.ButtonRole.AcceptRole)
        accept.setObjectName("acceptAndOpenButton")
        just_open = box.addButton(self.tr("&Open without accepting"), QMessageBox.ButtonRole.NoRole)
        just_open.setObjectName("openWithoutAcceptingButton")
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(accept)
        box.setEscapeButton(cancel)
        fmt = self.format.currentText()

        def answered(*_: Any) -> None:
            clicked = box.clickedButton()
            if clicked is accept:
                self._accept_and_open(task, fmt)
            elif clicked is just_open:
                self.opener.open_task(task, fmt)
            box.deleteLater()
            if self.accept_box is box:
                self.accept_box = None

        box.finished.connect(answered)
        self.accept_box = box
        box.open()
        return box

    def _accept_and_open(self, task: dict[str, Any], fmt: str) -> Any:
        task_id = str(task["id"])

        async def run() -> None:
            fresh = await self._update_accepted(task, True)
            self.opener.open_task(fresh or task, fmt)

        return self.context.runner.run(f"dotsub-task-accept-{task_id}", run(),
                                       title=self.tr("Accepting task {task} ({title})").format(
                                           task=task_id, title=task.get("mediaTitle")))

    def set_accepted(self, accepted: bool) -> Any:
        task = self.selected_task()
        if task is None:
            return None
        task_id = str(task["id"])
        title = (self.tr("Accepting task {task} ({title})") if accepted
                 else self.tr("Releasing task {task} ({title})")).format(task=task_id, title=task.get("mediaTitle"))
        return self.context.runner.run(f"dotsub-task-accept-{task_id}", self._update_accepted(task, accepted),
                                       title=title)

    async def _update_accepted(self, task: dict[str, Any], accepted: bool) -> dict[str, Any]:
        task_id = str(task["id"])
        self.banner.hide()
        client = self.context.services.dotsub
        try:
            fresh = await (client.accept_task(task_id) if accepted else client.release_task(task_id))
        except ServiceError as exc:
            failed = (self.tr("Accepting task {task} failed: {error}") if accepted
                      else self.tr("Releasing task {task} failed: {error}"))
            self.banner.show_error(failed.format(task=task_id, error=exc), retry=False)
            raise ReportedError(str(exc)) from exc
        self.model.replace_record(lambda t: str(t.get("id")) == task_id, fresh)
        self._set_info((self.tr("Task {task} accepted: it is yours now") if accepted
                        else self.tr("Task {task} released")).format(task=task_id), task_id)
        return fresh

    # -- the footer and local progress -------------------------------------------------------
    def _set_info(self, text: str, task_id: str | None = None) -> None:
        self.info.setText(text)
        self._info_task = str(task_id) if text and task_id is not None else None

    def _forget_departed_task(self) -> None:
        """The footer stops describing a task that is no longer in the list."""
        if self._info_task is None or self.model.loading:
            return
        if not any(str(r.get("id")) == self._info_task for r in self.model.rows):
            self._set_info("")

    def refresh_local_progress(self) -> Any:
        """Work out, off the UI thread, the progress of the listed translation tasks that have
        work on this computer."""
        work_dir = Path(self.context.work_dir)
        wanted: dict[str, list[Path]] = {}
        for record in self.model.rows:
            if not is_translation(record) or not record.get("mediaId") or not record.get("languageId"):
                continue
            wanted[str(record.get("id"))] = [work_path(work_dir, str(record["mediaId"]), str(record["languageId"]),
                                                       fmt) for fmt in SUBTITLE_FORMATS]
        if not wanted:
            return None
        cache = self._progress_cache

        def work() -> dict[str, Progress]:
            found: dict[str, Progress] = {}
            for task_id, candidates in wanted.items():
                stamped = []
                for target in candidates:
                    stamp = _stamp(target)
                    if stamp is not None:
                        stamped.append((stamp, target))
                if not stamped:
                    continue
                stamp, target = max(stamped, key=lambda item: item[0][0])  # the latest work
                known = cache.get(target)
                if known is None or known[0] != stamp:
                    known = cache[target] = (stamp, read_progress(target))
                if known[1] is not None:
                    found[task_id] = known[1]
            return found

        async def run() -> None:
            self.model.set_local_progress(await asyncio.to_thread(work))
            task = self.selected_task()
            if task is not None and not self.context.runner.is_running("dotsub-open"):
                self._set_info(self._describe(task), task.get("id"))

        return self.context.runner.run("dotsub-task-progress", run())

    def _describe(self, task: dict[str, Any]) -> str:
        text = _describe(task)
        local = self.model.local.get(str(task.get("id")))
        return self.tr("{task} · {progress} on this computer").format(task=text, progress=local) \
            if local is not None else text

    def _update_actions(self) -> None:
        task = self.selected_task()
        open_ok = task is not None
        self.open_button.setEnabled(open_ok)
        self.accept_button.setEnabled(bool(task and not task.get("completed") and not task.get("accepted")))
        self.release_button.setEnabled(bool(task and not task.get("completed") and task.get("accepted")))
        if task is not None and not self.context.runner.is_running("dotsub-open"):
            self._set_info(self._describe(task), task.get("id"))

    def _open_started(self, text: str) -> None:
        if self.isVisible():
            self._set_info(text)

    def _open_failed(self, message: str) -> None:
        super()._open_failed(message)
        if self.isVisible():
            self._set_info("")

    # -- state -----------------------------------------------------------------------------------
    def list_words(self) -> ListWords:
        return ListWords(
            loading=self.tr("Loading tasks…"), loading_more=self.tr("Loading more tasks…"),
            failed=self.tr("The task list could not be loaded: {error}"),
            failed_empty=self.tr("The task list could not be loaded. See the message above; Retry when the "
                                 "problem is fixed."),
            loading_empty=self.tr("Loading tasks from Dotsub…"),
            nothing_found=self.tr("No tasks match these filters.\nChoose “Completed or not”, widen the due dates, "
                                  "or Clear filters."))

    def _count_text(self, shown: int, total: int) -> str:
        overdue = sum(1 for r in self.model.rows if urgency(r, self.model.now) == "overdue")
        text = (self.tr("%n task(s)", "", total) if shown >= total
                else self.tr("{shown} of %n task(s) shown", "", total).format(shown=shown))
        return text + (self.tr(", %n overdue", "", overdue) if overdue else "")

    def _update_state(self) -> None:
        super()._update_state()
        self._forget_departed_task()
        self._update_actions()

    # -- remembered state ------------------------------------------------------------------------
    def _saved_filters(self) -> dict[str, Any]:
        return {
            "mediaTitle": self.title_filter.text().strip(), "type": self.type_filter.currentData() or "",
            "languageId": self.language_filter.currentData() or self._pending_language or "",
            "status": self.status_filter.currentData(), "accepted": self.accepted_filter.currentData(),
            "dueFrom": self.due_from.text(), "dueTo": self.due_to.text(),
            "projectName": self.project_filter.text().strip(), "assigneeName": self.assignee_filter.text().strip(),
            "assigneeType": self.assignee_type_filter.currentData() or "",
            "mediaId": self.media_id_filter.text().strip(), "mediaExternalId": self.external_id_filter.text().strip(),
            "created": self.created_filter.text(), "completedFrom": self.completed_from.text(),
            "completedTo": self.completed_to.text()}

    def _restore(self) -> None:
        super()._restore()
        more = self.settings.value(f"{self.SETTINGS}/more")
        self.more_button.setChecked(str(more).lower() == "true")

    def _restore_filters(self, saved: dict[str, Any]) -> None:
        self._pending_language = str(saved.get("languageId") or "")  # until the language list arrives
        widgets: list[Any] = [self.title_filter, self.project_filter, self.assignee_filter, self.media_id_filter,
                              self.external_id_filter, self.type_filter, self.status_filter, self.accepted_filter,
                              self.assignee_type_filter]
        for date in (self.due_from, self.due_to, self.created_filter, self.completed_from, self.completed_to):
            widgets += [date.check, date.date]
        for widget in widgets:
            widget.blockSignals(True)
        self.title_filter.setText(str(saved.get("mediaTitle") or ""))
        self.project_filter.setText(str(saved.get("projectName") or ""))
        self.assignee_filter.setText(str(saved.get("assigneeName") or ""))
        self.media_id_filter.setText(str(saved.get("mediaId") or ""))
        self.external_id_filter.setText(str(saved.get("mediaExternalId") or ""))
        for combo, key in ((self.type_filter, "type"), (self.status_filter, "status"),
                           (self.accepted_filter, "accepted"), (self.assignee_type_filter, "assigneeType")):
            if key in saved:
                index = combo.findData(saved.get(key) or "")
                if index >= 0:
                    combo.setCurrentIndex(index)
        for date, key in ((self.due_from, "dueFrom"), (self.due_to, "dueTo"), (self.created_filter, "created"),
                          (self.completed_from, "completedFrom"), (self.completed_to, "completedTo")):
            date.set_value(saved.get(key))
            date.date.setEnabled(date.check.isChecked())
        for widget in widgets:
            widget.blockSignals(False)


def _type_label(kind: Any) -> Any:
    """A task type's name in the user's language (an unknown type as it is)."""
    label = TASK_TYPE_LABELS.get(str(kind), kind)
    return words.translated(label) if isinstance(label, str) else label


def _describe(task: dict[str, Any]) -> str:
    translate = QCoreApplication.translate
    parts = [translate("TasksPage", "Task {task}: {type} {language}").format(
        task=task.get("id"), type=_type_label(task.get("type")), language=task.get("languageName") or "").rstrip()]
    source = task.get("sourceTrackLanguageName")
    if source and task.get("sourceTrackLanguageId") != task.get("languageId"):
        parts.append(translate("TasksPage", "from {language}").format(language=source))
    if task.get("assigneeName"):
        parts.append(translate("TasksPage", "assigned to {name}").format(name=task["assigneeName"]))
    if task.get("errorMessage"):
        parts.append(translate("TasksPage", "error: {error}").format(error=task["errorMessage"]))
    return " · ".join(parts)


def _stamp(target: Path) -> tuple[float, float, float] | None:
    """The modification times of a work file, its kept marks and its source copy (None: no
    work file, or no source copy, so no translation to measure)."""
    try:
        stamps = [target.stat().st_mtime, source_copy_path(target).stat().st_mtime]
    except OSError:
        return None
    try:
        stamps.append(marks_path(target).stat().st_mtime)
    except OSError:
        stamps.append(0.0)
    return (stamps[0], stamps[1], stamps[2])


class _Swatch(QLabel):
    """A legend entry: its text on the tint it explains, in the scheme on screen."""

    def __init__(self, tint: str, text: str, parent: QWidget) -> None:
        super().__init__(text, parent)
        self.setObjectName("legend")
        self.tint = tint  # a ThemeColors name
        self._colour()
        theme_changed().connect(self._colour)

    def _colour(self, *_: object) -> None:
        colors = palette_colors()
        self.setStyleSheet(f"background: {getattr(colors, self.tint).name()}; color: {colors.text.name()}; "
                           f"border: 1px solid {colors.legend_border.name()}; border-radius: 3px; padding: 1px 6px;")
