"""Perspective of a photographed page, from the page's border against a darker background.

On a downscaled copy the paper is the largest bright region; when its outline
is a quadrilateral clearly inside the photo (a border is visible), the page is
warped back to a rectangle of the same pixel size. A scan, whose paper fills
the image, is left alone. A shadow across the page (a hand, the phone) darkens
paper and desk alike, so the paper threshold is held under a few times the
desk's brightness: shadowed paper stays paper.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

WORK_SIDE = 700  # longest side of the copy the border is looked for on
DESK_RATIO = 2.5  # paper in a shadow is still brighter than this many times the desk


@dataclass
class PageQuad:
    """The page's four corners in the full image: top-left, top-right, bottom-right, bottom-left."""

    corners: np.ndarray  # 4x2 float32

    def size(self) -> tuple[int, int]:
        """(width, height) of the flattened page: its longer opposite sides."""
        tl, tr, br, bl = self.corners
        w = max(np.linalg.norm(tr - tl), np.linalg.norm(br - bl))
        h = max(np.linalg.norm(bl - tl), np.linalg.norm(br - tr))
        return int(round(w)), int(round(h))


def _order(pts: np.ndarray) -> np.ndarray:
    s, d = pts.sum(axis=1), np.diff(pts, axis=1).ravel()
    return np.float32([pts[np.argmin(s)], pts[np.argmin(d)], pts[np.argmax(s)], pts[np.argmax(d)]])


def find_page(gray: np.ndarray) -> PageQuad | None:
    """The page's corners when a border against a darker background is visible, else None."""
    import cv2

    from .shrink import shrink_to

    small = shrink_to(gray, WORK_SIDE)
    scale = small.shape[1] / gray.shape[1]
    small = cv2.GaussianBlur(small, (5, 5), 0)
    edge = np.concatenate([small[:4].ravel(), small[-4:].ravel(), small[:, :4].ravel(), small[:, -4:].ravel()])
    inner = small[small.shape[0] // 4: 3 * small.shape[0] // 4, small.shape[1] // 4: 3 * small.shape[1] // 4]
    if np.median(edge) > 0.75 * np.median(inner):  # the paper reaches the edges: a scan
        return None
    otsu, _ = cv2.threshold(small, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    # a shadow across the page darkens paper and desk alike: paper stays several times brighter than
    # the desk, so the threshold goes no higher than DESK_RATIO times the desk along the edges
    _, paper = cv2.threshold(small, min(otsu, DESK_RATIO * float(np.median(edge))), 255, cv2.THRESH_BINARY)
    paper = cv2.morphologyEx(paper, cv2.MORPH_CLOSE, np.ones((15, 15), np.uint8))
    contours, _ = cv2.findContours(paper, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    if not contours:
        return None
    c = max(contours, key=cv2.contourArea)
    area = cv2.contourArea(c) / (small.shape[0] * small.shape[1])
    quad = cv2.approxPolyDP(cv2.convexHull(c), 0.02 * cv2.arcLength(c, True), True)
    if len(quad) != 4 or not 0.3 <= area <= 0.97:
        return None
    return PageQuad(_order((quad.reshape(4, 2).astype(np.float32) + 0.5) / scale))


def flatten(gray: np.ndarray, quad: PageQuad) -> np.ndarray:
    """The page inside ``quad`` warped to a rectangle."""
    import cv2

    w, h = quad.size()
    dst = np.float32([[0, 0], [w - 1, 0], [w - 1, h - 1], [0, h - 1]])
    m = cv2.getPerspectiveTransform(quad.corners, dst)
    return cv2.warpPerspective(gray, m, (w, h), flags=cv2.INTER_CUBIC, borderMode=cv2.BORDER_REPLICATE)
