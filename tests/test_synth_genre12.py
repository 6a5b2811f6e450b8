"""Generated plans with session 11's forms (docs/genre.md §3f, §4h, §5f, §12; helper s12b, issue 14).

Each test finds a generated plan that writes one variant of pipeline/synth/part_deadlines3.py or part_head4.py and
checks the extractor's table equals the plan's gold, keyed as the scorer keys it. The sentences of the last tests
are written for them (invented places and numbers).
"""
import re
from collections import Counter
from functools import cache

from helpers import criteria_counts, extract

from extractors import Document
from extractors.checks.counts import _history, own_count
from pipeline.synth.generate import compose

SEED = 12


@cache
def _plans():
    return [compose(i, SEED) for i in range(90)]


@cache
def _tables(index: int):
    return extract(_plans()[index].text()).tables


def _with(pattern: str):
    """The first generated plan of the series whose text matches ``pattern`` (a line of it)."""
    for i, p in enumerate(_plans()):
        if re.search(pattern, p.text(), re.M):
            return i, p
    raise AssertionError(f"no plan of seed {SEED} writes {pattern!r}")


def _keys(table: str, rows) -> Counter:
    get = (lambda r, k: r.get(k)) if rows and isinstance(rows[0], dict) else getattr
    key = {"deadlines": lambda r: (str(get(r, "date")), get(r, "precision")),
           "budgets": lambda r: (int(get(r, "amount_vnd")), bool(get(r, "approximate"))),
           "legal_refs": lambda r: (get(r, "number"), get(r, "date")),
           "criteria_summary": lambda r: (get(r, "kind"), get(r, "count"), get(r, "total"))}[table]
    return Counter(key(r) for r in rows if table != "legal_refs" or get(r, "number"))  # the scorer's rule too


def _same(table: str, pattern: str):
    i, plan = _with(pattern)
    assert _keys(table, _tables(i)[table]) == _keys(table, plan.gold[table]), plan.name
    return plan


def test_a_total_after_nong_thon_moi_la_is_a_budget():
    plan = _same("budgets", r"nông thôn mới là [\d.,]+ (triệu|tỷ) đồng\.$")
    line = next(ln for ln in plan.text().splitlines() if "nông thôn mới là" in ln)
    amount = re.search(r"là ([\d.,]+) (triệu|tỷ)", line)
    assert amount and any(b["role"] == "total" for b in plan.gold["budgets"])


def test_an_estimate_after_uoc_gia_is_an_approximate_budget():
    plan = _same("budgets", r"ước giá \d+ triệu đồng")
    assert any(b.get("approximate") for b in plan.gold["budgets"])


def test_a_work_expected_before_a_month_ends_the_month_before():
    plan = _same("deadlines", r"dự kiến sẽ .* xong trước tháng \d+/\d{4}\.$")
    m = re.search(r"xong trước tháng (\d+)/(\d{4})", plan.text())
    assert m and any(d["date"].startswith(f"{m.group(2)}-{int(m.group(1)) - 1:02d}") and d["precision"] == "month"
                     for d in plan.gold["deadlines"])


def test_a_work_expected_within_a_quarter_is_a_deadline():
    plan = _same("deadlines", r"dự kiến hoàn thành trong quý (II|III) năm \d{4}\.$")
    assert any(d["precision"] == "quarter" and d.get("raw", "").startswith("trong quý ") for d in plan.gold["deadlines"])


def test_a_fronted_past_period_of_results_is_no_deadline():
    i, plan = _with(r"^Trong (6 tháng đầu năm|tháng \d+/|quý [IV]+ năm )\d*.*, .* đã ")
    assert _keys("deadlines", _tables(i)["deadlines"]) == _keys("deadlines", plan.gold["deadlines"])
    line = next(ln for ln in plan.text().splitlines() if re.match(r"Trong (6 tháng|tháng \d|quý )", ln) and " đã " in ln)
    assert not any(d.start >= plan.text().index(line) and d.end <= plan.text().index(line) + len(line)
                   for d in _tables(i)["deadlines"])


def test_a_past_years_count_with_goal_words_is_achieved_and_makes_no_finding():
    i, plan = _with(r"^Năm \d{4}, (toàn )?xã đạt thêm \d tiêu chí, nâng tổng số")
    assert _keys("criteria_summary", _tables(i)["criteria_summary"]) == _keys("criteria_summary", plan.gold["criteria_summary"])
    got = Counter(f.check for f in extract(plan.text()).findings if f.severity in ("error", "warning"))
    assert got == Counter(f["check"] for f in plan.gold["findings"])


def test_decisions_by_number_alone_in_a_flattened_column_are_cited():
    plan = _same("legal_refs", r"^SỐ QUYẾT ĐỊNH CÔNG NHẬN$")
    alone = re.findall(r"^(\d+/QĐ-UBND) ngày \d\d/\d\d/\d{4}$", plan.text(), re.M)
    assert len(alone) >= 2 and all(any(r["number"] == n and r["issuer"] is None for r in plan.gold["legal_refs"]) for n in alone)


def test_a_page_stamp_above_the_header_is_no_deadline_and_no_field():
    day = r"\d\d/\d\d/\d{4}"
    for pattern in (rf"^(Thứ (Hai|Ba|Tư|Năm|Sáu|Bảy)|Chủ nhật), {day}, \d\d:\d\d \(GMT\+7\)$",
                    rf"^Cập nhật lúc \d\d:\d\d, (Thứ \w+|Chủ nhật), {day}$", r"^\d\d\.\d\d\.\d{4} \| \d\d:\d\d [AP]M$"):
        i, plan = _with(pattern)
        assert re.search(pattern, plan.text().split("ỦY", 1)[0], re.M), pattern  # above the header
        assert _keys("deadlines", _tables(i)["deadlines"]) == _keys("deadlines", plan.gold["deadlines"]), pattern
        info, gold = extract(plan.text()).doc.info, plan.gold["document"]
        assert (info.plan_year, info.commune, info.district, info.province) == \
            (gold["plan_year"], gold["commune"], gold["district"], gold["province"]), pattern


def test_other_communes_with_their_districts_in_brackets_leave_the_header_fields():
    i, plan = _with(r"gồm: .+ \(.+\); .+ \(TX .+\)\.$")
    info = extract(plan.text()).doc.info
    gold = plan.gold["document"]
    assert (info.commune, info.district, info.province, info.admin_level) == \
        (gold["commune"], gold["district"], gold["province"], gold["admin_level"])
    for table in ("deadlines", "budgets", "criteria_summary"):
        assert _keys(table, _tables(i)[table]) == _keys(table, plan.gold[table]), table


# the count checks (extractors/checks/counts.py) on sentences written for these tests
HEAD = "UBND XÃ PHÚ ĐIỀN\nKẾ HOẠCH\nXây dựng xã Phú Điền đạt chuẩn nông thôn mới năm 2024\nI. THỰC TRẠNG\n"


def _summaries(text: str):
    r = extract(text)
    return r.doc, r.tables["criteria_summary"]


def test_co_ban_is_no_village_in_a_communes_own_count():
    doc, rows = _summaries(HEAD + "Trong năm 2023, xã cơ bản hoàn thành 15/19 tiêu chí.\n")
    assert [(s.kind, s.count) for s in rows] == [("achieved", 15)] and own_count(doc, rows[0], achieved=True)
    doc, rows = _summaries(HEAD + "Đến nay bản Nà Khương đã đạt 15/19 tiêu chí.\n")
    assert rows and not own_count(doc, rows[0], achieved=True)


def test_a_count_two_years_before_the_plan_is_history_for_the_remaining_count():
    text = HEAD + "Năm 2022, xã đạt thêm 3 tiêu chí, nâng tổng số lên 12/19 tiêu chí.\nXã còn 4 tiêu chí chưa đạt.\n"
    doc, rows = _summaries(text)
    assert criteria_counts(text)[0] == ("achieved", 12, 19) and _history(doc, rows[0])
    assert not [f for f in extract(text).findings if f.check == "count_mismatch" and f.severity == "error"]
    last_year = HEAD + "Đến hết năm 2023, xã đã đạt 12/19 tiêu chí.\nXã còn 4 tiêu chí chưa đạt.\n"
    assert [f.check for f in extract(last_year).findings if f.severity == "error"] == ["count_mismatch"]
    assert isinstance(doc, Document)


def test_a_total_with_trong_do_and_its_parts_in_prose_gives_the_three_amounts():
    plan = _same("budgets", r"^Tổng vốn đầu tư phát triển trên địa bàn xã năm \d{4} là .+, trong đó ngân sách tỉnh ")
    assert [b["role"] for b in plan.gold["budgets"]].count("source") >= 2


def test_plain_dong_glued_to_its_figure_is_an_amount():
    _same("budgets", r"là \d{2}\.000\.000đ\.$")


def test_a_span_up_to_now_is_no_deadline():
    i, plan = _with(r"^Từ năm \d{4} đến nay, ")
    assert _keys("deadlines", _tables(i)["deadlines"]) == _keys("deadlines", plan.gold["deadlines"])


def test_the_plans_number_written_apart_is_its_number_and_no_citation():
    i, plan = _with(r"^Số:\d+ /KH-UBND$")
    assert extract(plan.text()).doc.info.number == plan.gold["document"]["number"]
    assert _keys("legal_refs", _tables(i)["legal_refs"]) == _keys("legal_refs", plan.gold["legal_refs"])


def test_central_party_and_department_citations_and_a_spaced_symbol_are_cited():
    for pattern in (r"/TT-BNNPTNT ngày", r"/NQ-CP ngày", r"-NQ/TW ngày", r"/HD-SNN ngày", r"\d/ QĐ-SNN ngày"):
        i, plan = _with(pattern)
        assert _keys("legal_refs", _tables(i)["legal_refs"]) == _keys("legal_refs", plan.gold["legal_refs"]), pattern


def test_a_law_named_by_its_year_and_a_schemes_horizon_give_no_deadline():
    for pattern in (r"^Căn cứ Luật .+ năm \d{4};$", r"^Thực hiện Đề án .+ đến năm \d{4};$"):
        i, plan = _with(pattern)
        assert _keys("deadlines", _tables(i)["deadlines"]) == _keys("deadlines", plan.gold["deadlines"]), pattern
        assert _keys("legal_refs", _tables(i)["legal_refs"]) == _keys("legal_refs", plan.gold["legal_refs"]), pattern


def test_a_change_of_the_count_and_households_with_dot_thousands_are_no_count_and_no_amount():
    for pattern in (r"^So với năm \d{4}, xã tăng thêm \d tiêu chí\.$", r"^Toàn xã có \d\.\d{3} hộ với \d+\.\d{3} nhân khẩu"):
        i, plan = _with(pattern)
        for table in ("criteria_summary", "budgets"):
            assert _keys(table, _tables(i)[table]) == _keys(table, plan.gold[table]), (pattern, table)


def test_another_units_recognition_for_an_earlier_year_is_cited_and_no_deadline():
    for pattern in (r"về việc công nhận xã .+ đạt chuẩn nông thôn mới năm \d{4};$",
                    r"Thủ tướng Chính phủ công nhận huyện .+ đạt chuẩn nông thôn mới năm \d{4};$"):
        i, plan = _with(pattern)
        for table in ("legal_refs", "deadlines"):
            assert _keys(table, _tables(i)[table]) == _keys(table, plan.gold[table]), (pattern, table)
        info = extract(plan.text()).doc.info
        assert (info.commune, info.district) == (plan.gold["document"]["commune"], plan.gold["document"]["district"])


def test_an_effective_date_from_signing_is_no_deadline():
    i, plan = _with(r"^Kế hoạch này có hiệu lực (thi hành )?kể từ ngày ký")
    assert _keys("deadlines", _tables(i)["deadlines"]) == _keys("deadlines", plan.gold["deadlines"])


def test_unpiped_site_metadata_gives_no_field():
    i, plan = _with(r"^Số hiệu: .+ Loại văn bản: Kế hoạch$")
    info, gold = extract(plan.text()).doc.info, plan.gold["document"]
    assert (info.number, info.signer_name, info.commune, info.district, info.plan_year) == \
        (gold["number"], gold["signer_name"], gold["commune"], gold["district"], gold["plan_year"])


def test_a_title_in_capitals_over_two_lines_is_one_title(tmp_path):
    from pipeline.run import extract_file
    from pipeline.synth.render import render

    i, plan = _with(r"^KẾ HOẠCH\n\n[^\n]*[^\W\d]\nNĂM \d{4}$")
    assert extract(plan.text()).doc.info.title == plan.gold["document"]["title"]
    assert extract_file(render(plan, tmp_path, "docx")).doc.info.title == plan.gold["document"]["title"]
    title = plan.gold["document"]["title"]
    assert title.isupper() and title not in plan.text() and title.lower() in plan.text().lower()  # the closing's words


def test_a_mass_organisation_in_lower_case_answers_for_its_criterion():
    i, plan = _with(r"^\d+\. Giao (hội nông dân|hội liên hiệp phụ nữ|đoàn thanh niên|hội cựu chiến binh) (xã|huyện) ")
    got = {(a.unit, c) for a in _tables(i)["assignments"] for c in a.criteria}
    want = {(a["unit"], c) for a in plan.gold["assignments"] for c in a["criteria"]}
    assert got == want, plan.name


def test_a_day_with_no_year_is_due_in_the_plans_year():
    for pattern in (r"trước ngày \d+\.\d\.$", r"chậm nhất đến ngày \d+/\d\.$"):
        _same("deadlines", pattern)


def test_a_citation_in_brackets_and_a_capitalised_subject_verb_are_cited_and_no_deadline():
    for pattern in (r"\(Công văn số \d+/VPĐP ngày ", r"của UBND tỉnh .+ Quy định mức hỗ trợ"):
        i, plan = _with(pattern)
        for table in ("legal_refs", "deadlines"):
            assert _keys(table, _tables(i)[table]) == _keys(table, plan.gold[table]), (pattern, table)
        got = {(r.number, r.issuer) for r in _tables(i)["legal_refs"] if r.number}
        assert got == {(r["number"], r["issuer"]) for r in plan.gold["legal_refs"]}, pattern


def test_schools_and_villages_counted_n_of_m_and_one_of_n_communes_are_no_criteria_count():
    for pattern in (r"^Toàn xã có \d/\d trường học đạt chuẩn quốc gia", r"^Xã .+ là 1 trong \d xã được huyện chọn"):
        i, plan = _with(pattern)
        assert _keys("criteria_summary", _tables(i)["criteria_summary"]) == _keys("criteria_summary", plan.gold["criteria_summary"])


def test_a_provinces_or_districts_sum_with_dot_thousands_inside_ty_is_one_amount():
    for pattern in (r"toàn tỉnh huy động được \d+\.\d{3} tỷ đồng", r"toàn huyện giai đoạn .+ đạt \d+\.\d{3},\d tỷ đồng"):
        _same("budgets", pattern)


def test_a_partys_indicators_counted_n_of_m_are_no_criteria_count():
    i, plan = _with(r"đề ra \d+ chỉ tiêu, đến nay đạt và vượt \d+/\d+ chỉ tiêu\.$")
    assert _keys("criteria_summary", _tables(i)["criteria_summary"]) == _keys("criteria_summary", plan.gold["criteria_summary"])


def test_other_site_metadata_and_a_contact_line_give_no_field_and_no_amount():
    i, plan = _with(r"^Người ký : ")
    info, gold = extract(plan.text()).doc.info, plan.gold["document"]
    assert (info.number, info.signer_name, info.issuer) == (gold["number"], gold["signer_name"], gold["issuer"])
    i, plan = _with(r"^Điện thoại: \(0\d+\) 3\.\d{3}\.\d{3} - Email: ")
    assert _keys("budgets", _tables(i)["budgets"]) == _keys("budgets", plan.gold["budgets"])
    i, plan = _with(r"^Ngày đăng bài: \d\d/\d\d/\d{4} \| Tác giả: ")
    assert _keys("deadlines", _tables(i)["deadlines"]) == _keys("deadlines", plan.gold["deadlines"])


def test_the_criteria_named_after_their_remaining_count_are_not_met():
    i, plan = _with(r"^Như vậy, \d+ tiêu chí còn lại gồm .+ và .+ cần tập trung chỉ đạo thực hiện\.$")
    got = {(c.criterion, c.status) for c in _tables(i)["criteria"]}
    assert got == {(c["criterion"], c["status"]) for c in plan.gold["criteria"]}, plan.name
    assert _keys("criteria_summary", _tables(i)["criteria_summary"]) == _keys("criteria_summary", plan.gold["criteria_summary"])


def test_a_programme_and_the_resolution_it_carries_out_are_two_citations():
    i, plan = _with(r"-CTr/HU ngày .+ thực hiện Nghị quyết số \d+-NQ/TU ngày ")
    got = {(r.type, r.number) for r in _tables(i)["legal_refs"] if r.number}
    assert got == {(r["type"], r["number"]) for r in plan.gold["legal_refs"]}, plan.name


def test_roles_named_without_a_person_are_no_assignment():
    i, plan = _with(r"^\d+\. Kiện toàn Ban Chỉ đạo do đồng chí Chủ tịch UBND (xã|huyện) làm Trưởng ban")
    got = {(a.unit, c) for a in _tables(i)["assignments"] for c in a.criteria}
    assert got == {(a["unit"], c) for a in plan.gold["assignments"] for c in a["criteria"]}, plan.name


def test_a_districts_total_of_criteria_met_over_its_communes_is_no_count():
    i, plan = _with(r"^Đến nay toàn huyện đạt \d\.\d{3} lượt tiêu chí")
    assert _keys("criteria_summary", _tables(i)["criteria_summary"]) == _keys("criteria_summary", plan.gold["criteria_summary"])


def test_a_rate_after_moi_khau_and_an_average_per_commune_are_no_budget():
    _same("budgets", r"mỗi khẩu \d0\.000 đồng/tháng; bình quân mỗi xã khoảng \d+ triệu đồng/năm\.$")


def test_the_offices_a_report_goes_to_are_no_assignment():
    i, plan = _with(r"^\d+\. Định kỳ hằng quý, các đơn vị báo cáo kết quả gửi ")
    got = {(a.unit, c) for a in _tables(i)["assignments"] for c in a.criteria}
    assert got == {(a["unit"], c) for a in plan.gold["assignments"] for c in a["criteria"]}, plan.name


def test_the_three_criteria_decisions_cited_together_leave_the_plans_own_set():
    i, plan = _with(r"^Căn cứ các Quyết định số 318/QĐ-TTg, 319/QĐ-TTg và 320/QĐ-TTg ")
    assert _keys("legal_refs", _tables(i)["legal_refs"]).keys() == _keys("legal_refs", plan.gold["legal_refs"]).keys()
    info = extract(plan.text()).doc.info
    assert (info.criteria_set, info.admin_level) == (plan.gold["document"]["criteria_set"], plan.gold["document"]["admin_level"])
