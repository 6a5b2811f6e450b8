"""Hostile and broken files, generated on the fly (nothing large is committed).

``hostile_folder(path)`` writes one file of every kind the hostile suite runs a
batch over, and returns what each must end in: a document (``"ok"``) or one
failures row whose reason holds the given words.
"""
from __future__ import annotations

import io
import os
import zipfile
from dataclasses import dataclass
from pathlib import Path

from builders import (
    W,
    docx_bytes,
    docx_with_entities,
    docx_zip_bomb,
    encrypted_pdf,
    patch_zip,
    pdf_claiming_pages,
    png_header_only,
)

PLAN = ("ỦY BAN NHÂN DÂN XÃ AN PHÚ\n\nKẾ HOẠCH\nXây dựng xã đạt chuẩn nông thôn mới năm 2024\n\n"
        "- Hoàn thành đường giao thông liên thôn trước ngày 30/6/2024;\n"
        "- Kinh phí thực hiện 1.250 triệu đồng từ ngân sách xã.\n")


@dataclass(frozen=True)
class Case:
    name: str
    expect: str  # "ok", or words the failure reason must hold


def docx_with_xxe() -> bytes:
    """document.xml pulls /etc/passwd in through an external entity."""
    evil = ('<?xml version="1.0"?><!DOCTYPE d [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
            f'<w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>')
    return patch_zip(docx_bytes(lambda d: d.add_paragraph("x")), replace={"word/document.xml": evil.encode()})


def docx_with_traversal() -> bytes:
    """A readable DOCX that also carries members named to escape any folder it is unpacked into."""
    base = docx_bytes(lambda d: d.add_paragraph("Kế hoạch xây dựng nông thôn mới năm 2024"))
    return patch_zip(base, add={"../../../../tmp/kehoach-escaped.txt": b"escaped", "/etc/kehoach-abs.txt": b"abs"})


def zip_not_docx() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("a.txt", "x")
    return out.getvalue()


def blank_pdf(pages: int) -> bytes:
    """A PDF of ``pages`` pages with nothing drawn on them."""
    from fpdf import FPDF

    pdf = FPDF()
    for _ in range(pages):
        pdf.add_page()
    return bytes(pdf.output())


def blank_scan_pdf(pages: int, seed: int = 0) -> bytes:
    """A "scan" of blank paper: each page one greyish image with speckle, as a scanner makes it."""
    import random

    from fpdf import FPDF
    from PIL import Image

    rng = random.Random(seed)
    pdf = FPDF()
    for _ in range(pages):
        img = Image.new("L", (620, 877), 236)
        px = img.load()
        for _ in range(150):  # dust
            px[rng.randrange(620), rng.randrange(877)] = rng.randrange(60, 200)
        buf = io.BytesIO()
        img.save(buf, format="PNG")
        pdf.add_page()
        pdf.image(io.BytesIO(buf.getvalue()), x=0, y=0, w=210, h=297)
    return bytes(pdf.output())


def legacy_tcvn3(chars: int) -> bytes:
    """About ``chars`` characters of TCVN3 text (one byte each)."""
    from pipeline.ingest.encoding import unicode_to_tcvn3

    line = unicode_to_tcvn3("Kế hoạch xây dựng nông thôn mới của xã năm 2024\n").encode("latin-1")
    return line * (chars // len(line) + 1)


def hostile_folder(folder: Path) -> list[Case]:
    """Write every hostile kind into ``folder``; returns the expected outcome of each file."""
    folder.mkdir(parents=True, exist_ok=True)
    files: dict[str, tuple[bytes, str]] = {
        "good.txt": (PLAN.encode(), "ok"),
        "utf16-no-bom.txt": (PLAN.encode("utf-16-le"), "ok"),
        "bell-and-formula.txt": (("=HYPERLINK(\"http://x.invalid\",\"bấm\")\x07\n" + PLAN).encode(), "ok"),
        "mentions-pdf.txt": (("Ghi chú: tệp gốc %PDF-1.7 đã mất.\n" + PLAN).encode(), "ok"),
        "[bold]name[red].txt": (PLAN.encode(), "ok"),
        'x"><img src=x onerror=alert(1)>.txt': (PLAN.encode(), "ok"),
        "nul-padded.txt": (PLAN.encode() * 40 + b"\0" * 2_000_000, "NUL"),
        "one-byte.txt": (b"\xff", "almost no text"),
        "empty.txt": (b"", "empty"),
        "zip-bomb.docx": (docx_zip_bomb(), "zip bomb"),
        "billion-laughs.docx": (docx_with_entities(), "entity expansion"),
        "xxe.docx": (docx_with_xxe(), "DTD"),
        "traversal.docx": (docx_with_traversal(), "ok"),
        "other.zip": (zip_not_docx(), "unsupported format"),
        "truncated.docx": (docx_bytes(lambda d: d.add_paragraph("x"))[:300], "broken or truncated"),
        "encrypted.pdf": (encrypted_pdf(), "encrypted PDF"),
        "no-pages.pdf": (pdf_claiming_pages(0), "no pages"),
        "truncated.pdf": (encrypted_pdf()[:200], "broken or truncated"),
        "claims-pages.pdf": (pdf_claiming_pages(100_000), "claims 100,000 pages"),
        "blank-300.pdf": (blank_pdf(300), "blank"),
        "huge.png": (png_header_only(30_000, 30_000), "too large"),
        "noise.bin": (os.urandom(50_000), "unsupported"),
    }
    cases = []
    for name, (data, expect) in files.items():
        (folder / name).write_bytes(data)
        cases.append(Case(name, expect))
    for name, target in (("zero-link.txt", "/dev/zero"), ("random-link.txt", "/dev/urandom")):
        os.symlink(target, folder / name)
        cases.append(Case(name, "not a regular file"))
    os.mkfifo(folder / "fifo.txt")
    cases.append(Case("fifo.txt", "named pipe"))
    return cases


def long_plan(folder: Path) -> Path:
    """A long but ordinary plan: several seconds of honest work, whatever the extractors' speed."""
    from pipeline.synth.generate import compose

    path = folder / "long-plan.txt"
    path.write_text("\n\n".join(compose(i, seed=5).text() for i in range(120)), encoding="utf-8")
    return path


def processes_tagged(tag: str) -> list[int]:
    """Processes still alive that carry the batch's environment tag (workers, Tesseract)."""
    alive = []
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open(f"/proc/{pid}/environ", "rb") as fh:
                if f"KEHOACH_TEST_TAG={tag}".encode() in fh.read():
                    alive.append(int(pid))
        except OSError:
            continue
    return alive
