"""Auditor checks: figures that disagree are flagged with every span; clean plans give no error."""
from extractors.checks import fmt_vnd
from helpers import extract

HEAD = "KẾ HOẠCH\nXây dựng xã Phú Lộc đạt chuẩn nông thôn mới năm 2023\n\nIII. KINH PHÍ\n"


STATUS_HEAD = "KẾ HOẠCH\nXây dựng xã Phú Lộc đạt chuẩn nông thôn mới năm 2023\n\nI. THỰC TRẠNG\n"


def checks(text, head=HEAD, severities=("error", "warning")):
    return [(f.check, f.severity, f.expected, f.actual) for f in extract(head + text).findings if f.severity in severities]


SOURCES = ("B. Nguồn vốn\n- Vốn ngân sách tỉnh, huyện hỗ trợ 2 tỷ\n- Nguồn vốn ngân sách xã từ đấu giá đất là 8 tỷ.\n"
           "- Nguồn vốn nhân dân đóng góp 0,5 tỷ\n(Tổng nguồn vốn dự kiến huy động được là {total} tỷ)\n")


def test_sources_that_do_not_add_up_are_flagged_with_both_figures():
    r = extract(HEAD + SOURCES.format(total="10,3"))
    (f,) = r.findings
    assert (f.check, f.severity, f.expected, f.actual) == ("sum_mismatch", "error", 10_500_000_000, 10_300_000_000)
    assert "10,3 tỷ" in f.message and "10,5 tỷ" in f.message
    assert [r.doc.text[s:e] for s, e in f.spans] == ["10,3 tỷ", "2 tỷ", "8 tỷ", "0,5 tỷ"]


def test_the_same_plan_corrected_by_hand_has_no_error():
    assert checks(SOURCES.format(total="10,5")) == []


def test_rounding_within_the_written_precision_is_not_an_error():
    text = "+ Giao thông: dự kiến kinh phí 1,25 tỷ đồng.\n+ Điện: dự kiến kinh phí 1,25 tỷ đồng.\n(Tổng kinh phí là 2,5 tỷ đồng)\n"
    assert checks(text) == []


def test_wrong_arithmetic():
    assert checks("Cân đối A-B = 23,8 tỷ - 10,5 tỷ = 13,5 tỷ\n") == [("arithmetic_mismatch", "error", 13_300_000_000, 13_500_000_000)]
    assert checks("Cân đối A-B = 23,8 tỷ - 10,5 tỷ = 13,3 tỷ\n") == []


def test_a_stated_count_against_the_criteria_listed():
    text = ("a. Các tiêu chí đã đạt, gồm 3 tiêu chí sau:\nTiêu chí Quy hoạch (TC1); Tiêu chí Điện (TC4).\n")
    assert checks(text) == [("count_mismatch", "error", 2, 3)]


def test_achieved_plus_remaining_against_the_catalogue():
    assert checks("Xã đã đạt 16/19 tiêu chí. Phấn đấu hoàn thành 05 tiêu chí còn lại.\n") == [("count_mismatch", "error", 3, 5)]
    assert checks("Xã đã đạt 14/19 tiêu chí. Phấn đấu hoàn thành 05 tiêu chí còn lại.\n") == []


def test_one_criterion_both_achieved_and_not():
    got = checks("Các tiêu chí đã đạt gồm: Tiêu chí Điện (TC4).\nCác tiêu chí chưa đạt gồm: Tiêu chí Điện (TC4).\n",
                 head=STATUS_HEAD)
    assert got == [("status_conflict", "warning", None, None)]


def test_work_due_after_the_appraisal_that_needs_it():
    text = ("- Trình hồ sơ đề nghị thẩm định, công nhận xã đạt chuẩn trước ngày 30/9/2023.\n"
            "- Tiêu chí số 2 về Giao thông: thi công đường trục xã trước ngày 30/11/2023.\n")
    assert [c[0] for c in checks(text)] == ["deadline_order"]


def test_a_deadline_outside_the_plan_year():
    assert [c[0] for c in checks("- Đón đoàn thẩm định trong Quý I năm 2024.\n")] == ["deadline_order"]


def test_money_is_written_the_vietnamese_way():
    assert fmt_vnd(10_500_000_000) == "10,5 tỷ đồng" and fmt_vnd(650_000_000) == "650 triệu đồng"
