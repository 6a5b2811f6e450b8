"""Who answers for which criterion, in which role (chủ trì / phối hợp / thực hiện).

Patterns: a block headed by a unit ("2. Phòng Kinh tế và Hạ tầng:" and its
bullets), "Đơn vị chủ trì: X." / "Đơn vị phối hợp: Y, Z." lines under a
criterion heading, and inline "X chủ trì, phối hợp với Y ... tiêu chí số N".
In a district plan "tiêu chí huyện" criteria are numbered "H3", "H5.1".

>>> from extractors.model import Document
>>> from extractors.sections import find_sections
>>> d = Document.from_text("- Phòng Y tế:\\n+ Chỉ đạo các xã thực hiện (nội dung 15.2 thuộc Tiêu chí số 15- Y tế).")
>>> d.sections = find_sections(d); d.info.criteria_set = "xa_ntm_2016_2020"
>>> [(a.unit, a.role, a.criteria) for a in extract(d)]
[('Phòng Y tế', 'thuc_hien', ['15.2', '15'])]
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model import Document, Span

from ..registry import fact
from ..catalogue import Catalogue
from ..common import folded_text
from .criteria import find_mentions
from ..units import UnitMention, find_units


@dataclass(kw_only=True)
class Assignment(Span):
    unit: str
    unit_raw: str
    role: str  # chu_tri | phoi_hop | thuc_hien
    criteria: list[str] = field(default_factory=list)
    task: str = ""

_MARK = re.compile(r"^\s*(?:[-+•*–]+|\d{1,2}(?:\.\d{1,2})*[./)]|[a-zđ][.)/]|[IVX]+\.)?\s*")
_ROLE_LINE = re.compile(r"^\s*(?:[-+•*–]\s*)?(?:Đơn vị|Cơ quan|đơn vị|cơ quan)\s+(?P<role>chủ trì|phối hợp|thực hiện)\s*:\s*(?P<units>.+)$", re.M)


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
        le = len(text) if le == -1 else le
        line = text[s.start:le]
        mk = _MARK.match(line)
        head = line[mk.end():]
        colon = head.find(":")
        head_part = head[:colon] if colon != -1 else head
        if colon == -1 and len(head) > 120:
            continue
        units = find_units(head_part, offset=s.start + mk.end())
        if not units or units[0].start != s.start + mk.end():
            continue
        # "Công an, quân sự xã": several units heading one block
        units = [u for u in units if u.end <= s.start + mk.end() + len(head_part) + 1]
        blocks.append(Block(s.start, s.end, units))
    return blocks


def _sentence_start(text: str, pos: int) -> int:
    ls = text.rfind("\n", 0, pos) + 1
    ss = text.rfind(". ", ls, pos)
    return ss + 2 if ss != -1 else ls


def _clause_start(text: str, pos: int) -> int:
    s = _sentence_start(text, pos)
    semi = text.rfind(";", s, pos)
    # a ";" inside parentheses separates criteria of one list, not clauses
    if semi != -1 and text.count("(", s, semi) <= text.count(")", s, semi):
        return semi + 1
    return s


def _criterion_id(doc: Document, text: str, folded: str, m, sent_start: int) -> str:
    base = m.indicator or str(m.criterion)
    window = folded[sent_start:m.start]
    h = window.rfind("tieu chi huyen")
    x = window.rfind("tieu chi xa")
    if h > x:
        return "H" + base
    return base


def _role(folded_clause: str, default: str) -> str:
    cues = [("chu tri", "chu_tri"), ("tham muu chinh", "chu_tri"), ("chiu trach nhiem chinh", "chu_tri"),
            ("phoi hop", "phoi_hop"), ("phu trach", "chu_tri")]
    best = None
    for cue, role in cues:
        i = folded_clause.rfind(cue)
        if i != -1 and (best is None or i > best[0]):
            best = (i, role)
    return best[1] if best else default


@fact("assignments", Assignment, order=50)
def extract(doc: Document) -> list[Assignment]:
    text = doc.text
    folded = folded_text(doc)
    set_id = doc.info.criteria_set
    cat = Catalogue.get(set_id)
    district = doc.info.admin_level == "huyen"
    default_role = "chu_tri" if district else "thuc_hien"
    mentions = find_mentions(text, cat)
    blocks = _unit_blocks(doc)
    groups: dict[tuple, Assignment] = {}

    def add(unit: UnitMention, role: str, crit: str, task: str, canonical: str | None = None):
        key = (unit.start, canonical or unit.canonical, role, task)
        a = groups.get(key)
        if a is None:
            a = Assignment(raw=unit.raw, start=unit.start, end=unit.end, unit=canonical or unit.canonical,
                           unit_raw=unit.raw, role=role, criteria=[], task=task)
            groups[key] = a
        if crit not in a.criteria:
            a.criteria.append(crit)

    notes = {mm.group(1): (mm.start(2), mm.group(2)) for mm in re.finditer(r"^\[(\d{1,3})\]\s+(.+)$", text, re.M)}
    for m in mentions:
        # units listed in a footnote: "các đơn vị phối hợp[2] thực hiện tiêu chí số 5"
        sent = _sentence_start(text, m.start)
        le = text.find("\n", m.end)
        sent_end = len(text) if le == -1 else le
        dot = text.find(". ", m.end, sent_end)
        sent_end = dot if dot != -1 else sent_end
        for fm in re.finditer(r"\[(\d{1,3})\]", text[sent:sent_end]):
            note = notes.get(fm.group(1))
            if not note:
                continue
            before_mark = folded[sent:sent + fm.start()]
            role = _role(before_mark, default_role)
            for u in find_units(note[1], offset=note[0]):
                crit = _criterion_id(doc, text, folded, m, sent)
                add(u, role, crit, text[sent:m.end][:300])
        inside = [b for b in blocks if b.start <= m.start < b.end]
        sent = _sentence_start(text, m.start)
        clause = _clause_start(text, m.start)
        crit = _criterion_id(doc, text, folded, m, sent)
        ls = text.rfind("\n", 0, m.start) + 1
        le = text.find("\n", m.start)
        task = re.sub(r"^\s*(?:[-+•*–]|\d+(?:\.\d+)*[.)/])\s*", "", text[ls: len(text) if le == -1 else le])[:300]
        # units named in the clause itself ("phối hợp với Văn phòng NTM huyện", "3 nhà trường phụ trách")
        local = [u for u in find_units(text[clause:m.start], offset=clause)]
        clause_f = folded[clause:m.start]
        if inside:
            block = max(inside, key=lambda b: b.start)  # innermost
            if any(u.start >= block.start and u.start < m.start and u.start == block.units[0].start for u in local):
                local = []
            role = _role(clause_f, default_role)
            for u in block.units:
                canonical = u.canonical
                if not u.known and re.match(r"(?:Đ/c|đ/c|Đồng chí|đồng chí)\s+phụ trách", u.raw):
                    outer = [b for b in inside if b is not block]
                    if outer:
                        parent = max(outer, key=lambda b: b.start).units[0]
                        canonical = f"{parent.canonical} ({u.raw.split(' ', 1)[1]})"
                after_partner = None
                for lu in local:
                    pre = folded[clause:lu.start - clause + clause]
                    if "phoi hop voi" in folded[max(clause, lu.start - 20):lu.start]:
                        partner_role = "chu_tri" if "phu trach" in folded[lu.end:min(m.start, lu.end + 15)] else "phoi_hop"
                        add(lu, partner_role, crit, task)
                        after_partner = partner_role
                if after_partner == "chu_tri":
                    role = "phoi_hop"
                elif after_partner == "phoi_hop" and role == "phoi_hop":
                    role = "chu_tri" if "chu tri" in clause_f else default_role
                add(u, role, crit, task, canonical)
            continue
        # outside unit blocks: "X chủ trì, phối hợp với Y ..."
        if not local or not re.search(r"chu tri|phoi hop|phu trach|thuc hien", clause_f):
            continue
        for lu in local:
            pre = folded[max(clause, lu.start - 20):lu.start]
            post = folded[lu.end:min(m.start, lu.end + 20)]
            if "phoi hop voi" in pre:
                role = "phoi_hop"
            elif "chu tri" in post or "phu trach" in post:
                role = "chu_tri"
            else:
                role = _role(folded[lu.end:m.start], default_role)
            add(lu, role, crit, task)
    # "Đơn vị chủ trì: X" lines under a criterion heading
    from ..links import context_links

    for rl in _ROLE_LINE.finditer(text):
        role = {"chủ trì": "chu_tri", "phối hợp": "phoi_hop", "thực hiện": "thuc_hien"}[rl.group("role")]
        _, crits = context_links(doc, rl.start())
        if not crits:
            continue
        ls = rl.start()
        for u in find_units(rl.group("units"), offset=rl.start("units")):
            for c in crits:
                add(u, role, c, text[ls:rl.end()].strip()[:300])
    return list(groups.values())
