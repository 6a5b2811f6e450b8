"""Compose realistic NTM plans with known answers, in the gold format.

Commune NTM, commune NTM nâng cao and district plans, with criteria written
in the ways real plans write them, money in tỷ/triệu/đồng with totals and
sources (in the text and in an attached "Biểu" table), timetables by quarter
and month, chủ trì/phối hợp blocks, legal bases and a signature block. Some
plans carry deliberate errors (a wrong total, a wrong count) and their gold
findings say so.

>>> p = compose(3, seed=7)
>>> p.gold["document"]["doc_type"], bool(p.gold["deadlines"]), p.text().startswith("ỦY BAN NHÂN DÂN")
('ke_hoach', True, True)
"""
from __future__ import annotations

import calendar
import json
import random
import sqlite3
from functools import lru_cache
from importlib import resources
from pathlib import Path

import yaml

from .plan import Para, Plan, Table

ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]


@lru_cache(maxsize=1)
def vocab() -> dict:
    return yaml.safe_load(resources.files("pipeline.data").joinpath("synth.yaml").read_text("utf-8"))


@lru_cache(maxsize=1)
def catalogues() -> dict:
    data = yaml.safe_load(resources.files("extractors.data").joinpath("criteria_sets.yaml").read_text("utf-8"))
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
    from extractors.fold import fold, unify_tone_placement

    import re

    k = fold(unify_tone_placement(name)).replace("&", " va ")
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
class Composer:
    def __init__(self, index: int, seed: int):
        self.rng = random.Random(seed * 100_003 + index)
        self.index = index
        rng = self.rng
        self.kind = ["xa_ntm", "xa_nang_cao", "huyen"][index % 3]
        self.year = rng.randint(2022, 2025) if self.kind == "xa_nang_cao" else rng.randint(2019, 2025)
        # an archive is one province's communes over the years: a series draws from ~40 places
        places = _places()
        pool_rng = random.Random(seed)
        start = pool_rng.randrange(len(places))
        pool = places[start:start + 40] or places[:40]
        self.commune, self.district, self.province = pool[rng.randrange(len(pool))]
        if self.kind == "huyen":
            self.set_id = "huyen_ntm_2016_2020" if self.year <= 2021 else "huyen_ntm_2021_2025"
        elif self.kind == "xa_nang_cao":
            self.set_id = "xa_ntm_nang_cao_2021_2025"
        else:
            self.set_id = "xa_ntm_2016_2020" if self.year <= 2021 else "xa_ntm_2021_2025"
        self.names = catalogues()[self.set_id]
        self.xa_names = catalogues()["xa_ntm_2016_2020" if self.year <= 2021 else "xa_ntm_2021_2025"]
        self.plan = Plan(name=f"synth_{seed:02d}_{index:04d}")
        self.gold = {t: [] for t in ("criteria", "criteria_summary", "deadlines", "budgets", "assignments",
                                     "legal_refs", "targets", "findings")}
        self.errors = {"sum": rng.random() < 0.2, "count": rng.random() < 0.15, "order": rng.random() < 0.15}

    # -- helpers
    def p(self, text: str, **kw) -> None:
        self.plan.blocks.append(Para(text, **kw))

    def deadline(self, task: str, last_month: int = 10) -> str:
        """Work is due by October in a clean plan; the appraisal dossier follows in Q4."""
        txt, g = render_deadline(self.rng, self.year, last_month)
        g.update(raw=txt.split(" ", 1)[1] if txt.startswith("hoàn thành ") else txt, task=task)
        self.gold["deadlines"].append(g)
        return txt

    def person(self) -> str:
        v = vocab()
        return f"{self.rng.choice(v['family_names'])} {self.rng.choice(v['middle_names'])} {self.rng.choice(v['given_names'])}"

    def task_for(self, no: int, names: dict | None = None) -> str:
        names = names or self.names
        pool = vocab()["tasks"].get(_key(names[no]), ["thực hiện các nội dung còn thiếu của tiêu chí"])
        return self.rng.choice(pool)

    def money(self, vnd: int) -> str:
        style = self.rng.choice(["ty", "ty", "trieu", "dong"])
        if style == "ty" and vnd % 10**8:
            style = "trieu"
        return render_money(vnd, style)

    # -- parts
    def header(self) -> None:
        rng = self.rng
        lvl, name = ("XÃ", self.commune) if self.kind != "huyen" else ("HUYỆN", self.district)
        number = None if rng.random() < 0.3 else f"{rng.randint(5, 350)}/KH-UBND"
        day = rng.randint(1, 28)
        month = rng.randint(1, 3)
        left = f"ỦY BAN NHÂN DÂN\n{lvl} {name.upper()}\nSố: {number or '   /KH-UBND'}"
        place = name
        right = f"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n{place}, ngày {day:02d} tháng {month:02d} năm {self.year}"
        self.plan.blocks.append(Table([[left, right]], layout=True))
        if self.kind == "huyen":
            title = rng.choice([f"Xây dựng huyện {self.district} đạt chuẩn nông thôn mới năm {self.year}",
                                f"Thực hiện xây dựng huyện {self.district} đạt chuẩn nông thôn mới năm {self.year}"])
            target, level = "huyen_ntm", "huyen"
        elif self.kind == "xa_nang_cao":
            title = rng.choice([f"Xây dựng xã {self.commune} đạt chuẩn nông thôn mới nâng cao năm {self.year}",
                                f"Thực hiện Chương trình xây dựng nông thôn mới nâng cao năm {self.year}"])
            target, level = "ntm_nang_cao", "xa"
        else:
            title = rng.choice([f"Xây dựng xã {self.commune} đạt chuẩn nông thôn mới năm {self.year}",
                                f"Thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm {self.year}"])
            target, level = "ntm", "xa"
        self.title = title
        self.p("KẾ HOẠCH", bold=True, center=True)
        self.p(title, bold=True, center=True, markup=f"**{title}**")
        self.gold["document"] = {
            "doc_type": "ke_hoach", "title": title, "number": number,
            "issuer": f"UBND xã {self.commune}" if level == "xa" else f"UBND huyện {self.district}",
            "admin_level": level, "commune": self.commune if level == "xa" else None,
            "district": self.district, "province": self.province, "plan_year": self.year,
            "target": target, "criteria_set": self.set_id,
        }

    def legal(self) -> None:
        rng = self.rng
        decision = {"xa_ntm_2021_2025": ("318/QĐ-TTg", "2022-03-08", "ngày 08/3/2022", "Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2021 - 2025"),
                    "xa_ntm_nang_cao_2021_2025": ("318/QĐ-TTg", "2022-03-08", "ngày 08/3/2022", "Bộ tiêu chí quốc gia về xã nông thôn mới nâng cao giai đoạn 2021 - 2025"),
                    "xa_ntm_2016_2020": ("1980/QĐ-TTg", "2016-10-17", "ngày 17/10/2016", "Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2016 - 2020"),
                    "huyen_ntm_2016_2020": ("558/QĐ-TTg", "2016-04-05", "ngày 05/4/2016", "tiêu chí huyện nông thôn mới"),
                    "huyen_ntm_2021_2025": ("320/QĐ-TTg", "2022-03-08", "ngày 08/3/2022", "Bộ tiêu chí quốc gia về huyện nông thôn mới giai đoạn 2021 - 2025")}[self.set_id]
        num, iso, written, about = decision
        self.p(f"Căn cứ Quyết định số {num} {written} của Thủ tướng Chính phủ ban hành {about};")
        self.gold["legal_refs"].append({"type": "quyet_dinh", "number": num, "date": iso, "issuer": "Thủ tướng Chính phủ"})
        py = self.year - 1
        n1, n2 = rng.randint(1000, 3999), rng.randint(1000, 3999)
        d, m = rng.randint(1, 28), rng.randint(1, 12)
        if rng.random() < 0.5:
            self.p(f"Căn cứ các Quyết định số {n1}/QĐ-UBND, {n2}/QĐ-UBND ngày {d}/{m}/{py} của UBND tỉnh {self.province} "
                   f"về việc ban hành bộ tiêu chí và phân công các sở, ngành hướng dẫn thực hiện trên địa bàn tỉnh;")
            for n in (n1, n2):
                self.gold["legal_refs"].append({"type": "quyet_dinh", "number": f"{n}/QĐ-UBND", "date": f"{py}-{m:02d}-{d:02d}",
                                                "issuer": f"UBND tỉnh {self.province}"})
        else:
            self.p(f"Căn cứ Quyết định số {n1}/QĐ-UBND ngày {d:02d}/{m:02d}/{py} của UBND tỉnh {self.province} "
                   f"về việc ban hành bộ tiêu chí trên địa bàn tỉnh giai đoạn 2021 - 2025;")
            self.gold["legal_refs"].append({"type": "quyet_dinh", "number": f"{n1}/QĐ-UBND", "date": f"{py}-{m:02d}-{d:02d}",
                                            "issuer": f"UBND tỉnh {self.province}"})
        if self.kind != "huyen":
            k = rng.randint(10, 300)
            d, m = rng.randint(1, 28), rng.randint(1, 3)
            self.p(f"Thực hiện Kế hoạch số {k}/KH-UBND ngày {d} tháng {m} năm {self.year} của UBND huyện {self.district} "
                   f"về thực hiện Chương trình xây dựng nông thôn mới trong năm {self.year};")
            self.gold["legal_refs"].append({"type": "ke_hoach", "number": f"{k}/KH-UBND", "date": f"{self.year}-{m:02d}-{d:02d}",
                                            "issuer": f"UBND huyện {self.district}"})
            n = rng.randint(10, 200)
            d, m = rng.randint(1, 28), 12
            self.p(f"Căn cứ Nghị quyết số {n}-NQ/ĐU ngày {d}/{m}/{py} của Đảng ủy xã {self.commune} về nhiệm vụ phát triển kinh tế - xã hội năm {self.year};")
            self.gold["legal_refs"].append({"type": "nghi_quyet", "number": f"{n}-NQ/ĐU", "date": f"{py}-{m:02d}-{d:02d}",
                                            "issuer": f"Đảng ủy xã {self.commune}"})
            body = f"UBND xã {self.commune}"
        else:
            n = rng.randint(100, 900)
            d, m = rng.randint(1, 28), rng.randint(1, 12)
            self.p(f"Căn cứ Thông báo kết luận số {n}-TB/HU ngày {d}/{m}/{py} của Ban Thường vụ Huyện ủy về xây dựng huyện đạt chuẩn nông thôn mới;")
            self.gold["legal_refs"].append({"type": "thong_bao", "number": f"{n}-TB/HU", "date": f"{py}-{m:02d}-{d:02d}",
                                            "issuer": "Ban Thường vụ Huyện ủy"})
            body = f"UBND huyện {self.district}"
        self.p(f"{body} xây dựng Kế hoạch với các nội dung cụ thể như sau:")

    def purpose(self, num: str) -> None:
        v = vocab()
        self.p(f"{num}. MỤC ĐÍCH, YÊU CẦU", bold=True, markup=f"**{num}. MỤC ĐÍCH, YÊU CẦU**")
        self.p("1. Mục đích")
        for s in self.rng.sample(v["purpose_sentences"], 2):
            self.p(f"- {s}")
        self.p("2. Yêu cầu")
        for s in self.rng.sample(v["requirement_sentences"], 2):
            self.p(f"- {s}")

    def status(self, num: str) -> list[int]:
        """Criteria achieved and not; returns the criteria still to do."""
        rng = self.rng
        total = len(self.names)
        nos = list(self.names)
        k = rng.randint(total - 9, total - 3)
        done = sorted(rng.sample(nos, k))
        todo = [n for n in nos if n not in done]
        self.p(f"{num}. THỰC TRẠNG VÀ KẾT QUẢ THỰC HIỆN", bold=True)
        self.p(f"Đến hết năm {self.year - 1}, xã đã đạt {k}/{total} tiêu chí.")
        self.gold["criteria_summary"].append({"kind": "achieved", "count": k, "total": total, "raw": f"đạt {k}/{total} tiêu chí"})
        style = rng.choice(["tc_paren", "numbered", "so_ve", "table"])
        if style == "table":
            # an assessment table: every criterion with its result
            self.p(f"Kết quả rà soát, đánh giá mức độ đạt các tiêu chí (tiêu chí chưa đạt {len(nos) - k:02d}/{total}):")
            self.gold["criteria_summary"].append({"kind": "not_achieved", "count": len(nos) - k, "total": total})
            rows = [["STT", "Tên tiêu chí", "Kết quả"]]
            for n in nos:
                rows.append([str(n), self.names[n], "Đạt" if n in done else "Chưa đạt"])
                self.gold["criteria"].append({"criterion": n, "indicator": None, "status": "dat" if n in done else "chua_dat",
                                              "year": None})
            self.plan.blocks.append(Table(rows))
            self.p(f"Xã còn {len(todo)} tiêu chí chưa đạt cần tập trung chỉ đạo thực hiện.")
            self.gold["criteria_summary"].append({"kind": "not_achieved", "count": len(todo), "total": None})
            return todo
        stated = k if not self.errors["count"] else k + 1
        if self.errors["count"]:
            self.gold["findings"].append({"check": "count_mismatch", "expected": k, "actual": stated})
        self.p(f"1. Các tiêu chí đã đạt, gồm {stated:02d} tiêu chí sau:")
        self.gold["criteria_summary"].append({"kind": "achieved", "count": stated, "total": None, "raw": f"gồm {stated:02d} tiêu chí"})
        if style == "tc_paren":
            items = [f"Tiêu chí {self.names[n]} (TC{n})" for n in done]
            self.p("; ".join(items) + ".")
        elif style == "so_ve":
            items = [f"tiêu chí số {n:02d} về {self.names[n]}" for n in done]
            self.p("Gồm: " + "; ".join(items) + ".")
        else:
            for n in done:
                self.p(f"- Tiêu chí số {n}: {self.names[n]}")
        for n in done:
            self.gold["criteria"].append({"criterion": n, "indicator": None, "status": "dat", "year": None})
        self.p(f"2. Các tiêu chí chưa đạt ({len(todo)} tiêu chí):")
        self.gold["criteria_summary"].append({"kind": "not_achieved", "count": len(todo), "total": None,
                                              "raw": f"{len(todo)} tiêu chí"})
        for i, n in enumerate(todo, 1):
            self.p(f"{i}/ Tiêu chí {self.names[n].lower() if rng.random() < 0.5 else self.names[n]}")
            self.p(f"- Còn thiếu nội dung: {self.task_for(n)}.")
            self.gold["criteria"].append({"criterion": n, "indicator": None, "status": "chua_dat", "year": None})
        return todo

    def goals(self, num: str, todo: list[int]) -> None:
        rng = self.rng
        self.p(f"{num}. MỤC TIÊU", bold=True)
        total = len(self.names)
        if self.kind == "huyen":
            n = rng.randint(12, 40)
            self.p(f"1. Phấn đấu {n}/{n} xã (100% số xã) được công nhận đạt chuẩn nông thôn mới; "
                   + self.deadline("công nhận các xã đạt chuẩn") + ".")
            self.gold["targets"].append({"metric": "số xã đạt chuẩn", "comparator": "=", "value": n, "unit": "xã"})
        else:
            self.p(f"1. Phấn đấu hoàn thành {len(todo):02d} tiêu chí còn lại, nâng tổng số tiêu chí đạt chuẩn lên {total}/{total} tiêu chí "
                   + self.deadline("hoàn thành các tiêu chí còn lại") + ".")
            self.gold["criteria_summary"].append({"kind": "not_achieved", "count": len(todo), "total": None})
            self.gold["criteria_summary"].append({"kind": "target", "count": total, "total": total})
        inc = rng.randint(45, 80)
        poor = rng.randint(2, 9)
        bh = rng.choice([85, 90, 92, 95])
        latex = rng.random() < 0.5
        txt = (f"2. Thu nhập bình quân đầu người đạt ≥ {inc} triệu đồng/người/năm; tỷ lệ hộ nghèo đa chiều ≤ {poor}%; "
               f"tỷ lệ người dân tham gia bảo hiểm y tế đạt trên {bh}%.")
        markup = txt.replace(f"≤ {poor}%", f"$\\leq {poor}\\%$") if latex else None
        self.p(txt, markup=markup)
        self.gold["targets"] += [
            {"metric": "thu nhập bình quân đầu người", "comparator": ">=", "value": inc, "unit": "triệu đồng/người/năm"},
            {"metric": "tỷ lệ hộ nghèo đa chiều", "comparator": "<=", "value": poor, "unit": "%"},
            {"metric": "tỷ lệ tham gia bảo hiểm y tế", "comparator": ">", "value": bh, "unit": "%"}]
        ocop = rng.randint(1, 6)
        self.p(f"3. Có ít nhất {ocop} sản phẩm OCOP đạt từ 3 sao trở lên.")
        self.gold["targets"].append({"metric": "sản phẩm OCOP", "comparator": ">=", "value": ocop, "unit": "sản phẩm OCOP"})

    def tasks(self, num: str, todo: list[int]) -> None:
        self.p(f"{num}. NHIỆM VỤ VÀ GIẢI PHÁP", bold=True)
        self.p("1. Nhiệm vụ trọng tâm")
        for k, n in enumerate(todo):
            t = self.task_for(n)
            late = self.errors["order"] and k == len(todo) - 1
            when = self.deadline(t) if not late else self._late_deadline(t)
            self.p(f"- Tiêu chí số {n} về {self.names[n]}: {t}, {when}.")
        self.p("2. Giải pháp")
        for s in self.rng.sample(vocab()["solution_sentences"], 3):
            self.p(f"- {s}")

    def budget(self, num: str, todo: list[int]) -> None:
        rng = self.rng
        self.p(f"{num}. KINH PHÍ THỰC HIỆN", bold=True)
        self.p("1. Nhu cầu kinh phí thực hiện các tiêu chí chưa đạt:")
        items = []
        for n in todo[:6]:
            vnd = rng.choice([rng.randint(1, 40) * 10**8, rng.randint(2, 90) * 10**7, rng.randint(5, 250) * 10**6])
            items.append(vnd)
            purpose = self.task_for(n)
            amount = self.money(vnd)
            self.p(f"+ Tiêu chí {self.names[n]}: {purpose}; dự kiến kinh phí {amount}.",
                   markup=f"+ **Tiêu chí {self.names[n]}:** {purpose}; dự kiến kinh phí {amount}.")
            self.gold["budgets"].append({"amount_vnd": vnd, "role": "item", "criteria": [str(n)]})
        need = sum(items)
        stated_need = need
        if self.errors["sum"]:
            stated_need = need + rng.choice([1, 2, 3]) * 10**8
            self.gold["findings"].append({"check": "sum_mismatch", "expected": need, "actual": stated_need})
        self.p(f"(Tổng kinh phí dự kiến là {render_money(stated_need, 'trieu' if stated_need % 10**8 else 'ty')})")
        self.gold["budgets"].append({"amount_vnd": stated_need, "role": "total"})
        self.p("2. Nguồn vốn thực hiện:")
        shares = [0.4, 0.3, 0.2, 0.1]
        labels = ["Ngân sách tỉnh hỗ trợ", "Ngân sách huyện", "Ngân sách xã (từ nguồn đấu giá quyền sử dụng đất)",
                  "Nhân dân đóng góp, xã hội hóa"]
        srcs = []
        remaining = need
        for i, (lab, sh) in enumerate(zip(labels, shares)):
            v = remaining if i == len(labels) - 1 else (int(need * sh) // 10**6) * 10**6
            remaining -= v
            srcs.append(v)
            self.p(f"- {lab}: {render_money(v, 'trieu')};")
            self.gold["budgets"].append({"amount_vnd": v, "role": "source"})
        self.p(f"Tổng nguồn vốn: {render_money(need, 'trieu')}.")
        self.gold["budgets"].append({"amount_vnd": need, "role": "total"})
        # an attached table in millions
        self.p("(Chi tiết có Biểu 02 kèm theo)")
        self.p(f"Biểu 02: DỰ KIẾN KINH PHÍ THỰC HIỆN NĂM {self.year}", bold=True, center=True)
        self.p("ĐVT: triệu đồng")
        rows = [["STT", "Nội dung", "Kinh phí", "Nguồn vốn"]]
        for i, (n, vnd) in enumerate(zip(todo[:6], items), 1):
            rows.append([str(i), f"Tiêu chí {self.names[n]}", f"{vnd // 10**6:,}".replace(",", "."), "Ngân sách các cấp"])
            self.gold["budgets"].append({"amount_vnd": (vnd // 10**6) * 10**6, "role": "item", "criteria": [str(n)]})
        rows.append(["", "Tổng cộng", f"{need // 10**6:,}".replace(",", "."), ""])
        self.gold["budgets"].append({"amount_vnd": (need // 10**6) * 10**6, "role": "total"})
        self.plan.blocks.append(Table(rows))

    def _late_deadline(self, task: str) -> str:
        """A work step due after the appraisal dossier (a deliberate deadline_order error)."""
        y = self.year
        self.gold["deadlines"].append({"date": f"{y}-12-31", "precision": "day", "relation": "before",
                                       "raw": f"trước ngày 31/12/{y}", "task": task})
        self.gold["findings"].append({"check": "deadline_order", "expected": f"{y}-11-30", "actual": f"{y}-12-31"})
        return f"trước ngày 31/12/{y}"

    def roadmap(self, num: str) -> None:
        self.p(f"{num}. LỘ TRÌNH THỰC HIỆN", bold=True)
        steps = ["rà soát, đánh giá thực trạng từng tiêu chí", "triển khai thi công các công trình",
                 "tổ chức nghiệm thu, thanh quyết toán các công trình", "hoàn thiện hồ sơ đề nghị thẩm định, công nhận"]
        for q in (1, 2, 3, 4):
            self.p(f"Quý {ROMAN[q - 1]}/{self.year}:")
            self.gold["deadlines"].append({"date": f"{self.year}-{q * 3:02d}-{_last(self.year, q * 3):02d}", "precision": "quarter",
                                           "relation": "during", "raw": f"Quý {ROMAN[q - 1]}/{self.year}"})
            a = q * 3 - 2
            ms = f"{a},{a + 1}"
            last = a + 1
            self.p(f"+ Tháng {ms}/{self.year}: {steps[q - 1]}.")
            self.gold["deadlines"].append({"date": f"{self.year}-{last:02d}-{_last(self.year, last):02d}", "precision": "month",
                                           "relation": "during", "raw": f"Tháng {ms}/{self.year}"})

    def organisation(self, num: str, todo: list[int]) -> None:
        rng = self.rng
        v = vocab()
        self.p(f"{num}. TỔ CHỨC THỰC HIỆN", bold=True)
        pool = v["district_units"] if self.kind == "huyen" else v["commune_units"]
        chosen, seen = [], set()
        for written, canonical in rng.sample(pool, len(pool)):
            if canonical not in seen:
                chosen.append((written, canonical))
                seen.add(canonical)
            if len(chosen) == 5:
                break
        names = self.xa_names if self.kind == "huyen" else self.names
        nos = list(names)
        for i, (written, canonical) in enumerate(chosen, 1):
            style = rng.choice(["block", "block", "inline", "unit_lines"])
            lead = rng.sample(nos, 2)
            partner = rng.choice(nos)
            if style == "block":
                self.p(f"{i}. {written}:")
                self.p("- Chủ trì tham mưu, hướng dẫn thực hiện " +
                       "; ".join(f"tiêu chí số {n} về {names[n]}" for n in lead) + ".")
                self.gold["assignments"].append({"unit": canonical, "role": "chu_tri", "criteria": [str(n) for n in lead],
                                                 "raw": written})
                self.p(f"- Phối hợp thực hiện tiêu chí số {partner} về {names[partner]}; {self.deadline('báo cáo kết quả')}.")
                self.gold["assignments"].append({"unit": canonical, "role": "phoi_hop", "criteria": [str(partner)], "raw": written})
            elif style == "unit_lines":
                other_w, other_c = rng.choice([u for u in pool if u[1] != canonical])
                n = lead[0]
                self.p(f"{i}. Tiêu chí số {n} về {names[n]}")
                self.p(f"- Nội dung: {self.task_for(n, names)}.")
                self.p(f"- Đơn vị chủ trì: {written}.")
                self.p(f"- Đơn vị phối hợp: {other_w}.")
                self.p(f"- Thời gian hoàn thành: {self.deadline('hoàn thành tiêu chí')}.")
                self.gold["assignments"].append({"unit": canonical, "role": "chu_tri", "criteria": [str(n)], "raw": written})
                self.gold["assignments"].append({"unit": other_c, "role": "phoi_hop", "criteria": [str(n)], "raw": other_w})
            else:
                other_w, other_c = rng.choice([u for u in pool if u[1] != canonical])
                self.p(f"{i}. {written} chủ trì, phối hợp với {other_w} thực hiện tiêu chí số {lead[0]} về {names[lead[0]]}, "
                       f"{self.deadline('hoàn thành tiêu chí')}.")
                self.gold["assignments"].append({"unit": canonical, "role": "chu_tri", "criteria": [str(lead[0])], "raw": written})
                self.gold["assignments"].append({"unit": other_c, "role": "phoi_hop", "criteria": [str(lead[0])], "raw": other_w})
        self.p(vocab()["closing_sentence"].format(title_lower=self.title[0].lower() + self.title[1:]))

    def signature(self) -> None:
        rng = self.rng
        recips = vocab()["recipients_huyen" if self.kind == "huyen" else "recipients_xa"]
        left = "Nơi nhận:\n" + "\n".join(f"- {r}" for r in recips)
        vice = rng.random() < 0.4
        name = self.person()
        title = "Phó Chủ tịch" if vice else "Chủ tịch"
        sig = ("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH" if vice else "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH") + f"\n\n{name}"
        self.plan.blocks.append(Table([[left, sig]], layout=True))
        self.gold["document"].update(signer_name=name, signer_title=title)

    def compose(self) -> Plan:
        self.header()
        self.legal()
        n = iter(ROMAN)
        self.purpose(next(n))
        if self.kind == "huyen":
            todo = list(self.names)
        else:
            todo = self.status(next(n))
        self.goals(next(n), todo)
        self.tasks(next(n), todo)
        if self.kind != "huyen":
            self.budget(next(n), todo)
        self.roadmap(next(n))
        self.organisation(next(n), todo)
        self.signature()
        self.plan.gold = {"file": f"{self.plan.name}.txt", **self.gold}
        return self.plan


def compose(index: int, seed: int = 1) -> Plan:
    """Plan number ``index`` of the series ``seed`` (deterministic)."""
    return Composer(index, seed).compose()


def write_corpus(out: Path, n: int = 12, seed: int = 1, formats: list[str] | None = None) -> list[Path]:
    """Write n plans in each format, and their gold answers under out/gold/."""
    from .render import render

    formats = formats or ["txt", "docx", "pdf", "scan"]
    out = Path(out)
    (out / "gold").mkdir(parents=True, exist_ok=True)
    written = []
    for i in range(n):
        plan = compose(i, seed)
        fmt = formats[i % len(formats)]
        path = render(plan, out, fmt)
        gold = dict(plan.gold)
        gold["file"] = path.name
        (out / "gold" / f"{path.stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")
        written.append(path)
    return written
