"""The DatoCMS page: find a video upload, see its tracks, publish the open subtitles (or a Dotsub
media's finished languages) as tracks, generate subtitles, delete a track, and watch every job
until its track is ready or errored.

Left: the Media Area's videos (search, paged as the list scrolls). Right: the chosen video, its
tracks with their status and the service's message, the actions, and this session's jobs.
Nothing talks to DatoCMS until the page is first shown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QLineEdit, QMessageBox, QPushButton,
                               QSplitter, QTableView, QVBoxLayout, QWidget)

from subtitle_desk.core.services.datocms import Track, Upload
from subtitle_desk.core.units import size_text
from subtitle_desk.ui.desk.dotsub.common import EmptyState, ErrorBanner, LoadingLine
from subtitle_desk.ui.desk.widgets import ServicePage, keep_splitter_state, prepare_table, select_row
from subtitle_desk.ui.words import track_type

from .controller import DatocmsController
from .dialogs import BatchPublishDialog, GenerateDialog, PublishDialog
from .models import RecordRole, duration_text, language_label

if TYPE_CHECKING:
    from subtitle_desk.ui.desk.context import DeskContext

__all__ = ["DatocmsPage"]

_KEY = "datocms/"


class DatocmsPage(ServicePage):
    SERVICE = "datocms"
    SERVICE_NAME = "DatoCMS"
    SETUP_TEXT = QT_TRANSLATE_NOOP("DatocmsPage", "<h3>DatoCMS is not set up</h3><p>Set up DatoCMS in Settings: add "
                                   "the project's API token (and its environment, if you publish to a sandbox).</p>"
                                   "<p>Then this page lists the project's videos and their subtitle tracks.</p>")

    def __init__(self, context: DeskContext, controller: DatocmsController | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.controller = controller or DatocmsController(context, self)
        #: The dialogs while open (tests and the smoke test reach them here).
        self.publish_dialog: PublishDialog | None = None
        self.batch_dialog: BatchPublishDialog | None = None
        self.generate_dialog: GenerateDialog | None = None
        self.delete_box: QMessageBox | None = None
        self._compose(self._build_content())
        self.setup_prompt.setText(QCoreApplication.translate("DatocmsPage", self.SETUP_TEXT))

        c = self.controller
        c.uploadsLoading.connect(self._uploads_loading)
        c.uploadsError.connect(self._uploads_error)
        c.tracksLoading.connect(self._tracks_loading)
        c.tracksError.connect(self._tracks_error)
        c.jobStarted.connect(self._job_started)
        c.jobFinished.connect(self._job_finished)
        c.dotsubLanguages.connect(self._dotsub_languages)
        c.uploads.rowsInserted.connect(self._uploads_changed)
        c.uploads.modelReset.connect(self._uploads_changed)
        for signal in (c.tracks.rowsInserted, c.tracks.rowsRemoved, c.tracks.modelReset, c.tracks.dataChanged):
            signal.connect(self._tracks_changed)
        context.editor.documentReplaced.connect(lambda _: self._update_actions())
        self._show_configured()
        self._update_actions()

    # -- building ------------------------------------------------------------------------------
    def _build_content(self) -> QWidget:
        c = self.controller
        content = QWidget(self)
        # left: the videos
        left = QWidget(content)
        heading = QLabel(self.tr("<b>Videos</b> in the DatoCMS Media Area"), left)
        self.search_edit = QLineEdit(left)
        self.search_edit.setObjectName("datocmsSearch")
        self.search_edit.setPlaceholderText(self.tr("Search file names, notes and tags"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setText(str(self.settings.value(_KEY + "query", "") or ""))
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(350)
        self._search_timer.timeout.connect(self.search)
        self.search_edit.textEdited.connect(lambda _: self._search_timer.start())
        self.search_edit.returnPressed.connect(self.search)
        self.uploads_loading = LoadingLine(self.tr("Loading videos…"), left)
        self.uploads_banner = ErrorBanner(left)
        self.uploads_banner.retry.connect(self.controller.reload)
        self.uploads_view = QTableView(left)
        self.uploads_view.setObjectName("datocmsUploads")
        self.uploads_view.setModel(c.uploads)
        prepare_table(self.uploads_view, self.settings, _KEY + "uploads_header", stretch=["filename"])
        self.uploads_view.selectionModel().currentRowChanged.connect(self._upload_chosen)
        self.uploads_empty = EmptyState(self.uploads_view)
        self.uploads_count = QLabel(left)
        self.uploads_count.setObjectName("datocmsUploadsCount")
        self.uploads_count.setStyleSheet("color: palette(mid);")
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(8, 8, 4, 8)
        left_layout.addWidget(heading)
        left_layout.addWidget(self.search_edit)
        left_layout.addWidget(self.uploads_loading)
        left_layout.addWidget(self.uploads_banner)
        left_layout.addWidget(self.uploads_view, 1)
        left_layout.addWidget(self.uploads_count)

        # right: the chosen video, its tracks and the jobs
        right = QWidget(content)
        self.upload_title = QLabel(self.tr("Choose a video"), right)
        self.upload_title.setObjectName("datocmsUploadTitle")
        self.upload_title.setStyleSheet("QLabel { font-size: 15px; font-weight: bold; }")
        self.upload_title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.upload_details = QLabel("", right)
        self.upload_details.setStyleSheet("color: palette(mid);")
        self.publish_button = QPushButton(self.tr("Publish open subtitles…"), right)
        self.publish_button.setObjectName("datocmsPublish")
        self.batch_button = QPushButton(self.tr("Publish from Dotsub…"), right)
        self.batch_button.setObjectName("datocmsBatch")
        self.generate_button = QPushButton(self.tr("Generate subtitles…"), right)
        self.generate_button.setObjectName("datocmsGenerate")
        self.delete_button = QPushButton(self.tr("Delete track…"), right)
        self.delete_button.setObjectName("datocmsDelete")
        self.refresh_button = QPushButton(self.tr("Refresh"), right)
        self.publish_button.clicked.connect(self.open_publish_dialog)
        self.batch_button.clicked.connect(self.open_batch_dialog)
        self.generate_button.clicked.connect(self.open_generate_dialog)
        self.delete_button.clicked.connect(self.confirm_delete)
        self.refresh_button.clicked.connect(self.controller.reload_tracks)
        actions = QHBoxLayout()
        for button in (self.publish_button, self.batch_button, self.generate_button, self.delete_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.refresh_button)
        self.tracks_loading = LoadingLine(self.tr("Loading tracks…"), right)
        self.tracks_banner = ErrorBanner(right)
        self.tracks_banner.retry.connect(self.controller.reload_tracks)
        self.tracks_view = QTableView(right)
        self.tracks_view.setObjectName("datocmsTracks")
        self.tracks_view.setModel(c.tracks)
        # v2: the columns' sizing changed; widths saved before would undo it.
        prepare_table(self.tracks_view, self.settings, _KEY + "tracks_header/v2", stretch=["error"])
        self.tracks_view.setWordWrap(False)
        delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.tracks_view)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self.confirm_delete)
        self.tracks_view.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self.tracks_empty = EmptyState(self.tracks_view)
        self.jobs_label = QLabel(self.tr("<b>Jobs</b> started in this session"), right)
        self.jobs_view = QTableView(right)
        self.jobs_view.setObjectName("datocmsJobs")
        self.jobs_view.setModel(c.jobs)
        prepare_table(self.jobs_view, self.settings, _KEY + "jobs_header", stretch=["video", "detail"])
        self.jobs_view.setWordWrap(False)
        self.jobs_view.setMaximumHeight(170)
        self.clear_jobs_button = QPushButton(self.tr("Clear finished"), right)
        self.clear_jobs_button.clicked.connect(c.jobs.clear_finished)
        jobs_head = QHBoxLayout()
        jobs_head.addWidget(self.jobs_label)
        jobs_head.addStretch(1)
        jobs_head.addWidget(self.clear_jobs_button)
        self.jobs_box = QWidget(right)
        jobs_layout = QVBoxLayout(self.jobs_box)
        jobs_layout.setContentsMargins(0, 6, 0, 0)
        jobs_layout.addLayout(jobs_head)
        jobs_layout.addWidget(self.jobs_view)
        self.jobs_box.hide()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(4, 8, 8, 8)
        right_layout.addWidget(self.upload_title)
        right_layout.addWidget(self.upload_details)
        right_layout.addLayout(actions)
        right_layout.addWidget(self.tracks_loading)
        right_layout.addWidget(self.tracks_banner)
        right_layout.addWidget(self.tracks_view, 1)
        right_layout.addWidget(self.jobs_box)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, content)
        self.splitter.setObjectName("datocmsSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        keep_splitter_state(self.settings, _KEY + "splitter", self.splitter, [420, 680])
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        return content

    # -- loading -------------------------------------------------------------------------------
    def _start_loading(self) -> None:
        """Load the videos (first show, or after the settings changed)."""
        self.controller.search(self.search_edit.text())
        self.controller.load_dotsub_languages()

    def search(self) -> None:
        self._search_timer.stop()
        text = self.search_edit.text().strip()
        self.settings.setValue(_KEY + "query", text)
        if self.controller.configured():
            self._loaded = True
            self.controller.search(text)

    def _forget(self) -> None:
        self.controller.dotsub_languages = None
        self.controller.select_upload(None)
        self.controller.uploads.reset()

    def _services_changed(self) -> None:
        super()._services_changed()
        self._update_actions()

    def _uploads_loading(self, loading: bool) -> None:
        self.uploads_loading.setVisible(loading and not self.controller.uploads.rows)
        self._uploads_changed()

    def _uploads_error(self, message: str) -> None:
        self.uploads_banner.show_error(message)
        self._uploads_changed()

    def _uploads_changed(self, *_: Any) -> None:
        c = self.controller
        model = c.uploads
        if model.rows or model.loading:
            self.uploads_empty.show_message("")
        elif c.uploads_error:
            self.uploads_empty.show_message(self.tr("The videos could not be loaded (see the message above)."))
        elif model.total == 0:
            self.uploads_empty.show_message(
                self.tr("No video matches “{query}”. Try part of a file name or a tag.").format(query=c.query)
                if c.query else self.tr("The Media Area has no videos yet. Upload one in DatoCMS, then Refresh."))
        else:
            self.uploads_empty.show_message("")
        if model.total is None:
            self.uploads_count.setText("")
        elif model.exhausted:
            self.uploads_count.setText(self.tr("%n video(s)", "", model.total))
        else:
            self.uploads_count.setText(self.tr("Showing {shown} of %n video(s); scroll for more", "",
                                               model.total).format(shown=len(model.rows)))
        if self.uploads_view.selectionModel().currentIndex().row() < 0 and model.rows:
            self._reselect_upload()

    def _reselect_upload(self) -> None:
        wanted = self.settings.value(_KEY + "upload")
        rows = self.controller.uploads.rows
        select_row(self.uploads_view, next((i for i, u in enumerate(rows) if u.id == wanted), 0))

    def select_upload(self, upload_id: str) -> bool:
        for row, upload in enumerate(self.controller.uploads.rows):
            if upload.id == upload_id:
                select_row(self.uploads_view, row)
                return True
        return False

    def _upload_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        upload: Upload | None = current.data(RecordRole) if current.isValid() else None
        if upload is not None:
            self.settings.setValue(_KEY + "upload", upload.id)
        self.controller.select_upload(upload)
        self._show_upload(upload)

    def _show_upload(self, upload: Upload | None) -> None:
        if upload is None:
            self.upload_title.setText(self.tr("Choose a video"))
            self.upload_details.setText("")
        else:
            self.upload_title.setText(upload.filename)
            bits = []
            if upload.width and upload.height:
                bits.append(f"{upload.width}×{upload.height}")
            if upload.duration:
                bits.append(duration_text(upload.duration))
            if upload.frame_rate:
                bits.append(self.tr("{rate} fps").format(rate=upload.frame_rate))
            if upload.size:
                bits.append(size_text(upload.size))
            notes = upload.attributes.get("notes")
            if notes:
                bits.append(str(notes))
            self.upload_details.setText(" · ".join(bits))
        self._tracks_changed()
        self._update_actions()

    def _tracks_loading(self, loading: bool) -> None:
        self.tracks_loading.setVisible(loading)
        self._tracks_changed()

    def _tracks_error(self, message: str) -> None:
        self.tracks_banner.show_error(message)
        self._tracks_changed()

    def _tracks_changed(self, *_: Any) -> None:
        c = self.controller
        if c.current_upload is None:
            self.tracks_empty.show_message(self.tr("Choose a video on the left to see its subtitle and audio tracks."))
        elif c.tracks.rows or c.tracks_loading or c.tracks_error:
            self.tracks_empty.show_message("")
        else:
            self.tracks_empty.show_message(self.tr(
                "This video has no tracks yet.\nPublish the subtitles open in the editor, publish a "
                "Dotsub media's languages, or generate subtitles from the audio."))
        self._update_actions()

    # -- actions -------------------------------------------------------------------------------
    def selected_track(self) -> Track | None:
        rows = self.tracks_view.selectionModel().selectedRows()
        return self.controller.tracks.record(rows[0].row()) if rows else None

    def _update_actions(self) -> None:
        c = self.controller
        has_upload = c.current_upload is not None
        has_document = self.context.editor.document is not None
        self.publish_button.setEnabled(has_upload and has_document)
        self.publish_button.setToolTip(
            self.tr("Publish the subtitles open in the editor as a WebVTT track of this video") if has_document
            else self.tr("Open subtitles in the editor first"))
        dotsub = c.dotsub_configured()
        self.batch_button.setEnabled(has_upload and dotsub)
        self.batch_button.setToolTip(self.tr("Publish every finished language of a Dotsub media as tracks")
                                     if dotsub else self.tr("Set up Dotsub in Settings to publish its languages"))
        self.generate_button.setEnabled(has_upload)
        self.generate_button.setToolTip(self.tr("Have DatoCMS transcribe the video's audio into a subtitles track"))
        self.delete_button.setEnabled(has_upload and self.selected_track() is not None)
        self.refresh_button.setEnabled(has_upload)

    def _dotsub_languages(self, languages: list[dict[str, Any]]) -> None:
        for dialog in (self.publish_dialog, self.generate_dialog):
            if dialog is not None:
                dialog.set_languages(languages)
        if self.batch_dialog is not None:
            self.batch_dialog.set_language_names(languages)

    def open_publish_dialog(self) -> PublishDialog | None:
        upload = self.controller.current_upload
        document = self.context.editor.document
        if upload is None or document is None:
            return None
        name = self.context.editor.display_name or self.tr("Untitled")
        session = self.context.workspace.session if self.context.workspace is not None else None
        dialog = PublishDialog(upload, name, len(document.cues), [], self,
                               language=str(self.settings.value(_KEY + "language", "") or ""),
                               closed_captions=_bool(self.settings.value(_KEY + "sdh", False)),
                               document_language=session.language_id if session is not None else None)
        if self.controller.dotsub_languages:
            dialog.set_languages(self.controller.dotsub_languages)
        else:
            self.controller.load_dotsub_languages()

        def accepted() -> None:
            choice = dialog.choice()
            self.settings.setValue(_KEY + "language", choice.language_code)
            self.settings.setValue(_KEY + "sdh", choice.closed_captions)
            self.controller.publish_document(upload, choice)

        dialog.accepted.connect(accepted)
        dialog.finished.connect(lambda _: setattr(self, "publish_dialog", None))
        self.controller.conversion_notes(
            lambda notes: dialog.set_notes(notes) if self.publish_dialog is dialog else None)
        self.publish_dialog = dialog
        dialog.open()
        return dialog

    def open_generate_dialog(self) -> GenerateDialog | None:
        upload = self.controller.current_upload
        if upload is None:
            return None
        dialog = GenerateDialog(upload, self,
                                language=str(self.settings.value(_KEY + "generate_language", "") or ""))
        if self.controller.dotsub_languages:
            dialog.set_languages(self.controller.dotsub_languages)

        def accepted() -> None:
            choice = dialog.choice()
            self.settings.setValue(_KEY + "generate_language", choice.language_code)
            self.controller.generate(upload, choice)

        dialog.accepted.connect(accepted)
        dialog.finished.connect(lambda _: setattr(self, "generate_dialog", None))
        self.generate_dialog = dialog
        dialog.open()
        return dialog

    def open_batch_dialog(self) -> BatchPublishDialog | None:
        upload = self.controller.current_upload
        if upload is None:
            return None
        dialog = BatchPublishDialog(upload, self)
        if self.controller.dotsub_languages:
            dialog.set_language_names(self.controller.dotsub_languages)
        else:
            self.controller.load_dotsub_languages()

        def search(title: str) -> None:
            dialog.set_loading()
            self.controller.search_dotsub_media(title, dialog.show_media, dialog.set_error)

        dialog.searchRequested.connect(search)
        dialog.accepted.connect(lambda: self.controller.publish_batch(upload, dialog.choice()))
        dialog.finished.connect(lambda _: setattr(self, "batch_dialog", None))
        self.batch_dialog = dialog
        dialog.open()
        search("")
        return dialog

    def confirm_delete(self) -> QMessageBox | None:
        upload, track = self.controller.current_upload, self.selected_track()
        if upload is None or track is None:
            return None
        label = track.name or language_label(track.language_code)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Delete track"),
                          self.tr("Delete the {type} track “{track}” ({code}) from {video}?\n\nViewers lose it at "
                                  "once; this cannot be undone.").format(type=track_type(track.type), track=label,
                                                                         code=track.language_code,
                                                                         video=upload.filename),
                          QMessageBox.StandardButton.Cancel, self)
        delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setObjectName("datocmsDeleteBox")

        def finished(_: int) -> None:
            self.delete_box = None
            if box.clickedButton() is delete:
                self.controller.delete_track(upload, track)

        box.finished.connect(finished)
        self.delete_box = box
        box.open()
        return box

    def _job_started(self, entry: Any) -> None:
        self.jobs_box.show()
        self.jobs_view.scrollToBottom()

    def _job_finished(self, entry: Any) -> None:
        if entry.message:
            text = self.tr("DatoCMS: {job} on {video}: {status} — {message}").format(
                job=entry.what, video=entry.upload_name, status=entry.state.label, message=entry.message)
        else:
            text = self.tr("DatoCMS: {job} on {video}: {status}").format(
                job=entry.what, video=entry.upload_name, status=entry.state.label)
        self.context.window.show_message(text)


def _bool(value: Any) -> bool:
    return value in (True, "true", "True", "1", 1)
