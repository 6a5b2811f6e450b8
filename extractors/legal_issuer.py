"""Where a cited document's issuer ends, and what a bare issuer names, for the legal_refs kind (extractors/facts/legal_refs.py).

Refuses: a cut where no lower-case word follows the capitalised place name (the issuer is kept whole), and a
level word with no capitalised name after it ("… của UBND tỉnh về việc …" is left to the stop words).

>>> end_at_place("Hội đồng nhân dân tỉnh Quảng Bình phân cấp nguồn thu", ["tỉnh", "huyện"])
'Hội đồng nhân dân tỉnh Quảng Bình'
>>> end_at_place("UBND tỉnh Bà Rịa - Vũng Tàu", ["tỉnh"])
'UBND tỉnh Bà Rịa - Vũng Tàu'
"""
from __future__ import annotations

import re

from .model import DocInfo


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


def issuer_named_before(text: str, start: int, words: dict) -> str | None:
    """The body named before a citation's type word: "… ý kiến của Sở Nội vụ tại Công văn số 7/SNV …" is Sở Nội vụ's
    (``words``: legal_refs.yaml, its ``of_words`` and ``issuer_before``).

    Refuses: a person's office ("của Giám đốc Sở Nội vụ tại Tờ trình": no body word opens it), two "của" in the
    name, a sentence mark between, and any other word than a link word right before the type word.
    """
    w = words["issuer_before"]
    window = re.sub(r"\s+", " ", text[max(0, start - 100):start])
    of = "|".join(map(re.escape, words["of_words"]))
    opening = "|".join(re.escape(x) for x in sorted(w["openings"], key=len, reverse=True))
    links = "|".join(map(re.escape, w["links"]))
    m = None
    for m in re.finditer(rf"(?<!\w)(?:{of}) ((?:{opening}) [^,;:.()]{{1,60}}?) (?:{links}) ?$", window):
        pass
    if not m or any(f" {x} " in f" {m.group(1)} " for x in words["of_words"]):
        return None
    return m.group(1)


def names_a_document(issuer: str | None, words: dict) -> bool:
    """"Luật sửa đổi … của Luật Ban hành văn bản …": what follows "của" is a document, not its issuer
    (``words``: legal_refs.yaml, its ``types`` and ``unnumbered_types``)."""
    if not issuer:
        return False
    low = issuer.lower()
    types = [w.lower() for ws in words["types"].values() for w in ws] + [w.lower() for w in words["unnumbered_types"]]
    return any(low == w or low.startswith(w + " ") for w in types)


_OWN_PLACE = {"xa": "commune", "huyen": "district"}  # the plan's level -> the DocInfo field naming its place


def complete_issuer(issuer: str | None, info: DocInfo, words: dict) -> str | None:
    """"UBND tỉnh" / "Đảng ủy" without a place name are the plan's own province / commune; a document named
    after "của" is no issuer (``words``: legal_refs.yaml).

    Refuses: a body without a place in a plan whose level is tỉnh or unknown (which body is not said).

    >>> from extractors.facts.legal_refs import vocab
    >>> complete_issuer("UBND tỉnh", DocInfo(province="Thanh Hóa"), vocab())
    'UBND tỉnh Thanh Hóa'
    >>> complete_issuer("Đảng ủy", DocInfo(commune="Tân Linh", admin_level="xa"), vocab())
    'Đảng ủy xã Tân Linh'
    >>> complete_issuer("Luật Đất đai", DocInfo(), vocab()) is None
    True
    """
    if not issuer or names_a_document(issuer, words):
        return None
    bare = issuer.strip()
    low = bare.lower()
    levels = words["place_levels"]
    for key, word in levels.items():
        if low.endswith(" " + word) and getattr(info, key):
            return f"{bare} {getattr(info, key)}"
    key = _OWN_PLACE.get(info.admin_level or "")
    if low in words["bare_bodies"] and key and getattr(info, key):
        return f"{bare} {levels[key]} {getattr(info, key)}"
    return bare
