"""Legal references as the genre writes them (docs/genre.md §2): every symbol form, lists, laws by name."""
import pytest

from extractors import Document, run


def _refs(body: str):
    return run(Document.from_text(body)).tables["legal_refs"]


@pytest.mark.parametrize("sentence,number,issuer", [
    ("Căn cứ Luật Đầu tư công số 58/2024/QH15 ngày 29/11/2024;", "58/2024/QH15", "Quốc hội"),           # §2a Quốc hội
    ("Căn cứ Nghị quyết số 41/NQ-CP ngày 4/4/2023 của Chính phủ;", "41/NQ-CP", "Chính phủ"),            # §2a Chính phủ
    ("Căn cứ Nghị định số 19/2023/NĐ-CP ngày 15/5/2023;", "19/2023/NĐ-CP", "Chính phủ"),
    ("Căn cứ Thông tư số 07/2023/TT-BTC ngày 9/2/2023;", "07/2023/TT-BTC", "Bộ Tài chính"),             # §2a Bộ
    ("Căn cứ Quyết định số 925/QĐ-TTg ngày 2/8/2023;", "925/QĐ-TTg", "Thủ tướng Chính phủ"),
    ("Thực hiện Nghị quyết số 12-NQ/TW ngày 6/6/2023;", "12-NQ/TW", "Ban Chấp hành Trung ương Đảng"),  # §2a Party
    ("Thực hiện Chương trình hành động số 08-CTr/HU ngày 3/5/2023;", "08-CTr/HU", "Huyện ủy"),
    ("Thực hiện Đề án số 04-ĐA/TU ngày 17/1/2022;", "04-ĐA/TU", "Tỉnh ủy"),
    ("Xét Tờ trình số 96/TTr-SNN ngày 20/6/2023 của Sở Nông nghiệp và PTNT;", "96/TTr-SNN", "Sở Nông nghiệp và PTNT"),
    ("Căn cứ Quyết định số 733/QĐ-BNN-VPĐP ngày 1/3/2023;", "733/QĐ-BNN-VPĐP", None),                   # three parts
    ("Căn cứ Thông tư số 12/2023/ TT - BNNPTNT ngày 8/9/2023;", "12/2023/TT-BNNPTNT",                 # §2c spaces
     "Bộ Nông nghiệp và Phát triển nông thôn"),
])
def test_national_symbol_forms(sentence, number, issuer):
    refs = _refs(sentence)
    assert [(r.number, r.issuer) for r in refs][:1] == [(number, issuer)]


def test_a_list_sharing_type_and_issuer_gives_one_reference_per_number():  # §2b shared list
    refs = _refs("Căn cứ các Quyết định: số 1520/QĐ-TTg ngày 5/10/2022, số 1689/QĐ-TTg ngày 11/11/2022 "
                 "của Thủ tướng Chính phủ về việc giao kế hoạch vốn;")
    assert [(r.type, r.number, r.date, r.issuer) for r in refs] == [
        ("quyet_dinh", "1520/QĐ-TTg", "2022-10-05", "Thủ tướng Chính phủ"),
        ("quyet_dinh", "1689/QĐ-TTg", "2022-11-11", "Thủ tướng Chính phủ")]


def test_an_issuer_named_before_the_list_applies_to_every_item():
    refs = _refs("Căn cứ các Quyết định của UBND tỉnh Sơn La: số 402/QĐ-UBND ngày 2/3/2023 về bộ tiêu chí; "
                 "số 515/QĐ-UBND ngày 20/3/2023 về phân bổ vốn;")
    assert [(r.number, r.issuer) for r in refs] == [("402/QĐ-UBND", "UBND tỉnh Sơn La"), ("515/QĐ-UBND", "UBND tỉnh Sơn La")]


def test_a_number_with_its_year_and_no_so():  # §2b "<Loại> N/<ký hiệu> năm YYYY"
    refs = _refs("- Triển khai Quyết định 1184/QĐ-UBND năm 2023 của UBND huyện;")
    assert [(r.type, r.number) for r in refs] == [("quyet_dinh", "1184/QĐ-UBND")]


def test_a_law_cited_by_name_and_date_has_no_number():  # §2b laws by name
    refs = _refs("Căn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015;")
    assert [(r.type, r.number, r.date) for r in refs] == [("other", None, "2015-06-25")]


def test_a_citation_broken_over_lines():
    refs = _refs("Căn cứ Quyết định số 263/QĐ-\nTTg ngày 22/02/2022\ncủa Thủ tướng Chính phủ phê duyệt Chương trình;")
    assert [(r.number, r.date, r.issuer) for r in refs] == [("263/QĐ-TTg", "2022-02-22", "Thủ tướng Chính phủ")]


def test_a_ratio_is_not_a_reference():
    assert _refs("- Có 2/3 số hộ tham gia; Quyết định sẽ ban hành sau.") == []


def test_a_look_alike_d_in_a_symbol_reads_as_d():
    assert [r.number for r in _refs("Căn cứ Quyết định số 52/QÐ-UBND ngày 3/1/2024 của UBND huyện;")] == ["52/QĐ-UBND"]


# ------------------------------------------------------------------ issue year instead of a date (§2b "năm YYYY")
def test_an_issue_year_after_the_number_keeps_the_issuer_and_gives_a_year():
    refs = _refs("Thực hiện Quyết định 3071/QĐ-UBND năm 2022 của UBND tỉnh Cao Bằng về việc giao vốn sự nghiệp;")
    assert [(r.type, r.number, r.date, r.year, r.issuer) for r in refs] == [
        ("quyet_dinh", "3071/QĐ-UBND", None, 2022, "UBND tỉnh Cao Bằng")]
    assert refs[0].raw == "Quyết định 3071/QĐ-UBND năm 2022 của UBND tỉnh Cao Bằng"


def test_an_issue_year_after_so_and_the_number():
    refs = _refs("Căn cứ Kế hoạch số 46/KH-UBND năm 2024 của UBND huyện Ba Bể;")
    assert [(r.type, r.number, r.date, r.year, r.issuer) for r in refs] == [
        ("ke_hoach", "46/KH-UBND", None, 2024, "UBND huyện Ba Bể")]


def test_a_list_sharing_an_issue_year_and_an_issuer():
    refs = _refs("Căn cứ các Quyết định số 218/QĐ-UBND và 305/QĐ-UBND năm 2023 của UBND huyện Chợ Đồn về phân bổ vốn;")
    assert [(r.number, r.date, r.year, r.issuer) for r in refs] == [
        ("218/QĐ-UBND", None, 2023, "UBND huyện Chợ Đồn"), ("305/QĐ-UBND", None, 2023, "UBND huyện Chợ Đồn")]


def test_a_list_of_items_each_with_its_issue_year_shares_the_issuer():
    refs = _refs("Căn cứ các Nghị quyết số 14/NQ-HĐND năm 2021, số 9/NQ-HĐND năm 2022 của HĐND tỉnh Tuyên Quang;")
    assert [(r.number, r.year, r.issuer) for r in refs] == [
        ("14/NQ-HĐND", 2021, "HĐND tỉnh Tuyên Quang"), ("9/NQ-HĐND", 2022, "HĐND tỉnh Tuyên Quang")]


def test_a_list_of_items_each_with_its_date_shares_the_issuer_and_keeps_its_own_date():
    refs = _refs("Căn cứ các Quyết định số 640/QĐ-UBND ngày 12/4/2022, số 1187/QĐ-UBND ngày 30/6/2022 "
                 "của UBND tỉnh Điện Biên về việc ban hành bộ tiêu chí;")
    assert [(r.number, r.date, r.year, r.issuer) for r in refs] == [
        ("640/QĐ-UBND", "2022-04-12", 2022, "UBND tỉnh Điện Biên"),
        ("1187/QĐ-UBND", "2022-06-30", 2022, "UBND tỉnh Điện Biên")]


def test_a_list_of_prime_minister_decisions_each_dated():
    refs = _refs("Căn cứ các Quyết định: số 77/QĐ-TTg ngày 19/1/2023, số 860/QĐ-TTg ngày 21/7/2023 của Thủ tướng Chính phủ;")
    assert [(r.number, r.date, r.year, r.issuer) for r in refs] == [
        ("77/QĐ-TTg", "2023-01-19", 2023, "Thủ tướng Chính phủ"), ("860/QĐ-TTg", "2023-07-21", 2023, "Thủ tướng Chính phủ")]


def test_a_full_date_gives_its_year_and_a_law_by_name_too():
    refs = _refs("Căn cứ Quyết định số 58/QĐ-UBND ngày 8/2/2021 của UBND xã Nà Phặc;\n"
                 "Căn cứ Luật Thủy lợi ngày 19 tháng 6 năm 2017;")
    assert [(r.number, r.date, r.year) for r in refs] == [("58/QĐ-UBND", "2021-02-08", 2021), (None, "2017-06-19", 2017)]


@pytest.mark.parametrize("sentence", [
    "Căn cứ Kế hoạch số 31/KH-UBND năm 2021-2025 của UBND xã Bằng Vân;",  # a span of years, not an issue year
    "Căn cứ Quyết định số 902/QĐ-UBND, năm 2023 xã phấn đấu đạt chuẩn;",  # after a comma: the plan's sentence goes on
    "Căn cứ Nghị quyết số 25/2021/QH15 về chương trình;",  # the symbol's year is not read as the issue year
    "Căn cứ Quyết định số 415/QĐ-UBND ngày 31/13/2022 của UBND tỉnh Bắc Kạn;",  # an impossible date gives no year
])
def test_no_year_is_guessed(sentence):
    assert [r.year for r in _refs(sentence)] == [None]


def test_an_issue_year_inside_a_citation_is_not_a_deadline():
    r = run(Document.from_text("KẾ HOẠCH\nXây dựng nông thôn mới xã Quảng Khê năm 2024\n\n"
                               "Thực hiện Quyết định 1290/QĐ-UBND năm 2023 của UBND tỉnh Lào Cai về giao chỉ tiêu;\n"
                               "- Trong năm 2024 hoàn thành tiêu chí Giao thông.\n"))
    assert [d.date for d in r.tables["deadlines"]] == ["2024-12-31"]
    assert [(x.year, x.issuer) for x in r.tables["legal_refs"]] == [(2023, "UBND tỉnh Lào Cai")]
