"""spaCy and underthesea, where they earn their place; both loaded once per process, nothing downloaded.

- spaCy's blank multilingual tokenizer gives clean syllable tokens with character
  offsets; a PhraseMatcher on a NORM attribute (folded, tone placement unified) finds
  every catalogue name in a text in one pass, "Thuỷ lợi" and "Thủy lợi" alike, and
  ``Doc`` offsets map a match back to the exact characters.
- underthesea's word segmentation (``use_token_normalize=False`` keeps the spelling)
  finds word boundaries, so the metric of a target is cut at a word ("tỷ lệ hộ nghèo
  đa chiều"), not in the middle of one.

>>> catalogue_spans("+ Tiêu chí thuỷ lợi: nạo vét", "xa_ntm_2021_2025")
[CatalogueSpan(start=11, end=19, criterion=3)]

Refuses: overlapping matches (the longest wins); a metric phrase keeps no leading verb or
number and no trailing comparator word (the word lists are data, extractors/data/nlp.yaml).
"""
from __future__ import annotations

from dataclasses import dataclass
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


@dataclass(frozen=True)
class CatalogueSpan:
    """A catalogue name found in a text: character offsets and the criterion it names."""

    start: int
    end: int
    criterion: int


def catalogue_spans(text: str, set_id: str | None) -> list[CatalogueSpan]:
    """Every catalogue name in ``text``, longest matches, no overlaps."""
    from spacy.util import filter_spans

    cat = Catalogue.get(set_id)
    doc = norm_doc(text)
    matcher = catalogue_matcher(cat.id)
    spans = matcher(doc, as_spans=True)
    return [CatalogueSpan(s.start_char, s.end_char, int(s.label_)) for s in sorted(filter_spans(spans), key=lambda s: s.start)]


@lru_cache(maxsize=1)
def _word_tokenize():
    from underthesea import word_tokenize

    return word_tokenize


@lru_cache(maxsize=1)
def _edges() -> tuple[set[str], set[str]]:
    """Words a metric phrase does not begin with / end with (data: extractors/data/nlp.yaml)."""
    from .common import load_data

    data = load_data("nlp.yaml")
    return set(data["metric_leading"]), set(data["metric_trailing"])


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
    leading, trailing = _edges()
    while ws and ws[-1].lower() in trailing:
        ws.pop()
    ws = ws[-max_words:]
    while ws and (ws[0].lower() in leading or ws[0].isdigit()):
        ws.pop(0)
    return " ".join(ws)
