"""Deadline and money wording of the fifth real-page audit (docs/genre.md §4f and §3e; helper s10b).

Each plan draws from its own streams, so the other variants of the generator draw as before. Forms, none of them
a deadline or a budget in the gold: a goal's horizon followed at once by its share or by "không còn …" ("Phấn đấu
đến năm YYYY, 100% số thôn …"), what a meeting is about ("nhiệm vụ trọng tâm quý III năm YYYY"), a validity date
("Kể từ ngày …, quy chế … hết hiệu lực"), a past dateline closed by a full stop or with "đã" after it ("Ngày d/m/YYYY.
Ban quản lý …", "Ngày d/m/YYYY Ban quản lý xã đã tổ chức …"), the first year of a range ("trong năm YYYY - YYYY+1"),
a scale word before a measure ("trên N nghìn m² đất")
and one unit's amount after "mỗi" ("mỗi suất 300.000 đồng"). The words are in pipeline/data/synth_deadlines.yaml.
"""
from __future__ import annotations

from typing import Any

from .part_deadlines import words

_ROMAN = ("I", "II", "III", "IV")


def genre10_deadlines(plan: Any, y: int) -> None:
    """Write the §4f forms that time no task into ``plan`` (a part with ``p`` and ``fresh_stream``), plan year ``y``."""
    g = plan.fresh_stream("/deadlines-10b")
    w = words()
    fill = {"y": y, "y1": y + g.randint(1, 3), "y0": y - 1, "q": _ROMAN[g.randint(1, 3)], "m": g.randint(5, 11),
            "d": g.randint(1, 28), "n": g.randint(10, 60)}
    for key in ("s10b_goals", "s10b_subjects", "s10b_validity", "s10b_datelines", "s10b_ranges"):
        if g.random() < 0.5:
            plan.p(g.choice(w[key]).format(**fill))


def unit_amount_note(plan: Any) -> None:
    """Half the plans name one unit's amount after "mỗi" in their budget: a rate, so the gold has no budget for it."""
    g = plan.fresh_stream("/unit-amount-10b")
    if g.random() < 0.5:
        return
    plan.p(g.choice(words()["s10b_unit_amounts"]).format(n=g.randint(10, 60), k=g.randint(2, 9)))
