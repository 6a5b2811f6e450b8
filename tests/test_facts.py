"""Extractors on small inline texts: legal references, criteria, counts, deadlines, budgets, targets."""
from helpers import criteria_statuses, extract, with_head

NTM = "KẾ HOẠCH\nXây dựng xã Phước Lâm về đích nông thôn mới trong năm 2023\n\n"
NANG_CAO = "KẾ HOẠCH\nXã Phước Lâm phấn đấu về đích nông thôn mới nâng cao, năm 2023\n\n"


statuses = with_head(criteria_statuses, NTM)


# ------------------------------------------------------------------ legal references
def test_two_decisions_share_one_date_and_issuer():
    r = extract("Căn cứ các Quyết định số 1407/QĐ-UBND, 1409/QĐ-UBND, ngày 03/5/2022 của UBND tỉnh Bình Định phê duyệt đề án;")
    refs = r.tables["legal_refs"]
    assert [(x.type, x.number, x.date, x.issuer) for x in refs] == [
        ("quyet_dinh", "1407/QĐ-UBND", "2022-05-03", "UBND tỉnh Bình Định"),
        ("quyet_dinh", "1409/QĐ-UBND", "2022-05-03", "UBND tỉnh Bình Định")]


def test_reference_types_and_dates_in_words():
    r = extract("Căn cứ Thông tư 08/2017/TT-BNNPTNT ngày 14/4/2017 do Bộ NN&PTNT ban hành;\n"
                "Căn cứ Nghị quyết số 03-NQ/ĐH ngày 19 tháng 8 năm 2020 tại Đại hội đại biểu Đảng bộ;\n"
                "Căn cứ Thông báo kết luận số 411-TB/HU ngày 07/10/2021 về kết quả giao ban;\n"
                "Thực hiện Chỉ thị số 27/CT-TTg ngày 22/6/2023;")
    got = [(x.type, x.number, x.date) for x in r.tables["legal_refs"]]
    assert got == [("thong_tu", "08/2017/TT-BNNPTNT", "2017-04-14"), ("nghi_quyet", "03-NQ/ĐH", "2020-08-19"),
                   ("thong_bao", "411-TB/HU", "2021-10-07"), ("chi_thi", "27/CT-TTg", "2023-06-22")]
    assert r.tables["legal_refs"][3].issuer == "Thủ tướng Chính phủ"  # from the number's suffix


# ------------------------------------------------------------------ criteria
def test_numbered_list_after_a_stated_count():
    text = ("Thứ nhất, những tiêu chí xã đã đạt (3 tiêu chí):\n"
            "Tiêu chí Điện (TC4); Tiêu chí Nhà ở dân cư (TC9); Tiêu chí Quy hoạch (TC1).\n"
            "Thứ hai, những tiêu chí xã chưa đạt (2 tiêu chí):\nTiêu chí Trường học (TC5); Tiêu chí Giao thông (TC2).\n")
    assert statuses(text) == [(1, "dat"), (2, "chua_dat"), (4, "dat"), (5, "chua_dat"), (9, "dat")]


def test_tieu_chi_so_ve_and_the_remaining_ones():
    text = "Năm nay xã tập trung vào 02 tiêu chí còn lại, cụ thể tiêu chí số 7 về Cơ sở hạ tầng thương mại nông thôn và tiêu chí số 5: Trường học.\n"
    assert statuses(text) == [(5, "chua_dat"), (7, "chua_dat")]


def test_slash_numbered_items_under_a_not_achieved_heading():
    text = "* Những tiêu chí xã chưa đạt chuẩn:\n1/ Tiêu chí Giáo dục\n- Thiếu phòng học bộ môn\n2/ Tiêu chí giao thông\n"
    assert statuses(text, NANG_CAO) == [(2, "chua_dat"), (5, "chua_dat")]


def test_named_criteria_without_numbers_map_through_the_catalogue():
    text = "- Nội dung xã còn cần đạt trong năm:\n+ Tiêu chí hành chính công: một cửa điện tử\n+ Tiêu chí cơ sở vật chất văn hóa: sân thể thao thôn\n+ Tiêu chí y tế: hồ sơ sức khỏe điện tử\n"
    assert statuses(text, NANG_CAO) == [(6, "chua_dat"), (14, "chua_dat"), (15, "chua_dat")]


def test_a_list_of_names_after_one_cue():
    text = "- Năm tới thực hiện đạt chuẩn tiêu chí y tế, Quy hoạch, chất lượng môi trường sống, thông tin truyền thông.\n"
    assert statuses(text, NANG_CAO) == [(1, "chua_dat"), (8, "chua_dat"), (14, "chua_dat"), (18, "chua_dat")]


def test_indicators_are_kept():
    r = extract(NTM + "Xã chưa đạt chỉ tiêu 13.3 về hợp tác xã.\n")
    c = r.tables["criteria"][0]
    assert (c.criterion, c.indicator, c.status) == (13, "13.3", "chua_dat")


def test_a_responsibility_is_not_a_status():
    text = "- Phòng Kinh tế và Hạ tầng: là đơn vị chủ trì tiêu chí số 2 về Giao thông; phụ trách thêm (Tiêu chí số 4 - Điện).\n"
    assert statuses(text) == []


def test_tone_placement_and_ocr_slips_still_match():
    text = "Các tiêu chí đã đạt gồm: Tiêu chí Thuỷ lợi; tiêu chí Văn hoá; Tiêu chí Giao thôngg.\n"
    assert statuses(text, NANG_CAO) == [(2, "dat"), (3, "dat"), (6, "dat")]


# ------------------------------------------------------------------ stated counts
def test_stated_counts():
    r = extract(NTM + "Đến nay xã đạt 14/19 tiêu chí, Tiêu chí chưa đạt 05/19; phấn đấu đạt 19/19 tiêu chí trong năm 2023. "
                "Hoàn thành 05 tiêu chí còn lại.\n")
    got = [(s.kind, s.count, s.total) for s in r.tables["criteria_summary"]]
    assert got == [("achieved", 14, 19), ("not_achieved", 5, 19), ("target", 19, 19), ("not_achieved", 5, None)]


def test_the_catalogue_size_is_not_a_count():
    r = extract(NTM + "Bộ tiêu chí quốc gia về xã nông thôn mới gồm 19 tiêu chí.\n")
    assert r.tables["criteria_summary"] == []


# ------------------------------------------------------------------ deadlines
def test_deadlines_and_what_is_not_one():
    text = NTM + ("Căn cứ Quyết định số 37/QĐ-UBND ngày 09/8/2022 của UBND tỉnh giao chỉ tiêu năm 2023;\n"
                  "- Năm 2022 thu nhập mới đạt 47 triệu đồng/người/năm.\n"
                  "- Hoàn thiện hồ sơ trước ngày 15/4/2023; lắp đặt biển báo trong Quý III/2023.\n"
                  "- Giai đoạn 2021-2025 tập trung đầu tư.\n"
                  "Quý IV/2023:\n+ Tháng 10,11/2023: nghiệm thu công trình.\n")
    got = [(d.date, d.precision, d.relation) for d in extract(text).tables["deadlines"]]
    assert got == [("2023-04-15", "day", "before"), ("2023-09-30", "quarter", "during"),
                   ("2023-12-31", "quarter", "during"), ("2023-11-30", "month", "during")]


def test_each_occurrence_is_a_deadline_with_its_task():
    text = NTM + "- Phòng Y tế: lập hồ sơ xong trước ngày 15/11/2023.\n- Phòng Nội vụ: lập hồ sơ xong trước ngày 15/11/2023.\n"
    ds = extract(text).tables["deadlines"]
    assert len(ds) == 2 and ds[0].task.startswith("Phòng Y tế") and ds[0].units == ["Phòng Y tế"]


# ------------------------------------------------------------------ budgets
def test_budget_roles_and_sources():
    text = NTM + ("3. Kinh phí\n+ Tiêu chí Giao thông: nâng cấp tuyến liên thôn; kinh phí dự kiến 17,5 tỷ đồng.\n"
                  "+ Tiêu chí Giáo dục: xây phòng bộ môn; kinh phí dự kiến 6 tỷ đồng.\n(Tổng số kinh phí cần là 23,5 tỷ đồng)\n"
                  "- Vốn ngân sách tỉnh, huyện hỗ trợ 2 tỷ\n- Nguồn vốn ngân sách xã từ đấu giá đất là 8 tỷ.\n"
                  "(Tổng vốn có thể huy động là 10 tỷ)\nChênh lệch A-B = 23,5 tỷ - 10 tỷ = 13,5 tỷ (ngân sách còn thiếu 13,5 tỷ)\n"
                  "- Thu nhập bình quân đạt 60 triệu đồng/người/năm.\n")
    bs = extract(text).tables["budgets"]
    got = [(b.amount_vnd // 10**8, b.role) for b in bs]
    assert got[:6] == [(175, "item"), (60, "item"), (235, "total"), (20, "source"), (80, "source"), (100, "total")]
    assert [b.role for b in bs[6:]] == ["gap"] * 4 and len(bs) == 10  # the income figure is not money for the programme
    assert bs[0].criteria == [] or bs[0].criteria == ["2"]
    assert bs[4].source_of_funds == "đấu giá quyền sử dụng đất"


def test_budget_table_with_a_unit_line():
    text = NTM + ("ĐVT: triệu đồng\nSTT | Nội dung | Kinh phí | Nguồn vốn\n1 | Tiêu chí Giao thông | 1.200 | Ngân sách tỉnh\n"
                  "2 | Tiêu chí số 5 | 850,5 | Ngân sách xã\nTổng cộng | 2.050,5\n")
    bs = extract(text).tables["budgets"]
    assert [(b.amount_vnd, b.role, b.criteria) for b in bs] == [
        (1_200_000_000, "item", ["2"]), (850_500_000, "item", ["5"]), (2_050_500_000, "total", [])]


def test_a_unit_line_whose_multiplier_a_scan_lost_gives_no_amounts():
    table = "STT | Nội dung | Kinh phí | Nguồn vốn\n1 | Tiêu chí Giao thông | 320 | Ngân sách tỉnh\n"
    assert extract(NTM + "ĐVT: trrệu đóng\n" + table).tables["budgets"] == []  # not 320 đồng
    assert extract(NTM + "ĐVT: triệt: đồng\n" + table).tables["budgets"] == []
    assert [b.amount_vnd for b in extract(NTM + "ĐVT: đồng\n" + table.replace("320", "320.000.000")).tables["budgets"]] \
        == [320_000_000]


def test_a_thousands_group_split_by_a_lost_dot_is_no_amount_even_with_decimals():
    text = NTM + "- Vốn huy động giai đoạn 2016 - 2020 đạt 3 418,5 tỷ đồng.\n- Ngân sách xã 1.418,5 tỷ đồng.\n"
    assert [b.amount_vnd for b in extract(text).tables["budgets"]] == [1_418_500_000_000]


# ------------------------------------------------------------------ targets
def test_targets_and_actual_figures():
    text = NTM + ("- Năm 2022 thu nhập mới đạt 59,58 triệu đồng; năm nay phấn đấu đạt ≥ 68 triệu đồng/người/năm.\n"
                  "- Hộ nghèo đa chiều ≤ 13%; BHYT toàn dân đạt trên 85%.\n- Có ít nhất 9 sản phẩm OCOP.\n"
                  "- Phấn đấu 32/32 xã (100% số xã) đạt chuẩn.\n")
    ts = extract(text).tables["targets"]
    got = [(t.kind, t.comparator, t.value, t.unit.split(" (")[0]) for t in ts]
    assert ("actual", "=", 59.58, "triệu đồng") in got
    assert ("target", ">=", 68.0, "triệu đồng/người/năm") in got
    assert ("target", "<=", 13.0, "%") in got and ("target", ">", 85.0, "%") in got
    assert ("target", ">=", 9.0, "sản phẩm OCOP") in got
    assert any(t.value == 32 and "/32" in t.unit for t in ts)


def test_status_written_after_the_name_and_in_assessment_tables():
    text = ("- Tiêu chí số 1 - Quy hoạch: Đạt.\n- Tiêu chí số 2 - Giao thông: Chưa đạt.\n"
            "STT | Tên tiêu chí | Kết quả\n1 | Thủy lợi | Đạt\n2 | Điện | Chưa đạt\n")
    assert statuses(text) == [(1, "dat"), (2, "chua_dat"), (3, "dat"), (4, "chua_dat")]
    # "đạt" followed by a figure is a result, not a status word
    assert statuses("- Tiêu chí số 10 - Thu nhập: đạt 45 triệu đồng.\n") == []


def test_timetable_table_cells_and_abbreviated_references():
    text = NTM + ("Nội dung | Thời gian | Đơn vị chủ trì\nCứng hóa đường trục thôn | Quý II/2023 | Phòng Kinh tế và Hạ tầng\n"
                  "Căn cứ QĐ số 318/QĐ-TTg ngày 08/3/2022 của Thủ tướng Chính phủ;\n")
    r = extract(text)
    assert [(d.date, d.precision) for d in r.tables["deadlines"]] == [("2023-06-30", "quarter")]
    assert [(x.type, x.number) for x in r.tables["legal_refs"]] == [("quyet_dinh", "318/QĐ-TTg")]


def test_a_stage_before_a_dated_task_and_ranges_that_are_not_dates():
    text = NTM + ("- Lập xong quy hoạch chung xã thời kỳ 2021-2030 trước ngày 30/10/2023.\n"
                  "- Mỗi xã có từ 3-4 mô hình sản xuất.\n- Định hướng đến năm 2030.\n")
    assert [(d.date, d.precision) for d in extract(text).tables["deadlines"]] == [("2023-10-30", "day")]
