"""Deadlines on real wording, fourth audit (docs/genre.md §4d; issue 14, helper s9a).

A date is a deadline only when it dates a task still to be done. Every sentence here is invented
(other places, numbers and dates than the pages read)."""
from extractors import Document, run

_HEAD = ("ỦY BAN NHÂN DÂN\nHUYỆN TÂN LẬP\nSố: 31/KH-UBND\nTân Lập, ngày 12 tháng 3 năm 2026\nKẾ HOẠCH\n"
         "Xây dựng huyện Tân Lập đạt chuẩn nông thôn mới nâng cao năm 2026\n\n")


def _tables(body: str, head: str = _HEAD):
    return run(Document.from_text(head + body)).tables


def _dates(body: str, head: str = _HEAD):
    return [d.date for d in _tables(body, head)["deadlines"]]


def test_a_headline_goal_with_a_share_of_communes_is_a_horizon_not_a_deadline():  # §4d
    body = ("II. MỤC TIÊU\n1. Cuối năm 2026, ít nhất 60% số xã của huyện đạt chuẩn nông thôn mới nâng cao.\n"
            "2. Đến năm 2027, toàn huyện có 9 xã đạt chuẩn nông thôn mới kiểu mẫu và đến năm 2030 là 100%.\n"
            "III. NHIỆM VỤ\n- Phòng Kinh tế hoàn thành hồ sơ đề nghị thẩm định trước ngày 20/10/2026.\n")
    assert _dates(body) == ["2026-10-20"]


def test_a_programme_year_with_more_communes_to_reach_the_standard_is_a_target():  # §4d "có thêm N xã"
    body = "Nhiệm vụ chính của chương trình trong năm 2026 là phấn đấu có thêm 4 xã đạt chuẩn nông thôn mới.\n"
    assert _dates(body) == []


def test_a_comparison_with_an_earlier_year_end_is_no_deadline():  # §4d "so với cuối năm YYYY"
    body = "Số xã đạt chuẩn nâng cao tăng 7 xã so với cuối năm 2024 và tăng 3 xã so với cuối năm 2025.\n"
    assert _dates(body) == []


def test_a_dated_document_named_without_its_symbol_is_a_citation():  # §4d "Quyết định số 12 ngày …"
    body = "- Sửa đổi một số chỉ tiêu theo Quyết định số 12 và Quyết định số 13 ngày 04/01/2026 của UBND tỉnh.\n"
    assert _dates(body) == []


def test_a_date_in_brackets_after_a_news_title_is_its_publication_date():  # §4d "… năm 2026 (05/02/2026)"
    body = "Đôn đốc báo cáo kết quả xây dựng nông thôn mới quý I năm 2026 (05/02/2026)\n"
    assert _dates(body, head="") == ["2026-03-31"]


def test_a_deadline_at_a_time_of_day_is_still_a_deadline():  # §4d "chậm nhất vào sáng ngày …"
    body = ("Chiều ngày 02/3/2026, Ban quản lý xã họp bàn kế hoạch. Các thành viên gửi ý kiến về danh mục công trình "
            "chậm nhất vào sáng ngày 09/3/2026.\n")
    assert _dates(body, head="") == ["2026-03-09"]


def test_according_to_the_plan_opens_a_news_line_not_a_citation():  # §4d "Theo kế hoạch, trước ngày …"
    body = ("Theo kế hoạch, trước ngày 20/4/2026 các huyện chọn thôn tiêu biểu dự thi. "
            "Từ ngày 5 - 9/5/2026, tổ chấm thi của tỉnh sẽ chấm tại từng thôn.\n")
    assert _dates(body, head="") == ["2026-04-20", "2026-05-09"]


def test_a_news_item_without_a_plan_year_takes_the_year_of_its_stamp():  # §4d "trước ngày 31.7" under a stamp
    body = ("Hoàn thiện hồ sơ huyện Tân Lập\n\nTHỨ BA, 14/04/2026 09:20:11\n\n"
            "Huyện lập đoàn đánh giá mức độ đạt các tiêu chí, thời gian xong trước ngày 30.6; "
            "hoàn thiện hồ sơ báo cáo UBND tỉnh trước ngày 20.8.\n")
    assert _dates(body, head="") == ["2026-06-30", "2026-08-20"]


def test_state_revenue_is_not_money_for_the_programme():  # §4d budgets
    body = "Tổng thu ngân sách nhà nước quý I là 812,4 tỷ đồng. Kinh phí làm đường trục xã là 3,5 tỷ đồng.\n"
    assert [b.amount_vnd for b in _tables(body, head="")["budgets"]] == [3_500_000_000]


def test_a_commune_task_with_a_share_before_its_deadline_keeps_the_deadline():  # precision guard
    body = "1. Phấn đấu 14/14 xã (100% số xã) được công nhận đạt chuẩn nông thôn mới trong năm 2026.\n"
    assert _dates(body) == ["2026-12-31"]


def test_a_task_timed_by_a_year_keeps_its_deadline_before_a_rate():  # precision guard of the horizon rule
    body = "- Tiêu chí Y tế: hoàn thành trong năm 2026, tỷ lệ người dân tham gia bảo hiểm y tế đạt 95%.\n"
    assert _dates(body) == ["2026-12-31"]
