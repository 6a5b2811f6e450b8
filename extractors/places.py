"""Official unit codes for the plan's place, before and after the 2025 reorganisation.

The central database joins on codes, not names: 42 % of commune names repeat
across provinces, so a commune is only resolved together with the district
and province the plan gives. Anything not resolvable is None.
"""
from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=4096)
def resolve_unit_codes(commune: str | None, district: str | None, province: str | None,
                       admin_level: str | None) -> dict | None:
    if not province or not (district or commune):
        return None  # without the province a name is ambiguous: do not guess
    try:
        from vietnamadminunits import convert_address, parse_address
    except ImportError:
        return None
    parts = []
    if commune and admin_level == "xa":
        parts.append(f"Xã {commune}")
    if district:
        parts.append(f"Huyện {district}")
    parts.append(f"Tỉnh {province}")
    address = ", ".join(parts)
    level = 3 if (commune and admin_level == "xa") else 2
    try:
        old = parse_address(address, mode="LEGACY", level=level)
    except Exception:  # the library raises bare ValueErrors on unknown names
        return None
    codes = {
        "commune": getattr(old, "ward_code", None) if level == 3 else None,
        "district": getattr(old, "district_code", None),
        "province": getattr(old, "province_code", None),
    }
    if not codes["province"] or (district and not codes["district"]):
        return None
    if level == 3 and commune and not codes["commune"]:
        return None
    # a fuzzy library match to another name is no match
    from pipeline.vietnamese import fold

    if level == 3 and fold(getattr(old, "short_ward", "") or "") != fold(commune):
        codes["commune"] = None
    if district and fold(getattr(old, "short_district", "") or "") != fold(district):
        return None
    successor = None
    if level == 3 and codes["commune"]:
        try:
            new = convert_address(address)
            successor = {"commune": getattr(new, "ward_code", None), "province": getattr(new, "province_code", None),
                         "commune_name": getattr(new, "ward", None), "province_name": getattr(new, "province", None)}
        except Exception:
            successor = None
    codes["successor"] = successor
    return codes
