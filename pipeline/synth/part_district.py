"""A district plan's own criteria: the status section of a generated huyện plan (docs/genre.md §5a).

The district's 9 criteria are written in the forms district plans use: numbers with their
names in brackets under "đã đạt" / "chưa đạt" leads, "Tiêu chí huyện số N về <tên>: Đạt",
an indicator "chỉ tiêu N.M" still to do, or ids with the district letter "Chỉ tiêu HN.M";
beside them, the communes' criteria the plan cites ("xã … chưa đạt tiêu chí số 7 về …"),
which carry no answer. The choices draw on a stream of their own, so the other parts of a
plan draw the same numbers as before.
"""
from __future__ import annotations

import random

from .base import ComposerBase
from .vocab import vocab


class DistrictParts(ComposerBase):
    def district_status(self, num: str) -> None:
        """The achieved count, the criteria in one of the forms, and the communes' criteria (no answer)."""
        g = random.Random(f"{self.plan.name}/district-s7a")
        v = vocab()["s7a_district"]
        nos = list(self.names)
        done = sorted(g.sample(nos, g.randint(3, len(nos) - 2)))
        todo = [n for n in nos if n not in done]
        self.p(v["heading"].format(num=num), bold=True)
        self.p(v["count"].format(y=self.year - 1, k=len(done), total=len(nos)))
        self.gold["criteria_summary"].append({"kind": "achieved", "count": len(done), "total": len(nos)})
        style = g.choice(["paren", "paren", "huyen_so", "indicator", "prefixed"])
        if not self.s9c_district_status(g, done, todo):  # part_criteria.py (§5c)
            getattr(self, "_district_" + style)(g, done, todo)
        self._district_communes(g)

    def _district_name(self, g: random.Random, n: int) -> str:
        name = self.names[n].lower()
        return self.odd_hyphens(g.choice(vocab()["s7a_district"]["name_5"]) if n == 5 else name)  # part_forms5.py

    def _district_gold(self, n: int, status: str, indicator: str | None = None) -> None:
        self.gold["criteria"].append({"criterion": n, "indicator": indicator, "status": status, "year": None})

    def _district_paren(self, g: random.Random, done: list[int], todo: list[int]) -> None:
        """Numbers with their names in brackets, lower case, after a lead that states the status."""
        v = vocab()["s7a_district"]
        for key, nos, status in (("paren_done", done, "dat"), ("paren_todo", todo, "chua_dat")):
            items = ", ".join(v["paren_item"].format(n=n, name=self._district_name(g, n)) for n in nos)
            self.p(v[key].format(items=items))
            for n in nos:
                self._district_gold(n, status)

    def _district_huyen_so(self, g: random.Random, done: list[int], todo: list[int]) -> None:
        """"Tiêu chí huyện số N về <tên>: Đạt" for every criterion."""
        v = vocab()["s7a_district"]
        self.p(v["huyen_so_intro"])
        for n in self.names:
            status = "dat" if n in done else "chua_dat"
            self.p(v["huyen_so_line"].format(n=n, name=self.names[n], status=v["status_words"][status]))
            self._district_gold(n, status)

    def _district_indicator(self, g: random.Random, done: list[int], todo: list[int]) -> None:
        """The achieved ones in brackets, then one indicator still to do of each remaining criterion."""
        v = vocab()["s7a_district"]
        items = ", ".join(v["paren_item"].format(n=n, name=self._district_name(g, n)) for n in done)
        self.p(v["paren_done"].format(items=items))
        for n in done:
            self._district_gold(n, "dat")
        for n in todo:
            i = g.randint(1, 3)
            self.p(v["indicator_line"].format(n=n, i=i, name=self.names[n]))
            self._district_gold(n, "chua_dat", f"{n}.{i}")
            self._district_gold(n, "chua_dat")

    def _district_prefixed(self, g: random.Random, done: list[int], todo: list[int]) -> None:
        """Ids with the district letter, one indicator of each criterion."""
        v = vocab()["s7a_district"]
        self.p(v["prefixed_intro"])
        for n in self.names:
            i, status = g.randint(1, 3), "dat" if n in done else "chua_dat"
            self.p(v["prefixed_line"].format(n=n, i=i, status=v["status_words"][status]))
            self._district_gold(n, status, f"{n}.{i}")

    def _district_communes(self, g: random.Random) -> None:
        """The communes' criteria a district plan cites: a commune number whose name is not the district's."""
        m = g.choice([n for n in range(5, 10) if self.xa_names[n] != self.names.get(n)])
        line = g.choice(vocab()["s7a_district"]["communes"])
        self.p(line.format(a=g.randint(3, 12), commune=self.commune, m=m, xa_name=self.xa_names[m]))
