"""Render a composed plan as TXT, DOCX, text PDF or a scanned PDF.

Every rendering carries the same text: TXT (with Markdown emphasis and LaTeX
as exported plans have them), DOCX (header and signature in layout tables,
budget tables as Word tables), PDF (fpdf2, DejaVu fonts, ruled tables) and a
scan (the PDF's pages rasterised, slightly rotated, blurred and speckled), and
the archive's harder scans in degrade.py (office scan with a seal, fax, photo).
"""
from __future__ import annotations

import io
import random
import zlib
from pathlib import Path

from .degrade import HARSH_KINDS, KINDS
from .plan import Para, Plan

FONT_DIRS = ["/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/dejavu", "/usr/local/share/fonts"]


def find_font(bold: bool = False) -> str:
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    for d in FONT_DIRS:
        p = Path(d) / name
        if p.exists():
            return str(p)
    raise FileNotFoundError(f"{name} not found: install fonts-dejavu-core")


def render(plan: Plan, out: Path, fmt: str, **kw) -> Path:
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    if fmt == "txt":
        path = out / f"{plan.name}.txt"
        path.write_text(plan.text(markup=True), encoding="utf-8")
    elif fmt == "docx":
        path = out / f"{plan.name}.docx"
        path.write_bytes(to_docx(plan))
    elif fmt == "pdf":
        path = out / f"{plan.name}.pdf"
        path.write_bytes(to_pdf(plan))
    elif fmt == "scan":
        path = out / f"{plan.name}.scan.pdf"
        path.write_bytes(to_scan(to_pdf(plan), **kw))
    elif fmt.startswith("scan-") and (fmt[5:] in KINDS or fmt[5:] in HARSH_KINDS):
        from .degrade import to_degraded_scan

        if fmt[5:] in HARSH_KINDS:  # each plan its own draw of dpi, skew, seal place (the older kinds: seed 0)
            kw.setdefault("seed", zlib.crc32(plan.name.encode()))
        path = out / f"{plan.name}.{fmt[5:]}.pdf"
        path.write_bytes(to_degraded_scan(to_pdf(plan), fmt[5:], **kw))
    else:
        raise ValueError(f"unknown format {fmt!r}: txt, docx, pdf, scan, scan-office, scan-fax, scan-photo "
                         f"or the harsher scan-harsh-office, scan-photocopy, scan-fax-bad, scan-photo-dark")
    return path


def to_docx(plan: Plan) -> bytes:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    d = docx.Document()
    style = d.styles["Normal"]
    style.font.name = "Times New Roman"
    style.font.size = Pt(13)
    for b in plan.blocks:
        if isinstance(b, Para):
            p = d.add_paragraph()
            run = p.add_run(b.text)
            run.bold = b.bold
            if b.center:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        else:
            t = d.add_table(rows=len(b.rows), cols=max(len(r) for r in b.rows))
            if not b.layout:
                t.style = "Table Grid"
            for i, row in enumerate(b.rows):
                for j, cell in enumerate(row):
                    c = t.cell(i, j)
                    lines = cell.split("\n")
                    c.paragraphs[0].text = lines[0]
                    for line in lines[1:]:
                        c.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def to_pdf(plan: Plan) -> bytes:
    from fpdf import FPDF
    from fpdf.enums import TableBordersLayout

    pdf = FPDF(format="A4", unit="mm")
    pdf.set_margins(20, 15, 15)
    pdf.set_auto_page_break(True, margin=15)
    pdf.add_font("DejaVu", "", find_font())
    pdf.add_font("DejaVu", "B", find_font(bold=True))
    pdf.add_page()
    for b in plan.blocks:
        if isinstance(b, Para):
            pdf.set_font("DejaVu", "B" if b.bold else "", 11)
            pdf.multi_cell(0, 5.5, b.text, align="C" if b.center else "J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        else:
            pdf.set_font("DejaVu", "", 10 if not b.layout else 11)
            ncols = max(len(r) for r in b.rows)
            widths = None
            if not b.layout and ncols == 4:
                widths = (12, 88, 30, 45)
            with pdf.table(borders_layout=TableBordersLayout.NONE if b.layout else TableBordersLayout.ALL,
                           first_row_as_headings=not b.layout, line_height=5.5, col_widths=widths,
                           text_align="LEFT") as table:
                for row in b.rows:
                    r = table.row()
                    for cell in row:
                        r.cell(cell)
            pdf.ln(2)
    return bytes(pdf.output())


def degrade(img, rng: random.Random, angle: float | None = None):
    """A page as a tired office scanner sees it: rotated a little, blurred, speckled."""
    import numpy as np
    from PIL import Image, ImageFilter

    img = img.convert("L")
    angle = rng.uniform(-1.2, 1.2) if angle is None else angle
    img = img.rotate(angle, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=255)
    img = img.filter(ImageFilter.GaussianBlur(rng.uniform(0.4, 0.8)))
    a = np.asarray(img, dtype=np.int16)
    nprng = np.random.default_rng(rng.randrange(1 << 30))
    a = a + nprng.normal(0, 5, a.shape).astype(np.int16)  # sensor noise
    speck = nprng.random(a.shape)
    a[speck < 0.0015] = 0  # dust
    a[speck > 0.9985] = 255
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "L")


def to_scan(pdf_bytes: bytes, dpi: int = 200, seed: int = 0, jpeg_quality: int = 60) -> bytes:
    """Rasterise a PDF at ``dpi`` and degrade each page; the result has no text layer."""
    import pypdfium2 as pdfium

    rng = random.Random(seed)
    pdf = pdfium.PdfDocument(pdf_bytes)
    pages = []
    try:
        for i in range(len(pdf)):
            pil = pdf[i].render(scale=dpi / 72, grayscale=True).to_pil()
            pages.append(degrade(pil, rng))
    finally:
        pdf.close()
    buf = io.BytesIO()
    pages[0].save(buf, format="PDF", save_all=True, append_images=pages[1:], resolution=dpi, quality=jpeg_quality)
    return buf.getvalue()


def seed_plan(text: str, name: str) -> Plan:
    """A plan from existing text (e.g. the real seeds in ../shared), one paragraph per line."""
    from pipeline.ingest.clean import clean_markup

    plan = Plan(name=name)
    for para in clean_markup(text).split("\n"):
        if para.strip():
            plan.blocks.append(Para(para.strip()))
    return plan
