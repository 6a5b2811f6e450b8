"""Archive scale: idempotent, resumable loads into SQLite and PostgreSQL; Dask equals local."""
import glob
import os
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from pipeline.batch import run_batch
from pipeline.store import SCHEMA_VERSION, SQLiteStore, ddl, open_store
from pipeline.synth.generate import compose
from pipeline.synth.render import render

TABLES = ["documents", "sections", "criteria", "criteria_summary", "deadlines", "budgets", "assignments",
          "targets", "legal_refs", "findings"]


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    folder = tmp_path_factory.mktemp("archive")
    for i in range(12):
        render(compose(i, seed=41), folder, ["txt", "docx", "pdf"][i % 3])
    return folder


def counts(store) -> dict:
    return {t: store.count(t) for t in TABLES}


def test_loading_twice_adds_nothing_and_a_changed_file_replaces_its_rows(archive, tmp_path):
    out = tmp_path / "out"
    s1 = run_batch([archive], out, workers=2, progress=False)
    store = SQLiteStore(out / "kehoach.db")
    first = counts(store)
    assert s1.processed == 12 and first["documents"] == 12
    s2 = run_batch([archive], out, workers=2, progress=False)
    assert s2.processed == 0 and s2.skipped == 12 and counts(store) == first
    changed = sorted(archive.glob("*.txt"))[0]
    old_id = store._execute("select doc_id from files where source = ?", (str(changed),)).fetchone()[0]
    changed.write_text(changed.read_text(encoding="utf-8") + "\n- Hoàn thành trước ngày 30/11/2023.\n", encoding="utf-8")
    run_batch([archive], out, workers=1, progress=False)
    assert store.count("documents") == 12
    assert store._execute("select count(*) from deadlines where doc_id = ?", (old_id,)).fetchone()[0] == 0


def test_new_rules_read_every_file_again_and_replace_its_rows(archive, tmp_path, monkeypatch):
    """After an upgrade of the rules (pipeline/version.py) a re-run gives the new reading, without duplicates;
    the same rules again skip every file."""
    import pipeline.batch as batch

    out = tmp_path / "out"
    run_batch([archive], out, workers=1, progress=False)
    store = SQLiteStore(out / "kehoach.db")
    first = counts(store)
    monkeypatch.setattr(batch, "extraction_version", lambda: "0.1.0+newrules0000")
    again = run_batch([archive], out, workers=1, progress=False)
    assert again.processed == 12 and again.skipped == 0 and counts(store) == first
    versions = {v for (v,) in store._execute("select distinct kehoach_version from documents").fetchall()}
    assert versions == {"0.1.0+newrules0000"}
    assert run_batch([archive], out, workers=1, progress=False).skipped == 12


def test_one_worker_pool_serves_batch_after_batch(archive, tmp_path):
    from pipeline.batch import WorkerPool

    txt, docx = tmp_path / "txt", tmp_path / "docx"
    for folder, suffix in ((txt, "*.txt"), (docx, "*.docx")):
        folder.mkdir()
        for f in archive.glob(suffix):
            shutil.copy(f, folder / f.name)
    out = tmp_path / "out"
    with WorkerPool(2) as pool:
        first = run_batch([txt], out, pool=pool, progress=False)
        workers = set(pool._processes)  # the same worker processes take the second batch
        second = run_batch([docx], out, pool=pool, progress=False)
        assert set(pool._processes) == workers
    assert first.processed == second.processed == 4
    assert SQLiteStore(out / "kehoach.db").count("documents") == 8


def test_an_older_database_is_migrated_to_every_column_and_table_of_the_registry(tmp_path):
    db = tmp_path / "old.db"
    con = sqlite3.connect(db)
    for stmt in ddl():
        con.execute(stmt)
    con.execute("alter table documents drop column ocr_confidence")  # a version-1 database had neither
    con.execute("alter table documents drop column text_chars")
    con.execute("alter table documents drop column ocr_pages_to_check")
    con.execute("drop table targets")
    con.execute("insert into kehoach_meta values ('schema_version', '1')")
    con.commit()
    con.close()
    store = SQLiteStore(db)
    cols = [r[1] for r in store._execute("pragma table_info(documents)").fetchall()]
    assert "ocr_confidence" in cols and "text_chars" in cols
    assert store.count("targets") == 0
    assert "ocr_pages_to_check" in cols
    assert store._version() == SCHEMA_VERSION


def test_kill_minus_9_in_the_middle_then_a_rerun_completes(archive, tmp_path):
    out = tmp_path / "out"
    cmd = [sys.executable, "-m", "pipeline.cli", "extract", str(archive), "--out", str(out), "--workers", "1"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    db = out / "kehoach.db"
    deadline = time.time() + 120
    while time.time() < deadline:
        if db.exists():
            try:
                n = sqlite3.connect(db, timeout=1).execute("select count(*) from documents").fetchone()[0]
            except sqlite3.Error:
                n = 0
            if n >= 3:
                break
        time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    partial = sqlite3.connect(db).execute("select count(*) from documents").fetchone()[0]
    assert 3 <= partial < 12
    s = run_batch([archive], out, workers=2, progress=False)
    store = SQLiteStore(db)
    assert store.count("documents") == 12 and s.skipped >= partial
    clean = tmp_path / "clean"
    run_batch([archive], clean, workers=2, progress=False)
    assert counts(store) == counts(SQLiteStore(clean / "kehoach.db"))


# ------------------------------------------------------------------ PostgreSQL
def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def postgres_url():
    """A throwaway PostgreSQL cluster from Debian's postgresql package, on a unix socket and a free port."""
    pytest.importorskip("psycopg", reason="psycopg is not installed")
    bins = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if not bins:
        pytest.skip("no PostgreSQL server here (apt-get install postgresql)")
    bindir = Path(bins[-1]).parent
    root = tempfile.mkdtemp(prefix="kehoach-pg-")
    os.chmod(root, 0o777)
    data, sock = os.path.join(root, "data"), os.path.join(root, "sock")
    os.makedirs(sock)
    os.chmod(sock, 0o777)
    prefix = []
    if os.geteuid() == 0:  # the server refuses to run as root
        if shutil.which("runuser") is None:
            pytest.skip("running as root without runuser: cannot start PostgreSQL")
        prefix = ["runuser", "-u", "postgres", "--"]
    port = _free_port()
    try:
        subprocess.run(prefix + [str(bindir / "initdb"), "-D", data, "-A", "trust", "-U", "postgres"],
                       check=True, capture_output=True, timeout=120)
        subprocess.run(prefix + [str(bindir / "pg_ctl"), "-D", data, "-w", "-l", os.path.join(root, "log"), "-o",
                                 f"-p {port} -k {sock} -c listen_addresses=''", "start"],
                       check=True, capture_output=True, timeout=120)
    except (subprocess.SubprocessError, OSError) as exc:
        pytest.skip(f"PostgreSQL could not start here: {exc}")
    import psycopg

    with psycopg.connect(f"postgresql://postgres@/postgres?host={sock}&port={port}", autocommit=True) as c:
        c.execute("create database kehoach")
    yield f"postgresql://postgres@/kehoach?host={sock}&port={port}"
    subprocess.run(prefix + [str(bindir / "pg_ctl"), "-D", data, "-m", "immediate", "stop"], capture_output=True)
    shutil.rmtree(root, ignore_errors=True)


def test_postgres_twice_and_two_loaders_at_once(archive, tmp_path, postgres_url):
    import psycopg

    with psycopg.connect(postgres_url, autocommit=True) as c:
        c.execute("drop schema public cascade; create schema public")
    cmd = [sys.executable, "-m", "pipeline.cli", "extract", str(archive), "--out", str(tmp_path / "o{}"),
           "--db", postgres_url, "--workers", "1"]
    procs = [subprocess.Popen([a.format(i) for a in cmd], stdout=subprocess.PIPE, stderr=subprocess.PIPE) for i in (1, 2)]
    for p in procs:
        _, err = p.communicate(timeout=600)
        assert p.returncode == 0, err[-2000:]
    store = open_store(postgres_url)
    first = counts(store)
    assert first["documents"] == 12
    dup = store._execute("select count(*) from (select doc_id, item from deadlines group by 1, 2 having count(*) > 1) x").fetchone()[0]
    assert dup == 0
    run_batch([archive], tmp_path / "o3", db_url=postgres_url, workers=2, progress=False)
    assert counts(store) == first  # loading the same archive again adds 0 rows
    local = tmp_path / "local"
    run_batch([archive], local, workers=2, progress=False)
    assert counts(SQLiteStore(local / "kehoach.db")) == first


# ------------------------------------------------------------------ Dask
def test_dask_cluster_gives_the_local_result(archive, tmp_path):
    distributed = pytest.importorskip("dask.distributed", reason="dask.distributed is not installed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        run_batch([archive], tmp_path / "dask", scheduler=cluster.scheduler_address, progress=False)
    run_batch([archive], tmp_path / "local", workers=2, progress=False)
    a, b = SQLiteStore(tmp_path / "dask" / "kehoach.db"), SQLiteStore(tmp_path / "local" / "kehoach.db")
    for t in TABLES:
        da, db_ = a.read_table(t), b.read_table(t)
        for col in ("seconds",):
            if col in da:
                da, db_ = da.drop(columns=[col]), db_.drop(columns=[col])
        assert da.equals(db_), t
