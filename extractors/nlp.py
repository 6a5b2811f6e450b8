"""spaCy and underthesea, where they earn their place; both loaded once per process, nothing downloaded.

- spaCy's blank multilingual tokenizer gives clean syllable tokens with character
  offsets; a PhraseMatcher on a NORM attribute (folded, tone placement unified) finds
  every catalogue name in a text in one pass, "Thuỷ lợi" and "Thủy lợi" alike, and
  ``Doc`` offsets map a match back to the exact characters.
- underthesea's word segmentation (``use_token_normalize=False`` keeps the spelling)
  finds word boundaries, so the metric of a target is cut at a word ("tỷ lệ hộ nghèo
  đa chiều"), not in the middle of one.

>>> [(s, e, no) for s, e, no in catalogue_spans("+ Tiêu chí thuỷ lợi: nạo vét", "xa_ntm_2021_2025")]
[(11, 19, 3)]
"""
from __future__ import annotations

from functools import lru_cache

from .catalogue import Catalogue
from .fold import word_key


@lru_cache(maxsize=1)
def blank():
    import spacy

    return spacy.blank("xx")


def norm_doc(text: str):
    """A spaCy Doc of ``text`` whose tokens carry the matching key as NORM."""
    doc = blank().make_doc(text)
    for tok in doc:
        key = word_key(tok.text)
        tok.norm_ = key if key else tok.text.lower()
    return doc


@lru_cache(maxsize=16)
def catalogue_matcher(set_id: str):
    from spacy.matcher import PhraseMatcher
    from spacy.tokens import Doc

    nlp = blank()
    matcher = PhraseMatcher(nlp.vocab, attr="NORM")
    cat = Catalogue.get(set_id)
    by_no: dict[int, list] = {}
    for key, no in cat.keys.items():
        words = key.split()
        pattern = Doc(nlp.vocab, words=words)
        for tok, w in zip(pattern, words):
            tok.norm_ = w
        by_no.setdefault(no, []).append(pattern)
    for no, patterns in by_no.items():
        matcher.add(str(no), patterns)
    return matcher


def catalogue_spans(text: str, set_id: str | None) -> list[tuple[int, int, int]]:
    """(start, end, criterion) of every catalogue name in ``text``, longest matches, no overlaps."""
    from spacy.util import filter_spans

    cat = Catalogue.get(set_id)
    doc = norm_doc(text)
    matcher = catalogue_matcher(cat.id)
    spans = matcher(doc, as_spans=True)
    return [(s.start_char, s.end_char, int(s.label_)) for s in sorted(filter_spans(spans), key=lambda s: s.start)]


@lru_cache(maxsize=1)
def _word_tokenize():
    from underthesea import word_tokenize

    return word_tokenize


_LEADING = {"phấn đấu", "phần đầu", "đến", "năm", "trong", "có", "là", "và", "đảm bảo", "bảo đảm", "nâng", "giữ", "để",
            "nhằm", "thực hiện", "hoàn thành", "toàn", "huyện", "xã", "tỉnh", "mỗi", "các"}
_TRAILING = {"đạt", "ở", "mức", "là", "còn", "xuống", "lên", "dưới", "trên", "từ", "đến", "giảm", "tăng", "khoảng",
             "có", "tối thiểu", "tối đa", "ít nhất", "phải", "phấn đấu", "và", "với", "cho"}


def words(text: str) -> list[str]:
    """Vietnamese words (multi-syllable where they are one word)."""
    if not text.strip():
        return []
    return _word_tokenize()(text, use_token_normalize=False)


def metric_phrase(clause: str, max_words: int = 8) -> str:
    """The noun phrase a figure measures: the clause's last words, without the verbs around the figure.

    >>> metric_phrase("Phấn đấu đến năm 2025, tỷ lệ hộ nghèo đa chiều giảm xuống")
    'tỷ lệ hộ nghèo đa chiều'
    """
    clause = clause.rsplit(",", 1)[-1]
    ws = [w for w in words(clause) if any(c.isalnum() for c in w)]
    while ws and ws[-1].lower() in _TRAILING:
        ws.pop()
    ws = ws[-max_words:]
    while ws and (ws[0].lower() in _LEADING or ws[0].isdigit()):
        ws.pop(0)
    return " ".join(ws)
