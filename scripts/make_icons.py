"""Draw the app icon (SVG and PNG sizes, .ico, .icns) and the example hub's logo.

The icon is deliberately simple: a rounded blue square with three rising bars and a tick,
drawn twice from the same numbers (as SVG for the record, and with Pillow for the PNGs, which
Pillow is used for at build time only; the app never imports it).

Usage (from the repository root)::

    .venv/bin/python scripts/make_icons.py
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

REPO = Path(__file__).resolve().parents[1]
ICONS = REPO / "assets" / "icons"
LOGO = REPO / "examples" / "hub-pack" / "fellside" / "branding" / "logo.png"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
BLUE, GOLD, WHITE = "#1F4E79", "#E3A21A", "#FFFFFF"
# on a 512 grid: (x0, y0, x1, y1) of each bar
BARS = ((112, 300, 176, 400), (224, 236, 288, 400), (336, 164, 400, 400))
TICK = ((120, 196), (184, 252), (300, 120))

SVG = f"""<svg xmlns="http://www.w3.org/2000/svg" width="512" height="512" viewBox="0 0 512 512">
  <title>Technology Readiness</title>
  <rect x="16" y="16" width="480" height="480" rx="96" fill="{BLUE}"/>
  {"".join(f'<rect x="{a}" y="{b}" width="{c - a}" height="{d - b}" rx="12" fill="{WHITE}"/>'
           for a, b, c, d in BARS)}
  <polyline points="{" ".join(f"{x},{y}" for x, y in TICK)}" fill="none" stroke="{GOLD}"
            stroke-width="40" stroke-linecap="round" stroke-linejoin="round"/>
</svg>
"""


def draw(size: int) -> Image.Image:
    """The icon at ``size`` pixels, drawn at 4x and scaled down for smooth edges."""
    big = 512 * 4 // 4 * 4 if size < 512 else 2048
    scale = big / 512
    image = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    pen.rounded_rectangle([16 * scale, 16 * scale, 496 * scale, 496 * scale],
                          radius=96 * scale, fill=BLUE)
    for a, b, c, d in BARS:
        pen.rounded_rectangle([a * scale, b * scale, c * scale, d * scale], radius=12 * scale,
                              fill=WHITE)
    points = [(x * scale, y * scale) for x, y in TICK]
    pen.line(points, fill=GOLD, width=int(40 * scale), joint="curve")
    for x, y in (points[0], points[-1]):
        r = 20 * scale
        pen.ellipse([x - r, y - r, x + r, y + r], fill=GOLD)
    return image.resize((size, size), Image.Resampling.LANCZOS)


def logo() -> Image.Image:
    """The invented Fellside Growth Hub's logo: green fells under an orange sun."""
    image = Image.new("RGB", (600, 240), "#FFFFFF")
    pen = ImageDraw.Draw(image)
    pen.ellipse([330, 30, 450, 150], fill="#D9822B")
    pen.polygon([(0, 240), (170, 60), (330, 240)], fill="#2E5E4E")
    pen.polygon([(200, 240), (400, 90), (600, 240)], fill="#4F8A6E")
    pen.polygon([(120, 240), (260, 150), (420, 240)], fill="#1E4034")
    return image


def main() -> None:
    """Write every icon file and the example logo."""
    ICONS.mkdir(parents=True, exist_ok=True)
    (ICONS / "readiness-app.svg").write_text(SVG, "utf-8")
    images = {size: draw(size) for size in SIZES}
    for size, image in images.items():
        image.save(ICONS / f"readiness-app-{size}.png", optimize=True)
    images[256].save(ICONS / "readiness-app.ico",
                     sizes=[(s, s) for s in SIZES if s <= 256])
    images[512].save(ICONS / "readiness-app.icns")
    LOGO.parent.mkdir(parents=True, exist_ok=True)
    logo().save(LOGO, optimize=True)
    print(f"wrote {ICONS} and {LOGO}")


if __name__ == "__main__":
    main()
