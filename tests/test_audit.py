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
