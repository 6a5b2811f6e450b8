"""PDF files: the text layer through pypdfium2 (fast), OCR for pages without one.

A page whose text layer is empty or garbage (a scan with an invisible broken
OCR layer, a font without a Unicode map) goes to Tesseract. The page image is
taken as embedded, at its own resolution; only pages without one big image are
rendered.
"""
from __future__ import annotations

import re

from extractors.fold import is_syllable

from ..errors import IngestError, LimitExceeded
from ..limits import LIMITS
from .builder import TextBuilder
from .reflow import reflow, runs_on

_PRIVATE_USE = re.compile("[\ue000-\uf8ff]")
_WORDS = re.compile(r"[^\W\d_]+")


def text_is_usable(text: str) -> bool:
    """A text layer worth keeping: enough letters, words that look Vietnamese.

    >>> text_is_usable("Kế hoạch xây dựng nông thôn mới năm 2024 của xã Tân Linh"), text_is_usable("ÿþ ýü ûú ùø")
    (True, False)
    """
    sample = text[:1500]  # a page of garbage is garbage from its first lines
    stripped = "".join(sample.split())
    if len(stripped) < 20:
        return False
    if "(cid:" in sample or len(_PRIVATE_USE.findall(sample)) > 5:
        return False
    # the words are found once: their letters are the page's letters (spaces are no letters), and each
    # is looked up in the syllable cache (most pages repeat their words)
    words = _WORDS.findall(sample)
    if sum(map(len, words)) / len(stripped) < 0.5:
        return False
    non_ascii = [w for w in words if not w.isascii()]
    # valid minus invalid syllables, counted in C: 2 * valid - all
    if len(non_ascii) >= 10 and 2 * sum(map(is_syllable, non_ascii)) - len(non_ascii) < 0:
        return False
    return True


_NO_PAGES = re.compile(rb"/Type\s*/Pages\b(?:(?!>>).)*?/Count\s+0\b", re.S)


def _open(data: bytes):
    """The PdfDocument, or an IngestError that says why not in words a clerk understands.

    PDFium's last-error code is process-wide and not reset by every failure (a PDF
    with no pages fails with "Success", and after an encrypted PDF with "password"),
    so the reason comes from the file itself: an /Encrypt dictionary, an empty page tree.
    """
    import pypdfium2 as pdfium

    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if b"/Encrypt" in data and "password" in str(exc).lower():
            raise IngestError("encrypted PDF: it needs a password to open") from exc
        if _NO_PAGES.search(data):
            raise IngestError("the PDF has no pages") from exc
        raise IngestError("not a readable PDF: the file is broken or truncated") from exc


def page_image(page, scale_dpi: int = 300):
    """The page's scan: the single embedded image covering the page, else a rendering.

    Returns (PIL image, dpi).
    """
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    w_pt, h_pt = page.get_size()
    images = list(page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_IMAGE,), max_depth=2))
    big = []
    for obj in images:
        try:
            l, b, r, t = obj.get_bounds()
        except pdfium.PdfiumError:
            continue  # an image without a placement cannot be the page
        if (r - l) * (t - b) >= 0.5 * w_pt * h_pt:
            big.append(obj)
    if len(big) == 1:
        obj = big[0]
        px_w, px_h = obj.get_px_size()
        if px_w * px_h > LIMITS.max_image_pixels:
            raise LimitExceeded(f"page image of {px_w}x{px_h} pixels is over the limit of {LIMITS.max_image_pixels:,}")
        bitmap = obj.get_bitmap(render=False)
        img = bitmap.to_pil()
        l, b, r, t = obj.get_bounds()
        dpi = round(px_w / ((r - l) / 72)) if r > l else None
        from .read_image import within_ocr_budget

        return within_ocr_budget(img, dpi)
    scale = scale_dpi / 72
    if w_pt * h_pt * scale * scale > LIMITS.max_image_pixels:
        raise LimitExceeded(f"page of {w_pt:.0f}x{h_pt:.0f} pt is too large to render for OCR")
    return page.render(scale=scale, grayscale=True).to_pil(), scale_dpi


def _page_kind(pdf, i: int, tables, ocr: bool) -> tuple[str, str | None]:
    """("text", text), ("ocr", None) or ("empty", None) for page ``i``: its text layer if usable (legacy fonts
    converted, ruled tables read as rows), else OCR when allowed, else nothing."""
    try:
        page = pdf[i]
        tp = page.get_textpage()
        raw = tp.get_text_range()
        usable = text_is_usable(raw)
        if usable and _has_rules(page):
            with_tables = tables.page_text(i, page, tp)
            if with_tables is not None:
                raw = with_tables
        tp.close()
    except IngestError:
        raise
    except Exception as exc:  # pdfium raises on a corrupt page object
        raise IngestError(f"page {i + 1} of the PDF cannot be read (a damaged page)") from exc
    # pdfium marks a hyphen where it broke a line with U+FFFE and drops the break
    raw = raw.replace("\r\n", "\n").replace("\r", "\n").replace("\ufffe", "-\n").replace("\x02", "-\n")
    if not usable:
        # a text layer in a TCVN3/VNI font (.VnTime, VNI-Times) reads as mojibake: convert it
        from .encoding import fix_legacy_text

        fixed, legacy = fix_legacy_text(raw)
        if legacy and text_is_usable(fixed):
            raw, usable = fixed, True
    if not usable and _is_empty_page(page):
        return ("empty", None)  # nothing drawn on it: no page to OCR
    return ("text", raw) if usable else ("ocr" if ocr else "empty", None)


def read_pdf(data: bytes, ocr: bool = True) -> TextBuilder:
    pdf = _open(data)
    try:
        n = len(pdf)
        if n == 0:
            raise IngestError("the PDF has no pages")
        if n > LIMITS.max_pages:
            raise LimitExceeded(f"the PDF claims {n:,} pages, more than the limit of {LIMITS.max_pages:,}")
        b = TextBuilder()
        tables = _TableFinder(data)
        try:
            pages = [_page_kind(pdf, i, tables, ocr) for i in range(n)]
        finally:
            tables.close()
        ocr_results = iter([])
        todo = [i for i, (kind, _) in enumerate(pages) if kind == "ocr"]
        if todo:
            from .ocr import ocr_pages

            ocr_results = iter(ocr_pages((page_image(pdf[i]) for i in todo), len(todo)))
        last_had_text = False  # an OCR page goes on only from a page that left text
        for i, (kind, raw) in enumerate(pages):
            if kind == "text":
                text = reflow(raw.split("\n"))
                # a sentence cut by the page break goes on in the same line, so its clause stays whole
                b.new_page(carry=i > 0 and pages[i - 1][0] == "text" and runs_on(b.tail, text))
                b.add(text, "page_text", f"page {i + 1}", separator="")
                _split_last_block_into_lines(b, i + 1)
                last_had_text = bool(text.strip())
            elif kind == "ocr":
                res = next(ocr_results)
                add_ocr_page(b, res, i + 1, carry=last_had_text)
                last_had_text = bool(res.text.strip())
            else:
                b.new_page()
                last_had_text = False
        if not b.text.strip():
            raise IngestError(f"the PDF holds no text: its {n:,} page(s) are blank, or OCR found none")
        return b
    finally:
        pdf.close()


def _is_empty_page(page) -> bool:
    """A page that draws nothing at all (no text, image, path or form object)."""
    import pypdfium2.raw as pdfium_c

    return pdfium_c.FPDFPage_CountObjects(page) == 0


def _has_rules(page) -> bool:
    """Whether the page draws lines or rectangles (a ruled table may be there)."""
    import pypdfium2.raw as pdfium_c

    # the raw calls: wrapping every text object of the page just to read its type costs more
    has_form = False
    for i in range(pdfium_c.FPDFPage_CountObjects(page)):
        kind = pdfium_c.FPDFPageObj_GetType(pdfium_c.FPDFPage_GetObject(page, i))
        if kind == pdfium_c.FPDF_PAGEOBJ_PATH:
            return True
        has_form = has_form or kind == pdfium_c.FPDF_PAGEOBJ_FORM
    if has_form:  # rules may be drawn inside a form XObject
        for _ in page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_PATH,), max_depth=2):
            return True
    return False


def _rules(page) -> tuple[list, list]:
    """Horizontal (y, x0, x1) and vertical (x, y0, y1) rules drawn on the page, in PDF points."""
    hs, vs = [], []
    for l, b, r, t in _path_bounds(page):
        w, h = r - l, t - b
        if h <= 2.5 and w > 5:
            hs.append(((b + t) / 2, l, r))
        elif w <= 2.5 and h > 5:
            vs.append(((l + r) / 2, b, t))
        elif w > 5 and h > 5:  # a cell drawn as a rectangle: its four sides
            hs += [(b, l, r), (t, l, r)]
            vs += [(l, b, t), (r, b, t)]
    return hs, vs


def _path_bounds(page) -> list[tuple[float, float, float, float]]:
    """(left, bottom, right, top) of every path object on the page and in its form XObjects one level down,
    in content order: what ``page.get_objects(filter=(PATH,), max_depth=2)`` gives, through the raw calls
    (wrapping every text object of a ruled page costs more than reading the rules)."""
    import ctypes

    import pypdfium2.raw as pdfium_c

    path, form = pdfium_c.FPDF_PAGEOBJ_PATH, pdfium_c.FPDF_PAGEOBJ_FORM
    l, b, r, t = ctypes.c_float(), ctypes.c_float(), ctypes.c_float(), ctypes.c_float()
    out = []

    def visit(count, get, parent, nested: bool) -> None:
        for i in range(count(parent)):
            obj = get(parent, i)
            if not obj:
                raise RuntimeError("a page object cannot be read")  # as pypdfium2 refuses it: the page is damaged
            kind = pdfium_c.FPDFPageObj_GetType(obj)
            if kind == path and pdfium_c.FPDFPageObj_GetBounds(obj, l, b, r, t):  # no placement: not a rule
                out.append((l.value, b.value, r.value, t.value))
            elif kind == form and not nested:
                visit(pdfium_c.FPDFFormObj_CountObjects, pdfium_c.FPDFFormObj_GetObject, obj, True)

    visit(pdfium_c.FPDFPage_CountObjects, pdfium_c.FPDFPage_GetObject, page, False)
    return out


def _cluster(values: list[float], tol: float = 2.0) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if out and v - out[-1] <= tol:
            continue
        out.append(v)
    return out


def grid_tables(page, textpage, rules: tuple[list, list] | None = None) -> list[tuple[float, float, list[list[str]]]]:
    """Ruled tables as (top, bottom, rows of cell texts), top to bottom, from the page's own rules.

    Works on what PDF writers draw: thin rectangles as lines, or one rectangle per cell.
    ``rules`` are the page's :func:`_rules` when the caller has them already.
    """
    hs, vs = rules or _rules(page)
    if len(hs) < 2 or len(vs) < 2:
        return []
    ys = sorted(_cluster([h[0] for h in hs]), reverse=True)  # top first (PDF y grows upwards)
    tables = []
    current = None
    for top, bottom in zip(ys, ys[1:]):
        mid = (top + bottom) / 2
        xs = _cluster([x for x, y0, y1 in vs if y0 - 2 <= mid <= y1 + 2])
        if len(xs) < 2:
            if current:
                tables.append(current)
                current = None
            continue
        cells = []
        for x0, x1 in zip(xs, xs[1:]):
            txt = textpage.get_text_bounded(left=x0 + 0.5, bottom=bottom + 0.5, right=x1 - 0.5, top=top - 0.5)
            cells.append(" ".join(txt.split()))
        if current is None:
            current = [top, bottom, []]
        current[1] = bottom
        current[2].append(cells)
    if current:
        tables.append(current)
    return [(t, b, rows) for t, b, rows in tables if len(rows) >= 2 or (rows and len(rows[0]) >= 3)]


class _TableFinder:
    """Tables as rows of "a | b | c": from the page's rules through pdfium, with pdfplumber as
    the fallback for pages whose rules form no clean grid."""

    def __init__(self, data: bytes):
        self.data = data
        self._pdf = None
        self._last_header: list[str] | None = None

    def _plumber_tables(self, index: int, height: float):
        import pdfplumber

        if self._pdf is None:
            from io import BytesIO

            self._pdf = pdfplumber.open(BytesIO(self.data))
        pp = self._pdf.pages[index]
        out = []
        for t in sorted(pp.find_tables(), key=lambda t: t.bbox[1]):
            x0, top, x1, bottom = t.bbox
            rows = [[" ".join((c or "").split()) for c in row] for row in t.extract()]
            out.append((height - top, height - bottom, rows))
        return out

    def page_text(self, index: int, page, textpage) -> str | None:
        width, height = page.get_size()
        hs, vs = _rules(page)
        found = grid_tables(page, textpage, (hs, vs))
        if not found:
            if len(hs) + len(vs) < 8:
                return None
            found = self._plumber_tables(index, height)
            if not found:
                return None
        parts: list[str] = []
        y = height
        # a table continued from the previous page repeats its header row: keep it once
        header = found[-1][2][0] if found[-1][2] else None
        if self._last_header and found and found[0][2] and found[0][2][0] == self._last_header \
                and not textpage.get_text_bounded(left=0, bottom=found[0][0], right=width, top=height).strip():
            found[0] = (found[0][0], found[0][1], found[0][2][1:])
        self._last_header = header
        for top, bottom, rows in found:
            if top < y:
                parts.append(textpage.get_text_bounded(left=0, bottom=top, right=width, top=y))
            lines = []
            for row in rows:
                cells = [c for c in row if c]
                if cells:
                    lines.append(" | ".join(cells))
            parts.append("\n".join(lines))
            y = bottom
        parts.append(textpage.get_text_bounded(left=0, bottom=0, right=width, top=y))
        return "\n".join(p.strip("\r\n") for p in parts if p.strip())

    def close(self) -> None:
        if self._pdf is not None:
            self._pdf.close()


def add_ocr_page(b: TextBuilder, res, page_no: int, carry: bool = True) -> None:
    """One OCR page (``res``: an OcrPage), going on in the same line with a sentence the page before
    left open, as a text PDF page does (reflow.runs_on): "tiêu chí số 14 về Giáo dục" / "và Đào tạo; …".
    ``carry`` False: the page before was blank or is none."""
    goes_on = carry and runs_on(b.tail, res.text.lstrip())
    b.new_page(ocr=True, confidence=res.confidence, carry=goes_on)
    b.add(res.text, "ocr_text", f"page {page_no}", separator="" if goes_on else "\n\n")
    _split_last_block_into_lines(b, page_no, kind="ocr_line")


def _split_last_block_into_lines(b: TextBuilder, page_no: int, kind: str = "line") -> None:
    """Replace a page's single block by one block per line (finer provenance)."""
    if not b.blocks or b.blocks[-1].page != page_no:
        return
    blk = b.blocks.pop()
    text = b.block_text(blk)  # a page at a time: joining the whole text for each page grows with the square
    pos = blk.start
    from extractors.model import Block

    for j, line in enumerate(text.split("\n")):
        if line.strip():
            b.blocks.append(Block(pos, pos + len(line), kind, page_no, f"page {page_no} line {j + 1}"))
        pos += len(line) + 1
