"""Catalogue names and word boundaries, with nothing heavy imported on the way.

- Catalogue names are found by a phrase index over matching keys (folded, tone
  placement unified): every name of a catalogue in one pass, "Thuỷ lợi" and "Thủy lợi"
  alike, the longest match winning where two overlap, as spaCy's ``PhraseMatcher`` with
  ``filter_spans`` does (``tests/test_nlp.py`` checks both agree on generated plans).
  spaCy itself costs over a second to import, more than a whole plan's extraction.
- underthesea's word segmentation model (its CRF, read from the package's own model
  files through ``underthesea_core``) finds word boundaries, so the metric of a target
  is cut at a word ("tỷ lệ hộ nghèo đa chiều"), not in the middle of one. Importing
  the ``underthesea`` package would load every one of its pipelines first.

>>> catalogue_spans("+ Tiêu chí thuỷ lợi: nạo vét", "xa_ntm_2021_2025")
[CatalogueSpan(start=11, end=19, criterion=3)]

Refuses: overlapping matches (the longest wins); a metric phrase keeps no leading verb or
number and no trailing comparator word (the word lists are data, extractors/data/nlp.yaml).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .catalogue import Catalogue
from .fold import word_key

# a syllable or a number run, or one punctuation mark (a name does not run across one, as with
# spaCy's tokens); "&" reads as "và", as in names written "Giao thông & Thủy lợi"
_TOKEN = re.compile(r"[^\W_]+|[^\w\s]")


@dataclass(frozen=True)
class CatalogueSpan:
    """A catalogue name found in a text: character offsets and the criterion it names."""

    start: int
    end: int
    criterion: int


@lru_cache(maxsize=16)
def _index(set_id: str) -> dict[str, list[tuple[tuple[str, ...], int]]]:
    """First word of a name key -> (the key's words, criterion number), longest first."""
    index: dict[str, list[tuple[tuple[str, ...], int]]] = {}
    for key, no in Catalogue.get(set_id).keys.items():
        words = tuple(key.split())
        if words:
            index.setdefault(words[0], []).append((words, no))
    for entries in index.values():
        entries.sort(key=lambda e: -len(e[0]))
    return index


def _keys(text: str) -> list[tuple[str, int, int]]:
    return [(word_key(m.group()) or m.group().lower(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def catalogue_spans(text: str, set_id: str | None) -> list[CatalogueSpan]:
    """Every catalogue name in ``text``, longest matches, no overlaps."""
    return list(_catalogue_spans(text, set_id))


@lru_cache(maxsize=4096)  # list items recur ("- Giao thông:") within a plan and across a batch
def _catalogue_spans(text: str, set_id: str | None) -> tuple[CatalogueSpan, ...]:
    cat = Catalogue.get(set_id)
    index = _index(cat.id)
    toks = _keys(text)
    found: list[tuple[int, int, int]] = []  # token start, token end, criterion
    for i, (key, _, _) in enumerate(toks):
        for words, no in index.get(key, ()):
            n = len(words)
            if tuple(t[0] for t in toks[i:i + n]) == words:
                found.append((i, i + n, no))
    # spaCy's filter_spans: longest first, then earliest; a span overlapping a kept one is dropped
    kept: list[tuple[int, int, int]] = []
    taken: set[int] = set()
    for s, e, no in sorted(found, key=lambda f: (f[1] - f[0], -f[0]), reverse=True):
        if not taken.intersection(range(s, e)):
            kept.append((s, e, no))
            taken.update(range(s, e))
    return tuple(CatalogueSpan(toks[s][1], toks[e - 1][2], no) for s, e, no in sorted(kept))


# underthesea's tokenizer keeps a number with its separators ("1,5", "20/11/2024") and a
# word with inner hyphens or dots ("BHYT-NTM"); the model was trained on such tokens
_WORD_TOKEN = re.compile(r"\d+(?:[.,/-]\d+)*|[^\W\d_]+(?:[-.][^\W\d_]+)*|\.{2,}|\S")


@lru_cache(maxsize=1)
def _segmenter():
    import importlib.util
    import pickle
    from pathlib import Path

    from underthesea_core import CRFFeaturizer, CRFTagger

    spec = importlib.util.find_spec("underthesea")  # the package's files, without running its __init__
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("underthesea is not installed")
    base = Path(next(iter(spec.submodule_search_locations))) / "pipeline" / "word_tokenize" / "models"
    model = next(base.glob("ws_crf_*"))
    tagger = CRFTagger()
    tagger.load(str(model / "models.bin"))
    # joblib wrote these as plain pickles of a list and a set; the files ship inside the installed package
    features = pickle.loads((model / "features.bin").read_bytes())
    dictionary = pickle.loads((model / "dictionary.bin").read_bytes())
    return CRFFeaturizer(features, dictionary), tagger


@lru_cache(maxsize=1)
def _edges() -> tuple[set[str], set[str]]:
    """Words a metric phrase does not begin with / end with (data: extractors/data/nlp.yaml)."""
    from .common import load_data

    data = load_data("nlp.yaml")
    return set(data["metric_leading"]), set(data["metric_trailing"])


def words(text: str) -> list[str]:
    """Vietnamese words (multi-syllable where they are one word).

    >>> words("tỷ lệ hộ nghèo đa chiều")
    ['tỷ lệ', 'hộ', 'nghèo', 'đa chiều']
    """
    return list(_words(text))


@lru_cache(maxsize=4096)
def _words(text: str) -> tuple[str, ...]:
    # a plan's figures share clauses, and an archive's plans share phrases: the tagger runs once per clause
    tokens = _WORD_TOKEN.findall(text)
    if not tokens:
        return ()
    featurizer, tagger = _segmenter()
    tags = tagger.tag(featurizer.process([[[t] for t in tokens]])[0])
    out: list[str] = []
    for tag, token in zip(tags, tokens):
        if tag == "I-W" and out:
            out[-1] += " " + token
        else:
            out.append(token)
    return tuple(out)


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
