"""OCR of noisy scans (rotated, blurred, speckled; 200 and 300 dpi) of the real seeds.

The character error rate against the text layer is printed and kept in
tests/artifacts/ocr_cer.json. Two pages per seed and resolution keep CI short.
"""
import json
import re
import shutil

import pytest

from pipeline.ingest import load_bytes
from pipeline.synth.render import seed_plan, to_pdf, to_scan

pytestmark = pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract is not installed")


def ws(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def _first_pages(pdf: bytes, n: int) -> bytes:
    import pypdfium2 as pdfium

    src = pdfium.PdfDocument(pdf)
    out = pdfium.PdfDocument.new()
    out.import_pages(src, list(range(min(n, len(src)))))
    import io

    buf = io.BytesIO()
    out.save(buf)
    return buf.getvalue()


@pytest.fixture(scope="module")
def results():
    return {}


@pytest.mark.slow
@pytest.mark.parametrize("dpi", [200, 300])
def test_ocr_character_error_rate_on_noisy_scans(seed_texts, dpi, results, artifacts):
    from rapidfuzz.distance import Levenshtein

    errors = chars = 0
    for name, text in seed_texts.items():
        pdf = _first_pages(to_pdf(seed_plan(text, name)), 2)
        ref = ws(load_bytes(pdf, "ref.pdf").text)
        doc = load_bytes(to_scan(pdf, dpi=dpi, seed=7), "scan.pdf")
        assert doc.ocr and all(p.ocr for p in doc.pages)
        hyp = ws(doc.text)
        errors += Levenshtein.distance(ref, hyp)
        chars += len(ref)
    cer = errors / chars
    results[dpi] = round(cer * 100, 3)
    (artifacts / "ocr_cer.json").write_text(json.dumps({f"{k} dpi": f"{v} %" for k, v in results.items()}))
    print(f"\nOCR character error rate at {dpi} dpi: {cer * 100:.3f} % over {chars} characters")
    assert cer <= 0.01


def _line_image(words: str):
    """A small 200-dpi page image with one line of text: Tesseract reads it in a fraction of a second."""
    from PIL import Image, ImageDraw, ImageFont

    from pipeline.synth.render import find_font

    img = Image.new("L", (1400, 120), 255)
    ImageDraw.Draw(img).text((40, 30), words, fill=0, font=ImageFont.truetype(find_font(), 44))
    return img


LINES = ["Kế hoạch xây dựng nông thôn mới", "Tiêu chí số 17 về môi trường", "Kinh phí thực hiện năm 2025"]


def _tesseract_runs(monkeypatch) -> list:
    from pipeline.ingest import ocr

    runs = []
    real = ocr._TesseractRun

    def counted(workdir, paths):
        runs.append(len(paths))
        return real(workdir, paths)

    monkeypatch.setattr(ocr, "_TesseractRun", counted)
    return runs


@pytest.fixture
def work_dirs_left(monkeypatch, tmp_path):
    """The OCR work folders left behind, in a folder of this test's own (other processes' runs use /dev/shm too)."""
    from pipeline.ingest import ocr

    monkeypatch.setattr(ocr, "_TMP_DIR", str(tmp_path))
    return lambda: sorted(p.name for p in tmp_path.glob("kehoach-ocr-*"))


def test_pages_go_to_tesseract_in_runs_and_come_back_in_order(monkeypatch, work_dirs_left):
    from pipeline.ingest import ocr, prepare

    monkeypatch.setattr(ocr, "PAGES_PER_RUN", 2)
    # preparation is not under test here, and its time per page would race the writer against Tesseract's start
    monkeypatch.setattr(prepare, "ENABLED", False)
    images = [(_line_image(t), 200) for t in LINES]
    ocr.ocr_image(*images[0])  # a first call loads numpy and the TIFF writer: slower than Tesseract's start
    runs = _tesseract_runs(monkeypatch)
    pages = ocr.ocr_images(iter(images), len(images))
    assert runs == [2, 1]  # one Tesseract (one model load) for two pages
    assert [ws(p.text) for p in pages] == LINES
    assert work_dirs_left() == []  # page images and outputs are removed


def test_tesseract_ahead_of_the_page_writer_goes_on_from_the_missing_page(monkeypatch):
    import time

    from PIL import Image

    from pipeline.ingest import ocr

    runs = _tesseract_runs(monkeypatch)

    def slow_pages():
        yield Image.new("L", (60, 60), 255), 200  # a blank page: read in milliseconds
        time.sleep(2)  # Tesseract asks for page 2 before it is written
        for t in LINES[1:]:
            yield _line_image(t), 200

    pages = ocr.ocr_images(slow_pages(), 3)
    assert runs[0] == 3 and len(runs) == 2  # the second run starts from page 2
    assert [ws(p.text) for p in pages] == [""] + LINES[1:]


def test_tesseract_started_before_its_first_page_is_written_starts_again(monkeypatch):
    import time

    from pipeline.ingest import ocr

    runs = _tesseract_runs(monkeypatch)
    images = [(_line_image(t), 200) for t in LINES]

    def late_pages():
        time.sleep(2)  # Tesseract has loaded its model and found no first page
        yield from images

    pages = ocr.ocr_images(late_pages(), 3)
    assert runs == [3, 3] and [ws(p.text) for p in pages] == LINES


def test_a_page_tesseract_cannot_read_fails_the_plan_with_tesseracts_reason(monkeypatch, work_dirs_left):
    from pipeline.errors import OCRError
    from pipeline.ingest import ocr

    real = ocr._write_page

    def broken_second(image, dpi, path):
        if path.endswith("00001.tif"):
            with open(path, "wb") as f:
                f.write(b"not an image")
        else:
            real(image, dpi, path)

    monkeypatch.setattr(ocr, "_write_page", broken_second)
    with pytest.raises(OCRError, match="cannot be read"):
        ocr.ocr_images(((_line_image(t), 200) for t in LINES), len(LINES))
    assert work_dirs_left() == []
