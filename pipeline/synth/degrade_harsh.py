"""Pages worse than degrade.py's: what archive clerks actually feed (harsh office scan, photocopy,
bad fax, dark phone photo).

Each function takes a clean page rendered at its kind's dpi (degrade.KINDS) and
an ``random.Random`` and returns the degraded page, deterministic for a seed.

- ``harsh_office_page``: 150 dpi, 5-8 degrees of skew, a heavy red seal over the
  body text, speckle (dust dots and small clumps), JPEG q20-30;
- ``photocopy_page``: grey, dark bands along the two or three sides the paper did
  not cover on the glass and a gutter shadow along one side, toner uneven across the page, the blur and
  contrast of a copy of a copy;
- ``bad_fax_page``: 100-120 dpi, dithered (not thresholded), black streaks of a
  dirty drum across the page, scan lines lost (white rows), a stuck sensor dot;
- ``dark_photo_page``: strong perspective, overall dim, a hand's shadow across a
  corner, motion blur, JPEG q50-60.

>>> from PIL import Image
>>> page = Image.new("RGB", (300, 420), "white")
>>> [f(page, random.Random(1)).mode for f in (harsh_office_page, photocopy_page, dark_photo_page)]
['RGB', 'L', 'RGB']
>>> bad_fax_page(page.convert("L"), random.Random(1)).mode
'1'
"""
from __future__ import annotations

import math
import random

import numpy as np

from .degrade import BLUE, RED, _jpeg, _noise, _seal_mask, _signature_mask, _stamp, _text_box

# dpi each kind is rasterised at: fax-bad picks one of these per document
HARSH_DPI = {"harsh-office": (150,), "photocopy": (200,), "fax-bad": (100, 110, 120), "photo-dark": (200,)}


def _speckle(a: np.ndarray, rng: random.Random, share: float) -> np.ndarray:
    """Dust: single dark dots and 2-3 px clumps over ``share`` of the pixels (uint8 grey or RGB)."""
    nprng = np.random.default_rng(rng.randrange(1 << 30))
    h, w = a.shape[:2]
    n = int(share * h * w)
    ys, xs = nprng.integers(0, h - 3, n), nprng.integers(0, w - 3, n)
    sizes = nprng.choice([1, 1, 1, 2, 3], n)
    out = a.copy()
    for y, x, s in zip(ys, xs, sizes):
        out[y:y + s, x:x + s] = nprng.integers(0, 90)
    return out


def harsh_office_page(page, rng: random.Random, seal: bool = True):
    """150 dpi office scan gone wrong: the seal pressed hard over the body text, 5-8 degrees of skew,
    dust, blur and noise, then JPEG at q20-30."""
    from PIL import Image

    page = page.convert("RGB")
    w = page.width
    if seal:
        left, top, right, bottom = _text_box(page.convert("L"))
        dia = int(w * rng.uniform(0.24, 0.3))
        at = (int(rng.uniform(left, max(left + 1, right - dia))), int(rng.uniform(top, max(top + 1, bottom - dia))))
        page = _stamp(page, _seal_mask(dia), RED, at, 0.97)
        sig = _signature_mask((int(w * 0.3), int(w * 0.1)), rng)
        page = _stamp(page, sig, BLUE, (int(w * 0.55), max(0, bottom - int(w * 0.1))), 0.95)
    angle = rng.choice([-1, 1]) * rng.uniform(5, 8)
    page = page.rotate(angle, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=(255, 255, 255))
    page = Image.fromarray(_speckle(np.asarray(page), rng, 0.0015), "RGB")
    page = _noise(page, rng, sigma=9, blur=rng.uniform(0.6, 0.9))
    return _jpeg(page, rng.randint(20, 30))


def _low_frequency(shape: tuple[int, int], rng: random.Random, cells: int = 6) -> np.ndarray:
    """A smooth random field in [0, 1] over the page: a coarse grid of random values, enlarged."""
    import cv2

    nprng = np.random.default_rng(rng.randrange(1 << 30))
    coarse = nprng.random((cells, cells)).astype(np.float32)
    return cv2.resize(coarse, (shape[1], shape[0]), interpolation=cv2.INTER_CUBIC).clip(0, 1)


def photocopy_page(page, rng: random.Random):
    """A photocopy of a photocopy: toner uneven (text faded in patches, grey blotches on the paper),
    blurred twice with the contrast pushed in between, dark borders and a gutter shadow."""
    import cv2

    a: np.ndarray = np.asarray(page.convert("L"), dtype=np.float32) / 255
    h, w = a.shape
    toner = _low_frequency(a.shape, rng)
    ink = 1 - a
    a = 1 - ink * (0.55 + 0.45 * toner)  # faded where the toner ran thin
    a = a - 0.12 * (1 - toner) * rng.uniform(0.5, 1)  # greyish paper where it ran thick
    a = cv2.GaussianBlur(a, (0, 0), rng.uniform(0.8, 1.1))
    a = np.clip((a - 0.35) / 0.5, 0, 1)  # the second copy: contrast pushed, greys lost
    a = cv2.GaussianBlur(a, (0, 0), rng.uniform(0.6, 0.9))
    xx = np.arange(w, dtype=np.float32)
    gutter = int(w * rng.uniform(0.06, 0.1))
    side = rng.choice(["left", "right"])
    dist = xx if side == "left" else (w - 1 - xx)
    shade = 1 - 0.75 * np.exp(-dist / max(1, gutter / 2))  # dark at the binding, fading into the page
    a = a * shade[None, :]
    # the paper lies against one corner of the glass: the copier prints black along the two far sides
    # (and, a sheet put in askew, sometimes a thin band on a third)
    top, left = rng.choice([True, False]), rng.choice([True, False])
    bands = {"top": not top, "bottom": top, "left": not left, "right": left}
    if rng.random() < 0.4:
        bands[rng.choice([k for k, v in bands.items() if not v])] = True
    dark = rng.uniform(0.05, 0.2)
    for side, on in bands.items():
        n = int(rng.uniform(0.01, 0.03) * (h if side in ("top", "bottom") else w)) if on else 0
        if side == "top":
            a[:n] = dark
        elif side == "bottom":
            a[h - n:] = dark
        elif side == "left":
            a[:, :n] = dark
        elif n:
            a[:, w - n:] = dark
    img = (np.clip(a, 0, 1) * 255).astype(np.uint8)
    from PIL import Image

    return _jpeg(_noise(Image.fromarray(img, "L"), rng, sigma=7, blur=0.3), 50)


def bad_fax_page(page, rng: random.Random):
    """A fax from a tired machine at 100-120 dpi: dithered greys, streaks across, lost scan lines."""
    from PIL import Image

    page = page.convert("L").rotate(rng.uniform(-2.0, 2.0), resample=Image.Resampling.BICUBIC, fillcolor=255)
    page = _noise(page, rng, sigma=22, blur=0.8)
    a = np.asarray(page).copy()
    # the machine sees paper as light grey: dithering then speckles it, as a real fax's halftone does
    a = np.clip(a.astype(np.int16) * 0.9 + 10, 0, 255).astype(np.uint8)
    h, w = a.shape
    out = np.asarray(Image.fromarray(a, "L").convert("1", dither=Image.Dither.FLOYDSTEINBERG).convert("L")).copy()
    nprng = np.random.default_rng(rng.randrange(1 << 30))
    for _ in range(rng.randint(2, 4)):  # a dirty drum: thin black streaks right across
        y = int(nprng.integers(0, h - 2))
        out[y:y + rng.randint(1, 2)] = np.where(nprng.random(w) < 0.9, 0, out[y])  # edge to edge, a few gaps
    for _ in range(rng.randint(4, 9)):  # scan lines lost: white rows
        y = int(nprng.integers(0, h - 2))
        out[y:y + rng.randint(1, 2)] = 255
    x = int(nprng.integers(w // 8, 7 * w // 8))  # a stuck sensor element: a thin line down the page
    out[:, x] = np.where(nprng.random(h) < 0.7, 0, out[:, x])
    return Image.fromarray(out, "L").convert("1", dither=Image.Dither.NONE)


def _motion_blur(a: np.ndarray, rng: random.Random) -> np.ndarray:
    import cv2

    n = rng.randint(4, 6)
    k: np.ndarray = np.zeros((n, n), np.float32)
    k[n // 2, :] = 1
    m = cv2.getRotationMatrix2D((n / 2 - 0.5, n / 2 - 0.5), rng.uniform(0, 180), 1)
    k = cv2.warpAffine(k, m, (n, n))
    return cv2.filter2D(a, -1, k / max(1e-6, k.sum()))


def dark_photo_page(page, rng: random.Random):
    """A phone photo in a dim office: strong perspective, the page at 55-75 % of white, a hand's
    shadow across a corner, the phone moving (motion blur), noise and JPEG q50-60."""
    import cv2
    from PIL import Image

    a: np.ndarray = np.asarray(page.convert("RGB"), dtype=np.float32)
    h, w = a.shape[:2]
    margin = int(0.08 * w)
    out_w, out_h = w + 2 * margin, h + 2 * margin
    j = lambda: rng.uniform(0.02, 0.08) * w  # noqa: E731  how far each corner moves
    src = np.array([[0, 0], [w, 0], [w, h], [0, h]], dtype=np.float32)
    dst = np.array([[margin + j(), margin + j()], [margin + w - j(), margin + j()],
                    [margin + w - j(), margin + h - j()], [margin + j(), margin + h - j()]], dtype=np.float32)
    a = cv2.warpPerspective(a, cv2.getPerspectiveTransform(src, dst), (out_w, out_h), flags=cv2.INTER_LINEAR,
                            borderValue=(45, 40, 38))
    yy, xx = np.mgrid[0:out_h, 0:out_w].astype(np.float32)
    gx, gy = rng.uniform(-1, 1), rng.uniform(-1, 1)
    ramp = (gx * (xx / out_w - 0.5) + gy * (yy / out_h - 0.5)) / math.hypot(gx, gy)
    light = rng.uniform(0.6, 0.75) - 0.25 * ramp
    # the shadow: everything beyond a line through a corner region, soft-edged
    cx, cy = rng.choice([(0, 0), (out_w, 0), (0, out_h), (out_w, out_h)])
    reach = rng.uniform(0.35, 0.5) * math.hypot(out_w, out_h)
    dist = np.hypot(xx - cx, yy - cy)
    shadow = 1 - 0.45 * np.clip((reach - dist) / (0.04 * out_w) + 0.5, 0, 1)
    a = a * (light * shadow)[..., None] * np.array([1.0, 0.95, 0.85], dtype=np.float32)
    a = _motion_blur(a, rng)
    img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "RGB")
    return _jpeg(_noise(img, rng, sigma=8, blur=0.5), rng.randint(50, 60))


HARSH_PAGES = {"harsh-office": harsh_office_page, "photocopy": photocopy_page, "fax-bad": bad_fax_page,
               "photo-dark": dark_photo_page}
