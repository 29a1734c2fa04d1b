"""The video picture with the subtitle overlay on top.

A QGraphicsVideoItem in a QGraphicsView rather than a QVideoWidget: QVideoWidget renders into a
native child window that nothing can be painted over, while a scene lets the subtitle item sit
on the picture. The picture keeps its aspect ratio; the overlay follows the picture's rectangle
so the text sits where it will sit on a viewer's screen.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSizeF, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QResizeEvent
from PySide6.QtMultimediaWidgets import QGraphicsVideoItem
from PySide6.QtWidgets import QFrame, QGraphicsScene, QGraphicsView, QWidget

from subtitle_desk.ui.media.overlay import SubtitleOverlayItem

__all__ = ["VideoView"]


class VideoView(QGraphicsView):
    clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("videoView")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setBackgroundBrush(QColor(0, 0, 0))
        self.setMinimumSize(160, 90)
        self._scene = QGraphicsScene(self)
        self.setScene(self._scene)
        self.video_item = QGraphicsVideoItem()
        self.video_item.setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
        self._scene.addItem(self.video_item)
        self.overlay = SubtitleOverlayItem()
        self._scene.addItem(self.overlay)
        self.video_item.nativeSizeChanged.connect(lambda _size: self._layout())
        self.message = ""
        self._layout()

    def set_message(self, text: str) -> None:
        """A line drawn in the middle of the (empty or broken) picture."""
        self.message = text
        self.viewport().update()

    def picture_rect(self) -> QRectF:
        """Where the picture is drawn, in scene (= viewport) coordinates."""
        area = QRectF(0, 0, max(1, self.viewport().width()), max(1, self.viewport().height()))
        native = self.video_item.nativeSize()
        if native.isEmpty():
            native = QSizeF(16, 9)
        size = native.scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
        return QRectF(area.center().x() - size.width() / 2, area.center().y() - size.height() / 2,
                      size.width(), size.height())

    def _layout(self) -> None:
        area = QRectF(0, 0, max(1, self.viewport().width()), max(1, self.viewport().height()))
        self._scene.setSceneRect(area)
        self.video_item.setPos(0, 0)
        self.video_item.setSize(area.size())
        self.overlay.set_picture_rect(self.picture_rect())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._layout()

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:
        if self.message:
            painter.save()
            painter.setPen(QColor(230, 230, 230))
            area = self.sceneRect().adjusted(20, 20, -20, -20)
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.message)
            painter.restore()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mouseReleaseEvent(event)
