"""Tell a file's format from its bytes, never from its name."""
from __future__ import annotations

import zipfile
from io import BytesIO

from .encoding import looks_like_text

_MAGIC = [
    (b"%PDF-", "pdf"),
    (b"\x89PNG\r\n\x1a\n", "png"),
    (b"\xff\xd8\xff", "jpeg"),
    (b"II*\x00", "tiff"),
    (b"MM\x00*", "tiff"),
    (b"GIF8", "gif"),
    (b"BM", "bmp"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "ole"),  # old .doc / .xls
    (b"{\\rtf", "rtf"),
]
IMAGE_FORMATS = {"png", "jpeg", "tiff", "gif", "bmp", "webp"}


def _is_pdf(data: bytes) -> bool:
    """A PDF starts with %PDF-, or has junk before it within its first 1024 bytes (readers allow
    that); a text file that merely mentions "%PDF-1.7" near its top is still text, so junk before
    the header counts only when the file ends like a PDF or is not text.

    >>> _is_pdf(b"%PDF-1.7 ..."), _is_pdf(b"Ghi chu: xuat ra %PDF-1.7\\n"), _is_pdf(b"junk\\n%PDF-1.4 ...%%EOF\\n")
    (True, False, True)
    """
    at = data.find(b"%PDF-", 0, 1024)
    if at == 0:
        return True
    if at < 0:
        return False
    tail = data[-4096:]
    return b"%%EOF" in tail or b"startxref" in tail or not looks_like_text(data)


def sniff(data: bytes) -> str:
    """Return txt, docx, pdf, doc, png, jpeg, tiff, ..., zip, rtf, empty or binary.

    >>> sniff(b"%PDF-1.7 ..."), sniff("Kế hoạch".encode()), sniff(b"")
    ('pdf', 'txt', 'empty')
    """
    if not data:
        return "empty"
    head = data[:16]
    if _is_pdf(data):
        return "pdf"
    if head.startswith(b"RIFF") and data[8:12] == b"WEBP":
        return "webp"
    for magic, fmt in _MAGIC:
        if head.startswith(magic):
            return "doc" if fmt == "ole" else fmt
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        try:
            with zipfile.ZipFile(BytesIO(data)) as z:
                names = set(z.namelist())
        except (zipfile.BadZipFile, OSError, ValueError):
            return "zip-broken"
        if "word/document.xml" in names:
            return "docx"
        if "[Content_Types].xml" in names:
            return "ooxml-other"
        if "content.xml" in names:
            return "odf"
        return "zip"
    if looks_like_text(data):
        return "txt"
    return "binary"
