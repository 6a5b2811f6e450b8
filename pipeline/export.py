"""Write the stored tables as CSV, Parquet, XLSX (one sheet per table) and JSONL."""
from __future__ import annotations

from pathlib import Path

from .store import Store
from .tables import all_schemas

FORMATS = ("csv", "parquet", "xlsx", "jsonl")


def export_tables(store: Store, out: Path, formats: list[str]) -> list[Path]:
    bad = [f for f in formats if f not in FORMATS]
    if bad:
        raise ValueError(f"unknown format(s) {', '.join(bad)}; choose from {', '.join(FORMATS)}")
    if not formats:
        return []
    out = Path(out)
    written = []
    schemas = {t.name: t for t in all_schemas()}
    frames = {name: store.read_table(name) for name in schemas}
    for fmt in formats:
        if fmt == "xlsx":
            written.append(_xlsx(frames, schemas, out / "kehoach.xlsx"))
            continue
        folder = out / fmt
        folder.mkdir(parents=True, exist_ok=True)
        for t, df in frames.items():
            path = folder / f"{t}.{fmt}"
            if fmt == "csv":
                df.to_csv(path, index=False)
            elif fmt == "parquet":
                df.to_parquet(path, index=False)
            elif fmt == "jsonl":
                df.to_json(path, orient="records", lines=True, force_ascii=False)
            written.append(path)
    return written


def _xlsx(frames: dict, schemas: dict, path: Path) -> Path:
    import pandas as pd
    from openpyxl.utils import get_column_letter

    with pd.ExcelWriter(path, engine="openpyxl") as xw:
        for t, df in frames.items():
            df = df.rename(columns={c: schemas[t].header(c) for c in df.columns})
            # Excel refuses control characters and cells over 32,767 characters
            for c in df.columns:
                if df[c].dtype == object:
                    df[c] = df[c].map(lambda v: v[:32000] if isinstance(v, str) else v)
            df.to_excel(xw, sheet_name=t[:31], index=False)
            ws = xw.sheets[t[:31]]
            ws.freeze_panes = "A2"
            for i, col in enumerate(df.columns, start=1):
                sample = [len(str(col))] + [len(str(v)) for v in df[col].head(200).tolist()]
                ws.column_dimensions[get_column_letter(i)].width = min(60, max(8, max(sample) + 2))
    return path
