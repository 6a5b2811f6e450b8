"""Deadlines as the genre writes them (docs/genre.md §4): a date is a deadline only when it dates work still to do."""
import time

import pytest

from extractors import Document, run
from extractors.dates import date_of


def _deadlines(body: str, year: int = 2024):
    head = ("ỦY BAN NHÂN DÂN\nXÃ HÒA MỸ\nSố: 31/KH-UBND\nHòa Mỹ, ngày 12 tháng 3 năm %d\nKẾ HOẠCH\n"
            "Xây dựng xã Hòa Mỹ đạt chuẩn nông thôn mới năm %d\n\n" % (year, year))
    doc = Document.from_text(head + body)
    return [(d.date, d.precision) for d in run(doc).tables["deadlines"]]


@pytest.mark.parametrize("sentence,expected", [
    ("- Nghiệm thu công trình chợ xã trong tháng 11.2024.", ("2024-11-30", "month")),        # §4a "tháng 11.2021"
    ("- Gửi báo cáo về Phòng Nông nghiệp trước 20/10.", ("2024-10-20", "day")),                # §4a no year: plan year
    ("- Hoàn thiện hồ sơ đề nghị công nhận vào cuối năm nay.", ("2024-12-31", "year")),        # §4a "cuối năm nay"
    ("- Phấn đấu hoàn thành tiêu chí Môi trường ngay trong năm 2024.", ("2024-12-31", "year")),
    ("- Hoàn thành cứng hóa kênh mương nội đồng trong quý III-2024.", ("2024-09-30", "quarter")),
    ("- Thời gian hoàn thành: tháng 8-2024.", ("2024-08-31", "month")),
])
def test_task_deadlines_are_kept(sentence, expected):
    assert _deadlines(sentence) == [expected]


@pytest.mark.parametrize("sentence", [
    "- Tính đến ngày 30/6/2023, toàn xã có 812 hộ sử dụng nước sạch.",                     # §4b status dates
    "- Đến ngày 31/12/2023, xã đã đạt 16/19 tiêu chí.",
    "- Đến cuối năm 2023, các thôn đã hoàn thành việc cắm mốc quy hoạch.",
    "- Ngày 05/02/2024, UBND xã tổ chức hội nghị triển khai kế hoạch.",                      # §4b past event
    "- Sáng 14/9, Ban Chỉ đạo xã họp sơ kết công tác.",
    "- Báo cáo kết quả thực hiện 6 tháng đầu năm gửi Ban Chỉ đạo huyện.",                    # §4b reporting period
    "- Kế hoạch này có hiệu lực kể từ ngày 12/3/2024.",                                       # §4b effective date
    "- Cập nhật lúc 08:15 20/5/2024 bởi quản trị viên.",                                      # §4b CMS stamp
    "- Xã được công nhận đạt chuẩn nông thôn mới năm 2019.",                                  # §4b recognition year
    "- Thực hiện Quyết định số 214/QĐ-UBND ngày 20/3/2024 của UBND huyện về việc giao vốn.",  # §4b citation date
])
def test_dates_that_do_not_time_work_are_refused(sentence):
    assert _deadlines(sentence) == []


def test_a_timetable_head_is_a_deadline_even_with_done_work_after_it():
    assert _deadlines("+ Tháng 5/2024 duy trì các tiêu chí đã đạt.") == [("2024-05-31", "month")]


def test_resolver_forms():
    assert (date_of("quý I-2025").date, date_of("tháng 12.2023").date) == ("2025-03-31", "2023-12-31")
    assert date_of("cuối năm nay", 2026).date == "2026-12-31"


def _time_deadlines(n_bytes: int) -> float:
    unit = "Hoàn thành rà soát trước ngày 15/9/2024 và báo cáo; "
    body = "- " + unit * (n_bytes // len(unit.encode("utf-8"))) + "\n"
    doc = Document.from_text(body)
    from extractors.facts import deadlines

    doc.info.plan_year = 2024
    best = float("inf")
    for _ in range(2):
        t0 = time.perf_counter()
        found = deadlines.extract(doc)
        best = min(best, time.perf_counter() - t0)
    assert found
    return best


def test_deadlines_are_linear_in_the_length_of_a_line():
    """Issue 17 point 3: a line four times longer costs about four times as much, not sixteen."""
    small, large = _time_deadlines(100_000), _time_deadlines(400_000)
    assert large / small < 8, (small, large)
