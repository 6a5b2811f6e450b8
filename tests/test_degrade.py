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


HARSH = ["harsh-office", "photocopy", "fax-bad", "photo-dark"]


@pytest.mark.parametrize("kind", HARSH)
def test_each_harsher_kind_renders_the_same_pages_for_the_same_seed_and_others_for_another(kind):
    from pipeline.synth.degrade_harsh import HARSH_PAGES

    make = HARSH_PAGES[kind]
    clean = page() if kind != "fax-bad" else page().convert("L")
    a, b = (np.asarray(make(clean, random.Random(f"{kind}-7"))) for _ in range(2))
    c = np.asarray(make(clean, random.Random(f"{kind}-8")))
    assert np.array_equal(a, b) and not np.array_equal(a, c)


def test_the_harsh_office_scan_is_skewed_five_to_eight_degrees_with_a_seal_and_dust():
    from pipeline.ingest.prepare.deskew import measure_skew
    from pipeline.synth.degrade_harsh import harsh_office_page

    out = np.asarray(harsh_office_page(page(), random.Random(3)))
    r, g, b = (out[..., k].astype(int) for k in range(3))
    assert ((r - g > 80) & (r - b > 80)).sum() > 2000  # the seal, over the text
    assert 4.7 <= abs(measure_skew(out.min(axis=2))) <= 8.3
    margin = out[1000:1150, 20:200].min(axis=2)  # blank paper below the text: dust on it
    assert (margin < 120).sum() > 5


def test_the_photocopy_has_a_dark_frame_on_two_sides_or_more_and_a_gutter_shadow():
    from pipeline.synth.degrade_harsh import photocopy_page

    a = np.asarray(photocopy_page(page(), random.Random(3))).astype(int)
    sides = [a[:3], a[-3:], a[:, :3], a[:, -3:]]
    assert sum(side.mean() < 80 for side in sides) >= 2  # the frame along the two far sides of the glass
    h, w = a.shape
    left, right = a[h // 2:, 30:50].mean(), a[h // 2:, w - 50:w - 30].mean()  # paper near both sides
    assert abs(left - right) > 30  # one side lies in the binding's shadow


def test_the_bad_fax_is_dithered_black_and_white_with_a_streak_right_across():
    from pipeline.ingest.prepare.halftone import is_dithered
    from pipeline.synth.degrade_harsh import bad_fax_page

    a = np.asarray(bad_fax_page(page().convert("L"), random.Random(3)).convert("L"))
    assert set(np.unique(a)) <= {0, 255} and is_dithered(a)
    assert ((a < 128).mean(axis=1) > 0.8).any()  # a streak edge to edge


@pytest.mark.parametrize("kind", HARSH)
def test_a_harsher_scan_is_a_pdf_of_page_images_without_text_and_the_same_for_a_seed(kind):
    import pypdfium2 as pdfium

    from pipeline.synth.degrade import to_degraded_scan
    from pipeline.synth.render import to_pdf

    plan = Plan("p", [Para("KẾ HOẠCH", bold=True, center=True), Para("Xây dựng nông thôn mới năm 2024.")])
    a, b = (pdfium.PdfDocument(to_degraded_scan(to_pdf(plan), kind, seed=1)) for _ in range(2))
    assert len(a) == 1 and a[0].get_textpage().get_text_range().strip() == ""
    # the same pixels both times (the PDF's own creation date differs)
    assert np.array_equal(np.asarray(a[0].render(scale=0.5).to_pil()), np.asarray(b[0].render(scale=0.5).to_pil()))
