"""Criteria statuses, counts and catalogues in forms measured on unseen pages (docs/genre.md §5c), on sentences of our own."""
from helpers import criteria_counts, criteria_statuses, extract, with_head

from extractors.catalogue import Catalogue
from extractors.common import load_data
from extractors.structure import choose_criteria_set

XA_2018 = "KẾ HOẠCH\nXã Phước Lâm về đích nông thôn mới năm 2018\n\n"
XA_2024 = "KẾ HOẠCH\nXã Phước Lâm về đích nông thôn mới năm 2024\n\n"
HUYEN_2024 = "KẾ HOẠCH\nXây dựng huyện Kỳ Lâm đạt chuẩn nông thôn mới năm 2024\n\n"
HUYEN_NC = "KẾ HOẠCH\nXây dựng huyện Kỳ Lâm đạt chuẩn huyện nông thôn mới nâng cao năm 2024\n\n"

statuses = with_head(criteria_statuses, XA_2018)
counts = with_head(criteria_counts, XA_2024)


# §5c a sentence opened by "Bao gồm" only lists what the sentence before it counted
def test_a_list_sentence_takes_the_status_of_the_count_before_it():
    text = ("Hết năm 2017, xã Phước Lâm đã thực hiện hoàn thành 14/19 tiêu chí xây dựng nông thôn mới. Bao gồm các "
            "tiêu chí số 2 về giao thông; tiêu chí số 7 về chợ và tiêu chí số 16 về văn hóa.\n")
    assert statuses(text) == [(2, "dat"), (7, "dat"), (16, "dat")]
    assert counts(text) == [("achieved", 14, 19)]


def test_a_list_sentence_after_a_sentence_without_a_status_has_none():
    assert statuses("Xã tổ chức hội nghị về nông thôn mới. Bao gồm tiêu chí số 2 về giao thông.\n") == []


# §5c an adverb between "đã" and the verb: still a past result, not a goal
def test_an_adverb_after_da_keeps_the_count_achieved():
    assert counts("Xã Phước Lâm đã cơ bản hoàn thành 16/19 tiêu chí.\n") == [("achieved", 16, 19)]
    assert counts("Đến nay xã đã xây dựng đạt 9/19 tiêu chí nông thôn mới nâng cao.\n") == [("achieved", 9, 19)]
    assert counts("Xã phấn đấu cơ bản hoàn thành 19/19 tiêu chí vào năm 2025.\n") == [("target", 19, 19)]


def test_a_basically_reached_list_is_achieved():
    assert statuses("Xã đã cơ bản đạt 3 tiêu chí gồm điện, nhà ở dân cư và y tế.\n") == [(4, "dat"), (9, "dat"), (15, "dat")]


# §5c "N tiêu chí còn lại về <tên>, <tên> …": the remainder's names after "về"
def test_the_remaining_criteria_named_after_ve():
    text = "Xã đã đạt 15/19 tiêu chí, năm nay dồn sức cho 4 tiêu chí còn lại về thủy lợi, điện, y tế và văn hóa.\n"
    assert statuses(text) == [(3, "chua_dat"), (4, "chua_dat"), (15, "chua_dat"), (16, "chua_dat")]


def test_a_double_space_after_a_comma_does_not_end_the_list():
    text = "Còn 3 tiêu chí chưa đạt là thu nhập,  hộ nghèo và môi trường.\n"
    assert statuses(text) == [(10, "chua_dat"), (11, "chua_dat"), (17, "chua_dat")]


# §5c a long description between the remaining criteria and "như:"
def test_a_long_lead_before_nhu_colon():
    text = ("Với các tiêu chí còn lại, phần lớn là những nội dung xã phải tự lực thực hiện như: "
            "lao động có việc làm, giáo dục và đào tạo, văn hóa.\n")
    assert statuses(text) == [(12, "chua_dat"), (14, "chua_dat"), (16, "chua_dat")]


def test_a_long_lead_without_a_status_gives_none():
    text = "Các tiêu chí được nhân dân quan tâm nhiều nhất trong năm qua ở địa phương như: giao thông, điện, trường học.\n"
    assert statuses(text) == []


# §5c the district's names written with commas, a list missing one comma
def test_district_names_written_with_commas_and_a_missing_comma():
    text = ("Trong năm, huyện đã cơ bản đạt 5 tiêu chí gồm điện quy hoạch, y tế, văn hóa và giáo dục, "
            "hệ thống chính trị, an ninh trật tự và hành chính công, chất lượng môi trường sống.\n")
    assert criteria_statuses(text, HUYEN_2024) == [(1, "dat"), (4, "dat"), (5, "dat"), (8, "dat"), (9, "dat")]
    assert criteria_counts(text, HUYEN_2024) == [("achieved", 5, None)]


def test_a_glued_word_that_is_no_name_ends_the_list():
    text = "Xã đã đạt 2 tiêu chí gồm điện năm nay và giao thông.\n"
    assert statuses(text) == [(4, "dat")]


# §5c counts of the communes in a district's text; the set being assessed; "đủ N tiêu chí"
def test_commune_counts_in_a_districts_text_are_refused():
    text = ("Huyện chọn 3 xã điểm gồm: Tân Hòa, Phú Lộc và Bình Sơn. Đến nay xã Tân Hòa đạt 14/19 tiêu chí; "
            "Phú Lộc đạt 12/19 tiêu chí và Bình Sơn đạt 10 tiêu chí.\nHuyện đã đạt 7/9 tiêu chí huyện nông thôn mới.\n")
    assert criteria_counts(text, HUYEN_2024) == [("achieved", 7, 9)]


def test_the_set_being_assessed_is_no_count():
    text = "Theo Kế hoạch số 12/KH-BCĐ, Ban Chỉ đạo huyện sẽ chấm điểm, đánh giá kết quả thực hiện 19 tiêu chí của xã.\n"
    assert counts(text) == []


def test_enough_criteria_under_a_decision_is_an_achieved_count():
    text = "Huyện Kỳ Lâm hiện có đủ 9 tiêu chí huyện theo Quyết định số 558/QĐ-TTg.\n"
    assert criteria_counts(text, HUYEN_2024) == [("achieved", 9, None)]
    assert counts("Xã vẫn chưa đủ 19 tiêu chí để đề nghị công nhận.\n") == [("not_achieved", 19, None)]


# §5c a grade defined, not reached (the Q&A page of §5b "left")
def test_a_grade_defined_in_an_answer_gives_no_rows():
    text = ("Trả lời: theo quy định của tỉnh, xã được công nhận kiểu mẫu là xã được công nhận đạt chuẩn nâng cao trước đó "
            "và có 9 tiêu chí về giao thông, điện, trường học, môi trường ở mức cao.\n")
    r = extract(text)
    assert r.tables["criteria"] == [] and r.tables["criteria_summary"] == []


def test_a_named_first_commune_is_no_definition():
    text = "Xã Phước Lâm được công nhận đạt chuẩn năm 2018 là xã đầu tiên của huyện đạt 19/19 tiêu chí.\n"
    assert counts(text, XA_2018) == [("achieved", 19, 19)]


# §5c "thị xã <Tên>" is a district-level town, not another commune
def test_a_town_of_district_level_is_no_other_commune():
    text = ("Năm 2023, Đảng ủy xã Phước Lâm, thị xã Bình Khê đã lãnh đạo thực hiện.Từ đó, nhân dân đồng lòng, "
            "cùng quyết tâm đạt 19 tiêu chí nông thôn mới nâng cao trong năm.\n")
    assert counts(text, "") == [("target", 19, None)]


# §5c the district NTM nâng cao set (Quyết định 320/QĐ-TTg Phụ lục III) and the set a text with no year is read with
def test_the_district_higher_set_is_in_the_catalogue():
    cat = Catalogue.get("huyen_ntm_nang_cao_2021_2025")
    assert (cat.level, cat.total) == ("huyen", 9)
    assert cat.number_of("Chất lượng môi trường sống") == 8 and cat.number_of("Y tế, văn hóa, giáo dục") == 5
    assert choose_criteria_set("huyen_ntm", "huyen", 2024, set(), "ntm_nang_cao") == "huyen_ntm_nang_cao_2021_2025"
    assert choose_criteria_set("huyen_ntm", "huyen", 2024, {"320/QĐ-TTg"}, "ntm_nang_cao") == "huyen_ntm_nang_cao_2021_2025"
    assert choose_criteria_set("huyen_ntm", "huyen", 2024, {"320/QĐ-TTg"}) == "huyen_ntm_2021_2025"


def test_a_district_plan_for_its_higher_standard_follows_it():
    r = extract(HUYEN_NC + "Huyện đã đạt tiêu chí huyện số 8 về Chất lượng môi trường sống.\n")
    assert r.doc.info.criteria_set == "huyen_ntm_nang_cao_2021_2025"
    assert [(c.criterion, c.status) for c in r.tables["criteria"]] == [(8, "dat")]


def test_communes_higher_grade_in_a_district_title_keeps_the_basic_set():
    head = "KẾ HOẠCH\nXây dựng huyện Kỳ Lâm đạt chuẩn nông thôn mới và các xã nông thôn mới nâng cao năm 2024\n\n"
    assert extract(head + "Nội dung.\n").doc.info.criteria_set == "huyen_ntm_2021_2025"


def test_a_text_with_no_level_is_read_with_the_set_of_the_decision_it_cites():
    # "Sản xuất" and "Chỉ đạo xây dựng nông thôn mới" are names of the 2016-2020 district set only
    text = ("Theo Quyết định số 558/QĐ-TTg của Thủ tướng Chính phủ về tiêu chí nông thôn mới, đến nay đã đạt "
            "tiêu chí Sản xuất và tiêu chí Chỉ đạo xây dựng nông thôn mới.\n")
    r = extract(text)
    assert r.doc.info.criteria_set is None  # the field stays as the header says
    assert sorted((c.criterion, c.status) for c in r.tables["criteria"]) == [(6, "dat"), (9, "dat")]


def test_a_text_with_no_level_and_no_decision_keeps_the_default_reading():
    r = extract("Đến nay đã đạt tiêu chí Sản xuất theo kế hoạch nông thôn mới.\n")
    assert r.doc.info.criteria_set is None and r.tables["criteria"] == []


def test_the_catalogue_entries_have_numbers_names_and_known_levels():
    for s in load_data("criteria_sets.yaml")["sets"]:
        assert s["level"] in ("xa", "huyen") and s["variant"] in ("nong_thon_moi", "nong_thon_moi_nang_cao"), s["id"]
        numbers = [int(c["no"] if "no" in c else c[False]) for c in s["criteria"]]
        assert numbers == list(range(1, s["criteria_count"] + 1)), s["id"]
        assert all(isinstance(c["name"], str) and c["name"] for c in s["criteria"]), s["id"]


def test_a_change_in_the_count_is_no_count():
    text = "Đến nay xã đã đạt 15/19 tiêu chí (tăng 4 tiêu chí so với năm 2020), giảm 1 tiêu chí so với cùng kỳ.\n"
    assert counts(text) == [("achieved", 15, 19)]


def test_a_count_over_nineteen_stated_of_the_district_is_kept():
    text = "Đến nay, huyện Kỳ Lâm đã đạt 11/19 tiêu chí; các xã còn lại bình quân đạt 14 tiêu chí/xã.\n"
    assert criteria_counts(text, HUYEN_2024) == [("achieved", 11, 19)]


# §5c leftover 3: numbers glued by commas ("tiêu chí 14,15") are a list when they rise within the catalogue
def test_numbers_glued_by_commas_are_a_list_when_they_rise():
    text = "Đến nay xã đạt 16/19 tiêu chí; còn 3 tiêu chí chưa đạt là tiêu chí 6,13,17.\n"
    assert statuses(text) == [(6, "chua_dat"), (13, "chua_dat"), (17, "chua_dat")]
    assert statuses("Xã đã đạt tiêu chí số 8,9 và 12.\n") == [(8, "dat"), (9, "dat"), (12, "dat")]


def test_glued_numbers_that_fall_or_carry_a_unit_are_no_list():
    assert statuses("Xã chưa đạt tiêu chí số 7,3.\n") == []
    assert statuses("Xã chưa đạt tiêu chí 2,5%.\n") == []
