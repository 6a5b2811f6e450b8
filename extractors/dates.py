"""Vietnamese date expressions: finding them and resolving them to the last day they allow.

>>> resolve_date("trước ngày 15/4/2024", 2024)
('2024-04-15', 'day', 'before')
>>> resolve_date("Quý II/2023", 2023), resolve_date("Tháng 5,6/2023", 2023)
(('2023-06-30', 'quarter', 'during'), ('2023-06-30', 'month', 'during'))
>>> resolve_date("trước tháng 4/2024", 2024), resolve_date("cuối năm 2023", 2023)
(('2024-03-31', 'month', 'before'), ('2023-12-31', 'year', 'by'))
>>> resolve_date("trong Quý I năm 2022", 2021), resolve_date("trong tháng 10", 2021)
(('2022-03-31', 'quarter', 'during'), ('2021-10-31', 'month', 'during'))
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass

from .common import first_char_guard

_ROMAN_Q = {"I": 1, "II": 2, "III": 3, "IV": 4, "1": 1, "2": 2, "3": 3, "4": 4}

# relation words, longest first; the value is the relation
RELATIONS = [
    ("hoàn thành trước", "before"), ("xong trước", "before"), ("chậm nhất", "by"), ("muộn nhất", "by"),
    ("trước", "before"), ("đến hết", "by"), ("đến cuối", "by"), ("đến", "by"), ("vào cuối", "by"),
    ("vào", "by"), ("trong", "during"), ("từ", "from"), ("kể từ", "from"), ("cuối", "by"), ("hết", "by"),
]
_REL = "|".join(re.escape(w) for w, _ in sorted(RELATIONS, key=lambda x: -len(x[0])))
_Y = r"(?:19|20)\d{2}"
_DAY = rf"(?:ngày\s+)?(?P<d>\d{{1,2}})\s*[/.\-]\s*(?P<m>\d{{1,2}})(?:\s*[/.\-]\s*(?P<y>{_Y}))?(?![\d/])"
_DAY_WORDS = rf"ngày\s+(?P<d2>\d{{1,2}})\s+tháng\s+(?P<m2>\d{{1,2}})(?:\s+năm\s+(?P<y2>{_Y}))?"
_MONTH = rf"tháng\s+(?P<ms>\d{{1,2}}(?:\s*[,;\-–]\s*\d{{1,2}})*)(?:\s*(?:/|năm)\s*(?P<my>{_Y}))?(?![\d/])"
_QUARTER = rf"quý\s+(?P<q>IV|I{{1,3}}|[1-4]|[Il1|!]{{1,3}})(?:\s*(?:/|năm)\s*(?P<qy>{_Y}))?(?![\w/])"
_HALF = rf"(?P<half>6|sáu)\s+tháng\s+(?P<hw>đầu|cuối)\s+năm(?:\s+(?P<hy>{_Y}))?"
_YEAR = rf"(?P<ypre>cuối\s+)?năm\s+(?P<yy>{_Y})(?![\d/\-–])"

# every expression begins with a relation word, a digit or one of the words its patterns start with
_EXPR_STARTS = ["ngày", "tháng", "quý", "năm", "cuối", "sáu"]
DATE_RX = re.compile(
    first_char_guard([w for w, _ in RELATIONS] + _EXPR_STARTS) + rf"(?:(?P<rel>{_REL})\s+)?(?P<expr>{_DAY_WORDS}|{_DAY}|{_HALF}|{_MONTH}|{_QUARTER}|{_YEAR})", re.I)


@dataclass
class DateMatch:
    start: int
    end: int
    expr_start: int
    date: str
    precision: str
    relation: str | None  # None when no relation word was written
    has_year: bool


def _last_day(y: int, m: int) -> int:
    return calendar.monthrange(y, m)[1]


def _iso(y: int, m: int, d: int) -> str:
    return f"{y:04d}-{m:02d}-{d:02d}"


def _relation_of(word: str | None) -> str | None:
    if not word:
        return None
    w = re.sub(r"\s+", " ", word.lower())
    return dict(RELATIONS).get(w)


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


def match_to_value(m: re.Match, plan_year: int | None):
    """(date, precision, relation, has_year) for a DATE_RX match, or None if invalid."""
    g = m.groupdict()
    rel = _relation_of(g.get("rel"))
    y = None
    if g.get("d2") or g.get("d"):
        d = int(g.get("d2") or g.get("d"))
        mo = int(g.get("m2") or g.get("m"))
        ys = g.get("y2") or g.get("y")
        if not ys and not m.group("expr").lower().startswith("ngày"):
            return None  # "từ 3-4 mô hình", "15/4" alone: a day without a year needs the word "ngày"
        y = int(ys) if ys else plan_year
        if y is None or not (1 <= mo <= 12) or not (1 <= d <= _last_day(y, mo)):
            return None
        prec = "day"
        date = (y, mo, d)
    elif g.get("half"):
        ys = g.get("hy")
        y = int(ys) if ys else plan_year
        if y is None:
            return None
        mo = 6 if g["hw"].lower() == "đầu" else 12
        prec, date = "month", (y, mo, _last_day(y, mo))
        rel = rel or "by"
    elif g.get("ms"):
        months = [int(x) for x in re.split(r"\s*[,;\-–]\s*", g["ms"]) if x]
        ys = g.get("my")
        y = int(ys) if ys else plan_year
        if y is None or not months or not all(1 <= x <= 12 for x in months):
            return None
        mo = months[-1] if rel != "before" else months[0]
        prec, date = "month", (y, mo, _last_day(y, mo))
    elif g.get("q"):
        qs = g["q"].upper()
        if qs not in _ROMAN_Q:  # OCR reads the I of a Roman numeral as l, 1, | or !
            qs = re.sub(r"[L1|!]", "I", qs)
        q = _ROMAN_Q.get(qs)
        if q is None:
            return None
        ys = g.get("qy")
        y = int(ys) if ys else plan_year
        if y is None:
            return None
        mo = q * 3
        prec, date = "quarter", (y, mo, _last_day(y, mo))
    elif g.get("yy"):
        y = int(g["yy"])
        prec, date = "year", (y, 12, 31)
        if g.get("ypre"):
            rel = rel if rel in ("by", "before") and rel != "before" else (rel or "by")
            if rel == "during":
                rel = "by"
    else:
        return None
    if rel == "before":
        date = _before(*date, prec)
    has_year = bool(g.get("y2") or g.get("y") or g.get("my") or g.get("qy") or g.get("yy") or g.get("hy"))
    return _iso(*date), prec, rel, has_year


def resolve_date(raw: str, plan_year: int | None = None) -> tuple[str, str, str]:
    """Resolve one written expression; relation defaults to during (periods) or by (days)."""
    m = DATE_RX.search(raw)
    if not m:
        raise ValueError(f"not a date expression: {raw!r}")
    v = match_to_value(m, plan_year)
    if v is None:
        raise ValueError(f"not a valid date: {raw!r}")
    date, prec, rel, _ = v
    return date, prec, rel or ("by" if prec == "day" else "during")


def find_dates(text: str, plan_year: int | None, start: int = 0, end: int | None = None):
    """Yield DateMatch for every date expression in text[start:end]."""
    end = len(text) if end is None else end
    for m in DATE_RX.finditer(text, start, end):
        # "năm 2023" preceded by "tháng 4" is consumed by the month pattern; make sure
        # the relation word is a whole word
        if m.group("rel") and m.start() > 0 and text[m.start() - 1].isalpha():
            s = m.start("expr")
        else:
            s = m.start()
        v = match_to_value(m, plan_year)
        if v is None:
            continue
        date, prec, rel, has_year = v
        if s != m.start():
            rel = None if prec != "year" or not m.group("ypre") else rel
        yield DateMatch(s, m.end(), m.start("expr"), date, prec, rel, has_year)
