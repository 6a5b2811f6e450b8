"""Compose realistic NTM plans with known answers, in the gold format.

Commune NTM, commune NTM nâng cao and district plans, with criteria written
in the ways real plans write them, money in tỷ/triệu/đồng with totals and
sources (in the text and in an attached "Biểu" table), timetables by quarter
and month, chủ trì/phối hợp blocks, legal bases and a signature block. Some
plans carry deliberate errors (a wrong total, a wrong count) and their gold
findings say so.

>>> p = compose(3, seed=7)
>>> p.gold["document"]["doc_type"], bool(p.gold["deadlines"]), p.text().startswith("ỦY BAN NHÂN DÂN")
('ke_hoach', True, True)
"""
from __future__ import annotations

import json
import random
from pathlib import Path

from extractors import kinds

from .part_assign import AssignParts
from .part_assign2 import Assign2Parts
from .part_assign3 import Assign3Parts
from .part_criteria import CriteriaParts
from .part_criteria2 import CriteriaParts2
from .part_deadlines3 import remaining_names
from .part_district import DistrictParts
from .part_errors import ErrorParts
from .part_forms5 import Forms5Parts
from .part_head import HeadParts
from .part_status import StatusParts
from .part_work import WorkParts
from .plan import Para, Plan
from .vocab import ROMAN, _key, _places, catalogues, render_deadline, render_money, vocab  # noqa: F401


class Composer(HeadParts, StatusParts, DistrictParts, CriteriaParts, CriteriaParts2, WorkParts, AssignParts, Assign2Parts, Assign3Parts,
               ErrorParts, Forms5Parts):
    """One plan of a series, written section by section; ``gold`` collects the answers as it goes.

    ``inject``: a calibration plan (part_errors.py) with exactly that error kind, or "clean".
    """

    def __init__(self, index: int, seed: int, inject: str | None = None):
        self.rng = random.Random(seed * 100_003 + index)
        self.index = index
        rng = self.rng
        self.kind = ["xa_ntm", "xa_nang_cao", "huyen"][index % 3]
        self.year = rng.randint(2022, 2025) if self.kind == "xa_nang_cao" else rng.randint(2019, 2025)
        # an archive is one province's communes over the years: a series draws from ~40 places
        places = _places()
        pool_rng = random.Random(seed)
        start = pool_rng.randrange(len(places))
        pool = places[start:start + 40] or places[:40]
        self.commune, self.district, self.province = pool[rng.randrange(len(pool))]
        if self.kind == "huyen":
            self.set_id = "huyen_ntm_2016_2020" if self.year <= 2021 else "huyen_ntm_2021_2025"
        elif self.kind == "xa_nang_cao":
            self.set_id = "xa_ntm_nang_cao_2021_2025"
        else:
            self.set_id = "xa_ntm_2016_2020" if self.year <= 2021 else "xa_ntm_2021_2025"
        self.names = catalogues()[self.set_id]
        self.xa_names = catalogues()["xa_ntm_2016_2020" if self.year <= 2021 else "xa_ntm_2021_2025"]
        self.plan = Plan(name=f"synth_{seed:02d}_{index:04d}")
        self.gold = {t: [] for t in [*(k.name for k in kinds()), "findings"]}
        self.errors = {"sum": rng.random() < 0.2, "count": rng.random() < 0.15, "order": rng.random() < 0.15}
        if inject is not None:
            self.setup_calibration(None if inject == "clean" else inject, seed)
            self.inject = inject if inject != "clean" else "clean"

    # -- helpers
    def p(self, text: str, **kw) -> None:
        self.plan.blocks.append(Para(text, **kw))

    def deadline(self, task: str, last_month: int = 10) -> str:
        """Work is due by October in a clean plan; the appraisal dossier follows in Q4."""
        txt, g = render_deadline(self.rng, self.year, last_month)
        g.update(raw=txt.split(" ", 1)[1] if txt.startswith("hoàn thành ") else txt, task=task)
        self.gold["deadlines"].append(g)
        return txt

    def person(self) -> str:
        v = vocab()
        return f"{self.rng.choice(v['family_names'])} {self.rng.choice(v['middle_names'])} {self.rng.choice(v['given_names'])}"

    def task_for(self, no: int, names: dict | None = None) -> str:
        names = names or self.names
        pool = vocab()["tasks"].get(_key(names[no]), ["thực hiện các nội dung còn thiếu của tiêu chí"])
        return self.rng.choice(pool)

    def money(self, vnd: int) -> str:
        style = self.rng.choice(["ty", "ty", "trieu", "dong"])
        if style == "ty" and vnd % 10**8:
            style = "trieu"
        return render_money(vnd, style)

    # -- parts

    def compose(self) -> Plan:
        self.header()
        self.legal()
        n = iter(ROMAN)
        self.purpose(next(n))
        if self.kind == "huyen":
            self.district_status(next(n))
            todo = list(self.names)  # a district plan's tasks cover every criterion
        else:
            todo = self.status(next(n))
            self.after_status(todo)
            remaining_names(self, todo)  # docs/genre.md §5b (part_deadlines3.py)
        self.recognised_list()  # docs/genre.md §12 (part_head4.py)
        self.neighbour_list()
        self.body_forms5()  # docs/genre.md §4e, §5c (part_forms5.py)
        self.goals(next(n), todo)
        self.tasks(next(n), todo)
        self.after_tasks()
        if self.kind != "huyen":
            self.budget(next(n), todo)
            self.money_forms(next(n))
        self.roadmap(next(n))
        self.organisation(next(n), todo)
        self.signature()
        self.site_footer()  # docs/genre.md §3d (part_head4.py)
        self.plan.gold = {"file": f"{self.plan.name}.txt", **self.gold}
        return self.plan


def compose(index: int, seed: int = 1) -> Plan:
    """Plan number ``index`` of the series ``seed`` (deterministic)."""
    return Composer(index, seed).compose()


def write_corpus(out: Path, n: int = 12, seed: int = 1, formats: list[str] | None = None) -> list[Path]:
    """Write n plans in each format, and their gold answers under out/gold/."""
    from .render import render

    formats = formats or ["txt", "docx", "pdf", "scan"]
    out = Path(out)
    (out / "gold").mkdir(parents=True, exist_ok=True)
    written = []
    for i in range(n):
        plan = compose(i, seed)
        fmt = formats[i % len(formats)]
        path = render(plan, out, fmt)
        gold = dict(plan.gold)
        gold["file"] = path.name
        (out / "gold" / f"{path.stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")
        written.append(path)
    return written
