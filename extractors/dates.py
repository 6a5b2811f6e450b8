"""Vietnamese date expressions: finding them and resolving them to the last day they allow.

The words (relations, "ngày", "tháng", "quý", "năm nay") are data
(extractors/data/dates.yaml); this module holds the grammar. A day and month
without a year need the word "ngày" or a "before" relation ("trước 20/10"),
and then take the plan's year; so does "cuối năm nay".

Refuses: impossible days ("31/02/2024"), "15/4" with neither "ngày" nor a
"before" word (a ratio or an item number as often as a date).

>>> date_of("trước ngày 15/4/2024", 2024)
DateValue(date='2024-04-15', precision='day', relation='before', has_year=True, form='day')
>>> resolve_date("Quý II/2023", 2023), resolve_date("Tháng 5,6/2023", 2023)
(('2023-06-30', 'quarter', 'during'), ('2023-06-30', 'month', 'during'))
>>> resolve_date("trước tháng 4/2024", 2024), resolve_date("cuối năm 2023", 2023)
(('2024-03-31', 'month', 'before'), ('2023-12-31', 'year', 'by'))
>>> resolve_date("tháng 11.2021"), resolve_date("quý I-2024"), resolve_date("trước 20/10", 2023)
(('2021-11-30', 'month', 'during'), ('2024-03-31', 'quarter', 'during'), ('2023-10-20', 'day', 'before'))
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from functools import lru_cache

from .common import alternation, first_char_guard, load_data

_ROMAN_Q = {"I": 1, "II": 2, "III": 3, "IV": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_Y = r"(?:19|20)\d{2}"


@dataclass(frozen=True)
class DateValue:
    """What a written date allows: the last day (ISO), its precision, the relation word's meaning."""

    date: str
    precision: str  # day | month | quarter | year
    relation: str | None  # None when no relation word was written
    has_year: bool
    form: str = ""  # day | half | months | quarter | year: which grammar wrote it


@dataclass
class DateMatch:
    start: int
    end: int
    expr_start: int
    date: str
    precision: str
    relation: str | None  # None when no relation word was written
    has_year: bool
    form: str = ""  # day | half | months | quarter | year


def _words() -> dict:
    return load_data("dates.yaml")


def relations() -> dict[str, str]:
    """Relation word -> relation ("trước" -> before), from dates.yaml."""
    return {w: rel for rel, ws in _words()["relations"].items() for w in ws}



@lru_cache(maxsize=1)
def date_rx() -> re.Pattern:
    """The one date pattern, built from the vocabulary."""
    w = _words()
    day, month, quarter, year, end = (re.escape(w[k]) for k in ("day_word", "month_word", "quarter_word", "year_word", "end_word"))
    sep = rf"(?:[/.\-–]|\s+{year}\s+)"
    parts = [
        rf"{day}\s+(?P<d2>\d{{1,2}})\s+{month}\s+(?P<m2>\d{{1,2}})(?:\s+{year}\s+(?P<y2>{_Y}))?",
        rf"(?:{day}\s+)?(?P<d>\d{{1,2}})\s*[/.\-]\s*(?P<m>\d{{1,2}})(?:\s*[/.\-]\s*(?P<y>{_Y}))?(?![\d/])",
        rf"(?P<half>{alternation(w['six_words'], spaces=True)})\s+{month}\s+(?P<hw>{alternation(w['half_words'], spaces=True)})\s+{year}(?:\s+(?P<hy>{_Y}))?",
        rf"{month}\s+(?P<ms>\d{{1,2}}(?:\s*[,;\-–]\s*\d{{1,2}})*)(?:\s*{sep}\s*(?P<my>{_Y}))?(?![\d/])",
        rf"{quarter}\s+(?P<q>IV|I{{1,3}}|[1-4]|[Il1|!]{{1,3}})(?:\s*{sep}\s*(?P<qy>{_Y}))?(?![\w/])",
        rf"(?P<ypre>{end}\s+)?{year}\s+(?:(?P<yy>{_Y})|(?P<ynay>{alternation(w['this_year'], spaces=True)}))(?![\w/\-–])",
    ]
    rel = alternation(relations(), spaces=True)
    guard = first_char_guard([*relations(), *w["expression_starts"]])
    return re.compile(guard + rf"(?:(?P<rel>{rel})\s+)?(?P<expr>{'|'.join(parts)})", re.I)


def _last_day(y: int, m: int) -> int:
    return calendar.monthrange(y, m)[1]


def _iso(y: int, m: int, d: int) -> str:
    return f"{y:04d}-{m:02d}-{d:02d}"


def _relation_of(word: str | None) -> str | None:
    if not word:
        return None
    return relations().get(re.sub(r"\s+", " ", word.lower()))


def _before(y: int, m: int, d: int, precision: str) -> tuple[int, int, int]:
    """"trước tháng 4" allows at most 31 March; "trước ngày 15/4" is given as 15 April."""
    if precision == "day":
        return y, m, d
    if precision in ("month", "quarter"):
        first_month = m if precision == "month" else m - 2
        if first_month == 1:
            return y - 1, 12, 31
        return y, first_month - 1, _last_day(y, first_month - 1)
    return y - 1, 12, 31


def _day(g: dict, expr: str, rel: str | None, plan_year: int | None):
    d, mo = int(g.get("d2") or g.get("d")), int(g.get("m2") or g.get("m"))
    ys = g.get("y2") or g.get("y")
    if not ys and not expr.lower().startswith(_words()["day_word"]) and rel != "before":
        return None  # "từ 3-4 mô hình", "15/4" alone: a day without a year needs "ngày" or "trước"
    y = int(ys) if ys else plan_year
    if y is None or not (1 <= mo <= 12) or not (1 <= d <= _last_day(y, mo)):
        return None
    return "day", (y, mo, d)


def _months(g: dict, rel: str | None, plan_year: int | None):
    months = [int(x) for x in re.split(r"\s*[,;\-–]\s*", g["ms"]) if x]
    y = int(g["my"]) if g.get("my") else plan_year
    if y is None or not months or not all(1 <= x <= 12 for x in months):
        return None
    mo = months[-1] if rel != "before" else months[0]
    return "month", (y, mo, _last_day(y, mo))


def _quarter(g: dict, plan_year: int | None):
    qs = g["q"].upper()
    if qs not in _ROMAN_Q:  # OCR reads the I of a Roman numeral as l, 1, | or !
        qs = re.sub(r"[L1|!]", "I", qs)
    q = _ROMAN_Q.get(qs)
    y = int(g["qy"]) if g.get("qy") else plan_year
    if q is None or y is None:
        return None
    return "quarter", (y, q * 3, _last_day(y, q * 3))


def match_value(m: re.Match, plan_year: int | None) -> DateValue | None:
    """The value of a :func:`date_rx` match, or None if it is not a valid date."""
    g = m.groupdict()
    rel = _relation_of(g.get("rel"))
    form = next(f for f, k in (("day", "d2"), ("day", "d"), ("half", "half"), ("months", "ms"), ("quarter", "q"), ("year", "")) if not k or g.get(k))
    if g.get("d2") or g.get("d"):
        got = _day(g, m.group("expr"), rel, plan_year)
    elif g.get("half"):
        y = int(g["hy"]) if g.get("hy") else plan_year
        mo = _words()["half_words"].get(g["hw"].lower())
        got = None if y is None or mo is None else ("month", (y, mo, _last_day(y, mo)))
        rel = rel or "by"
    elif g.get("ms"):
        got = _months(g, rel, plan_year)
    elif g.get("q"):
        got = _quarter(g, plan_year)
    elif g.get("yy") or g.get("ynay"):
        y = int(g["yy"]) if g.get("yy") else plan_year
        got = None if y is None else ("year", (y, 12, 31))
        if g.get("ypre") and rel in (None, "during"):
            rel = "by"  # "cuối năm 2023", "trong cuối năm": by the end of the year
    else:
        got = None
    if got is None:
        return None
    prec, date = got
    if rel == "before":
        date = _before(*date, prec)
    has_year = any(g.get(k) for k in ("y2", "y", "my", "qy", "yy", "hy"))
    return DateValue(_iso(*date), prec, rel, has_year, form)


def date_of(raw: str, plan_year: int | None = None) -> DateValue:
    """The first date expression of ``raw``; ValueError when there is none or it is impossible."""
    m = date_rx().search(raw)
    if not m:
        raise ValueError(f"not a date expression: {raw!r}")
    v = match_value(m, plan_year)
    if v is None:
        raise ValueError(f"not a valid date: {raw!r}")
    return v


def find_dates(text: str, plan_year: int | None, start: int = 0, end: int | None = None):
    """Yield DateMatch for every date expression in text[start:end]."""
    end = len(text) if end is None else end
    for m in date_rx().finditer(text, start, end):
        # the relation word must be a whole word ("năm 2023" inside "tháng 4 năm 2023" is taken by the month)
        glued = m.group("rel") and m.start() > 0 and text[m.start() - 1].isalpha()
        v = match_value(m, plan_year)
        if v is None:
            continue
        rel = v.relation
        if glued:
            rel = None if v.precision != "year" or not m.group("ypre") else rel
        s = m.start("expr") if glued else m.start()
        yield DateMatch(s, m.end(), m.start("expr"), v.date, v.precision, rel, v.has_year, v.form)


# ---- thin wrappers for callers that still take tuples
def resolve_date(raw: str, plan_year: int | None = None) -> tuple[str, str, str]:
    """(date, precision, relation); relation defaults to during (periods) or by (days). Prefer :func:`date_of`."""
    v = date_of(raw, plan_year)
    return v.date, v.precision, v.relation or ("by" if v.precision == "day" else "during")


def match_to_value(m: re.Match, plan_year: int | None):
    """(date, precision, relation, has_year) tuple; prefer :func:`match_value`."""
    v = match_value(m, plan_year)
    return None if v is None else (v.date, v.precision, v.relation, v.has_year)


