"""The generator's vocabulary, catalogues, places and how it writes money and dates.

>>> render_money(2_480_000_000, "ty")
'2,48 tỷ đồng'
"""
from __future__ import annotations

import calendar
import random
import sqlite3
from functools import lru_cache
from importlib import resources
from pathlib import Path

from extractors.vocab import parse_yaml

ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]


@lru_cache(maxsize=1)
def vocab() -> dict:
    return parse_yaml(resources.files("pipeline.data").joinpath("synth.yaml").read_text("utf-8"))


@lru_cache(maxsize=1)
def catalogues() -> dict:
    data = parse_yaml(resources.files("extractors.data").joinpath("criteria_sets.yaml").read_text("utf-8"))
    out = {}
    for s in data["sets"]:
        out[s["id"]] = {int(c["no"] if "no" in c else c[False]): c["name"] for c in s["criteria"]}
    return out


@lru_cache(maxsize=1)
def _places() -> list[tuple[str, str, str]]:
    import vietnamadminunits

    db = Path(vietnamadminunits.__file__).parent / "data" / "dataset.db"
    con = sqlite3.connect(str(db))
    rows = con.execute("SELECT wardShort, districtShort, provinceShort FROM admin_units_legacy "
                       "WHERE wardType = 'Xã' AND districtType = 'Huyện' ORDER BY provinceShort, districtShort, wardShort").fetchall()
    con.close()
    # names with digits or single syllables make poor examples
    return [r for r in rows if all(x and not any(ch.isdigit() or ch in "()" for ch in x) and " " in x for x in r)]


def _key(name: str) -> str:
    import re

    from extractors.fold import fold

    k = fold(name).replace("&", " va ")
    k = re.sub(r"[^\w\s]", " ", k)
    return re.sub(r"\s+", " ", k).strip()


# ---------------------------------------------------------------- values
def render_money(vnd: int, style: str) -> str:
    """Amount as a plan writes it: "17,5 tỷ đồng", "1.500 triệu đồng", "31.003.700.000 đồng"."""
    def dots(n: int) -> str:
        return f"{n:,}".replace(",", ".")

    if style == "dong":
        return f"{dots(vnd)} đồng"
    if style == "d":
        return f"{dots(vnd)} đ"
    scale, word = {"ty": (10**9, "tỷ"), "trieu": (10**6, "triệu")}[style]
    whole, rest = divmod(vnd, scale)
    if rest:
        frac = str(rest).rjust(len(str(scale)) - 1, "0").rstrip("0")
        return f"{dots(whole)},{frac} {word} đồng"
    return f"{dots(whole)} {word} đồng"


def _last(y: int, m: int) -> int:
    return calendar.monthrange(y, m)[1]


def render_deadline(rng: random.Random, year: int, last_month: int = 12) -> tuple[str, dict]:
    """A deadline expression and its gold item, due at the latest by the end of ``last_month``."""
    kinds = ["day", "day", "day_words", "before_month", "month", "months", "quarter", "quarter_words", "half"]
    if last_month == 12:
        kinds += ["year", "end_year"]
    kind = rng.choice(kinds)
    m = rng.randint(2, last_month)
    if kind == "day":
        d = rng.randint(1, _last(year, m))
        lead = rng.choice(["trước ngày", "chậm nhất ngày", "hoàn thành trước ngày"])
        ds = f"{d:02d}/{m:02d}/{year}" if rng.random() < 0.5 else f"{d}/{m}/{year}"
        rel = "by" if lead.startswith("chậm") else "before"
        return f"{lead} {ds}", {"date": f"{year}-{m:02d}-{d:02d}", "precision": "day", "relation": rel}
    if kind == "day_words":
        d = rng.randint(1, _last(year, m))
        return f"trước ngày {d:02d} tháng {m:02d} năm {year}", {"date": f"{year}-{m:02d}-{d:02d}", "precision": "day", "relation": "before"}
    if kind == "before_month":
        return f"trước tháng {m}/{year}", {"date": f"{year}-{m - 1:02d}-{_last(year, m - 1):02d}", "precision": "month", "relation": "before"}
    if kind == "month":
        return f"trong tháng {m}/{year}", {"date": f"{year}-{m:02d}-{_last(year, m):02d}", "precision": "month", "relation": "during"}
    if kind == "months":
        b = rng.randint(3, last_month)
        a = b - rng.randint(1, 2)
        ms = ",".join(str(x) for x in range(a, b + 1))
        return f"trong tháng {ms}/{year}", {"date": f"{year}-{b:02d}-{_last(year, b):02d}", "precision": "month", "relation": "during"}
    if kind in ("quarter", "quarter_words"):
        q = rng.randint(1, last_month // 3)
        txt = f"trong Quý {ROMAN[q - 1]}/{year}" if kind == "quarter" else f"trong quý {ROMAN[q - 1]} năm {year}"
        return txt, {"date": f"{year}-{q * 3:02d}-{_last(year, q * 3):02d}", "precision": "quarter", "relation": "during"}
    if kind == "year":
        return f"trong năm {year}", {"date": f"{year}-12-31", "precision": "year", "relation": "during"}
    if kind == "end_year":
        return f"đến cuối năm {year}", {"date": f"{year}-12-31", "precision": "year", "relation": "by"}
    return f"trong 6 tháng đầu năm {year}", {"date": f"{year}-06-30", "precision": "month", "relation": "by"}


# ---------------------------------------------------------------- composer
