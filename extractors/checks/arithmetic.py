"""arithmetic_mismatch: a calculation written with amounts, "A - B = C" or "A + B + C = D", that is wrong.

The amounts are the budgets records (joined as :func:`base.amounts` does); only the
operators between them are read from the text. Hedged amounts never err.

>>> from extractors.engine import run
>>> from extractors.model import Document
>>> ex = run(Document.from_text("KẾ HOẠCH\\nNTM năm 2024\\n\\nI. KINH PHÍ\\nCân đối: 23,8 tỷ - 10,5 tỷ = 13,5 tỷ"))
>>> [(f.check, f.expected, f.actual) for f in arithmetic_checks(ex.doc, ex.tables["budgets"])]
[('arithmetic_mismatch', 13300000000, 13500000000)]
"""
from __future__ import annotations

import re

from ..model import Document, Finding
from .base import amounts, fmt_vnd

_OP = re.compile(r"^\s*([-–+])\s*$")
_EQ = re.compile(r"^\s*=\s*$")


def arithmetic_checks(doc: Document, budgets: list) -> list[Finding]:
    text = doc.text
    am = [a for a in amounts(doc, budgets) if not a.in_table]
    out = []
    i = 0
    while i < len(am) - 2:
        j, signs = i, [1]
        while j + 1 < len(am) and (op := _OP.match(text[am[j].end:am[j + 1].start])):
            signs.append(1 if op.group(1) == "+" else -1)
            j += 1
        if j == i or j + 1 >= len(am) or not _EQ.match(text[am[j].end:am[j + 1].start]):
            i = max(i + 1, j)
            continue
        terms, result = am[i:j + 1], am[j + 1]
        i = j + 2
        if any(a.approximate for a in [*terms, result]):
            continue
        value = sum(s * a.value for s, a in zip(signs, terms))
        slack = sum(a.slack for a in terms)  # twice the interval of the computed side
        r_lo, r_hi = result.interval()
        if r_lo < 2 * value + slack and 2 * value - slack < r_hi:
            continue
        figs = [a.figure("term") for a in terms] + [result.figure("result")]
        out.append(Finding.comparing(
            "arithmetic_mismatch", "error",
            f"Phép tính sai: {text[terms[0].start:result.end]} (đúng là {fmt_vnd(value)}).", figs, value, result.value))
    return out
