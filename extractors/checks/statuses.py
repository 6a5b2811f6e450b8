"""status_conflict: one criterion stated both achieved and not, for the same year, in the same account.

Both statements must sit in the plan's account of the present (the same top-level
section, not its goals or tasks) and agree on the year (both unstated counts as the
same); an indicator ("13.3") is not its criterion.

>>> from extractors.engine import run
>>> from extractors.model import Document
>>> ex = run(Document.from_text("KẾ HOẠCH\\nNTM năm 2024\\nI. THỰC TRẠNG\\nCác tiêu chí đã đạt gồm: Tiêu chí Điện (TC4).\\n"
...                             "Các tiêu chí chưa đạt gồm: Tiêu chí Điện (TC4)."))
>>> [(f.check, f.severity) for f in status_checks(ex.doc, ex.tables["criteria"])]
[('status_conflict', 'warning')]
"""
from __future__ import annotations

import re
from collections import defaultdict

from ..model import Document, Figure, Finding

_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_NOT_PRESENT = {"muc_tieu", "nhiem_vu", "giai_phap", "to_chuc_thuc_hien", "lo_trinh", "kinh_phi", "muc_dich_yeu_cau"}


def _top(doc: Document, pos: int):
    sec = doc.section_at(pos)
    kinds = set()
    while sec is not None and sec.parent is not None:
        kinds.add(sec.kind)
        sec = doc.sections[sec.parent]
    if sec is not None:
        kinds.add(sec.kind)
    return (sec.start if sec is not None else None), kinds


def _line(doc: Document, pos: int) -> tuple[int, str]:
    ls = doc.text.rfind("\n", 0, pos) + 1
    le = doc.text.find("\n", pos)
    return ls, doc.text[ls:len(doc.text) if le == -1 else le]


def _apart(doc: Document, a, b) -> bool:
    """Two separate statements of the same moment: on different lines, not naming different years.

    "đạt, riêng chỉ tiêu 2.3 chưa đạt" on one line is a partial result; "năm 2022 đạt" and "năm 2023
    chưa đạt" are two moments.
    """
    (la, ta), (lb, tb) = _line(doc, a.start), _line(doc, b.start)
    if la == lb:
        return False
    ya, yb = set(_YEAR.findall(ta)), set(_YEAR.findall(tb))
    return not (ya and yb and not ya & yb)


def status_checks(doc: Document, criteria: list) -> list[Finding]:
    by: defaultdict[tuple, dict] = defaultdict(dict)
    for c in criteria:
        top, kinds = _top(doc, c.start)
        if kinds & _NOT_PRESENT:
            continue
        by[(c.criterion, c.indicator, c.year, top)].setdefault(c.status, c)
    out = []
    for (no, ind, year, _), st in sorted(by.items(), key=lambda kv: (kv[0][0], kv[0][1] or "", kv[0][2] or 0)):
        if "dat" in st and "chua_dat" in st:
            a, b = st["dat"], st["chua_dat"]
            if not _apart(doc, a, b):
                continue
            label = f"Chỉ tiêu {ind}" if ind else f"Tiêu chí số {no}"
            out.append(Finding.comparing(
                "status_conflict", "warning",
                f"{label} vừa được ghi là đã đạt («{a.raw.strip()}») vừa là chưa đạt («{b.raw.strip()}»)"
                f"{f' trong năm {year}' if year else ''}.",
                [Figure("dat", a.raw, a.start, a.end, "dat"), Figure("chua_dat", b.raw, b.start, b.end, "chua_dat")]))
    return out
