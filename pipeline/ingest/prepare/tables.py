"""Bordered tables in scans, read cell by cell from their ruling lines.

The ruling lines are found by opening the page's ink with long thin kernels
(a horizontal line survives a 1 x 60 px opening, a letter does not). Each band
between two horizontal lines is a row; the vertical lines crossing the band
are its cell borders. Tesseract reads a table poorly in place: a cell of two
lines beside cells of one, centred, makes lines of mixed baselines that it
reads as garbage. So each table is blanked on the page and its cells are laid
out one under the other below the page, on the same image (one Tesseract run
reads both), and ``text_with_tables`` puts every word read there back into its
cell: a row comes out as "9 | Nhà ở dân cư | Đạt".
"""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np


@dataclass
class Row:
    """One row of a table: its top and bottom, and the x of its cell borders, left to right."""

    top: int
    bottom: int
    borders: list[int]


@dataclass
class Cell:
    """A non-empty cell: its row and column, and where its content was laid out below the page."""

    row: int
    col: int
    top: int
    bottom: int


@dataclass
class Grid:
    """A bordered table on the page (pixel coordinates of the prepared page)."""

    left: int
    top: int
    right: int
    bottom: int
    rows: list[Row] = field(default_factory=list)
    cells: list[Cell] = field(default_factory=list)

    def contains(self, x: float, y: float) -> bool:
        return self.left <= x <= self.right and self.top <= y <= self.bottom


@dataclass
class Word:
    """A word Tesseract read, with its box, e.g. Word("Đạt", 1210, 844, 52, 20, 96.0)."""

    text: str
    left: int
    top: int
    width: int
    height: int
    conf: float

    @property
    def centre(self) -> tuple[float, float]:
        return self.left + self.width / 2, self.top + self.height / 2


RULE_PAPER = 0.85  # rules are ink up to this share of the paper's grey level (see rule_masks)
TILT = 1  # pixels (halved page) a rule may wander off its row or column: what levelling leaves of the skew
CELL_PAD = 0.3  # of the letter height: a cell's content cut this far beyond its dark ink (see _content)


def rule_masks(gray: np.ndarray, letter: float = 20.0) -> tuple[np.ndarray, np.ndarray]:
    """Masks (uint8 0/255) of the horizontal and vertical ruling lines of the page."""
    import cv2

    otsu, ink = cv2.threshold(gray, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    # a rule left grey by blur and JPEG (a 150 dpi office scan: 155-200 on paper of 250) falls apart at Otsu's
    # threshold into pieces shorter than the opening, and a row lost its first column; the rules are looked
    # for in the lighter ink too, up to RULE_PAPER of the paper's level (letters stay too short to survive)
    paper = float(np.percentile(gray, 90))
    if RULE_PAPER * paper > otsu:
        ink = cv2.bitwise_or(ink, ((gray < RULE_PAPER * paper) * 255).astype(np.uint8))
    length = int(max(15, 3 * letter))
    horizontal = cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (length * 2, 1)))
    vertical = cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (1, length)))
    return horizontal, vertical


def _runs(flags: np.ndarray) -> list[tuple[int, int]]:
    """(start, end) of the runs of True in a 1-D array."""
    padded = np.concatenate([[False], flags, [False]])
    d = np.flatnonzero(np.diff(padded.astype(np.int8)))
    return list(zip(d[0::2], d[1::2]))


def find_grids(gray: np.ndarray, letter: float = 20.0) -> tuple[list[Grid], np.ndarray]:
    """The bordered tables of the page, and the union of their ruling lines (to paint out).

    The lines are looked for on a copy of half the size (a quarter of the work; a rule of 2-3 px
    is still a line there), and the grids and the mask brought back to the page's size.
    """
    import cv2

    from .shrink import halve

    grids, rules = _find_grids(halve(gray), letter / 2)
    if not grids:
        return [], rules
    for g in grids:
        g.left, g.top, g.right, g.bottom = 2 * g.left, 2 * g.top, 2 * g.right + 1, 2 * g.bottom + 1
        for r in g.rows:
            r.top, r.bottom, r.borders = 2 * r.top, 2 * r.bottom + 1, [2 * x for x in r.borders]
    rules = cv2.resize(rules, (rules.shape[1] * 2, rules.shape[0] * 2), interpolation=cv2.INTER_NEAREST)
    rules = np.pad(rules, ((0, gray.shape[0] - rules.shape[0]), (0, gray.shape[1] - rules.shape[1])))
    return grids, rules


def _find_grids(gray: np.ndarray, letter: float) -> tuple[list[Grid], np.ndarray]:
    import cv2

    horizontal, vertical = rule_masks(gray, letter)
    rules = cv2.bitwise_or(horizontal, vertical)
    joined = cv2.dilate(rules, np.ones((5, 5), np.uint8))
    n, _, stats, _ = cv2.connectedComponentsWithStats(joined, connectivity=8)
    grids = []
    for k in range(1, n):
        x, y, w, h = stats[k, :4]
        if w < 0.3 * gray.shape[1] or h < 2 * letter or (x <= 1 and x + w >= gray.shape[1] - 1):
            # too small, or from edge to edge of the page: the frame a copier's dark bands leave (a table
            # has margins); taken for a table, the whole page was painted out (15 % CER on a photocopy)
            continue
        grid = _grid_in_box(horizontal, vertical, x, y, w, h, letter)
        if grid is not None:
            grids.append(grid)
    grids.sort(key=lambda g: g.top)
    return grids, rules


def _grid_in_box(horizontal, vertical, x, y, w, h, letter) -> Grid | None:
    """The rows and cell borders of the table whose rules fill the box (x, y, w, h)."""
    hbox, vbox = horizontal[y:y + h, x:x + w] > 0, vertical[y:y + h, x:x + w] > 0
    # a rule levelled to within a fraction of a degree still steps across two rows (columns) of pixels:
    # each row counts a rule pixel in the rows TILT either side (a harsh office scan's table lost its header
    # row, its top rule 0.37 + 0.30 of the width in two rows)
    hbox, vbox = _spread(hbox, TILT, axis=0), _spread(vbox, TILT, axis=1)
    lines = [(a + b) // 2 for a, b in _runs(hbox.sum(axis=1) > 0.5 * w)]
    rows = []
    for top, bottom in zip(lines, lines[1:]):
        if bottom - top < 0.8 * letter:
            continue
        band = vbox[top + 2:bottom - 1]
        crossing = band.sum(axis=0) >= 0.8 * band.shape[0]
        borders = [x + (a + b) // 2 for a, b in _runs(crossing)]
        if len(borders) >= 2:
            rows.append(Row(y + top, y + bottom, borders))
    if not rows or (len(rows) < 2 and len(rows[0].borders) < 4):
        return None
    return Grid(x, y, x + w, y + h, rows)


def _spread(mask: np.ndarray, k: int, axis: int) -> np.ndarray:
    """``mask`` or-ed with itself shifted up to ``k`` pixels either way along ``axis``.

    >>> _spread(np.array([[0], [1], [0], [0]], bool), 1, axis=0).ravel().tolist()
    [True, True, True, False]
    """
    import cv2

    kernel = np.ones((2 * k + 1, 1) if axis == 0 else (1, 2 * k + 1), np.uint8)
    return cv2.dilate(mask.astype(np.uint8), kernel) > 0


def paint_out(gray: np.ndarray, rules: np.ndarray) -> np.ndarray:
    """The page with its ruling lines (slightly widened) turned to paper."""
    import cv2

    out = gray.copy()
    out[cv2.dilate(rules, np.ones((3, 3), np.uint8)) > 0] = 255
    return out


def _content(gray: np.ndarray, top: int, bottom: int, x0: int, x1: int,
             pad: int = 0) -> tuple[int, int, int, int] | None:
    """The box (y0, y1, x0, x1) of the ink inside a cell, inset from its borders, widened by ``pad`` pixels
    (within the inset); None when empty. The box is found on the dark ink (< 128): on a blurred grey page
    (a descreened fax) a letter's light edges and dots lie above that, and cut at it 'Đạt' lost its dot,
    'Quy hoạch' its last letter and a '3' its bottom half (session 11, bad fax tables); ``pad`` keeps them.

    >>> cell = np.full((40, 60), 255, np.uint8); cell[15:25, 20:30] = 60; cell[26:28, 24:26] = 170
    >>> _content(cell, 0, 39, 0, 59), _content(cell, 0, 39, 0, 59, pad=4)
    ((15, 25, 20, 30), (11, 29, 16, 34))
    """
    inset = 4
    crop = gray[top + inset:bottom - inset + 1, x0 + inset:x1 - inset + 1]
    ink = crop < 128
    if ink.sum() < 12:
        return None
    ys, xs = np.flatnonzero(ink.any(axis=1)), np.flatnonzero(ink.any(axis=0))
    y0, y1 = max(0, ys[0] - pad), min(crop.shape[0], ys[-1] + 1 + pad)
    cx0, cx1 = max(0, xs[0] - pad), min(crop.shape[1], xs[-1] + 1 + pad)
    return int(top + inset + y0), int(top + inset + y1), int(x0 + inset + cx0), int(x0 + inset + cx1)


def lay_out_cells(gray: np.ndarray, grids: list[Grid], letter: float) -> np.ndarray:
    """The page with its tables blanked and their cells' contents one under the other below it.

    Fills ``grid.cells`` with where each cell went. The page keeps its size and place at the
    top, so the rest of the text keeps its coordinates.
    """
    gap = int(1.2 * letter) + 4
    pieces: list[tuple[Grid, Cell, np.ndarray]] = []
    y = gray.shape[0] + 2 * gap
    for grid in grids:
        for r, row in enumerate(grid.rows):
            for c, (x0, x1) in enumerate(zip(row.borders, row.borders[1:])):
                box = _content(gray, row.top, row.bottom, x0, x1, int(CELL_PAD * letter))
                if box is None:
                    continue
                y0, y1, cx0, cx1 = box
                piece = gray[max(0, y0 - 2):y1 + 2, max(0, cx0 - 2):cx1 + 2]
                pieces.append((grid, Cell(r, c, y, y + piece.shape[0]), piece))
                y += piece.shape[0] + gap
    out = np.full((y + gap, gray.shape[1]), 255, np.uint8)
    out[:gray.shape[0]] = gray
    for grid in grids:
        out[grid.top:grid.bottom + 1, grid.left:grid.right + 1] = 255
    margin = int(2 * letter)
    for grid, cell, piece in pieces:
        w = min(piece.shape[1], out.shape[1] - margin)
        out[cell.top:cell.bottom, margin:margin + w] = piece[:, :w]
        grid.cells.append(cell)
    return out


def _reading_order(words: list[Word]) -> str:
    """Words of one cell by line (tops within ~half a letter), then left to right."""
    if not words:
        return ""
    words = sorted(words, key=lambda w: w.top)
    lines: list[list[Word]] = [[words[0]]]
    for w in words[1:]:
        ref = lines[-1][0]
        if w.top - ref.top > 0.6 * max(ref.height, w.height):
            lines.append([w])
        else:
            lines[-1].append(w)
    return " ".join(" ".join(x.text for x in sorted(line, key=lambda w: w.left)) for line in lines).strip(" |[]")


def grid_text(grid: Grid, words: list[Word]) -> list[str]:
    """The table's rows as "a | b | c" lines from the words read in its laid-out cells."""
    texts: dict[tuple[int, int], list[Word]] = {(c.row, c.col): [] for c in grid.cells}
    for w in words:
        cy = w.centre[1]
        cell = min(grid.cells, key=lambda c: 0 if c.top <= cy < c.bottom else min(abs(cy - c.top), abs(cy - c.bottom)))
        texts[(cell.row, cell.col)].append(w)
    out = []
    for r in range(len(grid.rows)):
        cells = [_reading_order(texts[(c.row, c.col)]) for c in sorted(grid.cells, key=lambda c: c.col) if c.row == r]
        line = " | ".join(t for t in cells if t)
        if line:
            out.append(line)
    return out


def _parse_words(rows: list[str]) -> list[tuple[str, Word]]:
    """(TSV row, Word) for the word rows (level 5, non-empty text) of a Tesseract TSV page."""
    out = []
    for row in rows:
        c = row.split("\t")
        if len(c) >= 12 and c[0] == "5" and c[11].strip():
            out.append((row, Word(c[11], int(c[6]), int(c[7]), int(c[8]), int(c[9]), float(c[10]))))
    return out


def text_with_tables(tsv: str, grids: list[Grid], tsv_to_text) -> tuple[str, float | None]:
    """A page's text from Tesseract's TSV where the page has bordered tables: the text between the
    tables through ``tsv_to_text`` (the usual layout rules), each table row by row from its cells.
    Returns the text and the mean word confidence, as ``tsv_to_text`` does."""
    lines = tsv.splitlines()
    if not lines:
        return "", None
    header, rest = lines[0], lines[1:]
    page_rows = [r for r in rest if r.startswith("1\t")]
    words = _parse_words(rest)
    bands: list[list[str]] = [[] for _ in range(len(grids) + 1)]
    in_grid: list[list[Word]] = [[] for _ in grids]
    sheets = [(k, min(c.top for c in g.cells), max(c.bottom for c in g.cells)) for k, g in enumerate(grids) if g.cells]
    sheet_top = min((top for _, top, _ in sheets), default=None)
    for row, w in words:
        cx, cy = w.centre
        if sheet_top is not None and cy >= sheet_top - 10:  # a word of a laid-out cell
            k = min(sheets, key=lambda s: 0 if s[1] <= cy < s[2] else min(abs(cy - s[1]), abs(cy - s[2])))[0]
            in_grid[k].append(w)
        elif not any(g.contains(cx, cy) for g in grids):  # the tables were blanked: nothing should be there
            bands[sum(1 for g in grids if g.bottom < cy)].append(row)
    parts = []
    for k, band in enumerate(bands):
        if band:
            text, _ = tsv_to_text("\n".join([header, *page_rows, *band]))
            parts.append(text)
        if k < len(grids) and grids[k].cells:
            parts.append("\n".join(grid_text(grids[k], in_grid[k])))
    confs = [w.conf for _, w in words if w.conf >= 0]
    return "\n\n".join(p for p in parts if p.strip()), (sum(confs) / len(confs) if confs else None)


def drop_repeated_headers(texts: list[str]) -> list[str]:
    """Pages' texts with the header row a table repeats at the top of its next page dropped
    (the PDF reader does the same with text layers).

    >>> drop_repeated_headers(["a\\n\\nSTT | Tên | Kết quả\\n1 | X | Đạt", "STT | Tên | Kết quả\\n2 | Y | Đạt"])[1]
    '2 | Y | Đạt'
    """
    out = list(texts)
    for k in range(1, len(out)):
        header = _last_table_header(texts[k - 1])  # as the page read, before its own header went
        first, _, rest = out[k].lstrip("\n").partition("\n")
        if header and " ".join(first.split()) == header:
            out[k] = rest
    return out


def _last_table_header(text: str) -> str | None:
    """The first row of the page's last block of table rows, whitespace folded."""
    header = None
    prev_is_row = False
    for line in text.split("\n"):
        is_row = " | " in line
        if is_row and not prev_is_row:
            header = " ".join(line.split())
        prev_is_row = is_row
    return header
