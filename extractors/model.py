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
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field, fields
from typing import Any, Callable

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
class DocInfo:
    """What the structure stage knows of a document: header fields, places, year, catalogue, body bounds.

    Every later stage reads these typed fields instead of searching the header again.

    >>> DocInfo(admin_level="xa", commune="Tân Phú").place_of("xa")
    'Tân Phú'
    """

    doc_type: str | None = None
    title: str | None = None
    number: str | None = None
    issue_date: str | None = None
    issuer: str | None = None
    admin_level: str | None = None
    commune: str | None = None
    district: str | None = None
    province: str | None = None
    unit_codes: dict[str, Any] | None = None
    plan_year: int | None = None
    target: str | None = None
    criteria_set: str | None = None
    signer_name: str | None = None
    signer_title: str | None = None
    header_end: int = 0  # the body starts here: the header block (motto, issuer, number, title) ends
    title_start: int | None = None
    title_end: int | None = None

    # fields of the contract's ``document`` object (the rest are offsets for later stages)
    PUBLIC = ("doc_type", "title", "number", "issue_date", "issuer", "admin_level", "commune", "district",
              "province", "unit_codes", "plan_year", "target", "criteria_set", "signer_name", "signer_title")

    def place_of(self, level: str) -> str | None:
        """The name of the document's own unit at ``level`` (xa, huyen, tinh)."""
        return {"xa": self.commune, "huyen": self.district, "tinh": self.province}.get(level)

    def public(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in self.PUBLIC}


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
    info: DocInfo = field(default_factory=lambda: DocInfo())
    _folded: str | None = field(default=None, repr=False, compare=False)
    _memo: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    def memo(self, key: str, compute: Callable[[], Any]) -> Any:
        """A value derived from the text, computed once per document (never data between stages).

        >>> d = Document.from_text("x"); d.memo("n", lambda: 41 + 1), d.memo("n", lambda: 0)
        (42, 42)
        """
        if key not in self._memo:
            self._memo[key] = compute()
        return self._memo[key]

    @property
    def folded(self) -> str:
        """The text folded for matching (same length, so offsets agree), computed once.

        >>> Document.from_text("Thủy lợi").folded
        'thuy loi'
        """
        if self._folded is None:
            from .fold import fold_keep_length

            self._folded = fold_keep_length(self.text)
        return self._folded

    @classmethod
    def from_text(cls, text: str, source: str = "<text>", **kw) -> Document:
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

    def sections_above(self, offset: int, limit: int | None = None) -> Iterator[Section]:
        """The section holding ``offset``, then its parents outwards (at most ``limit`` of them).

        >>> d = Document.from_text("I. MỤC TIÊU\\n1. Giao thông\\nLàm đường")
        >>> d.sections = [Section("I", "MỤC TIÊU", 1, "muc_tieu", 0, 33), Section("1", "Giao thông", 2, "other", 12, 33, 0)]
        >>> [s.heading for s in d.sections_above(30)]
        ['Giao thông', 'MỤC TIÊU']
        """
        return self.lineage(self.section_at(offset), limit)

    def lineage(self, sec: Section | None, limit: int | None = None) -> Iterator[Section]:
        """``sec`` and its parents outwards (at most ``limit`` of them); nothing for None."""
        seen = 0
        while sec is not None and (limit is None or seen < limit):
            yield sec
            sec = self.sections[sec.parent] if sec.parent is not None else None
            seen += 1

    def section_at(self, offset: int) -> Section | None:
        """The deepest section whose range holds ``offset``.

        Sections nest and come in text order, so the deepest one is the last to start at or
        before ``offset``, or the first of its parents still open there (every fact asks this).
        """
        secs = self.sections
        index = self._memo.get("section_index")
        # the list itself is kept and compared: the structure stage may replace or extend it
        if index is None or index[0] is not secs or len(index[1]) != len(secs):
            index = self._memo["section_index"] = (secs, [s.start for s in secs], _nested(secs))
        _, starts, nested = index
        if not nested:
            return self._deepest_by_scan(offset)
        i = bisect.bisect_right(starts, offset) - 1
        while i >= 0:
            s = secs[i]
            if s.start <= offset < s.end:
                return s
            i = s.parent if s.parent is not None else -1
        return None

    def _deepest_by_scan(self, offset: int) -> Section | None:
        best = None
        for s in self.sections:
            if s.start <= offset < s.end and (best is None or s.level >= best.level):
                best = s
        return best


def _nested(secs: list[Section]) -> bool:
    """Sections in text order, each inside the one its ``parent`` names and apart from its siblings."""
    open_: list[int] = []
    for i, s in enumerate(secs):
        if i and s.start < secs[i - 1].start:
            return False
        while open_ and secs[open_[-1]].end <= s.start:
            open_.pop()
        if (open_[-1] if open_ else None) != s.parent or (open_ and s.end > secs[open_[-1]].end):
            return False
        open_.append(i)
    return True


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
        names: list[str] | None = cls.__dict__.get("_field_names")
        if names is None:
            names = [f.name for f in fields(cls)]
            cls._field_names = names  # once per record class: fields() is slow on a hot path
        return names


@dataclass
class Figure:
    """One figure a finding compares, with the words it was read from.

    ``value`` is what the check computed with (VND, a count, a percentage, an ISO date);
    ``role`` says which side of the comparison it stands on (total, item, stated, listed, step, task...).

    >>> Figure(10_300_000_000, "10,3 tỷ", 120, 127, "total").role
    'total'
    """

    value: Any
    raw: str
    start: int
    end: int
    role: str = ""


@dataclass
class Finding:
    """What an auditor should look at: the contract's keys, and every figure compared, with its span."""

    check: str
    severity: str
    message: str
    expected: Any = None
    actual: Any = None
    spans: list[list[int]] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)

    @classmethod
    def comparing(cls, check: str, severity: str, message: str, figures: list[Figure], expected: Any = None,
                  actual: Any = None) -> Finding:
        """A finding whose spans are its figures' spans, in order."""
        return cls(check, severity, message, expected, actual, [[f.start, f.end] for f in figures], list(figures))

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


