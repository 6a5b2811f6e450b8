"""Cited documents (legal bases): type, number, date, issuer, span.

Every national symbol form is read: laws and resolutions of the National
Assembly ("35/2022/QH15"), the Government ("12/NQ-CP", "27/2022/NĐ-CP"),
ministries ("05/2023/TT-BTC"), the Prime Minister ("318/QĐ-TTg"), the Party
("19-NQ/TW", "07-CTr/HU", "03-ĐA/TU"), departments ("88/TTr-SNN"), three-part
symbols and symbols with stray spaces ("17/2008/NĐ- CP"). A list sharing type,
date or issuer gives one reference per number: "các Quyết định: số 41/QĐ-UBND
ngày 2/3/2023, số 57/QĐ-UBND ngày 9/4/2023 của UBND tỉnh Lai Châu" is two
decisions of that province. Laws cited by name and date are kept without a number.
An issue year written instead of a date ("Quyết định 1975/QĐ-UBND năm 2021 của
UBND tỉnh Quảng Trị") is kept as ``year`` (``date`` stays null: it is not a day);
a full date gives its year too. Every word of the citation grammar is data
(legal_refs.yaml; the day, month and year words are dates.yaml's).

Refuses: the plan's own number in its header; the entries of a legal site's related-documents
list; numbers without a type word or "số" before them ("2/3 số hộ"); a site's added year that the symbol lacks is
not invented; "năm YYYY" after a comma, or opening a span of years ("năm 2021-2025"),
is not an issue year; a year is never read from the symbol ("58/2024/QH15"); a document
after "của" is no issuer ("Luật sửa đổi … của Luật Đất đai"). An issuer ends at a
description verb in any case ("… Thủ tướng Chính phủ Ban hành …") or a closing bracket,
and runs on over a hard-wrapped line whose next line opens in lower case ("Bộ Nông" ⏎ "nghiệp …").

>>> from extractors.model import Document
>>> d = Document.from_text("Căn cứ các Quyết định số 415/QĐ-UBND, 416/QĐ-UBND ngày 3/10/2023 của UBND tỉnh Hòa Bình về việc giao chỉ tiêu;")
>>> [(r.number, r.date, r.issuer) for r in extract(d)]
[('415/QĐ-UBND', '2023-10-03', 'UBND tỉnh Hòa Bình'), ('416/QĐ-UBND', '2023-10-03', 'UBND tỉnh Hòa Bình')]
>>> [(r.number, r.date, r.year, r.issuer) for r in extract(Document.from_text(
...     "Triển khai các Quyết định số 63/QĐ-UBND và 88/QĐ-UBND năm 2022 của UBND huyện Yên Thế về giao vốn;"))]
[('63/QĐ-UBND', None, 2022, 'UBND huyện Yên Thế'), ('88/QĐ-UBND', None, 2022, 'UBND huyện Yên Thế')]
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator

from ..common import alternation, first_char_guard, load_data
from ..legal_issuer import complete_issuer, end_at_body, end_at_place, issuer_named_before
from ..model import Document, Span
from ..registry import fact, kind
from ..spans import Zones


@dataclass(kw_only=True)
class LegalRef(Span):
    type: str
    number: str | None = None
    date: str | None = None
    issuer: str | None = None
    year: int | None = None  # the issue year: of ``date``, or written alone ("… năm 2022 của …")


VOCAB = {"types": {str: [str]}, "abbreviations": {str: [str]}, "issuer_by_suffix": {str: str}, "type_joins": [str],
         "description_words": [str], "issuer_stops": [str], "number_words": [str], "of_words": [str],
         "list_joins": [str], "issued_words": [str], "session_words": [str], "preamble_openings": [str],
         "plural_words": [str], "unnumbered_types": [str], "unnumbered_stops": [str],
         "place_levels": {str: str}, "bare_bodies": [str], "year_named_types": [str], "pinpoint_words": [str],
         "issuer_place_words": [str], "issuer_before": {"links": [str], "openings": [str]},
         "party_resolutions": {"type_words": [str], "bodies": [str], "ordinals": [str], "terms": [str],
                               "plenums": [str]}}


def vocab() -> dict:
    """This kind's words (legal_refs.yaml), checked against VOCAB."""
    return kind("legal_refs").vocab(VOCAB)



# "35/2022/QH15", "19-NQ/TW", "88/TTr-SNN-VPĐP", "17/2008/NĐ- CP", "1845 QĐ/SNN-TT" (the type code apart, before the
# slash): number, year, type and agency segments
DOC_NUMBER = r"\d{1,5}(?:\s*/\s*(?:19|20)\d{2})?(?:\s*[/\-]\s*|[ \t]+(?=(?-i:[A-ZĐ]{1,6})/))[A-ZĐƯÐ]{1,10}\d{0,2}(?:\s*[\-/]\s*[A-ZĐƯÐ&]{1,14}\d{0,2}){0,3}(?![\w])"
_Y = r"(?:19|20)\d{2}"


@dataclass(frozen=True)
class _Patterns:
    """The citation grammar, its words from the data files."""

    date: str  # "15/9/2022" or "ngày 15 tháng 9 năm 2022"
    more_number: re.Pattern  # ", 416/QĐ-UBND" after a number
    next_item: re.Pattern  # "…, số 57/QĐ-UBND ngày …"
    date_after: re.Pattern
    year_after: re.Pattern  # " năm 2022" after a number: its issue year
    of: re.Pattern  # ", của " before the issuer
    no_number: re.Pattern  # the rest of a line that opens with a number
    preamble: re.Pattern
    unnumbered_types: re.Pattern
    unnumbered_stop: re.Pattern
    issuer_tail: re.Pattern  # "… của UBND tỉnh X" ending an unnumbered citation


@lru_cache(maxsize=1)
def _rx() -> _Patterns:
    v, dw = vocab(), load_data("dates.yaml")
    no, of, joins = alternation(v["number_words"]), alternation(v["of_words"]), alternation(v["list_joins"])
    day, month, year = (re.escape(dw[k]) for k in ("day_word", "month_word", "year_word"))
    date = (rf"(?:{day}\s+)?(?P<d>\d{{1,2}})\s*[/.\-]\s*(?P<m>\d{{1,2}})\s*[/.\-]\s*(?P<y>{_Y})"
            rf"|{day}\s+(?P<d2>\d{{1,2}})\s+{month}\s+(?P<m2>\d{{1,2}})\s+{year}\s+(?P<y2>{_Y})")
    return _Patterns(
        date=date,
        more_number=re.compile(rf"\s*(?:,|{joins}|;)\s*(?:(?:{no})\s*)?(?P<num>{DOC_NUMBER})", re.I),
        next_item=re.compile(rf"\s*(?:,|;|{joins})\s*(?:(?:{joins})\s+)?(?:{no})\s*:?\s*(?P<num>{DOC_NUMBER})", re.I),
        date_after=re.compile(rf"\s*,?\s*(?:(?:{alternation(v['issued_words'])})\s+)?(?:{date})"),
        year_after=re.compile(rf"\s+{year}\s+(?P<y>{_Y})(?!\d)(?!\s*[-–]\s*\d)"),
        of=re.compile(rf"\s*,?\s*(?:{of})\s+"),
        no_number=re.compile(rf"(?:(?:{no})\s*)?\d"),
        preamble=re.compile(rf"^\s*(?:{alternation(v['preamble_openings'])})\s+(?:(?:{alternation(v['plural_words'])})\s+)?", re.M),
        unnumbered_types=re.compile(rf"(?P<type>{alternation(v['unnumbered_types'])})\s+(?=[^\d\s])"),
        unnumbered_stop=re.compile(rf";|\.\s|\.$|,\s*(?:{alternation(v['unnumbered_stops'])})"),
        issuer_tail=re.compile(rf"\s(?:{of})\s+([A-ZĐ][^,;]{{2,80}})$"))


@lru_cache(maxsize=1)
def _type_rx() -> tuple[re.Pattern, dict]:
    types = vocab()["types"]
    words = {w.lower(): t for t, ws in types.items() for w in ws}
    alt = "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(words, key=len, reverse=True))
    abbr = {w: t for t, ws in vocab().get("abbreviations", {}).items() for w in ws}
    words.update({w.lower(): t for w, t in abbr.items()})
    abbr_alt = alternation(abbr)
    joins = "|".join(re.escape(w) for w in vocab()["type_joins"])
    no, of = alternation(vocab()["number_words"]), alternation(vocab()["of_words"])
    list_joins = alternation(vocab()["list_joins"])
    guard = first_char_guard([*words, *abbr])  # every citation opens with a type word or an abbreviation
    rx = re.compile(
        guard +
        # a type word glued to the word before it ("Thực hiệnQuyết định số …") still opens a citation
        rf"(?:(?<![\w])|(?-i:(?<=[a-zà-ỹđ])(?=[A-ZĐ])))(?:(?P<type>{alt})(?:\s+(?:{of})\s+(?P<pre>[^:;\n]{{3,70}}?)\s*:|\s*:)?"
        # the words between a type word and "số" hold no other type word ("Chương trình hành động thực hiện
        # Nghị quyết số …" cites a Nghị quyết)
        rf"(?:(?:\s+(?:{joins}))*?(?:\s+[a-zà-ỹđ]+){{0,2}}?\s*(?:(?:{no})\s*:?\s*)?|(?:\s+(?!(?:{alt})(?!\w))[^\W\d]+){{1,9}}?\s+(?:{no})\s*:?\s*)"
        rf"|(?P<abbr>(?-i:{abbr_alt}))\s+(?:{no})\s*:?\s*)"
        # bare numbers sharing the last one's symbol ("số 2027, 2028 và 2029/QĐ-UBND")
        rf"(?P<bare>(?:\d{{1,5}}\s*(?:,|{list_joins})\s*)+)?(?P<num>{DOC_NUMBER})",
        re.I)
    return rx, words


@lru_cache(maxsize=1)
def _issuer_stop() -> re.Pattern:
    # a stop word may be hard-wrapped ("… Hội đồng Bộ trưởng ban" ⏎ "hành Điều lệ …")
    words = "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(vocab()["issuer_stops"], key=len, reverse=True))
    day = re.escape(load_data("dates.yaml")["day_word"])
    # the words in any case ("… Thủ tướng Chính phủ Ban hành Bộ tiêu chí …"); a closing bracket ends a parenthesis;
    # a date after the issuer ends it too ("của Chính phủ ngày 24 tháng 6 năm 2023")
    return re.compile(rf"\s+(?:(?i:{words})|(?:{alternation(vocab()['session_words'])}) [IVX]+\s*,)\b|\s+(?={day}\s+\d)"
                      rf"|[,;:\n()“\"]|\.\s|\.$")


@lru_cache(maxsize=1)
def _description() -> re.Pattern:
    words = "|".join(re.escape(w) for w in sorted(vocab()["description_words"], key=len, reverse=True))
    return re.compile(rf"\s*,?\s*(?:{words})\b")


def _iso_date(m: re.Match) -> str | None:
    """ISO date of a match of the date pattern (either "15/9/2022" or "ngày 15 tháng 9 năm 2022")."""
    g = m.groupdict()
    d, mo, y = (g["d"] or g["d2"]), (g["m"] or g["m2"]), (g["y"] or g["y2"])
    if 1 <= int(mo) <= 12 and 1 <= int(d) <= 31:
        return f"{int(y):04d}-{int(mo):02d}-{int(d):02d}"
    return None


def _year_of(date: str | None) -> int | None:
    return int(date[:4]) if date else None


def _norm_number(s: str) -> str:
    """Spaces out, "Ð" (U+00D0, a look-alike) read as "Đ": "17/2008/NÐ- CP" -> "17/2008/NĐ-CP"; a type code written
    apart keeps its one space, as the header reads it ("1845 QĐ/SNN-TT")."""
    s = s.strip().replace("\u00d0", "Đ")
    m = re.match(r"(\d+)\s+(?=[A-ZĐ])", s)
    return (m.group(1) + " " + re.sub(r"\s+", "", s[m.end():])) if m else re.sub(r"\s+", "", s)


_JOINT = re.compile(r"TTLT|[-/]B[A-ZĐ]{1,9}-B[A-ZĐ]{1,9}$")


def _issuer_from_suffix(num: str) -> str | None:
    """"318/QĐ-TTg" -> Thủ tướng Chính phủ; a term number is ignored ("35/2022/QH15" -> Quốc hội)."""
    sfx = vocab()["issuer_by_suffix"]
    bare = re.sub(r"\d+$", "", num).upper()
    if _JOINT.search(bare):
        return None  # "…/TTLT-BTC-BYT": a joint document has several issuers, not its last symbol's
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
    year: int | None = None


@dataclass(frozen=True)
class _Tail:
    """What the words after a citation's number(s) say, and where they end."""

    date: str | None
    year: int | None
    issuer: str | None
    end: int
    zone_end: int


def _tail(text: str, pos: int) -> _Tail:
    """Date (or issue year alone: "năm 2022") and issuer ("của …") after a citation's number(s)."""
    rx = _rx()
    date = issuer = None
    year = None
    dm = rx.date_after.match(text, pos)
    if dm:
        date, pos = _iso_date(dm), dm.end()
        year = _year_of(date)
    elif (ym := rx.year_after.match(text, pos)):
        year, pos = int(ym.group("y")), ym.end()
    om = rx.of.match(text, pos)
    if om:
        stop = _issuer_stop().search(text, om.end(), min(len(text), om.end() + 120))
        while stop and stop.group() == "\n" and text[stop.end():stop.end() + 1].islower():
            # a hard-wrapped line: "của Bộ Nông" ⏎ "nghiệp và Phát triển nông thôn" is one name
            stop = _issuer_stop().search(text, stop.end(), min(len(text), om.end() + 160))
        iend = stop.start() if stop else min(len(text), om.end() + 80)
        cand = re.sub(r"\s+", " ", text[om.end():iend]).strip()
        cand = end_at_body(end_at_place(cand, vocab()["issuer_place_words"]), *_known_bodies(), tuple(vocab()["list_joins"]))
        if cand and len(cand) <= 100 and cand[:1].isupper():
            issuer = cand
            pos = om.end() + len(text[om.end():iend].rstrip())
            if date is None and (dm := rx.date_after.match(text, pos)):  # "của Chính phủ ngày 24 tháng 6 năm 2023"
                date, pos = _iso_date(dm), dm.end()
                year = _year_of(date)
    return _Tail(date, year, issuer, pos, _zone_end(text, pos))


@lru_cache(maxsize=1)
def _known_bodies() -> tuple[list[str], list[str]]:
    """Central bodies' names (structure.yaml's header issuers, the issuers symbols imply) and the type words."""
    names = [n for _, n in load_data("structure.yaml")["header"]["central_issuers"]] + list(vocab()["issuer_by_suffix"].values())
    return sorted(set(names)), [w for ws in vocab()["types"].values() for w in ws]


def _numbers(text: str, first: re.Match) -> tuple[list[tuple[str, int, int]], int]:
    """The number of ``first`` and those listed right after it ("415/QĐ-UBND, 416/QĐ-UBND")."""
    nums = _bare_numbers(text, first) + [(first.group("num"), first.start("num"), first.end("num"))]
    pos = first.end("num")
    while (more := _rx().more_number.match(text, pos)):
        nums.append((more.group("num"), more.start("num"), more.end("num")))
        pos = more.end()
    return nums, pos


def _bare_refused(text: str, m: re.Match) -> bool:
    """Bare numbers not right after a number word ("Kế hoạch năm 2023, 45/KH-UBND") are no list of citations."""
    before = text[max(0, m.start("bare") - 12):m.start("bare")] if m.group("bare") else ""
    return bool(before) and not _number_word_at_end().search(before)


@lru_cache(maxsize=1)
def _number_word_at_end() -> re.Pattern:
    return re.compile(rf"(?:{alternation(vocab()['number_words'])})\s*:?\s*$", re.I)


def _bare_numbers(text: str, first: re.Match) -> list[tuple[str, int, int]]:
    """"số 2027, 2028 và 2029/QĐ-UBND": the bare numbers, each with the last number's symbol."""
    bare = first.groupdict().get("bare")
    if not bare:
        return []
    num = first.group("num")
    symbol = num[re.match(r"\d+", num).end():]  # type: ignore[union-attr]  # DOC_NUMBER opens with digits
    at = first.start("bare")
    return [(d.group() + symbol, at + d.start(), at + d.end()) for d in re.finditer(r"\d+", bare)]


def find_refs(text: str) -> Iterator[Citation]:
    """Every numbered citation, one per number of a list sharing type, date (or year) and issuer."""
    rx, words = _type_rx()
    for m in rx.finditer(text):
        if _bare_refused(text, m):
            continue
        typ = words[re.sub(r"\s+", " ", (m.group("type") or m.group("abbr")).lower())]
        group: list[tuple[str, int, int, _Tail]] = []
        head_start = m.start()
        item: re.Match[str] | None = m
        while item is not None:
            nums, pos = _numbers(text, item)
            tail = _tail(text, pos)
            for i, (num, s, e) in enumerate(nums):
                group.append((num, head_start if not group else s, e if i < len(nums) - 1 else tail.end, tail))
            item = _rx().next_item.match(text, max(tail.end, tail.zone_end))  # "…, số 57/QĐ-UBND ngày 9/4/2023 của …"
        shared = m.group("pre") or next((g[3].issuer for g in reversed(group) if g[3].issuer), None)
        shared = re.sub(r"\s+", " ", shared).strip() if shared else None
        shared = shared or issuer_named_before(text, m.start(), vocab())
        undated = len(group) == 1 and group[0][3].date is None and group[0][3].year is None
        before = _date_before(text, m.start()) if undated else None  # "ngày D, <CQ> ban hành Quyết định số …"
        for num, s, e, tail in group:
            number = _norm_number(num)
            yield Citation(typ, number, tail.date or before, tail.issuer or shared or _issuer_from_suffix(number), s, e,
                           tail.zone_end, tail.year or _year_of(before))


@lru_cache(maxsize=1)
def _date_before_rx() -> re.Pattern:
    issued = alternation(vocab()["issued_words"])
    return re.compile(rf"(?:{_rx().date})\s*,[^,;.\n]{{0,60}}?\s(?:{issued})\s+$")


def _date_before(text: str, start: int) -> str | None:
    """The date of a citation written before it: "ngày 4-6-2010, Thủ tướng Chính phủ ban hành Quyết định số …"."""
    m = _date_before_rx().search(text, max(0, start - 120), start)
    return _iso_date(m) if m else None


@lru_cache(maxsize=1)
def _next_citation_rx() -> re.Pattern:
    """", Kế hoạch ...": the comma that starts another citation (type words from legal_refs.yaml)."""
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
            if close != -1 and close - i < 400 and "\n\n" not in text[i:close]:  # a quoted title may be hard-wrapped
                i = close + 1
                continue
        if c == "\n" and text[i + 1:i + 2].islower():  # a hard-wrapped description goes on
            i += 1
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
    return doc.memo("citation_zones", lambda: [(c.start, max(c.end, c.zone_end)) for c in citations(doc)])


def citations(doc: Document) -> tuple[Citation, ...]:
    """:func:`find_refs` of the document's text, found once (deadlines ask for the zones before this kind runs)."""
    return doc.memo("citations", lambda: tuple(find_refs(doc.text)))


@fact("legal_refs", LegalRef, order=70)
def extract(doc: Document) -> list[LegalRef]:
    text = doc.text
    out = []
    own = doc.info.number
    header_end = min(len(text), 600)
    from ..header_view import related_list_spans

    related = related_list_spans(text)
    in_related = Zones(related)
    for c in citations(doc):
        if own and c.number == own and c.start < header_end:
            continue  # the plan's own number
        if in_related.holds(c.start):
            continue  # a site's related-documents list: linked, not cited
        raw = text[c.start:c.end].rstrip(" ,;")
        out.append(LegalRef(raw=raw, start=c.start, end=c.start + len(raw), type=c.type, number=c.number,
                            date=c.date, issuer=c.issuer, year=c.year))
    from ..legal_refs_cells import cell_refs
    from ..legal_refs_unnumbered import party_refs, unnumbered_refs

    out += cell_refs(text, citation_zones(doc) + related, own, max(doc.info.header_end or 0, doc.info.title_end or 0))
    out += unnumbered_refs(text, [(r.start, r.end) for r in out])
    out += party_refs(text, [(r.start, r.end) for r in out] + related)  # a site's list links, it does not cite
    for r in out:
        r.issuer = complete_issuer(r.issuer, doc.info, vocab())
    return out
