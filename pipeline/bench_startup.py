"""What a fresh process pays: cold start of one plan, and a small batch with its start-up.

``kehoach bench`` measures three things apart, because scripts see them apart:

- cold start: ``kehoach extract ONE --json`` in a fresh process, wall time (a scorer, a
  clerk's loop or a web hook calling kehoach once per file pays this every time);
- small batch: ``kehoach extract FOLDER --out OUT --workers N`` in a fresh process, wall
  time (interpreter, imports, workers' warm-up and the plans, all counted);
- steady state: plans/s once the workers are warm (the rounds of :mod:`pipeline.bench`).

The raw tool and the fresh kehoach process alternate, best of ``repeat`` each side.

>>> _import_costs("import time:  10 |  250000 | spacy\\nimport time: 5 | 900 |   spacy.util\\n")
{'spacy': 0.25}
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

# the libraries whose import is worth knowing about at start-up (top-level import only)
WATCHED = ("typer", "rich", "yaml", "rapidfuzz", "spacy", "underthesea", "vietnamadminunits", "pandas",
           "pypdfium2", "pdfplumber", "docx", "PIL", "numpy", "dask", "distributed")


@dataclass
class FreshRun:
    """One fresh ``kehoach`` process: wall seconds, and whether it did its job."""

    seconds: float
    ok: bool
    stderr: str = ""


def kehoach_command() -> list[str]:
    """The command line that starts kehoach in a fresh process, as a user's shell would."""
    return [sys.executable, "-m", "pipeline.cli"]


def _fresh(args: list[str], env_extra: dict | None = None) -> FreshRun:
    env = {**os.environ, "PYTHONWARNINGS": "ignore", **(env_extra or {})}
    t = time.perf_counter()
    res = subprocess.run([*kehoach_command(), *args], capture_output=True, text=True, env=env)
    return FreshRun(time.perf_counter() - t, res.returncode == 0, res.stderr[-2000:])


def cold_start(file: Path, repeat: int = 3) -> dict:
    """Best wall time of ``kehoach extract FILE --json`` in a fresh process, and what its imports cost."""
    runs = [_fresh(["extract", str(file), "--json"]) for _ in range(max(1, repeat))]
    if not all(r.ok for r in runs):
        raise RuntimeError(next(r.stderr for r in runs if not r.ok))
    env = {**os.environ, "PYTHONWARNINGS": "ignore"}
    res = subprocess.run([sys.executable, "-X", "importtime", "-m", "pipeline.cli", "extract", str(file), "--json"],
                         capture_output=True, text=True, env=env)
    return {"seconds": min(r.seconds for r in runs), "all_seconds": [round(r.seconds, 3) for r in runs],
            "imports": _import_costs(res.stderr)}


def _import_costs(importtime: str) -> dict[str, float]:
    """Seconds of the first import of each watched library, from ``python -X importtime`` output.

    Nested imports are counted where they are first imported (rich inside spaCy counts for spaCy).
    """
    out: dict[str, float] = {}
    for line in importtime.splitlines():
        m = re.match(r"import time:\s+\d+\s+\|\s+(\d+)\s+\|( *)(\S+)$", line)
        if not m:
            continue
        name = m.group(3)
        if name in WATCHED and name not in out:
            out[name] = round(int(m.group(1)) / 1e6, 3)
    return out


def small_batch(folder: Path, out: Path, workers: int) -> FreshRun:
    """A whole ``kehoach extract FOLDER --out OUT`` in a fresh process (SQLite only, no exports)."""
    run = _fresh(["extract", str(folder), "--out", str(out), "--workers", str(workers), "--format", ""])
    shutil.rmtree(out, ignore_errors=True)
    return run


def raw_processes(fmt: str, files: list[Path], processes: int) -> float:
    """Seconds for the raw command-line tool over ``files`` with ``processes`` at a time (PDF only)."""
    if fmt != "pdf":
        raise ValueError(fmt)
    from concurrent.futures import ThreadPoolExecutor

    def one(f: Path) -> None:
        subprocess.run(["pdftotext", "-q", "-layout", str(f), "-"], capture_output=True, check=True)

    t = time.perf_counter()
    with ThreadPoolExecutor(max_workers=processes) as pool:
        list(pool.map(one, files))
    return time.perf_counter() - t


def fresh_figures(fmt: str, folder: Path, files: list[Path], tmp: Path, workers: tuple[int, ...],
                  repeat: int) -> dict:
    """Cold start of one plan, and the small batch with each worker count, raw tool alternating (PDF)."""
    fig: dict = {}
    if fmt != "scan":
        fig["cold_start"] = cold_start(files[0], repeat=max(3, repeat))
    batch: dict[int, float] = {}
    raw2 = None
    for attempt in range(max(1, repeat)):
        if fmt == "pdf":
            s = raw_processes(fmt, files, 2)
            raw2 = s if raw2 is None else min(raw2, s)
        for w in workers:
            run = small_batch(folder, tmp / f"fresh_{w}", w)
            if not run.ok:
                raise RuntimeError(run.stderr)
            batch[w] = min(batch.get(w, run.seconds), run.seconds)
    fig["small_batch_seconds"] = {str(w): s for w, s in batch.items()}
    if raw2 is not None:
        fig["raw_2_processes_seconds"] = raw2
        fig["raw_2_processes_tool"] = "pdftotext -layout, 2 processes"
    return fig


def describe(row: dict) -> list[str]:
    """Lines for the console: cold start, small batch, steady state, and the ratios to the raw tool."""
    fresh = row.get("fresh") or {}
    lines = []
    cs = fresh.get("cold_start")
    if cs:
        heavy = ", ".join(f"{k} {v:.2f} s" for k, v in sorted(cs["imports"].items(), key=lambda kv: -kv[1])
                          if v >= 0.02)
        lines.append(f"{row['format']}: cold start (extract ONE --json, fresh process) {cs['seconds']:.2f} s; "
                     f"imports under -X importtime: {heavy}")
    for w, s in (fresh.get("small_batch_seconds") or {}).items():
        steady = row.get(f"w{w}", {}).get("steady_plans_per_s")
        line = (f"{row['format']}: {row['plans']} plans, {w} worker(s), fresh process with start-up "
                f"{row['plans'] / s:.1f} plans/s ({s:.2f} s)")
        if steady:
            line += f"; steady state {steady:.1f} plans/s"
        raw2 = fresh.get("raw_2_processes_seconds")
        if raw2:
            line += f"; vs {fresh['raw_2_processes_tool']} {raw2:.2f} s: {s / raw2:.2f}× with start-up"
            if steady:
                line += f", {row['plans'] / steady / raw2:.2f}× steady"
        lines.append(line)
    return lines

