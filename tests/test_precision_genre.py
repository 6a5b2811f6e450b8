"""Forms of real NTM texts that gave false facts (docs/genre.md §10): each is refused or read right.

Every sentence here is written for the test (other names, numbers and places than any document read).
"""
import pytest

from extractors import Document, run
from extractors.header import find_signature, place_mentions


def _run(text: str):
    doc = Document.from_text(text)
    run(doc)
    return doc


def _tables(text: str):
    return run(Document.from_text(text)).tables


PROVINCE_QD = ("ỦY BAN NHÂN DÂN\nTỈNH NINH THUẬN\nSố: 611/QĐ-UBND\nNinh Thuận, ngày 04 tháng 4 năm 2023\nQUYẾT ĐỊNH\n"
               "%s\nỦY BAN NHÂN DÂN TỈNH NINH THUẬN\n\nCăn cứ Luật Thủy lợi ngày 19/6/2017 của Quốc hội;\n")


# --- §10a the programme's words after a level word are no place
@pytest.mark.parametrize("phrase", [
    "bộ tiêu chí xã Nông thôn mới giai đoạn 2026-2030",
    "BỘ TIÊU CHÍ HUYỆN NÔNG THÔN MỚI NÂNG CAO",
    "QUY ĐỊNH XÉT CÔNG NHẬN XÃ ĐẠT CHUẨN NÔNG THÔN MỚI KIỂU MẪU",
    "các tiêu chí huyện NTM nâng cao",
    "Quyết định của UBND tỉnh Quy định mức hỗ trợ",
])
def test_the_programme_words_are_no_place_name(phrase):
    assert [m.name for m in place_mentions(phrase)] == []


def test_real_places_that_open_like_programme_words_are_kept():
    names = [m.name for m in place_mentions("huyện Nông Cống, xã Nông Thượng, thành phố Quy Nhơn")]
    assert names == ["Nông Cống", "Nông Thượng", "Quy Nhơn"]


def test_a_province_decision_on_a_communes_standard_is_the_provinces():
    info = _run(PROVINCE_QD % "BAN HÀNH BỘ TIÊU CHÍ XÃ NÔNG THÔN MỚI NÂNG CAO GIAI ĐOẠN 2022 - 2025").info
    assert (info.admin_level, info.commune, info.issuer) == ("tinh", None, "UBND tỉnh Ninh Thuận")
    assert info.criteria_set == "xa_ntm_nang_cao_2021_2025"  # the standard the title names


def test_a_province_decision_on_a_districts_higher_standard_has_its_catalogue():
    # the district set of Quyết định 320/QĐ-TTg Phụ lục III, not the basic district set (s9c, genre.md §5c)
    info = _run(PROVINCE_QD % "BAN HÀNH BỘ TIÊU CHÍ HUYỆN NÔNG THÔN MỚI NÂNG CAO GIAI ĐOẠN 2022 - 2025").info
    assert (info.admin_level, info.district, info.criteria_set) == ("tinh", None, "huyen_ntm_nang_cao_2021_2025")


# --- §10b a centrally-run city is a province
def test_a_centrally_run_city_is_a_province():
    text = ("HỘI ĐỒNG NHÂN DÂN\nTHÀNH PHỐ CẦN THƠ\nSố: 14/2024/NQ-HĐND\nCần Thơ, ngày 09 tháng 7 năm 2024\n"
            "NGHỊ QUYẾT\nVề xây dựng nông thôn mới thành phố Cần Thơ năm 2025\n\nCăn cứ Luật Quy hoạch ngày 24/11/2017;\n")
    info = _run(text).info
    assert (info.admin_level, info.province, info.district) == ("tinh", "Cần Thơ", None)
    assert info.issuer == "HĐND thành phố Cần Thơ" and info.criteria_set is None


def test_a_provincial_city_stays_a_district():
    assert [(m.level, m.name) for m in place_mentions("UBND thành phố Thái Nguyên")] == [("huyen", "Thái Nguyên")]


# --- §10c an NQ's title stops at the council's own line
def test_a_resolution_title_stops_at_the_council_line():
    text = ("HỘI ĐỒNG NHÂN DÂN\nTỈNH KON TUM\nSố: 27/2024/NQ-HĐND\nKon Tum, ngày 10 tháng 12 năm 2024\nNGHỊ QUYẾT\n"
            "QUY ĐỊNH MỨC HỖ TRỢ XI MĂNG LÀM ĐƯỜNG GIAO THÔNG NÔNG THÔN\nHỘI ĐỒNG NHÂN DÂN TỈNH KON TUM\n"
            "KHÓA XII, KỲ HỌP THỨ 9\nCăn cứ Luật Quy hoạch ngày 24/11/2017;\n")
    assert _run(text).info.title == "QUY ĐỊNH MỨC HỖ TRỢ XI MĂNG LÀM ĐƯỜNG GIAO THÔNG NÔNG THÔN"


# --- §10d the execution clause of a decision is no signature
def test_the_execution_clause_is_no_signature():
    text = ("Điều 3. Quyết định có hiệu lực từ ngày ký.\nĐiều 4.\nChánh Văn phòng UBND huyện; Trưởng phòng Tài chính;\n"
            "Chủ tịch UBND các xã chịu trách nhiệm thi hành Quyết định này./.\n")
    assert find_signature(text) is None


# --- §10e plan horizons, stages with an ordinal, reported periods are no deadlines
def _deadlines(body: str):
    head = ("ỦY BAN NHÂN DÂN\nHUYỆN ĐÔNG ANH\nSố: 88/KH-UBND\nĐông Anh, ngày 02 tháng 2 năm 2024\nKẾ HOẠCH\n"
            "Thực hiện nông thôn mới kiểu mẫu năm 2024\n\n")
    return [(d.raw, d.date) for d in _tables(head + body)["deadlines"]]


@pytest.mark.parametrize("sentence", [
    "- Tiếp tục triển khai Đề án phát triển du lịch nông thôn huyện Đông Anh đến năm 2030.",
    "- Lồng ghép với Chương trình chuyển đổi số nông nghiệp đến năm 2028 của tỉnh.",
    "- Thực hiện Quy hoạch chung xây dựng xã Kim Nỗ đến\nnăm 2035 đã được phê duyệt.",
    "- Các dự án thuộc giai đoạn II: từ năm 2026 đến năm 2030 chưa được bố trí vốn.",
    "- Tổng hợp kết quả giải ngân, lũy kế vốn đến hết tháng 8/2024 của các xã.",
])
def test_dates_that_close_a_name_or_a_period_are_no_deadlines(sentence):
    assert _deadlines(sentence) == []


@pytest.mark.parametrize("sentence,date", [
    ("- Phấn đấu hoàn thành đề án đến năm 2025.", "2025-12-31"),                 # a task: the clause sets it
    ("- Các xã gửi báo cáo kết quả về Phòng Kinh tế đến hết ngày 20/11/2024.", "2024-11-20"),  # ", gửi": a deadline
    ("- Hoàn thành cứng hóa kênh nội đồng đến hết tháng 9/2024.", "2024-09-30"),
])
def test_task_deadlines_with_the_same_words_are_kept(sentence, date):
    assert [d for _, d in _deadlines(sentence)] == [date]


# --- §10f a cited document's issuer
@pytest.mark.parametrize("sentence,issuer", [
    ("Căn cứ Quyết định số 415/QĐ-UBND ngày 3/5/2023 của UBND tỉnh Ninh Thuận Ban hành quy chế phối hợp;",
     "UBND tỉnh Ninh Thuận"),                                                     # a capitalised verb ends it
    ("Căn cứ Quyết định số 27/QĐ-TTg ngày 9/1/2024 của Thủ tướng Chính phủ Phê duyệt đề án;", "Thủ tướng Chính phủ"),
    ("theo Kế hoạch số 52/KH-BCĐ ngày 2/4/2024 của Ban Chỉ đạo tỉnh), các huyện", "Ban Chỉ đạo tỉnh"),  # a bracket
    ("Căn cứ Thông tư số 05/2024/TT-BNNPTNT ngày 11/3/2024 của Bộ Nông\nnghiệp và Phát triển nông thôn về sửa đổi;",
     "Bộ Nông nghiệp và Phát triển nông thôn"),                                   # a hard-wrapped line
    ("Căn cứ Hướng dẫn số 19/HD-SNN ngày 7/2/2024 của Sở Nông\nnghiệp và PTNT tỉnh Bình Định về hồ sơ;",
     "Sở Nông nghiệp và PTNT tỉnh Bình Định"),
])
def test_cited_issuers_are_read_whole_and_stop_where_the_name_ends(sentence, issuer):
    assert [r.issuer for r in _tables(sentence)["legal_refs"]][:1] == [issuer]


def test_an_amended_law_is_no_issuer():
    refs = _tables("Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Đất đai ngày 29 tháng 6 năm 2024;\n")["legal_refs"]
    assert [(r.date, r.issuer) for r in refs] == [("2024-06-29", None)]


# --- §10g thresholds over communes are no counts
@pytest.mark.parametrize("sentence", [
    "- Phấn đấu đến năm 2027 toàn tỉnh không còn xã dưới 17 tiêu chí.",
    "- Số xã đạt từ 15 tiêu chí trở lên tăng 12 xã so với cùng kỳ.",
])
def test_thresholds_over_communes_are_no_counts(sentence):
    assert _tables(sentence)["criteria_summary"] == []


# --- §10h a share is of what follows it
def test_the_metric_of_a_share_follows_it():
    text = ("II. MỤC TIÊU\n- Đến năm 2028, có ít nhất 65% số xã đạt chuẩn nông thôn mới nâng cao, "
            "trong đó có khoảng 15% số xã đạt chuẩn nông thôn mới kiểu mẫu.\n")
    got = [(t.metric, t.value) for t in _tables(text)["targets"]]
    assert got == [("số xã đạt chuẩn nông thôn mới nâng cao", 65.0), ("số xã đạt chuẩn nông thôn mới kiểu mẫu", 15.0)]


# --- §10i a text with no header: kind and year only from what the text says
def test_a_news_item_mentioning_a_plan_is_no_plan():
    text = ("Ngày 14/3, UBND huyện Krông Pắc đã có văn bản yêu cầu các xã rà soát việc thực hiện đề án "
            "và kế hoạch xây dựng nông thôn mới, tăng 1,3 lần so với năm 2021.\n")
    info = _run(text).info
    assert (info.doc_type, info.plan_year) == ("other", None)


def test_a_page_headed_by_a_type_word_keeps_its_kind():
    assert _run("Kế hoạch nước sạch nông thôn tỉnh Hà Tĩnh năm 2025\n\nPhần I. Kết quả năm 2024\n").info.doc_type == "ke_hoach"


def test_a_ministrys_letter_chooses_no_catalogue():
    text = ("BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN\nSố: 2210/BNN-VPĐP\nV/v báo cáo kết quả xây dựng nông thôn mới\n"
            "Hà Nội, ngày 05 tháng 4 năm 2024\nKính gửi: Ủy ban nhân dân các tỉnh\n")
    assert _run(text).info.criteria_set is None


# --- §10j an address is no unit; a breakdown's part is no total
def test_a_street_number_is_no_department():
    text = ("- Các huyện gửi văn bản về Văn phòng Điều phối nông thôn mới tỉnh - Số 12, Lê Lợi, Vinh "
            "trước ngày 10/5/2024.\n")
    units = [u for d in _tables(text)["deadlines"] for u in d.units]
    assert not any(u.startswith("Số") for u in units)


def test_the_part_of_a_stated_total_is_no_total():
    text = "- Tổng vốn hỗ trợ cho các xã là 64 tỷ đồng, gồm: vốn đầu tư phát triển là 40 tỷ đồng, vốn sự nghiệp 24 tỷ đồng.\n"
    roles = [(b.amount_vnd, b.role) for b in _tables(text)["budgets"]]
    assert roles[0] == (64000000000, "total") and all(r != "total" for _, r in roles[1:])


# --- §10k held-out forms: an amending verb ends an issuer; "chỉ đạt" is a result; wrapped unnumbered laws
def test_an_amending_verb_ends_the_issuer():
    refs = _tables("Căn cứ Nghị định số 61/2024/NĐ-CP ngày 6/6/2024 của Chính phủ sửa đổi, bổ sung Nghị định số 27/2022/NĐ-CP;")
    assert [r.issuer for r in refs["legal_refs"]][:1] == ["Chính phủ"]


def test_only_reached_is_a_result_not_a_goal():
    text = "II. MỤC TIÊU\n- Tỷ lệ giải ngân vốn sự nghiệp của huyện năm trước chỉ đạt 37,5%, thấp hơn bình quân.\n"
    assert [t.kind for t in _tables(text)["targets"]] == ["actual"]


def test_an_unnumbered_law_wrapped_over_lines_is_read_whole():
    refs = _tables("Căn cứ Luật Quy hoạch đô thị và nông\nthôn ngày 26 tháng 11 năm 2024;\n")["legal_refs"]
    assert [(r.raw.replace("\n", " "), r.date) for r in refs] == [
        ("Luật Quy hoạch đô thị và nông thôn ngày 26 tháng 11 năm 2024", "2024-11-26")]


def test_a_share_metric_stops_at_its_year():
    text = "- Phấn đấu có khoảng 70% số xã đạt chuẩn nông thôn mới nâng cao vào năm 2029 trên địa bàn huyện.\n"
    assert [t.metric for t in _tables(text)["targets"]] == ["số xã đạt chuẩn nông thôn mới nâng cao"]


def test_a_provinces_plan_guesses_no_catalogue_from_its_citations():
    text = ("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 95/KH-UBND | Hà Nam, ngày 03 tháng 3 năm 2024 |\n"
            "KẾ HOẠCH\nThực hiện Chương trình nông thôn mới tỉnh Hà Nam năm 2024\n"
            "Căn cứ Quyết định số 52/QĐ-UBND ngày 4/1/2023 của UBND tỉnh ban hành Bộ tiêu chí xã nông thôn mới nâng cao;\n"
            "Căn cứ Nghị quyết số 11/NQ-HĐND ngày 8/7/2023 về xã nông thôn mới nâng cao;\n")
    info = _run(text).info
    assert (info.admin_level, info.criteria_set) == ("tinh", None)


def test_a_text_with_no_level_guesses_no_catalogue():
    text = "Kế hoạch nước sạch nông thôn năm 2014\n\nMục tiêu của kế hoạch là một tiêu chí của Chương trình nông thôn mới.\n"
    assert _run(text).info.criteria_set is None
