"""sum_mismatch and share_mismatch: a stated total against the items its layout says it sums.

Each figure is an interval from its written precision (as XBRL Calculations 1.1
does): "10,3 tỷ" is [10,25; 10,35) tỷ; a whole number written among figures with
decimals ("2 tỷ" beside "0,5 tỷ") is read at the list's finest precision. An error
only where the intervals cannot meet; a "trong đó" list only errs when its parts
exceed the whole. Hedged amounts ("gần 2 tỷ") give at most an ``info``.

>>> from extractors.engine import run
>>> from extractors.model import Document
>>> ex = run(Document.from_text("KẾ HOẠCH\\nNTM năm 2024\\nNguồn vốn:\\n- Tỉnh: 2 tỷ\\n- Xã: 3 tỷ\\nTổng nguồn vốn: 6 tỷ"))
>>> [(f.check, f.expected, f.actual) for f in sum_checks(ex.doc, ex.tables["budgets"])]
[('sum_mismatch', 5000000000, 6000000000)]
"""
from __future__ import annotations

from decimal import Decimal

from ..model import Document, Figure, Finding
from .base import Amount, fmt_vnd
from .structure import Group, groups


def _bounds(items: list[Amount], total: Amount) -> tuple[int, int, int, int]:
    """Twice the intervals of the items' sum and of the total, in VND."""
    decimals = [a.precision for a in items + [total] if "," in a.raw]
    finest = min(decimals) if decimals else None
    s_lo = sum(a.interval(finest)[0] for a in items)
    s_hi = sum(a.interval(finest)[1] for a in items)
    t_lo, t_hi = total.interval(finest)
    return s_lo, s_hi, t_lo, t_hi


def _figures(g: Group):
    return [g.total.figure("total")] + [a.figure("item") for a in g.items]


def sum_checks(doc: Document, budgets: list) -> list[Finding]:
    found, unclear = groups(doc, budgets)
    out = []
    for g in found:
        s_lo, s_hi, t_lo, t_hi = _bounds(g.items, g.total)
        agree = (s_lo < t_hi and t_lo < s_hi) if g.complete else s_lo < t_hi
        if agree:
            continue
        total = sum(a.value for a in g.items)
        parts = " + ".join(a.raw.strip() for a in g.items)
        hedged = [a.raw for a in [g.total, *g.items] if a.approximate]
        if hedged:
            out.append(Finding.comparing(
                "sum_mismatch", "info",
                f"Tổng ghi {g.total.raw.strip()}, các khoản cộng lại {fmt_vnd(total)} ({parts}); nhưng "
                f"{', '.join(hedged)} là số ước tính nên không kết luận.", _figures(g), total, g.total.value))
            continue
        how = "các khoản cộng lại là" if g.complete else "riêng các khoản được nêu «trong đó» đã là"
        out.append(Finding.comparing(
            "sum_mismatch", "error", f"Tổng ghi {g.total.raw.strip()} nhưng {how} {fmt_vnd(total)} ({parts}).",
            _figures(g), total, g.total.value))
    for u in unclear:
        if len(u.items) >= 2:
            s_lo, s_hi, t_lo, t_hi = _bounds(u.items, u.total)
            if s_lo < t_hi and t_lo < s_hi:
                continue  # the figures that could be its items agree anyway: nothing to look at
        out.append(Finding.comparing(
            "sum_mismatch", "info", f"Không kiểm tra được tổng {u.total.raw.strip()}: {u.reason}.",
            [u.total.figure("total")] + [a.figure("item") for a in u.items], None, u.total.value))
    return out


def share_checks(doc: Document, budgets: list) -> list[Finding]:
    """ "180 tỷ đồng (chiếm 64% tổng nguồn vốn)" against the total the item stands under, within both precisions."""
    found, _ = groups(doc, budgets)
    out = []
    for g in found:
        for a in g.items:
            sh = a.share
            if sh is None or sh.approximate or a.approximate or g.total.approximate:
                continue
            lo_a, hi_a = a.interval()
            lo_t, hi_t = g.total.interval()
            if lo_t <= 0:
                continue
            half = Decimal(5) / Decimal(10) ** (sh.decimals + 1)
            p_lo, p_hi = sh.pct - half, sh.pct + half
            r_lo, r_hi = Decimal(100 * lo_a) / hi_t, Decimal(100 * hi_a) / lo_t
            if r_lo < p_hi and p_lo < r_hi:
                continue
            real = Decimal(100 * a.value) / g.total.value
            shown = f"{real:.{max(1, sh.decimals)}f}".replace(".", ",")
            figs = [a.figure("item"), g.total.figure("total"), Figure(float(sh.pct), sh.raw, sh.start, sh.end, "share")]
            out.append(Finding.comparing(
                "share_mismatch", "error",
                f"{a.raw.strip()} được ghi chiếm {sh.raw.strip()} của tổng {g.total.raw.strip()}, "
                f"nhưng {a.raw.strip()} / {g.total.raw.strip()} = {shown}%.", figs, float(round(real, 2)), float(sh.pct)))
    return out
