"""Money for the programme: amount, role, purpose, source of funds, criteria.

Roles: item (a cost line), total (a stated total), source (a funding source), gap ("còn thiếu", "Cân đối A-B"),
spent (results of past years), other. A hedged figure ("khoảng 3 tỷ", "trên 28 tỷ", "ước 1,2 tỷ") is kept with
``approximate``; a stated share ("2 tỷ đồng, chiếm 40% tổng nguồn vốn") with ``share_pct``.

Refuses: money ranges ("từ 2 đến 3 tỷ đồng", "2-3 tỷ", "2 – 3 tỷ đồng", "khoảng 2-3 tỷ",
"từ 500 triệu đến 1 tỷ đồng"): a range is not a stated amount, so neither end is an
item (the joins and the labels that are no lower end are data, budgets.yaml ``range``;
a year range before an amount, "giai đoạn 2021-2025 là 12 tỷ", is no money range);
per-capita income and per-unit rates or prices ("triệu đồng/người/năm",
"tỷ đồng/xã", "đồng/kg") — they are targets or prices, never budgets; amounts
inside a cited document's description; amounts in the header; a page headline's amount written again
below it, or the headline reprinted at the foot of the page or opening a caption line; one unit's amount after
"mỗi" ("mỗi giải trị giá 15 triệu đồng", "mỗi suất 500.000 đồng": a rate, like "đồng/suất"); a total word ahead of
"gồm"/"trong đó" for the parts listed after it (the total is the amount before them).

>>> from extractors.model import Document
>>> d = Document.from_text("- Giao thông: dự kiến kinh phí 17,5 tỷ đồng.\\n(Tổng kinh phí là 23,8 tỷ đồng)\\n- Vốn ngân sách tỉnh 2 tỷ\\n(xã còn thiếu 13,3 tỷ)")
>>> [(b.amount_vnd, b.role) for b in extract(d)]
[(17500000000, 'item'), (23800000000, 'total'), (2000000000, 'source'), (13300000000, 'gap')]
>>> d = Document.from_text("- Ngân sách huyện: khoảng 1 tỷ 250 triệu đồng, chiếm 25% tổng nguồn vốn;")
>>> [(b.amount_vnd, b.approximate, b.share_pct) for b in extract(d)]
[(1250000000, True, 25.0)]
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..common import fold_keep_length, folded_text, line_end, line_start
from ..model import Document, Span
from ..money import NUMBER, Amount, money_in, parse_number, unit_scale
from ..registry import fact, kind
from ..spans import Zones
from .budget_each import each_before


@dataclass(kw_only=True)
class Budget(Span):
    amount_vnd: int
    role: str  # item | total | source | gap | spent | other
    purpose: str = ""
    source_of_funds: str | None = None
    criteria: list[str] = field(default_factory=list)
    precision_vnd: int = 1  # the written figure is known to +-precision/2
    approximate: bool = False  # hedged: "trên", "gần", "khoảng", "hơn", "ước"
    share_pct: float | None = None  # "(chiếm 64% tổng nguồn vốn)": its stated share of a total


VOCAB = {"total": [str], "not_total": [str], "gap": [str], "spent": [str], "source_words": [str], "item": [str],
         "sources": [[str]], "unit_line": [str], "money_columns": [str], "not_money_columns": [str],
         "total_rows": [str], "approximate": [str], "share": [str], "per_units": [str], "income": [str],
         "source_headings": [str], "item_headings": [str], "range": {"joins": [str], "labels": [str]},
         "breakdown": [str], "each": [str], "each_cues": [str], "each_written": [str]}


def vocab() -> dict:
    """This kind's words (budgets.yaml), checked against VOCAB."""
    return kind("budgets").vocab(VOCAB)


@lru_cache(maxsize=1)
def _cues() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    """Patterns built from the vocabulary: per-unit rate, hedge before, share after, income before."""
    w = vocab()

    def alt(words):
        return "|".join(re.escape(x) for x in sorted(words, key=len, reverse=True))

    per = re.compile(rf"^\s*/\s*(?:{alt(w['per_units'])})(?![a-z])")
    hedge = re.compile(rf"(?:^|[^a-z])(?:{alt(w['approximate'])})\s*(?:la\s*)?[:=]?\s*$")
    share = re.compile(rf"[\s,(]*(?:{alt(w['share'])})\s+(?:khoang\s+|ty le\s+)?(\d+(?:,\d+)?)\s*%")
    income = re.compile(rf"(?:{alt(w['income'])})")
    return per, hedge, share, income


def is_rate_line(doc: Document, start: int, end: int) -> bool:
    """True when every figure of ``text[start:end]`` is a rate ("6 triệu đồng/hộ", "mỗi suất 3 triệu đồng"): a note.

    >>> d = Document.from_text("+ Mức hỗ trợ 6 triệu đồng/hộ làm nhà tiêu.")
    >>> is_rate_line(d, 0, len(d.text)), is_rate_line(Document.from_text("+ Điện: 2 tỷ đồng."), 0, 18)
    (True, False)
    """
    per = _cues()[0]
    found = [a for a in money_in(doc.text[start:end]) if a.vnd > 0]
    return bool(found) and all(per.match(doc.folded[start + a.end:start + a.end + 24])
                               or each_before(doc.text, doc.folded, max(start, start + a.start - 40), start + a.start)
                               for a in found)


@lru_cache(maxsize=1)
def _range_rx() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """(a join between two amounts, a bare lower end and a join just before an amount, a label just before that end)."""
    r = vocab()["range"]
    joins = "|".join(re.escape(j) if not j[0].isalpha() else rf"(?<!\w){re.escape(j)}(?!\w)"
                     for j in sorted(r["joins"], key=len, reverse=True))
    labels = "|".join(r"\s+".join(map(re.escape, x.split())) for x in sorted(r["labels"], key=len, reverse=True))
    return (re.compile(rf"[ \t]*(?:{joins})[ \t]*"),
            re.compile(rf"(?<![\w.,/])(?P<num>{NUMBER})[ \t]*(?:{joins})[ \t]*$"),
            re.compile(rf"(?<!\w)(?:{labels})[ \t]*:?[ \t]*$", re.I))


def range_ends(text: str, found: tuple[Amount, ...]) -> set[int]:
    """Starts of the amounts that are an end of a money range: "2-3 tỷ", "từ 2 đến 3 tỷ", "500 triệu tới 1 tỷ".

    The lower end is smaller than the upper; a number after a label ("Tiêu chí số 5 - 12 tỷ") is no lower end.

    >>> t = "từ 2 đến 3 tỷ; 500 triệu - 1 tỷ đồng; giai đoạn 2021-2025 là 12 tỷ; Năm 2023 – 2 tỷ"
    >>> sorted(t[s:s + 4] for s in range_ends(t, money_in(t)))
    ['1 tỷ', '3 tỷ', '500 ']
    """
    join, lower, label = _range_rx()
    out = set()
    for a, b in zip(found, found[1:]):
        if join.fullmatch(text, a.end, b.start) and a.vnd < b.vnd and not _in_calculation(text, a.start, b.end):
            out |= {a.start, b.start}
    for b in found:
        m = lower.search(text, max(0, b.start - 40), b.start)
        if not m or label.search(text, max(0, m.start() - 20), m.start()) or _in_calculation(text, m.start(), b.end):
            continue
        value, _ = parse_number(m.group("num"))
        if value * unit_scale(b.unit) < b.vnd:
            out.add(b.start)
    return out


def _in_calculation(text: str, start: int, end: int) -> bool:
    """"A - B = C", "X + A - B": a term of a written calculation (checks/arithmetic.py), not a range."""
    return bool(re.match(r"\s*=", text[end:end + 4]) or re.search(r"[=+]\s*$", text[max(0, start - 4):start]))


def _source_of(folded: str) -> str | None:
    for key, label in vocab()["sources"]:
        if key in folded:
            return label
    return None


def _last_pos(hay: str, keys: list[str]) -> int:
    return max((hay.rfind(k) for k in keys), default=-1)


@lru_cache(maxsize=1)
def _total_rx() -> tuple[re.Pattern, re.Pattern]:
    """(a total word anywhere, a total word heading a cell), from the vocabulary, on lower-cased unfolded text."""
    w = vocab()
    def alt(key):
        return "|".join(re.escape(x) for x in sorted(w[key], key=len, reverse=True))

    nots = alt("not_total")
    return (re.compile(rf"(?<!\w)(?!{nots})(?:{alt('total')})(?!\w)"),
            re.compile(rf"\s*(?!{nots})(?:{alt('total_rows')})(?!\w)"))


def is_total_cue(before: str) -> bool:
    """True when the unfolded words before an amount say it is a total ("Tổng cộng:", "Cộng"), not "công trình".

    >>> is_total_cue("Tổng cộng: "), is_total_cue("- Xây dựng công trình: "), is_total_cue("Hỗ trợ cộng đồng ")
    (True, False, False)
    """
    return bool(_total_rx()[0].search(before.lower()))


def role_of(line_f: str, before_f: str, after_f: str, heading_f: str, before: str) -> str:
    """Role from folded context: the clause before the amount, its line, what follows, the heading.

    The cue nearest to the amount decides between an item ("dự kiến kinh phí")
    and a source ("nguồn vốn ngân sách xã ... là"). A total is read from
    ``before``, the clause as written (diacritics kept).
    """
    w = vocab()
    if any(k in before_f for k in w["gap"]) or "con thieu" in after_f[:25]:
        return "gap"
    if is_total_cue(_after_breakdown(before)):
        return "total"  # "Tổng vốn là 5 tỷ, gồm: vốn trong nước 3 tỷ": the total word is the earlier amount's
    if any(k in line_f for k in w["spent"]):
        return "spent"
    item_at = _last_pos(before_f, w["item"])
    source_at = _last_pos(before_f, w["source_words"])
    if item_at >= 0 or source_at >= 0:
        return "item" if item_at > source_at else "source"
    if any(k in heading_f for k in w["source_headings"]):
        return "source"
    if any(k in heading_f for k in w["item_headings"]):
        return "item"
    return "other"


def _after_breakdown(before: str) -> str:
    """The words after the last breakdown word ("gồm", "trong đó") of a clause: what names this amount."""
    low = before.lower()
    cut = max((m.end() for w in vocab()["breakdown"] for m in re.finditer(rf"(?<!\w){re.escape(w)}(?!\w)", low)), default=0)
    return before[cut:]


def _headings(doc: Document, pos: int) -> str:
    """The folded headings above ``pos``, nearest first, without the amount's own heading when it has parents."""
    heads = [fold_keep_length(sec.heading) for sec in doc.sections_above(pos, 4)]
    return " | ".join(heads[1:] if len(heads) > 1 else heads)


def _clause_start(folded: str, ls: int, s: int) -> int:
    """Start of the amount's clause: after the last ";" or ". " or an unclosed "("."""
    cut = max(folded.rfind(";", ls, s), folded.rfind(". ", ls, s))
    opened = folded.rfind("(", ls, s)
    if opened > cut and folded.find(")", opened, s) == -1:
        cut = opened
    return cut + 1 if cut >= ls else ls


def _headline_repeats(text: str, found: tuple[Amount, ...]) -> set[int]:
    """Starts of the amounts a page's headline repeats: on the first line when the same amount is written again
    below it (a news title over its lead), and on any later line that reprints the first line word for word."""
    body = text.lstrip()
    off = len(text) - len(body)
    first_end = text.find("\n", off)
    first_end = len(text) if first_end == -1 else first_end
    head = text[off:first_end].strip()
    if len(head) < 20:
        return set()
    out = set()
    below = [a for a in found if a.start >= first_end]
    for a in found:
        if a.start < first_end and any(b.vnd == a.vnd for b in below):
            out.add(a.start)
    for a in below:
        ls = text.rfind("\n", 0, a.start) + 1
        le = text.find("\n", a.end)
        line = text[ls:len(text) if le == -1 else le].strip()
        lead = len(text[ls:a.start]) - len(text[ls:a.start].lstrip())
        if line == head or (line.startswith(head) and a.end <= ls + lead + len(head)):
            out.add(a.start)  # the headline reprinted, alone or opening a photo caption ("<headline> Ảnh: …")
    return out


@fact("budgets", Budget, order=40)
def extract(doc: Document) -> list[Budget]:
    text = doc.text
    folded = folded_text(doc)
    header_end = doc.info.header_end
    from ..links import context_links
    from .legal_refs import citation_zones

    zones = Zones(citation_zones(doc))  # thousands of citations and amounts must not cost their product
    per, hedge, share, income = _cues()
    out = []
    found = money_in(text)
    ranged = range_ends(text, found) | _headline_repeats(text, found)
    for a in found:
        s, e = a.start, a.end
        if s < header_end or a.vnd <= 0 or s in ranged:
            continue
        if per.match(folded[e:e + 24]):
            continue  # a rate or a price, not an amount
        if zones.holds(s):
            continue
        ls, le = line_start(text, s), line_end(text, e)
        line_f = folded[ls:le]
        cs = _clause_start(folded, ls, s)
        before_f = folded[cs:s]
        if income.search(before_f[-60:]):
            continue  # per-capita income is a target
        if each_before(text, folded, max(cs, s - 40), s):
            continue  # "mỗi giải trị giá 15 triệu đồng": one unit's amount, a rate
        role = role_of(line_f, before_f, folded[e:min(le, e + 25)], _headings(doc, s), text[cs:s])
        units, criteria = context_links(doc, s)
        sm = share.match(folded, e, le)
        out.append(Budget(raw=text[s:e], start=s, end=e, amount_vnd=a.vnd, role=role, purpose=_purpose(text, ls, s),
                          source_of_funds=_source_of(line_f), criteria=criteria, precision_vnd=a.precision,
                          approximate=bool(hedge.search(before_f)),
                          share_pct=float(sm.group(1).replace(",", ".")) if sm else None))
    out += table_budgets(doc, folded)
    return out


_CELL_NUMBER = re.compile(r"^\s*(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)\s*$")
_UNIT_IN = [("nghin ty", 10**12), ("ty dong", 10**9), ("ty", 10**9), ("trieu dong", 10**6), ("trieu", 10**6),
            ("1.000 dong", 10**3), ("nghin dong", 10**3), ("ngan dong", 10**3), ("dong", 1)]


def _unit_scale(folded_text: str) -> int | None:
    for key, scale in _UNIT_IN:
        if re.search(rf"(?<![a-z]){re.escape(key)}(?![a-z])", folded_text):
            return scale
    return None


def table_budgets(doc: Document, folded: str) -> list[Budget]:
    """Rows of attached budget tables ("a | b | c" rows): each money cell is an item, "Tổng cộng" a total.

    The unit comes from the table's unit line ("ĐVT: triệu đồng") or its header.
    """
    from ..catalogue import Catalogue

    text = doc.text
    w = vocab()
    lines = []
    pos = 0
    for line in text.split("\n"):
        lines.append((pos, line))
        pos += len(line) + 1
    out: list[Budget] = []
    cat = Catalogue.get(doc.info.criteria_set)
    i = 0
    while i < len(lines):
        if " | " not in lines[i][1]:
            i += 1
            continue
        j = i
        rows = []
        while j < len(lines) and (" | " in lines[j][1] or (not lines[j][1].strip() and j + 1 < len(lines) and " | " in lines[j + 1][1])):
            if lines[j][1].strip():
                rows.append(lines[j])
            j += 1
        hstart, hline = rows[0]
        header_cells = _cells(hline, hstart)
        scale, money_cols = _table_frame(folded, lines[max(0, i - 4):i], header_cells)
        for rstart, rline in rows[1:]:
            out += _row_budgets(text, rstart, rline, len(header_cells), scale, money_cols, w, cat)
        i = j
    return out


def _row_budgets(text: str, rstart: int, rline: str, n_header: int, scale, money_cols, w, cat) -> list[Budget]:
    """The money cells of one table row: items, or totals on a "Tổng cộng" row."""
    from decimal import Decimal

    cells = _cells(rline, rstart)
    row_f = fold_keep_length(rline)
    is_total = any(_total_rx()[1].match(c[2].lower()) for c in cells)
    label = next((c[2] for c in cells if not _CELL_NUMBER.match(c[2]) and len(c[2].strip()) > 2), "")
    crit = _row_criteria(rline, label, cat)
    out = []
    for ci, (cs, _ce, ctext) in enumerate(cells):
        nm = _CELL_NUMBER.match(ctext)
        if not nm:
            continue
        value, _dec = parse_number(nm.group(1))
        if len(cells) == n_header:
            if (money_cols and ci not in money_cols) or ci == 0:
                continue
        elif ci == 0 and value < 1000:
            continue  # a row number; empty cells were dropped, so columns cannot be trusted
        cell_scale = scale or (1 if value >= 1_000_000 else None)
        if cell_scale is None:
            continue
        vnd = int((value * cell_scale).to_integral_value())
        if vnd <= 0:
            continue
        s, e = cs + nm.start(1), cs + nm.end(1)
        out.append(Budget(raw=text[s:e], start=s, end=e, amount_vnd=vnd, role="total" if is_total else "item",
                          purpose=label.strip()[:200], source_of_funds=_source_of(row_f), criteria=crit,
                          precision_vnd=int(cell_scale / (Decimal(10) ** _dec)) or 1))
    return out


def _table_frame(folded: str, above: list[tuple[int, str]], header_cells) -> tuple[int | None, set[int]]:
    """(unit scale, money columns) of a table: a unit line just above ("ĐVT: triệu đồng"), else the header row."""
    w = vocab()
    scale = None
    for start, line in above:
        f = folded[start:start + len(line)]
        m = next((m for u in w["unit_line"] if (m := re.search(rf"{u}\s*:", f))), None)  # "ĐĐVT:" from OCR too
        lost = m and _unit_scale(f) == 1 and re.search(r"[a-z]\w*[^a-z0-9]+dong(?![a-z])", f[m.end():])
        scale = (None if lost else _unit_scale(f)) if m else scale  # "ĐVT: trrệu đóng": the multiplier lost
    header_f = [fold_keep_length(c[2]) for c in header_cells]
    if scale is None:
        scale = _unit_scale(" ".join(header_f))
    money_cols = {ci for ci, h in enumerate(header_f)
                  if any(k in h for k in w["money_columns"])
                  and not any(k == h.strip() or h.strip().startswith(k) for k in w["not_money_columns"])}
    return scale, money_cols


def _row_criteria(row: str, label: str, cat) -> list[str]:
    """The criterion a table row is about: "Tiêu chí số 2" or "Tiêu chí Giao thông" (by the catalogue)."""
    m = re.search(r"(?:tiêu chí|Tiêu chí)\s+(?:số\s*)?(\d{1,2})\b", row)
    if m:
        return [str(int(m.group(1)))]
    m2 = re.search(r"(?:tiêu chí|Tiêu chí)\s+(.+)", label)
    hit = cat.longest_prefix(m2.group(1)) if m2 else None
    return [str(hit[0])] if hit else []


def _cells(line: str, start: int) -> list[tuple[int, int, str]]:
    out = []
    pos = 0
    for part in line.split(" | "):
        out.append((start + pos, start + pos + len(part), part))
        pos += len(part) + 3
    return out


def _purpose(text: str, ls: int, s: int) -> str:
    p = re.sub(r"^\s*(?:[-+•*–]|\d+(?:\.\d+)*[.)/]|[a-zA-Zđ][.)/])\s*", "", text[ls:s]).strip()
    cut = max(0, len(p) - 80)  # the cue words end the text: searched for in its tail only, not along a long line
    p = (p[:cut] + re.sub(r"(?:dự kiến\s+)?(?:kinh phí|là|khoảng|với|:|=|\|)\s*$", "", p[cut:], flags=re.I)).strip(" ,;:|")
    return p[:200]
