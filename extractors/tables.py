"""Every output table's schema, from the registry and the core records.

``documents`` (one row per document), ``sections``, one table per registered
fact kind, and ``findings``, in that order.

>>> [t.name for t in table_schemas()][:4]
['documents', 'sections', 'criteria', 'criteria_summary']
>>> table_schema("legal_refs").header("date")
'Ngày ban hành'
"""
from __future__ import annotations

import typing
from functools import lru_cache

from .model import DocInfo, Finding, Section
from .registry import kinds
from .schema import Column, TableSchema, column_type, record_columns
from .vocab import load, shared_path

_HEADERS = {"common": {str: str}, "documents": {str: str}, "sections": {str: str}, "findings": {str: str},
            "failures": {str: str}}
# columns of a document that are not header fields: identity first, how it was read and processed last
_DOC_FIRST = [("doc_id", "text"), ("source", "text"), ("format", "text"), ("ocr", "integer"), ("pages", "integer")]
_DOC_LAST = [("encoding", "text"), ("ocr_confidence", "real"), ("ocr_pages_to_check", "json"), ("text_chars", "integer"),
             ("kehoach_version", "text"), ("seconds", "real")]
_SECTION_FIELDS = ["number", "heading", "level", "kind", "parent", "start", "end", "page"]


def headers(table: str) -> dict[str, str]:
    """Vietnamese headers of a core table (shared provenance headers included)."""
    data = load(shared_path("tables.yaml"), _HEADERS)
    return {**data["common"], **data.get(table, {})}


def _documents() -> TableSchema:
    heads = headers("documents")
    hints = typing.get_type_hints(DocInfo)
    info = [(name, column_type(hints[name])) for name in DocInfo.PUBLIC]
    cols = [Column(n, t, heads.get(n, "")) for n, t in _DOC_FIRST + info + _DOC_LAST]
    return TableSchema("documents", tuple(cols), key=("doc_id",), label="Văn bản")


def _keyed(name: str, record: type, only: list[str] | None = None, label: str = "") -> TableSchema:
    heads = headers(name)
    own = [c for c in record_columns(record, heads) if only is None or c.name in only]
    if only:
        own.sort(key=lambda c: only.index(c.name))
    lead = [Column("doc_id", "text", heads["doc_id"]), Column("item", "integer", heads["item"]),
            Column("source", "text", heads["source"])]
    return TableSchema(name, tuple(lead + own), label=label)


@lru_cache(maxsize=1)
def _core() -> tuple[TableSchema, TableSchema, TableSchema]:
    return (_documents(), _keyed("sections", Section, _SECTION_FIELDS, "Mục"),
            _keyed("findings", Finding, label="Phát hiện"))


def table_schemas() -> list[TableSchema]:
    """documents, sections, every fact kind (registry order), findings.

    Built once for each set of registered kinds: a store asks for them for every table of
    every plan it writes, and building them reads the header data and every record's types.
    """
    registered = kinds()
    built = _SCHEMAS.get("built")
    # the kinds themselves are kept and compared by identity: a kind registered later (a plug-in,
    # a test) makes a new set
    if built is None or len(built[0]) != len(registered) or any(a is not b for a, b in zip(built[0], registered)):
        documents, sections, findings = _core()
        common = headers("common")
        built = _SCHEMAS["built"] = (registered, (documents, sections, *(k.schema(common) for k in registered),
                                                  findings))
    return list(built[1])


_SCHEMAS: dict[str, tuple[list, tuple[TableSchema, ...]]] = {}


def table_schema(name: str) -> TableSchema:
    for t in table_schemas():
        if t.name == name:
            return t
    raise KeyError(f"no table {name!r}; tables: {', '.join(t.name for t in table_schemas())}")


@lru_cache(maxsize=1)  # a store asks for it with every plan it writes
def failures_schema() -> TableSchema:
    """Files that could not be read or extracted: one row per source."""
    heads = headers("failures")
    cols = [Column("source", "text", heads["source"]), Column("doc_id", "text", heads["doc_id"]),
            Column("stage", "text", heads["stage"]), Column("reason", "text", heads["reason"]),
            Column("at", "text", heads["at"])]
    return TableSchema("failures", tuple(cols), key=("source",), label="Lỗi")
