"""DOCX and text-PDF renderings give back the TXT text (after whitespace normalisation)."""
import re

import pytest

from pipeline.ingest import load_bytes
from pipeline.synth.generate import compose
from pipeline.synth.render import seed_plan, to_docx, to_pdf


def ws(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


@pytest.mark.parametrize("index", range(6))
def test_generated_plan_reads_the_same_in_every_format(index):
    plan = compose(index, seed=11)
    txt = ws(load_bytes(plan.text(markup=True).encode("utf-8"), "p.txt").text)
    assert txt == ws(plan.text())
    assert ws(load_bytes(to_docx(plan), "p.docx").text) == txt
    assert ws(load_bytes(to_pdf(plan), "p.pdf").text) == txt


def test_seed_plans_read_the_same_in_every_format(seed_texts):
    for name, text in seed_texts.items():
        plan = seed_plan(text, name)
        txt = ws(load_bytes(text.encode("utf-8"), f"{name}.txt").text)
        assert ws(load_bytes(to_docx(plan), "s.docx").text) == txt, name
        assert ws(load_bytes(to_pdf(plan), "s.pdf").text) == txt, name
