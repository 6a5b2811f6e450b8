"""Assignments on real wording, second audit (docs/genre.md §8d), on sentences of our own."""
import pytest
from helpers import assignment_pairs, with_head

from extractors.units import find_units, match_unit

XA = "KẾ HOẠCH\nXã Phước Long về đích nông thôn mới năm 2024\n\n"
HUYEN = "KẾ HOẠCH\nHuyện Krông Pắc về đích nông thôn mới năm 2024\n\n"
TINH = "KẾ HOẠCH\nThực hiện Chương trình xây dựng nông thôn mới tỉnh Bình Phước năm 2024\n\n"


pairs = with_head(assignment_pairs, XA)


# §8d a: "<unit>: tiêu chí N; <unit>: tiêu chí M và tiêu chí K" — a unit, a colon, then criteria only
def test_units_each_followed_by_a_colon_and_its_criteria():
    text = ("Tương tự, Sở Xây dựng: tiêu chí 9; Sở Công Thương: tiêu chí 4 và tiêu chí 7; "
            "Sở Y tế: tiêu chí 15 (15.1, 15.2); Cục Thống kê tỉnh: tiêu chí 10.\n")
    assert pairs(text, TINH) == [("Cục Thống kê", "10"), ("Sở Công Thương", "4"), ("Sở Công Thương", "7"),
                                 ("Sở Xây dựng", "9"), ("Sở Y tế", "15")]


def test_one_unit_and_its_criteria_a_line():
    text = ("3. Theo dõi từng tiêu chí\n- Phòng Nội vụ: tiêu chí số 18;\n"
            "- Phòng Văn hóa và Thông tin: tiêu chí số 6 và tiêu chí số 16.\n")
    assert pairs(text, HUYEN) == [("Phòng Nội vụ", "18"), ("Phòng Văn hóa và Thông tin", "16"),
                                  ("Phòng Văn hóa và Thông tin", "6")]


def test_a_colon_before_other_words_assigns_nothing():
    text = ("Tương tự, Trạm Y tế xã: tiêu chí số 15 đạt chuẩn từ năm 2022.\n"                # a status, not a task
            "Theo báo cáo năm trước, Hội Nông dân xã: tiêu chí số 13 còn khó khăn.\n"      # words before the unit
            "Tương tự, Công an xã, Ban Chỉ huy Quân sự xã: tiêu chí số 19 và tiêu chí số 18.\n")  # two units
    assert pairs(text) == []


# §8d b: provincial departments, their abbreviations, and a province name after them
@pytest.mark.parametrize("written,canonical", [
    ("Sở VH-TT&DL", "Sở Văn hóa, Thể thao và Du lịch"),
    ("Sở TT&TT", "Sở Thông tin và Truyền thông"),
    ("Sở LĐ,TB&XH", "Sở Lao động - Thương binh và Xã hội"),
    ("Sở KH&ĐT", "Sở Kế hoạch và Đầu tư"),
    ("Sở GTVT", "Sở Giao thông vận tải"),
    ("Sở Công thương", "Sở Công Thương"),
    ("Sở Quy hoạch Kiến trúc", "Sở Quy hoạch - Kiến trúc"),
    ("Liên minh HTX", "Liên minh Hợp tác xã"),
])
def test_provincial_departments_and_their_abbreviations(written, canonical):
    assert match_unit(written)["name"] == canonical


def test_a_province_name_after_a_department_is_not_its_name():
    assert [u.canonical for u in find_units("Sở Công Thương Bình Phước hướng dẫn thực hiện")] == ["Sở Công Thương"]


def test_a_capitalised_word_after_the_head_names_the_unit():
    # "xây dựng", "quản lý" are verbs of a task, but not right after the head and written capitalised
    assert [u.canonical for u in find_units("Sở Xây dựng chủ trì, phối hợp với Phòng Quản lý đô thị")] == \
        ["Sở Xây dựng", "Phòng Kinh tế và Hạ tầng"]
    assert [u.canonical for u in find_units("Phòng Y tế xây dựng kế hoạch")] == ["Phòng Y tế"]


# the forms, checked first (they already worked): written again on other sentences
def test_officers_in_other_punctuation_answer_as_their_office():
    text = ("- Đồng chí Nguyễn Hữu Tài - Phó Chủ tịch UBND xã: phụ trách tiêu chí số 2, 3.\n"
            "- Ông Đỗ Văn Lực, Chủ tịch UBND xã phụ trách tiêu chí số 18.\n")
    assert pairs(text) == [("Chủ tịch Ủy ban nhân dân", "18"), ("Phó Chủ tịch Ủy ban nhân dân", "2"),
                           ("Phó Chủ tịch Ủy ban nhân dân", "3")]


def test_givers_that_are_officers_or_committees():
    text = ("- Chủ tịch UBND huyện giao Phòng Kinh tế và Hạ tầng chủ trì tiêu chí số 2.\n"
            "- Ban Chỉ đạo huyện yêu cầu Phòng Văn hóa và Thông tin chủ trì thực hiện tiêu chí số 8.\n")
    assert pairs(text, HUYEN) == [("Phòng Kinh tế và Hạ tầng", "2"), ("Phòng Văn hóa và Thông tin", "8")]


def test_more_head_nouns_outside_the_registry():
    text = ("- Trung tâm Khuyến nông huyện chủ trì tiêu chí số 13.\n- Chi cục Kiểm lâm phối hợp thực hiện tiêu chí số 17.\n"
            "- Văn phòng Đăng ký đất đai chủ trì tiêu chí số 1.\n"
            "- Ngân hàng Chính sách xã hội huyện phối hợp thực hiện tiêu chí số 11.\n")
    assert pairs(text, HUYEN) == [("Chi cục Kiểm lâm", "17"), ("Ngân hàng Chính sách xã hội", "11"),
                                  ("Trung tâm Khuyến nông", "13"), ("Văn phòng Đăng ký đất đai", "1")]
