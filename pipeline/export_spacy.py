"""The stored plans as a spaCy ``DocBin``: every record a labelled span, for review and training.

``kehoach extract plans/ --out outputs/ --format spacy`` writes ``outputs/kehoach.spacy``. Each
plan is one ``Doc`` of its NFC text (spaCy's multi-language tokenizer), with the span group
``kehoach`` holding one span per record, labelled with its table ("criteria", "deadlines",
"budgets", …), and ``doc.user_data`` holding ``doc_id``, ``source`` and the plan's fields. A
record whose offsets fall inside a token is widened to whole tokens (``alignment_mode="expand"``).

    >>> from pipeline.run import extract_text
    >>> r = extract_text("KẾ HOẠCH\\nXây dựng NTM năm 2024\\n- Xong trước ngày 30/6/2024, kinh phí 1,2 tỷ đồng.")
    >>> doc = plan_doc(_nlp(), r)
    >>> [(s.label_, s.text) for s in doc.spans["kehoach"]]
    [('deadlines', 'Xong trước ngày 30/6/2024'), ('budgets', '1,2 tỷ đồng')]

Read back with ``DocBin().from_disk("outputs/kehoach.spacy").get_docs(spacy.blank("xx").vocab)``.
"""
from __future__ import annotations

from pathlib import Path

from .results import stored_results
from .store import Store

SPAN_GROUP = "kehoach"


def _nlp():
    import spacy

    return spacy.blank("xx")  # rule-based, no model to download: splits punctuation off words


def plan_doc(nlp, result):
    """One stored plan as a spaCy Doc with its records as labelled spans."""
    doc = nlp.make_doc(result.doc.text)
    spans = []
    for table, records in result.tables.items():
        for r in records:
            span = doc.char_span(r.start, r.end, label=table, alignment_mode="expand")
            if span is not None and len(span):
                spans.append(span)
    doc.spans[SPAN_GROUP] = sorted(spans, key=lambda s: (s.start_char, s.end_char, s.label_))
    doc.user_data.update({"doc_id": result.doc.doc_id, "source": result.doc.source,
                          **{k: v for k, v in result.document.items() if isinstance(v, (str, int, float, bool))}})
    return doc


def write_docbin(store: Store, path: Path) -> Path:
    """Every stored plan into one DocBin file at ``path`` (written under a temporary name)."""
    from spacy.tokens import DocBin

    from .export import atomic_path

    nlp = _nlp()
    docs = DocBin(attrs=["ORTH", "SPACY"], store_user_data=True)
    for result in stored_results(store):
        docs.add(plan_doc(nlp, result))
    with atomic_path(Path(path)) as tmp:
        tmp.write_bytes(docs.to_bytes())
    return Path(path)
