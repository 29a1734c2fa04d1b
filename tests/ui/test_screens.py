"""Every screen and scale: the first window fits the screen, a restored one lands whole on a
screen that still exists, and the app icon is drawn sharp at 100, 150 and 200 %."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QMainWindow

from subtitle_desk.ui.app import RESOURCES, app_icon
from subtitle_desk.ui.screens import FRAME, PREFERRED_SIZE, available_geometries, first_size, fit_to_screen, fit_window

LAPTOP = QRect(0, 0, 1280, 720 - 40)          # 1280x720, a task bar at the bottom
DESK = QRect(0, 0, 1920, 1080 - 40)
RIGHT_MONITOR = QRect(1920, 0, 2560, 1440)


def outer(rect: QRect) -> QRect:
    return rect.marginsAdded(FRAME)


@pytest.mark.parametrize("available", [LAPTOP, DESK, QRect(0, 0, 1024, 600), QRect(1920, 0, 2560, 1400)])
def test_the_first_window_fits_the_screen_with_its_title_bar(available):
    size = first_size(available)
    placed = fit_to_screen(QRect(available.topLeft(), size), [available])

    assert available.contains(outer(placed))
    assert size.width() <= PREFERRED_SIZE.width() and size.height() <= PREFERRED_SIZE.height()


def test_the_first_window_is_the_preferred_size_where_there_is_room():
    assert first_size(DESK) == PREFERRED_SIZE


def test_a_window_left_on_a_monitor_that_is_gone_comes_back_to_the_primary_screen():
    last_time = QRect(2300, 200, 1400, 860)  # on the right monitor, now unplugged

    placed = fit_to_screen(last_time, [LAPTOP])

    assert LAPTOP.contains(outer(placed))


def test_a_window_that_still_fits_where_it_was_stays_there():
    last_time = QRect(100, 80, 1000, 600)
    assert fit_to_screen(last_time, [DESK, RIGHT_MONITOR]) == last_time


def test_a_window_goes_to_the_screen_it_overlaps_most_and_shrinks_to_fit_it():
    straddling = QRect(1700, 100, 2000, 1600)  # mostly on the right monitor, taller than it

    placed = fit_to_screen(straddling, [DESK, RIGHT_MONITOR])

    assert RIGHT_MONITOR.contains(outer(placed))
    assert placed.width() == 2000
    assert placed.height() == RIGHT_MONITOR.height() - FRAME.top() - FRAME.bottom()


def test_a_title_bar_above_the_top_of_the_screen_is_brought_down():
    placed = fit_to_screen(QRect(50, 0, 800, 500), [DESK])
    assert placed.top() == DESK.top() + FRAME.top()


def test_without_any_screen_the_geometry_is_left_alone():
    assert fit_to_screen(QRect(5, 5, 10, 10), []) == QRect(5, 5, 10, 10)


def test_fit_window_moves_a_real_window_onto_the_screen(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    screen = available_geometries()[0]
    window.setGeometry(screen.right() + 500, screen.bottom() + 500, 300, 200)

    fit_window(window)

    assert screen.contains(window.geometry().marginsAdded(FRAME))
    assert window.size() == QSize(300, 200)


def test_fit_window_leaves_a_maximized_window_to_the_window_manager(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    window.setGeometry(-5000, -5000, 300, 200)
    window.setWindowState(Qt.WindowState.WindowMaximized)
    before = window.geometry()

    fit_window(window)

    assert window.geometry() == before


# -- the app icon --------------------------------------------------------------------------------
def rendered(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(RESOURCES / "subtitle-desk.svg")).render(painter)
    painter.end()
    return image


def pixels(image: QImage) -> np.ndarray:
    image = image.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
    return np.frombuffer(image.constBits(), dtype=np.uint8).reshape(image.height(), image.bytesPerLine())


@pytest.mark.parametrize("scale", [1.0, 1.5, 2.0])
@pytest.mark.parametrize("size", [16, 24, 32, 48])
def test_the_app_icon_is_drawn_for_the_screen_s_pixels_not_scaled_up(qapp, size, scale):
    pixmap = app_icon().pixmap(QSize(size, size), scale)
    device = round(size * scale)

    assert pixmap.size() == QSize(device, device)
    # the same pixels as the SVG drawn at that size: nothing was blown up from a smaller image
    difference = np.abs(pixels(pixmap.toImage()).astype(int) - pixels(rendered(device)).astype(int))
    assert difference.mean() < 2


def test_the_bundled_pngs_cover_small_icons_at_every_scale():
    # for where no SVG icon engine is: each size a window or task bar asks for, at 100, 150 and 200 %
    sizes = {int(p.stem.rsplit("-", 1)[1]) for p in RESOURCES.glob("subtitle-desk-*.png")}
    for logical in (16, 24, 32, 48):
        for scale in (1, 1.5, 2):
            assert round(logical * scale) in sizes
