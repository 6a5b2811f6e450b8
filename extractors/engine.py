"""Run the registered stages, fact kinds and checks over one document.

>>> from extractors.model import Document
>>> ex = run(Document.from_text("KẾ HOẠCH\\nXây dựng nông thôn mới năm 2024"))
>>> ex.doc.info.doc_type, ex.doc.info.plan_year, sorted(ex.tables)[:2]
('ke_hoach', 2024, ['assignments', 'budgets'])
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .model import Document, Finding
from .registry import checks, kinds, stages


class StageError(Exception):
    """A stage, fact kind or check failed on a document; ``stage`` names it, ``__cause__`` says why."""

    def __init__(self, stage: str, cause: BaseException):
        super().__init__(f"{stage}: {type(cause).__name__}: {cause}")
        self.stage = stage
        self.cause = cause


@dataclass
class Extraction:
    """A document after every stage: ``doc.info`` filled, records by table, the auditor's findings."""

    doc: Document
    tables: dict[str, list[Any]] = field(default_factory=dict)
    findings: list[Finding] = field(default_factory=list)


def run(doc: Document) -> Extraction:
    """Stages first (structure), then every fact kind in order, then every check whose kinds ran."""
    done: set[str] = set()
    for stage in stages():
        _guarded(stage.name, stage.run, doc)
        done.add(stage.name)
    out = Extraction(doc)
    for k in kinds():
        missing = set(k.needs) - done
        if missing:
            raise StageError(k.name, RuntimeError(f"needs {', '.join(sorted(missing))}, which did not run"))
        records = _guarded(k.name, k.extract, doc)
        for r in records:
            if r.page is None:
                r.page = doc.page_of(r.start)
        out.tables[k.name] = sorted(records, key=lambda r: (r.start, r.end))
        done.add(k.name)
    for c in checks():
        if set(c.needs) <= done:
            out.findings += _guarded(f"audit {c.name}", c.run, doc, out.tables)
    return out


def _guarded(name: str, fn, *args):
    try:
        return fn(*args)
    except StageError:
        raise
    except Exception as exc:  # a bug in one extractor becomes the document's error record, not a crash
        raise StageError(name, exc) from exc
    except BaseException as exc:  # a time limit or Ctrl-C goes through, saying where it struck
        if hasattr(exc, "step") and not exc.step:
            exc.step = name
        raise
