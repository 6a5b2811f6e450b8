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
