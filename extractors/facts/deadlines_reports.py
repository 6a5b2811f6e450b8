"""Deadline refusals of the seventh real-page audit (docs/genre.md §4i; session 12, helper s12d, issue 14).

Refuses: the past approval or issue of a document dated after "vào" ("… được <cơ quan> phê duyệt đề án vào đầu
tháng 1-2019", "… đã ban hành kế hoạch vào tháng 3/2024"): the date identifies the document, it times no task;
and, in a text with no header (a news item), a span of days opening the lead with a comma after it and no mark
of the future ("Từ ngày 25/10 đến ngày 05/11, <đơn vị> tổ chức đánh giá …": an activity reported), and a "đến …"
date closing the results the item reports ("đánh giá tình hình, tiến độ thực hiện … đến tháng 9/2019").
Keeps: a task with its relation word ("trình UBND huyện phê duyệt trước tháng 6/2024"), "hoàn thành vào tháng
6/2024", a span still to come ("Từ ngày 5 đến ngày 9/5, tổ chấm thi sẽ chấm …"), a plan's own span (it has a
header), "gửi báo cáo kết quả thực hiện … đến ngày …" (a horizon_keep word), and, in a news item, a year after a mark of obligation in its clause ("Các xã phải
lập kế hoạch … từ cuối năm 2020", see ``obliged``; §4g refuses the other prose years).
The words are data (deadlines.yaml: issue_verbs, issue_marks, reported_words, obligation_marks, future_after,
horizon_keep).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..common import alternation
from ..dates import DateMatch
from ..headless import without_own_header
from ..model import Document

_DAY = r"\d{1,2}\s*[/.\-]\s*\d{1,2}(?:\s*[/.\-]\s*\d{4})?"
# "Từ ngày 25/10 đến ngày 05/11, …" (folded), perhaps after a list mark; the comma closes the span
_SPAN_HEAD = re.compile(rf"\s*(?:[-+•*–]\s*)?tu\s+ngay\s+{_DAY}\s*(?:den|[-–])\s*(?:het\s+)?(?:ngay\s+)?{_DAY}\s*,")


@dataclass(frozen=True)
class _ReportCues:
    issued: re.Pattern
    future: re.Pattern
    reported: re.Pattern
    keep: re.Pattern
    obliged: re.Pattern


@lru_cache(maxsize=1)
def _cues() -> _ReportCues:
    from .deadlines import vocab

    w = vocab()
    return _ReportCues(
        issued=re.compile(rf"(?:^|[^a-z])(?:{alternation(w['issue_marks'])})\s[^,;:.\n]{{0,60}}?(?<![a-z])"
                          rf"(?:{alternation(w['issue_verbs'])})(?![a-z])[^,;:.\n]{{0,50}}?(?<![a-z])vao"
                          r"(?:\s+(?:dau|giua|cuoi))?\s*$"),
        future=re.compile(rf"[^;.\n]{{0,80}}?(?<![a-z])(?:{alternation(w['future_after'])})(?![a-z])"),
        reported=re.compile(rf"(?:^|[^a-z])(?:{alternation(w['reported_words'])})(?![a-z])"),
        keep=re.compile(rf"(?:^|[^a-z])(?:{alternation(w['horizon_keep'])})(?![a-z])"),
        # "Các xã phải lập kế hoạch … từ cuối năm 2020" (not "không phải"): no comma, semicolon or stop between
        obliged=re.compile(rf"(?:^|[^a-z])(?<!khong )(?:{alternation(w['obligation_marks'])})\s[^,;:.\n]{{0,100}}$"),
    )


def _issue_date(folded: str, dm: DateMatch, ls: int) -> bool:
    """"… được Thủ tướng phê duyệt đề án vào đầu tháng 1-2019": the date a document was approved or issued."""
    if dm.relation not in (None, "during", "by"):  # "vào (cuối) tháng …" reads as "by" or "during"
        return False
    before = folded[max(ls, dm.expr_start - 140):dm.expr_start]
    return bool(_cues().issued.search(before))


def _reported_span(folded: str, dm: DateMatch, ls: int) -> bool:
    """A news lead opening with a span of days and a comma, no mark of the future after it."""
    m = _SPAN_HEAD.match(folded, ls)
    if not m or not ls <= dm.start < m.end():
        return False
    return not _cues().future.match(folded, m.end())


def _reported_results(folded: str, dm: DateMatch, ls: int) -> bool:
    """"… tình hình, tiến độ thực hiện Chương trình … đến tháng 9/2019": the end of the period the item reports."""
    if dm.relation != "by":
        return False
    before = folded[max(ls, dm.expr_start - 160):dm.expr_start]
    sentence = before[max(before.rfind(c) for c in ";.(") + 1:]
    return bool(_cues().reported.search(sentence)) and not _cues().keep.search(sentence)


def obliged(doc: Document, dm: DateMatch, ls: int) -> bool:
    """A mark of obligation before the date in its clause ("Các xã phải lập kế hoạch … từ cuối năm 2020"): in a
    text with no header, its year times a task the text sets."""
    return bool(_cues().obliged.search(doc.folded, max(ls, dm.start - 120), dm.start))


def reports_refused(doc: Document, dm: DateMatch, ls: int, le: int) -> bool:
    """True when one of this module's forms (see the module docstring) says the date times no task."""
    folded = doc.folded
    if _issue_date(folded, dm, ls):
        return True
    if not without_own_header(doc.info):
        return False
    return _reported_span(folded, dm, ls) or _reported_results(folded, dm, ls)
