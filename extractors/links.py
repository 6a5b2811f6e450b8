"""Tie a fact (a deadline, an amount, a unit) to the units and criteria of its line and section.

The line decides first; headings above it (up to four levels) fill what the line lacks.
A heading names a criterion by number ("1. Tiêu chí số 8 về …") or by its catalogue name
("Tiêu chí Giao thông"). Refuses: criteria named in headings more than four levels up.

>>> from extractors.model import Document
>>> from extractors.sections import find_sections
>>> d = Document.from_text("1. Tiêu chí số 8 về Thông tin và Truyền thông\\n- Bưu điện xã nâng cấp hệ thống loa.\\n")
>>> d.sections = find_sections(d); d.info.criteria_set = "xa_ntm_2016_2020"
>>> context(d, 60)
Context(units=['Bưu điện'], criteria=['8'], line_criteria=[])
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from .model import Document


@lru_cache(maxsize=1)
def _rx() -> dict[str, re.Pattern]:
    """Patterns built from the criteria vocabulary (criteria.yaml ``mention``)."""
    from .common import alternation
    from .facts.criteria import vocab

    w = vocab()["mention"]
    crit, num = alternation(w["criterion_words"], spaces=True), alternation(w["number_words"], spaces=True)
    abbr, ind = alternation(w["abbreviations"], spaces=True), alternation(w["indicator_words"], spaces=True)
    return {
        "crit": re.compile(rf"(?:(?i:{crit})|{abbr})\s*(?:(?:{num})\s*)?(\d{{1,2}})(?!\d)|"
                           rf"(?i:{ind})\s*(?:(?:{num})\s*)?(\d{{1,2}}\.\d{{1,2}})"),
        "named": re.compile(rf"(?i:{crit})\s+(.*)"),
    }


@dataclass
class Context:
    """Units and criteria around a position; ``line_criteria`` are those of the line itself."""

    units: list[str] = field(default_factory=list)
    criteria: list[str] = field(default_factory=list)
    line_criteria: list[str] = field(default_factory=list)


def _crit_numbers(s: str) -> list[str]:
    return list(_crit_numbers_of(s))


@lru_cache(maxsize=8192)  # a heading is read again for every line under it, and plans repeat their headings
def _crit_numbers_of(s: str) -> tuple[str, ...]:
    out: list[str] = []
    for m in _rx()["crit"].finditer(s):
        v = m.group(2) or str(int(m.group(1)))
        if v not in out:
            out.append(v)
    return tuple(out)


def _add_units(units: list[str], text: str) -> None:
    for name in _unit_names(text):
        if name not in units:
            units.append(name)


@lru_cache(maxsize=4096)
def _unit_names(text: str) -> tuple[str, ...]:
    # the same headings are read for every line under them, in every plan of a batch
    from .units import find_units

    return tuple(u.canonical for u in find_units(text))


def _heading_criteria(doc: Document, head: str) -> list[str]:
    crits = _crit_numbers(head)
    if not crits and doc.info.criteria_set:
        from .catalogue import Catalogue

        m = _rx()["named"].match(head)
        if m:
            no = Catalogue.get(doc.info.criteria_set).number_of(m.group(1))
            if no:
                crits = [str(no)]
    return crits


def context(doc: Document, pos: int) -> Context:
    """Units and criteria named in the line holding ``pos`` or in the headings above it."""
    text = doc.text
    ls = text.rfind("\n", 0, pos) + 1
    sec = doc.section_at(pos)
    # every fact of a line asks again: worked out once per line and section, handed out as copies
    cache = doc.memo("links.context", dict)
    key = (ls, sec.start if sec is not None else -1)
    if key not in cache:
        cache[key] = _context(doc, ls, sec)
    hit = cache[key]
    return Context(list(hit.units), list(hit.criteria), list(hit.line_criteria))


def _context(doc: Document, ls: int, sec) -> Context:
    text = doc.text
    le = text.find("\n", ls)
    line = text[ls: len(text) if le == -1 else le]
    out = Context(criteria=_crit_numbers(line))
    out.line_criteria = list(out.criteria)
    _add_units(out.units, line)
    for above in doc.lineage(sec, 4):
        if not out.units:
            _add_units(out.units, above.heading)
        if not out.criteria:
            out.criteria = _heading_criteria(doc, above.heading)
    return out


def context_links(doc: Document, pos: int) -> tuple[list[str], list[str]]:
    """(units, criteria) — thin wrapper of :func:`context` for deadlines and budgets."""
    c = context(doc, pos)
    return c.units, c.criteria
