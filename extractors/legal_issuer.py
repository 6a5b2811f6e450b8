"""Where a cited document's issuer ends, for the legal_refs kind (extractors/facts/legal_refs.py).

Refuses: a cut where no lower-case word follows the capitalised place name (the issuer is kept whole), and a
level word with no capitalised name after it ("… của UBND tỉnh về việc …" is left to the stop words).

>>> end_at_place("Hội đồng nhân dân tỉnh Quảng Bình phân cấp nguồn thu", ["tỉnh", "huyện"])
'Hội đồng nhân dân tỉnh Quảng Bình'
>>> end_at_place("UBND tỉnh Bà Rịa - Vũng Tàu", ["tỉnh"])
'UBND tỉnh Bà Rịa - Vũng Tàu'
"""
from __future__ import annotations

import re


def end_at_place(issuer: str, level_words: list[str]) -> str:
    """The issuer ends with its place's name: the first lower-case word after the capitalised name that follows
    a level word ends it ("Bà Rịa - Vũng Tàu" is one name)."""
    w = issuer.split(" ")
    levels = [lv.split() for lv in level_words]
    for i in range(len(w)):
        lv = next((lv for lv in levels if [x.lower() for x in w[i:i + len(lv)]] == lv), None)
        j = i + len(lv) if lv else i
        if not lv or j >= len(w) or not w[j][:1].isupper():
            continue
        while j < len(w) and (w[j][:1].isupper() or w[j] in "-–"):
            j += 1
        if j < len(w) and w[j][:1].islower():
            return " ".join(w[:j])
    return issuer


def end_at_body(issuer: str, bodies: list[str], type_words: list[str], joins: tuple[str, ...] = ("và",)) -> str:
    """A known body's name ends the issuer when what follows opens another clause: a lower-case word ("Hội đồng
    Chính phủ ủy nhiệm cho …"), a dash and a lower-case word ("Văn phòng Chính phủ - xin gửi bản chụp") or a type
    word ("Văn phòng Chính phủ Kết luận của …"). Refuses a joint issuer ("Bộ Tài chính và Bộ Nội vụ": ``joins``)
    and a longer name that starts with a known one.

    >>> end_at_body("Văn phòng Chính phủ Kết luận của Phó Thủ tướng", ["Chính phủ", "Văn phòng Chính phủ"], ["Kết luận"])
    'Văn phòng Chính phủ'
    """
    low = issuer.lower()
    types = "|".join(re.escape(t) for t in sorted(type_words, key=len, reverse=True))
    for name in sorted(bodies, key=len, reverse=True):
        if low.startswith(name.lower()) and len(issuer) > len(name):
            rest = issuer[len(name):]
            first = rest.split()[0] if rest.split() else ""
            lower = first[:1].islower() and first not in joins
            if lower or re.match(r"\s*[-–]\s*[a-zà-ỹđ]", rest) or (types and re.match(rf"\s+(?:{types})\b", rest)):
                return issuer[:len(name)]
            return issuer
    return issuer
