"""Status of national criteria: every statement that a criterion is achieved or not yet.

Finding: criterion mentions, numbered ("Tiêu chí số 02 về giao thông",
"(TC2)", "tiêu chí 13", "chỉ tiêu 13.3") or named through the document's
catalogue ("Tiêu chí Giao thông", and lists "tiêu chí Quy hoạch, y tế, ...").
Resolving: the status comes from a cue in the mention's sentence ("đã đạt",
"chưa đạt", "còn lại", "cần đạt" ...) or, for list lines, from the list's
introductory line or heading. A criterion only named as someone's
responsibility has no status and is not reported.

>>> from extractors.model import Document
>>> d = Document.from_text("a. Các tiêu chí đã đạt, gồm 2 tiêu chí sau:\\nTiêu chí Quy hoạch (TC1); Tiêu chí Điện (TC4).\\nb. Các tiêu chí chưa đạt:\\n1/ Tiêu chí giao thông\\n")
>>> d.info.criteria_set = "xa_ntm_2021_2025"
>>> [(c.criterion, c.status) for c in extract(d)]
[(1, 'dat'), (4, 'dat'), (2, 'chua_dat')]
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..model import Document, Span

from ..registry import fact, kind
from ..catalogue import Catalogue
from ..common import folded_text, iter_lines, load_data


@dataclass(kw_only=True)
class CriterionStatus(Span):
    criterion: int
    indicator: str | None = None
    name: str | None = None
    status: str  # dat | chua_dat
    year: int | None = None


VOCAB = {"chua_dat": [str], "dat": [str], "neutral": [str], "summary": {str: [str]}}


def vocab() -> dict:
    """This kind's words (criteria.yaml), checked against VOCAB."""
    return kind("criteria").vocab(VOCAB)


_NUMBERED = re.compile(
    r"(?<![\w])(?:(?:tiêu|Tiêu|TIÊU)\s+(?:chí|CHÍ)|TC|(?:tiêu|Tiêu)(?=\s+số))\s*(?:số\s*|SỐ\s*)?(?P<n>\d{1,2})(?![\d]|[.,]\d|/\d)", re.U)
_INDICATOR = re.compile(r"(?<![\w])(?:chỉ\s+tiêu|Chỉ\s+tiêu|nội\s+dung|Nội\s+dung)\s*(?:số\s*)?(?P<n>\d{1,2})\.(?P<i>\d{1,2})(?!\d)")
_NAMED = re.compile(r"(?<![\w])(?:tiêu|Tiêu|TIÊU)\s+(?:chí|CHÍ)\s+(?:về\s+)?"
                    r"(?:(?:xây dựng|thực hiện|đạt chuẩn|đạt|xã|huyện|NTM|nông thôn mới)\s+){0,4}(?=[^\d\s])")
_TC_AFTER = re.compile(r"\s*\(\s*TC\s*(?P<n>\d{1,2})\s*\)")
_LIST_SEP = re.compile(r"\s*(?:,|;|và)\s*")
_MARKER = re.compile(r"^\s*(?:[-+•*–]+|\d{1,2}(?:\.\d{1,2})*[./)]|[a-zđ][.)/]|[IVX]+\.)?\s*")


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    criterion: int
    indicator: str | None
    named: bool


def find_mentions(text: str, cat: Catalogue) -> list[Mention]:
    return list(_find_mentions(text, cat.id))


@lru_cache(maxsize=8)
def _find_mentions(text: str, set_id: str) -> tuple[Mention, ...]:
    """Cached: criteria and assignments both ask for the mentions of the same text."""
    return tuple(_scan_mentions(text, Catalogue.get(set_id)))


def _scan_mentions(text: str, cat: Catalogue) -> list[Mention]:
    out: list[Mention] = []
    taken: list[tuple[int, int]] = []

    def free(s, e):
        return all(e <= a or s >= b for a, b in taken)

    for m in _INDICATOR.finditer(text):
        out.append(Mention(m.start(), m.end(), int(m.group("n")), f"{int(m.group('n'))}.{int(m.group('i'))}", False))
        taken.append((m.start(), m.end()))
    for m in _NUMBERED.finditer(text):
        if not free(m.start(), m.end()):
            continue
        n = int(m.group("n"))
        if not 1 <= n <= 19:
            continue
        end = m.end()
        tail = re.match(r"\s*(?:về|[-–:]|\()\s*", text[end:end + 8])
        if tail:
            hit = cat.longest_prefix(text[end + tail.end(): end + tail.end() + 120].split("\n")[0])
            if hit and hit[0] == n:
                end = end + tail.end() + hit[1]
        out.append(Mention(m.start(), end, n, None, False))
        taken.append((m.start(), end))
    for m in _NAMED.finditer(text):
        if not free(m.start(), m.end()):
            continue
        pos = m.end()
        first = True
        while True:
            line_rest = text[pos: pos + 160].split("\n")[0]
            hit = cat.longest_prefix(line_rest)
            if not hit:
                break
            no, length = hit
            s = m.start() if first else pos
            e = pos + length
            tc = _TC_AFTER.match(text, e)
            if tc:
                no, e = int(tc.group("n")), tc.end()
            if free(s, e):
                out.append(Mention(s, e, no, None, True))
                taken.append((s, e))
            sep = _LIST_SEP.match(text, e)
            if not sep or "\n" in text[e:sep.end()]:
                break
            pos = sep.end()
            first = False
    # bare catalogue names heading a list item: "+ Cơ sở vật chất văn hóa: ..." (spaCy PhraseMatcher,
    # run on those candidate lines only, never on the whole text)
    from ..nlp import catalogue_spans

    for line in iter_lines(text):
        mk = _MARKER.match(line.text)
        if not mk or not mk.group(0).strip() or ":" not in line.text[mk.end(): mk.end() + 120]:
            continue
        head = line.text[: mk.end() + line.text[mk.end():].index(":") + 1]
        for s, e, no in catalogue_spans(head, cat.id):
            s, e = s + line.start, e + line.start
            if s != line.start + mk.end() or text[e:e + 1] != ":" or not free(s, e):
                continue
            out.append(Mention(s, e, no, None, True))
            taken.append((s, e))
    out.sort(key=lambda x: x.start)
    return out


@lru_cache(maxsize=1)
def _cues():
    data = vocab()
    cues = [(c, "chua_dat") for c in data["chua_dat"]] + [(c, "dat") for c in data["dat"]]
    return sorted(cues, key=lambda c: -len(c[0])), data["neutral"]


@lru_cache(maxsize=1)
def _cue_rx() -> tuple[re.Pattern, dict]:
    cues, _ = _cues()
    rx = re.compile("(?<![a-z])(" + "|".join(re.escape(c) for c, _ in cues) + ")(?![a-z])")
    return rx, dict(cues)


def last_cue(folded: str) -> tuple[int, str] | None:
    """(end position, status) of the last status cue in folded text."""
    rx, status = _cue_rx()
    best = None
    for m in rx.finditer(folded):
        best = (m.end(), status[m.group(1)])
    return best


def _sentence_status(text: str, folded: str, pos: int) -> str | None:
    ls = text.rfind("\n", 0, pos) + 1
    ss = max(text.rfind(". ", ls, pos), text.rfind("! ", ls, pos))
    start = ss + 2 if ss != -1 else ls
    window = folded[start:pos]
    cue = last_cue(window)
    if not cue:
        return None
    _, neutral = _cues()
    # a responsibility word between the cue and the criterion, in the criterion's own clause, cancels it
    clause_from = max(cue[0], window.rfind(";") + 1)
    if any(n in window[clause_from:] for n in neutral):
        return None
    return cue[1]


def _intro_scopes(doc: Document, folded: str) -> list[tuple[int, int, str]]:
    """(start, end, status) of lists introduced by a line or heading that states a status."""
    text = doc.text
    heading_lines = {}
    for s in doc.sections:
        heading_lines[s.start] = s
    scopes = []
    lines = list(iter_lines(text))
    for i, line in enumerate(lines):
        st = line.text.strip()
        if not st or len(st) > 300:
            continue
        lead = len(line.text) - len(line.text.lstrip())
        sec = heading_lines.get(line.start + lead)
        is_intro = st.endswith(":") or (sec is not None and len(st) < 200 and sec.kind != "other")
        if not is_intro:
            continue
        cue = last_cue(folded[line.start:line.end])
        if not cue:
            continue
        _, neutral = _cues()
        if any(n in folded[line.start + cue[0]:line.end] for n in neutral):
            continue
        if sec is not None and sec.end > line.end:
            end = sec.end
        else:
            end = line.end
            taken_first = False
            for nxt in lines[i + 1:]:
                ns = nxt.text.strip()
                if not ns:
                    continue
                if not taken_first or _MARKER.match(nxt.text).group(0).strip():
                    end = nxt.end
                    taken_first = True
                    continue
                break
        scopes.append((line.end, end, cue[1]))
    return scopes


def _is_list_line(text: str, m: Mention) -> bool:
    """The mention starts its line (after a list marker), or its line is a list of criteria."""
    ls = text.rfind("\n", 0, m.start) + 1
    line_head = text[ls:m.start + 1]
    marker_end = _MARKER.match(line_head).end()
    if ls + marker_end >= m.start:
        return True
    rest = text[ls + marker_end: ls + marker_end + 40]
    lead = re.match(r"(?:Gồm|gồm|Bao gồm|bao gồm|Đó là|đó là|Cụ thể|cụ thể|Là|là)\s*(?:có)?\s*:?\s*", rest)
    if lead:
        rest = rest[lead.end():]
    return bool(re.match(r"(?:tiêu|Tiêu|TIÊU)\s+(?:chí|CHÍ)", rest))


_STATUS_AFTER = re.compile(r"^\s*(?:[:\-–|(]\s*)?(?P<w>chưa\s+đạt(?:\s+chuẩn)?|đã\s+đạt(?:\s+chuẩn)?|đạt(?:\s+chuẩn)?|Chưa\s+đạt(?:\s+chuẩn)?|Đã\s+đạt(?:\s+chuẩn)?|Đạt(?:\s+chuẩn)?|ĐẠT|CHƯA\s+ĐẠT)\s*(?=$|[.;,)|\n])")


def _status_after(text: str, m: Mention) -> str | None:
    """"Tiêu chí số 1 - Quy hoạch: Đạt", "Giao thông | Chưa đạt": the status written after the name."""
    line_end = text.find("\n", m.end)
    rest = text[m.end: len(text) if line_end == -1 else line_end]
    a = _STATUS_AFTER.match(rest)
    if not a:
        return None
    return "chua_dat" if a.group("w").lower().startswith("chưa") else "dat"


def _table_rows(text: str, cat: Catalogue) -> list[CriterionStatus]:
    """Assessment tables: a row with a criterion (number or name) in one cell and Đạt/Chưa đạt in another."""
    out = []
    pos = 0
    for line in text.split("\n"):
        if " | " in line:
            cells, off = [], pos
            for part in line.split(" | "):
                cells.append((off, part))
                off += len(part) + 3
            status = None
            for _, c in cells:
                w = c.strip().lower()
                if w in ("đạt", "đạt chuẩn", "đã đạt"):
                    status = "dat"
                elif w in ("chưa đạt", "chưa đạt chuẩn", "không đạt"):
                    status = "chua_dat"
            if status:
                for off, c in cells:
                    stripped = c.strip()
                    lead = len(c) - len(c.lstrip())
                    name = re.sub(r"^(?:Tiêu chí|tiêu chí)\s+(?:số\s*\d+\s*[:.\-–]?\s*)?", "", stripped)
                    hit = cat.longest_prefix(name) if name else None
                    if hit and hit[1] >= len(name.rstrip(" .;:")) - 1:
                        s = off + lead
                        e = s + len(stripped)
                        out.append(CriterionStatus(raw=text[s:e], start=s, end=e, criterion=hit[0], indicator=None,
                                                   name=cat.names.get(hit[0]), status=status))
                        break
        pos += len(line) + 1
    return out


@fact("criteria", CriterionStatus, order=10)
def extract(doc: Document) -> list[CriterionStatus]:
    text = doc.text
    cat = Catalogue.get(doc.info.criteria_set)
    folded = folded_text(doc)
    scopes = _intro_scopes(doc, folded)
    end_of_body = next((s.start for s in doc.sections if s.kind in ("noi_nhan", "chu_ky")), len(text))
    out = []
    for m in find_mentions(text, cat):
        if m.start >= end_of_body:
            continue
        status = _status_after(text, m) or _sentence_status(text, folded, m.start)
        if status is None and _is_list_line(text, m):
            inside = [sc for sc in scopes if sc[0] <= m.start < sc[1]]
            if inside:
                status = max(inside, key=lambda sc: sc[0])[2]  # the nearest enclosing list
        if status is None:
            continue
        raw = text[m.start:m.end]
        out.append(CriterionStatus(raw=raw, start=m.start, end=m.end, criterion=m.criterion, indicator=m.indicator,
                                   name=cat.names.get(m.criterion), status=status, year=None))
    seen = {(c.start, c.end) for c in out}
    out += [c for c in _table_rows(text, cat) if c.start < end_of_body and not any(s <= c.start < e for s, e in seen)]
    return out
