"""The administrative header and signature (Nghị định 30/2020/NĐ-CP components).

Finds: issuing body, number ("Số: 47/KH-UBND"; blank → None), place and date,
document type and title (trích yếu), the signature block (TM./KT./Q./TL.
prefix, title, name). Real plans often lack some of these or put them in
tables; what is there is taken. The header is read on a *view* of the text of
the same length in which the national motto (also broken across lines or
inside a word) and the metadata lines of web copies ("Nơi ban hành:", "Người
ký:", "Ngày hiệu lực:", "Cập nhật …", "(Đã ký)") are blanked, and "Ð" (U+00D0)
reads as "Đ".

Refuses: the motto as a place, issuer or title; web metadata as any field;
a number that is blank ("Số:    /KH-UBND"); the programme's words after a level word
as a place ("xã nông thôn mới", "HUYỆN NTM NÂNG CAO", "xã đạt chuẩn …": names.yaml
not_place_openings); an execution clause ("Chánh Văn phòng …; Giám đốc …") as a signature.
"thành phố <X>" is a province when X is a province's name and no district's (Hải Phòng).

>>> t = "UBND XÃ AN BÌNH\\nSố: 12/KH-UBND\\nAn Bình, ngày 05 tháng 3 năm 2024\\nKẾ HOẠCH\\nXây dựng xã An Bình đạt chuẩn NTM năm 2024\\n"
>>> h = read_header(t); h.number, h.issue_date, h.doc_type, h.title
('12/KH-UBND', '2024-03-05', 'ke_hoach', 'Xây dựng xã An Bình đạt chuẩn NTM năm 2024')
>>> [m.name for m in place_mentions(header_view("CỘNG HÒA XÃ HỘI\\nCHỦ NGHĨA VIỆT NAM\\nỦY BAN NHÂN DÂN\\nTỈNH YÊN BÁI"))]
['Yên Bái']
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .common import any_of, capitalized_name, fold_keep_length, iter_lines, load_data, title_case_name
from .header_view import header_view


@dataclass(frozen=True)
class Header:
    """Header fields found in the text (no derivation across the body)."""

    doc_type: str | None
    title: str | None
    title_start: int | None
    title_end: int | None
    number: str | None
    issue_date: str | None
    place: str | None
    header_end: int


@dataclass(frozen=True)
class Signature:
    """The signature block: its span, canonical title, the title as written, prefix (KT./TM./…), signer."""

    start: int
    end: int
    title: str
    title_raw: str
    prefix: str | None
    name: str | None


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
def _rx() -> dict[str, re.Pattern]:
    """The header's patterns; the words from structure.yaml (header) and dates.yaml (day, month, year words)."""
    w, d = _words(), load_data("dates.yaml")
    no = re.escape(w["number_word"])
    prefixes = [p.rstrip(".") for p in load_data("structure.yaml")["signature_prefixes"]]
    return {
        # "Số: 12/KH-UBND", "Số:15 /2014/QĐ-UBND", "Nghị quyết số: 653/2019/UBTVQH14"
        "number": re.compile(rf"^\s*(?:(?:{any_of(w['number_kinds'])})\s+{no}\s*:|{no}\s*[:.]?)\s*(?P<num>[^\s,;]*?[ \t]?/[^\s,;]+)",
                             re.M | re.I),
        "number_tail": re.compile(r"(?:[ \t]*-[ \t]*[A-ZĐ][A-ZĐa-z0-9]*)+"),  # "4471/VPCP - KGVX"
        "authority": re.compile(rf"^(?:{any_of(w['authority_openings'])})\b"),
        "preamble": re.compile(rf"^(?:{any_of(w['preamble_openings'])})\b"),
        # "An Hòa, ngày 05 tháng 3 năm 2024", the day and month may be blank
        "date_line": re.compile(rf"(?P<place>[^\n,]{{2,40}}),\s*{re.escape(d['day_word'])}\s*(?P<d>\d{{1,2}})?"
                                rf"\s*{re.escape(d['month_word'])}\s*(?P<m>\d{{1,2}})?\s*{re.escape(d['year_word'])}\s*(?P<y>(?:19|20)\d{{2}})", re.I),
        "title_stop": re.compile(rf"^(?:{any_of(w['title_stops'])}|{no}\s*:|[IVX]+\.|\d+\.)", re.I),
        "never_title": re.compile(rf"^(?:{any_of(w['never_title'])}|{no}\s*:|[IVX]+\.\s)|\b{no}\s+\d+\s*/", re.I),
        "prefix": re.compile(rf"^({any_of(prefixes)})\."),
        "prefix_line": re.compile(rf"^\s*\**({any_of(prefixes)})\."),
        "folded_prefix": re.compile(rf"^({any_of(fold_keep_length(p) for p in prefixes)})\.\s*"),
        "slashed_prefix": re.compile(rf"^({any_of(w['slashed_prefixes'])})\.?\s*"),
        "not_name": re.compile(any_of(w["not_name"]), re.I),
    }


_PERSON = re.compile(r"^(?:[A-ZĐÀ-Ỹ][a-zđà-ỹ]+|[A-ZĐÀ-Ỹ]+)(?:\s+(?:[A-ZĐÀ-Ỹ][a-zđà-ỹ]+|[A-ZĐÀ-Ỹ]+)){1,4}$")


def find_doc_type(text: str, limit_lines: int = 80):
    """(doc_type, line) for the first line that is a document type word in capitals; a line that is the type word
    alone soon after wins over a site's heading that opens with it ("BÁO CÁO SƠ KẾT …" above the header's "BÁO CÁO")."""
    found = _type_line(text, limit_lines)
    if found[1] is not None and found[1].text.strip() != found[1].text.strip()[:found[2]]:
        alone = _type_line(text, 25, start=found[1].end + 1, alone=True)
        if alone[1] is not None:
            return alone
    return found


def _type_line(text: str, limit_lines: int, start: int = 0, alone: bool = False):
    types = load_data("structure.yaml")["doc_types"]
    for i, line in enumerate(iter_lines(text, start)):
        if i > limit_lines:
            break
        s = line.text.strip()
        if not s or not s[:8].isupper():
            continue
        f = fold_keep_length(s)
        for t, keys in types.items():
            for k in keys:
                if f == k or (not alone and f.startswith(k + " ") and s[:len(k)].isupper() and not s[len(k):].strip()[:1].islower()
                              and len(s) > len(k) and s[len(k)] in " \t"):
                    return t, line, len(k)
    return None, None, 0


def find_title(text: str, type_line, type_len: int) -> tuple[str | None, int | None, int | None]:
    """The trích yếu: the line(s) after the type word, up to a blank line or the preamble."""
    if type_line is None:
        return None, None, None
    parts: list[tuple[int, int]] = []
    rest = type_line.text.strip()[type_len:].strip()
    if rest:
        off = type_line.start + type_line.text.index(rest, type_len)
        parts.append((off, off + len(rest)))
    for line in iter_lines(text, type_line.end + 1):
        s = line.text.strip()
        if not s:
            if parts:
                break
            continue
        caps = s.isupper() and all(text[a:b].isupper() for a, b in parts)  # a title in capitals runs to 4 lines
        if parts and (_rx()["title_stop"].match(s) or _rx()["authority"].match(s) or len(parts) >= (4 if caps else 3)
                      or s.startswith(("-", "+", "(", "—", "_")) or len(s) > 150):
            break
        if not parts and (_rx()["never_title"].search(s) or _rx()["authority"].match(s)):
            break
        if set(s) <= set("-_—–*=. "):
            break
        lead = len(line.text) - len(line.text.lstrip())
        parts.append((line.start + lead, line.start + lead + len(s)))
        if s.endswith((".", ";")):
            break
    if not parts:
        return None, None, None
    title = " ".join(text[a:b] for a, b in parts)
    return re.sub(r"\s+", " ", title).strip(), parts[0][0], parts[-1][1]


def find_number(text: str, head_end: int) -> str | None:
    m = _rx()["number"].search(text, 0, head_end)
    if not m:
        return None
    num = re.sub(r"[ \t]", "", m.group("num"))
    # "Số: /KH-UBND" is a blank number
    if num.startswith("/") or not re.match(r"\d", num):
        return None
    tail = _rx()["number_tail"].match(text, m.end())
    if tail and re.match(r"[ \t]", text[m.end():m.end() + 1]):  # a code written apart from the number: "4471/VPCP - KGVX"
        num += re.sub(r"[ \t]", "", tail.group(0))
    return num.rstrip(".")


def find_issue_date(text: str, head_end: int) -> tuple[str | None, str | None]:
    m = _rx()["date_line"].search(text, 0, head_end)
    if not m:
        return None, None
    y, mo, d = m.group("y"), m.group("m"), m.group("d")
    place = m.group("place").strip().strip("*_ ")
    if mo and d:
        date = f"{int(y):04d}-{int(mo):02d}-{int(d):02d}"
    elif mo:
        date = f"{int(y):04d}-{int(mo):02d}"
    else:
        date = f"{int(y):04d}"
    return date, place


def find_signature(text: str) -> Signature | None:
    """The signature block near the end: prefix, title lines, signer's name."""
    data, rx = load_data("structure.yaml"), _rx()
    titles = sorted(data["signer_titles"], key=len, reverse=True)
    title_keys = [(fold_keep_length(t), t) for t in titles]
    lines = [l for l in iter_lines(text) if l.text.strip()]
    tail = lines[-45:]
    for i in range(len(tail) - 1, -1, -1):
        s = tail[i].text.strip()
        f = fold_keep_length(s).strip(" .*")
        f_noprefix = rx["folded_prefix"].sub("", f)
        match = next((t for k, t in title_keys if f_noprefix == k), None)
        if match is None:  # "CHỦ TỊCH UBND XÃ", "T/M BAN CHỈ ĐẠO / TRƯỞNG BAN"
            f2 = rx["slashed_prefix"].sub("", f_noprefix)
            match = next((t for k, t in title_keys if f2 == k or (f2.startswith(k + " ") and len(f2) < len(k) + 30)), None)
        if not match or ";" in s:
            continue  # "Chánh Văn phòng UBND tỉnh; Giám đốc các sở …" lists who executes a decision
        if any(rx["preamble"].match(l.text.strip()) for l in tail[i + 1:i + 3]):
            continue  # "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH" ⏎ "Căn cứ …": the authority that decides, not a signature
        # the name: the first person-like line after the title lines
        name = name_line = None
        for j in range(i + 1, min(i + 6, len(tail))):
            cand = tail[j].text.strip().strip("*_ ")
            if rx["not_name"].search(cand):
                continue
            if (_PERSON.match(cand) and not any(fold_keep_length(cand) == k for k, _ in title_keys)
                    and not any(fold_keep_length(cand).lower() in keys for keys in data["doc_types"].values())):
                name, name_line = cand, tail[j]
                break
        # the prefix line (TM./KT.) just above
        start_line = tail[i]
        prefix = None
        mpre = rx["prefix"].match(s)
        above = rx["prefix_line"].match(tail[i - 1].text) if i > 0 and not mpre else None
        if mpre:
            prefix = mpre.group(1) + "."
        elif above:
            start_line = tail[i - 1]
            prefix = above.group(1) + "."
        end = name_line.end if name_line else tail[i].end
        lead = len(start_line.text) - len(start_line.text.lstrip())
        return Signature(start_line.start + lead, end, match, s, prefix, title_case_name(name) if name else None)
    return None


def read_header(text: str) -> Header:
    """Header fields found in the text (no derivation across the body), read on :func:`header_view`."""
    return read_viewed_header(header_view(text))


def read_viewed_header(text: str) -> Header:
    """:func:`read_header` of a text that is already a :func:`header_view` (not blanked twice)."""
    dtype, tline, tlen = find_doc_type(text)
    head_end = tline.start if tline else min(len(text), 1500)
    title, ts, te = find_title(text, tline, tlen)
    date, place = find_issue_date(text, (te or head_end) + 200)
    number = find_number(text, (te or head_end) + 200)
    if tline is None and number:
        title, ts, te = _title_without_type_word(text, head_end)
    if dtype is None:
        dtype = type_of_number(text, (te or head_end) + 200)
    return Header(dtype, title, ts, te, number, date, place, te or head_end)


def _title_without_type_word(text: str, head_end: int) -> tuple[str | None, int | None, int | None]:
    """A header whose type word a web copy lost ("Số: 138/KH-UBND | Hà Nội, ngày …" ⏎ "THỰC HIỆN CHƯƠNG TRÌNH …"):
    the lines in capitals right after the place-date line are the trích yếu. Refuses a line that opens with an
    issuing body or an authority ("HỘI ĐỒNG NHÂN DÂN TỈNH …", "CHỦ TỊCH …"), the preamble, and lower-case lines."""
    m = _rx()["date_line"].search(text, 0, head_end)
    if not m:
        return None, None, None
    line = next(iter_lines(text, text.rfind("\n", 0, m.start()) + 1))
    nxt = next((l for l in iter_lines(text, line.end + 1) if l.text.strip(" \t|")), None)
    if nxt is None:
        return None, None, None
    s = nxt.text.strip(" \t|")
    bodies = load_data("structure.yaml")["issuer_bodies"]
    if not s[:12].isupper() or _rx()["authority"].match(s) or any(fold_keep_length(s).startswith(b) for b in bodies):
        return None, None, None
    return find_title(text, line, len(line.text.strip()))


def type_of_number(text: str, head_end: int) -> str | None:
    """The kind a header's number gives when no type word heads the document ("Số: 12/BC-UBND" is a report).

    >>> type_of_number("Số: 88/UBND-NN\\nV/v rà soát hồ sơ", 100), type_of_number("Số: 12/BC-UBND", 100)
    ('other', 'bao_cao')
    """
    m = _rx()["number"].search(text, 0, head_end)
    if not m:
        return None
    code = re.sub(r"^[\d\s/]*", "", m.group("num")).split("-")[0].strip().upper()
    for kind, codes in _words()["number_types"].items():
        if code in {c.upper() for c in codes}:
            return kind
    subject = "|".join(re.escape(x) for x in _words()["letter_subject"])
    return "other" if re.search(rf"(?:^|\n)\s*(?:{subject})\b", fold_keep_length(text[:head_end + 300])) else None


# ----------------------------------------------------------------- places
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
    return (start, end) if start is not None and end - start >= 2 else None


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
            span = _name_on_next_line(text, m.end(), levels[word]) if caps else None
        else:
            span = _caps_name(text, _after_committee_word(text, m.end())) if caps else None
            span = _name_across_lines(text, span, levels[word]) if span else capitalized_name(text, m.end())
        if span and caps:
            span = _known_caps_name(text, span, levels[word])
        if not span:
            continue
        name = " ".join(w for w in text[span[0]:span[1]].split() if w.strip("|"))  # a name cut by a line or a cell
        if len(name) < 2 or name.isdigit() or _not_a_place(text, span[0]):
            continue
        yield PlaceMention(_level_of(word, name, levels), word, title_case_name(name), span[0], span[1], m.start())


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
    words = []
    for w in re.finditer(r"[^\s|]+", rest):
        if len(words) == 6 or not (w.group(0).isupper() or w.group(0) in "-–"):
            break
        words.append(w)
    words = words if len(words) >= len(re.findall(r"[^\s|]+", text[span[0]:span[1]])) else \
        list(re.finditer(r"[^\s|]+", text[span[0]:span[1]]))  # a name read across lines keeps its words
    aliases = load_data("names.yaml")["unit_name_aliases"].get(level, [])
    for k in range(len(words), 0, -1):
        name = " ".join(w.group(0) for w in words[:k])
        if words[k - 1].group(0) not in "-–" and (known_unit_name(name, level) or fold_keep_length(name) in aliases):
            return span[0], span[0] + words[k - 1].end()
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
