"""Deadlines and money on real wording: sixth audit (docs/genre.md §3f and §4h; issue 14, session 11, helper s11d).

Every sentence here is invented (other names, numbers and places than the pages read)."""
from hypothesis import given, settings
from hypothesis import strategies as st

from extractors import Document, run
from extractors.facts import budgets
from extractors.money import money_in


def _dates(text: str):
    return [(d.date, d.precision) for d in run(Document.from_text(text)).tables["deadlines"]]


def _budgets(text: str):
    return [(b.amount_vnd, b.approximate) for b in run(Document.from_text(text)).tables["budgets"]]


def _dotted(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def test_the_new_words_load_from_the_data_files():
    w = budgets.vocab()
    assert w["each_written"] == ["mỗi"] and "uoc gia" in w["approximate"]


def test_nong_thon_moi_before_an_amount_is_not_each():
    text = ("Năm nay, tổng kinh phí thực hiện chương trình xây dựng nông thôn mới là 3.720 triệu đồng, "
            "gồm vốn sự nghiệp 1.120 triệu đồng và vốn đầu tư 2.600 triệu đồng.\n"
            "Xã Phú Lạc đạt chuẩn nông thôn mới được hỗ trợ 1,5 tỷ đồng để làm đường trục xã.\n")
    assert [a for a, _ in _budgets(text)] == [3720000000, 1120000000, 2600000000, 1500000000]


def test_each_written_with_its_mark_is_still_one_units_amount():
    text = "+ Hỗ trợ 40 hộ làm chuồng trại, mỗi hộ được hỗ trợ 3 triệu đồng.\n+ Tổng kinh phí 120 triệu đồng.\n"
    assert [a for a, _ in _budgets(text)] == [120000000]


def test_uoc_gia_hedges_the_cost_of_a_work():
    text = "Nhà văn hóa thôn Đồng Tâm có diện tích 180m2, ước giá 850 triệu đồng, do nhân dân đóng góp.\n"
    assert _budgets(text) == [(850000000, True)]


@settings(max_examples=40, deadline=None)
@given(st.integers(1, 999), st.integers(1, 9), st.sampled_from(["tỉ", "tỷ"]))
def test_a_decimal_comma_with_a_space_is_one_amount(n, d, unit):
    text = f"vốn sự nghiệp {n}, {d} {unit} đồng"
    found = money_in(text)
    assert [a.vnd for a in found] == [n * 10**9 + d * 10**8]


@settings(max_examples=40, deadline=None)
@given(st.integers(1000, 9_999_999), st.integers(0, 9))
def test_dot_thousands_with_a_decimal_before_trieu(n, d):
    text = f"toàn tỉnh đã huy động được {_dotted(n)},{d} triệu đồng"
    assert [a.vnd for a in money_in(text)] == [n * 10**6 + d * 10**5]


@settings(max_examples=40, deadline=None)
@given(st.integers(1, 99), st.integers(1, 999), st.sampled_from(["tỷ", "tỉ"]))
def test_a_compound_amount_in_ty_and_trieu_is_one_amount(x, y, unit):
    text = f"kinh phí {x} {unit} {y} triệu đồng"
    assert [a.vnd for a in money_in(text)] == [x * 10**9 + y * 10**6]


@settings(max_examples=25, deadline=None)
@given(st.integers(2, 999), st.sampled_from(["nông thôn mới là", "nông thôn mới được hỗ trợ", "nông thôn mới khoảng"]))
def test_any_amount_after_nong_thon_moi_is_kept(n, words):
    text = f"Kinh phí xây dựng {words} {n} triệu đồng.\n"
    assert [a for a, _ in _budgets(text)] == [n * 10**6]


def test_a_month_on_its_own_line_in_a_timetable_cell_is_a_deadline():
    text = ("KHUNG KẾ HOẠCH THỰC HIỆN CÁC TIÊU CHÍ XÃ PHÚ LẠC NĂM 2025\n"
            "TT Tiêu chí Nội dung cần thực hiện Thời gian thực hiện, hoàn thành\n"
            "1 Quy hoạch Bổ sung bản đồ quy hoạch tại nhà văn hóa xã Tháng\n4/2025\n"
            "2 Giao thông Cắm mốc lộ giới trên trục thôn Tháng\n6/2025\n")
    assert _dates(text) == [("2025-04-30", "month"), ("2025-06-30", "month")]


def test_before_a_month_in_a_news_item_ends_the_month_before():
    text = "Đến nay các phường đã lập xong dự toán, dự kiến sẽ giải ngân xong trước tháng 10/2025.\n"
    assert _dates(text) == [("2025-09-30", "month")]


def test_a_quarter_a_work_is_expected_to_end_in_is_a_deadline():
    text = "Thôn Bãi Sậy khởi công nhà văn hóa. Công trình dự kiến hoàn thành trong quý II năm 2026.\n"
    assert _dates(text) == [("2026-06-30", "quarter")]


def test_a_recurring_day_with_no_year_gives_no_deadline():
    text = ("Trình tự thực hiện:\n- Trước ngày 15/11 của năm liền kề trước năm đánh giá, Ban phát triển thôn có văn bản "
            "đăng ký phấn đấu đạt chuẩn gửi UBND xã.\n")
    assert _dates(text) == []


def test_a_fronted_period_whose_clause_reports_results_is_no_deadline():
    text = ("Ngoài ra, trong 6 tháng đầu năm 2025, Hội Phụ nữ các xã đã vận động hội viên góp trên 640 triệu đồng "
            "làm đường bê tông; hiến 2.300 m2 đất.\n"
            "Trong tháng 9/2025, các thôn đã hoàn thành nạo vét kênh mương.\n")
    assert _dates(text) == []


def test_a_period_that_times_work_still_to_do_stays_a_deadline():
    text = ("KẾ HOẠCH\nXây dựng nông thôn mới xã Phú Lạc năm 2025\n\n"
            "- Phấn đấu trong 6 tháng đầu năm 2025 hoàn thành các tiêu chí đã đăng ký.\n"
            "- Trong quý III/2025, các thôn hoàn thành cắm mốc lộ giới.\n")
    assert _dates(text) == [("2025-06-30", "month"), ("2025-09-30", "quarter")]
