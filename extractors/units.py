"""Responsible units: a registry as data, abbreviation expansion, fuzzy matching, head nouns.

A unit starts at a head noun (units.yaml ``heads``: Phòng, Sở, Ban, Văn phòng, Trung tâm,
Chi cục, Công an, Hội, Đoàn, Kho bạc, Ngân hàng, UBND …) and runs to a delimiter or a
verb of the task (``vocab.role_stops``). A name the registry knows gets its canonical
form; one it does not know is kept as written when it looks like a proper name: the head
and the next word both capitalised ("Hội Khuyến học", "Kho bạc Nhà nước"). A distributive
list shares its head noun ("các Sở: Xây dựng, Công Thương" → Sở Xây dựng, Sở Công
Thương); an item with a head noun of its own ("UBND các xã") stands alone. An office
title before a unit ("Phó Chủ tịch UBND xã") names the office.

Refuses (docs/genre.md §8c): verbs and people that look like units — "phòng, chống
thiên tai", "hội viên", "đoàn viên", "ban hành" (next word in lower case), a lone head
noun ("các Công ty, Doanh nghiệp, Ngân hàng"), names over 16 words, words that fold like a
head but name none (``vocab.false_heads``: "Số 53, <phố>" is an address, not a Sở), a visiting group named by
its head noun (``vocab.group_names``: "Đoàn công tác", "Đoàn kiểm tra" are no Đoàn Thanh niên), a one-word name
that needs its place (``vocab.needs_place``: "Đoàn" alone, as in "Đoàn về khảo sát", is a delegation; "Đoàn xã" is
the youth union).

>>> [u.canonical for u in find_units("Phòng Nông nghiệp và PTNT chủ trì, phối hợp với Phòng TN-MT huyện")]
['Phòng Nông nghiệp và Phát triển nông thôn', 'Phòng Tài nguyên và Môi trường']
>>> u = find_units("- Công an huyện: chỉ đạo")[0]; (u.canonical, u.place, u.raw)
('Công an', 'huyện', 'Công an huyện')
>>> [u.canonical for u in find_units("phối hợp với các Sở: Xây dựng, Công Thương và UBND các huyện")]
['Sở Xây dựng', 'Sở Công Thương', 'Ủy ban nhân dân']
>>> [u.canonical for u in find_units("tăng cường phòng, chống thiên tai; vận động hội viên")]
[]
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz, process

from .common import alternation, fold_keep_length, load_data
from .fold import fold


@dataclass
class UnitMention:
    """One unit named in a text; ``known`` when the registry has it; ``office`` a title before it."""

    start: int
    end: int
    raw: str
    canonical: str
    type: str | None
    place: str | None
    known: bool
    office: str | None = None



@lru_cache(maxsize=1)
def vocab() -> dict:
    """The finder's words (units.yaml ``vocab``, checked by its schema in SHARED_SCHEMAS)."""
    return load_data("units.yaml")["vocab"]


@lru_cache(maxsize=1)
def _rx() -> dict[str, re.Pattern]:
    v = vocab()
    starts = alternation(v["delimit_before"], spaces=True)
    return {
        "stop": re.compile(rf"\s+(?:{alternation(v['role_stops'], spaces=True)})\b", re.I),
        "delim": re.compile(rf"[:;()\n.\[\]“”\"]|,\s+(?=(?:{starts})\b)"),
        "place": re.compile(rf"\s*(?P<place>{alternation(v['places'], spaces=True)})(?:\s+(?P<pname>[A-ZĐ][^\s,;:.()]*(?:\s+[A-ZĐ][^\s,;:.()]*){{0,3}}))?"),
        "place_word": re.compile(alternation(v["place_qualifiers"], spaces=True), re.I),
        "distributive": re.compile(rf"(?<![\w])(?:{alternation(v['plural_words'], spaces=True)})\s+(?P<head>{alternation(v['distributive_heads'], spaces=True)})"
                                   r"\s*:\s*"),
        "office": re.compile(rf"(?:{alternation(v['office_titles'], spaces=True)})\s+$"),
        "person_remit": re.compile(rf"\s+(?:{alternation(v['remit_words'], spaces=True)})\b", re.I),
    }


def _expand(s: str) -> str:
    rx, full = _expansion_rx()
    return rx.sub(lambda m: full[m.group(0)], s)


@lru_cache(maxsize=1)
def _expansion_rx() -> tuple[re.Pattern, dict]:
    exp = sorted(load_data("units.yaml")["expand"].items(), key=lambda kv: -len(kv[0]))
    alt = "|".join(re.escape(a) for a, _ in exp)  # longest first
    return re.compile(rf"(?<![\w&-])(?:{alt})(?![\w&-])"), dict(exp)


@lru_cache(maxsize=16384)
def _norm(s: str) -> str:
    """Matching key: abbreviations expanded, folded (so "hoá"/"hóa" agree); '&', '-', 'và' (vocab ``list_and``) unified."""
    s = _expand(s)
    s = fold(s)  # fold drops every mark, so tone placement needs no unifying first
    conj = fold(vocab()["list_and"])
    s = s.replace("&", f" {conj} ").replace("–", " ").replace("-", " ").replace(",", " ")
    s = re.sub(rf"\b{re.escape(conj)}\b", " ", s)
    return re.sub(r"\s+", " ", s).strip()


@lru_cache(maxsize=1)
def registry() -> dict[str, dict]:
    """Normalised name -> unit entry, for every canonical name and alias."""
    out: dict[str, dict] = {}
    qual = _rx()["place_word"].pattern
    for u in load_data("units.yaml")["units"]:
        for n in [u["name"], *u.get("aliases", [])]:
            # the place ("huyện", "xã") is kept apart from the name, so names are stored without it
            n = re.sub(rf"\s+(?:{qual})$", "", n)
            out.setdefault(_norm(n), u)
    return out


@lru_cache(maxsize=1)
def _registry_names() -> list[str]:
    """The registry's keys in its order, listed once (not again for every name the registry does not hold)."""
    return list(registry())


@lru_cache(maxsize=1)
def _head_rx() -> re.Pattern:
    heads = load_data("units.yaml")["heads"]
    alt = "|".join(re.escape(h.strip()) + (r"(?=\W)" if not h.endswith(" ") else r"(?=\s)")
                   for h in sorted(heads, key=len, reverse=True))
    return re.compile(rf"(?<![a-z0-9/])(?:{alt})")


@lru_cache(maxsize=8192)
def match_unit(name: str) -> dict | None:
    """The registry entry a written unit name means, or None."""
    key = _norm(name)
    if not key:
        return None
    reg = registry()
    if key in reg:
        return reg[key]
    hit = process.extractOne(key, _registry_names(), scorer=fuzz.ratio, score_cutoff=90)
    # a slip of a letter or two, never an extra word, never another head noun ("Ngành Nông nghiệp …" is no "Phòng …")
    return reg[hit[0]] if hit and abs(len(hit[0]) - len(key)) <= 3 and fuzz.ratio(hit[0].split()[0], key.split()[0]) >= 75 else None


def _proper(words: list[str], head_words: int) -> bool:
    """A name the registry does not know is a unit only if it reads as a proper name:
    the head noun capitalised and the word after it too ("Hội Khuyến học", not "hội viên")."""
    if len(words) <= head_words or len(words) > 16:
        return False
    after = words[head_words].lstrip("(&-–")
    return words[0][:1].isupper() and bool(after) and (after[:1].isupper() or after[:1].isdigit())


def _candidate(text: str, s: int, head_end: int, head: str) -> tuple[str, int, int]:
    """The text a unit could span from ``s``: up to a delimiter or a verb of the task."""
    rx = _rx()
    d = rx["delim"].search(text, head_end)
    limit = d.start() if d else len(text)
    role_from = head_end
    pt = rx["person_remit"].match(text, head_end)
    if pt and head.startswith(tuple(vocab()["person_heads"])):
        role_from = pt.end()  # "cán bộ phụ trách ..." names a person's remit
    r = rx["stop"].search(text, role_from, limit)
    word_at = r.end() - len(r.group(0).lstrip()) if r else 0
    if r and r.start() == role_from and text[word_at:word_at + 1].isupper():
        r = rx["stop"].search(text, r.end(), limit)  # "Sở Xây dựng", "Ban Tổ chức": a capitalised word right after the head names it
    if r:
        limit = r.start()
    return text[s:limit].rstrip(" ,-–"), limit, role_from


def _resolve(text: str, s: int, cand: str, offset: int, limit: int, head_words: int = 1) -> UnitMention | None:
    """The longest registry name at the start of ``cand``, or the proper name it reads as."""
    words = cand.split()
    best = None
    for n in range(min(len(words), 14), 0, -1):
        name = " ".join(words[:n]).rstrip(",;:.")
        if n > 1 and _rx()["place_word"].fullmatch(words[n - 1].rstrip(",;:.")):
            continue  # the place qualifier is kept apart from the name
        entry = match_unit(name)
        if entry and (n > 1 or name[:1].isupper()):  # one word in lower case is a word ("giai đoạn"), not "Đoàn"
            if n == 1 and name in vocab()["needs_place"] and not _rx()["place"].match(text, s + len(name)):
                break  # "Đoàn về khảo sát": a delegation, no youth union without its place (§8g)
            best = (name, entry)
            break
    if best:
        name, entry = best
    elif _proper(words, head_words) or (head_words == 0 and 2 <= len(words) <= 16):
        # the place qualifier is kept apart from an unknown name too ("Hội Khuyến học xã")
        cut = next((i for i in range(2, len(words)) if _rx()["place_word"].fullmatch(words[i])), len(words))
        name, entry = " ".join(words[:cut]), None
    else:
        return None
    end = s + len(name)
    place = None
    pm = _rx()["place"].match(text, end)
    if pm and pm.end() <= max(limit, end) + 40:
        place, end = pm.group("place"), pm.end()
    canonical = entry["name"] if entry else re.sub(r"\s+", " ", _expand(name)).strip()
    return UnitMention(s + offset, end + offset, text[s:end], canonical, entry.get("type") if entry else None,
                       place, entry is not None)


def _with_office(text: str, u: UnitMention, offset: int) -> UnitMention:
    """"Phó Chủ tịch UBND xã": the office is the unit (an officer answers for it)."""
    om = _rx()["office"].search(text, 0, u.start - offset)
    if not om:
        return u
    title = re.sub(r"\s+", " ", om.group(0)).strip()
    s = om.start()
    return UnitMention(s + offset, u.end, text[s:u.end - offset], f"{title} {u.canonical}", u.type, u.place, u.known,
                       office=title)


def find_units(text: str, offset: int = 0) -> list[UnitMention]:
    """Unit mentions in ``text``; offsets are shifted by ``offset``."""
    shared = _distributive(text, offset)
    folded = fold_keep_length(text)
    out: list[UnitMention] = []
    pos = 0
    while True:
        m = _head_rx().search(folded, pos)
        if not m:
            break
        s = m.start()
        if any(d.start - offset <= s < d.end - offset for d in shared) or text[s:m.end()].strip() in vocab()["false_heads"] \
                or folded.startswith(tuple(vocab()["group_names"]), s):
            pos = m.end()
            continue
        cand, limit, _ = _candidate(text, s, m.end(), m.group(0))
        # a person named by remit ("Đ/c phụ trách lĩnh vực …") is kept whatever its case
        person = m.group(0).startswith(tuple(vocab()["person_heads"]))
        u = _resolve(text, s, cand, offset, limit, 0 if person else len(m.group(0).split()))
        if u is None:
            pos = m.end()
            continue
        out.append(_with_office(text, u, offset))
        pos = max(u.end - offset, m.end())
    return sorted(out + shared, key=lambda u: u.start)


def _distributive(text: str, offset: int) -> list[UnitMention]:
    """"các Sở: Xây dựng, Giao thông vận tải" — the head noun shared by the bare items after it."""
    out: list[UnitMention] = []
    if ":" not in text:  # the pattern ends in a colon: most lines and clauses have none
        return out
    for dm in _rx()["distributive"].finditer(text):
        head = dm.group("head")[:1].upper() + dm.group("head")[1:]
        _, limit, _ = _candidate(text, dm.end(), dm.end(), "")
        pos = dm.end()
        for item, s in _items(text, pos, limit, head):
            if _head_rx().match(fold_keep_length(item)):
                continue  # "UBND các huyện": a unit with its own head noun
            name = f"{head} {item}"
            entry = match_unit(name)
            if entry is None and not item[:1].isupper():
                continue
            canonical = entry["name"] if entry else re.sub(r"\s+", " ", _expand(name))
            out.append(UnitMention(s + offset, s + len(item) + offset, item, canonical,
                                   entry.get("type") if entry else None, None, entry is not None))
    return out


def _items(text: str, pos: int, limit: int, head: str = "") -> list[tuple[str, int]]:
    """Items of a comma list between ``pos`` and ``limit``; a trailing "và X" splits when X is capitalised, unless
    the item is a unit's name with the shared ``head`` ("các Phòng: Giáo dục và Đào tạo, …")."""
    out = []
    for part in re.finditer(r"[^,]+", text[pos:limit]):
        piece, s = part.group(0), pos + part.start()
        lead = len(piece) - len(piece.lstrip())
        piece, s = piece.strip(), s + lead
        if not piece:
            continue
        pieces = [(piece, s)]
        conj = f" {vocab()['list_and']} "
        if conj in piece and not match_unit(piece) and not (head and match_unit(f"{head} {piece}")):
            i = piece.rfind(conj)
            left, right = piece[:i], piece[i + len(conj):]
            if right[:1].isupper():
                pieces = [(left, s), (right, s + i + len(conj))]
        out += pieces
    return out
