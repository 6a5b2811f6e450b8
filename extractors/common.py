"""Shared helpers: data files, lines with offsets, a length-preserving fold.

``fold_keep_length`` maps each character to its bare lower-case letter, so a
regex run on the folded text gives offsets that are valid in the original:

>>> t = "Tiêu chí Thủy lợi"
>>> f = fold_keep_length(t); i = f.index("thuy loi"); t[i:i + 8]
'Thủy lợi'
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Iterator

import yaml


@lru_cache(maxsize=None)
def load_data(name: str):
    """Load a YAML data file shipped in extractors/data."""
    return yaml.safe_load(resources.files("extractors.data").joinpath(name).read_text("utf-8"))


@lru_cache(maxsize=4096)
def _fold_char(c: str) -> str:
    if c in "đĐ":
        return "d"
    d = unicodedata.normalize("NFD", c)
    base = d[0] if d else c
    low = base.lower()
    return low if len(low) == 1 else base


@lru_cache(maxsize=1)
def _fold_table() -> dict[int, str]:
    """Every Latin letter with diacritics (U+00C0-U+024F, U+1E00-U+1EFF) -> its bare lower-case letter."""
    table = {}
    for cp in list(range(0xC0, 0x250)) + list(range(0x1E00, 0x1F00)):
        c = chr(cp)
        f = _fold_char(c)
        if len(f) == 1:
            table[cp] = f
    for cp in range(ord("A"), ord("Z") + 1):
        table[cp] = chr(cp).lower()
    return table


def first_char_guard(starts) -> str:
    """A lookahead letting a pattern begin only where one of ``starts``, or a digit, begins.

    Python's regex engine tries every alternative of a leading optional group at
    every position; checking the first character first halves the scan of a plan.

    >>> first_char_guard(["trước", "quý"])
    '(?=[qt\\\\d])'
    """
    return "(?=[" + re.escape("".join(sorted({s[0] for s in starts}))) + r"\d])"


def fold_keep_length(s: str) -> str:
    """Lower-case, diacritics removed, đ→d, exactly one character per character."""
    if s.isascii():
        return s.lower()
    out = s.translate(_fold_table())
    if len(out) != len(s):  # never: the table maps one character to one
        return "".join(_fold_char(c) for c in s)
    return out.lower() if not out.islower() else out


@dataclass(frozen=True)
class Line:
    start: int
    end: int
    text: str

    @property
    def stripped(self) -> str:
        return self.text.strip()


def iter_lines(text: str, start: int = 0, end: int | None = None) -> Iterator[Line]:
    end = len(text) if end is None else end
    pos = start
    while pos <= end:
        nl = text.find("\n", pos, end)
        if nl == -1:
            nl = end
        yield Line(pos, nl, text[pos:nl])
        pos = nl + 1


_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
NAME_STOP = {"UBND", "HĐND", "NTM", "Về", "Giai", "Đạt", "Năm", "Trên", "Trong", "Theo", "Tại", "Và", "Của", "Có",
             "Thực", "Huyện", "Tỉnh", "Xã", "Đảng", "Ủy", "Uỷ", "Ban", "Chương", "Kế", "Nghị", "Quyết"}


def capitalized_name(text: str, pos: int, max_words: int = 4) -> tuple[int, int] | None:
    """Span of the proper name (capitalised words) starting at ``pos``.

    >>> s = "huyện Đại Từ giai đoạn"; capitalized_name(s, 6)
    (6, 12)
    """
    m = re.match(r"\s*", text[pos:])
    i = pos + m.end()
    start = i
    end = None
    words = 0
    while words < max_words:
        w = _WORD.match(text, i)
        if not w:
            break
        word = w.group(0)
        if not word[0].isupper() or word.isdigit() or word in NAME_STOP or (word.isupper() and len(word) > 1 and words == 0 and not _looks_like_caps_name(text, i)):
            break
        end = w.end()
        words += 1
        sp = re.match(r"[ \t]+", text[end:])
        if not sp or len(sp.group(0)) > 2:
            break
        i = end + sp.end()
    if end is None:
        return None
    return start, end


def _looks_like_caps_name(text: str, i: int) -> bool:
    """In an all-capitals line ("UBND XÃ TÂN LINH") capitals are names too."""
    ls = text.rfind("\n", 0, i) + 1
    le = text.find("\n", i)
    line = text[ls: le if le != -1 else len(text)]
    letters = [c for c in line if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) / len(letters) > 0.9


def title_case_name(name: str) -> str:
    """ "TÂN LINH" -> "Tân Linh"; names already in title case are kept."""
    if name.isupper():
        return " ".join(w[:1] + w[1:].lower() for w in name.split())
    return name


def folded_text(doc) -> str:
    """The document's folded text, computed once per document."""
    cache = doc.meta.setdefault("_cache", {})
    if "folded" not in cache:
        cache["folded"] = fold_keep_length(doc.text)
    return cache["folded"]
