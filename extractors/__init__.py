"""kehoach's extractors: a library that reads one Vietnamese NTM document's text into typed records.

It needs nothing from ``pipeline/`` (which reads files and writes tables):

>>> from extractors import Document, run
>>> ex = run(Document.from_text("KẾ HOẠCH\\nXây dựng nông thôn mới năm 2024\\n- Hoàn thành trước ngày 30/6/2024."))
>>> [(d.date, d.relation) for d in ex.tables["deadlines"]]
[('2024-06-30', 'before')]

A fact kind is a module plus a data file, registered with :func:`fact`;
:func:`kinds` lists every kind (discovered, never listed by hand).
"""
from .engine import Extraction, StageError, run
from .model import Block, DocInfo, Document, Figure, Finding, Page, Section, Span
from .registry import Check, FactKind, Stage, checks, fact, kind, kinds, register, register_check, register_stage
from .schema import Column, TableSchema

__all__ = ["Block", "Check", "Column", "DocInfo", "Document", "Extraction", "FactKind", "Figure", "Finding", "Page",
           "Section", "Span", "Stage", "StageError", "TableSchema", "checks", "fact", "kind", "kinds", "register",
           "register_check", "register_stage", "run"]
