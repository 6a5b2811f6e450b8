"""The legal references' optional ``year`` reaches every output: JSON, SQLite (old databases migrated), CSV, XLSX."""
import csv
import json
import sqlite3

from pipeline.batch import run_batch
from pipeline.run import extract_text
from pipeline.store import SQLiteStore, ddl

PLAN = ("KẾ HOẠCH\nXây dựng nông thôn mới xã Yên Cư năm 2024\n\n"
        "Thực hiện Quyết định 2650/QĐ-UBND năm 2023 của UBND tỉnh Bắc Kạn về việc giao chỉ tiêu;\n"
        "Căn cứ Quyết định số 318/QĐ-TTg ngày 08/3/2022 của Thủ tướng Chính phủ;\n")


def test_the_json_carries_the_year_and_a_null_date():
    out = json.loads(json.dumps(extract_text(PLAN).to_json(), ensure_ascii=False))
    refs = [(r["number"], r["date"], r["year"], r["issuer"]) for r in out["legal_refs"]]
    assert refs == [("2650/QĐ-UBND", None, 2023, "UBND tỉnh Bắc Kạn"), ("318/QĐ-TTg", "2022-03-08", 2022, "Thủ tướng Chính phủ")]


def test_the_database_and_the_exports_have_a_year_column(tmp_path):
    plans = tmp_path / "plans"
    plans.mkdir()
    (plans / "yen_cu.txt").write_text(PLAN, encoding="utf-8")
    out = tmp_path / "out"
    run_batch([plans], out, formats=["csv", "xlsx"], workers=1, progress=False)
    db = sqlite3.connect(out / "kehoach.db")
    assert "year" in [r[1] for r in db.execute("pragma table_info(legal_refs)")]
    assert db.execute("select number, date, year, issuer from legal_refs order by item").fetchall() == [
        ("2650/QĐ-UBND", None, 2023, "UBND tỉnh Bắc Kạn"), ("318/QĐ-TTg", "2022-03-08", 2022, "Thủ tướng Chính phủ")]
    db.close()
    with open(out / "csv" / "legal_refs.csv", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert [r["year"] for r in rows] == ["2023", "2022"]
    from openpyxl import load_workbook

    sheet = next(ws for ws in load_workbook(out / "kehoach.xlsx").worksheets
                 if "Năm ban hành" in [c.value for c in ws[1]])
    assert "Cơ quan ban hành" in [c.value for c in sheet[1]]


def test_a_database_from_before_the_year_gets_the_column_on_open(tmp_path):
    db = tmp_path / "old.db"
    con = sqlite3.connect(db)
    for stmt in ddl():
        con.execute(stmt)
    con.execute("alter table legal_refs drop column year")
    con.commit()
    con.close()
    store = SQLiteStore(db)
    assert "year" in [r[1] for r in store._execute("pragma table_info(legal_refs)").fetchall()]
