"""Status of national criteria: every statement that a criterion is achieved or not yet.

Finding: criterion mentions, numbered ("Tiêu chí số 02 về giao thông",
"(TC2)", "tiêu chí 13", "chỉ tiêu 13.3") or named through the document's
catalogue ("Tiêu chí Giao thông", and lists "tiêu chí Quy hoạch, y tế, ...").
Resolving: the status comes from a cue in the mention's sentence ("đã đạt",
"chưa đạt", "còn lại", "cần đạt" ...) or, for list lines, from the list's
introductory line or heading. A criterion only named as someone's
responsibility has no status and is not reported.

A status written right after a list ("các tiêu chí về quy hoạch, môi trường và điện chưa đạt") is every item's, and
wins over a cue before the list ("đã đạt 7/9 tiêu chí; còn tiêu chí A và B chưa đạt": A and B not met).

Refuses: a status after a single criterion's name with no list (left to the cues before it), a text of another programme's criteria set (đô thị văn minh, chuẩn tiếp cận pháp
luật, khu dân cư kiểu mẫu: extractors/scope.py), statuses of other communes ("5 xã chưa đạt …",
"Riêng xã <Tên>, … 5 tiêu chí còn lại là …" when <Tên> is not the document's own commune, any
named commune in a district's or a province's document), and a grade's definition ("xã được công
nhận đạt chuẩn … nâng cao là xã … đáp ứng 11 tiêu chí về giao thông, …").

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

from ..catalogue import Catalogue
from ..common import alternation, folded_text, iter_lines, line_end, line_start, not_after, sentence_start
from ..criteria_levels import district_mentions
from ..mentions import Mention, find_mentions  # noqa: F401  (assignments reads the mentions from here)
from ..model import Document, Span
from ..registry import fact, kind
from ..scope import defines_a_grade, names_a_district_below, names_other_commune, other_programme, subject_commune
from ..spans import Zones
from ..structure import reading_set


@dataclass(kw_only=True)
class CriterionStatus(Span):
    criterion: int
    indicator: str | None = None
    name: str | None = None
    status: str  # dat | chua_dat
    year: int | None = None


VOCAB = {"chua_dat": [str], "dat": [str], "neutral": [str], "summary": {str: [str]},
         "status_words": {"dat": [str], "chua_dat": [str]}, "list_leads": [str], "sentence_leads": [str], "other_communes": [str], "membership_before": [str],
         "other_units": [str], "list_lead_fillers": [str], "after_list": {"dat": [str], "chua_dat": [str]}, "list_gaps": [str], "clause_predicates": [str], "programme_heads": [str],
         "mention": {"criterion_words": [str], "clipped_words": [str], "abbreviations": [str], "number_words": [str],
                     "level_words": [str], "indicator_words": [str], "name_links": [str], "fillers": [str],
                     "list_intros": [str], "list_ands": [str], "not_after_number": [str]},
         "levels": {"district_words": [str], "commune_words": [str], "commune_false": [str], "district_prefixes": [str],
                    "commune_sets": {str: str}, "id_separators": [str]}}


def vocab() -> dict:
    """This kind's words (criteria.yaml), checked against VOCAB."""
    return kind("criteria").vocab(VOCAB)


_MARKER = re.compile(r"^\s*(?:[-+•*–]+|\d{1,2}(?:\.\d{1,2})*[./)]|[a-zđ][.)/]|[IVX]+\.)?\s*")


@lru_cache(maxsize=1)
def _cues():
    data = vocab()
    cues = [(c, "chua_dat") for c in data["chua_dat"]] + [(c, "dat") for c in data["dat"]]
    return sorted(cues, key=lambda c: -len(c[0])), data["neutral"]


@lru_cache(maxsize=1)
def _cue_rx() -> tuple[re.Pattern, dict]:
    cues, _ = _cues()
    # "nông thôn mới đạt chuẩn": the programme's name ends with the first word of a cue ("mới đạt"), which is no cue there
    inside = "".join(f"(?<!{re.escape(w)} )" for w in vocab()["programme_heads"])
    rx = re.compile(f"(?<![a-z]){inside}(" + "|".join(re.escape(c) for c, _ in cues) + ")(?![a-z])")
    return rx, dict(cues)


@lru_cache(maxsize=8192)  # lines and windows recur within a plan and across the plans of a batch
def last_cue(folded: str) -> tuple[int, str] | None:
    """(end position, status) of the last status cue in folded text."""
    rx, status = _cue_rx()
    best = None
    for m in rx.finditer(folded):
        best = (m.end(), status[m.group(1)])
    return best


def _sentence_from(text: str, pos: int) -> int:
    """The start of the sentence holding ``pos``; a sentence opening with a list lead ("Bao gồm tiêu chí số 1 …",
    "Đó là …") goes on from the one before it, whose verb gives the status."""
    ls = line_start(text, pos)
    ss = max(text.rfind(". ", ls, pos), text.rfind("! ", ls, pos))
    start = ss + 2 if ss != -1 else ls
    if ss != -1 and _rx()["opening_lead"].match(text, start):
        prev = max(text.rfind(". ", ls, ss), text.rfind("! ", ls, ss))
        start = prev + 2 if prev != -1 else ls
    return start


def _clause_from(text: str, start: int, pos: int) -> int:
    """Clauses joined by "; " and a capital, each with its own verb ("… còn lúng túng; Kết quả thực hiện các tiêu chí
    về điện, … đạt chưa cao;"): a clause opening with another word than the criterion noun, naming criteria
    with that noun and holding a verb of its own after them (criteria.yaml ``clause_predicates``) starts afresh, so a
    cue in an earlier clause is not its status. A clause without a verb of its own ("…; Củng cố tổ chức đoàn thể và
    tiêu chí Quốc phòng và An ninh.") and a list item ("; Tiêu chí số 5 …") go on from the cue before them."""
    crit, verb = _rx()["crit"], _rx()["clause_verb"]
    for semi in reversed(list(re.finditer(r";\s+", text[start:pos]))):
        c = start + semi.end()
        nxt = text.find(";", c)
        end = min(nxt if nxt != -1 else len(text), line_end(text, c))
        dot = text.find(". ", pos, end)
        if text[c:c + 1].isupper() and not crit.match(text, c) and crit.search(text[c:min(pos + 12, end)]) \
                and verb.search(text, pos, dot if dot != -1 else end):
            return c
    return start


def _sentence_status(text: str, folded: str, pos: int) -> str | None:
    start = _clause_from(text, _sentence_from(text, pos), pos)
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
            end = _other_status_line(folded, lines[i + 1:], sec.end, cue[1])
        else:
            end = _list_end(lines[i + 1:], line.end)
        scopes.append((line.end, end, cue[1]))
    return scopes


def _list_end(after: list, end: int) -> int:
    """The end of the list under an intro line: its first line, then every line that opens with a list marker."""
    taken_first = False
    for nxt in after:
        if not nxt.text.strip():
            continue
        if not taken_first or _MARKER.match(nxt.text).group(0).strip():
            end = nxt.end
            taken_first = True
            continue
        break
    return end


def _other_status_line(folded: str, after: list, end: int, status: str) -> int:
    """A heading's scope ends at a line with no list marker that states the other status: on a bad fax the
    heading "b) Những tiêu chí chưa đạt:" read as noise is no heading, and its items are not the ones met.

    >>> from extractors.fold import fold_keep_length
    >>> t = "- Điện;\\nbì Mhf tiêu € hí chưa đạt\\n- Thu nhập;"
    >>> _other_status_line(fold_keep_length(t), list(iter_lines(t)), len(t), "dat")
    7
    """
    for nxt in after:
        if nxt.start >= end:
            break
        if _MARKER.match(nxt.text).group(0).strip():
            continue
        cue = last_cue(folded[nxt.start:nxt.end])
        if cue and cue[1] != status:
            return nxt.start - 1 if nxt.start > 0 else 0
    return end



@lru_cache(maxsize=1)
def _rx() -> dict[str, re.Pattern]:
    v = vocab()
    crit = alternation(v["mention"]["criterion_words"], spaces=True)
    words = [(w, "dat") for w in v["status_words"]["dat"]] + [(w, "chua_dat") for w in v["status_words"]["chua_dat"]]
    return {
        "lead": re.compile(rf"(?:{alternation(v['list_leads'], spaces=True)})\s*(?:{alternation(v['list_lead_fillers'], spaces=True)})?\s*:?\s*", re.I),
        "opening_lead": re.compile(rf"(?:{alternation(v['sentence_leads'], spaces=True)})(?!\w)", re.I),
        "crit": re.compile(rf"(?:{crit})", re.I),
        "clause_verb": re.compile(rf"(?<!\w)(?:{alternation(v['clause_predicates'], spaces=True)})(?!\w)", re.I),
        "cell_name": re.compile(rf"^(?:{crit})\s+(?:(?:{alternation(v['mention']['number_words'], spaces=True)})\s*\d+\s*[:.\-–]?\s*)?", re.I),
        "after": re.compile(rf"^\s*(?:[:\-–|(]\s*)?(?P<w>{alternation([w for w, _ in words], spaces=True)})\s*(?=$|[.;,)|\n])", re.I),
        # "5 xã chưa hoàn thành …", "các xã A, B chưa đạt …": a statement about other communes
        "others": re.compile(rf"(?<![\w,.]){not_after(v['membership_before'])}(?:\d{{1,3}}|{alternation(v['other_communes'], spaces=True)})\s+(?:{alternation(v['other_units'], spaces=True)})(?![\w])", re.I),
    }


def status_word(word: str) -> str | None:
    """"Đạt" -> dat, "Chưa đạt chuẩn" -> chua_dat, anything else -> None."""
    v = vocab()["status_words"]
    w = re.sub(r"\s+", " ", word.strip(" .;:")).lower()
    if w in (x.lower() for x in v["chua_dat"]):
        return "chua_dat"
    if w in (x.lower() for x in v["dat"]):
        return "dat"
    return None


def _is_list_line(text: str, m: Mention) -> bool:
    """The mention starts its line (after a list marker), or its line is a list of criteria."""
    ls = text.rfind("\n", 0, m.start) + 1
    line_head = text[ls:min(m.start + 1, ls + 200)]  # a list marker is short: a long line is not copied per mention
    marker_end = _MARKER.match(line_head).end()
    if ls + marker_end >= m.start:
        return True
    rest = text[ls + marker_end: ls + marker_end + 40]
    lead = _rx()["lead"].match(rest)
    if lead:
        rest = rest[lead.end():]
    return bool(_rx()["crit"].match(rest))


def _status_after(text: str, m: Mention) -> str | None:
    """"Tiêu chí số 1 - Quy hoạch: Đạt", "Giao thông | Chưa đạt": the status written after the name."""
    rest = text[m.end:line_end(text, m.end)]
    a = _rx()["after"].match(rest)
    return status_word(a.group("w")) if a else None


def _about_other_communes(text: str, m: Mention) -> bool:
    """"5 xã chưa hoàn thành tiêu chí …", "các xã còn lại chưa đạt …": not the plan's own status."""
    ls = line_start(text, m.start)
    ss = max(text.rfind(". ", ls, m.start), text.rfind("; ", ls, m.start))
    return bool(_rx()["others"].search(text, ss + 2 if ss != -1 else ls, m.start))


def _table_rows(text: str, cat: Catalogue) -> list[CriterionStatus]:
    """Assessment tables: a row naming a criterion whose LAST cell says Đạt / Chưa đạt.

    A flattened table puts "Đạt" in the norm column too ("Chỉ tiêu chung | Đạt"); only the
    last (result) column is the status, so a row whose last cell is "100%" or "≥98%" has none.
    """
    out = []
    for line in iter_lines(text):
        if " | " not in line.text:
            continue
        cells, off = [], line.start
        for part in line.text.split(" | "):
            cells.append((off, part))
            off += len(part) + 3
        status = status_word(cells[-1][1])
        if status is None:
            continue
        row_no = None
        for off, c in cells[:-1]:
            stripped = c.strip()
            lead = len(c) - len(c.lstrip())
            # a row number glued to the name by a scan ("10 Thu nhập", "1] Nghèo đa chiều")
            no = re.match(r"^(\d{1,2})[\])|.]?(?:\s+|$)", stripped)
            if no and row_no is None:
                row_no = int(no.group(1))
            name = _rx()["cell_name"].sub("", stripped[no.end():] if no else stripped)
            hit = cat.match_prefix(name) if name else None
            # the whole cell is the name, or a name whose row number agrees (a wrapped long name)
            if hit and (hit.length >= len(name.rstrip(" .;:")) - 1 or hit.criterion == row_no):
                s = off + lead
                e = s + len(stripped)
                out.append(CriterionStatus(raw=text[s:e], start=s, end=e, criterion=hit.criterion, indicator=None,
                                           name=cat.names.get(hit.criterion), status=status))
                break
    return out


def _status_of(text: str, folded: str, m: Mention, scopes: list[tuple[int, int, str]]) -> str | None:
    # a named mention keeps its head's words ("tiêu chí còn lại về giao thông"): their cue counts too
    status = _status_after(text, m) or _sentence_status(text, folded, m.end if m.named else m.start)
    if status is None and _is_list_line(text, m):
        inside = [sc for sc in scopes if sc[0] <= m.start < sc[1]]
        if inside:
            status = max(inside, key=lambda sc: sc[0])[2]  # the nearest enclosing list
    return status


def _reading(doc: Document) -> str | None:
    """The catalogue to read with; a news item about one commune (scope ``subject_commune``) on a district's page is
    read with the commune set the district set's plans cite (criteria.yaml ``levels.commune_sets``)."""
    set_id = reading_set(doc)
    if set_id and subject_commune(doc):
        return vocab()["levels"]["commune_sets"].get(set_id, set_id)
    return set_id


@lru_cache(maxsize=1)
def _after_list_rx() -> tuple[re.Pattern, list[tuple[re.Pattern, str]]]:
    """The gap between a list's items, and each status cue after a list with its status, in the data's order."""
    v = vocab()
    gap = re.compile(rf"^\s*(?:[,;]\s*)?(?:(?:{alternation(v['list_gaps'], spaces=True)})\s+)?$")
    return gap, [(re.compile(rf"{re.escape(c)}(?![a-z])"), st) for st, ws in v["after_list"].items() for c in ws]


def _statuses_after_lists(folded: str, mentions: list[Mention]) -> dict[int, str]:
    """"các tiêu chí về quy hoạch, môi trường và điện chưa đảm bảo quy định": a status cue right after the last
    item of a list (items joined only by separators, criteria.yaml ``list_gaps``) gives every item its status;
    a cue further on, or after a word that is not a separator, gives none. Keys are indexes into ``mentions``."""
    gap, cues = _after_list_rx()
    out, group = {}, []
    for i, m in enumerate(mentions):
        if group and not gap.match(folded[mentions[group[-1]].end:m.start]):
            group = []
        group.append(i)
        after = folded[m.end:m.end + 40].lstrip()
        status = next((st for c, st in cues if c.match(after)), None)
        if status and len(group) > 1:
            out.update({j: status for j in group})
    return out


@fact("criteria", CriterionStatus, order=10)
def extract(doc: Document) -> list[CriterionStatus]:
    text = doc.text
    if other_programme(doc):
        return []
    cat = Catalogue.get(_reading(doc))  # with no catalogue said, the one the cited decision or the year names
    folded = folded_text(doc)
    scopes = _intro_scopes(doc, folded)
    end_of_body = next((s.start for s in doc.sections if s.kind in ("noi_nhan", "chu_ky")), len(text))
    out = []
    # a district document cites its communes' criteria too: only the district's own are kept
    mentions = district_mentions(text, folded, cat, scopes) if cat.level == "huyen" else find_mentions(text, cat)
    after_lists = _statuses_after_lists(folded, mentions)
    for i, m in enumerate(mentions):
        if m.start >= end_of_body or m.start < doc.info.header_end:
            continue
        status = after_lists.get(i) or _status_of(text, folded, m, scopes)  # the cue right after a list is the nearest
        ss = sentence_start(text, m.start)
        if status is None or _about_other_communes(text, m) or names_other_commune(doc, ss, m.start) \
                or names_a_district_below(doc, ss, m.start) \
                or defines_a_grade(text, ss, m.start):
            continue
        out.append(CriterionStatus(raw=text[m.start:m.end], start=m.start, end=m.end, criterion=m.criterion,
                                   indicator=m.indicator, name=cat.names.get(m.criterion), status=status, year=None))
    seen = Zones((c.start, c.end) for c in out)
    out += [c for c in _table_rows(text, cat) if c.start < end_of_body and not seen.holds(c.start)]
    return out
