"""The cielo24 page: the account's jobs with their status, a new job (media from a local file with
upload progress, or a URL), media for a job still waiting for it, the transcription order
(fidelity, turnaround), the status followed until Complete, and the finished captions opened in
the editor. Nothing talks to cielo24 until the page is first shown."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (QFormLayout, QHBoxLayout, QLabel, QPushButton, QSplitter,
                               QTableView, QVBoxLayout, QWidget)

from subtitle_desk.ui.desk.dotsub.common import EmptyState, ErrorBanner, LoadingLine
from subtitle_desk.ui.desk.widgets import ServicePage, keep_splitter_state, prepare_table, select_row
from subtitle_desk.ui.words import fidelity

from .controller import Cielo24Controller
from .dialogs import JobDialog
from .models import ACTIVE_STATUSES, JobRole, has_media, length_text, turnaround_text, when_text

if TYPE_CHECKING:
    from subtitle_desk.ui.desk.context import DeskContext

__all__ = ["Cielo24Page"]

_KEY = "cielo24/"


class Cielo24Page(ServicePage):
    SERVICE = "cielo24"
    SERVICE_NAME = "cielo24"
    SETUP_TEXT = QT_TRANSLATE_NOOP("Cielo24Page", "<h3>cielo24 is not set up</h3><p>Set up cielo24 in Settings: "
                                   "add your cielo24 username and an API key (securekey) or password.</p><p>Then "
                                   "this page lists your transcription jobs and sends new media.</p>")

    def __init__(self, context: DeskContext, controller: Cielo24Controller | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.controller = controller or Cielo24Controller(context, self)
        #: The dialog while open (tests reach it here).
        self.dialog: JobDialog | None = None
        self._compose(self._build())
        self.setup_prompt.setText(QCoreApplication.translate("Cielo24Page", self.SETUP_TEXT))

        c = self.controller
        c.loadingChanged.connect(self._loading)
        c.errorChanged.connect(self.banner.show_error)
        c.errorChanged.connect(lambda _: self._refresh_empty())
        c.jobChanged.connect(self._job_changed)
        c.jobCompleted.connect(self._job_completed)
        c.jobCreated.connect(self.select_job)
        c.jobs.dataChanged.connect(self._rows_changed)
        c.jobs.modelReset.connect(self._after_reset)
        c.jobs.rowsInserted.connect(lambda *_: self._refresh_empty())
        # While the page is shown and jobs are in progress, the list refreshes itself.
        self.auto_refresh = QTimer(self)
        self.auto_refresh.setInterval(120_000)
        self.auto_refresh.timeout.connect(self._auto_refresh)
        self._show_configured()
        self._update_actions()

    # -- building ------------------------------------------------------------------------------
    def _build(self) -> QWidget:
        content = QWidget(self)
        c = self.controller
        self.new_button = QPushButton(self.tr("New job…"), content)
        self.new_button.setObjectName("cielo24New")
        self.media_button = QPushButton(self.tr("Add media…"), content)
        self.media_button.setObjectName("cielo24Media")
        self.order_button = QPushButton(self.tr("Request transcription…"), content)
        self.order_button.setObjectName("cielo24Order")
        self.open_button = QPushButton(self.tr("Open captions in editor"), content)
        self.open_button.setObjectName("cielo24Open")
        self.refresh_button = QPushButton(self.tr("Refresh"), content)
        self.new_button.clicked.connect(self.open_new_dialog)
        self.media_button.clicked.connect(self.open_media_dialog)
        self.order_button.clicked.connect(self.open_order_dialog)
        self.open_button.clicked.connect(self.open_selected)
        self.refresh_button.clicked.connect(self.refresh)
        bar = QHBoxLayout()
        for button in (self.new_button, self.media_button, self.order_button, self.open_button):
            bar.addWidget(button)
        bar.addStretch(1)
        bar.addWidget(self.refresh_button)
        self.loading_line = LoadingLine(self.tr("Loading jobs…"), content)
        self.banner = ErrorBanner(content)
        self.banner.retry.connect(self.refresh)

        self.table = QTableView(content)
        self.table.setObjectName("cielo24Jobs")
        self.table.setModel(c.jobs)
        # The job's name takes the room the rest leaves; when it was created is in the details
        # (and the header's menu). v2: widths saved before would squeeze the names again.
        prepare_table(self.table, self.settings, _KEY + "jobs_header/v2", stretch=["JobName"],
                      hidden=["CreationDate"])
        self.table.setWordWrap(False)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.doubleClicked.connect(lambda _: self.open_selected())
        self.empty = EmptyState(self.table)

        details = QWidget(content)
        details.setMinimumWidth(280)
        self.detail_title = QLabel(self.tr("Choose a job"), details)
        self.detail_title.setObjectName("cielo24DetailTitle")
        self.detail_title.setWordWrap(True)
        self.detail_title.setStyleSheet("QLabel { font-size: 15px; font-weight: bold; }")
        self.detail_labels: dict[str, QLabel] = {}
        form = QFormLayout()
        for key, label in (("JobId", self.tr("Job ID:")), ("ExternalID", self.tr("External ID:")),
                           ("JobStatus", self.tr("Status:")), ("Fidelity", self.tr("Fidelity:")),
                           ("Turnaround", self.tr("Turnaround:")), ("Language", self.tr("Language:")),
                           ("MediaLengthSeconds", self.tr("Media length:")), ("Media", self.tr("Media:")),
                           ("CreationDate", self.tr("Created:")), ("DueDate", self.tr("Due:")),
                           ("CompletedDate", self.tr("Completed:")), ("Progress", self.tr("This session:"))):
            value = QLabel(details)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.detail_labels[key] = value
            form.addRow(label, value)
        self.next_step = QLabel(details)
        self.next_step.setObjectName("cielo24NextStep")
        self.next_step.setWordWrap(True)
        self.next_step.setStyleSheet("QLabel { color: palette(mid); padding-top: 8px; }")
        detail_layout = QVBoxLayout(details)
        detail_layout.setContentsMargins(8, 0, 0, 0)
        detail_layout.addWidget(self.detail_title)
        detail_layout.addLayout(form)
        detail_layout.addWidget(self.next_step)
        detail_layout.addStretch(1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, content)
        self.splitter.setObjectName("cielo24Splitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(details)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        keep_splitter_state(self.settings, _KEY + "splitter", self.splitter, [820, 320])
        layout = QVBoxLayout(content)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(bar)
        layout.addWidget(self.loading_line)
        layout.addWidget(self.banner)
        layout.addWidget(self.splitter, 1)
        return content

    # -- loading -------------------------------------------------------------------------------
    def showEvent(self, event: Any) -> None:  # noqa: N802
        self.auto_refresh.start()
        super().showEvent(event)

    def hideEvent(self, event: Any) -> None:  # noqa: N802
        super().hideEvent(event)
        self.auto_refresh.stop()

    def _auto_refresh(self) -> None:
        c = self.controller
        if self._loaded and c.configured() and not c.loading and c.has_active_jobs():
            c.refresh(quiet=True)

    def refresh(self) -> None:
        """Show the jobs again (the Refresh button, the menu, the error banner's Retry)."""
        self.load()

    def _start_loading(self) -> None:
        self.controller.refresh()

    def _forget(self) -> None:
        self.controller.jobs.set_jobs([])

    def _loading(self, loading: bool) -> None:
        self.loading_line.setVisible(loading and not self.controller.jobs.rows)
        self._refresh_empty()

    def _refresh_empty(self) -> None:
        c = self.controller
        if c.jobs.rows or c.loading:
            self.empty.show_message("")
        elif c.error:
            self.empty.show_message(self.tr("The jobs could not be loaded (see the message above)."))
        elif self._loaded:
            self.empty.show_message(self.tr("No cielo24 jobs yet.\nClick “New job…” to send a video or audio "
                                            "file (or its URL) for transcription."))
        else:
            self.empty.show_message("")

    def _after_reset(self) -> None:
        self._refresh_empty()
        wanted = self.settings.value(_KEY + "job")
        if wanted and self.select_job(str(wanted)):
            return
        if self.controller.jobs.rows:
            self.select_job(str(self.controller.jobs.rows[0].get("JobId")))
        else:
            self._show_details(None)

    # -- selection and details -----------------------------------------------------------------
    def selected_job(self) -> dict[str, Any] | None:
        index = self.table.selectionModel().currentIndex()
        return index.data(JobRole) if index.isValid() else None

    def select_job(self, job_id: str) -> bool:
        row = self.controller.jobs.row_of(job_id)
        if row < 0:
            return False
        select_row(self.table, row)
        return True

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        info = current.data(JobRole) if current.isValid() else None
        self._show_details(info)
        if info is not None:
            job_id = str(info.get("JobId"))
            self.settings.setValue(_KEY + "job", job_id)
            if "Tasks" not in info:
                self.controller.load_details(job_id)

    def _rows_changed(self, top: QModelIndex, bottom: QModelIndex, *_: Any) -> None:
        current = self.table.selectionModel().currentIndex()
        if current.isValid() and top.row() <= current.row() <= bottom.row():
            self._show_details(current.data(JobRole))

    def _job_changed(self, job_id: str) -> None:
        info = self.selected_job()
        if info is not None and info.get("JobId") == job_id:
            self._show_details(self.controller.jobs.job(job_id))

    def _show_details(self, info: dict[str, Any] | None) -> None:
        for label in self.detail_labels.values():
            label.setText("")
        if info is None:
            self.detail_title.setText(self.tr("Choose a job"))
            self.next_step.setText("")
            self._update_actions()
            return
        job_id = str(info.get("JobId"))
        c = self.controller
        self.detail_title.setText(str(info.get("JobName") or job_id))
        values = {
            "JobId": job_id, "ExternalID": info.get("ExternalID") or "",
            "JobStatus": c.jobs.status_text(info), "Fidelity": fidelity(info.get("Fidelity")),
            "Turnaround": turnaround_text(info),
            "Language": _languages(info), "MediaLengthSeconds": length_text(info.get("MediaLengthSeconds")),
            "Media": c.local_media(job_id) or (self.tr("received") if has_media(info) else
                                               self.tr("none yet") if has_media(info) is False else ""),
            "CreationDate": when_text(info.get("CreationDate")), "DueDate": when_text(info.get("DueDate")),
            "CompletedDate": when_text(info.get("CompletedDate")),
            "Progress": c.jobs.progress.get(job_id) or (self.tr("following") if c.following(job_id) else ""),
        }
        for key, value in values.items():
            self.detail_labels[key].setText(str(value))
        self.next_step.setText(_next_step(info))
        self._update_actions()

    def _update_actions(self) -> None:
        info = self.selected_job()
        configured = self.controller.configured()
        self.new_button.setEnabled(configured)
        self.refresh_button.setEnabled(configured)
        status = str((info or {}).get("JobStatus") or "")
        ordered = bool((info or {}).get("Fidelity"))
        media = has_media(info) if info else None
        self.media_button.setEnabled(info is not None and not ordered and media is False)
        self.order_button.setEnabled(info is not None and not ordered and media is True)
        self.open_button.setEnabled(status == "Complete")

    # -- actions -------------------------------------------------------------------------------
    def _open_dialog(self, mode: str, job: dict[str, Any] | None = None) -> JobDialog:
        name = str((job or {}).get("JobName") or (job or {}).get("JobId") or "")
        dialog = JobDialog(mode, self.settings, self, job_name=name)
        job_id = str((job or {}).get("JobId") or "")

        def accepted() -> None:
            dialog.remember()
            request = dialog.request()
            if mode == JobDialog.NEW:
                self.controller.create_job(request)
            elif mode == JobDialog.MEDIA:
                self.controller.add_media(job_id, request)
            else:
                self.controller.request_transcription(job_id, request)

        dialog.accepted.connect(accepted)
        dialog.finished.connect(lambda _: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()
        return dialog

    def open_new_dialog(self) -> JobDialog:
        return self._open_dialog(JobDialog.NEW)

    def open_media_dialog(self) -> JobDialog | None:
        job = self.selected_job()
        return self._open_dialog(JobDialog.MEDIA, job) if job else None

    def open_order_dialog(self) -> JobDialog | None:
        job = self.selected_job()
        return self._open_dialog(JobDialog.TRANSCRIBE, job) if job else None

    def open_selected(self) -> None:
        job = self.selected_job()
        if job is not None and job.get("JobStatus") == "Complete":
            self.controller.open_captions(str(job["JobId"]))

    def _job_completed(self, info: dict[str, Any]) -> None:
        self.context.window.show_message(
            self.tr("cielo24: “{name}” is complete; its captions can be opened in the editor").format(
                name=info.get("JobName") or info.get("JobId")))


def _languages(info: dict[str, Any]) -> str:
    source, target = info.get("SourceLanguage"), info.get("TargetLanguage")
    if source and target and source != target:
        return f"{source} → {target}"
    return str(source or target or "")


def _next_step(info: dict[str, Any]) -> str:
    status = str(info.get("JobStatus") or "")
    media = has_media(info)
    if status == "Complete":
        return QCoreApplication.translate(
            "Cielo24Page", "The captions are ready: open them in the editor to review and fix them.")
    if status == "Media Failure":
        return QCoreApplication.translate(
            "Cielo24Page", "cielo24 could not use this job's media. Create a new job with a playable file "
                           "(MP4, MOV, WAV, MP3 …).")
    if not info.get("Fidelity"):
        if media is False:
            return QCoreApplication.translate(
                "Cielo24Page", "This job is waiting for media: add a local file or a URL.")
        if media:
            return QCoreApplication.translate(
                "Cielo24Page", "The media arrived: request a transcription (fidelity and turnaround).")
        return ""
    if status in ACTIVE_STATUSES:
        due = when_text(info.get("DueDate"))
        if due:
            return QCoreApplication.translate("Cielo24Page", "cielo24 is working on it; due {due}.").format(due=due)
        return QCoreApplication.translate("Cielo24Page", "cielo24 is working on it.")
    return ""
