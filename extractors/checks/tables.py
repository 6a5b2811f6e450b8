"""Totals of table columns: a "Tổng cộng" row sums the rows above it, column by column.

Plain-text tables write a row as "a | b | c" and drop empty cells, so a row with
fewer cells than the header cannot be lined up by position: its money cells are
lined up in order only when they are exactly as many as the money columns, else
the column is :class:`Unclear`. So is a column one of whose cells holds something that is no amount
("kă1", "B80" on a scan, "lồng ghép"): its sum is not known. Rows numbered at two levels (I, 1, 1.1) or a sub-total
row inside the range make the hierarchy unclear too.
"""
from __future__ import annotations

import re

from ..model import Document
from .base import Amount, lines
from .structure import Group, Unclear, patterns

_NUMBER_CELL = re.compile(r"^\s*[\d.,]+\s*$")
_NO_AMOUNT = re.compile(r"^[\s\-–—.,0]*$")  # an empty money cell, a dash, a zero: nothing to add
_LEVEL = [re.compile(r"^\s*[IVXL]+\s*$"), re.compile(r"^\s*[A-ZĐ]\s*$"), re.compile(r"^\s*\d+\.\d+")]


def _cells(text: str, start: int) -> list[tuple[int, int, str]]:
    out, pos = [], 0
    for part in text.split(" | "):
        out.append((start + pos, start + pos + len(part), part))
        pos += len(part) + 3
    return out


def _blocks(doc: Document) -> list[list[int]]:
    """Runs of table lines (indexes into the document's lines)."""
    ls_ = lines(doc)
    out, cur = [], []
    for i in range(len(ls_)):
        t = ls_[i].text
        if " | " in t:
            cur.append(i)
        elif not t.strip() and cur and i + 1 < len(ls_) and " | " in ls_[i + 1].text:
            continue  # a blank line inside a table
        elif cur:
            out.append(cur)
            cur = []
    if cur:
        out.append(cur)
    return out


def table_groups(doc: Document, table_amounts: list[Amount]) -> tuple[list[Group], list[Unclear]]:
    ls_ = lines(doc)
    found, unclear = [], []
    for block in _blocks(doc):
        first, last = ls_[block[0]].start, ls_[block[-1]].end
        here = [a for a in table_amounts if first <= a.start <= last]
        if not here:
            continue
        ncols = len(_cells(ls_[block[0]].text, 0))
        rows = []  # (cells, amounts by cell index, is_total)
        for li in block[1:]:
            cells = _cells(ls_[li].text, ls_[li].start)
            money = {ci: a for a in here for ci, (cs, ce, _) in enumerate(cells) if cs <= a.start < ce}
            total = any(a for a in money.values()) and _is_total_row(cells)
            rows.append((cells, money, total))
        seg_start = 0
        for r, (cells, money, total) in enumerate(rows):
            if not total:
                continue
            g = _column_groups(rows[seg_start:r], cells, money, ncols)
            seg_start = r + 1
            if isinstance(g, Unclear):
                unclear.append(g)
            else:
                found += g
    return found, unclear


def _is_total_row(cells) -> bool:
    label = next((c[2].lower() for c in cells if c[2].strip() and not _NUMBER_CELL.match(c[2])), "")
    rx = patterns()
    return bool(rx["head"].match(label)) and not rx["not"].match(label.strip(" *-+"))


def _column_groups(children, cells, money, ncols) -> list[Group] | Unclear:
    totals = [money[ci] for ci in sorted(money)]
    if not children:
        return []
    firsts = [c[0][2] for c, _, _ in children if c]
    if sum(any(rx.match(f) for rx in _LEVEL) for f in firsts) and not all(any(rx.match(f) for rx in _LEVEL) for f in firsts):
        return Unclear(totals[0], "bảng có hàng ở nhiều cấp (I, 1, 1.1): không rõ hàng nào cộng vào tổng")
    full_cols = sorted({ci for c, m, _ in children if len(c) == ncols for ci in m})
    if not full_cols:
        return Unclear(totals[0], "không xác định được cột tiền của bảng")
    if len(cells) == ncols:
        total_cols = {ci: a for ci, a in money.items()}
    elif len(totals) == len(full_cols):
        total_cols = dict(zip(full_cols, totals))
    else:
        return Unclear(totals[0], "hàng tổng thiếu ô: không xếp được số vào cột")
    by_col: dict[int, list[Amount]] = {ci: [] for ci in total_cols}
    for c, m, _ in children:
        if len(c) == ncols:
            for ci in by_col:
                if ci in m:
                    by_col[ci].append(m[ci])
                elif not _NO_AMOUNT.match(c[ci][2]):  # "kă1", "B80": a scan's misread figure, "vốn lồng ghép"
                    return Unclear(totals[0], f"ô «{c[ci][2].strip()[:30]}» của cột tiền không đọc được là một số tiền")
        elif len(m) == len(full_cols):
            for ci, a in zip(full_cols, [m[k] for k in sorted(m)]):
                if ci in by_col:
                    by_col[ci].append(a)
        elif m:
            return Unclear(totals[0], "một hàng của bảng thiếu ô: không xếp được số vào cột")
    return [Group(total_cols[ci], items, True, "table column") for ci, items in by_col.items() if len(items) >= 2]
