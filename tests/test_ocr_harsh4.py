"""OCR slips of session 14 (harsh office scans, seed 131): specks read as marks at a line's ends, and a
misread day word in a whole date. Each fix with the look-alikes that must stay as read."""
import pytest

from pipeline.ingest.ocr_fixes import fix_known_slips


@pytest.mark.parametrize("read, meant", [
    # a speck before the bullet kept the line out of its list: the amount was counted as the list's opening
    ("'- Vốn ngân sách huyện: 150 triệu đồng;", "- Vốn ngân sách huyện: 150 triệu đồng;"),
    # a speck before the preamble word: the first basis line was taken into the title
    (".Căn cứ Nghị quyết số 7/NQ-HĐND ngày 2/3/2024;", "Căn cứ Nghị quyết số 7/NQ-HĐND ngày 2/3/2024;"),
    ("-.Các phòng chuyên môn huyện;", "- Các phòng chuyên môn huyện;"),
    ("-,Việc lồng ghép vốn phải công khai", "- Việc lồng ghép vốn phải công khai"),
    (". + Quý II/2025: nghiệm thu công trình", "+ Quý II/2025: nghiệm thu công trình"),
    ("-‹Thực hiện Kế hoạch số 40/KH-UBND", "- Thực hiện Kế hoạch số 40/KH-UBND"),
    ("' 9. Kiện toàn Tổ giúp việc", "9. Kiện toàn Tổ giúp việc"),
    ("'XÂY DỰNG XÃ PHÚ LỘC ĐẠT CHUẨN", "XÂY DỰNG XÃ PHÚ LỘC ĐẠT CHUẨN"),
])
def test_specks_at_a_line_opening_are_dropped_and_the_bullet_kept(read, meant):
    assert fix_known_slips(read) == meant


@pytest.mark.parametrize("read, meant", [
    ("KẾ HOẠCH.\nPhát triển sản xuất", "KẾ HOẠCH\nPhát triển sản xuất"),
    ("UỶ BAN NHÂN DÂN\nXÃ TÂN PHÚ ĐÔNG.\nSố: 8/KH-UBND", "UỶ BAN NHÂN DÂN\nXÃ TÂN PHÚ ĐÔNG\nSố: 8/KH-UBND"),
    ("Tân Phú Đông, hgắy 4 tháng 5 năm 2024", "Tân Phú Đông, ngày 4 tháng 5 năm 2024"),
    ("Cần Đước, dgày 19 tháng 11 năm 2023", "Cần Đước, ngày 19 tháng 11 năm 2023"),
    ("đến năm 2028 là .95% số hộ", "đến năm 2028 là 95% số hộ"),
    ("- Kiện toàn tổ giúp việc, trước 0Qày 30/9/2025", "- Kiện toàn tổ giúp việc, trước ngày 30/9/2025"),
    ("hoàn thành đến hgày 15/10/2026.", "hoàn thành đến ngày 15/10/2026."),
])
def test_a_capitals_line_loses_its_closing_speck_and_a_whole_date_its_misread_day_word(read, meant):
    assert fix_known_slips(read) == meant


@pytest.mark.parametrize("text", [
    "- Tiêu chí số 5 về Trường học",      # a bullet and its space: nothing to drop
    "-5% so với năm trước",               # a minus sign before a figure
    "“Xanh - Sạch - Đẹp” là phong trào",  # a quotation opens the line
    "NƠI NHẬN:\n- Như trên;",             # a colon closes a label in capitals
    "Lưu: VT, NN.",                       # a line with lower-case letters keeps its full stop
    "II.",                                # one capital: a numeral alone
    "Ngày 8 tháng 6 năm 2024, xã họp",    # the day word as written
    "ngày 8 tháng 6 năm 2024",
    "hay 8 tháng 6 năm 2024",             # no ending of the day word
    "gày 8 tháng 6",                      # no year: the date is not whole
    "lý do là . Năm 2024",                # no figure after the mark
    "trong tuần này 30/9/2025",           # no deadline preposition before a numeric date
    "trước Qày 30/9",                     # no year: the date is not whole
])
def test_look_alikes_stay_as_read(text):
    assert fix_known_slips(text) == text
