"""Every colour the app draws is readable in both themes: each text colour against what it is drawn
on at least 4.5:1, each line or mark at least 3:1 (WCAG 2 relative luminance), and no colour left
out of the check."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette

from subtitle_desk.ui.theme import (DARK, GRAPHIC_PAIRS, LIGHT, TEXT_PAIRS, UNPAIRED, ThemeColors, build_palette,
                                    color_names, composite, contrast_ratio, relative_luminance)

THEMES = [LIGHT, DARK]


def ratio(colors: ThemeColors, foreground: str, layers: tuple[str, ...]) -> float:
    background = composite(*(getattr(colors, name) for name in layers))
    return contrast_ratio(getattr(colors, foreground), background)


def pair_id(pair: tuple[str, tuple[str, ...]]) -> str:
    return f"{pair[0]}-on-{'+'.join(pair[1])}"


def test_the_luminance_formula_gives_the_published_ratios():
    assert relative_luminance(QColor("#000000")) == 0
    assert relative_luminance(QColor("#ffffff")) == pytest.approx(1)
    assert contrast_ratio(QColor("#ffffff"), QColor("#000000")) == pytest.approx(21)
    assert contrast_ratio(QColor("#777777"), QColor("#ffffff")) == pytest.approx(4.48, abs=0.01)
    assert contrast_ratio(QColor("#767676"), QColor("#ffffff")) == pytest.approx(4.54, abs=0.01)


def test_a_translucent_layer_is_blended_over_what_is_under_it():
    half_black = QColor(0, 0, 0, 128)
    assert composite(half_black, QColor("#ffffff")).name() == "#7f7f7f"
    assert composite(QColor("#123456")).name() == "#123456"


@pytest.mark.parametrize("colors", THEMES, ids=lambda c: c.name)
@pytest.mark.parametrize("pair", TEXT_PAIRS, ids=pair_id)
def test_text_is_at_least_4_5_to_1_against_what_it_is_drawn_on(colors, pair):
    assert ratio(colors, *pair) >= 4.5


@pytest.mark.parametrize("colors", THEMES, ids=lambda c: c.name)
@pytest.mark.parametrize("pair", GRAPHIC_PAIRS, ids=pair_id)
def test_lines_and_marks_are_at_least_3_to_1_against_what_they_are_drawn_on(colors, pair):
    assert ratio(colors, *pair) >= 3.0


def test_every_named_colour_is_in_a_checked_pair_or_says_why_not():
    checked = {name for foreground, layers in TEXT_PAIRS + GRAPHIC_PAIRS for name in (foreground, *layers)}
    assert set(color_names()) - checked - set(UNPAIRED) == set()


def test_text_colours_are_opaque():
    # A translucent text colour would take its contrast from whatever is under it.
    for colors in THEMES:
        for foreground, _layers in TEXT_PAIRS:
            assert getattr(colors, foreground).alpha() == 255, (colors.name, foreground)


@pytest.mark.parametrize("colors", THEMES, ids=lambda c: c.name)
def test_the_installed_palette_reads_as_well_as_the_colours_it_is_made_of(qapp, colors):
    palette = build_palette(colors)
    roles = QPalette.ColorRole
    for text, background in ((roles.WindowText, roles.Window), (roles.Text, roles.Base),
                             (roles.Text, roles.AlternateBase), (roles.ButtonText, roles.Button),
                             (roles.HighlightedText, roles.Highlight), (roles.PlaceholderText, roles.Base),
                             (roles.ToolTipText, roles.ToolTipBase), (roles.Link, roles.Base)):
        assert contrast_ratio(palette.color(text), palette.color(background)) >= 4.5, (text, background)
