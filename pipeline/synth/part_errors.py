"""Calibration plans: every form the auditor must read right, and exactly one injected error.

``Composer(index, seed, inject=KIND)`` (KIND one of :data:`INJECTED`, or ``"clean"``)
writes a plan whose only inconsistency is of that kind, and its gold finding; a clean
calibration plan carries every trap (hedged totals that do not add up, a compound
amount, a partial "trong đó" list, shares, a written calculation, a school's
recognition before the works, status dates, other communes' counts) and no error.
The forms draw on their own random stream, so ``kehoach synth`` plans are unchanged.

>>> from pipeline.synth.generate import Composer
>>> p = Composer(4, 1, inject="share_mismatch").compose()
>>> [f["check"] for f in p.gold["findings"]]
['share_mismatch']
"""
from __future__ import annotations

import random

from .base import ComposerBase
from .vocab import render_money

INJECTED = ("sum_mismatch", "share_mismatch", "arithmetic_mismatch", "count_mismatch", "status_conflict",
            "deadline_order")
_LEGACY = {"sum_mismatch": "sum", "count_mismatch": "count", "deadline_order": "order"}
_WORKS = ["Cứng hóa đường trục thôn", "Nâng cấp nhà văn hóa thôn", "Cải tạo kênh mương nội đồng", "Lắp đặt đèn chiếu sáng",
          "Xây dựng điểm thu gom rác thải", "Sửa chữa trường Mầm non", "Mở rộng chợ nông thôn"]


def money_words(vnd: int, rng: random.Random) -> str:
    """An amount in tỷ, triệu or "2 tỷ 480 triệu đồng" (written in two parts)."""
    ty, rest = divmod(vnd, 10**9)
    if ty and rest and rest % 10**6 == 0 and rng.random() < 0.5:
        return f"{ty} tỷ {rest // 10**6} triệu đồng"
    return render_money(vnd, "ty" if vnd % 10**8 == 0 else "trieu")


class ErrorParts(ComposerBase):
    """Mixin of the Composer: the calibration forms and the one injected error."""

    inject: str | None = None

    def setup_calibration(self, inject: str | None, seed: int) -> None:
        """Legacy error switches follow ``inject``; the forms get their own random stream."""
        self.inject = inject
        self.err_rng = random.Random(seed * 7_919 + self.index)
        for kind, key in _LEGACY.items():
            self.errors[key] = inject == kind
        # the sum error goes into one of several layouts: the items' bullets (legacy) or the lists below
        self.sum_form = self.err_rng.choice(["legacy", "list_below", "partial", "table"]) if inject == "sum_mismatch" else None
        self.share_form = self.err_rng.choice(["partial", "list_below"]) if inject == "share_mismatch" else None
        if self.sum_form != "legacy":
            self.errors["sum"] = False
        self.errors["count"] = inject == "count_mismatch" and self.err_rng.random() < 0.5
        self.order_form = self.err_rng.choice(["legacy", "after_step", "next_year"]) if inject == "deadline_order" else None
        self.errors["order"] = self.order_form == "legacy"

    def sum_error_offset(self, rng: random.Random) -> int:
        """How far a wrong total is off: beyond what the items' written precision allows (6 items of "1,2 tỷ"
        are known to 6 x 50 triệu), so the error is a certain one."""
        return rng.choice([1, 2, 3]) * 5 * 10**8

    def _wants(self, kind: str) -> bool:
        return self.inject == kind and not any(f["check"] == kind for f in self.gold["findings"])

    def after_status(self, todo: list[int]) -> None:
        """In the account of the present: a remaining count, other communes' counts, a status date, a conflict."""
        if self.inject is None:
            return
        rng, y = self.err_rng, self.year
        done = [n for n in self.names if n not in todo]
        remaining = len(todo)
        if self._wants("count_mismatch"):
            remaining += rng.choice([1, 2]) if remaining < 5 else rng.choice([-1, 1, 2])
            self.gold["findings"].append({"check": "count_mismatch", "expected": len(todo), "actual": remaining})
        self.p(f"Như vậy, xã còn {remaining:02d} tiêu chí chưa đạt; toàn huyện có {rng.randint(3, 12)} xã đạt "
               f"{len(self.names)}/{len(self.names)} tiêu chí.")
        self.p(f"- Năm {y}, xã đã hoàn thành thi công {rng.randint(2, 5)} tuyến đường trục thôn trước ngày 15/12/{y}.")
        if self.inject == "status_conflict" and done:
            n = rng.choice(done)
            self.p(f"- Tiêu chí số {n} về {self.names[n]}: chưa đạt.")
            self.gold["findings"].append({"check": "status_conflict", "expected": None, "actual": None})

    def after_tasks(self) -> None:
        """Someone else's recognition before the works: it bounds nothing."""
        if self.inject is None:
            return
        y = self.year
        if self.order_form in ("after_step", "next_year"):
            n = self.err_rng.choice(list(self.names))
            when = f"trước ngày 15/12/{y}" if self.order_form == "after_step" else f"trong Quý I/{y + 1}"
            self.p(f"- Tiêu chí số {n} về {self.names[n]}: hoàn thành cứng hóa đường ngõ xóm {when}.")
            self.gold["findings"].append({"check": "deadline_order", "expected": f"{y}-11-30", "actual": when})
        self.p(f"- Hoàn thiện hồ sơ đề nghị công nhận trường Tiểu học đạt chuẩn quốc gia mức độ 1 trước ngày 30/4/{y}.")
        self.p(f"- Tổ chức công nhận thôn {self.err_rng.randint(1, 9)} đạt chuẩn khu dân cư kiểu mẫu trong tháng 5/{y}.")

    def money_forms(self, num: str) -> None:
        """Totals in several layouts, hedged figures, shares and a calculation; at most one of them wrong."""
        if self.inject is None:
            return
        rng = self.err_rng
        self.p(f"{num}. HUY ĐỘNG VÀ CÂN ĐỐI NGUỒN LỰC", bold=True)
        self._list_below(rng)
        self._partial(rng)
        self._hedged(rng)
        self._balance(rng)
        self._table(rng)

    def _list_below(self, rng) -> None:
        items = [rng.randint(3, 40) * 10**8 + rng.choice([0, rng.randint(1, 9) * 10**7]) for _ in range(rng.randint(2, 4))]
        total = sum(items)
        stated = total
        if self.sum_form == "list_below":
            stated = total + rng.choice([-3, -2, 2, 3, 5]) * 10**8
            self.gold["findings"].append({"check": "sum_mismatch", "expected": total, "actual": stated})
        self.p("1. Vốn đầu tư các công trình hạ tầng:")
        self.p(f"Tổng kinh phí đầu tư các công trình là {money_words(stated, rng)}, gồm:")
        for k, (work, v) in enumerate(zip(rng.sample(_WORKS, len(items)), items)):
            share = ""
            if k == 0:
                pct = round(100 * v / stated, 1)
                if self.share_form == "list_below":
                    self.gold["findings"].append({"check": "share_mismatch", "expected": pct, "actual": pct + 9})
                    pct += 9
                share = f" (chiếm {pct:.1f}% tổng kinh phí)".replace(".", ",")
            self.p(f"- {work}: {money_words(v, rng)}{share};")

    def _partial(self, rng) -> None:
        a, b, c = (rng.randint(5, 60) * 10**8 for _ in range(3))
        total = a + b + c + rng.choice([0, 0, rng.randint(1, 20) * 10**8])  # "trong đó" may name only some parts
        if self.sum_form == "partial":
            total = a + b + c - rng.randint(3, 20) * 10**8
            self.gold["findings"].append({"check": "sum_mismatch", "expected": a + b + c, "actual": total})
        pct = round(100 * a / total)
        if self.share_form == "partial":
            wrong = pct + rng.choice([-12, -8, -6, 6, 8, 12])
            pct = wrong if 0 < wrong < 100 else pct + 15
            self.gold["findings"].append({"check": "share_mismatch", "expected": round(100 * a / total, 2), "actual": pct})
        self.p(f"2. Cơ cấu nguồn vốn: tổng nguồn vốn {render_money(total, 'trieu')}, trong đó: ngân sách tỉnh "
               f"{render_money(a, 'trieu')} (chiếm {pct}% tổng nguồn vốn); ngân sách huyện {render_money(b, 'trieu')}; "
               f"nhân dân đóng góp {render_money(c, 'trieu')}.")

    def _hedged(self, rng) -> None:
        x = rng.randint(5, 30) * 10**8
        parts = [x // 2 + rng.randint(2, 9) * 10**7, x // 2 + rng.randint(2, 9) * 10**7]  # more than "gần" x: hedged
        self.p(f"3. Nhân dân đóng góp: tổng kinh phí nhân dân đóng góp ước khoảng {render_money(x, 'trieu')}, trong đó: "
               f"hiến đất {render_money(parts[0], 'trieu')}, ngày công {render_money(parts[1], 'trieu')}.")

    def _table(self, rng) -> None:
        """An attached table in millions whose "Tổng cộng" row totals its column."""
        from .plan import Table

        values = [rng.randint(1, 90) * 10 for _ in range(rng.randint(3, 5))]
        total = sum(values)
        if self.sum_form == "table":
            total += rng.choice([-1, 1]) * rng.randint(2, 9) * 10
            self.gold["findings"].append({"check": "sum_mismatch", "expected": sum(values) * 10**6, "actual": total * 10**6})
        self.p("5. Kinh phí duy tu, bảo dưỡng các công trình (ĐVT: triệu đồng):")
        self.p("ĐVT: triệu đồng")
        rows = [["STT", "Hạng mục", "Kinh phí", "Ghi chú"]]
        for i, (work, v) in enumerate(zip(rng.sample(_WORKS, len(values)), values), 1):
            rows.append([str(i), work, f"{v:,}".replace(",", "."), "Ngân sách xã"])
        rows.append(["", "Tổng cộng", f"{total:,}".replace(",", "."), ""])
        self.plan.blocks.append(Table(rows))

    def _balance(self, rng) -> None:
        need = rng.randint(50, 300) * 10**8
        have = rng.randint(10, 49) * 10**8
        gap = need - have
        if self.inject == "arithmetic_mismatch":
            gap += rng.choice([-5, -3, 2, 4]) * 10**8
            self.gold["findings"].append({"check": "arithmetic_mismatch", "expected": need - have, "actual": gap})
        self.p(f"4. Cân đối: {render_money(need, 'trieu')} - {render_money(have, 'trieu')} = {render_money(gap, 'trieu')} "
               f"(còn thiếu {render_money(gap, 'trieu')}).")
