"""`kehoach audit`: findings of every plan, and across the plans of one commune over the years."""
import json

import pandas as pd
from conftest import run_cli

PLAN = """ỦY BAN NHÂN DÂN
XÃ TÂN LINH

KẾ HOẠCH
Xây dựng xã Tân Linh đạt chuẩn nông thôn mới năm {year}

Thực hiện Kế hoạch số 47/KH-UBND ngày 07/02/{year} của UBND huyện Đại Từ, tỉnh Thái Nguyên;

II. THỰC TRẠNG
Xã đã đạt {count}/19 tiêu chí.
1. Các tiêu chí đã đạt gồm: {done}.
2. Các tiêu chí chưa đạt gồm: {todo}.
"""


def test_audit_across_years_flags_a_criterion_lost_and_a_count_going_back(tmp_path):
    plans = tmp_path / "plans"
    plans.mkdir()
    (plans / "2022.txt").write_text(PLAN.format(year=2022, count=15, done="Tiêu chí Điện (TC4); Tiêu chí Y tế (TC15)",
                                                todo="Tiêu chí Giao thông (TC2)"), encoding="utf-8")
    (plans / "2023.txt").write_text(PLAN.format(year=2023, count=14, done="Tiêu chí Y tế (TC15)",
                                                todo="Tiêu chí Điện (TC4); Tiêu chí Giao thông (TC2)"), encoding="utf-8")
    out = tmp_path / "audit"
    res = run_cli("audit", plans, "--out", out)
    assert res.returncode == 0, res.stderr
    f = pd.read_csv(out / "findings.csv")
    across = f[f["source"] == "(across plans)"]
    assert sorted(across["check"]) == ["count_regression", "status_regression"]
    lost = across[across["check"] == "status_regression"].iloc[0]
    assert "Tiêu chí số 4" in lost["message"] and "2022" in lost["message"] and "2023" in lost["message"]
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert summary["plans"] == 2 and summary["by_check"]["status_regression/warning"] == 1


def test_audit_reads_the_database_of_one_run_and_extracts_nothing_again(tmp_path, monkeypatch):
    plans = tmp_path / "plans"
    plans.mkdir()
    (plans / "2022.txt").write_text(PLAN.format(year=2022, count=15, done="Tiêu chí Điện (TC4); Tiêu chí Y tế (TC15)",
                                                todo="Tiêu chí Giao thông (TC2)"), encoding="utf-8")
    (plans / "2023.txt").write_text(PLAN.format(year=2023, count=14, done="Tiêu chí Y tế (TC15)",
                                                todo="Tiêu chí Điện (TC4); Tiêu chí Giao thông (TC2)"), encoding="utf-8")
    run = tmp_path / "run"
    assert run_cli("extract", plans, "--out", run, "--workers", "1").returncode == 0
    import pipeline.run
    from pipeline.audit import run_audit

    def no_extraction(*a, **k):
        raise AssertionError("the audit of a database must not extract again")

    monkeypatch.setattr(pipeline.run, "extract_file", no_extraction)
    summary = run_audit([run / "kehoach.db"], tmp_path / "audit")
    assert summary["plans"] == 2 and summary["by_check"]["status_regression/warning"] == 1
    f = pd.read_csv(tmp_path / "audit" / "findings.csv")
    lost = f[f["check"] == "status_regression"].iloc[0]
    assert "Tiêu chí số 4" in lost["message"] and json.loads(lost["docs"])[0] != json.loads(lost["docs"])[1]


def test_history_takes_typed_plans():
    from extractors.checks import AchievedCount, CriterionState, PlanHistory, history_checks

    a = PlanHistory("d1", "2022.txt", "name:x", 2022, [CriterionState(4, "dat", 10, 14)], [AchievedCount(15, 0, 5)])
    b = PlanHistory("d2", "2023.txt", "name:x", 2023, [CriterionState(4, "chua_dat", 20, 24)], [AchievedCount(15, 0, 5)])
    (f,) = history_checks([a, b])
    assert (f.check, f.docs, f.spans) == ("status_regression", ["d1", "d2"], [["d1", 10, 14], ["d2", 20, 24]])
