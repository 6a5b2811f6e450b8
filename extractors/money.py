"""Vietnamese numbers and money: finding spans and resolving their values.

"." groups thousands and "," marks decimals, also before three digits
("28,038 tỷ" is twenty-eight billion and a bit) and before a stray space
("47, 2 tỷ" is 47,2 tỷ). A scale word followed by a smaller one is one amount
("2 tỷ 480 triệu đồng"). The precision a figure was written to is kept for the
audit checks ("10,3 tỷ" is known to 100 million). The words are data
(extractors/data/money.yaml).

Refuses: figures without a scale or currency word (counts, phone numbers,
"179.889 người", percentages), a scale word followed by a measure and no currency ("trên 97 nghìn m²",
"2 triệu lượt khách"), "rưỡi" ("một tỷ rưỡi" is not guessed), three digits after a lone group and a space
("8 376 triệu": a thousands dot lost by OCR).

>>> amount_of("17,5 tỷ đồng").vnd, amount_of("17,5 tỷ đồng").precision
(17500000000, 100000000)
>>> [a.vnd for a in money_in("2 tỷ 480 triệu đồng; 47, 2 tỷ; 2,5 nghìn tỷ")]
[2480000000, 47200000000, 2500000000000]
>>> amount_of("hai tỷ đồng").vnd, amount_of("năm trăm triệu đồng").vnd
(2000000000, 500000000)
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from .common import alternation, first_char_guard, load_data


@dataclass(frozen=True)
class Amount:
    """A written amount: its span, value in đồng, precision in đồng, and the unit word as written (lower case)."""

    start: int
    end: int
    vnd: int
    precision: int
    unit: str


def _words() -> dict:
    return load_data("money.yaml")



_DOT = {".": r"\.\s?"}  # "Tr.đ", "Tr. đ": a dot may have a space after it
NUMBER = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\s?\d{1,3}(?!\.\d)|,\d+)?"


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern]:
    w = _words()
    unit = alternation([*w["scales"], *w["abbreviated"]], spaces=True, subs=_DOT)
    cur = "|".join(re.escape(c) + (r"(?![\w])" if len(c) == 1 else "") for c in sorted(w["currency"], key=len, reverse=True))
    amount = re.compile(
        rf"(?<![\w.,/])(?P<num>{NUMBER})\s*(?:(?P<unit>{unit})(?:\s*(?P<cur>{cur}))?|(?P<cur2>{cur}))(?![\w])", re.I)
    token = alternation([*w["digit_words"], *w["multiplier_words"], *w["filler_words"], *w["refused_words"]], spaces=True, subs=_DOT)
    guard = first_char_guard([*w["digit_words"], *w["multiplier_words"], *w["filler_words"], *w["refused_words"]])
    words = re.compile(guard + rf"(?<![\w])(?P<words>(?:{token})(?:\s+(?:{token}))*)\s+(?P<cur>đồng)(?![\w])", re.I)
    return amount, words


def parse_number(s: str) -> tuple[Decimal, int]:
    """Vietnamese number text -> (value, decimals written).

    >>> parse_number("31.003.700.000"), parse_number("17,5"), parse_number("0,25"), parse_number("47, 2")
    ((Decimal('31003700000'), 0), (Decimal('17.5'), 1), (Decimal('0.25'), 2), (Decimal('47.2'), 1))
    """
    s = s.strip().replace(" ", "")
    whole, _, frac = s.partition(",")
    whole = whole.replace(".", "")
    try:
        value = Decimal(f"{whole or '0'}.{frac}" if frac else whole)
    except InvalidOperation:
        raise ValueError(f"not a number: {s!r}") from None
    return value, len(frac)


def unit_scale(unit: str | None) -> int:
    """10 to the power the unit word gives ("tỷ" 10^9, "tr.đ" 10^6); 1 for a currency word or none."""
    if not unit:
        return 1
    w = _words()
    u = re.sub(r"\s+", " ", unit.lower()).strip()
    if u in w["scales"]:
        return 10 ** w["scales"][u]
    squeezed = u.replace(" ", "")
    for abbr, power in w["abbreviated"].items():
        if squeezed == abbr.replace(" ", ""):
            return 10 ** power
    return 1


def words_to_int(words: str) -> int | None:
    """Vietnamese number words -> int; None for words it refuses.

    >>> words_to_int("một trăm hai mươi lăm triệu"), words_to_int("mười lăm tỷ")
    (125000000, 15000000000)
    """
    w = _words()
    digits, fillers = w["digit_words"], set(w["filler_words"])
    toks = words.lower().split()
    if not toks:
        return None
    total = current = section = 0
    pending: int | None = None

    def flush() -> int:
        nonlocal section, pending
        v = section + (pending or 0)
        section, pending = 0, None
        return v

    for t in toks:
        power = w["multiplier_words"].get(t)
        if t in digits:
            if pending is not None:
                section += pending
            pending = digits[t]
        elif t in fillers:
            continue
        elif t == "mười":  # "mười" is ten by itself; "mươi" multiplies the digit before it
            section += 10
            pending = None
        elif power in (1, 2):
            section += (pending if pending is not None else 1) * 10 ** power
            pending = None
        elif power in (3, 6):
            current += (flush() or 1) * 10 ** power
        elif power == 9:
            v = flush()
            total = (total + current + (v if (v or current) else 1)) * 10**9
            current = 0
        else:
            return None  # "rưỡi" and anything else: refuse rather than guess
    return total + current + flush()


def _amount_at(m: re.Match, offset: int = 0) -> Amount:
    value, decimals = parse_number(m.group("num"))
    scale = unit_scale(m.group("unit"))
    precision = max(1, int(Decimal(scale) / (Decimal(10) ** decimals)))
    unit = (m.group("unit") or m.group("cur2") or "").lower()
    return Amount(offset + m.start(), offset + m.end(), int((value * scale).to_integral_value()), precision, unit)


def amount_of(raw: str) -> Amount:
    """The first written amount of ``raw``; ValueError when there is none."""
    found = money_in(raw)
    if found:
        return found[0]
    raise ValueError(f"not an amount: {raw!r}")


def _joins(text: str, a: re.Match, b: re.Match) -> bool:
    """"2 tỷ 480 triệu": a whole number of a larger scale, no currency yet, then a smaller remainder."""
    if a.group("cur") or not a.group("unit") or not b.group("unit") or text[a.end():b.start()].strip():
        return False
    big, small = unit_scale(a.group("unit")), unit_scale(b.group("unit"))
    if "," in a.group("num") or small >= big:
        return False
    value, _ = parse_number(b.group("num"))
    return value * small < big


@lru_cache(maxsize=1)
def _measure_rx() -> re.Pattern:
    """A measure word right after a scale word with no currency: "97 nghìn m²", "3 triệu lượt khách" are no money."""
    return re.compile(rf"\s*(?:{alternation(_words()['measure_after'], spaces=True)})(?![\w])", re.I)


_LONE_GROUP = re.compile(r"(?<![\d.,])\d{1,3} $")


def _split_group(text: str, m: re.Match) -> bool:
    """A figure of three digits right after a lone group of one to three digits and one space: a thousands
    dot lost ("8 376 triệu" is 8.376 triệu read by OCR, never 376 triệu). Refused: the amount is not guessed.

    >>> [a.vnd for a in money_in("là 8 376 triệu đồng; năm 2024 376 triệu; 8.376 triệu; đạt 2 967,7 tỷ")]
    [376000000, 8376000000]
    """
    whole = m.group("num").split(",")[0]
    return len(whole) == 3 and whole.isdigit() and bool(_LONE_GROUP.search(text, max(0, m.start() - 5), m.start()))


@lru_cache(maxsize=4)  # the budgets extractor and the arithmetic check read the same plan
def money_in(text: str, start: int = 0, end: int | None = None) -> tuple[Amount, ...]:
    """Every written amount of text[start:end], in order; compound amounts are one."""
    end = len(text) if end is None else end
    amount_rx, words_rx = _patterns()
    measure = _measure_rx()
    matches = [m for m in amount_rx.finditer(text, start, end) if (m.group("unit") or m.group("cur2"))
               and not (m.group("unit") and not m.group("cur") and measure.match(text, m.end()))
               and not _split_group(text, m)]
    spans: list[Amount] = []
    i = 0
    while i < len(matches):
        a = _amount_at(matches[i])
        if i + 1 < len(matches) and _joins(text, matches[i], matches[i + 1]):
            b = _amount_at(matches[i + 1])
            a = Amount(a.start, b.end, a.vnd + b.vnd, b.precision, a.unit)
            i += 1
        spans.append(a)
        i += 1
    starts = [s.start for s in spans]  # in order and apart: one bisect finds the span a word amount may sit in
    for m in words_rx.finditer(text, start, end):
        k = bisect_right(starts, m.start()) - 1
        if k >= 0 and m.start() < spans[k].end:
            continue
        n = words_to_int(m.group("words"))
        if n and n >= 1000 and len(m.group("words").split()) >= 2:
            spans.append(Amount(m.start(), m.end(), n, 1, "words"))
    return tuple(sorted(spans, key=lambda a: (a.start, a.end)))


# ---- thin wrappers for callers that still take tuples (extractors/checks.py)
def resolve_amount(raw: str) -> tuple[int, int]:
    """(VND, precision) of the first amount of ``raw``; prefer :func:`amount_of`."""
    a = amount_of(raw)
    return a.vnd, a.precision


def find_amounts(text: str, start: int = 0, end: int | None = None) -> tuple:
    """(start, end, vnd, precision, unit) tuples; prefer :func:`money_in`."""
    return tuple((a.start, a.end, a.vnd, a.precision, a.unit) for a in money_in(text, start, end))


def render_amount(vnd: int, style: str) -> str:
    """Write an amount in one of the styles plans use (for tests and the generator)."""
    if style == "dong":
        return f"{vnd:,}".replace(",", ".") + " đồng"
    if style == "d":
        return f"{vnd:,}".replace(",", ".") + " đ"
    if style in ("ty", "trieu", "nghin"):
        scale = {"ty": 10**9, "trieu": 10**6, "nghin": 10**3}[style]
        word = {"ty": "tỷ", "trieu": "triệu", "nghin": "nghìn"}[style]
        v = Decimal(vnd) / scale
        txt = format(v.normalize(), "f")
        whole, _, frac = txt.partition(".")
        whole = f"{int(whole):,}".replace(",", ".")
        return f"{whole},{frac} {word} đồng" if frac else f"{whole} {word} đồng"
    raise ValueError(style)
