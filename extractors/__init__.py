"""Extractors: one module per kind of fact, each ``extract(doc) -> list[Record]``.

Extractors register themselves by table name; :func:`run_all` runs them in
registration order. Finding a span and resolving its value are separate
functions in each module so resolvers can be tested alone.
"""
from __future__ import annotations

from typing import Callable

from .model import Document

Extractor = Callable[[Document], list]
REGISTRY: dict[str, Extractor] = {}


def register(table: str) -> Callable[[Extractor], Extractor]:
    def deco(fn: Extractor) -> Extractor:
        REGISTRY[table] = fn
        return fn

    return deco


def load_all() -> dict[str, Extractor]:
    """Import every extractor module so it registers itself."""
    from . import legal_refs, criteria, summary, deadlines, budgets, targets, assignments  # noqa: F401

    return REGISTRY
