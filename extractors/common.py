"""Shared helpers: data files, lines with offsets, a length-preserving fold.

``fold_keep_length`` maps each character to its bare lower-case letter, so a
regex run on the folded text gives offsets that are valid in the original:

>>> t = "Tiêu chí Thủy lợi"
>>> f = fold_keep_length(t); i = f.index("thuy loi"); t[i:i + 8]
'Thủy lợi'
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator

from .fold import fold_keep_length  # noqa: F401  (re-exported: extractors match on folded text)

_UNIT = {"name": str, "type": str, "level?": str, "aliases?": [str]}
_CRITERION = {False: int, "name": str, "sub_indicators?": "*", "note?": str, "names?": [str], "indicators?": "*"}
# one national catalogue (criteria_sets.yaml); its criteria entries ("no" reads as False in YAML 1.1) are checked by
# tests/test_criteria_genre4.py::test_the_catalogue_entries_have_numbers_names_and_known_levels
_CRITERIA_SET = {"id": str, "legal_basis": str, "level": str, "variant": str, "period": str, "criteria_count": int,
                 "criteria": ["*"], "names_confirmed_by": [str], "note?": str, "groups?": "*", "groups_note?": str,
                 "prerequisite?": str, "prerequisite_unconfirmed?": bool, "conditions?": [str], "conditions_confirmed_by?": [str]}
SHARED_SCHEMAS: dict[str, object] = {
    "abbreviations.yaml": {str: {str: "*"}},
    "criteria_aliases.yaml": {"common_xa": {int: [str]}, "sets": {str: {int: [str]}}},
    "criteria_set_rules.yaml": {"decisions": {str: {str: str}}, "by_year": {str: [["*"]]}, "standard_levels": {str: [str]},
                                "district_higher": [str]},
    "criteria_sets.yaml": {"sets": [_CRITERIA_SET]},
    "criteria_scope.yaml": {"other_programmes": [str], "ntm_names": [str], "opening_chars": int, "commune_words": [str],
                            "not_commune_before": [str], "levels_above_commune": [str], "not_names": [str],
                            "definition": {"subjects": [str], "verbs": [str]}, "district_set_words": [str],
                            "districts_below": {"levels": [str], "words": [str]},
                            "membership": {"links": [str], "units": [str]}},
    "money.yaml": {"scales": {str: int}, "abbreviated": {str: int}, "currency": [str], "digit_words": {str: int},
                   "multiplier_words": {str: int}, "filler_words": [str], "refused_words": [str],
                   "measure_after": [str]},
    "dates.yaml": {"relations": {str: [str]}, "expression_starts": [str], "half_words": {str: int},
                   "six_words": [str], "quarter_word": str, "month_word": str, "day_word": str, "year_word": str,
                   "end_word": str, "this_year": [str]},
    "structure.yaml": {"doc_types": {str: [str]}, "section_kinds": [["*"]], "signer_titles": [str],
                       "signature_prefixes": [str], "place_levels": {str: [str]}, "issuer_bodies": [str],
                       "header": {"motto": [str], "motto_fragments": [str], "web_labels": [str], "web_line_ends": [str], "body_names": [[str]],
                                  "central_issuers": [[str]], "central_prefix": str, "number_types": {str: [str]},
                                  "letter_subject": [str], "plan_year_cues": [str], "number_word": str, "title_stops": [str],
                                  "never_title": [str], "slashed_prefixes": [str], "not_name": [str], "baseline_before?": [str],
                                  "related_list_kinds": [str], "web_escapes": [str], "authority_openings": [str],
                                  "preamble_openings": [str], "addressee_words": [str], "number_kinds": [str],
                                  "own_level_bodies": [str], "party_committee_words": [str], "subordinate_bodies": [str],
                                  "joint_separators": [str], "vision_words": [str], "signed_marks": [str]},
                       "fields": {"sentence_bodies": [str], "sentence_verbs": [str], "sentence_objects": [str],
                                  "signature_bodies": [str], "default_body": str, "level_words": {str: str},
                                  "cited_decision": [str], "guessed_types": [str], "guess_stops": [str],
                                  "target": {"name": str, "abbreviation": str, "grades": {str: str}}},
                       "headless": {"headline_max": int, "own_province_words": [str], "date_line_words": [str],
                                    "city_abbreviations": {str: str}, "source_line_words": [str],
                                    "stamp_words": [str], "list_cues": [str]}},
    "units.yaml": {"expand": {str: str}, "units": [_UNIT], "heads": [str], "vocab": {
        **{k: [str] for k in ("role_stops", "delimit_before", "places", "place_qualifiers", "plural_words", "distributive_heads",
                              "office_titles", "person_heads", "remit_words", "false_heads", "group_names", "needs_place")}, "list_and": str}},
    "nlp.yaml": {"metric_leading": [str], "metric_trailing": [str]},
    "names.yaml": {"name_stop": [str], "not_place_openings": [str], "province_city_words": [str],
                   "unit_name_aliases": {str: [str]}},
    "checks.yaml": {**{k: [str] for k in (
        "total_words", "not_total", "total_heads", "cost_words", "funds_words", "complete_list", "partial_list", "approximate", "share_words",
        "remaining_words", "other_units", "unit_lookalikes", "recognition_words", "recognition_needs", "not_own_recognition", "work_words",
        "dossier_words", "paper_words", "done_words", "list_openers", "inline_list_lead",
        "period_doc_types", "period_title_words")}, "longest_list": int},
}


def load_data(name: str):
    """A shared data file of extractors/data, checked against its schema in SHARED_SCHEMAS (once)."""
    cached = _SHARED.get(name)
    if cached is None:  # the import only on the first load: this runs on hot paths
        from .vocab import load, shared_path

        cached = _SHARED[name] = load(shared_path(name), SHARED_SCHEMAS[name])
    return cached


_SHARED: dict[str, object] = {}


def alternation(words, *, spaces: bool = False, subs: dict[str, str] | None = None) -> str:
    r"""A regex alternation of data words, longest first (so "không quá" is tried before "không").

    ``spaces``: a space inside a word matches any run of whitespace (a line may break there);
    ``subs``: characters that match more loosely, e.g. ``{"/": r"\s*/\s*"}``.

    >>> alternation(["trên", "không quá"], spaces=True) == r"không\s+quá|trên"
    True
    >>> alternation(["lượt/năm"], subs={"/": r"\s*/\s*"}) == r"lượt\s*/\s*năm"
    True
    """
    out = []
    for w in sorted(words, key=len, reverse=True):
        escaped = re.escape(w)
        if spaces:
            escaped = escaped.replace(r"\ ", r"\s+")
        for char, rx in (subs or {}).items():
            escaped = escaped.replace(re.escape(char), rx)
        out.append(escaped)
    return "|".join(out)


# How far an extractor looks from a mention for "its line". Plan lines are paragraphs, almost all far
# shorter, so a plan reads the same; a file that is one endless line (hostile input) stays linear.
REACH = 3000


def line_start(text: str, pos: int, reach: int = REACH) -> int:
    """Start of the line holding ``pos``, at most ``reach`` characters back.

    >>> line_start("Mục tiêu\\nĐạt 17/19 tiêu chí", 14), line_start("x" * 5000, 4000)
    (9, 1000)
    """
    lo = max(0, pos - reach)
    i = text.rfind("\n", lo, pos)
    return i + 1 if i != -1 else lo


def line_end(text: str, pos: int, reach: int = REACH) -> int:
    """End (the line break or the text's end) of the line holding ``pos``, at most ``reach`` characters on.

    >>> line_end("Đạt 17/19 tiêu chí\\nMục tiêu", 3), line_end("x" * 5000, 10)
    (18, 3010)
    """
    hi = min(len(text), pos + reach)
    j = text.find("\n", pos, hi)
    return j if j != -1 else hi


def clause_start(text: str, pos: int) -> int:
    """Where the clause holding ``pos`` starts: after the last ". " or "; " of its line, else the line's start.

    >>> t = "Năm 2024 xã đạt 15 tiêu chí; phấn đấu đạt 17/19"
    >>> t[clause_start(t, t.index("17")):]
    'phấn đấu đạt 17/19'
    """
    ls = line_start(text, pos)
    cut = max(text.rfind(". ", ls, pos), text.rfind("; ", ls, pos))
    return cut + 2 if cut != -1 else ls


def sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding ``pos`` starts: after the last ". " of its line, else the line's start.

    >>> t = "Xã A đạt 15 tiêu chí. Xã B đạt 12 tiêu chí; còn 7"
    >>> t[sentence_start(t, t.index("7")):]
    'Xã B đạt 12 tiêu chí; còn 7'
    """
    ls = line_start(text, pos)
    cut = text.rfind(". ", ls, pos)
    return cut + 2 if cut != -1 else ls


def not_after(words) -> str:
    r"""Lookbehinds refusing a match right after one of ``words`` and a space ("1 trong 3 xã").

    >>> not_after(["trong"])
    '(?<!trong\\s)'
    """
    return "".join(rf"(?<!{re.escape(w)}\s)" for w in words)


def any_of(words) -> str:
    r"""A regex alternation of ``words`` as written, in their order.

    >>> any_of(["T.M", "K/T"]) == r"T\.M|K/T"
    True
    """
    return "|".join(map(re.escape, words))


def first_char_guard(starts) -> str:
    """A lookahead letting a pattern begin only where one of ``starts``, or a digit, begins.

    Python's regex engine tries every alternative of a leading optional group at
    every position; checking the first character first halves the scan of a plan.

    >>> first_char_guard(["trước", "quý"])
    '(?=[qt\\\\d])'
    """
    return "(?=[" + re.escape("".join(sorted({s[0] for s in starts}))) + r"\d])"


@dataclass(frozen=True)
class Line:
    start: int
    end: int
    text: str

    @property
    def stripped(self) -> str:
        return self.text.strip()


def iter_lines(text: str, start: int = 0, end: int | None = None) -> Iterator[Line]:
    """The lines of ``text`` (or of ``text[start:end]``) with their offsets, newline excluded.

    >>> [(l.start, l.text) for l in iter_lines("Mục tiêu\\nNhiệm vụ")]
    [(0, 'Mục tiêu'), (9, 'Nhiệm vụ')]
    """
    if start == 0 and end is None:
        return iter(_all_lines(text))
    return _lines(text, start, len(text) if end is None else end)


@lru_cache(maxsize=4)
def _all_lines(text: str) -> tuple[Line, ...]:
    # a plan's whole text is cut into lines by several extractors in turn: once is enough
    return tuple(_lines(text, 0, len(text)))


def _lines(text: str, start: int, end: int) -> Iterator[Line]:
    pos = start
    while pos <= end:
        nl = text.find("\n", pos, end)
        if nl == -1:
            nl = end
        yield Line(pos, nl, text[pos:nl])
        pos = nl + 1


_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
_SPACES, _GAP = re.compile(r"\s*"), re.compile(r"[ \t]+")


def skip_spaces(text: str, pos: int) -> int:
    """The first position at or after ``pos`` that is not white space.

    >>> skip_spaces("Giao  \\n Sở Y tế", 4)
    8
    """
    m = _SPACES.match(text, pos)
    return m.end() if m else pos
@lru_cache(maxsize=1)
def name_stop() -> frozenset[str]:
    """Capitalised words that end a proper name (extractors/data/names.yaml)."""
    return frozenset(load_data("names.yaml")["name_stop"])


def capitalized_name(text: str, pos: int, max_words: int = 4) -> tuple[int, int] | None:
    """Span of the proper name (capitalised words) starting at ``pos``.

    >>> s = "huyện Đại Từ giai đoạn"; capitalized_name(s, 6)
    (6, 12)
    """
    i = skip_spaces(text, pos)  # never text[pos:]: a copy of the rest of the plan per name
    start = i
    end = None
    words = 0
    while words < max_words:
        w = _WORD.match(text, i)
        if not w:
            break
        word = w.group(0)
        if not word[0].isupper() or word.isdigit() or word in name_stop() or (word.isupper() and len(word) > 1 and words == 0 and not _looks_like_caps_name(text, i)):
            break
        end = w.end()
        words += 1
        sp = _GAP.match(text, end)
        if not sp or len(sp.group(0)) > 2:
            break
        i = sp.end()
    if end is None:
        return None
    return start, end


def _looks_like_caps_name(text: str, i: int) -> bool:
    """In an all-capitals line ("UBND XÃ TÂN LINH") capitals are names too."""
    line = text[line_start(text, i):line_end(text, i)]
    letters = [c for c in line if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) / len(letters) > 0.9


_ROMAN_WORD = re.compile(r"[IVX]{2,4}")  # no Vietnamese syllable is only I, V and X ("xi" is written in lower case)


def title_case_name(name: str) -> str:
    """ "TÂN LINH" -> "Tân Linh", "CÂY TRƯỜNG II" -> "Cây Trường II" (a Roman numeral keeps its capitals); names
    already in title case are kept."""
    if name.isupper():
        return " ".join(w if _ROMAN_WORD.fullmatch(w) else w[:1] + w[1:].lower() for w in name.split())
    return name


def folded_text(doc) -> str:
    """The document's folded text, computed once per document."""
    return doc.folded
