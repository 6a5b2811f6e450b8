"""Document fields of real pages, fifth survey (docs/genre.md §1j): every text below is written for the test."""
from extractors import Document, run
from extractors.header_places import headline_level, place_mentions


def _run(text: str):
    return run(Document.from_text(text))


def _counts(r):
    return [(c.kind, c.count, c.total) for c in r.tables["criteria_summary"]]


NEWS = ("Phước Hậu giữ vững các tiêu chí đã đạt\n"
        "Những năm qua, người dân xã Phước Hậu, huyện Long Điền cùng chính quyền làm đường bê tông liên ấp.\n"
        "Huyện Long Điền hỗ trợ xi măng, huyện Long Điền cũng giao cán bộ theo dõi từng ấp.\n"
        "Phước Hậu cơ bản hoàn thành 17 tiêu chí nông thôn mới\n"
        "Đến nay xã Phước Hậu đã đạt 17/19 tiêu chí.\n")


def test_a_news_item_whose_headline_names_a_commune_bare_is_the_communes():
    r = _run(NEWS)
    assert (r.doc.info.admin_level, r.doc.info.commune) == ("xa", "Phước Hậu")
    assert _counts(r) == [("achieved", 17, None), ("achieved", 17, 19)]


def test_a_news_item_whose_headline_names_a_district_is_the_districts():
    text = ("Đẩy mạnh xây dựng huyện nông thôn mới ở Long Điền\n"
            "Huyện Long Điền có 6 xã, trong đó xã An Ngãi và xã Tam Phước đã làm xong đường trục xã.\n")
    assert _run(text).doc.info.admin_level == "huyen"


def test_a_headline_naming_two_levels_or_a_name_inside_a_longer_one_guesses_nothing():
    two = "An Ngãi và Long Điền ra quân làm đường\nxã An Ngãi, huyện Long Điền góp công.\n"
    assert headline_level(two, list(place_mentions(two))) is None
    inside = "Hòa Lạc Thượng đón đoàn kiểm tra\nxã Hòa vừa khánh thành nhà văn hóa.\n"
    assert headline_level(inside, list(place_mentions(inside))) is None
    long_line = "Ngãi Hòa " + "làm đường " * 30 + "\nxã Ngãi Hòa góp công.\n"
    assert headline_level(long_line, list(place_mentions(long_line))) is None


def test_a_settled_count_is_achieved_and_a_goal_before_it_stays_a_target():
    done = _run("Xã Bình Minh cơ bản hoàn thành 18 tiêu chí nông thôn mới trong năm qua.\n")
    goal = _run("Xã Bình Minh phấn đấu đến năm 2027 cơ bản hoàn thành 18/19 tiêu chí nông thôn mới.\n")
    assert _counts(done) == [("achieved", 18, None)]
    assert _counts(goal) == [("target", 18, 19)]


def test_a_joint_standing_body_is_the_issuer_as_written():
    text = ("THƯỜNG TRỰC\nHĐND - UBND TỈNH QUẢNG TRỊ\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\nSố: 11/QC-TT.HĐND-UBND\nQuảng Trị, ngày 4 tháng 5 năm 2022\n"
            "QUY CHẾ\nPHỐI HỢP GIỮA THƯỜNG TRỰC HĐND TỈNH VÀ UBND TỈNH\nĐiều 1. Phạm vi điều chỉnh của quy chế.\n")
    assert _run(text).doc.info.issuer == "Thường trực HĐND - UBND tỉnh Quảng Trị"


def test_an_issuer_named_before_the_type_word_is_the_citations_and_a_persons_office_is_not():
    text = ("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\nSố: 88/QĐ-UBND\nQuảng Trị, ngày 4 tháng 5 năm 2022\nQUYẾT ĐỊNH\n"
            "Về việc phê duyệt danh mục dự án\nXét đề nghị của Giám đốc Sở Xây dựng tại Tờ trình số 41/TTr-SXD ngày 2/5/2022 "
            "và ý kiến của Sở Nội vụ\ntại Công văn số 17/SNV-TCBC ngày 28/4/2022,\nQUYẾT ĐỊNH:\nĐiều 1. Phê duyệt danh mục.\n")
    refs = {x.number: x.issuer for x in _run(text).tables["legal_refs"]}
    assert refs["17/SNV-TCBC"] == "Sở Nội vụ"
    assert refs["41/TTr-SXD"] is None
