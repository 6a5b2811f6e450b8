"""The light phrase index and segmenter give what spaCy's PhraseMatcher and underthesea give.

extractors/nlp.py avoids importing spaCy and underthesea (over two seconds of start-up
together); these tests run the reference libraries beside it on generated plans and on
sentences of our own, so a difference shows here first.
"""
import functools
import re
import sys

import pytest

from extractors.catalogue import Catalogue
from extractors.fold import word_key
from extractors.nlp import catalogue_spans, metric_phrase, words
from pipeline.synth.generate import Composer

SETS = ["xa_ntm_2021_2025", "xa_ntm_2016_2020", "xa_ntm_nang_cao_2021_2025"]


@functools.lru_cache(maxsize=4)
def spacy_matcher(set_id: str):
    import spacy
    from spacy.matcher import PhraseMatcher
    from spacy.tokens import Doc

    nlp = spacy.blank("xx")
    matcher = PhraseMatcher(nlp.vocab, attr="NORM")
    for key, no in Catalogue.get(set_id).keys.items():
        pattern = Doc(nlp.vocab, words=key.split())
        for tok, w in zip(pattern, key.split()):
            tok.norm_ = w
        matcher.add(str(no), [pattern])
    return nlp, matcher


def spacy_spans(text: str, set_id: str) -> list[tuple[int, int, int]]:
    """The reference: spaCy's blank tokenizer, a PhraseMatcher on NORM, filter_spans."""
    from spacy.util import filter_spans

    nlp, matcher = spacy_matcher(set_id)
    doc = nlp.make_doc(text)
    for tok in doc:
        tok.norm_ = word_key(tok.text) or tok.text.lower()
    return sorted((s.start_char, s.end_char, int(s.label_)) for s in filter_spans(matcher(doc, as_spans=True)))


def _lines(n: int) -> list[str]:
    lines: list[str] = []
    for seed in range(n):
        lines += [ln for ln in Composer(seed, 2).compose().text().splitlines() if ln.strip()]
    return lines


@pytest.fixture(scope="module")
def plan_lines():
    return _lines(6)


@pytest.mark.parametrize("set_id", SETS)
def test_catalogue_spans_agree_with_spacy(plan_lines, set_id):
    own = ["+ Giao thông & thủy lợi; văn hoá-thông tin và truyền thông, y tế:", "TIÊU CHÍ SỐ 9 - NHÀ Ở DÂN CƯ."]
    differ = [ln for ln in plan_lines + own
              if [(s.start, s.end, s.criterion) for s in catalogue_spans(ln, set_id)] != spacy_spans(ln, set_id)]
    assert differ == []


def test_longest_name_wins():
    spans = catalogue_spans("thực hiện tiêu chí nhà ở dân cư và thông tin truyền thông", "xa_ntm_2016_2020")
    assert [(s.criterion) for s in spans] and all(s.end > s.start for s in spans)


def reference_words(text: str) -> list[str]:
    from underthesea import word_tokenize

    return word_tokenize(text, use_token_normalize=False) if text.strip() else []


OWN_CLAUSES = [
    "Phấn đấu đến hết năm 2026, tỷ lệ hộ dân dùng nước sạch đạt trên 72,5 %",
    "thu nhập bình quân đầu người đạt 68 triệu đồng/người/năm",
    "Tỷ lệ người tham gia BHYT-NTM đạt 95% (tăng 2,3%) so với năm 2024",
    "giữ vững 100% thôn có nhà văn hóa đạt chuẩn...",
    "đến 30/9/2026 hoàn thành 12 km đường trục xã",
]


def test_metric_phrases_agree_with_underthesea(plan_lines):
    clauses = OWN_CLAUSES + [ln for ln in plan_lines if re.search(r"\d\s*%|triệu|km", ln)][:150]
    differ = []
    for clause in clauses:
        mine = metric_phrase(clause)
        ref = _reference_metric(clause)
        if mine != ref:
            differ.append((clause, mine, ref))
    assert differ == []


def _reference_metric(clause: str) -> str:
    from extractors import nlp

    original = nlp.words
    nlp.words = reference_words
    try:
        return nlp.metric_phrase(clause)
    finally:
        nlp.words = original


def test_words_of_an_empty_text():
    assert words("   ") == []


def test_neither_library_package_is_imported():
    for name in [m for m in sys.modules if m.split(".")[0] in ("spacy", "underthesea")]:
        sys.modules.pop(name)
    catalogue_spans("tiêu chí giao thông", "xa_ntm_2021_2025")
    metric_phrase("tỷ lệ hộ nghèo giảm còn 1,2%")
    assert not [m for m in sys.modules if m.split(".")[0] in ("spacy", "underthesea")]
