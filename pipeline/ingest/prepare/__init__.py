"""Preparation of a page image before Tesseract, one module per step.

``prepare_page`` runs the steps in order on one page: colour inks (seals,
signatures) out, perspective of a photographed page, background light
flattened, orientation and skew, speckle cleaned, the resolution Tesseract
reads best, two columns with offset lines (a header) one under the other,
bordered tables laid out cell by cell, rules of hyphens outside
tables (a header's "---------------") turned to paper. Each step records its
seconds in the ``PreparedPage`` it returns, so the benchmark can say what the
preparation costs beside Tesseract.

``ENABLED`` switches the preparation off (the page then only gets the 3x3
median filter, as before the preparation existed): the benchmark's "before".
"""
from __future__ import annotations

import time
from contextlib import contextmanager
from dataclasses import dataclass, field

import numpy as np

from .tables import Grid

ENABLED = True
# steps left out, for measuring what each one brings (kehoach bench --format scan-steps):
# any of "colour", "streaks", "halftone", "perspective", "light", "level", "denoise", "dust", "scale", "columns",
# "tables", "dashes"
SKIP: set[str] = set()
# steps measured and left out of the default, that can be put back: "binarise" (Sauvola after the
# light is flattened: 0.68 % CER on a phone photo against 0.22 % with Tesseract's own threshold) and
# "borders" (a copier's dark bands
# painted white: photocopies 0.68 % mean CER with it against 0.51 % without on three plans, a table's
# faded rule lost on one page; perspective.py copes with bands on two or three sides)
EXTRA: set[str] = set()


@dataclass
class StepTime:
    step: str
    seconds: float


@dataclass
class PreparedPage:
    """A page ready for Tesseract: grey pixels, the dpi they now have, what was done to them.

    ``skew`` is the measured skew in degrees (counter-clockwise positive), ``turned`` the
    clockwise quarter turns applied, ``scale`` the enlargement.
    """

    pixels: np.ndarray
    dpi: int | None
    skew: float = 0.0
    turned: int = 0
    scale: float = 1.0
    flattened: bool = False  # a photographed page warped to its rectangle
    colour_removed: bool = False
    descreened: bool = False  # a dithered black-and-white page averaged back to grey
    columns_split: int = 0  # two-column blocks (a header, a signature) put one column under the other
    grids: list[Grid] = field(default_factory=list)  # bordered tables found, laid out below the page
    steps: list[StepTime] = field(default_factory=list)

    @property
    def seconds(self) -> float:
        return sum(s.seconds for s in self.steps)

    @contextmanager
    def timed(self, step: str):
        t = time.perf_counter()
        try:
            yield
        finally:
            self.steps.append(StepTime(step, time.perf_counter() - t))


def page_array(image) -> np.ndarray:
    """A PIL page as uint8 grey (HxW) or RGB (HxWx3): colour kept only where the page has it."""
    if image.mode in ("L", "RGB"):
        return np.asarray(image, dtype=np.uint8)
    if image.mode in ("1", "P", "LA", "I;16", "I", "F"):
        return np.asarray(image.convert("L"), dtype=np.uint8)
    return np.asarray(image.convert("RGB"), dtype=np.uint8)


def prepare_page(image, dpi: int | None) -> PreparedPage:
    """Every step on one PIL page image, e.g. an office scan with a red seal and 3° of skew.

    >>> from PIL import Image
    >>> page = prepare_page(Image.new("RGB", (300, 400), "white"), 200)
    >>> page.pixels.shape, page.dpi, page.skew
    ((400, 300), 200, 0.0)
    """
    from . import binarise, columns, dashes, denoise, light, scale, tables

    _one_thread()
    page = PreparedPage(np.zeros((0, 0), np.uint8), dpi)
    gray, binary = _inks_and_frame(page_array(image), page)
    with page.timed("light"):
        if not binary and "light" not in SKIP:
            gray = light.flatten_light(gray)
        if not binary and "binarise" in EXTRA:
            gray = binarise.sauvola(gray, binarise.window_for(None, dpi))
    with page.timed("orientation+skew"):
        if "level" not in SKIP:
            gray, page.turned = _level(gray, page)
    with page.timed("denoise"):
        # at the page's own resolution: a fax loses its lone specks only (a median would eat the
        # dots of its diacritics), a grey page gets the 3x3 median
        if "denoise" not in SKIP:
            gray = denoise.remove_lone_specks(gray) if binary else denoise.median(gray)
        # clumps of dust the median leaves, away from any letter, on dusty pages only (session 9: harsh
        # office scans 5.60 % -> 3.92 % mean CER on six plans with the other changes; clean pages untouched)
        if not binary and "dust" not in SKIP:
            gray = denoise.remove_dust(gray, scale.letter_height(gray))
    with page.timed("scale"):
        letter = scale.letter_height(gray)
        if page.descreened:  # enlarged as soon as it was grey (_enlarge_descreened): letter is its new size
            letter = (letter or 20.0) / page.scale
        else:
            page.scale = 1.0 if "scale" in SKIP else scale.upscale_factor(letter)
            if page.scale != 1.0:
                # softened first: a black-and-white page's staircase edges, a small grey page's JPEG blocks
                # (harsh office scans 0.4-1.1 points of CER better on three plans)
                gray = scale.enlarge(_smooth(gray), page.scale)
                page.dpi = int(round(dpi * page.scale)) if dpi else None
    with page.timed("columns"):
        if "columns" not in SKIP:
            gray, page.columns_split = columns.split_columns(gray, (letter or 20.0) * page.scale)
    with page.timed("tables"):
        page.grids, rules = ([], None) if "tables" in SKIP else tables.find_grids(gray, (letter or 20.0) * page.scale)
        if page.grids:
            gray = tables.lay_out_cells(tables.paint_out(gray, rules), page.grids, (letter or 20.0) * page.scale)
    with page.timed("dashes"):
        if "dashes" not in SKIP:
            gray = dashes.without_dash_rules(gray, (letter or 20.0) * page.scale)
    page.pixels = gray
    return page


def _inks_and_frame(a: np.ndarray, page: PreparedPage) -> tuple[np.ndarray, bool]:
    """The first steps, up to a grey page of paper alone: coloured inks out, a bad fax's streaks and
    dithering, a copier's dark frame, a photo's perspective. Returns the page and whether it is
    black and white."""
    from . import borders, colour, denoise, halftone, perspective, streaks

    with page.timed("colour"):
        if a.ndim == 3:
            page.colour_removed = "colour" not in SKIP and colour.is_colour(a)
            gray = colour.without_colour_inks(a) if page.colour_removed else _gray(a)
        else:
            gray = a
    binary = denoise.is_binary(gray)
    with page.timed("streaks"):
        if binary and "streaks" not in SKIP:
            gray = streaks.repair_streaks(gray)
        if binary and "halftone" not in SKIP and halftone.is_dithered(gray):
            gray, binary, page.descreened = halftone.descreen(gray), False, True
            gray = _enlarge_descreened(gray, page)
    with page.timed("borders"):
        if not binary and "borders" in EXTRA:
            gray = borders.without_dark_frame(gray)
    with page.timed("perspective"):
        quad = None if binary or "perspective" in SKIP else perspective.find_page(gray)
        if quad is not None:
            gray, page.flattened = perspective.flatten(gray, quad), True
    return gray, binary


def _enlarge_descreened(gray: np.ndarray, page: PreparedPage) -> np.ndarray:
    """A descreened fax enlarged at once, before the median and the levelling run on it: at 100-120 dpi
    its letters are 9-12 px and a 3x3 median at that size eats their diacritics. Six plans: mean CER 7.47 %,
    scorer 0.607 read at its own size; 7.33 %, 0.781 enlarged here (three plans enlarged after the median:
    13.7 %, 0.364)."""
    from . import scale

    if "scale" in SKIP:
        return gray
    page.scale = scale.upscale_factor(scale.letter_height(gray))
    if page.scale != 1.0:
        gray = scale.enlarge(gray, page.scale)
        page.dpi = int(round(page.dpi * page.scale)) if page.dpi else None
    return gray


def _level(gray: np.ndarray, page: PreparedPage) -> tuple[np.ndarray, int]:
    from . import deskew, orientation

    turned = 0
    points = deskew.ink_points(gray)
    if orientation.is_sideways(gray, points):
        gray, turned = np.ascontiguousarray(np.rot90(gray, -1)), 90
        points = None
    gray, page.skew = deskew.deskew(gray, points=points)
    if orientation.is_upside_down(gray):
        gray, turned = np.ascontiguousarray(np.rot90(gray, 2)), (turned + 180) % 360
    return gray, turned


def _one_thread() -> None:
    """OpenCV on one thread: the batch already runs a worker per core, and Tesseract beside each
    (OpenCV's own threads would only fight them, as Tesseract's do: OMP_THREAD_LIMIT=1)."""
    import cv2

    if cv2.getNumThreads() != 1:
        cv2.setNumThreads(1)


def _gray(rgb: np.ndarray) -> np.ndarray:
    import cv2

    return cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)


def _smooth(gray: np.ndarray) -> np.ndarray:
    """A page softened before enlarging, so its staircase edges and JPEG blocks are not enlarged."""
    import cv2

    return cv2.GaussianBlur(gray, (3, 3), 0.8)
