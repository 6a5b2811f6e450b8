"""Pages a clerk should check: OCR pages whose mean word confidence is below a threshold.

Tesseract's confidence does not see text it lost (a page read at 48 % CER can
still score 95 on the words it kept), so the page preparation is what keeps the
text; the flag catches the pages whose words themselves are doubtful (a fax
read without preparation scores 85-88). The threshold is a limit:
``KEHOACH_OCR_REVIEW_CONFIDENCE`` overrides it.

>>> from extractors.model import Page
>>> pages_to_check([Page(1, 0, True, 96.0), Page(2, 10, True, 71.5), Page(3, 20, False, None)])
[2]
"""
from __future__ import annotations

from .limits import LIMITS


def pages_to_check(pages, threshold: float | None = None) -> list[int]:
    """Numbers of the OCR pages whose confidence is below ``threshold`` (default: the limit)."""
    limit = LIMITS.ocr_review_confidence if threshold is None else threshold
    return [p.number for p in pages if p.ocr and p.confidence is not None and p.confidence < limit]
