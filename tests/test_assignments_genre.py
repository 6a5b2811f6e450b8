"""Assignments in the genre's wording (docs/genre.md §8), on sentences of our own."""
from helpers import assignment_pairs, with_head

XA = "KẾ HOẠCH\nXã Hưng Đạo về đích nông thôn mới năm 2023\n\n"
HUYEN = "KẾ HOẠCH\nHuyện Ngọc Hồi về đích nông thôn mới năm 2023\n\n"


pairs = with_head(assignment_pairs, XA, roles=True)


# §8a a criterion named in a section heading carries to the units assigned under it
def test_heading_criterion_carries_to_the_units_below():
    text = ("IV. TỔ CHỨC THỰC HIỆN\n1. Tiêu chí số 8 về Thông tin và Truyền thông\n"
            "- Bưu điện xã chủ trì, phối hợp với Đài truyền thanh xã nâng cấp hệ thống loa.\n")
    assert pairs(text) == [("Bưu điện", "chu_tri", "8"), ("Đài truyền thanh", "phoi_hop", "8")]


# §8a "Giao X chủ trì, phối hợp với các Phòng: A, B và UBND …" — distributive list, mixed items
def test_distributive_list_with_a_unit_of_its_own_at_the_end():
    text = ("- Giao Phòng Kinh tế và Hạ tầng chủ trì, phối hợp với các Phòng: Tài chính - Kế hoạch, Nội vụ"
            " và UBND các xã thực hiện tiêu chí số 2 về Giao thông.\n")
    assert pairs(text, HUYEN) == [("Phòng Kinh tế và Hạ tầng", "chu_tri", "2"), ("Phòng Nội vụ", "phoi_hop", "2"),
                                  ("Phòng Tài chính - Kế hoạch", "phoi_hop", "2"), ("Ủy ban nhân dân", "phoi_hop", "2")]


def test_distributive_so_list_of_units_not_in_the_registry():
    text = "- Giao Sở Công Thương chủ trì, phối hợp với các Sở: Xây dựng, Giao thông vận tải thực hiện tiêu chí số 7.\n"
    assert pairs(text, HUYEN) == [("Sở Công Thương", "chu_tri", "7"), ("Sở Giao thông vận tải", "phoi_hop", "7"),
                                  ("Sở Xây dựng", "phoi_hop", "7")]


# §8c units recognised by their head noun even when the registry does not have them
def test_head_noun_units_outside_the_registry():
    text = ("- Hội Khuyến học xã chủ trì vận động học sinh ra lớp, thực hiện tiêu chí số 14 về Giáo dục.\n"
            "- Kho bạc Nhà nước huyện phối hợp thanh toán vốn tiêu chí số 5 về Trường học.\n")
    assert pairs(text) == [("Hội Khuyến học", "chu_tri", "14"), ("Kho bạc Nhà nước", "phoi_hop", "5")]


# §8a the body that gives a task is not its assignee
def test_the_giver_is_not_the_assignee():
    text = "- UBND huyện giao Phòng Y tế chủ trì thực hiện tiêu chí số 15 về Y tế.\n"
    assert pairs(text, HUYEN) == [("Phòng Y tế", "chu_tri", "15")]


# §8c look-alikes: verbs, members, capitalised generics
def test_non_units_are_refused():
    text = ("- Đẩy mạnh công tác phòng, chống thiên tai phối hợp thực hiện tiêu chí số 3 về Thủy lợi.\n"
            "- Các hội viên phối hợp thực hiện tiêu chí số 17 về Môi trường.\n"
            "- Ban hành quy chế phối hợp thực hiện tiêu chí số 18.\n")
    assert pairs(text) == []


# §8a "chủ trì" a meeting, requests upward, addressees and the execution clause are not assignments
def test_meetings_requests_addressees_and_execution_clauses():
    text = ("- Đồng chí Chủ tịch UBND xã chủ trì cuộc họp rà soát tiêu chí số 2.\n"
            "- Đề nghị Phòng Kinh tế và Hạ tầng hỗ trợ, phối hợp thực hiện tiêu chí số 2.\n"
            "Kính gửi: Phòng Nông nghiệp và PTNT phối hợp tiêu chí số 13.\n"
            "Văn phòng UBND xã chịu trách nhiệm thi hành Kế hoạch này, phối hợp tiêu chí số 9.\n")
    assert pairs(text) == []


# §8b named officers map to their office
def test_a_named_officer_maps_to_the_office():
    text = "- Đồng chí Lê Văn Khải, Phó Chủ tịch UBND xã phụ trách tiêu chí số 2, 3 và 4.\n"
    assert pairs(text) == [("Phó Chủ tịch Ủy ban nhân dân", "chu_tri", "2"), ("Phó Chủ tịch Ủy ban nhân dân", "chu_tri", "3"),
                           ("Phó Chủ tịch Ủy ban nhân dân", "chu_tri", "4")]
