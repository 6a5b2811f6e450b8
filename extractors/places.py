"""Official unit codes for the plan's place, before and after the 2025 reorganisation.

The central database joins on codes, not names: 42 % of commune names repeat
across provinces, so a commune is only resolved together with the district
and province the plan gives. Anything not resolvable is None.
"""
from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def _legacy_index() -> dict:
    """(province, district, commune) folded short names -> codes, from the library's own data set."""
    import sqlite3
    from pathlib import Path

    import vietnamadminunits

    from pipeline.vietnamese import fold

    db = Path(vietnamadminunits.__file__).parent / "data" / "dataset.db"
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    index: dict = {}
    for p, d, w, pc, dc, wc in con.execute("SELECT provinceShort, districtShort, wardShort, provinceCode, districtCode, "
                                           "wardCode FROM admin_units_legacy"):
        if not p:
            continue
        fp, fd, fw = fold(p), fold(d or ""), fold(w or "")
        if fd and fw:
            index[(fp, fd, fw)] = (pc, dc, wc)
        if fd:
            index.setdefault((fp, fd, None), (pc, dc, None))
        index.setdefault((fp, None, None), (pc, None, None))
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
    from pipeline.vietnamese import fold

    try:
        index = _legacy_index()
    except (ImportError, OSError):
        return None
    level3 = bool(commune and admin_level == "xa" and district)
    key = (fold(province), fold(district) if district else None, fold(commune) if level3 else None)
    hit = index.get(key)
    if hit is None and level3:
        hit = index.get((key[0], key[1], None))
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
