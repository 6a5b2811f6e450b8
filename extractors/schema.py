"""Table schemas derived from record dataclasses: column names, types and Vietnamese headers.

Every output (JSON, SQLite, PostgreSQL, CSV/Parquet/XLSX/JSONL, the review page)
reads these, so a new fact kind needs no table written out anywhere else.

>>> from extractors.model import Finding
>>> [c.name for c in record_columns(Finding)][:3]
['check', 'severity', 'message']
>>> Column("amount_vnd", "integer").sql(pg=True)
'BIGINT'
"""
from __future__ import annotations

import functools
import json
import re
import types
import typing
from dataclasses import dataclass, fields
from typing import Any

_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")
_PLAIN = frozenset((str, int, float))
COLUMN_TYPES = ("integer", "real", "text", "json")
PROVENANCE = ("raw", "start", "end", "page")


@dataclass(frozen=True)
class Column:
    """One column of an output table."""

    name: str
    type: str  # integer | real | text | json (lists and objects, stored as JSON text)
    header: str = ""  # the Vietnamese column header of the XLSX workbook

    def sql(self, pg: bool = False) -> str:
        if self.type == "integer":
            return "BIGINT" if pg else "INTEGER"
        if self.type == "real":
            return "DOUBLE PRECISION" if pg else "REAL"
        return "TEXT"

    def cell(self, value: Any) -> Any:
        """The value as every backend stores it: lists/dicts as JSON text, booleans as 0/1."""
        if value is None or type(value) in _PLAIN:  # most cells: stored as they are (bool is not int here)
            return value
        if isinstance(value, (list, dict, tuple)):
            return json.dumps(value, ensure_ascii=False)
        if isinstance(value, bool):
            return int(value)
        return value


def decode_cell(value: Any) -> Any:
    """A stored json-column cell back to its value: lists, objects and numbers decoded, text as stored.

    >>> decode_cell('["3", "17.1"]'), decode_cell("2024-06-30"), decode_cell("10500000000"), decode_cell(None)
    (['3', '17.1'], '2024-06-30', 10500000000, None)
    """
    if isinstance(value, str) and (value[:1] in "[{" or _NUMBER.fullmatch(value)):
        try:
            return json.loads(value)
        except ValueError:
            return value
    return value


def column_type(annotation: Any) -> str:
    """The column type of a dataclass field annotation.

    >>> column_type(int | None), column_type(list[str]), column_type(float), column_type(bool)
    ('integer', 'json', 'real', 'integer')
    """
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        return column_type(args[0]) if len(args) == 1 else "json"
    if annotation in (int, bool):
        return "integer"
    if annotation is float:
        return "real"
    if annotation is str:
        return "text"
    return "json"


@functools.cache
def _hints(record: type) -> dict[str, Any]:
    # resolving string annotations compiles each one: a store writing a plan asked for them
    # about eighty times, a third of a TXT plan's time in a batch
    return typing.get_type_hints(record)


def record_columns(record: type, headers: dict[str, str] | None = None) -> list[Column]:
    """Columns of a record dataclass, in field order, typed from its annotations."""
    hints = _hints(record)
    headers = headers or {}
    return [Column(f.name, column_type(hints[f.name]), headers.get(f.name, "")) for f in fields(record)
            if not f.name.startswith("_")]


@dataclass(frozen=True)
class TableSchema:
    """An output table: its columns in order and the columns that key a row.

    Fact tables are keyed ``(doc_id, item)``; ``documents`` by ``doc_id``.
    """

    name: str
    columns: tuple[Column, ...]
    key: tuple[str, ...] = ("doc_id", "item")
    label: str = ""
    colour: str = ""

    @property
    def names(self) -> list[str]:
        return [c.name for c in self.columns]

    def header(self, name: str) -> str:
        for c in self.columns:
            if c.name == name:
                return c.header or name
        return name
