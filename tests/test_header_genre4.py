"""Header forms of real web copies, fourth survey (docs/genre.md §1j, D650–D699): every header below is written for the test."""
from extractors import Document, run
from extractors.common import fold_keep_length

BODY = "\n\nI. MỤC TIÊU\n1. Mục tiêu chung\n- Nâng cao hiệu quả quản lý trên địa bàn.\n"
MOTTO = ("hanh phuc", "doc lap", "chu nghia", "cong hoa")


def _run(text: str):
    return run(Document.from_text(text))


def _no_motto(info) -> bool:
    values = [info.issuer, info.title, info.commune, info.district, info.province, info.signer_name]
    return not any(m in fold_keep_length(v) for v in values if v for m in MOTTO)


def test_an_old_symbol_without_a_slash_is_the_number_and_no_reference():
    text = ("HỘI ĐỒNG BỘ TRƯỞNG\n********\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n********\n"
            "Số: 57-HĐBT\nHà Nội, ngày 14 tháng 5 năm 1984\nQUYẾT ĐỊNH\n"
            "CỦA HỘI ĐỒNG BỘ TRƯỞNG SỐ 57 - HĐBT NGÀY 14-5-1984 VỀ VIỆC CHIA XÃ ĐÔNG PHONG\n"
            "Căn cứ Luật tổ chức Hội đồng Bộ trưởng ngày 4/7/1981;" + BODY)
    r = _run(text)
    assert (r.doc.info.number, r.doc.info.issuer, r.doc.info.issue_date) == ("57-HĐBT", "Hội đồng Bộ trưởng", "1984-05-14")
    assert [x.number for x in r.tables["legal_refs"] if x.number] == []  # the title's own number is no citation
    assert _no_motto(r.doc.info)


def test_a_type_code_written_apart_before_the_slash_is_read():
    text = ("UBND TỈNH HÀ GIANG\nSỞ NÔNG NGHIỆP VÀ PTNT\nSố 2210 QĐ/SNN-KH\nHà Giang, ngày 9 tháng 10 năm 2019\n"
            "QUYẾT ĐỊNH\nVề việc giao chỉ tiêu trồng rừng" + BODY)
    assert _run(text).doc.info.number == "2210 QĐ/SNN-KH"


def test_a_joint_central_header_under_site_chrome_names_both_bodies():
    chrome = "".join(f"  • Trường {i}: đang cập nhật\n" for i in range(14))
    text = (chrome + "VĂN PHÒNG CHÍNH PHỦ - BỘ TÀI CHÍNH\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\nSố: 05/2016/TTLT-VPCP-BTC\nHà Nội, ngày 3 tháng 6 năm 2016\nTHÔNG TƯ LIÊN TỊCH\n"
            "HƯỚNG DẪN CHẾ ĐỘ CHI TIÊU" + BODY)
    info = _run(text).doc.info
    assert (info.issuer, info.number, info.admin_level) == ("Văn phòng Chính phủ - Bộ Tài chính", "05/2016/TTLT-VPCP-BTC", None)


def test_a_ministry_name_with_a_dash_is_no_joint_issuer():
    text = ("BỘ LAO ĐỘNG – THƯƠNG BINH VÀ XÃ HỘI\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "Số: 14/2016/TT-BLĐTBXH\nHà Nội, ngày 2 tháng 3 năm 2016\nTHÔNG TƯ\nHƯỚNG DẪN VIỆC CẤP GIẤY" + BODY)
    assert fold_keep_length(_run(text).doc.info.issuer or "").startswith("bo lao dong")


def test_a_vision_year_is_no_plan_year():
    text = ("ỦY BAN NHÂN DÂN\nTỈNH PHÚ THỌ\nSố: 77/QĐ-UBND\nPhú Thọ, ngày 5 tháng 1 năm 2026\nQUYẾT ĐỊNH\n"
            "PHÊ DUYỆT ĐỀ ÁN PHÁT TRIỂN CHÈ GIAI ĐOẠN 2026 - 2030, TẦM NHÌN ĐẾN NĂM 2045" + BODY)
    assert _run(text).doc.info.plan_year == 2026


def test_a_vision_alone_leaves_the_issue_year():
    text = ("ỦY BAN NHÂN DÂN\nTỈNH PHÚ THỌ\nSố: 78/QĐ-UBND\nPhú Thọ, ngày 5 tháng 1 năm 2026\nQUYẾT ĐỊNH\n"
            "PHÊ DUYỆT ĐỊNH HƯỚNG PHÁT TRIỂN CHÈ, TẦM NHÌN ĐẾN NĂM 2045" + BODY)
    assert _run(text).doc.info.plan_year == 2026


def test_the_motto_interleaved_into_a_ministry_line_leaves_the_issuer_and_number():
    text = ("BỘ VĂN HÓA, THỂ THAO CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM VÀ DU LỊCH Độc lập - Tự do - Hạnh phúc "
            "Số: 41/2009/QĐ-BVHTTDL Hà Nội, ngày 8 tháng 6 năm 2009\nQUYẾT ĐỊNH\nVỀ VIỆC BAN HÀNH QUY CHẾ MẪU\n"
            "BỘ TRƯỞNG BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH\nCăn cứ Nghị định số 185/2007/NĐ-CP ngày 25/12/2007 của Chính phủ;" + BODY)
    info = _run(text).doc.info
    assert info.number == "41/2009/QĐ-BVHTTDL"
    assert fold_keep_length(info.issuer or "") == "bo van hoa, the thao va du lich"
    assert (info.commune, info.district, info.province) == (None, None, None) and _no_motto(info)


def test_a_signer_above_the_signed_mark_without_title_lines():
    text = ("ỦY BAN NHÂN DÂN\nTỈNH CAO BẰNG\nSố: 310/QĐ-UBND\nCao Bằng, ngày 2 tháng 4 năm 2015\nQUYẾT ĐỊNH\n"
            "Về việc công nhận xã văn hóa" + BODY + "Điều 3. Quyết định có hiệu lực từ ngày ký.\n\nNông Văn Thạch\n\n(Đã ký)\n")
    info = _run(text).doc.info
    assert (info.signer_name, info.signer_title) == ("Nông Văn Thạch", None)


def test_a_signed_mark_under_a_sentence_gives_no_signer():
    text = ("ỦY BAN NHÂN DÂN\nTỈNH CAO BẰNG\nSố: 311/QĐ-UBND\nCao Bằng, ngày 2 tháng 4 năm 2015\nQUYẾT ĐỊNH\n"
            "Về việc công nhận xã văn hóa" + BODY + "Các đơn vị chịu trách nhiệm thi hành quyết định này.\n(Đã ký)\n")
    assert _run(text).doc.info.signer_name is None


def test_a_grade_word_without_the_programme_names_no_target():
    text = ("ỦY BAN NHÂN DÂN\nTỈNH BẠC LIÊU\nSố: 19/2017/QĐ-UBND\nBạc Liêu, ngày 4 tháng 7 năm 2017\nQUYẾT ĐỊNH\n"
            "BAN HÀNH QUY ĐỊNH HỖ TRỢ NÂNG CAO HIỆU QUẢ NUÔI TÔM CÀNG XANH" + BODY)
    assert _run(text).doc.info.target is None
    ntm = ("ỦY BAN NHÂN DÂN\nXÃ VĨNH HẬU\nSố: 33/KH-UBND\nVĩnh Hậu, ngày 4 tháng 1 năm 2025\nKẾ HOẠCH\n"
           "Xây dựng xã Vĩnh Hậu đạt chuẩn nông thôn mới nâng cao năm 2025" + BODY)
    assert _run(ntm).doc.info.target == "ntm_nang_cao"


def test_the_state_name_before_1976_is_a_motto_never_an_issuer():
    text = ("BỘ TÀI CHÍNH | VIỆT NAM DÂN CHỦ CỘNG HOÀ |\nSố: 214-TC | Hà Nội, ngày 9 tháng 4 năm 1965 |\nQUYẾT ĐỊNH\n"
            "VỀ VIỆC BAN HÀNH CHẾ ĐỘ KẾ TOÁN MẪU\nBỘ TRƯỞNG BỘ TÀI CHÍNH\nCăn cứ Nghị định số 58-CP ngày 5-5-1961 của Hội đồng Chính phủ;" + BODY)
    info = _run(text).doc.info
    assert (info.issuer, info.number) == ("Bộ Tài chính", "214-TC")
    assert "dan chu" not in fold_keep_length(info.issuer or "") and _no_motto(info)
