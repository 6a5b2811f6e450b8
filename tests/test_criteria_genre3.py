"""Criteria statuses and counts in forms measured on unseen pages (docs/genre.md §5b), on sentences of our own."""
from helpers import criteria_counts, criteria_statuses, extract, with_head

XA_2019 = "KẾ HOẠCH\nXã Long Thạnh về đích nông thôn mới năm 2019\n\n"
XA_2023 = "KẾ HOẠCH\nXã Long Thạnh về đích nông thôn mới năm 2023\n\n"


statuses = with_head(criteria_statuses, XA_2019)
counts = with_head(criteria_counts, XA_2023)


# §5b another programme's criteria set: no NTM catalogue, no rows, no counts
def test_a_civilised_town_text_has_no_ntm_criteria():
    text = ("KẾ HOẠCH\nXây dựng phường Hòa Xuân đạt chuẩn đô thị văn minh năm 2025\n\n"
            "Bộ tiêu chí đô thị văn minh có 09 tiêu chí: 1) quy hoạch đô thị; 2) giao thông đô thị.\n"
            "Đến nay phường đã đạt 7/9 tiêu chí, còn 02 tiêu chí chưa đạt là giao thông và môi trường.\n")
    r = extract(text)
    assert r.doc.info.criteria_set is None
    assert r.tables["criteria"] == [] and r.tables["criteria_summary"] == []


def test_a_model_hamlet_or_legal_access_text_has_no_ntm_counts():
    for text in ("Thôn Đông Bình phấn đấu đạt chuẩn khu dân cư kiểu mẫu: thôn đã đạt 8/10 tiêu chí khu dân cư kiểu mẫu.\n",
                 "Có 5 tiêu chí tiếp cận pháp luật; xã đạt chuẩn tiếp cận pháp luật khi đạt 5/5 tiêu chí.\n"):
        r = extract(text)
        assert r.tables["criteria_summary"] == [], text


def test_criterion_18_named_legal_access_is_still_ntm():
    text = "Đến nay xã đã đạt 15/19 tiêu chí; tiêu chí số 18 về Hệ thống chính trị và tiếp cận pháp luật chưa đạt.\n"
    assert counts(text, XA_2019) == [("achieved", 15, 19)]
    assert statuses(text) == [(18, "chua_dat")]


# §6 a past cue right before the count wins over target words before it (issue 14 item b)
def test_a_planned_count_reached_by_now_is_achieved():
    assert counts("Theo kế hoạch năm 2022, đến nay xã đã đạt 04 tiêu chí.\n") == [("achieved", 4, None)]
    assert counts("Theo Ban Chỉ đạo Chương trình mục tiêu quốc gia huyện, xã đã đạt được 13 tiêu chí.\n") == [("achieved", 13, None)]
    assert counts("Sau nhiều năm thực hiện, xã mới hoàn thành 8/19 tiêu chí.\n") == [("achieved", 8, 19)]


def test_resolving_to_reach_more_criteria_is_a_goal_and_lists_unmet_ones():
    # an increment aimed at is a target; one reached is not the commune's count (session 10, genre.md §5e)
    text = "Năm 2019, xã quyết tâm đạt thêm 4 tiêu chí gồm điện, chợ nông thôn, y tế và môi trường.\n"
    assert counts(text, XA_2019) == [("target", 4, None)]
    assert statuses(text) == [(4, "chua_dat"), (7, "chua_dat"), (15, "chua_dat"), (17, "chua_dat")]
    assert counts("Năm 2022 xã đã đạt thêm 3 tiêu chí.\n") == []


# §5b names after a status or a remainder, and numbers followed by their names
def test_lists_after_remaining_or_unmet():
    assert statuses("Xã cố gắng hoàn thành 2 tiêu chí còn lại gồm thủy lợi và nhà ở dân cư trong năm.\n") == [(3, "chua_dat"), (9, "chua_dat")]
    assert statuses("Xã đã đạt 18/19 tiêu chí, tiêu chí chưa đạt là Thu nhập.\n") == [(10, "chua_dat")]


def test_numbers_followed_by_their_names():
    text = "Còn 03 tiêu chí chưa đạt, đó là: tiêu chí số 3 thủy lợi, 9 nhà ở dân cư và 15 y tế.\n"
    assert statuses(text) == [(3, "chua_dat"), (9, "chua_dat"), (15, "chua_dat")]
    # a name that the catalogue numbers otherwise is not taken: the number stands alone
    assert statuses("Xã chưa đạt tiêu chí số 5 về Giáo dục.\n") == [(5, "chua_dat")]


# §5b/§6 other communes: named, a norm for each, or placed after the count
def test_a_named_other_commune_is_refused():
    text = "Xã đã đạt 16/19 tiêu chí. Riêng xã Phú Mỹ Đông, đến nay đạt 12/19 tiêu chí, 7 tiêu chí còn lại là giao thông, điện.\n"
    assert counts(text, XA_2019) == [("achieved", 16, 19)]
    assert statuses(text) == []


def test_the_remainder_of_a_named_other_communes_count_is_refused():
    text = "Xã đạt 16/19 tiêu chí. Riêng xã Hòa Lạc Tây đã hoàn thành 15/19 tiêu chí; còn lại 04 tiêu chí là: điện, chợ nông thôn.\n"
    assert counts(text, XA_2019) == [("achieved", 16, 19)]
    assert statuses(text) == []


def test_the_plans_own_commune_and_its_group_are_kept():
    text = "Xã Long Thạnh là 1 trong 3 xã được chọn; đến nay xã đã đạt 17/19 tiêu chí, tiêu chí chưa đạt là y tế.\n"
    assert counts(text, XA_2019) == [("achieved", 17, 19)]
    assert statuses(text) == [(15, "chua_dat")]


def test_norms_for_every_commune_and_counts_placed_in_others_are_refused():
    assert counts("Theo kế hoạch của huyện, mỗi xã đạt tối thiểu 12 tiêu chí trong năm.\n") == []
    assert counts("Nâng chất 17/19 tiêu chí đã đạt được tại 4 xã Hòa An, Hòa Bình.\n") == []


def test_a_remainder_after_the_catalogue_word_is_the_communes():
    text = "Xã đạt 13/19 tiêu chí trong bộ tiêu chí xã nông thôn mới, còn 6 tiêu chí chưa đạt.\n"
    assert counts(text) == [("achieved", 13, 19), ("not_achieved", 6, None)]
