"""A bad fax's streaks and lost scan lines repaired on the black-and-white page.

A dirty drum draws a thin black line right across the page; a stuck sensor
element a thin line down it; a lost scan line is a white row cutting every
letter it crosses. Each is one or two pixels thick and runs most of the page,
so each is found from the row (or column) counts of ink, and repaired from its
neighbours: a pixel of the streak stays black only where the pixels just
beyond it on both sides are black (a letter's stroke crossing it), a pixel of a
lost row turns black where both neighbouring rows are.

Refused (left as they are): lines thicker than MAX_THICK, lines shorter than
LONG of the page or that stop short of either edge (a table's rules and a
title's underline stop at the margins), and white rows whose neighbours hold little ink
(the gaps between text lines).

>>> import numpy as np
>>> page = np.full((40, 60), 255, np.uint8); page[10:30, 20:23] = 0   # a letter's stem
>>> page[15, :] = 0; page[25, :] = 255                                # a streak, a lost row
>>> out = repair_streaks(page)
>>> int(out[15, 5]), int(out[15, 21]), int(out[25, 21])
(255, 0, 0)
"""
from __future__ import annotations

import numpy as np

MAX_THICK = 2  # pixels: a streak or a lost scan line is at most this thick
LONG = 0.6  # a streak runs over at least this share of the page
EDGE = 0.03  # ... and into this share of the page at both ends
LOST_NEIGHBOUR_INK = 0.03  # a white row is a lost scan line when both neighbours have this share of ink


def _thin_runs(full: np.ndarray) -> list[tuple[int, int]]:
    """(start, end) of runs of True at most MAX_THICK long."""
    d = np.diff(np.concatenate([[0], full.astype(np.int8), [0]]))
    starts, ends = np.flatnonzero(d == 1), np.flatnonzero(d == -1)
    return [(int(a), int(b)) for a, b in zip(starts, ends) if b - a <= MAX_THICK]


def _reaches_edges(ink: np.ndarray) -> np.ndarray:
    """Rows with ink within EDGE of both the left and the right edge: a streak runs off the paper,
    a table's rule or an underline stops at the margins."""
    m = max(1, int(EDGE * ink.shape[1]))
    return np.asarray(ink[:, :m].any(axis=1) & ink[:, -m:].any(axis=1))


def _repair_rows(ink: np.ndarray) -> np.ndarray:
    """Black streaks along rows and lost (white) rows repaired, on a boolean ink array."""
    h, w = ink.shape
    counts = ink.sum(axis=1) / max(1, w)
    out = ink.copy()
    for a, b in _thin_runs((counts >= LONG) & _reaches_edges(ink)):
        if a == 0 or b >= h:
            continue
        out[a:b] = ink[a - 1] & ink[b]
    for a, b in _thin_runs(counts == 0):
        if a == 0 or b >= h:
            continue
        if counts[a - 1] >= LOST_NEIGHBOUR_INK and counts[b] >= LOST_NEIGHBOUR_INK:
            out[a:b] = ink[a - 1] & ink[b]
    return out


def repair_streaks(binary: np.ndarray) -> np.ndarray:
    """The black-and-white page (0 ink, 255 paper) with streaks across and down and lost rows repaired."""
    ink = binary < 128
    fixed = _repair_rows(ink)
    # a stuck sensor element draws down the page: the same repair on the columns (no lost columns)
    counts = fixed.sum(axis=0) / max(1, fixed.shape[0])
    for a, b in _thin_runs((counts >= LONG) & _reaches_edges(fixed.T)):
        if a == 0 or b >= fixed.shape[1]:
            continue
        fixed[:, a:b] = fixed[:, a - 1:a] & fixed[:, b:b + 1]
    if np.array_equal(fixed, ink):
        return binary
    return np.where(fixed, 0, 255).astype(np.uint8)
