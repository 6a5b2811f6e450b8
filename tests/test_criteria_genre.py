"""Criteria statuses and counts in the genre's wording (docs/genre.md §5, §6), on sentences of our own."""
from helpers import criteria_counts, criteria_statuses, extract, with_head

XA_2016 = "KẾ HOẠCH\nXã Tân Phước về đích nông thôn mới năm 2019\n\n"
XA_2013 = "KẾ HOẠCH\nXã Tân Phước về đích nông thôn mới năm 2013\n\n"
XA_2023 = "KẾ HOẠCH\nXã Tân Phước về đích nông thôn mới năm 2023\n\n"
HUYEN = "KẾ HOẠCH\nHuyện Đak Pơ về đích nông thôn mới năm 2020\n\n"


statuses = with_head(criteria_statuses, XA_2016)
counts = with_head(criteria_counts, XA_2023)


# §5 names only, prose list of met criteria after "tiêu chí là:" (lower case, "," and "và")
def test_prose_list_of_met_names_in_lower_case():
    text = "Đến nay xã đã đạt 4 tiêu chí là: điện, chợ nông thôn, nhà ở dân cư và y tế.\n"
    assert statuses(text) == [(4, "dat"), (7, "dat"), (9, "dat"), (15, "dat")]


# §5 the same form in the 2010–2015 catalogue
def test_prose_list_in_the_2010_2015_catalogue():
    text = "Xã đã đạt các tiêu chí như: bưu điện, hộ nghèo; cơ cấu lao động và văn hóa.\n"
    assert statuses(text, XA_2013) == [(8, "dat"), (11, "dat"), (12, "dat"), (16, "dat")]


# §5 names only, list of unmet criteria ("còn lại … là: A, B và C")
def test_prose_list_of_remaining_names():
    text = "Ba tiêu chí còn lại chưa đạt là: giao thông, trường học và môi trường và an toàn thực phẩm.\n"
    assert statuses(text, XA_2023) == [(2, "chua_dat"), (5, "chua_dat"), (17, "chua_dat")]


# §5 bare number lists: every number, through "…" and "và"
def test_bare_number_list_gives_every_number():
    text = "Hiện xã chưa đạt các tiêu chí số 1, 4, 9, … 14 và 16.\n"
    assert statuses(text) == [(1, "chua_dat"), (4, "chua_dat"), (9, "chua_dat"), (14, "chua_dat"), (16, "chua_dat")]


# §5 flattened assessment table: "Đạt" in the norm column does not decide, the last cell does
def test_text_table_last_column_decides():
    text = ("TT | Tên tiêu chí | Chỉ tiêu chung | Kết quả tự đánh giá\n"
            "1 | Thủy lợi | Đạt | Chưa đạt\n2 | Điện | Đạt | Đạt\n3 | Chợ nông thôn | Đạt | 100%\n")
    assert statuses(text) == [(3, "chua_dat"), (4, "dat")]


# §5 bullets with bare names under "đã đạt" / "chưa đạt" headings
def test_bullets_under_status_headings():
    text = ("1. Những tiêu chí xã đã đạt:\n- Quy hoạch;\n- Nhà ở dân cư;\n"
            "2. Những tiêu chí xã chưa đạt:\n- Giao thông;\n- Y tế.\n")
    assert statuses(text) == [(1, "dat"), (2, "chua_dat"), (9, "dat"), (15, "chua_dat")]


# §5 district plans: "tiêu chí huyện số N"; names with hyphens and commas are one criterion
def test_district_criteria_by_number_and_by_hyphenated_name():
    text = ("Huyện đã đạt tiêu chí huyện số 4 và số 8.\n"
            "Còn tiêu chí Y tế - Văn hóa - Giáo dục chưa đạt.\n")
    assert statuses(text, HUYEN) == [(4, "dat"), (5, "chua_dat"), (8, "dat")]


def test_a_comma_inside_a_name_does_not_split_it():
    text = "Huyện đã đạt tiêu chí An ninh, trật tự xã hội.\n"
    assert statuses(text, HUYEN) == [(8, "dat")]


# §5 statuses of other communes are not the plan's own
def test_other_communes_statuses_are_refused():
    text = "Trong huyện, 5 xã chưa hoàn thành tiêu chí số 17; các xã lân cận đã đạt tiêu chí số 8.\n"
    assert statuses(text) == []


# §6 counts: targets under "phấn đấu" and under a "Mục tiêu" heading
def test_target_counts():
    assert counts("Năm nay xã phấn đấu đạt 19/19 tiêu chí.\n") == [("target", 19, 19)]
    text = "II. MỤC TIÊU\n1. Mục tiêu cụ thể\n- Đạt 19/19 tiêu chí xã nông thôn mới vào cuối năm.\n"
    assert counts(text) == [("target", 19, 19)]


# §6 aggregates over communes and sub-indicators are not criteria counts; never 19 hard-coded
def test_aggregates_are_not_counts():
    text = ("Toàn huyện đã đạt 1.286 tiêu chí/92 xã, bình quân 13,9 tiêu chí/xã; 5.775/8.227 xã đạt chuẩn.\n"
            "Xã kiểu mẫu đạt 17/17 chỉ tiêu.\n5 xã chưa hoàn thành 17 tiêu chí.\n")
    assert counts(text) == []


def test_a_set_of_nine_and_zero_padded_counts():
    assert counts("Huyện đã đạt 07/09 tiêu chí huyện nông thôn mới.\n", HUYEN) == [("achieved", 7, 9)]


def test_a_footnote_digit_glued_to_the_count():
    assert counts("Xã đã đạt 16 tiêu chí1.\n") == [("achieved", 16, None)]


def test_table_rows_read_back_from_a_scan():
    # the row number glued to the name, and a long name wrapped onto the next line
    text = ("TT | Tên tiêu chí | Chỉ tiêu chung | Kết quả\n10 Thu nhập | Đạt | Chưa đạt\n"
            "13 Tổ chức sản xuất và phát triển | Đạt | Đạt\nkinh tế nông thôn\n")
    assert statuses(text, XA_2023) == [(10, "chua_dat"), (13, "dat")]


# §6 a remainder after a count: not achieved after an achieved count, refused after a target
def test_the_rest_of_a_target_is_not_a_count():
    text = "Trong năm 2026, xã Tân Phước phấn đấu đạt 17/19 tiêu chí, còn lại 02 tiêu chí tiếp tục thực hiện năm 2027.\n"
    assert counts(text) == [("target", 17, 19)]
    text = "II. MỤC TIÊU\n- Đạt 18/19 tiêu chí vào cuối năm, còn 01 tiêu chí hoàn thành năm sau.\n"
    assert counts(text) == [("target", 18, 19)]


def test_the_rest_of_an_achieved_count_is_not_achieved():
    assert counts("Đến nay xã Tân Phước đạt 15/19 tiêu chí, còn 04 tiêu chí chưa đạt.\n") == [
        ("achieved", 15, 19), ("not_achieved", 4, None)]
    assert counts("Xã đã đạt 16/19 tiêu chí, còn lại 03 tiêu chí đang triển khai.\n") == [
        ("achieved", 16, 19), ("not_achieved", 3, None)]
    assert counts("Xã đã đạt 14/19 tiêu chí, còn lại là 05 tiêu chí.\n") == [("achieved", 14, 19), ("not_achieved", 5, None)]


# §6 "đã đạt" after a horizon ("Đến năm YYYY") is a status as of that year: the status cue wins
def test_achieved_by_a_year_is_a_status_not_a_target():
    text = "Đến năm 2025 xã Tân Phước đã đạt 17/19 tiêu chí, còn 02 tiêu chí chưa đạt.\n"
    assert counts(text) == [("achieved", 17, 19), ("not_achieved", 2, None)]
    text = "Đến năm 2024, xã Tân Phước đã hoàn thành 15/19 tiêu chí; còn lại 04 tiêu chí.\n"
    assert counts(text) == [("achieved", 15, 19), ("not_achieved", 4, None)]
    years = [s.year for s in extract(XA_2023 + "Đến năm 2022 xã Tân Phước đã đạt 14/19 tiêu chí.\n").tables["criteria_summary"]]
    assert years == [2022]


def test_a_horizon_without_a_past_cue_stays_a_target():
    assert counts("Phấn đấu đến năm 2026 đạt 19/19 tiêu chí xã nông thôn mới.\n") == [("target", 19, 19)]
    assert counts("Đến năm 2027 đạt 19/19 tiêu chí.\n") == [("target", 19, 19)]
    # the past cue of an earlier clause does not turn the later horizon into a status
    text = "Xã Tân Phước đã đạt 13/19 tiêu chí, đến năm 2026 đạt 19/19 tiêu chí.\n"
    got = extract(XA_2023 + text).tables["criteria_summary"]
    assert [(s.kind, s.count, s.total, s.year) for s in got] == [("achieved", 13, 19, None), ("target", 19, 19, 2026)]


def test_the_rest_of_a_target_never_makes_the_target_not_achieved():
    for text in ("Năm 2026 xã Tân Phước phấn đấu đạt 18/19 tiêu chí, còn lại 01.\n",
                 "Năm 2026 xã Tân Phước phấn đấu đạt 18/19 tiêu chí còn lại 01 tiêu chí.\n"):
        assert counts(text) == [("target", 18, 19)], text
    assert counts("Xã Tân Phước phấn đấu đạt 18/19 tiêu chí còn lại.\n") == []   # a fraction of the set is no remainder
    assert counts("Phấn đấu hoàn thành 04 tiêu chí còn lại.\n") == [("not_achieved", 4, None)]


def test_keeping_what_was_achieved_by_a_year_is_still_a_target():
    text = "Đến năm 2026, giữ vững các tiêu chí đã đạt và đạt 19/19 tiêu chí.\n"
    assert counts(text) == [("target", 19, 19)]
    assert counts("Đến năm 2024 xã Tân Phước đã đạt chuẩn 16/19 tiêu chí.\n") == [("achieved", 16, 19)]
