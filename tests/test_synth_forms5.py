"""Generated plans with the forms of pipeline/synth/part_forms5.py (docs/genre.md §1f, §2d, §4e, §5c, §8a, §10c,
§10n; helper s12f, issue 14).

Each test finds a generated plan that writes one variant and checks the extractor's table (or field) equals the
plan's gold, keyed as the scorer keys it. The last tests' sentences are written for them (invented places).
"""
import re
from collections import Counter
from functools import cache

from helpers import criteria_counts, extract

from pipeline.ingest.reflow import runs_on
from pipeline.synth.generate import compose

SEED = 12


@cache
def _plans():
    return [compose(i, SEED) for i in range(90)]


@cache
def _result(index: int):
    return extract(_plans()[index].text())


def _with(pattern: str, kind: str | None = None):
    """The first generated plan of the series (of a kind: xa | huyen) whose text matches ``pattern``."""
    for i, p in enumerate(_plans()):
        level = p.gold["document"]["admin_level"]
        if re.search(pattern, p.text(), re.M) and kind in (None, level):
            return i, p
    raise AssertionError(f"no plan of seed {SEED} writes {pattern!r}")


def _keys(table: str, rows) -> Counter:
    get = (lambda r, k: r.get(k)) if rows and isinstance(rows[0], dict) else getattr
    key = {"deadlines": lambda r: (str(get(r, "date")), get(r, "precision")),
           "legal_refs": lambda r: (get(r, "number"), get(r, "date")),
           "criteria": lambda r: (get(r, "criterion"), get(r, "status")),
           "criteria_summary": lambda r: (get(r, "kind"), get(r, "count"), get(r, "total"))}[table]
    keys = [key(r) for r in rows if table != "legal_refs" or get(r, "number")]
    return Counter(set(keys) if table == "criteria" else keys)  # the scorer counts a status once


def _pairs(rows) -> set:
    get = (lambda r, k: r.get(k)) if rows and isinstance(rows[0], dict) else getattr
    return {(get(r, "unit"), c) for r in rows for c in get(r, "criteria") or []}


def _same(table: str, pattern: str, kind: str | None = None):
    i, plan = _with(pattern, kind)
    assert _keys(table, _result(i).tables[table]) == _keys(table, plan.gold[table]), plan.name
    return i, plan


def _fields(i: int, plan) -> None:
    doc, gold = _result(i).document, plan.gold["document"]
    for field in ("doc_type", "title", "plan_year", "target", "criteria_set", "commune", "district"):
        assert doc[field] == gold[field], (plan.name, field, doc[field], gold[field])


def test_a_title_reporting_last_year_and_planning_this_one_has_the_later_year():
    found = [(i, p) for i, p in enumerate(_plans()) if re.search(
        r"^(Kết quả thực hiện|Báo cáo kết quả) năm \d{4}(,| và)", p.gold["document"]["title"], re.I)]
    assert len(found) >= 3
    for i, plan in found:
        _fields(i, plan)
        assert plan.gold["document"]["title"].upper().count(f"NĂM {plan.gold['document']['plan_year']}") == 1


def test_a_pinpoint_before_the_act_keeps_the_acts_citation():
    i, plan = _same("legal_refs", r"^Căn cứ (điểm a khoản \d|khoản \d Điều \d+ Thông tư|Điều \d+ Quyết định số)")
    assert any(r["number"] for r in plan.gold["legal_refs"])


def test_an_amending_law_is_its_own_citation_not_the_amended_laws():
    i, plan = _same("legal_refs", r"^Căn cứ Luật số \d+/\d{4}/QH15 .* sửa đổi, bổ sung")
    law = next(r for r in _result(i).tables["legal_refs"] if r.number and r.number.endswith("/QH15") and "sửa đổi" in
               plan.text()[r.start:r.start + 200])
    assert law.issuer == "Quốc hội"


def test_an_unnumbered_amending_law_or_pinpointed_law_is_no_scored_citation():
    _same("legal_refs", r"^Căn cứ (Luật sửa đổi, bổ sung|khoản \d Điều \d của Luật)")


def test_another_grades_criteria_in_a_basis_line_leave_the_plans_own_set():
    for kind in ("xa", "huyen"):
        i, plan = _same("legal_refs", r"ban hành Bộ tiêu chí (xã nông thôn mới kiểu mẫu|huyện nông thôn mới nâng cao) "
                        r"trên địa bàn tỉnh;$", kind)
        _fields(i, plan)


def test_the_plans_own_title_in_the_body_gives_no_deadline():
    i, plan = _same("deadlines", r"^(Để triển khai có hiệu quả|Nội dung) Kế hoạch .* năm \d{4}")
    _fields(i, plan)


def test_a_grade_defined_in_a_plan_gives_no_count():
    _same("criteria_summary", r"(đạt chuẩn nông thôn mới nâng cao khi đạt đủ|khi đáp ứng đủ \d+ tiêu chí)")
    _same("criteria", r"(đạt chuẩn nông thôn mới nâng cao khi đạt đủ|khi đáp ứng đủ \d+ tiêu chí)")


def test_a_task_given_to_two_bodies_at_once_is_each_bodys():
    for kind in ("xa", "huyen"):
        i, plan = _with(r"^\d+\. UBND (huyện|tỉnh) .* giao .* có trách nhiệm thực hiện tiêu chí số", kind)
        assert _pairs(_result(i).tables["assignments"]) == _pairs(plan.gold["assignments"]), plan.name


def test_a_definition_with_a_condition_is_no_count_but_a_result_stays():
    head = "KẾ HOẠCH\nXây dựng xã Vĩnh Lạc đạt chuẩn nông thôn mới nâng cao năm 2024\n\n"
    assert criteria_counts("Xã đạt chuẩn nông thôn mới nâng cao khi đạt đủ 19/19 tiêu chí của Bộ tiêu chí.", head) == []
    assert criteria_counts("Năm 2021, xã đạt chuẩn nông thôn mới khi đã đạt 19/19 tiêu chí.", head) == [
        ("achieved", 19, 19)]


def test_a_page_break_inside_an_open_bracket_runs_on():
    assert runs_on("tiêu chí số 9 (hệ thống chính trị", "- an ninh trật tự - hành chính công).")
    assert not runs_on("tiêu chí số 9 (hệ thống chính trị).", "- Tiêu chí số 10")


def test_basis_lines_hard_wrapped_in_a_txt_keep_their_citations_and_give_no_deadline():
    found = [(i, p) for i, p in enumerate(_plans()) if any(getattr(b, "markup", None) and "\n" in b.markup and
                                                           b.text.startswith(("Căn cứ", "Thực hiện")) for b in p.blocks)]
    assert len(found) >= 5
    for i, plan in found:
        r = extract(plan.text(markup=True))
        for table in ("legal_refs", "deadlines"):
            assert _keys(table, r.tables[table]) == _keys(table, plan.gold[table]), (plan.name, table)


def test_a_district_criterions_name_with_odd_hyphen_spacing_is_read():
    i, plan = _same("criteria", r"\((y tế|văn hóa|hệ thống chính trị)(- | -)\w", "huyen")
    assert plan.gold["criteria"]


def test_a_line_wrapped_inside_a_basis_before_a_capital_gives_no_deadline():
    text = ("KẾ HOẠCH\nXây dựng xã Phú Mỹ đạt chuẩn nông thôn mới năm 2024\n\nThực hiện Kế hoạch số 77/KH-UBND ngày 9 "
            "tháng 2 năm 2024 của UBND huyện Tân\nHòa về xây dựng nông thôn mới trong năm 2024;\n\n- Hoàn thành tiêu chí "
            "số 4 về Điện trong năm 2024.\n")
    assert [d.raw for d in extract(text).tables["deadlines"]] == ["trong năm 2024"]


def test_a_place_name_cut_by_a_hard_wrap_is_joined_only_when_known_and_the_sentence_goes_on():
    from extractors.header_places import place_mentions

    wrapped = "Thực hiện Kế hoạch số 52/KH-UBND ngày 3 tháng 2 năm 2024 của UBND huyện Ea\nH'leo về xây dựng nông thôn mới;"
    assert [m.name for m in place_mentions(wrapped)][-1:] == ["Ea H'leo"]
    before = "Thực hiện Kế hoạch số 52/KH-UBND ngày 3 tháng 2 năm 2024 của UBND huyện\nCư Kuin về xây dựng nông thôn mới;"
    assert [m.name for m in place_mentions(before)][-1:] == ["Cư Kuin"]
    assert [m.name for m in place_mentions("của UBND huyện\nNghi Xuân\n")] == []


def test_a_province_named_with_a_spaced_dash_in_mixed_case_is_whole():
    from extractors.header_places import place_mentions

    assert [m.name for m in place_mentions("của UBND tỉnh Bà Rịa - Vũng Tàu về việc ban hành")] == ["Bà Rịa - Vũng Tàu"]
    assert [m.name for m in place_mentions("huyện Xuyên Mộc - một địa phương ven biển")] == ["Xuyên Mộc"]


def test_a_province_with_a_spaced_dash_cut_by_a_hard_wrap_is_whole():
    from extractors.header_places import place_mentions

    for text in ("quyết định của UBND tỉnh Bà\nRịa - Vũng Tàu về việc", "của UBND tỉnh Bà Rịa -\nVũng Tàu về phân bổ",
                 "của UBND tỉnh Bà Rịa\n- Vũng Tàu về"):
        assert [m.name for m in place_mentions(text)] == ["Bà Rịa - Vũng Tàu"], text
