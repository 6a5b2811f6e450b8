"""Documents a legal basis cites without a number ("Căn cứ Luật Đầu tư công ngày 13 tháng 6 năm 2019;"), for the
legal_refs kind (extractors/facts/legal_refs.py), whose patterns and words it uses.

Refuses: a type word followed by a number (a numbered citation, found by the kind itself); a citation of
fewer than eight characters; a line that is no legal basis (no "Căn cứ", "Thực hiện" … opening).
"""
from __future__ import annotations

import re

from .common import load_data
from .facts.legal_refs import LegalRef, _iso_date, _rx, _type_rx, _year_of


def unnumbered_refs(text: str, numbered: list[tuple[int, int]]) -> list[LegalRef]:
    """Documents a legal basis cites without a number: "Căn cứ Đề án xây dựng NTM xã ... giai đoạn 2019-2020;"."""
    _, words = _type_rx()
    rx = _rx()
    out = []
    for m in rx.preamble.finditer(text):
        le = _wrapped_line_end(text, m.end())
        t = rx.unnumbered_types.match(text, m.end())
        if not t or any(s <= t.start() < e for s, e in numbered):
            continue
        rest = text[t.end():le]
        if rx.no_number.match(rest):
            continue
        stop = rx.unnumbered_stop.search(rest)
        end = t.end() + (stop.start() if stop else len(rest.rstrip(" .;")))
        raw = text[t.start():end].rstrip(" ,;.")
        if len(raw) < 8:
            continue
        dm = re.search(rx.date, raw)
        date = _iso_date(dm) if dm else None
        im = rx.issuer_tail.search(raw)
        issuer = im.group(1).strip() if im else None
        typ = words.get(t.group("type").lower(), "other")  # "Luật", "Bộ luật": other
        out.append(LegalRef(raw=raw, start=t.start(), end=t.start() + len(raw), type=typ, number=None, date=date,
                            issuer=issuer, year=_year_of(date)))
    return out


def _wrapped_line_end(text: str, pos: int) -> int:
    """The end of the line at ``pos``, run on over hard wraps: a next line opening in lower case continues it
    ("Căn cứ Luật Tổ chức chính quyền địa" ⏎ "phương ngày 19 tháng 6 năm 2015;")."""
    le = text.find("\n", pos)
    while le != -1 and _continues(text, le) and not text[pos:le].rstrip().endswith((";", ".")):
        le = text.find("\n", le + 1)
    return len(text) if le == -1 else le


def _continues(text: str, le: int) -> bool:
    """The line after the break at ``le`` goes on with the one before: it opens in lower case, or with a number
    after a date word ending the line ("… ngày" ⏎ "19 tháng 6 năm 2015;")."""
    nxt = text[le + 1:le + 2]
    if nxt.islower():
        return True
    dw = load_data("dates.yaml")
    words = (dw["day_word"], dw["month_word"], dw["year_word"])
    return nxt.isdigit() and text[max(0, le - 6):le].rstrip().lower().endswith(words)
