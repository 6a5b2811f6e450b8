"""Deadlines: dates that time a task still to be done, tied to its task, units and criteria.

A date is a deadline when a relation word times something ("trước ngày
15/4/2024", "ngay trong năm 2024", "vào cuối năm nay", "trước 20/10") or when
it heads a timetable item ("Quý II/2023:", "- Tháng 5,6/2023 ...",
"Thời gian hoàn thành: tháng 11.2024").

Refuses (docs/genre.md §4b): dates identifying a cited document; stages
("giai đoạn 2021-2025"); the document's own date and dates before it; status
dates ("tính đến ngày …", "đến ngày 30/6/2024 xã đã đạt …"); past events
("Ngày 12/3/2024, …", "Sáng 14/9"); page stamps ("Cập nhật 08:15 20/5/2024");
effective dates ("có hiệu lực từ ngày …"); recognition years ("đạt chuẩn NTM
năm 2020"); reporting periods written without a relation ("kết quả 6 tháng đầu
năm"); bare years ("thu nhập năm 2022"); a plan's or programme's horizon ("Đề án …
đến năm 2030", "Chương trình … đến năm 2025") unless the clause sets a task; stages with
an ordinal ("giai đoạn II: từ năm 2026 đến năm 2030"); the end of a reported period
("kết quả … lũy kế đến hết tháng 8/2024"); a target's horizon, a year followed by a share or count of
units ("Cuối năm 2025, ít nhất 50% số xã …", "trong năm 2024 … có thêm 3 xã đạt chuẩn"); a baseline ("so với
cuối năm 2023"); a date in brackets after a title ("… năm 2024 (05/02/2024)"); a dated document named
without its symbol ("Quyết định số 37 ngày 09/12/2022"); a listing's stamp glued to its headline
("06/07/2025Xã …"), a span up to now ("Từ năm 2016 đến nay"), the document's own title repeated in its body (§4e). Keeps a deadline at a time of day ("chậm nhất vào
sáng ngày 30/3/2024") and a news line opening "Theo kế hoạch, trước ngày …"; with no plan year, a day
without a year takes the year of the page's time stamp (docs/genre.md §4d). Work is linear in the text: each line
is read once, however many dates it holds.

>>> from extractors.model import Document
>>> d = Document.from_text("- Làm xong bãi rác thôn Hạ trước ngày 20/5/2025.\\n- Theo Quyết định số 88/QĐ-UBND ngày 02/8/2023 về việc làm trong năm 2024;\\n- Tính đến ngày 30/6/2024, xã đã đạt 15 tiêu chí.")
>>> [(x.date, x.relation) for x in extract(d)]
[('2025-05-20', 'before')]
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

from ..common import alternation, fold_keep_length, load_data
from ..dates import DateMatch, find_dates
from ..headless import without_own_header
from ..model import Document, Span
from ..registry import fact, kind
from ..spans import Zones
from .deadlines_genre import cited_title_end, genre_refused, goal_follows, headline_repeats, unabbreviated
from .deadlines_reports import reports_refused
from .legal_refs import citation_zones


@dataclass(kw_only=True)
class Deadline(Span):
    date: str
    precision: str  # day | month | quarter | year
    relation: str  # before | by | during | from
    task: str = ""
    units: list[str] = field(default_factory=list)
    criteria: list[str] = field(default_factory=list)


VOCAB = {"stage_words": [str], "preamble_openings": [str], "preamble_types": [str], "timetable_labels": [str],
         "status_before": [str], "past_after": [str], "stamp_before": [str], "event_before": [str],
         "effective_before": [str], "recognition_before": [str], "horizon_names": [str], "horizon_keep": [str],
         "period_end": [str], "result_words": [str], "replaced_before": [str], "event_after": [str],
         "timed_relations": [str], "times_of_day": [str], "share_units": [str], "share_lead": [str],
         "share_task_before": [str], "dateline_words": [str], "since_after": [str], "byline_marks": [str],
         "subject_before": [str], "validity_after": [str], "goal_after": [str], "past_marks": [str], "plan_words": [str],
         "future_after": [str], "month_parts": [str], "issue_verbs": [str], "issue_marks": [str],
         "reported_words": [str], "obligation_marks": [str]}


def vocab() -> dict:
    """This kind's words (deadlines.yaml), checked against VOCAB."""
    return kind("deadlines").vocab(VOCAB)



@dataclass(frozen=True)
class _Cues:
    stage: re.Pattern
    preamble: re.Pattern
    label: re.Pattern
    refuse_before: re.Pattern
    since: re.Pattern
    recognition: re.Pattern
    past_after: re.Pattern
    horizon: re.Pattern
    horizon_keep: re.Pattern
    period_end: re.Pattern
    results: re.Pattern
    event_after: re.Pattern
    replaced: re.Pattern
    timed: re.Pattern
    future: re.Pattern
    share: re.Pattern
    share_task: re.Pattern
    cited: re.Pattern


@lru_cache(maxsize=1)
def _cues() -> _Cues:
    w = vocab()
    refuse = [*w["status_before"], *w["stamp_before"], *w["effective_before"]]
    return _Cues(
        # "giai đoạn 2021-2025, …", "giai đoạn I: từ năm 2021 đến năm 2025"
        stage=re.compile(rf"(?:^|[^a-z])(?:{alternation(w['stage_words'])})\s*(?:[ivx]{{1,4}}\s*:|\d\s*:)?\s*(?:\d{{4}}\s*[-–]\s*\d{{4}})?"
                         rf"\s*(?:tu\s+(?:nam\s+)?\d{{4}}\s*)?,?\s*$"),
        preamble=re.compile(rf"[ \-+*•]*(?:{alternation(w['preamble_openings'])})\s+(?:cac\s+)?(?:{alternation(w['preamble_types'])})\b(?!\s*,)"),
        label=re.compile(rf"\s*(?:{alternation(w['timetable_labels'])})[^:]{{0,30}}:\s*$"),
        # a time of day stands right before its day ("sáng 14/9", "chiều ngày 5/3"), never after a comma:
        # "… về Nghèo đa chiều, trong tháng 6/2025" is a criterion's name
        # "tính đến (trung tuần) tháng 12/2016": a part of the month between the status word and the date
        refuse_before=re.compile(rf"(?:^|[^a-z])(?:(?:{alternation(refuse)})\s*(?:(?:{alternation(w['month_parts'])})\s+)?(?:ngay\s*)?[,:(]?"
                                 rf"|(?:{alternation(w['event_before'])})\s*(?:ngay\s*)?)\s*(?:\d{{1,2}}[:h]\d{{2}}\W*)?$"),
        since=re.compile(rf"\s*,?\s*(?:{alternation(w['since_after'])})(?![a-z])"),
        recognition=re.compile(rf"(?:^|[^a-z])(?:{alternation(w['recognition_before'])})\b[^,;.\n]{{0,40}}$"),
        past_after=re.compile(rf"(?<!\w)(?:{alternation(w['past_after'])})(?!\w)"),
        horizon=re.compile(rf"(?:^|[^a-z])(?:{alternation(w['horizon_names'])})(?![a-z])"),
        horizon_keep=re.compile(rf"(?:^|[^a-z])(?:{alternation(w['horizon_keep'])})(?![a-z])"),
        period_end=re.compile(rf"(?:{alternation(w['period_end'])})(?![a-z])"),
        results=re.compile(rf"(?:^|[^a-z])(?:{alternation(w['result_words'])})(?![a-z])"),
        # "…, ngày 4-6-2010, Thủ tướng Chính phủ ban hành …": the day of a past act, in mid-sentence
        replaced=re.compile(rf"(?:^|[^a-z])(?:{alternation(w['replaced_before'])})\s*$"),
        event_after=re.compile(rf"\s*,[^,;.\n]{{0,60}}?(?<![a-z])(?:{alternation(w['event_after'])})(?![a-z])"),
        # "chậm nhất vào sáng ngày 30/3/2024": a deadline at a time of day, not a news dateline
        timed=re.compile(rf"(?:^|[^a-z])(?:{alternation(w['timed_relations'])})\s+(?:vao\s+)?"
                         rf"(?:{alternation(w['times_of_day'])})\s*(?:ngay\s*)?$"),
        # "Từ ngày 5 - 9/5/2026, tổ chấm thi sẽ chấm …": the clause after the date says it is still to come
        future=re.compile(rf"[^;.\n]{{0,80}}?(?<![a-z])(?:{alternation(w['future_after'])})(?![a-z])"),
        # "Cuối năm 2025, ít nhất 50% số xã …", "trong năm 2024 … có thêm 3 xã": a target's horizon
        share=re.compile(rf"[^;.\n]{{0,60}}?(?<![a-z])(?:{alternation(w['share_lead'])})\s+(?:\d+(?:[.,]\d+)?\s*%"
                         rf"|\d+(?:/\d+)?\s+(?:so\s+)?(?:{alternation(w['share_units'])})(?![a-z]))"),
        share_task=re.compile(rf"(?:^|[^a-z])(?:{alternation(w['share_task_before'])})[^,;:.\n]{{0,30}}$"),
        # "Quyết định số 37 ngày 09/12/2022": a document named without its symbol, dated
        cited=re.compile(rf"(?:^|[^a-z])(?:{alternation(w['preamble_types'])})\s+(?:so\s+)?\d+(?:/[\w\-]+)*\s*(?:ngay\s*)?$"),
    )


_DATE_LINE = re.compile(r"\W*[^\W\d][^,\n]{1,40},\s*ngày\s*(?:\d{1,2})?\s*tháng\s*(?:\d{1,2})?\s*năm\s*\d{4}\W*$", re.I)
_BULLET = re.compile(r"\s*(?:[-+•*–]\s*)?$")
_TIME = re.compile(r"\W{0,3}\d{1,2}\s*[:h]\s*\d{2}")
_TIME_BEFORE = re.compile(r"\d{1,2}\s*[:h]\s*\d{2}'?\W{0,3}(?:ngay\s*)?$")
_DAY_WORD = re.compile(r"ngay\s*$")


@lru_cache(maxsize=1)
def _event_head() -> re.Pattern:
    """A news dateline, perhaps after its agency's tag: "(TTXVN) - Ngày 3/4/2024, …", "(ABC).- Tối 17-1-2012, …"."""
    words, day = alternation(vocab()["dateline_words"]), re.escape(load_data("dates.yaml")["day_word"])
    return re.compile(rf"\s*(?:\([^()\n]{{2,12}}\)\s*\.?\s*[-–—]?\s*)?(?:[-+•*–]\s*)?(?P<day>{words})\s+(?:{day}\s+)?"
                      r"\d{1,2}\s*[/.\-]\s*\d{1,2}(?:\s*[/.\-]\s*\d{4})?\s*(?:,|\.\s+(?=[A-ZĐ]))")


class _Lines:
    """Line bounds by bisection over the line starts, found once per document."""

    def __init__(self, text: str):
        self.starts = [0] + [m.end() for m in re.finditer("\n", text)]
        self.n = len(text)

    def bounds(self, pos: int) -> tuple[int, int]:
        i = bisect_right(self.starts, pos) - 1
        end = self.starts[i + 1] - 1 if i + 1 < len(self.starts) else self.n
        return self.starts[i], end


def task_text(text: str, start: int, end: int, ls: int, le: int) -> str:
    """The bullet or sentence a date times, without its list marker (at most 300 characters each side)."""
    lo, hi = max(ls, start - 300), min(le, end + 300)
    cut = max(text.rfind(". ", lo, start), text.rfind("; ", lo, start))
    a = cut + 2 if cut != -1 else lo
    stops = [i for i in (text.find(". ", end, hi), text.find("; ", end, hi)) if i != -1]
    task = text[a:min(stops) if stops else hi].strip()
    task = re.sub(r"^(?:[-+•*–]|\d+(?:\.\d+)*[.)/]|[a-zđ][.)/])\s*", "", task)
    return task[:300]


def _stamp_or_title(doc: Document, dm: DateMatch) -> bool:
    """A listing's stamp glued to the next word ("06/07/2020Với …"), a span up to now ("Từ năm 2010 đến nay"),
    or the document's own title repeated in its body ("Ban hành Quy định … đến năm 2020")."""
    text, folded = doc.text, doc.folded
    if dm.relation is None and text[dm.end:dm.end + 1].isalpha():
        return True
    if dm.relation == "from" and _cues().since.match(folded, dm.end):
        return True
    title = doc.info.title
    if not title:
        return False
    words = folded[max(0, dm.start - 60):dm.end].split()[-8:]  # the date and the words before it, as the title has them
    folded_title = doc.memo("deadlines.folded_title", lambda: " ".join(fold_keep_length(title).split()))
    return len(words) >= 6 and " ".join(words) in folded_title


def _refused(doc: Document, dm: DateMatch, ls: int, le: int) -> bool:
    """True when the words around the date say it is not a task's deadline (see the module docstring)."""
    text, folded, cues = doc.text, doc.folded, _cues()
    s = dm.start
    if _stamp_or_title(doc, dm) or genre_refused(doc, dm, ls, le) or reports_refused(doc, dm, ls, le):
        return True
    before_f = folded[max(ls, s - 40):dm.expr_start]  # with the relation word: "tính đến", "có hiệu lực kể từ"
    timed = cues.timed.search(before_f)  # "chậm nhất vào sáng ngày …" is a deadline
    refused = cues.refuse_before.search(before_f) or cues.refuse_before.search(folded, max(ls, s - 40), s)
    if (refused and not timed) or _TIME.match(text, dm.end, min(le, dm.end + 12)) \
            or _TIME_BEFORE.search(before_f) or cues.cited.search(before_f):
        return True  # a status, a stamp, an event, an effective date, an unnumbered citation
    if dm.relation is None and text[max(ls, s - 3):s].rstrip().endswith("(") and text[dm.end:dm.end + 3].lstrip().startswith(")"):
        return True  # "… năm 2017 (07/07/2017)": a publication date glued to a title
    if dm.precision == "year" and dm.relation in ("by", "during") and not cues.share_task.search(folded[max(ls, s - 40):s]) \
            and (cues.share.match(folded, dm.end, _wrapped_end(text, le)) or goal_follows(doc, dm, le)):
        return True  # "Cuối năm 2025, ít nhất 50% số xã …": a target's horizon (§4d)
    if dm.precision == "year" and cues.stage.search(folded[max(ls, s - 40):s]):
        return True  # a stage: "giai đoạn 2021-2025, định hướng đến năm 2030"
    if dm.relation == "by" and _horizon_or_period_end(doc, dm, ls):
        return True  # "Đề án … đến năm 2020" (a horizon); "kết quả … đến hết tháng 9/2023" (a reported period)
    past_year = doc.info.plan_year and int(dm.date[:4]) < doc.info.plan_year
    if dm.precision == "year" and past_year and cues.recognition.search(before_f):
        return True  # a recognition year: "được công nhận đạt chuẩn NTM năm 2020"
    if dm.form == "half" and dm.start == dm.expr_start:
        return True  # "6 tháng đầu năm" without a relation word: a reporting period
    if dm.relation == "by" or (dm.relation == "during" and text.startswith(",", dm.end)):  # not a timetable head
        # ("Tháng 4: … đã đạt"); "…, trong 6 tháng đầu năm 2016, Hội … đã vận động …": results reported (§4h)
        clause_end = min([i for i in (text.find(";", dm.end, le), text.find(". ", dm.end, le)) if i != -1] or [le])
        if cues.past_after.search(text, dm.end, min(clause_end, dm.end + 160)):
            return True  # "đến ngày 30/6/2024, xã đã đạt …": a status
    head = _event_head().match(text, ls, dm.end + 4)
    if head and dm.start - head.end("day") < 8:
        return True  # "Ngày 12/3/2024, UBND xã tổ chức …": a past event
    if cues.replaced.search(folded, max(ls, s - 30), s):
        return True  # "(thay cho trước tháng 6/2020 …)": a deadline that no longer holds
    day_word = folded.startswith("ngay", s) or _DAY_WORD.search(folded, max(ls, s - 6), s)
    if dm.relation is None and day_word and cues.event_after.match(unabbreviated(text, folded, dm.end, min(le, dm.end + 90))):
        return True  # "…, ngày 4-6-2010, Thủ tướng Chính phủ ban hành …": a past act
    issued = doc.info.issue_date  # a dated day with no relation word, on or before the document's date: past
    return bool(dm.relation is None and dm.precision == "day" and issued and len(issued) == 10 and dm.date <= issued)


def _wrapped_end(text: str, le: int) -> int:
    """The end of the next line when the line at ``le`` is cut mid-sentence (a PDF wraps "… đến năm 2023 là" ⏎
    "100%."), else ``le``."""
    if le >= len(text) or text[:le].rstrip()[-1:] in ".;:!?":
        return le
    nxt = text.find("\n", le + 1)
    line = text[le + 1: len(text) if nxt == -1 else nxt]
    if not line.strip() or line.lstrip()[:1] in "-+•*–":
        return le  # a new item
    return len(text) if nxt == -1 else nxt


def _horizon_or_period_end(doc: Document, dm: DateMatch, ls: int) -> bool:
    """The clause before a "đến …" date names a plan or programme (a year: its horizon) or results
    ("đến hết …": the end of the period they cover); "TP." in "UBND TP. Hà Nội" ends no clause."""
    cues, folded = _cues(), doc.folded
    before = unabbreviated(doc.text, folded, max(ls, dm.start - 160), dm.start)
    cut = max(before.rfind(c) for c in ",;:.(")
    clause = before[cut + 1:]
    if dm.precision == "year" and cues.horizon.search(clause) and not cues.horizon_keep.search(clause):
        return True
    if dm.precision == "year" and cited_title_end(doc, dm, ls):
        return True  # "… ban hành Kế hoạch số 236/KH-UBND về <trích yếu> đến năm 2025": the cited title's horizon
    sentence = before[max(before.rfind(c) for c in ";:.(") + 1:]  # results may be listed with commas
    return bool(cues.period_end.match(folded, dm.start) and cues.results.search(sentence)
                and not cues.horizon_keep.search(sentence))  # "gửi báo cáo kết quả … đến hết ngày …": a deadline


def _relation(doc: Document, dm: DateMatch, ls: int) -> str | None:
    """The written relation, or the one a timetable head implies; None when the date times nothing."""
    if dm.relation is not None:
        return dm.relation
    text = doc.text
    window = text[max(ls, dm.start - 80):dm.start]
    pipe = window.rfind(" | ")
    if pipe != -1:
        cell = window[pipe + 3:]
    elif dm.start - ls <= 80:
        cell = window
    else:
        cell = "x"  # a long run of words before: not the head of a line or cell
    at_head = bool(_BULLET.match(cell)) or bool(_cues().label.match(fold_keep_length(cell)))
    if dm.precision == "year":
        return None  # a bare year: "thu nhập năm 2022", "kế hoạch năm 2024"
    if dm.precision == "day":  # "15/4" alone is too often a ratio or an item number; in a text with no header (a
        # news item, a web page) a dated day without a relation word is a stamp, an event or a citation (§4g)
        headless = without_own_header(doc.info)
        timed = _cues().timed.search(fold_keep_length(window[-40:]))  # "chậm nhất vào sáng ngày …"
        kept = at_head or timed or not headless or _cues().future.match(doc.folded, dm.end)
        return "by" if dm.has_year and kept else None
    return "during" if at_head or dm.has_year else None


def _line_kind(doc: Document, ls: int, le: int) -> str:
    """"date_line" (the document's own date), "preamble" (a legal basis) or "body". A hard-wrapped line
    (it opens in lower case after a line with no closing mark) is read with the line it continues."""
    if _DATE_LINE.match(doc.text, ls, le):
        return "date_line"
    head = _logical_start(doc.text, ls)
    if _cues().preamble.match(doc.folded, head, le) or _wrapped_preamble(doc, head):
        return "preamble"
    return "body"


_NEW_ITEM = re.compile(r"\s*(?:[-+•*–]|\(?\d{1,3}[.)]|[IVX]{1,4}\.)")


def _wrapped_preamble(doc: Document, ls: int, most: int = 6) -> bool:
    """A line hard-wrapped inside a legal basis before a capital ("… của UBND huyện Đô" ⏎ "Lương về … năm YYYY;",
    a TXT copied from a PDF): the line right above, with no closing mark, goes back to a "Căn cứ" line. An item
    mark opens a new line; a miss here is only a deadline kept in the body."""
    text = doc.text
    for _ in range(most):
        if ls < 2 or text[ls - 1] != "\n" or text[ls - 2] == "\n" or _NEW_ITEM.match(text, ls):
            return False
        prev = text.rfind("\n", 0, ls - 1) + 1
        line = text[prev:ls - 1].rstrip()
        if not line or line[-1] in ".;:!?|":
            return False
        if _cues().preamble.match(doc.folded, prev, ls - 1):
            return True
        ls = prev
    return False


_WRAPPED = re.compile(r"[^\W\d_]", re.U)


def _logical_start(text: str, ls: int, most: int = 6) -> int:
    """The start of the first line of the sentence a hard-wrapped line continues (at most ``most`` lines up)."""
    for _ in range(most):
        if ls == 0 or not _WRAPPED.match(text, ls) or not text[ls].islower():
            return ls
        prev_end = ls - 1
        prev = text.rfind("\n", 0, prev_end) + 1
        line = text[prev:prev_end].rstrip()
        if not line or line[-1] in ".;:!?|":
            return ls
        ls = prev
    return ls


_STAMP = re.compile(r"(?:\d{1,2}\s*[:h]\s*\d{2}\W{1,4})?\d{1,2}[/.\-]\d{1,2}[/.\-](?P<y>(?:19|20)\d{2})(?:\W{1,4}\d{1,2}\s*[:h]\s*\d{2})?")


def _stamp_year(text: str, head: int = 400) -> int | None:
    """With no plan year, the year of the page's time stamp near its top ("13/07/2020 11:11", "16:36 | 14/10/2020"),
    so "trước ngày 31.7" in a news item takes the year it was written in; None when there is no stamp."""
    for m in _STAMP.finditer(text, 0, min(len(text), head)):
        if m.group(0)[:1].isdigit() and (":" in m.group(0) or "h" in m.group(0)):
            return int(m.group("y"))
    return None


@fact("deadlines", Deadline, order=30)
def extract(doc: Document) -> list[Deadline]:
    text, plan_year = doc.text, doc.info.plan_year
    zones = Zones(citation_zones(doc))
    lines = doc.memo("line_index", lambda: _Lines(text))
    header_end = doc.info.header_end
    sig_start = next((s.start for s in doc.sections if s.kind in ("chu_ky", "noi_nhan")), len(text))
    from ..links import context_links

    kinds: dict[int, str] = {}
    links: dict[int, tuple[list[str], list[str]]] = {}  # one look-up per line: a line's dates share its links
    out: list[Deadline] = []
    for dm in find_dates(text, plan_year or _stamp_year(text)):
        s, e = dm.start, dm.end
        brk = text.rfind("\f", s, e)
        if brk != -1:  # "trước ngày" ⏎ (new page) "15/10/2024": the span starts on the date's page
            s = brk + 1 + len(text[brk + 1:e]) - len(text[brk + 1:e].lstrip())
        if s < header_end or s >= sig_start or zones.holds(dm.expr_start):
            continue
        ls, le = lines.bounds(s)
        if kinds.setdefault(ls, _line_kind(doc, ls, le)) != "body" or _refused(doc, dm, ls, le):
            continue
        relation = _relation(doc, dm, ls)
        if relation is None:
            continue
        if plan_year and dm.precision == "year" and int(dm.date[:4]) < plan_year and relation == "during":
            continue  # "trong năm 2022 đã ..." reports the past
        sec = doc.section_at(s)
        if sec is not None and sec.kind == "thuc_trang" and plan_year and int(dm.date[:4]) < plan_year:
            continue
        if ls not in links:
            links[ls] = context_links(doc, s)
        units, criteria = links[ls]
        out.append(Deadline(raw=text[s:e], start=s, end=e, date=dm.date, precision=dm.precision, relation=relation,
                            task=task_text(text, s, e, ls, le), units=list(units), criteria=list(criteria)))
    return headline_repeats(doc, out)
