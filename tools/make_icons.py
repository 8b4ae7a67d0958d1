"""Draws the PNG app icons from the design of styles/favicon.svg.

Run once by hand (needs Pillow: `pip install pillow`); the PNGs it writes under assets/icons/ are
committed, so the build itself needs neither Pillow nor this script. Re-run it only when the
favicon's design changes.

The favicon is a 32x32 design: a green (#1f6f5c) rounded square (corner radius 7), a white arc
(a cubic Bezier from (9,20) over (16,11) to (23,20), 3 wide, round caps) and a white dot at
(16,22) of radius 2.5. Each icon is drawn 8 times larger and scaled down, which smooths the edges.
"""

from pathlib import Path

from PIL import Image, ImageDraw

GREEN = (0x1F, 0x6F, 0x5C, 255)
WHITE = (255, 255, 255, 255)
SUPERSAMPLE = 8
OUT = Path(__file__).resolve().parent.parent / "assets" / "icons"


def cubic(p0, p1, p2, p3, steps):
    """Points along a cubic Bezier curve."""
    for i in range(steps + 1):
        t = i / steps
        u = 1 - t
        yield (
            u**3 * p0[0] + 3 * u * u * t * p1[0] + 3 * u * t * t * p2[0] + t**3 * p3[0],
            u**3 * p0[1] + 3 * u * u * t * p1[1] + 3 * u * t * t * p2[1] + t**3 * p3[1],
        )


def draw(size, maskable):
    """One icon of `size` pixels. A maskable icon fills the whole square (the platform cuts its
    own shape) and keeps the glyph inside the central safe circle of 80% diameter."""
    big = size * SUPERSAMPLE
    img = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    unit = big / 32
    if maskable:
        d.rectangle([0, 0, big, big], fill=GREEN)
        # The glyph reaches 9.4 units from the centre; 1.2x keeps it within the 12.8-unit safe circle.
        scale = 1.2
    else:
        d.rounded_rectangle([0, 0, big - 1, big - 1], radius=7 * unit, fill=GREEN)
        scale = 1.0

    def at(x, y):
        return ((16 + (x - 16) * scale) * unit, (16 + (y - 16) * scale) * unit)

    # The SVG path "M9 20c0-5 3-9 7-9s7 4 7 9": two cubic segments, the second mirroring the first.
    points = list(cubic((9, 20), (9, 15), (12, 11), (16, 11), 200))
    points += list(cubic((16, 11), (20, 11), (23, 15), (23, 20), 200))
    half = 1.5 * scale * unit
    for x, y in points:
        cx, cy = at(x, y)
        # A disc at every sample makes a stroke with round caps.
        d.ellipse([cx - half, cy - half, cx + half, cy + half], fill=WHITE)
    dx, dy = at(16, 22)
    r = 2.5 * scale * unit
    d.ellipse([dx - r, dy - r, dx + r, dy + r], fill=WHITE)
    return img.resize((size, size), Image.LANCZOS)


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    for name, size, maskable in [
        ("icon-192.png", 192, False),
        ("icon-512.png", 512, False),
        ("icon-maskable-512.png", 512, True),
    ]:
        draw(size, maskable).save(OUT / name, optimize=True)
        print(f"wrote {OUT / name}")


if __name__ == "__main__":
    main()
