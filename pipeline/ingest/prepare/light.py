"""Uneven light flattened: the page divided by its own background.

The background (paper lit unevenly, a shadow across a photo) is the page with
its text closed away, estimated on a copy an eighth of the size; dividing by it
leaves the paper white everywhere and the ink as dark as it was against its
own paper. A page lit evenly (a flatbed scan) is left alone.

>>> import numpy as np
>>> page = np.tile(np.linspace(120, 240, 256).astype(np.uint8), (256, 1)); page[120:126, 10:250] = 40
>>> flat = flatten_light(page)
>>> int(flat[5, 5]) > 240 and int(flat[5, 250]) > 240 and int(flat[122, 12]) < 100
True
"""
from __future__ import annotations

import numpy as np


def background(gray: np.ndarray, shrink: int = 8) -> np.ndarray:
    """The paper's brightness, text removed, on a copy ``shrink`` (a power of 2) times smaller."""
    import cv2

    from .shrink import halve

    small = gray
    for _ in range(shrink.bit_length() - 1):
        small = halve(small)
    k = max(3, (min(small.shape) // 40) | 1)
    paper = cv2.morphologyEx(small, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (k, k)))
    return cv2.medianBlur(paper, 5 if min(paper.shape) > 5 else 1)


def light_spread(paper: np.ndarray) -> float:
    """How uneven the light is: the paper's 95th over its 5th percentile, 1.0 when flat."""
    lo, hi = np.percentile(paper, (5, 95))
    return float(hi) / max(1.0, float(lo))


def flatten_light(gray: np.ndarray, min_spread: float = 1.12) -> np.ndarray:
    """The page divided by its background, paper brought to white (returned unchanged when flat)."""
    import cv2

    paper = background(gray)
    if light_spread(paper) < min_spread and np.median(paper) > 200:
        return gray
    paper = cv2.resize(paper, (gray.shape[1], gray.shape[0]), interpolation=cv2.INTER_LINEAR)
    return cv2.divide(gray, np.maximum(paper, 1), scale=255)
