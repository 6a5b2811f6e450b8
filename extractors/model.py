"""The typed data model every stage shares.

A :class:`Document` is one NFC text with a page map and a block map; every
record an extractor produces is a :class:`Span` (``start``/``end``/``raw`` into
``Document.text``) with typed fields.

>>> doc = Document.from_text("Kế hoạch\\nxây dựng", source="x.txt")
>>> doc.text[doc.blocks[1].start:doc.blocks[1].end]
'xây dựng'
"""
from __future__ import annotations

import bisect
import hashlib
import unicodedata
from dataclasses import asdict, dataclass, field, fields
from typing import Any

SCHEMA_VERSION = "1"


@dataclass(slots=True)
class Block:
    """A range of the text and where it came from in the source file.

    kind: line, paragraph, table_cell, footnote, header, ocr_line.
    ref: a locator in the source ("line 12", "p 7", "table 1 r2 c3", "footnote 2").
    """

    start: int
    end: int
    kind: str
    page: int | None = None
    ref: str = ""


@dataclass(slots=True)
class Page:
    """Per-page facts: where the page starts in the text and how it was read."""

    number: int
    start: int
    ocr: bool = False
    confidence: float | None = None


@dataclass(slots=True)
class Section:
    number: str | None
    heading: str
    level: int
    kind: str
    start: int
    end: int
    parent: int | None = None
    page: int | None = None
    heading_line: str = ""  # the whole line the heading stands on


@dataclass
class Document:
    text: str
    source: str = ""
    doc_id: str = ""
    format: str = "txt"
    ocr: bool = False
    pages: list[Page] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    encoding: str | None = None
    warnings: list[str] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_text(cls, text: str, source: str = "<text>", **kw) -> "Document":
        """A document from a string: one block per line, no pages."""
        text = unicodedata.normalize("NFC", text)
        blocks, pos = [], 0
        for i, line in enumerate(text.split("\n")):
            if line.strip():
                blocks.append(Block(pos, pos + len(line), "line", None, f"line {i + 1}"))
            pos += len(line) + 1
        doc_id = kw.pop("doc_id", None) or hashlib.sha256(text.encode("utf-8")).hexdigest()
        return cls(text=text, source=source, doc_id=doc_id, blocks=blocks, **kw)

    @property
    def page_count(self) -> int | None:
        return len(self.pages) or None

    def page_of(self, offset: int) -> int | None:
        """1-based page number holding ``offset``, or None for formats without pages."""
        if not self.pages:
            return None
        starts = [p.start for p in self.pages]
        return self.pages[max(0, bisect.bisect_right(starts, offset) - 1)].number

    def block_at(self, offset: int) -> Block | None:
        starts = [b.start for b in self.blocks]
        i = bisect.bisect_right(starts, offset) - 1
        if i >= 0 and self.blocks[i].start <= offset <= self.blocks[i].end:
            return self.blocks[i]
        return None

    def section_at(self, offset: int) -> Section | None:
        """The deepest section whose range holds ``offset``."""
        best = None
        for s in self.sections:
            if s.start <= offset < s.end and (best is None or s.level >= best.level):
                best = s
        return best


# ----------------------------------------------------------------- records
@dataclass(kw_only=True)
class Span:
    """Base of every extracted record: the exact words it came from."""

    raw: str
    start: int
    end: int
    page: int | None = None

    def to_dict(self) -> dict[str, Any]:
        # shallow: record fields are scalars and lists of strings (dataclasses.asdict deep-copies, slowly)
        return {n: (list(v) if isinstance(v, list) else v) for n in self.field_names() for v in (getattr(self, n),)}

    @classmethod
    def field_names(cls) -> list[str]:
        names = cls.__dict__.get("_field_names")
        if names is None:
            names = [f.name for f in fields(cls)]
            cls._field_names = names
        return names


@dataclass(kw_only=True)
class CriterionStatus(Span):
    criterion: int
    indicator: str | None = None
    name: str | None = None
    status: str  # dat | chua_dat
    year: int | None = None


@dataclass(kw_only=True)
class CriteriaSummary(Span):
    kind: str  # achieved | not_achieved | target
    count: int
    total: int | None = None
    year: int | None = None


@dataclass(kw_only=True)
class Deadline(Span):
    date: str
    precision: str  # day | month | quarter | year
    relation: str  # before | by | during | from
    task: str = ""
    units: list[str] = field(default_factory=list)
    criteria: list[str] = field(default_factory=list)


@dataclass(kw_only=True)
class Budget(Span):
    amount_vnd: int
    role: str  # item | total | source | gap | spent | other
    purpose: str = ""
    source_of_funds: str | None = None
    criteria: list[str] = field(default_factory=list)
    precision_vnd: int = 1  # the written figure is known to +-precision/2


@dataclass(kw_only=True)
class Assignment(Span):
    unit: str
    unit_raw: str
    role: str  # chu_tri | phoi_hop | thuc_hien
    criteria: list[str] = field(default_factory=list)
    task: str = ""


@dataclass(kw_only=True)
class Target(Span):
    metric: str
    comparator: str
    value: float
    unit: str = ""
    year: int | None = None
    kind: str = "target"  # target | actual


@dataclass(kw_only=True)
class LegalRef(Span):
    type: str
    number: str | None = None
    date: str | None = None
    issuer: str | None = None


@dataclass
class Finding:
    check: str
    severity: str
    message: str
    expected: Any = None
    actual: Any = None
    spans: list[list[int]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


TABLE_TYPES: dict[str, type] = {
    "criteria": CriterionStatus,
    "criteria_summary": CriteriaSummary,
    "deadlines": Deadline,
    "budgets": Budget,
    "assignments": Assignment,
    "targets": Target,
    "legal_refs": LegalRef,
}
