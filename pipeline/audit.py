"""``kehoach audit PATH... --out DIR``: the findings of every plan, and across the plans of one commune.

Writes ``findings.csv``/``findings.jsonl`` (one row per finding, keyed by doc_id and item;
cross-document findings carry the doc_ids they compare) and ``summary.json``
(counts by check and severity, plans with errors).
"""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path


def _place_key(d: dict) -> str | None:
    codes = d.get("unit_codes") or {}
    if codes.get("commune"):
        return f"code:{codes['commune']}"
    from extractors.fold import fold

    if d.get("admin_level") == "xa" and d.get("commune"):
        return "name:" + "|".join(fold(x or "") for x in (d.get("province"), d.get("district"), d["commune"]))
    if d.get("admin_level") == "huyen" and d.get("district"):
        return "name:" + "|".join(fold(x or "") for x in (d.get("province"), d["district"]))
    return None


def run_audit(paths, out: Path) -> dict:
    import pandas as pd

    from extractors.checks import history_checks

    from .batch import iter_files
    from .errors import KehoachError
    from .run import extract_file

    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    rows, plans, failures = [], [], []
    for path in iter_files(paths):
        try:
            r = extract_file(path)
        except KehoachError as exc:
            failures.append({"source": str(path), "stage": exc.stage, "reason": exc.reason})
            continue
        d = r.document
        for i, f in enumerate(r.findings):
            rows.append({"doc_id": d["doc_id"], "item": i, "source": str(path), **f.to_dict()})
        plans.append({
            "doc_id": d["doc_id"], "source": str(path), "place": _place_key(d), "year": d.get("plan_year"),
            "criteria": [(c.criterion, c.status, c.start, c.end) for c in r.tables.get("criteria", [])],
            "achieved": [(s.count, s.start, s.end) for s in r.tables.get("criteria_summary", [])
                         if s.kind == "achieved" and s.total],
        })
    for j, f in enumerate(history_checks(plans)):
        rows.append({"doc_id": "+".join(f["docs"]), "item": j, "source": "(across plans)", **f})
    df = pd.DataFrame(rows, columns=["doc_id", "item", "source", "check", "severity", "message", "expected", "actual",
                                     "spans", "place", "docs"])
    for col in ("spans", "docs", "expected", "actual"):
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
