"""Draws the placeholder illustrations that ship with the demo content.

No photograph can be downloaded here, so the demo uses simple drawn landscapes (Alps, lakes,
the Po plain, a city skyline). Each carries a visible "Illustration" mark so editors know to
replace it. Run once; the JPEGs are committed in home/demo/images/.

    .venv/bin/python scripts/draw_demo_images.py
"""

import random
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

OUT = Path(__file__).resolve().parent.parent / "home" / "demo" / "images"

PALETTES = {
    "alps-and-lakes": ((196, 224, 236), (11, 107, 67), (4, 74, 46), (70, 130, 170)),
    "po-plain": ((238, 226, 190), (150, 170, 80), (90, 120, 50), (120, 160, 190)),
    "milan-skyline": ((210, 220, 235), (60, 70, 90), (30, 35, 50), (120, 140, 170)),
    "innovation-district": ((226, 236, 230), (11, 107, 67), (27, 31, 35), (255, 191, 71)),
}


def gradient(draw, size, top, bottom):
    width, height = size
    for y in range(height):
        t = y / height
        colour = tuple(int(top[i] * (1 - t) + bottom[i] * t) for i in range(3))
        draw.line([(0, y), (width, y)], fill=colour)


def mountains(draw, size, colour, base, peaks, rng):
    width, height = size
    points = [(0, height)]
    for i in range(peaks + 1):
        x = i * width / peaks
        points.append((x, base - rng.randint(0, int(height * 0.35))))
    points.append((width, height))
    draw.polygon(points, fill=colour)


def skyline(draw, size, colour, rng):
    width, height = size
    x = 0
    while x < width:
        w = rng.randint(40, 110)
        h = rng.randint(int(height * 0.2), int(height * 0.7))
        draw.rectangle([x, height - h, x + w, height], fill=colour)
        x += w + rng.randint(4, 18)


def draw(name, size=(1600, 900)):
    rng = random.Random(name)
    sky, mid, dark, water = PALETTES[name]
    image = Image.new("RGB", size)
    pen = ImageDraw.Draw(image)
    gradient(pen, size, sky, (255, 255, 255))
    if name in ("milan-skyline", "innovation-district"):
        skyline(pen, size, mid, rng)
        skyline(pen, size, dark, rng)
    else:
        mountains(pen, size, mid, int(size[1] * 0.6), 9, rng)
        mountains(pen, size, dark, int(size[1] * 0.8), 14, rng)
        pen.rectangle([0, int(size[1] * 0.85), size[0], size[1]], fill=water)
    font = ImageFont.load_default(size=28)
    pen.rectangle([size[0] - 330, size[1] - 60, size[0] - 10, size[1] - 12], fill=(255, 255, 255))
    pen.text((size[0] - 318, size[1] - 52), "Illustration (placeholder)", fill=(27, 31, 35), font=font)
    image.save(OUT / f"{name}.jpg", quality=72, optimize=True, progressive=True)


if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    for name in PALETTES:
        draw(name)
        print(OUT / f"{name}.jpg")
