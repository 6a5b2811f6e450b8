"""Speckle and JPEG noise: a 3x3 median, and lone specks on a binary page removed.

The median removes salt-and-pepper dust and the ringing JPEG leaves around
letters at the page's own resolution (measured better, and faster, than
resampling). On a page that is already black and white (a fax) the median
would eat the dots of diacritics, so only specks standing alone, far from any
letter, are removed there.

>>> import numpy as np
>>> page = np.full((30, 30), 255, np.uint8); page[5, 5] = 0; page[15:18, 10:25] = 0
>>> out = remove_lone_specks(page, max_area=2)
>>> int(out[5, 5]), int(out[16, 12])
(255, 0)
"""
from __future__ import annotations

import numpy as np


def is_binary(gray: np.ndarray) -> bool:
    """Whether the page holds (almost) only black and white, as a fax or a bilevel scan does."""
    sample = gray[::7, ::7]
    return float(((sample > 30) & (sample < 225)).mean()) < 0.002


def median(gray: np.ndarray) -> np.ndarray:
    import cv2

    return cv2.medianBlur(gray, 3)


def remove_lone_specks(binary: np.ndarray, max_area: int = 3, reach: int = 4) -> np.ndarray:
    """Black components of at most ``max_area`` pixels with no other ink within ``reach`` pixels."""
    import cv2

    ink = (binary < 128).astype(np.uint8)
    n, labels, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    small = np.flatnonzero(stats[:, cv2.CC_STAT_AREA] <= max_area)
    small = small[small > 0]
    if not len(small):
        return binary
    small_mask = np.isin(labels, small)
    big = ink & ~small_mask
    near_big = cv2.dilate(big.astype(np.uint8), np.ones((2 * reach + 1, 2 * reach + 1), np.uint8)) > 0
    out = binary.copy()
    out[small_mask & ~near_big] = 255
    return out
