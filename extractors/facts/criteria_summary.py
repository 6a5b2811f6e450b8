"""Stated counts of criteria: "đạt 14/19 tiêu chí", "05 tiêu chí còn lại", "gồm 12 tiêu chí sau".

>>> from extractors.model import Document
>>> d = Document.from_text("Xã đã đạt 14/19 tiêu chí; phấn đấu đạt 19/19 tiêu chí; hoàn thành 05 tiêu chí còn lại.")
>>> [(s.kind, s.count, s.total) for s in extract(d)]
[('achieved', 14, 19), ('target', 19, 19), ('not_achieved', 5, None)]
"""
from __future__ import annotations

from dataclasses import dataclass

import re

from ..model import Document, Span

from ..registry import fact
from ..common import folded_text


@dataclass(kw_only=True)
class CriteriaSummary(Span):
    kind: str  # achieved | not_achieved | target
    count: int
    total: int | None = None
    year: int | None = None

_COUNT = re.compile(
    r"(?<![\w/.,])(?P<count>\d{1,2})(?:\s*/\s*(?P<total>\d{1,2}))?\s+(?:tiêu\s+chí|TC|chỉ\s+tiêu)(?P<tail>(?:\s+(?:NTM|nông thôn mới|nâng cao|xã|huyện))*\s*(?:sau|còn lại|chưa đạt(?:\s+chuẩn)?|đã đạt(?:\s+chuẩn)?|đạt chuẩn)?)",
    re.I)
# "Tiêu chí chưa đạt 05/19": the count after the words
_COUNT_AFTER = re.compile(
    r"(?:tiêu\s+chí|Tiêu\s+chí|TIÊU\s+CHÍ)\s+(?P<cue>chưa\s+đạt|đã\s+đạt|đạt)(?:\s+chuẩn)?\s*(?:là|được)?\s*:?\s*"
    r"(?P<count>\d{1,2})\s*/\s*(?P<total>\d{1,2})(?![\d/])")

_AFTER = [("con lai", "not_achieved"), ("chua dat", "not_achieved"), ("da dat", "achieved")]
_NOT = ["chua dat", "chua du dieu kien", "chua hoan thanh", "con thieu"]
_TARGET = ["phan dau", "muc tieu", "hoan thanh", "se dat", "du kien", "ke hoach", "phan dau dat", "dat chuan vao", "den nam"]
_ACHIEVED = ["da dat", "dat duoc", "dat", "co", "duoc cong nhan"]


def classify(before: str, after: str) -> str | None:
    """Kind from folded words just before and just after the count."""
    for cue, kind in _AFTER:
        if cue in after:
            return kind
    if any(c in before for c in _NOT):
        return "not_achieved"
    if any(re.search(rf"(?<![a-z]){c}(?![a-z])", before) for c in _TARGET):
        return "target"
    if any(re.search(rf"(?<![a-z]){c}(?![a-z])", before) for c in _ACHIEVED):
        return "achieved"
    return None


@fact("criteria_summary", CriteriaSummary, order=20)
def extract(doc: Document) -> list[CriteriaSummary]:
    text = doc.text
    folded = folded_text(doc)
    header_end = doc.info.header_end
    out = []
    for m in _COUNT.finditer(text):
        if m.start() < header_end:
            continue
        count = int(m.group("count"))
        total = int(m.group("total")) if m.group("total") else None
        if count == 0 or count > 40 or (total is not None and (total > 40 or count > total)):
            continue
        ls = text.rfind("\n", 0, m.start()) + 1
        ss = max(text.rfind(". ", ls, m.start()), text.rfind("; ", ls, m.start()))
        clause_start = ss + 2 if ss != -1 else ls
        before = folded[max(clause_start, m.start() - 160):m.start()]
        after = folded[m.end("count"):m.end() + 15]
        kind = classify(before, after)
        if kind is None:
            continue
        # "Bộ tiêu chí ... gồm 19 tiêu chí" describes the catalogue, not the commune
        if re.search(r"bo tieu chi[^.;]*$", before) and "da dat" not in before and "chua" not in before:
            continue
        s = m.start()
        cue = re.search(r"(?:đã\s+|chưa\s+)?đạt(?:\s+được)?\s*$", text[max(ls, s - 15):s])
        if cue:
            s = max(ls, s - 15) + cue.start()
        raw = text[s:m.end()].rstrip()
        years = re.findall(r"năm\s+((?:19|20)\d{2})", text[clause_start:min(len(text), m.end() + 40)])
        out.append(CriteriaSummary(raw=raw, start=s, end=s + len(raw), kind=kind, count=count, total=total,
                                   year=int(years[-1]) if years else None))
    for m in _COUNT_AFTER.finditer(text):
        if m.start() < header_end or any(o.start <= m.start("count") < o.end for o in out):
            continue
        count, total = int(m.group("count")), int(m.group("total"))
        if count > total or total > 40:
            continue
        kind = "not_achieved" if m.group("cue").lower().startswith("chưa") else "achieved"
        raw = text[m.start():m.end()]
        out.append(CriteriaSummary(raw=raw, start=m.start(), end=m.end(), kind=kind, count=count, total=total))
    out.sort(key=lambda o: o.start)
    return out
