"""Dithered black-and-white pages (a fax that halftoned its greys) turned back to grey.

A fax machine that dithers prints grey paper as a field of scattered dots and
frays every letter's edge. Tesseract reads such a page as it is poorly, and
the lone-speck removal meant for clean faxes (denoise.py) cannot tell the dots
from the diacritics. Averaging the dots over a small window gives back the
greys (inverse halftoning): the paper becomes a light even grey, the letters
dark, and the page goes on as a grey page (light, median, enlargement).

Refused: a clean black-and-white page (few lone dots: a fax thresholded
without dithering keeps its sharp edges) is left as it is.

>>> import numpy as np
>>> rng = np.random.default_rng(1)
>>> page = np.where(rng.random((200, 200)) < 0.06, 0, 255).astype(np.uint8); page[90:110, 20:180] = 0
>>> clean = np.full((200, 200), 255, np.uint8); clean[90:110, 20:180] = 0; clean[20, 20] = 0
>>> is_dithered(page), is_dithered(clean)
(True, False)
>>> grey = descreen(page)
>>> int(grey[100, 100]) < 60 < 180 < int(grey[40, 40])
True
"""
from __future__ import annotations

import numpy as np

# lone dots (components of 1-2 pixels) per pixel of the page from which it counts as dithered;
# a clean fax has ~0.002 of its pixels in lone specks at most (degrade.fax_page's line noise)
DOT_SHARE = 0.01


def is_dithered(binary: np.ndarray) -> bool:
    """Whether a black-and-white page is covered with lone dots, as a dithered fax is."""
    import cv2

    ink = (binary[: binary.shape[0] // 2 * 2, : binary.shape[1] // 2 * 2] < 128).astype(np.uint8)
    n, _, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    dots = int((stats[1:, cv2.CC_STAT_AREA] <= 2).sum())
    return dots / max(1, ink.size) > DOT_SHARE


def descreen(binary: np.ndarray, sigma: float = 1.0) -> np.ndarray:
    """The dots averaged back to grey, the paper's level brought up to white.

    ``sigma`` 1.0: the page is then enlarged (prepare._enlarge_descreened); on three plans at
    100-120 dpi 0.85 gave 18.4 % mean CER, 1.0 10.1 %, 1.2 12.9 % (0.7, right for a page read at its own
    size, 40.5 % once enlarged)."""
    import cv2

    grey = cv2.GaussianBlur(binary.astype(np.float32), (0, 0), sigma)
    paper = float(np.percentile(grey, 90))
    return np.clip(grey * (255.0 / max(1.0, paper)), 0, 255).astype(np.uint8)
