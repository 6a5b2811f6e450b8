"""Markdown emphasis and inline LaTeX are removed; offsets refer to the cleaned text."""
from pipeline.ingest.clean import clean_markup, latex_to_text, normalize_text


def test_latex_math_becomes_symbols():
    assert clean_markup(r"tỷ lệ nghèo đa chiều $\leq 13\%$") == "tỷ lệ nghèo đa chiều ≤ 13%"
    assert latex_to_text(r"\geq 68 \text{ triệu}") == "≥ 68 triệu"


def test_bold_and_italic_markers_go():
    assert clean_markup("**Tiêu chí Giao thông:** mở rộng") == "Tiêu chí Giao thông: mở rộng"
    assert clean_markup("(*Chi tiết có biểu 02 kèm theo*)") == "(Chi tiết có biểu 02 kèm theo)"


def test_bold_across_two_lines_keeps_both_lines():
    assert clean_markup("**KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH**") == "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH"


def test_bullets_and_arithmetic_stars_stay():
    assert clean_markup("* Các hạng mục\n- a * b") == "* Các hạng mục\n- a * b"


def test_money_dollar_signs_are_not_math():
    assert clean_markup("giá $5 và $6 đồng") == "giá $5 và $6 đồng"


def test_normalize_makes_nfc_and_fixes_eth():
    assert normalize_text("\u00d0ại hội\r\n") == "Đại hội\n"
    assert normalize_text("ho\u0061\u0301") == "hoá"


def test_latin_oi_from_broken_pdf_fonts_becomes_u_horn():
    # a Word-to-PDF font maps ư to U+01A3; the letter is never Vietnamese, so every one is repaired
    assert normalize_text("Công trình nƣớc sạch thôn Đồng Lƣơng đƣợc Ƣu tiên") == \
        "Công trình nước sạch thôn Đồng Lương được Ưu tiên"


def test_broken_font_plan_still_yields_its_criteria_statuses():
    from pipeline.run import extract_text

    text = ("KẾ HOẠCH\nXây dựng xã nông thôn mới năm 2025\n"
            "1. Kết quả: đến nay xã đã đạt tiêu chí số 17 về Môi trƣờng và an toàn thực phẩm; "
            "chƣa đạt tiêu chí số 6 về Cơ sở vật chất văn hóa.\n")
    r = extract_text(text)  # without the repair "chƣa đạt" read as achieved
    assert "ƣ" not in r.doc.text
    assert [(c.criterion, c.status) for c in r.tables["criteria"]] == [(17, "dat"), (6, "chua_dat")]
