"""Official unit codes for the plan's place, before and after the 2025 reorganisation.

The central database joins on codes, not names: 42 % of commune names repeat
across provinces, so a commune is only resolved together with the district
and province the plan gives. Anything not resolvable is None.

The codes come from vietnamadminunits' own data files (its SQLite data set and
its 2025 conversion table), read directly: importing the package costs about a
second of start-up (it loads its parsers, pandas and geocoders), which a single
``kehoach extract`` would pay for one lookup. ``tests/test_places.py`` checks the
successor against the library's ``convert_address``.
"""
from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=1)
def _data_dir() -> Path | None:
    import importlib.util

    spec = importlib.util.find_spec("vietnamadminunits")  # finds the package without running it
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))) / "data"


def _connect() -> sqlite3.Connection:
    folder = _data_dir()
    if folder is None:
        raise OSError("vietnamadminunits is not installed")
    return sqlite3.connect(f"file:{folder / 'dataset.db'}?mode=ro", uri=True)


@lru_cache(maxsize=1)
def _provinces() -> dict[str, str]:
    """Folded province short name -> the name as the library's data set writes it."""
    from .fold import fold

    con = _connect()
    try:
        return {fold(p): p for (p,) in con.execute("SELECT DISTINCT provinceShort FROM admin_units_legacy") if p}
    finally:
        con.close()


def provinces_before_2025() -> dict[str, str]:
    """Folded province short name -> name, of the 63 provinces before 2025; empty without the data set."""
    try:
        return _provinces()
    except (OSError, sqlite3.Error):
        return {}


@lru_cache(maxsize=1)
def _unit_names() -> dict[str, frozenset[str]]:
    """Folded short names of every unit by level, before and after 2025 (a "thành phố" can be a province)."""
    sp = _spellings()
    tinh, district = frozenset(sp["tinh"]), frozenset(sp["huyen"])
    return {"tinh": tinh, "huyen": district | tinh, "xa": frozenset(sp["xa"]), "district_only": district}


def known_unit_name(name: str, level: str) -> bool:
    """True when ``name`` (any case, with or without marks) is the short name of a unit of ``level``
    (xa/huyen/tinh) in the library's data set; False when it is not, or the data set is missing.

    >>> known_unit_name("NINH THUẬN", "tinh"), known_unit_name("Ninh", "tinh"), known_unit_name("Kỳ Anh", "huyen")
    (True, False, True)
    """
    from .fold import fold

    try:
        names = _unit_names()
    except (OSError, sqlite3.Error):
        return False
    return fold(" ".join(name.split())) in names.get(level, frozenset())


def unit_names_available() -> bool:
    """True when the library's data set of unit names can be read (names can then be checked)."""
    try:
        return bool(_unit_names()["tinh"])
    except (OSError, sqlite3.Error):
        return False


def province_not_district(name: str) -> bool:
    """True when ``name`` is a province's short name and no district's: "thành phố Hải Phòng" is a province,
    "thành phố Thái Nguyên" a district. False when the data set is missing (no guess).

    >>> province_not_district("Hải Phòng"), province_not_district("Thái Nguyên"), province_not_district("Đại Từ")
    (True, False, False)
    """
    from .fold import fold

    try:
        names = _unit_names()
    except (OSError, sqlite3.Error):
        return False
    key = fold(" ".join(name.split()))
    return key in names["tinh"] and key not in names["district_only"]


@dataclass(frozen=True)
class LegacyUnit:
    """One row of the pre-2025 data set: codes, and the keys the 2025 conversion table uses."""

    province: str
    district: str | None
    commune: str | None
    key: str  # "tinhthainguyen_huyendaitu_xatanlinh"
    province_key: str


@lru_cache(maxsize=64)
def _province_index(province_short: str) -> dict[tuple[str | None, str | None], LegacyUnit]:
    """(district, commune) folded short names -> unit, for one province, from the library's own data set.

    One province at a time: indexing the whole country costs more than a worker's other start-up.
    """
    from .fold import fold

    con = _connect()
    index: dict[tuple[str | None, str | None], LegacyUnit] = {}
    try:
        rows = con.execute("SELECT districtShort, wardShort, provinceCode, districtCode, wardCode, "
                           "provinceKey, districtKey, wardKey FROM admin_units_legacy WHERE provinceShort = ?",
                           (province_short,))
        for d, w, pc, dc, wc, pk, dk, wk in rows:
            fd, fw = fold(d or ""), fold(w or "")
            if fd and fw:
                index[(fd, fw)] = LegacyUnit(pc, dc, wc, f"{pk}_{dk}_{wk}", pk)
            if fd:
                index.setdefault((fd, None), LegacyUnit(pc, dc, None, f"{pk}_{dk}_", pk))
            index.setdefault((None, None), LegacyUnit(pc, None, None, f"{pk}__", pk))
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
    from .fold import fold

    try:
        short = _provinces().get(fold(province))
        index = _province_index(short) if short else {}
    except (OSError, sqlite3.Error):
        return None
    level3 = bool(commune and admin_level == "xa" and district)
    key = (fold(district) if district else None, fold(commune) if level3 else None)
    hit = index.get(key)
    if hit is None and level3:
        hit = index.get((key[0], None))
        level3 = False
    if hit is None:
        return None
    codes = {"province": hit.province, "district": hit.district, "commune": hit.commune if level3 else None,
             "successor": None}
    if level3:
        try:
            codes["successor"] = successor(hit)
        except (OSError, ValueError, sqlite3.Error):
            codes["successor"] = None
    return codes


@lru_cache(maxsize=1)
def _conversion() -> dict:
    folder = _data_dir()
    if folder is None:
        raise OSError("vietnamadminunits is not installed")
    return json.loads((folder / "converter_2025.json").read_text("utf-8"))


@lru_cache(maxsize=1)
def _old_to_new_ward() -> dict[str, str]:
    """Old "province_district_commune" key -> new commune key, for communes not divided in 2025."""
    out: dict[str, str] = {}
    for wards in _conversion()["DICT_PROVINCE_WARD_NO_DIVIDED"].values():
        for new_key, olds in wards.items():
            for old in olds:
                out.setdefault(old, new_key)
    return out


def _new_ward_key(new_province: str, old_key: str) -> str | None:
    hit = _old_to_new_ward().get(old_key)  # old keys name their province, so they are unique country-wide
    if hit:
        return hit
    divided = _conversion()["DICT_PROVINCE_WARD_DIVIDED"].get(new_province, {}).get(old_key, [])
    # a divided commune without a street address goes to the part the table marks as default
    return next((w["newWardKey"] for w in divided if w.get("isDefaultNewWard")), None)


def successor(unit: LegacyUnit) -> dict | None:
    """The 2025 commune (and province) that took ``unit`` over, as the library's conversion table gives it."""
    new_province = next((k for k, olds in _conversion()["DICT_PROVINCE"].items() if unit.province_key in olds), None)
    if new_province is None:
        return None
    new_ward = _new_ward_key(new_province, unit.key)
    con = _connect()
    try:
        if new_ward is None:
            row = con.execute("SELECT NULL, provinceCode, NULL, province FROM admin_units WHERE provinceKey = ? "
                              "LIMIT 1", (new_province,)).fetchone()
        else:
            row = con.execute("SELECT wardCode, provinceCode, ward, province FROM admin_units "
                              "WHERE provinceKey = ? AND wardKey = ?", (new_province, new_ward)).fetchone()
    finally:
        con.close()
    if row is None:
        return None
    return {"commune": row[0], "province": row[1], "commune_name": row[2], "province_name": row[3]}


@lru_cache(maxsize=1)
def _spellings() -> dict[str, dict[str, frozenset[str]]]:
    """Level -> folded short name -> the spellings the data set writes for it (tone placement unified), before
    and after 2025; "Kỳ Anh (Thị xã)": the data set tells two units of one name apart by their kind."""
    from .fold import fold, match_key

    sql = {"tinh": "SELECT provinceShort FROM admin_units_legacy UNION SELECT provinceShort FROM admin_units",
           "huyen": "SELECT DISTINCT districtShort FROM admin_units_legacy",
           "xa": "SELECT wardShort FROM admin_units_legacy UNION SELECT wardShort FROM admin_units"}
    con = _connect()
    try:
        out: dict[str, dict[str, set[str]]] = {}
        for level, q in sql.items():
            by_fold = out.setdefault(level, {})
            for (n,) in con.execute(q):
                if n:
                    name = n.split(" (")[0]
                    by_fold.setdefault(fold(name), set()).add(match_key(name))
    finally:
        con.close()
    return {lvl: {k: frozenset(v) for k, v in d.items()} for lvl, d in out.items()}


def registry_spelling(name: str | None, level: str) -> str | None:
    """``name`` with the marks the data set writes, when a scan misread them and one unit alone folds alike
    ("Ý Yền" -> "Ý Yên"); the name as written when its marks agree (tone placement aside), when two units
    fold alike ("Tân Hòa", "Tấn Hòa"), or when the data set is missing.

    >>> registry_spelling("Ý Yền", "huyen"), registry_spelling("Thanh Hoá", "tinh"), registry_spelling("An Xyz", "xa")
    ('Ý Yên', 'Thanh Hoá', 'An Xyz')
    """
    from .fold import fold, match_key

    if not name:
        return name
    try:
        found = _spellings().get(level, {}).get(fold(" ".join(name.split())), frozenset())
    except (OSError, sqlite3.Error):
        return name
    if len(found) != 1 or match_key(name) in found:
        return name
    return " ".join(w[:1].upper() + w[1:] for w in next(iter(found)).split())
