"""The version a stored row was extracted with: the release and a fingerprint of the rules.

The rules change far more often than the release number (vocabularies, patterns, OCR fixes), and a clerk who
re-runs an archive after an upgrade expects the new reading of every file, not the rows of the old one. So a
file is "already stored" only when it was stored by the same rules; re-running with the same rules still
skips it (a batch killed half-way resumes where it stopped).

>>> v = extraction_version()
>>> v.startswith(__version__ + "+") and len(v) == len(__version__) + 13
True
"""
from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

from . import __version__

# what decides a file's rows: the extractors library, the readers (OCR fixes, reflow) and their data
_RULES = ("extractors", "pipeline/ingest", "pipeline/data")
_SUFFIXES = (".py", ".yaml", ".yml", ".json", ".csv", ".tsv", ".txt")


@lru_cache(maxsize=1)
def extraction_version() -> str:
    """``<release>+<12 hex digits>``: a hash of every rules file's path and bytes (~200 files, a few ms once)."""
    root = Path(__file__).resolve().parent.parent
    h = hashlib.sha256()
    for folder in _RULES:
        for f in sorted((root / folder).rglob("*")):
            if f.is_file() and f.suffix in _SUFFIXES and "__pycache__" not in f.parts:
                h.update(f.relative_to(root).as_posix().encode())
                h.update(b"\0")
                h.update(f.read_bytes())
    return f"{__version__}+{h.hexdigest()[:12]}"
