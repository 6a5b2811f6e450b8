"""Level and province of a text with no header (a news item, a portal notice): no type line, title or issuer.

Such a text is about the province when its headline opens with the province's name ("<Tỉnh>: phấn đấu …",
"<Tỉnh> có thêm 3 xã …"), when its communes or districts come as a list (none named more often), or when it names
no lower place at all; a single commune or district it keeps talking about is its place.

Refuses: a lower unit named like the province ("thành phố <X>" of "tỉnh <X>") as the text's own place; a bare
province name inside a longer capitalised run ("Nguyễn Thái Bình"), after a level word, or in a place-and-date
line ("<X>, ngày …"); a province name anywhere but a headline's or a line's opening words.

>>> headline_province("Nghệ An: thêm 3 xã đạt chuẩn\\nNội dung …")
'Nghệ An'
>>> headline_province("Ông Nguyễn Thái Bình cho biết …") is None
True
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from .common import fold_keep_length, load_data

_CAP = "A-ZĐÀ-Ỹ"
_RUN = re.compile(rf"[{_CAP}][^\W\d_]*(?:[ \t]+[{_CAP}][^\W\d_]*){{0,3}}")


@lru_cache(maxsize=1)
def _words() -> dict:
    return load_data("structure.yaml")["headless"]


def _province_at(text: str, pos: int) -> str | None:
    """The known province name that the capitalised run at ``pos`` is (its longest opening words), else None."""
    m = _RUN.match(text, pos)
    if not m:
        return None
    words = m.group(0).split()
    after = text[m.end():m.end() + 12]
    if fold_keep_length(after).lstrip(" ,").startswith(tuple(_words()["date_line_words"])):
        return None  # "<X>, ngày 5 tháng 3 …": a place-and-date line
    for k in range(len(words), 1, -1):
        name = " ".join(words[:k])
        if known_province(name):
            rest = words[k:]
            return name if not rest or not rest[0][:1].isupper() or k == len(words) else None
    return None


def known_province(name: str) -> bool:
    """A province's name before the 2025 reorganisation (the data set's 63), marks and all: "Phú Yên" is one, the
    district "Phù Yên" (the same letters without marks) is not."""
    return _tone_key(name) in _province_keys()


@lru_cache(maxsize=1)
def _province_keys() -> frozenset:
    from .places import provinces_before_2025

    return frozenset(_tone_key(n) for n in provinces_before_2025().values())


def _tone_key(name: str) -> tuple:
    """Each word's letters without tone marks, and its tone marks: "Hoà" and "Hòa" alike, "Phù" and "Phú" apart."""
    import unicodedata

    from .fold import TONE_MARKS

    words = unicodedata.normalize("NFD", name.lower()).split()
    return tuple(("".join(c for c in w if c not in TONE_MARKS), "".join(c for c in w if c in TONE_MARKS)) for w in words)


def headline_province(text: str) -> str | None:
    """A province named bare as the subject of the first line: at its start, or just after its first comma."""
    from .header_places import headline

    first = headline(text)
    if not first or len(first.group(0)) > _words()["headline_max"]:
        return None
    line_start = first.start()
    name = _province_at(text, line_start)
    if name:
        return name
    comma = first.group(0).find(", ")
    return _province_at(text, line_start + comma + 2) if comma > 0 else None


def opening_province(text: str) -> str | None:
    """The province named bare at the start of lines or sentences (the subject of what follows); None when two
    provinces open lines (a page's other headlines: "<Tỉnh khác> phát động …" beside the item's own)."""
    found = {name for m in re.finditer(rf"(?:^|\n|[.!?:]\s+)[ \t(]*(?=[{_CAP}])", text)
             if (name := _province_at(text, m.end()))}
    return found.pop() if len(found) == 1 else None


def copula_mentions(text: str) -> list:
    """A place a line opens by saying what it is: "<Tên> là huyện ngoại thành …", "<Tỉnh> là tỉnh biên giới …" (also
    beside a page's other headlines naming another province), "<Tên> là xã …", the name's
    later words maybe in lower case ("Củ chi là huyện"): a mention of that level, the name title-cased.

    Refuses: a name the unit data set does not know at that level ("Đây là huyện …"), or no data set; a name of
    more than three words or not at a line's opening; a level word after "là" that is not the
    next word ("<X> là một trong những huyện …")."""
    from .header_places import PlaceMention
    from .places import known_unit_name

    levels = {w: lvl for lvl, ws in load_data("structure.yaml")["place_levels"].items() for w in ws}
    alt = "|".join(re.escape(w) for w in sorted(levels, key=len, reverse=True))
    out = []
    for m in re.finditer(rf"(?:^|\n)[ \t]*([{_CAP}][^\W\d_]*(?:[ \t][^\W\d_]+){{0,2}}?)[ \t]+là[ \t]+({alt})(?!\w)", text):
        name = " ".join(w[:1].upper() + w[1:] for w in m.group(1).split())
        if not known_unit_name(name, levels[m.group(2)]):
            continue  # "Đây là huyện …": no unit's name
        out.append(PlaceMention(levels[m.group(2)], m.group(2), name, m.start(1), m.end(1)))
    return out


def listed_mentions(text: str) -> list:
    """Communes a text lists with their districts in brackets and no level words ("5 xã đạt chuẩn … gồm: Vinh Quang
    (Chiêm Hóa); Bình Xa (Hàm Yên); Tân Thành, Thái Sơn (Hàm Yên)"): a commune mention for each name.

    Refuses: a list with no "N xã … gồm/là" before it (structure.yaml headless.list_cues); a bracket that names no
    district the unit data set knows (a note, an abbreviation); a name already written after its level word (a mention
    read elsewhere); fewer than two such communes.

    >>> [m.name for m in listed_mentions("Có 3 xã đạt chuẩn gồm: Vinh Quang (Chiêm Hóa); Bình Xa, Minh Hương (Hàm Yên).")]
    ['Vinh Quang', 'Bình Xa', 'Minh Hương']
    """
    from .header_places import PlaceMention
    from .places import known_unit_name

    cues = _words()["list_cues"]
    levels = load_data("structure.yaml")["place_levels"]["huyen"]
    lead = re.compile(rf"\d+\s+xã\b[^:.\n]{{0,90}}?(?<!\w)(?:{'|'.join(map(re.escape, cues))})\s*:?\s*")
    item = re.compile(r"(?P<names>[^();.\n]{1,80}?)\s*\((?P<d>[^()\n]{2,40})\)")
    drop = re.compile(rf"^(?:{'|'.join(map(re.escape, sorted(levels, key=len, reverse=True)))})\s+", re.I)
    out = []
    for m in lead.finditer(text):
        end = re.search(r"\.(?:\s|$)|\n", text[m.end():])
        seg_end = m.end() + (end.start() if end else len(text) - m.end())
        found = []
        for it in item.finditer(text, m.end(), seg_end):
            if not known_unit_name(drop.sub("", it.group("d").strip()), "huyen"):
                continue
            for piece in re.finditer(r"[^,;]+", it.group("names")):
                name = re.sub(r"^\s*(?:và\s+)?", "", piece.group(0)).rstrip()
                words = name.split()
                if not words or len(words) > 4 or not all(w[:1].isupper() for w in words):
                    continue  # "xã Kim Phú": already a mention; a lower-case word: no name
                at = it.start("names") + piece.start() + len(piece.group(0).rstrip()) - len(name)
                found.append(PlaceMention("xa", "xã", name, at, at + len(name)))
        if len(found) >= 2:
            out += found
    return out


def without_own_header(info) -> bool:
    """No title, number or date of its own (a news or portal item; its type may still be guessed as "other").

    >>> from extractors.model import DocInfo
    >>> without_own_header(DocInfo(doc_type="other")), without_own_header(DocInfo(title="Kế hoạch …"))
    (True, False)
    """
    return not (info.title or info.number or info.issue_date)


def no_header(head) -> bool:
    """No title, type line, number or date: a body's "UBND tỉnh chỉ đạo … tại xã X" names no issuer."""
    return not (head.title or head.doc_type or head.number or head.issue_date)


def bare_province(text: str, mentions: list) -> str | None:
    """The province named without "tỉnh" (headline or line opening), when no mention names one."""
    if any(m.level == "tinh" for m in mentions):
        return None
    return (headline_province(text) or opening_province(text) or single_bare_province(text)
            or abbreviated_province(text) or source_province(text))


def abbreviated_province(text: str) -> str | None:
    """The centrally-run city a text names in short ("UBND TPHCM vừa phê duyệt …", "ngoại thành của TP.HCM").

    Refuses: a letter run inside a longer word ("tphcmx"); two different cities written short."""
    folded = fold_keep_length(text)
    found = {name for short, name in _words()["city_abbreviations"].items()
             if re.search(rf"(?<![\w.]){re.escape(short)}(?![\w])", folded)}
    return found.pop() if len(found) == 1 else None


def source_province(text: str) -> str | None:
    """The province whose paper a line credits ("Nguồn <Tỉnh>: https://…"): the item was written there.

    Refuses: a name that is no province ("Nguồn Tin tức: …"); a credit not opening its line; two credits."""
    words = "|".join(re.escape(w) for w in _words()["source_line_words"])
    folded = fold_keep_length(text)
    found = {name for m in re.finditer(rf"(?:^|\n)[ \t]*(?:{words})[ \t]+(?=[^\n:]{{2,30}}:)", folded)
             if (name := _province_at(text, m.end())) and text.startswith(":", m.end() + len(name))}
    return found.pop() if len(found) == 1 else None


def single_bare_province(text: str) -> str | None:
    """The one province a text names bare anywhere ("… năm đầu tiên <Tỉnh> triển khai …"), when the text also
    speaks of its own province ("toàn tỉnh", "UBND tỉnh"); two different bare names, or none of those words: None."""
    if not own_province_words(text):
        return None
    found = set()
    for m in re.finditer(r"(?<!\w)(?=[A-ZĐ\u00c0-\u1ef8])", text):
        before = text[max(0, m.start() - 12):m.start()].split()
        if before and (before[-1][:1].isupper() or fold_keep_length(before[-1]) in _level_words()):
            continue  # inside a longer capitalised run, or after a level word (a mention, read elsewhere)
        name = _province_at(text, m.start())
        if name:
            found.add(name)
    return found.pop() if len(found) == 1 else None


@lru_cache(maxsize=1)
def _level_words() -> set[str]:
    return {fold_keep_length(w).split()[-1] for ws in load_data("structure.yaml")["place_levels"].values() for w in ws}


def own_province_words(text: str) -> bool:
    """The text speaks of its own province without naming it ("toàn tỉnh", "tỉnh ta")."""
    folded = fold_keep_length(text)
    return any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", folded) for w in _words()["own_province_words"])


def headless_level(text: str, mentions: list, province: str | None) -> str | None:
    """The level of a text with no header (see the module's doc); None when nothing decides it."""
    lower = [m for m in mentions if m.level != "tinh" and not _named_like(m.name, province, mentions)]
    from .header_places import headline

    first = headline(text)
    first_end = first.end() if first else len(text)
    in_headline = headline_province(text) or (first_end <= _words()["headline_max"] and any(
        m.level == "tinh" and m.start < first_end for m in mentions))
    if in_headline and not any(m.start < first_end for m in lower):
        return "tinh"  # "<Tỉnh>: …", "UBND tỉnh <X> vừa công nhận 13 xã …", "Toàn tỉnh <X> có thêm 5 huyện …"
    has_province = bool(province) or any(m.level == "tinh" for m in mentions) or own_province_words(text)
    if not lower:
        return "tinh" if has_province else None
    levels = Counter(m.level for m in lower)
    level = levels.most_common(1)[0][0]
    if has_province and _a_list(Counter(m.name for m in lower if m.level == level)):
        return "tinh"  # "xã A (huyện X), xã B (huyện Y) …": a list, no place said much more than another
    return level


def _a_list(counts: Counter) -> bool:
    """Places named as a list: two named alike most often, or three or more where the most named is named at most
    twice as often as the next ("huyện X" twice, "huyện Y", "huyện Z" once: a province's list of its districts).

    Refuses: one place named more than twice as often as any other (the text's own district among its neighbours)."""
    top = counts.most_common(3)
    if len(top) < 2:
        return False
    return top[0][1] == top[1][1] or (len(top) == 3 and top[0][1] <= 2 * top[1][1])


def _named_like(name: str, province: str | None, mentions: list) -> bool:
    """A lower unit named like the text's province ("thành phố Lai Châu" beside "tỉnh Lai Châu")."""
    names = {m.name for m in mentions if m.level == "tinh"} | ({province} if province else set())
    return fold_keep_length(name) in {fold_keep_length(n) for n in names}
