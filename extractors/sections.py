"""Section tree: numbered headings and items, their level, kind and extent.

Numbering styles (I., 1., 1.1., a), b/, "Một là", A., "Quý I/2023:", bullets)
nest by order of first appearance, the way a reader infers them: a style seen
for the first time goes one level deeper than the current one; a style already
open closes everything below it. Roman numerals always open level 1.

>>> from .model import Document
>>> d = Document.from_text("I. MỤC ĐÍCH\\n1. Mục đích\\n- làm\\nII. KINH PHÍ\\n1. Vốn")
>>> [(s.number, s.level, s.kind) for s in find_sections(d)]
[('I', 1, 'muc_dich_yeu_cau'), ('1', 2, 'muc_dich_yeu_cau'), ('-', 3, 'muc_dich_yeu_cau'), ('II', 1, 'kinh_phi'), ('1', 2, 'kinh_phi')]
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from .common import fold_keep_length, iter_lines, load_data
from .model import Document, Section

_ROMAN_OCR = str.maketrans({"H": "II", "l": "I", "1": "I", "|": "I", "U": "II"})
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50}

_PATTERNS = [
    ("roman", re.compile(r"^(?P<num>[IVXLHl1|U]{1,6})\s*[.\/)\-–:]\s*(?P<rest>\S.*)$")),
    ("decimal", re.compile(r"^(?P<num>\d{1,2}(?:\.\d{1,2}){0,4})(?:\.|\)|/|\s*[-–])(?!\d)\s*(?P<rest>\S.*)$")),
    ("upper", re.compile(r"^(?P<num>[A-HK])\s*[.)/]\s+(?P<rest>\S.*)$")),
    ("lower", re.compile(r"^(?P<num>[a-hđk])\s*[.)/]\s*(?P<rest>\S.*)$")),
    ("ordinal", re.compile(r"^(?P<num>(?:Một|Hai|Ba|Bốn|Năm|Sáu|Bảy|Tám|Chín|Mười)\s+là)\s*[,:]?\s*(?P<rest>\S.*)$")),
    ("quarter", re.compile(r"^(?P<num>(?:Quý|QUÝ)\s+[IV1-4]{1,3}\s*(?:/|năm)\s*\d{4})\s*:?\s*(?P<rest>.*)$")),
    ("dash", re.compile(r"^(?P<num>[-–—•])\s*(?P<rest>\S.*)$")),
    ("plus", re.compile(r"^(?P<num>\+|\*)\s*(?P<rest>\S.*)$")),
]
_BULLETS = {"dash", "plus"}


def roman_value(token: str) -> int | None:
    """Value of a Roman numeral, also as OCR misreads it ("IH" -> 3)."""
    t = token.translate(_ROMAN_OCR)
    if not re.fullmatch(r"M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})", t) or not t:
        return None
    total = 0
    for i, ch in enumerate(t):
        v = _ROMAN_VALUES.get(ch, 0)
        total += -v if i + 1 < len(t) and _ROMAN_VALUES.get(t[i + 1], 0) > v else v
    return total or None


@dataclass
class _Heading:
    style: str
    number: str
    start: int
    line_end: int
    rest_start: int
    text: str


def _classify(line_text: str, prev_roman: int) -> tuple[str, re.Match] | None:
    s = line_text
    for style, rx in _PATTERNS:
        m = rx.match(s)
        if not m:
            continue
        if style == "roman":
            v = roman_value(m.group("num"))
            raw = m.group("num")
            if v is None or not set(raw) & set("IVXL"):
                continue  # "1/" is an item number, not a misread "I."
            if not set(raw) <= set("IVXL") and (v != prev_roman + 1 or not m.group("rest")[:8].isupper()):
                continue
            pure = set(raw) <= set("IVXL")
            if v > 30 or (v > prev_roman + 3 and not (pure and m.group("rest")[:12].isupper())):
                continue
            rest = m.group("rest")
            # a Roman heading is short or in capitals; "I. " inside prose is rare
            if len(rest) > 200 and not rest[:20].isupper():
                continue
        if style == "decimal":
            rest = m.group("rest")
            if re.match(r"^\d", rest) or re.match(r"^(?:tỷ|triệu|đồng|%|ha|km|m\b)", rest):
                continue  # "15. 000 đồng", figures rather than an item number
            if re.match(r"^\d{1,2}/\d{1,2}", s):
                continue  # a date "15/4/2024 ..."
        if style == "upper" and m.group("num") in "ABCDEFGHK":
            rest = m.group("rest")
            if not (rest[:1].isupper()):
                continue
        return style, m
    return None


@cache
def _kind_patterns() -> list[tuple[str, re.Pattern]]:
    """One alternation per section kind, in the data file's order (the first kind that matches wins)."""
    return [(kind, re.compile("|".join(re.escape(k) for k in keys)))
            for kind, keys in load_data("structure.yaml")["section_kinds"]]


@lru_cache(maxsize=4096)  # plans repeat their headings ("Mục tiêu", "Nhiệm vụ và giải pháp")
def _kind_of(heading: str) -> str:
    f = fold_keep_length(heading)
    for kind, rx in _kind_patterns():
        if rx.search(f):
            return kind
    return "other"


def find_sections(doc: Document) -> list[Section]:
    text = doc.text
    heads: list[_Heading] = []
    prev_roman = 0
    for line in iter_lines(text):
        s = line.text.strip()
        if not s:
            continue
        lead = len(line.text) - len(line.text.lstrip())
        c = _classify(s, prev_roman)
        if c is None:
            if fold_keep_length(s[:8]) == "noi nhan":  # one character per character: the head alone is enough
                heads.append(_Heading("noi_nhan", "", line.start + lead, line.end, line.start + lead, s))
            continue
        style, m = c
        if style == "roman":
            prev_roman = roman_value(m.group("num")) or prev_roman
        num = m.group("num")
        if style == "decimal":
            delim = s[len(num):].lstrip()[:1]
            style = f"decimal{num.count('.') + 1}{delim if delim in '/)-–' else '.'}"
        elif style in ("upper", "lower") and m.group(0)[len(num):].lstrip()[:1] in ")/":
            style += ")"
        heads.append(_Heading(style, num, line.start + lead, line.end, line.start + lead + m.start("rest"), s))

    sections: list[Section] = []
    stack: list[tuple[str, int]] = []  # (style, section index)
    for h in heads:
        if h.style in ("roman", "noi_nhan"):
            stack = []
        else:
            styles = [st for st, _ in stack]
            if h.style in styles:
                stack = stack[: styles.index(h.style)]
            elif h.style not in _BULLETS:
                # a numbered style nests under a bullet only when the bullet introduces a list ("...:")
                while stack and stack[-1][0] in _BULLETS and not sections[stack[-1][1]].heading_line.rstrip().endswith(":"):
                    stack.pop()
        level = len(stack) + 1
        parent = stack[-1][1] if stack else None
        heading = _heading_text(text[h.rest_start:h.line_end]) if h.style != "noi_nhan" else "Nơi nhận"
        kind = "noi_nhan" if h.style == "noi_nhan" else _kind_of(heading)
        if kind == "other" and parent is not None:
            kind = sections[parent].kind
        number = h.number if h.style != "noi_nhan" else None
        if h.style == "roman":
            number = _roman_str(roman_value(h.number))
        sec = Section(number=number, heading=heading, level=level, kind=kind,
                      start=h.start, end=len(text), parent=parent, page=doc.page_of(h.start))
        sec.heading_line = h.text
        sections.append(sec)
        stack.append((h.style, len(sections) - 1))
    # a section ends where the next section at its level or above begins
    open_: list[Section] = []
    for t in sections:
        while open_ and open_[-1].level >= t.level:
            open_.pop().end = t.start
        open_.append(t)
    _add_signature(doc, sections)
    return sections


def _roman_str(v: int | None) -> str | None:
    if not v:
        return None
    out = ""
    for val, sym in ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while v >= val:
            out += sym
            v -= val
    return out


def _heading_text(rest: str) -> str:
    rest = rest.strip()
    colon = rest.find(":")
    if 0 < colon <= 160:
        rest = rest[:colon]
    if len(rest) > 200:
        cut = rest.rfind(" ", 0, 200)
        rest = rest[: cut if cut > 0 else 200]
    return rest.strip(" .;")


def _add_signature(doc: Document, sections: list[Section]) -> None:
    """The signature block (TM./KT. ..., title, name) as a chu_ky section."""
    from .header import find_signature

    sig = find_signature(doc.text)
    if not sig:
        return
    start, end = sig.start, sig.end
    for s in sections:
        if s.start < start < s.end:
            s.end = start
    sections.append(Section(number=None, heading=sig.title_raw, level=1, kind="chu_ky",
                            start=start, end=end, parent=None, page=doc.page_of(start)))
    order = sorted(range(len(sections)), key=lambda i: sections[i].start)
    new_index = {old: new for new, old in enumerate(order)}
    sections[:] = [sections[i] for i in order]
    for s in sections:
        if s.parent is not None:
            s.parent = new_index[s.parent]
