"""Documents listed by their number alone, one to a line (a table column "Số quyết định …" flattened to text:
"3379/QĐ-UBND ngày 26/12/2013"), for the legal_refs kind (extractors/facts/legal_refs.py), whose patterns and
words it uses.

The symbol names the type: its type code is one of the kind's abbreviations (legal_refs.yaml ``abbreviations``:
"QĐ" a quyết định, "KH" a kế hoạch, "NQ" a nghị quyết …), so a line holding such a number and at most its date
("ngày 5/5/2016") cites that document.

Refuses: a number inside a sentence (it needs a type word or "số" before it, read by the kind itself); a type code
that is no abbreviation ("02-CTr/TU", "12/TTr-SNN"); anything else on the line after the number and its date; a
date that does not end where the line does ("8/12/20114": the number is kept, the date is not guessed); the plan's
own number and any number in its header; a single such line; numbers already read as citations or in a site's
related-documents list.

>>> t = "TÊN XÃ\\nSỐ QUYẾT ĐỊNH\\nThụy Vân\\n3379/QĐ-UBND ngày 26/12/2013\\nTân Đức\\n1693/QĐ-UBND ngày 27/7/2015\\n"
>>> [(r.type, r.number, r.date) for r in cell_refs(t, [], None)]
[('quyet_dinh', '3379/QĐ-UBND', '2013-12-26'), ('quyet_dinh', '1693/QĐ-UBND', '2015-07-27')]
>>> cell_refs("Xã đạt 12/QĐ-UBND trong năm\\n02-CTr/TU\\n", [], None)
[]
"""
from __future__ import annotations

import re
from functools import lru_cache

from .facts.legal_refs import DOC_NUMBER, LegalRef, _iso_date, _issuer_from_suffix, _norm_number, _rx, vocab
from .spans import Zones


@lru_cache(maxsize=1)
def _line_rx() -> re.Pattern:
    """A line that is a number and perhaps its date: "  3379/QĐ-UBND ngày 26/12/2013"."""
    return re.compile(rf"^[ \t|]*(?P<num>{DOC_NUMBER})(?P<rest>[^\n]*)$", re.M)


@lru_cache(maxsize=1)
def _codes() -> dict[str, str]:
    """Type code -> type, from the abbreviations ("QĐ" -> quyet_dinh)."""
    return {w: t for t, ws in vocab()["abbreviations"].items() for w in ws}


def _type_of(number: str) -> str | None:
    """The type the symbol's code names: "3379/QĐ-UBND" -> quyet_dinh; "12/2018/QĐ-UBND" too; None for a code that
    is no abbreviation."""
    m = re.match(r"\d+(?:/(?:19|20)\d{2})?[/\-]([^\W\d_]+)", number)
    return _codes().get(m.group(1)) if m else None


def _date(rest: str) -> tuple[bool, str | None]:
    """(whether ``rest`` is empty or only the number's date, that date)."""
    if not rest.strip(" \t|"):
        return True, None
    dm = _rx().date_after.match(rest)
    if dm and not rest[dm.end():].strip(" \t|"):
        return True, _iso_date(dm)
    return bool(re.fullmatch(r"[ \t]*" + re.escape(_rx_day()) + r"[ \t]+[\d/.\-]{6,12}[ \t|]*", rest)), None


@lru_cache(maxsize=1)
def _rx_day() -> str:
    from .common import load_data

    return load_data("dates.yaml")["day_word"]


def cell_refs(text: str, taken: list[tuple[int, int]], own: str | None, head_end: int = 0) -> list[LegalRef]:
    """The numbers standing alone on their lines, as citations of the type their symbol names (see the module);
    none before ``head_end`` (the header: a number there is the plan's own), and none unless two lines are such
    (a column lists several; one number alone on a line may be a header's)."""
    out = []
    spans = Zones(taken)  # a file may cite thousands of decisions and list thousands of numbers
    for m in _line_rx().finditer(text):
        s, e = m.start("num"), m.end("num")
        if s < head_end or spans.holds(s):
            continue
        number = _norm_number(m.group("num"))
        typ = _type_of(number)
        alone, date = _date(m.group("rest"))
        if typ is None or not alone or number == own:
            continue
        out.append(LegalRef(raw=text[s:e], start=s, end=e, type=typ, number=number, date=date,
                            issuer=_issuer_from_suffix(number), year=int(date[:4]) if date else None))
    return out if len(out) >= 2 else []
