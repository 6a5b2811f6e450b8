"""Cited documents (legal bases): type, number, date, issuer, span.

Every national symbol form is read: laws and resolutions of the National
Assembly ("35/2022/QH15"), the Government ("12/NQ-CP", "27/2022/NĐ-CP"),
ministries ("05/2023/TT-BTC"), the Prime Minister ("318/QĐ-TTg"), the Party
("19-NQ/TW", "07-CTr/HU", "03-ĐA/TU"), departments ("88/TTr-SNN"), three-part
symbols and symbols with stray spaces ("17/2008/NĐ- CP"). A list sharing type,
date or issuer gives one reference per number: "các Quyết định: số 41/QĐ-UBND
ngày 2/3/2023, số 57/QĐ-UBND ngày 9/4/2023 của UBND tỉnh Lai Châu" is two
decisions of that province. Laws cited by name and date are kept without a number.

Refuses: the plan's own number in its header; numbers without a type word
or "số" before them ("2/3 số hộ"); a site's added year that the symbol lacks is
not invented.

>>> from extractors.model import Document
>>> d = Document.from_text("Căn cứ các Quyết định số 415/QĐ-UBND, 416/QĐ-UBND ngày 3/10/2023 của UBND tỉnh Hòa Bình về việc giao chỉ tiêu;")
>>> [(r.number, r.date, r.issuer) for r in extract(d)]
[('415/QĐ-UBND', '2023-10-03', 'UBND tỉnh Hòa Bình'), ('416/QĐ-UBND', '2023-10-03', 'UBND tỉnh Hòa Bình')]
"""
from __future__ import annotations

import re
from dataclasses import dataclass
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


VOCAB = {"types": {str: [str]}, "abbreviations": {str: [str]}, "issuer_by_suffix": {str: str}, "type_joins": [str],
         "description_words": [str], "issuer_stops": [str]}


def vocab() -> dict:
    """This kind's words (legal_refs.yaml), checked against VOCAB."""
    return kind("legal_refs").vocab(VOCAB)


# "35/2022/QH15", "19-NQ/TW", "88/TTr-SNN-VPĐP", "17/2008/NĐ- CP": number, year, type and agency segments
DOC_NUMBER = r"\d{1,5}(?:\s*/\s*(?:19|20)\d{2})?\s*[/\-]\s*[A-ZĐƯÐ]{1,10}\d{0,2}(?:\s*[\-/]\s*[A-ZĐƯÐ&]{1,14}\d{0,2}){0,3}(?![\w])"
_DATE = r"(?:ngày\s+)?(?P<d>\d{1,2})\s*[/.\-]\s*(?P<m>\d{1,2})\s*[/.\-]\s*(?P<y>(?:19|20)\d{2})|ngày\s+(?P<d2>\d{1,2})\s+tháng\s+(?P<m2>\d{1,2})\s+năm\s+(?P<y2>(?:19|20)\d{2})"


@lru_cache(maxsize=1)
def _type_rx() -> tuple[re.Pattern, dict]:
    types = vocab()["types"]
    words = {w.lower(): t for t, ws in types.items() for w in ws}
    alt = "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(words, key=len, reverse=True))
    abbr = {w: t for t, ws in vocab().get("abbreviations", {}).items() for w in ws}
    words.update({w.lower(): t for w, t in abbr.items()})
    abbr_alt = "|".join(re.escape(w) for w in sorted(abbr, key=len, reverse=True))
    joins = "|".join(re.escape(w) for w in vocab()["type_joins"])
    rx = re.compile(
        rf"(?<![\w])(?:(?P<type>{alt})(?:\s+của\s+(?P<pre>[^:;\n]{{3,70}}?)\s*:|\s*:)?"
        rf"(?:(?:\s+(?:{joins}))*?(?:\s+[a-zà-ỹđ]+){{0,2}}?\s*(?:số\s*:?\s*)?|(?:\s+[^\W\d]+){{1,9}}?\s+số\s*:?\s*)"
        rf"|(?P<abbr>(?-i:{abbr_alt}))\s+số\s*:?\s*)(?P<num>{DOC_NUMBER})",
        re.I)
    return rx, words


_MORE_NUMBER = re.compile(rf"\s*(?:,|và|;)\s*(?:số\s*)?(?P<num>{DOC_NUMBER})", re.I)
_NEXT_ITEM = re.compile(rf"\s*(?:,|;|và)\s*(?:và\s+)?số\s*:?\s*(?P<num>{DOC_NUMBER})", re.I)  # "…, số 57/QĐ-UBND ngày …"
_DATE_AFTER = re.compile(rf"\s*,?\s*(?:ban hành\s+)?(?:{_DATE})")
_OF = re.compile(r"\s*,?\s*của\s+")


@lru_cache(maxsize=1)
def _issuer_stop() -> re.Pattern:
    words = "|".join(re.escape(w) for w in sorted(vocab()["issuer_stops"], key=len, reverse=True))
    return re.compile(rf"\s+(?:{words}|lần thứ [IVX]+\s*,)\b|[,;:\n(“\"]|\.\s|\.$")


@lru_cache(maxsize=1)
def _description() -> re.Pattern:
    words = "|".join(re.escape(w) for w in sorted(vocab()["description_words"], key=len, reverse=True))
    return re.compile(rf"\s*,?\s*(?:{words})\b")


def _iso_date(m: re.Match) -> str | None:
    """ISO date of a match of _DATE (either "15/9/2022" or "ngày 15 tháng 9 năm 2022")."""
    g = m.groupdict()
    d, mo, y = (g["d"] or g["d2"]), (g["m"] or g["m2"]), (g["y"] or g["y2"])
    if 1 <= int(mo) <= 12 and 1 <= int(d) <= 31:
        return f"{int(y):04d}-{int(mo):02d}-{int(d):02d}"
    return None


def _norm_number(s: str) -> str:
    """Spaces out, "Ð" (U+00D0, a look-alike) read as "Đ": "17/2008/NÐ- CP" -> "17/2008/NĐ-CP"."""
    return re.sub(r"\s+", "", s).replace("\u00d0", "Đ")


def _issuer_from_suffix(num: str) -> str | None:
    """"318/QĐ-TTg" -> Thủ tướng Chính phủ; a term number is ignored ("35/2022/QH15" -> Quốc hội)."""
    sfx = vocab()["issuer_by_suffix"]
    bare = re.sub(r"\d+$", "", num).upper()
    for k, v in sorted(sfx.items(), key=lambda kv: -len(kv[0])):
        if bare.endswith(k.upper()):
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


def _tail(text: str, pos: int) -> tuple[str | None, str | None, int, int]:
    """(date, issuer, end, zone_end) of the words after a citation's number(s)."""
    date = issuer = None
    dm = _DATE_AFTER.match(text, pos)
    if dm:
        date, pos = _iso_date(dm), dm.end()
    om = _OF.match(text, pos)
    if om:
        stop = _issuer_stop().search(text, om.end(), min(len(text), om.end() + 120))
        iend = stop.start() if stop else min(len(text), om.end() + 80)
        cand = re.sub(r"\s+", " ", text[om.end():iend]).strip()
        if cand and len(cand) <= 100 and cand[:1].isupper():
            issuer = cand
            pos = om.end() + len(text[om.end():iend].rstrip())
    return date, issuer, pos, _zone_end(text, pos)


def _numbers(text: str, first: re.Match) -> tuple[list[tuple[str, int, int]], int]:
    """The number of ``first`` and those listed right after it ("415/QĐ-UBND, 416/QĐ-UBND")."""
    nums = [(first.group("num"), first.start("num"), first.end("num"))]
    pos = first.end("num")
    while (more := _MORE_NUMBER.match(text, pos)):
        nums.append((more.group("num"), more.start("num"), more.end("num")))
        pos = more.end()
    return nums, pos


def find_refs(text: str) -> Iterator[Citation]:
    """Every numbered citation, one per number of a list sharing type, date and issuer."""
    rx, words = _type_rx()
    for m in rx.finditer(text):
        typ = words[re.sub(r"\s+", " ", (m.group("type") or m.group("abbr")).lower())]
        group: list[tuple[str, int, int, str | None, str | None, int, int]] = []
        head_start, item = m.start(), m
        while item is not None:
            nums, pos = _numbers(text, item)
            date, issuer, pos, zone_end = _tail(text, pos)
            for i, (num, s, e) in enumerate(nums):
                group.append((num, head_start if not group else s, e if i < len(nums) - 1 else pos, date, issuer, zone_end, i))
            item = _NEXT_ITEM.match(text, max(pos, zone_end))  # "…, số 57/QĐ-UBND ngày 9/4/2023 của …"
        shared = m.group("pre") or next((g[4] for g in reversed(group) if g[4]), None)
        shared = re.sub(r"\s+", " ", shared).strip() if shared else None
        for num, s, e, date, issuer, zone_end, _ in group:
            number = _norm_number(num)
            yield Citation(typ, number, date, issuer or shared or _issuer_from_suffix(number), s, e, zone_end)


@lru_cache(maxsize=1)
def _next_citation_rx() -> re.Pattern:
    """", Kế hoạch ...": the comma that starts another citation (type words from legal.yaml)."""
    words = [w for ws in vocab()["types"].values() for w in ws]
    return re.compile(r",\s*(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")\b", re.I)


def _zone_end(text: str, pos: int) -> int:
    """End of the citation's own description ("về việc ..."): its dates are not deadlines."""
    m = _description().match(text[pos:pos + 40])
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
