"""The header as the genre writes it (docs/genre.md §1): motto, issuers, types, titles, web copies, signer."""
import pytest

from extractors import Document, run
from extractors.header import find_signature, header_view, place_mentions, read_header


def _info(text: str):
    doc = Document.from_text(text)
    run(doc)
    return doc.info


BODY = "\n\nI. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n- Huy động các nguồn lực cho xây dựng nông thôn mới.\n"


@pytest.mark.parametrize("motto", [
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc",      # §1a two clean lines
    "CỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\nĐộc lập -\nTự do - Hạnh phúc",     # §1a broken mid-phrase
    "CỘNG\nHOÀ XÃ HỘI CHỦ NGH\nĨA VIỆT NAM",                                 # broken inside a word, old accent
])
def test_the_motto_is_never_a_place(motto):
    text = f"ỦY BAN NHÂN DÂN\nHUYỆN MƯỜNG KHƯƠNG\n{motto}\nSố: 77/KH-UBND\nMường Khương, ngày 4 tháng 1 năm 2024\n" \
           "KẾ HOẠCH\nXây dựng huyện Mường Khương đạt chuẩn nông thôn mới năm 2024" + BODY
    names = [m.name for m in place_mentions(header_view(text))]
    assert "Hội Chủ Nghĩa Việt" not in names and all("Nghĩa" not in n for n in names)
    info = _info(text)
    assert (info.admin_level, info.commune, info.district, info.issuer) == ("huyen", None, "Mường Khương", "UBND huyện Mường Khương")


def test_an_issuer_broken_inside_its_words():  # §1b "ỦY" ⏎ "BAN NHÂN DÂN"
    text = "ỦY\nBAN NHÂN DÂN\nTỈNH ĐIỆN BIÊN\nSố: 15/KH-UBND\nĐiện Biên, ngày 9 tháng 2 năm 2023\nKẾ HOẠCH\n" \
           "Thực hiện Chương trình xây dựng nông thôn mới tỉnh Điện Biên năm 2023" + BODY
    assert _info(text).issuer == "UBND tỉnh Điện Biên"


@pytest.mark.parametrize("issuer_lines,expected", [
    ("HỘI ĐỒNG NHÂN DÂN\nXÃ PHÚ LỘC", "HĐND xã Phú Lộc"),                 # §1b HĐND
    ("BAN CHỈ ĐẠO CÁC CHƯƠNG TRÌNH MTQG\nXÃ PHÚ LỘC", "Ban Chỉ đạo xã Phú Lộc"),
    ("ĐẢNG ỦY\nXÃ PHÚ LỘC", "Đảng ủy xã Phú Lộc"),
])
def test_bodies_above_the_place(issuer_lines, expected):
    text = f"{issuer_lines}\nSố: 5/KH-BCĐ\nPhú Lộc, ngày 2 tháng 3 năm 2024\nKẾ HOẠCH\nXây dựng xã Phú Lộc đạt chuẩn NTM năm 2024" + BODY
    assert _info(text).issuer == expected


@pytest.mark.parametrize("issuer_line,expected", [
    ("THỦ TƯỚNG CHÍNH PHỦ", "Thủ tướng Chính phủ"),                      # §1b central issuers
    ("BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN", "Bộ Nông nghiệp và Phát triển nông thôn"),
    ("BỘ XÂY DỰNG", "Bộ Xây dựng"),
])
def test_central_issuers(issuer_line, expected):
    text = f"{issuer_line}\nSố: 210/QĐ-TTg\nHà Nội, ngày 6 tháng 6 năm 2023\nQUYẾT ĐỊNH\nPhê duyệt đề án hỗ trợ vùng khó khăn" + BODY
    assert _info(text).issuer == expected


@pytest.mark.parametrize("type_line,number,expected", [
    ("TỜ TRÌNH", "44/TTr-UBND", "other"),               # §1e type words
    ("THÔNG BÁO", "12/TB-VPĐP", "other"),
    ("NGHỊ QUYẾT", "08/NQ-HĐND", "other"),
    ("QUYẾT ĐỊNH", "301/QĐ-UBND", "quyet_dinh"),
    ("BÁO CÁO", "96/BC-UBND", "bao_cao"),
])
def test_document_types(type_line, number, expected):
    text = f"ỦY BAN NHÂN DÂN\nXÃ NAM HỒNG\nSố: {number}\nNam Hồng, ngày 3 tháng 4 năm 2024\n{type_line}\nVề việc xây dựng nông thôn mới" + BODY
    assert _info(text).doc_type == expected


def test_a_cong_van_has_no_type_word_and_is_other():  # §1c/§1e công văn "V/v"
    text = "ỦY BAN NHÂN DÂN\nHUYỆN TAM NÔNG\nSố: 612/UBND-NN\nV/v rà soát hồ sơ công nhận xã đạt chuẩn NTM\n" \
           "Tam Nông, ngày 14 tháng 8 năm 2023\nKính gửi: UBND các xã" + BODY
    assert read_header(text).doc_type == "other"


def test_web_metadata_never_leaks_into_fields():  # §1h metadata lines
    text = ("Số hiệu: | 31/KH-UBND | Loại văn bản: | Kế hoạch |\nNơi ban hành: | Tỉnh Lạng Sơn |\n"
            "Người ký: | Hoàng Văn Tư |\nNgày hiệu lực: | Đã biết |\nCập nhật: 3 ngày trước\nTình trạng hiệu lực: | Đã biết |\n"
            "ỦY BAN NHÂN DÂN\nXÃ HỮU LIÊN\nSố: 31/KH-UBND\nHữu Liên, ngày 10 tháng 1 năm 2024\nKẾ HOẠCH\n"
            "Xây dựng xã Hữu Liên đạt chuẩn nông thôn mới năm 2024" + BODY)
    info = _info(text)
    assert (info.issuer, info.admin_level, info.commune, info.number, info.issue_date) == \
        ("UBND xã Hữu Liên", "xa", "Hữu Liên", "31/KH-UBND", "2024-01-10")
    assert info.province is None  # "Nơi ban hành: Tỉnh Lạng Sơn" is site metadata, not the plan's text


def test_report_of_one_year_and_plan_of_the_next():  # §1f "năm X và kế hoạch năm X+1"
    text = "ỦY BAN NHÂN DÂN\nXÃ LONG THẠNH\nSố: 9/BC-UBND\nLong Thạnh, ngày 20 tháng 12 năm 2023\nBÁO CÁO\n" \
           "Kết quả xây dựng nông thôn mới năm 2023 và kế hoạch năm 2024" + BODY
    assert _info(text).plan_year == 2024


def test_d_with_stroke_look_alike_reads_as_d():  # Ð (U+00D0) for Đ
    text = "ỦY BAN NHÂN DÂN\nXÃ ÐÔNG SƠN\nSố: 3/KH-UBND\nÐông Sơn, ngày 1 tháng 2 năm 2024\nKẾ HOẠCH\nXây dựng xã Ðông Sơn đạt chuẩn NTM năm 2024" + BODY
    assert _info(text).commune == "Đông Sơn"


@pytest.mark.parametrize("prefix,title", [("KT.", "Phó Chủ tịch"), ("TM.", "Chủ tịch"), ("Q.", "Chủ tịch"), ("TL.", "Chánh Văn phòng")])
def test_signer_blocks(prefix, title):  # §1g signer prefixes
    head = {"KT.": "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "TM.": "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "Q.": "Q. CHỦ TỊCH",
            "TL.": "TL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG"}[prefix]
    sig = find_signature(f"- Tổ chức thực hiện.\nNơi nhận:\n- Như trên;\n{head}\n(Đã ký)\nLò Văn Khánh\n")
    assert (sig.prefix, sig.title, sig.name) == (prefix, title, "Lò Văn Khánh")


def test_piped_metadata_run_on_with_the_header_blanks_only_the_pairs():  # §1h flattened web copy
    text = ("Người ký: | Đào Văn Tám | Ngày hiệu lực: | Đã biết | ỦY BAN NHÂN DÂN XÃ TÂN HỘI Số: 8/KH-UBND "
            "Tân Hội, ngày 7 tháng 2 năm 2024\nKẾ HOẠCH\nXây dựng xã Tân Hội đạt chuẩn NTM năm 2024\n")
    view = header_view(text)
    assert "Đào Văn Tám" not in view and "ỦY BAN NHÂN DÂN XÃ TÂN HỘI" in view
    assert read_header(text).issue_date == "2024-02-07"


def test_a_title_in_capitals_over_four_lines():  # §1e titles over 1–4 lines
    text = ("ỦY BAN NHÂN DÂN\nHUYỆN BẮC HÀ\nSố: 40/KH-UBND\nBắc Hà, ngày 8 tháng 1 năm 2024\nKẾ HOẠCH\n"
            "THỰC HIỆN CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA\nXÂY DỰNG NÔNG THÔN MỚI\nTRÊN ĐỊA BÀN HUYỆN BẮC HÀ\nNĂM 2024\n"
            "- Căn cứ tình hình thực tế.\n")
    assert read_header(text).title == ("THỰC HIỆN CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA XÂY DỰNG NÔNG THÔN MỚI "
                                       "TRÊN ĐỊA BÀN HUYỆN BẮC HÀ NĂM 2024")


def _plan(issuer_block: str, place: str) -> str:
    return (f"{issuer_block}\nSố: 64/KH-UBND\n{place}, ngày 11 tháng 3 năm 2024\nKẾ HOẠCH\n"
            "Thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2024" + BODY)


@pytest.mark.parametrize("issuer_block,place,field,expected", [    # §1b place names broken over lines
    ("ỦY BAN NHÂN DÂN\nTỈNH KON\nTUM", "Kon Tum", "province", "Kon Tum"),
    ("ỦY BAN NHÂN DÂN\n\nTỈNH GIA\n\nLAI", "Pleiku", "province", "Gia Lai"),             # web copy: empty lines
    ("UBND HUYỆN\nHƯƠNG KHÊ", "Hương Khê", "district", "Hương Khê"),                     # level word ends its line
    ("ỦY BAN NHÂN DÂN\nHUYỆN\nĐỨC THỌ", "Đức Thọ", "district", "Đức Thọ"),
    ("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nTỈNH BÌNH | Độc lập - Tự do - Hạnh phúc |\nĐỊNH",
     "Quy Nhơn", "province", "Bình Định"),                                               # two columns flattened
])
def test_a_place_broken_over_lines_is_read_whole(issuer_block, place, field, expected):
    info = _info(_plan(issuer_block, place))
    assert getattr(info, field) == expected
    assert info.issuer == f"UBND {'tỉnh' if field == 'province' else 'huyện'} {expected}"


def test_a_complete_place_is_not_joined_with_the_next_line():
    info = _info(_plan("ỦY BAN NHÂN DÂN\nHUYỆN VŨ QUANG\nBAN CHỈ ĐẠO NÔNG THÔN MỚI", "Vũ Quang"))
    assert (info.district, info.issuer) == ("Vũ Quang", "UBND huyện Vũ Quang")
    names = [m.name for m in place_mentions(header_view("TỈNH KON TUM\nĐĂK HÀ"))]
    assert names == ["Kon Tum"]


def test_a_level_word_ending_its_line_takes_only_a_known_name_alone_on_the_next():
    assert [m.name for m in place_mentions("UBND HUYỆN\nKẾ HOẠCH\n")] == []
    assert [m.name for m in place_mentions("UBND HUYỆN\nNGHI XUÂN Số: 3/KH\n")] == []     # more words on the line
    assert [m.name for m in place_mentions("của UBND huyện\nNghi Xuân\n")] == []           # only capitals cross a line
    assert [m.name for m in place_mentions("UBND HUYỆN\nNGHI XUÂN\n")] == ["Nghi Xuân"]


@pytest.mark.parametrize("issuer_block", [                         # §1a motto interleaved with the issuer column
    "ỦY BAN NHÂN DÂN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA\nHUYỆN HƯƠNG SƠN          VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc",
    "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI |\nHUYỆN HƯƠNG SƠN | CHỦ NGHĨA VIỆT NAM |\n| Độc lập - Tự do |\n| Hạnh phúc |",
])
def test_the_motto_split_between_columns_is_never_a_place_or_issuer(issuer_block):
    text = _plan(issuer_block, "Hương Sơn")
    assert all("Hội" not in m.name and "Nghĩa" not in m.name for m in place_mentions(header_view(text)))
    info = _info(text)
    assert (info.issuer, info.admin_level, info.commune, info.district) == \
        ("UBND huyện Hương Sơn", "huyen", None, "Hương Sơn")


def test_the_motto_alone_gives_no_issuer():  # the issuer's second line lost: the motto's "XÃ HỘI" is no commune
    info = _info(_plan("ỦY BAN NHÂN DÂN |\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA |\nVIỆT NAM", "Hương Sơn"))
    assert info.commune is None and "Hội" not in (info.issuer or "")
