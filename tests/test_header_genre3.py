"""Header forms of real web copies, third survey (docs/genre.md §1, D400–D431): every header below is written for the test."""
import pytest

from extractors import Document, run
from extractors.header import find_signature, header_view, place_mentions, read_header

BODY = "\n\nI. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n- Huy động các nguồn lực cho phát triển sản xuất.\n"


def _info(text: str):
    doc = Document.from_text(text)
    run(doc)
    return doc.info


def _places(text: str):
    return [(m.level, m.name) for m in place_mentions(header_view(text))]


@pytest.mark.parametrize("line,expected", [
    ("BỘ VĂN HÓA – THỂ THAO VÀ DU LỊCH CÙNG BỘ LAO ĐỘNG – THƯƠNG BINH VÀ XÃ HỘI", []),   # "XÃ HỘI" is no commune
    ("CÁC HUYỆN, THỊ XÃ, THÀNH PHỐ TRÊN ĐỊA BÀN TỈNH BẮC KẠN", [("tinh", "Bắc Kạn")]),  # no "thành phố Trên Địa Bàn"
    ("UBND CẤP XÃ ÁP DỤNG TRONG TỈNH LAI CHÂU", [("tinh", "Lai Châu")]),
    ("QUY HOẠCH TỈNH LAI CHÂU ĐẾN NĂM 2030", [("tinh", "Lai Châu")]),                    # the name ends where it is known
    ("ỦY BAN NHÂN DÂN\nTỈNH BÀ RỊA - VŨNG TÀU", [("tinh", "Bà Rịa - Vũng Tàu")]),          # a dash inside a known name
    ("ỦY BAN NHÂN DÂN\nTỈNH THỪA THIÊN HUẾ", [("tinh", "Thừa Thiên Huế")]),                # a former name (names.yaml)
])
def test_a_name_in_capitals_is_a_place_only_when_it_names_a_unit(line, expected):
    assert _places(line) == expected


def test_a_party_committee_is_the_issuer_of_its_place():
    text = ("HUYỆN ỦY BA BỂ\nĐẢNG CỘNG SẢN VIỆT NAM\nSố 21-KL/HU\nBa Bể, ngày 9 tháng 3 năm 2024\nKẾT LUẬN\n"
            "Về phát triển chăn nuôi trâu bò hàng hóa" + BODY)
    info = _info(text)
    assert (info.issuer, info.admin_level, info.district) == ("Huyện ủy Ba Bể", "huyen", "Ba Bể")
    assert "Việt Nam" not in (info.title or "")


def test_a_related_documents_list_names_no_issuer_or_place():
    text = ("- 1Quyết định 77/QĐ-UBND năm 2021 phê duyệt kế hoạch vốn huyện Mường Tè, tỉnh Lai Châu\n"
            "- 2 Luật Đầu tư công 2019\n"
            "HỘI ĐỒNG NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 14/NQ-HĐND | Bắc Kạn, ngày 6 tháng 7 năm 2023 |\n"
            "VỀ VIỆC THÔNG QUA DANH MỤC CÔNG TRÌNH GIAO THÔNG NĂM 2023\nHỘI ĐỒNG NHÂN DÂN TỈNH BẮC KẠN\nCăn cứ Luật Tổ chức;" + BODY)
    info = _info(text)
    assert (info.issuer, info.admin_level, info.district, info.province) == ("HĐND tỉnh Bắc Kạn", "tinh", None, "Bắc Kạn")
    assert info.title == "VỀ VIỆC THÔNG QUA DANH MỤC CÔNG TRÌNH GIAO THÔNG NĂM 2023"  # the type word was lost: the line after


def test_a_related_list_run_on_into_the_header_keeps_the_header():
    text = ("- 1Kế hoạch 51/KH-UBND năm 2022 về nước sạch của huyện Pác Nặm ỦY BAN NHÂN DÂN HUYỆN BA BỂ Số: 8/KH-UBND\n"
            "Ba Bể, ngày 2 tháng 2 năm 2023\nKẾ HOẠCH\nTrồng rừng gỗ lớn năm 2023" + BODY)
    assert (_info(text).issuer, _info(text).district) == ("UBND huyện Ba Bể", "Ba Bể")


def test_literal_escapes_of_a_scraped_page_are_blanked():
    text = ("\\r\\n ỦY BAN NHÂN DÂN | \\r\\n CỘNG\\r\\n HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM | \\r\\n\n"
            "\\r\\n Số: 33/KH-UBND \\r\\n | \\r\\n Bắc Kạn, ngày 4 tháng 5 năm 2022 \\r\\n |\n"
            "Thực hiện chỉ đạo của tỉnh, UBND tỉnh ban hành kế hoạch như sau:" + BODY)
    head = read_header(header_view(text))
    assert (head.number, head.doc_type, head.issue_date) == ("33/KH-UBND", "ke_hoach", "2022-05-04")


@pytest.mark.parametrize("authority", ["CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LAI CHÂU", "BỘ TRƯỞNG BỘ XÂY DỰNG"])
def test_the_authority_line_ends_the_title_and_is_no_signature(authority):
    text = (f"ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU\nSố: 410/QĐ-UBND\nLai Châu, ngày 3 tháng 4 năm 2023\nQUYẾT ĐỊNH\n"
            f"PHÊ DUYỆT PHƯƠNG ÁN TRỒNG CHÈ SHAN TUYẾT\nGIAI ĐOẠN 2023 - 2026\n{authority}\nCăn cứ Luật Tổ chức chính quyền;\n"
            "Xét đề nghị của Sở Nông nghiệp,\nQUYẾT ĐỊNH:\nĐiều 1. Phê duyệt phương án.")
    info = _info(text)
    assert info.title == "PHÊ DUYỆT PHƯƠNG ÁN TRỒNG CHÈ SHAN TUYẾT GIAI ĐOẠN 2023 - 2026"
    assert (info.signer_name, info.signer_title) == (None, None)


def test_a_type_word_is_never_a_signer_name():
    text = "UBND TỈNH BẮC KẠN\nSỞ TÀI CHÍNH\nSố 77 QĐ/STC\nBắc Kạn, ngày 1 tháng 6 năm 2021\nGIÁM ĐỐC SỞ TÀI CHÍNH\nQUYẾT ĐỊNH\n"
    sig = find_signature(text)
    assert sig is None or sig.name is None


def test_a_letter_is_issued_above_its_addressees():
    text = ("THỦ TƯỚNG CHÍNH PHỦ\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "Số: 95/TTg-NN\nV/v hỗ trợ giống cây trồng sau lũ\nHà Nội, ngày 8 tháng 9 năm 2024\nKính gửi:\n"
            "- Bộ Tài chính;\n- Ủy ban nhân dân tỉnh Bắc Kạn.\nThủ tướng Chính phủ có ý kiến như sau:\n1. Đồng ý hỗ trợ.\n"
            "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG\nLò Văn Thắm\n")
    info = _info(text)
    assert (info.issuer, info.doc_type) == ("Thủ tướng Chính phủ", "other")
    assert (info.signer_name, info.signer_title) == ("Lò Văn Thắm", "Phó Thủ tướng")


@pytest.mark.parametrize("lines,expected", [
    ("ỦY BAN THƯỜNG VỤ\nQUỐC HỘI\n--------", "Ủy ban Thường vụ Quốc hội"),   # two lines before one
    ("VĂN PHÒNG CHÍNH PHỦ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |", "Văn phòng Chính phủ"),
])
def test_central_bodies_on_one_or_two_lines(lines, expected):
    text = f"{lines}\nSố: 52/VPCP-NN\nHà Nội, ngày 2 tháng 1 năm 2024\nThông báo ý kiến về giống lúa." + BODY
    assert _info(text).issuer == expected


@pytest.mark.parametrize("line,expected", [
    ("Số:9 /2023/QĐ-UBND", "9/2023/QĐ-UBND"),            # a space before the slash
    ("Số: 52/VPCP - NN", "52/VPCP-NN"),                  # the code written apart
    ("Nghị quyết số: 12/2020/UBTVQH14", "12/2020/UBTVQH14"),
    ("Số:    /KH-UBND", None),                           # still blank
])
def test_numbers_written_apart(line, expected):
    assert read_header(f"ỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN\n{line}\nBắc Kạn, ngày 5 tháng 5 năm 2023\n").number == expected


def test_a_quoted_decision_at_a_line_start_is_no_number():
    text = "Tin tức\nQuyết định số 61/QĐ-UBND ngày 4/4/2023 công nhận ba xã đạt chuẩn.\nBa xã của huyện Ba Bể được công nhận."
    assert read_header(text).number is None


def test_a_site_heading_gives_way_to_the_type_word_alone():
    text = ("Tải bản đầy đủ\nBÁO CÁO TỔNG KẾT NĂM CỦA XÃ\nBạn đang xem bản rút gọn\nỦY BAN NHÂN DÂN\nXÃ CAO KỲ\nSố: 40/BC-UBND\n"
            "Cao Kỳ, ngày 20 tháng 12 năm 2023\nBÁO CÁO\nKết quả phát triển kinh tế - xã hội năm 2023\nPhần thứ nhất\n"
            "KẾT QUẢ THỰC HIỆN" + BODY)
    head = read_header(text)
    assert (head.doc_type, head.title, head.issue_date) == ("bao_cao", "Kết quả phát triển kinh tế - xã hội năm 2023", "2023-12-20")


def test_a_body_under_the_parent_place_is_the_issuer():
    text = ("UBND TỈNH BẮC KẠN\nSỞ NÔNG NGHIỆP VÀ PTNT\nSố: 65/KH-SNN\nBắc Kạn, ngày 7 tháng 2 năm 2024\nKẾ HOẠCH\n"
            "Phòng chống dịch bệnh trên đàn gia súc năm 2024" + BODY)
    info = _info(text)
    assert (info.issuer, info.admin_level, info.province) == ("Sở Nông nghiệp và PTNT tỉnh Bắc Kạn", "tinh", "Bắc Kạn")


def test_spaced_metadata_labels_never_leak():
    text = ("Loại văn bản : Quyết định Số hiệu : 19/2023/QĐ-UBND\nNgười ký : Hà Văn Khoa Nơi ban hành : UBND TỈNH LAI CHÂU\n"
            "Ngày phát hành : 10/06/2023 Ngày có hiệu lực : 20/06/2023\nỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU\nSố: 19/2023/QĐ-UBND\n"
            "Lai Châu, ngày 10 tháng 6 năm 2023\nQUYẾT ĐỊNH\nBan hành quy định hỗ trợ làm nhà văn hóa bản" + BODY)
    info = _info(text)
    assert (info.number, info.issuer, info.signer_name) == ("19/2023/QĐ-UBND", "UBND tỉnh Lai Châu", None)


def test_a_body_beside_the_motto_on_a_flattened_line_is_the_issuer():
    text = ("UBND TỈNH LAI CHÂU CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM SỞ XÂY DỰNG Độc lập - Tự do - Hạnh phúc Số: 88/SXD-QH "
            "Lai Châu, ngày 2 tháng 3 năm 2022\nV/v rà soát quy hoạch điểm dân cư\nKính gửi: UBND các huyện." + BODY)
    assert _info(text).issuer == "Sở Xây dựng tỉnh Lai Châu"
