"""Run the extractors and the auditor over a Document; build the contract's JSON.

>>> from pipeline.run import extract_text
>>> r = extract_text("KẾ HOẠCH\\nXây dựng nông thôn mới năm 2024")
>>> r.document["doc_type"], r.document["plan_year"]
('ke_hoach', 2024)
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

from .errors import ExtractionError
from .timeout import PlanTimeout, plan_time_limit
from extractors.model import SCHEMA_VERSION, Document, Finding

TABLES = ["criteria", "criteria_summary", "deadlines", "budgets", "assignments", "targets", "legal_refs"]


@dataclass
class Result:
    doc: Document
    document: dict[str, Any]
    tables: dict[str, list] = field(default_factory=dict)
    findings: list[Finding] = field(default_factory=list)
    seconds: float = 0.0

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"schema_version": SCHEMA_VERSION, "text": self.doc.text, "document": self.document}
        out["sections"] = [_section_dict(s, i) for i, s in enumerate(self.doc.sections)]
        for t in TABLES:
            out[t] = [r.to_dict() for r in self.tables.get(t, [])]
        out["findings"] = [f.to_dict() for f in self.findings]
        return out


def _section_dict(s, i):
    return {"index": i, "number": s.number, "heading": s.heading, "level": s.level, "kind": s.kind,
            "start": s.start, "end": s.end, "parent": s.parent, "page": s.page}


def process(doc: Document) -> Result:
    """Structure, every registered extractor, then the audit checks."""
    from extractors import load_all
    from extractors.structure import analyse
    from extractors.audit import audit

    t0 = time.perf_counter()
    document = _step("structure", analyse, doc)
    tables: dict[str, list] = {}
    for name, fn in load_all().items():
        records = _step(name, fn, doc)
        for r in records:
            if r.page is None:
                r.page = doc.page_of(r.start)
        tables[name] = sorted(records, key=lambda r: (r.start, r.end))
    findings = _step("audit", audit, doc, tables)
    return Result(doc, document, tables, findings, time.perf_counter() - t0)


def _step(name: str, fn, doc: Document, *args):
    """One extractor: a bug becomes an error record naming it; a time-out says where it struck."""
    try:
        return fn(doc, *args)
    except PlanTimeout as exc:
        exc.step = exc.step or name
        raise
    except Exception as exc:
        raise ExtractionError(f"internal error in the {name} step ({type(exc).__name__}: {exc}); please report this file",
                              source=doc.source) from exc


def extract_file(path, ocr: bool = True, time_limit: float | None = None) -> Result:
    """Read and extract one file within the plan time limit (``time_limit`` or KEHOACH_PLAN_SECONDS)."""
    from .ingest import load

    with plan_time_limit(time_limit) as clock:
        doc = load(path, ocr=ocr)
        clock.stage = "extract"
        return process(doc)


def extract_text(text: str, source: str = "<text>") -> Result:
    from .ingest.read_text import read_text

    builder, enc = read_text(text.encode("utf-8"))
    doc = Document.from_text(builder.text, source=source)
    doc.encoding = enc
    return process(doc)
