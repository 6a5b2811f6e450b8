"""Two columns side by side with offset lines (a plan's header, its signature block) read one after the other.

The header of a plan puts the issuer ("ỦY BAN NHÂN DÂN / XÃ ... / Số: ...") on the
left and the motto and place-date on the right, each with its own line spacing.
Tesseract (``--psm 4``) makes one text line of a left line and the right line a
little above it, and reads such lines of mixed baselines as garbage ("Số:
12/KH-UBND" beside "Chư Sê, ngày ..." came out "S92 xa kboôpcauisi"). So a block
whose lines overlap in height (a band of ink taller than a line) and that has an
empty vertical gutter in the middle of the page is cut at the gutter: its right
half goes under its left half, and the rest of the page moves down. Lines above
and below that keep the gutter empty belong to the block too.

Refused (left as they are): bands without a gutter of ``GUTTER`` letters in the
middle of the page (paragraphs, titles, ruled tables: their rules cross it), and
pages whose lines do not overlap (Tesseract reads those two-column lines well and
the layout puts the left column first).

>>> import numpy as np
>>> page = np.full((300, 400), 255, np.uint8)
>>> page[20:40, 20:150] = 0; page[50:70, 20:150] = 0     # left column, two lines
>>> page[30:50, 250:380] = 0; page[60:80, 250:380] = 0   # right column, offset by half a line
>>> page[120:140, 20:380] = 0; page[150:170, 20:380] = 0  # a paragraph across the page
>>> out, n = split_columns(page, letter=20.0)
>>> n, out.shape, int((out[20:80, 250:380] < 128).sum()), int((out[82:146, 250:380] < 128).sum())
(1, (364, 400), 0, 5200)
"""
from __future__ import annotations

import numpy as np

GUTTER = 1.5  # letters of empty width between the two columns
MERGED = 1.6  # a band this many times the page's usual line height holds lines of two columns
MIDDLE = (0.25, 0.75)  # the gutter lies within this share of the page width


def _bands(ink: np.ndarray) -> list[tuple[int, int]]:
    """(top, bottom) of the runs of rows with ink."""
    rows = np.concatenate([[False], ink.sum(axis=1) >= 2, [False]])
    d = np.flatnonzero(np.diff(rows.astype(np.int8)))
    return list(zip(d[0::2], d[1::2]))


def _gutter(ink: np.ndarray, top: int, bottom: int, letter: float) -> tuple[int, int] | None:
    """The widest empty x range in the middle of the page over rows top..bottom, with ink on both sides."""
    w = ink.shape[1]
    cols: np.ndarray = np.asarray(ink[top:bottom].any(axis=0))
    if not cols.any():
        return None
    lo, hi = int(MIDDLE[0] * w), int(MIDDLE[1] * w)
    empty = np.concatenate([[False], ~cols[lo:hi], [False]])
    d = np.flatnonzero(np.diff(empty.astype(np.int8)))
    best = None
    for a, b in zip(d[0::2], d[1::2]):
        if b - a >= GUTTER * letter and (best is None or b - a > best[1] - best[0]):
            best = (lo + int(a), lo + int(b))
    if best is None or not cols[:best[0]].any() or not cols[best[1]:].any():
        return None
    return best


def _joins(ink: np.ndarray, band: tuple[int, int], near: int, gap: tuple[int, int], line: float) -> bool:
    """Whether ``band`` lies within two lines of ``near`` (the block's edge) and keeps the gutter empty."""
    a, b = band
    return min(abs(near - a), abs(near - b)) <= 2 * line and not ink[a:b, gap[0]:gap[1]].any()


def layout_ink(gray: np.ndarray, letter: float) -> np.ndarray:
    """The page's ink without lone specks, for judging its layout only (the pixels Tesseract reads keep
    them): on a dusty scan every speck between the lines made a band of its own, the page's usual line
    height fell to 4 px and every line became a "block of two columns" (31 on one page), cut at a gap
    the dust left in its middle. Specks beside letters (tone marks, dots) stay: they join a line's
    rows as Tesseract sees them."""
    from .denoise import remove_dust

    return remove_dust(gray, letter, dusty=0) < 160


def column_blocks(gray: np.ndarray, letter: float) -> list[tuple[int, int, int]]:
    """The two-column blocks of the page as (top, bottom, x where the right column begins)."""
    ink = layout_ink(gray, letter)
    bands = _bands(ink)
    if len(bands) < 3:
        return []
    line = float(np.median([b - a for a, b in bands]))
    blocks: list[tuple[int, int, int]] = []
    for k, (top, bottom) in enumerate(bands):
        if bottom - top < MERGED * line or (blocks and top < blocks[-1][1]):
            continue
        gap = _gutter(ink, top, bottom, letter)
        if gap is None:
            continue
        first, last = k, k
        floor = blocks[-1][1] if blocks else -1
        while first > 0 and bands[first - 1][1] > floor and _joins(ink, bands[first - 1], bands[first][0], gap, line):
            first -= 1
        while last + 1 < len(bands) and _joins(ink, bands[last + 1], bands[last][1], gap, line):
            last += 1
        blocks.append((int(bands[first][0]), int(bands[last][1]), (gap[0] + gap[1]) // 2))
    return blocks


def split_columns(gray: np.ndarray, letter: float) -> tuple[np.ndarray, int]:
    """The page with each two-column block's right half moved under its left half; and how many blocks."""
    blocks = column_blocks(gray, letter)
    if not blocks:
        return gray, 0
    parts, y = [], 0
    for top, bottom, cut in blocks:
        top, bottom = max(y, top - 2), min(gray.shape[0], bottom + 2)
        left, right = gray[top:bottom].copy(), gray[top:bottom].copy()
        left[:, cut:] = 255
        right[:, :cut] = 255
        parts += [gray[y:top], left, right]
        y = bottom
    parts.append(gray[y:])
    return np.ascontiguousarray(np.vstack(parts)), len(blocks)
