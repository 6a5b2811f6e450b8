"""A batch on a real ``dask scheduler`` with ``dask worker`` processes: a scheduler crash mid-run
loses nothing, and the same command run again finishes the job without a duplicate row."""
import sqlite3
import subprocess
import time

import pytest
from conftest import kehoach_cmd

from pipeline.synth.generate import compose
from pipeline.synth.render import render

pytest.importorskip("dask.distributed", reason="dask.distributed is not installed")

from pipeline.bench_resume import _count  # noqa: E402
from pipeline.dask_cluster import LocalDaskCluster  # noqa: E402

PLANS = 20
TABLES = ["documents", "sections", "criteria", "deadlines", "budgets", "assignments", "targets", "legal_refs"]


def _rows(db) -> dict:
    """Rows per table and the (doc_id, item) keys seen more than once."""
    with sqlite3.connect(db) as con:
        out = {t: con.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in TABLES}
        out["repeated_keys"] = sum(con.execute(f"SELECT COUNT(*) FROM (SELECT doc_id, item FROM {t} "
                                               f"GROUP BY 1, 2 HAVING COUNT(*) > 1)").fetchone()[0]
                                   for t in TABLES if t != "documents")
        out["files"] = con.execute("SELECT COUNT(DISTINCT source) FROM files").fetchone()[0]
    return out


@pytest.fixture(scope="module")
def plans(tmp_path_factory):
    folder = tmp_path_factory.mktemp("plans")
    for i in range(PLANS):
        render(compose(i, seed=52), folder, ["txt", "docx"][i % 2])
    return folder


def test_a_scheduler_crash_mid_run_resumes_with_nothing_lost_or_doubled(plans, tmp_path):
    out = tmp_path / "out"
    db = out / "kehoach.db"
    cmd = [*kehoach_cmd(), "extract", str(plans), "--out", str(out), "--scheduler", None, "--format", ""]
    with LocalDaskCluster(workers=1) as cluster:
        cmd[cmd.index(None)] = cluster.address
        client = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        end = time.monotonic() + 120
        while _count(db, "SELECT COUNT(*) FROM documents") < 1 and client.poll() is None and time.monotonic() < end:
            time.sleep(0.02)
        cluster.kill_scheduler()  # mid-run: a plan is stored, others are in flight or not sent yet
        _, err = client.communicate(timeout=120)
        stored = _count(db, "SELECT COUNT(*) FROM documents")
        assert client.returncode == 2, err
        assert "scheduler" in err and "run the same command again" in err and "Traceback" not in err
        assert 1 <= stored < PLANS  # it was interrupted, and what was done is kept

        cluster.stop_workers()  # a worker leaves when its scheduler goes: the operator starts both again
        cluster.start_scheduler()
        cluster.start_workers()
        again = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    assert again.returncode == 0, again.stderr
    assert f"{PLANS - stored} processed, {stored} already stored" in again.stderr

    local = tmp_path / "local"
    res = subprocess.run([*kehoach_cmd(), "extract", str(plans), "--out", str(local), "--workers", "1",
                          "--format", ""], capture_output=True, text=True, timeout=300)
    assert res.returncode == 0, res.stderr
    resumed, whole = _rows(db), _rows(local / "kehoach.db")
    assert resumed["documents"] == resumed["files"] == PLANS
    assert resumed["repeated_keys"] == 0
    assert resumed == whole  # the interrupted run, resumed, holds exactly the rows of one uninterrupted run


def test_an_unreachable_scheduler_is_one_clear_line(plans, tmp_path):
    import os

    from pipeline.dask_cluster import _free_port

    res = subprocess.run([*kehoach_cmd(), "extract", str(plans), "--out", str(tmp_path / "o"),
                          "--scheduler", f"tcp://127.0.0.1:{_free_port()}", "--format", ""],
                         capture_output=True, text=True, timeout=120,
                         env={**os.environ, "KEHOACH_SCHEDULER_CONNECT_SECONDS": "3"})
    assert res.returncode == 2
    assert "cannot reach the Dask scheduler" in res.stderr and "Traceback" not in res.stderr


def test_small_plans_travel_in_groups_and_a_large_file_alone(tmp_path):
    from pipeline.batch_dask import _chunks

    sizes = {"a.txt": 10, "b.txt": 10, "scan.pdf": 900, "c.txt": 10, "d.txt": 10}
    for name, n in sizes.items():
        (tmp_path / name).write_bytes(b"x" * n)
    paths = [str(tmp_path / n) for n in sizes] + [str(tmp_path / "gone.txt")]  # a file gone since the listing
    groups = _chunks(paths, max_plans=3, max_bytes=1000)
    assert [[p.rsplit("/", 1)[1] for p in g] for g in groups] == [["a.txt", "b.txt", "scan.pdf"], ["c.txt", "d.txt", "gone.txt"]]
    groups = _chunks(paths, max_plans=3, max_bytes=500)
    assert [len(g) for g in groups] == [2, 1, 3] and groups[1][0].endswith("scan.pdf")  # alone
    assert sum(groups, []) == paths  # every plan once, in order
