"""Which counts are goals: criteria_summary says it once, and the count checks follow its kinds.

Every sentence is written for the test (other names and numbers than any document read).
"""
import pytest

from extractors import Document, run

HEAD = "ỦY BAN NHÂN DÂN\nXÃ PHÚ MỸ\nSố: 14/KH-UBND\nKẾ HOẠCH\nXây dựng nông thôn mới năm 2025\nI. KẾT QUẢ\n"


def _counts(body: str):
    ex = run(Document.from_text(HEAD + body))
    return [(c.kind, c.count, c.total) for c in ex.tables["criteria_summary"]], ex.findings


@pytest.mark.parametrize("sentence", [
    "Năm 2025, xã đăng ký đạt 19/19 tiêu chí nông thôn mới.",
    "Phấn đấu trong năm nâng tổng số tiêu chí đạt chuẩn lên 17/19 tiêu chí.",
    "Trong năm, nâng lên 18/19 tiêu chí đạt chuẩn.",
])
def test_registered_and_raised_counts_are_targets(sentence):
    counts, _ = _counts(sentence + "\n")
    assert counts and all(kind == "target" for kind, _, _ in counts)


def test_a_goal_count_gets_no_mismatch_against_the_list_of_achieved_criteria():
    body = ("Xã đăng ký đạt 19/19 tiêu chí, gồm các tiêu chí đã đạt: Quy hoạch; Giao thông; Điện.\n")
    _, findings = _counts(body)
    assert not [f for f in findings if f.check == "count_mismatch"]


def test_an_achieved_count_is_checked_against_its_list():
    body = "Đến nay xã đã đạt 04 tiêu chí gồm: Quy hoạch; Giao thông; Điện.\n"
    counts, findings = _counts(body)
    assert ("achieved", 4, None) in counts
    assert [f for f in findings if f.check == "count_mismatch"]


def test_a_raise_already_made_is_achieved_and_a_registration_stays_a_target():
    assert _counts("Năm 2024, xã đã nâng tổng số tiêu chí đạt chuẩn lên 17/19 tiêu chí.\n")[0] == [("achieved", 17, 19)]
    assert _counts("Xã đã đăng ký đạt chuẩn 19/19 tiêu chí trong năm 2025.\n")[0] == [("target", 19, 19)]
