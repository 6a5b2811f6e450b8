"""Auditor checks on one plan: do the figures agree? A finding only from certain premises.

- sum_mismatch (sums.py): a stated total against the items its layout says it sums (structure.py, tables.py).
- share_mismatch (sums.py): "180 tỷ (chiếm 64% tổng nguồn vốn)" against that total.
- arithmetic_mismatch (arithmetic.py): a written calculation "A - B = C" that is wrong.
- count_mismatch (counts.py): "gồm 12 tiêu chí sau:" listing another number; achieved + remaining.
- status_conflict (statuses.py): one criterion stated both dat and chua_dat for the same year.
- deadline_order (order.py): work due after the plan's own appraisal step, or after the plan period.
- history.py: across the plans of one commune (not a per-plan check).

Every check reads the records (budgets, criteria, criteria_summary, deadlines) and the
document's lines, never the extractors' patterns again; every finding keeps the figures
it compares (:class:`extractors.model.Figure`) and a message a person can check by hand.
The words are data: extractors/data/checks.yaml.

>>> fmt_vnd(10_500_000_000)
'10,5 tỷ đồng'
"""
from __future__ import annotations

from ..registry import Check, register_check
from .arithmetic import arithmetic_checks
from .base import fmt_vnd
from .counts import count_checks
from .history import AchievedCount, CriterionState, CrossFinding, PlanHistory, history_checks
from .order import deadline_checks, plan_period
from .statuses import status_checks
from .sums import share_checks, sum_checks

__all__ = ["AchievedCount", "CriterionState", "CrossFinding", "PlanHistory", "arithmetic_checks", "count_checks",
           "deadline_checks", "fmt_vnd", "history_checks", "plan_period", "share_checks", "status_checks", "sum_checks"]

register_check(Check("sum_mismatch", lambda doc, t: sum_checks(doc, t["budgets"]), needs=("budgets",)))
register_check(Check("share_mismatch", lambda doc, t: share_checks(doc, t["budgets"]), needs=("budgets",)))
register_check(Check("arithmetic_mismatch", lambda doc, t: arithmetic_checks(doc, t["budgets"]), needs=("budgets",)))
register_check(Check("count_mismatch", lambda doc, t: count_checks(doc, t["criteria_summary"], t["criteria"]),
                     needs=("criteria_summary", "criteria")))
register_check(Check("status_conflict", lambda doc, t: status_checks(doc, t["criteria"]), needs=("criteria",)))
register_check(Check("deadline_order", lambda doc, t: deadline_checks(doc, t["deadlines"]), needs=("deadlines",)))
