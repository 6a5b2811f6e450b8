"""Stated counts of criteria: "đạt 14/19 tiêu chí", "05 tiêu chí còn lại", "gồm 12 tiêu chí sau".

The kind comes from the words around the count (criteria_summary.yaml): after it
("còn lại", "chưa đạt"), then before it ("chưa đạt", "phấn đấu", "đã đạt"); a count
under a "Mục tiêu" heading is a target whatever its verb ("Đạt 19/19 tiêu chí vào
cuối năm"). Zero-padded counts ("05") and a footnote digit glued to the noun
("16 tiêu chí1.") are read as written.

Refuses (docs/genre.md §6): the remainder of a target ("phấn đấu đạt 17/19 tiêu chí, còn
lại 02 tiêu chí …": the 2 are what the goal leaves, not today's count), aggregates over communes ("1.286 tiêu chí/92 xã",
"bình quân 13,9 tiêu chí/xã"), counts of sub-indicators ("17/17 chỉ tiêu"), counts about
other communes ("5 xã chưa hoàn thành 17 tiêu chí"), the catalogue's own size ("Bộ tiêu
chí … gồm 19 tiêu chí"), thresholds over communes ("không còn xã dưới 15 tiêu chí", "từ 15 tiêu
chí trở lên"), and counts above the largest catalogue (no total is assumed).

>>> from extractors.model import Document
>>> d = Document.from_text("Xã đã đạt 14/19 tiêu chí; phấn đấu đạt 19/19 tiêu chí; hoàn thành 05 tiêu chí còn lại.")
>>> [(s.kind, s.count, s.total) for s in extract(d)]
[('achieved', 14, 19), ('target', 19, 19), ('not_achieved', 5, None)]
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..common import folded_text, load_data
from ..model import Document, Span
from ..registry import fact, kind


@dataclass(kw_only=True)
class CriteriaSummary(Span):
    kind: str  # achieved | not_achieved | target
    count: int
    total: int | None = None
    year: int | None = None


VOCAB = {"after": {str: [str]}, "remainder": [str], "not_achieved": [str], "target": [str], "achieved": [str], "goal_headings": [str],
         "catalogue_words": [str], "qualifiers": [str], "tails": [str], "others": [str], "threshold_before": [str],
         "threshold_after": [str]}


def vocab() -> dict:
    """This kind's words (criteria_summary.yaml), checked against VOCAB."""
    return kind("criteria_summary").vocab(VOCAB)


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _rx() -> dict[str, re.Pattern]:
    v = vocab()
    return {
        # "16 tiêu chí1." keeps its count: the glued digit is a footnote mark
        "count": re.compile(rf"(?<![\w/.,])(?P<count>\d{{1,2}})(?:\s*/\s*(?P<total>\d{{1,2}}))?\s+(?:tiêu\s+chí|TC)(?:\d(?!\d))?"
                            rf"(?P<tail>(?:\s+(?:{_alt(v['qualifiers'])}))*\s*(?:{_alt(v['tails'])})?)(?P<per>\s*/\s*(?:\d|xã))?", re.I),
        "count_after": re.compile(r"(?:tiêu\s+chí)\s+(?P<cue>chưa\s+đạt|đã\s+đạt|đạt)(?:\s+chuẩn)?\s*(?:là|được)?\s*:?\s*"
                                  r"(?P<count>\d{1,2})\s*/\s*(?P<total>\d{1,2})(?![\d/])", re.I),
        "remainder": re.compile(rf"(?<![a-z])(?:{_alt(v['remainder'])})\s*(?:la\s*)?:?\s*$"),
        "others": re.compile(rf"(?<![\w,.])(?:\d{{1,3}}|{_alt(v['others'])})\s+(?:xa|thon|huyen)\b"),
        "threshold_before": re.compile(rf"(?<![a-z])(?:{_alt(v['threshold_before'])})\s*(?:tu\s*)?$"),
        "threshold_after": re.compile(rf"\s*(?:{_alt(v['threshold_after'])})(?![a-z])"),
    }


def _has(words: list[str], folded: str) -> bool:
    return any(re.search(rf"(?<![a-z]){re.escape(c)}(?![a-z])", folded) for c in words)


def classify(before: str, after: str) -> str | None:
    """Kind from folded words just before and just after the count (``after`` ends at the clause's comma).

    A remainder ("còn lại 02 tiêu chí") is not achieved, unless what it remains of is a target:

    >>> classify("xa da dat 15/19 tieu chi, con lai ", " tieu chi"), classify("phan dau dat 17/19 tieu chi, con ", "")
    ('not_achieved', None)
    """
    v = vocab()
    after = re.split(r"[,;.]", after, maxsplit=1)[0]
    rem = _rx()["remainder"].search(before)
    if rem:
        return None if classify(before[:rem.start()], "") == "target" else "not_achieved"
    for kind_, cues in v["after"].items():
        if any(c in after for c in cues):
            return kind_
    if any(c in before for c in v["not_achieved"]):
        return "not_achieved"
    if _has(v["target"], before):
        return "target"
    if _has(v["achieved"], before):
        return "achieved"
    return None


@lru_cache(maxsize=1)
def _largest() -> int:
    return max(s.get("criteria_count", len(s["criteria"])) for s in load_data("criteria_sets.yaml")["sets"])


def _under_goal_heading(doc: Document, pos: int) -> bool:
    """A "Mục tiêu" / "Phấn đấu đến …" heading above ``pos``: its counts are targets."""
    from ..fold import fold

    goals = vocab()["goal_headings"]
    sec, seen = doc.section_at(pos), 0
    while sec is not None and seen < 4:
        if any(fold(sec.heading).startswith(g) or fold(sec.heading_line).lstrip(" 0123456789IVX.-)").startswith(g)
               for g in goals):
            return True
        sec = doc.sections[sec.parent] if sec.parent is not None else None
        seen += 1
    return False


def _clause_start(text: str, pos: int) -> int:
    ls = text.rfind("\n", 0, pos) + 1
    ss = max(text.rfind(". ", ls, pos), text.rfind("; ", ls, pos))
    return ss + 2 if ss != -1 else ls


def _one(doc: Document, folded: str, m: re.Match) -> CriteriaSummary | None:
    text = doc.text
    count = int(m.group("count"))
    total = int(m.group("total")) if m.group("total") else None
    if m.group("per") or count == 0 or count > _largest() or (total is not None and (total > _largest() or count > total)):
        return None
    clause_start = _clause_start(text, m.start())
    before = folded[max(clause_start, m.start() - 160):m.start()]
    kind_ = classify(before, folded[m.end("count"):m.end() + 15])
    if kind_ is None or _rx()["others"].search(before):
        return None
    if _rx()["threshold_before"].search(before) or _rx()["threshold_after"].match(folded, m.end()):
        return None  # "không còn xã dưới 15 tiêu chí": a threshold over communes
    if re.search(rf"(?:{_alt(vocab()['catalogue_words'])})[^.;]*$", before) and "da dat" not in before and "chua" not in before:
        return None  # "Bộ tiêu chí ... gồm 19 tiêu chí" describes the catalogue, not the commune
    if kind_ != "target" and _under_goal_heading(doc, m.start()):
        if kind_ == "not_achieved" and _rx()["remainder"].search(before):
            return None  # the rest of a goal ("Đạt 18/19 tiêu chí, còn 01 tiêu chí …" under "Mục tiêu")
        if kind_ == "achieved":
            kind_ = "target"
    ls = text.rfind("\n", 0, m.start()) + 1
    s = m.start()
    cue = re.search(r"(?:đã\s+|chưa\s+)?đạt(?:\s+được)?\s*$", text[max(ls, s - 15):s], re.I)
    if cue:
        s = max(ls, s - 15) + cue.start()
    raw = text[s:m.end("tail")].rstrip()
    years = re.findall(r"năm\s+((?:19|20)\d{2})", text[clause_start:min(len(text), m.end() + 40)])
    return CriteriaSummary(raw=raw, start=s, end=s + len(raw), kind=kind_, count=count, total=total,
                           year=int(years[-1]) if years else None)


@fact("criteria_summary", CriteriaSummary, order=20)
def extract(doc: Document) -> list[CriteriaSummary]:
    text = doc.text
    folded = folded_text(doc)
    out = [o for m in _rx()["count"].finditer(text, doc.info.header_end) if (o := _one(doc, folded, m))]
    for m in _rx()["count_after"].finditer(text, doc.info.header_end):
        if any(o.start <= m.start("count") < o.end for o in out):
            continue
        count, total = int(m.group("count")), int(m.group("total"))
        if count > total or total > _largest():
            continue
        kind_ = "not_achieved" if m.group("cue").lower().startswith("chưa") else "achieved"
        out.append(CriteriaSummary(raw=text[m.start():m.end()], start=m.start(), end=m.end(), kind=kind_, count=count,
                                   total=total))
    out.sort(key=lambda o: o.start)
    return out
