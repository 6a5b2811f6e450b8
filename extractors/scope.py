"""Whose criteria a passage states: the NTM programme's at all, and the document's own commune's.

Two questions the criteria, level and count extractors share (words in data/criteria_scope.yaml):

- ``other_programme``: a text about another programme's criteria set (đô thị văn minh, chuẩn tiếp
  cận pháp luật, thôn / khu dân cư kiểu mẫu) — its opening names that programme and the text names
  it more often than nông thôn mới. Such a text has no NTM catalogue and no NTM criteria facts.
- ``names_other_commune``: a clause naming a commune ("Riêng xã <Tên>, đến nay đạt 14/19 tiêu chí")
  that is not the document's own. With no own commune known, a text that names one commune only
  is taken to be about that one; one naming several refuses every clause that names one. In a
  district's or a province's document every named commune is another unit than the document's;
  "thị xã <Tên>" (a district-level town) names no commune.
- ``names_a_district_below``: in a province's document, a clause naming "huyện <Tên>" states that district's
  count or status, not the province's own.
- ``subject_commune``: a text with no number of its own (a news or portal item) that names one commune only,
  first within its opening, is about that commune whatever level its header stage gave it ("Xã <Tên> còn 04 tiêu
  chí chưa đạt" on a district's portal): that commune's counts and statuses are the text's own. Not a text that
  speaks of the district standard ("tiêu chí huyện", "huyện nông thôn mới"): its criteria are the district's.
  A name written without "xã" is read from "<Tên> là một trong N xã …" in the opening (no other commune named).
- ``defines_a_grade``: a sentence defining a grade ("xã được công nhận đạt chuẩn … nâng cao là xã … và
  đáp ứng 11 tiêu chí về …"): its counts and criteria are a definition, not a commune's result.

Refuses nothing by itself; the callers drop what it marks.

>>> from extractors.model import Document
>>> d = Document.from_text("Quy định tiêu chí xét công nhận đạt chuẩn đô thị văn minh: 09 tiêu chí.")
>>> other_programme(d)
True
>>> d = Document.from_text("Xã A Lưới đạt 15/19 tiêu chí. Riêng xã Hồng Kim đạt 12/19 tiêu chí.")
>>> d.info.commune = "A Lưới"
>>> names_other_commune(d, 0, 12), names_other_commune(d, d.text.index("Riêng"), len(d.text))
(False, True)
"""
from __future__ import annotations

import re
from functools import lru_cache

from .common import alternation, folded_text, load_data
from .fold import fold
from .model import Document
from .spans import Zones


@lru_cache(maxsize=1)
def _data() -> dict:
    return load_data("criteria_scope.yaml")


@lru_cache(maxsize=1)
def _rx() -> dict[str, re.Pattern]:
    d = _data()
    return {
        "other": re.compile(rf"(?<![a-z])(?:{alternation(d['other_programmes'], spaces=True)})(?![a-z])"),
        "ntm": re.compile(rf"(?<![a-z])(?:{alternation(d['ntm_names'], spaces=True)})(?![a-z])"),
        "commune": re.compile(rf"(?<!\w)(?<!{_before(d['not_commune_before'])})(?:{alternation(d['commune_words'])})"
                              rf"\s+(?P<name>[^\W\d_][\w]*(?:\s+[\w]+){{0,3}})"),
        "district": re.compile(rf"(?<!\w)(?:{alternation(_data()['districts_below']['words'])})\s+(?P<name>\w+)"),
        "member": re.compile(rf"(?<=\w)\s+(?:{alternation(_data()['membership']['links'])})\s+\d{{1,3}}\s+"
                             rf"(?:{alternation(_data()['membership']['units'])})(?!\w)"),
        "subject": re.compile(rf"(?<!\w)(?:{alternation(d['definition']['subjects'], spaces=True)})(?!\w)", re.I),
        "district_set": re.compile(rf"(?<![a-z])(?:{alternation(d['district_set_words'], spaces=True)})(?![a-z])"),
        "copula": re.compile(rf"(?<!\w)(?:{alternation(d['definition']['verbs'], spaces=True)})(?!\w)\s*(?P<next>\w?)", re.I),
    }


def _before(words: list[str]) -> str:
    """A fixed-width look-behind alternative per word: each word and the space after it."""
    return "|".join(re.escape(w + " ") for w in words) or "(?!)"


def other_programme(doc: Document) -> bool:
    """The text is about another programme's criteria set, not NTM's (memoised on the document)."""
    return bool(doc.memo("scope_other_programme", lambda: _other_programme(folded_text(doc))))


def _other_programme(folded: str) -> bool:
    rx = _rx()
    if not rx["other"].search(folded, 0, _data()["opening_chars"]):
        return False
    others = list(rx["other"].finditer(folded))
    inside = Zones((m.start(), m.end()) for m in others)
    ntm = [m for m in rx["ntm"].finditer(folded) if not inside.holds(m.start())]
    return len(others) > len(ntm)


def _communes(text: str, start: int, end: int) -> list[str]:
    """Folded names, spaces removed, of the communes written "xã <Tên>" between start and end."""
    bad = set(_data()["not_names"])
    out = []
    for m in _rx()["commune"].finditer(text, start, end):
        words = []
        for w in m.group("name").split():
            if not (w[0].isupper() or w.isdigit()) or w in bad:
                break
            words.append(w)
        if words:  # "Eabar" and "Ea Bar" are one name written two ways: compared without spaces
            out.append(fold("".join(words)))
    return out


def subject_commune(doc: Document) -> str | None:
    """The folded name of the one commune an unnumbered text is about, named first within its opening; else None."""
    def find() -> str | None:
        if doc.info.number or doc.info.commune or _rx()["district_set"].search(folded_text(doc)):
            return None  # a text about the district standard ("tiêu chí huyện", "huyện nông thôn mới") is the district's
        names = set(_communes(doc.text, 0, len(doc.text)))
        member = _member_name(doc.text)  # "<Tên> là một trong N xã của huyện <H> …": the name without "xã"
        if member:
            names.add(member)
        elif not _rx()["commune"].search(doc.text, 0, _data()["opening_chars"]):
            return None
        return next(iter(names)) if len(names) == 1 else None
    return doc.memo("scope_subject_commune", find)


def _member_name(text: str) -> str | None:
    """The folded name (spaces removed) before "là một trong N xã" in the opening, its words capitalised; else None."""
    m = _rx()["member"].search(text, 0, _data()["opening_chars"])
    if not m:
        return None
    words: list[str] = []
    for w in reversed(text[max(0, m.start() - 40):m.start()].split()[-4:]):
        if not w[:1].isupper():
            break
        words.insert(0, w)
    return fold("".join(words)) if words else None


def names_other_commune(doc: Document, start: int, end: int) -> bool:
    """A commune named between start and end that is not the document's own."""
    named = _communes(doc.text, start, end)
    if not named:
        return False
    if subject_commune(doc):
        return False  # the text names that commune only
    if doc.info.admin_level in _data()["levels_above_commune"]:
        return True  # a district's or a province's document: a named commune is another unit
    own = doc.info.commune
    if own:  # "xã Tân Phước" and "xã Tân Phước Hưng" may be one name cut short: only unrelated names are others
        o = fold(own).replace(" ", "")
        return any(not (n.startswith(o) or o.startswith(n)) for n in named)
    return len(doc.memo("scope_communes", lambda: set(_communes(doc.text, 0, len(doc.text))))) > 1


def names_a_district_below(doc: Document, start: int, end: int) -> bool:
    """In a province's document, a district named between start and end ("Năm 2021, huyện <Tên> đạt 8/9 tiêu chí
    huyện" in a province's news): a count or status there is that district's, not the text's."""
    d = _data()["districts_below"]
    if doc.info.admin_level not in d["levels"]:
        return False
    return any(m.group("name")[:1].isupper() for m in _rx()["district"].finditer(doc.text, start, end))


def defines_a_grade(text: str, start: int, end: int) -> bool:
    """Between start and end, a generic subject and then "là xã" (no name after it): a definition sentence."""
    sub = _rx()["subject"].search(text, start, end)
    if not sub:
        return False
    return any(not c.group("next").isupper() for c in _rx()["copula"].finditer(text, sub.end(), end))
