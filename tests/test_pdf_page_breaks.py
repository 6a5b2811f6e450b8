"""A text PDF's page break or margin that cuts a sentence does not cut its clause (session 8: criteria,
counts and a false finding on generated PDFs came from it). Our own sentences."""
from fpdf import FPDF

from pipeline.ingest import load_bytes
from pipeline.ingest.reflow import reflow, runs_on
from pipeline.synth.render import find_font


def pdf_of(pages: list[str]) -> bytes:
    pdf = FPDF(format="A4", unit="mm")
    pdf.add_font("DejaVu", "", find_font())
    pdf.set_font("DejaVu", "", 11)
    for text in pages:
        pdf.add_page()
        for line in text.split("\n"):
            pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def test_a_sentence_cut_by_the_page_break_reads_on_in_one_line():
    doc = load_bytes(pdf_of(["KẾ HOẠCH\nCác tiêu chí đã đạt: tiêu chí số 14 về Giáo dục",
                             "và Đào tạo; tiêu chí số 15 về Y tế.\nII. NHIỆM VỤ"]), source="x.pdf")
    assert "tiêu chí số 14 về Giáo dục và Đào tạo; tiêu chí số 15" in doc.text
    at = doc.text.index("và Đào tạo")
    assert doc.page_of(at) == 2 and doc.page_of(at - 3) == 1


def test_a_page_that_ends_its_sentence_keeps_the_paragraph_break():
    doc = load_bytes(pdf_of(["KẾ HOẠCH\nXã đạt 15 tiêu chí.", "và các thôn đạt chuẩn khu dân cư."]), source="x.pdf")
    assert "tiêu chí.\n\nvà các thôn" in doc.text


def test_what_runs_on_and_what_does_not():
    assert runs_on("các xã lân cận bình quân", "đạt 17/19 tiêu chí")
    assert not runs_on("các xã lân cận bình quân", "II. NHIỆM VỤ")  # a heading starts its own line
    assert not runs_on("Giáo dục;", "tiêu chí số 6")
    assert not runs_on("", "và")


def test_an_inline_list_wrapped_at_the_margin_goes_on_after_its_semicolon():
    wide = "Gồm: tiêu chí số 1 về Quy hoạch; tiêu chí số 4 về Điện; tiêu chí số 5 về Trường học;"
    assert reflow([wide, "tiêu chí số 6 về Cơ sở vật chất văn hóa; tiêu chí số 7 về Chợ.", "- Xã còn 2 tiêu chí."]) == (
        wide + " tiêu chí số 6 về Cơ sở vật chất văn hóa; tiêu chí số 7 về Chợ.\n- Xã còn 2 tiêu chí.")


def test_short_items_of_a_vertical_list_stay_apart():
    lines = ["Các nội dung còn thiếu của tiêu chí giao thông và tiêu chí thủy lợi gồm có những việc sau đây:",
             "cứng hóa đường thôn;", "nạo vét kênh mương."]
    assert reflow(lines) == "\n".join(lines)


def test_a_related_documents_list_of_a_legal_site_is_no_citation():
    from helpers import extract

    text = ("- 1Nghị quyết 45/NQ-HĐND năm 2021 về phân bổ vốn của tỉnh Hà Tĩnh\n"
            "UỶ BAN NHÂN DÂN XÃ KỲ PHONG\nSố: 12/KH-UBND\nKẾ HOẠCH\nXây dựng nông thôn mới năm 2024\n"
            "Căn cứ Quyết định số 318/QĐ-TTg ngày 08/3/2022 của Thủ tướng Chính phủ;\n")
    assert [r.number for r in extract(text).tables["legal_refs"]] == ["318/QĐ-TTg"]


def test_an_inline_list_of_capitalised_items_wrapped_at_the_margin_goes_on():
    wide = "Tiêu chí Giao thông (TC2); Tiêu chí Điện (TC4); Tiêu chí Trường học (TC5); Tiêu chí Chợ (TC7);"
    assert reflow([wide, "Tiêu chí Y tế (TC15); Tiêu chí Môi trường (TC17).", "2. Các tiêu chí chưa đạt"]) == (
        wide + " Tiêu chí Y tế (TC15); Tiêu chí Môi trường (TC17).\n2. Các tiêu chí chưa đạt")
    items = ["Tiêu chí Giao thông về đường trục xã, liên xã và đường thôn xóm đã cứng hóa;", "Tiêu chí Điện;"]
    assert reflow(items) == "\n".join(items)  # one item per line: a vertical list


def test_a_number_after_an_open_word_goes_on_but_a_numbered_item_after_a_full_stop_does_not():
    lines = ["1. Đồng chí Lê Văn Tám, Phó Chủ tịch UBND xã phụ trách các tiêu chí số 3, 8 và",
             "14.", "2. Đồng chí Vũ Thị Hoa, Phó Chủ tịch UBND xã phụ trách tiêu chí số 17 về môi trường.",
             "3. Công an xã phụ trách tiêu chí số 19."]
    assert reflow(lines).split("\n") == [lines[0] + " 14.", lines[2], lines[3]]


def test_an_inline_list_of_unit_colon_criteria_wrapped_after_a_colon_goes_on():
    lines = ["4. Tương tự, Phòng Nội vụ: tiêu chí số 1; Trạm Y tế: tiêu chí số 15; Bưu điện huyện:",
             "tiêu chí số 8.", "5. Công an xã phụ trách tiêu chí số 19."]
    assert reflow(lines).split("\n") == [lines[0] + " " + lines[1], lines[2]]


def test_a_figure_with_its_unit_wrapped_to_the_next_line_goes_on_but_a_numbered_item_does_not():
    lines = ["+ Tiêu chí Thu nhập: điều tra thu nhập bình quân đầu người toàn xã trong năm; dự kiến kinh phí",
             "215.000.000 đồng.", "+ Tiêu chí Y tế: mua sắm trang thiết bị cho trạm y tế xã; dự kiến kinh phí",
             "2. giao thông nông thôn."]
    assert reflow(lines).split("\n") == [lines[0] + " " + lines[1], lines[2], lines[3]]


def test_a_header_in_capitals_under_a_related_documents_list_starts_its_own_lines():
    """A legal site's list of related documents runs to the margin; the header below it is no part of its
    last item (the issuer, number and title were lost with it)."""
    lines = ["- 2Kế hoạch 412/KH-UBND năm 2023 thực hiện chương trình nông thôn mới huyện Tuy", "Phước, tỉnh Bình Định",
             "ỦY", "BAN NHÂN DÂN", "XÃ PHƯỚC HÒA", "Số: 17/KH-UBND"]
    assert reflow(lines).split("\n")[1:] == ["BAN NHÂN DÂN", "XÃ PHƯỚC HÒA", "Số: 17/KH-UBND"]


def test_a_title_in_capitals_wrapped_over_two_lines_still_goes_on():
    wide = "KẾ HOẠCH XÂY DỰNG XÃ PHƯỚC HÒA ĐẠT CHUẨN NÔNG THÔN MỚI NÂNG CAO GIAI ĐOẠN"
    assert reflow([wide, "2024 - 2025 VÀ NHỮNG NĂM TIẾP THEO"]) == wide + " 2024 - 2025 VÀ NHỮNG NĂM TIẾP THEO"
    prose = "Phấn đấu đến cuối năm 2025 hoàn thành toàn bộ các chỉ tiêu còn lại theo hướng dẫn của"
    assert reflow([prose, "UBND."]) == prose + " UBND."  # one word in capitals: a sentence's last


def test_an_inline_list_of_numbered_criteria_cut_after_a_number_and_its_colon_goes_on():
    wide = "Đến nay xã có 12/19 tiêu chí nông thôn mới đạt chuẩn là các tiêu chí cụ thể gồm tiêu chí số 2:"
    assert reflow([wide, "Giao thông, tiêu chí số 5: Trường học, tiêu chí số 9: Nhà ở dân cư."]) == (
        wide + " Giao thông, tiêu chí số 5: Trường học, tiêu chí số 9: Nhà ở dân cư.")
    lead = "Để hoàn thành các tiêu chí còn lại, Ban Chỉ đạo xã đề ra các nhiệm vụ trọng tâm năm 2025 như sau:"
    assert reflow([lead, "Tổ chức rà soát các tuyến đường trục thôn."]).count("\n") == 1  # a vertical list's lead
