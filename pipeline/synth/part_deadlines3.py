"""Money, deadline and count wording of session 11's audits (docs/genre.md §3f, §4h, §5f; helper s12b, issue 14).

Each group draws from a fresh stream of its own, so every other draw of a plan, and the plans a group leaves
alone, stay as they were. Forms, with the gold they imply:

- a total after "… nông thôn mới là" ("mới", new, folds like "mỗi", each, and is no unit's rate): a gold total;
- a total with "trong đó" and its parts in prose, no colon (§3c): the total and its parts; plain đồng glued to the
  figure ("45.000.000đ", §3e): a gold amount; a rate after "mỗi khẩu" and an average per commune (§3f): no amount;
- the cost of a work still to build hedged by "ước giá": an approximate gold item;
- a work expected to end "dự kiến sẽ … xong trước tháng M/YYYY" (the month before ends it) or "dự kiến hoàn thành
  trong quý N năm YYYY": a gold deadline each;
- a day with no year ("trước ngày 15.9", "chậm nhất đến ngày 15/8", §4d): a gold deadline in the plan's year; a
  citation inside a parenthesis in a task line (§10l): the citation, no deadline;
- an estimate "Ước đến 31/12/YYYY, …" and the month a scheme was approved ("được … phê duyệt vào tháng M/YYYY",
  §4i, helper s12d): no deadline;
- a fronted past period whose clause reports results ("Trong 6 tháng đầu năm YYYY, <đơn vị> đã …") and a span up
  to now ("Từ năm YYYY đến nay, …", §4e): no deadline;
- a year before the plan's with goal words and no "đã" ("Năm YYYY, xã đạt thêm N tiêu chí, nâng tổng số lên
  M/19 tiêu chí"): an achieved count M/19, the increment no count;
- the criteria still to do named after their count ("N tiêu chí còn lại gồm <tên>, <tên> và <tên>", §5b): each not
  met, and the count;
- after the present count, a change since an earlier year ("So với năm YYYY, xã tăng thêm N tiêu chí", §5c) or
  households and people with dot thousands ("1.120 hộ với 4.870 nhân khẩu", §3d): no count, no amount.

The words are in pipeline/data/synth_deadlines.yaml (``s12b_*``, ``s12d_*``).
"""
from __future__ import annotations

from typing import Any

from .part_deadlines import words
from .vocab import ROMAN, _last, render_money


def genre11_money(plan: Any) -> None:
    """After the sources: a total worded "… nông thôn mới là …" and a hedged estimate of one work, each in about
    four plans in ten."""
    g, w = plan.fresh_stream("/money-12b"), words()
    if g.random() < 0.4:
        role, line = g.choice(w["s12b_ntm_totals"])
        vnd = g.randint(12, 95) * 10**7 if g.random() < 0.7 else g.randint(11, 40) * 10**8
        plan.p(line.format(amount=render_money(vnd, "trieu" if vnd % 10**9 else "ty")))
        plan.gold["budgets"].append({"amount_vnd": vnd, "role": role})
    if g.random() < 0.4:
        n = g.randint(15, 90) * 10
        plan.p(g.choice(w["s12b_estimates"]).format(hamlet=g.choice(w["s12b_hamlets"]), n=n))
        plan.gold["budgets"].append({"amount_vnd": n * 10**6, "role": "item", "approximate": True})
    if g.random() < 0.3:  # §3c: "trong đó" and the parts in prose, no colon; the parts do not reach the total
        total = g.randint(50, 99) * 10**7
        a, b = total * 4 // 10 // 10**7 * 10**7, total * 3 // 10 // 10**7 * 10**7
        plan.p(w["s12b_total_prose"].format(y=plan.year, total=render_money(total, "trieu"), a=render_money(a, "trieu"),
                                            b=render_money(b, "trieu")))
        plan.gold["budgets"] += [{"amount_vnd": total, "role": "total"}, {"amount_vnd": a, "role": "source"},
                                 {"amount_vnd": b, "role": "source"}]
    if g.random() < 0.3:  # §3e: plain đồng glued to the figure
        vnd = g.randint(12, 95) * 10**6
        plan.p(w["s12b_glued"].format(hamlet=g.choice(w["s12b_hamlets"]), amount=render_money(vnd, "dong")[:-5] + "đ"))
        plan.gold["budgets"].append({"amount_vnd": vnd, "role": "source"})
    if g.random() < 0.3:  # §3f: a rate after "mỗi khẩu", an average per commune: no budget
        plan.p(w["s12b_rates"].format(k=g.randint(3, 9), n=g.randint(2, 9) * 100))


def genre11_deadlines(plan: Any, y: int) -> None:
    """In the roadmap: works expected to end before a month (June to October) or within the second or third
    quarter, and a fronted past period of results (no deadline)."""
    g, w = plan.fresh_stream("/deadlines-12b"), words()
    hamlet = g.choice(w["s12b_hamlets"])
    if g.random() < 0.5:
        m = g.randint(6, 10)
        line = g.choice(w["s12b_expected_month"]).format(hamlet=hamlet, m=m, y=y)
        plan.p(line)
        raw = f"trước tháng {m}/{y}"
        plan.gold["deadlines"].append({"date": f"{y}-{m - 1:02d}-{_last(y, m - 1):02d}", "precision": "month",
                                       "relation": "before", "raw": raw, "task": line[2:line.index(raw)].strip()})
    if g.random() < 0.35:
        q = g.randint(2, 3)
        line = g.choice(w["s12b_expected_quarter"]).format(hamlet=hamlet, q=ROMAN[q - 1], y=y)
        plan.p(line)
        raw = f"trong quý {ROMAN[q - 1]} năm {y}"
        plan.gold["deadlines"].append({"date": f"{y}-{q * 3:02d}-{_last(y, q * 3):02d}", "precision": "quarter",
                                       "relation": "during", "raw": raw, "task": line[2:line.index(raw)].strip()})
    if g.random() < 0.35:  # §4d: a day with no year, the plan's
        relation, raw, line = g.choice(w["s12b_yearless"])
        d, m = g.randint(1, 28), g.randint(6, 9)
        line, raw = line.format(d=d, m=m), raw.format(d=d, m=m)
        plan.p(line)
        plan.gold["deadlines"].append({"date": f"{y}-{m:02d}-{d:02d}", "precision": "day", "relation": relation, "raw": raw,
                                       "task": line[2:line.index(raw)].replace("chậm nhất đến", "").strip()})
    if g.random() < 0.3:  # §10l: a citation inside a parenthesis
        n, d, m = g.randint(100, 999), g.randint(1, 28), g.randint(1, 3)
        plan.p(w["s12b_bracketed"].format(n=n, d=d, m=m, y=y))
        plan.cite("other", f"{n}/VPĐP", f"Văn phòng Điều phối nông thôn mới tỉnh {plan.province}", (y, m, d))
    if g.random() < 0.4:  # §4e: a span up to now
        plan.p(g.choice(w["s12b_spans"]).format(y4=y - g.randint(3, 6), k=g.randint(5, 40)))
    if g.random() < 0.5:
        plan.p(g.choice(w["s12b_past_periods"]).format(y0=y - 1, m=g.randint(4, 12), q=ROMAN[g.randint(1, 3)],
                                                       k=g.randint(2, 9)))
    g = plan.fresh_stream("/deadlines-12d")  # §4i: an estimate and an approval's month, no deadline
    if g.random() < 0.4:
        plan.p(g.choice(w["s12d_estimates"]).format(y0=y - 1, k=g.randint(2, 8)))
    if g.random() < 0.4:
        plan.p(g.choice(w["s12d_approvals"]).format(y0=y - 1, m=g.randint(3, 11)))


def past_count(plan: Any, k: int, total: int, y: int) -> None:
    """Before a commune's achieved count ``k``/``total``: in one plan in four, the count two years before the plan
    year, worded with goal words and no "đã" (§5f): an achieved count in the gold, the increment none."""
    g = plan.fresh_stream("/past-count-12b")
    if g.random() >= 0.25 or k < 6:
        return
    a = g.randint(1, 3)
    before = k - g.randint(1, 3)
    plan.p(g.choice(words()["s12b_past_counts"]).format(y2=y - 2, a=a, k=before, total=total))
    plan.gold["criteria_summary"].append({"kind": "achieved", "count": before, "total": total})


def status_lookalikes(plan: Any, y: int) -> None:
    """After a commune's achieved count, in one plan in three: a change of the count since an earlier year (§5c) or
    households and people written with dot thousands (§3d), schools and villages counted "N/M", a party's indicators, a
    district's total of criteria met over its communes ("lượt tiêu chí", §6), the commune one of N chosen (§5b); none is a count of criteria or an amount."""
    g = plan.fresh_stream("/status-lookalikes-12b")
    if g.random() >= 1 / 3:
        return
    s2, t = g.randint(3, 5), g.randint(5, 14)
    plan.p(g.choice(words()["s12b_status_lookalikes"]).format(
        y2=y - 2, a=g.randint(1, 3), h=f"{g.randint(1, 3)}.{g.randint(100, 999)}", p=f"{g.randint(4, 12)}.{g.randint(100, 999)}",
        t=t, s1=g.randint(1, s2), s2=s2, t1=g.randint(2, t), commune=plan.commune, c=g.randint(3, 8), y5=y - 5, y0=y,
        r=(r := g.randint(15, 25)), r1=r - g.randint(1, 4), agg=f"{g.randint(1, 3)}.{g.randint(100, 999)}", inc=g.randint(20, 99)))


def scale_money(plan: Any, y: int) -> None:
    """In one commune plan in five, a province's or district's sum of the last five years with dot thousands inside
    tỷ ("12.450 tỷ đồng") or both separators ("1.245,6 tỷ đồng", §3a): a gold amount of its role."""
    g = plan.fresh_stream("/scale-money-12b")
    if g.random() >= 0.2:
        return
    role, line = g.choice(words()["s12b_scale_money"])
    a, b, c = g.randint(1, 15), g.randint(0, 999), g.randint(1, 9)
    plan.p(line.format(y5=y - 5, y0=y - 1, a=a, b=b, c=c))
    vnd = (a * 1000 + b) * 10**9 + (c * 10**8 if "{c}" in line else 0)
    plan.gold["budgets"].append({"amount_vnd": vnd, "role": role})


def remaining_names(plan: Any, todo: list[int]) -> None:
    """In one commune plan in five with no count error, after the account of the present: the criteria still to do
    named after their count ("N tiêu chí còn lại gồm <tên>, <tên> và <tên>", §5b): each not met, and the count."""
    g = plan.fresh_stream("/remaining-12b")
    if plan.errors["count"] or len(todo) < 2 or g.random() >= 0.2:
        return
    names = [plan.names[n].lower() for n in todo]
    plan.p(words()["s12b_remaining"].format(n=len(todo), names=", ".join(names[:-1]) + " và " + names[-1]))
    plan.gold["criteria_summary"].append({"kind": "not_achieved", "count": len(todo), "total": None})
    for n in todo:
        plan.gold["criteria"].append({"criterion": n, "indicator": None, "status": "chua_dat", "year": None})
