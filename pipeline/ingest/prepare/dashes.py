"""Decorative rules outside tables turned to paper: the "---------------" under a header's motto.

A plan's header draws a short rule under "Độc lập - Tự do - Hạnh phúc" and under
the issuer's name, often as a row of hyphens. Tesseract puts that row on the same
text line as the words of the other column ("XÃ IA PHÍ" beside it) and reads the
whole line as garbage ("XÃIAPHÍ: | - | ———m"), which loses the commune. A rule
carries no text, so it is removed before Tesseract reads the page: a row of at
least ``MIN_PIECES`` flat ink pieces (each wider than tall, thinner than a third
of a letter) spaced closer than half a letter, or one flat piece longer than
three letters, standing alone (no ink of a letter touches it).

Refused (kept): dots of a leader ("......": a dot is as tall as wide), the dash
between two words ("2021 - 2025": one piece), and anything of a letter's height.

>>> import numpy as np
>>> page = np.full((80, 400), 255, np.uint8)
>>> for x in range(20, 300, 14): page[40:43, x:x + 9] = 0   # a row of hyphens
>>> page[10:30, 320:330] = 0                              # a letter-sized stroke
>>> out = without_dash_rules(page, letter=20.0)
>>> int((out[40:43] < 128).sum()), int((out[10:30] < 128).sum())
(0, 200)
"""
from __future__ import annotations

import numpy as np

MIN_PIECES = 5  # hyphens in a row before it is a rule
FLAT = 0.3  # a piece's height at most this share of the letter height
GAP = 0.5  # pieces of one rule at most this many letter heights apart
SOLID = 3.0  # one flat piece at least this many letter heights long is a rule by itself
# a rule's ink: a phone photo's blur leaves a row of hyphens as one pale band (~185), still read by Tesseract
INK = 210


def dash_rules(gray: np.ndarray, letter: float) -> list[tuple[int, int, int, int]]:
    """The boxes (x0, y0, x1, y1) of the rules of hyphens (or solid flat rules) of the page."""
    import cv2

    ink = (gray < INK).astype(np.uint8)
    n, _, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    x, y, w, h = (stats[1:, k] for k in range(4))
    flat = np.flatnonzero((h <= max(2.0, FLAT * letter)) & (w >= 1.5 * h) & (w >= 3))
    pieces = sorted(zip(y[flat] + h[flat] / 2, x[flat], x[flat] + w[flat], y[flat], y[flat] + h[flat]))
    rows: list[list[tuple]] = []
    for p in pieces:  # rows of pieces at one height, by their middle
        row = next((r for r in rows if abs(r[0][0] - p[0]) <= max(2.0, 0.15 * letter)), None)
        if row is None:
            rows.append([p])
        else:
            row.append(p)
    boxes = []
    for row in rows:
        boxes += _runs_in_row(sorted(row, key=lambda p: p[1]), letter)
    return boxes


def _runs_in_row(row: list[tuple], letter: float) -> list[tuple[int, int, int, int]]:
    """The runs of closely spaced pieces of one row that make a rule, as boxes."""
    runs, run = [], [row[0]]
    for prev, p in zip(row, row[1:]):
        if p[1] - prev[2] <= GAP * letter:
            run.append(p)
        else:
            runs.append(run)
            run = [p]
    runs.append(run)
    out = []
    for r in runs:
        x0, x1 = min(p[1] for p in r), max(p[2] for p in r)
        if len(r) >= MIN_PIECES or x1 - x0 >= SOLID * letter:
            out.append((int(x0), int(min(p[3] for p in r)), int(x1), int(max(p[4] for p in r))))
    return out


def without_dash_rules(gray: np.ndarray, letter: float) -> np.ndarray:
    """The page with its rules of hyphens (and solid flat rules outside tables) turned to paper."""
    boxes = dash_rules(gray, letter)
    if not boxes:
        return gray
    out = gray.copy()
    for x0, y0, x1, y1 in boxes:
        out[max(0, y0 - 1):y1 + 2, max(0, x0 - 1):x1 + 2] = 255
    return out
