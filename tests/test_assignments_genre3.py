"""Assignments on real wording, third audit (docs/genre.md §8e), on sentences of our own."""
from helpers import assignment_pairs, with_head

from extractors.units import find_units

XA = "KẾ HOẠCH\nXã Tân Định về đích nông thôn mới năm 2024\n\n"
HUYEN = "KẾ HOẠCH\nHuyện Yên Lạc về đích nông thôn mới năm 2024\n\n"
TINH = "KẾ HOẠCH\nThực hiện Chương trình xây dựng nông thôn mới tỉnh Kon Plông năm 2024\n\n"


pairs = with_head(assignment_pairs, XA)


# §8e a: a body reported as checking or guiding a criterion is not its assignee
def test_a_body_checking_a_criterion_is_not_its_assignee():
    text = ("Ngày 12/5, Sở Y tế phối hợp Phòng Y tế huyện đã kiểm tra, đánh giá mức độ thực hiện tiêu chí số 15 tại các xã.\n"
            "Trung tâm Văn hóa huyện đã đi thực tế để thẩm định kết quả thực hiện tiêu chí số 6 của xã.\n")
    assert pairs(text, HUYEN) == []


def test_a_body_that_issued_guidance_is_not_the_assignee():
    text = ("Sở Công Thương đã ban hành tài liệu hướng dẫn thực hiện, đánh giá tiêu chí số 4 và tiêu chí số 7.\n"
            "Sở Nội vụ hướng dẫn thực hiện tiêu chí số 18 trên địa bàn tỉnh.\n")
    assert pairs(text, TINH) == []


def test_a_lead_that_also_checks_keeps_its_criterion():
    # a lead cue in the clause: the checking is the lead's task, still an assignment
    text = "Giao Phòng Kinh tế và Hạ tầng chủ trì, kiểm tra việc thực hiện tiêu chí số 2 trên địa bàn huyện.\n"
    assert pairs(text, HUYEN) == [("Phòng Kinh tế và Hạ tầng", "2")]
    text = "- Công chức Địa chính - Xây dựng thực hiện tiêu chí số 9 về nhà ở dân cư.\n"
    assert pairs(text) == [("Công chức Địa chính - Xây dựng", "9")]


# §8e b: a visiting group named by the head noun "Đoàn" is no Đoàn Thanh niên
def test_a_working_group_is_not_the_youth_union():
    assert find_units("Đoàn công tác của huyện gồm các ngành liên quan") == []
    assert find_units("Đoàn kiểm tra liên ngành đến xã") == []
    assert [u.canonical for u in find_units("Đoàn Thanh niên xã thực hiện")] == ["Đoàn Thanh niên Cộng sản Hồ Chí Minh"]
    text = "Đoàn công tác gồm cán bộ văn hóa đã đến thôn Đông kiểm tra, thực hiện khảo sát tiêu chí số 16.\n"
    assert pairs(text) == []


def test_a_numbered_report_that_opens_with_a_unit_assigns_nothing():
    # a numbered sentence opening with a unit is a block of its own; reporting a check there assigns nothing,
    # while a unit block with a colon keeps its tasks
    text = ("III. TỔ CHỨC THỰC HIỆN\n1. Trạm Y tế xã đã ban hành tài liệu hướng dẫn thực hiện, đánh giá tiêu chí số 15.\n"
            "2. Công an xã phối hợp Bưu điện xã đã kiểm tra, thẩm định kết quả thực hiện tiêu chí số 8.\n"
            "3. Ban Chỉ huy Quân sự xã:\n- Thực hiện tiêu chí số 19 về quốc phòng và an ninh.\n")
    assert pairs(text) == [("Ban Chỉ huy Quân sự", "19")]
