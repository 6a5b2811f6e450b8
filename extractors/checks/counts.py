"""count_mismatch: stated counts of criteria against what the plan lists and against the catalogue.

- "gồm 12 tiêu chí sau:" followed by a list (one line of "; "-separated names, bullets,
  numbered lines, bare numbers): an error only when every item of the list names a
  criterion and the criteria records agree with the item count; else an ``info``.
- achieved + remaining: "đạt 16/19 tiêu chí" and "05 tiêu chí còn lại" against the total,
  an error only when the remaining count fits none of the achieved counts stated.

Target counts ("phấn đấu đạt 19/19", counts under Mục tiêu) are never compared as
achieved; counts about other communes ("các xã", "xã Tân An đạt 15/19") are not the plan's own.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from functools import lru_cache

from ..model import Document, Figure, Finding
from .base import alternation, is_blank, lines, list_below, longest_list, marker_of, words

_ITEM = re.compile(r"tiêu chí|\bTC\s*\d|^\s*\d{1,2}\s*$", re.I)
@lru_cache(maxsize=1)
def _lead_rx() -> re.Pattern:
    return re.compile(rf"^\s*(?:\*\*)?\s*(?:{alternation('inline_list_lead')})\s*:?\s*", re.I)


def _section_kinds(doc: Document, pos: int) -> set[str]:
    return {sec.kind for sec in doc.sections_above(pos)}


def _clause(doc: Document, s) -> str:
    from ..common import clause_start

    return doc.text[clause_start(doc.text, s.start):s.end]


def own_count(doc: Document, s, achieved: bool) -> bool:
    """A count about the plan's own commune (or district), and for ``achieved`` not a goal."""
    clause = _clause(doc, s)
    low = re.sub(rf"(?:{alternation('unit_lookalikes')})(?![\w])", " ", clause.lower())
    if re.search(rf"(?:^|[^\w])(?:{alternation('other_units')})(?![\w])", low):
        return False
    for m in re.finditer(r"\b(?:xã|huyện)\s+((?:[A-ZĐ][\w]*\s?){1,3})", clause):
        name = m.group(1).strip()
        if name and name not in {doc.info.commune, doc.info.district}:
            return False
    if achieved and "muc_tieu" in _section_kinds(doc, s.start):
        return False  # a goal by its words is already a target count: criteria_summary said so
    return True


def _list_items(doc: Document, s) -> list[tuple[int, int, str]] | None:
    """The items of the list a count introduces ("gồm 12 tiêu chí sau:"), or None when it opens none."""
    ls_ = lines(doc)
    li = ls_.index_at(s.start)
    line = ls_[li]
    rest = line.text[s.end - line.start:]
    colon = rest.find(":")
    if colon == -1 or rest[:colon].strip(" )*").lower() not in ("", *words()["list_openers"]):
        return None
    inline = rest[colon + 1:]
    if inline.strip(" *."):
        begin = s.end + colon + 1
        return _split(begin, doc.text[begin:_wrapped_end(ls_, li)])
    items = []
    longest = longest_list()
    last = li
    for k, ll in enumerate(list_below(ls_, li)):
        t = ll.line.text
        if k >= longest:
            return None  # too long to be a list of criteria
        if ll.first and (ll.marker is None or " | " in t):
            return None if " | " in t else _split(ll.line.start, doc.text[ll.line.start:_wrapped_end(ls_, ll.index)])
        if ll.item:
            items.append((ll.line.start, ll.line.end, t))
        last = ll.index
    return None if items and _numbering_resumes(ls_, last, items[-1][2]) else items


def _wrapped_end(ls_, li: int) -> int:
    """Where the prose paragraph of line ``li`` ends: a scan wraps a long "; "-list over lines, and a
    line that opens with a lower-case letter and no marker goes on the same sentence.

    "…; tiêu chí số 04 về Điện:" / "tiêu chí số 05 về Giáo dục; …" is one list (OCR read a ";" as ":").
    """
    end = ls_[li].end
    for j in range(li + 1, len(ls_)):
        text = ls_[j].text
        if is_blank(text) or marker_of(text) is not None or not text.lstrip()[:1].islower():
            break
        end = ls_[j].end
    return end


_NUMBERED = re.compile(r"^\W*(\d{1,2})\s*([./)])")


def _numbering_resumes(ls_, last: int, last_item: str, reach: int = 3) -> bool:
    """The list stopped at a stray line and its numbering goes on after it ("1/ …", "khai. | : |", "2/ …" on a scan):
    the list as read is cut short, so it is not counted against the stated number."""
    m = _NUMBERED.match(last_item)
    if not m:
        return False
    want, mark = int(m.group(1)) + 1, m.group(2)
    seen = 0
    for j in range(last + 1, len(ls_)):
        text = ls_[j].text
        if not text.strip():
            continue
        n = _NUMBERED.match(text)
        if n and int(n.group(1)) == want and n.group(2) == mark:
            return True
        seen += 1
        if seen > reach:
            return False
    return False


def _split(start: int, text: str) -> list[tuple[int, int, str]]:
    g = _lead_rx().match(text)
    off = g.end() if g else 0
    body = text[off:].rstrip(" .*")
    sep = ";" if ";" in body else ","
    out, pos = [], start + off
    for part in body.split(sep):
        if part.strip():
            out.append((pos, pos + len(part), part))
        pos += len(part) + 1
    return out


def listed_checks(doc: Document, summaries: list, criteria: list) -> list[Finding]:
    out = []
    for s in summaries:
        if s.kind not in ("achieved", "not_achieved") or not own_count(doc, s, achieved=True):
            continue
        items = _list_items(doc, s)
        if not items or len(items) == s.count:
            continue
        want = "dat" if s.kind == "achieved" else "chua_dat"
        first, last = items[0][0], items[-1][1]
        recs = {c.criterion: c for c in criteria if first <= c.start < last and c.status == want}
        stated = Figure(s.count, s.raw, s.start, s.end, "stated")
        figs = [stated] + [Figure(c.criterion, c.raw, c.start, c.end, "listed") for c in recs.values()]
        bare = [t.strip(" .;") for _, _, t in items]
        numbers = all(b.isdigit() for b in bare) and len(set(bare)) == len(bare)  # "1, 3, 4, 7": certain as written
        named = [any(a <= c.start < b for c in recs.values()) or bool(_ITEM.search(t)) for a, b, t in items]
        if numbers or (all(named) and len(recs) == len(items)):
            out.append(Finding.comparing(
                "count_mismatch", "error", f"Ghi {s.raw.strip()} nhưng liệt kê {len(items)} tiêu chí: "
                f"{'; '.join(t.strip(' -+.;') for _, _, t in items)[:400]}.", figs, len(items), s.count))
        else:
            out.append(Finding.comparing(
                "count_mismatch", "info", f"Ghi {s.raw.strip()}; danh sách sau đó có {len(items)} mục nhưng không phải "
                f"mục nào cũng đọc được là một tiêu chí ({len(recs)} tiêu chí nhận ra): cần kiểm tra bằng mắt.",
                figs, len(items), s.count))
    return out


def _says_remaining(doc: Document, s) -> bool:
    """The count is worded as what remains ("05 tiêu chí còn lại", "còn 3 tiêu chí chưa đạt", "chưa đạt 05/19")."""
    near = doc.text[max(0, s.start - 25):s.end].lower()
    return bool(re.search(rf"(?:^|[^\w])(?:{alternation('remaining_words')})(?![\w])", near))


def _history(doc: Document, s) -> bool:
    """A past year's result worded with a goal's words and no "đã" ("Năm 2021, xã đạt thêm 2 tiêu chí, nâng tổng số
    lên 13/19" in a plan for 2023; criteria_summary.yaml ``weak_target``), dated two years or more before the plan
    year: history, not the present a remaining count is counted from. "Đến năm 2021 xã đã đạt 12/19" stays a count
    to check."""
    from ..facts.criteria_summary import says_weak_goal
    from ..fold import fold

    if not (s.year and doc.info.plan_year and s.year < doc.info.plan_year - 1):
        return False
    return says_weak_goal(fold(_clause(doc, s)))


def total_checks(doc: Document, summaries: list) -> list[Finding]:
    from ..catalogue import Catalogue

    cat_total = Catalogue.get(doc.info.criteria_set).total if doc.info.criteria_set else None
    achieved = [s for s in summaries if s.kind == "achieved" and s.total and own_count(doc, s, achieved=True)
                and (cat_total is None or s.total == cat_total) and not _history(doc, s)]
    if not achieved:
        return []
    t = achieved[0].total
    # each count is asked once whether it is the plan's own (a text of thousands of counts: not their square)
    own = {id(x) for x in summaries if own_count(doc, x, achieved=False)}
    stated = _Stated(doc, [x for x in summaries if x.total == t and id(x) in own])
    targets = sorted((g for g in summaries if g.kind == "target"), key=lambda g: g.start)
    target_starts = [g.start for g in targets]
    for r in summaries:
        if r.kind != "not_achieved" or (r.total and r.total != t) or id(r) not in own:
            continue
        if not _says_remaining(doc, r):
            continue  # a count not worded as what remains ("đạt 17/19 tiêu chí, còn lại ..." is not one)
        clause = _clause(doc, r)
        cs = r.end - len(clause)
        before = targets[bisect_left(target_starts, cs):bisect_left(target_starts, r.start)]  # the goals in its clause
        if any(clause.find(g.raw) != -1 for g in before):
            continue  # "phấn đấu đạt 17/19 tiêu chí, còn lại 02 tiêu chí": counted from the goal, not from today
        if stated.agrees(r, t):
            continue
        a = max((x for x in achieved if x.start < r.start), key=lambda x: x.start, default=achieved[0])
        return [Finding.comparing(
            "count_mismatch", "error",
            f"Đã đạt {a.count}/{t} tiêu chí ({a.raw.strip()}) nhưng ghi còn {r.count} tiêu chí ({r.raw.strip()}): "
            f"{a.count} + {r.count} = {a.count + r.count}, không phải {t}.",
            [Figure(a.count, a.raw, a.start, a.end, "achieved"), Figure(r.count, r.raw, r.start, r.end, "remaining")],
            t - a.count, r.count)]
    return []


class _Stated:
    """The counts out of the total the plan states of itself, tallied once: is a remaining count consistent with
    one of them (other than itself)? An achieved or goal count adding up to the total, the same remaining count
    restated ("chưa đạt 09/19"), or a count of another year."""

    def __init__(self, doc: Document, counts: list):
        self.remaining: Counter[int] = Counter()
        self.others: Counter[int] = Counter()
        self.years: Counter[int | None] = Counter()
        self.said = {id(x): _says_remaining(doc, x) for x in counts}
        for x in counts:
            (self.remaining if self.said[id(x)] else self.others)[x.count] += 1
            self.years[x.year] += 1

    def agrees(self, r, t: int) -> bool:
        mine = id(r) in self.said  # r itself is among the counts: it does not agree with itself
        said = self.said.get(id(r), False)
        same = self.remaining[r.count] - (mine and said)
        adds_up = self.others[t - r.count] - (mine and not said and 2 * r.count == t)
        other_years = sum(n for y, n in self.years.items() if y and y != r.year) if r.year else 0
        return same > 0 or adds_up > 0 or other_years > 0


def count_checks(doc: Document, summaries: list, criteria: list) -> list[Finding]:
    return listed_checks(doc, summaries, criteria) + total_checks(doc, summaries)
