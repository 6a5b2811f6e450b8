"""Numeric goals in the genre's wording (docs/genre.md §7), on sentences of our own."""
from helpers import extract

XA = "KẾ HOẠCH\nXã Bình Minh về đích nông thôn mới năm 2024\n\n"


def targets(text):
    return [(t.kind, t.comparator, t.value, t.unit) for t in extract(XA + text).tables["targets"]]


def test_rate_reaches_a_percentage():
    assert targets("- Phấn đấu tỷ lệ người dân dùng nước sạch đạt 98%.\n") == [("target", "=", 98.0, "%")]


def test_income_per_person_per_year():
    got = extract(XA + "- Phấn đấu thu nhập bình quân đầu người đạt 63,5 triệu đồng/người/năm.\n").tables["targets"]
    assert [(t.comparator, t.value, t.unit) for t in got] == [("=", 63.5, "triệu đồng/người/năm")]
    assert "thu nhập bình quân đầu người" in got[0].metric


def test_poverty_rate_falls_to():
    got = extract(XA + "- Phấn đấu tỷ lệ hộ nghèo đa chiều giảm còn 1,8%.\n").tables["targets"]
    assert [(t.comparator, t.value, t.unit) for t in got] == [("<=", 1.8, "%")]
    assert got[0].metric == "tỷ lệ hộ nghèo đa chiều"


def test_over_at_least_and_minimum():
    text = ("- Phấn đấu tỷ lệ tham gia bảo hiểm y tế trên 93%; có tối thiểu 2 sản phẩm OCOP;"
            " ít nhất 70% số hộ phân loại rác tại nguồn.\n")
    assert targets(text) == [("target", ">", 93.0, "%"), ("target", ">=", 2.0, "sản phẩm OCOP"), ("target", ">=", 70.0, "%")]


def test_figures_under_a_goal_heading_are_targets():
    text = "II. MỤC TIÊU\n- Tỷ lệ hộ nghèo giảm xuống còn 2%.\n- Thu nhập bình quân đầu người 70 triệu đồng/người/năm.\n"
    assert targets(text) == [("target", "<=", 2.0, "%"), ("target", "=", 70.0, "triệu đồng/người/năm")]


def test_a_result_is_not_a_target():
    got = targets("- Năm 2023 tỷ lệ hộ nghèo mới đạt 4,1%.\n")
    assert got == [("actual", "=", 4.1, "%")]
