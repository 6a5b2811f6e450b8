"""kehoach: Vietnamese NTM plans into auditable tables.

Library use (e.g. from a notebook)::

    from pipeline import extract_file
    result = extract_file("plan.docx")
    result.document["plan_year"], result.tables["deadlines"]
"""
__version__ = "0.1.0"


def extract_file(path, ocr: bool = True):
    from .run import extract_file as _extract

    return _extract(path, ocr=ocr)


def load(path, ocr: bool = True):
    from .ingest import load as _load

    return _load(path, ocr=ocr)
