"""The DatoCMS page's dialogs: publish the open subtitles, publish a Dotsub media's finished
languages, and generate subtitles from a video's audio. They only collect choices; the page
controller does the work (and, for the Dotsub media search, answers ``searchRequested``)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QDialog, QDialogButtonBox, QFormLayout,
                               QHBoxLayout, QHeaderView, QLabel, QLineEdit, QListWidget, QListWidgetItem,
                               QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from subtitle_desk.core.services.datocms import Upload
from subtitle_desk.ui.theme import css_color

from .languages import LanguagePicker

__all__ = ["PublishDialog", "PublishChoice", "GenerateDialog", "BatchPublishDialog", "BatchChoice"]


@dataclass(frozen=True)
class PublishChoice:
    language_code: str
    name: str
    closed_captions: bool


@dataclass(frozen=True)
class BatchChoice:
    media: dict[str, Any]
    language_ids: list[str]
    #: language id -> track name
    names: dict[str, str]


class _TrackForm(QDialog):
    """Language (Dotsub's list or a typed BCP 47 code) and track name; OK only when valid.

    Its texts are in the "TrackForm" context (self.tr here would be the subclass's)."""

    def __init__(self, title: str, parent: QWidget | None, *, language: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(480)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.language = LanguagePicker(self, initial=language)
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("trackName")
        self.name_edit.setPlaceholderText(QCoreApplication.translate("TrackForm", "Shown in the player's subtitle menu"))
        self._name_typed = False
        self.name_edit.textEdited.connect(lambda _: setattr(self, "_name_typed", True))
        self.form = QFormLayout()
        self.form.addRow(QCoreApplication.translate("TrackForm", "Language:"), self.language)
        self.form.addRow(QCoreApplication.translate("TrackForm", "Track name:"), self.name_edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        self.extra = QVBoxLayout()
        layout.addLayout(self.extra)
        layout.addWidget(self.buttons)
        self.language.changed.connect(self._language_changed)
        self._language_changed(self.language.code())

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def _language_changed(self, code: str) -> None:
        if code and not self._name_typed:
            self.name_edit.setText(self.language.display_name(code))
        self.ok_button.setEnabled(bool(code))

    def set_languages(self, languages: list[dict[str, Any]]) -> None:
        self.language.set_languages(languages)


class PublishDialog(_TrackForm):
    """``document_language``: the language of the subtitles being published (the editor's
    session says it); the dialog starts with it, else with ``language`` (the last one chosen)."""

    def __init__(self, upload: Upload, subtitles_name: str, cue_count: int, notes: list[str],
                 parent: QWidget | None = None, *, language: str = "", closed_captions: bool = False,
                 document_language: str | None = None) -> None:
        super().__init__(QCoreApplication.translate("PublishDialog", "Publish subtitles to DatoCMS"), parent,
                         language=document_language or language)
        self.setObjectName("datocmsPublishDialog")
        self.intro.setText(self.tr("Publish <b>{name}</b> (%n cue(s)) as a WebVTT subtitles track of <b>{video}</b>.",
                                   "", cue_count).format(name=_esc(subtitles_name), video=_esc(upload.filename)))
        self.sdh = QCheckBox(self.tr("Closed captions (SDH: sound effects and speaker names for deaf and "
                                     "hard-of-hearing viewers)"), self)
        self.sdh.setObjectName("trackSdh")
        self.sdh.setChecked(closed_captions)
        self.form.addRow("", self.sdh)
        self.notes_label = QLabel(self)
        self.notes_label.setObjectName("conversionNotes")
        self.notes_label.setWordWrap(True)
        self.notes_label.setStyleSheet(f"color: {css_color('warning_text')};")
        self.extra.addWidget(self.notes_label)
        self.set_notes(notes)
        self.ok_button.setText(self.tr("Publish"))

    def set_notes(self, notes: list[str]) -> None:
        """What the WebVTT file will not keep (worked out after the dialog opened)."""
        self.notes_label.setText(self.tr("WebVTT cannot keep everything in these subtitles:\n• {notes}").format(
            notes="\n• ".join(notes)) if notes else "")
        self.notes_label.setVisible(bool(notes))

    def choice(self) -> PublishChoice:
        return PublishChoice(self.language.code(), self.name_edit.text().strip(), self.sdh.isChecked())


class GenerateDialog(_TrackForm):
    def __init__(self, upload: Upload, parent: QWidget | None = None, *, language: str = "") -> None:
        super().__init__(QCoreApplication.translate("GenerateDialog", "Generate subtitles"), parent, language=language)
        self.setObjectName("datocmsGenerateDialog")
        self.intro.setText(self.tr("DatoCMS transcribes the audio of <b>{video}</b> into a new subtitles track. "
                                   "Pick the language spoken in the video.").format(video=_esc(upload.filename)))
        self.ok_button.setText(self.tr("Generate"))

    def choice(self) -> PublishChoice:
        return PublishChoice(self.language.code(), self.name_edit.text().strip(), False)


class BatchPublishDialog(QDialog):
    """Find a Dotsub media by title and tick which of its finished languages to publish."""

    #: The user searched: (title text, may be empty for the most recent media)
    searchRequested = Signal(str)

    def __init__(self, upload: Upload, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("datocmsBatchDialog")
        self.setWindowTitle(self.tr("Publish a Dotsub media's languages"))
        self.resize(720, 520)
        self.languages: dict[str, dict[str, Any]] = {}
        intro = QLabel(self.tr("Every finished language of the Dotsub media you pick becomes a subtitles "
                               "track of <b>{video}</b>.").format(video=_esc(upload.filename)), self)
        intro.setWordWrap(True)
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("dotsubMediaSearch")
        self.search_edit.setPlaceholderText(self.tr("Dotsub media title"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_button = QPushButton(self.tr("Search"), self)
        self.search_button.setDefault(False)
        self.search_button.setAutoDefault(False)
        search = QHBoxLayout()
        search.addWidget(self.search_edit, 1)
        search.addWidget(self.search_button)
        self.status = QLabel("", self)
        self.status.setObjectName("batchStatus")
        self.status.setWordWrap(True)
        self.media_table = QTableWidget(0, 3, self)
        self.media_table.setObjectName("dotsubMediaTable")
        self.media_table.setHorizontalHeaderLabels([self.tr("Title"), self.tr("Project"), self.tr("Finished languages")])
        self.media_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.media_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.media_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.media_table.verticalHeader().hide()
        self.media_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.language_list = QListWidget(self)
        self.language_list.setObjectName("batchLanguages")
        self.language_list.setMaximumHeight(150)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Publish"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(search)
        layout.addWidget(self.status)
        layout.addWidget(self.media_table, 1)
        layout.addWidget(QLabel(self.tr("Languages to publish:"), self))
        layout.addWidget(self.language_list)
        layout.addWidget(self.buttons)
        self._media: list[dict[str, Any]] = []
        self.search_button.clicked.connect(self._search)
        self.search_edit.returnPressed.connect(self._search)
        self.media_table.itemSelectionChanged.connect(self._media_selected)
        self.language_list.itemChanged.connect(lambda _: self._update_ok())
        self._update_ok()

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def _search(self) -> None:
        self.searchRequested.emit(self.search_edit.text().strip())

    def set_loading(self, text: str | None = None) -> None:
        self.status.setStyleSheet(f"color: {css_color('muted_text')};")
        self.status.setText(self.tr("Searching Dotsub…") if text is None else text)

    def set_error(self, message: str) -> None:
        self.status.setStyleSheet(f"color: {css_color('error_text')};")
        self.status.setText(message)

    def set_language_names(self, languages: list[dict[str, Any]]) -> None:
        self.languages = {str(lang["id"]): lang for lang in languages if lang.get("id")}

    def show_media(self, media: list[dict[str, Any]], total: int) -> None:
        """Media with at least one finished language (the others cannot be published)."""
        self._media = [m for m in media if m.get("subtitledLanguageIds")]
        self.media_table.setRowCount(len(self._media))
        for row, item in enumerate(self._media):
            langs = ", ".join(item.get("subtitledLanguageIds") or [])
            for column, text in enumerate((item.get("title") or "", item.get("projectName") or "", langs)):
                cell = QTableWidgetItem(str(text))
                cell.setToolTip(str(text))
                self.media_table.setItem(row, column, cell)
        self.media_table.resizeColumnToContents(2)
        if self._media:
            self.status.setStyleSheet(f"color: {css_color('muted_text')};")
            if total > len(media):
                self.status.setText(self.tr("%n media with finished languages (of {total} found; refine the title to "
                                            "see more)", "", len(self._media)).format(total=total))
            else:
                self.status.setText(self.tr("%n media with finished languages", "", len(self._media)))
            self.media_table.selectRow(0)
        else:
            self.set_error(self.tr("No Dotsub media with finished languages matches; try another title."))
        self._media_selected()

    def selected_media(self) -> dict[str, Any] | None:
        rows = self.media_table.selectionModel().selectedRows()
        return self._media[rows[0].row()] if rows else None

    def select_media(self, media_id: str) -> bool:
        for row, item in enumerate(self._media):
            if str(item.get("mediaId")) == str(media_id):
                self.media_table.selectRow(row)
                return True
        return False

    def _media_selected(self) -> None:
        self.language_list.blockSignals(True)
        self.language_list.clear()
        media = self.selected_media()
        for lang_id in (media or {}).get("subtitledLanguageIds") or []:
            lang = self.languages.get(lang_id, {})
            label = f"{lang.get('name') or lang_id} — {lang_id}"
            item = QListWidgetItem(label, self.language_list)
            item.setData(Qt.ItemDataRole.UserRole, lang_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
        self.language_list.blockSignals(False)
        self._update_ok()

    def checked_languages(self) -> list[str]:
        out = []
        for row in range(self.language_list.count()):
            item = self.language_list.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return out

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(bool(self.selected_media() and self.checked_languages()))

    def choice(self) -> BatchChoice:
        media = self.selected_media() or {}
        ids = self.checked_languages()
        names = {}
        for lang_id in ids:
            lang = self.languages.get(lang_id, {})
            names[lang_id] = str(lang.get("localizedName") or lang.get("name") or lang_id)
        return BatchChoice(media, ids, names)


def _esc(text: str) -> str:
    import html

    return html.escape(str(text))
