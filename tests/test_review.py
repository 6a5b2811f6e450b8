"""Pages a clerk should check: OCR pages below the confidence limit, in the tables and the review page."""
from extractors.model import Document, Page
from pipeline.review import pages_to_check


def test_only_ocr_pages_below_the_limit_are_flagged():
    pages = [Page(1, 0, True, 95.0), Page(2, 10, True, 80.0), Page(3, 20, False, None), Page(4, 30, True, None)]
    assert pages_to_check(pages, threshold=90) == [2]
    assert pages_to_check(pages, threshold=70) == []


def test_the_documents_table_and_the_review_page_name_the_pages_to_check():
    from extractors.tables import table_schema
    from pipeline.report import render_html
    from pipeline.run import process
    from pipeline.tables import result_rows

    text = "KẾ HOẠCH\nXây dựng nông thôn mới năm 2024\n\nTrang hai của kế hoạch.\n"
    doc = Document(text, source="scan.pdf", ocr=True, pages=[Page(1, 0, True, 96.0), Page(2, 35, True, 61.0)])
    result = process(doc)
    documents = next(r for r in result_rows(result, "test") if r.table == "documents")
    row = dict(zip(table_schema("documents").names, documents.values[0]))
    assert row["ocr_pages_to_check"] == "[2]"
    assert "Trang cần kiểm tra lại (OCR kém tin cậy): 2" in render_html(result)
