"""The header as read: the national motto and web-copy metadata blanked, so they are never places or issuers.

>>> header_view("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\\nUBND XÃ AN BÌNH").strip()
'UBND XÃ AN BÌNH'
"""
from __future__ import annotations

import re
from functools import lru_cache

from .common import fold_keep_length, load_data


def _words() -> dict:
    return load_data("structure.yaml")["header"]


def _spaced(phrase: str) -> str:
    """A folded phrase whose letters may be split by spaces, line breaks, dashes or table bars."""
    return r"[\s\-–|]*".join(re.escape(c) for c in phrase.replace(" ", ""))


@lru_cache(maxsize=1)
def _listing_rx() -> re.Pattern:
    """A related-documents line of a legal site ("- 1Quyết định …", "- 2 Luật …") or a literal escape ("\\r\\n")."""
    w = _words()
    kinds = "|".join(re.escape(x) for x in sorted(w["related_list_kinds"], key=len, reverse=True))
    escapes = "|".join(re.escape(fold_keep_length(x)) for x in sorted(w["web_escapes"], key=len, reverse=True))
    return re.compile(rf"^[ \t]*-[ \t]*\d{{1,3}}[ \t]*(?:{kinds})\b[^\n]*$|{escapes}", re.M)


@lru_cache(maxsize=1)
def _chrome_rx() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    w = _words()
    phrases = sorted(w["motto"] + w["motto_fragments"], key=len, reverse=True)
    motto = re.compile("|".join(_spaced(p) for p in phrases))
    labels = "|".join(re.escape(x) for x in sorted(w["web_labels"], key=len, reverse=True))
    ends = "|".join(re.escape(x) for x in sorted(w["web_line_ends"], key=len, reverse=True))
    # a piped pair ("Người ký: | X |") is blanked alone: a flattened page may run the header on after it
    web = re.compile(rf"(?:{labels})\s*:?\s*\|[^|\n]*\|?|^[ \t*\-]*(?:{labels})\b[^|\n]*$|^[^|\n]*(?:{ends})[ \t.]*$", re.M)
    # every match of ``web`` starts on a line that holds a label or a line end: only those lines are tried
    gate = re.compile(f"{labels}|{ends}")
    return motto, web, gate


_CAPS_RUN = re.compile(r"(?<!\S)[A-ZĐÀ-Ỹ]{2,}(?:[ \t]+[A-ZĐÀ-Ỹ]{2,}){2}(?!\S)")


def _until_caps_run(head: str, a: int, b: int) -> tuple[int, int]:
    """A related-documents line up to where a flattened page runs the header on after it: three words in capitals
    ("… tỉnh Bến Tre ỦY BAN NHÂN DÂN HUYỆN …" keeps the header)."""
    m = _CAPS_RUN.search(head, a, b)
    return (a, m.start()) if m else (a, b)


def _web_spans(web: re.Pattern, gate: re.Pattern, folded: str) -> list[tuple[int, int]]:
    """The spans of ``web.finditer(folded)``, trying only lines where ``gate`` finds a label or a line end.

    Scanning every position of a 6,000-character head with ``^[^|\\n]*…$`` backtracks on every line.
    Every match starts on such a line and ends by the end of the next non-blank line (a label's ``\\s*``
    may cross blank lines to its ``|``), so searching that window gives the same matches in the same order.
    """
    spans: list[tuple[int, int]] = []
    pos = 0
    for g in gate.finditer(folded):
        if g.end() <= pos:
            continue
        line_start = folded.rfind("\n", 0, g.start()) + 1
        line_end = folded.find("\n", g.start())
        line_end = len(folded) if line_end < 0 else line_end
        after = _NON_SPACE.search(folded, line_end)
        window_end = folded.find("\n", after.start()) if after else -1
        window_end = len(folded) if window_end < 0 else window_end
        for m in web.finditer(folded, max(pos, line_start), window_end):
            if m.start() > line_end:
                break
            spans.append(m.span())
            pos = m.end()
        pos = max(pos, line_end)
    return spans


_NON_SPACE = re.compile(r"\S")


def related_list_spans(text: str, limit: int = 6000) -> list[tuple[int, int]]:
    """Where a legal site's related-documents list stands at the head of ``text`` ("- 1Quyết định …"):
    documents the site links to, not ones the document cites.

    >>> t = "- 1Quyết định 12/QĐ-UBND năm 2020 về giao thông\\nKẾ HOẠCH"
    >>> [t[a:b] for a, b in related_list_spans(t)]
    ['- 1Quyết định 12/QĐ-UBND năm 2020 về giao thông']
    """
    head = text[:limit]
    folded = fold_keep_length(head)
    return [_until_caps_run(head, *m.span()) for m in _listing_rx().finditer(folded)
            if folded[m.start():m.start() + 4].strip()[:1] == "-"]


@lru_cache(maxsize=4)
def header_view(text: str, limit: int = 6000) -> str:
    """``text`` with the motto, web metadata, a site's related-documents list and literal escapes ("\\r\\n")
    blanked (same length, line breaks kept) and Ð read as Đ.

    Blanking is repeated until nothing more is found, so a web line that ends in "(Đã ký)" once the motto
    beside it is gone is blanked too, and the view of a view is the view itself.
    """
    text = text.replace("\u00d0", "Đ").replace("\u00f0", "đ")
    head = text[:limit]
    motto, web, gate = _chrome_rx()
    folded = fold_keep_length(head)
    spans: list[tuple[int, int]] = []
    for _ in range(8):  # each round blanks letters, which never come back (a second round is rare, a third unseen)
        found = [m.span() for m in motto.finditer(folded)] + _web_spans(web, gate, folded)
        found += [_until_caps_run(head, *m.span()) for m in _listing_rx().finditer(folded)]
        if not found:
            break
        spans += found
        folded = _blank(folded, found)
    return _blank(head, spans) + text[limit:] if spans else text


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with the characters of ``spans`` made spaces, line breaks kept."""
    parts, at = [], 0
    for a, b in sorted(spans):  # spans may overlap (a motto inside a web line): blank each stretch once
        a = max(a, at)
        if b <= a:
            continue
        parts += [text[at:a], "".join(" " if c != "\n" else c for c in text[a:b])]
        at = b
    return "".join(parts) + text[at:]
