"""Known Tesseract slips fixed where the context makes the right reading certain (data: pipeline/data/ocr_fixes.yaml).

Precision first: a fix applies only when the words around it leave one reading.

- "la Grai" -> "Ia Grai": only when "Ia Grai" is a unit name of the gazetteer and "La Grai" is not;
- "UBND tình Gia Lai" -> "UBND tỉnh Gia Lai": a level word's mark, only before a name of that level;
- "5, Văn phòng ..." -> "5. Văn phòng ...": a list item's number at the start of a line, before a capital;
- "NQ/ĐĐU" -> "NQ/ĐU": a doubled capital at the start of an abbreviation, before another capital;
- "Quý JII/2023" -> "Quý III/2023": letters that look like I inside a Roman numeral after "Quý";
- "tố chức" -> "tổ chức", "Tiều chí" -> "Tiêu chí": a tone mark misread in a fixed phrase of the genre,
  only where the phrase as read is no Vietnamese, whole words only, each word's case kept;
- "2 ty 900 triệu" -> "2 tỷ 900 triệu": a scale word of money misread, only between a figure and another
  figure or the currency ("công ty 5" and "5 ty" at a sentence's end stay);
- "ngày.13/10/2021" -> "ngày 13/10/2021", "Quyết; định số 12" -> "Quyết định số 12", "là. 100%" -> "là 100%": a
  speck read as a mark where the genre writes none (a comma after "ngày" only before a whole date with its year);
- "hộ-gia đình" -> "hộ gia đình", "cuộc -họp" -> "cuộc họp", "- 4. Phòng Tư pháp:" -> "4. Phòng Tư pháp:": a speck
  read as a hyphen between lower-case words, or a dash before a numbered item ("Ê-đê", "KT-HT" stay);
- "'- Ngân sách tỉnh" -> "- Ngân sách tỉnh", ".Căn cứ" -> "Căn cứ": specks read as marks at a line's opening;
- "trường học. cơ sở vật chất" -> "trường học, cơ sở vật chất": a comma read as a stop before a lower-case word.

Refused: digits are never changed (a number's value is not guessed), "Quý 1" stays Arabic,
a "la" before a name the gazetteer does not know stays "la", a lone "ĐĐ" stays.

>>> fix_known_slips("Thực hiện Nghị quyết 12-NQ/ĐĐU; Quý JII/2023")
'Thực hiện Nghị quyết 12-NQ/ĐU; Quý III/2023'
"""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from extractors.common import alternation
from extractors.vocab import check, parse_yaml

SCHEMA = {
    "place_prefix": {"read_as": {str: str}, "levels": [str]},
    "doubled_capitals": [str],
    "level_words": {str: {"meant": str, "level": str}},
    "item_number": {"read": str, "meant": str},
    "stop_before_lower": {"read": str, "meant": str},
    "roman_after": {"words": [str], "look_alike_i": [str]},
    "phrases": {str: str},
    "scale_after_number": {"read_as": {str: str}, "before": [str]},
    "stray_marks": {"day_words": [str], "marks": [str], "marks_before_full_date": [str], "split_types": [str],
                    "split_marks": [str], "before_figure": [str]},
    "line_opening_specks": {"marks": [str], "bullets": [str], "closing_marks": [str]},
    "day_word_misread": {"endings": [str], "before_numeric_after": [str]},
}


@lru_cache(maxsize=1)
def data() -> dict:
    text = resources.files("pipeline.data").joinpath("ocr_fixes.yaml").read_text("utf-8")
    return check(parse_yaml(text), SCHEMA, "ocr_fixes.yaml")


def _item_number(text: str) -> str:
    d = data()["item_number"]
    rx = re.compile(rf"(?m)^(\d{{1,2}}){re.escape(d['read'])}(?= ([^\W\d_]))")
    return rx.sub(lambda m: m.group(1) + d["meant"] if m.group(2).isupper() else m.group(0), text)


@lru_cache(maxsize=1)
def _stop_before_lower() -> re.Pattern:
    return re.compile(rf"(?<=[{_LOWER}]{{2}}){re.escape(data()['stop_before_lower']['read'])}(?= [{_LOWER}])")


def _comma_read_as_stop(text: str) -> str:
    """"điện, trường học. cơ sở vật chất" -> "điện, trường học, cơ sở vật chất" (a sentence opens with a capital).

    >>> _comma_read_as_stop("kiểm tra. đánh giá. Năm 2024, v.v. và")
    'kiểm tra, đánh giá. Năm 2024, v.v. và'
    """
    return _stop_before_lower().sub(data()["stop_before_lower"]["meant"], text)


@lru_cache(maxsize=1)  # built once per process, not once per page
def _patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    d = data()
    reads = alternation(d["place_prefix"]["read_as"])
    # the prefix, then one or two capitalised words of the name
    place = re.compile(rf"(?<!\w)({reads})(\s+)([^\W\d_][^\W\d_]*(?:\s+[^\W\d_]+)?)")
    caps = "".join(re.escape(c) for c in d["doubled_capitals"])
    doubled = re.compile(rf"(?<![^\W\d_])([{caps}])\1(?=[A-ZĐ])")
    words = "|".join(re.escape(w) for w in d["roman_after"]["words"])
    looks = "".join(re.escape(c) for c in d["roman_after"]["look_alike_i"])
    roman = re.compile(rf"(?<!\w)((?:{words})\s+)([IV{looks}]{{1,4}})(?=[/\s,.;:)]|$)")
    levels = "|".join(re.escape(k) for k in d["level_words"])
    level = re.compile(rf"(?<!\w)({levels})(\s+)([^\W\d_]+(?:\s+[^\W\d_]+)?)")
    return place, doubled, roman, level


def _known(name: str) -> bool:
    from extractors.places import known_unit_name

    return any(known_unit_name(name, level) for level in data()["place_prefix"]["levels"])


def _place(m: re.Match) -> str:
    read, space, rest = m.group(1), m.group(2), m.group(3)
    meant = data()["place_prefix"]["read_as"][read]
    words = rest.split()
    if not words[0][:1].isupper():
        return m.group(0)
    for n in (2, 1):  # the longest name the gazetteer knows
        if len(words) >= n and (n == 1 or words[1][:1].isupper()):
            name = " ".join(words[:n])
            if _known(f"{meant} {name}") and not _known(f"{read} {name}"):
                return meant + space + rest
    return m.group(0)


def _level(m: re.Match) -> str:
    from extractors.places import known_unit_name

    word = data()["level_words"][m.group(1)]
    words = m.group(3).split()
    for n in (2, 1):
        if len(words) >= n and all(w[:1].isupper() for w in words[:n]) and \
                known_unit_name(" ".join(words[:n]), word["level"]):
            return word["meant"] + m.group(2) + m.group(3)
    return m.group(0)


def _roman(m: re.Match) -> str:
    looks = data()["roman_after"]["look_alike_i"]
    numeral = "".join("I" if c in looks else c for c in m.group(2))
    if not re.fullmatch(r"I{1,3}|IV|VI{0,3}", numeral):
        return m.group(0)
    return m.group(1) + numeral


@lru_cache(maxsize=1)
def _phrase_pattern() -> tuple[re.Pattern, dict[str, str]]:
    table = {" ".join(k.split()).lower(): v for k, v in data()["phrases"].items()}
    alts = "|".join(r"\s+".join(re.escape(w) for w in k.split()) for k in sorted(table, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alts})(?!\w)", re.IGNORECASE), table


def _same_case(meant: str, read: str) -> str:
    """``meant`` in the case of ``read``, word by word ("TỐ CHỨC" -> "TỔ CHỨC", "Tố chức" -> "Tổ chức")."""
    out = []
    for m, r in zip(meant.split(), read.split()):
        out.append(m.upper() if r.isupper() and len(r) > 1 else m[0].upper() + m[1:] if r[:1].isupper() else m.lower())
    return " ".join(out)


def _phrase(m: re.Match) -> str:
    rx, table = _phrase_pattern()
    read = m.group(0)
    meant = table.get(" ".join(read.split()).lower())
    if meant is None:
        return read
    spaces = re.findall(r"\s+", read)
    words = _same_case(meant, read).split()
    return words[0] + "".join(s + w for s, w in zip(spaces, words[1:]))


@lru_cache(maxsize=1)
def _scale_pattern() -> re.Pattern:
    d = data()["scale_after_number"]
    before = "|".join(re.escape(w) for w in d["before"])
    return re.compile(rf"(?<=\d)(\s+)({alternation(d['read_as'])})(?=\s+(?:\d|(?:{before})(?!\w)))")


def _scale(m: re.Match) -> str:
    return m.group(1) + data()["scale_after_number"]["read_as"][m.group(2)]


@lru_cache(maxsize=1)
def _stray_patterns() -> tuple[re.Pattern, re.Pattern]:
    d = data()["stray_marks"]
    marks, full = "".join(map(re.escape, d["marks"])), "".join(map(re.escape, d["marks_before_full_date"]))
    day_month = r"\d{1,2}\s*[/.\-]\s*\d{1,2}"
    full_date = r"\d{1,2}\s*(?:[/.\-]|tháng)\s*\d{1,2}\s*(?:[/.\-]|năm)\s*(?:19|20)\d{2}"
    # not after a number: "trong 30 ngày. 5/5 xã …" is a count of days ending its sentence
    day = re.compile(rf"(?<!\w)(?<!\d\s)({alternation(d['day_words'])})(?:[{marks}](?=\s?{day_month})|[{full}](?=\s?{full_date}))\s?"
                     rf"|(?<!\w)({alternation(d['before_figure'])})[ \t]?[{marks}]\s?(?=\d)")
    split = "|".join(rf"({re.escape(t.split()[0])})[{''.join(map(re.escape, d['split_marks']))}]\s*({re.escape(t.split()[1])})"
                     for t in d["split_types"])
    types = re.compile(rf"(?<!\w)(?:{split})(?=\s+(?:số\s|\d))")
    return day, types


_LOWER = "a-zàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ"
# a speck read as a hyphen: between two lower-case letters ("hộ-gia đình", "đã-kiếm"; the genre joins words with
# a hyphen only in names and abbreviations, "Ê-đê", "KT-HT") or glued to a lower-case word after a space
# ("cuộc -họp"); and a dash read before a numbered item ("- 4. Phòng Tư pháp:"); 75, 12 and 6 places in session
# 11's harsh office and bad fax OCR texts, none in their references nor in the real plans
_HYPHENS = (re.compile(rf"(?<=[{_LOWER}])-(?=[{_LOWER}])"), re.compile(rf"(?<=[{_LOWER}] )-(?=[{_LOWER}])"),
            re.compile(r"(?m)^- (?=\d{1,2}\. [A-ZĐ])"))


def _hyphens(text: str) -> str:
    text = _HYPHENS[0].sub(" ", text)
    return _HYPHENS[2].sub("", _HYPHENS[1].sub("", text))


@lru_cache(maxsize=1)
def _closing_specks() -> re.Pattern:
    marks = "".join(map(re.escape, data()["line_opening_specks"]["closing_marks"]))
    # a line with two capitals or more, one of them no Roman numeral's ("II." keeps its stop), no lower-case letter
    return re.compile(rf"(?m)^(?=[^\n]*[A-ZĐÀ-Ỹ][^\n]*[A-ZĐÀ-Ỹ])(?=[^\n]*[ABEFGHJKNOPQRSTUWYZĐÀ-Ỹ])(?P<line>[^\n{_LOWER}]*?[^\s{marks}])[ \t]*[{marks}]+[ \t]*$")


@lru_cache(maxsize=1)
def _day_word() -> re.Pattern:
    endings = alternation(data()["day_word_misread"]["endings"])
    return re.compile(rf"(?<!\w)(?!ngày\b)[a-zđ]{{0,2}}(?:{endings})(?=[ \t]?\d{{1,2}}[ \t]+tháng[ \t]+\d{{1,2}}[ \t]+năm[ \t]+(?:19|20)\d{{2}})")


@lru_cache(maxsize=1)
def _day_word_numeric() -> re.Pattern:
    d = data()["day_word_misread"]
    endings, after = alternation(d["endings"]), alternation(d["before_numeric_after"])
    return re.compile(rf"(?P<pre>(?<!\w)(?i:{after})[ \t]+)(?!ngày\b)[0-9A-Za-zđ]{{0,2}}(?:{endings})"
                      rf"(?=[ \t]?\d{{1,2}}/\d{{1,2}}/(?:19|20)\d{{2}}(?!\d))")


def _misread_line_marks(text: str) -> str:
    """"KẾ HOẠCH." -> "KẾ HOẠCH"; "hgắy 27 tháng 02 năm 2021" -> "ngày 27 tháng 02 năm 2021";
    "trước 0Qày 31/12/2021" -> "trước ngày 31/12/2021".

    >>> _misread_line_marks("XÃ AN PHÚ.\\nA, dgày 3 tháng 4 năm 2024\\nLưu: VT.")
    'XÃ AN PHÚ\\nA, ngày 3 tháng 4 năm 2024\\nLưu: VT.'
    >>> _misread_line_marks("kiện toàn ban chỉ đạo, trước 0Qày 30/11/2024; xem này 30/11/2024")
    'kiện toàn ban chỉ đạo, trước ngày 30/11/2024; xem này 30/11/2024'
    """
    text = _day_word().sub("ngày", _closing_specks().sub(r"\g<line>", text))
    return _day_word_numeric().sub(r"\g<pre>ngày", text)


@lru_cache(maxsize=1)
def _opening_specks() -> re.Pattern:
    d = data()["line_opening_specks"]
    marks, bullets = "".join(map(re.escape, d["marks"])), "".join(map(re.escape, d["bullets"]))
    # at least one speck, at most two on either side of the bullet, then the line's first letter or figure
    return re.compile(rf"(?m)^[ \t]*(?:[{marks}]{{1,2}}[ \t]?(?P<b1>[{bullets}])?[{marks}]{{0,2}}"
                      rf"|(?P<b2>[{bullets}])[{marks}]{{1,2}})[ \t]?(?=\w)")


def _without_opening_specks(text: str) -> str:
    """"'- Ngân sách tỉnh" -> "- Ngân sách tỉnh", ".Căn cứ" -> "Căn cứ", "-.Các phòng" -> "- Các phòng".

    >>> _without_opening_specks(". + Tháng 4: thi công\\n-,Việc công khai\\n“Xanh” là tên")
    '+ Tháng 4: thi công\\n- Việc công khai\\n“Xanh” là tên'
    """
    def keep_bullet(m: re.Match) -> str:
        bullet = m.group("b1") or m.group("b2")
        return f"{bullet} " if bullet else ""
    return _opening_specks().sub(keep_bullet, text)


def _unsplit(m: re.Match) -> str:
    first, second = [g for g in m.groups() if g]
    return f"{first} {second}"


def fix_known_slips(text: str) -> str:
    """The page's text with the slips of ocr_fixes.yaml fixed (see the module's doc for what is refused).

    >>> fix_known_slips("TỐ CHỨC THỰC HIỆN: Tiều chí số 2, kính phí")
    'TỔ CHỨC THỰC HIỆN: Tiêu chí số 2, kinh phí'
    """
    text = _misread_line_marks(_without_opening_specks(text))
    text = _phrase_pattern()[0].sub(_phrase, text)
    place, doubled, roman, level = _patterns()
    text = place.sub(_place, text)
    text = level.sub(_level, text)
    text = _comma_read_as_stop(_item_number(text))
    text = _scale_pattern().sub(_scale, text)
    day, types = _stray_patterns()
    text = _hyphens(types.sub(_unsplit, day.sub(lambda m: (m.group(1) or m.group(2)) + " ", text)))
    text = doubled.sub(r"\1", text)
    return roman.sub(_roman, text)
