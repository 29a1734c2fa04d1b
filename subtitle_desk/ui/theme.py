"""Light and dark: the app follows the desktop's colour scheme unless the user forces one.

``apply_theme(choice)`` with ``"system"``, ``"light"`` or ``"dark"`` (kept under ``SETTINGS_KEY``
in the UI settings). Forcing a scheme asks the platform (``QStyleHints.setColorScheme``) and also
sets the Fusion style with a palette of its own: many platforms (X11 without a desktop theme,
offscreen) ignore the request, and Fusion draws a palette faithfully everywhere. ``"system"``
gives the platform back its style, palette and scheme.

Widgets that draw their own colours take them from ``palette_colors()`` (a ``ThemeColors`` of
named colours for the scheme on screen) when they paint, and refresh what they keep (style
sheets, text formats) on ``theme_changed()``, which fires when ``apply_theme`` runs and when the
desktop changes its scheme. ``TEXT_PAIRS`` and ``GRAPHIC_PAIRS`` name every colour with what it is
drawn on; tests/ui/test_contrast.py holds each pair to the WCAG AA ratios in both themes. Icons
asked for by freedesktop name (``QIcon.fromTheme``) come from the desktop's icon theme, else from
the app's own light or dark set (``ICON_THEMES``), which follows the scheme on screen.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt, Signal, SignalInstance
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPalette

__all__ = ["THEMES", "SETTINGS_KEY", "apply_theme", "saved_theme", "save_theme", "current_theme", "css_color",
           "current_scheme", "is_dark", "theme_changed", "palette_colors", "ThemeColors", "LIGHT", "DARK",
           "build_palette", "TEXT_PAIRS", "GRAPHIC_PAIRS", "relative_luminance", "contrast_ratio",
           "composite", "color_names", "UNPAIRED", "ICON_THEMES"]

THEMES = ("system", "light", "dark")
SETTINGS_KEY = "view/theme"

_SCHEMES = {"system": Qt.ColorScheme.Unknown, "light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}

#: The app's own icons (packaging/make_icons.py --theme-icons), one icon theme per scheme, drawn
#: in its text colour: Qt's fallback theme, so a desktop's own icon theme still comes first.
ICON_DIR = Path(__file__).resolve().parent.parent / "resources" / "icons"
ICON_THEMES = {"light": "subtitle-desk-light", "dark": "subtitle-desk-dark"}


@dataclass(frozen=True, eq=False)
class ThemeColors:
    """Every colour the app draws itself, for one scheme. The first group is the palette a
    forced scheme installs (and the background the others are checked against)."""

    name: str
    # -- the palette
    window: QColor
    window_text: QColor
    base: QColor
    alternate_base: QColor
    text: QColor
    button: QColor
    button_text: QColor
    highlight: QColor
    highlighted_text: QColor
    link: QColor
    tooltip_base: QColor
    tooltip_text: QColor
    disabled_text: QColor
    #: secondary text: cue numbers, notes, hints, placeholders
    muted_text: QColor
    # -- status text, on base, alternate base and window
    error_text: QColor
    ok_text: QColor
    warning_text: QColor
    info_text: QColor
    # -- highlight backgrounds, read with ``text`` (and the status text that shares the cell)
    problem_background: QColor
    untranslated_background: QColor
    overdue_background: QColor
    due_soon_background: QColor
    glossary_background: QColor
    invalid_background: QColor
    invalid_border: QColor
    legend_border: QColor
    # -- marks in text
    spelling_underline: QColor
    glossary_underline: QColor
    # -- the waveform strip
    waveform_background: QColor
    waveform_ruler: QColor
    waveform_text: QColor
    waveform_label_background: QColor
    waveform_label_text: QColor
    wave: QColor
    cue_fill: QColor
    cue_edge: QColor
    current_cue_fill: QColor
    current_cue_edge: QColor
    playhead: QColor
    # -- the subtitle over the video: the picture is the same in both themes, and so is this
    subtitle_text: QColor
    subtitle_outline: QColor
    subtitle_box: QColor


def _rgba(value: str, alpha: int = 255) -> QColor:
    color = QColor(value)
    color.setAlpha(alpha)
    return color


#: Every named colour as (light, dark): "#rrggbb", or ("#rrggbb", alpha) for a translucent one.
_COLOURS: dict[str, tuple[str | tuple[str, int], str | tuple[str, int]]] = {
    "window": ("#efefef", "#2d2e32"),
    "window_text": ("#1b1b1b", "#e8e9ec"),
    "base": ("#ffffff", "#1f2023"),
    "alternate_base": ("#f5f5f5", "#27282c"),
    "text": ("#1b1b1b", "#e8e9ec"),
    "button": ("#efefef", "#3a3b40"),
    "button_text": ("#1b1b1b", "#e8e9ec"),
    "highlight": ("#2a6fb5", "#3b6eb4"),
    "highlighted_text": ("#ffffff", "#ffffff"),
    "link": ("#1a5bb0", "#8ab4f8"),
    "tooltip_base": ("#ffffdc", "#3c3d42"),
    "tooltip_text": ("#1b1b1b", "#f0f0f2"),
    "disabled_text": ("#8c8c8c", "#7c7f86"),
    "muted_text": ("#585c62", "#a3a7ae"),
    "error_text": ("#a8231b", "#f28b82"),
    "ok_text": ("#1b6b2e", "#81c995"),
    "warning_text": ("#7a5200", "#f6cf61"),
    "info_text": ("#1a5aa8", "#8ab4f8"),
    "problem_background": ("#ffe2de", "#4e2724"),
    "untranslated_background": ("#fff3c9", "#453b17"),
    "overdue_background": ("#f9d6d2", "#562420"),
    "due_soon_background": ("#fcebc0", "#4a3b12"),
    "glossary_background": ("#dceaff", "#1f3a5e"),
    "invalid_background": ("#fdecea", "#4e2724"),
    "invalid_border": ("#c0392b", "#e8766b"),
    "legend_border": ("#767676", "#8a8d94"),
    "spelling_underline": ("#d32f2f", "#ff6b6b"),
    "glossary_underline": ("#2a5aaa", "#8ab4f8"),
    "waveform_background": ("#f6f7f9", "#1e1f22"),
    "waveform_ruler": ("#5b6068", "#a0a4ab"),
    "waveform_text": ("#202226", "#e1e1e1"),
    "waveform_label_background": (("#ffffff", 215), ("#141418", 190)),
    "waveform_label_text": ("#1d1f23", "#e6e6e6"),
    "wave": ("#2c7d4f", "#6ebe8c"),
    "cue_fill": (("#1e64dc", 38), ("#508ce6", 55)),
    "cue_edge": ("#2a62c9", "#78aafa"),
    "current_cue_fill": (("#f0961e", 72), ("#f0aa3c", 80)),
    "current_cue_edge": ("#b25c00", "#fabe5a"),
    "playhead": ("#d32020", "#ff7676"),
    "subtitle_text": ("#ffffff", "#ffffff"),
    "subtitle_outline": ("#000000", "#000000"),
    "subtitle_box": (("#000000", 120), ("#000000", 120)),
}


def _theme(name: str, which: int) -> ThemeColors:
    def color(value: str | tuple[str, int]) -> QColor:
        return _rgba(*value) if isinstance(value, tuple) else _rgba(value)

    return ThemeColors(name=name, **{key: color(pair[which]) for key, pair in _COLOURS.items()})


LIGHT = _theme("light", 0)
DARK = _theme("dark", 1)

#: Text colour, and the layers it is drawn on (top first; translucent layers blend over the next).
#: Each needs 4.5:1 (WCAG AA for normal text).
TEXT_PAIRS: tuple[tuple[str, tuple[str, ...]], ...] = (
    *((fg, (bg,)) for fg in ("text", "muted_text", "error_text", "ok_text", "warning_text", "info_text", "link")
      for bg in ("base", "alternate_base")),
    *((fg, ("window",)) for fg in ("window_text", "muted_text", "error_text", "ok_text", "warning_text",
                                   "info_text")),
    ("button_text", ("button",)),
    ("highlighted_text", ("highlight",)),
    ("tooltip_text", ("tooltip_base",)),
    # cells with a highlight: the normal text, and the status text that can share the cell
    *(("text", (bg,)) for bg in ("problem_background", "untranslated_background", "overdue_background",
                                 "due_soon_background", "glossary_background", "invalid_background")),
    ("error_text", ("problem_background",)),        # the QC column of a cue with problems
    ("error_text", ("untranslated_background",)),   # an untranslated cue's text with a problem
    ("error_text", ("overdue_background",)),        # an errored task that is overdue
    ("error_text", ("due_soon_background",)),
    ("muted_text", ("glossary_background",)),       # a source cue shown dimmed, with a term
    ("muted_text", ("overdue_background",)),
    ("muted_text", ("due_soon_background",)),
    # the waveform strip
    ("waveform_ruler", ("waveform_background",)),
    ("waveform_text", ("waveform_background",)),
    ("waveform_text", ("cue_fill", "waveform_background")),
    ("waveform_label_text", ("waveform_label_background", "cue_fill", "waveform_background")),
    ("waveform_label_text", ("waveform_label_background", "current_cue_fill", "waveform_background")),
    # the subtitle: its outline is what it is read against on any picture
    ("subtitle_text", ("subtitle_outline",)),
)

#: Lines, marks and shapes, and what they are drawn on: 3:1 (WCAG 1.4.11, non-text contrast).
GRAPHIC_PAIRS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("wave", ("waveform_background",)),
    ("wave", ("cue_fill", "waveform_background")),
    ("cue_edge", ("waveform_background",)),
    ("current_cue_edge", ("waveform_background",)),
    ("current_cue_edge", ("current_cue_fill", "waveform_background")),
    ("playhead", ("waveform_background",)),
    ("playhead", ("cue_fill", "waveform_background")),
    ("playhead", ("current_cue_fill", "waveform_background")),
    ("spelling_underline", ("base",)),
    ("glossary_underline", ("glossary_background",)),
    ("invalid_border", ("base",)),
    ("invalid_border", ("window",)),
    ("legend_border", ("window",)),
)

#: Colours no pair checks, and why.
UNPAIRED = {
    "name": "not a colour",
    "disabled_text": "disabled controls are exempt from contrast minimums (WCAG 1.4.3)",
    "subtitle_box": "a shade under the words; the outline is what keeps them readable on any picture",
}


# -- contrast (WCAG 2.x) --------------------------------------------------------------------------
def _linear(channel: float) -> float:
    return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4


def relative_luminance(color: QColor) -> float:
    return (0.2126 * _linear(color.redF()) + 0.7152 * _linear(color.greenF())
            + 0.0722 * _linear(color.blueF()))


def contrast_ratio(a: QColor, b: QColor) -> float:
    la, lb = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def composite(*layers: QColor) -> QColor:
    """The opaque colour of ``layers`` (top first) blended over each other; the last is opaque."""
    result = QColor(layers[-1])
    result.setAlpha(255)
    for layer in reversed(layers[:-1]):
        a = layer.alphaF()
        result = QColor.fromRgbF(layer.redF() * a + result.redF() * (1 - a),
                                 layer.greenF() * a + result.greenF() * (1 - a),
                                 layer.blueF() * a + result.blueF() * (1 - a))
    return result


# -- the palette a forced scheme installs --------------------------------------------------------
def build_palette(colors: ThemeColors) -> QPalette:
    palette = QPalette(colors.button, colors.window)  # derives the bevel shades from the button
    roles = QPalette.ColorRole
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for role, color in ((roles.Window, colors.window), (roles.WindowText, colors.window_text),
                            (roles.Base, colors.base), (roles.AlternateBase, colors.alternate_base),
                            (roles.Text, colors.text), (roles.Button, colors.button),
                            (roles.ButtonText, colors.button_text), (roles.Highlight, colors.highlight),
                            (roles.HighlightedText, colors.highlighted_text), (roles.Link, colors.link),
                            (roles.LinkVisited, colors.link), (roles.ToolTipBase, colors.tooltip_base),
                            (roles.ToolTipText, colors.tooltip_text), (roles.PlaceholderText, colors.muted_text),
                            (roles.BrightText, colors.highlighted_text), (roles.Accent, colors.highlight)):
            palette.setColor(group, role, color)
    disabled = QPalette.ColorGroup.Disabled
    for role in (roles.WindowText, roles.Text, roles.ButtonText, roles.PlaceholderText):
        palette.setColor(disabled, role, colors.disabled_text)
    for role, color in ((roles.Window, colors.window), (roles.Base, colors.window), (roles.Button, colors.button),
                        (roles.Highlight, colors.muted_text), (roles.HighlightedText, colors.base),
                        (roles.Link, colors.disabled_text), (roles.AlternateBase, colors.window)):
        palette.setColor(disabled, role, color)
    return palette


# -- the choice ----------------------------------------------------------------------------------
class _ThemeState(QObject):
    """What ``apply_theme`` chose, kept on the running application (a new one starts afresh)."""

    changed = Signal(Qt.ColorScheme)

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self.choice = "system"
        self.system_style = ""  # the platform's own style, taken back by "system"
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._platform_changed)

    def _platform_changed(self, _scheme: Qt.ColorScheme) -> None:
        if self.choice == "system":
            _use_icon_theme()
            self.changed.emit(current_scheme())


_state: _ThemeState | None = None


def _theme_state() -> _ThemeState:
    global _state
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("the theme needs a QApplication")
    if _state is None or not shiboken6.isValid(_state) or _state.parent() is not app:
        _state = _ThemeState(app)
    return _state


def saved_theme(settings: QSettings) -> str:
    value = str(settings.value(SETTINGS_KEY, "system") or "system")
    return value if value in THEMES else "system"


def save_theme(settings: QSettings, choice: str) -> None:
    if choice not in THEMES:
        raise ValueError(f"unknown theme {choice!r}; expected one of {', '.join(THEMES)}")
    settings.setValue(SETTINGS_KEY, choice)


def current_theme() -> str:
    """The last ``apply_theme`` choice ("system" until one is made)."""
    return _theme_state().choice


def apply_theme(choice: str) -> None:
    """Follow the desktop (``"system"``) or force ``"light"`` / ``"dark"``; emits ``theme_changed``."""
    from PySide6.QtWidgets import QApplication

    if choice not in THEMES:
        raise ValueError(f"unknown theme {choice!r}; expected one of {', '.join(THEMES)}")
    state = _theme_state()
    app = QApplication.instance()
    hints = QGuiApplication.styleHints()
    if choice == "system":
        hints.unsetColorScheme()
        if state.system_style and app.style().name() != state.system_style:
            app.setStyle(state.system_style)
        app.setPalette(QPalette())  # no role of our own: the platform's palette, and its updates
    else:
        if not state.system_style:
            state.system_style = app.style().name()
        hints.setColorScheme(_SCHEMES[choice])
        if app.style().name() != "fusion":
            app.setStyle("Fusion")
        app.setPalette(build_palette(DARK if choice == "dark" else LIGHT))
    _use_icon_theme()
    # A style sheet's palette(...) colours are read when it is set: set each one again.
    for widget in app.allWidgets():
        if widget.styleSheet():
            widget.setStyleSheet(widget.styleSheet())
    state.choice = choice
    state.changed.emit(current_scheme())


def _use_icon_theme() -> None:
    """The app's icons for the scheme on screen; icons already made from the theme follow."""
    paths = QIcon.themeSearchPaths()
    if str(ICON_DIR) not in paths:
        QIcon.setThemeSearchPaths([*paths, str(ICON_DIR)])
    QIcon.setFallbackThemeName(ICON_THEMES["dark" if is_dark() else "light"])


def current_scheme() -> Qt.ColorScheme:
    """The scheme on screen: judged by the palette, which is what widgets are drawn with (the
    platform may report no scheme, or ignore a forced one)."""
    window = QGuiApplication.palette().color(QPalette.ColorRole.Window)
    return Qt.ColorScheme.Dark if window.lightness() < 128 else Qt.ColorScheme.Light


def is_dark() -> bool:
    return current_scheme() == Qt.ColorScheme.Dark


def palette_colors() -> ThemeColors:
    """The named colours readable on the scheme on screen now."""
    return DARK if is_dark() else LIGHT


def css_color(name: str) -> str:
    """A named colour of the current theme (``"error_text"``, ``"muted_text"`` ...) as ``#rrggbb``
    for a style sheet or rich text built now (rebuild it on ``theme_changed()``)."""
    return getattr(palette_colors(), name).name()


def theme_changed() -> SignalInstance:
    """Fires (with the scheme now on screen) when ``apply_theme`` runs, and when the desktop
    changes its scheme while the app follows it: repaint custom colours then."""
    return _theme_state().changed


def color_names() -> tuple[str, ...]:
    return tuple(f.name for f in fields(ThemeColors) if f.name != "name")
