"""Money for the programme: amount, role, purpose, source of funds, criteria.

Roles: item (a cost line), total (a stated total), source (a funding source),
gap ("còn thiếu", "Cân đối A-B"), spent (results of past years), other.
Per-capita income and unit prices ("triệu đồng/người/năm", "đồng/kg") are
targets or prices, never budgets.

>>> from pipeline.model import Document
>>> d = Document.from_text("- Giao thông: dự kiến kinh phí 17,5 tỷ đồng.\\n(Tổng kinh phí là 23,8 tỷ đồng)\\n- Vốn ngân sách tỉnh 2 tỷ\\n(xã còn thiếu 13,3 tỷ)")
>>> [(b.amount_vnd, b.role) for b in extract(d)]
[(17500000000, 'item'), (23800000000, 'total'), (2000000000, 'source'), (13300000000, 'gap')]
"""
from __future__ import annotations

import re

from pipeline.model import Budget, Document

from . import register
from .common import fold_keep_length, load_data
from .money import find_amounts

_PER = re.compile(r"^\s*/\s*(?:người|hộ|khẩu|năm|tháng|kg|tấn|m2|m²|m3|ha|km|con|lô|suất|ngày|lao động|học sinh|sản phẩm)", re.I)


def _source_of(folded: str) -> str | None:
    for key, label in load_data("budget_words.yaml")["sources"]:
        if key in folded:
            return label
    return None


def role_of(line_f: str, before_f: str, after_f: str, section_kind: str | None) -> str:
    """Role from folded context: the clause before the amount, its line and what follows."""
    w = load_data("budget_words.yaml")
    if any(k in before_f for k in w["gap"]) or any(k in after_f[:25] for k in ("con thieu",)):
        return "gap"
    if re.search(r"(?:^|\W)(?:" + "|".join(w["total"]) + r")(?:\W|$)", before_f):
        return "total"
    if any(k in line_f for k in w["spent"]):
        return "spent"
    if any(k in before_f for k in w["source_words"]) or _source_of(before_f) and not any(k in before_f for k in w["item"]):
        return "source"
    if any(k in line_f for k in w["item"]) or section_kind == "kinh_phi":
        return "item"
    return "other"


@register("budgets")
def extract(doc: Document) -> list[Budget]:
    text = doc.text
    folded = fold_keep_length(text)
    header_end = doc.meta.get("_header_end") or 0
    from .links import context_links
    from .legal_refs import citation_zones

    zones = citation_zones(doc)
    out = []
    for s, e, vnd, prec, unit in find_amounts(text):
        if s < header_end or vnd <= 0:
            continue
        if _PER.match(text[e:e + 20]):
            continue  # a rate or a price, not an amount
        if any(zs <= s < ze for zs, ze in zones):
            continue
        ls = text.rfind("\n", 0, s) + 1
        le = text.find("\n", e)
        le = len(text) if le == -1 else le
        line_f = folded[ls:le]
        clause = max(folded.rfind(";", ls, s), folded.rfind(". ", ls, s), folded.rfind("(", ls, s) - 1)
        before_f = folded[max(ls, clause + 1):s]
        if re.search(r"thu nhap|binh quan|dau nguoi", before_f[-60:]):
            continue  # per-capita income is a target
        sec = doc.section_at(s)
        role = role_of(line_f, before_f, folded[e:le], sec.kind if sec else None)
        units, criteria = context_links(doc, s)
        purpose = _purpose(text, ls, s)
        out.append(Budget(raw=text[s:e], start=s, end=e, amount_vnd=vnd, role=role, purpose=purpose,
                          source_of_funds=_source_of(line_f), criteria=criteria, precision_vnd=prec))
    return out


def _purpose(text: str, ls: int, s: int) -> str:
    p = text[ls:s]
    p = re.sub(r"^\s*(?:[-+•*–]|\d+(?:\.\d+)*[.)/]|[a-zA-Zđ][.)/])\s*", "", p)
    p = re.sub(r"(?:dự kiến\s+)?(?:kinh phí|là|khoảng|với|:|=|\|)\s*$", "", p.strip(), flags=re.I).strip(" ,;:|")
    return p[:200]
