"""Assignments on real wording, fourth audit (docs/genre.md §8f), on sentences of our own."""
from helpers import assignment_pairs, with_head

from extractors.facts.assignment_forms import mask_topics

XA = "KẾ HOẠCH\nXã Phú Lâm về đích nông thôn mới năm 2025\n\n"
HUYEN = "KẾ HOẠCH\nHuyện Tam Nông về đích nông thôn mới năm 2025\n\n"
TINH = "KẾ HOẠCH\nThực hiện Chương trình xây dựng nông thôn mới tỉnh Ea Hleo năm 2025\n\n"

pairs = with_head(assignment_pairs, HUYEN)
roles = with_head(assignment_pairs, HUYEN, roles=True)


# §8f a: the passive, the unit after the criteria
def test_the_unit_after_do_answers_for_the_criteria_before_it():
    text = "Tiêu chí số 2 về giao thông và tiêu chí số 3 về thủy lợi do Phòng Kinh tế và Hạ tầng phụ trách.\n"
    assert roles(text) == [("Phòng Kinh tế và Hạ tầng", "chu_tri", "2"), ("Phòng Kinh tế và Hạ tầng", "chu_tri", "3")]
    text = "Riêng tiêu chí số 15 về y tế do Phòng Y tế chủ trì, Trung tâm Y tế huyện phối hợp thực hiện.\n"
    assert roles(text) == [("Phòng Y tế", "chu_tri", "15"), ("Trung tâm Y tế", "phoi_hop", "15")]


def test_a_dashed_name_cut_by_the_registry_still_takes_the_passive():
    text = "Tiêu chí số 9 về nhà ở dân cư do Công chức Địa chính - Xây dựng thực hiện.\n"
    assert pairs(text, XA) == [("Công chức Địa chính - Xây dựng", "9")]


def test_do_as_a_cause_or_before_a_check_assigns_nothing():
    assert pairs("Tiêu chí số 5 chưa đạt do Phòng Giáo dục và Đào tạo chưa quan tâm.\n") == []
    assert pairs("Kết quả tiêu chí số 17 do Phòng Tài nguyên và Môi trường thực hiện kiểm tra.\n") == []
    # "đó" folds like "do": no passive
    assert pairs("Trong tiêu chí số 8, trong đó Phòng Văn hóa và Thông tin còn chậm.\n") == []


def test_a_unit_between_the_criterion_and_do_keeps_the_criterion_away():
    text = "Tiêu chí số 6 của Trung tâm Văn hóa huyện do Phòng Văn hóa và Thông tin phụ trách.\n"
    assert pairs(text) == []


# §8f b: a duty and the subject carried over ";"
def test_a_duty_and_a_subject_carried_over_a_semicolon():
    text = ("3. Sở Xây dựng có trách nhiệm hướng dẫn, đôn đốc tiêu chí số 9 trên toàn tỉnh; chủ trì, phối hợp với Sở Tài "
            "chính hoàn thiện tiêu chí số 1 trong năm nay.\n")
    assert roles(text, TINH) == [("Sở Tài chính", "phoi_hop", "1"), ("Sở Xây dựng", "chu_tri", "1"),
                                 ("Sở Xây dựng", "chu_tri", "9")]


def test_a_giver_opening_the_sentence_is_not_carried():
    text = "UBND tỉnh giao Sở Công Thương chủ trì tiêu chí số 4; phối hợp với Sở Xây dựng thực hiện tiêu chí số 7.\n"
    assert pairs(text, TINH) == [("Sở Công Thương", "4"), ("Sở Xây dựng", "7")]


def test_a_later_unit_of_a_short_numbered_sentence_heads_nothing():
    text = "4. Sở Y tế có trách nhiệm hướng dẫn tiêu chí số 15; phối hợp với Sở Giáo dục và Đào tạo thực hiện chỉ tiêu 14.2.\n"
    got = roles(text, TINH)
    assert ("Sở Giáo dục và Đào tạo", "chu_tri", "15") not in got
    assert ("Sở Y tế", "chu_tri", "15") in got and ("Sở Giáo dục và Đào tạo", "phoi_hop", "14.2") in got


# §8f c: topics, processes and meetings are no roles
def test_a_topic_or_a_process_is_no_role():
    assert mask_topics("de an ve thuc hien tieu chi 17") == "de an ve " + " " * len("thuc hien") + " tieu chi 17"
    text = "Sở Tài nguyên và Môi trường phổ biến Đề án số 21/ĐA-UBND của UBND tỉnh về thực hiện tiêu chí số 17.\n"
    assert pairs(text, TINH) == []
    text = "Cán bộ Văn hóa các xã nêu khó khăn gặp phải trong quá trình thực hiện tiêu chí số 16.\n"
    assert pairs(text, XA) == []


def test_a_conference_organised_on_a_criterion_assigns_nothing():
    text = "Phòng Văn hóa và Thông tin chủ trì, cùng Đài truyền thanh huyện tổ chức hội nghị tập huấn tiêu chí số 6 và số 16.\n"
    assert pairs(text) == []


def test_a_numbered_sentence_that_opens_with_a_unit_and_has_no_cue_assigns_nothing():
    text = "8. Ban Chỉ đạo đã nghe Phòng Tư pháp trình bày vướng mắc của tiêu chí số 18.\n"
    assert pairs(text) == []
    # a unit, its colon and its criteria is still a line of the colon list
    text = "5. Theo dõi từng tiêu chí\n- Công chức Địa chính - Xây dựng: tiêu chí số 3;\n"
    assert pairs(text, XA) == [("Công chức Địa chính - Xây dựng", "3")]


# §8f d: role tables, also with rows glued together by a PDF copy
TABLE = "STT | Tiêu chí | Đơn vị chủ trì | Đơn vị phối hợp\n"


def test_a_role_table_gives_each_row_its_criterion_and_roles():
    text = TABLE + "1 | 1. Quy hoạch | Phòng Kinh tế và Hạ tầng | Phòng Tài nguyên và Môi trường\n" \
                   "2 | Tiêu chí số 8 | Phòng Văn hóa và Thông tin | Bưu điện huyện\n"
    assert roles(text) == [("Bưu điện", "phoi_hop", "8"), ("Phòng Kinh tế và Hạ tầng", "chu_tri", "1"),
                           ("Phòng Tài nguyên và Môi trường", "phoi_hop", "1"), ("Phòng Văn hóa và Thông tin", "chu_tri", "8")]


def test_rows_glued_by_a_pdf_copy_are_split_at_the_next_row_number():
    text = TABLE + "1 | 2. Giao thông | Phòng Kinh tế và Hạ tầng | Phòng Nội vụ 2 | 5. Trường học | Phòng Giáo dục và " \
                   "Đào tạo | Phòng Tài chính - Kế hoạch\n"
    assert pairs(text) == [("Phòng Giáo dục và Đào tạo", "5"), ("Phòng Kinh tế và Hạ tầng", "2"),
                           ("Phòng Nội vụ", "2"), ("Phòng Tài chính - Kế hoạch", "5")]


def test_a_page_break_inside_the_table_keeps_its_header_but_a_paragraph_ends_it():
    rows = ("1 | 6. Cơ sở vật chất văn hóa | Phòng Văn hóa và Thông tin | Phòng Nội vụ\n\n"
            "2 | Tiêu chí số 17 | Phòng Tài nguyên và Môi trường | Phòng Y tế\n")
    assert pairs(TABLE + rows) == [("Phòng Nội vụ", "6"), ("Phòng Tài nguyên và Môi trường", "17"),
                                   ("Phòng Văn hóa và Thông tin", "6"), ("Phòng Y tế", "17")]
    text = TABLE + rows.replace("\n\n", "\nTrên đây là bảng phân công.\n")
    assert pairs(text) == [("Phòng Nội vụ", "6"), ("Phòng Văn hóa và Thông tin", "6")]


def test_a_table_without_a_criterion_column_or_with_broken_rows_assigns_nothing():
    text = "STT | Nội dung | Đơn vị chủ trì\n1 | Làm đường thôn Bắc | Phòng Kinh tế và Hạ tầng\n"
    assert pairs(text) == []
    text = TABLE + "1 | 2. Giao thông | Phòng Kinh tế và Hạ tầng\n"
    assert pairs(text) == []


# §8f e: "Ngành <lĩnh vực>" as a head noun; "các ngành" in lower case names none
def test_a_sector_named_as_nganh():
    text = "Tiêu chí số 13 về tổ chức sản xuất do Ngành Nông nghiệp và Phát triển nông thôn phụ trách.\n"
    assert pairs(text, TINH) == [("Ngành Nông nghiệp và Phát triển nông thôn", "13")]
    assert pairs("Các ngành phụ trách tiêu chí số 13 theo chức năng.\n", TINH) == []


# the colon form after a lead-in, where the unit's written name runs past the word that ends the mention
def test_a_colon_after_the_rest_of_a_registry_name_still_closes_the_unit():
    text = "5. Tương tự, Công chức Địa chính - Xây dựng: tiêu chí số 1 và tiêu chí số 9; Công an xã: tiêu chí số 19.\n"
    assert pairs(text, XA) == [("Công an", "19"), ("Công chức Địa chính - Xây dựng", "1"),
                               ("Công chức Địa chính - Xây dựng", "9")]
    assert pairs("5. Tương tự, Công chức Địa chính - Xây dựng xong đường: tiêu chí số 9.\n", XA) == []


def test_a_shared_head_keeps_a_registry_name_with_and_whole():
    text = ("Giao Công an huyện chủ trì, phối hợp với các Phòng: Giáo dục và Đào tạo, Nội vụ và UBND các xã "
            "thực hiện tiêu chí số 18.\n")
    assert roles(text) == [("Công an", "chu_tri", "18"), ("Phòng Giáo dục và Đào tạo", "phoi_hop", "18"),
                           ("Phòng Nội vụ", "phoi_hop", "18"), ("Ủy ban nhân dân", "phoi_hop", "18")]
