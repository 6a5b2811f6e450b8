"""No sentence of the development plans is in the project (issue 14, provenance).

The three real plans in ``../shared/corpus/seeds`` are for scoring only: tests, data, the
generator and the docs use sentences of our own. This test looks for any run of 20 words of
a seed plan in a tracked file. Shorter runs do occur and are the genre's stock formulae
("với các nội dung cụ thể như sau: I. Mục đích, yêu cầu", a citation of Quyết định
558/QĐ-TTg with its date), which every plan of the programme writes.
"""
from __future__ import annotations

import re
import subprocess
import unicodedata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "corpus" / "seeds"
RUN = 20
TEXT_FILES = (".py", ".yaml", ".md", ".txt", ".json", ".toml", ".ipynb", ".csv", ".html")


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", unicodedata.normalize("NFC", text).lower())


def _runs(words: list[str]) -> set[str]:
    return {" ".join(words[i:i + RUN]) for i in range(len(words) - RUN + 1)}


def _tracked() -> list[Path]:
    out = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    return [ROOT / p for p in out.split() if p.endswith(TEXT_FILES)]


def test_runs_are_found_in_a_copied_sentence():
    seed = _words("Ủy ban nhân dân xã Đông Hưng giao Ban quản lý xây dựng nông thôn mới chủ trì phối hợp "
                  "với các ngành đoàn thể rà soát toàn bộ các tiêu chí trong quý hai")
    assert _runs(seed) & _runs(_words("Trích: " + " ".join(seed) + " (hết)"))


@pytest.mark.skipif(not SEEDS.is_dir(), reason="the development plans (../shared/corpus/seeds) are not on this machine")
def test_no_run_of_twenty_words_of_a_seed_plan_is_in_the_project():
    seeds = set()
    for f in SEEDS.iterdir():
        seeds |= _runs(_words(f.read_text("utf-8", errors="replace")))
    copied = {}
    for path in _tracked():
        try:
            runs = _runs(_words(path.read_text("utf-8")))
        except (UnicodeDecodeError, OSError):
            continue
        if runs & seeds:
            copied[str(path.relative_to(ROOT))] = sorted(runs & seeds)[0]
    assert not copied, f"words copied from a development plan: {copied}"
