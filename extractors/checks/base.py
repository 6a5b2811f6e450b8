"""What every check reads: the auditor's words, amounts as intervals, lines with their list markers.

An amount is read from the ``budgets`` records (never from the text again); an amount
written in two parts ("2 tỷ 480 triệu đồng") is one figure, and a hedged one
("gần 2 tỷ") is marked approximate.

>>> fmt_vnd(12_500_000_000), fmt_vnd(650_000_000)
('12,5 tỷ đồng', '650 triệu đồng')
>>> marker_of("+ **Tiêu chí Điện:** 2 tỷ"), marker_of("1.2. Nguồn vốn:"), marker_of("(Tổng 5 tỷ)")
('+', 'n.n.', None)
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from ..common import Line, iter_lines, line_end, line_start, load_data
from ..model import Document, Figure


@lru_cache(maxsize=1)
def words() -> dict[str, list[str]]:
    """extractors/data/checks.yaml, checked against its schema."""
    return load_data("checks.yaml")


def longest_list() -> int:
    """checks.yaml ``longest_list``: the most lines a list of criteria a count opens may have."""
    return int(load_data("checks.yaml")["longest_list"])


@lru_cache(maxsize=None)  # noqa: UP033 - the checks build their patterns from it on every plan
def alternation(key: str) -> str:
    """A regex alternation of one word list, longest first."""
    from ..common import alternation as words_alternation

    return words_alternation(words()[key])


def fmt_vnd(v: int) -> str:
    """12500000000 -> "12,5 tỷ đồng"; 650000000 -> "650 triệu đồng"."""
    for scale, word in ((10**9, "tỷ"), (10**6, "triệu"), (10**3, "nghìn")):
        if abs(v) >= scale:
            x = v / scale
            s = f"{x:,.3f}".rstrip("0").rstrip(".")
            s = s.replace(",", " ").replace(".", ",").replace(" ", ".")
            return f"{s} {word} đồng"
    return f"{v} đồng"


_MARKER = re.compile(r"^\s*(?:\*\*)?\s*(?P<m>[-+•*–—]|\d+(?:\.\d+)*[.)/]|[IVXL]+[.)/]|[A-Za-zĐđ][.)])(?=\s)")


def marker_of(line: str) -> str | None:
    """The kind of list marker a line starts with: "-", "+", "n.", "n.n.", "n/", "n)", "a)", "R." (roman), or None."""
    m = _MARKER.match(line)
    if not m:
        return None
    t = m.group("m")
    if t in "–—":
        return "-"
    if t[0].isdigit():
        return re.sub(r"\d+", "n", t)
    if re.fullmatch(r"[IVXL]+[.)/]", t) and (len(t) > 2 or t[0] in "IVX"):
        return "R" + t[-1]
    if t[0].isalpha():
        return ("A" if t[0].isupper() else "a") + t[-1]
    return t


# a marker that opens a heading, not a list item: "1.", "1.2.", "II.", "a)"
HEADING_MARKERS = re.compile(r"^(?:n(?:\.n)*[./]|R[./)]|[Aa][.)])$")


@dataclass(frozen=True)
class ListLine:
    """A line of the list below a line: ``first`` is the line that sets the list's marker,
    ``item`` a line marked like it (a sub-item otherwise)."""

    index: int
    line: Line
    marker: str | None
    first: bool
    item: bool


def is_blank(text: str) -> bool:
    """No letter and no digit: an empty line, or a scan's dust read as marks (":", "' .", "|")."""
    return not any(c.isalnum() for c in text)


def list_below(ls_, li: int, stop_at_colon: bool = False):
    """The lines of the list that line ``li`` opens, blank lines skipped.

    The first non-blank line (see :func:`is_blank`) sets the list's marker (an unmarked first line is yielded and ends
    it); the list ends at an unmarked line, a heading marker, the opening line's own marker, or
    with ``stop_at_colon`` a line that opens a list of its own ("Nguồn vốn:").
    """
    own = marker_of(ls_[li].text)
    kind = None
    for j in range(li + 1, len(ls_)):
        text = ls_[j].text
        if is_blank(text):
            continue
        m = marker_of(text)
        if kind is None:
            yield ListLine(j, ls_[j], m, True, m is not None)
            if m is None:
                return
            kind = m
        elif m == kind:
            yield ListLine(j, ls_[j], m, False, True)
        elif m is None or m == own or HEADING_MARKERS.match(m) or (stop_at_colon and text.rstrip(" *").endswith(":")):
            return
        else:
            yield ListLine(j, ls_[j], m, False, False)


@dataclass(frozen=True)
class Share:
    """ "(chiếm 64% tổng nguồn vốn)" after an amount: the stated percentage, its written decimals, its words."""

    pct: Decimal
    decimals: int
    raw: str
    start: int
    end: int
    approximate: bool


@dataclass(frozen=True)
class Amount:
    """One money figure of the plan: a budgets record, or two records written as one amount."""

    value: int
    precision: int
    raw: str
    start: int
    end: int
    approximate: bool
    in_table: bool
    share: Share | None = None

    def figure(self, role: str) -> Figure:
        return Figure(self.value, self.raw, self.start, self.end, role)

    def interval(self, finest: int | None = None) -> tuple[int, int]:
        """Twice the interval the written figure stands for, in VND: [2v - p, 2v + p).

        "10,3 tỷ" is known to 100 million. A whole number of a scale word ("4 tỷ") is read to one
        decimal of it, as plans write "4,3 tỷ" when they mean it; among figures with more decimals it
        is read at the list's finest precision.
        """
        p = self.precision
        if "," not in self.raw and p >= 1000:
            p = p // 10
        if finest is not None and "," not in self.raw:
            p = min(p, finest)
        return 2 * self.value - p, 2 * self.value + p

    @property
    def slack(self) -> int:
        """Twice the half-width of :meth:`interval`."""
        lo, hi = self.interval()
        return (hi - lo) // 2


class Lines:
    """The document's lines, found by offset.

    >>> ls = Lines("a\\nb c\\n"); ls.index_at(3), ls[1].text
    (1, 'b c')
    """

    def __init__(self, text: str):
        self.lines: list[Line] = list(iter_lines(text))
        self.starts = [ln.start for ln in self.lines]

    def __getitem__(self, i: int) -> Line:
        return self.lines[i]

    def __len__(self) -> int:
        return len(self.lines)

    def index_at(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self.starts, offset) - 1)


def lowered(doc: Document) -> str:
    """The plan's text in lower case, made once per document (every amount's check reads it)."""
    return doc.memo("checks.lowered", doc.text.lower)


def lines(doc: Document) -> Lines:
    return doc.memo("checks.lines", lambda: Lines(doc.text))


def _approx_rx() -> re.Pattern:
    return re.compile(rf"(?:^|[^\w])(?:{alternation('approximate')})\s*(?:là|:)?\s*$")


def _share_rx() -> re.Pattern:
    return re.compile(rf"\s*[(,;]?\s*(?:{alternation('share_words')})\s+(?P<approx>(?:{alternation('approximate')})\s+)?"
                      r"(?P<pct>\d{1,3}(?:,\d+)?)\s*%")


def amounts(doc: Document, budgets: list) -> list[Amount]:
    """The plan's money figures in order, compound amounts joined, hedges and stated shares read (once per document)."""
    return doc.memo("checks.amounts", lambda: _amounts(doc, budgets))


def _amounts(doc: Document, budgets: list) -> list[Amount]:
    text, low = doc.text, lowered(doc)
    approx, share_rx = _approx_rx(), _share_rx()
    recs = sorted(budgets, key=lambda b: b.start)
    out: list[Amount] = []
    i = 0
    while i < len(recs):
        b = recs[i]
        value, prec, end = b.amount_vnd, b.precision_vnd, b.end
        # "2 tỷ 480 triệu đồng": a smaller amount right after a larger unit is the same figure
        while i + 1 < len(recs) and not text[end:recs[i + 1].start].strip() and recs[i + 1].amount_vnd < prec \
                and prec >= 10**3:
            i += 1
            value, prec, end = value + recs[i].amount_vnd, recs[i].precision_vnd, recs[i].end
        ls = line_start(text, b.start)
        in_table = " | " in text[ls:line_end(text, b.start)]
        hedged = bool(getattr(b, "approximate", False)) or bool(approx.search(low[max(ls, b.start - 20):b.start]))
        share = None
        sm = share_rx.match(low, end, min(len(low), end + 40))
        if sm:
            pct = sm.group("pct")
            share = Share(Decimal(pct.replace(",", ".")), len(pct.split(",")[1]) if "," in pct else 0,
                          text[sm.start("pct"):sm.end()], sm.start("pct"), sm.end(), bool(sm.group("approx")))
        out.append(Amount(value, prec, text[b.start:end], b.start, end, hedged, in_table, share))
        i += 1
    return out
