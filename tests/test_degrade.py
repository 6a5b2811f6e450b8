"""The archive-like renderings of the generator: office scan with a seal, fax, phone photo."""
import random

import numpy as np
import pytest

from pipeline.synth.degrade import fax_page, office_page, photo_page, to_degraded_scan
from pipeline.synth.plan import Para, Plan


def page(w=827, h=1169):
    """A small page (100 dpi A4) with a few lines of text at the top and a signature block low down."""
    from PIL import Image, ImageDraw, ImageFont

    from pipeline.synth.render import find_font

    img = Image.new("RGB", (w, h), "white")
    d = ImageDraw.Draw(img)
    font = ImageFont.truetype(find_font(), 16)
    for k in range(20):
        d.text((60, 60 + 28 * k), "Kế hoạch xây dựng nông thôn mới năm 2024", fill="black", font=font)
    d.text((480, 700), "TM. ỦY BAN NHÂN DÂN", fill="black", font=font)
    return img


def test_the_office_scan_carries_a_red_seal_and_a_skew_of_two_to_four_degrees():
    from pipeline.ingest.prepare.deskew import measure_skew

    out = np.asarray(office_page(page(), random.Random(3)))
    r, g, b = (out[..., k].astype(int) for k in range(3))
    assert ((r - g > 100) & (r - b > 100)).sum() > 2000  # red ink
    assert (b - r > 80).sum() > 200  # the blue signature
    assert 2 <= abs(measure_skew(out.min(axis=2))) <= 4.3


def test_the_fax_is_black_and_white():
    out = fax_page(page().convert("L"), random.Random(3))
    assert out.mode == "1"
    a = np.asarray(out.convert("L"))
    assert set(np.unique(a)) <= {0, 255}


def test_the_photo_shows_the_desk_around_the_page_and_falls_off_in_light():
    a = np.asarray(photo_page(page(), random.Random(3)).convert("L")).astype(int)
    assert np.median(a[:8].ravel()) < 90  # the desk along the top edge
    h, w = a.shape
    paper = a[h // 3: 2 * h // 3, w // 8: 7 * w // 8]
    lit = np.percentile(paper, 90, axis=0)  # the paper's brightness column by column
    assert lit.max() - lit.min() > 25


@pytest.mark.parametrize("kind", ["office", "fax", "photo"])
def test_a_degraded_scan_is_a_pdf_of_page_images_without_text(kind):
    import pypdfium2 as pdfium

    from pipeline.synth.render import to_pdf

    plan = Plan("p", [Para("KẾ HOẠCH", bold=True, center=True), Para("Xây dựng nông thôn mới năm 2024.")])
    pdf = pdfium.PdfDocument(to_degraded_scan(to_pdf(plan), kind, seed=1))
    assert len(pdf) == 1 and pdf[0].get_textpage().get_text_range().strip() == ""
