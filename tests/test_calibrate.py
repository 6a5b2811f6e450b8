"""Calibration: generated plans with every trap stay clean, and every injected error is found."""
from pipeline.calibrate import calibrate
from pipeline.synth.generate import Composer
from pipeline.synth.part_errors import INJECTED


def test_every_injected_kind_is_found_and_clean_plans_have_no_error():
    cal = calibrate(n=36, seed=5)
    assert cal.clean_plans == 36 and cal.clean_errors == 0, cal.false
    assert {k for k in INJECTED} <= set(cal.kinds)
    for kind in INJECTED:
        s = cal.kinds[kind]
        assert s.injected == 6 and s.recall == 1.0, (kind, cal.misses)
        assert s.precision == 1.0, (kind, cal.false)


def test_a_calibration_plan_carries_exactly_one_gold_finding_of_its_kind():
    for i, kind in enumerate(INJECTED):
        plan = Composer(3 * i, 2, inject=kind).compose()
        assert [f["check"] for f in plan.gold["findings"]] == [kind]
    assert Composer(0, 2, inject="clean").compose().gold["findings"] == []


def test_synth_plans_are_not_calibration_plans():
    text = Composer(0, 2).compose().text()
    assert "HUY ĐỘNG VÀ CÂN ĐỐI NGUỒN LỰC" not in text


def test_the_calibrate_command_prints_the_table_and_fails_on_a_miss(tmp_path):
    import json

    from conftest import run_cli

    res = run_cli("calibrate", "-n", "6", "--json-out", tmp_path / "cal.json")
    assert res.returncode == 0, res.stdout + res.stderr
    assert "clean plans 6: error findings 0" in res.stdout
    assert json.loads((tmp_path / "cal.json").read_text())["clean_errors"] == 0
