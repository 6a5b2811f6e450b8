"""Criteria statuses in the forms measured on unseen pages by helper s9c (docs/genre.md §5c).

A commune's plan may state its count with an adverb after "đã" ("đã thực hiện hoàn thành",
"đã cơ bản đạt"), list what it reached in a sentence of its own opened by "Bao gồm", name the
remainder after "về" ("N tiêu chí còn lại về …") or after a long description ending "như:",
and mention the set being assessed (no answer). A district's plan may write its names with
commas for the hyphens ("y tế, văn hóa, giáo dục") and cite its communes' counts over 19 (no
answer). The words are data (pipeline/data/synth.yaml, ``s9c_status``); each draw has its own
random stream, so the other variants of a plan draw as before.
"""
from __future__ import annotations

import random

from .base import ComposerBase
from .vocab import vocab


class CriteriaParts(ComposerBase):
    def s9c_commune_status(self, done: list[int], todo: list[int]) -> bool:
        """A commune's status in one of the §5c forms for about a quarter of the plans; False when none is written."""
        g = self.fresh_stream("/status-s9c")
        if g.random() >= 0.25 or not todo:
            return False
        v, total = vocab()["s9c_status"], len(self.names)
        verb = g.choice(v["past_verbs"])
        self.gold["criteria_summary"].append({"kind": "achieved", "count": len(done), "total": total})
        items = [v["numbered_item"].format(n=n, name=self.names[n].lower()) for n in done]
        listed_done = "; ".join(items[:-1]) + " và " + items[-1] if len(items) > 1 else items[0]
        self.p(v["count"].format(verb=verb, k=len(done), total=total) + " " + v["lead_sentence"].format(items=listed_done))
        self._s9c_gold(done, "dat")
        names = [self.names[n].lower() for n in todo]
        listed = ", ".join(names[:-1]) + " và " + names[-1] if len(names) > 1 else names[0]
        if g.random() < 0.5:
            self.p(v["remaining_ve"].format(m=len(todo), names=listed))
            self.gold["criteria_summary"].append({"kind": "not_achieved", "count": len(todo), "total": None})
        else:
            self.p(v["long_lead"].format(names=listed))
        self._s9c_gold(todo, "chua_dat")
        self.p(v["assessed"].format(total=total))  # the set being assessed: no answer
        return True

    def s9c_district_status(self, g: random.Random, done: list[int], todo: list[int]) -> bool:
        """A district's names written with commas and its communes' counts (no answer), for about a quarter of the plans."""
        if self.fresh_stream("/district-s9c").random() >= 0.25 or not todo:
            return False
        v = vocab()["s9c_status"]
        names = [self._s9c_district_name(n) for n in done]
        self.p(v["district_done"].format(total=len(self.names), k=len(done), names=", ".join(names)))
        self.gold["criteria_summary"].append({"kind": "achieved", "count": len(done), "total": None})
        self._s9c_gold(done, "dat")
        items = "; ".join(v["paren_item"].format(n=n, name=self._s9c_district_name(n)) for n in todo)
        self.p(v["district_todo"].format(items=items))
        self._s9c_gold(todo, "chua_dat")
        self.p(v["district_communes"].format(a=g.randint(12, 18), b=g.randint(9, 16)))
        return True

    def _s9c_district_name(self, n: int) -> str:
        """The district name as prose lists write it: commas for the hyphens of criteria 5 and 9."""
        return vocab()["s9c_status"]["district_commas"].get(n, self.names[n]).lower() if self.set_id.endswith("2021_2025") \
            or n == 5 else self.names[n].lower()

    def _s9c_gold(self, nos: list[int], status: str) -> None:
        for n in nos:
            self.gold["criteria"].append({"criterion": n, "indicator": None, "status": status, "year": None})
