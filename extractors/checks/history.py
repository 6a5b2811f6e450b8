"""Across the plans of one commune over the years: a criterion lost, an achieved count going back.

Each plan is a :class:`PlanHistory` (typed, from one run's records); findings name
both documents and keep the span in each.

>>> a = PlanHistory("d1", "a.txt", "xa:x", 2022, [CriterionState(4, "dat", 10, 20)], [AchievedCount(15, 0, 9)])
>>> b = PlanHistory("d2", "b.txt", "xa:x", 2023, [CriterionState(4, "chua_dat", 30, 40)], [AchievedCount(14, 0, 9)])
>>> [f.check for f in history_checks([a, b])]
['status_regression', 'count_regression']
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

NEEDS = ("criteria", "criteria_summary")  # the fact kinds a plan's history is read from


@dataclass(frozen=True)
class CriterionState:
    criterion: int
    status: str  # dat | chua_dat
    start: int
    end: int


@dataclass(frozen=True)
class AchievedCount:
    count: int
    start: int
    end: int


@dataclass
class PlanHistory:
    """What the history checks need of one plan."""

    doc_id: str
    source: str
    place: str | None
    year: int | None
    criteria: list[CriterionState] = field(default_factory=list)
    achieved: list[AchievedCount] = field(default_factory=list)

    @classmethod
    def from_tables(cls, doc_id: str, source: str, place: str | None, year: int | None,
                    tables: dict[str, list]) -> PlanHistory:
        """From a plan's records by kind (the kinds of :data:`NEEDS`; achieved counts with a total only)."""
        criteria, summaries = tables.get("criteria", []), tables.get("criteria_summary", [])
        return cls(doc_id, source, place, year,
                   [CriterionState(c.criterion, c.status, c.start, c.end) for c in criteria],
                   [AchievedCount(s.count, s.start, s.end) for s in summaries if s.kind == "achieved" and s.total])


@dataclass
class CrossFinding:
    """A finding that compares two plans: spans are [doc_id, start, end]."""

    check: str
    severity: str
    message: str
    expected: Any
    actual: Any
    place: str
    docs: list[str]
    spans: list[list[Any]]

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


def history_checks(plans: list[PlanHistory]) -> list[CrossFinding]:
    by_place: dict[str, list[PlanHistory]] = defaultdict(list)
    for p in plans:
        if p.place and p.year:
            by_place[p.place].append(p)
    out = []
    for place, ps in by_place.items():
        ps.sort(key=lambda p: p.year or 0)  # only plans with a year are grouped
        for a, b in zip(ps, ps[1:]):
            if (b.year or 0) <= (a.year or 0):
                continue
            done = {c.criterion: c for c in a.criteria if c.status == "dat"}
            lost = {}
            for c in b.criteria:
                if c.status == "chua_dat" and c.criterion in done and c.criterion not in lost:
                    lost[c.criterion] = c
                    out.append(CrossFinding(
                        "status_regression", "warning",
                        f"Tiêu chí số {c.criterion}: đã đạt năm {a.year} ({a.source}) nhưng chưa đạt năm {b.year} ({b.source}).",
                        "dat", "chua_dat", place, [a.doc_id, b.doc_id],
                        [[a.doc_id, done[c.criterion].start, done[c.criterion].end], [b.doc_id, c.start, c.end]]))
            if a.achieved and b.achieved and b.achieved[0].count < a.achieved[0].count:
                ca, cb = a.achieved[0], b.achieved[0]
                out.append(CrossFinding(
                    "count_regression", "warning",
                    f"Số tiêu chí đạt giảm từ {ca.count} (năm {a.year}) xuống {cb.count} (năm {b.year}).",
                    ca.count, cb.count, place, [a.doc_id, b.doc_id],
                    [[a.doc_id, ca.start, ca.end], [b.doc_id, cb.start, cb.end]]))
    return out
