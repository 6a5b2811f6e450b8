"""Responsible units: registry, abbreviations, roles, the criteria each answers for."""
import pytest
from helpers import assignment_pairs, extract, with_head

from extractors.units import find_units, match_unit


@pytest.mark.parametrize("written,canonical", [
    ("Phòng Nông nghiệp và PTNT", "Phòng Nông nghiệp và Phát triển nông thôn"),
    ("Phòng NN&PTNT", "Phòng Nông nghiệp và Phát triển nông thôn"),
    ("Phòng KT-HT", "Phòng Kinh tế và Hạ tầng"),
    ("Phòng Kinh tế - Hạ tầng", "Phòng Kinh tế và Hạ tầng"),
    ("Phòng TC-KH", "Phòng Tài chính - Kế hoạch"),
    ("Phòng LĐTB&XH", "Phòng Lao động - Thương binh và Xã hội"),
    ("Phòng VH-TT", "Phòng Văn hóa và Thông tin"),
    ("Phòng Văn Hoá – Thông tin", "Phòng Văn hóa và Thông tin"),
    ("Phòng TN-MT", "Phòng Tài nguyên và Môi trường"),
    ("Phòng GD&ĐT", "Phòng Giáo dục và Đào tạo"),
    ("BHXH", "Bảo hiểm xã hội"),
    ("Ủy ban MTTQ", "Ủy ban Mặt trận Tổ quốc"),
    ("BCHQS", "Ban Chỉ huy Quân sự"),
    ("Văn phòng NTM", "Văn phòng Điều phối nông thôn mới"),
    ("Đoàn TNCS Hồ Chí Minh", "Đoàn Thanh niên Cộng sản Hồ Chí Minh"),
    ("Hội LHPN", "Hội Liên hiệp Phụ nữ"),
    ("Công chức địa chính", "Công chức Địa chính - Xây dựng"),
])
def test_registry_matches_abbreviations_and_variants(written, canonical):
    assert match_unit(written)["name"] == canonical


def test_place_qualifier_is_kept_apart_and_unknown_units_keep_their_name():
    u = find_units("Chi cục Thống kê huyện Kon Plông: chỉ đạo")[0]
    assert (u.canonical, u.place) == ("Chi cục Thống kê", "huyện")
    assert "Kon Plông" in u.raw
    odd = find_units("Hội đồng QHTXVNN: tham mưu")[0]
    assert not odd.known and odd.canonical == "Hội đồng QHTXVNN"


pairs = with_head(assignment_pairs, "KẾ HOẠCH\nHuyện Krông Bông phấn đấu được công nhận đạt chuẩn nông thôn mới năm 2021\n\n",
                  roles=True)


def test_block_headed_by_a_unit_with_criteria_and_indicators():
    text = ("IV. TỔ CHỨC THỰC HIỆN\n- Phòng Nông nghiệp và PTNT:\n"
            "+ Hướng dẫn cơ sở củng cố những tiêu chí xã do ngành theo dõi (Tiêu chí số 3- Thủy lợi; chỉ tiêu 17.1- Nước sạch).\n"
            "+ Tổng hợp minh chứng đạt tiêu chí huyện NTM (cụ thể: Tiêu chí số 6- Sản xuất).\n")
    assert pairs(text) == [("Phòng Nông nghiệp và Phát triển nông thôn", "chu_tri", "17.1"),
                           ("Phòng Nông nghiệp và Phát triển nông thôn", "chu_tri", "3"),
                           ("Phòng Nông nghiệp và Phát triển nông thôn", "chu_tri", "H6")]


def test_chu_tri_phoi_hop_inline():
    text = "- Phòng Nội vụ:\n+ Chủ trì, phối hợp với Văn phòng NTM huyện chuẩn bị minh chứng cho tiêu chí huyện NTM: Tiêu chí số 9.\n"
    assert pairs(text) == [("Phòng Nội vụ", "chu_tri", "H9"), ("Văn phòng Điều phối nông thôn mới", "phoi_hop", "H9")]


def test_unit_lines_under_a_criterion_heading():
    text = ("1. Tiêu chí số 2 về Giao thông\n- Nội dung: trải nhựa tuyến liên xã.\n"
            "- Đơn vị chủ trì: Phòng Kinh tế và Hạ tầng.\n- Đơn vị phối hợp: Phòng Tài chính - Kế hoạch, UBND các xã.\n")
    assert pairs(text) == [("Phòng Kinh tế và Hạ tầng", "chu_tri", "2"), ("Phòng Tài chính - Kế hoạch", "phoi_hop", "2"),
                           ("Ủy ban nhân dân", "phoi_hop", "2")]


def test_a_sentence_without_a_unit_gives_nothing():
    assert pairs("- Duy trì và nâng chất tiêu chí số 2 về Giao thông.\n") == []


def test_every_assignment_points_at_its_unit():
    r = extract("KẾ HOẠCH\nXã Ea Trul phấn đấu đạt chuẩn nông thôn mới năm 2022\n\n3. Công chức địa chính XD-MT xã\n"
                "- Tham mưu bê tông hóa các tuyến ngõ xóm để giữ vững tiêu chí số 2 về giao thông.\n")
    a = r.tables["assignments"][0]
    assert r.doc.text[a.start:a.end] == a.raw == a.unit_raw and a.role == "thuc_hien" and a.criteria == ["2"]


def test_units_listed_in_a_footnote():
    import sys
    sys.path.insert(0, str(__import__("pathlib").Path(__file__).parent))
    from builders import docx_with_footnote

    from pipeline.ingest import load_bytes
    from pipeline.run import process

    data = docx_with_footnote("Giao các đơn vị phối hợp thực hiện tiêu chí số 15 về Y tế", "Phòng Y tế, Trung tâm Y tế huyện")
    r = process(load_bytes(data, "f.docx"))
    got = sorted((a.unit, a.role, c) for a in r.tables["assignments"] for c in a.criteria)
    assert got == [("Phòng Y tế", "phoi_hop", "15"), ("Trung tâm Y tế", "phoi_hop", "15")]
