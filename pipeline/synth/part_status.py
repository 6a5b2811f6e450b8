"""Purpose, criteria status and goals of a generated plan."""
from __future__ import annotations


from .base import ComposerBase
from .plan import Table
from .vocab import vocab


class StatusParts(ComposerBase):
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
