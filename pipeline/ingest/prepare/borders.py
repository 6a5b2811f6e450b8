"""Dark frames of a photocopy or a scan with the lid open: straight dark bands along the page's edges
turned to paper.

A copier draws black where the paper did not reach: a band of even width along
a side. The band's width is measured at several places along each side (the run
of dark pixels from the edge inwards, on a median-smoothed row or column); a
side whose runs agree (a straight band) and stay narrow is painted white.

The paper lies against one corner of the glass, so the bands run along two or
three sides. Refused (left as they are): a band on all four sides (the desk
around a phone photo: perspective.py finds the page there; a photo's border was
measured straight enough along one side to pass otherwise), bands wider than
MAX_SHARE of the page, bands whose width varies along the side (a page
photographed at an angle), and sides with no band.

>>> import numpy as np
>>> page = np.full((200, 150), 230, np.uint8); page[:6] = 20; page[:, -5:] = 30; page[100, 20:120] = 0
>>> out = without_dark_frame(page)
>>> int(out[:6].min()), int(out[:, -5:].min()), int(out[100, 50])
(255, 255, 0)
"""
from __future__ import annotations

import numpy as np

MAX_SHARE = 0.05  # a frame wider than this share of the page's shorter side is not a copier's border
SPREAD = 0.01  # the band's width may vary by this share of the page (plus 3 px) along its side
SAMPLES = 9  # places along each side where the band is measured


def _runs(lines: np.ndarray, dark: float) -> np.ndarray:
    """For each line (a row of samples taken inwards from the edge), how many leading samples are dark."""
    is_dark = lines < dark
    # the index of the first light sample, or the whole length when all are dark
    first_light = np.where(is_dark.all(axis=1), lines.shape[1], np.argmin(is_dark, axis=1))
    return first_light


def band_width(gray: np.ndarray, side: str) -> int:
    """The width in pixels of a straight dark band along ``side`` (top, bottom, left, right), 0 if none."""
    import cv2

    a = gray if side in ("left", "right") else gray.T
    if side in ("right", "bottom"):
        a = a[:, ::-1]
    h, w = a.shape
    limit = int(MAX_SHARE * min(gray.shape)) + 2  # of the shorter side: the desk above a photo is as wide
    strip = cv2.medianBlur(np.ascontiguousarray(a[:, :limit + 4]), 5)
    paper = float(np.percentile(a[:, limit:], 90)) if w > limit else 255.0
    ys = np.linspace(0.1 * h, 0.9 * h, SAMPLES).astype(int)
    runs = _runs(strip[ys, :limit + 1], 0.5 * paper)
    if runs.min() < 2 or runs.max() > limit:
        return 0
    if runs.max() - runs.min() > SPREAD * w + 3:
        return 0
    return int(runs.max()) + 2


def without_dark_frame(gray: np.ndarray) -> np.ndarray:
    """The page with each straight dark border band painted white (returned as it is when it has none)."""
    widths = {side: band_width(gray, side) for side in ("top", "bottom", "left", "right")}
    if not any(widths.values()) or all(widths.values()):  # none, or all round: the desk around a photo
        return gray
    out = gray.copy()
    h, w = out.shape
    if widths["top"]:
        out[:widths["top"]] = 255
    if widths["bottom"]:
        out[h - widths["bottom"]:] = 255
    if widths["left"]:
        out[:, :widths["left"]] = 255
    if widths["right"]:
        out[:, w - widths["right"]:] = 255
    return out
