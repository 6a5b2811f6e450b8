"""OCR of page images with Tesseract (``vie``), one single-threaded process per call.

OMP_THREAD_LIMIT=1: Tesseract's own threads fight the batch's worker
processes and make it several times slower on a small machine. A 3x3 median
filter removes scan speckle at the image's own resolution, which measured far
better (and faster) than re-rendering pages at a higher dpi.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from io import BytesIO

from .errors import OCRError
from .limits import LIMITS

_ENV = {**os.environ, "OMP_THREAD_LIMIT": "1"}


@dataclass
class OcrPage:
    text: str
    confidence: float | None  # mean word confidence 0-100
    seconds: float = 0.0


def tesseract_available() -> bool:
    return shutil.which("tesseract") is not None


def require_tesseract() -> None:
    if not tesseract_available():
        raise OCRError("OCR needed but tesseract is not installed (apt-get install tesseract-ocr tesseract-ocr-vie)")
    try:
        langs = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True, timeout=30).stdout
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise OCRError(f"tesseract does not run: {exc}")
    if "vie" not in langs.split():
        raise OCRError("tesseract has no Vietnamese model (apt-get install tesseract-ocr-vie)")


def preprocess(image):
    """Greyscale, 3x3 median filter (scan speckle), upscale very low resolution images."""
    from PIL import ImageFilter, ImageOps

    img = image
    if img.mode not in ("L", "1"):
        img = ImageOps.grayscale(img)
    elif img.mode == "1":
        img = img.convert("L")
    img = img.filter(ImageFilter.MedianFilter(3))
    return img


def tesseract_tsv(png: bytes, dpi: int | None, psm: int = 4, timeout: float | None = None) -> str:
    cmd = ["tesseract", "stdin", "stdout", "-l", "vie", "--psm", str(psm), "-c", "preserve_interword_spaces=0"]
    if dpi:
        cmd += ["--dpi", str(int(dpi))]
    cmd.append("tsv")
    try:
        proc = subprocess.run(cmd, input=png, capture_output=True, env=_ENV,
                              timeout=timeout or LIMITS.ocr_page_seconds)
    except subprocess.TimeoutExpired:
        raise OCRError(f"OCR of one page took more than {timeout or LIMITS.ocr_page_seconds} s")
    except OSError as exc:
        raise OCRError(f"tesseract could not start: {exc}")
    if proc.returncode != 0:
        raise OCRError(f"tesseract failed: {proc.stderr.decode('utf-8', 'replace').strip()[-300:]}")
    return proc.stdout.decode("utf-8", "replace")


def tsv_to_text(tsv: str) -> tuple[str, float | None]:
    """Rebuild lines and paragraphs from Tesseract's TSV; mean confidence of words."""
    lines: dict[tuple, list[str]] = {}
    order: list[tuple] = []
    confs: list[float] = []
    for row in tsv.splitlines()[1:]:
        cols = row.split("\t")
        if len(cols) < 12 or cols[0] != "5":
            continue
        word = cols[11]
        if not word.strip():
            continue
        key = (int(cols[2]), int(cols[3]), int(cols[4]))  # block, paragraph, line
        if key not in lines:
            lines[key] = []
            order.append(key)
        lines[key].append(word)
        try:
            c = float(cols[10])
            if c >= 0:
                confs.append(c)
        except ValueError:
            pass
    out: list[str] = []
    prev = None
    for key in order:
        if prev is not None and key[:2] != prev[:2]:
            out.append("")  # new paragraph
        out.append(" ".join(lines[key]))
        prev = key
    conf = sum(confs) / len(confs) if confs else None
    return "\n".join(out), conf


def ocr_image(image, dpi: int | None = None) -> OcrPage:
    """OCR one PIL image. Raises OCRError when Tesseract is missing or fails."""
    import time

    require_tesseract_cached()
    t0 = time.perf_counter()
    img = preprocess(image)
    buf = BytesIO()
    img.save(buf, format="PPM")  # uncompressed PGM: no time spent encoding and decoding
    text, conf = tsv_to_text(tesseract_tsv(buf.getvalue(), dpi))
    text = fix_ocr_text(text)
    return OcrPage(text, conf, time.perf_counter() - t0)


_checked = False


def require_tesseract_cached() -> None:
    global _checked
    if not _checked:
        require_tesseract()
        _checked = True


_OCR_FIXES = [
    (re.compile(r"(?<=\d)\s+(?=[.,]\d{3}\b)"), ""),  # "31 .003" -> "31.003"
    (re.compile(r"[|]{2,}"), ""),
]


def fix_ocr_text(text: str) -> str:
    """What is systematic in Tesseract output for Vietnamese: Ð→Đ, curly quotes kept, NFC."""
    from .clean import normalize_text

    text = normalize_text(text)
    for rx, rep in _OCR_FIXES:
        text = rx.sub(rep, text)
    return text
