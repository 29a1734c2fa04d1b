"""The upload form: video files (picked or dropped), a title each, the Dotsub project, the source
language and the translation languages. Titles are checked against Dotsub's rule before anything
is sent ("Only ()_-,. and alphanumeric characters are allowed"). The project is the one last
used, or none until the user picks one ("Choose a project…"): videos never go to a project
nobody chose."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFileDialog, QFormLayout,
                               QHeaderView, QLabel, QListWidget, QListWidgetItem, QPushButton,
                               QTableWidget, QTableWidgetItem, QWidget)

from subtitle_desk.core.units import size_text
from subtitle_desk.ui.layouts import STRETCH, hbox, vbox

from .queue import UploadRequest

__all__ = ["UploadForm", "title_problem", "title_from_file", "VIDEO_SUFFIXES"]

#: Dotsub's rule for media titles (letters and digits in any script, spaces and ()_-,.).
TITLE_PATTERN = re.compile(r"^[\w ()\-,.]+$")
TITLE_MAX = 255
VIDEO_SUFFIXES = (".mp4", ".m4v", ".mov", ".mkv", ".webm", ".mxf", ".avi", ".wmv", ".mpg", ".mpeg",
                  ".ts", ".m2ts", ".flv", ".3gp", ".wav", ".mp3", ".m4a", ".aac", ".flac")
_VIDEO_PATTERNS = " ".join(f"*{s}" for s in VIDEO_SUFFIXES)


def title_problem(title: str) -> str | None:
    """Why Dotsub would refuse ``title``, in words; None when it is fine."""
    if not title.strip():
        return QCoreApplication.translate("UploadForm", "A title is required.")
    if len(title) > TITLE_MAX:
        return QCoreApplication.translate("UploadForm", "The title is {length} characters long; keep it to {limit}.").format(
            length=len(title), limit=TITLE_MAX)
    if TITLE_PATTERN.fullmatch(title):
        return None
    bad = sorted({ch for ch in title if not TITLE_PATTERN.fullmatch(ch)})
    shown = " ".join(f"“{ch}”" if ch.strip() else repr(ch) for ch in bad)
    return QCoreApplication.translate(
        "UploadForm", "The title “{title}” has characters Dotsub does not allow: {characters}. "
        "Use letters, digits, spaces and ( ) _ - , . only.").format(title=title, characters=shown)


def title_from_file(path: Path) -> str:
    """A title Dotsub accepts, from the file name: other characters become spaces."""
    title = "".join(ch if TITLE_PATTERN.fullmatch(ch) else " " for ch in path.stem.replace("_", " "))
    title = re.sub(r"\s+", " ", title).strip()
    return title[:TITLE_MAX] or QCoreApplication.translate("UploadForm", "Untitled")


class UploadForm(QWidget):
    """Files and their Dotsub details; ``submitted`` carries one ``UploadRequest`` per file."""

    submitted = Signal(list)
    #: Ask the page to (re)load projects and languages.
    reloadRequested = Signal()

    FILE, SIZE, TITLE = range(3)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("uploadForm")
        self.setAcceptDrops(True)
        self._projects: list[dict[str, Any]] = []
        self.last_dir = ""

        self.files = QTableWidget(0, 3, self)
        self.files.setObjectName("uploadFiles")
        self.files.setHorizontalHeaderLabels([self.tr("File"), self.tr("Size"), self.tr("Title on Dotsub")])
        self.files.verticalHeader().hide()
        self.files.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.files.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.SelectedClicked)
        header = self.files.horizontalHeader()
        header.setSectionResizeMode(self.FILE, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(self.SIZE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.TITLE, QHeaderView.ResizeMode.Stretch)
        self.files.setColumnWidth(self.FILE, 260)
        self.files.setMinimumHeight(90)
        self.files.itemChanged.connect(self._validate_soon)
        self.drop_hint = QLabel(self.tr("Drop video files here, or use Add files…"), self)
        self.drop_hint.setObjectName("uploadDropHint")
        self.drop_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.drop_hint.setStyleSheet("QLabel#uploadDropHint { color: palette(mid); border: 2px dashed "
                                     "palette(mid); border-radius: 6px; padding: 18px; }")
        self.add_button = QPushButton(self.tr("Add files…"), self)
        self.add_button.clicked.connect(self.pick_files)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.clicked.connect(self.remove_selected)

        self.project = QComboBox(self)
        self.project.setObjectName("uploadProject")
        self.project.setMinimumWidth(240)
        self.project.setPlaceholderText(self.tr("Choose a project…"))
        self.project.currentIndexChanged.connect(self._project_changed)
        self.language = QComboBox(self)
        self.language.setObjectName("uploadLanguage")
        self.translations = QListWidget(self)
        self.translations.setObjectName("uploadTranslations")
        # Languages side by side in columns: the list stays a few lines high however many there are.
        self.translations.setFlow(QListWidget.Flow.TopToBottom)
        self.translations.setWrapping(True)
        self.translations.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.translations.setUniformItemSizes(True)
        self.translations.setFixedHeight(self.fontMetrics().height() * 4 + 16)
        self.reload_button = QPushButton(self.tr("Reload"), self)
        self.reload_button.setToolTip(self.tr("Load the projects and languages from Dotsub again"))
        self.reload_button.clicked.connect(self.reloadRequested)
        details = QFormLayout()
        details.addRow(self.tr("Project"), hbox((self.project, 1), self.reload_button))
        details.addRow(self.tr("Language spoken"), self.language)
        details.addRow(self.tr("Translate into"), self.translations)

        self.status = QLabel(self)
        self.status.setObjectName("uploadFormStatus")
        self.status.setWordWrap(True)
        self.problem = QLabel(self)
        self.problem.setObjectName("uploadFormProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #8a1f11;")
        self.problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem.hide()
        self.upload_button = QPushButton(self.tr("Upload"), self)
        self.upload_button.setObjectName("uploadStart")
        self.upload_button.setDefault(True)
        self.upload_button.clicked.connect(self.submit)

        vbox((self.drop_hint, 1), (self.files, 1),
             hbox(self.add_button, self.remove_button, STRETCH),
             details,
             self.problem,
             hbox((self.status, 1), self.upload_button),
             parent=self, margins=0)
        self._refresh()

    # -- files -------------------------------------------------------------------------------
    def add_files(self, paths: list[Path]) -> int:
        """Add files (folders and duplicates are skipped); returns how many were added."""
        present = {self.path_at(row) for row in range(self.files.rowCount())}
        added = 0
        self.files.blockSignals(True)
        for path in paths:
            path = Path(path)
            if not path.is_file() or path in present:
                continue
            row = self.files.rowCount()
            self.files.insertRow(row)
            name = QTableWidgetItem(path.name)
            name.setData(Qt.ItemDataRole.UserRole, str(path))
            name.setToolTip(str(path))
            name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
            size = QTableWidgetItem(size_text(path.stat().st_size))
            size.setFlags(size.flags() & ~Qt.ItemFlag.ItemIsEditable)
            size.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.files.setItem(row, self.FILE, name)
            self.files.setItem(row, self.SIZE, size)
            self.files.setItem(row, self.TITLE, QTableWidgetItem(title_from_file(path)))
            present.add(path)
            added += 1
            self.last_dir = str(path.parent)
        self.files.blockSignals(False)
        self._refresh()
        return added

    def path_at(self, row: int) -> Path:
        return Path(self.files.item(row, self.FILE).data(Qt.ItemDataRole.UserRole))

    def set_title(self, row: int, title: str) -> None:
        self.files.item(row, self.TITLE).setText(title)

    def title_at(self, row: int) -> str:
        return self.files.item(row, self.TITLE).text().strip()

    def pick_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Videos to upload to Dotsub"), self.last_dir,
            self.tr("Video and audio ({patterns});;All files (*)").format(patterns=_VIDEO_PATTERNS))
        self.add_files([Path(p) for p in paths])

    def remove_selected(self) -> None:
        rows = sorted({index.row() for index in self.files.selectionModel().selectedRows()}, reverse=True)
        for row in rows:
            self.files.removeRow(row)
        self._refresh()

    def clear_files(self) -> None:
        self.files.setRowCount(0)
        self._refresh()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if self.add_files(paths):
            event.acceptProposedAction()

    # -- projects and languages --------------------------------------------------------------
    def set_options(self, projects: list[dict[str, Any]], languages: list[dict[str, Any]], *,
                    project_id: str | None = None, language_id: str | None = None,
                    translation_ids: list[str] | None = None) -> None:
        """Fill the choices; the remembered ones (or the project's defaults) are selected. With no
        remembered project (or one no longer there), none is: the user picks one."""
        self._projects = projects
        self.project.blockSignals(True)
        self.project.clear()
        for project in projects:
            self.project.addItem(str(project.get("name") or project.get("projectId")), str(project["projectId"]))
        self.project.blockSignals(False)
        self.language.clear()
        self.translations.clear()
        for language in languages:
            label = _language_label(language)
            self.language.addItem(label, str(language["id"]))
            item = QListWidgetItem(label, self.translations)
            item.setData(Qt.ItemDataRole.UserRole, str(language["id"]))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        if languages:  # columns as wide as the longest name, so none is cut short
            widest = max(self.translations.fontMetrics().horizontalAdvance(_language_label(x)) for x in languages)
            self.translations.setGridSize(QSize(widest + 36, self.translations.fontMetrics().height() + 4))
        index = self.project.findData(project_id) if project_id else -1
        self.project.setCurrentIndex(index)
        self._project_changed()
        if language_id and self.language.findData(language_id) >= 0:
            self.language.setCurrentIndex(self.language.findData(language_id))
        if translation_ids is not None and index >= 0:
            self.set_translations(translation_ids)
        self._refresh()

    def set_translations(self, ids: list[str]) -> None:
        wanted = set(ids)
        for row in range(self.translations.count()):
            item = self.translations.item(row)
            checked = item.data(Qt.ItemDataRole.UserRole) in wanted
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def translation_ids(self) -> list[str]:
        return [self.translations.item(row).data(Qt.ItemDataRole.UserRole)
                for row in range(self.translations.count())
                if self.translations.item(row).checkState() == Qt.CheckState.Checked]

    def current_project(self) -> dict[str, Any] | None:
        row = self.project.currentIndex()
        return self._projects[row] if 0 <= row < len(self._projects) else None

    def _project_changed(self, *_: Any) -> None:
        """A project brings its own defaults: its fallback language and translation languages."""
        project = self.current_project()
        self._refresh()
        if project is None:
            return
        fallback = (project.get("fallbackMediaLanguage") or {}).get("id")
        if fallback and self.language.findData(fallback) >= 0:
            self.language.setCurrentIndex(self.language.findData(fallback))
        self.set_translations([str(x.get("id")) for x in project.get("translationLanguages") or []])

    def set_status(self, text: str) -> None:
        self.status.setText(text)

    # -- submitting --------------------------------------------------------------------------
    def problems(self) -> list[str]:
        found = []
        if self.files.rowCount() == 0:
            found.append(self.tr("Add at least one video file."))
        if self.current_project() is None:
            found.append(self.tr("Choose the Dotsub project the videos go to.") if self._projects
                         else self.tr("Choose a Dotsub project (none loaded yet)."))
        for row in range(self.files.rowCount()):
            problem = title_problem(self.title_at(row))
            if problem:
                found.append(self.tr("{file}: {problem}").format(file=self.path_at(row).name, problem=problem))
        return found

    def submit(self) -> list[UploadRequest]:
        """Check the form; emit ``submitted`` with one request per file, or show what is wrong."""
        problems = self.problems()
        self._mark_titles()
        if problems:
            self.problem.setText("\n".join(problems))
            self.problem.show()
            return []
        self.problem.hide()
        project = self.current_project()
        assert project is not None
        translations = tuple(t for t in self.translation_ids() if t != self.language.currentData())
        requests = [UploadRequest(path=self.path_at(row), title=self.title_at(row),
                                  project_id=str(project["projectId"]),
                                  project_name=str(project.get("name") or ""),
                                  language_id=self.language.currentData(),
                                  translation_language_ids=translations)
                    for row in range(self.files.rowCount())]
        self.submitted.emit(requests)
        self.clear_files()
        return requests

    def _validate_soon(self, item: QTableWidgetItem) -> None:
        if item.column() == self.TITLE:
            self._mark_titles()
            if self.problem.isVisible():
                problems = self.problems()
                self.problem.setText("\n".join(problems))
                self.problem.setVisible(bool(problems))

    def _mark_titles(self) -> None:
        self.files.blockSignals(True)
        for row in range(self.files.rowCount()):
            item = self.files.item(row, self.TITLE)
            problem = title_problem(item.text())
            item.setForeground(Qt.GlobalColor.darkRed if problem else self.palette().text().color())
            item.setToolTip(problem or "")
        self.files.blockSignals(False)

    def _refresh(self) -> None:
        count = self.files.rowCount()
        self.drop_hint.setVisible(count == 0)
        self.files.setVisible(count > 0)
        self.remove_button.setEnabled(count > 0)
        self.upload_button.setText(self.tr("Upload") if count <= 1 else self.tr("Upload %n file(s)", "", count))
        chosen = self.current_project() is not None
        self.upload_button.setEnabled(count > 0 and chosen)
        self.upload_button.setToolTip("" if chosen or not count else self.tr("Choose the Dotsub project first"))


def _language_label(language: dict[str, Any]) -> str:
    name = language.get("name") or language.get("localizedName") or language.get("id")
    return f"{name} ({language.get('id')})"
