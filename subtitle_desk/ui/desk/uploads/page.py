"""The Upload page: the form on top, the uploads panel below (a row per file with progress,
speed, time left, state and what the media is on Dotsub; Cancel, Retry, Delete media, Clear)."""

from __future__ import annotations

import asyncio
import json
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QSettings, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QGroupBox, QHBoxLayout, QLabel,
                               QMessageBox,
                               QPushButton, QSplitter, QStyle, QStyledItemDelegate, QStyleOptionProgressBar,
                               QStyleOptionViewItem, QTableView, QVBoxLayout, QWidget)

from subtitle_desk.core.services.errors import ServiceError
from subtitle_desk.ui.desk.widgets import ColumnSizer

from .form import UploadForm
from .queue import UploadJob, UploadQueue, UploadRequest, UploadState

if TYPE_CHECKING:
    from subtitle_desk.ui.desk.context import DeskContext

__all__ = ["UploadsPage", "UploadsPanel", "confirm_quit_with_uploads"]


class _ProgressDelegate(QStyledItemDelegate):
    """A progress bar with "45.0 MB of 1.2 GB" in it (a busy bar while the media is created)."""

    def paint(self, painter: Any, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        job: UploadJob = index.data(UploadQueue.JobRole)
        style = option.widget.style() if option.widget else QApplication.style()
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget)
        bar = QStyleOptionProgressBar()
        bar.rect = option.rect.adjusted(3, 3, -3, -3)
        bar.minimum = 0
        if job.state in (UploadState.CREATING, UploadState.FINISHING):
            bar.maximum = 0
            bar.progress = 0
        else:
            bar.maximum = 1000
            bar.progress = int(1000 * job.fraction)
        bar.text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        bar.textVisible = True
        bar.textAlignment = Qt.AlignmentFlag.AlignCenter
        bar.state = QStyle.StateFlag.State_Enabled | QStyle.StateFlag.State_Horizontal
        style.drawControl(QStyle.ControlElement.CE_ProgressBar, bar, painter, option.widget)


class UploadsPanel(QWidget):
    """The queue table with its buttons and the selected upload's full message."""

    def __init__(self, queue: UploadQueue, parent: QWidget | None = None, settings: QSettings | None = None) -> None:
        super().__init__(parent)
        self.queue = queue
        self.table = QTableView(self)
        self.table.setObjectName("uploadsTable")
        self.table.setModel(queue)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setItemDelegateForColumn(UploadQueue.PROGRESS, _ProgressDelegate(self.table))
        # The title and what the media is on Dotsub take the room; the rest fit their content.
        self.columns = ColumnSizer(self.table, stretch=[UploadQueue.TITLE, UploadQueue.MEDIA],
                                   settings=settings, key="uploads/columns")
        self.empty = QLabel(self.tr("No uploads yet. Add video files above and press Upload."), self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: palette(mid);")
        self.detail = QLabel(self)
        self.detail.setObjectName("uploadDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("uploadCancel")
        self.retry_button = QPushButton(self.tr("Retry"), self)
        self.retry_button.setObjectName("uploadRetry")
        self.delete_button = QPushButton(self.tr("Delete media on Dotsub"), self)
        self.delete_button.setObjectName("uploadDeleteMedia")
        self.delete_button.setToolTip(self.tr("Remove the media a failed or cancelled upload left on Dotsub"))
        self.clear_button = QPushButton(self.tr("Clear finished"), self)
        self.cancel_button.clicked.connect(lambda: self._each(queue.cancel))
        self.retry_button.clicked.connect(lambda: self._each(queue.retry))
        self.delete_button.clicked.connect(lambda: self._each(queue.delete_remote))
        self.clear_button.clicked.connect(queue.remove_finished)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.retry_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(self._refresh)
        queue.jobChanged.connect(self._refresh)
        queue.rowsInserted.connect(self._refresh)
        queue.rowsRemoved.connect(self._refresh)
        self._refresh()

    def selected_jobs(self) -> list[UploadJob]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.queue.job(row) for row in rows]

    def select(self, job: UploadJob) -> None:
        self.table.selectRow(self.queue.row_of(job))

    def _each(self, action: Any) -> None:
        for job in self.selected_jobs():
            action(job)
        self._refresh()

    def _refresh(self, *_: Any) -> None:
        has_rows = self.queue.rowCount() > 0
        self.empty.setVisible(not has_rows)
        self.table.setVisible(has_rows)
        jobs = self.selected_jobs()
        self.cancel_button.setEnabled(any(not j.state.finished for j in jobs))
        self.retry_button.setEnabled(any(j.state in (UploadState.FAILED, UploadState.CANCELLED) for j in jobs))
        self.delete_button.setEnabled(any(j.media_id and j.state in (UploadState.FAILED, UploadState.CANCELLED)
                                          for j in jobs))
        self.clear_button.setEnabled(any(j.state.finished for j in self.queue.jobs))
        if len(jobs) == 1:
            job = jobs[0]
            parts = [self.tr("{file} → “{title}”: {state}").format(
                file=f"<b>{_escape(job.name)}</b>", title=_escape(job.request.title), state=job.state.label)]
            if job.error:
                parts.append(f"<span style='color:#8a1f11'>{_escape(job.error)}</span>")
            if job.remote:
                parts.append(_escape(job.remote))
            self.detail.setText("<br>".join(parts))
        else:
            active = len(self.queue.active())
            queued = sum(1 for j in self.queue.jobs if j.state is UploadState.QUEUED)
            self.detail.setText(self.tr("{active} uploading, {queued} queued (at most {parallel} at a time)").format(
                active=active, queued=queued, parallel=self.queue.parallel) if active or queued else "")


class UploadsPage(QWidget):
    """Upload videos to Dotsub: the form, then the uploads panel."""

    SETTINGS = "uploads/choices"

    def __init__(self, context: DeskContext, queue: UploadQueue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("uploadsPage")
        self.context = context
        self.queue = queue
        self.loaded = False
        self.loading = False
        self.form = UploadForm(self)
        self.panel = UploadsPanel(queue, self, context.ui_settings)
        form_box = QGroupBox(self.tr("Upload videos to Dotsub"), self)
        QVBoxLayout(form_box).addWidget(self.form)
        panel_box = QGroupBox(self.tr("Uploads"), self)
        QVBoxLayout(panel_box).addWidget(self.panel)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("uploadsSplitter")
        self.splitter.addWidget(form_box)
        self.splitter.addWidget(panel_box)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([420, 480])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.splitter)
        self.form.submitted.connect(self.start_uploads)
        self.form.reloadRequested.connect(self.reload)
        context.signals.servicesChanged.connect(self._services_changed)
        state = context.ui_settings.value("uploads/splitter")
        if state is not None:
            self.splitter.restoreState(state)
        self.form.last_dir = str(context.ui_settings.value("uploads/lastDir", "") or "")
        self.splitter.splitterMoved.connect(
            lambda *_: context.ui_settings.setValue("uploads/splitter", self.splitter.saveState()))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if not self.loaded and not self.loading:
            self.reload()

    def _services_changed(self) -> None:
        self.loaded = False
        if self.isVisible():
            self.reload()

    # -- loading the choices -----------------------------------------------------------------
    def reload(self) -> asyncio.Task:
        """Load the projects and the organization languages (through the runner)."""
        self.loading = True
        self.form.set_status(self.tr("Loading projects and languages from Dotsub…"))
        self.form.reload_button.setEnabled(False)
        return self.context.runner.run("uploads:choices", self._load(),
                                       title=self.tr("Loading Dotsub projects and languages"))

    async def _load(self) -> None:
        try:
            client = self.context.services.dotsub
            projects: list[dict[str, Any]] = []
            async for project in client.iter_projects(page_size=100):
                projects.append(project)
            languages = await client.list_organization_languages()
        except ServiceError as exc:
            self.form.set_status("<span style='color:#8a1f11'>{}</span>".format(
                self.tr("Could not load the projects and languages: {error}").format(error=_escape(str(exc)))))
            return
        finally:
            self.loading = False
            self.form.reload_button.setEnabled(True)
        choices = self._remembered()
        projects.sort(key=lambda p: str(p.get("name") or "").lower())
        languages.sort(key=lambda lang: str(lang.get("name") or lang.get("id")).lower())
        self.form.set_options(projects, languages, project_id=choices.get("project"),
                              language_id=choices.get("language"), translation_ids=choices.get("translations"))
        self.loaded = True
        self.form.set_status(self.tr("{projects} projects, {languages} languages in your organization.").format(
            projects=len(projects), languages=len(languages)))

    def _remembered(self) -> dict[str, Any]:
        raw = self.context.ui_settings.value(self.SETTINGS, "")
        try:
            value = json.loads(raw) if raw else {}
        except (TypeError, ValueError):
            return {}
        return value if isinstance(value, dict) else {}

    # -- starting ----------------------------------------------------------------------------
    def start_uploads(self, requests: list[UploadRequest]) -> list[UploadJob]:
        if requests:
            first = requests[0]
            self.context.ui_settings.setValue(self.SETTINGS, json.dumps({
                "project": first.project_id, "language": first.language_id,
                "translations": list(first.translation_language_ids)}))
            self.context.ui_settings.setValue("uploads/lastDir", str(first.path.parent))
        jobs = self.queue.add(requests)
        if jobs:
            self.panel.select(jobs[0])
            self.context.window.show_message(self.tr("Uploading %n file(s) to Dotsub", "", len(jobs)))
        return jobs


def confirm_quit_with_uploads(queue: UploadQueue, parent: QWidget | None) -> bool:
    """Before the window closes: running or queued uploads would be cancelled. True: go ahead."""
    waiting = [job for job in queue.jobs if job.state.active or job.state is UploadState.QUEUED]
    if not waiting:
        return True
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("UploadsQuitQuestion", "Uploads still running"),
        UploadsQuitQuestion().text(len(waiting)),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
    if answer != QMessageBox.StandardButton.Yes:
        return False
    queue.cancel_all()
    return True


class UploadsQuitQuestion(QObject):
    """The question before quitting with uploads running (a class: Qt plurals need ``self.tr``)."""

    def text(self, waiting: int) -> str:
        return self.tr("%n upload(s) to Dotsub not finished. Quitting cancels it/them; media already created stay "
                       "on Dotsub as pending uploads without a video.\n\nQuit anyway?", "", waiting)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
