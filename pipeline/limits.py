"""Safety limits for hostile input. Each refusal names the limit it hit.

Override any of them with an environment variable ``KEHOACH_<NAME>``
(e.g. ``KEHOACH_MAX_PAGES=2000``).
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any


def _env(name: str, default: int | float) -> int | float:
    raw = os.environ.get(f"KEHOACH_{name}")
    if raw is None:
        return default
    return type(default)(raw)


@dataclass(frozen=True)
class Limits:
    max_file_bytes: int = 200 * 1024 * 1024  # a plan is KB-MB; 200 MB is an archive error
    max_text_chars: int = 20_000_000
    max_pages: int = 2_000
    max_image_pixels: int = 80_000_000  # ~ A3 at 600 dpi
    ocr_max_pixels: int = 24_000_000  # larger pages are decoded smaller for OCR (A3 at ~400 dpi): memory stays flat
    max_zip_members: int = 5_000
    max_zip_uncompressed: int = 400 * 1024 * 1024
    max_zip_ratio: int = 200  # a member inflating more than 200x is a bomb
    ocr_page_seconds: int = 120
    ocr_review_confidence: float = 90.0  # OCR pages below this mean word confidence are flagged for a clerk
    plan_seconds: int = 900
    scheduler_connect_seconds: int = 30  # how long to try a Dask scheduler before saying it cannot be reached

    @classmethod
    def from_env(cls) -> Limits:
        values: dict[str, Any] = {f: _env(f.upper(), getattr(cls, f)) for f in cls.__dataclass_fields__}
        return cls(**values)


LIMITS = Limits.from_env()
