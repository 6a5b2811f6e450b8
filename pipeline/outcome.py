"""What reading one plan ends in, as the batch, the pool and the Dask runner pass it on."""
from __future__ import annotations

from dataclasses import dataclass

from .tables import TableRows


@dataclass
class PlanDone:
    """A plan read and extracted: its rows, ready for the store."""

    source: str
    size: int
    mtime: float
    rows: list[TableRows]
    pages: int


@dataclass
class PlanFailed:
    """A plan that could not be read or extracted: one failures row."""

    source: str
    doc_id: str | None
    stage: str
    reason: str


Outcome = PlanDone | PlanFailed
