"""Harsher scans, session 10: a signature's blue stroke darkened by JPEG, tone marks lost in the genre's
words. Small pages generated here and invented sentences (no OCR)."""
import numpy as np

from pipeline.ingest.ocr_fixes import fix_known_slips
from pipeline.ingest.prepare import colour


def signed_page() -> np.ndarray:
    """Paper, a black name, and a signature's stroke across it in blue as a JPEG of q20-30 leaves it:
    dark (its brightest channel ~110), still blue; black under the stroke stays black-blue."""
    page = np.full((80, 200, 3), 245, np.uint8)
    page[30:50, 20:120] = (25, 25, 28)  # the name's letters
    page[38:42, 60:190] = (30, 45, 115)  # the stroke, over the name and past it
    page[38:42, 60:120] = (10, 12, 26)  # where it crosses the letters: black under blue ink
    return page


def test_a_dark_blue_signature_stroke_goes_to_paper_and_the_black_under_it_stays():
    out = colour.without_colour_inks(signed_page())
    assert out[38:42, 125:190].min() == 255  # the stroke beyond the name: paper
    assert out[30:38, 20:120].max() < 60 and out[42:50, 20:120].max() < 60  # the name
    assert out[38:42, 62:118].max() < 60  # black under the stroke: kept


def test_a_red_seal_darkened_as_much_is_not_taken_for_a_signature():
    page = signed_page()
    page[38:42, 125:190] = (115, 40, 30)  # dark red: the seal's rule (INK_PALE) decides, as before
    out = colour.without_colour_inks(page)
    assert out[38:42, 125:190].max() == 115


def test_a_criteria_table_cell_gets_back_its_lost_dot_below():
    assert fix_known_slips("| Văn hóa | Đat | ĐAT\nChưa đat") == "| Văn hóa | Đạt | ĐẠT\nChưa đạt"
    assert fix_known_slips("- Tiêu chỉ số 11: Nghề; Các tiêu chỉ huyện chưa đạt; giáo duc") == \
        "- Tiêu chí số 11: Nghề; Các tiêu chí huyện chưa đạt; giáo dục"


def test_a_word_that_is_vietnamese_as_read_stays():
    for text in ("gắn biển địa chỉ số cho các hộ", "chi tiêu chỉ đạt 60 %", "bi đát", "Đạt 17/19 tiêu chí",
                 "mã đat8"):  # a word glued to a digit is no word: left as read
        assert fix_known_slips(text) == text


def shadowed_line():
    """One line of an invented sentence, its right half under a shadow darker than one threshold for the whole
    page leaves as paper (paper 250 on the left, 105 on the right, letters 20 on both)."""
    from PIL import Image, ImageDraw, ImageFont

    from pipeline.synth.render import find_font

    img = Image.new("L", (1400, 130), 250)
    img.paste(105, (700, 0, 1400, 130))
    draw, font = ImageDraw.Draw(img), ImageFont.truetype(find_font(), 40)
    draw.text((40, 40), "Kinh phí hỗ trợ", fill=20, font=font)
    draw.text((740, 40), "thôn Đồng Lâm", fill=20, font=font)
    return img


def test_tesseract_thresholds_window_by_window_and_reads_both_sides_of_a_shadow(monkeypatch):
    import shutil

    import pytest

    from pipeline.ingest import ocr, prepare

    if shutil.which("tesseract") is None:
        pytest.skip("tesseract is not installed")
    assert "thresholding_method=2" in ocr.TESSERACT_OPTIONS
    monkeypatch.setattr(prepare, "ENABLED", False)  # Tesseract's own thresholding, not the light step
    text = " ".join(ocr.ocr_image(shadowed_line(), 200).text.split())
    assert "Kinh phí hỗ trợ" in text and "Đồng Lâm" in text


def test_a_scale_word_with_its_mark_lost_between_two_figures_is_read_and_the_figures_kept():
    assert fix_known_slips("kinh phí 2 ty 900 triệu đồng; 0,9 tý đồng") == "kinh phí 2 tỷ 900 triệu đồng; 0,9 tỷ đồng"
    for text in ("công ty 5 người", "có 5 ty.", "3 ty đồngx"):  # no figure before, nothing after, no word
        assert fix_known_slips(text) == text


def test_a_thousands_dot_lost_by_ocr_gives_no_amount_of_its_last_group():
    from extractors.money import money_in

    assert [a.vnd for a in money_in("Tổng kinh phí là 8 376 triệu đồng.")] == []
    assert [a.vnd for a in money_in("năm 2025 376 triệu đồng; 8.376 triệu; 12, 5 tỷ")] == \
        [376000000, 8376000000, 12500000000]


def test_synth_writes_the_harsher_scans_as_formats_of_their_own(tmp_path):
    import pypdfium2 as pdfium

    from pipeline.synth.generate import write_corpus

    paths = write_corpus(tmp_path, n=2, seed=3, formats=["scan-fax-bad"])
    assert [p.name for p in paths] == ["synth_03_0000.fax-bad.pdf", "synth_03_0001.fax-bad.pdf"]
    assert (tmp_path / "gold" / "synth_03_0000.fax-bad.json").exists()
    for p in paths:
        pdf = pdfium.PdfDocument(str(p))
        assert len(pdf) >= 1 and not pdf[0].get_textpage().get_text_range().strip()  # no text layer
        pdf.close()


def test_an_item_number_read_with_a_comma_still_opens_its_line():
    from pipeline.ingest.ocr_layout import _starts_item

    assert _starts_item("5, Tiêu chí số 11 về Nghèo đa chiều") and _starts_item("- Nội dung: hỗ trợ")
    assert not _starts_item("5, 6 và 7 của xã") and not _starts_item("5, các thôn còn lại")
