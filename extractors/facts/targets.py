"""Numeric goals: metric, comparator, value, unit, year; actual figures kept as kind "actual".

>>> from extractors.model import Document
>>> d = Document.from_text("phấn đấu thu nhập bình quân đạt ≥ 68 triệu đồng/người/năm; tỷ lệ tham gia BHYT đạt trên 85%; có ít nhất 9 sản phẩm OCOP.")
>>> [(t.comparator, t.value, t.unit) for t in extract(d)]
[('>=', 68.0, 'triệu đồng/người/năm'), ('>', 85.0, '%'), ('>=', 9.0, 'sản phẩm OCOP')]
"""
from __future__ import annotations

from dataclasses import dataclass

import re

from ..model import Document, Span

from ..registry import fact
from ..common import first_char_guard, folded_text


@dataclass(kw_only=True)
class Target(Span):
    metric: str
    comparator: str
    value: float
    unit: str = ""
    year: int | None = None
    kind: str = "target"  # target | actual

_CMP_WORDS = ["≥", ">=", "≤", "<=", ">", "<", "=", "trên", "dưới", "từ", "ít nhất", "tối thiểu", "tối đa", "không quá",
              "không dưới", "không thấp hơn", "đạt", "có", "bằng"]
_CMP = "(?P<cmp>" + "|".join(map(re.escape, _CMP_WORDS)) + ")"
_NUM = r"(?P<num>\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)(?:\s*[-–]\s*(?P<num2>\d+(?:,\d+)?))?"
_UNIT = (r"(?P<unit>%|triệu\s+đồng\s*/\s*người\s*/\s*năm|triệu\s+đồng\s*/\s*người|triệu\s+đồng|triệu|"
         r"lần\s*/\s*(?:tháng|tuần|năm)|sản phẩm(?:\s+OCOP)?|mô hình|xã|thôn|xóm|hộ|km|ha|công trình|trường|tiêu chí)")
_TARGET_RX = re.compile(first_char_guard(_CMP_WORDS) + rf"(?:{_CMP}\s+)?{_NUM}\s*(?:/\s*(?P<of>\d+)\s*)?{_UNIT}(?![\w])", re.I)
_CMP_MAP = {"≥": ">=", ">=": ">=", "≤": "<=", "<=": "<=", ">": ">", "<": "<", "=": "=", "trên": ">", "dưới": "<",
            "từ": ">=", "ít nhất": ">=", "tối thiểu": ">=", "tối đa": "<=", "không quá": "<=", "không dưới": ">=",
            "không thấp hơn": ">=", "đạt": "=", "có": "=", "bằng": "="}
_GOAL = re.compile(r"phan dau|muc tieu|chi tieu|dat tren|dam bao|yeu cau|toi thieu|it nhat|can dat|hoan thanh|ke hoach|duoc cong nhan", re.I)


def _value(s: str) -> float:
    return float(s.replace(".", "").replace(",", "."))


@fact("targets", Target, order=60)
def extract(doc: Document) -> list[Target]:
    text = doc.text
    folded = folded_text(doc)
    plan_year = doc.info.plan_year
    header_end = doc.info.header_end
    end_body = next((s.start for s in doc.sections if s.kind in ("noi_nhan", "chu_ky")), len(text))
    from .legal_refs import citation_zones

    zones = citation_zones(doc)
    out = []
    for m in _TARGET_RX.finditer(text, header_end, end_body):
        unit = re.sub(r"\s+", " ", m.group("unit"))
        cmp_word = (m.group("cmp") or "").lower()
        if any(zs <= m.start() < ze for zs, ze in zones):
            continue
        ls = text.rfind("\n", 0, m.start()) + 1
        ss = max(text.rfind(". ", ls, m.start()), text.rfind("; ", ls, m.start()))
        clause = ss + 2 if ss != -1 else ls
        before_f = folded[clause:m.start()]
        if unit.lower() in ("triệu", "triệu đồng") and not re.search(r"thu nhap|binh quan", before_f):
            continue  # money, not a per-capita figure: the budgets table has it
        if unit.lower() == "tiêu chí":
            continue  # criteria counts are criteria_summary
        if unit.lower() in ("xã", "thôn", "xóm", "hộ", "km", "ha", "công trình", "trường", "mô hình") and not (m.group("of") or cmp_word or _GOAL.search(before_f)):
            continue
        kind = "target"
        upto_num = folded[clause:m.start("num")]
        if re.search(r"moi dat|da dat|hien nay|thuc hien duoc|uoc dat|uoc tinh|nam \d{4} (?:moi )?dat", upto_num) \
                and not _GOAL.search(upto_num[-25:]):
            kind = "actual"
        elif not (cmp_word or _GOAL.search(before_f) or m.group("of")):
            continue
        comparator = _CMP_MAP.get(cmp_word, "=")
        if m.group("num2") and comparator == "=":
            comparator = ">="
        value = _value(m.group("num"))
        metric_src = text[clause:m.start()].strip(" :,-+")
        metric_src = re.sub(r"^(?:[-+•*]|\d+[.)])\s*", "", metric_src)
        from ..nlp import metric_phrase

        metric = metric_phrase(metric_src)
        if unit.lower() not in ("%", "triệu đồng/người/năm", "triệu đồng/người", "triệu đồng", "triệu") and \
                not re.search(r"số|tỷ lệ|tần suất", metric.lower()):
            metric = f"số {unit}" + (f" ({metric})" if metric else "")  # a count: what is counted is the unit
        if unit.lower().startswith("sản phẩm") or unit.lower() in ("mô hình", "thôn", "xóm", "xã", "hộ"):
            metric = f"số {unit}" if not metric_src else metric
        years = re.findall(r"năm\s+((?:19|20)\d{2})", text[clause:min(len(text), m.end() + 60)])
        year = int(years[0]) if years else plan_year
        raw = text[m.start():m.end()]
        out.append(Target(raw=raw, start=m.start(), end=m.end(), metric=metric, comparator=comparator, value=value,
                          unit=unit + (f" (/{m.group('of')})" if m.group("of") else ""), year=year, kind=kind))
    return out
