"""Places named in a header or a text: "xã Tân Linh", "UBND HUYỆN" ⏎ "CẨM XUYÊN", "TỈNH NINH" ⏎ "THUẬN".

Refuses: the programme's words after a level word as a place ("xã nông thôn mới": names.yaml not_place_openings);
a name in capitals that names no known unit ("XÃ HỘI" of a ministry's name, "XÃ ÁP DỤNG", "THÀNH PHỐ TRÊN ĐỊA BÀN");
the tail of a longer level word read alone ("Thị Xã").

>>> [m.name for m in place_mentions("UBND TỈNH TRÀ VINH ĐẾN NĂM 2020")]
['Trà Vinh']
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .common import capitalized_name, fold_keep_length, load_data, title_case_name


@dataclass(frozen=True)
class PlaceMention:
    """"xã Tân Linh": the level it names (xa/huyen/tinh), the word as written (lower case), the name, its span."""

    level: str
    word: str
    name: str
    start: int
    end: int
    word_start: int = -1  # where the level word stands (it can be on the line above the name)


def _words() -> dict:
    return load_data("structure.yaml")["header"]

@lru_cache(maxsize=1)
def _place_rx() -> tuple[re.Pattern, dict[str, str], dict[str, list[str]]]:
    """"xã", "thị trấn", "TỈNH" … before a name: the level words of structure.yaml, in three cases.

    Also, by level word, the heads of the longer level words it ends ("xã" ends "thị xã": "thị "),
    so the tail of a longer word written in other cases ("Thị Xã") is not read alone.
    """
    levels = {w: lvl for lvl, ws in load_data("structure.yaml")["place_levels"].items() for w in ws}
    forms = sorted({f for w in levels for f in (w, w.capitalize(), w.upper())}, key=len, reverse=True)
    heads = {w: [x[:-len(w)] for x in levels if x.endswith(" " + w)] for w in levels}
    return re.compile(r"(?<![\w])(" + "|".join(map(re.escape, forms)) + r")([ \t]+|" + _LINE_BREAK + ")"), levels, heads


_CAPS_WORD = re.compile(r"[^\W\d_]+")
_LINE_BREAK = r"[ \t|]*\n(?:[ \t|]*\n)?[ \t|]*"  # one line break, or an empty line between; table bars of web copies


def _name_across_lines(text: str, span: tuple[int, int], level: str) -> tuple[int, int]:
    """A name in capitals that ends its line is joined with the first capitals of the next line only
    when the words alone are not a known unit name of ``level`` and the joined words are
    ("TỈNH NINH" ⏎ "THUẬN" is Ninh Thuận; "HUYỆN ĐỨC THỌ" ⏎ "PHÒNG …" stays Đức Thọ)."""
    from .places import known_unit_name

    a, b = span
    brk = re.match(_LINE_BREAK, text[b:b + 80])
    name = text[a:b]
    if not brk or known_unit_name(name, level):
        return span
    words = name.split()
    nxt = _caps_name(text, b + brk.end(), max_words=4 - len(words)) if len(words) < 4 else None
    if not nxt:
        return span
    tail = list(re.finditer(r"\S+", text[nxt[0]:nxt[1]]))
    for k in range(len(tail), 0, -1):  # the longest run of the next line's words that completes a name
        if known_unit_name(name + " " + " ".join(w.group(0) for w in tail[:k]), level):
            return a, nxt[0] + tail[k - 1].end()
    return span


def _name_on_next_line(text: str, pos: int, level: str) -> tuple[int, int] | None:
    """After a level word in capitals that ends its line, the next line is the name when it is
    nothing but capitals that make a known unit name of ``level`` (else no name: precision)."""
    from .places import known_unit_name

    span = _caps_name(text, pos)
    if not span:
        return None
    span = _name_across_lines(text, span, level)
    le = text.find("\n", span[1])
    if text[span[1]:le if le >= 0 else len(text)].strip(" \t|") or text[text.rfind("\n", 0, span[0]) + 1:span[0]].strip(" \t|"):
        return None  # more words on the name's line
    return span if known_unit_name(text[span[0]:span[1]], level) else None


def _caps_name(text: str, pos: int, max_words: int = 4) -> tuple[int, int] | None:
    """After a level word in capitals ("XÃ CHƯ ĐANG YA Số: …"), the run of words in capitals is the name,
    even on a line a flattened page filled with other words."""
    from .common import name_stop

    i, start, end = pos, None, None
    for _ in range(max_words):
        w = _CAPS_WORD.match(text, i)
        if not w or not w.group(0).isupper() or w.group(0).capitalize() in name_stop() or w.group(0) in name_stop():
            break
        start = w.start() if start is None else start
        end = w.end()
        sp = re.match(r"[ \t]{1,2}", text[end:end + 2])
        if not sp:
            break
        i = end + sp.end()
    if start is None or end is None:
        return None
    return (start, end) if end - start >= 2 else None


def place_mentions(text: str, start: int = 0, end: int | None = None):
    """Yield a PlaceMention for "xã Tân Linh", "huyện Đại Từ", "UBND TỈNH X".

    A level word in capitals may end its line ("UBND HUYỆN" ⏎ "CẨM XUYÊN"), and a name in capitals
    may be cut by a line break ("TỈNH NINH" ⏎ "THUẬN"): see :func:`_name_across_lines`.
    """
    end = len(text) if end is None else end
    rx, levels, heads = _place_rx()
    for m in rx.finditer(text, start, end):
        word = m.group(1).lower()
        if any(text[max(0, m.start() - len(h)):m.start()].lower().endswith(h) for h in heads[word]):
            continue
        caps = m.group(1).isupper()
        if "\n" in m.group(2):
            span = _name_on_next_line(text, m.end(), levels[word]) if caps else _known_on_next_line(text, m.end(), levels[word])
        else:
            span = _caps_name(text, _after_committee_word(text, m.end())) if caps else None
            span = _name_across_lines(text, span, levels[word]) if span else capitalized_name(text, m.end())
        if span and caps:
            span = _known_caps_name(text, span, levels[word])
        elif span:
            span = _known_mixed_name(text, span, levels[word])
        if not span:
            continue
        name = " ".join(w for w in text[span[0]:span[1]].split() if w.strip("|"))  # a name cut by a line or a cell
        if len(name) < 2 or name.isdigit() or _not_a_place(text, span[0]):
            continue
        yield PlaceMention(_level_of(word, name, levels), word, title_case_name(name), span[0], span[1], m.start())


def _known_on_next_line(text: str, pos: int, level: str) -> tuple[int, int] | None:
    """After a level word in mixed case that a hard wrap left at the end of a prose line ("… ngày 18 tháng 1 năm 2021
    của UBND huyện" ⏎ "Cư Kuin về thực hiện …"): the next line's capitalised words that make a known unit name of
    ``level``, the sentence going on after them in lower case. A short line, a name alone on its line or no known
    name: none (precision; "của UBND huyện" ⏎ "Nghi Xuân" is no wrap)."""
    from .places import known_unit_name, unit_names_available

    line_start = text.rfind("\n", 0, text.rfind("\n", 0, pos)) + 1
    run = re.match(rf"[{_CAP}][^\s,;.()]*(?:[ \t][{_CAP}][^\s,;.()]*){{0,3}}", text[pos:pos + 80])
    if not run or not unit_names_available() or pos - line_start < 40:
        return None
    words = list(re.finditer(r"\S+", run.group(0)))
    for k in range(len(words), 0, -1):
        after = re.match(r"[ \t]+([^\W\d_]+)", text[pos + words[k - 1].end():pos + words[k - 1].end() + 30])
        if after and after.group(1).islower() and known_unit_name(" ".join(w.group(0) for w in words[:k]), level):
            return pos, pos + words[k - 1].end()
    return None


def _after_committee_word(text: str, pos: int) -> int:
    """Past the word that makes a level word a party committee ("TỈNH ỦY THỪA THIÊN HUẾ": the name starts after "ỦY")."""
    w = re.match(r"([^\W\d_]+)[ \t]+", text[pos:pos + 12])
    return pos + w.end() if w and w.group(1).isupper() and fold_keep_length(w.group(1)) in _words()["party_committee_words"] else pos


def _known_caps_name(text: str, span: tuple[int, int], level: str) -> tuple[int, int] | None:
    """A name in capitals after a level word in capitals is the longest run of its words (up to six, a dash between
    them allowed: "BÀ RỊA - VŨNG TÀU") that is a known unit name of ``level`` (or a former name, names.yaml
    unit_name_aliases: "THỪA THIÊN HUẾ"); "TỈNH TRÀ VINH ĐẾN NĂM 2020" is Trà Vinh. None is no place ("XÃ HỘI",
    "XÃ ÁP DỤNG", "THÀNH PHỐ TRÊN ĐỊA BÀN"). Without the unit data set the span is kept as read."""
    from .places import known_unit_name, unit_names_available

    if not unit_names_available():
        return span
    line_end = text.find("\n", span[0])
    rest = text[span[0]:line_end if line_end >= 0 else len(text)]
    words: list[re.Match[str]] = []
    for w in re.finditer(r"[^\s|,;]+", rest):  # "XÃ TRUNG AN, HUYỆN …": the comma ends the name
        if len(words) == 6 or not (w.group(0).isupper() or w.group(0) in "-–"):
            break
        words.append(w)
        if rest[w.end():w.end() + 1] in (",", ";"):
            break
    words = words if len(words) >= len(re.findall(r"[^\s|]+", text[span[0]:span[1]])) else \
        list(re.finditer(r"[^\s|]+", text[span[0]:span[1]]))  # a name read across lines keeps its words
    aliases = load_data("names.yaml")["unit_name_aliases"].get(level, [])
    for k in range(len(words), 0, -1):
        name = " ".join(w.group(0) for w in words[:k])
        if words[k - 1].group(0) not in "-–" and (known_unit_name(name, level) or fold_keep_length(name) in aliases):
            return span[0], span[0] + words[k - 1].end()
    return None


def _known_mixed_name(text: str, span: tuple[int, int], level: str) -> tuple[int, int] | None:
    """A name in mixed case after a level word, checked against the unit data set: the longest run of its
    capitalised words that is a known unit of ``level`` ("huyện Thanh Chương đón …", "Chương" being a stop word
    elsewhere; "tỉnh Hà Tĩnh Võ Trọng Hải yêu cầu" is Hà Tĩnh). A province word before a person's name
    ("Chủ tịch UBND tỉnh Lê Văn An vừa ký", no unit of any level) names no province: None.

    Refuses: any change without the unit data set; a run longer than five words; dropping a name of a lower level
    (communes and districts are kept as read when the data set does not know them)."""
    from .places import known_unit_name, unit_names_available

    if not unit_names_available():
        return span
    run = re.match(rf"[{_CAP}][^\W\d_]*(?:[ \t](?:[-–][ \t])?[{_CAP}][^\W\d_]*){{0,4}}", text[span[0]:span[0] + 80])
    if not run:
        return span
    words = list(re.finditer(r"\S+", run.group(0)))  # a dash between words is one ("Bà Rịa - Vũng Tàu")
    aliases = load_data("names.yaml")["unit_name_aliases"].get(level, [])
    for k in range(len(words), 0, -1):
        name = " ".join(w.group(0) for w in words[:k])
        if words[k - 1].group(0) not in "-–" and (known_unit_name(name, level) or fold_keep_length(name) in aliases):
            return span[0], span[0] + words[k - 1].end()
    wrapped = _mixed_across_line(text, span[0], level)
    if wrapped:
        return wrapped
    name = text[span[0]:span[1]]
    if level == "tinh" and not any(known_unit_name(name, lvl) for lvl in ("huyen", "xa")):
        return None
    return span


def _mixed_across_line(text: str, start: int, level: str) -> tuple[int, int] | None:
    """A name in mixed case that a hard wrap cut at its line's end ("… của UBND huyện Ea" ⏎ "H'leo về …", a TXT
    copied from a PDF): joined with the next line's capitalised words (up to four words in all) only when the
    joined words are a known unit name of ``level`` and the sentence goes on after them in lower case; else None
    (the caller keeps what it read)."""
    from .places import known_unit_name

    m = re.match(rf"([{_CAP}][^\W\d_]*(?:[ \t](?:[-–][ \t])?[{_CAP}][^\W\d_]*){{0,2}}(?:[ \t][-–])?)[ \t]*\n[ \t]*",
                 text[start:start + 100])  # a spaced dash inside the name may stand on either line ("Bà Rịa -" ⏎ "Vũng Tàu")
    if not m:
        return None
    first = m.group(1)
    nxt = list(re.finditer(r"[^\s,;.()]+", text[start + m.end():start + m.end() + 60]))[:5 - len(first.split())]
    base = start + m.end()
    for k in range(len(nxt), 0, -1):
        after = re.match(r"[ \t]+([^\W\d_]+)", text[base + nxt[k - 1].end():base + nxt[k - 1].end() + 30])
        if after and after.group(1).islower() and nxt[k - 1].group(0) not in "-–" and all(
                w.group(0)[:1].isupper() or w.group(0) in "-–" for w in nxt[:k]) and known_unit_name(
                first + " " + " ".join(w.group(0) for w in nxt[:k]), level):
            return start, base + nxt[k - 1].end()
    return None


@lru_cache(maxsize=1)
def _not_place_rx() -> re.Pattern:
    words = load_data("names.yaml")["not_place_openings"]
    return re.compile("(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + r")(?![a-z])")


def _not_a_place(text: str, start: int) -> bool:
    """A "name" opening with the programme's words ("xã nông thôn mới", "huyện NTM nâng cao") names no unit."""
    return bool(_not_place_rx().match(fold_keep_length(text[start:start + 40])))


def _level_of(word: str, name: str, levels: dict[str, str]) -> str:
    """The level a place word names; "thành phố <a province, no district>" is a province (Hải Phòng, Cần Thơ)."""
    from .places import province_not_district

    if word in load_data("names.yaml")["province_city_words"] and province_not_district(name):
        return "tinh"
    return levels[word]


_HEADLINE_MAX = 200  # characters: a longer first line is a paragraph, not a news item's headline
_CAP = "A-ZĐÀ-Ỹ"


def headline_level(text: str, mentions: list[PlaceMention]) -> str | None:
    """The level of the place a text's first line (a news item's headline) names as its subject, with its level
    word or bare: "Tân Phước giữ vững 19 tiêu chí" over "… xã Tân Phước, huyện Long Mỹ …" is a commune's.

    Refuses (None): a first line longer than a headline; one naming no place of the text, places of two levels or a
    province; a bare name the text gives two levels; a bare name inside a longer capitalised run ("Hòa" of "Hòa Bình").
    """
    first = headline(text)
    if not first or len(first.group(0)) > _HEADLINE_MAX:
        return None
    start, end, line = first.start(), first.end(), first.group(0)
    by_name: dict[str, set[str]] = {}
    for p in mentions:
        by_name.setdefault(p.name, set()).add(p.level)
    found = {p.level for p in mentions if start <= p.start < end}
    for name, levels in by_name.items():
        if any(_bare(line, m) for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", line)):
            found |= levels
    return found.pop() if len(found) == 1 and found != {"tinh"} else None


def headline(text: str) -> re.Match[str] | None:
    """A text's first line, past the page's stamp lines above it ("Thứ Sáu, 06/12/2024, 10:42 (GMT+7)", "."):
    lines whose words are all stamp words (structure.yaml headless.stamp_words) or that hold no letter.

    >>> headline("Thứ Sáu, 06/12/2024, 10:42 (GMT+7)\\n.\\n\\nAn Giang: thêm 3 xã\\n").group(0)
    'An Giang: thêm 3 xã'
    """
    stamp = set(load_data("structure.yaml")["headless"]["stamp_words"])
    for m in re.finditer(r"\S[^\n]*", text):
        words = re.findall(r"[^\W\d_]+", fold_keep_length(m.group(0)))
        if words and not set(words) <= stamp:
            return m
    return None


def _bare(line: str, m: re.Match[str]) -> bool:
    """The name stands alone: no capitalised word right before or after it."""
    before = line[:m.start()].split()
    return not (before and before[-1][:1].isupper()) and not re.match(rf"\s+[{_CAP}]", line[m.end():])
