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


# lone specks per megapixel from which a page counts as dusty: generated harsh office scans have 97-129,
# office scans, phone photos and photocopies 0-7 (where removing them cost 0.06 points of CER on photos)
DUSTY = 30


def remove_dust(gray: np.ndarray, letter: float | None, reach_share: float = 0.5,
                size_share: float = 0.3, dusty: float = DUSTY) -> np.ndarray:
    """Dust on a grey page (dots and small clumps the 3x3 median leaves) turned to paper.

    A speck goes when it is small (area up to ``(size_share * letter)**2``, less than a small
    letter), not flat (a hyphen is wider than tall, dust as tall as wide) and lies away from
    every letter: no ink bigger than a speck within ``reach_share * letter`` pixels, nor a speck kept
    for being that near (the upper dot of a semicolon beside the comma below it; other dust does not
    count: dust lies in clusters).
    Refused (kept): every speck within half a letter of a letter (periods, commas, colons, a list's
    hyphen, the dots and tone marks of Vietnamese letters), elongated marks, everything on a page
    whose letters could not be measured, and every page with fewer than ``dusty`` lone specks a
    megapixel (a clean page's few are more likely marks than dust). Dust between the words of a line
    stays too (Tesseract's low-confidence marks there are dropped after reading, ocr_layout).
    """
    import cv2

    if not letter:
        return gray
    ink = (gray < 160).astype(np.uint8)
    n, labels, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    area, w, h = stats[:, cv2.CC_STAT_AREA], stats[:, cv2.CC_STAT_WIDTH], stats[:, cv2.CC_STAT_HEIGHT]
    # flat marks are never dust: a list's hyphen at 150 dpi is 4x2 pixels, a speck of dust as tall as wide
    small = (area <= (size_share * letter) ** 2) & (w <= 1.3 * h) & (h <= 2 * w)
    small[0] = False
    if not small.any():
        return gray
    reach = max(1, int(round(reach_share * letter)))
    disc = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (2 * reach + 1,) * 2)
    kept = ~small
    kept[0] = False
    for _ in range(2):  # a speck near a kept speck is kept too: the upper dot of ";" or ":", an ellipsis
        near = cv2.dilate(kept[labels].astype(np.uint8), disc) > 0
        near_comp = np.zeros(n, bool)
        near_comp[labels[near & (ink > 0)]] = True  # a speck is near when any of its pixels is
        kept = kept | (small & near_comp)
        kept[0] = False
    lone = small & ~kept
    if lone.sum() < dusty * gray.size / 1e6:  # a page with a few lone marks keeps them all
        return gray
    halo = cv2.dilate(lone[labels].astype(np.uint8), np.ones((3, 3), np.uint8)) > 0  # the speck's grey rim
    out = gray.copy()
    out[halo] = 255
    return out
