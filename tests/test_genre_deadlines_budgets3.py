"""Deadlines and legal references on real wording, third audit (docs/genre.md §2, §4; issue 14).

Every sentence here is invented (other places, numbers and dates than the pages read)."""
import pytest

from extractors import Document, run

_HEAD = ("ỦY BAN NHÂN DÂN\nXÃ PHÚ LỄ\nSố: 18/KH-UBND\nPhú Lễ, ngày 10 tháng 2 năm 2025\nKẾ HOẠCH\n"
         "Xây dựng xã Phú Lễ đạt chuẩn nông thôn mới nâng cao năm 2025\n\n")


def _tables(body: str, head: str = _HEAD):
    return run(Document.from_text(head + body)).tables


def _deadlines(body: str, head: str = _HEAD):
    return [(d.date, d.precision) for d in _tables(body, head)["deadlines"]]


def test_a_news_stamp_with_its_time_after_the_date_is_no_deadline():  # §4b stamp "dd/mm/yyyy hh:mm"
    body = "Phú Lễ cần 12 tỷ đồng cho tiêu chí Giao thông\n\n14/03/2025 08:40\n\n- Hoàn thành đường trục thôn trước ngày 30/6/2025.\n"
    assert _deadlines(body, head="") == [("2025-06-30", "day")]


def test_a_site_metadata_date_is_no_deadline():  # §4b "Ngày ban hành: dd/mm/yyyy"
    body = "Số hiệu: 61/2024/TT-BTC\nNgày ban hành: 05/06/2024\nNgày hiệu lực: 20/07/2024\n"
    assert _deadlines(body, head="") == []


def test_a_replaced_deadline_is_no_deadline():  # §4a/§4b "lùi … đến trước tháng M (thay cho trước tháng M')"
    body = ("- UBND tỉnh đồng ý lùi thời hạn hoàn thành các tiêu chí đến trước tháng 10/2025 "
            "(thay cho trước tháng 7/2025 tại Kế hoạch số 12/KH-UBND ngày 02.01.2025 của UBND tỉnh).\n")
    assert _deadlines(body) == [("2025-09-30", "month")]


def test_the_day_of_a_past_act_in_mid_sentence_is_no_deadline():  # §4b "…, ngày d-m-yyyy, <CQ> ban hành …"
    body = ("Theo chủ trương của tỉnh, ngày 3-5-2024, UBND huyện Lâm Hà ban hành Quyết định số 55/QĐ-UBND "
            "về việc giao vốn cho các xã.\n")
    t = _tables(body)
    assert [d.date for d in t["deadlines"]] == []
    assert [r.number for r in t["legal_refs"]] == ["55/QĐ-UBND"]


def test_a_hard_wrapped_basis_line_keeps_its_dates_out_of_the_deadlines():  # §2b Căn cứ over lines, §4b
    body = ("Căn cứ Quyết định số 210/QĐ-TTg ngày 2/3/2021 của Thủ\ntướng Chính phủ phê duyệt Chiến lược phát triển "
            "nông thôn của\nvùng trung du đến năm 2030;\n- Hoàn thành nhà văn hóa thôn Đông trong quý III/2025.\n")
    assert _deadlines(body) == [("2025-09-30", "quarter")]


def test_a_type_word_glued_to_the_word_before_still_cites():  # §2c glued words in web copies
    refs = _tables("Thực hiệnQuyết định số 77/QĐ-UBND ngày 09/04/2024 của UBND tỉnh về việc giao kế hoạch vốn.\n")["legal_refs"]
    assert [(r.type, r.number, r.date) for r in refs] == [("quyet_dinh", "77/QĐ-UBND", "2024-04-09")]


def test_the_type_of_a_cited_number_is_the_nearest_type_word():  # §2b "chương trình … thực hiện Nghị quyết số …"
    body = ("Tỉnh ủy có chương trình hành động thực hiện Nghị quyết số 09-NQ/TU ngày 01/02/2022; dự án nhỏ "
            "theo Quyết định số 301/QĐ-UBND.\n")
    refs = _tables(body)["legal_refs"]
    assert [(r.type, r.number) for r in refs] == [("nghi_quyet", "09-NQ/TU"), ("quyet_dinh", "301/QĐ-UBND")]


@pytest.mark.parametrize("wrap", [" ", "\n"])
def test_a_date_written_after_the_issuer_dates_the_citation(wrap):  # §2b date after "của <CQ>"
    body = f"Căn cứ Nghị định số 41/2024/NĐ-CP của Chính phủ ngày 12 tháng{wrap}3 năm 2024 sửa đổi một số điều;\n"
    refs = _tables(body)["legal_refs"]
    assert [(r.number, r.date, r.issuer) for r in refs] == [("41/2024/NĐ-CP", "2024-03-12", "Chính phủ")]


def test_a_law_whose_date_is_wrapped_after_the_day_word_keeps_its_date():  # §2b laws by name, hard wraps
    refs = _tables("Căn cứ Luật Đầu tư công ngày\n13 tháng 6 năm 2019;\n")["legal_refs"]
    assert [(r.type, r.number, r.date) for r in refs] == [("other", None, "2019-06-13")]


def test_a_headline_amount_written_again_below_is_one_budget():  # §3a headline repeated in the lead and at the foot
    title = "Hòa Phú: 4 thôn cần 15 tỷ đồng để hoàn thiện tiêu chí nông thôn mới kiểu mẫu"
    body = f"{title}\n\n08/04/2025 10:15\n\nĐể hoàn thành các tiêu chí còn thiếu, các thôn cần khoảng 15 tỷ đồng.\n\n{title}\n"
    assert [(b.amount_vnd, b.role) for b in _tables(body, head="")["budgets"]] == [(15_000_000_000, "gap")]


def test_a_headline_amount_not_repeated_is_kept():
    body = "Huyện Đông Sơn dành 9 tỷ đồng cho giao thông nông thôn\n\nCác xã triển khai ngay từ đầu năm.\n"
    assert [b.amount_vnd for b in _tables(body, head="")["budgets"]] == [9_000_000_000]


def test_a_date_written_before_the_citation_dates_it():  # §2b "ngày D, <CQ> ban hành <Loại> số N"
    body = "Để giải quyết vấn đề này, ngày 7-9-2011, Thủ tướng Chính phủ ban hành Quyết định số 612/QĐ-TTg về việc hỗ trợ.\n"
    t = _tables(body)
    assert [(r.number, r.date, r.issuer) for r in t["legal_refs"]] == [("612/QĐ-TTg", "2011-09-07", "Thủ tướng Chính phủ")]
    assert t["deadlines"] == []


def test_a_dated_citation_keeps_its_own_date_over_one_before_it():
    body = "Ngày 02/5/2024, UBND huyện ban hành văn bản đôn đốc theo Quyết định số 44/QĐ-UBND ngày 15/01/2024 của UBND tỉnh.\n"
    refs = _tables(body)["legal_refs"]
    assert [(r.number, r.date) for r in refs] == [("44/QĐ-UBND", "2024-01-15")]


def test_a_ministrys_symbol_names_its_issuer():
    from helpers import extract

    text = ("KẾ HOẠCH\nXây dựng nông thôn mới năm 2024\n"
            "Căn cứ Thông tư số 07/2021/TT-BXD ngày 10/5/2021 hướng dẫn quy hoạch;\n"
            "Căn cứ Quyết định số 512/QĐ-BYT ngày 02/3/2022 về bộ tiêu chí y tế;\n"
            "Căn cứ Quyết định số 88/QĐ-UBND ngày 05/01/2024;\n")
    refs = {r.number: r.issuer for r in extract(text).tables["legal_refs"]}
    assert refs["07/2021/TT-BXD"] == "Bộ Xây dựng" and refs["512/QĐ-BYT"] == "Bộ Y tế"
    assert refs["88/QĐ-UBND"] is None  # an UBND symbol names no level: no issuer is guessed


def test_a_joint_circular_gets_no_single_ministry_as_issuer():
    from extractors.facts.legal_refs import _issuer_from_suffix

    assert _issuer_from_suffix("26/2014/TTLT-BTC-BYT") is None
    assert _issuer_from_suffix("51/2013/TTLT/BNNPTNT-BKHĐT") is None
    assert _issuer_from_suffix("05/2022/TT-BCT") == "Bộ Công Thương"
    assert _issuer_from_suffix("15/2017/TT-BTC") == "Bộ Tài chính"
