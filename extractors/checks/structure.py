"""Which figures a stated total sums: only the ones its words and its layout make certain.

A money figure is a total by its words ("Tổng kinh phí dự kiến là 10 tỷ", a row
"Tổng cộng | 1.200") and its items are its structural children:

- the list it opens: "Tổng nguồn vốn 10 tỷ, gồm: ..." (complete) or "..., trong đó: ..."
  (maybe partial: the parts must not exceed it), on its line or on the list lines under it;
- the list lines just above it: "+ Giao thông: 2 tỷ" ... "(Tổng kinh phí là 5 tỷ)";
- the rows above it in its table column.

Anything else (a list line without an amount, a deeper list with amounts, a table whose
columns cannot be lined up) is :class:`Unclear`: no error, an ``info`` saying why.

>>> from extractors.engine import run
>>> from extractors.model import Document
>>> ex = run(Document.from_text("KẾ HOẠCH\\nNTM năm 2024\\nNguồn vốn:\\n- Tỉnh: 2 tỷ\\n- Xã: 3 tỷ\\nTổng nguồn vốn: 5 tỷ"))
>>> [(g.total.raw, [i.raw for i in g.items], g.complete) for g in groups(ex.doc, ex.tables["budgets"])[0]]
[('5 tỷ', ['2 tỷ', '3 tỷ'], True)]
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache

from ..common import line_start
from ..model import Document
from .base import HEADING_MARKERS, Amount, alternation, is_blank, lines, list_below, lowered, marker_of, words
from .base import amounts as read_amounts


@dataclass
class Group:
    """A stated total and the items its layout says it sums."""

    total: Amount
    items: list[Amount]
    complete: bool  # False for "trong đó": the items may be only some of the parts
    form: str  # "list after", "lines above", "table column"


@dataclass
class Unclear:
    total: Amount
    reason: str
    items: list[Amount] = field(default_factory=list)


@lru_cache(maxsize=1)
def patterns() -> dict[str, re.Pattern]:
    """The compiled patterns of total words, total heads, list cues (from checks.yaml)."""
    w = words()
    return {
        "total": re.compile(rf"(?:^|[^\w])(?P<w>{alternation('total_words')})(?![\w])(?P<gap>[^;()\n]{{0,90}})$"),
        "head": re.compile(rf"^\s*(?:[-+•*]\s*)?\(?\s*(?:\*\*)?(?P<w>{alternation('total_heads')})(?![\w])"),
        "not": re.compile("|".join(re.escape(x) for x in w["not_total"])),
        "cue_line": re.compile(rf"^\W*(?P<c>{alternation('complete_list')}|{alternation('partial_list')})\s*:?\W*$"),
        "cue": re.compile(rf"(?:^|[^\w])(?P<c>{alternation('complete_list')}|{alternation('partial_list')})(?![\w])"),
    }


def _clause_start(low: str, ls: int, s: int) -> int:
    cut = max(low.rfind(";", ls, s), low.rfind(". ", ls, s), low.rfind("(", ls, s))
    return cut + 1 if cut >= ls else ls


def is_total(doc: Document, a: Amount, starts: list[int]) -> bool:
    """True when the words just before ``a`` (or its row's label) say it is a total; ``starts``: where the text's
    amounts start, in order (an amount between the total word and ``a`` is what the word totals)."""
    low = lowered(doc)
    ls = line_start(low, a.start)
    rx = patterns()
    if a.in_table:
        label = next((c for c in low[ls:a.start].split(" | ") if c.strip() and not re.fullmatch(r"[\s\d.,]*", c)), "")
        return bool(rx["head"].match(label)) and not rx["not"].match(label.strip(" *-+"))
    cs = _clause_start(low, ls, a.start)
    m = rx["total"].search(low, max(0, cs - 1), a.start)
    if not m or rx["not"].match(low, m.start("w")):
        return False
    i = bisect_left(starts, m.end("w"))
    return not (i < len(starts) and starts[i] < a.start)


def groups(doc: Document, budgets: list) -> tuple[list[Group], list[Unclear]]:
    """Every total with a certain list of items, and the totals whose list could not be read (once per document)."""
    return doc.memo("checks.groups", lambda: _groups(doc, budgets))


def _groups(doc: Document, budgets: list) -> tuple[list[Group], list[Unclear]]:
    from .tables import table_groups

    all_amounts = read_amounts(doc, budgets)
    text_amounts = [a for a in all_amounts if not a.in_table]
    found: list[Group] = []
    unclear: list[Unclear] = []
    ls_ = lines(doc)
    by_line: dict[int, list[Amount]] = {}
    for a in text_amounts:
        by_line.setdefault(ls_.index_at(a.start), []).append(a)
    starts = sorted(a.start for a in text_amounts)
    for a in text_amounts:
        if not is_total(doc, a, starts):
            continue
        res = _text_group(doc, a, by_line)
        if isinstance(res, Group):
            found.append(res)
        elif isinstance(res, Unclear):
            unclear.append(res)
    g, u = table_groups(doc, [a for a in all_amounts if a.in_table])
    return found + g, unclear + u


def _text_group(doc: Document, t: Amount, by_line: dict[int, list[Amount]]) -> Group | Unclear | None:
    ls_ = lines(doc)
    li = ls_.index_at(t.start)
    line = ls_[li]
    low = line.text.lower()
    on_line = by_line.get(li, [])
    after = [a for a in on_line if a.start > t.start]
    cue = patterns()["cue"].search(low, t.end - line.start)
    ends_colon = line.text.rstrip(" *)").endswith(":")
    if cue:
        complete = cue.group("c") not in words()["partial_list"]
        inline = [a for a in after if a.start - line.start > cue.end()]
        if len(inline) >= (2 if complete else 1):
            if patterns()["cue"].search(low, inline[0].end - line.start):
                return Unclear(t, "danh sách các khoản lồng nhau trên cùng dòng", inline)
            if complete and _part_without_amount(line, cue.end(), inline):
                complete = False  # "..., còn lại là vốn lồng ghép": a part named without its amount
            return Group(t, inline, complete, "list after")
        if not inline and ends_colon:
            return _lines_below(doc, t, li, by_line, complete)
        return None
    if after:
        return None  # other figures on the total's line, not introduced as its parts
    if ends_colon:
        return _lines_below(doc, t, li, by_line, True)
    nxt = next((j for j in range(li + 1, min(li + 3, len(ls_))) if ls_[j].text.strip()), None)
    if nxt is not None:  # "Tổng kinh phí: 9 tỷ đồng." then a line "Trong đó:" opening the list
        cue_line = patterns()["cue_line"].match(ls_[nxt].text.lower())
        if cue_line:
            return _lines_below(doc, t, nxt, by_line, cue_line.group("c") not in words()["partial_list"])
    if len(on_line) > 1:
        return None
    return _lines_above(doc, t, li, by_line)


def _side(text: str) -> str | None:
    """ "cost" (kinh phí, nhu cầu) or "funds" (nguồn vốn, huy động) when the words name one side only."""
    low = text.lower()
    sides = {side for side in ("cost", "funds") if any(w in low for w in words()[f"{side}_words"])}
    return sides.pop() if len(sides) == 1 else None


def _words_before(doc: Document, t: Amount) -> str:
    low = lowered(doc)
    return low[_clause_start(low, line_start(low, t.start), t.start):t.start]


def _part_without_amount(line, cue_end: int, inline: list[Amount]) -> bool:
    """True when a part of an inline list ("gồm: A 6 tỷ; còn lại là vốn lồng ghép") carries no amount."""
    body = line.text[cue_end:]
    close = body.find(")")
    if close != -1 and "(" not in body[:close]:
        body = body[:close]  # "(gồm: ...)" ends at its bracket
    sep = ";" if ";" in body else ","
    pos = line.start + cue_end
    for part in body.split(sep):
        if re.search(r"[^\W\d_]{2}", part) and not any(pos <= a.start < pos + len(part) for a in inline):
            return True
        pos += len(part) + 1
    return False


def _item_of(doc: Document, li: int, by_line: dict[int, list[Amount]]) -> Amount | None:
    """The one amount a list line gives: its first, when any other follows a cue ("..., trong đó ...")."""
    found = by_line.get(li, [])
    if not found:
        return None
    if len(found) > 1:
        line = lines(doc)[li]
        cue = patterns()["cue"].search(line.text.lower(), found[0].end - line.start)
        if not cue or cue.start() > found[1].start - line.start:
            return None
    return found[0]


def _lines_below(doc, t, li, by_line, complete) -> Group | Unclear | None:
    items: list[Amount] = []
    for ll in list_below(lines(doc), li, stop_at_colon=True):
        if ll.first and ll.marker is None:
            return None
        if ll.item:
            it = _item_of(doc, ll.index, by_line)
            if it is None and _rate_note(doc, ll.line):
                continue  # a per-unit rate noted in the list is not one of its items
            if it is None:
                return Unclear(t, f"dòng «{ll.line.text.strip()[:60]}» của danh sách không có một số tiền rõ ràng", items)
            items.append(it)
        elif by_line.get(ll.index):
            return Unclear(t, "danh sách có cấp con ghi số tiền", items)
    if len(items) < (2 if complete else 1):
        return None
    return Group(t, items, complete, "list after")


def _rate_note(doc: Document, line) -> bool:
    from ..facts.budgets import is_rate_line

    return is_rate_line(doc, line.start, line.end)


_SPECK = re.compile(r"^\W*\w?\W*$")


def _speck_inside(ls_, j: int, kind: str | None, by_line: dict[int, list[Amount]]) -> bool:
    """Line ``j + 1`` is a scan's speck read as one letter ("l", "à") and the list goes on above it: the next
    line up is an item marked like the list (any marker when none is known yet) with an amount.

    >>> from extractors.common import Line
    >>> ls_ = [Line(0, 7, "- Xã: 2"), Line(8, 9, "l"), Line(10, 18, "- Dân: 1")]
    >>> _speck_inside(ls_, 0, "-", {0: ["2 tỷ"]}), _speck_inside(ls_, 0, "+", {0: ["2 tỷ"]})
    (True, False)
    """
    if not _SPECK.match(ls_[j + 1].text):
        return False
    k = next((k for k in range(j, -1, -1) if not is_blank(ls_[k].text)), None)
    if k is None or not by_line.get(k):
        return False
    m = marker_of(ls_[k].text)
    return m is not None and (kind is None or m == kind)


def _lines_above(doc, t, li, by_line) -> Group | Unclear | None:
    ls_ = lines(doc)
    items: list[Amount] = []
    kind, j = None, li - 1
    while j >= 0:
        text = ls_[j].text
        j -= 1
        if is_blank(text):
            continue
        m = marker_of(text)
        if _rate_note(doc, ls_[j + 1]):
            continue  # "+ Mức hỗ trợ 6 triệu đồng/hộ": a rate noted among the items is not one of them
        if _speck_inside(ls_, j, kind, by_line):
            continue
        if kind is None:
            if m is None or not by_line.get(j + 1):
                return None
            kind = m
        if m == kind and not text.rstrip(" *").endswith(":"):
            it = _item_of(doc, j + 1, by_line)
            if it is None:
                return Unclear(t, f"dòng «{text.strip()[:60]}» phía trên không có một số tiền rõ ràng", items)
            items.append(it)
            continue
        if m is not None and m != kind and not HEADING_MARKERS.match(m) and not text.rstrip(" *").endswith(":"):
            if by_line.get(j + 1):
                return Unclear(t, "danh sách có cấp con ghi số tiền", items)
            continue
        if by_line.get(j + 1):
            return Unclear(t, f"dòng «{text.strip()[:60]}» mở danh sách cũng ghi số tiền", items)
        head, total_side = _side(text), _side(_words_before(doc, t))
        if head and total_side and head != total_side:
            return Unclear(t, f"danh sách phía trên mở bằng «{text.strip()[:60]}», còn tổng là tổng "
                              f"{'kinh phí' if total_side == 'cost' else 'nguồn vốn'}", items[::-1])
        break
    if len(items) < 2:
        return None
    return Group(t, items[::-1], True, "lines above")
