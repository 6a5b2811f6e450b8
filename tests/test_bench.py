"""``kehoach bench``: the same files through the raw tool and through kehoach, figures as JSON."""
import json
import shutil

import pytest
from conftest import run_cli

from pipeline.bench import _rounds


def test_rounds_split_the_files_into_folders_of_their_own(tmp_path):
    files = []
    for i in range(5):
        f = tmp_path / f"plan_{i}.pdf"
        f.write_bytes(b"%PDF")
        files.append(f)
    groups = _rounds(files, 2)
    assert [len(g) for g in groups] == [2, 2, 1]
    assert len({g[0].parent for g in groups}) == 3  # a batch reads a folder: one per round
    assert sorted(f.name for g in groups for f in g) == sorted(f.name for f in files)
    assert all(f.exists() for g in groups for f in g)
    assert _rounds(files[:2], 25) == [files[:2]]  # one round: nothing moves


def test_bench_measures_every_plan_with_each_worker_count(tmp_path):
    out = tmp_path / "bench.json"
    res = run_cli("bench", "--plans", "3", "--format", "txt,pdf", "--repeat", "2", "--no-fresh", "--json-out", out)
    assert res.returncode == 0, res.stderr
    rows = {r["format"]: r for r in json.loads(out.read_text())}
    assert set(rows) == {"txt", "pdf"}
    for fmt, row in rows.items():
        assert row["raw_seconds"] > 0 and row["raw_tool"] and row["repeat"] == 2
        for w in ("w1", "w2"):
            assert row[w]["processed"] == 3 and row[w]["failed"] == 0, (fmt, w)
            assert 0 < row[w]["rss_mb"] < 2000
            assert len(row[w]["rss_by_tenth_mb"]) == 10 and row[w]["all_processes_peak_mb"] >= max(m for m in row[w]["rss_by_tenth_mb"] if m)
    assert rows["pdf"]["w1"]["pages"] >= 3
    assert "kehoach(1w) / raw time" in res.stdout


def test_rounds_alternate_with_the_raw_tool_and_start_up_is_paid_once(tmp_path):
    from pipeline.bench import run_bench

    rows = run_bench(plans=5, formats=["txt"], round_plans=2, fresh=False)
    row = rows[0]
    assert row["rounds"] == 3 and row["raw_seconds"] > 0
    for w in ("w1", "w2"):
        side = row[w]
        assert side["processed"] == 5 and side["failed"] == 0
        # one warm-up for the three rounds, counted in the total
        assert 0 < side["startup_seconds"] < side["seconds"]
        assert len(side["rss_by_tenth_mb"]) == 10 and max(m or 0 for m in side["rss_by_tenth_mb"]) > 0


def test_bench_dask_runs_both_sides_on_the_same_plans_and_stores_each_once(tmp_path):
    import pytest

    pytest.importorskip("dask.distributed", reason="dask.distributed is not installed")
    out = tmp_path / "dask.json"
    res = run_cli("bench", "--dask", "--plans", "6", "--round-plans", "3", "--format", "txt+docx", "--json-out", out)
    assert res.returncode == 0, res.stderr
    (row,) = json.loads(out.read_text())
    assert row["format"] == "txt+docx" and row["rounds"] == 2
    assert row["local_plans_per_s"] > 0 and row["dask_plans_per_s"] > 0
    for side in ("local_stored", "dask_stored"):
        assert row[side] == {"documents": 6, "files": 6, "failures": 0}
    assert len(row["dask_rss_by_tenth_mb"]) == 10 and max(m or 0 for m in row["dask_rss_by_tenth_mb"]) > 0
    # the first round again, its scheduler killed mid-run and the run resumed: nothing lost or doubled
    resume = row["resume"]
    assert resume["plans"] == 3 and resume["resumed_exit_code"] == 0
    assert resume["lost"] == 0 and resume["duplicated"] == 0 and resume["differing"] == []


def test_fresh_figures_time_one_plan_and_the_batch_with_its_start_up(tmp_path):
    from pipeline.bench import generate
    from pipeline.bench_startup import describe, fresh_figures

    files = generate(tmp_path, "txt", 3)
    fig = fresh_figures("txt", tmp_path / "txt", files, tmp_path, (2,), repeat=1)
    assert fig["cold_start"]["seconds"] > 0
    imports = fig["cold_start"]["imports"]  # what one plan's start-up pays for, by library
    assert "typer" in imports
    assert not {"spacy", "underthesea", "vietnamadminunits", "pandas"} & set(imports)  # none needed for a TXT plan
    assert fig["small_batch_seconds"]["2"] > 0
    lines = describe({"format": "txt", "plans": 3, "fresh": fig, "w2": {"steady_plans_per_s": 10.0}})
    assert "cold start" in lines[0] and "steady state 10.0 plans/s" in lines[1]


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract is not installed")
def test_the_scan_bench_times_the_page_preparation_on_tesseracts_own_images(tmp_path):
    from pipeline.bench import _raw
    from pipeline.synth.plan import Para, Plan
    from pipeline.synth.render import to_pdf, to_scan

    plan = Plan("p", [Para("KẾ HOẠCH", bold=True, center=True), Para("Xây dựng nông thôn mới năm 2024.")])
    scan = tmp_path / "p.scan.pdf"
    scan.write_bytes(to_scan(to_pdf(plan)))
    raw = _raw("scan", [scan], tmp_path)
    assert raw.tool == "tesseract alone" and raw.seconds > 0
    assert 0 < raw.preparation_seconds


def test_the_resume_count_sees_a_plan_lost_a_row_doubled_and_a_table_short(tmp_path):
    import sqlite3

    from pipeline.bench_resume import TABLES, _compare_rows, _verdict

    def db(name, docs, rows):
        path = tmp_path / name
        with sqlite3.connect(path) as con:
            con.execute("CREATE TABLE documents (doc_id TEXT)")
            con.executemany("INSERT INTO documents VALUES (?)", [(d,) for d in docs])
            for t in TABLES[1:]:
                con.execute(f"CREATE TABLE {t} (doc_id TEXT, item INTEGER)")
            con.executemany("INSERT INTO criteria VALUES (?, ?)", rows)
        return path

    ref = db("ref.db", ["a", "b", "c"], [("a", 0), ("a", 1), ("b", 0), ("c", 0)])
    resumed = db("resumed.db", ["a", "b"], [("a", 0), ("a", 0), ("b", 0)])  # c lost, a's item 0 twice, a's item 1 gone
    differing, twice = _compare_rows(resumed, ref)
    assert (differing, twice) == (["criteria"], 1)
    assert _verdict({"documents": 2, "files": 2}, 3, differing, twice) == {"lost": 1, "duplicated": 1,
                                                                         "differing": ["criteria"]}
    same = db("same.db", ["a", "b", "c"], [("c", 0), ("a", 1), ("b", 0), ("a", 0)])
    assert _compare_rows(same, ref) == ([], 0)
