"""``kehoach audit PATH... --out DIR``: the findings of every plan, and across the plans of one commune.

PATH is a database written by ``kehoach extract --out`` (a ``.db`` file, or the folder holding
``kehoach.db``): the findings and records of that run are read back, nothing is extracted again;
or plan files and folders, each extracted once. Writes ``findings.csv``/``findings.jsonl`` (one row
per finding, keyed by doc_id and item; cross-document findings carry the doc_ids they compare) and
``summary.json`` (counts by check and severity, plans with errors).
"""
from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

from extractors import kind
from extractors.checks.history import NEEDS, PlanHistory, history_checks
from extractors.schema import record_columns

COLUMNS = ["doc_id", "item", "source", "check", "severity", "message", "expected", "actual", "spans", "figures",
           "place", "docs"]


@dataclass
class AuditedPlan:
    """One plan as the audit needs it: its document fields, its findings, its records by kind."""

    doc_id: str
    source: str
    document: dict[str, Any]
    findings: list[dict[str, Any]] = field(default_factory=list)
    tables: dict[str, list] = field(default_factory=dict)


def place_key(d: dict) -> str | None:
    """The commune (or district) a plan is for: its official code, else its folded names."""
    codes = d.get("unit_codes") or {}
    if isinstance(codes, str):
        codes = json.loads(codes or "{}") or {}
    if codes.get("commune"):
        return f"code:{codes['commune']}"
    from extractors.fold import fold

    if d.get("admin_level") == "xa" and d.get("commune"):
        return "name:" + "|".join(fold(x or "") for x in (d.get("province"), d.get("district"), d["commune"]))
    if d.get("admin_level") == "huyen" and d.get("district"):
        return "name:" + "|".join(fold(x or "") for x in (d.get("province"), d["district"]))
    return None


def _database(path: Path) -> Path | None:
    if path.is_file() and path.suffix == ".db":
        return path
    if path.is_dir() and (path / "kehoach.db").exists():
        return path / "kehoach.db"
    return None


def plans_from_store(db: Path) -> Iterator[AuditedPlan]:
    """The plans of one run, rebuilt from its database rows through the registry's record classes."""
    from .store import open_store

    store = open_store(str(db))
    try:
        docs = store.read_table("documents")
        findings = store.read_table("findings")
        records = {name: _records(name, store.read_table(name)) for name in NEEDS}
    finally:
        store.close()
    for d in docs.to_dict("records"):
        if isinstance(d.get("plan_year"), float):
            d["plan_year"] = None if d["plan_year"] != d["plan_year"] else int(d["plan_year"])
        fs = findings[findings["doc_id"] == d["doc_id"]].to_dict("records")
        for f in fs:
            for col in ("spans", "figures", "expected", "actual"):
                if isinstance(f.get(col), str) and f[col][:1] in "[{":
                    f[col] = json.loads(f[col])
        yield AuditedPlan(d["doc_id"], d["source"], d, fs, {n: r.get(d["doc_id"], []) for n, r in records.items()})


def _records(name: str, df) -> dict[str, list]:
    k = kind(name)
    cols = record_columns(k.record)
    out: dict[str, list] = {}
    for row in df.to_dict("records"):
        values = {}
        for c in cols:
            v = row.get(c.name)
            if c.type == "json" and isinstance(v, str):
                v = json.loads(v)
            elif isinstance(v, float) and v != v:  # NaN: an empty cell
                v = None
            elif c.type == "integer" and isinstance(v, float):
                v = int(v)
            values[c.name] = v
        out.setdefault(row["doc_id"], []).append(k.record(**values))
    return out


def plans_from_files(paths, failures: list[dict]) -> Iterator[AuditedPlan]:
    from .batch import iter_files
    from .errors import KehoachError
    from .run import extract_file

    for path in iter_files(paths):
        try:
            r = extract_file(path)
        except KehoachError as exc:
            failures.append({"source": str(path), "stage": exc.stage, "reason": exc.reason})
            continue
        d = r.document
        yield AuditedPlan(d["doc_id"], str(path), d, [f.to_dict() for f in r.findings], r.tables)


def run_audit(paths, out: Path) -> dict:
    import pandas as pd

    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    failures: list[dict] = []
    plans: list[AuditedPlan] = []
    files = []
    for p in map(Path, paths):
        db = _database(p)
        if db:
            plans += plans_from_store(db)
        else:
            files.append(p)
    if files:
        plans += plans_from_files(files, failures)
    rows = [{"doc_id": p.doc_id, "item": i, "source": p.source, **f} for p in plans for i, f in enumerate(p.findings)]
    histories = [PlanHistory.from_tables(p.doc_id, p.source, place_key(p.document), p.document.get("plan_year"), p.tables)
                 for p in plans]
    for j, f in enumerate(history_checks(histories)):
        rows.append({"doc_id": "+".join(f.docs), "item": j, "source": "(across plans)", **f.to_dict()})
    df = pd.DataFrame(rows, columns=COLUMNS)
    for col in ("spans", "figures", "docs", "expected", "actual"):
        df[col] = df[col].map(lambda v: json.dumps(v, ensure_ascii=False) if isinstance(v, (list, dict)) else v)
    df.to_csv(out / "findings.csv", index=False)
    df.to_json(out / "findings.jsonl", orient="records", lines=True, force_ascii=False)
    summary = {
        "plans": len(plans), "failed": failures,
        "by_check": dict(Counter(f"{r['check']}/{r['severity']}" for r in rows)),
        "plans_with_errors": sorted({r["source"] for r in rows if r["severity"] == "error"}),
    }
    (out / "summary.json").write_text(json.dumps(summary, ensure_ascii=False, indent=1), encoding="utf-8")
    return summary
