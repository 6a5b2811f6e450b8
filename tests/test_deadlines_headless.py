"""Deadlines in texts with no header: news and portal items (docs/genre.md §4g; issue 14, session 10, lead).

A news item has no title, number or date of its own; its years are a province's goals and results, reported,
not tasks the text sets. Its days and months stay. Every sentence here is invented."""
from extractors import Document, run


def _dates(text: str):
    return [(d.date, d.precision) for d in run(Document.from_text(text)).tables["deadlines"]]


NEWS = ("Hà Nam phấn đấu đến năm 2026 hoàn thành nhiệm vụ xây dựng nông thôn mới\n\n"
        "Tỉnh đặt mục tiêu đến năm 2026, toàn tỉnh có 80 xã đạt chuẩn. Cuối năm 2019 xã Văn Lý được công nhận đạt chuẩn; "
        "tỷ lệ hộ nghèo đến năm 2020 chỉ còn 2,1%. Riêng thị xã Kiện Khê hoàn thành các tiêu chí trong năm nay.\n")


def test_a_news_items_years_are_goals_and_results_not_deadlines():
    assert _dates(NEWS) == []


def test_a_news_items_day_deadline_stays():
    text = NEWS + "Theo kế hoạch, các xã gửi hồ sơ về Sở Nông nghiệp trước ngày 25/10/2025.\n"
    assert _dates(text) == [("2025-10-25", "day")]


def test_a_plan_with_its_header_keeps_its_year_deadlines():
    text = ("ỦY BAN NHÂN DÂN\nXÃ VĂN LÝ\nSố: 21/KH-UBND\nVăn Lý, ngày 10 tháng 01 năm 2025\n\nKẾ HOẠCH\n"
            "Xây dựng xã Văn Lý đạt chuẩn nông thôn mới nâng cao năm 2025\n\n"
            "- Hoàn thành cứng hóa 2 km đường thôn Đông trong năm 2025.\n")
    assert _dates(text) == [("2025-12-31", "year")]


def test_a_stamp_in_brackets_with_spaces_after_a_headline_is_no_deadline():
    text = ("Xã Văn Lý có thêm 2 thôn đạt chuẩn khu dân cư kiểu mẫu.( 18/04/2025)\n\n"
            "Sáng nay, các thôn nhận bằng công nhận.\n")
    assert _dates(text) == []


def test_a_task_list_without_a_header_keeps_its_years():
    text = "- Thôn Đông hoàn thành nhà văn hóa trong năm 2025.\n2) Thôn Tây lát xong 600 m ngõ xóm trong năm 2026.\n"
    assert _dates(text) == [("2025-12-31", "year"), ("2026-12-31", "year")]


def test_a_news_items_bare_dated_day_is_a_stamp_an_event_or_a_citation():
    text = ("Lượt xem: 512 | Ngày: 04/05/2025\n"
            "Thực hiện Nghị quyết số 03, ngày 12/7/2024 của Huyện ủy Tam Đường, các xã đã ra quân làm đường. "
            "Trong các ngày 02 và 03/4/2025, Sở Xây dựng đã thẩm định tiêu chí nhà ở.\n")
    assert _dates(text) == []


def test_a_news_items_bare_day_still_to_come_or_timed_stays():
    text = ("Từ ngày 6 - 10/6/2026, hội đồng của tỉnh sẽ thẩm định hồ sơ tại các xã. "
            "Hồ sơ gửi chậm nhất vào chiều ngày 30/5/2026.\n")
    assert [d for d, _ in _dates(text)] == ["2026-06-10", "2026-05-30"]


def test_a_plans_bare_dated_day_keeps_its_reading():
    text = ("ỦY BAN NHÂN DÂN\nXÃ VĂN LÝ\nSố: 22/KH-UBND\nVăn Lý, ngày 10 tháng 01 năm 2025\n\nKẾ HOẠCH\n"
            "Chỉnh trang thôn Đông năm 2025\n\n- Thôn Đông trồng xong hàng rào xanh ngày 30/4/2025.\n")
    assert _dates(text) == [("2025-04-30", "day")]


def test_a_status_date_with_a_part_of_the_month_is_no_deadline():
    head = ("ỦY BAN NHÂN DÂN\nXÃ VĂN LÝ\nSố: 23/BC-UBND\nVăn Lý, ngày 20 tháng 12 năm 2025\n\nBÁO CÁO\n"
            "Kết quả xây dựng nông thôn mới năm 2025\n\n")
    assert _dates(head + "Tính đến trung tuần tháng 12/2025, xã có thêm 2 thôn đạt chuẩn.\n") == []
    assert _dates(head + "- Thôn Bắc hoàn thành nhà văn hóa trong tháng 12/2025.\n") == [("2025-12-31", "month")]
