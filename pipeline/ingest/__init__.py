"""Any supported file to one :class:`~extractors.model.Document`.

>>> from pipeline.ingest import load_bytes
>>> load_bytes("Kế hoạch số 12".encode(), source="a.txt").format
'txt'
"""
from __future__ import annotations

import hashlib
import os
import stat
from pathlib import Path

from extractors.model import Document

from ..errors import IngestError, LimitExceeded
from ..limits import LIMITS
from .detect import IMAGE_FORMATS, sniff
from .encoding import control_share, looks_like_text


def read_file_bytes(path: str | os.PathLike) -> bytes:
    """The bytes of a regular file, refused up front when it is anything else or too large.

    Links are resolved first: a link to ``/dev/zero`` would be read until memory runs
    out and a FIFO would block forever, so both are refused before any byte is read.
    The file is opened without blocking and checked again on the open descriptor (it may
    have been swapped since), and never more than the size limit is read.

    >>> read_file_bytes("/dev/zero")
    Traceback (most recent call last):
    pipeline.errors.IngestError: /dev/zero: is a character device, not a regular file
    """
    src = str(path)
    try:
        st = os.stat(path)  # follows links
    except FileNotFoundError:
        raise IngestError("file not found (or a link to nothing)", source=src) from None
    except OSError as exc:
        raise IngestError(f"cannot read the file ({exc.strerror})", source=src) from exc
    _require_regular(st, src)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except OSError as exc:
        raise IngestError(f"cannot read the file ({exc.strerror})", source=src) from exc
    with os.fdopen(fd, "rb") as fh:
        st = os.fstat(fh.fileno())
        _require_regular(st, src)
        try:
            data = fh.read(LIMITS.max_file_bytes + 1)
        except OSError as exc:
            raise IngestError(f"cannot read the file ({exc.strerror})", source=src) from exc
    if len(data) > LIMITS.max_file_bytes:  # a file that grew while we looked, or a /proc file of size 0
        raise LimitExceeded(f"file is more than the limit of {LIMITS.max_file_bytes:,} bytes", source=src)
    return data


_KINDS = [(stat.S_ISDIR, "a folder"), (stat.S_ISFIFO, "a named pipe (FIFO)"), (stat.S_ISCHR, "a character device"),
          (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket")]


def _require_regular(st: os.stat_result, src: str) -> None:
    if not stat.S_ISREG(st.st_mode):
        kind = next((name for test, name in _KINDS if test(st.st_mode)), "a special file")
        raise IngestError(f"is {kind}, not a regular file", source=src)
    if st.st_size > LIMITS.max_file_bytes:
        raise LimitExceeded(f"file is {st.st_size:,} bytes, more than the limit of {LIMITS.max_file_bytes:,}",
                            source=src)


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
        elif looks_like_text(data[:8192]):
            bad = round(control_share(data) * len(data))
            raise IngestError(f"starts as text, but {bad:,} of its {len(data):,} bytes are NUL or control bytes "
                              "(binary data): a damaged or padded file")
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
            raise IngestError(f"LibreOffice could not convert the .doc file ({exc})") from exc
        out = Path(tmp) / "in.docx"
        if not out.exists():
            raise IngestError("LibreOffice produced no DOCX from the .doc file")
        from .read_docx import read_docx

        return read_docx(out.read_bytes())
