"""The command line: the contract's JSON, the text, batches that survive bad files."""
import json
import sqlite3

from conftest import run_cli

from pipeline.synth.generate import compose
from pipeline.synth.render import render

CONTRACT_KEYS = {"schema_version", "text", "document", "sections", "criteria", "criteria_summary", "deadlines",
                 "budgets", "assignments", "targets", "legal_refs", "findings"}


def test_extract_json_follows_the_contract(tmp_path):
    path = render(compose(1, seed=4), tmp_path, "docx")
    res = run_cli("extract", path, "--json")
    assert res.returncode == 0, res.stderr
    out = json.loads(res.stdout)
    assert set(out) == CONTRACT_KEYS and out["schema_version"] == "1"
    import hashlib

    assert out["document"]["doc_id"] == hashlib.sha256(path.read_bytes()).hexdigest()
    assert out["document"]["format"] == "docx" and out["document"]["ocr"] is False
    text = out["text"]
    for table in ("criteria", "deadlines", "budgets", "assignments", "legal_refs", "targets", "criteria_summary"):
        for item in out[table]:
            assert text[item["start"]:item["end"]] == item["raw"], (table, item)


def test_text_prints_the_text(tmp_path):
    path = render(compose(0, seed=4), tmp_path, "txt")
    res = run_cli("text", path)
    assert res.returncode == 0 and "KẾ HOẠCH" in res.stdout and "**" not in res.stdout


def test_batch_records_bad_files_and_goes_on_and_reruns_add_nothing(tmp_path):
    plans = tmp_path / "plans"
    for i, fmt in enumerate(["txt", "docx", "pdf"]):
        render(compose(i, seed=9), plans, fmt)
    (plans / "empty.txt").write_bytes(b"")
    (plans / "broken.docx").write_bytes(b"PK\x03\x04 not really")
    out = tmp_path / "out"
    res = run_cli("extract", plans, "--out", out, "--format", "csv,jsonl,xlsx,parquet", "--workers", "2")
    assert res.returncode == 1  # something failed, and the exit code says so
    db = sqlite3.connect(out / "kehoach.db")
    assert db.execute("select count(*) from documents").fetchone()[0] == 3
    failures = dict(db.execute("select source, reason from failures").fetchall())
    assert len(failures) == 2 and any("empty" in r for r in failures.values())
    counts = {t: db.execute(f"select count(*) from {t}").fetchone()[0] for t in ("deadlines", "budgets", "criteria")}
    db.close()
    assert (out / "csv" / "deadlines.csv").exists() and (out / "kehoach.xlsx").exists()
    assert (out / "parquet" / "budgets.parquet").exists() and (out / "jsonl" / "criteria.jsonl").exists()
    again = run_cli("extract", plans, "--out", out, "--workers", "1")
    assert again.returncode == 1
    db = sqlite3.connect(out / "kehoach.db")
    assert {t: db.execute(f"select count(*) from {t}").fetchone()[0] for t in counts} == counts
    assert db.execute("select count(*) from documents").fetchone()[0] == 3


def test_a_plan_over_the_time_limit_is_one_failure_and_the_batch_goes_on(tmp_path):
    plans = tmp_path / "plans"
    render(compose(0, seed=5), plans, "scan")  # OCR of a page takes more than a second
    render(compose(1, seed=5), plans, "txt")
    res = run_cli("extract", plans, "--out", tmp_path / "out", "--workers", "1", "--time-limit", "1")
    assert res.returncode == 1, res.stderr
    con = sqlite3.connect(tmp_path / "out" / "kehoach.db")
    failures = con.execute("select source, stage, reason from failures").fetchall()
    assert len(failures) == 1 and failures[0][0].endswith(".pdf") and "time limit of 1 s" in failures[0][2]
    assert con.execute("select count(*) from documents").fetchone()[0] == 1  # the text plan went on
