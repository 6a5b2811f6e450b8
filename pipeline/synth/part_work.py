"""Tasks, budget, roadmap and organisation of a generated plan."""
from __future__ import annotations


from .plan import Table
from .vocab import ROMAN, _last, render_money, vocab


class WorkParts:
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
