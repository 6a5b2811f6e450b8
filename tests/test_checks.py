"""Auditor checks: figures that disagree are flagged with every span; clean plans give no error."""
from helpers import extract

from extractors.checks import fmt_vnd

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


def test_a_count_is_checked_against_a_list_below_it_but_not_against_a_hundred_lines():
    listed = "a. Các tiêu chí chưa đạt, gồm 3 tiêu chí sau:\n- Tiêu chí số 5 về Trường học;\n- Tiêu chí số 8 về Thông tin.\n"
    assert checks(listed, head=STATUS_HEAD) == [("count_mismatch", "error", 2, 3)]
    long = "a. Các tiêu chí chưa đạt, gồm 3 tiêu chí sau:\n" + "- Tiêu chí số 5 về Trường học;\n" * 100
    assert checks(long, head=STATUS_HEAD) == []  # past checks.yaml longest_list: no list of criteria


def test_a_numbered_list_cut_by_a_stray_line_is_not_counted_but_a_short_one_is():
    cut = ("a. Các tiêu chí chưa đạt (3 tiêu chí):\n1/ Tiêu chí Điện\n- Còn thiếu: thay dây dẫn\nxuống cấp. | : |\n"
           "2/ Tiêu chí Y tế\n3/ Tiêu chí Môi trường\n")
    assert checks(cut, head=STATUS_HEAD) == []  # a scan's dust line: the numbering goes on after it
    short = "a. Các tiêu chí chưa đạt (3 tiêu chí):\n1/ Tiêu chí Điện\n2/ Tiêu chí Y tế\nGhi chú: số liệu đến tháng 6.\n"
    assert checks(short, head=STATUS_HEAD) == [("count_mismatch", "error", 2, 3)]


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


def findings(text, head=HEAD):
    return extract(head + text).findings


# -- totals: only by their words, items only by structure
def test_a_hedged_total_never_errs_it_says_why_in_an_info():
    text = "Tổng kinh phí nhân dân đóng góp gần 2 tỷ đồng, trong đó: hiến đất 1,5 tỷ đồng, ngày công 0,9 tỷ đồng.\n"
    (f,) = findings(text)
    assert (f.check, f.severity) == ("sum_mismatch", "info") and "ước tính" in f.message


def test_an_amount_without_total_words_is_not_a_total():
    text = ("Nguồn lực:\n- Ngân sách tỉnh 1 tỷ đồng\n- Ngân sách xã 0,4 tỷ đồng\n"
            "Người dân góp gần 3 tỷ đồng.\n")
    assert checks(text) == []


def test_community_is_not_a_sum():
    text = "Nguồn lực:\n- Ngân sách tỉnh 1 tỷ đồng\n- Ngân sách xã 0,4 tỷ đồng\nCộng đồng dân cư góp 3 tỷ đồng.\n"
    assert checks(text) == []


def test_an_amount_written_in_two_parts_is_one_item():
    text = "Nguồn vốn:\n- Ngân sách tỉnh: 2 tỷ 480 triệu đồng;\n- Ngân sách xã: 520 triệu đồng;\nTổng nguồn vốn: {t}.\n"
    assert checks(text.format(t="3 tỷ đồng")) == []
    (f,) = findings(text.format(t="3,5 tỷ đồng"))
    assert (f.expected, f.actual) == (3_000_000_000, 3_500_000_000)
    assert [(g.raw, g.role) for g in f.figures] == [("3,5 tỷ đồng", "total"), ("2 tỷ 480 triệu đồng", "item"),
                                                     ("520 triệu đồng", "item")]


def test_a_trong_do_list_may_be_partial_but_its_parts_never_exceed_the_whole():
    text = "Tổng kinh phí {t} tỷ đồng, trong đó: ngân sách tỉnh 4 tỷ đồng, ngân sách huyện 3 tỷ đồng.\n"
    assert checks(text.format(t="10")) == []
    assert checks(text.format(t="6")) == [("sum_mismatch", "error", 7_000_000_000, 6_000_000_000)]


def test_a_list_opened_by_gom_is_complete():
    text = "Tổng nguồn vốn huy động {t} tỷ đồng, gồm:\n- Vốn tỉnh: 5 tỷ đồng;\n- Vốn huyện: 2 tỷ đồng;\n- Vốn xã: 1 tỷ đồng.\n"
    assert checks(text.format(t="8")) == []
    r = extract(HEAD + text.format(t="9"))
    (f,) = r.findings
    assert f.check == "sum_mismatch" and "9 tỷ đồng" in f.message and "8 tỷ đồng" in f.message
    assert [r.doc.text[s:e] for s, e in f.spans] == ["9 tỷ đồng", "5 tỷ đồng", "2 tỷ đồng", "1 tỷ đồng"]


def test_a_list_line_without_an_amount_makes_the_structure_unclear():
    text = "Tổng nguồn vốn 9 tỷ đồng, gồm:\n- Vốn tỉnh: 5 tỷ đồng;\n- Vốn lồng ghép các chương trình;\n- Vốn xã: 1 tỷ đồng.\n"
    assert [(f.check, f.severity) for f in findings(text)] == [("sum_mismatch", "info")]


def test_a_table_column_against_its_total_row():
    table = "ĐVT: triệu đồng\nSTT | Hạng mục | Kinh phí\n1 | Đường trục thôn | 1.200\n2 | Nhà văn hóa | 800\nTổng cộng | {t}\n"
    assert checks(table.format(t="2.000")) == []
    assert checks(table.format(t="2.300")) == [("sum_mismatch", "error", 2_000_000_000, 2_300_000_000)]


def test_a_dust_line_between_the_items_above_a_total_is_passed_over():
    text = ("2. Nguồn vốn:\n- Ngân sách tỉnh: 500 triệu đồng;\n- Ngân sách huyện: 300 triệu đồng;\n:\n"
            "- Nhân dân đóng góp: 200 triệu đồng;\nTổng nguồn vốn: {t} triệu đồng.\n")
    assert checks(text.format(t="1.000")) == []
    assert checks(text.format(t="1.100")) == [("sum_mismatch", "error", 1_000_000_000, 1_100_000_000)]


def test_a_money_cell_that_reads_as_no_amount_leaves_its_column_unsummed():
    table = ("ĐVT: triệu đồng\nSTT | Hạng mục | Kinh phí\n1 | Đường trục thôn | 1.200\n2 | Nhà văn hóa | {c}\n"
             "3 | Chợ | 500\nTổng cộng | 2.500\n")
    assert checks(table.format(c="8O0")) == []  # a scan read 800 so: the sum is not known, no error
    assert checks(table.format(c="-")) == [("sum_mismatch", "error", 1_700_000_000, 2_500_000_000)]  # a dash is nothing


# -- shares
SHARE = ("Tổng nguồn vốn 280 tỷ đồng, trong đó: ngân sách tỉnh 180 tỷ đồng (chiếm {p}% tổng nguồn vốn); "
         "ngân sách huyện 60 tỷ đồng; nhân dân đóng góp 40 tỷ đồng.\n")


def test_a_share_within_the_written_precision_is_right():
    assert checks(SHARE.format(p="64")) == [] and checks(SHARE.format(p="64,3")) == []


def test_a_wrong_share_is_flagged_against_the_stated_total():
    (f,) = findings(SHARE.format(p="70"))
    assert (f.check, f.severity, f.actual) == ("share_mismatch", "error", 70.0)
    assert "64,3%" in f.message and [g.role for g in f.figures] == ["item", "total", "share"]


# -- arithmetic
def test_a_hedged_calculation_is_not_an_error():
    assert checks("Cân đối: khoảng 23,8 tỷ - 10,5 tỷ = 13,5 tỷ\n") == []


def test_a_longer_calculation():
    assert checks("Cộng nguồn: 2 tỷ + 3 tỷ + 1 tỷ = 7 tỷ\n") == [("arithmetic_mismatch", "error", 6_000_000_000, 7_000_000_000)]


def test_a_speck_line_inside_a_list_above_a_total_does_not_cut_it():
    # a harsh scan read a speck between two items as the letter "l": the four sources still sum the total
    lst = ("2. Nguồn vốn:\n- Ngân sách tỉnh: 1.250 triệu đồng;\n- Ngân sách huyện: 900 triệu đồng;\n\nl\n\n"
           "- Ngân sách xã: 610 triệu đồng;\n- Nhân dân đóng góp: 240 triệu đồng;\nTổng nguồn vốn: {total} triệu đồng.\n")
    assert checks(lst.format(total="3.000")) == []
    assert checks(lst.format(total="3.100")) == [("sum_mismatch", "error", 3_000_000_000, 3_100_000_000)]


def test_a_prose_list_wrapped_over_lines_is_read_to_its_end():
    # a scan wraps the "; "-list and reads one ";" as ":": the lower-case next line goes on the same list
    wrapped = ("1. Các tiêu chí đã đạt, gồm 4 tiêu chí sau:\nGồm: tiêu chí số 1 về Quy hoạch; tiêu chí số 3 về Thủy lợi:\n"
               "tiêu chí số 6 về Văn hóa; tiêu chí số 9 về Nhà ở dân cư.\n2. Các tiêu chí chưa đạt\n")
    assert checks(wrapped, head=STATUS_HEAD) == []
    short = ("1. Các tiêu chí đã đạt, gồm 5 tiêu chí sau:\nGồm: tiêu chí số 1 về Quy hoạch; tiêu chí số 3 về Thủy lợi;\n"
             "tiêu chí số 6 về Văn hóa; tiêu chí số 9 về Nhà ở dân cư.\n2. Các tiêu chí chưa đạt\n")
    assert checks(short, head=STATUS_HEAD) == [("count_mismatch", "error", 4, 5)]



# -- counts
def test_a_stated_count_against_bullets():
    text = "1. Các tiêu chí đã đạt, gồm 3 tiêu chí sau:\n- Tiêu chí số 1: Quy hoạch\n- Tiêu chí số 4: Điện\n2. Tiếp theo\n"
    assert checks(text, head=STATUS_HEAD) == [("count_mismatch", "error", 2, 3)]


def test_a_stated_count_against_bare_numbers():
    assert checks("Các tiêu chí đã đạt gồm 4 tiêu chí sau: 1, 3, 4.\n", head=STATUS_HEAD) == [("count_mismatch", "error", 3, 4)]


def test_a_target_count_is_never_compared_as_achieved():
    assert checks("Xã đã đạt 16/19 tiêu chí. Phấn đấu đạt 19/19 tiêu chí.\n", head=STATUS_HEAD) == []
    assert checks("Xã đã đạt 14/19 tiêu chí; phấn đấu đạt 17/19 tiêu chí, còn lại 02 tiêu chí thực hiện năm sau.\n",
                  head=STATUS_HEAD) == []


def test_counts_about_other_communes_are_not_the_plans_own():
    text = "Xã Phú Lộc đã đạt 15/19 tiêu chí, còn 4 tiêu chí chưa đạt. Xã Tân An đã đạt 17/19 tiêu chí, còn 4 tiêu chí chưa đạt.\n"
    assert checks(text, head=STATUS_HEAD) == []
    assert checks("Toàn huyện có 12 xã đạt 19/19 tiêu chí; xã còn 5 tiêu chí chưa đạt.\n", head=STATUS_HEAD) == []


# -- statuses
def test_statuses_of_different_years_or_of_goals_do_not_conflict():
    text = ("Các tiêu chí đã đạt gồm: Tiêu chí Điện (TC4).\nII. MỤC TIÊU\n"
            "- Tiêu chí số 4 về Điện: chưa đạt, phấn đấu hoàn thành trong năm.\n")
    assert checks(text, head=STATUS_HEAD) == []


# -- deadline order
def test_a_schools_recognition_is_not_the_communes_step():
    text = ("- Hoàn thiện hồ sơ đề nghị công nhận trường Mầm non đạt chuẩn quốc gia trước ngày 30/4/2023.\n"
            "- Tiêu chí số 2 về Giao thông: thi công đường trục xã trước ngày 30/8/2023.\n")
    assert checks(text) == []


def test_a_status_date_is_not_a_deadline():
    text = ("- Trình hồ sơ đề nghị thẩm định, công nhận xã đạt chuẩn trước ngày 30/9/2023.\n"
            "- Xã đã hoàn thành thi công đường trục xã trước ngày 30/11/2023.\n")
    assert checks(text) == []


def test_a_report_and_plan_is_for_the_later_year():
    head = "BÁO CÁO\nKết quả thực hiện năm 2023 và kế hoạch xây dựng nông thôn mới năm 2024 của xã Phú Lộc\n\n"
    assert checks("II. KẾ HOẠCH\n- Tiêu chí số 2 về Giao thông: thi công đường trục xã trước ngày 30/8/2024.\n", head=head) == []


def test_every_finding_keeps_its_figures_in_the_json():
    from pipeline.run import extract_text

    r = extract_text(HEAD + SOURCES.format(total="10,3"))
    (f,) = r.to_json()["findings"]
    assert set(f) >= {"check", "severity", "message", "expected", "actual", "spans", "figures"}
    assert [(g["raw"], g["role"]) for g in f["figures"]][:2] == [("10,3 tỷ", "total"), ("2 tỷ", "item")]
    assert [[g["start"], g["end"]] for g in f["figures"]] == f["spans"]


def test_a_list_opened_on_the_next_line():
    text = "Tổng kinh phí: 9 tỷ đồng.\nTrong đó:\n- Vốn tỉnh: 5 tỷ đồng;\n- Vốn huyện: 5 tỷ đồng.\n"
    assert checks(text) == [("sum_mismatch", "error", 10_000_000_000, 9_000_000_000)]
    assert checks(text.replace("9 tỷ", "12 tỷ")) == []  # "trong đó" may name only some of the parts


def test_statuses_of_two_named_years_or_of_one_sentence_do_not_conflict():
    text = "- Năm 2022, các tiêu chí đã đạt gồm: Tiêu chí Điện (TC4).\n- Năm 2023, các tiêu chí chưa đạt gồm: Tiêu chí Điện (TC4).\n"
    r = extract(STATUS_HEAD + text)
    assert sorted(c.status for c in r.tables["criteria"]) == ["chua_dat", "dat"] and r.findings == []


def test_a_total_of_costs_does_not_sum_a_list_of_sources():
    text = "- Giao thông: 5 tỷ\n- Thủy lợi: 3 tỷ\n* Nguồn vốn:\n- Ngân sách tỉnh: 6 tỷ\n- Ngân sách xã: 1 tỷ\nTổng kinh phí: 8 tỷ\n"
    assert checks(text) == []


def test_a_list_ends_where_another_list_opens():
    text = ("Tổng số vốn đã huy động: 15 tỷ đồng. Trong đó:\n+ Ngân sách: 10 tỷ đồng\n+ Doanh nghiệp: 5 tỷ đồng\n"
            "b) Dự kiến năm 2024:\n+ Ngân sách: 20 tỷ đồng\n")
    assert checks(text) == []


def test_a_remaining_count_that_fits_a_later_stated_count_is_right():
    text = ("Năm 2022 xã đạt 15/19 tiêu chí. Trong năm 2023 đạt thêm 2 tiêu chí, nâng tổng số lên 17/19 tiêu chí; "
            "còn lại 02 tiêu chí chưa đạt.\n")
    assert checks(text, head=STATUS_HEAD) == []


def test_another_communes_recognition_bounds_nothing():
    text = ("- UBND huyện tổ chức thẩm định, công nhận xã Tân An đạt chuẩn trước ngày 30/6/2023.\n"
            "- Tiêu chí số 2 về Giao thông: thi công đường trục xã trước ngày 30/8/2023.\n")
    assert checks(text) == []
    assert [c[0] for c in checks(text.replace("xã Tân An", "xã Phú Lộc"))] == ["deadline_order"]


def test_a_part_named_without_its_amount_makes_the_list_partial():
    text = "Tổng nguồn vốn 10 tỷ đồng (gồm: ngân sách tỉnh 6 tỷ đồng; ngân sách xã 1 tỷ đồng; còn lại là vốn lồng ghép).\n"
    assert checks(text) == []
    assert checks(text.replace("10 tỷ", "6 tỷ")) == [("sum_mismatch", "error", 7_000_000_000, 6_000_000_000)]
    assert checks("Tổng nguồn vốn 10 tỷ đồng (gồm: ngân sách tỉnh 6 tỷ đồng; ngân sách xã 1 tỷ đồng).\n") == [
        ("sum_mismatch", "error", 7_000_000_000, 10_000_000_000)]


def test_an_achieved_count_dated_by_den_nam_is_checked_like_any_achieved_count():
    """"Đến năm 2021 xã đã đạt 12/19" is today's count (criteria_summary reads it as achieved): a
    remainder stated against it is checked, while "đến năm 2025 đạt 19/19" stays a goal."""
    text = ("Đến năm 2021 xã đã đạt 12/19 tiêu chí, còn 07 tiêu chí chưa đạt.\n"
            "Tổng hợp lại, xã còn 08 tiêu chí chưa đạt.\n")
    assert checks(text) == [("count_mismatch", "error", 7, 8)]
    goal = "Đến năm 2025 đạt 19/19 tiêu chí, còn 03 tiêu chí chưa đạt.\n"
    assert [c for c in checks(goal) if c[0] == "count_mismatch"] == []
