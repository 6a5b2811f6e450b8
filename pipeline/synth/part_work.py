"""Tasks, budget, roadmap and organisation of a generated plan.

The budget and the roadmap write the genre's forms (docs/genre.md §3, §4) from a
random stream of their own (part_head._genre_rng): compound amounts ("2 tỷ 480
triệu đồng"), "tỉ", a space after the decimal comma, hedged amounts
("khoảng …", approximate in the gold), shares of the total ("chiếm 40% …",
share_pct in the gold), per-unit rates and money ranges ("từ 2 đến 3 tỷ đồng",
neither is a budget), quarters as "Quý I-2024", months as "tháng 5.2024",
"trước 20/10", "cuối năm nay", and dated status sentences that are not deadlines.

The organisation part may also assign units in the genre's other forms (docs/genre.md §8;
helper issue 14b): a criterion heading with the units below it, "Giao X chủ trì, phối hợp
với các Phòng: A, B và UBND các xã", units the registry does not know, a named officer
answering for criteria, and look-alikes that are no unit (no answer). Those choices draw on
the genre variants' own random stream (``grng``).
"""
from __future__ import annotations

import random

from .base import ComposerBase
from .part_deadlines import genre4_deadlines
from .part_deadlines2 import genre10_deadlines, unit_amount_note
from .part_deadlines3 import genre11_deadlines, genre11_money
from .part_head import _genre_rng
from .plan import Table
from .vocab import ROMAN, _last, render_money, vocab


def genre_money(g: random.Random, vnd: int, plain: str) -> str:
    """``plain`` (the generator's usual writing) or a genre form of the same amount.

    >>> genre_money(random.Random(3), 2_480_000_000, "2,48 tỷ đồng") in ("2,48 tỷ đồng", "2 tỷ 480 triệu đồng", "2, 48 tỷ đồng", "2,48 tỉ đồng")
    True
    """
    billions, rest = divmod(vnd, 10**9)
    forms = [plain]
    if billions and rest and rest % 10**6 == 0:
        forms.append(f"{billions} tỷ {rest // 10**6} triệu đồng")
    if "," in plain and " tỷ" in plain and "." not in plain:
        forms.append(plain.replace(",", ", "))
    if " tỷ" in plain:
        forms.append(plain.replace(" tỷ", " tỉ"))
    return g.choice(forms)


class WorkParts(ComposerBase):
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
        g = _genre_rng(self)
        items = []
        for n in todo[:6]:
            vnd = rng.choice([rng.randint(1, 40) * 10**8, rng.randint(2, 90) * 10**7, rng.randint(5, 250) * 10**6])
            items.append(vnd)
            purpose = self.task_for(n)
            amount = genre_money(g, vnd, self.money(vnd))
            # a hedged item makes the sum approximate: no sum error can be certain, so none is injected beside one
            hedge = g.choice(vocab()["g14_hedges"]) + " " if g.random() < 0.2 and not self.errors["sum"] else ""
            self.p(f"+ Tiêu chí {self.names[n]}: {purpose}; dự kiến kinh phí {hedge}{amount}.",
                   markup=f"+ **Tiêu chí {self.names[n]}:** {purpose}; dự kiến kinh phí {hedge}{amount}.")
            self.gold["budgets"].append({"amount_vnd": vnd, "role": "item", "criteria": [str(n)], "approximate": bool(hedge)})
        if g.random() < 0.5:  # a per-unit rate: not a budget
            self.p(f"+ Mức hỗ trợ bình quân {g.randint(5, 30)} triệu đồng/hộ đối với hộ làm nhà tiêu hợp vệ sinh.")
        unit_amount_note(self)  # "mỗi suất … đồng": a rate (part_deadlines2.py)
        need = sum(items)
        stated_need = need
        if self.errors["sum"]:
            stated_need = need + self.sum_error_offset(rng)
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
            share = g.random() < 0.4
            pct = round(v * 100 / need)  # the share the figures give, written to whole per cent as plans do
            tail = f" (chiếm {pct}% tổng nguồn vốn)" if share else ""
            self.p(f"- {lab}: {render_money(v, 'trieu')}{tail};")
            self.gold["budgets"].append({"amount_vnd": v, "role": "source", "share_pct": float(pct) if share else None})
        self.p(f"Tổng nguồn vốn: {render_money(need, 'trieu')}.")
        self.gold["budgets"].append({"amount_vnd": need, "role": "total"})
        self._range_note()
        genre11_money(self)  # §3f forms (part_deadlines3.py)
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

    def _range_note(self) -> None:
        """Half the plans state a money range after their sources: a range is no amount, so the gold has no budget."""
        g = self.fresh_stream("/range-14")  # its own stream: the other variants draw as before
        if g.random() < 0.5:
            return
        a = g.randint(1, 5)
        form = g.choice(vocab()["g14_ranges"]).format(a=a, b=a + g.randint(1, 3), m=g.choice([300, 500, 700]))
        self.p(g.choice(vocab()["g14_range_notes"]).format(range=form))

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
        g, y = _genre_rng(self), self.year
        if g.random() < 0.6:  # a dated status before the timetable: not a deadline
            line = g.choice(vocab()["g14_status_lines"])
            self.p(line.format(d=g.randint(1, 28), m=g.randint(1, 12), y=y - 1, k=g.randint(9, 15)))
        for q in (1, 2, 3, 4):
            sep = g.choice(["/", "/", "-"])  # "Quý I-2024" as well as "Quý I/2024"
            self.p(f"Quý {ROMAN[q - 1]}{sep}{self.year}:")
            self.gold["deadlines"].append({"date": f"{self.year}-{q * 3:02d}-{_last(self.year, q * 3):02d}", "precision": "quarter",
                                           "relation": "during", "raw": f"Quý {ROMAN[q - 1]}{sep}{self.year}"})
            a = q * 3 - 2
            ms = f"{a},{a + 1}"
            last = a + 1
            self.p(f"+ Tháng {ms}/{self.year}: {steps[q - 1]}.")
            self.gold["deadlines"].append({"date": f"{self.year}-{last:02d}-{_last(self.year, last):02d}", "precision": "month",
                                           "relation": "during", "raw": f"Tháng {ms}/{self.year}"})
        self._roadmap_genre(g, y)

    def _roadmap_genre(self, g: random.Random, y: int) -> None:
        """Deadline forms of the genre after the timetable, each with its gold deadline (paper tasks, due by October)."""
        if g.random() < 0.5:
            m = g.randint(5, 10)
            self.p(f"- Gửi báo cáo kết quả thực hiện về Văn phòng Điều phối trong tháng {m}.{y}.")
            self.gold["deadlines"].append({"date": f"{y}-{m:02d}-{_last(y, m):02d}", "precision": "month", "relation": "during",
                                           "raw": f"trong tháng {m}.{y}", "task": "Gửi báo cáo kết quả thực hiện về Văn phòng Điều phối"})
        if g.random() < 0.5:
            d, m = g.randint(1, 28), g.randint(6, 10)
            self.p(f"- Hoàn thiện báo cáo sơ kết gửi Ban Chỉ đạo trước {d}/{m}.")
            self.gold["deadlines"].append({"date": f"{y}-{m:02d}-{d:02d}", "precision": "day", "relation": "before",
                                           "raw": f"trước {d}/{m}", "task": "Hoàn thiện báo cáo sơ kết gửi Ban Chỉ đạo"})
        self._moved_deadline(y)
        genre4_deadlines(self, y)  # §4d forms (part_deadlines.py)
        genre10_deadlines(self, y)  # §4f forms (part_deadlines2.py)
        genre11_deadlines(self, y)  # §4h forms (part_deadlines3.py)

    def _moved_deadline(self, y: int) -> None:
        """A third of the plans move a paper task's deadline: the new one is gold, the one it replaces is not
        ("… đến trước tháng 9/YYYY (thay cho trước tháng 7/YYYY)", docs/genre.md §4a)."""
        g = self.fresh_stream("/moved-8b")  # its own stream: the other variants draw as before
        if g.random() < 0.67:
            return
        new = g.randint(7, 10)
        self.p(g.choice(vocab()["s8b_moved_deadlines"]).format(new=new, old=new - 2, y=y))
        self.gold["deadlines"].append({"date": f"{y}-{new - 1:02d}-{_last(y, new - 1):02d}", "precision": "month",
                                       "relation": "before", "raw": f"trước tháng {new}/{y}"})

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
        i = 0
        for i, (written, canonical) in enumerate(chosen, 1):
            if self.grng.random() < 0.35:
                self._genre_assignment(i, written, canonical, pool, names)
                continue
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
        i = self._colon_list(i + 1, pool, names)
        i = self._checked_reports(i, pool, names)
        i = self.assign_forms(i, pool, names)  # docs/genre.md §8f (part_assign.py)
        i = self.assign_forms2(i, pool, names)  # docs/genre.md §8g (part_assign2.py)
        if self.grng.random() < 0.5:
            self._non_units(i, names)
            i += 1
        i = self.assign_forms3(i, names)  # docs/genre.md §8c (part_assign3.py), late: the items above keep their numbers
        self.assign_forms5(i, names)  # docs/genre.md §8a (part_forms5.py)
        title = self.closing_title()  # a title in capitals is written in words here (part_head3.py)
        self.p(vocab()["closing_sentence"].format(title_lower=title[0].lower() + title[1:]))

    def _genre_assignment(self, i: int, written: str, canonical: str, pool: list, names: dict) -> None:
        g, v = self.grng, vocab()["s14b_work"]
        level = "huyen" if self.kind == "huyen" else "xa"
        style = g.choice(["heading", "distributive", "unlisted", "officer"])
        n, others = g.choice(list(names)), [u for u in pool if u[1] != canonical]
        add = self.gold["assignments"].append
        if style == "heading":
            other_w, other_c = g.choice(others)
            self.p(f"{i}. Tiêu chí số {n} về {names[n]}")
            self.p(v["heading_line"].format(lead=written, partner=other_w, task=self.task_for(n, names)))
            add({"unit": canonical, "role": "chu_tri", "criteria": [str(n)], "raw": written})
            add({"unit": other_c, "role": "phoi_hop", "criteria": [str(n)], "raw": other_w})
        elif style == "distributive":
            d = v["distributive"][level]
            items = g.sample(d["items"], 2)
            self.p(v["distributive_line"].format(i=i, lead=written, head=d["head"], items=", ".join(w for w, _ in items),
                                                 rest=d["rest"], no=n, name=names[n]))
            add({"unit": canonical, "role": "chu_tri", "criteria": [str(n)], "raw": written})
            for w, c in items:
                add({"unit": c, "role": "phoi_hop", "criteria": [str(n)], "raw": w})
            add({"unit": d["rest_canonical"], "role": "phoi_hop", "criteria": [str(n)], "raw": d["rest"]})
        elif style == "unlisted":
            name = g.choice(v["unlisted"][level])
            self.p(v["unlisted_line"].format(i=i, unit=name, place="xã" if level == "xa" else "huyện", no=n, name=names[n]))
            add({"unit": name, "role": "chu_tri", "criteria": [str(n)], "raw": name})
        else:
            nos = sorted(g.sample(list(names), 3))
            office = v["officer_office"][level]
            self.p(v["officer_line"].format(i=i, person=self.person(), office=office["written"],
                                            nos=f"{nos[0]}, {nos[1]} và {nos[2]}"))
            add({"unit": office["canonical"], "role": "chu_tri", "criteria": [str(x) for x in nos], "raw": office["written"]})

    def _colon_list(self, i: int, pool: list, names: dict) -> int:
        """§8d: units each followed by a colon and its criteria only, in one sentence after "Tương tự," or one a line;
        a district plan may list provincial departments by their abbreviations. Its own random stream: the other
        variants draw as before. Returns the next item number."""
        g, v = self.fresh_stream("/colon-14d"), vocab()["s14b_work"]
        if g.random() < 0.6:
            return i
        units = g.sample(pool, 2) + ([g.choice(v["provincial"])] if self.kind == "huyen" and g.random() < 0.5 else [])
        role = "chu_tri" if self.kind == "huyen" else "thuc_hien"
        items = []
        for written, canonical in units:
            nos = sorted(g.sample(list(names), g.choice([1, 2])))
            items.append(v["colon_item"].format(unit=written, crits=" và ".join(f"tiêu chí số {n}" for n in nos)))
            self.gold["assignments"].append({"unit": canonical, "role": role, "criteria": [str(n) for n in nos], "raw": written})
        if g.random() < 0.5:
            self.p(v["colon_inline"].format(i=i, items="; ".join(items)))
        else:
            self.p(v["colon_heading"].format(i=i))
            for k, item in enumerate(items):
                self.p(f"- {item}{';' if k < len(items) - 1 else '.'}")
        return i + 1

    def _checked_reports(self, i: int, pool: list, names: dict) -> int:
        """§8e: a body reported as checking or guiding a criterion, a visiting group checking one; the gold has no
        assignment for them. Its own random stream: the other variants draw as before. Returns the next item number."""
        g, v = self.fresh_stream("/reports-8e"), vocab()["s14b_work"]
        if g.random() < 0.5:
            return i
        (unit, _), (unit2, _) = g.sample(pool, 2)
        line = g.choice(v["checked_reports"])
        self.p(f"{i}. " + line.format(place="xã" if self.kind != "huyen" else "huyện", unit=unit, unit2=unit2,
                                       no=g.choice(list(names))))
        return i + 1

    def _non_units(self, i: int, names: dict) -> None:
        """§8c look-alikes and §8a non-assignments: verbs, members, a meeting chair, a request upward."""
        g, v = self.grng, vocab()["s14b_work"]
        self.p(f"{i}. " + v["non_units"].format(no=g.choice(list(names)), no2=g.choice(list(names))))
