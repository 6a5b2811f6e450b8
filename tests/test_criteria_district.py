"""District criteria in district documents (docs/genre.md §5a, issue 14), on sentences of our own.

A district plan names its own 9 criteria and cites its communes' 19 in the same pages: only
the district's own become rows, with their indicator id where one is written.
"""
from helpers import extract

H2016 = "KẾ HOẠCH\nHuyện Krông Nô về đích nông thôn mới năm 2019\n\n"
H2024 = "KẾ HOẠCH\nXây dựng huyện Krông Nô đạt chuẩn nông thôn mới năm 2024\n\n"
PROVINCE = ("ỦY BAN NHÂN DÂN\nTỈNH ĐẮK NÔNG\nQUYẾT ĐỊNH\nVề việc công nhận huyện Cư Jút đạt chuẩn "
            "nông thôn mới năm 2024\n\n")


def rows(text, head=H2024):
    return sorted({(c.criterion, c.indicator or "", c.status) for c in extract(head + text).tables["criteria"]})


def test_the_plan_follows_the_district_catalogue():
    r = extract(H2024 + "Huyện đã đạt tiêu chí số 2 về Giao thông.\n")
    assert r.doc.info.criteria_set == "huyen_ntm_2021_2025"


# §5a "tiêu chí huyện số N" is the district's, "tiêu chí xã số N" a commune's
def test_the_level_word_of_the_mention_decides():
    text = "Năm qua huyện đã đạt tiêu chí huyện số 6; tiêu chí xã số 6 thì đã đạt ở 11 xã.\n"
    assert rows(text) == [(6, "", "dat")]


# §5a numbers with their district names in brackets, lower case, the names in another order
def test_numbers_with_names_in_brackets():
    text = ("Theo Bộ tiêu chí mới, huyện đã đạt 4 tiêu chí là tiêu chí số 1 (quy hoạch), tiêu chí số 5 "
            "(văn hóa - y tế - giáo dục), tiêu chí số 9 (hệ thống chính trị - an ninh trật tự - hành chính công).\n"
            "Còn 2 tiêu chí chưa đạt là tiêu chí số 3 (thủy lợi và phòng chống thiên tai), tiêu chí số 8 "
            "(chất lượng môi trường sống).\n")
    assert rows(text) == [(1, "", "dat"), (3, "", "chua_dat"), (5, "", "dat"), (8, "", "chua_dat"),
                          (9, "", "dat")]


# §5a a commune plan's criteria cited in a district plan give no district rows
def test_commune_criteria_cited_in_a_district_plan_are_refused():
    text = ("Các xã tiếp tục giữ vững tiêu chí số 4; xã Đắk Sôr đã đạt tiêu chí số 17 về Môi trường.\n"
            "Xã Nam Đà chưa đạt tiêu chí số 7 về Cơ sở hạ tầng thương mại nông thôn.\n"
            "Huyện đã đạt tiêu chí số 5 về Trường học.\n")
    assert rows(text) == []


def test_a_commune_list_under_a_commune_heading_is_refused():
    text = "Những tiêu chí xã chưa đạt:\n- Tiêu chí số 2;\n- Tiêu chí Môi trường.\n"
    assert rows(text) == []


def test_a_district_list_under_a_district_heading():
    text = "Những tiêu chí huyện còn lại chưa đạt:\n- Tiêu chí số 2;\n- Tiêu chí Môi trường.\n"
    assert rows(text) == [(2, "", "chua_dat"), (7, "", "chua_dat")]


# §5a a bare number with nothing to tell the set is refused; the district's name alone is enough
def test_a_bare_number_alone_is_refused_but_a_district_name_is_kept():
    assert rows("Đến nay đã đạt tiêu chí số 4.\n") == []
    assert rows("Đến nay đã đạt tiêu chí Chất lượng môi trường sống.\n") == [(8, "", "dat")]
    assert rows("Đến nay đã đạt tiêu chí số 7 về Môi trường.\n") == [(7, "", "dat")]


# §5a indicator ids: "chỉ tiêu 5.2", "tiêu chí số 9.1, 9.2", "chỉ tiêu H6.1"
def test_indicator_ids_keep_their_number():
    text = ("Huyện chưa đạt chỉ tiêu 5.2 của tiêu chí Y tế - Văn hóa - Giáo dục.\n"
            "Toàn huyện đã hoàn thành tiêu chí số 9.1, 9.2 và 9.3.\n"
            "- Chỉ tiêu H6.1: đã đạt.\n")
    assert rows(text) == [(5, "", "chua_dat"), (5, "5.2", "chua_dat"), (6, "6.1", "dat"), (9, "9.1", "dat"),
                          (9, "9.2", "dat"), (9, "9.3", "dat")]


def test_a_commune_indicator_in_a_district_plan_is_refused():
    assert rows("Huyện đã chỉ đạo các xã đạt chỉ tiêu 17.2 và chỉ tiêu 4.1.\n") == []


# §5a the 2016–2020 set: "Sản xuất", "Chỉ đạo xây dựng nông thôn mới"; a listed number takes its head's answer
def test_the_2016_2020_district_set():
    text = ("Huyện đã đạt tiêu chí huyện số 6 và số 9.\n"
            "Tiêu chí huyện số 8 về An ninh, trật tự xã hội: Chưa đạt.\n")
    assert rows(text, H2016) == [(6, "", "dat"), (8, "", "chua_dat"), (9, "", "dat")]


# §5a a province's decision about a district: the district catalogue from its title
def test_a_provincial_decision_about_a_district():
    text = "Huyện Cư Jút đã đạt tiêu chí số 2 về Giao thông và tiêu chí số 6 về Kinh tế.\n"
    r = extract(PROVINCE + text)
    assert r.doc.info.criteria_set == "huyen_ntm_2021_2025"
    assert sorted((c.criterion, c.status) for c in r.tables["criteria"]) == [(2, "dat"), (6, "dat")]


# "xã hội" and "thị xã" are no commune words
def test_words_holding_xa_are_no_commune():
    text = "Về an ninh, trật tự xã hội, huyện đã đạt tiêu chí số 4 về Điện.\n"
    assert rows(text) == [(4, "", "dat")]


# the counts of the district set ("đạt 9/9 tiêu chí huyện")
def test_district_counts():
    r = extract(H2024 + "Đến hết năm 2023, huyện đã đạt 7/9 tiêu chí huyện nông thôn mới.\n")
    assert [(s.kind, s.count, s.total) for s in r.tables["criteria_summary"]] == [("achieved", 7, 9)]


# a bracketed list takes the level of the words before its bracket
def test_a_bracketed_list_takes_the_level_before_its_bracket():
    text = ("Các tiêu chí xã chưa đạt (tiêu chí số 2 - Giao thông; tiêu chí số 4 - Điện) cần tập trung chỉ đạo.\n"
            "Các tiêu chí huyện chưa đạt (tiêu chí số 6 - Kinh tế; tiêu chí số 4 - Điện) cần tập trung chỉ đạo.\n")
    assert rows(text) == [(4, "", "chua_dat"), (6, "", "chua_dat")]


# the generator's district plans (pipeline/synth/part_district.py): every row with its indicator id, no commune row
def test_generated_district_plans_give_their_gold_rows_with_indicators():
    from pipeline.synth.generate import compose

    for index in (2, 5, 8, 11, 14, 17):
        plan = compose(index, seed=1)
        got = {(c.criterion, c.indicator, c.status) for c in extract(plan.text()).tables["criteria"]}
        assert got == {(c["criterion"], c["indicator"], c["status"]) for c in plan.gold["criteria"]}, plan.name


# §5a a recognition decision's instruction names criteria without a status; "thị xã" is a district-level unit
def test_an_instruction_and_a_town_give_no_commune_evidence():
    assert rows("UBND tỉnh chỉ đạo huyện nâng cao chất lượng các tiêu chí về môi trường, an ninh trật tự.\n") == []
    assert rows("Thị xã đã đạt tiêu chí số 4.\n") == [(4, "", "dat")]
