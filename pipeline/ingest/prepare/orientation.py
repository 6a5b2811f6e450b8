"""Pages scanned sideways or upside down (a landscape annex table fed the wrong way).

Sideways: text lines run along the rows, so the row profile of a page the
right way (or upside down) has far more energy than its column profile.
Upside down: in Vietnamese, marks and ascenders above the letters (tone marks,
circumflexes, capitals, b d h k l t) far outnumber what hangs below (g p q y,
the dot below), so in each text line more ink sits above its x-height band
than below it; a page upside down has it the other way round.
"""
from __future__ import annotations

import numpy as np

from .deskew import ink_points, profile_energy

SIDEWAYS_RATIO = 1.6  # column energy over row energy from which a page is taken as sideways


def is_sideways(gray: np.ndarray, points: tuple[np.ndarray, np.ndarray] | None = None) -> bool:
    """Whether the text lines run down the page rather than across it."""
    ys, xs = ink_points(gray) if points is None else points
    if len(ys) < 200:
        return False
    rows = max(profile_energy(ys, xs, a) for a in (-2.0, 0.0, 2.0))
    cols = max(profile_energy(xs, ys, a) for a in (-2.0, 0.0, 2.0))
    # energy times the profile's length over points squared is 1 for ink spread evenly, and grows
    # as the ink gathers into lines: compare the two directions on that footing
    return cols * (xs.max() + 1) > SIDEWAYS_RATIO * rows * (ys.max() + 1)


def above_below_ratio(gray: np.ndarray) -> float | None:
    """Ink above the x-height bands over ink below them, summed over the text lines (> 1 upright)."""
    if gray.shape[1] > 1200:  # half the size is plenty for rows of ink
        from .shrink import halve

        gray = halve(gray)
    ink = _without_bands(gray < 160)
    rows = ink.sum(axis=1).astype(np.float64)
    if rows.sum() < 500:
        return None
    above = below = 0.0
    in_line = rows > 0.02 * ink.shape[1]
    y = 0
    n = len(rows)
    while y < n:
        if not in_line[y]:
            y += 1
            continue
        end = y
        while end < n and in_line[end]:
            end += 1
        above, below = _line_parts(rows, y, end, above, below)
        y = end
    return above / below if below else None


BAND_SHARE = 0.6  # a column (or row) inked over this share of the page is a dark band, not text


def _without_bands(ink: np.ndarray) -> np.ndarray:
    """The ink without columns and rows inked over most of the page: a copier's dark band or a gutter's
    shadow down one side put ink in every row, and the whole page read as one text line (a photocopy
    with bands on four sides came out turned upside down: 25 % CER)."""
    cols, rows = ink.mean(axis=0) > BAND_SHARE, ink.mean(axis=1) > BAND_SHARE
    if not cols.any() and not rows.any():
        return ink
    out = ink.copy()
    out[:, cols] = False
    out[rows] = False
    return out


def _line_parts(rows: np.ndarray, start: int, end: int, above: float, below: float) -> tuple[float, float]:
    """Add one line's ink above and below its x-height band (rows over half the line's peak)."""
    seg = rows[start:end]
    if len(seg) < 4:
        return above, below
    band = np.flatnonzero(seg > 0.5 * seg.max())
    top, bottom = start + band[0], start + band[-1]
    # the line's reach: a few rows either side beyond the core, where marks and descenders sit
    reach = max(2, (bottom - top) // 2 + 2)
    above += rows[max(0, top - reach):top].sum()
    below += rows[bottom + 1:bottom + 1 + reach].sum()
    return above, below


def is_upside_down(gray: np.ndarray) -> bool:
    ratio = above_below_ratio(gray)
    return ratio is not None and ratio < 0.8

