"""The resolution Tesseract reads best, decided per page from the height of its letters.

Tesseract reads 11-13 pt text best at 200-300 dpi. A page's own dpi can lie
(a phone photo says 72), so the text itself is measured: the median height of
the letter-sized ink components of the page. A page whose letters are tall
enough is read at its own resolution (resampling adds noise: at 200 dpi this
project measured a loss); a smaller one (a 150 dpi fax) is enlarged.
"""
from __future__ import annotations

import numpy as np

# median letter height (pixels) the enlargement aims at; 11 pt measures ~ 18 px at 200 dpi, ~ 26 at 300
TARGET_LETTER = 26.0
# below this a page is enlarged (11 pt at 150 dpi measures 14-16 px)
MIN_LETTER = 17.0


def letter_height(gray: np.ndarray) -> float | None:
    """The median height in pixels of the page's letter-sized ink components.

    >>> import numpy as np
    >>> page = np.full((200, 300), 255, np.uint8)
    >>> for x in range(10, 290, 14): page[50:68, x:x + 8] = 0
    >>> letter_height(page)
    18.0
    """
    import cv2

    # on a copy of half the size (letters are still 7-15 px there): a quarter of the work
    from .shrink import halve

    half = halve(gray)
    ink = (half < 160).astype(np.uint8)
    n, _, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    if n < 20:
        return None
    h, w = stats[1:, cv2.CC_STAT_HEIGHT], stats[1:, cv2.CC_STAT_WIDTH]
    letters = h[(h >= 2) & (h <= 60) & (w <= 3 * h) & (w >= 1)]
    if len(letters) < 20:
        return None
    return 2 * float(np.median(letters))


def upscale_factor(height: float | None) -> float:
    """How much to enlarge a page whose letters are ``height`` pixels: 1.0 when tall enough.

    >>> upscale_factor(19.0), upscale_factor(13.0), upscale_factor(None)
    (1.0, 2.0, 1.0)
    """
    if not height or height >= MIN_LETTER:
        return 1.0
    return round(min(3.0, TARGET_LETTER / height), 2)


def enlarge(gray: np.ndarray, factor: float) -> np.ndarray:
    import cv2

    if factor == 1.0:
        return gray
    return cv2.resize(gray, None, fx=factor, fy=factor, interpolation=cv2.INTER_CUBIC)
