"""Purpose, criteria status and goals of a generated plan.

Besides the house styles, a plan may write its criteria in the genre's other forms
(docs/genre.md §5–§7; helper issue 14b): a lower-case prose list of names, a bare list
of numbers, a flattened assessment table whose norm column also says "Đạt", bullets of
names under "đã đạt" / "chưa đạt" headings, a sentence about other communes (no
answer), counts and figures under the "MỤC TIÊU" heading, and an achieved count dated
"Đến năm YYYY" with its remainder (a status, not a target). Those choices draw on a
generator of their own (``grng``) so the house styles keep their random stream.
"""
from __future__ import annotations

import random

from .base import ComposerBase
from .part_deadlines3 import past_count, scale_money, status_lookalikes
from .plan import Table
from .vocab import vocab


class StatusParts(ComposerBase):
    def _status_count(self, k: int, total: int) -> None:
        """The achieved count, with a past year's count before it and a look-alike after it (part_deadlines3.py)."""
        past_count(self, k, total, self.year)  # §5f
        self._status_count_line(k, total)
        status_lookalikes(self, self.year)  # §5c, §3d
        scale_money(self, self.year)  # §3a

    def _status_count_line(self, k: int, total: int) -> None:
        """The achieved count; half the plans date it "Đến năm YYYY" and state the remainder (issue 14: status, not target)."""
        g = self.fresh_stream("/status-count-14")  # its own stream: the other variants draw as before
        if g.random() < 0.5:
            planned = self.fresh_stream("/status-count-s8a").random() < 0.4  # §6: "Theo kế hoạch …, đến nay xã đã đạt"
            settled = self.fresh_stream("/status-count-s9f").random() < 0.3  # §1j: "cơ bản hoàn thành" with no "đã"
            self.p(vocab()["s8a_status"]["planned_count"].format(y=self.year - 1, k=k, total=total) if planned
                   else f"Trong năm {self.year - 1}, xã cơ bản hoàn thành {k}/{total} tiêu chí." if settled
                   else f"Đến hết năm {self.year - 1}, xã đã đạt {k}/{total} tiêu chí.")
            raw = f"{k}/{total} tiêu chí" if settled else f"đạt {k}/{total} tiêu chí"
            self.gold["criteria_summary"].append({"kind": "achieved", "count": k, "total": total, "raw": raw})
            return
        self.p(g.choice(vocab()["g14_status_count"]).format(y=self.year - 1, k=k, total=total, m=total - k))
        self.gold["criteria_summary"] += [{"kind": "achieved", "count": k, "total": total},
                                          {"kind": "not_achieved", "count": total - k, "total": None}]

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
        self._status_count(k, total)
        g = self.grng
        if g.random() < 0.5:
            self._other_communes(total)
        self._unseen_others(total)
        if not self.errors["count"] and self.measured_status_forms(done, todo, k):
            return todo  # part_criteria2.py (§5d, §5g), part_criteria.py (§5c)
        if not self.errors["count"] and g.random() < 0.6:
            form = g.choice(["prose", "numbers", "text_table", "bullets"])
            if form == "numbers" and self.fresh_stream("/numbers-named-s8a").random() < 0.5:
                form = "numbers_named"
            getattr(self, "_status_" + form)(done, todo)
            return todo
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

    @property
    def grng(self) -> random.Random:
        """The genre variants' own random stream (the house styles keep theirs)."""
        return self.stream(":genre")

    def _criteria_gold(self, nos: list[int], status: str) -> None:
        for n in nos:
            self.gold["criteria"].append({"criterion": n, "indicator": None, "status": status, "year": None})

    @staticmethod
    def _and_list(items: list[str]) -> str:
        return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " và " + items[-1]

    def _status_prose(self, done: list[int], todo: list[int]) -> None:
        """§5 names only, lower case, "," and "và": "đã đạt N tiêu chí là: điện, chợ và y tế"."""
        v = vocab()["s14b_status"]
        self.p(v["prose_done"].format(n=len(done), names=self._and_list([self.names[n].lower() for n in done])))
        self.p(v["prose_todo"].format(n=len(todo), names=self._and_list([self.names[n].lower() for n in todo])))
        self.gold["criteria_summary"] += [{"kind": "achieved", "count": len(done), "total": None},
                                          {"kind": "not_achieved", "count": len(todo), "total": None}]
        self._criteria_gold(done, "dat")
        self._criteria_gold(todo, "chua_dat")

    def _status_numbers(self, done: list[int], todo: list[int]) -> None:
        """§5 bare number lists: every number is a criterion."""
        v = vocab()["s14b_status"]
        self.p(v["numbers_done"].format(nos=self._and_list([str(n) for n in done])))
        self.p(v["numbers_todo"].format(nos=self._and_list([str(n) for n in todo])))
        self._criteria_gold(done, "dat")
        self._criteria_gold(todo, "chua_dat")

    def _status_numbers_named(self, done: list[int], todo: list[int]) -> None:
        """§5b numbers each followed by its name after a space: "tiêu chí số 2 giao thông, 5 trường học và 17 …"."""
        self.p(vocab()["s14b_status"]["numbers_done"].format(nos=self._and_list([str(n) for n in done])))
        self._criteria_gold(done, "dat")
        items = self._and_list([f"{n} {self.names[n].lower()}" for n in todo])
        self.p(vocab()["s8a_status"]["numbers_named_todo"].format(n=len(todo), items=items))
        self.gold["criteria_summary"].append({"kind": "not_achieved", "count": len(todo), "total": None})
        self._criteria_gold(todo, "chua_dat")

    def _unseen_others(self, total: int) -> None:
        """§5b/§6 a named commune that is not the plan's own, or a norm for every commune: no answer."""
        g, v = self.fresh_stream("/others-s8a"), vocab()["s8a_status"]
        roll = g.random()
        if roll < 0.3:
            nos = g.sample(list(self.names), 2)
            self.p(v["other_named"].format(other=g.choice(v["other_names"]), m=total - 2, total=total, r=2,
                                           names=self._and_list([self.names[n].lower() for n in nos])))
        elif roll < 0.5:
            self.p(v["each_norm"].format(n=g.randint(10, total - 2), y=self.year))
        self.s10c_lookalikes(total)  # part_criteria2.py (§5d): no answer
        self.s12a_lookalikes()  # part_criteria2.py (§5g): no answer

    def _status_text_table(self, done: list[int], todo: list[int]) -> None:
        """§5 a flattened table: the norm column says "Đạt" too; only the last column is the status."""
        v = vocab()["s14b_status"]
        self.p(v["table_intro"])
        rows = [v["table_header"]]
        for n in self.names:
            rows.append([str(n), self.names[n], "Đạt", "Đạt" if n in done else "Chưa đạt"])
        self.plan.blocks.append(Table(rows))
        self._criteria_gold([n for n in self.names if n in done], "dat")
        self._criteria_gold([n for n in self.names if n in todo], "chua_dat")

    def _status_bullets(self, done: list[int], todo: list[int]) -> None:
        """§5 bullets of bare names under "đã đạt" / "chưa đạt" headings."""
        v = vocab()["s14b_status"]
        for head, nos, status in ((v["bullets_done"], done, "dat"), (v["bullets_todo"], todo, "chua_dat")):
            self.p(head)
            for i, n in enumerate(nos):
                self.p(f"- {self.names[n]}" + (";" if i < len(nos) - 1 else "."))
            self._criteria_gold(nos, status)

    def _other_communes(self, total: int) -> None:
        """§5/§6 statuses and counts of other communes: not this plan's own, no answer."""
        g = self.grng
        n = g.randint(2, 9)
        self.p(vocab()["s14b_status"]["others"].format(n=n, no=g.choice(list(self.names)), m=g.randint(10, total - 1),
                                                       total=total))

    def goals(self, num: str, todo: list[int]) -> None:
        rng = self.rng
        self.p(f"{num}. MỤC TIÊU", bold=True)
        total = len(self.names)
        if self.kind == "huyen":
            n = rng.randint(12, 40)
            self.p(f"1. Phấn đấu {n}/{n} xã (100% số xã) được công nhận đạt chuẩn nông thôn mới; "
                   + self.deadline("công nhận các xã đạt chuẩn") + ".")
            self.gold["targets"].append({"metric": "số xã đạt chuẩn", "comparator": "=", "value": n, "unit": "xã"})
            self.gold["targets"].append({"metric": "tỷ lệ xã đạt chuẩn", "comparator": "=", "value": 100, "unit": "%"})
        elif self.grng.random() < 0.4:
            # §6 a count under "MỤC TIÊU" is a target whatever its verb
            self.p(vocab()["s14b_status"]["goal_count"].format(total=total))
            self.gold["criteria_summary"].append({"kind": "target", "count": total, "total": total})
        else:
            self.p(f"1. Phấn đấu hoàn thành {len(todo):02d} tiêu chí còn lại, nâng tổng số tiêu chí đạt chuẩn lên {total}/{total} tiêu chí "
                   + self.deadline("hoàn thành các tiêu chí còn lại") + ".")
            self.gold["criteria_summary"].append({"kind": "not_achieved", "count": len(todo), "total": None})
            self.gold["criteria_summary"].append({"kind": "target", "count": total, "total": total})
        inc = rng.randint(45, 80)
        poor = rng.randint(2, 9)
        bh = rng.choice([85, 90, 92, 95])
        if self.grng.random() < 0.5:
            self._genre_targets(inc, poor, bh)
        else:
            self._house_targets(inc, poor, bh)
        ocop = rng.randint(1, 6)
        self.p(f"3. Có ít nhất {ocop} sản phẩm OCOP đạt từ 3 sao trở lên.")
        self.gold["targets"].append({"metric": "sản phẩm OCOP", "comparator": ">=", "value": ocop, "unit": "sản phẩm OCOP"})

    def _genre_targets(self, inc: int, poor: int, bh: int) -> None:
        """§7 the genre's forms: "đạt N triệu đồng/người/năm", "giảm còn N%", "tối thiểu N%", "tỷ lệ … đạt N%"."""
        water = self.grng.choice([95, 98, 100])
        self.p(vocab()["s14b_status"]["targets"].format(inc=inc, poor=poor, bh=bh, water=water))
        self.gold["targets"] += [
            {"metric": "thu nhập bình quân đầu người", "comparator": "=", "value": inc, "unit": "triệu đồng/người/năm"},
            {"metric": "tỷ lệ hộ nghèo đa chiều", "comparator": "<=", "value": poor, "unit": "%"},
            {"metric": "tỷ lệ người dân tham gia bảo hiểm y tế", "comparator": ">=", "value": bh, "unit": "%"},
            {"metric": "tỷ lệ hộ dân dùng nước sạch", "comparator": "=", "value": water, "unit": "%"}]

    def _house_targets(self, inc: int, poor: int, bh: int) -> None:
        latex = self.rng.random() < 0.5
        txt = (f"2. Thu nhập bình quân đầu người đạt ≥ {inc} triệu đồng/người/năm; tỷ lệ hộ nghèo đa chiều ≤ {poor}%; "
               f"tỷ lệ người dân tham gia bảo hiểm y tế đạt trên {bh}%.")
        markup = txt.replace(f"≤ {poor}%", f"$\\leq {poor}\\%$") if latex else None
        self.p(txt, markup=markup)
        self.gold["targets"] += [
            {"metric": "thu nhập bình quân đầu người", "comparator": ">=", "value": inc, "unit": "triệu đồng/người/năm"},
            {"metric": "tỷ lệ hộ nghèo đa chiều", "comparator": "<=", "value": poor, "unit": "%"},
            {"metric": "tỷ lệ tham gia bảo hiểm y tế", "comparator": ">", "value": bh, "unit": "%"}]
