"""The registry: stages, fact kinds and checks, and what each one needs.

A fact kind is one module plus one data file beside it (same name, ``.yaml``):

    # land_area.py
    @fact("land_area", LandArea)
    def extract(doc: Document) -> list[LandArea]: ...

    # land_area.yaml
    table: {label: Diện tích, colour: "#d4f0c0", headers: {hectares: Diện tích (ha)}}

Kinds are discovered: every module of ``extractors/facts/``, every module named
in ``KEHOACH_FACTS`` (module names or ``.py`` paths, comma-separated) and every
``kehoach.facts`` entry point. Everything downstream (the JSON, the database
schema, the exports, the review page) iterates :func:`kinds`.

>>> [k.name for k in kinds()][:3]
['criteria', 'criteria_summary', 'deadlines']
>>> kind("deadlines").label
'Thời hạn'
"""
from __future__ import annotations

import importlib
import importlib.util
import inspect
import os
import pkgutil
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from .model import Document, Finding, Span
from .schema import PROVENANCE, Column, TableSchema, record_columns
from .vocab import DataError, load

TABLE_SCHEMA = {"label": str, "colour": str, "headers": {str: str}, "review?": [str]}
_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")


@dataclass(frozen=True)
class Stage:
    """A step that fills the document itself (``doc.info``, ``doc.sections``) before any fact is read."""

    name: str
    run: Callable[[Document], Any]
    needs: tuple[str, ...] = ()


@dataclass
class FactKind:
    """One kind of fact: its record class, its extractor, its data file and its table."""

    name: str
    record: type[Span]
    extract: Callable[[Document], list[Any]]
    data: Path
    needs: tuple[str, ...] = ("structure",)
    order: int = 100
    label: str = ""
    colour: str = ""
    headers: dict[str, str] = field(default_factory=dict)
    review: list[str] = field(default_factory=list)
    _vocab: dict[str, Any] | None = field(default=None, repr=False)

    def vocab(self, schema: dict[str, Any]) -> dict[str, Any]:
        """This kind's data file, checked against ``schema`` (the ``table`` section is added) once."""
        if self._vocab is None:
            self._vocab = load(self.data, {**schema, "table": TABLE_SCHEMA})
        return self._vocab

    def value_fields(self) -> list[str]:
        """The record's own fields (not its provenance), in order."""
        return [c.name for c in record_columns(self.record) if c.name not in PROVENANCE]

    def schema(self, common_headers: dict[str, str]) -> TableSchema:
        heads = {**common_headers, **self.headers}
        cols = [Column("doc_id", "text", heads.get("doc_id", "")), Column("item", "integer", heads.get("item", "")),
                Column("source", "text", heads.get("source", ""))]
        own = record_columns(self.record, heads)
        cols += [c for c in own if c.name not in PROVENANCE] + [c for c in own if c.name in PROVENANCE]
        return TableSchema(self.name, tuple(cols), label=self.label, colour=self.colour)


@dataclass(frozen=True)
class Check:
    """An auditor check over a document's records; ``needs`` names the fact kinds it reads."""

    name: str
    run: Callable[[Document, dict[str, list[Any]]], list[Finding]]
    needs: tuple[str, ...] = ()


_STAGES: dict[str, Stage] = {}
_KINDS: dict[str, FactKind] = {}
_CHECKS: dict[str, Check] = {}
_discovered = False


def register_stage(stage: Stage) -> Stage:
    _STAGES[stage.name] = stage
    return stage


def register_check(check: Check) -> Check:
    _CHECKS[check.name] = check
    return check


def register(kind: FactKind) -> FactKind:
    """Add a fact kind, after checking its data file declares its table (label, colour, headers)."""
    table = load(kind.data, "*").get("table") if kind.data.exists() else None
    if table is None:
        raise DataError(f"{kind.data.name}: a fact kind's data file needs a 'table' section")
    table = _check_table(kind, table)
    kind.label, kind.colour, kind.headers = table["label"], table["colour"], dict(table["headers"])
    kind.review = list(table.get("review") or kind.value_fields())
    _KINDS[kind.name] = kind
    return kind


def _check_table(kind: FactKind, table: dict[str, Any]) -> dict[str, Any]:
    from .vocab import check

    check(table, TABLE_SCHEMA, f"{kind.data.name}: table")
    if not _COLOUR.match(table["colour"]):
        raise DataError(f"{kind.data.name}: table: colour {table['colour']!r} is not #rrggbb")
    missing = [f for f in kind.value_fields() if f not in table["headers"]]
    if missing:
        raise DataError(f"{kind.data.name}: table: headers: no Vietnamese header for {', '.join(missing)}")
    return table


def fact(name: str, record: type[Span], *, needs: tuple[str, ...] = ("structure",), order: int = 100,
         data: str | Path | None = None) -> Callable[[Callable], Callable]:
    """Decorator registering ``extract`` as the fact kind ``name``; its data file sits beside the module."""

    def deco(fn: Callable) -> Callable:
        path = Path(data) if data else Path(inspect.getfile(fn)).with_name(f"{name}.yaml")
        register(FactKind(name, record, fn, path, tuple(needs), order))
        return fn

    return deco


def discover() -> None:
    """Import the core stages, every module of ``extractors.facts``, and the plug-ins named outside."""
    global _discovered
    if _discovered:
        return
    _discovered = True
    importlib.import_module("extractors.structure")
    from . import facts

    for info in sorted(pkgutil.iter_modules(facts.__path__), key=lambda m: m.name):
        importlib.import_module(f"extractors.facts.{info.name}")
    importlib.import_module("extractors.checks")
    for spec in filter(None, (s.strip() for s in os.environ.get("KEHOACH_FACTS", "").split(","))):
        import_plugin(spec)
    from importlib.metadata import entry_points

    for ep in entry_points(group="kehoach.facts"):
        ep.load()


def import_plugin(spec: str) -> None:
    """Import a plug-in by module name or by the path of its ``.py`` file."""
    if not spec.endswith(".py"):
        importlib.import_module(spec)
        return
    path = Path(spec).resolve()
    name = f"kehoach_plugin_{path.stem}"
    if name in sys.modules:
        return
    mod_spec = importlib.util.spec_from_file_location(name, path)
    if mod_spec is None or mod_spec.loader is None:
        raise ImportError(f"cannot import fact kind plug-in {spec}")
    module = importlib.util.module_from_spec(mod_spec)
    sys.modules[name] = module
    mod_spec.loader.exec_module(module)


def stages() -> list[Stage]:
    discover()
    return _in_need_order(list(_STAGES.values()), set())


def kinds() -> list[FactKind]:
    """Every fact kind, in output order."""
    discover()
    return sorted(_KINDS.values(), key=lambda k: (k.order, k.name))


def kind(name: str) -> FactKind:
    discover()
    return _KINDS[name]


def checks() -> list[Check]:
    discover()
    return list(_CHECKS.values())


def _in_need_order(items: list[Stage], done: set[str]) -> list[Stage]:
    """Stages sorted so each comes after what it needs (registration order otherwise)."""
    out: list[Stage] = []
    todo = list(items)
    while todo:
        ready = [s for s in todo if set(s.needs) <= done]
        if not ready:
            raise RuntimeError(f"stages need what no stage provides: {[(s.name, s.needs) for s in todo]}")
        out.append(ready[0])
        done.add(ready[0].name)
        todo.remove(ready[0])
    return out
