"""``kehoach calibrate -n 500``: the auditor's precision and recall per kind on generated plans.

N clean calibration plans (every trap, no error) and N plans with exactly one injected
error, cycling through the kinds of :data:`pipeline.synth.part_errors.INJECTED`; each is
composed, written as TXT text and extracted in-process (no files, no OCR). A finding
(error or warning) of kind K is right on a plan whose gold holds K, else false;
``clean_errors`` counts error findings on the clean plans (the target is 0).
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from .synth.part_errors import INJECTED

_COMMUNE_ONLY = {"sum_mismatch", "share_mismatch", "arithmetic_mismatch", "count_mismatch", "status_conflict"}


@dataclass
class KindScore:
    kind: str
    injected: int = 0
    found: int = 0
    false: int = 0
    right: int = 0

    @property
    def recall(self) -> float:
        return self.found / self.injected if self.injected else 1.0

    @property
    def precision(self) -> float:
        return self.right / (self.right + self.false) if self.right + self.false else 1.0


@dataclass
class Calibration:
    plans: int = 0
    clean_plans: int = 0
    clean_errors: int = 0
    clean_warnings: int = 0
    kinds: dict[str, KindScore] = field(default_factory=dict)
    misses: list[str] = field(default_factory=list)  # plan names and what went wrong, for a person to read
    false: list[str] = field(default_factory=list)

    def row(self, kind: str) -> KindScore:
        return self.kinds.setdefault(kind, KindScore(kind))

    def table(self) -> str:
        lines = [f"{'kind':22} {'injected':>8} {'recall':>7} {'precision':>9} {'false':>6}"]
        for k in sorted(self.kinds):
            s = self.kinds[k]
            lines.append(f"{k:22} {s.injected:8d} {s.recall:7.2f} {s.precision:9.2f} {s.false:6d}")
        lines.append(f"clean plans {self.clean_plans}: error findings {self.clean_errors}, "
                     f"warning findings {self.clean_warnings}; plans in all {self.plans}")
        return "\n".join(lines)


def _indexes(n: int, commune_only: bool, start: int):
    """Plan indexes of the series; commune plans (index % 3 != 2) for kinds a district plan cannot carry."""
    i = start
    while n:
        if not commune_only or i % 3 != 2:
            yield i
            n -= 1
        i += 1


def calibrate(n: int = 500, seed: int = 11) -> Calibration:
    from .run import extract_text
    from .synth.generate import Composer

    cal = Calibration()
    jobs = [("clean", i) for i in _indexes(n, False, 0)]
    per_kind = [INJECTED[k % len(INJECTED)] for k in range(n)]
    counts = Counter(per_kind)
    for kind in INJECTED:
        jobs += [(kind, i) for i in _indexes(counts[kind], kind in _COMMUNE_ONLY, 0)]
    for variant, i in jobs:
        plan = Composer(i, seed, inject=variant).compose()
        gold = Counter(f["check"] for f in plan.gold["findings"])
        res = extract_text(plan.text(markup=True), source=f"{plan.name}.txt")
        got = Counter(f.check for f in res.findings if f.severity in ("error", "warning"))
        cal.plans += 1
        if variant == "clean":
            cal.clean_plans += 1
            cal.clean_errors += sum(1 for f in res.findings if f.severity == "error")
            cal.clean_warnings += sum(1 for f in res.findings if f.severity == "warning")
        else:
            s = cal.row(variant)
            s.injected += 1
            if got[variant]:
                s.found += 1
            else:
                cal.misses.append(f"{variant} {plan.name}")
        for f in res.findings:
            if f.severity not in ("error", "warning"):
                continue
            s = cal.row(f.check)
            if gold[f.check]:
                s.right += 1
            else:
                s.false += 1
                cal.false.append(f"{variant} {plan.name}: {f.check} {f.message[:160]}")
    return cal
