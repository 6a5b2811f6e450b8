"""``--format spacy``: every stored record comes back as a labelled span of its plan's text."""
import spacy
from spacy.tokens import DocBin

from pipeline.batch import run_batch

PLAN = """ỦY BAN NHÂN DÂN
XÃ HÒA LẠC
Số: 21/KH-UBND
KẾ HOẠCH
Xây dựng xã Hòa Lạc đạt chuẩn nông thôn mới nâng cao năm 2025
Căn cứ Quyết định số 318/QĐ-TTg ngày 08/3/2022 của Thủ tướng Chính phủ;
1. Tiêu chí Giao thông: hoàn thành trước ngày 30/9/2025, kinh phí 2,5 tỷ đồng.
Giao Phòng Kinh tế chủ trì, phối hợp với Văn phòng Điều phối nông thôn mới huyện thực hiện.
"""


def test_the_docbin_holds_each_plan_with_its_records_as_spans(tmp_path):
    plans = tmp_path / "plans"
    plans.mkdir()
    (plans / "hoa_lac.txt").write_text(PLAN, encoding="utf-8")
    (plans / "other.txt").write_text(PLAN.replace("Hòa Lạc", "Tân Phú").replace("2,5", "3"), encoding="utf-8")
    out = tmp_path / "out"
    summary = run_batch([plans], out, formats=["spacy"], workers=1, progress=False)
    assert summary.processed == 2

    docs = list(DocBin().from_disk(out / "kehoach.spacy").get_docs(spacy.blank("xx").vocab))
    assert sorted(d.user_data["source"].rsplit("/", 1)[1] for d in docs) == ["hoa_lac.txt", "other.txt"]
    doc = next(d for d in docs if d.user_data["source"].endswith("hoa_lac.txt"))
    assert doc.text == PLAN
    spans = {(s.label_, s.text) for s in doc.spans["kehoach"]}
    assert ("budgets", "2,5 tỷ đồng") in spans
    assert any(label == "legal_refs" and "318/QĐ-TTg" in text for label, text in spans)
    assert any(label == "deadlines" and "30/9/2025" in text for label, text in spans)
    assert {label for label, _ in spans} >= {"assignments", "deadlines", "budgets", "legal_refs"}
    assert len(doc.user_data["doc_id"]) == 64


def test_a_record_inside_a_token_is_widened_to_whole_tokens(tmp_path):
    from extractors.model import Document
    from pipeline.export_spacy import _nlp, plan_doc
    from pipeline.run import Result

    text = "Chi 12,5tỷ đồng cho đường."
    rec = type("Rec", (), {"start": 4, "end": 8})()  # "12,5" inside the token "12,5tỷ"
    result = Result(Document.from_text(text, source="x.txt"), {"budgets": [rec]})
    doc = plan_doc(_nlp(), result)
    (span,) = doc.spans["kehoach"]
    assert span.label_ == "budgets" and span.start_char <= 4 and span.end_char >= 8
