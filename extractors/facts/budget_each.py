"""One unit's amount after "mỗi" ("mỗi cột đèn trị giá 900.000đ", "mỗi suất 500.000 đồng"): a rate, no budget.

The cue is matched on the folded text, where "mỗi" (each) and "mới" (new) are both "moi"; the word must be
written as one of budgets.yaml ``each_written`` ("mỗi"), so "… xây dựng nông thôn mới là 2.485 triệu đồng" keeps
its amount (docs/genre.md §3f: the total of a news item was lost to this before session 11).

>>> from extractors.fold import fold_keep_length as f
>>> t = "hỗ trợ mỗi cột đèn trị giá "
>>> each_before(t, f(t), 0, len(t)), each_before("nông thôn mới là ", f("nông thôn mới là "), 0, 17)
(True, False)
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..common import alternation


@lru_cache(maxsize=1)
def _rx() -> tuple[re.Pattern, frozenset[str]]:
    """("mỗi <1-3 words> [cue]" at the end of a folded stretch, the words "mỗi" is written as)."""
    from .budgets import vocab  # budgets imports this module: read its words when first asked

    w = vocab()
    rx = re.compile(rf"(?:^|[^a-z])(?P<each>{alternation(w['each'])})\s+(?:[a-z]+\s+){{1,3}}"
                    rf"(?:(?:{alternation(w['each_cues'])})\s+)?[:=]?\s*$")
    return rx, frozenset(x.lower() for x in w["each_written"])


def each_before(text: str, folded: str, lo: int, hi: int) -> bool:
    """True when ``text[lo:hi]`` ends with "mỗi <1-3 words> [trị giá|là|…]": the next figure is one unit's amount."""
    rx, written = _rx()
    m = rx.search(folded[lo:hi])
    return m is not None and text[lo + m.start("each"):lo + m.end("each")].lower() in written
