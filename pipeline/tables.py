"""Flatten a Result into rows of the output tables, keyed by (doc_id, item).

Every row carries provenance: source, start, end, page. Lists (criteria,
units) are stored as JSON text so every backend holds the same values.
"""
from __future__ import annotations

import json
from typing import Any

from extractors.model import Assignment, Budget, CriteriaSummary, CriterionStatus, Deadline, LegalRef, Target

TABLE_ORDER = ["documents", "sections", "criteria", "criteria_summary", "deadlines", "budgets", "assignments",
               "targets", "legal_refs", "findings"]

DOCUMENT_COLUMNS = ["doc_id", "source", "format", "ocr", "pages", "doc_type", "title", "number", "issue_date",
                    "issuer", "admin_level", "commune", "district", "province", "unit_codes", "plan_year", "target",
                    "criteria_set", "signer_name", "signer_title", "encoding", "ocr_confidence", "ocr_pages_to_check", "text_chars",
                    "kehoach_version", "seconds"]

_RECORD_TYPES = {"criteria": CriterionStatus, "criteria_summary": CriteriaSummary, "deadlines": Deadline,
                 "budgets": Budget, "assignments": Assignment, "targets": Target, "legal_refs": LegalRef}
_PROVENANCE = ["raw", "start", "end", "page"]


def columns(table: str) -> list[str]:
    """Column names of a table, in order."""
    if table == "documents":
        return DOCUMENT_COLUMNS
    if table == "sections":
        return ["doc_id", "item", "source", "number", "heading", "level", "kind", "parent", "start", "end", "page"]
    if table == "findings":
        return ["doc_id", "item", "source", "check", "severity", "message", "expected", "actual", "spans"]
    if table == "failures":
        return ["source", "doc_id", "stage", "reason", "at"]
    fields = [f for f in _RECORD_TYPES[table].field_names() if f not in _PROVENANCE]
    return ["doc_id", "item", "source", *fields, *_PROVENANCE]


def _cell(v: Any) -> Any:
    if isinstance(v, (list, dict)):
        return json.dumps(v, ensure_ascii=False)
    if isinstance(v, bool):
        return int(v)
    return v


def result_rows(result, version: str) -> dict[str, list[tuple]]:
    """All rows of one processed document, table by table."""
    doc = result.doc
    d = dict(result.document)
    from .review import pages_to_check

    d.update(text_chars=len(doc.text), kehoach_version=version, seconds=round(result.seconds, 4),
             ocr_pages_to_check=pages_to_check(doc.pages) if doc.ocr else None)
    rows: dict[str, list[tuple]] = {"documents": [tuple(_cell(d.get(c)) for c in DOCUMENT_COLUMNS)]}
    rows["sections"] = [
        (doc.doc_id, i, doc.source, s.number, s.heading, s.level, s.kind, s.parent, s.start, s.end, s.page)
        for i, s in enumerate(doc.sections)]
    for table in _RECORD_TYPES:
        cols = columns(table)
        out = []
        for i, rec in enumerate(result.tables.get(table, [])):
            r = rec.to_dict()
            r.update(doc_id=doc.doc_id, item=i, source=doc.source)
            out.append(tuple(_cell(r.get(c)) for c in cols))
        rows[table] = out
    rows["findings"] = [
        (doc.doc_id, i, doc.source, f.check, f.severity, f.message, _cell(f.expected), _cell(f.actual), _cell(f.spans))
        for i, f in enumerate(result.findings)]
    return rows


# Vietnamese column headers for the XLSX workbook
VI_HEADERS = {
    "doc_id": "Mã tài liệu", "item": "STT", "source": "Tệp nguồn", "start": "Vị trí đầu", "end": "Vị trí cuối",
    "page": "Trang", "raw": "Nguyên văn", "format": "Định dạng", "ocr": "OCR", "pages": "Số trang",
    "doc_type": "Loại văn bản", "title": "Trích yếu", "number": "Số ký hiệu", "issue_date": "Ngày ban hành",
    "issuer": "Cơ quan ban hành", "admin_level": "Cấp", "commune": "Xã", "district": "Huyện", "province": "Tỉnh",
    "unit_codes": "Mã đơn vị hành chính", "plan_year": "Năm kế hoạch", "target": "Mục tiêu",
    "criteria_set": "Bộ tiêu chí", "signer_name": "Người ký", "signer_title": "Chức vụ người ký",
    "encoding": "Bảng mã", "ocr_confidence": "Độ tin cậy OCR",
    "ocr_pages_to_check": "Trang OCR cần kiểm tra", "text_chars": "Số ký tự",
    "kehoach_version": "Phiên bản kehoach", "seconds": "Thời gian xử lý (giây)",
    "number_": "Số mục", "heading": "Tiêu đề", "level": "Cấp mục", "kind": "Loại", "parent": "Mục cha",
    "criterion": "Tiêu chí", "indicator": "Chỉ tiêu", "name": "Tên tiêu chí", "status": "Tình trạng", "year": "Năm",
    "count": "Số lượng", "total": "Tổng số", "date": "Thời hạn", "precision": "Độ chính xác",
    "relation": "Quan hệ", "task": "Nhiệm vụ", "units": "Đơn vị", "criteria": "Tiêu chí liên quan",
    "amount_vnd": "Số tiền (đồng)", "role": "Vai trò", "purpose": "Mục đích", "source_of_funds": "Nguồn vốn",
    "precision_vnd": "Độ chính xác (đồng)", "unit": "Đơn vị", "unit_raw": "Đơn vị (nguyên văn)",
    "metric": "Chỉ số", "comparator": "So sánh", "value": "Giá trị", "type": "Loại văn bản",
    "issuer_": "Cơ quan ban hành", "check": "Kiểm tra", "severity": "Mức độ", "message": "Nội dung",
    "expected": "Giá trị đúng", "actual": "Giá trị ghi", "spans": "Vị trí", "stage": "Bước", "reason": "Lý do",
    "at": "Thời điểm",
}
