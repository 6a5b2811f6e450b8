"""Partners and foreign criteria of assignments, fifth audit (docs/genre.md §8g, issue 14).

- The partner list: "phối hợp với Y, Z" as before, and "phối hợp" without "với" when a unit follows it at once
  ("Hội Nông dân xã phối hợp Ban Phát triển thôn chỉ đạo …": the board is a partner). A partner is never the body
  giving the task, even when "chỉ đạo" or "giao" follows it (it directs jointly with the lead); a unit after the cue
  that is not in its list is the task's object ("… phối hợp chỉ đạo Ban công tác Mặt trận các thôn …").
- Another programme's criteria (docs/genre.md §8d, §8g): in a text about another programme's set (scope
  ``other_programme``, or a text that names such a set and never nông thôn mới) a criterion is that set's, not an
  NTM criterion: the assignment keeps its unit, role and task, with no criteria.

Refuses: bare "phối hợp" followed by anything but a unit and list words ("phối hợp chặt chẽ với …", "phối hợp chỉ
đạo …": no partner list there, the clause reads as before); an NTM criterion id in another programme's text
("Sở Xây dựng phụ trách tiêu chí về Quy hoạch" in a Bộ tiêu chí đô thị văn minh is not criterion 1).

>>> import re; [m.group(0) for m in _cue_rx().finditer("chu tri, phoi hop voi phong a; phoi hop ban b")]
['phoi hop voi', 'phoi hop']
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..common import alternation, folded_text
from ..model import Document
from ..scope import _data as scope_data
from ..scope import other_programme
from ..units import UnitMention
from .assignments import vocab


@lru_cache(maxsize=1)
def _cue_rx() -> re.Pattern:
    return re.compile(rf"(?<![a-z])(?:{alternation(vocab()['partner_cues'], spaces=True)})(?![a-z])")


def partner_list(folded: str, units: list[UnitMention], clause: int, upto: int) -> tuple[int, set[int]]:
    """(where the partner cue is, the starts of its partners), or (-1, set()) with no cue that lists partners.

    The list runs while only separators ("," "và" "các Phòng:", a count) stand between its units. The first cue
    in the clause decides; a bare "phối hợp" counts only when a unit follows it at once."""
    gap_words = set(vocab()["partner_gap_words"])
    for cue in _cue_rx().finditer(folded, clause, upto):
        out, prev = set(), cue.end()
        for u in sorted(units, key=lambda x: x.start):
            if u.start < prev:
                continue
            if not {w for w in re.sub(r"[^\w\s]", " ", folded[prev:u.start]).split() if not w.isdigit()} <= gap_words:
                break
            out.add(u.start)
            prev = u.end
        if out or " ".join(cue.group(0).split()) == vocab()["partner_cue"]:
            return cue.start(), out
    return -1, set()


def foreign_criteria(doc: Document) -> bool:
    """The text's criteria are another programme's: ``other_programme``, or it names such a set and never NTM."""
    if other_programme(doc):
        return True
    d = scope_data()
    folded = folded_text(doc)
    named = re.search(rf"(?<![a-z])(?:{alternation(d['other_programmes'], spaces=True)})(?![a-z])", folded)
    ntm = re.search(rf"(?<![a-z])(?:{alternation(d['ntm_names'], spaces=True)})(?![a-z])", folded)
    return bool(named) and not ntm


def drop_foreign(doc: Document, found: list) -> list:
    """The assignments with their criteria emptied when they are another programme's (same records, same order)."""
    if found and foreign_criteria(doc):
        for a in found:
            a.criteria = []
    return found
