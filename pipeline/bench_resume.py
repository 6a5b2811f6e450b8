"""``kehoach bench --dask``, last step: a run cut by a scheduler crash, resumed, then counted.

The client runs ``kehoach extract FOLDER --scheduler ADDR`` in a fresh process; once a share of
the plans is stored the scheduler is killed (``kill -9``, as when its machine dies). The client
must stop with exit code 2, keeping what it stored. The scheduler and workers are started again
and the same command is run again. Then the database is compared with the uninterrupted run of
the same plans: ``lost`` plans missing, ``duplicated`` (plan, item) keys stored twice,
``differing`` tables whose keys for those plans are not those of the uninterrupted run.

>>> _verdict({"documents": 5, "files": 4}, 5, [], 0)
{'lost': 1, 'duplicated': 0, 'differing': []}
"""
from __future__ import annotations

import sqlite3
import subprocess
import sys
import time
from pathlib import Path

TABLES = ("documents", "sections", "criteria", "deadlines", "budgets", "assignments", "targets", "legal_refs")


def _count(db: Path, sql: str) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as con:
            return con.execute(sql).fetchone()[0]
    except sqlite3.Error:
        return 0  # the client has not created the database yet


def _command(folder: Path, out: Path, address: str) -> list[str]:
    return [sys.executable, "-m", "pipeline.cli", "extract", str(folder), "--out", str(out),
            "--scheduler", address, "--format", ""]


def _interrupted_run(cmd: list[str], db: Path, cluster, kill_after: int, timeout: float) -> dict:
    client = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    end = time.monotonic() + timeout
    while (_count(db, "SELECT COUNT(*) FROM documents") < kill_after and client.poll() is None
           and time.monotonic() < end):
        time.sleep(0.05)
    cluster.kill_scheduler()
    _, err = client.communicate(timeout=timeout)
    return {"exit_code": client.returncode, "stored_at_crash": _count(db, "SELECT COUNT(*) FROM documents"),
            "message": err.strip().splitlines()[-1] if err.strip() else ""}


def _compare_rows(db: Path, reference: Path) -> tuple[list[str], int]:
    """Tables whose (plan, item) keys differ from the same plans' keys in ``reference``, and keys stored twice."""
    with sqlite3.connect(db) as con:
        con.execute("ATTACH DATABASE ? AS ref", (f"file:{reference}?mode=ro",))
        differing, twice = [], 0
        for t in TABLES[1:]:
            ref = f"SELECT doc_id, item FROM ref.{t} WHERE doc_id IN (SELECT doc_id FROM main.documents)"
            apart = sum(con.execute(f"SELECT COUNT(*) FROM ({a} EXCEPT {b})").fetchone()[0]
                        for a, b in ((f"SELECT doc_id, item FROM main.{t}", ref), (ref, f"SELECT doc_id, item FROM main.{t}")))
            if apart:
                differing.append(t)
            twice += con.execute(f"SELECT COUNT(*) FROM (SELECT doc_id, item FROM main.{t} "
                                 "GROUP BY 1, 2 HAVING COUNT(*) > 1)").fetchone()[0]
        twice += con.execute("SELECT COUNT(*) - COUNT(DISTINCT doc_id) FROM main.documents").fetchone()[0]
    return differing, twice


def _verdict(stored: dict, expected: int, differing: list[str], twice: int) -> dict:
    return {"lost": expected - min(stored["documents"], stored["files"]), "duplicated": twice,
            "differing": differing}


def resume_after_restart(folder: Path, out: Path, cluster, reference_db: Path, share: float = 0.3,
                         timeout: float = 1800) -> dict:
    """Kill the scheduler once ``share`` of the plans of ``folder`` is stored, resume, and count.

    ``reference_db`` holds an uninterrupted run of at least these plans."""
    plans = sum(1 for p in folder.iterdir() if p.is_file())
    db = out / "kehoach.db"
    cmd = _command(folder, out, cluster.address)
    cut = _interrupted_run(cmd, db, cluster, max(1, int(plans * share)), timeout)
    cluster.stop_workers()  # a worker leaves when its scheduler goes: the operator starts both again
    cluster.start_scheduler()
    cluster.start_workers()
    t = time.perf_counter()
    again = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
    seconds = time.perf_counter() - t
    from .bench_dask import _stored

    stored = _stored(db)
    return {"plans": plans, **cut, "resumed_exit_code": again.returncode, "resume_seconds": round(seconds, 1),
            **stored, **_verdict(stored, plans, *_compare_rows(db, reference_db))}


def describe(res: dict) -> str:
    """One line for the console."""
    ok = res["resumed_exit_code"] == 0 and not res["lost"] and not res["duplicated"] and not res["differing"]
    if res["exit_code"] != 2:  # a tiny run may finish before the kill lands: then nothing was resumed
        ok = False
    return (f"  scheduler killed after {res['stored_at_crash']} of {res['plans']} plans stored (client exit "
            f"{res['exit_code']}), resumed (exit {res['resumed_exit_code']}, {res['resume_seconds']} s): "
            f"{res['lost']} lost, {res['duplicated']} duplicated, tables differing from the uninterrupted run: "
            f"{', '.join(res['differing']) or 'none'} — {'ok' if ok else 'FAILED'}")
