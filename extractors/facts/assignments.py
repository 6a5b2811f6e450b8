"""Who answers for which criterion, in which role (chủ trì / phối hợp / thực hiện).

Patterns (docs/genre.md §8): a block headed by a unit ("2. Phòng Kinh tế và Hạ tầng:"
and its bullets); "Đơn vị chủ trì: X." / "Đơn vị phối hợp: Y, Z." lines under a criterion
heading; inline "Giao X chủ trì, phối hợp với Y, các Phòng: A, B … tiêu chí số N"
(everything after "phối hợp với" is a partner); a line with units and a role word under
a heading that names a criterion (the heading's criterion carries to it); a named
officer ("Đồng chí …, Phó Chủ tịch UBND xã phụ trách tiêu chí …") answers as the office;
an officer named only by remit under a unit block ("Đ/c phụ trách lĩnh vực …") answers
as that unit with the remit. In a district plan "tiêu chí huyện" criteria are "H3".
The words are data (assignments.yaml).

Refuses: the body that gives the task ("UBND huyện giao …", "yêu cầu", "phân công"), a body reported as checking
or guiding a criterion ("Sở X đã kiểm tra, đánh giá việc thực hiện tiêu chí số 8", "Sở Y ban hành sổ tay hướng dẫn
thực hiện tiêu chí số 6": ``report_verbs``) unless the clause also names a lead,
units a request or letter is addressed to ("Đề nghị …", "Kính gửi: …"), "chủ trì" a
meeting ("chủ trì cuộc họp") or a conference ("tổ chức hội nghị"), the execution clause ("chịu trách nhiệm thi hành"),
lines without a role word, a numbered sentence opening with a unit and no role word ("8. Ban Chỉ đạo đã nghe …
tiêu chí số 6"), and a criterion that is only a topic ("Đề án … về thực hiện tiêu chí 17"). The passive, the subject
carried over ";" and role tables, with their refusals, are in ``assignment_forms`` (docs/genre.md §8f).

>>> from extractors.model import Document
>>> from extractors.sections import find_sections
>>> d = Document.from_text("- Phòng Y tế:\\n+ Hướng dẫn cơ sở khám sàng lọc (chỉ tiêu 15.2 của Tiêu chí số 15- Y tế).")
>>> d.sections = find_sections(d); d.info.criteria_set = "xa_ntm_2016_2020"
>>> [(a.unit, a.role, a.criteria) for a in extract(d)]
[('Phòng Y tế', 'thuc_hien', ['15.2', '15'])]
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..catalogue import Catalogue
from ..common import alternation, fold_keep_length, folded_text, iter_lines, line_end, line_start, skip_spaces
from ..model import Document, Span
from ..registry import fact, kind
from ..spans import Containing
from ..units import UnitMention, find_units
from .criteria import Mention, find_mentions


@dataclass(kw_only=True)
class Assignment(Span):
    unit: str
    unit_raw: str
    role: str  # chu_tri | phoi_hop | thuc_hien
    criteria: list[str] = field(default_factory=list)
    task: str = ""


VOCAB = {"role_cues": {str: str}, "partner_cue": str, "partner_cues": [str], "partner_gap_words": [str], "lead_cue": str, "remit_cue": str,
         "remit_words": [str], "clause_cues": [str], "report_verbs": [str], "role_line": {"labels": [str], "roles": {str: str}},
         "givers": [str], "addressed": [str], "refused": [str], "person_block": [str], "district_word": str, "commune_word": str,
         "colon_list": {"gap_words": [str], "lead_words": [str]}, "topic_words": [str],
         "passive": {"marker": str, "cues": [str]}, "role_table": {"criterion_words": [str], "roles": {str: str}}}


def vocab() -> dict:
    """This kind's words (assignments.yaml), checked against VOCAB."""
    return kind("assignments").vocab(VOCAB)


@lru_cache(maxsize=1)
def _rx() -> dict[str, re.Pattern]:
    v = vocab()
    rl = v["role_line"]
    return {
        "mark": re.compile(r"^\s*(?:[-+•*–]+|\d{1,2}(?:\.\d{1,2})*[./)]|[a-zđ][.)/]|[IVX]+\.)?\s*"),
        "role_line": re.compile(rf"^\s*(?:[-+•*–]\s*)?(?:{alternation(rl['labels'], spaces=True)})\s+(?P<role>{alternation(rl['roles'], spaces=True)})\s*:\s*(?P<units>.+)$",
                                re.M | re.I),
        "giver": re.compile(rf"\s*(?:{alternation(v['givers'], spaces=True)})\b"),
        "addressed": re.compile(rf"(?:{alternation(v['addressed'], spaces=True)})\s*:?\s*(?:cho\s+)?$"),
        "refused": re.compile(alternation(v["refused"], spaces=True)),
        "person": re.compile(rf"(?:{alternation(v['person_block'], spaces=True)})\s+(?:{alternation(v['remit_words'], spaces=True)})", re.I),
        "note": re.compile(r"^\[(\d{1,3})\]\s+(.+)$", re.M),
        "report": re.compile(rf"(?<!\w)(?:{alternation(v['report_verbs'], spaces=True)})(?!\w)"),
    }


@dataclass
class Block:
    start: int
    end: int
    units: list[UnitMention]


def _unit_blocks(doc: Document) -> list[Block]:
    """Sections whose heading starts with a unit name."""
    text = doc.text
    blocks = []
    for s in doc.sections:
        le = text.find("\n", s.start)
        line = text[s.start: len(text) if le == -1 else le]
        mk = _rx()["mark"].match(line)
        head = line[mk.end():]
        colon = head.find(":")
        head_part = head[:colon] if colon != -1 else head
        if colon == -1 and len(head) > 120:
            continue
        units = find_units(head_part, offset=s.start + mk.end())
        if not units or units[0].start != s.start + mk.end():
            continue
        if _rx()["giver"].match(doc.folded, units[0].end):
            continue  # "UBND huyện giao …": the giver heads the line, the block is not its own
        # "Công an, quân sự xã": several units heading one block
        units = [u for u in units if u.end <= s.start + mk.end() + len(head_part) + 1]
        if colon == -1:
            from .assignment_forms import leading_units

            units = leading_units(text, units)
        blocks.append(Block(s.start, s.end, units))
    return blocks


def _sentence_start(text: str, pos: int) -> int:
    ls = line_start(text, pos)
    ss = text.rfind(". ", ls, pos)
    return ss + 2 if ss != -1 else ls


def _clause_start(text: str, pos: int) -> int:
    s = _sentence_start(text, pos)
    semi = text.rfind(";", s, pos)
    # a ";" inside parentheses separates criteria of one list, not clauses
    if semi != -1 and text.count("(", s, semi) <= text.count(")", s, semi):
        return semi + 1
    return s


_SENTENCE_STOP = re.compile(r"\.(?:\s|$)")  # a full stop, not a decimal point


def _clause_end(text: str, pos: int) -> int:
    """Where the clause holding ``pos`` ends: a ";", a line break or a sentence stop (not a decimal point)."""
    ends = [i for i in (text.find(";", pos), text.find("\n", pos)) if i != -1]
    stop = _SENTENCE_STOP.search(text, pos)
    return min(ends + ([stop.start()] if stop else []), default=len(text))


def _only_criteria(folded: str) -> bool:
    """Nothing but criterion words, numbers ("14", "17.3") and list punctuation."""
    words = set(vocab()["colon_list"]["gap_words"])
    return all(w in words or re.fullmatch(r"\d+(?:\.\d+)*", w) for w in re.sub(r"[^\w\s.]|\.(?!\d)", " ", folded).split())


def _criterion_id(folded: str, m: Mention, sent_start: int) -> str:
    base = m.indicator or str(m.criterion)
    window = folded[sent_start:m.start]
    v = vocab()
    return "H" + base if window.rfind(v["district_word"]) > window.rfind(v["commune_word"]) else base


def _role(folded_clause: str, default: str) -> str:
    """The role of the last role cue in the clause."""
    best = None
    for cue, role in vocab()["role_cues"].items():
        i = folded_clause.rfind(cue)
        if i != -1 and (best is None or i > best[0]):
            best = (i, role)
    return best[1] if best else default


class _Collector:
    """The assignments of one document, one record per (unit, role, task), criteria merged."""

    def __init__(self, doc: Document):
        from .assignment_forms import mask_topics  # "… về thực hiện tiêu chí 17": a topic, no cue (§8f)

        self.doc, self.text, self.folded = doc, doc.text, mask_topics(folded_text(doc))
        self.cat = Catalogue.get(doc.info.criteria_set)
        self.default_role = "chu_tri" if doc.info.admin_level == "huyen" else "thuc_hien"
        self.groups: dict[tuple, Assignment] = {}

    def add(self, unit: UnitMention, role: str, crit: str, task: str, canonical: str | None = None) -> None:
        key = (unit.start, canonical or unit.canonical, role, task)
        a = self.groups.get(key)
        if a is None:
            a = self.groups[key] = Assignment(raw=unit.raw, start=unit.start, end=unit.end, unit=canonical or unit.canonical,
                                              unit_raw=unit.raw, role=role, criteria=[], task=task)
        if crit not in a.criteria:
            a.criteria.append(crit)

    def task_line(self, pos: int) -> str:
        ls = self.text.rfind("\n", 0, pos) + 1
        le = min(line_end(self.text, pos), ls + 1000)  # 300 characters are kept: a long line is not copied whole
        return re.sub(r"^\s*(?:[-+•*–]|\d+(?:\.\d+)*[.)/])\s*", "", self.text[ls:le])[:300]

    def assignable(self, u: UnitMention, upto: int) -> bool:
        """Not the body giving the task, not an addressee of a request."""
        f = self.folded
        return not _rx()["giver"].match(f, u.end, upto) and not _rx()["addressed"].search(f[max(0, u.start - 25):u.start])

    def reported(self, units: list[UnitMention], clause: int, upto: int) -> bool:
        """"Sở X đã kiểm tra, đánh giá mức độ thực hiện tiêu chí 8": a report verb after the clause's last unit and before
        its last cue governs that cue; no lead cue (role chu_tri) in the clause. Such a clause assigns nothing."""
        f, v = self.folded, vocab()
        if any(c in f[clause:upto] for c, r in v["role_cues"].items() if r == "chu_tri"):
            return False
        start = max((u.end for u in units if clause <= u.start < upto), default=clause)
        window = f[start:upto]
        cue = max(window.rfind(c) for c in v["clause_cues"])
        return cue > 0 and _rx()["report"].search(window, 0, cue) is not None

    def reported_heading(self, inside: list[Block], m: Mention, local: list[UnitMention], clause: int) -> bool:
        """"7. Trạm Y tế xã đã ban hành tài liệu hướng dẫn thực hiện tiêu chí số 7.": a numbered sentence that opens with
        a unit (no colon after it) and reports a check or a guidance, as ``reported``, or has no clause cue at all ("8. Ban
        Chỉ đạo đã nghe ý kiến … trong quá trình thực hiện tiêu chí số 6", §8f); a block's own tasks are not."""
        block = max(inside, key=lambda b: b.start)
        if self.text.rfind("\n", 0, m.start) + 1 != block.start or self.text.startswith(":", skip_spaces(self.text, block.units[-1].end)):
            return False
        if ":" in self.text[block.units[-1].end:m.start]:
            return False  # "- Công chức Địa chính - Xây dựng: tiêu chí số 3": a unit and its colon, the name cut short
        from .assignment_forms import survey_opening  # "7. Phòng Y tế đã kiểm tra …; việc thực hiện tiêu chí 15" (§8g)

        no_cue = not any(cue in self.folded[block.start:m.start] for cue in vocab()["clause_cues"])
        survey = clause > block.units[-1].end and survey_opening(self.folded[block.units[-1].end:clause])
        return no_cue or survey or self.reported(block.units + local, clause, m.start)

    def partners(self, units: list[UnitMention], clause: int, upto: int) -> set[int]:
        """Starts of the units listed after "phối hợp (với)" (``assignment_partners.partner_list``, §8g)."""
        from .assignment_partners import partner_list

        return partner_list(self.folded, units, clause, upto)[1]

    def after_partners(self, units: list[UnitMention], clause: int, upto: int) -> set[int]:
        """Units after the partner cue that are not in its list (the task's objects): never assigned."""
        from .assignment_partners import partner_list

        i, listed = partner_list(self.folded, units, clause, upto)
        return {u.start for u in units if i != -1 and u.start > i} - listed

    def inline(self, units: list[UnitMention], clause: int, upto: int, crit: str, task: str) -> None:
        """"X chủ trì, phối hợp với Y …": roles from the clause's own words."""
        f = self.folded
        partners, objects = self.partners(units, clause, upto), self.after_partners(units, clause, upto)
        for lu in units:
            if lu.start in objects or not (self.assignable(lu, upto) or lu.start in partners):
                continue  # a partner directing with the lead is no giver (§8g)
            if lu.start in partners:
                role = "phoi_hop"
            elif any(c in f[lu.end:min(upto, lu.end + 20)] for c, r in vocab()["role_cues"].items() if r == "chu_tri"):
                role = "chu_tri"
            else:
                role = _role(f[lu.end:upto], self.default_role)
            self.add(lu, role, crit, task)

    def colon_unit(self, local: list[UnitMention], clause: int, m: Mention) -> UnitMention | None:
        """"Sở Xây dựng: tiêu chí 9; Sở Y tế: tiêu chí 15 (15.1)": the clause is one unit, a colon and criteria only.

        Refused: a second unit in the clause, words before the unit other than a list mark or a lead-in
        (``colon_list.lead_words``: "Tương tự,"), any other word after the colon ("Sở Y tế: tiêu chí 15 đạt")."""
        from .assignment_forms import colon_after
        text, f = self.text, self.folded
        if len(local) != 1 or not colon_after(text[local[0].end:m.start], local[0].canonical):
            return None
        u = local[0]
        lead = _rx()["mark"].sub("", text[clause:u.start], count=1)
        lead_words = " ".join(re.sub(r"[^\w\s]", " ", fold_keep_length(lead)).split())
        if lead_words and lead_words not in vocab()["colon_list"]["lead_words"]:
            return None
        colon = text.index(":", u.end)
        if not _only_criteria(f[colon + 1:m.start]) or not _only_criteria(f[m.end:_clause_end(text, m.end)]):
            return None
        return u

    def footnotes(self, m: Mention, notes: dict) -> None:
        """Units listed in a footnote: "các đơn vị phối hợp[2] thực hiện tiêu chí số 5"."""
        if not notes:
            return
        text, f = self.text, self.folded
        sent, sent_end = _sentence_start(text, m.start), line_end(text, m.end)
        dot = text.find(". ", m.end, sent_end)
        sent_end = dot if dot != -1 else sent_end
        for fm in re.finditer(r"\[(\d{1,3})\]", text[sent:sent_end]):
            note = notes.get(fm.group(1))
            if note:
                role = _role(f[sent:sent + fm.start()], self.default_role)
                for u in find_units(note[1], offset=note[0]):
                    self.add(u, role, _criterion_id(f, m, sent), text[sent:m.end][:300])

    def in_block(self, inside: list[Block], m: Mention, local: list[UnitMention], clause: int, crit: str, task: str) -> None:
        """A mention inside a block headed by a unit: the block's unit answers, partners named in the clause too."""
        f = self.folded
        block = max(inside, key=lambda b: b.start)  # innermost
        heads = {u.start for u in block.units}
        local = [u for u in local if u.start not in heads]  # the block's own units are not its partners
        clause_f = f[clause:m.start]
        role = _role(clause_f, self.default_role)
        partners = self.partners(local, clause, m.start)
        for u in block.units:
            canonical = self.remit_canonical(u, inside, block)
            after_partner = None
            for lu in local:
                if lu.start in partners:
                    after_partner = "chu_tri" if vocab()["remit_cue"] in f[lu.end:min(m.start, lu.end + 15)] else "phoi_hop"
                    self.add(lu, after_partner, crit, task)
            if after_partner == "chu_tri":
                role = "phoi_hop"
            elif after_partner == "phoi_hop" and role == "phoi_hop":
                role = "chu_tri" if vocab()["lead_cue"] in clause_f else self.default_role
            self.add(u, role, crit, task, canonical)

    def remit_canonical(self, u: UnitMention, inside: list[Block], block: Block) -> str:
        """An officer named only by remit ("Đ/c phụ trách lĩnh vực X") answers as the enclosing unit."""
        if u.known or not _rx()["person"].match(u.raw):
            return u.canonical
        outer = [b for b in inside if b is not block]
        if not outer:
            return u.canonical
        parent = max(outer, key=lambda b: b.start).units[0]
        return f"{parent.canonical} ({u.raw.split(' ', 1)[1]})"


def _mentions(c: _Collector, blocks: list[Block]) -> set[int]:
    """Assignments around each criterion mention; returns the lines (their starts) that had one."""
    from .assignment_forms import carried_subject

    text, f = c.text, c.folded
    notes = {mm.group(1): (mm.start(2), mm.group(2)) for mm in _rx()["note"].finditer(text)}
    lines, holding = set(), Containing(blocks)
    for m in find_mentions(text, c.cat):
        lines.add(text.rfind("\n", 0, m.start) + 1)
        c.footnotes(m, notes)
        sent, clause = _sentence_start(text, m.start), _clause_start(text, m.start)
        if _rx()["refused"].search(f, sent, m.start):
            continue
        crit, task = _criterion_id(f, m, sent), c.task_line(m.start)
        # units named in the clause itself ("phối hợp với Văn phòng NTM huyện", "3 nhà trường phụ trách")
        local = find_units(text[clause:m.start], offset=clause)
        inside = holding.at(m.start)
        colon = c.colon_unit(local, clause, m)
        if colon is not None:
            c.add(colon, _role(f[clause:m.start], c.default_role), crit, task)
        elif inside and not c.reported_heading(inside, m, local, clause):
            c.in_block(inside, m, local, clause, crit, task)
        elif local and any(cue in f[clause:m.start] for cue in vocab()["clause_cues"]) and not c.reported(local, clause, m.start):
            c.inline(local, clause, m.start, crit, task)
        if not inside and colon is None:
            carried_subject(c, sent, clause, m.start, local, crit, task)
    return lines


def _role_lines(c: _Collector) -> set[int]:
    """"Đơn vị chủ trì: X" lines under a criterion heading."""
    from ..links import context

    roles = {k.lower(): r for k, r in vocab()["role_line"]["roles"].items()}
    starts = set()
    for rl in _rx()["role_line"].finditer(c.text):
        starts.add(rl.start())
        crits = context(c.doc, rl.start()).criteria
        for u in find_units(rl.group("units"), offset=rl.start("units")) if crits else []:
            for crit in crits:
                c.add(u, roles[rl.group("role").lower()], crit, c.text[rl.start():rl.end()].strip()[:300])
    return starts


def _heading_carried(c: _Collector, blocks: list[Block], skip: set[int]) -> None:
    """A line with units and a role word, no criterion of its own, under a heading that names one."""
    from ..links import context

    f, holding = c.folded, Containing(blocks)
    for line in iter_lines(c.text):
        # a line inside a unit's block belongs to that block, unless it is the block's own first line
        if line.start in skip or not line.text.strip() or \
                any(b.start != line.start for b in holding.at(line.start)):
            continue
        lf = f[line.start:line.end]
        if not any(cue in lf for cue in vocab()["clause_cues"]) or _rx()["refused"].search(lf):
            continue
        ctx = context(c.doc, line.start)
        if not ctx.criteria or ctx.line_criteria:
            continue
        units = find_units(line.text, offset=line.start)
        if c.reported(units, line.start, line.end):
            continue
        for crit in ctx.criteria:
            c.inline(units, line.start, line.end, crit, c.task_line(line.start))


@fact("assignments", Assignment, order=50)
def extract(doc: Document) -> list[Assignment]:
    c = _Collector(doc)
    blocks = _unit_blocks(doc)
    done = _mentions(c, blocks)
    done |= _role_lines(c)
    _heading_carried(c, blocks, done)
    from .assignment_forms import passive, table_rows  # docs/genre.md §8f

    passive(c, find_mentions(c.text, c.cat), lambda m, sent: _criterion_id(c.folded, m, sent))
    table_rows(c, c.cat)
    from .assignment_partners import drop_foreign  # another programme's criteria are no NTM criteria (§8g)

    return drop_foreign(doc, list(c.groups.values()))
