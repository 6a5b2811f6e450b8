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
    res = run_cli("bench", "--plans", "3", "--format", "txt,pdf", "--repeat", "2", "--json-out", out)
    assert res.returncode == 0, res.stderr
    rows = {r["format"]: r for r in json.loads(out.read_text())}
    assert set(rows) == {"txt", "pdf"}
    for fmt, row in rows.items():
        assert row["raw_seconds"] > 0 and row["raw_tool"] and row["repeat"] == 2
        for w in ("w1", "w2"):
            assert row[w]["processed"] == 3 and row[w]["failed"] == 0, (fmt, w)
            assert 0 < row[w]["rss_mb"] < 2000
            assert len(row[w]["rss_by_tenth_mb"]) == 10 and row[w]["all_processes_peak_mb"] >= max(row[w]["rss_by_tenth_mb"])
    assert rows["pdf"]["w1"]["pages"] >= 3
    assert "kehoach(1w) / raw time" in res.stdout


def test_rounds_alternate_with_the_raw_tool_and_start_up_is_paid_once(tmp_path):
    from pipeline.bench import run_bench

    rows = run_bench(plans=5, formats=["txt"], round_plans=2)
    row = rows[0]
    assert row["rounds"] == 3 and row["raw_seconds"] > 0
    for w in ("w1", "w2"):
        side = row[w]
        assert side["processed"] == 5 and side["failed"] == 0
        # one warm-up for the three rounds, counted in the total
        assert 0 < side["startup_seconds"] < side["seconds"]
        assert len(side["rss_by_tenth_mb"]) == 10 and max(side["rss_by_tenth_mb"]) > 0


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
