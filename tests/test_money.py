"""Money: Vietnamese numbers ("." thousands, "," decimals), units, words; precision kept."""
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractors.money import find_amounts, parse_number, resolve_amount, words_to_int
from pipeline.synth.generate import render_money


@pytest.mark.parametrize("raw,vnd", [
    ("17,5 tỷ đồng", 17_500_000_000),
    ("0,1 tỷ", 100_000_000),
    ("31.003.700.000 đồng", 31_003_700_000),
    ("13.055.000.000 đ", 13_055_000_000),
    ("500 triệu đồng", 500_000_000),
    ("1.500 triệu", 1_500_000_000),
    ("2,5 nghìn tỷ", 2_500_000_000_000),
    ("650 nghìn đồng", 650_000),
    ("hai tỷ đồng", 2_000_000_000),
    ("năm trăm triệu đồng", 500_000_000),
    ("một tỷ hai trăm năm mươi triệu đồng", 1_250_000_000),
])
def test_amounts_in_every_style(raw, vnd):
    assert resolve_amount(raw)[0] == vnd


def test_precision_follows_the_writing():
    assert resolve_amount("10,3 tỷ")[1] == 100_000_000
    assert resolve_amount("2 tỷ")[1] == 1_000_000_000
    assert resolve_amount("31.003.700.000 đồng")[1] == 1


def test_percentages_and_bare_numbers_are_not_money():
    assert find_amounts("tỷ lệ 85%, 32/32 xã, năm 2024, 15,5 ha") == ()


def test_words_to_int():
    assert words_to_int("mười lăm tỷ") == 15_000_000_000
    assert words_to_int("ba trăm linh năm") == 305
    assert words_to_int("một tỷ rưỡi") is None  # refused rather than guessed


def test_parse_number_keeps_decimals_written():
    assert parse_number("0,25") == (__import__("decimal").Decimal("0.25"), 2)


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=1, max_value=10**14), st.sampled_from(["ty", "trieu", "dong", "d"]))
def test_property_render_then_parse_gives_the_same_amount(vnd, style):
    raw = render_money(vnd, style)
    found = find_amounts(f"dự kiến kinh phí {raw}.")
    assert [a[2] for a in found] == [vnd], raw


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_property_arbitrary_text_never_raises(text):
    for start, end, vnd, precision, unit in find_amounts(text):
        assert 0 <= start < end <= len(text) and vnd >= 0 and precision >= 1


def test_abbreviated_units():
    assert [a[2] for a in find_amounts("1.200 tr.đ; 350 trđ; 800 ng.đ")] == [1_200_000_000, 350_000_000, 800_000]
