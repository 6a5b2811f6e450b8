"""Numeric goals: metric, comparator, value, unit, year; actual figures kept as kind "actual".

Forms (docs/genre.md §7): "tỷ lệ … đạt N%", "thu nhập bình quân … N triệu
đồng/người/năm", "tỷ lệ hộ nghèo giảm (xuống) còn N%" (≤), "trên N%" (>), "tối thiểu /
ít nhất N" (≥), "N/M xã"; a figure is a goal when its clause has a goal word
("phấn đấu", "mục tiêu", …) or a comparator of a goal ("ít nhất", "≥", "trên"), or when it stands under a "Mục tiêu"
heading. A share followed by what it is a share of ("ít nhất 80% số xã đạt chuẩn") takes
that phrase as its metric, not the words before it. The words are data (targets.yaml).

Refuses: a figure whose only sign of a goal is a comparator a result shares ("toàn tỉnh có 23 xã đạt
chuẩn", "thu nhập đạt 47 triệu đồng/người/năm", "tỷ lệ hộ nghèo giảm còn 1,9%", "16/17 thôn"): with no goal
word and no "Mục tiêu" heading it is no target (targets.yaml ``result_comparators``), and the goal word inside the
programme's name ("Chương trình mục tiêu quốc gia … đã có 42/80 xã") is none, nor a verb bound to an earlier figure
("2 xã hoàn thành 19/19 tiêu chí, 7 xã còn lại"); in a text that is no plan a bare comparator ("tỷ lệ hộ nghèo dưới
5,3%") is a result; a year after "năm" is no count ("đến cuối năm 2022 xã đạt chuẩn"); money without a per-person unit (the budgets table has it), criteria counts
(criteria_summary), figures inside a legal citation, counts of communes or works with
neither a comparator nor a goal word, and results ("mới đạt", "ước đạt", "năm 2023 đạt")
are kept apart as kind "actual".

>>> from extractors.model import Document
>>> d = Document.from_text("phấn đấu thu nhập bình quân đạt ≥ 71 triệu đồng/người/năm; tỷ lệ dùng nước sạch đạt trên 90%; có ít nhất 4 sản phẩm OCOP.")
>>> [(t.comparator, t.value, t.unit) for t in extract(d)]
[('>=', 71.0, 'triệu đồng/người/năm'), ('>', 90.0, '%'), ('>=', 4.0, 'sản phẩm OCOP')]
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..common import alternation, clause_start, first_char_guard, folded_text
from ..model import Document, Span
from ..registry import fact, kind
from ..spans import Zones


@dataclass(kw_only=True)
class Target(Span):
    metric: str
    comparator: str
    value: float
    unit: str = ""
    year: int | None = None
    kind: str = "target"  # target | actual


VOCAB = {"comparators": {str: str}, "result_comparators": [str], "units": [str], "money_units": [str], "income_words": [str], "count_units": [str],
         "goal_words": [str], "goal_headings": [str], "actual_words": [str], "metric_heads": [str], "per_capita_units": [str],
         "product_units": [str], "named_by_unit": [str], "criteria_units": [str], "count_word": str, "year_word": str,
         "programme_names": [str], "bound_goal_words": [str], "result_doc_types": [str]}


def vocab() -> dict:
    """This kind's words (targets.yaml), checked against VOCAB."""
    return kind("targets").vocab(VOCAB)



_SLASH = {"/": r"\s*/\s*"}  # "người/năm", "người / năm"


@lru_cache(maxsize=1)
def _rx() -> dict[str, re.Pattern]:
    v = vocab()
    cmps = list(v["comparators"])
    num = r"(?P<num>\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)(?:\s*[-–]\s*(?P<num2>\d+(?:,\d+)?))?"
    return {
        "target": re.compile(first_char_guard(cmps) + rf"(?:(?P<cmp>{alternation(cmps, spaces=True, subs=_SLASH)})\s+)?{num}\s*(?:/\s*(?P<of>\d+)\s*)?"
                             rf"(?P<unit>%|{alternation(v['units'], spaces=True, subs=_SLASH)})(?![\w])", re.I),
        "goal": re.compile("|".join(re.escape(w) for w in v["goal_words"])),
        "actual": re.compile("|".join(v["actual_words"])),
        "income": re.compile("|".join(re.escape(w) for w in v["income_words"])),
        "head": re.compile("|".join(re.escape(w) for w in v["metric_heads"]), re.I),
        "programme": re.compile("|".join(re.escape(w) for w in v["programme_names"])),
    }


def _value(s: str) -> float:
    return float(s.replace(".", "").replace(",", "."))


def _under_goal_heading(doc: Document, pos: int) -> bool:
    from ..fold import fold

    goals = tuple(vocab()["goal_headings"])
    return any(fold(sec.heading).startswith(goals) for sec in doc.sections_above(pos, 4))



def _has_goal(before: str) -> bool:
    """A goal word in the folded words before a figure; a verb bound to a figure ("hoàn thành 19/19 tiêu chí, 7 xã …",
    targets.yaml ``bound_goal_words``) is that figure's, not one after another number."""
    bound = set(vocab()["bound_goal_words"])
    return any(g.group(0) not in bound or not re.search(r"\d", before[g.end():]) for g in _rx()["goal"].finditer(before))


def _kind(doc: Document, folded: str, m: re.Match, clause: int, cmp_word: str) -> str | None:
    """"target", "actual" or None (not a goal) for one figure."""
    v, rx = vocab(), _rx()
    unit = re.sub(r"\s+", " ", m.group("unit")).lower()
    # the programme's name holds a goal word ("Chương trình mục tiêu quốc gia"): blanked, lengths kept
    upto = rx["programme"].sub(lambda p: " " * len(p.group(0)), folded[clause:m.start("num")])
    before = upto[:m.start() - clause]
    if unit in v["money_units"] and not rx["income"].search(before):
        return None  # money, not a per-capita figure: the budgets table has it
    if unit in v["criteria_units"]:
        return None  # criteria counts are criteria_summary
    goal = _has_goal(before) or _under_goal_heading(doc, m.start())
    # "có 23 xã", "đạt 75%", "bằng 54,9%", "giảm còn 13,05%", "16/17 thôn": a result's words, no goal's; in a text that is
    # no plan (a news item, a report) a bare "dưới 5,3%" is a result too
    strict = bool(cmp_word) and cmp_word not in v["result_comparators"] and doc.info.doc_type not in v["result_doc_types"]
    if unit in v["count_units"] and not (strict or goal):
        return None
    # the nearer of a result's words and a goal's decides ("… so với hiện nay, phấn đấu giảm … 3%/năm": a goal)
    last_actual = max((a.end() for a in rx["actual"].finditer(upto)), default=-1)
    last_goal = max((g.end() for g in rx["goal"].finditer(upto)), default=-1)
    if last_actual > last_goal:
        return "actual"
    if not (strict or goal):
        return "actual" if cmp_word else None  # "thu nhập … đạt 47 triệu đồng/người/năm": a result, kept as such
    return "target"


def _metric(text: str, clause: int, m: re.Match, unit: str) -> str:
    from ..nlp import metric_phrase

    after = _metric_after(text, m.end()) if unit == "%" else None
    if after:
        return after  # "ít nhất 80% số xã đạt chuẩn": what the share is of follows it
    src = re.sub(r"^(?:[-+•*]|\d+[.)])\s*", "", text[clause:m.start()].strip(" :,-+"))
    metric = metric_phrase(src)
    low, v = unit.lower(), vocab()
    count = v["count_word"]
    if low not in ("%", *v["money_units"], *v["per_capita_units"]) and not _rx()["head"].search(metric):
        metric = f"{count} {unit}" + (f" ({metric})" if metric else "")  # a count: what is counted is the unit
    if low.startswith(tuple(v["product_units"])) or low in v["named_by_unit"]:
        metric = f"{count} {unit}" if not src else metric
    return metric


def _metric_after(text: str, pos: int) -> str | None:
    """"N% số xã đạt chuẩn …": the phrase after a share that opens with a metric head, to the clause's end."""
    m = re.match(rf"[ \t]*((?:{'|'.join(re.escape(w) for w in vocab()['metric_heads'])})\s[^,;.:\n()]{{2,80}})", text[pos:pos + 100], re.I)
    if not m:
        return None
    phrase = re.split(r"\s+(?:và|hoặc|trong đó)\s+", m.group(1), maxsplit=1)[0]
    phrase = re.split(rf"\s+(?:\w+\s+)?{vocab()['year_word']}\s+\d{{4}}", phrase, maxsplit=1)[0]  # "… vào năm 2030": a year
    return re.sub(r"\s+", " ", phrase).strip()


def _is_year(text: str, m: re.Match) -> bool:
    """"phấn đấu đến cuối năm 2022 xã đạt chuẩn": a year after the year word, not a count of communes."""
    num = m.group("num")
    return len(num) == 4 and num[:2] in ("19", "20") and \
        bool(re.search(rf"(?<!\w){vocab()['year_word']}\s*$", text[max(0, m.start("num") - 8):m.start("num")], re.I))


@fact("targets", Target, order=60)
def extract(doc: Document) -> list[Target]:
    from .legal_refs import citation_zones

    text, folded = doc.text, folded_text(doc)
    end_body = next((s.start for s in doc.sections if s.kind in ("noi_nhan", "chu_ky")), len(text))
    zones = Zones(citation_zones(doc))
    cmp_map = {k.lower(): c for k, c in vocab()["comparators"].items()}
    out = []
    for m in _rx()["target"].finditer(text, doc.info.header_end, end_body):
        if zones.holds(m.start()) or _is_year(text, m):
            continue
        unit = re.sub(r"\s+", " ", m.group("unit"))
        unit = re.sub(r"\s*/\s*", "/", unit)
        cmp_word = re.sub(r"\s+", " ", (m.group("cmp") or "").lower())
        clause = clause_start(text, m.start())
        kind_ = _kind(doc, folded, m, clause, cmp_word)
        if kind_ is None:
            continue
        comparator = cmp_map.get(cmp_word, "=")
        if m.group("num2") and comparator == "=":
            comparator = ">="
        years = re.findall(rf"{vocab()['year_word']}\s+((?:19|20)\d{{2}})", text[clause:min(len(text), m.end() + 60)])
        out.append(Target(raw=text[m.start():m.end()], start=m.start(), end=m.end(), metric=_metric(text, clause, m, unit),
                          comparator=comparator, value=_value(m.group("num")),
                          unit=unit + (f" (/{m.group('of')})" if m.group("of") else ""),
                          year=int(years[0]) if years else doc.info.plan_year, kind=kind_))
    return out
