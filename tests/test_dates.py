"""Dates: every Vietnamese style, normalised to the last day the expression allows."""
import calendar

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractors.dates import find_dates, resolve_date
from pipeline.synth.generate import render_deadline


@pytest.mark.parametrize("raw,expected", [
    ("15/4/2024", ("2024-04-15", "day", "by")),
    ("trước ngày 15/03/2024", ("2024-03-15", "day", "before")),
    ("ngày 13 tháng 07 năm 2022", ("2022-07-13", "day", "by")),
    ("trước tháng 4/2024", ("2024-03-31", "month", "before")),
    ("trong tháng 10/2021", ("2021-10-31", "month", "during")),
    ("Tháng 5,6/2023", ("2023-06-30", "month", "during")),
    ("Tháng 10,11,12/2023", ("2023-12-31", "month", "during")),
    ("Quý II/2023", ("2023-06-30", "quarter", "during")),
    ("trong Quý I năm 2022", ("2022-03-31", "quarter", "during")),
    ("quý III năm 2024", ("2024-09-30", "quarter", "during")),
    ("trong năm 2024", ("2024-12-31", "year", "during")),
    ("cuối năm 2023", ("2023-12-31", "year", "by")),
    ("đến năm 2025", ("2025-12-31", "year", "by")),
    ("chậm nhất ngày 30/11/2024", ("2024-11-30", "day", "by")),
    ("từ tháng 3/2024", ("2024-03-31", "month", "from")),
])
def test_date_expressions(raw, expected):
    assert resolve_date(raw, 2024) == expected


def test_a_missing_year_is_the_plan_year():
    assert resolve_date("6 tháng đầu năm", 2023) == ("2023-06-30", "month", "by")
    assert resolve_date("trong tháng 10", 2021) == ("2021-10-31", "month", "during")


def test_impossible_dates_are_not_dates():
    with pytest.raises(ValueError):
        resolve_date("31/02/2024", 2024)


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=2010, max_value=2035), st.integers(min_value=0, max_value=10**6))
def test_property_render_then_parse_gives_the_same_date(year, seed):
    import random

    raw, gold = render_deadline(random.Random(seed), year)
    found = list(find_dates(f"- Hoàn thành {raw}.", None))
    assert len(found) == 1, raw
    assert (found[0].date, found[0].precision) == (gold["date"], gold["precision"]), raw


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200), st.one_of(st.none(), st.integers(min_value=1900, max_value=2100)))
def test_property_arbitrary_text_never_raises(text, year):
    for d in find_dates(text, year):
        assert 0 <= d.start < d.end <= len(text)
        y, m, day = map(int, d.date.split("-"))
        assert 1 <= day <= calendar.monthrange(y, m)[1]
