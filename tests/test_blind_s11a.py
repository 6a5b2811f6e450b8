"""Forms from the session-11 blind measurement on full documents and document-reporting items (helper s11a,
docs/genre.md §12). Every sentence here is written for the test: names, numbers and places are invented."""
from __future__ import annotations

from extractors import Document, run


def _run(text: str):
    return run(Document.from_text(text))


def _refs(text: str) -> list[tuple[str, str, str | None]]:
    return [(r.type, r.number, r.date) for r in _run(text).tables["legal_refs"] if r.number]


def _doc(text: str) -> dict:
    i = _run(text).doc.info
    return {"admin_level": i.admin_level, "province": i.province, "district": i.district, "commune": i.commune,
            "doc_type": i.doc_type}


def test_numbers_alone_in_a_table_column_are_cited_by_their_symbol():
    text = ("Danh sách xã đạt chuẩn đến hết năm 2021\n\nTT\n\nTÊN XÃ\n\nSỐ QUYẾT ĐỊNH CÔNG NHẬN\n\n"
            "1\n\nHòa Lạc\n\n2210/QĐ-UBND ngày 14/11/2017\n\n2\n\nTân Mỹ\n\n815/QĐ-UBND ngày 3/4/2019\n\n"
            "3\n\nAn Phú\n\n12/2020/QĐ-UBND\n")
    assert _refs(text) == [("quyet_dinh", "2210/QĐ-UBND", "2017-11-14"), ("quyet_dinh", "815/QĐ-UBND", "2019-04-03"),
                           ("quyet_dinh", "12/2020/QĐ-UBND", None)]


def test_a_number_alone_on_its_line_needs_a_known_type_code_and_nothing_but_its_date():
    text = ("Bảng tổng hợp\n\n07-CTr/HU\n\n45/TTr-SNN\n\n318/KH-UBND được giao cho xã Hòa Lạc\n\n"
            "96/QĐ-UBND ngày 9/13/20221\n\n97/QĐ-UBND ngày 10/3/2022\n")
    assert _refs(text) == [("quyet_dinh", "96/QĐ-UBND", None), ("quyet_dinh", "97/QĐ-UBND", "2022-03-10")]
    assert _refs("Bảng tổng hợp\n\n96/QĐ-UBND ngày 10/3/2022\n") == []  # one number alone: no column


def test_the_plans_own_number_alone_on_a_line_is_not_cited():
    text = ("UBND HUYỆN AN LÃO\n\n142/KH-UBND\n\nAn Lão, ngày 3 tháng 5 năm 2024\n\nKẾ HOẠCH\n"
            "Xây dựng nông thôn mới năm 2024\n")
    assert all(n != "142/KH-UBND" for _, n, _ in _refs(text))


def test_a_headline_under_a_page_stamp_line_still_names_the_province():
    text = ("Thứ Năm, 14/03/2024, 08:15 (GMT+7)\n.\n\nBình Thuận: Công nhận thêm các xã đạt chuẩn nông thôn mới\n\n"
            "UBND tỉnh Bình Thuận ban hành các quyết định công nhận xã Hòa Minh, huyện Tuy Phong và xã Phan Hiệp, "
            "huyện Bắc Bình đạt chuẩn nông thôn mới. UBND huyện Tuy Phong và UBND huyện Bắc Bình tổ chức công bố; "
            "huyện Tuy Phong tiếp tục chỉ đạo xã Hòa Minh duy trì các tiêu chí.\n")
    doc = _doc(text)
    assert (doc["admin_level"], doc["province"], doc["district"], doc["commune"]) == ("tinh", "Bình Thuận", None, None)


def test_a_towns_abbreviation_names_a_district_level_place():
    text = ("Danh sách xã đạt chuẩn nông thôn mới toàn tỉnh\n\nI\n\nTP THANH HÓA\n(4 xã)\n\n1\n\nĐông Lĩnh\n\n"
            "II\n\nTX NGHI SƠN\n(6 xã)\n\n1\n\nHải Nhân\n")
    assert _doc(text)["admin_level"] == "tinh"


def test_communes_listed_with_their_districts_in_brackets_are_a_provinces_list():
    text = ("Năm 2024 phấn đấu có thêm 4 xã đạt chuẩn nông thôn mới nâng cao\n\n"
            "UBND tỉnh vừa ban hành kế hoạch năm 2024. Xã Minh Khai (Văn Chấn) phấn đấu đạt chuẩn trong năm.\n"
            "Tỉnh phấn đấu có thêm 4 xã đạt chuẩn nông thôn mới nâng cao gồm: Minh Khai (Văn Chấn); Hưng Khánh "
            "(Trấn Yên); Tân Lĩnh, Yên Thành (Lục Yên).\n")
    doc = _doc(text)
    assert (doc["admin_level"], doc["commune"]) == ("tinh", None)


def test_a_bracket_that_names_no_district_makes_no_commune_list():
    from extractors.headless import listed_mentions

    assert listed_mentions("Có 2 xã đạt chuẩn gồm: Minh Khai (đạt 19 tiêu chí); Hưng Khánh (dự kiến).") == []


def test_a_type_word_in_a_pages_list_of_other_items_gives_no_document_type():
    text = ("Theo báo cáo, huyện Hòa Vang có 11/11 xã đạt chuẩn nông thôn mới.\n"
            "Các sở gửi văn bản nhận xét trước ngày 15/7/2021.\n"
            "Những tin cũ hơn\nKế hoạch tuyên truyền về xây dựng nông thôn mới năm 2021\n")
    assert _doc(text)["doc_type"] == "other"


def test_a_day_before_a_letter_sent_is_no_deadline():
    text = "Ngày 9-3-2021 UBND tỉnh đã có văn bản gửi các sở, ngành về việc bổ sung chỉ tiêu nông thôn mới năm 2021.\n"
    assert _run(text).tables["deadlines"] == []


def test_each_listed_commune_points_at_its_own_words():
    from extractors.headless import listed_mentions

    text = "Có 3 xã đạt chuẩn gồm: Ea Kly (Krông Pắc); Cư Suê , Hòa Đông (Cư M'gar)."
    assert [text[m.start:m.end] for m in listed_mentions(text)] == ["Ea Kly", "Cư Suê", "Hòa Đông"]
