"""Deadline wording of the fourth real-page audit (docs/genre.md §4d), added to a plan's roadmap.

Each plan draws from its own stream, so the other variants of the generator draw as before. Forms:
a year horizon followed by a share of units ("Cuối năm YYYY, ít nhất N% số thôn …": a target's
horizon, no deadline), a comparison with an earlier year end ("so với cuối năm YYYY": no deadline),
a deadline at a time of day ("chậm nhất vào sáng ngày dd/mm/yyyy": a deadline) and a task line
opening "Theo kế hoạch," (a deadline, not a citation). The words are in pipeline/data/synth_deadlines.yaml.
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Any

from extractors.vocab import parse_yaml


@lru_cache(maxsize=1)
def words() -> dict:
    """The templates of pipeline/data/synth_deadlines.yaml."""
    return parse_yaml(resources.files("pipeline.data").joinpath("synth_deadlines.yaml").read_text("utf-8"))


def genre4_deadlines(plan: Any, y: int) -> None:
    """Write the §4d forms into ``plan`` (a part with ``p``, ``gold`` and ``fresh_stream``) for plan year ``y``.
    Dated tasks fall in May to September, before the appraisal step they feed."""
    g = plan.fresh_stream("/deadlines-9a")
    w = words()
    if g.random() < 0.5:
        plan.p(g.choice(w["s9a_horizons"]).format(y=y, y1=y + 4, p=g.randint(30, 70), n=g.randint(2, 6)))
    if g.random() < 0.5:
        plan.p(g.choice(w["s9a_baselines"]).format(y0=y - 1, n=g.randint(12, 90)))
    for key in ("s9a_timed", "s9a_according"):
        if g.random() < 0.5:
            continue
        d, m = g.randint(1, 28), g.randint(5, 9)
        line = g.choice(w[key]).format(d=d, m=m, y=y)
        plan.p(line)
        raw = f"ngày {d}/{m}/{y}" if key == "s9a_timed" else f"trước ngày {d}/{m}/{y}"
        plan.gold["deadlines"].append({"date": f"{y}-{m:02d}-{d:02d}", "precision": "day",
                                       "relation": "by" if key == "s9a_timed" else "before", "raw": raw,
                                       "task": line[2:line.index(raw)].strip(" ,")})
