"""Auditor checks over one plan's tables (filled in by the audit issue)."""
from __future__ import annotations

from .model import Document, Finding


def audit(doc: Document, tables: dict) -> list[Finding]:
    from .checks import run_checks

    return run_checks(doc, tables)
