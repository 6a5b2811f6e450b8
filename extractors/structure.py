"""Document fields of the contract: type, title, issuer, places, year, target, catalogue.

``analyse(doc)`` fills ``doc.sections`` and returns the ``document`` object.

Refuses: a document type from a word inside a sentence when no type word heads the text
("… xây dựng kế hoạch …" in a news item is other); a baseline year ("so với năm 2020") as
the plan year; an addressee after "Kính gửi:" as the issuer; a catalogue for a ministry's letter, for a province's document whose title
names no level's standard, and for a district's higher standards (none exists).
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from .common import any_of, fold_keep_length, load_data
from .header import Header, find_signature, header_view, place_mentions, read_viewed_header, signed_name
from .header_places import headline_level
from .headless import bare_province, copula_mentions, headless_level, listed_mentions, no_header
from .model import DocInfo, Document
from .places import registry_spelling, resolve_unit_codes
from .registry import Stage, register_stage
from .scope import other_programme
from .sections import find_sections


def _fields() -> dict:
    return load_data("structure.yaml")["fields"]


@lru_cache(maxsize=1)
def _rx() -> dict[str, re.Pattern]:
    """The patterns of the fields, their words from structure.yaml (fields, place_levels) and dates.yaml (year_word)."""
    w = _fields()
    year = load_data("dates.yaml")["year_word"]
    code, issuer = w["cited_decision"]
    levels = [x for ws in load_data("structure.yaml")["place_levels"].values() for x in ws]
    return {
        "year": re.compile(rf"\b{re.escape(year)}\s+((?:19|20)\d{{2}})\b", re.I),
        "folded_year": re.compile(rf"\b{re.escape(fold_keep_length(year))}\s+((?:19|20)\d{{2}})\b"),
        "decision": re.compile(rf"(\d{{1,5}})\s*/\s*(?:\d{{4}}\s*/\s*)?{re.escape(code)}\s*-\s*{re.escape(issuer)}", re.I),
        # "UBND xã An Hòa xây dựng kế hoạch …": level word, then up to four capitalised words of the name
        "issuer_sentence": re.compile(
            rf"(?:{any_of(w['sentence_bodies'])})\s+({any_of(levels)})"
            rf"(?P<name>(?:\s+[A-ZĐÀ-Ỹ][^\s,.;:]*){{0,4}})\s+(?:{any_of(w['sentence_verbs'])})\s+(?:{any_of(w['sentence_objects'])})"),
        "abbreviation": re.compile(rf"\b{re.escape(w['target']['abbreviation'])}\b"),
    }


def analyse(doc: Document) -> DocInfo:
    """Fill ``doc.info`` (header fields, places, year, catalogue, body bounds) and ``doc.sections``."""
    text = header_view(doc.text)  # the motto and web metadata blanked: never places or issuers
    head = read_viewed_header(text)
    doc.sections = find_sections(doc)
    sig = find_signature(doc.text)
    mentions = list(place_mentions(text))
    ts, te, title = head.title_start, head.title_end, head.title or ""
    in_title = [m for m in mentions if ts is not None and ts <= m.start < te]
    zone = _issuer_zone_end(text, head.header_end or 0)  # below: a place in the trích yếu is never the issuer's
    header_zone = [] if no_header(head) else [m for m in mentions if m.start < zone and m not in in_title]
    issuer_level, issuer_name, body, issuer_word = _issuer(text, header_zone, sig)
    mentions = [] if not (in_title or issuer_level) and _central_issuer(text, head) else mentions  # a ministry names places in passing
    admin_level = in_title[0].level if in_title else issuer_level
    headless = admin_level is None and not title
    named_province = bare_province(text, mentions) if headless else None
    if headless:  # a news item: the place its headline names, else its own province or most named place
        mentions += copula_mentions(text) + listed_mentions(text)
        admin_level = headline_level(text, mentions) or headless_level(text, mentions, named_province)
    if admin_level is None:
        levels = Counter(m.level for m in mentions if m.level != "tinh")
        admin_level = levels.most_common(1)[0][0] if levels else None

    names = {lvl: Counter(m.name for m in mentions if m.level == lvl) for lvl in ("xa", "huyen", "tinh")}
    own = {}
    for m in in_title:
        own.setdefault(m.level, m.name)
    if issuer_level and issuer_name:
        own.setdefault(issuer_level, issuer_name)
    if issuer_level and not issuer_name and admin_level == issuer_level and issuer_level in own:
        issuer_name = own[issuer_level]

    commune = own.get("xa") if admin_level == "xa" else None
    if admin_level == "xa" and commune is None and names["xa"]:
        commune = names["xa"].most_common(1)[0][0]
    district = own.get("huyen") or (names["huyen"].most_common(1)[0][0] if names["huyen"] else None)
    province = own.get("tinh") or (names["tinh"].most_common(1)[0][0] if names["tinh"] else None) or named_province
    if admin_level in ("huyen", "tinh"):
        commune, district = None, (None if admin_level == "tinh" else district)

    places = {v: registry_spelling(n, v) for n, v in ((commune, "xa"), (district, "huyen"), (province, "tinh"))}
    commune, district, province = places["xa"], places["huyen"], places["tinh"]  # a scan's misread marks
    issuer_name = registry_spelling(issuer_name, issuer_level or "")
    issuer = _issuer_text(body, issuer_level, issuer_name, places, issuer_word) if issuer_level else _central_issuer(text, head)

    plan_year = _plan_year(text, title, head)
    central = issuer_level is None and issuer is not None  # a ministry's letter is for no level's catalogue
    target, criteria_set = _target_and_set(doc, title, admin_level, plan_year, central)

    doc.info = DocInfo(
        doc_type=head.doc_type or _guess_type(text), title=title or None, number=head.number,
        issue_date=head.issue_date, issuer=issuer, admin_level=admin_level,
        commune=commune, district=district, province=province,
        unit_codes=resolve_unit_codes(commune, district, province, admin_level),
        plan_year=plan_year, target=target, criteria_set=criteria_set,
        signer_name=sig.name if sig else signed_name(doc.text), signer_title=sig.title if sig else None,
        header_end=head.header_end if head.title_end else 0,
        title_start=head.title_start, title_end=head.title_end)
    return doc.info


register_stage(Stage("structure", analyse))


def _issuer_zone_end(text: str, header_end: int) -> int:
    """Where the header's issuer can stand: up to the header's end, or to a letter's "Kính gửi:" line before it
    (the bodies after it are addressees: "Kính gửi: … Ủy ban nhân dân tỉnh X" is never the issuer)."""
    data = load_data("structure.yaml")
    m = re.search(rf"(?:^|\n)[ \t|]*(?:{any_of(data['header']['addressee_words'])})", text[:header_end])
    if m:
        return m.start()
    # the authority line under the title ("HỘI ĐỒNG NHÂN DÂN TỈNH X" before "Căn cứ") still names the issuer
    nxt = re.match(r"[ \t|]*\n(?:[ \t|_\-—=*\xa0]*\n)*[ \t|]*([^\n]*)", text[header_end:header_end + 300])  # a rule between
    line = nxt.group(1).strip(" \t|") if nxt else ""
    line = re.sub(rf"^(?:{any_of(data['header']['authority_openings'])})\s+", "", line)  # "CHỦ TỊCH ỦY BAN …": its body
    if line[:10].isupper() and fold_keep_length(line).startswith(tuple(data["issuer_bodies"])):
        return header_end + nxt.end()
    return header_end


def _issuer(text, header_zone, sig):
    """(level, name, body) of the issuing body: header lines, else the preamble sentence, else the signature.

    The two lines above a place name are read with their line breaks as spaces, so an issuer
    broken over lines ("ỦY" / "BAN NHÂN DÂN" / "TỈNH YÊN BÁI") is still one.
    """
    data = load_data("structure.yaml")
    bodies, default = data["issuer_bodies"], data["fields"]["default_body"]
    for m in header_zone:
        at = m.word_start if 0 <= m.word_start < m.start else m.start  # "UBND HUYỆN" ⏎ "CẨM XUYÊN"
        ls = text.rfind("\n", 0, at) + 1
        prev_ls = text.rfind("\n", 0, max(0, ls - 1)) + 1
        prev_ls = text.rfind("\n", 0, max(0, prev_ls - 1)) + 1
        context = re.sub(r"\s+", " ", fold_keep_length(text[prev_ls:m.start]))
        if re.search(rf"(?<![\w/-])(?:{any_of(bodies)})\b", context):  # not a symbol's code: "QĐ-UBND" is no body
            body = next((name for key, name in data["header"]["body_names"] if key in context), default)
            body = _subordinate_body(text, m.end) or body
            return m.level, m.name, body, m.word if m.level == "tinh" else None  # "HĐND thành phố Hải Phòng"
    for m in _rx()["issuer_sentence"].finditer(text, 0, min(len(text), 8000)):
        level = next(lvl for lvl, ws in data["place_levels"].items() if m.group(1) in ws)
        name = m.group("name").strip() or None
        return level, name, default, None
    if sig:
        f = fold_keep_length(text[sig.start:sig.end])
        signers = any_of(data["fields"]["signature_bodies"])
        for level, word in data["fields"]["level_words"].items():
            if re.search(rf"(?:{signers}) {re.escape(fold_keep_length(word))}\b", f):
                return level, None, default, None
    return None, None, default, None


def _subordinate_body(text: str, end: int) -> str | None:
    """The body in capitals on the line under the issuer's place ("UBND THÀNH PHỐ HÀ NỘI" ⏎ "SỞ NÔNG NGHIỆP & PTNT"),
    which issues the document under its parent: "Sở Nông nghiệp & PTNT" (abbreviations of units.yaml kept)."""
    nl = text.find("\n", end)
    nl = len(text) if nl < 0 else nl
    if text[end:nl].strip(" \t|"):  # a flattened header: the body after a blanked motto on the same line
        run = re.match(r"[ \t|]{2,}([A-ZĐÀ-Ỹ&][A-ZĐÀ-Ỹ& \-]*?)(?=[ \t|]{2,}|[ \t]+Số\b|$)", text[end:nl])
        line = run.group(1).strip() if run else ""
    else:
        line = next((l for l in text[nl + 1:nl + 200].split("\n") if l.strip(" \t|")), "").strip(" \t|")
    if not line[:6].isupper() or not fold_keep_length(line).startswith(tuple(load_data("structure.yaml")["header"]["subordinate_bodies"])):
        return None
    keep = set(load_data("units.yaml")["expand"])
    words = line.split()
    return " ".join(w if w in keep else (w.capitalize() if i < 2 else w.lower()) for i, w in enumerate(words))


def _issuer_text(body: str, level: str, name: str | None, places: dict, word: str | None = None) -> str:
    """"UBND xã Tân Linh": the body, the level word (as written for a province-level city), the name
    (else the plan's own place of that level)."""
    word = word or _fields()["level_words"][level]
    fill = name or places.get(level)
    if body in load_data("structure.yaml")["header"]["own_level_bodies"]:
        return f"{body} {fill}" if fill else body  # "Tỉnh ủy Thừa Thiên Huế"
    return f"{body} {word} {fill}" if fill else f"{body} {word}"


def _central_issuer(text: str, head: Header) -> str | None:
    """A central issuer on the header lines ("THỦ TƯỚNG CHÍNH PHỦ", "BỘ TÀI CHÍNH"), which has no place level."""
    w = load_data("structure.yaml")["header"]
    top = fold_keep_length(text[:max(head.header_end, 0) or 600])
    raws = text[:len(top)].split("\n")
    # the twelve lines above the number line when a site's chrome pushes the header down
    no = re.escape(w["number_word"])  # "Số: 12/…" as written (a title's "SỐ 12 …" in capitals is no number line)
    at = next((i for i, l in enumerate(raws) if re.match(rf"\s*{no}\s*[:.]?\s*\d", l)), 0)
    raws = raws[max(0, at - 12):][:12] if at > 12 else raws[:12]
    raws = [f"{r.strip()} {n.strip()}" if fold_keep_length(r).strip(" |") == w["central_prefix"] and n.strip(" |").isupper()
            else r for r, n in zip(raws, raws[1:] + [""])]  # "BỘ" ⏎ "LAO ĐỘNG – THƯƠNG BINH …" is one name
    lines = [re.sub(r"\s+", " ", fold_keep_length(l)).strip(" |-") for l in raws]
    filled = [l for l in lines if l]
    pairs = [f"{a} {b}" for a, b in zip(filled, filled[1:])]  # "ỦY BAN THƯỜNG VỤ" ⏎ "QUỐC HỘI" before "QUỐC HỘI" alone
    for candidates in (pairs, filled):
        for key, name in w["central_issuers"]:
            if any(l == key for l in candidates):
                return name
    for raw in raws:  # a joint document: "VĂN PHÒNG CHÍNH PHỦ - BỘ NỘI VỤ"
        parts = re.split("|".join(map(re.escape, w["joint_separators"])), raw.strip(" |"))
        names = [_central_name(p.strip(), w) for p in parts] if len(parts) > 1 else []
        if names and all(names):
            return " - ".join(n for n in names if n)
    for raw, l in zip(raws, lines):
        raw = re.split(rf"[ \t|]{{2,}}{no}\s*[:.]", raw)[0]  # the number after a blanked motto on the same line
        if l.startswith(w["central_prefix"] + " ") and raw.strip().isupper():
            words = raw.strip(" |-").split()
            return " ".join([words[0].capitalize(), words[1].capitalize()] + [x.lower() for x in words[2:]])
    return None


def _central_name(part: str, w: dict) -> str | None:
    """The name of one central body written in capitals: a listed one ("VĂN PHÒNG CHÍNH PHỦ") or a ministry
    ("BỘ NỘI VỤ" -> "Bộ Nội vụ"); None for anything else."""
    if not part.isupper():
        return None
    folded = re.sub(r"\s+", " ", fold_keep_length(part)).strip()
    named = dict((k, n) for k, n in w["central_issuers"])
    if folded in named:
        return named[folded]
    if folded.startswith(w["central_prefix"] + " "):
        words = part.split()
        return " ".join([words[0].capitalize(), words[1].capitalize()] + [x.lower() for x in words[2:]])
    return None


def _plan_year(text: str, title: str, head: Header) -> int | None:
    """The year the plan is for: from the title (a vision's years after "tầm nhìn" left out), else the issue year,
    else the year the text names most."""
    fv = fold_keep_length(title)
    cut = min([i for i in (fv.find(v) for v in load_data("structure.yaml")["header"]["vision_words"]) if i > 0], default=len(title))
    title = title[:cut]
    cues = "|".join(re.escape(c) for c in load_data("structure.yaml")["header"]["plan_year_cues"])
    m = re.search(rf"(?:{cues})\b.*?{_rx()['folded_year'].pattern}", fold_keep_length(title))
    if m and len(re.findall(r"(?:19|20)\d{2}", title)) > 1:
        return int(m.group(1))  # "báo cáo kết quả năm 2023 và kế hoạch năm 2024": the plan's year is 2024
    years = [int(y) for y in _rx()["year"].findall(title)]
    if not years:
        years = [int(y) for y in re.findall(r"\b((?:19|20)\d{2})\b", title)]
        years = [y for y in years if not re.search(rf"(?:19|20)\d{{2}}\s*[-–]\s*{y}", title)] or years[:1]
    if years:
        return years[-1] if len(years) == 1 else years[0]
    if head.issue_date:
        return int(head.issue_date[:4])
    base = tuple(load_data("structure.yaml")["header"].get("baseline_before", []))
    # a year after "so với" is a baseline: only the words just before each year are folded
    counts = Counter(int(m.group(1)) for m in _rx()["year"].finditer(text)
                     if not base or not fold_keep_length(text[max(0, m.start() - 24):m.start()]).rstrip().endswith(base))
    return counts.most_common(1)[0][0] if counts else None


def _target_and_set(doc: Document, title: str, admin_level: str | None, plan_year: int | None,
                    central: bool) -> tuple[str | None, str | None]:
    """The target and the catalogue id; another programme's criteria (đô thị văn minh, …) have no NTM catalogue."""
    grade = _grade(doc.text, title)
    target = "huyen_ntm" if admin_level == "huyen" and grade is not None else grade
    if admin_level == "huyen":  # the district's own grade only when its title says "huyện nông thôn mới nâng cao"
        grade = grade if any(p in fold_keep_length(title) for p in load_data("criteria_set_rules.yaml")["district_higher"]) else None
    cited = {f"{m.group(1)}/{'-'.join(_fields()['cited_decision'])}" for m in _rx()["decision"].finditer(doc.text)}
    criteria_set = None if other_programme(doc) else choose_criteria_set(
        target, _set_level(title, "tw" if central and not admin_level else admin_level), plan_year, cited, grade)
    return target, criteria_set


def _grade(text: str, title: str) -> str | None:
    """ntm or a grade of it as the title (else the opening) names it, whatever the level ("huyện … nâng cao": ntm_nang_cao)."""
    w = _fields()["target"]
    name, abbr, grades = w["name"], w["abbreviation"], w["grades"]

    def first(f: str):
        if not (name in f or _rx()["abbreviation"].search(f)):
            return None  # "nâng cao hiệu quả chăn nuôi": a grade word without the programme names no target
        hits = []
        for val, key in grades.items():
            i = f.find(key)
            if i >= 0:
                hits.append((i, val))
        if hits:
            return min(hits)[1]
        return "ntm"

    t = first(fold_keep_length(title))
    if t is None:
        body = fold_keep_length(text[:4000])
        counts = Counter()
        for val, key in grades.items():
            counts[val] = body.count(abbr + " " + key) + body.count(name + " " + key)
        counts["ntm"] = body.count(name) + len(_rx()["abbreviation"].findall(body)) - sum(counts[g] for g in grades)
        best = counts.most_common(1)
        t = best[0][0] if best and best[0][1] > 0 else None
        if t == "ntm" and counts["ntm_nang_cao"] >= 2:
            t = "ntm_nang_cao"
    return t


def _set_level(title: str, admin_level: str | None) -> str | None:
    """The level whose catalogue applies: the place's, or for a province's document the level of the standard
    its title names ("Bộ tiêu chí huyện nông thôn mới …": huyen; criteria_set_rules.yaml standard_levels);
    "tw" (a central issuer) and "tinh" choose no catalogue by themselves."""
    if admin_level not in ("tinh", "tw", None):
        return admin_level
    f = fold_keep_length(title)
    for level, phrases in load_data("criteria_set_rules.yaml")["standard_levels"].items():
        if any(p in f for p in phrases):
            return level
    return admin_level


def choose_criteria_set(target: str | None, admin_level: str | None, year: int | None, cited: set[str],
                        grade: str | None = None) -> str | None:
    """The catalogue id, from cited decisions first, then target, level and year.

    ``grade`` is the grade the title names whatever the level: a district's "nâng cao" (or "kiểu mẫu", which
    presumes it) plan follows Quyết định 320/QĐ-TTg Phụ lục III.

    >>> choose_criteria_set("ntm_nang_cao", "xa", 2023, set())
    'xa_ntm_nang_cao_2021_2025'
    >>> choose_criteria_set("huyen_ntm", "huyen", 2021, {"558/QĐ-TTg"})
    'huyen_ntm_2016_2020'
    >>> choose_criteria_set("huyen_ntm", "huyen", 2024, set(), "ntm_nang_cao")
    'huyen_ntm_nang_cao_2021_2025'
    """
    rules = load_data("criteria_set_rules.yaml")
    if admin_level in ("tinh", "tw"):
        return None  # a province's or a ministry's own document: no level's catalogue is said
    district = admin_level == "huyen" or target == "huyen_ntm"
    if district and {"ntm_nang_cao", "ntm_kieu_mau"} & {target, grade}:
        family = "huyen_nang_cao"
    elif district:
        family = "huyen"
    elif target == "ntm_nang_cao":
        family = "xa_ntm_nang_cao"
    elif target == "ntm" and admin_level == "xa":  # no level said: no catalogue guessed
        family = "xa_ntm"
    else:
        family = None
    if family is None:
        return None
    for dec, choice in rules["decisions"].items():
        if dec in cited and family in choice:
            return choice[family]
    if year is None:
        return None
    for upto, set_id in rules["by_year"][family]:
        if year <= upto:
            return set_id
    return None


def reading_set(doc: Document) -> str | None:
    """The catalogue a document's criteria names are read with: its ``criteria_set``, else the one its genre names.

    A text with no catalogue of its own (no level or no plan year said: a news item, a province's letter) is
    still read with the set of the Prime Minister's decision it cites ("Quyết định số 1980/QĐ-TTg": 2016–2020),
    else with the set of its plan year or issue year; None when neither is written (the caller's default).
    The document's ``criteria_set`` field is not changed.
    """
    if doc.info.criteria_set or other_programme(doc):
        return doc.info.criteria_set
    return doc.memo("reading_set", lambda: _genre_set(doc))


def _genre_set(doc: Document) -> str | None:
    rules = load_data("criteria_set_rules.yaml")
    info = doc.info
    family = "huyen" if info.admin_level == "huyen" or info.target == "huyen_ntm" else \
        "xa_ntm_nang_cao" if info.target == "ntm_nang_cao" else "xa_ntm"
    cited = {f"{m.group(1)}/{'-'.join(_fields()['cited_decision'])}" for m in _rx()["decision"].finditer(doc.text)}
    for dec, choice in rules["decisions"].items():
        if dec in cited and (family in choice or len(choice) == 1):  # "558/QĐ-TTg" names the district set alone
            return choice.get(family) or next(iter(choice.values()))
    year = info.plan_year or (int(info.issue_date[:4]) if info.issue_date else None)
    return next((set_id for upto, set_id in rules["by_year"][family] if year <= upto), None) if year else None


def _guess_type(text: str) -> str:
    """With no type word heading the document: the kind whose word most often opens a line or is written in
    capitals ("Kế hoạch …" as a page's heading, "… KẾ HOẠCH Xây dựng …" in a flattened header). Refuses a word
    inside a sentence ("… xây dựng kế hoạch …", "… thực hiện đề án …"), and the lines after a page's list of other
    items opens ("Những tin cũ hơn" ⏎ "Kế hoạch …": structure.yaml fields.guess_stops): other."""
    head = text[:3000]
    f = fold_keep_length(head)
    stop = re.search(rf"(?:^|\n)[ \t]*(?:{any_of(_fields()['guess_stops'])})(?![a-z])", f)
    head, f = (head[:stop.start()], f[:stop.start()]) if stop else (head, f)
    types = load_data("structure.yaml")["doc_types"]

    def heads(key: str) -> int:
        return sum(1 for m in re.finditer(rf"(?<![a-z]){re.escape(key)}\b", f)
                   if head[m.start():m.end()].isupper() or not f[f.rfind("\n", 0, m.start()) + 1:m.start()].strip(" -+*#|"))

    counts = {t: sum(heads(k) for k in types[t]) for t in _fields()["guessed_types"]}
    best = max(counts, key=lambda t: counts[t])
    return best if counts[best] else "other"
