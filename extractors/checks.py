"""Auditor checks on one plan: do the figures agree?

- sum_mismatch: a stated total against the items or sources it totals. Each
  figure is an interval from its written precision (as XBRL Calculations 1.1
  does): "10,3 tỷ" is [10,25; 10,35) tỷ. A whole number written among figures
  with decimals ("2 tỷ" beside "0,5 tỷ") is read at the list's finest
  precision. A finding only where the intervals cannot meet.
- arithmetic_mismatch: a written calculation "A - B = C" that is wrong.
- count_mismatch: "gồm 12 tiêu chí sau:" listing another number; achieved +
  remaining against the catalogue total.
- status_conflict: one criterion stated both dat and chua_dat for the same year.
- deadline_order: work due after the recognition/appraisal step that needs it,
  or a deadline outside the plan period.
"""
from __future__ import annotations

import re
from collections import defaultdict

from .facts.budgets import Budget
from .model import Document, Finding
from .registry import Check, register_check

from .common import fold_keep_length
from .money import find_amounts

_BULLET_NUMBERS = {"-", "+", "*", "•", "–", "—"}


def fmt_vnd(v: int) -> str:
    """12500000000 -> "12,5 tỷ đồng"; 650000000 -> "650 triệu đồng"."""
    for scale, word in ((10**9, "tỷ"), (10**6, "triệu"), (10**3, "nghìn")):
        if abs(v) >= scale:
            x = v / scale
            s = f"{x:,.3f}".rstrip("0").rstrip(".")
            s = s.replace(",", " ").replace(".", ",").replace(" ", ".")
            return f"{s} {word} đồng"
    return f"{v} đồng"


def _interval(b: Budget, finest: int) -> tuple[int, int]:
    """Twice the interval, in VND (so halves stay integers): [2v - p, 2v + p)."""
    p = b.precision_vnd
    if "," not in b.raw:  # a whole number among decimals is read at the list's precision
        p = min(p, finest)
    return 2 * b.amount_vnd - p, 2 * b.amount_vnd + p


def _anchor(doc: Document, pos: int):
    """The nearest numbered (non-bullet) section holding pos."""
    sec = doc.section_at(pos)
    while sec is not None and (sec.number in _BULLET_NUMBERS):
        sec = doc.sections[sec.parent] if sec.parent is not None else None
    return sec


def sum_checks(doc: Document, budgets: list[Budget]) -> list[Finding]:
    out = []
    prev_total_end: dict[int | None, int] = {}
    for t in budgets:
        if t.role != "total":
            continue
        sec = _anchor(doc, t.start)
        key = id(sec) if sec else None
        lo = max(prev_total_end.get(key, 0), sec.start if sec else 0)
        prev_total_end[key] = t.end
        items = [b for b in budgets if lo <= b.start < t.start and b.role in ("item", "source")]
        if len(items) < 2:
            continue
        roles = {b.role for b in items}
        if len(roles) > 1:  # a total of costs or of sources, not of both
            main = max(roles, key=lambda r: sum(1 for b in items if b.role == r))
            items = [b for b in items if b.role == main]
        finest = min([b.precision_vnd for b in items + [t] if "," in b.raw] or [min(b.precision_vnd for b in items + [t])])
        s_lo = sum(_interval(b, finest)[0] for b in items)
        s_hi = sum(_interval(b, finest)[1] for b in items)
        t_lo, t_hi = _interval(t, finest)
        if s_lo < t_hi and t_lo < s_hi:
            continue
        total = sum(b.amount_vnd for b in items)
        parts = " + ".join(b.raw.strip() for b in items)
        out.append(Finding(
            check="sum_mismatch", severity="error",
            message=f"Tổng ghi {t.raw.strip()} nhưng các khoản cộng lại là {fmt_vnd(total)} ({parts}).",
            expected=total, actual=t.amount_vnd, spans=[[t.start, t.end]] + [[b.start, b.end] for b in items]))
    return out


_OP = re.compile(r"^\s*([-–+])\s*$")
_EQ = re.compile(r"^\s*=\s*$")


def arithmetic_checks(doc: Document) -> list[Finding]:
    """"A - B = C" and "A + B = C" written with amounts."""
    text = doc.text
    amounts = find_amounts(text)
    out = []
    for i in range(len(amounts) - 2):
        a, b, c = amounts[i], amounts[i + 1], amounts[i + 2]
        op = _OP.match(text[a[1]:b[0]])
        if not op or not _EQ.match(text[b[1]:c[0]]):
            continue
        sign = 1 if op.group(1) == "+" else -1
        value = a[2] + sign * b[2]
        lo_ab = 2 * value - (a[3] + b[3])  # twice the interval of A ± B
        hi_ab = 2 * value + (a[3] + b[3])
        if 2 * c[2] - c[3] < hi_ab and lo_ab < 2 * c[2] + c[3]:
            continue
        out.append(Finding(
            check="arithmetic_mismatch", severity="error",
            message=f"Phép tính sai: {text[a[0]:c[1]]} (đúng là {fmt_vnd(value)}).",
            expected=value, actual=c[2], spans=[[a[0], a[1]], [b[0], b[1]], [c[0], c[1]]]))
    return out


def count_checks(doc: Document, summaries: list, criteria: list) -> list[Finding]:
    from .catalogue import Catalogue

    text = doc.text
    out = []
    for s in summaries:
        if s.total is not None or s.kind not in ("achieved", "not_achieved"):
            continue
        ls = text.rfind("\n", 0, s.start) + 1
        le = text.find("\n", s.end)
        line = text[ls: len(text) if le == -1 else le]
        if not (line.rstrip().endswith(":") or re.search(r"\bsau\b", text[s.end:s.end + 8]) or "gồm" in line.lower()):
            continue
        sec = doc.section_at(s.start)
        end = sec.end if sec is not None and sec.start >= ls else (sec.end if sec else len(text))
        want = "dat" if s.kind == "achieved" else "chua_dat"
        listed = {c.criterion for c in criteria if s.end <= c.start < end and c.status == want}
        if not listed or len(listed) == s.count:
            continue
        out.append(Finding(
            check="count_mismatch", severity="error",
            message=f"Ghi {s.raw.strip()} nhưng liệt kê {len(listed)} tiêu chí.",
            expected=len(listed), actual=s.count,
            spans=[[s.start, s.end]] + [[c.start, c.end] for c in criteria if s.end <= c.start < end and c.status == want]))
    total = Catalogue.get(doc.info.criteria_set).total if doc.info.criteria_set else None
    achieved = [s for s in summaries if s.kind == "achieved" and s.total]
    remaining = [s for s in summaries if s.kind == "not_achieved"]
    if achieved and remaining:
        a = achieved[0]
        t = a.total or total
        for r in remaining:
            if t and a.count + r.count != t and (r.total is None or r.total == t):
                out.append(Finding(
                    check="count_mismatch", severity="error",
                    message=f"Đã đạt {a.count}/{t} tiêu chí nhưng còn lại {r.count} tiêu chí (cộng là {a.count + r.count}).",
                    expected=t - a.count, actual=r.count, spans=[[a.start, a.end], [r.start, r.end]]))
                break
    return out


def status_checks(criteria: list) -> list[Finding]:
    by = defaultdict(dict)
    for c in criteria:
        by[(c.criterion, c.year)].setdefault(c.status, c)
    out = []
    for (no, year), st in sorted(by.items(), key=lambda kv: (kv[0][0], kv[0][1] or 0)):
        if "dat" in st and "chua_dat" in st:
            a, b = st["dat"], st["chua_dat"]
            out.append(Finding(
                check="status_conflict", severity="warning",
                message=f"Tiêu chí số {no} vừa được ghi là đã đạt ({a.raw}) vừa là chưa đạt ({b.raw}).",
                expected=None, actual=None, spans=[[a.start, a.end], [b.start, b.end]]))
    return out


_RECOGNITION = re.compile(r"cong nhan|tham dinh|tham tra")
_WORK = re.compile(r"tieu chi so|cung co|ho tro|phat trien|xay dung|thi cong|hoan thanh|cung hoa|lap dat|nang cap|cai tao|quy hoach|dau tu|sua chua|kien co|mo rong|trien khai thuc hien")
_PAPER = re.compile(r"ho so|bao cao|minh chung|phong su|tuyen truyen|van ban")


def deadline_checks(doc: Document, deadlines: list) -> list[Finding]:
    plan_year = doc.info.plan_year
    title = doc.info.title or ""
    span = re.search(r"((?:19|20)\d{2})\s*[-–]\s*((?:19|20)\d{2})", title)
    first, last = (int(span.group(1)), int(span.group(2))) if span else (plan_year, plan_year)
    out = []
    if last:
        for d in deadlines:
            y = int(d.date[:4])
            if y > last:
                out.append(Finding(
                    check="deadline_order", severity="warning",
                    message=f"Thời hạn {d.raw} nằm ngoài thời kỳ của kế hoạch (năm {last}).",
                    expected=f"{last}-12-31", actual=d.date, spans=[[d.start, d.end]]))
    steps = []
    for d in deadlines:
        f = fold_keep_length(d.task)
        if _RECOGNITION.search(f):
            steps.append(("recognition", d))
        elif _WORK.search(f) and not _PAPER.search(f) and d.precision in ("day", "month"):
            steps.append(("work", d))
    recog = [d for k, d in steps if k == "recognition"]
    if not recog:
        return out
    first_recog = min(recog, key=lambda d: d.date)
    late = defaultdict(list)
    for k, d in steps:
        if k == "work" and d.date > first_recog.date and (not last or int(d.date[:4]) <= last):
            late[d.date[:7]].append(d)
    for month, ds in sorted(late.items()):
        needs = [r for r in recog if r.date < max(d.date for d in ds)]
        out.append(Finding(
            check="deadline_order", severity="warning",
            message=(f"Công việc hạn {ds[0].raw} ({ds[0].task[:80]}) muộn hơn bước thẩm định/công nhận "
                     f"hạn {first_recog.raw} ({first_recog.task[:80]}) cần kết quả của nó."),
            expected=first_recog.date, actual=max(d.date for d in ds),
            spans=[[r.start, r.end] for r in needs] + [[d.start, d.end] for d in ds]))
    return out


register_check(Check("sum_mismatch", lambda doc, t: sum_checks(doc, t["budgets"]), needs=("budgets",)))
register_check(Check("arithmetic_mismatch", lambda doc, t: arithmetic_checks(doc), needs=("budgets",)))
register_check(Check("count_mismatch", lambda doc, t: count_checks(doc, t["criteria_summary"], t["criteria"]),
                     needs=("criteria_summary", "criteria")))
register_check(Check("status_conflict", lambda doc, t: status_checks(t["criteria"]), needs=("criteria",)))
register_check(Check("deadline_order", lambda doc, t: deadline_checks(doc, t["deadlines"]), needs=("deadlines",)))


def history_checks(plans: list[dict]) -> list[dict]:
    """Across the plans of one commune over the years.

    ``plans`` are dicts with doc_id, source, place (a key), year, criteria [(criterion, status, start, end)],
    achieved [(count, start, end)]. A criterion achieved in one year and not achieved in a later
    year, and an achieved count that goes backwards, are warnings.
    """
    out = []
    by_place = defaultdict(list)
    for p in plans:
        if p.get("place") and p.get("year"):
            by_place[p["place"]].append(p)
    for place, ps in by_place.items():
        ps.sort(key=lambda p: p["year"])
        for a, b in zip(ps, ps[1:]):
            if b["year"] <= a["year"]:
                continue
            done = {c: (s, e) for c, st, s, e in a["criteria"] if st == "dat"}
            for c, st, s, e in b["criteria"]:
                if st == "chua_dat" and c in done:
                    out.append({"check": "status_regression", "severity": "warning",
                                "message": f"Tiêu chí số {c}: đã đạt năm {a['year']} ({a['source']}) nhưng chưa đạt năm {b['year']} ({b['source']}).",
                                "expected": "dat", "actual": "chua_dat", "place": place,
                                "docs": [a["doc_id"], b["doc_id"]], "spans": [[a["doc_id"], *done[c]], [b["doc_id"], s, e]]})
            if a["achieved"] and b["achieved"] and b["achieved"][0][0] < a["achieved"][0][0]:
                (ca, sa, ea), (cb, sb, eb) = a["achieved"][0], b["achieved"][0]
                out.append({"check": "count_regression", "severity": "warning",
                            "message": f"Số tiêu chí đạt giảm từ {ca} (năm {a['year']}) xuống {cb} (năm {b['year']}).",
                            "expected": ca, "actual": cb, "place": place, "docs": [a["doc_id"], b["doc_id"]],
                            "spans": [[a["doc_id"], sa, ea], [b["doc_id"], sb, eb]]})
    return out
