"""Counts whose only goal words also report a past result (docs/genre.md §5f, session 11).

"nâng tổng số lên", "nâng lên" and "đạt thêm" are goals in a plan's own years, and a past year's
result when a report leaves out "đã". Each sentence here is written for these tests.
"""
from helpers import criteria_counts as counts
from helpers import extract

from extractors.facts.criteria_summary import vocab

PLAN = "UBND XÃ HÒA LẠC\nKẾ HOẠCH\nXây dựng nông thôn mới năm 2025\nI. THỰC TRẠNG\n"


def test_the_weak_goal_words_load_and_are_goal_words():
    v = vocab()
    assert v["weak_target"] and set(v["weak_target"]) <= set(v["target"])


def test_a_total_raised_in_a_year_before_the_plans_is_achieved():
    assert counts(PLAN + "Năm 2023, xã đạt thêm 4 tiêu chí, nâng tổng số lên 14/19 tiêu chí.") == [("achieved", 14, 19)]


def test_the_increment_of_a_past_year_is_no_count():
    assert ("target", 4, None) not in counts(PLAN + "Năm 2023, xã đạt thêm 4 tiêu chí, nâng tổng số lên 14/19 tiêu chí.")


def test_the_same_words_in_the_plans_own_year_stay_a_goal():
    assert counts(PLAN + "Năm 2025, xã đạt thêm 2 tiêu chí, nâng tổng số lên 16/19 tiêu chí.") == \
        [("target", 2, None), ("target", 16, 19)]


def test_a_strong_goal_word_keeps_a_past_dated_sentence_a_goal():
    assert counts(PLAN + "Năm 2023, xã phấn đấu nâng tổng số lên 15/19 tiêu chí.") == [("target", 15, 19)]


def test_with_no_plan_year_of_its_own_a_dated_raise_is_not_read():
    news = "Năm 2023, xã Hòa Lạc đạt thêm 4 tiêu chí, nâng tổng số lên 14/19 tiêu chí."
    assert counts(news) == []


def test_an_undated_raise_is_still_a_goal():
    assert counts(PLAN + "Xã quyết tâm đạt thêm 2 tiêu chí, nâng tổng số lên 16/19 tiêu chí.") == \
        [("target", 2, None), ("target", 16, 19)]


def test_the_past_total_keeps_its_year_written_at_the_sentences_start():
    (summary,) = extract(PLAN + "Năm 2023, xã đạt thêm 4 tiêu chí, nâng tổng số lên 14/19 tiêu chí.").tables["criteria_summary"]
    assert (summary.kind, summary.count, summary.year) == ("achieved", 14, 2023)
