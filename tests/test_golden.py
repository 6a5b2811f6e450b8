"""The scorer (../shared/eval/score.py) on the real seeds and on generated plans of every format."""
import json
import shutil

import pytest
from conftest import GOLD, SEEDS, score

from pipeline.synth.generate import write_corpus


def test_real_seed_plans(shared, artifacts):
    m = score(GOLD, SEEDS)
    (artifacts / "score_seeds.json").write_text(json.dumps(m, ensure_ascii=False, indent=1))
    t = m["tables"]
    assert m["failed"] == 0 and m["grounded"] == 1.0
    assert m["field_accuracy"] >= 0.95
    assert t["legal_refs"]["f1"] >= 0.95
    assert t["criteria"]["f1"] >= 0.95 and t["criteria_summary"]["f1"] >= 0.95
    assert t["deadlines"]["f1"] >= 0.95 and t["budgets"]["f1"] >= 0.97
    assert t["assignments"]["f1"] >= 0.90
    assert t["findings"]["f1"] >= 0.95


def test_generated_plans_in_txt_docx_and_pdf(tmp_path, artifacts):
    write_corpus(tmp_path, n=18, seed=23, formats=["txt", "docx", "pdf"])
    m = score(tmp_path / "gold", tmp_path)
    (artifacts / "score_generated.json").write_text(json.dumps(m, ensure_ascii=False, indent=1))
    t = m["tables"]
    assert m["failed"] == 0 and m["grounded"] == 1.0 and m["field_accuracy"] >= 0.95
    for table, floor in [("criteria", 0.95), ("criteria_summary", 0.95), ("deadlines", 0.95), ("budgets", 0.97),
                         ("assignments", 0.9), ("legal_refs", 0.95), ("findings", 0.9)]:
        assert t[table]["f1"] >= floor, (table, t[table])


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract is not installed")
def test_generated_scans(tmp_path, artifacts):
    write_corpus(tmp_path, n=2, seed=31, formats=["scan"])
    m = score(tmp_path / "gold", tmp_path)
    (artifacts / "score_scans.json").write_text(json.dumps(m, ensure_ascii=False, indent=1))
    assert m["failed"] == 0 and m["grounded"] == 1.0
    assert m["field_accuracy"] >= 0.9
    assert m["tables"]["deadlines"]["f1"] >= 0.9 and m["tables"]["legal_refs"]["f1"] >= 0.9
