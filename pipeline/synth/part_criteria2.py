"""Criteria statuses and counts in the forms measured on unseen pages by helper s10c (docs/genre.md §5d).

A commune's plan may write a status after a list of names ("Các tiêu chí về A, B và C chưa đảm
bảo yêu cầu": every item's), and may cite, with no answer, a band of communes ("có 9 xã đạt từ
12-16 tiêu chí"), a sentence ranking units by their counts, a province's average ("17,5 tiêu
chí/xã"), a share of communes ("100% số xã chưa đạt tiêu chí số 1"), the whole set shared by
communes ("04 tiêu chí trong tổng số 19 tiêu chí mà tất cả 8 xã đều đạt") and communes counted as
a result ("đến nay toàn huyện có 21/96 xã được công nhận", "chỉ có 2 xã hoàn thành 19/19 tiêu chí, 7 xã còn lại …"),
and (helper s12a, §5g) the criteria met listed by number and name after "nông thôn mới đạt chuẩn là", a finding
whose clause after "; " states its own result of named criteria, "có đến N tiêu chí" (no answer). The words are data
(pipeline/data/synth.yaml, ``s10c_status``, ``s12a_status``); each draw has its own random stream, so the other
variants of a plan draw as before.
"""
from __future__ import annotations

from .base import ComposerBase
from .vocab import vocab


class CriteriaParts2(ComposerBase):
    def measured_status_forms(self, done: list[int], todo: list[int], k: int) -> bool:
        """The status in one of the forms measured on unseen pages (§5d, §5c, §5g), each drawn on its own stream."""
        return self.s10c_commune_status(todo, k) or self.s9c_commune_status(done, todo) or self.s12a_commune_status(done, todo)

    def s10c_commune_status(self, todo: list[int], k: int) -> bool:
        """For about one plan in seven: the count and the remaining criteria with their status after the list."""
        g = self.fresh_stream("/status-s10c")
        if g.random() >= 0.15 or len(todo) < 2:
            return False
        v, total = vocab()["s10c_status"], len(self.names)
        self.p(v["count"].format(k=k, total=total))
        self.gold["criteria_summary"].append({"kind": "achieved", "count": k, "total": total})
        names = [self.names[n].lower() for n in todo]
        self.p(v["after_list"].format(names=", ".join(names[:-1]) + " và " + names[-1]))
        for n in todo:
            self.gold["criteria"].append({"criterion": n, "indicator": None, "status": "chua_dat", "year": None})
        return True

    def s10c_lookalikes(self, total: int) -> None:
        """For about a third of the plans, one or two sentences that look like counts or statuses and are none."""
        g = self.fresh_stream("/lookalikes-s10c")
        if g.random() >= 0.35:
            return
        v = vocab()["s10c_status"]
        x, y, z, w = g.sample(v["unit_names"], 4)
        lo = g.randint(5, total - 6)
        forms = {
            "band": lambda: v["band"].format(a=g.randint(2, 9), lo=lo, hi=lo + 4, b=g.randint(2, 9), lo2=lo - 4, hi2=lo - 1),
            "ranking": lambda: v["ranking"].format(x=x, y=y, z=z, w=w, n1=total - 3, n2=total - 5, n3=total - 7),
            "average": lambda: v["average"].format(avg=f"{g.randint(10, total - 1)},{g.randint(1, 9)}"),
            "share": lambda: v["share"].format(no=g.choice(list(self.names))),
            "whole": lambda: v["whole"].format(n=g.randint(2, 6), total=total, m=g.randint(6, 14)),
            "communes_now": lambda: v["communes_now"].format(a=g.randint(5, 20), b=g.randint(21, 30)),
            "bound_verb": lambda: v["bound_verb"].format(a=g.randint(2, 4), total=total, b=g.randint(3, 7)),
        }
        for name in g.sample(sorted(forms), g.randint(1, 2)):
            self.p(forms[name]())

    def s12a_commune_status(self, done: list[int], todo: list[int]) -> bool:
        """For about one plan in eight: the count and each criterion met, numbered and named, after "nông thôn mới đạt
        chuẩn là" (docs/genre.md §5g), then the rest by name; False when not written."""
        g = self.fresh_stream("/status-s12a")
        if g.random() >= 0.12 or not done or not todo:
            return False
        v, total = vocab()["s12a_status"], len(self.names)
        items = ", ".join(v["numbered_item"].format(n=n, name=self.names[n]) for n in done)
        self.p(v["standard_list"].format(k=len(done), total=total, items=items))
        self.gold["criteria_summary"].append({"kind": "achieved", "count": len(done), "total": total})
        names = [self.names[n].lower() for n in todo]
        self.p(v["todo_list"].format(m=len(todo), names=", ".join(names[:-1]) + " và " + names[-1] if len(names) > 1 else names[0]))
        self.gold["criteria_summary"].append({"kind": "not_achieved", "count": len(todo), "total": None})
        for n in done + todo:
            self.gold["criteria"].append({"criterion": n, "indicator": None, "status": "dat" if n in done else "chua_dat",
                                          "year": None})
        return True

    def s12a_lookalikes(self) -> None:
        """For about one plan in five, a finding whose clause after "; " states its own result of two named criteria
        ("…; Kết quả thực hiện các tiêu chí về A và B đạt kết quả chưa cao", docs/genre.md §5g): no answer."""
        g = self.fresh_stream("/lookalikes-s12a")
        if g.random() >= 0.2:
            return
        a, b = g.sample(sorted(self.names), 2)
        self.p(vocab()["s12a_status"]["own_clause"].format(a=self.names[a].lower(), b=self.names[b].lower()))
        if g.random() < 0.5:
            self.p(vocab()["s12a_status"]["as_many"].format(n=g.randint(2, 5)))
