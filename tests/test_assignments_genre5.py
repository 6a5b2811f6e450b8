"""Assignments on real wording, fifth audit (docs/genre.md §8g), on sentences of our own."""
from helpers import assignment_pairs, extract, with_head

XA = "KẾ HOẠCH\nXã Tân Hòa về đích nông thôn mới nâng cao năm 2025\n\n"
HUYEN = "KẾ HOẠCH\nHuyện Lâm Sơn về đích nông thôn mới năm 2025\n\n"

pairs = with_head(assignment_pairs, XA)


# §8g a: "phối hợp" without "với", and a partner directing with the lead
def test_a_partner_after_bare_phoi_hop_under_a_criterion_heading():
    text = ("2. Tiêu chí số 13 về tổ chức sản xuất\n"
            "Giao Hội Nông dân xã phối hợp Ban Phát triển thôn chỉ đạo các chi hội tổ chức thực hiện.\n")
    assert pairs(text) == [("Ban Phát triển thôn", "13"), ("Hội Nông dân", "13")]


def test_a_partner_followed_by_chi_dao_is_no_giver():
    text = "Hội Cựu chiến binh xã phối hợp với Ban Phát triển thôn chỉ đạo các chi hội thực hiện tiêu chí số 19.\n"
    assert pairs(text) == [("Ban Phát triển thôn", "19"), ("Hội Cựu chiến binh", "19")]
    # the body opening the sentence and giving the task is still no assignee
    text = "Ủy ban nhân dân xã chỉ đạo Hội Nông dân xã thực hiện tiêu chí số 13.\n"
    assert pairs(text) == [("Hội Nông dân", "13")]


def test_bare_phoi_hop_before_other_words_lists_no_partner():
    # "phối hợp chặt chẽ với": the partner is read as before
    text = "Phòng Y tế phối hợp chặt chẽ với Trạm Y tế xã thực hiện tiêu chí số 15.\n"
    assert pairs(text, HUYEN) == [("Phòng Y tế", "15"), ("Trạm Y tế", "15")]


def test_a_village_front_board_is_no_fatherland_front_committee():
    text = "Ban công tác Mặt trận thôn Đông phối hợp với Ban Phát triển thôn thực hiện tiêu chí số 16.\n"
    assert pairs(text) == [("Ban Phát triển thôn", "16"), ("Ban công tác Mặt trận", "16")]


# §8g b: another programme's criteria are no NTM criteria
def test_another_programme_keeps_units_and_tasks_without_criteria():
    text = ("QUYẾT ĐỊNH\nQuy định Bộ tiêu chí phường đạt chuẩn đô thị văn minh\n"
            "1. Giao các Sở phụ trách các tiêu chí sau:\n"
            "a) Sở Xây dựng phụ trách tiêu chí về Quy hoạch; Nhà ở.\nb) Sở Công Thương phụ trách tiêu chí số 4.\n")
    rows = extract(text).tables["assignments"]
    assert {a.unit for a in rows} == {"Sở Xây dựng", "Sở Công Thương"}
    assert all(a.criteria == [] for a in rows)
    # named after the opening, and no nông thôn mới anywhere: the same
    text = ("Căn cứ Luật Tổ chức chính quyền địa phương; căn cứ Thông tư số 02/2020/TT-BVHTTDL; căn cứ Quyết định số "
            "15/2020/QĐ-UBND của Ủy ban nhân dân tỉnh; xét đề nghị của Giám đốc Sở Văn hóa, Thể thao và Du lịch tại Tờ "
            "trình số 88/TTr-SVHTTDL về việc ban hành Bộ tiêu chí thị trấn đạt chuẩn văn minh đô thị.\n"
            "a) Sở Công Thương phụ trách tiêu chí về Điện.\n")
    assert assignment_pairs(text) == []


def test_an_ntm_plan_naming_another_programme_in_passing_keeps_its_criteria():
    text = ("KẾ HOẠCH\nXây dựng nông thôn mới và đô thị văn minh huyện Lâm Sơn năm 2025\n\n"
            "Phòng Kinh tế và Hạ tầng chủ trì thực hiện tiêu chí số 2 về giao thông.\n")
    assert assignment_pairs(text) == [("Phòng Kinh tế và Hạ tầng", "2")]


# §8g c: a delegation named "Đoàn", and a survey whose objects run on over ";"
def test_a_lone_doan_is_a_delegation_not_the_youth_union():
    text = "Đoàn về khảo sát vườn mẫu ở hai thôn; việc thực hiện tiêu chí số 17 về môi trường của xã.\n"
    assert pairs(text) == []
    # with its place it is the youth union
    assert pairs("- Đoàn xã: chủ trì thực hiện tiêu chí số 16 về văn hóa.\n") == [("Đoàn Thanh niên Cộng sản Hồ Chí Minh", "16")]


def test_a_survey_carries_no_subject_over_a_semicolon():
    text = "Phòng Y tế đã kiểm tra các trạm y tế; việc thực hiện tiêu chí số 15 về y tế tại năm xã.\n"
    assert pairs(text, HUYEN) == []
    # a duty with a lead word still carries its subject
    text = "Phòng Y tế chịu trách nhiệm hướng dẫn tiêu chí số 15; chủ trì, phối hợp với Trạm Y tế xã thực hiện tiêu chí số 17.\n"
    assert pairs(text, HUYEN) == [("Phòng Y tế", "15"), ("Phòng Y tế", "17"), ("Trạm Y tế", "17")]


def test_a_numbered_survey_carries_nothing_over_a_semicolon():
    text = "7. Phòng Y tế đã kiểm tra các trạm y tế; việc thực hiện tiêu chí số 15 về y tế tại năm xã.\n"
    assert pairs(text, HUYEN) == []
    text = "7. Phòng Y tế chịu trách nhiệm hướng dẫn tiêu chí số 15; chủ trì, phối hợp với Trạm Y tế xã thực hiện tiêu chí số 17.\n"
    assert pairs(text, HUYEN) == [("Phòng Y tế", "15"), ("Phòng Y tế", "17"), ("Trạm Y tế", "17")]


def test_the_fifth_audit_words_are_data_and_load():
    from extractors.facts.assignments import vocab
    from extractors.units import vocab as unit_vocab

    assert vocab()["partner_cues"][0] == vocab()["partner_cue"] and "phoi hop" in vocab()["partner_cues"]
    assert unit_vocab()["needs_place"] == ["Đoàn"]
