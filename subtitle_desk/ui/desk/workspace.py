"""The editor workspace: the editor page working on a service's subtitles.

``install(context)`` builds one ``EditorWorkspace`` and stores it as ``context.workspace``.
The Dotsub tasks page and the cielo24 page hand it what they downloaded::

    context.workspace.open_session(document, session)

which asks about unsaved changes in the current document (the editor's own guard), puts the
document in the editor (saved and autosaved at ``session.local_path``), checks it against the
task's Dotsub subtitle specification, shows the source language beside a translation, plays the
media's video, sets the text direction, names the work in the editor's header and the window
title, and enables "Send to Dotsub" for Dotsub work.

"Send to Dotsub" saves a copy of the cues to ``session.local_path`` (atomically, the previous copy
kept as ``.bak``) in the format they were downloaded in, then uploads that file, optionally
completing the task (``core.work.dotsub.send_work`` on the task runner, with an activity entry).
QC problems and untranslated cues are counted before sending ("Send anyway" overrides); the
result (track and version) or the service's message is shown.

A translation is checked as one (the editor page's ``Workbench``): the source copy and the kept
marks are kept beside the work file (``<file>.source.srt``, ``<file>.translation.json``), the
header shows the progress, spelling is checked in the session's language, and the project's
glossary (imported once per project, ``GlossaryController``) highlights source terms, feeds the
glossary panel and the ``glossary`` QC rule, and can be uploaded to the project on Dotsub.

The workspace also gives the plain editor its media preview (the ``MediaBinding``), the
"Playback" menu and "Open video…", whether or not a session is open.
"""

from __future__ import annotations

import asyncio
import json
import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QTextDocument
from PySide6.QtWidgets import (QDockWidget, QFileDialog, QFrame, QLabel, QMessageBox, QScrollArea,
                               QSizePolicy, QSplitter, QToolBar, QWidget)

from subtitle_desk.core import paths
from subtitle_desk.core.document import Document
from subtitle_desk.core.glossary import Glossary, GlossaryError
from subtitle_desk.core.qc import Spec
from subtitle_desk.core.services.errors import ServiceError
from subtitle_desk.core.session import WorkSession
from subtitle_desk.core.translation import marks_path
from subtitle_desk.core.work import dotsub as dotsub_work
from subtitle_desk.ui.desk.context import DeskContext
from subtitle_desk.ui.editor.glossaries import GlossaryController
from subtitle_desk.ui.editor.glossary_panel import GlossaryPanel
from subtitle_desk.ui.editor.media_binding import MediaBinding
from subtitle_desk.ui.editor.send_dialog import REVIEW, SendDialog
from subtitle_desk.ui.editor.source_view import SourceView
from subtitle_desk.ui.editor.spec_panel import SpecPanel
from subtitle_desk.ui.editor.workbench import source_copy_path
from subtitle_desk.ui.icons import themed_icon
from subtitle_desk.ui.runner import ReportedError
from subtitle_desk.ui.theme import css_color, theme_changed

__all__ = ["EditorWorkspace", "install", "SESSION_SPEC_KEY"]

log = logging.getLogger(__name__)

#: The controller's spec key for the open session's Dotsub specification.
SESSION_SPEC_KEY = "session:dotsub-spec"
#: What the work is in the header's title ("Video 3 · Spanish · TRANSLATION"), per Dotsub task type.
_TASK_LABELS = {"TASK_CAPTION": QT_TRANSLATE_NOOP("EditorWorkspace", "CAPTION"),
                "TASK_TRANSLATE": QT_TRANSLATE_NOOP("EditorWorkspace", "TRANSLATION"),
                "TASK_DIRECT_TRANSLATE": QT_TRANSLATE_NOOP("EditorWorkspace", "TRANSLATION"),
                "TASK_PIVOT_TRANSLATE": QT_TRANSLATE_NOOP("EditorWorkspace", "TRANSLATION"),
                "TASK_POST_EDITING": QT_TRANSLATE_NOOP("EditorWorkspace", "POST-EDITING"),
                "TASK_REVIEW": QT_TRANSLATE_NOOP("EditorWorkspace", "REVIEW"),
                "TASK_PROOF_READING": QT_TRANSLATE_NOOP("EditorWorkspace", "PROOFREADING")}


class EditorWorkspace(QObject):
    #: a session was opened in the editor: (WorkSession)
    sessionOpened = Signal(object)
    #: the editor left the session (another file was opened): ()
    sessionClosed = Signal()
    #: subtitles reached Dotsub: (WorkSession, the service's track record)
    sent = Signal(object, dict)
    #: sending failed: (the service's message)
    sendFailed = Signal(str)

    def __init__(self, context: DeskContext, parent: QObject | None = None) -> None:
        super().__init__(parent or context.window)
        self.context = context
        self.page = context.editor_page
        self.controller = context.editor
        self.session: WorkSession | None = None
        self._session_document: Document | None = None
        self._opening = False
        #: The spec the user had chosen before a session's spec replaced it.
        self._user_spec_key: str | None = None
        #: The last send's dialog and result (tests and the smoke test read them).
        self.send_dialog: SendDialog | None = None
        self.last_result: dict[str, Any] | None = None

        self.workbench = self.page.workbench
        self.glossaries = GlossaryController(context.runner, context.ui_settings,
                                             folder=lambda: paths.data_dir() / "glossaries",
                                             dotsub=lambda: self.context.services.dotsub, parent=self)
        #: The project glossary of the session (None: the project has none imported).
        self.glossary: Glossary | None = None
        self.glossary_note = ""

        self.media = MediaBinding(self.page, self.controller, context.ui_settings, parent=self)
        self._build_source_view()
        self._build_spec_dock()
        self._build_glossary_dock()
        self._build_toolbar()
        self._build_menus()
        self.controller.documentReplaced.connect(self._document_replaced)
        self.controller.titleChanged.connect(self._title_changed)
        self.controller.specChanged.connect(lambda key, spec: self._show_spec())
        self.page.table.selectionModel().currentRowChanged.connect(lambda *_: self._refresh_source())
        self.page.model.dataChanged.connect(lambda *_: self._refresh_source())
        self.workbench.progressChanged.connect(lambda *_: self._show_header())
        self.workbench.spellingChanged.connect(lambda *_: self._show_header())
        theme_changed().connect(self._show_header)  # its colours come from the theme
        self.glossaries.loaded.connect(self._glossary_loaded)
        self.glossaries.imported.connect(self._glossary_loaded)
        self.glossaries.failed.connect(lambda title, text: self.page._notice(
            "glossaryNotice", QMessageBox.Icon.Warning, title, text))
        self.glossaries.message.connect(self.context.window.show_message)
        self.glossaries.uploaded.connect(lambda *_: self._show_glossary_state())
        self.page.session_record = self.session_record
        self.page.session_reopener = self.reopen_session
        self._show_session(None)

    # -- building ----------------------------------------------------------------------------
    def _build_source_view(self) -> None:
        """The source view goes left of the editor pane, in a splitter that replaces the pane."""
        self.source_view = SourceView()
        self.source_view.copyRequested.connect(self.copy_source_text)
        page = self.page
        index = page.splitter.indexOf(page.pane)
        sizes = page.splitter.sizes()
        self.bottom_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.bottom_splitter.setObjectName("editorBottomSplitter")
        self.bottom_splitter.setChildrenCollapsible(False)
        page.splitter.replaceWidget(index, self.bottom_splitter)
        self.bottom_splitter.addWidget(self.source_view)
        self.bottom_splitter.addWidget(page.pane)
        self.bottom_splitter.setStretchFactor(0, 1)
        self.bottom_splitter.setStretchFactor(1, 1)
        page.splitter.setSizes(sizes)
        state = self.context.ui_settings.value("workspace/bottom_splitter")
        if state is not None:
            self.bottom_splitter.restoreState(state)
        self.source_view.hide()

    def _build_spec_dock(self) -> None:
        self.spec_panel = SpecPanel()
        self.spec_dock = QDockWidget(self.tr("Specification"), self.page)
        self.spec_dock.setObjectName("specDock")
        scroller = QScrollArea()
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroller.setWidget(self.spec_panel)
        self.spec_dock.setWidget(scroller)
        self.spec_dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                                   | QDockWidget.DockWidgetFeature.DockWidgetClosable
                                   | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
        self.page.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.spec_dock)
        self.page.splitDockWidget(self.spec_dock, self.page.qc_dock, Qt.Orientation.Vertical)
        if self.context.ui_settings.value("editor/dock_state") is None:
            self.page.resizeDocks([self.spec_dock], [290], Qt.Orientation.Horizontal)
        self.show_spec_action = self.spec_dock.toggleViewAction()
        self.show_spec_action.setText(self.tr("&Specification panel"))

    def _build_glossary_dock(self) -> None:
        self.glossary_panel = GlossaryPanel()
        self.glossary_panel.importRequested.connect(self.import_glossary)
        self.glossary_panel.uploadRequested.connect(self.upload_glossary)
        self.glossary_dock = QDockWidget(self.tr("Glossary"), self.page)
        self.glossary_dock.setObjectName("glossaryDock")
        self.glossary_dock.setWidget(self.glossary_panel)
        self.glossary_dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                                       | QDockWidget.DockWidgetFeature.DockWidgetClosable
                                       | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
        self.page.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.glossary_dock)
        self.page.tabifyDockWidget(self.spec_dock, self.glossary_dock)
        self.spec_dock.raise_()
        self.show_glossary_action = self.glossary_dock.toggleViewAction()
        self.show_glossary_action.setText(self.tr("&Glossary panel"))
        self.show_glossary_action.setShortcut(QKeySequence("Ctrl+Shift+G"))
        self.import_glossary_action = QAction(self.tr("&Import glossary…"), self)
        self.import_glossary_action.setObjectName("importGlossaryAction")
        self.import_glossary_action.setStatusTip(self.tr("Import the Dotsub project's glossary (a Dotsub glossary "
                                                         "CSV) once: every task of the project uses it"))
        self.import_glossary_action.triggered.connect(lambda _=False: self.import_glossary())
        self.upload_glossary_action = QAction(self.tr("&Upload glossary to Dotsub"), self)
        self.upload_glossary_action.setObjectName("uploadGlossaryAction")
        self.upload_glossary_action.setStatusTip(self.tr("Create or replace this project's glossary on Dotsub"))
        self.upload_glossary_action.triggered.connect(lambda _=False: self.upload_glossary())
        for action in (self.show_glossary_action, self.import_glossary_action, self.upload_glossary_action):
            self.page.addAction(action)

    def _build_toolbar(self) -> None:
        self.send_action = QAction(themed_icon("mail-send", "SP_ArrowUp"),
                                   self.tr("Send to &Dotsub…"), self)
        self.send_action.setObjectName("sendToDotsubAction")
        self.send_action.setShortcut(QKeySequence("Ctrl+Shift+D"))
        self.send_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.send_action.setStatusTip(self.tr("Save, then upload these subtitles to Dotsub (optionally completing the "
                                               "task)"))
        self.send_action.setToolTip(self.tr("Send to Dotsub (Ctrl+Shift+D)"))
        self.send_action.triggered.connect(lambda _checked=False: self.send())
        self.page.addAction(self.send_action)
        open_video = self.media.open_video_action
        open_video.setIcon(themed_icon("video-x-generic", "SP_MediaPlay"))

        self.toolbar = QToolBar(self.tr("Work"), self.page)
        self.toolbar.setObjectName("workspaceToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.header = QLabel(self.toolbar)
        self.header.setObjectName("sessionHeader")
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.header.setContentsMargins(6, 0, 6, 0)
        self.toolbar.addWidget(self.header)
        spacer = QWidget(self.toolbar)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.toolbar.addWidget(spacer)
        self.toolbar.addAction(open_video)
        self.toolbar.addAction(self.send_action)
        self.page.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)

    def _build_menus(self) -> None:
        window = self.context.window
        self.playback_menu = self.media.playback_menu(window)
        window.add_menu(self.playback_menu)
        file_menu = getattr(window, "file_menu", None)
        if file_menu is not None:
            actions = file_menu.actions()
            quit_separator = next((a for a in reversed(actions) if a.isSeparator()), None)
            file_menu.insertAction(quit_separator, self.media.open_video_action)
            file_menu.insertAction(quit_separator, self.send_action)
        view_menu = getattr(window, "view_menu", None)
        if view_menu is not None:
            view_menu.addAction(self.show_spec_action)
            view_menu.addAction(self.show_glossary_action)
        translation_menu = getattr(window, "translation_menu", None)
        if translation_menu is not None:
            translation_menu.addSeparator()
            translation_menu.addAction(self.import_glossary_action)
            translation_menu.addAction(self.upload_glossary_action)
            translation_menu.addAction(self.show_glossary_action)

    # -- sessions ----------------------------------------------------------------------------
    def open_session(self, document: Document, session: WorkSession) -> None:
        """Edit ``document`` as ``session`` (see the module docstring). Does nothing when the user
        keeps the current, unsaved document."""
        if not self.page.confirm_discard():
            self.context.window.show_message(self.tr("Kept {name}: {title} was not opened").format(
                name=self.controller.display_name, title=session.title))
            return
        self.context.runner.cancel("editor.open")  # a file still loading must not replace this
        self._opening = True
        try:
            self._apply_spec(session)
            # The translation rules are in force before the document comes: it is checked once.
            marks = marks_path(session.local_path) if session.local_path is not None else None
            self.workbench.set_translation(session.source_document, marks, recheck=False)
            self.workbench.set_glossary(None, recheck=False)
            self.media.hold_video = True
            self.controller.set_document(document, session.local_path)
            self.session, self._session_document = session, document
            self.controller.work_title = self.header_text(session)
        finally:
            self.media.hold_video = False
            self._opening = False
        if session.video:
            self.media.load_video(session.video)
        else:
            self.media.find_video(session.local_path)
        self._keep_source_copy(session)
        self.glossary, self.glossary_note = None, ""
        self.glossaries.load(self.project_id(session))
        if session.language_id:
            self.workbench.set_spelling_language(session.language_id)
        self._show_session(session)
        if session.local_path is not None:
            self.page.remember_work(session.local_path)
        self.context.window.show_page("editor")
        self.page.table.setFocus()
        self.sessionOpened.emit(session)

    def _apply_spec(self, session: WorkSession) -> None:
        c = self.controller
        spec = None
        if session.spec:
            try:
                spec = Spec.from_dotsub(session.spec)
            except ValueError as exc:
                self.context.window.show_message(self.tr("The task's subtitle specification is unusable ({error}): "
                                                         "QC uses {spec}").format(error=exc, spec=c.spec.name))
        if spec is not None:
            if c.spec_key != SESSION_SPEC_KEY:
                self._user_spec_key = c.spec_key
            c.custom_specs[SESSION_SPEC_KEY] = spec
            c.set_spec(SESSION_SPEC_KEY, recheck=False)  # the session's document is checked once, next
        else:
            self._drop_session_spec(recheck=False)

    def _drop_session_spec(self, *, recheck: bool = True) -> None:
        c = self.controller
        if c.spec_key == SESSION_SPEC_KEY:
            key = self._user_spec_key if self._user_spec_key in dict(c.spec_names()) else None
            c.custom_specs.pop(SESSION_SPEC_KEY, None)
            c.set_spec(key or next(iter(dict(c.spec_names()))), recheck=recheck)
        else:
            c.custom_specs.pop(SESSION_SPEC_KEY, None)

    def _document_replaced(self, document: Any) -> None:
        if self._opening or self.session is None or document is self._session_document:
            return
        if (document is not None and self.controller.path is not None and self.session.local_path is not None
                and Path(self.controller.path) == Path(self.session.local_path)):
            self._session_document = document  # the same file again (reloaded after a save)
            return
        self.session, self._session_document = None, None
        self.controller.work_title = None
        self._drop_session_spec()
        self.workbench.set_translation(None)
        self.workbench.set_glossary(None)
        self.glossary, self.glossary_note = None, ""
        self.workbench.set_spelling_language(str(self.context.ui_settings.value("editor/spelling_language", "")
                                                 or "") or None)
        self._show_session(None)
        self.sessionClosed.emit()

    def _show_session(self, session: WorkSession | None) -> None:
        page = self.page
        if session is None:
            self._plain_header(self.controller.display_name)
            self.source_view.set_source(None)
            self.source_view.hide()
            self._show_spec()
            page.pane.set_base_direction(Qt.LayoutDirection.LeftToRight)
            page.table.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        else:
            self._show_header()
            self.header.setToolTip(self._session_tooltip(session))
            if session.source_document is not None:
                self.source_view.set_source(session.source_document, session.source_language_name)
                self.source_view.show()
            else:
                self.source_view.set_source(None)
                self.source_view.hide()
            self._show_spec()
            rtl = (session.direction or "").upper() == "RTL"
            page.pane.set_base_direction(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
        self._refresh_source()
        self._show_glossary_state()
        self._update_send_action()
        self._title_changed(self.controller.display_name, self.controller.dirty)
        QTimer.singleShot(0, self._fit_spec_dock)

    def _show_header(self) -> None:
        """The session's title, then how far the translation is and what spelling says."""
        session = self.session
        if session is None:
            return
        parts = [f"<b>{_escape(self.header_text(session))}</b>"]
        progress = self.workbench.progress()
        if progress is not None:
            colour = css_color("ok_text" if progress.untranslated == 0 else "warning_text")
            parts.append(f"<span style='color:{colour}'>{_escape(self._progress_words(progress))}</span>")
        if self.workbench.spelling_note:
            parts.append(f"<span style='color:{css_color('muted_text')}'>{_escape(self.workbench.spelling_note)}</span>")
        self.header.setText(" · ".join(parts))

    def progress_text(self) -> str:
        """'6 of 9 cues translated' for a translation, else ''."""
        progress = self.workbench.progress()
        return self._progress_words(progress) if progress is not None else ""

    def _progress_words(self, progress: Any) -> str:
        """A ``core.translation.Progress`` as words: "6 of 9 cues translated (1 kept as in the source)"."""
        text = self.tr("{translated} of %n cue(s) translated", "", progress.total).format(
            translated=progress.translated)
        if progress.kept:
            text += self.tr(" ({kept} kept as in the source)").format(kept=progress.kept)
        return text

    def _fit_spec_dock(self) -> None:
        """The spec panel as tall as its text (up to half the page), the QC list takes the rest."""
        if not self.spec_dock.isVisible() or self.spec_dock.isFloating():
            return
        document = QTextDocument()
        document.setDefaultFont(self.spec_panel.label.font())
        document.setHtml(self.spec_panel.label.text())
        document.setTextWidth(max(120, self.spec_dock.width() - 40))
        height = int(document.size().height()) + 40
        total = self.spec_dock.height() + self.page.qc_dock.height()
        height = min(height, total // 2)
        self.page.resizeDocks([self.spec_dock, self.page.qc_dock], [height, max(120, total - height)],
                              Qt.Orientation.Vertical)

    def _plain_header(self, name: str) -> None:
        """A file opened from disk: its name, and that no service is attached."""
        path = self.controller.path
        if not name:
            self.header.setText("")
            self.header.setToolTip("")
            return
        where = self.tr("file on this computer") if path is not None else self.tr("not saved yet")
        self.header.setText(f"<b>{_escape(name)}</b> <span style='color:{css_color('muted_text')}'>· "
                            f"{_escape(where)}</span>")
        self.header.setToolTip(str(path) if path is not None else "")

    def _show_spec(self) -> None:
        """The session's spec while QC uses it; otherwise what QC checks against."""
        c, s = self.controller, self.session
        notes = (s.extra or {}).get("media_notes") if s is not None else None
        if s is not None and c.spec_key == SESSION_SPEC_KEY:
            self.spec_panel.set_spec(c.spec, s.spec, notes=notes)
        elif s is not None and s.spec:
            self.spec_panel.set_spec(None, notes=notes, fallback=self.tr(
                "{spec} (chosen instead of the task's specification: pick it again in the QC panel)").format(
                    spec=c.spec.describe()))
        else:
            self.spec_panel.set_spec(None, notes=notes, fallback=c.spec.describe())

    @staticmethod
    def header_text(session: WorkSession) -> str:
        """'Video Title 23 · Spanish · TRANSLATION': the session's own title, else its parts."""
        if session.title:
            return session.title
        kind = session.task_type or ""
        label = (QCoreApplication.translate("EditorWorkspace", _TASK_LABELS[kind]) if kind in _TASK_LABELS
                 else kind.removeprefix("TASK_"))
        parts = [session.extra.get("media_title") or session.media_id or "",
                 session.language_name or session.language_id or "", label]
        return " · ".join(p for p in parts if p)

    def _session_tooltip(self, session: WorkSession) -> str:
        lines = [self.tr("Service: {service}").format(service=session.service or self.tr("file"))]
        if session.media_id:
            lines.append(self.tr("Media {media}").format(media=session.media_id))
        if session.language_id:
            lines.append(self.tr("Language {name} ({language}, {direction})").format(
                name=session.language_name or "", language=session.language_id, direction=session.direction))
        if session.task_id:
            lines.append(self.tr("Task {task} ({type})").format(task=session.task_id, type=session.task_type or ""))
        if session.local_path:
            lines.append(self.tr("Saved at {path}").format(path=session.local_path))
        return "\n".join(lines)

    # -- translation ---------------------------------------------------------------------------
    @staticmethod
    def project_id(session: WorkSession | None) -> str | None:
        if session is None:
            return None
        extra = session.extra or {}
        project = extra.get("project_id") or (extra.get("task") or {}).get("projectId")
        return str(project) if project else None

    @staticmethod
    def source_language_id(session: WorkSession) -> str | None:
        extra = session.extra or {}
        language = extra.get("source_language_id") or (extra.get("task") or {}).get("sourceTrackLanguageId")
        return str(language) if language else None

    def document_language(self) -> str | None:
        """The language of the open work (Dotsub's id, e.g. ``es-ES``), when a session says it."""
        return self.session.language_id if self.session is not None else None

    def _keep_source_copy(self, session: WorkSession) -> asyncio.Task | None:
        """The source beside the work file, so the task list can tell the progress later."""
        if session.source_document is None or session.local_path is None:
            return None
        source, target = session.source_document, source_copy_path(session.local_path)

        async def keep() -> None:
            from subtitle_desk.core import storage

            try:
                await asyncio.to_thread(storage.save_document, source, target, None, backup=False)
            except (OSError, ValueError) as exc:
                log.info("The source copy was not kept: %s", exc)

        return self.context.runner.run("workspace.keep-source", keep)

    # -- glossary --------------------------------------------------------------------------------
    def _glossary_loaded(self, project_id: str, glossary: Glossary | None) -> None:
        session = self.session
        if session is None or self.project_id(session) != project_id:
            return
        self.glossary, self.glossary_note = glossary, ""
        matcher = None
        source, target = self.source_language_id(session), session.language_id
        if glossary is not None and session.source_document is not None and source and target:
            try:
                matcher = glossary.matcher(source, target)
            except GlossaryError as exc:
                self.glossary_note = exc.message
                self.context.window.show_message(self.tr("The project glossary is not used: {error}").format(
                    error=exc.message))
        self.workbench.set_glossary(matcher)
        self.source_view.set_glossary(matcher)
        self._show_glossary_state()

    def _show_glossary_state(self) -> None:
        session, glossary = self.session, self.glossary
        project = self.project_id(session)
        can_upload = bool(project) and self.glossaries.has_glossary(project) and session is not None \
            and session.service == "dotsub"
        self.import_glossary_action.setEnabled(bool(project))
        self.upload_glossary_action.setEnabled(can_upload)
        matcher = self.workbench.glossary
        if session is None:
            text = self.tr("No glossary: open a Dotsub task to use its project's glossary.")
        elif not project:
            text = self.tr("This work belongs to no Dotsub project: there is no project glossary.")
        elif glossary is None:
            text = self.tr("No glossary for this project yet. <b>Import…</b> a Dotsub glossary CSV once; every "
                           "task of the project then uses it.")
        else:
            pair = (f"{matcher.source_language} → {matcher.target_language}" if matcher is not None
                    else self.glossary_note or self.tr("not used for this work"))
            text = self.glossary_panel.describe(self.glossaries.name_for(project), glossary.languages,
                                                len(glossary.concepts), pair)
            known = self.glossaries.dotsub_id(project)
            if known:
                text += (f"<br><span style='color:{css_color('muted_text')}'>"
                         + self.tr("On Dotsub as glossary {id}").format(id=_escape(known)) + "</span>")
        self.glossary_panel.set_state(text, can_import=bool(project), can_upload=can_upload)
        self._refresh_glossary_panel()

    def _refresh_glossary_panel(self) -> None:
        row = self.page.current_row()
        matches = self.workbench.glossary_matches(row) if self.workbench.glossary is not None else []
        self.glossary_panel.set_matches(matches, has_glossary=self.workbench.glossary is not None)

    def import_glossary(self) -> asyncio.Task | None:
        """Ask for a Dotsub glossary CSV and import it for the session's project."""
        project = self.project_id(self.session)
        if project is None:
            self.page._notice("glossaryNotice", QMessageBox.Icon.Information, self.tr("No project"),
                              self.tr("A glossary belongs to a Dotsub project: open one of its tasks first."))
            return None
        start = str(self.context.ui_settings.value("workspace/glossary_dir", "") or Path.home())
        path, _ = QFileDialog.getOpenFileName(self.page, self.tr("Import a glossary"), start,
                                              self.tr("Dotsub glossary (*.csv);;All files (*)"))
        if not path:
            return None
        self.context.ui_settings.setValue("workspace/glossary_dir", str(Path(path).parent))
        return self.import_glossary_file(path)

    def import_glossary_file(self, path: str | Path) -> asyncio.Task | None:
        project = self.project_id(self.session)
        return self.glossaries.import_file(project, path) if project is not None else None

    def upload_glossary(self) -> asyncio.Task | None:
        """Create or replace the session project's glossary on Dotsub."""
        project = self.project_id(self.session)
        if project is None or not self.glossaries.has_glossary(project):
            return None
        return self.glossaries.upload(project)

    def _title_changed(self, name: str, dirty: bool) -> None:
        window = self.context.window
        if self.session is None:
            self._plain_header(name)
        if self.session is None or not name:
            return  # the main window's own title stands
        from subtitle_desk.ui.main_window import APP_NAME

        window.setWindowTitle(f"{self.header_text(self.session)} — {name}[*] — {APP_NAME}")
        window.setWindowModified(dirty)

    def _refresh_source(self) -> None:
        if self.session is None or self.session.source_document is None:
            return
        doc = self.controller.document
        row = self.page.current_row()
        self.source_view.show_cue(doc[row] if doc is not None and 0 <= row < len(doc) else None)
        self._refresh_glossary_panel()

    # -- sending -----------------------------------------------------------------------------
    def can_send(self) -> bool:
        s = self.session
        return (s is not None and s.service == "dotsub" and bool(s.media_id) and bool(s.language_id)
                and self.controller.document is not None)

    def _update_send_action(self) -> None:
        enabled = self.can_send()
        self.send_action.setEnabled(enabled)
        self.send_action.setVisible(self.session is None or self.session.service in ("", "dotsub"))

    def send(self) -> SendDialog | None:
        """Ask (QC warning, complete task) and send. Non-blocking: the dialog is ``self.send_dialog``."""
        if not self.can_send():
            return None
        if self.context.runner.is_running("workspace.send"):
            self.context.window.show_message(self.tr("Still sending the previous version to Dotsub"))
            return None
        s = self.session
        assert s is not None
        c = self.controller
        if not len(c.document or []):
            self.page._notice("sendFailedNotice", QMessageBox.Icon.Information, self.tr("Nothing to send"),
                              self.tr("These subtitles have no cues yet: Dotsub refuses an empty file."))
            return None
        c.break_typing()
        filename = dotsub_work.send_filename(s, c.document)
        task = (s.extra or {}).get("task") or {}
        self.workbench.update_progress()
        progress = self.workbench.progress()
        dialog = SendDialog(
            title=self.header_text(s),
            target=(self.tr("Dotsub media {media}, {name} ({language}), task {task}") if s.task_id
                    else self.tr("Dotsub media {media}, {name} ({language})")).format(
                media=s.media_id, name=s.language_name or s.language_id, language=s.language_id, task=s.task_id),
            filename=filename, cue_count=len(c.document or []), problems=c.problems(), task_id=s.task_id,
            task_completed=bool(task.get("completed")),
            complete_default=bool(self.context.ui_settings.value("workspace/complete_task", False, type=bool)),
            untranslated=progress.untranslated if progress is not None else 0, parent=self.page)
        self.send_dialog = dialog
        dialog.finished.connect(lambda code, d=dialog: self._send_answered(d, code))
        dialog.open()
        return dialog

    def _send_answered(self, dialog: SendDialog, code: int) -> None:
        dialog.deleteLater()
        if code == REVIEW:
            self.page.next_problem()
            self.page.qc_dock.show()
            return
        if code != SendDialog.DialogCode.Accepted:
            return
        if dialog.complete_box.isEnabled():
            self.context.ui_settings.setValue("workspace/complete_task", dialog.complete_box.isChecked())
        self.send_now(complete_task=dialog.complete_task)

    def send_now(self, *, complete_task: bool = False) -> asyncio.Task | None:
        """Save locally, then upload (no questions asked): the runner task ``workspace.send``,
        which runs ``core.work.dotsub.send_work`` on a copy of the cues taken now."""
        if not self.can_send():
            return None
        s = self.session
        c = self.controller
        assert s is not None and c.document is not None and c.stack is not None
        document, stack = c.document, c.stack
        revision = stack.revision
        # A deep copy: the user keeps typing into the cues while the copy is saved and sent.
        snapshot = document.copy()
        work_dir = Path(self.context.work_dir)
        path = dotsub_work.send_path(s, work_dir, dotsub_work.session_format(s, snapshot))

        async def work(op: Any) -> dict[str, Any]:
            try:
                sent = await dotsub_work.send_work(self.context.services.dotsub, s, snapshot, work_dir=work_dir,
                                                   complete_task=complete_task, on_progress=op.progress)
            except ServiceError as exc:
                self._sent_file_saved(stack, revision, path)  # saved before Dotsub refused it
                self._send_failed(str(exc))
                raise ReportedError(str(exc)) from None
            except (OSError, ValueError) as exc:
                text = self.tr("Could not save {path}: {error}").format(
                    path=path, error=getattr(exc, "reason", None) or getattr(exc, "strerror", None) or exc)
                self._send_failed(text)
                raise ReportedError(text) from None
            self._sent_file_saved(stack, revision, sent.path)
            result = sent.answer
            if complete_task and s.extra is not None:
                s.extra.setdefault("task", {})["completed"] = True
            detail = sent.summary
            op.progress(1.0, detail)
            self.last_result = result
            self._send_succeeded(s, result, detail)
            return result

        return self.context.runner.run("workspace.send", work,
                                       title=self.tr("Sending {work} to Dotsub").format(work=self.header_text(s)))

    def _sent_file_saved(self, stack: Any, revision: int, path: Path) -> None:
        """The copy was saved at ``path``: when that is the editor's file and nothing changed
        since the copy was taken, the editor has no unsaved changes."""
        c_path = self.controller.path
        if (self.controller.stack is stack and stack.revision == revision and c_path is not None
                and Path(c_path) == Path(path)):
            stack.mark_clean()

    def _send_succeeded(self, session: WorkSession, result: dict[str, Any], detail: str) -> None:
        self.context.window.show_message(self.tr("Sent to Dotsub: {detail}").format(detail=detail))
        self._update_send_action()
        self.page._notice("sentNotice", QMessageBox.Icon.Information, self.tr("Sent to Dotsub"),
                          self.tr("{work} is on Dotsub.").format(work=self.header_text(session)), detail)
        self.sent.emit(session, result)

    def _send_failed(self, message: str) -> None:
        self.page._notice("sendFailedNotice", QMessageBox.Icon.Warning, self.tr("Could not send to Dotsub"),
                          self.tr("The subtitles were not sent."), message)
        self.sendFailed.emit(message)

    # -- the last work -----------------------------------------------------------------------
    _RECORDED = ("title", "service", "media_id", "language_id", "language_name", "direction", "task_id",
                 "task_type", "spec", "source_language_name", "video")

    def session_record(self) -> dict[str, Any] | None:
        """The open session as JSON, for opening it again at the next start (None when the
        editor's file is not the session's)."""
        s, path = self.session, self.controller.path
        if s is None or s.local_path is None or path is None or Path(path) != Path(s.local_path):
            return None
        record = {name: getattr(s, name) for name in self._RECORDED}
        record["extra"] = json.loads(json.dumps(s.extra or {}, default=str))
        record["demo"] = bool(self.context.demo)
        if s.source_document is not None:
            record["source_path"] = str(source_copy_path(s.local_path))
        return record

    def reopen_session(self, record: dict[str, Any]) -> asyncio.Task:
        """Open the work ``record`` names again as its session (files read off the UI thread):
        its cues, and its source when the copy kept beside it is there."""
        path = Path(record["path"])
        info = dict(record.get("session") or {})
        if bool(info.get("demo")) != bool(self.context.demo):
            # Work of the demo services is not sent to the real ones (nor the other way): the
            # file opens as a plain file.
            return self.controller.open_path(path)

        def read() -> tuple[Document, Document | None] | None:
            from subtitle_desk.core import formats

            if not path.is_file():
                return None
            document = formats.read_path(path)
            source_path = info.get("source_path")
            source = (formats.read_path(source_path) if source_path and Path(source_path).is_file() else None)
            return document, source

        async def reopen() -> None:
            from subtitle_desk.core import formats

            try:
                found = await asyncio.to_thread(read)
            except (OSError, formats.SubtitleReadError) as exc:
                self.context.window.show_message(self.tr("The last work was not opened again: {error}").format(
                    error=exc))
                raise ReportedError(str(exc)) from None
            if found is None or self.controller.document is not None \
                    or self.context.runner.is_running("editor.open"):
                return  # gone, or something else was opened meanwhile
            document, source = found
            fields = {name: info.get(name) for name in self._RECORDED if info.get(name) is not None}
            session = WorkSession(**fields, local_path=path, source_document=source,
                                  extra=dict(info.get("extra") or {}))
            if source is None:
                session.source_language_name = None
            self.open_session(document, session)
            self.context.window.show_message(self.tr("Opened your last work again: {title}").format(
                title=session.title))

        return self.context.runner.run("workspace.reopen", reopen,
                                       title=self.tr("Opening {name} again").format(name=path.name))

    # -- state -------------------------------------------------------------------------------
    def save_state(self) -> None:
        settings = self.context.ui_settings
        settings.setValue("workspace/bottom_splitter", self.bottom_splitter.saveState())
        if self.controller.spec_key == SESSION_SPEC_KEY and self._user_spec_key:
            # The page saved the session's spec, which means nothing next time: keep the user's.
            settings.setValue("editor/spec", self._user_spec_key)

    def copy_source_text(self) -> None:
        """The current cue takes the overlapping source text (names, numbers, on-screen text)."""
        row = self.page.current_row()
        text = self.source_view.source_text()
        if row < 0 or not text or self.controller.document is None:
            return
        self.controller.break_typing()
        self.controller.set_text(row, text)
        self.controller.break_typing()


def _escape(text: str) -> str:
    import html

    return html.escape(text)


def install(context: DeskContext) -> EditorWorkspace:
    """Build the workspace into the editor page and set it as ``context.workspace``."""
    workspace = EditorWorkspace(context)
    context.workspace = workspace
    window = context.window
    if hasattr(window, "closed"):
        window.closed.connect(workspace.save_state)
        window.closed.connect(workspace.media.panel.shutdown)
    return workspace
