"""Wires the MediaPanel (video, overlay, waveform) into the editor page.

``MediaBinding`` attaches the panel beside the cue table and keeps the two in step:

* the open document and its undo stack go to the panel (its retiming pushes undoable edits);
* choosing a cue seeks the video to its start; a cue activated on the waveform selects its row
  (without seeking: the click already put the playhead where the user wanted it);
* the panel's playback and timing actions make up the "Playback" menu, with "Open video…";
* a video file dropped on the media area (or anywhere on the page) is loaded;
* the last video used with a subtitle file is remembered (``ui_settings``) and loaded again when
  that file is opened; else a video beside the file with the same name is loaded (looked up off
  the UI thread). A file with neither clears the preview: no other episode's video lingers.
"""

from __future__ import annotations

import asyncio
import json
import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QModelIndex, QObject, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QWidget

from subtitle_desk.ui.editor.controller import EditorController
from subtitle_desk.ui.media import MediaPanel

__all__ = ["MediaBinding", "VIDEO_SUFFIXES", "VIDEO_FILTER", "NO_VIDEO_MESSAGE", "NO_WAVEFORM_MESSAGE"]

VIDEO_SUFFIXES = (".mp4", ".m4v", ".mov", ".mkv", ".webm", ".avi", ".mpg", ".mpeg", ".ts", ".mts", ".mxf",
                  ".wmv", ".flv", ".ogv", ".mp3", ".wav", ".m4a", ".aac", ".flac", ".ogg", ".opus")
_VIDEO_FILTER = QT_TRANSLATE_NOOP("MediaBinding", "Video and audio ({patterns});;All files (*)")
_VIDEO_PATTERNS = " ".join(f"*{s}" for s in VIDEO_SUFFIXES)
#: The file dialog's filter (in English: ``video_filter()`` is the one shown).
VIDEO_FILTER = _VIDEO_FILTER.format(patterns=_VIDEO_PATTERNS)
#: The empty video and waveform areas' texts (in English: shown translated).
NO_VIDEO_MESSAGE = QT_TRANSLATE_NOOP("MediaBinding",
                                     "No video. Playback ▸ Open video… (Ctrl+Shift+O), or drop a video file here.")
NO_WAVEFORM_MESSAGE = QT_TRANSLATE_NOOP("MediaBinding", "The audio waveform appears here once a video is open.")
_SETTINGS_KEY = "editor/videos"
_REMEMBERED = 200


def _tr(text: str) -> str:
    return QCoreApplication.translate("MediaBinding", text)


def video_filter() -> str:
    """The file dialog's filter for videos, in the user's language."""
    return _tr(_VIDEO_FILTER).format(patterns=_VIDEO_PATTERNS)


def is_video_path(path: str) -> bool:
    return Path(path).suffix.lower() in VIDEO_SUFFIXES


class MediaBinding(QObject):
    #: a video (path or URL) was loaded into the panel
    videoLoaded = Signal(str)

    def __init__(self, page: Any, controller: EditorController, settings: QSettings,
                 panel: MediaPanel | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent or page)
        self.page, self.controller, self.settings = page, controller, settings
        self.panel = panel or MediaPanel()
        self.video: str | None = None
        #: While True, a replaced document does not bring back its remembered video (the
        #: workspace loads the session's own).
        self.hold_video = False
        #: The subtitle file the loaded video belongs to.
        self.owner: Path | None = None
        self._serial = 0
        self._from_panel = False
        page.attach_media(self.panel)
        self.panel.setMinimumWidth(320)
        # The waveform spans the page's width under the table and the video: retiming wants
        # horizontal room far more than a column beside the table can give.
        self.waveform = self.panel.waveform
        self.waveform.setMinimumHeight(96)
        page.splitter.insertWidget(1, self.waveform)
        for index, stretch in enumerate((5, 2, 3)):
            page.splitter.setStretchFactor(index, stretch)
        if settings.value("editor/splitter") is None:
            page.splitter.setSizes([500, 150, 230])
        if settings.value("editor/top_splitter") is None:
            page.top_splitter.setSizes([620, 460])
        self.panel.video.set_message(_tr(NO_VIDEO_MESSAGE))
        self.waveform.set_message(_tr(NO_WAVEFORM_MESSAGE))

        self.open_video_action = QAction(self.tr("Open &video…"), self)
        self.open_video_action.setObjectName("openVideoAction")
        self.open_video_action.setShortcut(QKeySequence("Ctrl+Shift+O"))
        self.open_video_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.open_video_action.setStatusTip(self.tr("Play a video (or audio) file beside these subtitles"))
        self.open_video_action.triggered.connect(lambda _checked=False: self.choose_video())
        page.addAction(self.open_video_action)
        self.follow_action = QAction(self.tr("&Follow the playhead in the table"), self)
        self.follow_action.setObjectName("followPlayheadAction")
        self.follow_action.setCheckable(True)
        self.follow_action.setChecked(settings.value("editor/follow_playhead", True, type=bool))
        self.follow_action.setStatusTip(self.tr("While the video plays, select the cue on screen (not while typing)"))
        self.follow_action.toggled.connect(lambda on: settings.setValue("editor/follow_playhead", on))

        controller.documentReplaced.connect(self._document_replaced)
        controller.saved.connect(self._saved)
        page.table.selectionModel().currentRowChanged.connect(self._current_row_changed)
        self.panel.cueActivated.connect(self._cue_activated)
        self.panel.positionChanged.connect(self._position_changed)
        self.panel.errorOccurred.connect(page.message)
        for widget in (self.panel, *self.panel.findChildren(QWidget)):
            widget.setAcceptDrops(True)
            widget.installEventFilter(self)
        page.installEventFilter(self)  # a video dropped on the table is a video, not subtitles
        self._document_replaced(controller.document)

    # -- menu --------------------------------------------------------------------------------
    def playback_menu(self, parent: QWidget) -> QMenu:
        menu = QMenu(self.tr("&Playback"), parent)
        menu.setObjectName("playbackMenu")
        menu.addAction(self.open_video_action)
        menu.addSeparator()
        p = self.panel
        menu.addAction(p.play_pause_action)
        menu.addAction(p.play_cue_action)
        speed = menu.addMenu(self.tr("&Speed"))
        speed.addAction(p.slower_action)
        speed.addAction(p.faster_action)
        speed.addSeparator()
        for action in p.speed_actions:
            speed.addAction(action)
        menu.addAction(self.follow_action)
        menu.addSeparator()
        menu.addAction(p.set_start_action)
        menu.addAction(p.set_end_action)
        nudge = menu.addMenu(self.tr("&Nudge"))
        for i, action in enumerate(p.timing_actions[2:]):
            if i and i % 4 == 0:
                nudge.addSeparator()
            nudge.addAction(action)
        return menu

    # -- video -------------------------------------------------------------------------------
    def load_video(self, source: str | os.PathLike | None, *, remember: bool = True) -> None:
        """Play ``source`` (a local path or URL) with the open subtitles; None clears the preview."""
        self._serial += 1  # a video lookup still running is now stale
        self.owner = self.controller.path
        if not source:
            self.video = None
            self.panel.player.unload()
            self.panel.waveform.set_peaks(None)
            self.panel.waveform.set_message(_tr(NO_WAVEFORM_MESSAGE))
            self.panel.video.set_message(_tr(NO_VIDEO_MESSAGE))
            return
        source = str(source)
        self.video = source
        self.panel.load_video(source)
        if remember:
            self._remember(source, self.controller.path)
        self.videoLoaded.emit(source)

    def choose_video(self) -> None:
        start = ""
        if self.video and not _is_url(self.video):
            start = str(Path(self.video).parent)
        elif self.controller.path is not None:
            start = str(self.controller.path.parent)
        path, _ = QFileDialog.getOpenFileName(self.page, self.tr("Open video"), start, video_filter())
        if path:
            self.load_video(path)

    def find_video(self, subtitle_path: str | os.PathLike | None) -> asyncio.Task | None:
        """Look for the video of ``subtitle_path`` off the UI thread (the one last used with it,
        else one beside it with the same name) and load it; the preview is cleared when there
        is none. Runs as the runner's ``editor.find-video`` task."""
        document, serial, memory = self.controller.document, self._serial, self._memory()

        async def look() -> str | None:
            video = None
            if subtitle_path is not None:
                video = await asyncio.to_thread(_find_video, Path(subtitle_path), memory)
            if self._serial == serial and self.controller.document is document:
                self.load_video(video, remember=False)
                self.owner = Path(subtitle_path) if subtitle_path is not None else None
            return video

        return self.controller.runner.run("editor.find-video", look)

    def _memory(self) -> dict[str, str]:
        raw = self.settings.value(_SETTINGS_KEY, "")
        try:
            value = json.loads(raw) if raw else {}
        except (TypeError, ValueError):
            return {}
        return value if isinstance(value, dict) else {}

    def _remember(self, video: str, subtitle_path: Path | None) -> None:
        if subtitle_path is None or _is_url(video):
            return  # a URL may be signed (and expire): only local files are remembered
        memory = self._memory()
        key = str(Path(subtitle_path).resolve())
        memory.pop(key, None)
        memory[key] = video  # newest last; the oldest are forgotten
        while len(memory) > _REMEMBERED:
            memory.pop(next(iter(memory)))
        self.settings.setValue(_SETTINGS_KEY, json.dumps(memory))

    def _saved(self, path: str, _notes: list) -> None:
        """Saved under another name (or converted and reloaded): the video stays with the cues."""
        if self.video is not None and self.owner != Path(path):
            self._serial += 1  # the reload's lookup must not clear the preview
            self.owner = Path(path)
            self._remember(self.video, Path(path))

    # -- document and rows -------------------------------------------------------------------
    def _document_replaced(self, document: Any) -> None:
        self.panel.set_document(document, self.controller.stack if document is not None else None)
        # The page selected its first row before this slot ran: tell the panel.
        self.panel.set_current_row(self.page.current_row() if document is not None else -1)
        if document is None or self.hold_video:
            return
        path = self.controller.path
        if path is not None and self.owner == path and self.video is not None:
            return  # the same file again: keep playing its video
        self.find_video(path)

    def _current_row_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        row = current.row() if current.isValid() else -1
        self.panel.set_current_row(row)
        doc = self.controller.document
        if self._from_panel or doc is None or not 0 <= row < len(doc):
            return
        if self.video is not None:
            self.panel.seek(doc[row].start)

    def _position_changed(self, ms: int) -> None:
        """While playing, the table follows the cue on screen (never while the user types)."""
        if not self.follow_action.isChecked() or not self.panel.player.is_playing():
            return
        if self.page.pane.text_edit.hasFocus():
            return
        rows = self.panel.rows_at(ms)
        if rows and self.page.current_row() not in rows:
            self._cue_activated(rows[0])

    def _cue_activated(self, row: int) -> None:
        self._from_panel = True
        try:
            self.page.select_row(row)
        finally:
            self._from_panel = False

    # -- drops -------------------------------------------------------------------------------
    @staticmethod
    def _dropped_video(event: QDragEnterEvent | QDropEvent) -> str | None:
        mime = event.mimeData()
        if mime is None or not mime.hasUrls():
            return None
        for url in mime.urls():
            if url.isLocalFile() and is_video_path(url.toLocalFile()):
                return url.toLocalFile()
        return None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt naming)
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            if self._dropped_video(event):  # type: ignore[arg-type]
                event.acceptProposedAction()  # type: ignore[attr-defined]
                return True
        elif kind == QEvent.Type.Drop:
            path = self._dropped_video(event)  # type: ignore[arg-type]
            if path:
                event.acceptProposedAction()  # type: ignore[attr-defined]
                self.load_video(path)
                self.page.message.emit(self.tr("Video: {name}").format(name=Path(path).name))
                return True
        return False


def _find_video(subtitle_path: Path, memory: dict[str, str]) -> str | None:
    """The video last used with ``subtitle_path`` if it still exists, else a video beside it
    named like it ("episode.mp4" for "episode.srt" or "episode.es.srt")."""
    remembered = memory.get(str(subtitle_path.resolve()))
    if remembered and (_is_url(remembered) or Path(remembered).is_file()):
        return remembered
    folder = subtitle_path.parent
    stem = subtitle_path.name.rsplit(".", 1)[0].lower()
    try:
        entries = sorted(p for p in folder.iterdir() if p.suffix.lower() in VIDEO_SUFFIXES and p.is_file())
    except OSError:
        return None
    best = None
    for video in entries:
        name = video.stem.lower()
        if name == stem:
            return str(video)
        if best is None and stem.startswith(name + "."):
            best = str(video)
    return best


def _is_url(text: str) -> bool:
    head = text.split(":", 1)[0]
    return "://" in text and len(head) > 1
