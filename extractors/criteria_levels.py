"""District documents: which criteria set a criterion mention belongs to, the district's or its communes'.

A district plan or a province's decision about a district (a huyện catalogue, 9 criteria)
names the district criteria ("tiêu chí huyện số 4", "tiêu chí số 2 (giao thông)",
"Tiêu chí Y tế - Văn hóa - Giáo dục", "chỉ tiêu 5.2", "tiêu chí số 9.1", "chỉ tiêu H5.1")
and cites its communes' criteria in the same pages ("các xã đạt tiêu chí số 17 về Môi trường").
Only the district's own become rows; an indicator id keeps its number ("5.2").

Evidence, first that speaks wins (words in criteria.yaml ``levels``):
the level word of the mention itself ("tiêu chí huyện/xã số N", an "H" id); a number beyond
the district set; a commune catalogue name written after a bare number ("số 5 về Trường
học"); a commune word in the mention's clause (``xã`` but not ``xã hội``, ``thị xã``), else a
district word there, else the level word of the list's introductory line. A number listed
after another ("số 4 và số 8") takes its head's answer.

Refuses (precision first): any commune evidence, and a bare number or indicator id with no
evidence at all (a number alone could be either set's); a mention found by its district name,
or a number whose district name follows ("số 7 về Môi trường"), needs no further evidence.

>>> from extractors.catalogue import Catalogue
>>> t = "Huyện đã đạt tiêu chí số 4; các xã đã đạt tiêu chí số 17 và tiêu chí số 5 về Trường học."
>>> [m.criterion for m in district_mentions(t, fold_keep_length(t), Catalogue.get("huyen_ntm_2016_2020"), [])]
[4]
"""
from __future__ import annotations

import re
from functools import lru_cache

from .catalogue import Catalogue
from .common import alternation
from .fold import fold_keep_length
from .mentions import Mention, find_mentions
from .spans import Overlapping


@lru_cache(maxsize=1)
def _words() -> tuple[dict, dict]:
    from .facts.criteria import vocab

    v = vocab()
    return v["levels"], v["mention"]


@lru_cache(maxsize=1)
def _rx() -> dict[str, re.Pattern]:
    lv, w = _words()
    folded = {k: alternation([fold_keep_length(x) for x in lv[k]], spaces=True) for k in ("district_words", "commune_words", "commune_false")}
    head = alternation(w["criterion_words"] + w["indicator_words"], spaces=True)
    num, sep = alternation(w["number_words"], spaces=True), alternation(lv["id_separators"], spaces=True)
    return {
        "district": re.compile(rf"(?<![\w])(?:{folded['district_words']})(?![\w])"),
        "commune": re.compile(rf"(?<![\w])(?:{folded['commune_words']})(?![\w])"),
        "false": re.compile(rf"(?<![\w])(?:{folded['commune_false']})(?![\w])"),
        # "tiêu chí huyện số 4", "tiêu chí xã Giao thông": the mention's own level word
        "own": re.compile(rf"^(?:{alternation(w['criterion_words'], spaces=True)})\s+(?P<lvl>{alternation(w['level_words'], spaces=True)})(?![\w])", re.I),
        # "chỉ tiêu H5.1", "tiêu chí số H5"; "tiêu chí số 9.1": an indicator written as a criterion
        "prefixed": re.compile(rf"(?<![\w])(?i:{head})\s*(?:(?i:{num})\s*)?(?:{alternation(lv['district_prefixes'], spaces=True)})"
                               r"(?P<n>\d{1,2})(?:\.(?P<i>\d{1,2}))?(?![\d\w]|[.,]\d)"),
        "dotted": re.compile(rf"(?<![\w])(?:{alternation(w['criterion_words'], spaces=True)})\s*(?:{num})\s*(?P<n>\d{{1,2}})\.(?P<i>\d{{1,2}})(?![\d]|[.,]\d)",
                             re.I),
        "more_ids": re.compile(rf"\s*(?:{sep})\s*(?P<n>\d{{1,2}})\.(?P<i>\d{{1,2}})(?![\d]|[.,]\d)", re.I),
        "link": re.compile(rf"\s*(?:{alternation(w['name_links'], spaces=True)}|[(:\-–])\s*", re.I),
        "chain": re.compile(rf"^\s*(?:,|;|…|{alternation(w['list_ands'], spaces=True)})\s*(?:(?:{alternation(w['criterion_words'], spaces=True)})\s*)?(?:(?:{num})\s*)?$", re.I),
    }


def _extra_mentions(text: str, cat: Catalogue, taken: list[Mention]) -> list[tuple[Mention, bool]]:
    """"chỉ tiêu H5.1" (district by its letter) and "tiêu chí số 9.1, 9.2" (an indicator id); (mention, is_district)."""
    out: list[tuple[Mention, bool]] = []
    spans = [(m.start, m.end) for m in taken]

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in spans)

    for key, district in (("prefixed", True), ("dotted", False)):
        for m in _rx()[key].finditer(text):
            n = int(m.group("n"))
            if not 1 <= n <= cat.highest_number or not free(m.start(), m.end()):
                continue
            ind = f"{n}.{int(m.group('i'))}" if m.group("i") else None
            out.append((Mention(m.start(), m.end(), n, ind, False), district))
            spans.append((m.start(), m.end()))
            pos = m.end()
            while (more := _rx()["more_ids"].match(text, pos)) and int(more.group("n")) == n and "\n" not in more.group(0):
                out.append((Mention(more.start("n"), more.end(), n, f"{n}.{int(more.group('i'))}", False), district))
                spans.append((more.start("n"), more.end()))
                pos = more.end()
    return out


def _clause_start(text: str, pos: int) -> int:
    """The clause's start; inside an open bracket, the clause the bracket opens in ("tiêu chí xã (số 3; số 4)")."""
    ls = text.rfind("\n", 0, pos) + 1
    opened = text.rfind("(", ls, pos)
    if opened != -1 and text.find(")", opened, pos) == -1:
        pos = opened
    cut = max(text.rfind(". ", ls, pos), text.rfind("; ", ls, pos), text.rfind("! ", ls, pos))
    return cut + 2 if cut != -1 else ls


def _level_in(folded: str) -> str | None:
    """"xa" when a commune word is there, else "huyen" when a district word is, else None."""
    f = _rx()["false"].sub(lambda m: " " * len(m.group(0)), folded)
    if _rx()["commune"].search(f):
        return "xa"
    return "huyen" if _rx()["district"].search(folded) else None


def _context(text: str, folded: str, m: Mention, others: Overlapping[Mention],
             scopes: Overlapping[tuple[int, int, str]]) -> str | None:
    """The level of the mention's clause (other mentions blanked), else of its list's introductory line."""
    s = _clause_start(text, m.start)
    window = list(folded[s:m.start])
    for o in others.within(s, m.start):
        for i in range(max(o.start, s), min(o.end, m.start)):
            window[i - s] = " "
    level = _level_in("".join(window))
    if level is None:
        inside = scopes.at(m.start)
        if inside:
            intro_end = max(inside, key=lambda sc: sc[0])[0]
            intro_start = text.rfind("\n", 0, intro_end) + 1
            level = _level_in(folded[intro_start:intro_end])
    return level


def _commune_name_after(text: str, m: Mention, cat: Catalogue) -> bool:
    """"tiêu chí số 5 về Trường học": a bare number followed by a name the district set does not give it."""
    link = _rx()["link"].match(text, m.end)
    if not link or link.end() == m.end:
        return False
    rest = text[link.end(): link.end() + 160].split("\n")[0]
    own = cat.match_prefix(rest)
    if own and own.criterion == m.criterion:
        return False
    commune = _words()[0]["commune_sets"].get(cat.id)
    return bool(commune and Catalogue.get(commune).match_prefix(rest))


def _verdict(text: str, folded: str, m: Mention, cat: Catalogue, others: Overlapping[Mention],
             scopes: Overlapping[tuple[int, int, str]]) -> bool:
    """Is this mention one of the district's own criteria? (the module docstring's order of evidence)"""
    own = _rx()["own"].match(text, m.start, m.end)
    if own:
        return _level_in(fold_keep_length(own.group("lvl"))) == "huyen" and m.criterion <= cat.total
    if m.criterion > cat.total:
        return False
    bare = text[m.start:m.end].rstrip()[-1:].isdigit()
    if bare and _commune_name_after(text, m, cat):
        return False
    level = _context(text, folded, m, others, scopes)
    if level is not None:
        return level == "huyen"
    return not bare


def district_mentions(text: str, folded: str, cat: Catalogue, scopes: list[tuple[int, int, str]]) -> list[Mention]:
    """The mentions of a district document that are the district's own criteria, in order."""
    found = find_mentions(text, cat)
    extra = _extra_mentions(text, cat, found)
    marked = {(m.start, m.end) for m, district in extra if district}
    every = sorted(found + [m for m, _ in extra], key=lambda x: x.start)
    out, last, last_ok = [], None, False
    # asked per mention: a text of thousands of mentions and list scopes must not cost their product
    others, in_scopes = Overlapping(every, lambda o: (o.start, o.end)), Overlapping(scopes, lambda sc: (sc[0], sc[1]))
    for m in every:
        if last is not None and _rx()["chain"].match(text[last.end:m.start]):
            ok = last_ok  # "số 4 và số 8": a listed number takes its head's answer
        elif (m.start, m.end) in marked:
            ok = m.criterion <= cat.total
        else:
            ok = _verdict(text, folded, m, cat, others, in_scopes)
        if ok:
            out.append(m)
        last, last_ok = m, ok
    return out
