"""The Dotsub media browser: a lazily paged table with thumbnails, the documented list filters
(title, project, language, tag), sorting by any documented key from the header, and a detail
pane (languages and which have finished subtitles, upload and encoding state, description,
notes, project and workflow) from which one language opens in the editor.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (QComboBox, QFormLayout, QFrame, QHBoxLayout, QHeaderView, QLabel, QProgressBar,
                               QPushButton, QScrollArea, QSplitter, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
                               QWidget)

from subtitle_desk.core.services.dotsub import SUBTITLE_FORMATS
from subtitle_desk.core.services.errors import ServiceError
from subtitle_desk.ui.desk.widgets import show_cut_text
from subtitle_desk.ui.preferences import follow_download_format
from subtitle_desk.ui.runner import ReportedError
from subtitle_desk.ui.words import UPLOAD_STATUS_WORDS, enum_words, sentence, upload_status

from .common import local_time_text
from .list_page import ListPage, ListWords, text_filter
from .opener import SubtitleOpener
from .paging import PagedTableModel, RecordRole
from .thumbnails import ThumbnailLoader

if TYPE_CHECKING:
    from subtitle_desk.ui.desk.context import DeskContext

__all__ = ["MediaModel", "MediaPage", "MediaDetail", "media_state_text"]

#: Thumbnails in the table's rows.
THUMBNAIL_SIZE = QSize(64, 36)
ANY = ""


def media_state_text(media: dict[str, Any]) -> str:
    """Upload and encoding state in a few words: "Ready", "Uploading 45 %", "Upload failed" ..."""
    return _media_state(media)[1]


def _media_state(media: dict[str, Any]) -> tuple[str, str]:
    """("failed" | "ready" | "busy", the state in words): the level colours the table's cell."""
    upload = media.get("uploadDetail") or {}
    encoded = media.get("encodedMedia") or {}
    status = str(upload.get("status") or "")
    translate = QCoreApplication.translate
    if encoded.get("error"):
        return "failed", translate("MediaModel", "Encoding failed: {error}").format(error=encoded["error"])
    if status == "ERROR":
        return "failed", translate("MediaModel", "Upload failed")
    if status == "UPLOADING":
        return "busy", translate("MediaModel", "Uploading {percent} %").format(percent=upload.get("percentage") or 0)
    if status == "IN_QUEUE":
        return "busy", translate("MediaModel", "Waiting for upload")
    if encoded.get("mp4Url"):
        return "ready", translate("MediaModel", "Ready")
    if status in ("UPLOADED", "COMPLETE"):
        return "busy", translate("MediaModel", "Encoding")
    # Another status: its words (the level is read off the English words).
    english = sentence(UPLOAD_STATUS_WORDS.get(status, enum_words(status))) or "Unknown"
    level = "failed" if "failed" in english else "ready" if english == "Ready" else "busy"
    return level, sentence(upload_status(status)) or translate("MediaModel", "Unknown")


def _length_text(ms: Any) -> str:
    try:
        total = int(ms) // 1000
    except (TypeError, ValueError):
        return ""
    hours, rest = divmod(total, 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes}:{seconds:02d}"


class MediaModel(PagedTableModel):
    COLUMNS = (("title", QT_TRANSLATE_NOOP("MediaModel", "Title")), ("mediaId", QT_TRANSLATE_NOOP("MediaModel", "ID")),
               ("projectName", QT_TRANSLATE_NOOP("MediaModel", "Project")),
               ("language", QT_TRANSLATE_NOOP("MediaModel", "Language")),
               ("subtitled", QT_TRANSLATE_NOOP("MediaModel", "Subtitled")),
               ("state", QT_TRANSLATE_NOOP("MediaModel", "Upload / encoding")),
               ("length", QT_TRANSLATE_NOOP("MediaModel", "Length")),
               ("createdDate", QT_TRANSLATE_NOOP("MediaModel", "Created")),
               ("organizationName", QT_TRANSLATE_NOOP("MediaModel", "Organization")))
    SORT_KEYS = {"mediaId": "mediaId", "title": "title", "projectName": "projectName",
                 "organizationName": "organizationName", "createdDate": "createdDate"}
    ASCENDING_BY_DEFAULT = True
    CACHE_DISPLAY = True
    ANSWERED_ROLES = frozenset({Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.ToolTipRole})

    def __init__(self, context: DeskContext, thumbnails: ThumbnailLoader, **kwargs: Any) -> None:
        super().__init__(context, "dotsub-media-list", **kwargs)
        self.thumbnails = thumbnails
        self._rows_by_url: dict[str, set[int]] = {}
        self._title_column = self.column_of("title")
        self._empty_thumbnail: QPixmap | None = None
        thumbnails.ready.connect(self._thumbnail_ready)
        self.modelReset.connect(self._rows_by_url.clear)
        self.modelReset.connect(thumbnails.clear_queue)

    def load_title(self) -> str:
        return self.tr("Loading Dotsub media")

    async def fetch_page(self, client: Any, page_index: int, page_size: int) -> Any:
        f = self.filters
        return await client.list_media(title=f.get("title"), project_name=f.get("project"),
                                       language=f.get("language"), tag=f.get("tag"), sort=self.sort_param(),
                                       page_index=page_index, page_size=page_size)

    def display(self, record: dict[str, Any], column: str) -> Any:
        if column == "language":
            return (record.get("language") or {}).get("name", "")
        if column == "subtitled":
            return ", ".join(record.get("subtitledLanguageIds") or [])
        if column == "state":
            return media_state_text(record)
        if column == "length":
            return _length_text((record.get("metadata") or {}).get("length"))
        if column == "createdDate":
            return local_time_text(record.get("createdDate"))
        return record.get(column)

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.DecorationRole and index.isValid() and index.column() == self._title_column
                and index.row() < len(self.rows)):
            url = (self.rows[index.row()].get("encodedMedia") or {}).get("thumbnailUrl")
            if not url:
                return self._placeholder()
            pixmap = self.thumbnails.pixmap(url, THUMBNAIL_SIZE)
            if pixmap is None and not self.thumbnails.failed(url):
                self._rows_by_url.setdefault(url, set()).add(index.row())
            return pixmap if pixmap is not None else self._placeholder()
        return super().data(index, role)

    def _placeholder(self) -> QPixmap:
        """A neutral frame while a thumbnail loads, or for media without one, so titles align."""
        if self._empty_thumbnail is None:
            self._empty_thumbnail = QPixmap(THUMBNAIL_SIZE)
            self._empty_thumbnail.fill(QColor("#d9d9d9"))
        return self._empty_thumbnail

    def role_data(self, record: dict[str, Any], column: str, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and column == "state":
            level = _media_state(record)[0]
            if level == "failed":
                return QBrush(QColor("#b3261e"))
            if level != "ready":
                return QBrush(QColor("#8a6100"))
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == "title":
                return record.get("description") or record.get("title")
            if column == "state":
                upload = record.get("uploadDetail") or {}
                return upload.get("errorMessage") or media_state_text(record)
        return None

    def _thumbnail_ready(self, url: str) -> None:
        column = self.column_of("title")
        for row in sorted(self._rows_by_url.pop(url, ())):
            if row < len(self.rows):
                index = self.index(row, column)
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])


class MediaDetail(QScrollArea):
    """Everything about the selected media, and the actions on one of its languages."""

    def __init__(self, page: "MediaPage") -> None:
        super().__init__(page)
        self.page = page
        self.setObjectName("mediaDetail")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.media: dict[str, Any] | None = None
        body = QWidget(self)
        self.thumbnail = QLabel(body)
        self.thumbnail.setFixedSize(QSize(160, 90))
        self.thumbnail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thumbnail.setStyleSheet("background: palette(dark); border-radius: 4px;")
        self.title = QLabel(body)
        self.title.setObjectName("mediaTitle")
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-size: 15px; font-weight: 600;")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fields: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for key, label in (("mediaId", self.tr("Media ID:")), ("externalId", self.tr("External ID:")),
                           ("project", self.tr("Project:")), ("workflow", self.tr("Workflow:")),
                           ("organization", self.tr("Organization:")), ("created", self.tr("Created:")),
                           ("file", self.tr("File:")), ("length", self.tr("Length:")), ("upload", self.tr("Upload:")),
                           ("encoding", self.tr("Encoding:")), ("tags", self.tr("Tags:"))):
            value = QLabel(body)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fields[key] = value
            form.addRow(label, value)
            if key == "upload":
                self.upload_bar = QProgressBar(body)
                self.upload_bar.setRange(0, 100)
                self.upload_bar.setMaximumHeight(14)
                form.addRow("", self.upload_bar)
        self.description = QLabel(body)
        self.description.setObjectName("mediaDescription")
        self.description.setWordWrap(True)
        self.description.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notes = QLabel(body)
        self.notes.setObjectName("mediaNotes")
        self.notes.setWordWrap(True)
        self.notes.setTextFormat(Qt.TextFormat.MarkdownText)
        self.notes.setOpenExternalLinks(True)
        self.languages = QTreeWidget(body)
        self.languages.setObjectName("mediaLanguages")
        self.languages.setHeaderLabels([self.tr("Language"), self.tr("Role"), self.tr("Subtitles")])
        self.languages.setRootIsDecorated(False)
        self.languages.setUniformRowHeights(True)
        self.languages.setMinimumHeight(120)
        languages_header = self.languages.header()
        languages_header.setStretchLastSection(False)
        languages_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            languages_header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        show_cut_text(self.languages)
        self.languages.setMaximumHeight(180)
        self.languages.itemActivated.connect(lambda *_: self.open_selected())
        self.languages.currentItemChanged.connect(lambda *_: self._update_actions())
        self.format = QComboBox(body)
        self.format.setObjectName("mediaFormat")
        self.format.addItems(list(SUBTITLE_FORMATS))
        self.format.setCurrentText("SRT")
        self.format.setToolTip(self.tr("The subtitle format to download from Dotsub"))
        self.open_button = QPushButton(self.tr("Open in editor"), body)
        self.open_button.setObjectName("mediaOpen")
        self.open_button.setToolTip(self.tr("Download the selected language's subtitles and open them (Enter)"))
        self.open_button.clicked.connect(self.open_selected)
        self.refresh_button = QPushButton(self.tr("Refresh"), body)
        self.refresh_button.setObjectName("mediaRefresh")
        self.refresh_button.setToolTip(self.tr("Read this media from Dotsub again"))
        self.refresh_button.clicked.connect(self.page.refresh_selected)
        self.tasks_button = QPushButton(self.tr("Tasks"), body)
        self.tasks_button.setObjectName("mediaTasks")
        self.tasks_button.setToolTip(self.tr("Show every task of this media in the tasks view"))
        self.tasks_button.clicked.connect(lambda: self.page.show_tasks_of(self.media))
        # Two short rows, so the pane's narrowest width still shows every button whole: the
        # format and Open in editor (what the languages are for), then the media's own actions.
        self.open_button.setDefault(True)
        open_row = QHBoxLayout()
        open_row.addWidget(QLabel(self.tr("Format:"), body))
        open_row.addWidget(self.format)
        open_row.addStretch(1)
        open_row.addWidget(self.open_button)
        media_row = QHBoxLayout()
        media_row.addStretch(1)
        media_row.addWidget(self.tasks_button)
        media_row.addWidget(self.refresh_button)
        actions = QVBoxLayout()
        actions.addLayout(open_row)
        actions.addLayout(media_row)
        self.placeholder = QLabel(self.tr("Select a media to see its languages, upload state and notes."), body)
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setStyleSheet("color: palette(mid); padding: 24px;")
        self.content = QWidget(body)
        inner = QVBoxLayout(self.content)
        inner.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.thumbnail, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.title, 1, Qt.AlignmentFlag.AlignTop)
        inner.addLayout(top)
        # What a subtitler opens first: the languages and the action on them.
        inner.addWidget(_section(self.tr("Languages"), body))
        inner.addWidget(self.languages)
        inner.addLayout(actions)
        inner.addWidget(_section(self.tr("Details"), body))
        inner.addLayout(form)
        inner.addWidget(_section(self.tr("Description"), body))
        inner.addWidget(self.description)
        inner.addWidget(_section(self.tr("Notes"), body))
        inner.addWidget(self.notes)
        inner.addStretch(1)
        layout = QVBoxLayout(body)
        layout.addWidget(self.placeholder)
        layout.addWidget(self.content, 1)
        self.setWidget(body)
        # Never narrower than the buttons need: the splitter stops there instead of cutting them.
        margins = layout.contentsMargins()
        scrollbar = self.style().pixelMetric(self.style().PixelMetric.PM_ScrollBarExtent)
        self.setMinimumWidth(self.content.minimumSizeHint().width() + margins.left() + margins.right()
                             + scrollbar + 2 * self.frameWidth())
        self.show_media(None)

    def show_media(self, media: dict[str, Any] | None) -> None:
        self.media = media
        self.placeholder.setVisible(media is None)
        self.content.setVisible(media is not None)
        if media is None:
            return
        upload = media.get("uploadDetail") or {}
        encoded = media.get("encodedMedia") or {}
        meta = media.get("metadata") or {}
        self.title.setText(str(media.get("title") or ""))
        values = {
            "mediaId": media.get("mediaId"), "externalId": media.get("externalId") or "—",
            "project": media.get("projectName"), "workflow": media.get("workflowName") or "—",
            "organization": media.get("organizationName"), "created": local_time_text(media.get("createdDate")),
            "file": media.get("fileName"),
            "length": _length_text(meta.get("length")) or "—",
            "upload": _upload_text(upload, encoded), "encoding": _encoding_text(encoded),
            "tags": ", ".join(t.get("name", "") for t in media.get("tags") or []) or "—",
        }
        for key, value in values.items():
            self.fields[key].setText("" if value is None else str(value))
        percentage = int(upload.get("percentage") or 0)
        self.upload_bar.setValue(percentage)
        self.upload_bar.setVisible(upload.get("status") in ("UPLOADING", "IN_QUEUE", "ERROR"))
        self.tasks_button.setEnabled(bool(media.get("hasTasks")))
        self.description.setText(str(media.get("description") or self.tr("No description.")))
        self.notes.setText(str(media.get("notes") or self.tr("No notes.")))
        self._fill_languages(media)
        self._refresh_thumbnail()

    def _refresh_thumbnail(self) -> None:
        url = ((self.media or {}).get("encodedMedia") or {}).get("thumbnailUrl")
        pixmap = self.page.thumbnails.pixmap(url) if url else None
        if pixmap is not None:
            self.thumbnail.setPixmap(pixmap.scaled(self.thumbnail.size(), Qt.AspectRatioMode.KeepAspectRatio,
                                                   Qt.TransformationMode.SmoothTransformation))
        else:
            self.thumbnail.setPixmap(QPixmap())
            self.thumbnail.setText(self.tr("No thumbnail") if not url or self.page.thumbnails.failed(url)
                                   else self.tr("Loading…"))

    def thumbnail_ready(self, url: str) -> None:
        if url == ((self.media or {}).get("encodedMedia") or {}).get("thumbnailUrl"):
            self._refresh_thumbnail()

    def _fill_languages(self, media: dict[str, Any]) -> None:
        self.languages.clear()
        done = set(media.get("subtitledLanguageIds") or [])
        roles: dict[str, tuple[str, list[str]]] = {}
        source = media.get("language") or {}
        if source.get("id"):
            roles[source["id"]] = (source.get("name") or source["id"], [self.tr("Source")])
        for key, role in (("translationLanguages", self.tr("Translation")), ("reviewLanguages", self.tr("Review"))):
            for language in media.get(key) or []:
                name, found = roles.setdefault(language["id"], (language.get("name") or language["id"], []))
                found.append(role)
        for language_id in sorted(done - set(roles)):
            roles[language_id] = (language_id, [])
        for language_id, (name, found) in roles.items():
            state = self.tr("Complete") if language_id in done else self.tr("Not finished")
            item = QTreeWidgetItem([name, ", ".join(found) or "—", state])
            item.setData(0, Qt.ItemDataRole.UserRole, language_id)
            item.setToolTip(0, language_id)
            if language_id in done:
                item.setForeground(2, QBrush(QColor("#1e7b34")))
            self.languages.addTopLevelItem(item)
        first_done = next((i for i in range(self.languages.topLevelItemCount())
                           if self.languages.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole) in done), 0)
        if self.languages.topLevelItemCount():
            self.languages.setCurrentItem(self.languages.topLevelItem(first_done))
        self._update_actions()

    def selected_language(self) -> str | None:
        item = self.languages.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None

    def select_language(self, language_id: str) -> None:
        for i in range(self.languages.topLevelItemCount()):
            item = self.languages.topLevelItem(i)
            if item.data(0, Qt.ItemDataRole.UserRole) == language_id:
                self.languages.setCurrentItem(item)
                return
        raise KeyError(language_id)

    def _update_actions(self) -> None:
        self.open_button.setEnabled(self.media is not None and self.selected_language() is not None)

    def open_selected(self) -> None:
        language_id = self.selected_language()
        if self.media is None or language_id is None:
            return
        self.page.open_language(self.media, language_id, self.format.currentText())


def _section(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setStyleSheet("font-weight: 600; margin-top: 8px;")
    return label


def _upload_text(upload: dict[str, Any], encoded: dict[str, Any]) -> str:
    status = str(upload.get("status") or "")
    if not status:
        return "—"
    # Once the video is encoded, "Dotsub is encoding it" is past.
    translate = QCoreApplication.translate
    text = (translate("MediaDetail", "Uploaded") if status == "UPLOADED" and encoded.get("mp4Url")
            else sentence(upload_status(status)))
    if status in ("UPLOADING", "ERROR") and upload.get("percentage") is not None:
        text = translate("MediaDetail", "{status} at {percent} %").format(status=text, percent=upload["percentage"])
    if upload.get("origin"):
        origin = str(upload["origin"])
        origin = translate("MediaDetail", _ORIGINS[origin]) if origin in _ORIGINS else enum_words(upload["origin"])
        text = translate("MediaDetail", "{status} (from {origin})").format(status=text, origin=origin)
    if upload.get("errorMessage"):
        text = translate("MediaDetail", "{status}: {error}").format(status=text, error=upload["errorMessage"])
    return text


_ORIGINS = {"DISK": QT_TRANSLATE_NOOP("MediaDetail", "a file"), "URL": QT_TRANSLATE_NOOP("MediaDetail", "a URL")}


def _encoding_text(encoded: dict[str, Any]) -> str:
    translate = QCoreApplication.translate
    if encoded.get("error"):
        return translate("MediaDetail", "Failed: {error}").format(error=encoded["error"])
    if encoded.get("mp4Url"):
        return (translate("MediaDetail", "Encoded (MP4, HD)") if encoded.get("mp4HdUrl")
                else translate("MediaDetail", "Encoded (MP4)"))
    return translate("MediaDetail", "Not encoded yet")


class MediaPage(ListPage):
    """Filters, the media table and the detail pane. Loads when first shown."""

    SETTINGS = "dotsub/media"
    CHOICES_TASK = "dotsub-media-choices"

    def __init__(self, context: DeskContext, opener: SubtitleOpener, thumbnails: ThumbnailLoader,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, opener, parent)
        self.setObjectName("dotsubMediaPage")
        self.thumbnails = thumbnails
        self.model = MediaModel(context, thumbnails, parent=self)
        #: Set by ``install``: show the tasks view filtered to one media (media id).
        self.show_media_tasks: Any = None

        # -- filters
        self.title_filter = text_filter(self, "mediaTitleFilter", self.tr("Search titles (Ctrl+F)"))
        self.project_filter = _choice(self, "mediaProjectFilter", self.tr("All projects"))
        self.language_filter = _choice(self, "mediaLanguageFilter", self.tr("All languages"))
        self.tag_filter = _choice(self, "mediaTagFilter", self.tr("All tags"))
        self.clear_button = QPushButton(self.tr("Clear filters"), self)
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.refresh_button.setObjectName("mediaListRefresh")
        self.refresh_button.setToolTip(self.tr("Load the media list again (F5)"))
        self.count_label = QLabel(self)
        self.count_label.setObjectName("mediaCount")
        filters = QHBoxLayout()
        filters.addWidget(self.title_filter, 2)
        filters.addWidget(self.project_filter, 1)
        filters.addWidget(self.language_filter, 1)
        filters.addWidget(self.tag_filter, 1)
        filters.addWidget(self.clear_button)
        filters.addWidget(self.refresh_button)
        self._filter_while_typing(self.title_filter)
        for combo in (self.project_filter, self.language_filter, self.tag_filter):
            combo.activated.connect(lambda *_: self.apply_filters())
            combo.lineEdit().returnPressed.connect(self.apply_filters)
        self.clear_button.clicked.connect(self.clear_filters)
        self.refresh_button.clicked.connect(self.reload)

        # -- table: the title takes the room; the rest fit. The organization (one for most users)
        # and the creation date (in the detail pane) wait in the header's menu. A new key: widths
        # saved before came from fixed guesses.
        self._build_table("mediaTable", row_height=42, stretch=["title"],
                          hidden=["createdDate", "organizationName"], max_fit=220, min_stretch=280)
        self.table.setAlternatingRowColors(True)
        self.table.setIconSize(THUMBNAIL_SIZE)
        # The busy line comes and goes with every page: keeping its room means the table is not
        # resized, laid out and repainted in full each time (that cost the UI thread ~30 ms a page).
        policy = self.loading.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.loading.setSizePolicy(policy)

        self.detail = MediaDetail(self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mediaSplitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([900, 380])

        heading = QLabel(self.tr("Dotsub media"), self)
        heading.setStyleSheet("font-size: 16px; font-weight: 600;")
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.banner)
        layout.addWidget(self.loading)
        layout.addWidget(self.splitter, 1)

        # -- wiring
        self._connect_list(self.tr("Find media by title"), self.tr("Load the media list again"))
        self.model.modelReset.connect(lambda: self.detail.show_media(None))
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        thumbnails.ready.connect(self.detail.thumbnail_ready)
        self.table.activated.connect(lambda *_: self._focus_languages())
        QShortcut(QKeySequence("Ctrl+O"), self, activated=self.detail.open_selected,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut).setWhatsThis(
            self.tr("Open the selected language in the editor"))
        self._restore()
        self.splitter.splitterMoved.connect(
            lambda *_: self.settings.setValue(f"{self.SETTINGS}/splitter", self.splitter.saveState()))
        follow_download_format(context.window.preferences, self.detail.format)
        self._update_state()

    # -- filters ---------------------------------------------------------------------------------
    def current_filters(self) -> dict[str, str]:
        return {"title": self.title_filter.text().strip(), "project": _choice_text(self.project_filter),
                "language": _choice_text(self.language_filter), "tag": _choice_text(self.tag_filter)}

    def clear_filters_quietly(self) -> None:
        self.title_filter.blockSignals(True)
        self.title_filter.clear()
        self.title_filter.blockSignals(False)
        for combo in (self.project_filter, self.language_filter, self.tag_filter):
            combo.setCurrentIndex(0)
            combo.setEditText("")

    def _choices_loaded(self) -> bool:
        return self.project_filter.count() > 1

    async def _fetch_choices(self, client: Any) -> tuple[list[Any], list[Any]]:
        """Project names, tags and organization languages for the filter lists."""
        projects = [project async for project in client.iter_projects(page_size=100)]
        return projects, await client.list_organization_languages()

    def _show_choices(self, choices: tuple[list[Any], list[Any]]) -> None:
        projects, languages = choices
        _fill(self.project_filter, sorted({str(p.get("name")) for p in projects if p.get("name")}))
        _fill(self.tag_filter, sorted({str(t.get("name")) for p in projects for t in p.get("tags") or []}))
        _fill(self.language_filter, sorted({str(x.get("name")) for x in languages if x.get("name")}))

    def _forget_choices(self) -> None:
        self.project_filter.clear()
        self.project_filter.addItem(self.tr("All projects"), ANY)

    # -- state -----------------------------------------------------------------------------------
    def list_words(self) -> ListWords:
        return ListWords(
            loading=self.tr("Loading media…"), loading_more=self.tr("Loading more media…"),
            failed=self.tr("The media list could not be loaded: {error}"),
            failed_empty=self.tr("The media list could not be loaded. See the message above; Retry when the "
                                 "problem is fixed."),
            loading_empty=self.tr("Loading media from Dotsub…"),
            nothing_found=(self.tr("No media match these filters.\nChange the title or project, or choose Clear "
                                   "filters.") if any(self.model.filters.values())
                           else self.tr("This Dotsub organization has no media yet.\nUpload a video to Dotsub to "
                                        "see it here.")))

    def _count_text(self, shown: int, total: int) -> str:
        return (self.tr("%n media", "", total) if shown >= total
                else self.tr("{shown} of %n media shown", "", total).format(shown=shown))

    def _current_changed(self, current: Any, previous: Any) -> None:
        self.detail.show_media(current.data(RecordRole) if current.isValid() else None)

    def selected_media(self) -> dict[str, Any] | None:
        return self.detail.media

    def refresh_selected(self) -> None:
        media = self.detail.media
        if media is None:
            return
        media_id = str(media["mediaId"])

        async def refresh() -> None:
            try:
                fresh = await self.context.services.dotsub.get_media(media_id)
            except ServiceError as exc:
                self.banner.show_error(str(exc), retry=False)
                raise ReportedError(str(exc)) from exc
            self.model.replace_record(lambda m: str(m.get("mediaId")) == media_id, fresh)
            if self.detail.media is not None and str(self.detail.media.get("mediaId")) == media_id:
                self.detail.show_media(fresh)

        self.context.runner.run("dotsub-media-refresh", refresh(), title=self.tr("Refreshing media {media}").format(media=media_id))

    def show_tasks_of(self, media: dict[str, Any] | None) -> None:
        if media is not None and self.show_media_tasks is not None:
            self.show_media_tasks(str(media["mediaId"]))

    def open_language(self, media: dict[str, Any], language_id: str, fmt: str) -> Any:
        self.banner.hide()
        return self.opener.open_language(media, language_id, fmt)

    def _focus_languages(self) -> None:
        if self.detail.languages.topLevelItemCount():
            self.detail.languages.setFocus()

    # -- remembered state ------------------------------------------------------------------------
    def _restore(self) -> None:
        super()._restore()
        splitter = self.settings.value(f"{self.SETTINGS}/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)

    def _restore_filters(self, saved: dict[str, Any]) -> None:
        self.title_filter.blockSignals(True)
        self.title_filter.setText(str(saved.get("title") or ""))
        self.title_filter.blockSignals(False)
        for combo, key in ((self.project_filter, "project"), (self.language_filter, "language"),
                           (self.tag_filter, "tag")):
            if saved.get(key):
                combo.setEditText(str(saved[key]))


def _choice(parent: QWidget, name: str, placeholder: str) -> QComboBox:
    combo = QComboBox(parent)
    combo.setObjectName(name)
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.addItem(placeholder, ANY)
    combo.lineEdit().setPlaceholderText(placeholder)
    combo.setMinimumWidth(140)
    return combo


def _choice_text(combo: QComboBox) -> str:
    text = combo.currentText().strip()
    return "" if text == combo.itemText(0) else text


def _fill(combo: QComboBox, names: list[str]) -> None:
    text = combo.currentText()
    combo.blockSignals(True)
    while combo.count() > 1:
        combo.removeItem(1)
    combo.addItems(names)
    combo.setEditText("" if text == combo.itemText(0) else text)
    combo.blockSignals(False)
