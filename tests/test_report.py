"""The review page, in a real headless browser (Debian's chromium): it loads without errors,
every item has its highlight, a click on each finding scrolls to its span; a screenshot is kept."""
import json
import re
import shutil
import subprocess
import tempfile

import pytest

from pipeline.report import render_html, write_reports
from pipeline.run import extract_text
from pipeline.synth.generate import compose

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-dev-shm-usage", "--hide-scrollbars"]

PLAN = compose(4, seed=2) .text() + """
III. KINH PHÍ
B. Nguồn vốn
- Vốn ngân sách tỉnh, huyện hỗ trợ 2 tỷ
- Nguồn vốn ngân sách xã từ đấu giá đất là 8 tỷ.
- Nguồn vốn nhân dân đóng góp 0,5 tỷ
(Tổng nguồn vốn dự kiến huy động được là 10,3 tỷ)
"""


def test_page_is_self_contained_and_marks_every_item():
    r = extract_text(PLAN)
    page = render_html(r)
    assert "http://" not in page and "https://" not in page  # no network, no CDN
    n = sum(len(v) for v in r.tables.values())
    assert n > 50 and all(f'id="item-{i}"' in page for i in range(n))
    assert any(f.check == "sum_mismatch" for f in r.findings)


def _chromium(args, timeout=120):
    with tempfile.TemporaryDirectory() as profile:
        return subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={profile}", *args],
                              capture_output=True, text=True, timeout=timeout)


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (apt-get install chromium)")
def test_review_page_in_a_headless_browser(tmp_path, artifacts):
    src = tmp_path / "plan.txt"
    src.write_text(PLAN, encoding="utf-8")
    (page,) = write_reports([src], tmp_path / "report")
    assert (tmp_path / "report" / "index.html").exists()
    url = page.resolve().as_uri() + "?selftest=1"
    res = _chromium(["--enable-logging=stderr", "--v=0", "--virtual-time-budget=15000", "--dump-dom", url])
    m = re.search(r'id="selftest" data-result="([^"]*)"', res.stdout)
    assert m, f"the page did not finish its self-test: {res.stderr[-1500:]}"
    result = json.loads(m.group(1).replace("&quot;", '"').replace("&amp;", "&"))
    assert result["errors"] == []
    assert "Uncaught" not in res.stderr
    assert result["items"] > 50 and result["missing"] == []
    assert result["findings"] >= 1 and all(j["spans"] >= 1 and j["visible"] for j in result["jumps"])
    shot = artifacts / "report.png"
    _chromium(["--window-size=1400,1000", "--virtual-time-budget=5000", f"--screenshot={shot}", page.resolve().as_uri()])
    assert shot.exists() and shot.stat().st_size > 10_000


def test_review_pages_from_the_store_equal_the_pages_of_a_fresh_extraction(tmp_path, monkeypatch):
    """`kehoach report --db` rebuilds every record from the tables: the same page, and no plan is read again."""
    from pipeline.batch import run_batch
    from pipeline.report import write_reports_from_store
    from pipeline.store import SQLiteStore

    src = tmp_path / "plans" / "plan.txt"
    src.parent.mkdir()
    src.write_text(PLAN, encoding="utf-8")
    run_batch([src.parent], tmp_path / "out", progress=False, workers=1)
    fresh = render_html(extract_text(PLAN, source=str(src)))

    import pipeline.run

    def no_extraction(*a, **k):
        raise AssertionError("the store holds everything: nothing is extracted again")

    monkeypatch.setattr(pipeline.run, "process", no_extraction)
    (page,) = write_reports_from_store(SQLiteStore(tmp_path / "out" / "kehoach.db"), tmp_path / "report")
    stored = page.read_text(encoding="utf-8")
    strip = lambda h: re.sub(r'"doc_id": "[0-9a-f]+"|"seconds": [0-9.]+', "", h)  # noqa: E731
    assert strip(stored) == strip(fresh)
