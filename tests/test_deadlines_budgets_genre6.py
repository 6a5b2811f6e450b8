"""Deadlines and money on real wording: fifth audit (docs/genre.md §4f and §3e; issue 14, session 10, helper s10b).

Every sentence here is invented (other names, numbers and places than the pages read)."""
from extractors import Document, run
from extractors.facts import budgets, deadlines


def _dates(text: str):
    return [d.date for d in run(Document.from_text(text)).tables["deadlines"]]


def _amounts(text: str):
    return [b.amount_vnd for b in run(Document.from_text(text)).tables["budgets"]]


def test_the_new_words_load_from_the_data_files():
    w = deadlines.vocab()
    assert "•" in w["byline_marks"] and "khong con" in w["goal_after"] and "hieu luc" in w["validity_after"]
    assert "nhiem vu trong tam" in w["subject_before"]
    assert budgets.vocab()["each"] == ["moi"] and "tri gia" in budgets.vocab()["each_cues"]


def test_a_category_stamp_or_a_page_stamp_alone_is_no_deadline():
    text = ("14/03/2025\nKinh tế 12-05-2024\nXã Tân Hòa làm 3 km đường bê tông\n"
            "Bài: Lê Văn Phúc • 08/06/2024\nNội dung tin.\n")
    assert _dates(text) == []


def test_a_labelled_or_listed_bare_date_stays_a_deadline():
    text = ("Tân Hòa, ngày 5 tháng 3 năm 2024\nKẾ HOẠCH\nCủng cố tiêu chí giao thông xã Tân Hòa năm 2024\n\n"
            "Thời gian hoàn thành: 30/9/2024\n- 15/10/2024: nộp hồ sơ về huyện.\nHạn chót 20/11/2024\n")
    assert _dates(text) == ["2024-09-30", "2024-10-15", "2024-11-20"]


def test_a_date_in_a_line_of_capitals_is_a_title_period():
    text = "Số: 07/CT-UBND\nCHỈ THỊ\nVỀ ĐẨY NHANH CẤP NƯỚC SẠCH CHO CÁC XÃ TRONG NĂM 2025\nCác xã hoàn thành đấu nối trong năm 2025.\n"
    assert _dates(text) == ["2025-12-31"]


def test_a_meetings_subject_period_is_no_deadline():
    text = ("Xã Đông Lâm tổ chức giao ban đánh giá kết quả tháng 4 và đề ra phương hướng, nhiệm vụ trong tháng 5 năm 2025.\n"
            "Hội nghị bàn nhiệm vụ trọng tâm quý III năm 2025 của huyện.\n")
    assert _dates(text) == []


def test_the_month_a_report_covers_is_no_deadline_but_next_months_task_is():
    text = ("GIAO BAN CÁC XÃ THÁNG 8 NĂM 2025 CỦA HUYỆN LÂM BÌNH\n"
            "Trong tháng 8, các xã tập trung thu hoạch lúa hè thu.\n"
            "Các xã gửi báo cáo tiêu chí môi trường trong tháng 9 năm 2025.\n")
    assert _dates(text) == ["2025-09-30"]


def test_a_validity_date_is_no_deadline_but_a_start_date_of_work_is():
    text = ("Kể từ ngày 01/8/2025, Quy chế cũ của Ban quản lý xã hết hiệu lực.\n"
            "- Các thôn ra quân dọn vệ sinh kể từ ngày 05/8/2025.\n")
    assert _dates(text) == ["2025-08-05"]


def test_a_goal_horizon_followed_by_its_share_or_by_khong_con_is_no_deadline():
    text = ("Theo đó, phấn đấu đến năm 2026, 100% số thôn có đèn chiếu sáng đường trục.\n"
            "Huyện phấn đấu đến năm 2025, không còn xã nào đạt dưới 16 tiêu chí.\n"
            "- Ban quản lý xã hoàn thành lắp đèn trong năm 2025, 100% tuyến trục thôn có đèn.\n")
    assert _dates(text) == ["2025-12-31"]


def test_a_dateline_closed_by_a_full_stop_is_a_past_event():
    assert _dates("Ngày 07/02/2025. UBND xã Phú Điền tổ chức hội nghị triển khai nhiệm vụ năm 2025.\n") == []


def test_an_abbreviation_dot_ends_no_clause():
    text = ("Ngày 11/4/2025, Phó Chủ tịch UBND TX. Sơn Tây ký ban hành kế hoạch chỉ đạo các xã.\n"
            "UBND tỉnh ban hành Kế hoạch số 88/KH-UBND về chuyển đổi số ở nông thôn, trên địa bàn TP. Vĩnh Yên đến năm 2026.\n")
    assert _dates(text) == []


def test_a_date_after_a_page_break_starts_its_span_on_its_page():
    doc = Document.from_text("- Các thôn gửi bảng tự chấm điểm về xã trước ngày\n\f12/9/2025 để tổng hợp.\n")
    got = run(doc).tables["deadlines"]
    assert [(d.date, d.relation, d.raw) for d in got] == [("2025-09-12", "before", "12/9/2025")]
    assert doc.text[got[0].start:got[0].end] == "12/9/2025"


def test_one_units_amount_after_moi_is_a_rate_not_a_budget():
    text = ("Lắp 30 cột đèn, mỗi cột đèn trị giá 850.000đ, tổng kinh phí 25.500.000đ.\n"
            "Trao 12 suất quà, mỗi suất 300.000 đồng. Giải Nhất: mỗi giải trị giá 8 triệu đồng.\n"
            "Chương trình mỗi xã một sản phẩm được hỗ trợ 2 tỷ đồng.\n")
    assert _amounts(text) == [25_500_000, 2_000_000_000]


def test_a_headline_opening_a_caption_line_gives_its_amount_once():
    text = ("Gần 4,3 tỷ đồng xây trạm y tế xã Hòa Lạc\n\nGần 4,3 tỷ đồng xây trạm y tế xã Hòa Lạc Ảnh: lễ khởi công\n\n"
            "Tổng kinh phí gần 4,3 tỷ đồng, trong đó doanh nghiệp hỗ trợ 4 tỷ đồng.\n")
    assert _amounts(text) == [4_300_000_000, 4_000_000_000]


def test_generated_plans_write_the_forms_and_the_extractor_gives_no_row_for_them():
    from pipeline.synth.generate import compose

    plans = [compose(i, seed=4) for i in range(16)]
    texts = [p.text() for p in plans]
    assert any("không còn hộ gia đình" in t or ", 100% số thôn có đèn" in t for t in texts)
    assert any("nhiệm vụ trọng tâm quý" in t or "phương hướng, nhiệm vụ trong tháng" in t for t in texts)
    assert any("hết hiệu lực" in t for t in texts) and any("mỗi suất" in t or "mỗi cột đèn" in t for t in texts)
    for plan, text in zip(plans, texts):
        got = run(Document.from_text(text)).tables
        assert sorted(d.date for d in got["deadlines"]) == sorted(d["date"] for d in plan.gold["deadlines"])
        assert sorted(b.amount_vnd for b in got["budgets"]) == sorted(b["amount_vnd"] for b in plan.gold["budgets"])


def test_a_headline_deadline_written_again_in_the_lead_is_one_deadline():
    text = ("Hoàn thiện hồ sơ xã nông thôn mới nâng cao trước ngày 25/11/2025\n"
            "Huyện Đức Thọ yêu cầu các xã hoàn thiện hồ sơ trước ngày 25/11/2025 để thẩm định.\n")
    got = run(Document.from_text(text)).tables["deadlines"]
    assert [d.date for d in got] == ["2025-11-25"] and got[0].start > text.index("\n")
    assert _dates("Các xã nộp hồ sơ trước ngày 25/11/2025\nNội dung tin không nhắc lại ngày.\n") == ["2025-11-25"]


def test_a_scale_word_before_a_measure_is_no_money():
    text = ("Nhân dân xã Đồng Tâm hiến trên 45 nghìn m² đất, đón 2 triệu lượt khách; tổng giá trị đất hiến 3 tỷ đồng.\n"
            "Hội Nông dân vận động 5 nghìn đồng mỗi hội viên; tổng kinh phí 12 triệu đồng.\n")
    assert _amounts(text) == [3_000_000_000, 5_000, 12_000_000]


def test_a_news_sites_gold_price_is_a_rate():
    assert _amounts("Xã Tân Hưng làm nhà văn hóa thôn 2,4 tỷ đồng.\nGiá vàng 9999 tr.đ/lượng\nTỷ giá ĐVT:đồng\n") == [2_400_000_000]


def test_a_past_act_without_a_comma_after_its_day_is_no_deadline_but_a_planned_meeting_is():
    text = ("Ngày 12/5/2024 UBND huyện Lạc Thủy đã ban hành kế hoạch kiểm tra các xã.\n"
            "- Ngày 20/6/2025 tổ chức hội nghị sơ kết tại hội trường xã.\n")
    assert _dates(text) == ["2025-06-20"]


def test_the_first_year_of_a_range_is_no_deadline():
    text = "- Nhà văn hóa thôn Đông thực hiện trong năm 2025 - 2026.\n- Cổng chào thôn Tây hoàn thành trong năm 2025.\n"
    assert _dates(text) == ["2025-12-31"]


def test_a_month_a_report_title_plans_for_is_no_reported_period():
    text = ("BÁO CÁO KẾT QUẢ THÁNG 10 VÀ KẾ HOẠCH THÁNG 11 NĂM 2025 CỦA XÃ AN HÒA\n"
            "Trong tháng 10, xã hoàn thành 2 km đường.\n- Các thôn làm xong rãnh thoát nước trong tháng 11 năm 2025.\n")
    assert _dates(text) == ["2025-11-30"]
