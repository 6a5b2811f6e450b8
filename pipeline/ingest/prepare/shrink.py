"""Smaller copies of a page, fast: halving by whole pixels takes OpenCV's quick path.

OpenCV's area resampling is fast only for whole-number factors; a page of odd
width halved, or shrunk by 0.54, takes ten times longer. So a page is halved
(cropped to an even size first) until it is near the size wanted.

>>> import numpy as np
>>> halve(np.zeros((101, 75), np.uint8)).shape, shrink_to(np.zeros((2339, 1654), np.uint8), 700).shape
((50, 37), (584, 413))
"""
from __future__ import annotations

import numpy as np


def halve(gray: np.ndarray) -> np.ndarray:
    """The page at half its size (each pixel the mean of a 2x2 block); a tiny image stays as it is."""
    import cv2

    if min(gray.shape) < 8:
        return gray
    h, w = gray.shape[0] // 2 * 2, gray.shape[1] // 2 * 2
    return cv2.resize(gray[:h, :w], (w // 2, h // 2), interpolation=cv2.INTER_AREA)


def shrink_to(gray: np.ndarray, longest: int) -> np.ndarray:
    """The page halved until its longest side is at most ``longest`` (and more than half of it)."""
    while max(gray.shape) > longest and min(gray.shape) >= 8:
        gray = halve(gray)
    return gray
