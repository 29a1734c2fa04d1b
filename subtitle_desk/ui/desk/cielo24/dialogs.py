"""The cielo24 page's one dialog, in three shapes: a new job (name, language, media, and optionally
the transcription order), media for an existing job, or the transcription order alone. Its title
and first line say which job it is about. It only collects choices; the page controller sends
them. A shape's widgets are laid out; the others are hidden (never left on top of another)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings
from PySide6.QtWidgets import (QButtonGroup, QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout,
                               QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QRadioButton,
                               QSpinBox, QVBoxLayout, QWidget)

from subtitle_desk.core.services.cielo24 import FIDELITIES, MAX_MEDIA_BYTES, PRIORITIES
from subtitle_desk.ui.words import fidelity as fidelity_name

__all__ = ["JobDialog", "JobRequest", "MEDIA_FILTER"]

#: The file dialog's filter (shown translated: ``QCoreApplication.translate("JobDialog", MEDIA_FILTER)``).
MEDIA_FILTER = QT_TRANSLATE_NOOP("JobDialog", "Media files (*.mp4 *.m4v *.mov *.mkv *.webm *.avi *.mxf *.mpg *.mpeg "
                                              "*.wmv *.flv *.mp3 *.m4a *.wav *.aac *.flac *.ogg);;All files (*)")
_FIDELITY_HELP = {
    "MECHANICAL": QT_TRANSLATE_NOOP("JobDialog", "Mechanical: machine transcript only; fastest and cheapest, needs a "
                                                 "careful review"),
    "PREMIUM": QT_TRANSLATE_NOOP("JobDialog", "Premium: machine transcript plus a human pass (cielo24 quotes 94 %+ "
                                              "accuracy)"),
    "PROFESSIONAL": QT_TRANSLATE_NOOP("JobDialog", "Professional: several human passes (99 %+), for broadcast and "
                                                   "accessibility compliance"),
}
_PRIORITY_HELP = {"STANDARD": QT_TRANSLATE_NOOP("JobDialog", "Standard (about 48 hours)"),
                  "PRIORITY": QT_TRANSLATE_NOOP("JobDialog", "Priority (about 24 hours)"),
                  "CRITICAL": QT_TRANSLATE_NOOP("JobDialog", "Critical (fastest)")}


@dataclass(frozen=True)
class JobRequest:
    """What the user asked for. Fields a shape does not show are None."""

    job_name: str | None = None
    language: str = "en"
    external_id: str | None = None
    media_path: Path | None = None
    media_url: str | None = None
    #: None: no transcription ordered now.
    fidelity: str | None = None
    #: A priority name or a number of hours.
    turnaround: str | int | None = None
    target_language: str | None = None
    notes: str | None = None
    #: The URL is knowingly the media of another job too (cielo24 refuses that otherwise).
    is_duplicate: bool = False


class JobDialog(QDialog):
    NEW, MEDIA, TRANSCRIBE = "new", "media", "transcribe"

    def __init__(self, mode: str, settings: QSettings, parent: QWidget | None = None, *,
                 job_name: str = "") -> None:
        super().__init__(parent)
        self.mode = mode
        self.settings = settings
        self.setObjectName("cielo24JobDialog")
        self.setMinimumWidth(560)
        if mode == self.NEW:
            title = self.tr("New cielo24 job")
            intro = self.tr("A new cielo24 job: its name and spoken language, and the video or audio to transcribe.")
        elif mode == self.MEDIA and job_name:
            title = self.tr("Add media to “{job}”").format(job=job_name)
            intro = self.tr("The video or audio of the cielo24 job “{job}”: a file on this computer, or an "
                            "address cielo24 can download it from.").format(job=job_name)
        elif mode == self.MEDIA:
            title = self.tr("Add media to the job")
            intro = self.tr("The video or audio of the cielo24 job the job: a file on this computer, or an "
                            "address cielo24 can download it from.")
        elif mode == self.TRANSCRIBE and job_name:
            title = self.tr("Request a transcription of “{job}”").format(job=job_name)
            intro = self.tr("How the cielo24 job “{job}” is to be transcribed, and by when.").format(job=job_name)
        elif mode == self.TRANSCRIBE:
            title = self.tr("Request a transcription of the job")
            intro = self.tr("How the cielo24 job the job is to be transcribed, and by when.")
        else:
            raise KeyError(mode)
        self.setWindowTitle(title)
        self.intro = QLabel(intro, self)
        self.intro.setObjectName("jobDialogIntro")
        self.intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)

        # the job
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("jobName")
        self.name_edit.setPlaceholderText(self.tr("e.g. Festival interview, episode 104"))
        self.language_edit = QLineEdit(str(settings.value("cielo24/language", "en") or "en"), self)
        self.language_edit.setObjectName("jobLanguage")
        self.language_edit.setToolTip(self.tr("The language spoken in the media (RFC 5646, e.g. en, es, fr-CA)"))
        self.external_edit = QLineEdit(self)
        self.external_edit.setPlaceholderText(self.tr("optional: your own reference"))
        if mode == self.NEW:
            job_box = QGroupBox(self.tr("Job"), self)
            form = QFormLayout(job_box)
            form.addRow(self.tr("Name:"), self.name_edit)
            form.addRow(self.tr("Spoken language:"), self.language_edit)
            form.addRow(self.tr("External ID:"), self.external_edit)
            layout.addWidget(job_box)
        else:
            for widget in (self.name_edit, self.language_edit, self.external_edit):
                widget.hide()

        # the media
        self.file_radio = QRadioButton(self.tr("Local file"), self)
        self.file_radio.setObjectName("mediaFileRadio")
        self.url_radio = QRadioButton(self.tr("Public URL cielo24 can download"), self)
        self.url_radio.setObjectName("mediaUrlRadio")
        group = QButtonGroup(self)
        group.addButton(self.file_radio)
        group.addButton(self.url_radio)
        self.file_edit = QLineEdit(self)
        self.file_edit.setObjectName("mediaFile")
        self.file_edit.setPlaceholderText(self.tr("Video or audio file, up to 10 GB"))
        self.browse_button = QPushButton(self.tr("Browse…"), self)
        self.browse_button.clicked.connect(self._browse)
        self.url_edit = QLineEdit(self)
        self.url_edit.setObjectName("mediaUrl")
        self.url_edit.setPlaceholderText("https://…/interview.mp4")
        self.duplicate_box = QCheckBox(self.tr("This URL is the media of another job too (send it again)"), self)
        self.duplicate_box.setObjectName("mediaDuplicate")
        if mode in (self.NEW, self.MEDIA):
            media_box = QGroupBox(self.tr("Media"), self)
            media = QVBoxLayout(media_box)
            media.addWidget(self.file_radio)
            row = QHBoxLayout()
            row.addWidget(self.file_edit, 1)
            row.addWidget(self.browse_button)
            media.addLayout(row)
            media.addWidget(self.url_radio)
            media.addWidget(self.url_edit)
            media.addWidget(self.duplicate_box)
            layout.addWidget(media_box)
        else:
            for widget in (self.file_radio, self.url_radio, self.file_edit, self.browse_button, self.url_edit,
                           self.duplicate_box):
                widget.hide()
        use_url = settings.value("cielo24/media_source", "file") == "url"
        (self.url_radio if use_url else self.file_radio).setChecked(True)

        # the transcription
        self.transcribe_box = QGroupBox(self.tr("Request transcription now") if mode != self.TRANSCRIBE
                                        else self.tr("Transcription"), self)
        self.transcribe_box.setObjectName("transcribeBox")
        self.fidelity = QComboBox(self)
        self.fidelity.setObjectName("fidelity")
        for name in FIDELITIES:
            self.fidelity.addItem(fidelity_name(name), name)
            self.fidelity.setItemData(self.fidelity.count() - 1, self._help(name), 3)  # tooltip role
        self.turnaround = QComboBox(self)
        self.turnaround.setObjectName("turnaround")
        for name in PRIORITIES:
            self.turnaround.addItem(QCoreApplication.translate("JobDialog", _PRIORITY_HELP[name]), name)
        self.turnaround.addItem(self.tr("Within a number of hours…"), "HOURS")
        self.hours = QSpinBox(self)
        self.hours.setRange(1, 24 * 14)
        self.hours.setSuffix(self.tr(" hours"))
        self.hours.setValue(72)
        self.target_edit = QLineEdit(self)
        self.target_edit.setPlaceholderText(self.tr("optional: translate into (e.g. es)"))
        self.notes_edit = QLineEdit(self)
        self.notes_edit.setPlaceholderText(self.tr("optional: notes for the transcribers (names, terms)"))
        self.fidelity_help = QLabel(self)
        self.fidelity_help.setWordWrap(True)
        self.fidelity_help.setStyleSheet("color: palette(mid);")
        form = QFormLayout(self.transcribe_box)
        form.addRow(self.tr("Fidelity:"), self.fidelity)
        form.addRow("", self.fidelity_help)
        turnaround_row = QHBoxLayout()
        turnaround_row.addWidget(self.turnaround, 1)
        turnaround_row.addWidget(self.hours)
        form.addRow(self.tr("Turnaround:"), turnaround_row)
        form.addRow(self.tr("Translation:"), self.target_edit)
        form.addRow(self.tr("Notes:"), self.notes_edit)
        if mode != self.TRANSCRIBE:
            self.transcribe_box.setCheckable(True)
            self.transcribe_box.setChecked(_bool(settings.value("cielo24/transcribe_now", True)))
        layout.addWidget(self.transcribe_box)
        self._select(self.fidelity, settings.value("cielo24/fidelity", "MECHANICAL"))
        self._select(self.turnaround, settings.value("cielo24/turnaround", "STANDARD"))

        self.problem = QLabel(self)
        self.problem.setObjectName("jobDialogProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b3261e;")
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            {self.NEW: self.tr("Create job"), self.MEDIA: self.tr("Add media"),
             self.TRANSCRIBE: self.tr("Request")}[mode])
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        for signal in (self.name_edit.textChanged, self.language_edit.textChanged, self.file_edit.textChanged,
                       self.url_edit.textChanged, self.file_radio.toggled, self.transcribe_box.toggled,
                       self.turnaround.currentIndexChanged, self.fidelity.currentIndexChanged):
            signal.connect(self._validate)
        self._validate()

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    @staticmethod
    def _help(fidelity: str) -> str:
        """A fidelity's description ("" for one not described)."""
        text = _FIDELITY_HELP.get(fidelity)
        return QCoreApplication.translate("JobDialog", text) if text else ""

    @staticmethod
    def _select(combo: QComboBox, value: Any) -> None:
        index = combo.findData(value)
        if index >= 0:
            combo.setCurrentIndex(index)

    def _browse(self) -> None:
        start = str(self.settings.value("cielo24/media_dir", "") or "")
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the media"), start,
                                              QCoreApplication.translate("JobDialog", MEDIA_FILTER))
        if path:
            self.file_radio.setChecked(True)
            self.file_edit.setText(path)
            self.settings.setValue("cielo24/media_dir", str(Path(path).parent))
            if self.mode == self.NEW and not self.name_edit.text().strip():
                self.name_edit.setText(Path(path).stem)

    def problem_text(self) -> str:
        """Why the dialog cannot be accepted yet ("" when it can)."""
        if self.mode == self.NEW and not self.language_edit.text().strip():
            return self.tr("Say which language is spoken in the media.")
        if self.mode in (self.NEW, self.MEDIA):
            if self.file_radio.isChecked():
                text = self.file_edit.text().strip()
                if not text:
                    return self.tr("Choose a media file.") if self.mode == self.MEDIA else ""
                path = Path(text).expanduser()
                if not path.is_file():
                    return self.tr("{name} is not a file that can be read.").format(name=path.name)
                size = os.path.getsize(path)
                if size == 0:
                    return self.tr("{name} is empty.").format(name=path.name)
                if size > MAX_MEDIA_BYTES:
                    return self.tr("{name} is {size} GB; cielo24 takes media files of up to 10 GB.").format(
                        name=path.name, size=f"{size / 10**9:.1f}")
            else:
                url = self.url_edit.text().strip()
                if not url:
                    return self.tr("Give the media's URL.") if self.mode == self.MEDIA else ""
                if not url.lower().startswith(("http://", "https://")):
                    return self.tr("The media URL must start with http:// or https://.")
        if self.wants_transcription() and self.mode == self.NEW and not self._media_given():
            return self.tr("A transcription needs media: choose a file or give a URL (or untick the request).")
        return ""

    def _media_given(self) -> bool:
        return bool(self.file_edit.text().strip() if self.file_radio.isChecked() else self.url_edit.text().strip())

    def wants_transcription(self) -> bool:
        return self.mode == self.TRANSCRIBE or self.transcribe_box.isChecked()

    def _validate(self, *_: Any) -> None:
        self.hours.setEnabled(self.turnaround.currentData() == "HOURS")
        self.fidelity_help.setText(self._help(str(self.fidelity.currentData())))
        self.file_edit.setEnabled(self.file_radio.isChecked())
        self.browse_button.setEnabled(self.file_radio.isChecked())
        self.url_edit.setEnabled(self.url_radio.isChecked())
        self.duplicate_box.setEnabled(self.url_radio.isChecked())
        problem = self.problem_text()
        self.problem.setText(problem)
        self.ok_button.setEnabled(not problem)

    def request(self) -> JobRequest:
        media_path = media_url = None
        if self.mode in (self.NEW, self.MEDIA) and self._media_given():
            if self.file_radio.isChecked():
                media_path = Path(self.file_edit.text().strip()).expanduser()
            else:
                media_url = self.url_edit.text().strip()
        fidelity = turnaround = None
        if self.wants_transcription():
            fidelity = str(self.fidelity.currentData())
            choice = self.turnaround.currentData()
            turnaround = self.hours.value() if choice == "HOURS" else str(choice)
        name = self.name_edit.text().strip()
        if not name and media_path is not None:
            name = media_path.stem
        return JobRequest(job_name=name or None, language=self.language_edit.text().strip() or "en",
                          external_id=self.external_edit.text().strip() or None,
                          media_path=media_path, media_url=media_url, fidelity=fidelity,
                          turnaround=turnaround, target_language=self.target_edit.text().strip() or None,
                          notes=self.notes_edit.text().strip() or None,
                          is_duplicate=media_url is not None and self.duplicate_box.isChecked())

    def remember(self) -> None:
        """Keep the choices for next time."""
        s = self.settings
        s.setValue("cielo24/media_source", "url" if self.url_radio.isChecked() else "file")
        s.setValue("cielo24/fidelity", self.fidelity.currentData())
        s.setValue("cielo24/turnaround", self.turnaround.currentData())
        if self.mode == self.NEW:
            s.setValue("cielo24/language", self.language_edit.text().strip() or "en")
        if self.mode != self.TRANSCRIBE:
            s.setValue("cielo24/transcribe_now", self.transcribe_box.isChecked())


def _bool(value: Any) -> bool:
    return value in (True, "true", "True", "1", 1)
