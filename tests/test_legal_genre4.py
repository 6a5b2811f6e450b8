"""Legal references on real wording, fourth survey (docs/genre.md §2d, D650–D699): every sentence is written for the test."""
import pytest

from extractors import Document, run


def _run(body: str):
    return run(Document.from_text(body))


def _refs(body: str):
    return [(r.type, r.number, r.date, r.year) for r in _run(body).tables["legal_refs"]]


def test_two_laws_on_one_line_after_a_semicolon():
    body = ("Căn cứ Luật Thủy lợi ngày 19 tháng 6 năm 2017; Luật sửa đổi, bổ sung một số điều của Luật Trồng trọt và "
            "Luật Chăn nuôi ngày 17 tháng 11 năm 2020;\n")
    assert [d for _, n, d, _ in _refs(body) if n is None] == ["2017-06-19", "2020-11-17"]


def test_a_basis_repeated_after_a_semicolon_on_the_same_line():
    body = "Căn cứ Luật Đê điều ngày 29 tháng 11 năm 2006; Căn cứ Luật Phòng, chống thiên tai ngày 19 tháng 6 năm 2013;\n"
    assert [d for _, n, d, _ in _refs(body) if n is None] == ["2006-11-29", "2013-06-19"]


def test_and_splits_two_acts_only_once_the_first_has_its_date():
    two = "Căn cứ Luật Thú y ngày 19 tháng 6 năm 2015 và Luật sửa đổi, bổ sung Luật Thú y ngày 11 tháng 1 năm 2022;\n"
    one = "Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Đầu tư và Luật Doanh nghiệp ngày 26 tháng 11 năm 2014;\n"
    assert [d for _, n, d, _ in _refs(two) if n is None] == ["2015-06-19", "2022-01-11"]
    assert [d for _, n, d, _ in _refs(one) if n is None] == ["2014-11-26"]


def test_a_line_ending_in_of_runs_on_to_the_next():
    body = "Căn cứ Luật Tổ chức Quốc hội ngày 20 tháng 11 năm 2014; Luật Giám sát của\nHội đồng nhân dân ngày 20 tháng 11 năm 2015;\n"
    assert [d for _, n, d, _ in _refs(body) if n is None] == ["2014-11-20", "2015-11-20"]


def test_a_pinpoint_before_the_type_word_is_read_past():
    body = "Căn cứ khoản 2 Điều 5 của Luật Lâm nghiệp ngày 15 tháng 11 năm 2017;\n"
    assert _refs(body) == [("other", None, "2017-11-15", 2017)]


def test_a_law_named_with_its_year_keeps_that_year():
    assert _refs("Căn cứ Luật Đất đai năm 2013;\n") == [("other", None, None, 2013)]
    assert [y for *_, y in _refs("Căn cứ Kế hoạch phát triển du lịch năm 2024;\n")] == [None]  # a plan's year is not its own
    assert [y for *_, y in _refs("Căn cứ Luật Đất đai, năm 2013;\n")] == [None]  # after a comma


def test_an_ordinance_and_the_order_promulgating_it():
    body = "Căn cứ Pháp lệnh Thú y do Ủy ban Thường vụ Quốc hội ban hành theo lệnh số 08-LCT/HĐNN ngày 12-3-1993;\n"
    refs = _refs(body)
    assert ("other", "08-LCT/HĐNN", "1993-03-12", 1993) in refs
    assert all(d is None for _, n, d, _ in refs if n is None)  # the order's date is not the ordinance's


def test_an_issuer_ends_with_its_place_name():
    body = ("Căn cứ Nghị quyết số 31/2011/NQ-HĐND ngày 9 tháng 12 năm 2011 của Hội đồng nhân dân tỉnh Lạng Sơn quy "
            "định mức chi; Quyết định số 12/2012/QĐ-UBND ngày 3/4/2012 của UBND tỉnh Bà Rịa - Vũng Tàu;\n")
    assert [r.issuer for r in _run(body).tables["legal_refs"]] == ["Hội đồng nhân dân tỉnh Lạng Sơn", "UBND tỉnh Bà Rịa - Vũng Tàu"]


def test_a_wrapped_stop_word_ends_the_issuer():
    body = "và Nghị định số 33-HĐBT ngày 2-4-1985 của Hội đồng Bộ trưởng ban\nhành Điều lệ hợp tác xã.\n"
    assert [r.issuer for r in _run(body).tables["legal_refs"]] == ["Hội đồng Bộ trưởng"]


@pytest.mark.parametrize("sentence,opens", [
    ("Để thực hiện Nghị quyết Đại hội đại biểu Đảng bộ huyện Yên Lập lần thứ XXIII, nhiệm kỳ 2020 - 2025, UBND huyện ban hành kế hoạch.",
     "Nghị quyết Đại hội đại biểu Đảng bộ huyện Yên Lập lần thứ XXIII, nhiệm kỳ 2020 - 2025"),
    ("qua 10 năm thực hiện Nghị quyết Hội nghị lần thứ 5, Ban Chấp hành Trung ương khóa IX về kinh tế tập thể.",
     "Nghị quyết Hội nghị lần thứ 5, Ban Chấp hành Trung ương khóa IX"),
    ("tổng kết Nghị quyết Hội nghị Trung ương 6 khóa XI về đất đai.", "Nghị quyết Hội nghị Trung ương 6 khóa XI"),
])
def test_a_party_resolution_by_its_congress_or_plenum(sentence, opens):
    refs = _run(sentence).tables["legal_refs"]
    assert [(r.type, r.number, r.date, r.raw) for r in refs] == [("nghi_quyet", None, None, opens)]


@pytest.mark.parametrize("sentence", [
    "quán triệt Nghị quyết Đại hội Đảng các cấp trong toàn huyện.",
    "triển khai Nghị quyết Hội nghị Ban Chấp hành Đảng bộ xã về sản xuất vụ đông.",
])
def test_a_congress_without_its_ordinal_is_no_reference(sentence):
    assert _run(sentence).tables["legal_refs"] == []


def test_a_type_code_written_apart_is_one_number():
    body = "Căn cứ Quyết định số 2210 QĐ/SNN-KH ngày 9/10/2019 của Sở Nông nghiệp và PTNT;\n"
    assert _refs(body) == [("quyet_dinh", "2210 QĐ/SNN-KH", "2019-10-09", 2019)]


@pytest.mark.parametrize("sentence", ["đạt 2 lần/năm theo quy định", "Quyết định số 12 năm nay"])
def test_no_spaced_number_is_invented(sentence):
    assert _refs(sentence) == []


def test_the_years_of_a_wrapped_quoted_title_after_a_citation_are_no_deadlines():
    body = ("KẾ HOẠCH\nTHỰC HIỆN ĐỀ ÁN TUYÊN TRUYỀN NĂM 2024\nCăn cứ Quyết định số 45/2019/QĐ-TTg ngày 3 tháng\n"
            "5 năm 2019 của Thủ tướng Chính phủ phê duyệt đề án “Hỗ trợ pháp lý cho\nhộ kinh doanh từ năm 2019 đến năm 2022”;\n"
            "1. Hoàn thành tập huấn trước ngày 30/6/2024.\n")
    r = _run(body)
    assert [d.date for d in r.tables["deadlines"]] == ["2024-06-30"]


@pytest.mark.parametrize("sentence,issuer", [
    ("Thực hiện Thông báo số 17/TB-VPCP ngày 9 tháng 1 năm 2019 của Văn phòng Chính phủ Kết luận của Phó Thủ tướng tại cuộc họp;",
     "Văn phòng Chính phủ"),
    ("tại Hội nghị (Thông báo số 88/TB-VPCP ngày 5/3/2019 của Văn phòng Chính phủ - xin gửi kèm theo), Ủy ban nhân dân giao:",
     "Văn phòng Chính phủ"),
    ("Căn cứ Thông tư liên tịch số 06/2019/TTLT-BTC-BNV ngày 2/5/2019 của Bộ Tài chính và Bộ Nội vụ;", "Bộ Tài chính và Bộ Nội vụ"),
])
def test_a_known_body_ends_the_issuer_before_another_clause(sentence, issuer):
    assert [r.issuer for r in _run(sentence).tables["legal_refs"]] == [issuer]


def test_an_old_government_name_ends_before_its_verb():
    body = "Căn cứ Quyết định số 71-CP ngày 3-5-1964 của Hội đồng Chính phủ ủy nhiệm cho các Bộ phê chuẩn địa giới;\n"
    assert [(r.number, r.issuer) for r in _run(body).tables["legal_refs"]] == [("71-CP", "Hội đồng Chính phủ")]


def test_a_party_resolution_in_a_related_documents_list_is_not_cited():
    text = ("- 1Nghị quyết Hội nghị Trung ương 7 khóa X về nông nghiệp do Ban Chấp hành ban hành\nKẾ HOẠCH\n"
            "Để tổng kết Nghị quyết Hội nghị Trung ương 5 khóa IX về kinh tế tập thể, huyện tổ chức hội nghị.\n")
    assert [r.raw for r in _run(text).tables["legal_refs"]] == ["Nghị quyết Hội nghị Trung ương 5 khóa IX"]


def test_bare_numbers_share_the_symbol_of_the_last_one():
    # news items and decisions list several decisions under one symbol; each gets it, with the shared date
    body = ("Chủ tịch UBND tỉnh Kon Tum vừa ký các Quyết định số 812, 813 và 814/QĐ-UBND ngày 5 tháng 9 năm 2024 "
            "về việc công nhận xã đạt chuẩn nông thôn mới.")
    refs = [(n, d) for _, n, d, _ in _refs(body)]
    assert refs == [("812/QĐ-UBND", "2024-09-05"), ("813/QĐ-UBND", "2024-09-05"), ("814/QĐ-UBND", "2024-09-05")]
    assert _run(body).tables["deadlines"] == []  # the decisions' day is no task's deadline


def test_bare_numbers_keep_a_year_in_the_shared_symbol():
    refs = [n for _, n, _, _ in _refs("Thực hiện các Nghị quyết số 07, 08/2023/NQ-HĐND của HĐND tỉnh Bình Phước;")]
    assert refs == ["07/2023/NQ-HĐND", "08/2023/NQ-HĐND"]


def test_numbers_after_a_year_word_are_no_shared_list():
    assert all(n != "2023/KH-UBND" for _, n, _, _ in _refs("Căn cứ Kế hoạch năm 2023, 45/KH-UBND của UBND huyện;"))
