"""Cited documents (legal bases): type, number, date, issuer, span.

"Quyết định số 2192/QĐ-UBND, 2194/QĐ-UBND, ngày 15/9/2022" is two documents with one date.

>>> from extractors.model import Document
>>> d = Document.from_text("Căn cứ các Quyết định số 2192/QĐ-UBND, 2194/QĐ-UBND, ngày 15/9/2022 của UBND tỉnh Thái Nguyên về việc ban hành;")
>>> [(r.number, r.date, r.issuer) for r in extract(d)]
[('2192/QĐ-UBND', '2022-09-15', 'UBND tỉnh Thái Nguyên'), ('2194/QĐ-UBND', '2022-09-15', 'UBND tỉnh Thái Nguyên')]
"""
from __future__ import annotations

from dataclasses import dataclass

import re
from functools import lru_cache
from typing import Iterator

from ..model import DocInfo, Document, Span

from ..registry import fact, kind


@dataclass(kw_only=True)
class LegalRef(Span):
    type: str
    number: str | None = None
    date: str | None = None
    issuer: str | None = None


VOCAB = {"types": {str: [str]}, "abbreviations": {str: [str]}, "issuer_by_suffix": {str: str}}


def vocab() -> dict:
    """This kind's words (legal_refs.yaml), checked against VOCAB."""
    return kind("legal_refs").vocab(VOCAB)


DOC_NUMBER = r"\d{1,5}(?:/\d{4})?\s*[/\-]\s*[A-ZĐ]{1,10}(?:\s*[\-/]\s*[A-ZĐ&]{1,14}){0,3}(?![\w])"
_DATE = r"(?:ngày\s+)?(?P<d>\d{1,2})\s*[/.\-]\s*(?P<m>\d{1,2})\s*[/.\-]\s*(?P<y>(?:19|20)\d{2})|ngày\s+(?P<d2>\d{1,2})\s+tháng\s+(?P<m2>\d{1,2})\s+năm\s+(?P<y2>(?:19|20)\d{2})"
_ISSUER_STOP = re.compile(r"\s+(?:về|V/v|v/v|hướng dẫn|ban hành|quy định|phê duyệt|triển khai|tại|trên|đối với|nhằm|với|để|thực hiện|lần thứ [IVX]+\s*,)\b|[,;:\n(“\"]|\.\s|\.$")


@lru_cache(maxsize=1)
def _type_rx() -> tuple[re.Pattern, dict]:
    types = vocab()["types"]
    words = {w.lower(): t for t, ws in types.items() for w in ws}
    alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    abbr = {w: t for t, ws in vocab().get("abbreviations", {}).items() for w in ws}
    words.update({w.lower(): t for w, t in abbr.items()})
    abbr_alt = "|".join(re.escape(w) for w in sorted(abbr, key=len, reverse=True))
    rx = re.compile(
        rf"(?<![\w])(?:(?P<type>{alt})(?:\s+(?:các|liên tịch|kết luận|chung|số))*?(?:\s+[a-zà-ỹđ]+){{0,2}}?\s*(?:số\s*:?\s*)?"
        rf"|(?P<abbr>(?-i:{abbr_alt}))\s+số\s*:?\s*)(?P<num>{DOC_NUMBER})",
        re.I)
    return rx, words


_MORE_NUMBER = re.compile(rf"\s*(?:,|và|;)\s*(?:số\s*)?(?P<num>{DOC_NUMBER})")
_DATE_AFTER = re.compile(rf"\s*,?\s*(?:ban hành\s+)?(?:{_DATE})")
_OF = re.compile(r"\s*,?\s*của\s+")


def _iso_date(m: re.Match) -> str | None:
    """ISO date of a match of _DATE (either "15/9/2022" or "ngày 15 tháng 9 năm 2022")."""
    g = m.groupdict()
    d, mo, y = (g["d"] or g["d2"]), (g["m"] or g["m2"]), (g["y"] or g["y2"])
    if 1 <= int(mo) <= 12 and 1 <= int(d) <= 31:
        return f"{int(y):04d}-{int(mo):02d}-{int(d):02d}"
    return None


def _norm_number(s: str) -> str:
    return re.sub(r"\s+", "", s)


def _issuer_from_suffix(num: str) -> str | None:
    sfx = vocab()["issuer_by_suffix"]
    for k, v in sorted(sfx.items(), key=lambda kv: -len(kv[0])):
        if num.upper().endswith(k.upper()):
            return v
    return None


@dataclass(frozen=True)
class Citation:
    """A numbered citation found in the text; ``zone_end`` ends its description (dates there date it)."""

    type: str
    number: str
    date: str | None
    issuer: str | None
    start: int
    end: int
    zone_end: int


def find_refs(text: str) -> Iterator[Citation]:
    """Every numbered citation, one per number of a list sharing type, date and issuer."""
    rx, words = _type_rx()
    for m in rx.finditer(text):
        typ = words[(m.group("type") or m.group("abbr")).lower()]
        nums = [(m.group("num"), m.start(), m.end("num"))]
        pos = m.end("num")
        while True:
            more = _MORE_NUMBER.match(text, pos)
            if not more:
                break
            nums.append((more.group("num"), more.start("num"), more.end("num")))
            pos = more.end()
        date = None
        dm = _DATE_AFTER.match(text, pos)
        if dm:
            date = _iso_date(dm)
            pos = dm.end()
        issuer = None
        om = _OF.match(text, pos)
        if om:
            stop = _ISSUER_STOP.search(text, om.end(), min(len(text), om.end() + 120))
            iend = stop.start() if stop else min(len(text), om.end() + 80)
            cand = text[om.end():iend].strip()
            if cand and len(cand) <= 100 and cand[:1].isupper():
                issuer = cand
                pos = om.end() + len(text[om.end():iend].rstrip())
        zone_end = _zone_end(text, pos)
        for i, (num, s, e) in enumerate(nums):
            end = e if i < len(nums) - 1 else pos
            number = _norm_number(num)
            yield Citation(typ, number, date, issuer or _issuer_from_suffix(number), s, end, zone_end)




@lru_cache(maxsize=1)
def _next_citation_rx() -> re.Pattern:
    """", Kế hoạch ...": the comma that starts another citation (type words from legal.yaml)."""
    words = [w for ws in vocab()["types"].values() for w in ws]
    return re.compile(r",\s*(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")\b", re.I)


def _zone_end(text: str, pos: int) -> int:
    """End of the citation's own description ("về việc ..."): its dates are not deadlines."""
    m = re.match(r"\s*,?\s*(?:về|V/v|v/v|hướng dẫn|ban hành|phê duyệt|quy định)\b", text[pos:pos + 40])
    if not m:
        return pos
    i = pos + m.end()
    n = len(text)
    while i < n:
        c = text[i]
        if c in "“\"":
            close = text.find("”" if c == "“" else '"', i + 1)
            if close != -1 and close - i < 400 and "\n" not in text[i:close]:
                i = close + 1
                continue
        if c in ";\n":
            return i
        if c == "." and (i + 1 >= n or text[i + 1] in " \n") and not text[i - 1].isdigit():
            return i
        if c == "," and _next_citation_rx().match(text, i):
            return i
        i += 1
    return n


def citation_zones(doc: Document) -> list[tuple[int, int]]:
    """Spans whose dates identify documents, not tasks: each citation with its description."""
    return doc.memo("citation_zones", lambda: [(c.start, max(c.end, c.zone_end)) for c in find_refs(doc.text)])


_PREAMBLE = re.compile(r"^\s*(?:Căn cứ|Thực hiện|Theo|Triển khai)\s+(?:các\s+)?", re.M)
_UNNUMBERED_TYPES = re.compile(r"(?P<type>Luật|Bộ luật|Nghị quyết|Quyết định|Kế hoạch|Chương trình|Đề án|Chỉ thị|Thông báo|"
                               r"Nghị định|Thông tư|Hướng dẫn)\s+(?=[^\d\s])")


def unnumbered_refs(text: str, numbered: list[tuple[int, int]]) -> list[LegalRef]:
    """Documents a legal basis cites without a number: "Căn cứ Đề án xây dựng NTM xã ... giai đoạn 2019-2020;"."""
    _, words = _type_rx()
    out = []
    for m in _PREAMBLE.finditer(text):
        le = text.find("\n", m.end())
        le = len(text) if le == -1 else le
        t = _UNNUMBERED_TYPES.match(text, m.end())
        if not t or any(s <= t.start() < e for s, e in numbered):
            continue
        rest = text[t.end():le]
        if re.match(r"(?:số\s*)?\d", rest):
            continue
        stop = re.search(r";|\.\s|\.$|,\s*(?:Căn cứ|Thực hiện)", rest)
        end = t.end() + (stop.start() if stop else len(rest.rstrip(" .;")))
        raw = text[t.start():end].rstrip(" ,;.")
        if len(raw) < 8:
            continue
        dm = re.search(_DATE, raw)
        date = _iso_date(dm) if dm else None
        issuer = None
        im = re.search(r"\scủa\s+([A-ZĐ][^,;]{2,80})$", raw)
        if im:
            issuer = im.group(1).strip()
        typ = {"luật": "other", "bộ luật": "other"}.get(t.group("type").lower(), words.get(t.group("type").lower(), "other"))
        out.append(LegalRef(raw=raw, start=t.start(), end=t.start() + len(raw), type=typ, number=None, date=date, issuer=issuer))
    return out


@fact("legal_refs", LegalRef, order=70)
def extract(doc: Document) -> list[LegalRef]:
    text = doc.text
    out = []
    own = doc.info.number
    header_end = min(len(text), 600)
    for c in find_refs(text):
        if own and c.number == own and c.start < header_end:
            continue  # the plan's own number
        raw = text[c.start:c.end].rstrip(" ,;")
        out.append(LegalRef(raw=raw, start=c.start, end=c.start + len(raw), type=c.type, number=c.number,
                            date=c.date, issuer=c.issuer))
    out += unnumbered_refs(text, [(r.start, r.end) for r in out])
    for r in out:
        r.issuer = complete_issuer(r.issuer, doc.info)
    return out


def complete_issuer(issuer: str | None, info: DocInfo) -> str | None:
    """"UBND tỉnh" / "Đảng ủy" without a place name are the plan's own province / commune.

    >>> complete_issuer("UBND tỉnh", DocInfo(province="Thanh Hóa"))
    'UBND tỉnh Thanh Hóa'
    >>> complete_issuer("Đảng ủy", DocInfo(commune="Tân Linh", admin_level="xa"))
    'Đảng ủy xã Tân Linh'
    """
    if not issuer:
        return issuer
    bare = issuer.strip()
    low = bare.lower()
    for word, key in (("tỉnh", "province"), ("huyện", "district"), ("xã", "commune")):
        if low.endswith(" " + word) and getattr(info, key):
            return f"{bare} {getattr(info, key)}"
    if low in ("đảng ủy", "đảng uỷ", "hđnd", "hội đồng nhân dân", "ubnd", "ủy ban nhân dân"):
        if info.admin_level == "xa" and info.commune:
            return f"{bare} xã {info.commune}"
        if info.admin_level == "huyen" and info.district:
            return f"{bare} huyện {info.district}"
    return bare
