"""Deadlines: the seventh real-page audit (docs/genre.md §4i; session 12, helper s12d, issue 14).

An estimate up to a date, the date a document was approved or issued, and, in a news item, the span of days an
activity took and the end of the period whose results it reports are no deadlines; tasks with their relation
words stay. Every sentence here is invented (other names, numbers and places than any page read)."""
from extractors import Document, run

PLAN_HEAD = ("ỦY BAN NHÂN DÂN\nXÃ NGỌC XUYÊN\nSố: 37/KH-UBND\nNgọc Xuyên, ngày 08 tháng 02 năm 2026\n\nKẾ HOẠCH\n"
             "Xây dựng xã Ngọc Xuyên đạt chuẩn nông thôn mới nâng cao năm 2026\n\n")


def _dates(text: str):
    return [(d.date, d.precision) for d in run(Document.from_text(text)).tables["deadlines"]]


def test_an_estimate_up_to_a_date_is_no_deadline():
    text = PLAN_HEAD + ("Ước đến 31/12/2025, tỷ lệ hộ dùng nước sạch của xã là 97,5%.\n"
                        "- Hoàn thành nâng cấp trạm cấp nước thôn Bến trước ngày 30/9/2026.\n")
    assert _dates(text) == [("2026-09-30", "day")]


def test_an_estimate_in_a_news_item_is_no_deadline():
    text = "Ước tính đến 30/11/2025, huyện Tân Yên thu ngân sách hơn 410 tỷ đồng.\n"
    assert _dates(text) == []


def test_the_month_a_document_was_approved_is_no_deadline():
    text = ("Phú Lương là huyện thứ hai được Chủ tịch UBND tỉnh phê duyệt đề án vào cuối tháng 3-2025. "
            "Huyện đã ban hành kế hoạch triển khai vào tháng 5/2025.\n")
    assert _dates(text) == []


def test_a_task_to_have_a_document_approved_stays_a_deadline():
    text = PLAN_HEAD + ("- Phòng Kinh tế trình UBND huyện phê duyệt phương án trước tháng 6/2026.\n"
                        "- Thôn Bến hoàn thành nhà văn hóa vào tháng 8/2026.\n")
    assert _dates(text) == [("2026-05-31", "month"), ("2026-08-31", "month")]


def test_a_news_leads_span_of_days_is_a_reported_activity():
    text = ("Kiểm tra các xã đăng ký đạt chuẩn\n\n"
            "Từ ngày 14/9 đến ngày 22/9, Văn phòng Điều phối huyện Yên Lập phối hợp các phòng kiểm tra 6 xã.\n")
    assert _dates(text) == []


def test_a_news_leads_span_still_to_come_and_a_plans_span_stay():
    news = "Từ ngày 14/9 đến ngày 22/9/2026, đoàn của huyện sẽ kiểm tra 6 xã đăng ký đạt chuẩn.\n"
    assert "2026-09-22" in [d for d, _ in _dates(news)]  # the day with its year stays (as before §4i)
    plan = PLAN_HEAD + "Từ ngày 14/9 đến ngày 22/9/2026, Ban quản lý xã kiểm tra các thôn.\n"
    assert [d for d, _ in _dates(plan)] == ["2026-09-14", "2026-09-22"]


def test_the_end_of_the_period_a_news_item_reports_is_no_deadline():
    text = ("Đoàn công tác của tỉnh làm việc với huyện Sông Lô về tình hình thực hiện Chương trình "
            "đến tháng 10/2025 và nhiệm vụ còn lại.\n")
    assert _dates(text) == []
    sent = "Các xã gửi báo cáo kết quả thực hiện đến ngày 15/11/2025 về Văn phòng Điều phối.\n"
    assert _dates(sent) == [("2025-11-15", "day")]


def test_a_news_items_year_after_a_mark_of_obligation_is_a_task():
    text = ("Bắc Ninh phấn đấu có thêm 4 xã đạt chuẩn kiểu mẫu. Các xã phải lập phương án "
            "chỉnh trang khu trung tâm trong năm 2026.\n")
    assert _dates(text) == [("2026-12-31", "year")]
    assert _dates("Việc này không phải làm xong trong năm 2026.\n") == []
