"""Span sets answer as a scan of every span would, in any order of questions (extractors/spans.py)."""
from dataclasses import dataclass

from hypothesis import given
from hypothesis import strategies as st

from extractors.spans import Containing, Overlapping, SpanSet, Zones

spans = st.lists(st.tuples(st.integers(0, 200), st.integers(0, 40)).map(lambda t: (t[0], t[0] + t[1])), max_size=30)


@given(spans, st.lists(st.tuples(st.integers(0, 250), st.integers(0, 30)), max_size=30))
def test_a_span_is_free_exactly_when_it_overlaps_no_taken_span(taken, asked):
    s = SpanSet()
    for a, b in taken:
        s.add(a, b)
    for start, length in asked:
        end = start + length
        assert s.free(start, end) == all(end <= a or start >= b for a, b in taken)


@given(spans, st.lists(st.integers(0, 250), max_size=30))
def test_a_position_is_in_the_zones_exactly_when_some_zone_holds_it(zones, positions):
    z = Zones(zones)
    for pos in positions:
        assert z.holds(pos) == any(a <= pos < b for a, b in zones)


@given(spans, st.lists(st.tuples(st.integers(0, 250), st.integers(0, 30)), max_size=30))
def test_the_items_overlapping_a_window_are_those_a_scan_finds_in_the_order_of_their_starts(items, asked):
    labelled = [(a, b, k) for k, (a, b) in enumerate(items)]
    o = Overlapping(labelled, lambda t: (t[0], t[1]))
    for lo, length in asked:
        hi = lo + length
        assert o.within(lo, hi) == sorted((t for t in labelled if t[0] < hi and t[1] > lo), key=lambda t: t[0])


def test_a_date_inside_a_long_citation_zone_is_held_past_the_short_ones_inside_it():
    zones = Zones([(100, 900), (120, 140), (300, 320)])  # a citation whose description runs long, two inside it
    assert zones.holds(500) and zones.holds(899) and not zones.holds(900) and not zones.holds(99)


def test_a_mention_inside_a_taken_name_is_not_free():
    taken = SpanSet()
    taken.add(12, 40)  # "tiêu chí số 17 về Môi trường"
    assert not taken.free(24, 26) and taken.free(40, 45) and taken.free(0, 12)


@dataclass
class Block:
    start: int
    end: int


@given(spans, st.lists(st.integers(0, 250), max_size=30))
def test_the_blocks_holding_a_position_are_those_a_scan_finds(blocks, positions):
    items = [Block(a, b) for a, b in blocks]
    holding = Containing(items)
    for pos in positions:  # unsorted on purpose: out of order falls back to a scan
        assert holding.at(pos) == [b for b in items if b.start <= pos < b.end]


@given(spans, st.lists(st.integers(0, 250), max_size=30))
def test_positions_asked_in_order_are_answered_by_the_sweep(blocks, positions):
    items = [Block(a, b) for a, b in blocks]
    holding = Containing(items)
    for pos in sorted(positions):
        assert holding.at(pos) == [b for b in items if b.start <= pos < b.end]
