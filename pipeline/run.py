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

from extractors import Document, Finding, StageError, kinds
from extractors import run as run_extractors
from extractors.model import SCHEMA_VERSION

from .errors import ExtractionError
from .timeout import plan_time_limit


@dataclass
class Result:
    """One processed document: the Document (with ``doc.info``), records by table, findings, time taken."""

    doc: Document
    tables: dict[str, list[Any]] = field(default_factory=dict)
    findings: list[Finding] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def document(self) -> dict[str, Any]:
        """The contract's ``document`` object: identity, header fields, how it was read."""
        doc = self.doc
        return {"doc_id": doc.doc_id, "source": doc.source, "format": doc.format, "ocr": doc.ocr,
                "pages": doc.page_count, **doc.info.public(), "encoding": doc.encoding,
                "ocr_confidence": ocr_confidence(doc)}

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"schema_version": SCHEMA_VERSION, "text": self.doc.text, "document": self.document}
        out["sections"] = [_section_dict(s, i) for i, s in enumerate(self.doc.sections)]
        for k in kinds():
            out[k.name] = [r.to_dict() for r in self.tables.get(k.name, [])]
        out["findings"] = [f.to_dict() for f in self.findings]
        return out


def ocr_confidence(doc: Document) -> float | None:
    """Mean Tesseract confidence of the OCR'd pages, or None when nothing was OCR'd."""
    confs = [p.confidence for p in doc.pages if p.ocr and p.confidence is not None]
    return round(sum(confs) / len(confs), 1) if confs else None


def _section_dict(s, i):
    return {"index": i, "number": s.number, "heading": s.heading, "level": s.level, "kind": s.kind,
            "start": s.start, "end": s.end, "parent": s.parent, "page": s.page}


def process(doc: Document) -> Result:
    """Every registered stage, fact kind and check; a failure becomes an ExtractionError naming the stage."""
    t0 = time.perf_counter()
    try:
        ex = run_extractors(doc)
    except StageError as exc:
        cause = exc.cause
        raise ExtractionError(f"internal error in the {exc.stage} step ({type(cause).__name__}: {cause}); "
                              "please report this file", source=doc.source) from exc
    return Result(doc, ex.tables, ex.findings, time.perf_counter() - t0)


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
