"""Coloured inks out: red seals and blue signatures disappear before binarisation.

A pixel whose channels differ a lot is ink of a colour; its brightest channel is
what a red (or blue) filter in front of a camera would see, near the paper's
white, while black text, even under the seal, is dark in every channel.

>>> import numpy as np
>>> rgb = np.array([[[20, 20, 20], [214, 40, 48], [40, 60, 190], [250, 250, 250], [30, 40, 120]]], dtype=np.uint8)
>>> # black stays, red and blue go to paper (and so does the paper next to them), dark blue too
>>> without_colour_inks(rgb).tolist()
[[20, 255, 255, 255, 255]]
"""
from __future__ import annotations

import numpy as np

# channel spread (max - min) from which a pixel counts as coloured ink; JPEG's chroma blur
# leaves ~20-30 around black letters, seal ink is 150 or more
CHROMA_MIN = 45
# near coloured ink, a pixel whose brightest channel is above this is ink, turned to paper
INK_PALE = 150
# a coloured pixel whose blue channel stands this far above both others is a signature's blue ink however
# dark it is: a JPEG of q20-30 darkens a thin blue stroke to a brightest channel of ~100-140, under
# INK_PALE, and its outline then reads as letters ("Đỗ Văn Lan N"). The last pages of five harsh office
# plans drawn with and without their signature (session 10): the stroke's pixels left dark 1,382 -> 284,
# text pixels lost 69 -> 169 (letters the stroke crosses); three office pages 1,982 -> 1,516, 24 -> 26.
# A black letter under blue ink is dark in every channel (spread under CHROMA_MIN): kept.
BLUE_OVER = 20
# ... unless it is as dark as a letter: black under the stroke, its blue bled in by JPEG (grey under 45),
# so a letter crossed by the stroke keeps its strokes. Last pages of five harsh office plans, CER 5.77 % with
# or without it but the signer's name read whole on 2 of 5 (1 before), last pages of three office plans
# 0.81 % -> 0.58 %; with no grey limit 5.79 %, and the crossed letters broken ("Đỗ Văn La:.")
BLUE_DARK = 45


def is_colour(rgb: np.ndarray, share: float = 0.0005) -> bool:
    """Whether a page has any coloured ink worth removing (a grey scan saved as RGB has none)."""
    small = rgb[::8, ::8]
    spread = small.max(axis=2).astype(np.int16) - small.min(axis=2)
    return float((spread > CHROMA_MIN).mean()) > share


def without_colour_inks(rgb: np.ndarray) -> np.ndarray:
    """The page in grey with coloured inks lifted to the paper (uint8 HxW from HxWx3 RGB)."""
    import cv2

    gray = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)
    r, g, b = cv2.split(rgb)
    top = cv2.max(cv2.max(r, g), b)
    spread = cv2.subtract(top, cv2.min(cv2.min(r, g), b))
    coloured = (spread > CHROMA_MIN).astype(np.uint8)
    # JPEG keeps colour at half resolution: the edges of a stroke of ink lose theirs, so the
    # pixels next to coloured ones count too
    near = cv2.dilate(coloured, np.ones((5, 5), np.uint8)) > 0
    # there a pixel shows its brightest channel: red and blue ink go pale, black stays black;
    # what stays pale is ink, not a letter (black letters are dark in every channel)
    lifted = np.where(top > INK_PALE, np.uint8(255), top)
    blue = (spread > CHROMA_MIN) & (b.astype(np.int16) - cv2.max(r, g) > BLUE_OVER) & (gray >= BLUE_DARK)
    return np.where(blue, np.uint8(255), np.where(near, lifted, gray))
