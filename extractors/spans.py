"""Sets of character spans that stay fast when a text holds thousands of them.

A plan has tens of mentions and sections; a hostile file (one line of 20,000 criterion numbers, 10,000
bullet lines) has thousands, and a scan of every span per question made those files quadratic.

>>> taken = SpanSet()
>>> taken.add(10, 20)
>>> taken.free(0, 10), taken.free(15, 30), taken.free(20, 25)
(True, False, True)
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from typing import Callable, Generic, Iterable, Protocol, Sequence, TypeVar


class SpanSet:
    """Spans taken so far; ``free(s, e)`` is True when [s, e) overlaps none of them."""

    def __init__(self) -> None:
        self._spans: list[tuple[int, int]] = []
        self._longest = 0

    def add(self, start: int, end: int) -> None:
        insort(self._spans, (start, end))
        self._longest = max(self._longest, end - start)

    def free(self, start: int, end: int) -> bool:
        # an overlapping span starts before ``end`` and, being at most ``_longest`` long, after start - _longest
        lo = bisect_right(self._spans, (start - self._longest, end))
        hi = bisect_left(self._spans, (end, -1))
        return all(end <= a or start >= b for a, b in self._spans[lo:hi])


class Zones:
    """Fixed spans asked "is this position inside one?" in log time (a prefix maximum of their ends), however
    long or nested they are: citation zones, lists of related documents.

    >>> z = Zones([(10, 20), (12, 50)])
    >>> z.holds(9), z.holds(10), z.holds(49), z.holds(50)
    (False, True, True, False)
    """

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [s for s, _ in ordered]
        self._reach: list[int] = []
        best = -1
        for _, e in ordered:
            best = max(best, e)
            self._reach.append(best)

    def holds(self, pos: int) -> bool:
        i = bisect_right(self._starts, pos) - 1
        return i >= 0 and self._reach[i] > pos


T = TypeVar("T")


class Overlapping(Generic[T]):
    """Fixed items with spans, asked which overlap [lo, hi): a bisection over their starts, then only the items
    at most the longest span before ``lo`` (items of one kind are short: mentions, list scopes).

    >>> o = Overlapping([(0, 5, "a"), (3, 9, "b"), (20, 25, "c")], lambda t: (t[0], t[1]))
    >>> [t[2] for t in o.within(4, 21)], [t[2] for t in o.at(3)]
    (['a', 'b', 'c'], ['a', 'b'])
    """

    def __init__(self, items: Iterable[T], bounds: Callable[[T], tuple[int, int]]) -> None:
        self._items = sorted(items, key=lambda t: bounds(t)[0])  # stable: equal starts keep their order
        self._bounds = [bounds(t) for t in self._items]
        self._starts = [b[0] for b in self._bounds]
        self._longest = max((e - s for s, e in self._bounds), default=0)

    def within(self, lo: int, hi: int) -> list[T]:
        i, j = bisect_left(self._starts, lo - self._longest), bisect_left(self._starts, hi)
        return [t for t, (_, e) in zip(self._items[i:j], self._bounds[i:j]) if e > lo]

    def at(self, pos: int) -> list[T]:
        """The items holding ``pos`` (start <= pos < end), in the order of their starts."""
        return self.within(pos, pos + 1)


class _Span(Protocol):
    start: int
    end: int


S = TypeVar("S", bound=_Span)


class Containing(Generic[S]):
    """The spans (sections, blocks) holding each position, asked in increasing order: a sweep.

    Answers keep the order the spans were given in; a position asked out of order is answered by a full scan.

    >>> from extractors.model import Span
    >>> c = Containing([Span(raw="", start=a, end=b) for a, b in ((0, 100), (10, 20), (50, 60))])
    >>> [(s.start, s.end) for s in c.at(15)], [(s.start, s.end) for s in c.at(55)]
    ([(0, 100), (10, 20)], [(0, 100), (50, 60)])
    """

    def __init__(self, spans: Sequence[S]) -> None:
        self._spans = spans
        self._order = sorted(range(len(spans)), key=lambda i: spans[i].start)
        self._next = 0
        self._active: list[int] = []
        self._last = -1

    def at(self, pos: int) -> list[S]:
        if pos < self._last:
            return [s for s in self._spans if s.start <= pos < s.end]
        self._last = pos
        while self._next < len(self._order) and self._spans[self._order[self._next]].start <= pos:
            self._active.append(self._order[self._next])
            self._next += 1
        self._active = [i for i in self._active if self._spans[i].end > pos]
        return [self._spans[i] for i in sorted(self._active)]
