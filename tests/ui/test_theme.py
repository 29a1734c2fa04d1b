"""Light and dark: the saved choice, the palette each choice installs, and the widgets that draw
their own colours following a change (offscreen, where the platform ignores a requested scheme)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel

from subtitle_desk.core.document import Cue, Document
from subtitle_desk.core.edits import UndoStack
from subtitle_desk.core.glossary import parse_glossary
from subtitle_desk.core.qc import Problem
from subtitle_desk.ui import theme
from subtitle_desk.ui.theme import DARK, LIGHT, apply_theme, is_dark, palette_colors, saved_theme, theme_changed


@pytest.fixture(autouse=True)
def back_to_system(qapp) -> Iterator[None]:
    yield
    apply_theme("system")


@pytest.fixture
def settings(tmp_path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def window_colour() -> QColor:
    return QApplication.palette().color(QPalette.ColorRole.Window)


def test_the_saved_choice_is_read_back_and_anything_else_means_system(settings):
    assert saved_theme(settings) == "system"
    theme.save_theme(settings, "dark")
    assert saved_theme(settings) == "dark"
    assert settings.value(theme.SETTINGS_KEY) == "dark"
    settings.setValue(theme.SETTINGS_KEY, "purple")
    assert saved_theme(settings) == "system"
    with pytest.raises(ValueError):
        theme.save_theme(settings, "purple")


def test_forcing_dark_installs_a_dark_palette_even_where_the_platform_ignores_the_request(qapp):
    apply_theme("dark")

    assert is_dark()
    assert theme.current_theme() == "dark"
    assert window_colour() == DARK.window
    assert QApplication.palette().color(QPalette.ColorRole.Text) == DARK.text
    assert QApplication.palette().color(QPalette.ColorRole.Base) == DARK.base
    assert QApplication.style().name() == "fusion"
    assert palette_colors() is DARK


def test_forcing_light_after_dark_installs_the_light_palette(qapp):
    apply_theme("dark")
    apply_theme("light")

    assert not is_dark()
    assert window_colour() == LIGHT.window
    assert QApplication.palette().color(QPalette.ColorRole.HighlightedText) == LIGHT.highlighted_text
    assert palette_colors() is LIGHT


def test_system_gives_the_platform_back_its_palette_and_style(qapp):
    before, style = QApplication.palette(), QApplication.style().name()
    apply_theme("dark")

    apply_theme("system")

    assert QApplication.palette() == before
    assert QApplication.style().name() == style
    assert theme.current_theme() == "system"
    assert is_dark() == (before.color(QPalette.ColorRole.Window).lightness() < 128)


def test_every_choice_announces_the_scheme_now_on_screen(qtbot):
    with qtbot.waitSignal(theme_changed(), timeout=1000) as dark:
        apply_theme("dark")
    with qtbot.waitSignal(theme_changed(), timeout=1000) as light:
        apply_theme("light")

    assert dark.args == [Qt.ColorScheme.Dark]
    assert light.args == [Qt.ColorScheme.Light]


def test_an_unknown_choice_is_refused_and_changes_nothing(qapp):
    before = QApplication.palette()
    with pytest.raises(ValueError):
        apply_theme("sepia")
    assert QApplication.palette() == before


def test_style_sheets_that_name_palette_colours_follow_a_change(qtbot):
    label = QLabel()
    label.setStyleSheet("QLabel { background: palette(window); }")
    label.resize(40, 20)
    qtbot.addWidget(label)
    label.show()
    qtbot.waitExposed(label)

    apply_theme("dark")

    assert label.grab().toImage().pixelColor(20, 10) == DARK.window


# -- widgets that draw their own colours --------------------------------------------------------
def test_the_waveform_strip_is_drawn_in_the_scheme_on_screen(qtbot):
    from subtitle_desk.ui.media.waveform import WaveformWidget

    doc = Document([Cue(1000, 2000, "First cue")])
    strip = WaveformWidget()
    qtbot.addWidget(strip)
    strip.resize(400, 120)
    strip.set_media_duration(4000)
    strip.set_document(doc, UndoStack(doc))
    strip.show()
    qtbot.waitExposed(strip)
    empty_x = int(strip.x_for_ms(3000))  # no cue there, and no audio: the bare background

    apply_theme("dark")
    dark = strip.grab().toImage().pixelColor(empty_x, 60)
    apply_theme("light")
    light = strip.grab().toImage().pixelColor(empty_x, 60)

    assert dark == DARK.waveform_background
    assert light == LIGHT.waveform_background


def test_the_cue_table_tints_problems_and_untranslated_cues_in_the_scheme_on_screen(qapp):
    from subtitle_desk.ui.editor.cue_model import CueTableModel

    model = CueTableModel(Document([Cue(0, 500, "Too fast to read, far too fast")]))
    model.set_problem_source(lambda row: [Problem(row, "max-cps", 60.0, 20.0, "Reading speed 60 > 20")])
    qc = model.index(0, CueTableModel.QC)
    cps = model.index(0, CueTableModel.CPS)

    apply_theme("dark")
    dark = (qc.data(Qt.ItemDataRole.BackgroundRole).color(), cps.data(Qt.ItemDataRole.ForegroundRole).color())
    apply_theme("light")
    light = (qc.data(Qt.ItemDataRole.BackgroundRole).color(), cps.data(Qt.ItemDataRole.ForegroundRole).color())

    assert dark == (DARK.problem_background, DARK.error_text)
    assert light == (LIGHT.problem_background, LIGHT.error_text)


def test_the_qc_summary_is_recoloured_when_the_theme_changes(qtbot):
    from subtitle_desk.ui.editor.qc_panel import QcPanel

    panel = QcPanel()
    qtbot.addWidget(panel)
    panel.set_source(lambda: [Problem(0, "overlap", 1, 0, "Overlaps the next cue")])
    apply_theme("light")
    assert LIGHT.error_text.name() in panel.summary.styleSheet()

    apply_theme("dark")

    assert DARK.error_text.name() in panel.summary.styleSheet()
    rule = panel.model.index(0, panel.model.RULE).data(Qt.ItemDataRole.ForegroundRole)
    assert rule.color() == DARK.error_text


def test_overdue_tasks_and_their_legend_take_the_scheme_on_screen(qtbot):
    from subtitle_desk.ui.desk.dotsub.tasks import OVERDUE_COLOR, TasksModel, _Swatch

    model = TasksModel(None)
    overdue = {"id": "7", "dueDate": (datetime.now(timezone.utc) - timedelta(hours=3)).isoformat(),
               "errored": True}
    legend = _Swatch("overdue_background", "Overdue", None)
    qtbot.addWidget(legend)

    apply_theme("dark")
    background = model.role_data(overdue, "status", Qt.ItemDataRole.BackgroundRole).color()
    foreground = model.role_data(overdue, "status", Qt.ItemDataRole.ForegroundRole).color()

    assert (background, foreground) == (DARK.overdue_background, DARK.error_text)
    assert DARK.overdue_background.name() in legend.styleSheet()
    assert DARK.text.name() in legend.styleSheet()
    apply_theme("light")
    assert model.role_data(overdue, "status", Qt.ItemDataRole.BackgroundRole).color() == OVERDUE_COLOR
    assert LIGHT.overdue_background.name() in legend.styleSheet()


def test_track_and_job_statuses_are_coloured_for_the_scheme_on_screen(qapp):
    from subtitle_desk.core.services.datocms import Track
    from subtitle_desk.ui.desk.cielo24.models import JobsModel
    from subtitle_desk.ui.desk.datocms.models import TracksModel

    tracks = TracksModel()
    tracks.show_upload("u1", [Track("t1", "u1", "subtitles", "fr", status="errored", error="Bad file")])
    jobs = JobsModel()
    jobs.set_jobs([{"JobId": "j1", "JobName": "Episode 2", "JobStatus": "Complete"}])
    status = tracks.index(0, tracks.column_of("status"))
    job = jobs.index(0, jobs.column_of("JobStatus"))

    apply_theme("dark")
    assert status.data(Qt.ItemDataRole.ForegroundRole).color() == DARK.error_text
    assert job.data(Qt.ItemDataRole.ForegroundRole).color() == DARK.ok_text
    apply_theme("light")
    assert status.data(Qt.ItemDataRole.ForegroundRole).color() == LIGHT.error_text
    assert job.data(Qt.ItemDataRole.ForegroundRole).color() == LIGHT.ok_text


def test_glossary_terms_in_the_source_are_tinted_for_the_scheme_on_screen(qtbot):
    from subtitle_desk.ui.editor.source_view import SourceView

    view = SourceView()
    qtbot.addWidget(view)
    view.set_source(Document([Cue(0, 2000, "The waveform shows the audio")]), "English")
    view.set_glossary(parse_glossary("en-US,fr-FR\nwaveform,forme d'onde\n").matcher("en-US", "fr-FR"))
    view.show_range(0, 2000)

    def term_background() -> QColor:
        block = view.text.document().begin()
        while block.isValid():
            for fmt in block.layout().formats():
                if fmt.format.background().style() != Qt.BrushStyle.NoBrush:
                    return fmt.format.background().color()
            block = block.next()
        return QColor()

    apply_theme("dark")
    assert term_background() == DARK.glossary_background
    apply_theme("light")
    assert term_background() == LIGHT.glossary_background


def test_a_rejected_time_is_marked_in_the_scheme_on_screen(qtbot):
    from subtitle_desk.ui.editor.pane import CueEditorPane

    pane = CueEditorPane()
    qtbot.addWidget(pane)
    pane.show_cue(0, Cue(1000, 2000, "Hello"))
    apply_theme("light")
    pane.start_edit.setText("not a time")
    pane.start_edit.setModified(True)
    pane.start_edit.editingFinished.emit()
    assert LIGHT.invalid_background.name() in pane.start_edit.styleSheet()

    apply_theme("dark")

    assert DARK.invalid_background.name() in pane.start_edit.styleSheet()
    assert pane.spelling.format.underlineColor() == DARK.spelling_underline


def test_a_failed_operation_is_reported_in_the_scheme_on_screen(qtbot):
    from subtitle_desk.ui.activity_panel import ActivityPanel
    from subtitle_desk.ui.runner import ActivityModel, Operation, OpState

    model = ActivityModel()
    panel = ActivityPanel(model)
    qtbot.addWidget(panel)
    op = model.add(Operation("upload", "Upload episode.mp4"))
    op._finish(OpState.FAILED, "The server said no")
    panel.select(op)
    apply_theme("light")
    assert LIGHT.error_text.name() in panel.message.styleSheet()

    apply_theme("dark")

    assert DARK.error_text.name() in panel.message.styleSheet()


# -- the app's own icons -----------------------------------------------------------------------
def glyph_colour(icon) -> QColor:
    from PySide6.QtCore import QSize

    image = icon.pixmap(QSize(24, 24)).toImage()
    opaque = [image.pixelColor(x, y) for y in range(24) for x in range(24) if image.pixelColor(x, y).alpha() == 255]
    return opaque[0] if opaque else QColor()


def test_the_app_s_icons_are_drawn_in_the_text_colour_and_follow_a_change(qapp):
    from PySide6.QtGui import QIcon

    apply_theme("light")
    media = QIcon.fromTheme("video-x-generic")  # made once, as a page's icon is
    assert not media.isNull()
    assert glyph_colour(media) == LIGHT.window_text

    apply_theme("dark")

    assert glyph_colour(media) == DARK.window_text


def test_the_icon_theme_files_are_the_ones_make_icons_writes():
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "packaging"))
    import make_icons

    for relative, text in make_icons.theme_icon_files().items():
        assert (theme.ICON_DIR / relative).read_text(encoding="utf-8") == text, relative


def test_the_app_builds_its_window_in_the_saved_theme(loop, data_dir, monkeypatch):
    import argparse

    from subtitle_desk.ui import app as app_module

    settings = app_module.make_settings(data_dir)
    theme.save_theme(settings, "dark")
    settings.sync()
    seen = []

    class Built(Exception):
        pass

    def build_shell(settings, **_):
        seen.append((is_dark(), theme.current_theme()))
        raise Built

    monkeypatch.setattr(app_module, "build_shell", build_shell)
    with pytest.raises(Built):
        loop.run_until_complete(app_module._main(QApplication.instance(), argparse.Namespace(), app_module.Runtime()))

    assert seen == [(True, "dark")]
