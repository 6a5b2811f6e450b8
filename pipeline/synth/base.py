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

    def p(self, text: str, **kw: Any) -> None:
        raise NotImplementedError

    def deadline(self, task: str, last_month: int = 10) -> str:
        raise NotImplementedError

    def person(self) -> str:
        raise NotImplementedError

    def task_for(self, no: int, names: dict | None = None) -> str:
        raise NotImplementedError

    def money(self, vnd: int) -> str:
        raise NotImplementedError
