"""A text PDF's visual lines joined into paragraphs, and pages joined where a sentence runs on.

>>> reflow(["Xã đã đạt 15 tiêu chí, còn", "4 tiêu chí chưa đạt."])
'Xã đã đạt 15 tiêu chí, còn 4 tiêu chí chưa đạt.'
>>> reflow(["Phó Chủ tịch UBND xã phụ trách các tiêu chí số 4, 7 và", "12.", "2. Công an xã: tiêu chí số 19."])
'Phó Chủ tịch UBND xã phụ trách các tiêu chí số 4, 7 và 12.\\n2. Công an xã: tiêu chí số 19.'
"""
from __future__ import annotations

import re
from functools import lru_cache


@lru_cache(maxsize=1)
def _item_start() -> re.Pattern:
    """A line that opens a new item: a bullet, a number or letter with its mark, or an opening word (reflow.yaml)."""
    words = "|".join(re.escape(w).replace(r"\ ", r"\s") + r"(?!\w)" for w in _words()["item_openings"])
    return re.compile(rf"^\s*(?:[-+•*–]\s|\(?[0-9IVXivx]{{1,4}}[.)/]|[a-zđ][.)/]\s|[A-Z]\.\s|{words})")


def reflow(lines: list[str]) -> str:
    """Join the visual lines of one page into paragraphs.

    A line that is nearly as wide as the widest line and is followed by a line
    that does not start a new item continues into that line.
    """
    lines = [l.rstrip() for l in lines]
    widths = sorted(len(l) for l in lines if l.strip())
    if not widths:
        return ""
    full = widths[int(len(widths) * 0.9)] if len(widths) > 3 else widths[-1]
    out: list[str] = []
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        if out and out[-1] is not None and not _capitals_after_prose(out[-1], line):
            prev = out[-1]
            wide = len(prev.split("\n")[-1]) >= 0.8 * full
            if wide and not _item_start().match(line) and not prev.endswith((":", ";", ".")) \
                    or (prev and prev[-1] in ",-–" and not _item_start().match(line)) \
                    or wide and _number_goes_on(prev, line) \
                    or wide and prev[-1:].isalpha() and bool(_FIGURE_START.match(line)) \
                    or wide and prev.endswith(":") and "; " in prev[prev.rfind("\n") + 1:] and _lower_start(line) \
                    or _open_bracket(prev) \
                    or wide and prev.endswith(";") and _inline_list_goes_on(prev, line) \
                    or wide and _number_colon().search(prev) and not _item_start().match(line):
                # "(y tế - văn hóa" / "- giáo dục)": a dash inside a bracket is no item; "…; tiêu chí số 5 về
                # Giáo dục;" / "tiêu chí số 6 …": an inline list wrapped at the margin goes on in lower case; so does
                # "A: tiêu chí 1; B:" / "tiêu chí 8." (a colon inside an inline list, not a vertical list's lead)
                out[-1] = prev + " " + line.strip()
                continue
        out.append(line.strip())
    return "\n".join(out)


@lru_cache(maxsize=1)
def _words() -> dict:
    """reflow.yaml, checked against its schema."""
    from importlib import resources

    from extractors.vocab import check, parse_yaml

    data = parse_yaml(resources.files("pipeline.data").joinpath("reflow.yaml").read_text("utf-8"))
    return check(data, {"open_endings": [str], "item_openings": [str], "number_words": [str]}, "reflow.yaml")


@lru_cache(maxsize=1)
def _number_colon() -> re.Pattern:
    """A line ending in a criterion's number and its colon: "… tiêu chí số 1:" (reflow.yaml ``number_words``)."""
    words = "|".join(re.escape(w) for w in _words()["number_words"])
    return re.compile(rf"(?<!\w)(?:{words})\s+\d{{1,2}}\s*:$")


def _open_endings() -> frozenset[str]:
    return frozenset(_words()["open_endings"])


def _number_goes_on(prev: str, line: str) -> bool:
    """A line ending in an open word goes on into a line opening with a number ("… số 15, 16 và" ⏎ "19.");
    a dash or bullet there is still a new item."""
    words = prev.rsplit(None, 1)
    return bool(words) and words[-1] in _open_endings() and line.lstrip()[:1].isdigit()


def _capitals(line: str) -> bool:
    """Two words or more, every letter a capital: one word alone may be a sentence's last ("NTM.", "UBND")."""
    # str.isupper (in C) first: most lines are prose and fail it at once
    return line.isupper() and len(line.split()) >= 2 and sum(c.isalpha() for c in line) >= 4


def _capitals_after_prose(prev: str, line: str) -> bool:
    """A line in capitals after one that is not: a header or a heading starts there ("ỦY BAN NHÂN DÂN" under a
    web copy's list of related documents), never the rest of a wrapped sentence."""
    return _capitals(line) and not _capitals(prev[prev.rfind("\n") + 1:])


def _lower_start(line: str) -> bool:
    """A line that opens in lower case goes on with what came before it ("và Đào tạo; …")."""
    first = line.lstrip()[:1]
    return first.isalpha() and first.islower()


def _inline_list_goes_on(prev: str, line: str) -> bool:
    """After a full line ending in ";": the next line goes on in lower case, or goes on an inline list
    the line already holds ("A (TC2); B (TC3);" / "C (TC16); …"): a vertical list's items stand one per line."""
    last = prev[prev.rfind("\n") + 1:]
    return _lower_start(line) or (last[:-1].count("; ") >= 1 and not _item_start().match(line))


def runs_on(before: str, page_text: str) -> bool:
    """Whether a page's text goes on with the sentence the page before left open.

    >>> runs_on("tiêu chí số 14 về Giáo dục", "và Đào tạo; tiêu chí số 15"), runs_on("Giáo dục.", "và")
    (True, False)
    >>> runs_on("có 5 thôn đạt chuẩn và đến năm 2027 là", "100%."), runs_on("Trang", "2")
    (True, False)
    >>> runs_on("dự kiến kinh phí", "170 triệu đồng."), runs_on("dự kiến kinh phí", "2. Nguồn vốn")
    (True, False)
    >>> runs_on("tiêu chí số 9 (hệ thống chính trị", "- an ninh trật tự)"), runs_on("(xem Phụ lục)", "- Tiêu chí")
    (True, False)
    """
    last = before.rstrip()[-1:]
    # nor on a figure with its unit in lower case: "… dự kiến kinh phí" ⏎ "170 triệu đồng.", "… là" ⏎ "100%."
    # (a page number stands alone, an item's number has its dot)
    # nor inside a bracket left open: "tiêu chí số 9 (hệ thống chính trị" ⏎ "- an ninh trật tự …)", as within a page
    return bool(last) and last not in ".:;!?)" and (_lower_start(page_text) or bool(_FIGURE_START.match(page_text))
                                                    or _open_bracket(before.rstrip()))


_FIGURE_START = re.compile(r"\s*(?:\d[\d.,]*)?\d(?:\s?%|\s(?-i:[a-zà-ỹđ]))")  # "2. giao thông" is an item


def _open_bracket(text: str) -> bool:
    """Whether the last line of ``text`` leaves a bracket open: the next line goes on inside it.

    >>> _open_bracket("tiêu chí số 5 (y tế - văn hóa"), _open_bracket("tiêu chí số 5 (y tế)")
    (True, False)
    """
    last = text[text.rfind("\n") + 1:]
    return last.count("(") > last.count(")")
