"""Criteria statuses, counts and targets in forms measured on unseen pages (docs/genre.md §5d), on sentences of our own."""
from helpers import criteria_counts, criteria_statuses, extract, with_head

XA_2018 = "KẾ HOẠCH\nXã Phước Lâm về đích nông thôn mới năm 2018\n\n"
XA_2024 = "KẾ HOẠCH\nXã Phước Lâm về đích nông thôn mới năm 2024\n\n"

statuses = with_head(criteria_statuses, XA_2018)
counts = with_head(criteria_counts, XA_2024)


def targets(text: str, head: str = XA_2024) -> list[tuple]:
    return [(t.kind, t.comparator, t.value) for t in extract(head + text).tables["targets"]]


# §5d a band of communes, the whole set, and a count over "số xã" are no count of one unit
def test_bands_and_the_whole_set_are_no_counts():
    assert counts("Phân theo nhóm: có 9 xã đạt từ 12-16 tiêu chí; có 4 xã đạt từ 6 đến 11 tiêu chí.\n") == []
    assert counts("Đến nay huyện mới có 04 tiêu chí trong tổng số 19 tiêu chí mà tất cả 8 xã đều đạt.\n") == []
    assert counts("Số xã đạt chuẩn (19 tiêu chí) đã được công nhận là 21 xã.\n") == []


def test_a_count_shared_by_communes_after_it_is_no_count():
    assert counts("Toàn huyện đã có 03 tiêu chí đạt 07 xã là tiêu chí số 4 và tiêu chí số 8.\n") == []


# §5d a sentence ranking units by their counts: none is one unit's
def test_a_sentence_ranking_units_gives_no_count():
    text = ("Đứng đầu là Tân Hưng đã hoàn thành 12 tiêu chí; Phú Lợi hoàn thành 10 tiêu chí; "
            "Mỹ Lạc, Đông Sơn hoàn thành 08 tiêu chí.\n")
    assert counts(text) == []


def test_staged_targets_with_their_years_are_no_ranking():
    text = "Phấn đấu năm 2024 đạt 15/19 tiêu chí, năm 2025 đạt 17/19 tiêu chí, năm 2026 đạt 19/19 tiêu chí.\n"
    assert [c[1] for c in counts(text)] == [15, 17, 19]


def test_an_achieved_count_and_its_remainder_are_no_ranking():
    assert counts("Xã đã đạt 15/19 tiêu chí, còn 04 tiêu chí chưa đạt, phấn đấu đạt 19/19 tiêu chí.\n") == [
        ("achieved", 15, 19), ("not_achieved", 4, None), ("target", 19, 19)]


# §5d "lần lượt" spreads counts over several units; "theo bộ tiêu chí" is no catalogue; "đã hoàn thành" after a count
def test_respective_counts_are_refused():
    assert counts("Hai xã điểm là Tân Hưng và Phú Lợi mới lần lượt hoàn thành được 14 và 12 tiêu chí.\n") == []


def test_a_count_measured_by_the_set_and_done_after_it_is_achieved():
    text = "Xã Phước Lâm có số tiêu chí đạt theo bộ tiêu chí cao nhất huyện với 16 tiêu chí đã hoàn thành.\n"
    assert counts(text) == [("achieved", 16, None)]


# §5d "100% số xã chưa đạt tiêu chí số 1": all communes, no status of one
def test_a_share_of_communes_gives_no_status():
    assert statuses("Theo bộ tiêu chí mới, có 100% số xã chưa đạt chuẩn tiêu chí số 1 về quy hoạch.\n") == []


# §5d a status written after a list of names is every item's
def test_a_status_after_a_list_is_every_items():
    text = "Qua thẩm định, các tiêu chí về giao thông, trường học và y tế của xã chưa đảm bảo yêu cầu.\n"
    assert statuses(text) == []  # a word that is not a separator ("của xã") stands between: none
    text = "Qua thẩm định, các tiêu chí về giao thông, trường học và y tế chưa đảm bảo yêu cầu.\n"
    assert statuses(text) == [(2, "chua_dat"), (5, "chua_dat"), (15, "chua_dat")]


def test_a_status_after_a_list_wins_over_a_cue_before_it():
    text = "Đến nay xã đã đạt 16/19 tiêu chí; còn tiêu chí giao thông và tiêu chí trường học chưa đạt.\n"
    assert statuses(text) == [(2, "chua_dat"), (5, "chua_dat")]


def test_a_status_after_a_single_name_is_left_to_the_cues_before_it():
    assert statuses("Qua thẩm định, tiêu chí về giao thông chưa đảm bảo yêu cầu.\n") == []


# §5d a news item naming one commune only is that commune's, whatever level its header gives it
def test_a_news_item_about_one_commune_on_a_district_portal():
    text = ("Xã Tân Hưng còn 03 tiêu chí nông thôn mới chưa đạt\n\nTheo Ban Chỉ đạo huyện Kỳ Sơn, đến nay xã Tân Hưng "
            "đã đạt 16 tiêu chí. Các tiêu chí còn lại chưa đạt của xã Tân Hưng là: Tiêu chí số 10 về thu nhập; "
            "Tiêu chí số 13 về tổ chức sản xuất và tiêu chí số 17 về môi trường và an toàn thực phẩm.\n")
    r = extract(text)
    assert sorted((c.criterion, c.status) for c in r.tables["criteria"]) == [(10, "chua_dat"), (13, "chua_dat"), (17, "chua_dat")]
    assert ("achieved", 16) in [(s.kind, s.count) for s in r.tables["criteria_summary"]]


def test_a_news_item_naming_two_communes_keeps_the_refusal():
    text = ("Tin huyện Kỳ Sơn\n\nTheo Ban Chỉ đạo huyện Kỳ Sơn, đến nay xã Tân Hưng đã đạt 16 tiêu chí; "
            "xã Phú Lợi đã đạt 12 tiêu chí.\n")
    assert [(s.kind, s.count) for s in extract(text).tables["criteria_summary"]] == []


# §5d targets: a result's comparator alone makes no target
def test_a_result_comparator_alone_makes_no_target():
    assert targets("Như vậy, đến nay toàn tỉnh có 25/90 xã được công nhận đạt chuẩn, 03 xã đạt chuẩn nâng cao.\n") == []
    assert targets("Hiện toàn huyện có 14 xã đạt chuẩn nông thôn mới.\n") == []
    assert targets("Thu nhập bình quân của người dân trong xã đạt 51,2 triệu đồng/người/năm.\n") == [("actual", "=", 51.2)]
    assert targets("Tỷ lệ hộ nghèo của xã giảm còn 2,4%.\n") == [("actual", "<=", 2.4)]


def test_a_goal_word_still_makes_a_target():
    assert targets("Năm 2024 huyện phấn đấu có thêm 3 xã đạt chuẩn nông thôn mới.\n") == [("target", "=", 3.0)]
    assert targets("Toàn tỉnh có ít nhất 60% số xã đạt chuẩn.\n") == [("target", ">=", 60.0)]


def test_the_nearer_of_result_and_goal_words_decides():
    text = "Thu nhập của hộ nghèo tăng gấp 2 lần so với hiện nay, phấn đấu giảm tỷ lệ hộ nghèo bình quân 2%/năm.\n"
    assert targets(text) == [("target", "=", 2.0)]


# §5d found on held-back pages: a superlative ranking of two, one name written two ways, the programme's name
def test_the_highest_and_the_lowest_unit_are_a_ranking():
    text = ("Hiện nay, xã đạt nhiều tiêu chí cao nhất là Tân Hưng với 13 tiêu chí, còn xã đạt thấp nhất là "
            "Phú Lợi với 05 tiêu chí.\n")
    assert counts(text) == []


def test_a_name_written_with_and_without_a_space_is_one_commune():
    text = ("Xã Lamdong về đích nông thôn mới\n\nXã Lam Dong xuất phát điểm năm 2012 chỉ có 4/19 tiêu chí. "
            "Sau 9 năm phấn đấu, xã Lamdong đã đạt được 19/19 tiêu chí.\n")
    assert ("achieved", 19) in [(s.kind, s.count) for s in extract(text).tables["criteria_summary"]]


def test_the_goal_word_in_the_programmes_name_makes_no_target():
    text = "Sau 10 năm thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới, tỉnh đã có 38/75 xã được công nhận.\n"
    assert targets(text) == []


# §5d targets on the last blind pages: a verb bound to an earlier figure, a bare comparator in a news item, a year
def test_a_verb_bound_to_an_earlier_figure_makes_no_goal_of_the_next():
    assert targets("Qua rà soát, chỉ có 3 xã hoàn thành 19/19 tiêu chí, 6 xã còn lại chưa về đích.\n") == []


def test_a_bare_comparator_in_a_news_item_is_a_result():
    news = "Xã Tân Hưng đón nhận bằng công nhận\n\n"
    assert targets("Đến nay tỷ lệ hộ nghèo toàn xã dưới 4,2%.\n", news) == [("actual", "<", 4.2)]
    assert targets("- Tỷ lệ hộ nghèo toàn xã dưới 4,2%.\n") == [("target", "<", 4.2)]  # in a plan: a goal


def test_a_year_after_the_year_word_is_no_count_of_communes():
    assert targets("Huyện phấn đấu đến cuối năm 2024 xã Tân Hưng đạt chuẩn nông thôn mới.\n") == []


def test_a_text_about_the_district_standard_naming_one_commune_stays_the_districts():
    text = ("KẾ HOẠCH\nXây dựng huyện Kỳ Sơn đạt chuẩn nông thôn mới năm 2024\n\nĐến nay huyện Kỳ Sơn đã đạt 7/9 tiêu chí "
            "huyện nông thôn mới; còn tiêu chí môi trường và tiêu chí chất lượng môi trường sống chưa đạt. "
            "Riêng xã Tân Hưng đạt 15/19 tiêu chí.\n")
    r = extract(text)
    assert sorted((c.criterion, c.status) for c in r.tables["criteria"]) == [(7, "chua_dat"), (8, "chua_dat")]
    assert [(s.kind, s.count) for s in r.tables["criteria_summary"]] == [("achieved", 7)]


# §5e (session 10, lead): an increment and a count no commune has are no counts
def test_an_increment_is_not_the_communes_count():
    text = "Năm 2024 xã Phong Lạc đã đạt thêm 3 tiêu chí; hiện đã đạt 16/19 tiêu chí.\n"
    assert criteria_counts(text) == [("achieved", 16, 19)]


def test_a_count_no_commune_has_is_no_count():
    assert criteria_counts("Đến nay trên địa bàn huyện chưa có xã nào đạt đủ 19 tiêu chí.\n") == []
    assert criteria_counts("Đến nay xã Phong Lạc đã đạt 15 tiêu chí.\n") == [("achieved", 15, None)]
