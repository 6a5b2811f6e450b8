"""Hostile input (issue 17): what an attacker's or an unlucky archive's files must not break.

Every case ends in a correct result or one clear failures row; a batch over all
of them completes with no traceback, no process left behind and under 1 GB per
process. Worker deaths and the linear-time rule are in test_faults.py.
"""
import io
import os
import re
import sqlite3
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from builders import encrypted_pdf, pdf_claiming_pages
from conftest import kehoach_cmd, run_cli
from hostile_files import PLAN, blank_pdf, blank_scan_pdf, hostile_folder, legacy_tcvn3, long_plan, processes_tagged

from pipeline.errors import IngestError, LimitExceeded
from pipeline.ingest import load_bytes, read_file_bytes
from pipeline.ingest.detect import sniff

GB = 1024 ** 3
# what no reason a clerk reads may look like: library internals, a Python type, an empty tail
UNCLEAR = re.compile(r"PDFium|Traceback|_Timeout|object at 0x|\w+Error\b|: ?$|internal error")


def isolated(code: str, timeout: float = 60, memory: int = GB) -> subprocess.CompletedProcess:
    """Run ``code`` in a fresh Python under an address-space limit (a regression must not take the
    machine down with it) and a timeout (nor hang the suite)."""
    pre = f"import resource; resource.setrlimit(resource.RLIMIT_AS, ({memory}, {memory}))\n"
    return subprocess.run([sys.executable, "-c", pre + code], capture_output=True, text=True, timeout=timeout,
                          cwd=Path(__file__).parent)


# ------------------------------------------------------------------ 1. devices and pipes
@pytest.mark.parametrize("target,kind", [("/dev/zero", "character device"), ("/dev/urandom", "character device")])
def test_a_link_to_a_device_is_refused_before_a_byte_is_read(tmp_path, target, kind):
    link = tmp_path / "plan.txt"
    link.symlink_to(target)
    res = isolated(f"from pipeline.ingest import load\ntry:\n load({str(link)!r})\nexcept Exception as e: print(e)")
    assert f"is a {kind}, not a regular file" in res.stdout, res.stderr[-500:]


def test_a_fifo_is_refused_and_never_waited_on(tmp_path):
    fifo = tmp_path / "plan.txt"
    os.mkfifo(fifo)
    res = isolated(f"from pipeline.ingest import read_file_bytes\ntry:\n read_file_bytes({str(fifo)!r})\n"
                   f"except Exception as e: print(e)", timeout=30)
    assert "named pipe (FIFO), not a regular file" in res.stdout


def test_a_folder_and_a_dangling_link_are_refused_clearly(tmp_path):
    with pytest.raises(IngestError, match="folder, not a regular file"):
        read_file_bytes(tmp_path)
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nowhere")
    with pytest.raises(IngestError, match="not found"):
        read_file_bytes(tmp_path / "gone.txt")


# ------------------------------------------------------------------ 2. one time limit for every way of running
def test_extract_json_obeys_the_time_limit(tmp_path):
    res = run_cli("extract", long_plan(tmp_path), "--json", "--time-limit", "1", timeout=120)
    assert res.returncode == 2 and res.stdout == ""
    assert "took longer than the time limit of 1 s per plan" in res.stderr and "Traceback" not in res.stderr


def test_extract_json_obeys_kehoach_plan_seconds(tmp_path):
    res = run_cli("extract", long_plan(tmp_path), "--json", timeout=120, env={**os.environ, "KEHOACH_PLAN_SECONDS": "1"})
    assert res.returncode == 2 and "time limit of 1 s per plan" in res.stderr


def test_the_time_limit_cannot_be_swallowed_and_names_its_step():
    from extractors.engine import _guarded
    from extractors.model import Document
    from pipeline.errors import TimeLimitExceeded
    from pipeline.timeout import plan_time_limit

    def careless_extractor(doc):
        try:
            time.sleep(5)
        except Exception:  # an extractor's blanket except must not eat the time limit
            return []

    with pytest.raises(TimeLimitExceeded) as err:
        with plan_time_limit(0.2) as clock:
            clock.stage = "extract"
            _guarded("deadlines", careless_extractor, Document.from_text("x", source="a.txt"))
    assert err.value.stage == "extract"
    assert err.value.reason == "took longer than the time limit of 0.2 s per plan (in the deadlines step)"


# ------------------------------------------------------------------ 4. legacy text: limits before the slow step
def test_a_legacy_text_over_the_character_limit_is_refused_before_decoding(monkeypatch):
    import pipeline.ingest.encoding as encoding
    import pipeline.ingest.read_text as read_text
    from pipeline.limits import Limits

    def too_late(text):
        raise AssertionError("the legacy conversion ran before the character limit was checked")

    monkeypatch.setattr(encoding, "fix_legacy_text", too_late)
    monkeypatch.setattr(read_text, "LIMITS", Limits(max_text_chars=1_000_000))
    with pytest.raises(LimitExceeded, match="more than the limit of 1,000,000"):
        load_bytes(legacy_tcvn3(1_500_000), "old.txt")


def test_a_legacy_text_under_the_limit_is_still_converted():
    doc = load_bytes(legacy_tcvn3(2_000), "old.txt")
    assert doc.text.startswith("Kế hoạch xây dựng nông thôn mới") and doc.encoding == "tcvn3"


# ------------------------------------------------------------------ 5. the format from the whole evidence
def test_text_then_megabytes_of_nul_is_refused_with_what_it_is():
    with pytest.raises(IngestError, match=r"2,000,000 of its .* bytes are NUL"):
        load_bytes(PLAN.encode() * 40 + b"\0" * 2_000_000, "padded.txt")


def test_a_text_mentioning_pdf_near_its_top_is_text():
    data = ("Ghi chú: bản gốc %PDF-1.7 đã mất.\n" + PLAN).encode()
    assert sniff(data) == "txt"
    assert load_bytes(data, "note.txt").text.startswith("Ghi chú")
    assert sniff(b"junk\n" + encrypted_pdf()) == "pdf"  # junk before a real PDF's header is still allowed


@pytest.mark.parametrize("enc", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_is_read_and_named(enc):
    doc = load_bytes(PLAN.encode(enc), "u16.txt")
    assert doc.text.startswith("ỦY BAN NHÂN DÂN") and doc.encoding == f"{enc} (no BOM)"


def test_a_one_byte_file_is_not_an_empty_plan():
    for data in (b"\xff", b"a", b"7"):
        with pytest.raises(IngestError, match="almost no text|binary"):
            load_bytes(data, "one.txt")


def test_no_control_character_reaches_the_text():
    doc = load_bytes(("Kế hoạch\x07 xây\x00 dựng\x1b nông thôn mới\n" + PLAN * 3).encode(), "bell.txt")  # 3 in 1,000
    assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", doc.text)
    assert doc.text.startswith("Kế hoạch xây dựng nông thôn mới")


# ------------------------------------------------------------------ 9. clear reasons
def test_an_empty_page_tree_says_so_even_after_an_encrypted_pdf():
    for data, reason in [(pdf_claiming_pages(0), "the PDF has no pages"), (encrypted_pdf(), "encrypted PDF"),
                         (pdf_claiming_pages(0), "the PDF has no pages"), (encrypted_pdf()[:200], "broken or truncated")]:
        with pytest.raises(IngestError) as err:
            load_bytes(data, "x.pdf")
        assert reason in err.value.reason and not UNCLEAR.search(err.value.reason)


# ------------------------------------------------------------------ 10. cost before refusal
@pytest.fixture
def no_tesseract(monkeypatch):
    import pipeline.ingest.ocr as ocr

    def refuse(*a, **k):
        raise AssertionError("a blank page was sent to Tesseract")

    monkeypatch.setattr(ocr, "_TesseractRun", refuse)


def test_a_300_page_blank_pdf_never_reaches_tesseract(no_tesseract):
    with pytest.raises(IngestError, match="300 page\\(s\\) are blank"):
        load_bytes(blank_pdf(300), "blank.pdf")


def test_scanned_blank_paper_with_dust_never_reaches_tesseract(no_tesseract):
    with pytest.raises(IngestError, match="blank"):
        load_bytes(blank_scan_pdf(6), "blank-scan.pdf")


def test_a_big_image_reaches_ocr_within_the_pixel_budget(monkeypatch):
    from PIL import Image

    import pipeline.ingest.ocr as ocr
    from pipeline.limits import LIMITS

    seen = []
    monkeypatch.setattr(ocr, "ocr_pages", lambda frames, n: [seen.append(img.size) or ocr.OcrPage("Xã", 90) for img, _ in frames])
    for fmt in ("JPEG", "PNG"):
        buf = io.BytesIO()
        Image.new("L", (7000, 9000), 255).save(buf, format=fmt)
        load_bytes(buf.getvalue(), f"big.{fmt.lower()}")
    assert len(seen) == 2 and all(w * h <= LIMITS.ocr_max_pixels for w, h in seen), seen


def test_an_image_just_under_the_pixel_limit_stays_under_1_gb(tmp_path):
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (8900, 8900), "white")  # 79.2 M pixels, the limit is 80 M
    ImageDraw.Draw(img).text((300, 300), "Kế hoạch số 12", fill="black", font_size=160)
    path = tmp_path / "near-limit.png"
    img.save(path)
    del img
    res = isolated(f"import resource\nfrom pipeline.ingest import load\ntry:\n load({str(path)!r})\nexcept Exception as e: print(e)\n"
                   "print('peak', 1024 * max(resource.getrusage(w).ru_maxrss for w in (resource.RUSAGE_SELF, "
                   "resource.RUSAGE_CHILDREN)))", timeout=300, memory=4 * GB)  # the reader and its Tesseract runs
    peak = int(re.search(r"peak (\d+)", res.stdout).group(1))
    assert peak < GB, f"{peak / 2**20:.0f} MB"
    assert "Memory" not in res.stdout + res.stderr


# ------------------------------------------------------------------ 7. spreadsheets and the terminal
class _Store:
    """A store holding one hostile documents row (every other table empty)."""

    def __init__(self, row: dict):
        self.row = row

    def read_table(self, table):
        import pandas as pd

        from pipeline.tables import all_schemas

        names = next(t for t in all_schemas() if t.name == table).names
        return pd.DataFrame([self.row] if table == "documents" else [], columns=names)


HOSTILE_ROW = {"doc_id": "d1", "source": "a.txt", "title": '=HYPERLINK("http://x.invalid","bấm")', "issuer": "+1 UBND",
               "commune": "@SUM(A1)", "district": "-2+3", "signer_name": "Nguyễn\x07 Văn A", "plan_year": -5}


def test_formulas_are_neutralised_and_control_characters_removed(tmp_path):
    import csv

    import openpyxl

    from pipeline.export import export_tables

    export_tables(_Store(HOSTILE_ROW), tmp_path, ["csv", "xlsx"])
    with open(tmp_path / "csv" / "documents.csv", encoding="utf-8") as fh:
        row = next(csv.DictReader(fh))
    assert row["title"] == "'" + HOSTILE_ROW["title"] and row["issuer"] == "'+1 UBND"
    assert row["commune"] == "'@SUM(A1)" and row["district"] == "'-2+3" and row["signer_name"] == "Nguyễn Văn A"
    assert row["plan_year"] == "-5"  # numbers are numbers, not text to neutralise
    ws = openpyxl.load_workbook(tmp_path / "kehoach.xlsx")["documents"]
    cells = [c for r in ws.iter_rows(min_row=2) for c in r if c.value is not None]
    assert not [c.coordinate for c in cells if c.data_type == "f"]
    title = next(c for c in cells if isinstance(c.value, str) and "HYPERLINK" in c.value)
    assert title.value == HOSTILE_ROW["title"] and title.quotePrefix  # text, shown as it was written
    assert not any("\x07" in str(c.value) for c in cells)
    assert not list(tmp_path.rglob("*.part"))


def test_a_failing_export_leaves_the_previous_file_whole(tmp_path, monkeypatch):
    import openpyxl

    from pipeline.export import export_tables

    export_tables(_Store({"doc_id": "d0", "source": "old.txt"}), tmp_path, ["xlsx"])
    before = (tmp_path / "kehoach.xlsx").read_bytes()

    def disk_full(self, filename):
        Path(filename).write_bytes(b"PK\x03\x04 half a workbook")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(openpyxl.Workbook, "save", disk_full)
    with pytest.raises(OSError, match="No space left"):
        export_tables(_Store(HOSTILE_ROW), tmp_path, ["xlsx"])
    assert (tmp_path / "kehoach.xlsx").read_bytes() == before and not list(tmp_path.glob(".*.part"))


def test_file_names_print_as_they_are_not_as_markup(tmp_path, capfd):
    from pipeline.batch import run_batch

    plans = tmp_path / "plans"
    plans.mkdir()
    (plans / "[bold]kế hoạch[red].txt").write_bytes(b"")
    run_batch([plans], tmp_path / "out", workers=1, progress=False)
    err = capfd.readouterr().err.replace("\n", "")  # rich wraps long lines
    assert "[bold]kế hoạch[red].txt" in err and "MarkupError" not in err


# ------------------------------------------------------------------ 8. the review pages
EVIL_NAME = 'x"><img src=x onerror="document.body.setAttribute(\'data-x\'+\'ss\',\'y\'+\'es\')">.txt'
EVIL_TEXT = ("KẾ HOẠCH\nXây dựng <img src=x onerror=\"document.body.setAttribute('data-x'+'ss','y'+'es')\"> năm 2024\n"
             "- Hoàn thành </script><script>document.body.setAttribute('data-x'+'ss','y'+'es')</script> "
             "trước ngày 30/6/2024 <!--<script>\n")


def _evil_reports(tmp_path) -> Path:
    from pipeline.report import write_reports

    plans = tmp_path / "plans"
    plans.mkdir()
    (plans / EVIL_NAME).write_text(EVIL_TEXT, encoding="utf-8")
    write_reports([plans], tmp_path / "report")
    return tmp_path / "report"


def test_review_pages_escape_every_name_and_text(tmp_path):
    from html.parser import HTMLParser

    class Tags(HTMLParser):
        def __init__(self):
            super().__init__()
            self.tags, self.handlers = [], []

        def handle_starttag(self, tag, attrs):
            self.tags.append(tag)
            self.handlers += [k for k, _ in attrs if k.startswith("on")]

    out = _evil_reports(tmp_path)
    pages = sorted(out.glob("*.html"))
    assert len(pages) == 2
    for page in pages:
        p = Tags()
        p.feed(page.read_text(encoding="utf-8"))
        assert "img" not in p.tags and p.handlers == [], page.name
        assert p.tags.count("script") <= 3  # the two JSON islands and the page's own script


CHROMIUM = __import__("shutil").which("chromium") or __import__("shutil").which("chromium-browser")


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (apt-get install chromium)")
def test_no_script_runs_from_a_name_or_a_text_in_chromium(tmp_path):
    import tempfile

    out = _evil_reports(tmp_path)
    for page in sorted(out.glob("*.html")):
        with tempfile.TemporaryDirectory() as profile:
            res = subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                                  f"--user-data-dir={profile}", "--virtual-time-budget=5000", "--dump-dom",
                                  page.resolve().as_uri()], capture_output=True, text=True, timeout=120)
        assert "<body" in res.stdout, res.stderr[-800:]
        assert 'data-xss="yes"' not in res.stdout, f"script from the plan ran in {page.name}"


# ------------------------------------------------------------------ the whole suite as one batch
def test_a_batch_over_every_hostile_kind_completes_cleanly(tmp_path):
    from PIL import Image

    plans = tmp_path / "plans"
    cases = {c.name: c.expect for c in hostile_folder(plans)}
    Image.new("L", (8900, 8900), 255).save(plans / "near-limit.png")
    cases["near-limit.png"] = "no text"
    out, tag = tmp_path / "out", uuid.uuid4().hex
    # a small wrapper reports the largest peak RSS of any process of the batch (RUSAGE_CHILDREN)
    wrapper = ("import resource, subprocess, sys\n"
               "rc = subprocess.run(sys.argv[1:]).returncode\n"
               "print('peak', resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024, file=sys.stderr)\n"
               "sys.exit(rc)\n")
    res = subprocess.run([sys.executable, "-c", wrapper, *kehoach_cmd(), "extract", str(plans), "--out", str(out),
                          "--workers", "2", "--format", "csv,xlsx"], capture_output=True, text=True, timeout=900,
                         env={**os.environ, "KEHOACH_TEST_TAG": tag})
    assert res.returncode == 1, res.stderr[-3000:]  # files failed, and the exit code says so
    assert "Traceback" not in res.stderr
    peak = int(re.search(r"peak (\d+)", res.stderr).group(1))
    assert peak < GB, f"a process of the batch peaked at {peak / 2**20:.0f} MB"
    time.sleep(0.5)
    assert processes_tagged(tag) == [], "a worker or a Tesseract run outlived the batch"
    db = sqlite3.connect(out / "kehoach.db")
    stored = {Path(s).name for (s,) in db.execute("select source from files")}
    failures = {Path(s).name: (stage, reason) for s, stage, reason in db.execute("select source, stage, reason from failures")}
    db.close()
    assert set(cases) == stored | set(failures) and not stored & set(failures)  # each file once
    for name, expect in cases.items():
        if expect == "ok":
            assert name in stored, (name, failures.get(name))
        else:
            stage, reason = failures[name]
            assert expect.lower() in reason.lower() and stage in ("ingest", "ocr", "extract"), (name, reason)
            assert not UNCLEAR.search(reason), (name, reason)
    assert (out / "kehoach.xlsx").exists() and (out / "csv" / "failures.csv").exists()
    assert not Path("/tmp/kehoach-escaped.txt").exists() and not Path("/etc/kehoach-abs.txt").exists()
