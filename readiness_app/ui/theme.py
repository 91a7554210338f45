"""The app's look in one place: colours, type scale, spacing, icons and the Qt stylesheet.

Colours start from the system palette (light or dark) and one accent colour: ours by default,
a growth hub's primary colour when its branding sets one (``build_theme(..., accent=...)``).
Every colour the stylesheet uses is derived here and nudged until it meets WCAG 2.2 AA
against what it is drawn on (4.5:1 for text, 3:1 for the edges of controls), so a hub's pale
brand colour can never make text unreadable. docs/design.md explains the choices.

Sizes are in points relative to the system font (the type scale) and in device-independent
pixels (spacing), so the look follows the user's font size and high-DPI scaling.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, fields
from functools import lru_cache
from typing import TYPE_CHECKING

from PySide6.QtGui import QColor, QFont, QPalette

from readiness_app.resources import asset_path

if TYPE_CHECKING:  # imported where icons are drawn, after the first paint (see ui.app)
    from PySide6.QtGui import QIcon, QPixmap

DEFAULT_ACCENT = "#1d70b8"  # a strong blue (the GOV.UK link and brand blue)
ERROR = "#d4351c"
SUCCESS = "#00703c"
TEXT_CONTRAST = 4.5  # WCAG 2.2 AA, 1.4.3: normal text
UI_CONTRAST = 3.0  # WCAG 2.2 AA, 1.4.11: edges of controls, focus rings, large text

# Type scale: a role's size is the system font's point size times this (headings bold).
TYPE_SCALE: dict[str, float] = {
    "small": 0.92,
    "body": 1.0,
    "lead": 1.15,
    "h3": 1.2,
    "h2": 1.45,
    "question": 1.6,
    "h1": 1.85,
    "display": 2.6,
}
HEADING_ROLES = {1: "h1", 2: "h2", 3: "h3"}

# Spacing on a 4-pixel grid (device-independent pixels).
SPACE_XS = 4
SPACE_S = 8
SPACE_M = 16
SPACE_L = 24
SPACE_XL = 32
RADIUS = 6
INDICATOR = 20  # radio and check box indicators on answer options
OPTION_PADDING = 12


# -- colour arithmetic (WCAG 2.2 definitions)

def _rgb(hex_colour: str) -> tuple[int, int, int]:
    value = hex_colour.lstrip("#")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


def _hex(rgb: tuple[float, float, float]) -> str:
    return "#" + "".join(f"{max(0, min(255, round(c))):02x}" for c in rgb)


def relative_luminance(hex_colour: str) -> float:
    """WCAG relative luminance of an ``#rrggbb`` colour (0 black to 1 white)."""

    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(v) for v in _rgb(hex_colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(first: str, second: str) -> float:
    """WCAG contrast ratio of two colours (1 to 21)."""
    a, b = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def mix(first: str, second: str, amount: float) -> str:
    """``first`` moved ``amount`` (0-1) of the way towards ``second``."""
    a, b = _rgb(first), _rgb(second)
    return _hex(tuple(x + (y - x) * amount for x, y in zip(a, b, strict=True)))  # type: ignore[arg-type]


def ensure_contrast(colour: str, background: str, minimum: float) -> str:
    """``colour`` darkened or lightened just enough to reach ``minimum`` on ``background``."""
    if contrast_ratio(colour, background) >= minimum:
        return colour
    towards = "#000000" if relative_luminance(background) > 0.18 else "#ffffff"
    for step in range(1, 21):
        candidate = mix(colour, towards, step / 20)
        if contrast_ratio(candidate, background) >= minimum:
            return candidate
    return towards


def ensure_on(colour: str, backgrounds: tuple[str, ...], minimum: float) -> str:
    """``colour`` adjusted until it reaches ``minimum`` on every one of ``backgrounds``."""
    for _ in range(len(backgrounds) * 2):
        for background in backgrounds:
            colour = ensure_contrast(colour, background, minimum)
        if all(contrast_ratio(colour, b) >= minimum for b in backgrounds):
            break
    return colour


def best_text_on(background: str) -> str:
    """Black or white, whichever reads better on ``background``."""
    return max(("#000000", "#ffffff"), key=lambda c: contrast_ratio(c, background))


def normalise(colour: str) -> str:
    """``#rgb``, ``#rrggbb`` or a colour name as lower-case ``#rrggbb`` (ValueError if none)."""
    qcolour = QColor(colour.strip())
    if not qcolour.isValid():
        raise ValueError(f"not a colour: {colour!r}")
    return qcolour.name().lower()


# -- the palette

@dataclass(frozen=True, slots=True)
class SystemColours:
    """The three colours read from the system palette."""

    window: str
    surface: str  # where text is typed and cards sit (Base)
    text: str

    @classmethod
    def of(cls, palette: QPalette) -> SystemColours:
        """The colours of a Qt palette."""
        def name(role: QPalette.ColorRole) -> str:
            return palette.color(QPalette.ColorGroup.Active, role).name().lower()

        return cls(name(QPalette.ColorRole.Window), name(QPalette.ColorRole.Base),
                   name(QPalette.ColorRole.WindowText))


@dataclass(frozen=True, slots=True)
class Theme:
    """Every colour the app draws with (``#rrggbb``) and the base font size."""

    dark: bool
    window: str
    surface: str
    text: str
    muted: str  # secondary text: hints, captions
    border: str  # the edge of a control (answer options, cards' inputs)
    divider: str  # decorative lines between cards (not needed to see a control)
    accent: str  # links, focus rings, selected-option edges, headline numbers
    accent_fill: str  # primary buttons, progress bars, chart bars
    on_accent: str  # text on accent_fill
    accent_soft: str  # the background of a picked answer option
    error: str
    success: str
    base_point_size: float

    def size(self, role: str) -> float:
        """The point size of a text role in :data:`TYPE_SCALE`."""
        return round(self.base_point_size * TYPE_SCALE[role], 1)

    def colours(self) -> dict[str, str]:
        """Every colour by name."""
        return {f.name: getattr(self, f.name) for f in fields(self)
                if isinstance(getattr(self, f.name), str)}


def build_theme(system: SystemColours, accent: str | None = None,
                base_point_size: float = 10.0) -> Theme:
    """The theme for a system palette and an accent colour (a hub's, or ours)."""
    window, surface = system.window, system.surface
    dark = relative_luminance(window) < relative_luminance(system.text)
    grounds = (window, surface)
    text = ensure_on(system.text, grounds, 7.0)
    muted = ensure_on(mix(text, window, 0.3), grounds, TEXT_CONTRAST)
    border = ensure_on(mix(text, window, 0.45), grounds, UI_CONTRAST)
    divider = mix(text, window, 0.8)
    brand = normalise(accent) if accent else DEFAULT_ACCENT
    accent_text = ensure_on(brand, grounds, TEXT_CONTRAST)
    fill = ensure_on(brand, grounds, UI_CONTRAST)
    on_accent = best_text_on(fill)
    if contrast_ratio(on_accent, fill) < TEXT_CONTRAST:
        fill = ensure_contrast(fill, on_accent, TEXT_CONTRAST)
        fill = ensure_on(fill, grounds, UI_CONTRAST)
    soft = mix(surface, accent_text, 0.12)
    return Theme(
        dark=dark, window=window, surface=surface, text=text, muted=muted, border=border,
        divider=divider, accent=accent_text, accent_fill=fill, on_accent=on_accent,
        accent_soft=ensure_contrast(soft, text, TEXT_CONTRAST),
        error=ensure_on(ERROR, grounds, TEXT_CONTRAST),
        success=ensure_on(SUCCESS, grounds, TEXT_CONTRAST),
        base_point_size=base_point_size)


def theme_for(palette: QPalette, font: QFont, accent: str | None = None) -> Theme:
    """The theme for the running system's palette and font."""
    size = font.pointSizeF() if font.pointSizeF() > 0 else 10.0
    return build_theme(SystemColours.of(palette), accent, size)


def contrast_pairs(theme: Theme) -> list[tuple[str, str, str, float]]:
    """(what, foreground, background, minimum ratio) for everything the stylesheet draws."""
    pairs: list[tuple[str, str, str, float]] = []
    for ground_name, ground in (("window", theme.window), ("surface", theme.surface)):
        for name in ("text", "muted", "accent", "error", "success"):
            pairs.append((f"{name} on {ground_name}", getattr(theme, name), ground,
                          TEXT_CONTRAST))
        pairs.append((f"border on {ground_name}", theme.border, ground, UI_CONTRAST))
        pairs.append((f"primary button on {ground_name}", theme.accent_fill, ground,
                      UI_CONTRAST))
    pairs += [
        ("text on a primary button", theme.on_accent, theme.accent_fill, TEXT_CONTRAST),
        ("text on a picked option", theme.text, theme.accent_soft, TEXT_CONTRAST),
        ("picked option edge", theme.accent, theme.accent_soft, UI_CONTRAST),
        ("selected text (highlight)", theme.on_accent, theme.accent_fill, TEXT_CONTRAST),
    ]
    return pairs


# -- applying it

def palette(theme: Theme, base: QPalette) -> QPalette:
    """``base`` (unchanged) with the selection and link colours of the theme."""
    result = copy.copy(base)  # QPalette(base)'s overloads would build Qt's ``Qt`` enums
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        result.setColor(group, QPalette.ColorRole.Highlight, QColor(theme.accent_fill))
        result.setColor(group, QPalette.ColorRole.HighlightedText, QColor(theme.on_accent))
        result.setColor(group, QPalette.ColorRole.Link, QColor(theme.accent))
        result.setColor(group, QPalette.ColorRole.WindowText, QColor(theme.text))
        result.setColor(group, QPalette.ColorRole.Text, QColor(theme.text))
        result.setColor(group, QPalette.ColorRole.PlaceholderText, QColor(theme.muted))
    return result


def stylesheet(theme: Theme) -> str:
    """The Qt stylesheet: text roles, cards, answer options, primary buttons, progress.

    A card list (a Tab stop) is outlined while it has the keyboard focus. Spin and date
    boxes get back the height they have without a stylesheet: with any, Qt's
    Fusion style makes them 3 px lower than a line edit and cuts "g" and "y" off."""
    t = theme
    return f"""
QLabel[role="small"] {{ font-size: {t.size("small")}pt; color: {t.muted}; }}
QLabel[role="muted"] {{ color: {t.muted}; }}
QLabel[role="strong"] {{ font-weight: bold; }}
QLabel[role="lead"] {{ font-size: {t.size("lead")}pt; }}
QLabel[role="h3"] {{ font-size: {t.size("h3")}pt; font-weight: bold; }}
QLabel[role="h2"] {{ font-size: {t.size("h2")}pt; font-weight: bold; }}
QLabel[role="h1"] {{ font-size: {t.size("h1")}pt; font-weight: bold; }}
QLabel[role="question"] {{ font-size: {t.size("question")}pt; font-weight: bold; }}
QLabel[role="display"] {{ font-size: {t.size("display")}pt; font-weight: bold;
    color: {t.accent}; }}
QLabel[role="error"] {{ color: {t.error}; font-weight: bold; }}
QLabel[role="hint"] {{ color: {t.text}; background: {t.surface};
    border-left: {SPACE_XS}px solid {t.border}; padding: {SPACE_S}px {SPACE_M}px; }}
QFrame[card="true"] {{ background: {t.surface}; border: 1px solid {t.divider};
    border-radius: {RADIUS}px; }}
QFrame[card="true"] QLabel {{ background: transparent; }}
QFrame[card="accent"] {{ background: {t.surface}; border: 1px solid {t.divider};
    border-left: {SPACE_XS + 2}px solid {t.accent}; border-radius: {RADIUS}px; }}
QFrame[card="accent"] QLabel {{ background: transparent; }}
QRadioButton[option="true"], QCheckBox[option="true"] {{
    background: {t.surface}; color: {t.text}; border: 1px solid {t.border};
    border-radius: {RADIUS}px; padding: {OPTION_PADDING}px; spacing: {SPACE_S + 2}px; }}
QRadioButton[option="true"]::indicator, QCheckBox[option="true"]::indicator {{
    width: {INDICATOR}px; height: {INDICATOR}px; }}
QRadioButton[option="true"]:hover, QCheckBox[option="true"]:hover {{
    border: 1px solid {t.accent}; }}
QRadioButton[option="true"]:checked, QCheckBox[option="true"]:checked {{
    background: {t.accent_soft}; border: 2px solid {t.accent}; }}
QRadioButton[option="true"]:focus, QCheckBox[option="true"]:focus {{
    border: 3px solid {t.accent}; }}
QPushButton[primary="true"] {{
    background: {t.accent_fill}; color: {t.on_accent}; border: 2px solid {t.accent_fill};
    border-radius: {RADIUS}px; padding: {SPACE_S}px {SPACE_M + 2}px;
    font-size: {t.size("lead")}pt; font-weight: bold; }}
QPushButton[primary="true"]:hover {{ border: 2px solid {t.text}; }}
QPushButton[primary="true"]:focus {{ border: 3px solid {t.text}; }}
QPushButton[primary="true"]:pressed {{ padding-top: {SPACE_S + 1}px;
    padding-bottom: {SPACE_S - 1}px; }}
QPushButton[primary="true"]:disabled {{ background: {t.divider}; color: {t.muted};
    border: 2px solid {t.divider}; }}
QAbstractSpinBox {{ min-height: 1.2em; }}
QFrame[cardlist="true"] {{ border: 2px solid transparent; border-radius: {RADIUS}px; }}
QFrame[cardlist="true"]:focus {{ border: 2px solid {t.accent}; }}
QProgressBar[role="steps"] {{ background: {t.surface}; border: 1px solid {t.border};
    border-radius: {SPACE_XS}px; max-height: {SPACE_S + 2}px; }}
QProgressBar[role="steps"]::chunk {{ background: {t.accent_fill};
    border-radius: {SPACE_XS - 1}px; }}
"""


STYLE_COLOUR = re.compile(r"#[0-9a-fA-F]{6}\b")


def colours_in(sheet: str) -> set[str]:
    """Every ``#rrggbb`` colour written in a stylesheet (lower case)."""
    return {c.lower() for c in STYLE_COLOUR.findall(sheet)}


# -- icons

ICONS = {
    "new": "document-new-symbolic.svg",
    "open": "document-open-symbolic.svg",
    "next": "go-next-symbolic.svg",
    "back": "go-previous-symbolic.svg",
    "save": "document-save-symbolic.svg",
    "folder": "folder-symbolic.svg",
    "info": "dialog-information-symbolic.svg",
    "done": "emblem-ok-symbolic.svg",
    "warning": "dialog-warning-symbolic.svg",
    "search": "edit-find-symbolic.svg",
}
SYMBOLIC_GREY = "#2e3436"  # the one colour the Adwaita symbolic icons are drawn in
ICON_SIZES = (16, 20, 24, 32, 48)


@lru_cache(maxsize=64)
def _svg_text(file_name: str) -> str:
    return asset_path(f"icons/{file_name}").read_text(encoding="utf-8")


def _render(svg: str, size: int, ratio: float = 2.0) -> QPixmap:
    from PySide6.QtCore import QByteArray, QSize
    from PySide6.QtGui import QPainter, QPixmap
    from PySide6.QtSvg import QSvgRenderer  # QtSvg loads with the first icon, not the theme

    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    pixmap = QPixmap(QSize(round(size * ratio), round(size * ratio)))
    pixmap.fill(QColor(0, 0, 0, 0))  # Qt.GlobalColor.transparent, without the Qt namespace
    painter = QPainter(pixmap)
    renderer.render(painter)
    painter.end()
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


def icon(name: str, colour: str) -> QIcon:
    """A bundled symbolic icon (see :data:`ICONS`) drawn in ``colour``, sharp at any scale."""
    from PySide6.QtGui import QIcon

    svg = _svg_text(ICONS[name]).replace(SYMBOLIC_GREY, colour)
    result = QIcon()
    for size in ICON_SIZES:
        result.addPixmap(_render(svg, size))
    return result


@lru_cache(maxsize=8)
def app_icon(accent: str = DEFAULT_ACCENT) -> QIcon:
    """The window icon, in the accent colour (drawn once per colour, just after the window's
    first paint: see ui.app)."""
    from PySide6.QtGui import QIcon

    svg = _svg_text("app-icon.svg").replace(DEFAULT_ACCENT, accent)
    result = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256):
        result.addPixmap(_render(svg, size, 1.0))
    return result
