"""More assignment forms (docs/genre.md §8f), on top of the clause rules of ``assignments``.

- A topic is not a role: "Đề án … về thực hiện tiêu chí 17", "hội nghị … về triển khai thực hiện các tiêu chí …" —
  a clause cue right after a topic word (assignments.yaml ``topic_words``: "về", "về việc") is blanked before any
  clause is read, so the document or the meeting it describes assigns nothing.
- The passive: "tiêu chí số 2 do Phòng Kinh tế và Hạ tầng phụ trách", "… do Phòng Y tế chủ trì, Trạm Y tế phối hợp"
  — the unit after "do" (written so, not "đó") followed at once by a passive cue (``passive.cues``) answers for the
  criteria named before "do" in its sentence.
- The subject carried over a ";": "Sở X chịu trách nhiệm hướng dẫn tiêu chí số 4; chủ trì, phối hợp với Sở Y thực
  hiện tiêu chí số 7" — a clause with a cue and no subject of its own takes the unit that opens the sentence.
- A table flattened into " | " cells under a header naming a criterion column and role columns
  (``role_table``: "Tiêu chí | Đơn vị chủ trì | Đơn vị phối hợp"): each row's units take their column's role for the
  row's criterion (a number, "Tiêu chí số N", or a catalogue name). A blank line (a page break) keeps the table;
  any other line ends it.

Refuses: "do" that is a cause ("do Phòng X chưa quan tâm": no passive cue right after the unit), a passive with another
unit between the criteria and "do", a passive followed by a report verb ("do Sở X thực hiện kiểm tra"), a sentence that
opens with the body giving the task ("UBND huyện giao …; …") as a carried subject, a carried subject whose opening clause
reports a check or a survey and names no lead ("Đoàn về khảo sát vườn mẫu; việc thực hiện tiêu chí 17": §8g), a table row whose criterion cell names
none, a line whose cells do not make whole rows, and a table without a criterion column.

>>> mask_topics("de an ve thuc hien tieu chi 17") == "de an ve " + " " * len("thuc hien") + " tieu chi 17"
True
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..common import alternation, fold_keep_length
from ..units import UnitMention, find_units
from .assignments import _Collector, _role, _rx, vocab


@lru_cache(maxsize=1)
def _form_rx() -> dict[str, re.Pattern]:
    v = vocab()
    cues = sorted(set(v["clause_cues"]) | set(v["role_cues"]), key=len, reverse=True)
    return {
        "topic": re.compile(rf"(?<![a-z])(?:{alternation(v['topic_words'], spaces=True)})\s+(?P<cue>{alternation(cues, spaces=True)})(?![a-z])"),
        "passive_cue": re.compile(rf"\s*(?:{alternation(v['passive']['cues'], spaces=True)})(?![a-z])"),
        "stop": re.compile(r"\.(?:\s|$)|\n"),
        "dash_rest": re.compile(r"\s*[-–]\s*[A-ZĐ][^\s,;.]*(?:\s+[^\s,;.]+)?"),
    }


def mask_topics(folded: str) -> str:
    """The folded text with every clause cue that follows a topic word blanked (same length)."""
    out = list(folded)
    for m in _form_rx()["topic"].finditer(folded):
        out[m.start("cue"):m.end("cue")] = " " * (m.end("cue") - m.start("cue"))
    return "".join(out)


def _sentence(text: str, pos: int) -> tuple[int, int]:
    """The sentence holding ``pos``: from the last line break or full stop to the next."""
    s = max(text.rfind("\n", 0, pos), text.rfind(". ", 0, pos))
    e = _form_rx()["stop"].search(text, pos)
    return (s + 1 if s != -1 else 0), (e.start() if e else len(text))


def passive(c: _Collector, mentions, crit_of) -> None:
    """"<criteria> do <unit> phụ trách": the unit after "do" answers for the criteria before it in its sentence."""
    text, f, v = c.text, c.folded, vocab()
    marker = v["passive"]["marker"]
    for dm in re.finditer(rf"(?<!\w){re.escape(marker)}\s+", text):
        if text[dm.start():dm.start() + len(marker)] not in (marker, marker.capitalize()):
            continue  # "đó", "độ" fold the same way
        s, e = _sentence(text, dm.start())
        units = find_units(text[dm.end():e], offset=dm.end())
        if not units or units[0].start != dm.end() or not _passive_cue(text, f, units[0].end, e):
            continue
        upto = min(i for i in (text.find(";", units[0].end, e), e) if i != -1)
        if _rx()["report"].search(f, units[0].end, upto) or _rx()["refused"].search(f, s, upto):
            continue
        start = max(s, text.rfind(":", s, dm.start()) + 1)
        for m in mentions:
            if start <= m.start and m.end <= dm.start() and not find_units(text[m.end:dm.start()]):
                c.inline(units, dm.start(), upto, crit_of(m, s), c.task_line(m.start))


def _passive_cue(text: str, f: str, pos: int, end: int) -> bool:
    """A passive cue right after the unit, or after the rest of a dashed name the registry cut ("Công chức Địa chính
    - Xây dựng thực hiện")."""
    rest = _form_rx()["dash_rest"].match(text, pos, end)
    return any(_form_rx()["passive_cue"].match(f, p, end) for p in {pos, rest.end() if rest else pos})


def carried_subject(c: _Collector, sent: int, clause: int, upto: int, local: list[UnitMention], crit: str, task: str) -> None:
    """"…; chủ trì, phối hợp với Sở Y thực hiện tiêu chí 7": a clause after a ";" with a cue and no subject of its own
    (no unit before its first cue) takes the unit that opens the sentence, in the role of the clause's own words."""
    text, f, v = c.text, c.folded, vocab()
    window = f[clause:upto]
    cues = [i for i in (window.find(cue) for cue in v["clause_cues"]) if i != -1]
    if clause == sent or not cues or any(u.start < clause + min(cues) for u in local) or c.reported([], clause, upto):
        return
    mk = _rx()["mark"].match(text, sent)
    head = mk.end() if mk else sent
    opening = find_units(text[head:clause], offset=head)
    if not opening or opening[0].start != head or not c.assignable(opening[0], clause):
        return
    if survey_opening(f[opening[0].end:clause]):
        return  # "Đoàn về khảo sát vườn mẫu; việc thực hiện …": a survey's objects run on over ";" (§8g)
    partner = f.find(v["partner_cue"], clause, upto)
    c.add(opening[0], _role(f[clause:partner if partner != -1 else upto], c.default_role), crit, task)


def survey_opening(folded: str) -> bool:
    """The clauses before a ";" report a check or a survey (``report_verbs``) and name no lead (role chu_tri)."""
    return bool(_rx()["report"].search(folded)) and not any(c in folded for c, r in vocab()["role_cues"].items() if r == "chu_tri")


def _cells(line: str, start: int) -> list[tuple[int, str]]:
    out, pos = [], start
    for part in line.split(" | "):
        out.append((pos, part))
        pos += len(part) + 3
    return out


def table_rows(c: _Collector, cat) -> None:
    """Rows of a " | " table whose header (no digit in it) names a criterion column and role columns."""
    v = vocab()["role_table"]
    pos, header = 0, None
    for line in c.text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        if " | " not in line:
            if line.strip():  # a blank line (a page break inside the table) keeps the header
                header = None
            continue
        cells = _cells(line, start)
        folded = [fold_keep_length(t).lower() for _, t in cells]
        roles = {i: r for i, t in enumerate(folded) for w, r in v["roles"].items() if w in t}
        crit_col = next((i for i, t in enumerate(folded) if any(w in t for w in v["criterion_words"]) and i not in roles), None)
        if roles and crit_col is not None and not any(ch.isdigit() for ch in line):
            header = (len(cells), crit_col, roles)
        elif header is not None:
            _row_pairs(c, cells, header, cat)


def _row_pairs(c: _Collector, cells: list[tuple[int, str]], header: tuple[int, int, dict[int, str]], cat) -> None:
    """The units of one line's rows, in their column's role, for the row's criterion."""
    n, crit_col, roles = header
    for row in _rows(cells, n):
        crit = _row_criterion(row[crit_col][1], cat)
        if crit is None:
            continue
        for i, role in roles.items():
            for u in find_units(row[i][1], offset=row[i][0]):
                c.add(u, role, crit, " | ".join(t for _, t in row).strip()[:300])


def _rows(cells: list[tuple[int, str]], n: int) -> list[list[tuple[int, str]]]:
    """The rows of one line: itself, or rows a PDF copy glued together, the last cell of a row and the next row's
    number in one cell ("… | Phòng Tài chính - Kế hoạch 2 | 3. Thủy lợi | …"); any other cell count: no row."""
    if len(cells) == n:
        return [cells]
    if n < 2 or len(cells) < n or (len(cells) - 1) % (n - 1):
        return []
    rows, cur = [], [cells[0]]
    for k, (off, t) in enumerate(cells[1:], 2):
        if len(cur) == n - 1 and k < len(cells):
            glued = re.match(r"(.*\S)\s+(\d{1,3})\s*$", t)
            if not glued:
                return []
            cur.append((off, glued.group(1)))
            rows.append(cur)
            cur = [(off + glued.start(2), glued.group(2))]
        else:
            cur.append((off, t))
    return rows + [cur] if len(cur) == n else []


def _row_criterion(cell: str, cat) -> str | None:
    """The criterion a row's criterion cell names: "5", "Tiêu chí số 5", "5. Trường học" or a catalogue name."""
    words = vocab()["role_table"]["criterion_words"]
    name = re.sub(rf"^\s*(?:{alternation(words, spaces=True)})?\s*(?:so\s*)?", "", fold_keep_length(cell).lower())
    num = re.match(r"(\d{1,2})(?:\.(\d{1,2}))?(?:[.)]|\s|$)", name)
    if num:
        return f"{num.group(1)}.{num.group(2)}" if num.group(2) else num.group(1)
    hit = cat.match_prefix(cell.strip()) if cell.strip() else None
    return str(hit.criterion) if hit and hit.length >= len(cell.strip(" .;:")) - 1 else None


def leading_units(text: str, units: list[UnitMention]) -> list[UnitMention]:
    """The units that open a heading without a colon: the first, and those joined to it by separators only
    ("Công an, quân sự xã …"); a unit later in the sentence ("… phối hợp với Sở Y …") heads nothing."""
    out = units[:1]
    for u in units[1:]:
        if re.sub(r"[\s,&\-–]|\bvà\b", "", text[out[-1].end:u.start]):
            break
        out.append(u)
    return out


def colon_after(rest: str, canonical: str) -> bool:
    """A colon right after the unit, or after the end of its registry name that the mention stopped short of
    ("Công chức Địa chính" + " - Xây dựng:")."""
    cut = rest.find(":")
    tail = fold_keep_length(rest[:cut]).strip(" -–") if cut != -1 else None
    return tail is not None and (not tail or fold_keep_length(canonical).endswith(tail))
