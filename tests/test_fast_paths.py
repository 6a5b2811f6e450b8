"""Fast paths give the answers of the plain code they replace.

Each shortcut taken for speed (issue 18) is compared here with the straightforward
version on generated inputs, so a speed-up can never change what a plan yields.
"""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from extractors.fold import fold_keep_length
from extractors.header import read_header, read_viewed_header
from extractors.header_view import _chrome_rx, _web_spans, header_view


def _web_pieces() -> list[str]:
    from extractors.header_view import _words

    w = _words()
    return [*w["web_labels"], *w["web_line_ends"], ":", "|", " | ", "\n", "\n\n", "  ", ".", "-", "*",
            "ke hoach", "xa tan an", "nam 2024", "so 12/kh-ubnd", "(", ")"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_web_pieces()), max_size=40))
def test_gated_web_spans_equal_a_full_scan(pieces):
    folded = "".join(pieces)
    _, web, gate = _chrome_rx()
    assert _web_spans(web, gate, folded) == [m.span() for m in web.finditer(folded)]


def test_gated_web_spans_on_a_web_copy_header():
    text = ("Số hiệu: | 31/KH-UBND |\nNơi ban hành:\n\n| Ủy ban nhân dân xã Phú Lâm |\n"
            "Người ký: Trần Văn Bình\nTình trạng: Đã biết\nỦY BAN NHÂN DÂN XÃ PHÚ LÂM\n(Đã ký)\nKẾ HOẠCH\n")
    folded = fold_keep_length(text)
    _, web, gate = _chrome_rx()
    spans = _web_spans(web, gate, folded)
    assert spans == [m.span() for m in web.finditer(folded)]
    assert len(spans) == 5  # the piped pairs (one across a blank line), the labelled lines, the "(Đã ký)" line


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "\n",
                                 "ỦY BAN NHÂN DÂN", "XÃ BÌNH AN", "Người ký: Lê Thị Hoa", "(Đã ký)", " | ",
                                 "KẾ HOẠCH", "Số: 8/KH-UBND", "năm 2025"]), max_size=25))
def test_a_header_view_is_blanked_once(pieces):
    """Structure reads the header on the view it already made; blanking the view again changes nothing."""
    text = "".join(pieces)
    view = header_view(text)
    assert len(view) == len(text)
    assert header_view(view) == view
    assert read_viewed_header(view) == read_header(text)
