"""Findings on texts that are not plans: a later year in a news item, a letter or a resolution is no
plan running late (session 8: 5 of 5 such warnings on real pages were false). Sentences are our own."""
from helpers import extract


def warnings(text):
    return [(f.check, f.expected, f.actual) for f in extract(text).findings if f.severity in ("error", "warning")]


def deadlines(text):
    return [d.raw for d in extract(text).tables["deadlines"]]


def test_a_news_item_naming_a_later_goal_gives_no_warning():
    text = ("Tổng kết xây dựng nông thôn mới năm 2021 ở huyện Đông Hòa\n\n"
            "Năm 2021, huyện có thêm 3 xã đạt chuẩn. Xã Hòa Mỹ phấn đấu đạt chuẩn nông thôn mới nâng cao vào năm 2024.\n")
    assert warnings(text) == []


def test_a_letter_asking_for_comments_by_a_later_date_gives_no_warning():
    text = ("Về việc góp ý dự thảo hướng dẫn tiêu chí thông tin và truyền thông năm 2020\n\n"
            "Đề nghị các Sở gửi ý kiến bằng văn bản về Văn phòng Điều phối trước ngày 15/02/2021 để tổng hợp.\n")
    assert warnings(text) == []


def test_a_plan_whose_task_runs_past_its_year_is_still_warned():
    text = ("KẾ HOẠCH\nXây dựng xã Hòa Mỹ đạt chuẩn nông thôn mới năm 2023\n\nII. NHIỆM VỤ\n"
            "- Tiêu chí số 2: nâng cấp đường trục thôn Phú Hữu, hoàn thành trước ngày 30/6/2024.\n")
    assert [w[0] for w in warnings(text)] == ["deadline_order"]


def test_a_report_whose_title_names_next_years_plan_is_checked_against_that_year():
    text = ("BÁO CÁO\nKết quả xây dựng nông thôn mới năm 2023 và kế hoạch năm 2024 của xã Hòa Mỹ\n\nII. NHIỆM VỤ NĂM 2024\n"
            "- Tiêu chí số 2: nâng cấp đường trục thôn Phú Hữu, hoàn thành trước ngày 30/6/2025.\n")
    assert [w[0] for w in warnings(text)] == ["deadline_order"]


def test_a_news_dateline_with_an_agency_tag_is_a_past_event():
    text = ("Hội nghị tổng kết nông thôn mới năm 2022\n\n"
            "(BHT) - Ngày 14/3/2023, tại xã Hòa Mỹ, UBND huyện Đông Hòa tổ chức hội nghị tổng kết.\n")
    assert deadlines(text) == []
    assert deadlines("KẾ HOẠCH\nXây dựng xã Hòa Mỹ năm 2023\n\n- Ngày 14/3/2023, UBND xã tổ chức hội nghị.\n") == []
