"""Deadlines: stamps, datelines, spans up to now and the title repeated (docs/genre.md §4e; issue 14, session 9).

Found by listing every deadline on 101 real pages read for other tables; every sentence here is invented."""
from extractors import Document, run

_PLAN = ("ỦY BAN NHÂN DÂN\nXÃ HÒA THUẬN\nSố: 19/KH-UBND\nHòa Thuận, ngày 4 tháng 2 năm 2026\nKẾ HOẠCH\n"
         "Nâng cao chất lượng tiêu chí môi trường trên địa bàn xã Hòa Thuận đến năm 2027\n\n")


def _dates(text: str):
    return [d.date for d in run(Document.from_text(text)).tables["deadlines"]]


def test_a_listing_stamp_glued_to_its_headline_is_no_deadline():
    text = "Tin nông thôn mới\n12/05/2025Huyện Kim Sơn ra quân làm đường giao thông\n03/04/2025Xã Vĩnh Lợi về đích\n"
    assert _dates(text) == []


def test_site_stamps_with_a_weekday_or_a_post_label_are_no_deadlines():
    text = ("Cập nhật: 07:45, Thứ 3, 14/10/2025\nNgày đăng bài: 15/10/2025 | Tác giả: Minh Khoa\n"
            "Audio thời sự 16-10-2025\nNgày bị bãi bỏ, thay thế: 01-07-2025\n")
    assert _dates(text) == []


def test_a_dateline_with_a_time_of_day_after_the_agency_tag_is_a_past_event():
    text = "(BNT).- Chiều 9-3-2025, Huyện ủy Mỏ Cày tổ chức hội nghị sơ kết xây dựng nông thôn mới.\n"
    assert _dates(text) == []


def test_a_status_up_to_the_end_of_a_month_is_no_deadline():
    assert _dates("Tính đến hết tháng 8-2025, toàn tỉnh có 97 xã đạt chuẩn nông thôn mới.\n") == []


def test_a_span_from_a_year_up_to_now_is_the_past():
    assert _dates("Từ năm 2016 đến nay, huyện Giồng Trôm đã huy động 412 tỷ đồng cho giao thông.\n") == []


def test_the_title_repeated_in_the_body_is_no_deadline_but_a_task_of_the_same_year_is():
    body = ("Ban hành kèm theo Kế hoạch này nội dung nâng cao chất lượng tiêu chí môi trường trên địa bàn xã "
            "Hòa Thuận đến năm 2027.\n- Ban Nông nghiệp xã hoàn thành điểm thu gom rác thôn Đông trong năm 2027.\n")
    assert _dates(_PLAN + body) == ["2027-12-31"]


def test_a_start_date_that_is_not_a_span_to_now_stays_a_deadline():
    assert _dates(_PLAN + "- Từ ngày 01/3/2026, các thôn ra quân thu gom rác thải mỗi tuần.\n") == ["2026-03-01"]


def test_a_criterion_name_ending_in_a_time_of_day_word_keeps_the_deadline_after_it():
    # "Nghèo đa chiều" ends in the word for afternoon; a time of day stands right before its day, never after a comma
    body = "- Phòng Lao động chủ trì thực hiện tiêu chí số 11 về Nghèo đa chiều, trong tháng 9/2026.\n"
    assert _dates(_PLAN + body) == ["2026-09-30"]
    assert _dates("Chiều 5/3/2025, Ban Chỉ đạo huyện họp sơ kết.\n") == []


def test_a_horizon_whose_share_is_wrapped_to_the_next_line_is_still_a_horizon():
    body = "- Đến năm 2026, toàn xã có 4 thôn đạt chuẩn khu dân cư kiểu mẫu và đến năm 2028 là\n100%.\n"
    assert _dates(_PLAN + body) == []
    body = "- Đến năm 2026, toàn xã có 4 thôn đạt chuẩn khu dân cư kiểu mẫu; đến năm 2028\n- Thôn Bắc làm xong nhà văn hóa.\n"
    assert "2028-12-31" in _dates(_PLAN + body)
