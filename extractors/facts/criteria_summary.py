"""Stated counts of criteria: "đạt 14/19 tiêu chí", "05 tiêu chí còn lại", "gồm 12 tiêu chí sau".

The kind comes from the words around the count (criteria_summary.yaml): after it
("còn lại", "chưa đạt"), then before it ("chưa đạt", "phấn đấu", "đã đạt"). A horizon
("Đến năm 2024") only dates a count: "Đến năm 2024 xã đã đạt 16/19 tiêu chí, còn 03 …" is
a status (achieved 16/19, not achieved 3), "Đến năm 2025 đạt 19/19" a target; a count
under a "Mục tiêu" heading is a target whatever its verb ("Đạt 19/19 tiêu chí vào
cuối năm"). Zero-padded counts ("05") and a footnote digit glued to the noun
("16 tiêu chí1.") are read as written.

Refuses (docs/genre.md §6): the remainder of a target ("phấn đấu đạt 17/19 tiêu chí, còn
lại 02 tiêu chí …": the 2 are what the goal leaves, not today's count), a fraction of the set
called a remainder under a target ("phấn đấu đạt 17/19 tiêu chí còn lại"), aggregates over communes ("1.286 tiêu chí/92 xã",
"bình quân 13,9 tiêu chí/xã"), counts of sub-indicators ("17/17 chỉ tiêu"), counts about
other communes ("5 xã chưa hoàn thành 17 tiêu chí"), the catalogue's own size ("Bộ tiêu
chí … gồm 19 tiêu chí"), thresholds over communes ("không còn xã dưới 15 tiêu chí", "từ 15 tiêu
chí trở lên"), a norm for every commune ("mỗi xã đạt tối thiểu 10 tiêu chí"), counts placed in
other communes after them ("… tại 3 xã A, B") or in a clause naming a commune not the document's own
("Riêng xã <Tên>, đến nay đạt 14/19"), a commune's count in a district's document (larger than any
district set: "Xuân Bảo đạt 11/19 tiêu chí"), the set being assessed ("đánh giá kết quả thực hiện 19 tiêu
chí"), a change ("tăng 8 tiêu chí so với năm trước") or an increment not aimed at ("đã đạt thêm 3 tiêu chí"), a count no commune
has ("chưa có xã nào đạt đủ 19 tiêu chí"), a past year's increment whose only goal words are weak ones
("Năm 2022, xã đạt thêm 2 tiêu chí" in a plan of 2024; its "nâng tổng số lên 17/19" is achieved; with no plan
year of the text's own neither is read), bands
and the whole set ("đạt từ 15-18 tiêu chí có 14 xã", "05 tiêu chí trong tổng số 19 tiêu chí"), a sentence ranking
units by their counts ("xã A đạt 11 tiêu chí; xã B đạt 10 tiêu chí; C, D hoàn thành 08 tiêu chí"), a grade's definition ("xã được công nhận … nâng cao là xã … đáp ứng 11 tiêu chí"), texts of another
programme (extractors/scope.py), and counts above the largest catalogue (no total is assumed).

>>> from extractors.model import Document
>>> d = Document.from_text("Xã đã đạt 14/19 tiêu chí; phấn đấu đạt 19/19 tiêu chí; hoàn thành 05 tiêu chí còn lại.")
>>> [(s.kind, s.count, s.total) for s in extract(d)]
[('achieved', 14, 19), ('target', 19, 19), ('not_achieved', 5, None)]
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..common import (
    alternation,
    clause_start,
    fold_keep_length,
    folded_text,
    line_end,
    load_data,
    not_after,
    sentence_start,
)
from ..model import Document, Span
from ..registry import fact, kind
from ..scope import defines_a_grade, names_a_district_below, names_other_commune, other_programme, subject_commune
from ..spans import Zones


@dataclass(kw_only=True)
class CriteriaSummary(Span):
    kind: str  # achieved | not_achieved | target
    count: int
    total: int | None = None
    year: int | None = None


VOCAB = {"after": {str: [str]}, "remainder": [str], "not_achieved": [str], "target": [str], "weak_target": [str], "horizon": [str], "past": [str], "past_fillers": [str],
         "past_adverbs": [str], "assessed_before": [str], "delta_before": [str], "district_subjects": [str],
         "achieved": [str], "goal_headings": [str],
         "catalogue_words": [str], "qualifiers": [str], "tails": [str], "others": [str], "nouns": [str], "per_unit": [str],
         "count_after": {"nouns": [str], "cues": {str: [str]}, "standard": [str], "fillers": [str]},
         "raw_cue": {"before": [str], "verbs": [str], "after": [str]}, "remainder_fillers": [str], "other_units": [str],
         "catalogue_but": [str], "threshold_before": [str], "threshold_after": [str], "programme_names": [str], "programme_word": [str], "emphasis_before": [str], "settled": [str],
         "each_unit": [str], "others_after": [str], "membership_before": [str], "band_links": [str], "whole_before": [str],
         "ranking_least": int, "ranking_superlatives": [str], "negated_units": [str],
         "increment_before": [str]}


def vocab() -> dict:
    """This kind's words (criteria_summary.yaml), checked against VOCAB."""
    return kind("criteria_summary").vocab(VOCAB)



@lru_cache(maxsize=1)
def _rx() -> dict[str, re.Pattern]:
    """The patterns; every word in them is from criteria_summary.yaml (the year word from dates.yaml)."""
    v = vocab()
    a, c = v["count_after"], v["raw_cue"]
    cues = [w for ws in a["cues"].values() for w in ws]
    rem = rf"(?:{alternation(v['remainder'], spaces=True)})\s*(?:(?:{alternation(v['remainder_fillers'], spaces=True)})\s*)?:?\s*"
    return {
        # "16 tiêu chí1." keeps its count: the glued digit is a footnote mark
        "count": re.compile(rf"(?<![\w/.,])(?P<count>\d{{1,2}})(?:\s*/\s*(?P<total>\d{{1,2}}))?\s+(?:{alternation(v['nouns'], spaces=True)})(?:\d(?!\d))?"
                            rf"(?P<tail>(?:\s+(?:{alternation(v['qualifiers'], spaces=True)}))*\s*(?:{alternation(v['tails'], spaces=True)})?)"
                            rf"(?P<per>\s*/\s*(?:\d|{alternation(v['per_unit'], spaces=True)}))?", re.I),
        "count_after": re.compile(rf"(?:{alternation(a['nouns'], spaces=True)})\s+(?P<cue>{alternation(cues, spaces=True)})(?:\s+(?:{alternation(a['standard'], spaces=True)}))?"
                                  rf"\s*(?:{alternation(a['fillers'], spaces=True)})?\s*:?\s*(?P<count>\d{{1,2}})\s*/\s*(?P<total>\d{{1,2}})(?![\d/])", re.I),
        "remainder": re.compile(rf"(?<![a-z]){rem}$"),
        # the count a remainder remains of, at the end of the words before the remainder (folded)
        "prev_count": re.compile(rf"(?<![\d/.,])(?P<n>\d{{1,2}})(?:\s*/\s*\d{{1,2}})?\s+"
                                 rf"(?:{alternation([fold_keep_length(n) for n in v['nouns']], spaces=True)})[^\d]*$"),
        # "đã đạt (chuẩn) " just before the count: the past cue that wins over a horizon
        "past_at_end": re.compile(rf"(?<![a-z])(?:{alternation(v['past'], spaces=True)})(?:\s+(?:{alternation(v['past_fillers'], spaces=True)}))*\s*:?\s*$"),
        # "…, còn lại 02 …" after a count opens the next count: its "còn lại" is not this count's cue
        "next_remainder": re.compile(rf"(?<![a-z]){rem}\d"),
        "others": re.compile(rf"(?<![\w,.]){not_after(v['membership_before'])}(?:\d{{1,3}}|{alternation(v['others'], spaces=True)})\s+(?:{alternation(v['other_units'], spaces=True)})\b"),
        "raw_cue": re.compile(rf"(?:(?:{alternation(c['before'], spaces=True)})\s+)?(?:{alternation(c['verbs'], spaces=True)})(?:\s+(?:{alternation(c['after'], spaces=True)}))?\s*$", re.I),
        # "năm 2024", "Năm 2022, …" at a sentence's start too
        "year": re.compile(rf"(?<!\w)(?:{alternation([load_data('dates.yaml')['year_word']], spaces=True)})\s+((?:19|20)\d{{2}})", re.I),
        "threshold_before": re.compile(rf"(?<![a-z])(?:{alternation(v['threshold_before'], spaces=True)})\s*(?:tu\s*)?$"),
        # "mỗi xã đạt tối thiểu 10 tiêu chí": a norm for every commune (as written)
        "each": re.compile(rf"(?<!\w)(?:{alternation(v['each_unit'], spaces=True)})(?!\w)", re.I),
        # "Bộ tiêu chí … gồm 19 tiêu chí": the catalogue named in the clause before the count
        "catalogue": re.compile(rf"(?:{alternation(v['catalogue_words'], spaces=True)})[^.;]*$"),
        # the rest of the count's clause places it in other communes ("… chưa đạt chuẩn tại 3 xã …"), folded
        "others_after": re.compile(rf"[^.;\n]*?(?<![a-z])(?:{alternation(v['others_after'], spaces=True)})\s+"
                                   rf"(?:\d{{1,3}}|{alternation(v['others'], spaces=True)})\s+(?:{alternation(v['other_units'], spaces=True)})\b"),
        "threshold_after": re.compile(rf"\s*(?:{alternation(v['threshold_after'], spaces=True)})(?![a-z])"),
        # "đã cơ bản hoàn thành": the adverb after "đã" is read as absent
        "programme_word": re.compile(rf"(?<![a-z])(?:{alternation(v['programme_word'], spaces=True)})(?![a-z])"),
        "past_adverb": re.compile(rf"(?<![a-z])da\s+(?:{alternation(v['past_adverbs'], spaces=True)})\s+"),
        "district_subject": re.compile(rf"(?<![a-z])(?:{alternation(v['district_subjects'], spaces=True)})(?![a-z])"),
        "increment": re.compile(rf"(?<![a-z])(?:{alternation(v['increment_before'], spaces=True)})\s*$"),
        "negated": re.compile(rf"(?<![a-z])(?:{alternation(v['negated_units'], spaces=True)})(?![a-z])"),
        "assessed": re.compile(rf"(?<![a-z])(?:{alternation(v['assessed_before'] + v['delta_before'] + v['emphasis_before'], spaces=True)})\s*$"),
        # "đạt từ 15-18 tiêu chí", "từ 10 đến 14 tiêu chí": the top of a band of communes, folded
        "band": re.compile(rf"(?<![\d.,/])\d{{1,2}}\s*(?:{alternation(v['band_links'], spaces=True)})\s*$"),
        # "05 tiêu chí trong tổng số 19 tiêu chí của Bộ tiêu chí": the whole set, folded
        "whole": re.compile(rf"(?<![a-z])(?:{alternation(v['whole_before'], spaces=True)})\s*$"),
    }


def _cue_kind(cue: str) -> str:
    """The kind of a count_after cue as matched ("Chưa  đạt" -> not_achieved)."""
    said = re.sub(r"\s+", " ", cue).lower()
    return next((k for k, ws in vocab()["count_after"]["cues"].items() if said in (w.lower() for w in ws)), "achieved")


def _has(words: list[str], folded: str) -> bool:
    return bool(_words_rx(tuple(words)).search(folded))


@lru_cache(maxsize=64)  # a few word lists of the data file, asked for every count
def _words_rx(words: tuple[str, ...]) -> re.Pattern:
    return re.compile(rf"(?<![a-z])(?:{alternation(words)})(?![a-z])")


def says_weak_goal(folded: str) -> bool:
    """Only a weak goal's words and no past mark ("đạt thêm 2 tiêu chí, nâng tổng số lên 13/19"; ``weak_target``,
    ``past``): in a dated sentence a past result, not the present (checks/counts.py asks it too)."""
    v = vocab()
    return _has(v["weak_target"], folded) and not _has(v["past"], folded)


def _before_kind(before: str) -> str | None:
    """Kind from the cues before the count: not achieved, a target, or achieved.

    A past cue just before the count ("đến năm 2024 xã đã đạt 16/19", "theo kế hoạch …, đến nay
    xã đã đạt 04", "mới hoàn thành 9/19") beats a horizon and target words: a status as of that
    year; a target word inside a past cue ("đã hoàn thành") or inside the programme's name
    ("Chương trình mục tiêu quốc gia") is none; other target words ("phấn đấu", "dự kiến") win. A "chưa đạt" before
    the last comma does not make a goal after it not achieved ("còn 04 tiêu chí chưa đạt, phấn đấu đạt 19/19": a target).
    """
    v = vocab()
    before = _rx()["past_adverb"].sub("da ", before)
    before = _rx()["programme_word"].sub(" ", before)  # "xã nông thôn mới đạt 19/19" holds no past cue "mới đạt"
    if any(c in before for c in v["not_achieved"]):
        # "còn 04 tiêu chí chưa đạt, phấn đấu đạt 19/19": a goal after the last comma is the count's own cue
        tail = before.rsplit(",", 1)[-1]
        if "," in before and not any(c in tail for c in v["not_achieved"]) and _has(v["target"], tail) \
                and not _rx()["past_at_end"].search(before):
            return "target"
        return "not_achieved"
    if _rx()["past_at_end"].search(before):
        return "achieved"  # "Theo kế hoạch …, đến nay xã đã đạt 04 tiêu chí": the past cue right before the count wins
    before = re.sub("|".join(re.escape(p) for p in v["programme_names"]), " ", before)  # "Chương trình mục tiêu quốc gia"
    settled = _has(v["settled"], before)  # "cơ bản hoàn thành 19 tiêu chí": achieved unless a goal is said
    before = re.sub("|".join(re.escape(p) for p in v["settled"]), " ", before)
    if _has(v["target"], re.sub("|".join(re.escape(p) for p in v["past"]), " ", before)):
        return "target"
    if _has(v["horizon"], before) and not _rx()["past_at_end"].search(before):
        return "target"
    return "achieved" if settled or _has(v["achieved"], before) else None


def classify(before: str, after: str) -> str | None:
    """Kind from folded words just before and just after the count (``after`` ends at the clause's comma).

    A remainder ("còn lại 02 tiêu chí") is not achieved, unless what it remains of is a target;
    "đã đạt" after "đến năm" is a status, so its remainder is not achieved:

    >>> classify("xa da dat 15/19 tieu chi, con lai ", " tieu chi"), classify("phan dau dat 17/19 tieu chi, con ", "")
    ('not_achieved', None)
    >>> classify("den nam 2024 xa da dat ", "/19 tieu chi"), classify("den nam 2025 dat ", "/19 tieu chi")
    ('achieved', 'target')
    >>> classify("den nam 2024 xa da dat 16/19 tieu chi, con ", " tieu chi chua dat")
    'not_achieved'
    """
    v = vocab()
    after = re.split(r"[,;.]", after, maxsplit=1)[0]
    after = after[:m.start()] if (m := _rx()["next_remainder"].search(after)) else after
    rem = _rx()["remainder"].search(before)
    if rem:  # the kind of the count it remains of, read from the words before that count
        head = before[:rem.start()]
        prev = _rx()["prev_count"].search(head)
        return None if (classify(head[:prev.start()], head[prev.end("n"):]) if prev else classify(head, "")) == "target" \
            else "not_achieved"
    for kind_, cues in v["after"].items():
        if any(c in after for c in cues):
            if re.match(r"\s*/", after) and any(c in after for c in v["remainder"]) and _before_kind(before) == "target":
                return None  # "phấn đấu đạt 17/19 tiêu chí còn lại": a fraction of the set is no remainder of a goal
            return kind_
    return _before_kind(before)


@lru_cache(maxsize=1)
def _district_largest() -> int:
    return max(s.get("criteria_count", len(s["criteria"])) for s in load_data("criteria_sets.yaml")["sets"] if s["level"] == "huyen")


def _beyond_district(doc: Document, clause: str, count: int, total: int | None) -> bool:
    """In a district's document, a count or total larger than any district set in a clause not naming the district:
    a commune's count ("…; Xuân Bảo đạt 11/19 tiêu chí"); ``clause`` is the folded clause before the count."""
    return doc.info.admin_level == "huyen" and max(count, total or 0) > _district_largest() \
        and not _rx()["district_subject"].search(clause) and not subject_commune(doc)


@lru_cache(maxsize=1)
def _largest() -> int:
    return max(s.get("criteria_count", len(s["criteria"])) for s in load_data("criteria_sets.yaml")["sets"])


def _under_goal_heading(doc: Document, pos: int) -> bool:
    """A "Mục tiêu" / "Phấn đấu đến …" heading above ``pos``: its counts are targets."""
    from ..fold import fold

    goals = tuple(vocab()["goal_headings"])
    return any(fold(sec.heading).startswith(goals) or fold(sec.heading_line).lstrip(" 0123456789IVX.-)").startswith(goals)
               for sec in doc.sections_above(pos, 4))



def _year(text: str, clause_start: int, start: int, end: int) -> int | None:
    """The count's year: the last "năm YYYY" of its clause before it, else the first after it up to the next comma.

    "Xã đã đạt 15/19 tiêu chí, đến năm 2025 đạt 19/19": the 2025 is the next count's, not the first's.
    """
    rx = _rx()["year"]
    before = rx.findall(text[clause_start:start])
    after = rx.findall(re.split(r"[,;.](?!\d)", text[end:min(len(text), end + 40)], maxsplit=1)[0])
    return int(before[-1]) if before else int(after[0]) if after else None


def _dated_result(doc: Document, folded: str, m: re.Match, before: str) -> str | None:
    """"target", or what a count whose only goal words are weak ones (``weak_target``) is in a dated sentence.

    >>> from extractors.engine import run
    >>> from extractors.model import Document
    >>> ex = run(Document.from_text("KẾ HOẠCH\\nXây dựng nông thôn mới năm 2024\\nI. THỰC TRẠNG\\n"
    ...                             "Năm 2022, xã đạt thêm 3 tiêu chí, nâng tổng số lên 15/19 tiêu chí."))
    >>> [(s.kind, s.count, s.total) for s in ex.tables["criteria_summary"]]
    [('achieved', 15, 19)]
    """
    v = vocab()
    if not _has(v["weak_target"], before) or _has([w for w in v["target"] if w not in v["weak_target"]], before) \
            or _has(v["horizon"], before):
        return "target"
    years = [int(y) for y in _rx()["year"].findall(doc.text, sentence_start(doc.text, m.start()), m.start())]
    from ..headless import without_own_header  # a news item's plan year is a guess from its own years

    plan = None if without_own_header(doc.info) else doc.info.plan_year
    if not years or (plan is not None and years[-1] >= plan):
        return "target"
    if plan is None or _rx()["increment"].search(before) or m.group("total") is None:
        return None  # a year and no plan year to set it against, or a past increment: no count of the plan's own
    return "achieved"


def _about_others(doc: Document, folded: str, start: int, end: int) -> bool:
    """"5 xã …", "các xã …" before the count in its clause, and not the document's own commune named after them as the
    count's subject ("Theo kết quả kiểm tra của các xã …, <Xã> đã đạt 12/15 TC")."""
    hits = list(_rx()["others"].finditer(folded, start, end))
    if not hits:
        return False
    own = doc.info.commune
    return not (own and fold_keep_length(own) in folded[hits[-1].end():end])


def _one(doc: Document, folded: str, m: re.Match) -> CriteriaSummary | None:
    text = doc.text
    count = int(m.group("count"))
    total = int(m.group("total")) if m.group("total") else None
    if m.group("per") or count == 0 or count > _largest() or (total is not None and (total > _largest() or count > total)):
        return None
    cstart = clause_start(text, m.start())
    before = folded[max(cstart, m.start() - 160):m.start()]
    kind_ = classify(before, folded[m.end("count"):m.end() + 15])
    if kind_ is None or _about_others(doc, folded, cstart, m.start()) or _rx()["each"].search(text, max(cstart, m.start() - 160), m.start()):
        return None
    # a remainder is of the count before it, maybe in the clause before ("xã <Tên> đạt 15/19 tiêu chí; còn lại 04")
    named_from = sentence_start(text, m.start()) if _rx()["remainder"].search(before) else cstart
    if _rx()["others_after"].match(folded, m.end()) or names_other_commune(doc, named_from, m.start()) \
            or names_a_district_below(doc, named_from, m.start()) \
            or defines_a_grade(text, sentence_start(text, m.start()), m.start()):
        return None  # "… 17/19 tiêu chí … tại 3 xã A, B", "Riêng xã <Tên> đạt 14/19", a grade's definition
    if _rx()["threshold_before"].search(before) or _rx()["threshold_after"].match(folded, m.end()) \
            or _rx()["band"].search(before) or _rx()["whole"].search(before):
        return None  # "không còn xã dưới 15 tiêu chí", "đạt từ 15-18 tiêu chí": communes; "trong tổng số 19 tiêu chí": the set
    if _rx()["assessed"].search(before) or _rx()["negated"].search(folded, cstart, m.start()) \
            or (kind_ != "target" and _rx()["increment"].search(before)) \
            or _beyond_district(doc, folded[cstart:m.start()], count, total):
        return None  # "đánh giá kết quả thực hiện 19 tiêu chí": the set assessed; "tăng 8 tiêu chí": a change; "xã A đạt 13/19"
        # in a district's text
    if _rx()["catalogue"].search(before) and not any(w in before for w in vocab()["catalogue_but"]) \
            and not _rx()["remainder"].search(before):
        return None  # "Bộ tiêu chí ... gồm 19 tiêu chí" describes the catalogue, not the commune
    under_goal = _under_goal_heading(doc, m.start())
    if kind_ == "target" and not under_goal:
        kind_ = _dated_result(doc, folded, m, before)
        if kind_ is None:
            return None
    if kind_ != "target" and under_goal:
        if kind_ == "not_achieved" and _rx()["remainder"].search(before):
            return None  # the rest of a goal ("Đạt 18/19 tiêu chí, còn 01 tiêu chí …" under "Mục tiêu")
        if kind_ == "achieved":
            kind_ = "target"
    ls = text.rfind("\n", 0, m.start()) + 1
    s = m.start()
    cue = _rx()["raw_cue"].search(text[max(ls, s - 15):s])
    if cue:
        s = max(ls, s - 15) + cue.start()
    raw = text[s:m.end("tail")].rstrip()
    return CriteriaSummary(raw=raw, start=s, end=s + len(raw), kind=kind_, count=count, total=total,
                           year=_year(text, cstart, m.start(), m.end()))


@fact("criteria_summary", CriteriaSummary, order=20)
def extract(doc: Document) -> list[CriteriaSummary]:
    text = doc.text
    if other_programme(doc):
        return []
    folded = folded_text(doc)
    out = [o for m in _rx()["count"].finditer(text, doc.info.header_end) if (o := _one(doc, folded, m))]
    counted = Zones((o.start, o.end) for o in out)  # the later matches never overlap each other
    for m in _rx()["count_after"].finditer(text, doc.info.header_end):
        if counted.holds(m.start("count")):
            continue
        count, total = int(m.group("count")), int(m.group("total"))
        if count > total or total > _largest():
            continue
        kind_ = _cue_kind(m.group("cue"))
        out.append(CriteriaSummary(raw=text[m.start():m.end()], start=m.start(), end=m.end(), kind=kind_, count=count,
                                   total=total))
    out.sort(key=lambda o: o.start)
    ranked = _ranking_sentences(doc, folded)
    return [o for o in out if sentence_start(text, o.start) not in ranked]


def _ranking_sentences(doc: Document, folded: str) -> set[int]:
    """Starts of sentences ranking units by their counts: ``ranking_least`` or more achieved or target counts with no
    year, at least two of them different ("xã A đạt 11 tiêu chí; xã B đạt 10 tiêu chí; C, D hoàn thành 08 tiêu chí; …"),
    counted before any other refusal (the named ones among them are refused anyway); two are enough in a sentence
    with a superlative ("cao nhất là A với 14 tiêu chí, thấp nhất là B với 06 tiêu chí")."""
    text = doc.text
    groups: dict[int, list[int]] = {}
    for m in _rx()["count"].finditer(text, doc.info.header_end):
        cstart = clause_start(text, m.start())
        kind_ = classify(folded[max(cstart, m.start() - 160):m.start()], folded[m.end("count"):m.end() + 15])
        if m.group("per") or kind_ not in ("achieved", "target") or _year(text, cstart, m.start(), m.end()) is not None:
            continue
        groups.setdefault(sentence_start(text, m.start()), []).append(int(m.group("count")))
    v = vocab()
    sup = re.compile(rf"(?<![a-z])(?:{alternation(v['ranking_superlatives'], spaces=True)})(?![a-z])")

    def least(start: int) -> int:  # "cao nhất là A với 14 tiêu chí, … thấp nhất là B với 06 tiêu chí": two are enough
        le = line_end(text, start)  # the sentence ends with its line (as sentence_start has it), not at a later ". "
        end = text.find(". ", start, le)
        return 2 if sup.search(folded, start, le if end == -1 else end) else v["ranking_least"]
    return {start for start, counts in groups.items() if len(counts) >= least(start) and len(set(counts)) > 1}
