"""Deadlines: dates that time a task, each occurrence, tied to its task, units and criteria.

A date is a deadline when a relation word times something ("trước ngày
15/4/2024", "trong năm 2024", "vào cuối năm 2023") or when it heads a
timetable item ("Quý II/2023:", "- Tháng 5,6/2023 ..."). Dates that identify a
cited document, stages ("giai đoạn 2021-2025"), the document's own date, the
title's year and bare years ("thu nhập năm 2022") are not deadlines.

>>> from extractors.model import Document
>>> d = Document.from_text("- Hoàn thiện hồ sơ trước ngày 15/4/2024.\\n- Theo Quyết định số 12/QĐ-UBND ngày 15/9/2022 về việc làm trong năm 2023;")
>>> [(x.date, x.relation) for x in extract(d)]
[('2024-04-15', 'before')]
"""
from __future__ import annotations

from dataclasses import dataclass, field

import re

from ..model import Document, Span

from ..registry import fact
from ..common import fold_keep_length
from ..dates import find_dates
from .legal_refs import citation_zones


@dataclass(kw_only=True)
class Deadline(Span):
    date: str
    precision: str  # day | month | quarter | year
    relation: str  # before | by | during | from
    task: str = ""
    units: list[str] = field(default_factory=list)
    criteria: list[str] = field(default_factory=list)

_STAGE_BEFORE = re.compile(r"(?:giai đoạn|nhiệm kỳ|định hướng|tầm nhìn|kỳ)\s*(?:\d{4}\s*[-–]\s*\d{4})?\s*,?\s*$", re.I)
_PREAMBLE = re.compile(r"^(?:can cu|thuc hien|theo|trien khai)\s+(?:cac\s+)?(?:quyet dinh|nghi quyet|ke hoach|thong tu|chi thi|"
                       r"thong bao|chuong trinh|de an|nghi dinh|cong van|van ban|luat)\b")
_DATE_LINE = re.compile(r"^\W*[^\W\d][^,\n]{1,40},\s*ngày\s*(?:\d{1,2})?\s*tháng\s*(?:\d{1,2})?\s*năm\s*\d{4}\W*$", re.I)
_LINE_HEAD = re.compile(r"^\s*(?:[-+•*–]\s*)?$")


def _line_bounds(text: str, pos: int) -> tuple[int, int]:
    s = text.rfind("\n", 0, pos) + 1
    e = text.find("\n", pos)
    return s, (len(text) if e == -1 else e)


def task_text(text: str, start: int, end: int) -> str:
    """The bullet or sentence a date times, without its list marker."""
    ls, le = _line_bounds(text, start)
    line = text[ls:le]
    # a sentence inside a long line
    rel_s = start - ls
    sent_start = max(line.rfind(". ", 0, rel_s), line.rfind("; ", 0, rel_s))
    sent_end_candidates = [i for i in (line.find(". ", end - ls), line.find("; ", end - ls)) if i != -1]
    a = sent_start + 2 if sent_start != -1 else 0
    b = min(sent_end_candidates) if sent_end_candidates else len(line)
    task = line[a:b].strip()
    task = re.sub(r"^(?:[-+•*–]|\d+(?:\.\d+)*[.)/]|[a-zđ][.)/])\s*", "", task)
    return task[:300]


@fact("deadlines", Deadline, order=30)
def extract(doc: Document) -> list[Deadline]:
    text = doc.text
    plan_year = doc.info.plan_year
    zones = citation_zones(doc)
    header_end = doc.info.header_end
    sig_start = next((s.start for s in doc.sections if s.kind in ("chu_ky", "noi_nhan")), len(text))
    from ..links import context_links

    out: list[Deadline] = []
    for dm in find_dates(text, plan_year):
        s, e = dm.start, dm.end
        if s < header_end or s >= sig_start:
            continue
        if any(zs <= dm.expr_start < ze for zs, ze in zones):
            continue
        ls, le = _line_bounds(text, s)
        if _DATE_LINE.match(text[ls:le]):
            continue  # "Tân Linh, ngày 05 tháng 3 năm 2024": the document's own date
        line_f = fold_keep_length(text[ls:le]).lstrip(" -+*•")
        if _PREAMBLE.match(line_f):
            continue  # a legal basis: its dates and years identify documents
        before = text[max(ls, s - 40):s]
        if dm.precision == "year" and _STAGE_BEFORE.search(before):
            continue  # "giai đoạn 2021-2025, định hướng đến năm 2030": a stage, not a task
        relation = dm.relation
        if relation is None:
            cell = text[ls:s].rsplit(" | ", 1)[-1]  # in a timetable row a cell begins like a line
            at_head = bool(_LINE_HEAD.match(cell)) or bool(re.match(r"^\s*(?:Thời gian|thời gian|Thời hạn|thời hạn)[^:]{0,30}:\s*$", cell))
            if dm.precision == "year":
                continue  # a bare year: "thu nhập năm 2022", "kế hoạch năm 2024"
            if dm.precision == "day":
                if not dm.has_year:
                    continue  # "15/4" alone is too often a ratio or an item number
                relation = "by"
            elif at_head or dm.has_year:
                relation = "during"
            else:
                continue
        if plan_year and dm.precision == "year" and int(dm.date[:4]) < plan_year and relation == "during":
            continue  # "trong năm 2022 đã ..." reports the past
        sec = doc.section_at(s)
        if sec is not None and sec.kind == "thuc_trang" and plan_year and int(dm.date[:4]) < plan_year:
            continue
        raw = text[s:e]
        units, criteria = context_links(doc, s)
        out.append(Deadline(raw=raw, start=s, end=e, date=dm.date, precision=dm.precision, relation=relation,
                            task=task_text(text, s, e), units=units, criteria=criteria))
    return out
