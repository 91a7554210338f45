"""The theme: WCAG 2.2 AA contrast for every pair it draws, light and dark, with any hub
colour; one accent a hub can set; icons that load."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from readiness_app.ui import theme

pytestmark = pytest.mark.gui

LIGHT = theme.SystemColours("#efefef", "#ffffff", "#000000")  # Qt's Fusion light palette
DARK = theme.SystemColours("#353535", "#2a2a2a", "#ffffff")  # a common dark palette
WINDOWS_DARK = theme.SystemColours("#202020", "#2b2b2b", "#e0e0e0")
LOW_CONTRAST_SYSTEM = theme.SystemColours("#d0d0d0", "#e8e8e8", "#777777")
HUB_COLOURS = [None, "#ffdd00", "#f47738", "#00ff00", "#4c2c92", "#00703c", "#d4351c",
               "#ffffff", "#000000", "#85994b"]


def test_contrast_ratio_matches_wcag_examples() -> None:
    assert theme.contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert theme.contrast_ratio("#ffffff", "#ffffff") == pytest.approx(1.0)
    assert theme.contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)
    assert theme.contrast_ratio("#1d70b8", "#ffffff") == pytest.approx(5.17, abs=0.02)


def pairs_of(current: theme.Theme) -> list[tuple[str, str, str, float]]:
    """Every foreground/background pair the stylesheet draws, with its WCAG minimum."""
    text, ui = 4.5, 3.0
    pairs = []
    for ground in ("window", "surface"):
        for fore in ("text", "muted", "accent", "error", "success"):
            pairs.append((f"{fore} on {ground}", getattr(current, fore),
                          getattr(current, ground), text))
        pairs.append((f"control edge on {ground}", current.border,
                      getattr(current, ground), ui))
        pairs.append((f"primary button on {ground}", current.accent_fill,
                      getattr(current, ground), ui))
        pairs.append((f"focus ring on {ground}", current.accent, getattr(current, ground), ui))
    pairs += [
        ("primary button text", current.on_accent, current.accent_fill, text),
        ("focus ring around a primary button", current.text, current.window, ui),
        ("picked option text", current.text, current.accent_soft, text),
        ("picked option edge", current.accent, current.accent_soft, ui),
        ("progress bar on its track", current.accent_fill, current.surface, ui),
    ]
    return pairs


@pytest.mark.parametrize("system", [LIGHT, DARK, WINDOWS_DARK, LOW_CONTRAST_SYSTEM],
                         ids=["light", "dark", "windows-dark", "low-contrast-system"])
@pytest.mark.parametrize("accent", HUB_COLOURS)
def test_every_pair_meets_wcag_aa(system: theme.SystemColours, accent: str | None) -> None:
    current = theme.build_theme(system, accent)
    failures = [(what, fore, back, round(theme.contrast_ratio(fore, back), 2))
                for what, fore, back, minimum in pairs_of(current)
                if theme.contrast_ratio(fore, back) < minimum]
    assert failures == []
    assert current.dark == (system is not LIGHT and system is not LOW_CONTRAST_SYSTEM)


def test_the_stylesheet_uses_only_colours_that_were_checked() -> None:
    for system in (LIGHT, DARK):
        current = theme.build_theme(system, "#f47738")
        checked = {c for _what, fore, back, _m in pairs_of(current) for c in (fore, back)}
        used = theme.colours_in(theme.stylesheet(current))
        # the divider is decorative (a card's outline; a card is not a control)
        assert used - checked <= {current.divider}, used - checked


def test_the_palette_follows_the_system_and_the_hub_colour_sets_the_accent(qapp) -> None:
    app = QApplication.instance()
    current = theme.theme_for(app.palette(), app.font())
    assert current.window == app.palette().color(QPalette.ColorRole.Window).name()
    assert current.accent_fill == theme.DEFAULT_ACCENT
    hub = theme.theme_for(app.palette(), app.font(), "#4c2c92")
    assert hub.accent_fill == "#4c2c92"
    dark = QPalette()
    dark.setColor(QPalette.ColorRole.Window, QColor("#353535"))
    dark.setColor(QPalette.ColorRole.Base, QColor("#2a2a2a"))
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#ffffff"))
    assert theme.theme_for(dark, app.font()).dark


def test_a_hub_colour_restyles_the_window_in_one_call(open_window) -> None:
    window = open_window()
    window.apply_theme("#00703c")
    assert "#00703c" in window.styleSheet()
    assert window.theme.accent_fill == "#00703c"
    assert not window.windowIcon().isNull()
    with pytest.raises(ValueError):
        window.apply_theme("not a colour")
    assert window.theme.accent_fill == "#00703c"  # a bad colour changes nothing
    window.apply_theme(None)
    assert window.theme.accent_fill == theme.DEFAULT_ACCENT


def test_every_bundled_icon_and_the_app_icon_load(qapp) -> None:
    for name in theme.ICONS:
        icon = theme.icon(name, "#000000")
        assert not icon.isNull(), name
        assert not icon.pixmap(24, 24).toImage().isNull()
    assert not theme.app_icon().isNull()
    image = theme.app_icon().pixmap(64, 64).toImage()
    assert image.pixelColor(32, 4).name() == theme.DEFAULT_ACCENT
