"""Documents a legal basis cites without a number ("Căn cứ Luật Đầu tư công ngày 13 tháng 6 năm 2019;"), for the
legal_refs kind (extractors/facts/legal_refs.py), whose patterns and words it uses.

Several such acts on one line are one reference each: after ";" ("Căn cứ Luật A ngày …; Luật sửa đổi … ngày …;",
also "…; Căn cứ Luật B …"), and after "và" once the act before it has its date ("Luật A ngày 18/6/2009 và Luật sửa
đổi Luật A ngày 21/11/2017"). A pinpoint before the type word is read past ("Căn cứ điều 16 của Luật …"); a law
named with its year alone ("Luật Thanh niên năm 2005") keeps that year.

Refuses: a type word followed by a number (a numbered citation, found by the kind itself); a citation of
fewer than eight characters; a line that is no legal basis (no "Căn cứ", "Thực hiện" … opening); a split at "và"
whose left part has no date of its own ("Luật sửa đổi … của Luật A và Luật B ngày …" is one act); a year after a
comma or opening a span of years, or of a type that is not named by its year (a plan's "năm 2024").
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from .common import alternation, load_data
from .facts.legal_refs import LegalRef, _iso_date, _rx, _type_rx, _year_of, vocab
from .spans import Zones


@lru_cache(maxsize=1)
def _more_rx() -> dict[str, re.Pattern]:
    v = vocab()
    types = alternation(v["unnumbered_types"])
    return {
        # "điều 16 của", "Điểm a, khoản 4 Điều 1 của" before the type word
        "pinpoint": re.compile(rf"(?i:(?:{alternation(v['pinpoint_words'])})\s+[\w.]+\s*,?\s*)+(?:{alternation(v['of_words'])}\s+)?"),
        # after ";": the next act, a preamble opening may repeat ("; Căn cứ Luật …")
        "next": re.compile(rf";\s*(?:(?:{alternation(v['preamble_openings'])})\s+)?(?=(?:{types})\s)"),
        "and": re.compile(rf"\s+(?:{alternation(v['list_joins'])})\s+(?=(?:{types})\s)"),
        "named_year": re.compile(rf"(?<!,){_rx().year_after.pattern}\s*$"),
    }


def unnumbered_refs(text: str, numbered: list[tuple[int, int]]) -> list[LegalRef]:
    """Documents a legal basis cites without a number: "Căn cứ Đề án xây dựng NTM xã ... giai đoạn 2019-2020;"."""
    rx = _rx()
    out = []
    # asked per act: a file citing thousands of numbered acts must not cost their square
    found = _Numbered(Zones(numbered), sorted(s for s, _ in numbered))
    for m in rx.preamble.finditer(text):
        le = _wrapped_line_end(text, m.end())
        pos = m.end()
        pin = _more_rx()["pinpoint"].match(text, pos)
        pos = pin.end() if pin else pos
        while pos < le:
            ref, pos = _one(text, pos, le, found)
            if ref:
                out.append(ref)
    return out


@dataclass(frozen=True)
class _Numbered:
    """The numbered citations' spans (``zones``) and their sorted starts."""

    zones: Zones
    starts: list[int]


def _one(text: str, pos: int, le: int, numbered: _Numbered) -> tuple[LegalRef | None, int]:
    """The act cited at ``pos`` (None if none is, or it is numbered) and where the next one on the line starts."""
    rx, more = _rx(), _more_rx()
    t = rx.unnumbered_types.match(text, pos)
    if not t:
        return None, le
    rest = text[t.end():le]
    stop = rx.unnumbered_stop.search(rest)
    cut = stop.start() if stop else len(rest.rstrip(" .;"))
    nxt = more["next"].match(text, t.end() + stop.start()) if stop else None
    after = nxt.end() if nxt else le
    for j in more["and"].finditer(rest, 0, cut):  # "… ngày 18/6/2009 và Luật sửa đổi … ngày …"
        if re.search(rx.date, rest[:j.start()]):
            cut, after = j.start(), t.end() + j.end()
            break
    if rx.no_number.match(rest) or numbered.zones.holds(t.start()):
        return None, after
    i = bisect_left(numbered.starts, t.end())  # the first numbered citation inside the act's words
    if i < len(numbered.starts) and numbered.starts[i] < t.end() + cut:
        cut = numbered.starts[i] - t.end()  # "Pháp lệnh … ban hành theo lệnh số 38-LCT/HĐNN ngày …": its date
    raw = text[t.start():t.end() + cut].rstrip(" ,;.")
    if len(raw) < 8:
        return None, after
    dm = re.search(rx.date, raw)
    date = _iso_date(dm) if dm else None
    im = rx.issuer_tail.search(raw)
    word = t.group("type")
    year = _year_of(date)
    if date is None and word in vocab()["year_named_types"] and (ym := more["named_year"].search(raw)):
        year = int(ym.group("y"))  # "Luật Thanh niên năm 2005"
    typ = _type_rx()[1].get(word.lower(), "other")  # "Luật", "Bộ luật": other
    return LegalRef(raw=raw, start=t.start(), end=t.start() + len(raw), type=typ, number=None, date=date,
                    issuer=im.group(1).strip() if im else None, year=year), after


@lru_cache(maxsize=1)
def _party_rx() -> re.Pattern:
    w = vocab()["party_resolutions"]
    a = {k: alternation(w[k]) for k in ("type_words", "bodies", "ordinals", "terms", "plenums")}
    term = rf"(?:{a['terms']})\s+(?:[IVXLC]+\b|\d{{1,2}}\b|(?:19|20)\d{{2}}\s*[-–]\s*(?:19|20)\d{{2}})"
    return re.compile(rf"(?:{a['type_words']})\s+(?:(?:{a['bodies']})\b[^;.\n]{{0,90}}?\b(?:{a['ordinals']})\s+(?:[IVXLC]+|\d{{1,2}})\b"
                      rf"(?:[^;.\n]{{0,60}}?\b{term})?"
                      # "Nghị quyết (Hội nghị) Trung ương 7 khóa X": the plenum's number, then its term
                      rf"|(?:(?:{a['bodies']})\s+)?(?:{a['plenums']})\s+\d{{1,2}}\s+{term})")


def party_refs(text: str, taken: list[tuple[int, int]]) -> list[LegalRef]:
    """A party resolution cited by its congress or plenum, anywhere in the text: "Nghị quyết Đại hội đại biểu Đảng
    bộ tỉnh lần thứ XX, nhiệm kỳ 2020 - 2025", "Nghị quyết Hội nghị lần thứ 7 Ban Chấp hành Trung ương khóa X",
    "Nghị quyết Hội nghị Trung ương 7 khóa X".
    No number, date, year or issuer is given (a term is no date). Refuses one inside a citation already found, and
    a congress named without its ordinal ("Nghị quyết Đại hội Đảng các cấp")."""
    out = []
    inside = Zones(taken)
    for m in _party_rx().finditer(text):
        if inside.holds(m.start()):
            continue
        raw = m.group().rstrip(" ,")
        out.append(LegalRef(raw=raw, start=m.start(), end=m.start() + len(raw), type="nghi_quyet"))
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
    after a date word ending the line ("… ngày" ⏎ "19 tháng 6 năm 2015;"), or the line ends in a word that
    cannot end a citation ("… giám sát của" ⏎ "Quốc hội …", "… Chính phủ và" ⏎ "Luật …")."""
    nxt = text[le + 1:le + 2]
    if nxt.islower():
        return True
    last = text[max(0, le - 12):le].split()
    v = vocab()
    if nxt.isupper() and last and last[-1] in v["of_words"] + v["list_joins"]:
        return True
    dw = load_data("dates.yaml")
    words = (dw["day_word"], dw["month_word"], dw["year_word"])
    return nxt.isdigit() and text[max(0, le - 6):le].rstrip().lower().endswith(words)
