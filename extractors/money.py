"""Vietnamese numbers and money: finding spans and resolving their values.

"." groups thousands and "," marks decimals. The precision a figure was written
to is kept for the audit checks ("10,3 tỷ" is known to 100 million).

>>> resolve_amount("17,5 tỷ đồng")
(17500000000, 100000000)
>>> resolve_amount("31.003.700.000 đồng")[0], resolve_amount("1.500 triệu")[0], resolve_amount("2,5 nghìn tỷ")[0]
(31003700000, 1500000000, 2500000000000)
>>> resolve_amount("hai tỷ đồng")[0], resolve_amount("năm trăm triệu đồng")[0]
(2000000000, 500000000)
"""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from functools import lru_cache


_SCALE = {"nghìn tỷ": 10**12, "ngàn tỷ": 10**12, "tỷ": 10**9, "tỉ": 10**9, "triệu": 10**6,
          "nghìn": 10**3, "ngàn": 10**3, "đồng": 1, "đ": 1, "vnđ": 1, "vnd": 1,
          "tr.đ": 10**6, "trđ": 10**6, "tr.đồng": 10**6, "tr": 10**6, "ng.đ": 10**3, "nghìn đồng": 10**3}

NUMBER = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
UNIT = r"nghìn\s+tỷ|ngàn\s+tỷ|tỷ|tỉ|triệu|nghìn|ngàn|tr\.\s?đ(?:ồng)?|trđ|ng\.\s?đ"
CURRENCY = r"đồng|VNĐ|VND|đ(?![\w])"
AMOUNT_RX = re.compile(
    rf"(?<![\w.,/])(?P<num>{NUMBER})\s*(?:(?P<unit>{UNIT})(?:\s*(?P<cur>{CURRENCY}))?|(?P<cur2>{CURRENCY}))(?![\w])",
    re.I)

_DIGITS = {"không": 0, "một": 1, "mốt": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5, "lăm": 5,
           "sáu": 6, "bảy": 7, "bẩy": 7, "tám": 8, "chín": 9}
_WORD_UNITS = {"mươi": 10, "mười": 10, "trăm": 100, "nghìn": 1000, "ngàn": 1000, "triệu": 10**6, "tỷ": 10**9, "tỉ": 10**9}
_WORD_TOKEN = r"(?:không|một|mốt|hai|ba|bốn|tư|năm|lăm|sáu|bảy|bẩy|tám|chín|mười|mươi|trăm|nghìn|ngàn|triệu|tỷ|tỉ|linh|lẻ|rưỡi)"
WORDS_RX = re.compile(rf"(?<![\w])(?P<words>{_WORD_TOKEN}(?:\s+{_WORD_TOKEN})*)\s+(?P<cur>đồng)(?![\w])", re.I)


def parse_number(s: str) -> tuple[Decimal, int]:
    """Vietnamese number text -> (value, decimals written).

    >>> parse_number("31.003.700.000"), parse_number("17,5"), parse_number("0,25")
    ((Decimal('31003700000'), 0), (Decimal('17.5'), 1), (Decimal('0.25'), 2))
    """
    s = s.strip().replace(" ", "")
    if "," in s:
        whole, frac = s.split(",", 1)
    else:
        whole, frac = s, ""
    whole = whole.replace(".", "")
    try:
        value = Decimal(f"{whole or '0'}.{frac}" if frac else whole)
    except InvalidOperation:
        raise ValueError(f"not a number: {s!r}")
    return value, len(frac)


def unit_scale(unit: str | None) -> int:
    if not unit:
        return 1
    u = re.sub(r"\s+", "", unit.lower()).replace("nghìntỷ", "nghìn tỷ").replace("ngàntỷ", "ngàn tỷ")
    if u.startswith("tr.đ") or u == "trđ":
        return 10**6
    if u.startswith("ng.đ"):
        return 10**3
    return _SCALE.get(u, 1)


def words_to_int(words: str) -> int | None:
    """Vietnamese number words -> int.

    >>> words_to_int("một trăm hai mươi lăm triệu"), words_to_int("mười lăm tỷ")
    (125000000, 15000000000)
    """
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
        if t in _DIGITS:
            if pending is not None:
                section += pending
            pending = _DIGITS[t]
        elif t in ("linh", "lẻ"):
            continue
        elif t == "mươi":
            section += (pending if pending is not None else 1) * 10
            pending = None
        elif t == "mười":
            section += 10
            pending = None
        elif t == "trăm":
            section += (pending if pending is not None else 1) * 100
            pending = None
        elif t in ("nghìn", "ngàn"):
            current += (flush() or 1) * 1000
        elif t == "triệu":
            current += (flush() or 1) * 10**6
        elif t in ("tỷ", "tỉ"):
            v = flush()
            total = (total + current + (v if (v or current) else 1)) * 10**9
            current = 0
        else:
            return None  # "rưỡi" and anything else: refuse rather than guess
    return total + current + flush()


def resolve_amount(raw: str) -> tuple[int, int]:
    """The written amount -> (VND as int, precision in VND).

    Raises ValueError when ``raw`` is not an amount.
    """
    m = AMOUNT_RX.search(raw)
    if m:
        value, decimals = parse_number(m.group("num"))
        scale = unit_scale(m.group("unit"))
        vnd = value * scale
        precision = max(1, int(Decimal(scale) / (Decimal(10) ** decimals)))
        return int(vnd.to_integral_value()), precision
    w = WORDS_RX.search(raw)
    if w:
        n = words_to_int(w.group("words"))
        if n:
            return n, 1
    raise ValueError(f"not an amount: {raw!r}")


@lru_cache(maxsize=4)  # the budgets extractor and the arithmetic check read the same plan
def find_amounts(text: str, start: int = 0, end: int | None = None) -> tuple:
    """(start, end, vnd, precision, unit_word) for each written amount, in order."""
    end = len(text) if end is None else end
    spans = []
    for m in AMOUNT_RX.finditer(text, start, end):
        if not (m.group("unit") or m.group("cur2")):
            continue
        try:
            vnd, prec = resolve_amount(m.group(0))
        except ValueError:
            continue
        spans.append((m.start(), m.end(), vnd, prec, (m.group("unit") or m.group("cur2") or "").lower()))
    for m in WORDS_RX.finditer(text, start, end):
        if any(s <= m.start() < e for s, e, *_ in spans):
            continue
        n = words_to_int(m.group("words"))
        if n and n >= 1000 and len(m.group("words").split()) >= 2:
            spans.append((m.start(), m.end(), n, 1, "words"))
    return tuple(sorted(spans))


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
