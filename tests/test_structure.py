"""Document fields and the section tree, on small inline plans."""
import pytest
from helpers import extract

from extractors.model import Document
from extractors.sections import find_sections, roman_value

HEADER = """ỦY BAN NHÂN DÂN
XÃ AN BÌNH
Số: {number}
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
An Bình, ngày {date}

KẾ HOẠCH
{title}

Căn cứ Quyết định số 318/QĐ-TTg ngày 08/3/2022 của Thủ tướng Chính phủ;
Thực hiện Kế hoạch số 12/KH-UBND ngày 10/01/2024 của UBND huyện Phú Lương;
"""


def doc_fields(**kw):
    text = HEADER.format(**{"number": "25/KH-UBND", "date": "05 tháng 02 năm 2024",
                            "title": "Xây dựng xã An Bình đạt chuẩn nông thôn mới nâng cao năm 2024", **kw})
    text += "\nNơi nhận:\n- UBND huyện;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\n\nLê Văn Bình\n"
    return extract(text).document


def test_header_fields():
    d = doc_fields()
    assert d["doc_type"] == "ke_hoach"
    assert d["number"] == "25/KH-UBND"
    assert d["issue_date"] == "2024-02-05"
    assert d["issuer"] == "UBND xã An Bình"
    assert (d["admin_level"], d["commune"], d["district"]) == ("xa", "An Bình", "Phú Lương")
    assert (d["plan_year"], d["target"], d["criteria_set"]) == (2024, "ntm_nang_cao", "xa_ntm_nang_cao_2021_2025")
    assert (d["signer_name"], d["signer_title"]) == ("Lê Văn Bình", "Chủ tịch")


def test_a_blank_number_is_null_and_a_partial_date_is_kept():
    d = doc_fields(number="   /KH-UBND", date="tháng 01 năm 2024")
    assert d["number"] is None
    assert d["issue_date"] == "2024-01"


def test_title_over_two_lines():
    d = doc_fields(title="Thực hiện Chương trình xây dựng nông thôn mới\ntrên địa bàn xã An Bình năm 2023")
    assert d["title"] == "Thực hiện Chương trình xây dựng nông thôn mới trên địa bàn xã An Bình năm 2023"
    assert d["plan_year"] == 2023 and d["target"] == "ntm"


def test_deputy_signs_for_the_chairman():
    text = "KẾ HOẠCH\nXây dựng nông thôn mới năm 2022\n\nNơi nhận:\n- Lưu.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nTrần Thị Hoa\n"
    d = extract(text).document
    assert (d["signer_name"], d["signer_title"]) == ("Trần Thị Hoa", "Phó Chủ tịch")


def test_district_plan_uses_the_district_catalogue():
    text = ("KẾ HOẠCH\nXây dựng huyện Triệu Phong đạt chuẩn nông thôn mới năm 2021\n\n"
            "Căn cứ Quyết định số 558/QĐ-TTg ngày 05/4/2016 của Thủ tướng Chính phủ;\n"
            "UBND huyện xây dựng Kế hoạch như sau:\n")
    d = extract(text).document
    assert (d["admin_level"], d["district"], d["commune"]) == ("huyen", "Triệu Phong", None)
    assert (d["target"], d["criteria_set"], d["issuer"]) == ("huyen_ntm", "huyen_ntm_2016_2020", "UBND huyện Triệu Phong")


@pytest.mark.parametrize("year,set_id", [(2019, "xa_ntm_2016_2020"), (2023, "xa_ntm_2021_2025"), (2014, "xa_ntm_2009_2015")])
def test_commune_catalogue_by_year(year, set_id):
    d = extract(f"KẾ HOẠCH\nXây dựng xã Hòa Bình đạt chuẩn nông thôn mới năm {year}\n").document
    assert d["criteria_set"] == set_id


def sections(text):
    return [(s.number, s.level, s.kind) for s in find_sections(Document.from_text(text))]


def test_numbering_styles_nest_by_first_appearance():
    text = ("I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n- Nâng cao đời sống\n+ chi tiết\n2. Yêu cầu\n"
            "II. NỘI DUNG\n1. Nhiệm vụ\n1.1. Giao thông\n1.1.1. Đường trục xã\na) Đoạn 1\nb) Đoạn 2\n"
            "III. KINH PHÍ THỰC HIỆN\nA. Nhu cầu\nB. Nguồn vốn\n")
    assert sections(text) == [
        ("I", 1, "muc_dich_yeu_cau"), ("1", 2, "muc_dich_yeu_cau"), ("-", 3, "muc_dich_yeu_cau"),
        ("+", 4, "muc_dich_yeu_cau"), ("2", 2, "muc_dich_yeu_cau"),
        ("II", 1, "noi_dung"), ("1", 2, "nhiem_vu"), ("1.1", 3, "nhiem_vu"), ("1.1.1", 4, "nhiem_vu"),
        ("a", 5, "nhiem_vu"), ("b", 5, "nhiem_vu"),
        ("III", 1, "kinh_phi"), ("A", 2, "kinh_phi"), ("B", 2, "kinh_phi")]


def test_ordinal_words_and_timetable_headings():
    text = "IV. GIẢI PHÁP\nMột là, tăng cường lãnh đạo\nHai là, đẩy mạnh tuyên truyền\nV. LỘ TRÌNH\nQuý I/2023:\n+ Tháng 1/2023 rà soát\nQuý II/2023\n"
    got = sections(text)
    assert got[1] == ("Một là", 2, "giai_phap") and got[2] == ("Hai là", 2, "giai_phap")
    assert got[4][0].startswith("Quý I/2023") and got[4][2] == "lo_trinh" and got[6][1] == got[4][1]


def test_ocr_broken_headings_are_recognised():
    assert roman_value("IH") == 3 and roman_value("IV") == 4 and roman_value("ABC") is None
    got = sections("I. MỤC ĐÍCH\nII. NỘI DUNG\nIH. TỔ CHỨC THỤC HIỆN\n")
    assert got[2] == ("III", 1, "to_chuc_thuc_hien")


def test_sections_carry_extent_and_parent():
    doc = Document.from_text("I. NỘI DUNG\n1. Việc một\n2. Việc hai\nII. KINH PHÍ\n")
    secs = find_sections(doc)
    assert secs[1].parent == 0 and secs[2].parent == 0
    assert doc.text[secs[0].start:secs[0].end].startswith("I. NỘI DUNG") and secs[0].end == secs[3].start


def test_the_section_at_an_offset_is_the_deepest_open_one_nested_or_not():
    from extractors.model import Document, Section

    doc = Document.from_text("x" * 100)
    doc.sections = [Section("I", "Mục tiêu", 1, "goal", 0, 60), Section("1", "Chung", 2, "goal", 5, 20, parent=0),
                    Section("2", "Cụ thể", 2, "goal", 20, 40, parent=0), Section("II", "Nhiệm vụ", 1, "task", 60, 100)]
    got = [doc.section_at(o) for o in (0, 7, 25, 45, 60, 99)]
    assert [s.number if s else None for s in got] == ["I", "1", "2", "I", "II", "II"]
    assert all(doc.section_at(o) is doc._deepest_by_scan(o) for o in range(101))
    # a parent that does not hold its child: the plain scan answers
    doc.sections = [Section("I", "A", 1, "goal", 0, 30), Section("1", "B", 2, "goal", 20, 50, parent=0)]
    assert doc.section_at(40).number == "1" and doc.section_at(10).number == "I"
    assert all(doc.section_at(o) is doc._deepest_by_scan(o) for o in range(60))
