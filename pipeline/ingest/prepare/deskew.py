"""Skew of a page from the projection profile of its ink, measured on a downscaled page.

Text lines are sharpest in the row profile when the page is level: the angle
whose profile has the most energy (sum of squared row counts) is the skew.
The ink pixels' coordinates are rotated, not the image, which keeps a search
over ±10° in steps of 0.5° and then 0.05° to a few tens of milliseconds.
"""
from __future__ import annotations

import numpy as np

from .tables import _runs

MAX_SKEW = 10.0
WORK_WIDTH = 700  # pixels across (up to 1.5 times this) of the halved page the skew is measured on
MAX_POINTS = 24000


def ink_points(gray: np.ndarray, width: int = WORK_WIDTH) -> tuple[np.ndarray, np.ndarray]:
    """(y, x) of the dark pixels of the page halved to about ``width``, at most MAX_POINTS of them."""
    import cv2

    from .shrink import halve

    small = gray
    while small.shape[1] > 1.5 * width:
        small = halve(small)
    _, ink = cv2.threshold(small, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    ys, xs = np.nonzero(without_wide_bands(ink > 0))
    if len(ys) > MAX_POINTS:
        step = len(ys) // MAX_POINTS + 1
        ys, xs = ys[::step], xs[::step]
    return ys.astype(np.float32), xs.astype(np.float32)


BAND_SHARE = 0.6  # a column (or row) inked over this share of the page is part of a dark band, not text
# ... when such columns (rows) lie side by side over this many pixels of the halved page: a copier's band or
# a gutter's shadow is 7-70 px wide there, a table's rule 1-2 px (and stays)
BAND_MIN_WIDTH = 4


def without_wide_bands(ink: np.ndarray) -> np.ndarray:
    """The boolean ink without wide dark bands along the page: a photocopy's gutter shadow down one side
    gave its column profile the energy of text lines and the page was turned sideways (session 11, one
    photocopy of three plans: 13.97 % CER, its last page read across its lines).

    >>> ink = np.zeros((100, 80), bool); ink[:, :10] = True; ink[:, 40] = True; ink[50, 20:60] = True
    >>> out = without_wide_bands(ink)
    >>> bool(out[:, :10].any()), bool(out[:, 40].all()), bool(out[50, 20:60].all())
    (False, True, True)
    """
    out = ink
    for axis in (0, 1):  # columns, then rows
        band = ink.mean(axis=axis) > BAND_SHARE
        if not band.any():
            continue
        wide = np.zeros_like(band)
        for a, b in _runs(band):
            if b - a >= BAND_MIN_WIDTH:
                wide[a:b] = True
        if wide.any():
            out = out.copy() if out is ink else out
            if axis == 0:
                out[:, wide] = False
            else:
                out[wide] = False
    return out


def profile_energy(ys: np.ndarray, xs: np.ndarray, degrees: float) -> float:
    """Energy of the row profile of the points seen rotated by ``degrees``."""
    t = np.radians(degrees)
    rows = np.floor(ys * np.cos(t) - xs * np.sin(t)).astype(np.int32)
    rows -= rows.min()
    counts = np.bincount(rows).astype(np.float64)
    return float((counts * counts).sum())


def best_angle(ys: np.ndarray, xs: np.ndarray, lo: float, hi: float, step: float) -> tuple[float, float]:
    """The angle in [lo, hi] with the most profile energy, and that energy."""
    angles = np.arange(lo, hi + step / 2, step)
    energies = np.array([profile_energy(ys, xs, a) for a in angles])
    # thin straight lines give a plateau of equal energies: its middle is the angle
    best = np.flatnonzero(energies >= energies.max() * (1 - 1e-6))
    return float(angles[best].mean()), float(energies.max())


def measure_skew(gray: np.ndarray, points: tuple[np.ndarray, np.ndarray] | None = None) -> float:
    """The page's skew in degrees (counter-clockwise positive, as PIL's rotate), within ±10°.

    >>> import numpy as np
    >>> page = np.full((200, 400), 255, np.uint8); page[50:54, 20:380] = 0; page[120:124, 20:380] = 0
    >>> abs(measure_skew(page)) < 0.1
    True
    """
    ys, xs = ink_points(gray) if points is None else points
    if len(ys) < 50:
        return 0.0
    coarse, _ = best_angle(ys[::3], xs[::3], -MAX_SKEW, MAX_SKEW, 0.5)  # a third of the points finds the peak
    fine, _ = best_angle(ys, xs, coarse - 0.5, coarse + 0.5, 0.05)
    # rows measured with y downwards: a page turned counter-clockwise reads as a negative angle here
    return -fine


def rotate(gray: np.ndarray, degrees: float, fill: int = 255) -> np.ndarray:
    """The page turned ``degrees`` counter-clockwise about its centre, same size, corners filled white."""
    import cv2

    h, w = gray.shape
    m = cv2.getRotationMatrix2D((w / 2, h / 2), degrees, 1.0)
    return cv2.warpAffine(gray, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=fill)


def deskew(gray: np.ndarray, min_degrees: float = 0.1,
           points: tuple[np.ndarray, np.ndarray] | None = None) -> tuple[np.ndarray, float]:
    """The page levelled, and the skew that was measured (nothing turned below ``min_degrees``)."""
    angle = measure_skew(gray, points)
    if abs(angle) < min_degrees:
        return gray, angle
    return rotate(gray, -angle), angle
