"""Tie a fact (a deadline, an amount) to the units and criteria of its bullet and section."""
from __future__ import annotations

import re

from .model import Document

_CRIT = re.compile(r"(?:tiêu\s+chí|Tiêu\s+chí|TC)\s*(?:số\s*)?(\d{1,2})(?!\d)|(?:chỉ\s+tiêu|nội\s+dung)\s*(?:số\s*)?(\d{1,2}\.\d{1,2})")


def _crit_numbers(s: str) -> list[str]:
    out = []
    for m in _CRIT.finditer(s):
        v = m.group(2) or str(int(m.group(1)))
        if v not in out:
            out.append(v)
    return out


def context_links(doc: Document, pos: int) -> tuple[list[str], list[str]]:
    """(units, criteria) named in the line holding ``pos`` or in the headings above it."""
    text = doc.text
    ls = text.rfind("\n", 0, pos) + 1
    le = text.find("\n", pos)
    line = text[ls: len(text) if le == -1 else le]
    criteria = _crit_numbers(line)
    units: list[str] = []
    from .units import find_units

    for u in find_units(line):
        if u.canonical not in units:
            units.append(u.canonical)
    sec = doc.section_at(pos)
    seen = 0
    while sec is not None and seen < 4:
        head = sec.heading
        if not units:
            for u in find_units(head):
                if u.canonical not in units:
                    units.append(u.canonical)
        if not criteria:
            criteria = _crit_numbers(head)
            if not criteria and doc.info.criteria_set:
                from .catalogue import Catalogue

                m = re.match(r"(?:Tiêu chí|tiêu chí)\s+(.*)", head)
                if m:
                    no = Catalogue.get(doc.info.criteria_set).number_of(m.group(1))
                    if no:
                        criteria = [str(no)]
        sec = doc.sections[sec.parent] if sec.parent is not None else None
        seen += 1
    return units, criteria
