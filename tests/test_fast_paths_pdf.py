"""Session 10's shortcuts on the text-PDF path give the answers of the plain code they replace (issue 18).

Each is compared with the straightforward version: the raw pdfium walk over a page's rules with
pypdfium2's object iterator, the criterion-word prefilter with a full ``finditer``, a guarded pattern
with the same pattern unguarded, the one-pass page test with the three-pass one it replaced.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractors.fold import is_syllable

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def _objects_bounds(page) -> list[tuple[float, float, float, float]]:
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    out = []
    for obj in page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_PATH,), max_depth=2):
        try:
            out.append(obj.get_bounds())
        except pdfium.PdfiumError:
            continue
    return out


@pytest.mark.parametrize("name", ["synth_2026_0006.pdf", "synth_2026_0010.pdf"])
def test_raw_rule_walk_equals_the_object_iterator(name):
    import pypdfium2 as pdfium

    from pipeline.ingest.read_pdf import _path_bounds

    pdf = pdfium.PdfDocument(str(CORPUS / name))
    seen = 0
    for i in range(len(pdf)):
        page = pdf[i]
        assert _path_bounds(page) == _objects_bounds(page)
        seen += len(_path_bounds(page))
    assert seen > 0  # the plan has ruled tables


def _usable_three_passes(text: str) -> bool:
    """text_is_usable as it was before session 10: letters counted in a pass of their own."""
    from pipeline.ingest.read_pdf import _PRIVATE_USE, _WORDS

    sample = text[:1500]
    stripped = "".join(sample.split())
    if len(stripped) < 20:
        return False
    if "(cid:" in sample or len(_PRIVATE_USE.findall(sample)) > 5:
        return False
    if len(re.findall(r"[^\W\d_]", stripped)) / len(stripped) < 0.5:
        return False
    non_ascii = [w for w in _WORDS.findall(sample) if not w.isascii()]
    return not (len(non_ascii) >= 10 and sum(1 if is_syllable(w) else -1 for w in non_ascii) < 0)


_PAGE_PIECES = ["Kế hoạch", "xây dựng", "nông thôn mới", "2024", " ", "\n", "\t", "ÿþ", "ýü", "ựơ", "hoaựch", "(cid:3)",
                "\ue001", "12/KH-UBND", "²", "½", "_", "…", "Ⅳ", "đạt", "tiêu chí", ";", "\u00a0"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PAGE_PIECES), max_size=120))
def test_one_pass_page_test_equals_three_passes(pieces):
    from pipeline.ingest.read_pdf import text_is_usable

    text = "".join(pieces)
    assert text_is_usable(text) == _usable_three_passes(text)


def _mention_pieces() -> list[str]:
    from extractors.mentions import _words

    w = _words()
    return [*w["criterion_words"], *w["list_intros"], *w["name_links"], *w["fillers"][:6], " ", "  ", ",", ":", "\n",
            "giao thông", "Thủy lợi", "môi trường", "số 5", "8", "xã", "(", ")"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_mention_pieces()), max_size=40))
def test_criterion_word_prefilter_equals_a_full_scan(pieces):
    from extractors.catalogue import Catalogue
    from extractors.mentions import _patterns, _Scanner

    text = "".join(pieces)
    sc = _Scanner(text, Catalogue.get("xa_ntm_2021_2025"))
    for key in ("named", "intro", "intro_colon"):
        rx = _patterns()[key]
        assert [m.span() for m in sc._opening_with_criterion_word(rx)] == [m.span() for m in rx.finditer(text)]


def _unguarded(rx: re.Pattern) -> re.Pattern:
    guard_end = rx.pattern.index(r"\d])") + len(r"\d])")
    assert rx.pattern.startswith("(?=[")
    return re.compile(rx.pattern[guard_end:], rx.flags)


def _citation_pieces() -> list[str]:
    from extractors.facts.legal_refs import vocab

    v = vocab()
    words = [w for ws in v["types"].values() for w in ws][:12] + [w for ws in v.get("abbreviations", {}).values() for w in ws][:4]
    return [*words, " số ", "12/QĐ-UBND", "05/2024/NĐ-CP", " ngày 3/4/2024", ", ", " và ", "Thực hiện", "\n", "của UBND tỉnh"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_citation_pieces()), max_size=30))
def test_guarded_citation_pattern_equals_the_unguarded(pieces):
    from extractors.facts.legal_refs import _type_rx

    text = "".join(pieces)
    rx = _type_rx()[0]
    assert [(m.span(), m.groupdict()) for m in rx.finditer(text)] == \
        [(m.span(), m.groupdict()) for m in _unguarded(rx).finditer(text)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["một", "hai", "trăm", "nghìn", "triệu", "tỷ", "mươi", "lăm", "linh", " ", "đồng", "Đồng",
                                 "(", "5", "bằng chữ:", "\n"]), max_size=30))
def test_guarded_number_words_pattern_equals_the_unguarded(pieces):
    from extractors.money import _patterns

    text = "".join(pieces)
    rx = _patterns()[1]
    assert [m.span() for m in rx.finditer(text)] == [m.span() for m in _unguarded(rx).finditer(text)]


def test_cached_answers_are_copies():
    """A cached answer handed out as a list can be changed by its caller without changing the next answer."""
    from extractors.links import _crit_numbers
    from extractors.nlp import catalogue_spans

    first = catalogue_spans("+ Tiêu chí thuỷ lợi: nạo vét", "xa_ntm_2021_2025")
    first.clear()
    assert catalogue_spans("+ Tiêu chí thuỷ lợi: nạo vét", "xa_ntm_2021_2025")
    nums = _crit_numbers("1. Tiêu chí số 8 về Thông tin và Truyền thông")
    nums.append("99")
    assert _crit_numbers("1. Tiêu chí số 8 về Thông tin và Truyền thông") == ["8"]
