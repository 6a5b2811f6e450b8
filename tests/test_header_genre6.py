"""Document fields on the blind pages of session 10 (docs/genre.md §11): every text below is written for the test."""
from extractors import Document, run
from extractors.header_places import place_mentions
from extractors.headless import headless_level, headline_province, opening_province


def _info(text: str):
    return run(Document.from_text(text)).doc.info


def test_a_commune_in_a_capitalised_title_ends_at_its_comma():
    text = ("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\nSố: 3317/QĐ-UBND\n"
            "Thành phố Hồ Chí Minh, ngày 9 tháng 7 năm 2013\nQUYẾT ĐỊNH\n"
            "PHÊ DUYỆT ĐỀ ÁN NÔNG THÔN MỚI XÃ PHƯỚC HIỆP, HUYỆN CỦ CHI GIAI ĐOẠN 2013 - 2015\n"
            "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH\nCăn cứ Quyết định số 800/QĐ-TTg ngày 04/6/2010;\n")
    info = _info(text)
    assert (info.admin_level, info.commune, info.district) == ("xa", "Phước Hiệp", "Củ Chi")
    assert info.criteria_set == "xa_ntm_2009_2015"


def test_a_capitalised_name_is_still_read_whole_without_a_comma():
    names = [m.name for m in place_mentions("KẾ HOẠCH XÂY DỰNG XÃ PHƯỚC HIỆP ĐẠT CHUẨN NĂM 2014")]
    assert names == ["Phước Hiệp"]


def test_a_news_item_headed_by_a_province_is_the_provinces():
    text = ("Sơn La: thêm 4 xã về đích nông thôn mới\n"
            "Năm nay xã Chiềng Mung (huyện Mai Sơn) và xã Mường Bú (huyện Mường La) đã được công nhận.\n")
    info = _info(text)
    assert (info.admin_level, info.province, info.commune, info.district) == ("tinh", "Sơn La", None, None)


def test_a_province_after_the_headlines_first_comma_is_its_subject():
    assert headline_province("Đến quý III/2024, Hà Tĩnh có thêm 5 xã nâng cao\nNội dung.\n") == "Hà Tĩnh"
    assert headline_province("Ông Lê Hà Tĩnh phát biểu tại hội nghị\n") is None  # inside a person's name


def test_a_list_of_communes_in_the_provinces_words_is_the_provinces():
    text = ("Năm đầu tiên triển khai chương trình, toàn tỉnh chọn 6 xã điểm, trong đó Ban chỉ đạo chọn làm mẫu "
            "xã Cát Thịnh, huyện Văn Chấn và xã Minh Quân, huyện Trấn Yên; hai xã phải xong đề án trước tháng 8.\n")
    info = _info(text)
    assert (info.admin_level, info.commune, info.district, info.issuer) == ("tinh", None, None, None)


def test_a_city_named_like_its_province_is_no_lower_place():
    text = ("Cập nhật ngày: 02/5/2019\n"
            "Đến nay, tỉnh Hà Giang đã có 30 xã đạt chuẩn; riêng Thành phố Hà Giang hoàn thành các tiêu chí năm nay.\n")
    info = _info(text)
    assert (info.admin_level, info.province, info.district) == ("tinh", "Hà Giang", None)


def test_an_abbreviated_city_word_names_the_city():
    hai_phong = _info("Tháo gỡ vướng mắc\nUBND TP Hải Phòng vừa có công văn chọn 12 xã làm điểm năm 2019.\n")
    assert (hai_phong.admin_level, hai_phong.province) == ("tinh", "Hải Phòng")
    city = _info("3 xã ở TP Tam Kỳ được bổ sung kế hoạch\nHai xã Tam Thăng, Tam Phú cần thêm kinh phí.\n")
    assert (city.admin_level, city.district) == ("huyen", "Tam Kỳ")


def test_a_news_item_keeps_the_commune_it_is_about():
    text = ("Về đích nông thôn mới nâng cao\n"
            "Xã Tân Hưng, huyện Bàu Bàng đã hoàn thành các tiêu chí. Người dân xã Tân Hưng góp đất làm đường.\n")
    info = _info(text)
    assert (info.admin_level, info.commune) == ("xa", "Tân Hưng")


def test_bare_names_that_are_no_subject_give_no_province():
    assert opening_province("Hà Nội, ngày 12 tháng 3 năm 2020\nKính gửi các tỉnh.\n") is None  # a date line
    assert opening_province("Chương trình ở Cần Thơ được đánh giá cao.\n") is None  # not at an opening
    assert opening_province("Tin khác\nCần Thơ: thêm 3 xã đạt chuẩn.\n") == "Cần Thơ"


def test_a_text_naming_no_place_guesses_no_level():
    text = "Hội nghị bàn về tiêu chí môi trường\nCác đại biểu góp ý về thu gom rác.\n"
    assert headless_level(text, list(place_mentions(text)), None) is None


def test_communes_each_named_twice_are_still_a_list():
    text = ("Chủ tịch UBND tỉnh Hà Tĩnh vừa công nhận thêm 2 xã đạt chuẩn.\n"
            "Hai xã là: xã Thạch Đài (huyện Thạch Hà), xã Cẩm Bình (huyện Cẩm Xuyên).\n"
            "Trong đó xã Thạch Đài, huyện Thạch Hà đạt 19/19 tiêu chí; xã Cẩm Bình, huyện Cẩm Xuyên đạt 19/19 tiêu chí.\n")
    info = _info(text)
    assert (info.admin_level, info.province, info.commune, info.district) == ("tinh", "Hà Tĩnh", None, None)


def test_the_one_province_named_bare_in_the_provinces_words_is_the_province():
    text = ("Năm 2012 là năm thứ hai Hà Giang làm đường bê tông theo cơ chế đặc thù; toàn tỉnh chọn 4 xã điểm "
            "là xã Phương Độ (huyện Vị Xuyên) và xã Tùng Bá (huyện Vị Xuyên).\n")
    info = _info(text)
    assert (info.admin_level, info.province) == ("tinh", "Hà Giang")
    two = "Toàn tỉnh học cách làm của Hà Giang và Tuyên Quang về đường giao thông.\n"
    assert _info(two).province is None  # two provinces named bare: none is the text's


def test_a_district_spelt_like_a_province_without_its_marks_is_no_province():
    text = "Toàn tỉnh có 8 xã đăng ký, gồm: Mường Do (Phù Yên), Chiềng Sại (Bắc Yên).\n"
    assert _info(text).province is None  # "Phù Yên" is a district; "Phú Yên" the province
    assert headline_province("Hoà Bình: thêm 2 xã nâng cao\n") == "Hoà Bình"  # old-style tone placement


def test_two_provinces_opening_lines_give_no_province():
    text = ("Giữ chuẩn nông thôn mới ở vùng cao (12/8/2022)\nHà Nam khai mạc hội chợ nông sản\n"
            "Cao Bằng là tỉnh biên giới, đến nay có 30 xã đạt chuẩn.\n")
    assert opening_province(text) is None
