"""Document fields of header-less texts, session 10 helper s10g (docs/genre.md §11b): every text below is written
for the test (other names, numbers and places than the pages read)."""
from collections import Counter

from extractors import Document, run
from extractors.header_places import place_mentions
from extractors.headless import _a_list, abbreviated_province, copula_mentions, source_province


def _info(text: str):
    return run(Document.from_text(text)).doc.info


def _mentions(text: str):
    return [(m.level, m.name) for m in place_mentions(text)]


def test_a_province_word_before_a_persons_name_names_no_province():
    assert _mentions("Phó Chủ tịch UBND tỉnh Trần Minh Khoa vừa ký quyết định") == []
    text = ("Thêm 3 xã về đích nông thôn mới\n"
            "Phó Chủ tịch UBND tỉnh Trần Minh Khoa vừa ký quyết định công nhận 3 xã: Ea Tóh (Krông Năng), "
            "Cư Ni (Ea Kar), Ea Hồ (Krông Năng). Đến nay Đắk Lắk có 110 xã đạt chuẩn.\n")
    assert _info(text).province != "Trần Minh Khoa"


def test_a_provinces_name_followed_by_a_persons_name_is_cut_at_the_province():
    assert _mentions("Chủ tịch UBND tỉnh Nghệ An Lê Quang Hòa yêu cầu") == [("tinh", "Nghệ An")]


def test_a_district_name_with_a_stop_word_is_read_whole_when_the_unit_is_known():
    assert _mentions("Nhân dân huyện Thanh Chương tổ chức lễ") == [("huyen", "Thanh Chương")]
    # a word a known unit does not complete stays out
    assert _mentions("huyện Tân Yên Kế hoạch năm") == [("huyen", "Tân Yên")]


def test_a_lower_unit_unknown_to_the_data_set_is_kept_as_read():
    assert _mentions("xã Ngọc Vừng Xyz tổ chức") in ([("xa", "Ngọc Vừng Xyz")], [("xa", "Ngọc Vừng")])


def test_a_headline_naming_the_province_with_its_word_is_the_provinces():
    text = ("UBND tỉnh Nam Định công nhận thêm 9 xã đạt chuẩn nông thôn mới đợt 2 năm 2019\n"
            "Gồm 3 xã của huyện Ý Yên là Yên Phong, Yên Lộc, Yên Khang; 2 xã của huyện Ý Yên khác; "
            "xã Nghĩa Sơn của huyện Nghĩa Hưng; xã Hải Anh của huyện Hải Hậu.\n")
    info = _info(text)
    assert (info.admin_level, info.province, info.district) == ("tinh", "Nam Định", None)


def test_a_district_headline_with_the_province_below_is_still_the_districts():
    text = ("Huyện Krông Pắc đón nhận bằng công nhận đạt chuẩn nông thôn mới\n"
            "UBND tỉnh Đắk Lắk trao quyết định công nhận huyện Krông Pắc đạt chuẩn nông thôn mới.\n")
    info = _info(text)
    assert (info.admin_level, info.district) == ("huyen", "Krông Pắc")


def test_a_list_of_three_places_none_named_much_more_is_a_list():
    assert _a_list(Counter({"Ý Yên": 2, "Nghĩa Hưng": 1, "Hải Hậu": 1}))
    assert _a_list(Counter({"A": 1, "B": 1}))
    assert not _a_list(Counter({"Krông Pắc": 5, "Ea Kar": 1, "Cư M'gar": 1}))  # its own district among others
    assert not _a_list(Counter({"Krông Pắc": 2, "Ea Kar": 1}))  # two places, one named more


def test_the_province_named_in_passing_with_its_area_words_is_the_provinces():
    text = ("Công nhận 5 xã đạt chuẩn nông thôn mới năm 2019\n"
            "Ngày 12/3/2020, Bình Định ban hành quyết định công nhận 5 xã: Cát Minh - huyện Phù Cát; "
            "Ân Tín - huyện Hoài Ân; Mỹ Hiệp - huyện Phù Mỹ. Đến nay trên địa bàn tỉnh có 60 xã đạt chuẩn.\n")
    info = _info(text)
    assert (info.admin_level, info.province, info.district) == ("tinh", "Bình Định", None)


def test_a_centrally_run_city_written_short_is_the_province():
    assert abbreviated_province("Sở Nông nghiệp TPHCM cho biết 56 xã đã đạt chuẩn") == "Hồ Chí Minh"
    assert abbreviated_province("nông sản đưa về TP. HCM tiêu thụ") == "Hồ Chí Minh"
    assert abbreviated_province("mã TPHCMX không phải tên") is None


def test_a_credit_line_names_the_papers_province():
    assert source_province("Nội dung.\nNguồn Long An: https://baolongan.vn/bai-viet\n") == "Long An"
    assert source_province("Nguồn Tin tức: https://x.vn\n") is None
    assert source_province("Theo nguồn Long An cho biết\n") is None  # not a credit line


def test_a_line_saying_what_a_place_is_names_it():
    m = copula_mentions("Hóc môn là huyện ven đô có 10 xã.\n")
    assert [(x.level, x.name) for x in m] == [("huyen", "Hóc Môn")]
    assert copula_mentions("Đây là huyện có nhiều xã nhất.\n") == []
    assert copula_mentions("Hóc Môn là một trong những huyện dẫn đầu.\n") == []


def test_a_district_item_in_short_city_words_is_the_districts():
    text = ("Cần Giờ là huyện ven biển của TP.HCM có 6 xã và 1 thị trấn.\n"
            "Đến nay huyện có 6/6 xã đạt chuẩn nông thôn mới.\n")
    info = _info(text)
    assert (info.admin_level, info.district, info.province) == ("huyen", "Cần Giờ", "Hồ Chí Minh")


def test_a_line_saying_a_province_is_a_province_names_it_beside_other_headlines():
    text = ("Giữ chuẩn nông thôn mới ở vùng cao (12/5/2024)\n"
            "Hà Giang phát động tháng thanh niên\n"
            "Điện Biên là tỉnh miền núi, đến hết năm 2023 có 50/115 xã đạt chuẩn nông thôn mới.\n")
    info = _info(text)
    assert (info.admin_level, info.province) == ("tinh", "Điện Biên")
