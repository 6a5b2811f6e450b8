"""The administrative header and signature (Nghị định 30/2020/NĐ-CP components).

Finds: issuing body, number ("Số: 47/KH-UBND"; blank → None), place and date,
document type and title (trích yếu), the signature block (TM./KT. prefix,
title, name). Real plans often lack some of these or put them in tables; what
is there is taken.

>>> t = "UBND XÃ AN BÌNH\\nSố: 12/KH-UBND\\nAn Bình, ngày 05 tháng 3 năm 2024\\nKẾ HOẠCH\\nXây dựng xã An Bình đạt chuẩn NTM năm 2024\\n"
>>> h = read_header(t); h["number"], h["issue_date"], h["doc_type"], h["title"]
('12/KH-UBND', '2024-03-05', 'ke_hoach', 'Xây dựng xã An Bình đạt chuẩn NTM năm 2024')
"""
from __future__ import annotations

import re

from .common import fold_keep_length, iter_lines, load_data, capitalized_name, title_case_name

_NUMBER = re.compile(r"^\s*Số\s*[:.]?\s*(?P<num>[^\s,;]*?/[^\s,;]+)", re.M | re.I)
_DATE_LINE = re.compile(
    r"(?P<place>[^\n,]{2,40}),\s*ngày\s*(?P<d>\d{1,2})?\s*tháng\s*(?P<m>\d{1,2})?\s*năm\s*(?P<y>(?:19|20)\d{2})", re.I)
_TITLE_STOP = re.compile(r"^(?:Căn cứ|Thực hiện|Theo|Xét|Trên cơ sở|Nhằm|Để|Số\s*:|Kính gửi|UBND|Ủy ban|Uỷ ban|[IVX]+\.|\d+\.)", re.I)
_NEVER_TITLE = re.compile(r"^(?:Căn cứ|Số\s*:|Kính gửi|Xét|[IVX]+\.\s)|\bsố\s+\d+\s*/", re.I)
_PERSON = re.compile(r"^(?:[A-ZĐÀ-Ỹ][a-zđà-ỹ]+|[A-ZĐÀ-Ỹ]+)(?:\s+(?:[A-ZĐÀ-Ỹ][a-zđà-ỹ]+|[A-ZĐÀ-Ỹ]+)){1,4}$")


def find_doc_type(text: str, limit_lines: int = 80):
    """(doc_type, line) for the first line that is a document type word in capitals."""
    types = load_data("structure.yaml")["doc_types"]
    for i, line in enumerate(iter_lines(text)):
        if i > limit_lines:
            break
        s = line.text.strip()
        if not s or not s[:8].isupper():
            continue
        f = fold_keep_length(s)
        for t, keys in types.items():
            for k in keys:
                if f == k or (f.startswith(k + " ") and s[:len(k)].isupper() and not s[len(k):].strip()[:1].islower()
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
        if parts and (_TITLE_STOP.match(s) or len(parts) >= 3 or s.startswith(("-", "(", "—", "_")) or len(s) > 150):
            break
        if not parts and _NEVER_TITLE.search(s):
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
    m = _NUMBER.search(text, 0, head_end)
    if not m:
        return None
    num = m.group("num")
    # "Số: /KH-UBND" is a blank number
    if num.startswith("/") or not re.match(r"\d", num):
        return None
    return num.rstrip(".")


def find_issue_date(text: str, head_end: int) -> tuple[str | None, str | None]:
    m = _DATE_LINE.search(text, 0, head_end)
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


def find_signature(text: str) -> dict | None:
    """The signature block near the end: prefix, title lines, signer's name."""
    data = load_data("structure.yaml")
    titles = sorted(data["signer_titles"], key=len, reverse=True)
    title_keys = [(fold_keep_length(t), t) for t in titles]
    lines = [l for l in iter_lines(text) if l.text.strip()]
    tail = lines[-45:]
    for i in range(len(tail) - 1, -1, -1):
        s = tail[i].text.strip()
        f = fold_keep_length(s).strip(" .*")
        f_noprefix = re.sub(r"^(tm|kt|tl|tuq|q)\.\s*", "", f)
        match = next((t for k, t in title_keys if f_noprefix == k), None)
        if match is None:  # "CHỦ TỊCH UBND XÃ", "T/M BAN CHỈ ĐẠO / TRƯỞNG BAN"
            f2 = re.sub(r"^(t/m|k/t)\.?\s*", "", f_noprefix)
            match = next((t for k, t in title_keys if f2 == k or (f2.startswith(k + " ") and len(f2) < len(k) + 30)), None)
        if not match:
            continue
        # the name: the first person-like line after the title lines
        name = name_line = None
        for j in range(i + 1, min(i + 6, len(tail))):
            cand = tail[j].text.strip().strip("*_ ")
            if re.search(r"đã ký|ký tên|\(ký", cand, re.I):
                continue
            if _PERSON.match(cand) and not any(fold_keep_length(cand) == k for k, _ in title_keys):
                name, name_line = cand, tail[j]
                break
        # the prefix line (TM./KT.) just above
        start_line = tail[i]
        prefix = None
        mpre = re.match(r"^(TM|KT|TL|TUQ|Q)\.", s)
        if mpre:
            prefix = mpre.group(1) + "."
        elif i > 0 and re.match(r"^\s*\**(TM|KT|TL|TUQ|Q)\.", tail[i - 1].text):
            start_line = tail[i - 1]
            prefix = re.match(r"^\s*\**(TM|KT|TL|TUQ|Q)\.", tail[i - 1].text).group(1) + "."
        end = name_line.end if name_line else tail[i].end
        lead = len(start_line.text) - len(start_line.text.lstrip())
        return {
            "start": start_line.start + lead, "end": end, "title": match, "title_raw": s,
            "prefix": prefix, "name": title_case_name(name) if name else None,
        }
    return None


def read_header(text: str) -> dict:
    """Header fields found in the text (no derivation across the body)."""
    dtype, tline, tlen = find_doc_type(text)
    head_end = tline.start if tline else min(len(text), 1500)
    title, ts, te = find_title(text, tline, tlen)
    date, place = find_issue_date(text, (te or head_end) + 200)
    return {
        "doc_type": dtype, "title": title, "title_start": ts, "title_end": te,
        "number": find_number(text, (te or head_end) + 200),
        "issue_date": date, "place": place,
        "header_end": te or head_end,
    }


# ----------------------------------------------------------------- places
_LEVEL_WORDS = [("thị trấn", "xa"), ("phường", "xa"), ("xã", "xa"), ("thị xã", "huyen"), ("thành phố", "huyen"),
                ("quận", "huyen"), ("huyện", "huyen"), ("tỉnh", "tinh")]
_PLACE_RX = re.compile(r"(?<![\w])(thị trấn|phường|thị xã|thành phố|xã|quận|huyện|tỉnh|Thị trấn|Phường|Thị xã|Thành phố|Xã|Quận|Huyện|Tỉnh|THỊ TRẤN|PHƯỜNG|THỊ XÃ|THÀNH PHỐ|XÃ|QUẬN|HUYỆN|TỈNH)[ \t]+")


def place_mentions(text: str, start: int = 0, end: int | None = None):
    """Yield (level, name, start, end) for "xã Tân Linh", "huyện Đại Từ", "UBND TỈNH X"."""
    end = len(text) if end is None else end
    for m in _PLACE_RX.finditer(text, start, end):
        word = m.group(1).lower()
        if word == "xã" and text[max(0, m.start() - 4):m.start()].lower().endswith("thị "):
            continue
        level = dict(_LEVEL_WORDS)[word]
        span = capitalized_name(text, m.end())
        if not span:
            continue
        name = text[span[0]:span[1]]
        if len(name) < 2 or name.isdigit():
            continue
        yield level, word, title_case_name(name), span[0], span[1]
