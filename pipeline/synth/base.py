"""What every part of the composer shares: the plan's draw and the helpers the parts call.

The parts (head, status, work) are mixins of :class:`~pipeline.synth.generate.Composer`;
this base declares the state and helpers they use, so each part type-checks alone.
"""
from __future__ import annotations

import random
from typing import Any

from .plan import Plan


class ComposerBase:
    rng: random.Random
    index: int
    kind: str  # xa_ntm | xa_nang_cao | huyen
    year: int
    commune: str
    district: str
    province: str
    set_id: str
    names: dict[int, str]
    xa_names: dict[int, str]
    plan: Plan
    gold: dict[str, list[Any]]
    errors: dict[str, bool]

    def stream(self, name: str) -> random.Random:
        """The random stream of one group of variants, fixed by the plan's name and kept for the plan.

        Each group draws from its own stream, so a new variant leaves every other draw of a plan,
        and the generated plans it does not touch, as they were.
        """
        streams = self.__dict__.setdefault("_streams", {})
        if name not in streams:
            streams[name] = self.fresh_stream(name)
        return streams[name]

    def fresh_stream(self, name: str) -> random.Random:
        """A new random stream for one draw of a variant, fixed by the plan's name: ``stream`` not kept."""
        return random.Random(f"{self.plan.name}{name}")

    def cite(self, kind: str, number: str, issuer: str, day: tuple[int, int, int] | None = None) -> None:
        """Add one legal reference to the gold: ``day`` is (year, month, day), or None for an undated citation.

        >>> c = ComposerBase(); c.gold = {"legal_refs": []}
        >>> c.cite("quyet_dinh", "512/QĐ-UBND", "UBND tỉnh Hà Giang", (2023, 4, 9))
        >>> c.gold["legal_refs"][0]["date"]
        '2023-04-09'
        """
        date = f"{day[0]}-{day[1]:02d}-{day[2]:02d}" if day else None
        self.gold["legal_refs"].append({"type": kind, "number": number, "date": date, "issuer": issuer})

    def p(self, text: str, **kw: Any) -> None:
        raise NotImplementedError

    def deadline(self, task: str, last_month: int = 10) -> str:
        raise NotImplementedError

    def person(self) -> str:
        raise NotImplementedError

    def assign_forms(self, i: int, pool: list, names: dict) -> int:  # part_assign.AssignParts
        raise NotImplementedError

    def assign_forms2(self, i: int, pool: list, names: dict) -> int:  # part_assign2.Assign2Parts
        raise NotImplementedError

    def assign_forms3(self, i: int, names: dict) -> int:  # part_assign3.Assign3Parts
        raise NotImplementedError

    def assign_forms5(self, i: int, names: dict) -> int:  # part_forms5.Forms5Parts
        raise NotImplementedError

    def report_plan_title(self, title: str, level: str) -> str:  # part_forms5.Forms5Parts
        raise NotImplementedError

    def legal_forms5(self, py: int) -> None:  # part_forms5.Forms5Parts
        raise NotImplementedError

    def odd_hyphens(self, name: str) -> str:  # part_forms5.Forms5Parts
        raise NotImplementedError

    def task_for(self, no: int, names: dict | None = None) -> str:
        raise NotImplementedError

    def money(self, vnd: int) -> str:
        raise NotImplementedError

    def s9c_commune_status(self, done: list[int], todo: list[int]) -> bool:
        raise NotImplementedError

    def s9c_district_status(self, g: random.Random, done: list[int], todo: list[int]) -> bool:
        raise NotImplementedError

    def s10c_commune_status(self, todo: list[int], k: int) -> bool:  # part_criteria2.CriteriaParts2
        raise NotImplementedError

    def s10c_lookalikes(self, total: int) -> None:  # part_criteria2.CriteriaParts2
        raise NotImplementedError

    def measured_status_forms(self, done: list[int], todo: list[int], k: int) -> bool:  # part_criteria2.CriteriaParts2
        raise NotImplementedError

    def s12a_lookalikes(self) -> None:  # part_criteria2.CriteriaParts2
        raise NotImplementedError
