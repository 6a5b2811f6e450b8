"""Deadline refusals of the fifth real-page audit (docs/genre.md §4f; issue 14, session 10, helper s10b).

Refuses: a bare date ending a short line with no label (a portal's category stamp, "Kinh tế 12-05-2023";
a page stamp alone on its line, "23/10/2024") or written after a byline mark ("Minh Anh • 23/10/2025");
a date in a line written in capitals (a headline's or title's period, "… THÁNG 11 NĂM 2020"); a meeting's
subject period ("nhiệm vụ trọng tâm tháng 3 năm 2023", "phương hướng, nhiệm vụ trong tháng 12");
a validity date ("Kể từ ngày 01/7/2024, Thông tư … hết hiệu lực"); a goal's horizon followed at once by
its share or by "không còn …" ("phấn đấu đến năm 2025, 100% số xã …", "đến năm 2024, không còn xã nào …");
a news headline's date written again below it (the body's row is kept); the first year of a range ("trong năm
2018 - 2020"); a past act with no comma after its day ("Ngày 30/10/2017 UBND tỉnh đã ban hành …"); a year in
a prose line of a text with no header, title, number or date (a news item: "Hà Nam phấn đấu đến năm 2025 …",
§4g; a list item "- … trong năm 2025" keeps it).
Keeps a bare date after a label with a colon ("Thời gian hoàn thành: 30/9/2024") or after a list marker
("- 15/4/2024: …"), a date in a lower-case line, and a task's year before a share ("hoàn thành trong năm 2024,
100% hộ …"), which deadlines.py already keeps. The words are data (deadlines.yaml); this module holds
the grammar. Abbreviation dots of words written in capitals ("UBND TP. Hà Nội") do not end a clause here.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..common import alternation, fold_keep_length
from ..dates import DateMatch
from ..headless import without_own_header
from ..model import Document
from .deadlines_reports import obliged

_LIST_ITEM = re.compile(r"\s*(?:[-+•*–]|\d{1,2}[.)]|[a-zđ]\))\s")  # a task list keeps its years, header or not
_YEAR_RANGE = re.compile(r"\s*[-–]\s*(?:19|20)\d{2}(?!\d)")
_ABBREV_DOT = re.compile(r"(?<![^\W\d_])([A-ZĐ]{1,4})\.(?=\s)")


@dataclass(frozen=True)
class _GenreCues:
    byline: re.Pattern
    subject: re.Pattern
    validity: re.Pattern
    goal_after: re.Pattern
    label: re.Pattern
    numbered: re.Pattern
    keep: re.Pattern
    past_act: re.Pattern
    plan_words: re.Pattern


@lru_cache(maxsize=1)
def _cues() -> _GenreCues:
    from .deadlines import vocab

    w = vocab()
    marks = "|".join(re.escape(m) for m in w["byline_marks"])
    return _GenreCues(
        byline=re.compile(rf"(?:{marks})\s*$"),
        subject=re.compile(rf"(?:^|[^a-z])(?:{alternation(w['subject_before'])})\s*(?:cua\s+)?$"),
        validity=re.compile(rf"[^;.\n]{{0,80}}?(?<![a-z])(?:{alternation(w['validity_after'])})(?![a-z])"),
        goal_after=re.compile(rf"\s*,\s*(?:(?:{alternation(w['goal_after'])})(?![a-z])|\d+(?:[.,]\d+)?\s*%)"),
        plan_words=re.compile(rf"(?:^|[^a-z])(?:{alternation(w['plan_words'])})(?![a-z])"),
        past_act=re.compile(rf"\s+[^,;.\n]{{0,60}}?(?<![a-z])(?:{alternation(w['past_marks'])})\s+(?:{alternation(w['event_after'])})(?![a-z])"),
        numbered=re.compile(rf"(?:^|[^a-z])(?:{alternation(w['preamble_types'])})\s+so\s+\d+/[\w\-]+"),
        keep=re.compile(rf"(?:^|[^a-z])(?:{alternation(w['horizon_keep'])})(?![a-z])"),
        label=re.compile(rf"(?:^|[^a-z])(?:{alternation([*w['timetable_labels'], *w['timed_relations']])})(?![a-z])"),
    )


def unabbreviated(text: str, folded: str, start: int, end: int) -> str:
    """``folded[start:end]`` with the dots of capitalised abbreviations ("TP.", "TX.", "UBND.") made spaces,
    so "… UBND TP. Hà Nội ký ban hành" is one clause.

    >>> t = "Chủ tịch UBND TP. Hà Nội ký"
    >>> unabbreviated(t, t.lower(), 0, len(t))
    'chủ tịch ubnd tp  hà nội ký'
    """
    part = folded[start:end]
    dots = [m.end(1) - start for m in _ABBREV_DOT.finditer(text, start, end)]
    if not dots:
        return part
    chars = list(part)
    for i in dots:
        chars[i] = " "
    return "".join(chars)


def _capitals_line(text: str, ls: int, le: int) -> bool:
    """A line of at least five words whose letters are all capitals: a headline or a title (short: a long line is
    read no further, so a line of many dates costs no more than linear time)."""
    if le - ls > 400:
        return False
    line = text[ls:le]
    letters = [c for c in line if c.isalpha()]
    return len(line.split()) >= 5 and len(letters) >= 12 and all(c.isupper() for c in letters)


def _bare_stamp(doc: Document, dm: DateMatch, ls: int, le: int) -> bool:
    """A bare date closing a short line without a label or list marker ("Kinh tế 12-05-2023", "23/10/2024"),
    or after a byline mark ("Minh Anh • 23/10/2025")."""
    text = doc.text
    if dm.relation is not None or dm.precision != "day" or le - dm.end > 8 or text[dm.end:le].strip(" .,;)\t"):
        return False
    if _cues().byline.search(text, max(ls, dm.start - 4), dm.start):
        return True
    if dm.start - ls > 80:
        return False  # more than five words before it
    head = text[ls:dm.start]
    if len(head.split()) > 5 or any(c in head for c in ":|") or any(c.isdigit() for c in head):
        return False  # "Thời gian hoàn thành: 30/9/2024", a table cell, "Tiêu chí 2 …": a timetable's date
    return not re.match(r"\s*(?:[-+*•–]|\d+[.)])", head) and not _cues().label.search(doc.folded[ls:dm.start])


def genre_refused(doc: Document, dm: DateMatch, ls: int, le: int) -> bool:
    """True when one of this module's forms (see the module docstring) says the date times no task."""
    text, folded, cues = doc.text, doc.folded, _cues()
    if _bare_stamp(doc, dm, ls, le) or _capitals_line(text, ls, le):
        return True
    if dm.precision == "year" and without_own_header(doc.info) \
            and not _LIST_ITEM.match(text, ls, le) and not obliged(doc, dm, ls):
        return True  # a prose line of a text with no header (a news item): a goal's horizon or a result (§4g)
    if dm.precision == "year" and _YEAR_RANGE.match(text, dm.end, min(le, dm.end + 10)):
        return True  # "thực hiện trong năm 2018 - 2020": the start of a range of years
    if dm.relation is None and folded.startswith("ngay", dm.start) \
            and cues.past_act.match(unabbreviated(text, folded, dm.end, min(le, dm.end + 90))):
        return True  # "Ngày 30/10/2017 UBND tỉnh đã ban hành …": a past act, no comma after the date
    before = unabbreviated(text, folded, max(ls, dm.start - 50), dm.start)
    if dm.precision in ("month", "quarter", "year") and cues.subject.search(before):
        return True  # "… và nhiệm vụ trọng tâm tháng 3 năm 2023": what a meeting is about
    if dm.relation in (None, "during") and dm.precision in ("month", "quarter") and dm.date in reported_period(doc) \
            and ls > len(text) - len(text.lstrip()):  # in the body, not the headline itself
        return True  # "Trong tháng 11, các xã …" in the November meeting's report: the period it covers
    return dm.relation == "from" and bool(cues.validity.match(folded, dm.end, le))  # "Kể từ ngày …, Thông tư … hết hiệu lực"


def cited_title_end(doc: Document, dm: DateMatch, ls: int) -> bool:
    """A "đến năm YYYY" closing the title of a document cited by number in the same sentence, with no task word
    after the number ("… ban hành Kế hoạch số 236/KH-UBND về … trên địa bàn TP. Hà Nội đến năm 2025")."""
    before = unabbreviated(doc.text, doc.folded, max(ls, dm.start - 300), dm.start)
    sentence = before[max(before.rfind(c) for c in ";:(") + 1:]
    cut = sentence.rfind(". ")
    sentence = sentence[cut + 2:] if cut != -1 else sentence
    cited = None
    for cited in _cues().numbered.finditer(sentence):
        pass
    return cited is not None and not _cues().keep.search(sentence, cited.end())


def reported_period(doc: Document) -> frozenset:
    """The months and quarters the headline or title of a report or news item names ("GIAO BAN … THÁNG 11 NĂM
    2020"): in its body, "trong tháng 11" is that period, not a deadline. Empty for a plan or a scheme."""
    def compute() -> frozenset:
        from ..dates import find_dates

        if doc.info.doc_type in ("ke_hoach", "de_an"):
            return frozenset()
        head = doc.info.title or doc.text.lstrip().split("\n", 1)[0]
        cut = _cues().plan_words.search(fold_keep_length(head))  # "… tháng 11 và kế hoạch tháng 12": only November
        head = head[:cut.start()] if cut else head
        return frozenset(d.date for d in find_dates(head, doc.info.plan_year) if d.precision in ("month", "quarter"))
    return doc.memo("deadlines.reported_period", compute)


def headline_repeats(doc: Document, found: list) -> list:
    """Without a header, a news headline's date written again below it is one deadline: the body's, which has the
    task ("Hoàn thiện hồ sơ … trước ngày 30/11" over a lead that repeats it); a headline date not repeated stays."""
    text = doc.text
    body = text.lstrip()
    first_end = text.find("\n", len(text) - len(body))
    if doc.info.header_end or first_end == -1:
        return found
    later = {d.date for d in found if d.start > first_end}
    return [d for d in found if d.start > first_end or d.date not in later]


def goal_follows(doc: Document, dm: DateMatch, le: int) -> bool:
    """A year horizon followed at once by a share or by "không còn …": a goal's horizon
    ("phấn đấu đến năm 2025, 100% số xã …", "đến năm 2024, không còn xã nào dưới 15 tiêu chí")."""
    return dm.precision == "year" and dm.relation in ("by", "during") and bool(_cues().goal_after.match(doc.folded, dm.end, le))
