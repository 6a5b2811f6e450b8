"""Responsible units: a registry as data, abbreviation expansion, fuzzy matching.

>>> [u.canonical for u in find_units("Phòng Nông nghiệp và PTNT chủ trì, phối hợp với Phòng TN-MT huyện")]
['Phòng Nông nghiệp và Phát triển nông thôn', 'Phòng Tài nguyên và Môi trường']
>>> u = find_units("- Công an huyện: chỉ đạo")[0]; (u.canonical, u.place, u.raw)
('Công an', 'huyện', 'Công an huyện')
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz, process

from .fold import fold, unify_tone_placement

from .common import fold_keep_length, load_data

_ROLE_STOP = re.compile(
    r"\s+(?:chủ trì|phối hợp|tham mưu|thực hiện|có trách nhiệm|chỉ đạo|hướng dẫn|tổ chức|xây dựng|lập|báo cáo|rà soát|"
    r"hoàn thiện|hoàn thành|đề nghị|theo dõi|kiểm tra|đôn đốc|triển khai|tiếp tục|phụ trách|căn cứ|được|là|trong|để|về|với|tại|cho|"
    r"thường xuyên|khẩn trương|tăng cường|đẩy mạnh|vận động|tuyên truyền|nắm|giữ|quản lý|cung cấp|thu thập|cùng)\b", re.I)
_DELIM = re.compile(r"[:;()\n.\[\]“”\"]|,\s+(?=(?:Phòng|Văn phòng|Chi cục|Trung tâm|Công an|Ban|Hội|Đoàn|Ủy ban|UBND|Bưu điện|Điện lực|Bảo hiểm|Trạm|Công chức|Cán bộ|các|Các|và)\b)")
_PLACE = re.compile(r"\s*(?P<place>huyện|xã|tỉnh|thị trấn|thị xã|thành phố|các xã|thôn)(?:\s+(?P<pname>[A-ZĐ][^\s,;:.()]*(?:\s+[A-ZĐ][^\s,;:.()]*){0,3}))?", re.U)


_PLACE_WORD = re.compile(r"huyện|xã|tỉnh", re.I)


@dataclass
class UnitMention:
    start: int
    end: int
    raw: str
    canonical: str
    type: str | None
    place: str | None
    known: bool


def _expand(s: str) -> str:
    rx, full = _expansion_rx()
    return rx.sub(lambda m: full[m.group(0)], s)


@lru_cache(maxsize=1)
def _expansion_rx() -> tuple[re.Pattern, dict]:
    exp = _expansions()
    alt = "|".join(re.escape(a) for a, _ in exp)  # longest first
    return re.compile(rf"(?<![\w&-])(?:{alt})(?![\w&-])"), dict(exp)


@lru_cache(maxsize=16384)
def _norm(s: str) -> str:
    """Matching key: abbreviations expanded, tone placement unified, folded; '&', '-', 'và' unified."""
    s = _expand(s)
    s = fold(unify_tone_placement(s))
    s = s.replace("&", " va ").replace("–", " ").replace("-", " ").replace(",", " ")
    s = re.sub(r"\bva\b", " ", s)
    return re.sub(r"\s+", " ", s).strip()


@lru_cache(maxsize=1)
def _expansions() -> list[tuple[str, str]]:
    exp = load_data("units.yaml")["expand"]
    return sorted(exp.items(), key=lambda kv: -len(kv[0]))


@lru_cache(maxsize=1)
def registry() -> dict[str, dict]:
    """Normalised name -> unit entry, for every canonical name and alias."""
    out: dict[str, dict] = {}
    for u in load_data("units.yaml")["units"]:
        for n in [u["name"], *u.get("aliases", [])]:
            # the place ("huyện", "xã") is kept apart from the name, so names are stored without it
            n = re.sub(r"\s+(?:huyện|xã|tỉnh)$", "", n)
            out.setdefault(_norm(n), u)
    return out


@lru_cache(maxsize=1)
def _head_rx() -> re.Pattern:
    heads = load_data("units.yaml")["heads"]
    alt = "|".join(re.escape(h.strip()) + (r"(?=\W)" if not h.endswith(" ") else "") for h in sorted(heads, key=len, reverse=True))
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
    hit = process.extractOne(key, list(reg), scorer=fuzz.ratio, score_cutoff=90)
    # a slip of a letter or two, never an extra word
    return reg[hit[0]] if hit and abs(len(hit[0]) - len(key)) <= 3 else None


def find_units(text: str, offset: int = 0) -> list[UnitMention]:
    """Unit mentions in ``text``; offsets are shifted by ``offset``."""
    folded = fold_keep_length(text)
    out: list[UnitMention] = []
    pos = 0
    rx = _head_rx()
    while True:
        m = rx.search(folded, pos)
        if not m:
            break
        s = m.start()
        # the candidate runs to a delimiter or a verb of the task
        d = _DELIM.search(text, m.end())
        limit = d.start() if d else len(text)
        head = m.group(0)
        role_from = m.end()
        pt = re.match(r"\s+phụ trách\b", text[m.end():m.end() + 12], re.I)
        if pt and head.startswith(("can bo", "d/c", "đ/c", "dong chi", "cong chuc")):
            role_from = m.end() + pt.end()  # "cán bộ phụ trách ..." names a person's remit
        r = _ROLE_STOP.search(text, role_from, limit)
        if r:
            limit = r.start()
        cand = text[s:limit].rstrip(" ,-–")
        words = cand.split()
        best = None
        for n in range(min(len(words), 14), 0, -1):
            name = " ".join(words[:n]).rstrip(",;:.")
            if n > 1 and _PLACE_WORD.fullmatch(words[n - 1].rstrip(",;:.")):
                continue  # the place qualifier is kept apart from the name
            entry = match_unit(name)
            if entry:
                best = (name, entry)
                break
        if best:
            name, entry = best
            end = s + len(name)
        else:
            if len(words) < 2 or len(words) > 16:
                pos = m.end()
                continue
            name, entry, end = cand, None, s + len(cand)
        place = None
        pm = _PLACE.match(text, end)
        if pm and pm.end() <= max(limit, end) + 40:
            place = pm.group("place")
            end = pm.end()
        raw = text[s:end]
        canonical = entry["name"] if entry else _clean_unknown(name)
        out.append(UnitMention(s + offset, end + offset, raw, canonical, entry.get("type") if entry else None,
                               place, entry is not None))
        pos = max(end, m.end())
    return out


def _clean_unknown(name: str) -> str:
    return re.sub(r"\s+", " ", _expand(name)).strip()
