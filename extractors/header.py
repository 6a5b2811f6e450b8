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
not_place_openings); an execution clause ("Chánh Văn phòng …; Giám đốc …") as a signature; the authority line
under a title ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …" before "Căn cứ") as the title's end or a signature; a type word
("QUYẾT ĐỊNH") as a signer's name; a site's related-documents list and literal "\\r\\n" escapes as any field.
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

from .common import any_of, fold_keep_length, iter_lines, load_data, title_case_name
from .header_places import PlaceMention, place_mentions  # noqa: F401  (the header's places, read on its view)
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


def _words() -> dict:
    return load_data("structure.yaml")["header"]


@lru_cache(maxsize=1)
def _rx() -> dict[str, re.Pattern]:
    """The header's patterns; the words from structure.yaml (header) and dates.yaml (day, month, year words)."""
    w, d = _words(), load_data("dates.yaml")
    no = re.escape(w["number_word"])
    prefixes = [p.rstrip(".") for p in load_data("structure.yaml")["signature_prefixes"]]
    return {
        # "Số: 12/KH-UBND", "Số:15 /2014/QĐ-UBND", "Nghị quyết số: 653/2019/UBTVQH14"; "Số 1845 QĐ/SNN-TT" (the type
        # code apart, before the slash); "Số: 101-HĐBT" (an old symbol, no slash); "Số:" after a blanked motto mid-line
        "number": re.compile(rf"(?:^\s*(?:(?:{any_of(w['number_kinds'])})\s+{no}\s*:|{no}\s*[:.]?)|[ \t|]{{3,}}{no}\s*:)\s*(?P<num>[^\s,;]*?[ \t]?/[^\s,;]+|(?-i:\d{{1,5}}[ \t]+[A-ZĐ]{{1,6}}/[A-ZĐ][^\s,;]*|\d{{1,5}}-[A-ZĐ]{{2,8}}(?![\w/\-])))",
                             re.M | re.I),
        "number_tail": re.compile(r"(?:[ \t]*-[ \t]*[A-ZĐ][A-ZĐa-z0-9]*)+"),  # "4471/VPCP - KGVX"
        "authority": re.compile(rf"^(?:{any_of(w['authority_openings'])})\b"),
        "preamble": re.compile(rf"^(?:{any_of(w['preamble_openings'])})\b"),
        # "An Hòa, ngày 05 tháng 3 năm 2024", the day and month may be blank
        "date_line": re.compile(rf"(?P<place>[^\n,]{{2,40}}),\s*{re.escape(d['day_word'])}\s*(?P<d>\d{{1,2}})?"
                                rf"\s*{re.escape(d['month_word'])}\s*(?P<m>\d{{1,2}})?\s*{re.escape(d['year_word'])}\s*(?P<y>(?:19|20)\d{{2}})", re.I),
        "title_stop": re.compile(rf"^(?:{any_of(w['title_stops'])}|{no}\s*:|[IVX]+\.|\d+\.)", re.I),
        "never_title": re.compile(rf"^(?:{any_of(w['never_title'])}|{no}\s*:|[IVX]+\.\s)", re.I),
        "cited_number": re.compile(rf"\b{no}\s+\d+\s*/", re.I),  # "… Kế hoạch số 12/KH-UBND ngày …" in a sentence
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
            if parts and not _continues_after_blank(text, line.end, parts):
                break
            continue
        caps_before = bool(parts) and all(text[a:b].isupper() for a, b in parts)
        caps = s.isupper() and caps_before  # a title in capitals runs to 4 lines, and a sentence after it is no part
        if parts and (_rx()["title_stop"].match(s) or _rx()["authority"].match(s) or len(parts) >= (4 if caps else 3)
                      or (caps_before and not s.isupper() and s[:1].isupper())
                      or s.startswith(("-", "+", "(", "—", "_")) or len(s) > 150):
            break
        if not parts and (_rx()["never_title"].search(s) or _rx()["authority"].match(s) or _cites_in_a_sentence(s)):
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


def _cites_in_a_sentence(s: str) -> bool:
    """A line citing a numbered document ("số 12/…") is no title's first line, unless it is a trích yếu in capitals
    that names the document it carries out ("TRIỂN KHAI THỰC HIỆN QUYẾT ĐỊNH SỐ 12/QĐ-TTG NGÀY …").

    >>> _cites_in_a_sentence("Theo Kế hoạch số 12/KH-UBND ngày 2/3"), _cites_in_a_sentence("THỰC HIỆN CHỈ THỊ SỐ 12/CT-TTG VỀ X")
    (True, False)
    """
    m = _rx()["cited_number"].search(s)
    if m is None:
        return False
    return not (s.isupper() and m.start() > 0)


def _continues_after_blank(text: str, at: int, parts: list[tuple[int, int]]) -> bool:
    """A web copy that put a blank line inside the trích yếu ("Quy định mức hỗ trợ … các nội dung Chương trình" ⏎ ⏎
    "mục tiêu quốc gia …"): the title goes on when the next line that is not blank opens in lower case and the
    part before it ends with no full stop. A line in capitals, a stop word or a sentence after the blank ends it.

    >>> _continues_after_blank("A b\\n\\nmục tiêu", 4, [(0, 3)]), _continues_after_blank("A b\\n\\nCăn cứ", 4, [(0, 3)])
    (True, False)
    """
    last = text[parts[-1][0]:parts[-1][1]].rstrip()
    if last.endswith((".", ";", ":")) or all(text[a:b].isupper() for a, b in parts):
        return False
    nxt = next((l.text.strip() for l in iter_lines(text, at + 1) if l.text.strip()), "")
    return nxt[:1].islower()


def find_number(text: str, head_end: int) -> str | None:
    m = _rx()["number"].search(text, 0, head_end)
    if not m:
        return None
    num = re.sub(r"[ \t]", "", m.group("num"))
    num = re.sub(r"^(\d+)(?=[A-ZĐ])", r"\1 ", num)  # "Số 1845 QĐ/SNN-TT": the type code written apart keeps its space
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


@lru_cache(maxsize=2)  # the structure stage and the sections both ask, for the same text
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


def signed_name(text: str) -> str | None:
    """A web copy's signature without its title: the name on the line right above "(Đã ký)" near the end
    ("Nguyễn Văn A" ⏎ "(Đã ký)"). Refuses anything that is not a person-like name (two to five words)."""
    marks = [fold_keep_length(m) for m in _words()["signed_marks"]]
    lines = [l.strip().strip("*_ ") for l in text.split("\n") if l.strip()][-30:]
    for above, line in zip(lines, lines[1:]):
        if fold_keep_length(line) in marks and _PERSON.match(above) and not _rx()["not_name"].search(above):
            return title_case_name(above)
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
