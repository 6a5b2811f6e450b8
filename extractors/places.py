"""Official unit codes for the plan's place, before and after the 2025 reorganisation.

The central database joins on codes, not names: 42 % of commune names repeat
across provinces, so a commune is only resolved together with the district
and province the plan gives. Anything not resolvable is None.
"""
from __future__ import annotations

from functools import lru_cache


def _connect():
    import sqlite3
    from pathlib import Path

    import vietnamadminunits

    db = Path(vietnamadminunits.__file__).parent / "data" / "dataset.db"
    return sqlite3.connect(f"file:{db}?mode=ro", uri=True)


@lru_cache(maxsize=1)
def _provinces() -> dict[str, str]:
    """Folded province short name -> the name as the library's data set writes it."""
    from .fold import fold

    con = _connect()
    try:
        return {fold(p): p for (p,) in con.execute("SELECT DISTINCT provinceShort FROM admin_units_legacy") if p}
    finally:
        con.close()


@lru_cache(maxsize=64)
def _province_index(province_short: str) -> dict:
    """(district, commune) folded short names -> codes, for one province, from the library's own data set.

    One province at a time: indexing the whole country costs more than a worker's other start-up.
    """
    from .fold import fold

    con = _connect()
    index: dict = {}
    try:
        rows = con.execute("SELECT districtShort, wardShort, provinceCode, districtCode, wardCode "
                           "FROM admin_units_legacy WHERE provinceShort = ?", (province_short,))
        for d, w, pc, dc, wc in rows:
            fd, fw = fold(d or ""), fold(w or "")
            if fd and fw:
                index[(fd, fw)] = (pc, dc, wc)
            if fd:
                index.setdefault((fd, None), (pc, dc, None))
            index.setdefault((None, None), (pc, None, None))
    finally:
        con.close()
    return index


@lru_cache(maxsize=4096)
def resolve_unit_codes(commune: str | None, district: str | None, province: str | None,
                       admin_level: str | None) -> dict | None:
    """Exact (diacritic-insensitive) match of the names the plan gives, and the 2025 successor.

    >>> resolve_unit_codes("Tân Linh", "Đại Từ", "Thái Nguyên", "xa")["commune"]
    '05788'
    """
    if not province or not (district or commune):
        return None  # without the province a name is ambiguous: do not guess
    import sqlite3

    from .fold import fold

    try:
        short = _provinces().get(fold(province))
        index = _province_index(short) if short else {}
    except (ImportError, OSError, sqlite3.Error):
        return None
    level3 = bool(commune and admin_level == "xa" and district)
    key = (fold(district) if district else None, fold(commune) if level3 else None)
    hit = index.get(key)
    if hit is None and level3:
        hit = index.get((key[0], None))
        level3 = False
    if hit is None:
        return None
    codes = {"province": hit[0], "district": hit[1], "commune": hit[2] if level3 else None, "successor": None}
    if level3:
        codes["successor"] = _successor(commune, district, province)
    return codes


def _successor(commune: str, district: str, province: str) -> dict | None:
    try:
        from vietnamadminunits import convert_address
    except ImportError:
        return None
    try:
        new = convert_address(f"Xã {commune}, Huyện {district}, Tỉnh {province}")
    except Exception:  # the library raises bare errors on names it cannot convert
        return None
    return {"commune": getattr(new, "ward_code", None), "province": getattr(new, "province_code", None),
            "commune_name": getattr(new, "ward", None), "province_name": getattr(new, "province", None)}
