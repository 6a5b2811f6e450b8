"""OCR of page images with Tesseract (``vie``): single-threaded processes, each reading a run of pages.

OMP_THREAD_LIMIT=1: Tesseract's own threads fight the batch's worker
processes and make it several times slower on a small machine. A 3x3 median
filter removes scan speckle at the image's own resolution, which measured far
better (and faster) than re-rendering pages at a higher dpi.
"""
from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass

from ..errors import OCRError
from ..limits import LIMITS
from ..proc import die_with_parent
from .ocr_layout import fix_ocr_text, page_text, split_tsv_pages, tsv_to_text  # noqa: F401  (tsv_to_text: tests)

_ENV = {**os.environ, "OMP_THREAD_LIMIT": "1"}


@dataclass
class OcrPage:
    text: str
    confidence: float | None  # mean word confidence 0-100


def tesseract_available() -> bool:
    return shutil.which("tesseract") is not None


def require_tesseract() -> None:
    if not tesseract_available():
        raise OCRError("OCR needed but tesseract is not installed (apt-get install tesseract-ocr tesseract-ocr-vie)")
    try:
        langs = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True, timeout=30).stdout
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise OCRError(f"tesseract does not run: {exc}") from exc
    if "vie" not in langs.split():
        raise OCRError("tesseract has no Vietnamese model (apt-get install tesseract-ocr-vie)")


def median3x3(a):
    """Exact 3x3 median of a uint8 array, edges replicated: ~35x faster than PIL's MedianFilter.

    Each vertical triple is sorted once and shared by the three windows that
    contain it; the median of nine is then the median of (largest of the three
    minima, median of the three medians, smallest of the three maxima).

    >>> import numpy as np
    >>> int(median3x3(np.array([[0, 0, 0], [0, 255, 0], [0, 0, 0]], dtype=np.uint8)).max())
    0
    """
    import numpy as np

    p = np.pad(a, 1, mode="edge")
    h, w = a.shape
    top, mid, bot = p[0:h], p[1:h + 1], p[2:h + 2]
    lo, hi = np.minimum(top, mid), np.maximum(top, mid)
    md, hi = np.minimum(hi, bot), np.maximum(hi, bot)
    md, lo = np.maximum(lo, md), np.minimum(lo, md)
    lows = np.maximum(np.maximum(lo[:, 0:w], lo[:, 1:w + 1]), lo[:, 2:w + 2])
    highs = np.minimum(np.minimum(hi[:, 0:w], hi[:, 1:w + 1]), hi[:, 2:w + 2])
    return _median_of_three(lows, _median_of_three(md[:, 0:w], md[:, 1:w + 1], md[:, 2:w + 2]), highs)


def _median_of_three(a, b, c):
    import numpy as np

    return np.maximum(np.minimum(a, b), np.minimum(np.maximum(a, b), c))


_TMP_DIR = "/dev/shm" if os.access("/dev/shm", os.W_OK) else None

# One Tesseract process reads up to this many pages from a list file: starting Tesseract and loading
# the vie model costs ~0.1-0.3 s, paid once per run instead of once per page (measured ~15 % of the
# OCR time of a plan). Bounded so a long scan keeps at most two runs of page images in /dev/shm.
PAGES_PER_RUN = 8


def _write_page(image, dpi: int | None, path: str) -> list:
    """The prepared page (prepare/) as an uncompressed TIFF carrying its own dpi (one Tesseract run may
    read pages of different resolutions), written under a temporary name and renamed into place so
    Tesseract never reads half a file. Returns the bordered tables found on the page."""
    import numpy as np
    from PIL import Image, ImageOps

    from . import prepare

    grids = []
    if prepare.ENABLED:
        page = prepare.prepare_page(image, dpi)
        out, dpi, grids = Image.fromarray(page.pixels), page.dpi, page.grids
    else:
        img = image if image.mode == "L" else (image.convert("L") if image.mode == "1" else ImageOps.grayscale(image))
        out = Image.fromarray(median3x3(np.asarray(img, dtype=np.uint8)))
    tmp = path + ".part"
    out.save(tmp, format="TIFF", **({"dpi": (int(dpi), int(dpi))} if dpi else {}))
    os.replace(tmp, path)
    return grids


# Tesseract's own binarisation: Sauvola (a threshold per window from the mean and spread around it) instead of
# one Otsu threshold for the page. Session 10, pages 0-1 of three plans of each kind (mean CER, Otsu ->
# Sauvola): bad fax 16.57 % -> 7.82 % (LeptonicaOtsu 38.7 %, Sauvola k 0.2 13.8 %, k 0.5 9.3 %), harsh
# office 2.87 % -> 2.24 %, dark photo 2.22 % -> 1.05 %, photocopy 0.11 % -> 0.10 %, fax 0.50 % -> 0.49 %,
# office 0.05 % and photo 0.05 % the same: the mottled paper of a descreened fax and the grey halo of JPEG
# around a dusty page fall on the paper side window by window
TESSERACT_OPTIONS = ("thresholding_method=2",)


class _TesseractRun:
    """One Tesseract process over a list of page files: ``vie``, ``--psm 4``, TESSERACT_OPTIONS, TSV to a file."""

    def __init__(self, workdir: str, paths: list[str]):
        self.paths = paths
        tag = os.path.basename(paths[0]).split(".")[0]
        self.out = os.path.join(workdir, f"out-{tag}")
        listing = os.path.join(workdir, f"list-{tag}.txt")
        with open(listing, "w", encoding="utf-8") as f:
            f.write("\n".join(paths) + "\n")
        self.err_path = os.path.join(workdir, f"err-{tag}.txt")
        options = [arg for option in TESSERACT_OPTIONS for arg in ("-c", option)]
        cmd = ["tesseract", listing, self.out, "-l", "vie", "--psm", "4", *options, "tsv"]
        try:
            with open(self.err_path, "wb") as err:
                self.proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=err,
                                             env=_ENV, preexec_fn=die_with_parent)  # no orphan after kill -9
        except OSError as exc:
            raise OCRError(f"tesseract could not start: {exc}") from exc

    def wait(self, grids: list | None = None) -> list[OcrPage]:
        """The pages read, in order; fewer than asked when Tesseract stopped at a page it could not read.
        ``grids``: the bordered tables of each page, read cell by cell."""
        try:
            _wait_exit(self.proc, LIMITS.ocr_page_seconds * len(self.paths))
        except subprocess.TimeoutExpired:
            self.kill()
            raise OCRError(f"OCR of {len(self.paths)} page(s) took more than {LIMITS.ocr_page_seconds} s a page") from None
        try:
            with open(self.out + ".tsv", encoding="utf-8", errors="replace") as f:
                tsv = f.read()
        except FileNotFoundError:
            tsv = ""
        pages = split_tsv_pages(tsv)
        grids = list(grids or []) + [None] * len(pages)
        return [OcrPage(fix_ocr_text(text), conf) for text, conf in (page_text(p, g) for p, g in zip(pages, grids))]

    def error(self) -> str:
        with open(self.err_path, encoding="utf-8", errors="replace") as f:
            lines = [l for l in f.read().splitlines() if l.strip() and not l.startswith("Page ")]
        return " ".join(lines)[-300:] or f"exit code {self.proc.returncode}"

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()


def _wait_exit(proc: subprocess.Popen, timeout: float) -> None:
    """Wait for the process to end, waking the moment it does.

    ``Popen.wait(timeout)`` polls with sleeps of up to 50 ms, which is ~25 ms lost
    per Tesseract run; a pidfd becomes readable when the process exits.
    """
    import select

    try:
        fd = os.pidfd_open(proc.pid)
    except (AttributeError, OSError):  # not Linux >= 5.3: the polling wait
        proc.wait(timeout=timeout)
        return
    try:
        if not select.select([fd], [], [], timeout)[0]:
            raise subprocess.TimeoutExpired(proc.args, timeout)
    finally:
        os.close(fd)
    proc.wait()


def ocr_images(images, count: int) -> list[OcrPage]:
    """OCR ``count`` page images, ``images`` yielding (PIL image, dpi) lazily.

    Pages go to Tesseract in runs of up to PAGES_PER_RUN. While one run reads,
    this thread decodes, filters and writes the pages of the rest of the run and
    of the next one, so preparation costs no wall time. Tesseract may reach a
    page before it is written (a blank page reads in milliseconds): it stops
    there, and the next run starts from that page, which is then there.
    """
    import tempfile

    require_tesseract_cached()
    it = iter(images)
    workdir = tempfile.mkdtemp(prefix="kehoach-ocr-", dir=_TMP_DIR)
    paths = [os.path.join(workdir, f"page-{k:05d}.tif") for k in range(count)]
    results: list[OcrPage] = []
    grids: list = [None] * count  # the bordered tables the preparation found on each page
    written = 0
    run = None

    def write_next() -> None:
        nonlocal written, count
        item = next(it, None)
        if item is None:  # fewer images than announced
            count = written
            return
        grids[written] = _write_page(item[0], item[1], paths[written])
        written += 1

    try:
        while len(results) < count:
            first = len(results)
            ready = written > first
            # Tesseract starts (loading its model takes longer than writing a page) while the pages of
            # this run and of the next one are written
            run = _TesseractRun(workdir, paths[first:min(count, first + PAGES_PER_RUN)])
            while written < min(count, first + 2 * PAGES_PER_RUN):
                write_next()
            if written == first:  # no more images
                break
            pages = run.wait(grids[first:first + len(run.paths)])[:len(run.paths)]
            if not pages and ready:  # its first page was there: Tesseract cannot read it
                raise OCRError(f"tesseract failed: {run.error()}")
            for k in range(first, first + len(pages)):
                _discard(paths[k])
            results += pages
            run = None
        return _without_repeated_headers(results)
    finally:
        if run is not None:
            run.kill()
        shutil.rmtree(workdir, ignore_errors=True)


def _without_repeated_headers(pages: list[OcrPage]) -> list[OcrPage]:
    from .prepare.tables import drop_repeated_headers

    texts = drop_repeated_headers([p.text for p in pages])
    return [OcrPage(t, p.confidence) for t, p in zip(texts, pages)]


def _discard(path: str) -> None:
    try:
        os.unlink(path)
    except FileNotFoundError:
        pass


def ocr_image(image, dpi: int | None = None) -> OcrPage:
    """OCR one PIL image. Raises OCRError when Tesseract is missing or fails."""
    return ocr_images([(image, dpi)], 1)[0]


_checked = False


def require_tesseract_cached() -> None:
    global _checked
    if not _checked:
        require_tesseract()
        _checked = True


BLANK_INK_SHARE = 0.0005  # below 0.05 % inked pixels on the small copy: a blank page (a page number alone has more)
_INK_CONTRAST = 40  # levels darker than the paper to count as ink


def is_blank(image) -> bool:
    """Whether a page image holds no ink worth reading, judged on a box-filtered copy ~400 px wide.

    Box filtering averages scan speckle away while a text stroke still darkens its box;
    the paper's own shade (white, grey, yellowed) is the image's 90th percentile.

    >>> from PIL import Image, ImageDraw
    >>> page = Image.new("L", (1240, 1754), 250)
    >>> is_blank(page)
    True
    >>> ImageDraw.Draw(page).text((100, 100), "Trang 3", fill=0, font_size=40)
    >>> is_blank(page)
    False
    """
    import numpy as np

    img = image.convert("L") if image.mode not in ("L", "RGB") else image
    small = img.reduce(max(1, min(img.size) // 400))
    a = np.asarray(small.convert("L") if small.mode != "L" else small, dtype=np.int16)
    if a.size == 0:
        return True
    paper = np.percentile(a, 90)
    return float(np.mean(a < paper - _INK_CONTRAST)) < BLANK_INK_SHARE


def ocr_pages(images, count: int) -> list[OcrPage]:
    """:func:`ocr_images`, except that a blank page (:func:`is_blank`) reads as no text without
    Tesseract: a 300-page blank scan costs seconds, not minutes. ``count`` is an upper bound."""
    import itertools

    blank: list[bool] = []

    def inked():
        for image, dpi in images:
            blank.append(is_blank(image))
            if not blank[-1]:
                yield image, dpi

    pages = inked()
    first = next(pages, None)
    if first is None:  # every page blank: Tesseract never starts
        return [OcrPage("", None) for _ in blank]
    read = iter(ocr_images(itertools.chain([first], pages), count - (len(blank) - 1)))
    return [OcrPage("", None) if b else next(read, OcrPage("", None)) for b in blank]
