"""A new kind of fact is one module and one data file: nothing else changes.

The toy kind below lives outside the source tree; ``KEHOACH_FACTS`` names it,
and its rows reach the JSON, the database, the CSV and XLSX exports and the
review page with no other file touched.
"""
from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import textwrap

import pytest

TOY_MODULE = '''
"""Land areas: "diện tích 12,5 ha"."""
import re
from dataclasses import dataclass

from extractors import Document, Span, fact


@dataclass(kw_only=True)
class LandArea(Span):
    hectares: float
    use: str = ""


@fact("land_area", LandArea, order=65)
def extract(doc: Document) -> list[LandArea]:
    out = []
    for m in re.finditer(r"(\\d+(?:,\\d+)?)\\s*ha\\b", doc.text):
        out.append(LandArea(raw=m.group(0), start=m.start(), end=m.end(),
                            hectares=float(m.group(1).replace(",", "."))))
    return out
'''

TOY_DATA = """
table:
  label: Diện tích đất
  colour: "#d4f0c0"
  headers: {hectares: Diện tích (ha), use: Mục đích sử dụng}
"""

PLAN = """ỦY BAN NHÂN DÂN XÃ HƯNG ĐẠO
KẾ HOẠCH
Xây dựng nông thôn mới năm 2025
1. Quy hoạch khu dân cư mới với diện tích 12,5 ha tại thôn Đông.
2. Mở rộng sân vận động thêm 3 ha trước ngày 30/9/2025.
"""


@pytest.fixture
def toy(tmp_path):
    folder = tmp_path / "plugins"
    folder.mkdir()
    (folder / "land_area.py").write_text(textwrap.dedent(TOY_MODULE), encoding="utf-8")
    (folder / "land_area.yaml").write_text(TOY_DATA, encoding="utf-8")
    plan = tmp_path / "plans" / "ke_hoach.txt"
    plan.parent.mkdir()
    plan.write_text(PLAN, encoding="utf-8")
    env = dict(os.environ, KEHOACH_FACTS=str(folder / "land_area.py"))
    return plan, env


def _kehoach(env, *args):
    return subprocess.run([sys.executable, "-m", "pipeline.cli", *args], env=env, capture_output=True, text=True,
                          timeout=300)


def test_a_toy_kind_outside_the_tree_reaches_json_database_exports_and_review_page(toy, tmp_path):
    plan, env = toy
    js = _kehoach(env, "extract", str(plan), "--json")
    assert js.returncode == 0, js.stderr
    rows = json.loads(js.stdout)["land_area"]
    assert [r["hectares"] for r in rows] == [12.5, 3.0]
    text = json.loads(js.stdout)["text"]
    assert [text[r["start"]:r["end"]] for r in rows] == ["12,5 ha", "3 ha"]

    out = tmp_path / "out"
    batch = _kehoach(env, "extract", str(plan.parent), "--out", str(out), "--format", "csv,xlsx")
    assert batch.returncode == 0, batch.stderr
    db = sqlite3.connect(out / "kehoach.db")
    assert db.execute("select hectares, raw from land_area order by item").fetchall() == [(12.5, "12,5 ha"),
                                                                                         (3.0, "3 ha")]
    csv = (out / "csv" / "land_area.csv").read_text(encoding="utf-8")
    assert csv.splitlines()[0].split(",")[:4] == ["doc_id", "item", "source", "hectares"]

    from openpyxl import load_workbook

    sheet = load_workbook(out / "kehoach.xlsx")["land_area"]
    assert "Diện tích (ha)" in [c.value for c in sheet[1]]

    report = _kehoach(env, "report", str(plan.parent), "--out", str(tmp_path / "report"))
    assert report.returncode == 0, report.stderr
    page = next((tmp_path / "report").glob("*ke_hoach.html")).read_text(encoding="utf-8")
    assert "Diện tích đất" in page and ".t-land_area{background:#d4f0c0}" in page


def test_without_the_plugin_the_toy_table_does_not_exist(toy):
    plan, env = toy
    env = {k: v for k, v in env.items() if k != "KEHOACH_FACTS"}
    js = _kehoach(env, "extract", str(plan), "--json")
    assert js.returncode == 0, js.stderr
    assert "land_area" not in json.loads(js.stdout)


def test_a_kind_whose_data_file_lacks_a_header_is_refused_with_the_file_and_field(tmp_path):
    from extractors import Span
    from extractors.registry import FactKind, register
    from extractors.vocab import DataError

    class Area(Span):
        hectares: float

    data = tmp_path / "area.yaml"
    data.write_text('table: {label: Diện tích, colour: "#ffffff", headers: {}}\n', encoding="utf-8")
    from dataclasses import dataclass

    Area = dataclass(kw_only=True)(Area)
    with pytest.raises(DataError, match="area.yaml: table: headers: no Vietnamese header for hectares"):
        register(FactKind("area", Area, lambda doc: [], data))
