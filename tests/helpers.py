"""Run the whole pipeline on a small inline text, and read its tables the way the tests compare them.

>>> statuses = with_head(criteria_statuses, "KẾ HOẠCH\\nXã Tân Lộc về đích nông thôn mới năm 2019\\n\\n")
>>> statuses("Xã đã đạt tiêu chí số 4 về Điện.")
[(4, 'dat')]
"""
from pipeline.run import extract_text


def extract(text: str):
    return extract_text(text)


def criteria_statuses(text: str, head: str = "") -> list[tuple[int, str]]:
    """(criterion, status) of the criteria table, each once, sorted."""
    return sorted({(c.criterion, c.status) for c in extract(head + text).tables["criteria"]})


def criteria_counts(text: str, head: str = "") -> list[tuple]:
    """(kind, count, total) of the criteria_summary table, in the text's order."""
    return [(s.kind, s.count, s.total) for s in extract(head + text).tables["criteria_summary"]]


def assignment_pairs(text: str, head: str = "", roles: bool = False) -> list[tuple]:
    """(unit, criterion) — or (unit, role, criterion) — of the assignments table, sorted."""
    r = extract(head + text)
    if roles:
        return sorted((a.unit, a.role, c) for a in r.tables["assignments"] for c in a.criteria)
    return sorted((a.unit, c) for a in r.tables["assignments"] for c in a.criteria)


def with_head(read, default: str, **kw):
    """``read`` with a test file's own plan head as its default: ``pairs(text)`` or ``pairs(text, HUYEN)``."""
    def bound(text: str, head: str = default):
        return read(text, head, **kw)
    return bound
