#!/usr/bin/env python3
"""Make phone-photo-page-1.jpg: page 1 of the homework as a phone photo of a screen.

A student who photographs a laptop screen with a phone does not get a clean
screenshot. The photo is a little rotated, the phone is not held parallel to
the screen (keystone), the focus is soft, the screen is lit unevenly (brighter
where the backlight or a lamp hits it, darker towards one corner, with a faint
blue cast), the sensor adds a little noise, and the messaging app recompresses
the picture as a JPEG. This script applies those effects, in that order, to a
clean rendering of the page, so the OCR stage of hwlens can be tried on a
realistic bad input.

Usage (from the repository root):

    # 1. render page 1 at 150 dpi (a clean "screen")
    .build/debug/hwlens render --dpi 150 --pages 1 --out /tmp/photo \\
        samples/cnn-basics/homework.pdf
    # 2. turn it into a phone photo
    python3 samples/cnn-basics/forms/make_photo.py /tmp/photo/homework-1.png \\
        samples/cnn-basics/forms/phone-photo-page-1.jpg

Or give the PDF directly and let the script call hwlens for step 1:

    python3 samples/cnn-basics/forms/make_photo.py samples/cnn-basics/homework.pdf \\
        samples/cnn-basics/forms/phone-photo-page-1.jpg --hwlens .build/debug/hwlens

Needs Pillow and numpy (``pip install pillow`` in a virtual environment if
missing). The noise uses a fixed seed, so the same input and the same Pillow
version give the same JPEG.

Parameters (all can be changed on the command line):
    --angle 2.5      rotation in degrees (counter-clockwise)
    --keystone 0.035 how much narrower the top edge is than the bottom edge,
                     as a fraction of the width (phone tilted back)
    --blur 1.2       Gaussian blur radius in pixels (soft focus / shake)
    --light 0.22     depth of the lighting gradient (0 = even light)
    --noise 3.0      standard deviation of sensor noise, in 0-255 units
    --quality 70     JPEG quality
"""

import argparse
import os
import shutil
import subprocess
import sys
import tempfile

import numpy as np
from PIL import Image, ImageFilter


def render_page(pdf, hwlens, dpi, page):
    """Render one page of `pdf` with `hwlens render` and return it as an image."""
    out = tempfile.mkdtemp(prefix="hwlens-photo-")
    try:
        result = subprocess.run(
            [hwlens, "render", "--dpi", str(dpi), "--pages", str(page), "--out", out, pdf],
            check=True, capture_output=True, text=True)
        path = result.stdout.strip().splitlines()[-1]
        image = Image.open(path).convert("RGB")
        image.load()
        return image
    finally:
        shutil.rmtree(out, ignore_errors=True)


def add_bezel(page, margin_fraction=0.06):
    """Put the page on a dark "monitor" so the photo shows the screen's edge."""
    w, h = page.size
    m = int(round(margin_fraction * w))
    screen = Image.new("RGB", (w + 2 * m, h + 2 * m), (28, 29, 33))
    screen.paste(page, (m, m))
    return screen


def perspective_coefficients(src, dst):
    """Coefficients for Image.transform(PERSPECTIVE) mapping output points `dst`
    back to input points `src` (Pillow wants the inverse mapping)."""
    rows = []
    rhs = []
    for (x, y), (u, v) in zip(dst, src):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        rhs.extend([u, v])
    return np.linalg.solve(np.array(rows, dtype=float), np.array(rhs, dtype=float)).tolist()


def keystone(image, amount, background):
    """Top edge narrower than the bottom one, as when the phone leans back."""
    w, h = image.size
    inset = amount * w / 2
    src = [(0, 0), (w, 0), (w, h), (0, h)]
    # The top corners move inwards and a little down; the bottom ones stay.
    dst = [(inset, 0.01 * h), (w - inset, 0.0), (w, h), (0, h)]
    coeffs = perspective_coefficients(src, dst)
    return image.transform((w, h), Image.PERSPECTIVE, coeffs,
                           resample=Image.BICUBIC, fillcolor=background)


def uneven_light(image, depth, rng_noise, seed):
    """Multiply by a smooth light field and add a faint blue cast and noise."""
    a = np.asarray(image).astype(np.float32)
    h, w = a.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    xx /= w
    yy /= h
    # A bright spot up and to the left (lamp reflection), falling off to the
    # bottom-right corner, plus a weak linear gradient across the page.
    spot = np.exp(-(((xx - 0.28) ** 2) / 0.35 + ((yy - 0.22) ** 2) / 0.45))
    field = (1.0 - depth) + depth * spot - 0.05 * depth * xx
    field = np.clip(field, 0.0, 1.05)
    a *= field[:, :, None]
    # Screens photographed under warm room light look slightly blue.
    a[:, :, 0] *= 0.96
    a[:, :, 1] *= 0.98
    a[:, :, 2] *= 1.02
    rng = np.random.default_rng(seed)
    a += rng.normal(0.0, rng_noise, size=a.shape).astype(np.float32)
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("input", help="a rendered page (PNG) or the homework PDF")
    parser.add_argument("output", help="the JPEG to write")
    parser.add_argument("--hwlens", default=".build/debug/hwlens",
                        help="hwlens binary, used when INPUT is a PDF")
    parser.add_argument("--page", type=int, default=1)
    parser.add_argument("--dpi", type=int, default=150)
    parser.add_argument("--angle", type=float, default=2.5)
    parser.add_argument("--keystone", type=float, default=0.035)
    parser.add_argument("--blur", type=float, default=1.2)
    parser.add_argument("--light", type=float, default=0.22)
    parser.add_argument("--noise", type=float, default=3.0)
    parser.add_argument("--quality", type=int, default=70)
    parser.add_argument("--seed", type=int, default=487)
    args = parser.parse_args(argv)

    if args.input.lower().endswith(".pdf"):
        page = render_page(args.input, args.hwlens, args.dpi, args.page)
    else:
        page = Image.open(args.input).convert("RGB")

    desk = (58, 52, 47)  # what is around the monitor in the photo
    photo = add_bezel(page)
    photo = keystone(photo, args.keystone, desk)
    photo = photo.rotate(args.angle, resample=Image.BICUBIC, expand=True, fillcolor=desk)
    photo = photo.filter(ImageFilter.GaussianBlur(radius=args.blur))
    photo = uneven_light(photo, args.light, args.noise, args.seed)

    os.makedirs(os.path.dirname(os.path.abspath(args.output)), exist_ok=True)
    # No EXIF, no embedded resolution: a messaging app strips both.
    photo.save(args.output, "JPEG", quality=args.quality, optimize=True)
    print(args.output)
    return 0


if __name__ == "__main__":
    sys.exit(main())
