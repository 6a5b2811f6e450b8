"""deadline_order: work due after the plan's own appraisal or recognition step, or after the plan period.

- The steps that bound the work: the plan's own unit appraised or recognised ("hồ sơ
  đề nghị thẩm định, công nhận xã đạt chuẩn", "đón đoàn thẩm định"); a school, a hamlet
  or a product "công nhận đạt chuẩn" is someone else's step. A district plan's steps are
  the district's and its communes' recognition.
- Status dates are not deadlines: a date under the account of the present, or in a task
  that says it is done ("đã hoàn thành"), is skipped.
- The plan period comes from the title ("giai đoạn 2021-2025"), else the plan year; a
  report-and-plan ("Báo cáo ... năm 2023 và kế hoạch ... năm 2024") is for the later year.
- Refused: a date past the period in a document that sets no period of work (news item,
  letter, resolution, report without "kế hoạch" in its title): no plan is running late.

>>> from extractors.engine import run
>>> from extractors.model import Document
>>> ex = run(Document.from_text("KẾ HOẠCH\\nXây dựng xã An Phú đạt chuẩn NTM năm 2024\\n"
...     "- Trình hồ sơ đề nghị thẩm định, công nhận xã đạt chuẩn trước ngày 30/9/2024.\\n"
...     "- Tiêu chí số 2: thi công đường trục xã trước ngày 30/11/2024."))
>>> [(f.expected, f.actual) for f in deadline_checks(ex.doc, ex.tables["deadlines"])]
[('2024-09-30', '2024-11-30')]
"""
from __future__ import annotations

import re
from collections import defaultdict

from ..fold import fold_keep_length
from ..model import Document, Figure, Finding
from .base import alternation, words

_OWN = {"xa": ["xã"], "huyen": ["huyện", "xã"], "tinh": ["tỉnh", "huyện"]}


def plan_period(doc: Document) -> tuple[int | None, int | None]:
    """(first, last) year of the plan: the title's range, the year after "kế hoạch" in a report-and-plan, the plan year."""
    title = doc.info.title or ""
    span = re.search(r"((?:19|20)\d{2})\s*[-–]\s*((?:19|20)\d{2})", title)
    if span:
        return int(span.group(1)), int(span.group(2))
    later = re.search(r"kế hoạch\b.*?\bnăm\s+((?:19|20)\d{2})", title, re.I)
    year = int(later.group(1)) if later else doc.info.plan_year
    return year, year


def sets_a_period(doc: Document) -> bool:
    """A plan or scheme, or a document whose title names one: only its dates can run past its period.

    >>> sets_a_period(Document.from_text("Tin tức\\nNgày 3/5/2023, huyện tổ chức hội nghị"))
    False
    """
    if doc.info.doc_type in words()["period_doc_types"]:
        return True
    return _has((doc.info.title or "").lower(), "period_title_words")


def _has(low: str, key: str) -> bool:
    return bool(re.search(rf"(?:^|[^\w])(?:{alternation(key)})(?![\w])", low))


def is_recognition(doc: Document, task: str) -> bool:
    """The plan's own unit appraised or recognised (not a school's, a hamlet's, a product's)."""
    low = task.lower()
    if not _has(low, "recognition_words") or not _has(low, "recognition_needs") or _has(low, "not_own_recognition"):
        return False
    own_names = {n for n in (doc.info.commune, doc.info.district) if n}
    for m in re.finditer(r"(?:^|[^\w])(?:xã|huyện)\s+((?:[A-ZĐ]\w*\s?){1,3})", task):
        if m.group(1).strip() not in own_names:
            return False  # another commune's recognition ("công nhận xã Tân An đạt chuẩn")
    levels = _OWN.get(doc.info.admin_level or "xa", ["xã"])
    all_levels = {"xã", "huyện", "tỉnh"}
    named = {w for w in all_levels if re.search(rf"(?:^|[^\w]){w}(?![\w])", low)}
    return not named or bool(named & set(levels))


def _status_date(doc: Document, d) -> bool:
    if any(sec.kind == "thuc_trang" for sec in doc.sections_above(d.start)):
        return True
    return any(w in d.task.lower() for w in words()["done_words"])


def _is_work(d) -> bool:
    """Work the appraisal needs done: a criterion's task, or building work; not paper (dossiers, reports)."""
    f = fold_keep_length(d.task)
    w = words()
    if d.precision not in ("day", "month") or not any(k in f for k in w["work_words"]):
        return False
    paper = w["dossier_words"] if "tieu chi so" in f else w["paper_words"]  # a criterion's own propaganda is its work
    return not any(k in f for k in paper)


def deadline_checks(doc: Document, deadlines: list) -> list[Finding]:
    first, last = plan_period(doc)
    live = [d for d in deadlines if not _status_date(doc, d)]
    out = []
    if last and sets_a_period(doc):
        for d in live:
            if int(d.date[:4]) > last:
                out.append(Finding.comparing(
                    "deadline_order", "warning",
                    f"Thời hạn «{d.raw}» ({d.date}) nằm ngoài thời kỳ của kế hoạch (đến hết năm {last}).",
                    [Figure(d.date, d.raw, d.start, d.end, "deadline")], f"{last}-12-31", d.date))
    recog = [d for d in live if is_recognition(doc, d.task)]
    if not recog:
        return out
    step = min(recog, key=lambda d: d.date)
    in_recog = {id(d) for d in recog}  # by identity: a list's "in" compares whole records, thousands times thousands
    late = defaultdict(list)
    for d in live:
        if id(d) in in_recog or not _is_work(d) or d.date <= step.date or (last and int(d.date[:4]) > last):
            continue
        late[d.date[:7]].append(d)
    for month, ds in sorted(late.items()):
        worst = max(ds, key=lambda d: d.date)
        out.append(Finding.comparing(
            "deadline_order", "warning",
            f"Công việc hạn «{worst.raw}» ({worst.task[:80]}) muộn hơn bước thẩm định/công nhận hạn «{step.raw}» "
            f"({step.task[:80]}) cần kết quả của nó: {worst.date} > {step.date}.",
            [Figure(step.date, step.raw, step.start, step.end, "step")]
            + [Figure(d.date, d.raw, d.start, d.end, "task") for d in ds], step.date, worst.date))
    return out
