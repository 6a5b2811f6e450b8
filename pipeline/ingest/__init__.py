"""Any supported file to one :class:`~extractors.model.Document`.

>>> from pipeline.ingest import load_bytes
>>> load_bytes("Kế hoạch số 12".encode(), source="a.txt").format
'txt'
"""
from __future__ import annotations

import hashlib
import os
from pathlib import Path

from .detect import IMAGE_FORMATS, sniff
from ..errors import IngestError, LimitExceeded
from ..limits import LIMITS
from extractors.model import Document


def read_file_bytes(path: str | os.PathLike) -> bytes:
    p = Path(path)
    try:
        size = p.stat().st_size
    except FileNotFoundError:
        raise IngestError("file not found", source=str(path))
    except OSError as exc:
        raise IngestError(f"cannot read the file ({exc.strerror})", source=str(path))
    if p.is_dir():
        raise IngestError("is a folder, not a file", source=str(path))
    if size > LIMITS.max_file_bytes:
        raise LimitExceeded(f"file is {size:,} bytes, more than the limit of {LIMITS.max_file_bytes:,}", source=str(path))
    try:
        return p.read_bytes()
    except OSError as exc:
        raise IngestError(f"cannot read the file ({exc.strerror})", source=str(path))


def load(path: str | os.PathLike, ocr: bool = True) -> Document:
    """Read a file of any supported format into a Document."""
    data = read_file_bytes(path)
    return load_bytes(data, source=str(path), ocr=ocr)


def load_bytes(data: bytes, source: str = "<bytes>", ocr: bool = True) -> Document:
    fmt = sniff(data)
    doc_id = hashlib.sha256(data).hexdigest()
    encoding = None
    try:
        if fmt == "empty":
            raise IngestError("the file is empty (0 bytes)")
        if fmt == "txt":
            from .read_text import read_text

            builder, encoding = read_text(data)
            out_fmt = "txt"
        elif fmt == "docx":
            from .read_docx import read_docx

            builder, out_fmt = read_docx(data), "docx"
        elif fmt == "pdf":
            from .read_pdf import read_pdf

            builder, out_fmt = read_pdf(data, ocr=ocr), "pdf"
        elif fmt in IMAGE_FORMATS:
            from .read_image import read_image

            builder, out_fmt = read_image(data), "image"
        elif fmt == "doc":
            builder, out_fmt = _read_legacy_doc(data), "doc"
        elif fmt == "zip-broken":
            raise IngestError("broken or truncated zip container (a damaged DOCX?)")
        elif fmt in ("zip", "ooxml-other", "odf", "rtf"):
            raise IngestError(f"unsupported format: {fmt} (kehoach reads TXT, DOCX, DOC, PDF and images)")
        else:
            raise IngestError("unsupported or unreadable binary file (not text, DOCX, PDF or an image)")
    except IngestError as exc:
        if exc.source is None:
            exc.source = source
        raise
    pages = builder.pages
    return Document(
        text=builder.text, source=source, doc_id=doc_id, format=out_fmt,
        ocr=any(p.ocr for p in pages), pages=pages, blocks=builder.blocks, encoding=encoding,
    )


def _read_legacy_doc(data: bytes):
    """Old Word .doc: convert with LibreOffice when it is installed."""
    import shutil
    import subprocess
    import tempfile

    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        raise IngestError("old Word .doc file: install LibreOffice (apt-get install libreoffice-writer) to read it")
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in.doc"
        src.write_bytes(data)
        try:
            subprocess.run([soffice, "--headless", "--convert-to", "docx", "--outdir", tmp, str(src)],
                           capture_output=True, timeout=LIMITS.plan_seconds, check=True)
        except (subprocess.SubprocessError, OSError) as exc:
            raise IngestError(f"LibreOffice could not convert the .doc file ({exc})")
        out = Path(tmp) / "in.docx"
        if not out.exists():
            raise IngestError("LibreOffice produced no DOCX from the .doc file")
        from .read_docx import read_docx

        return read_docx(out.read_bytes())
