"""Assignment forms of docs/genre.md §8c in a generated plan's organisation part (helper s12b, issue 14).

A mass organisation written in lower case ("Giao hội nông dân xã chủ trì vận động hội viên thực hiện tiêu chí số N
…"): the organisation's full name answers for the criterion, in the role written; and a steering board's roles named
without a person ("đồng chí Chủ tịch UBND xã làm Trưởng ban", §8b) and the offices a report goes to (§8a): no
assignment. Each form draws on its own random
stream, so the other variants draw as before; the words are in pipeline/data/synth_deadlines.yaml (``s12b_lower_*``).
"""
from __future__ import annotations

from .base import ComposerBase
from .part_deadlines import words


class Assign3Parts(ComposerBase):
    def assign_forms3(self, i: int, names: dict) -> int:
        """In one plan in three, item ``i`` gives a criterion to a mass organisation written in lower case; returns
        the next item number."""
        g, w = self.fresh_stream("/assign-lower-12b"), words()
        place = "huyện" if self.kind == "huyen" else "xã"
        if self.fresh_stream("/roles-12b").random() < 0.25:  # §8b: roles without a person, no assignment
            self.p(w["s12b_roles"].format(i=i, place=place))
            i += 1
        r = self.fresh_stream("/report-to-12b")
        if r.random() < 0.25:  # §8a: the offices a report goes to, no assignment
            (a, _), (b, _) = r.sample(self._report_offices(), 2)
            self.p(w["s12b_report_to"].format(i=i, place=place, a=a, b=b))
            i += 1
        if g.random() >= 1 / 3:
            return i
        written, canonical = g.choice(w["s12b_lower_units"])
        role = g.choice(["chu_tri", "phoi_hop"])
        no = g.choice(list(names))
        self.p(w["s12b_lower_line"].format(i=i, unit=written, place=place, role="chủ trì" if role == "chu_tri" else "phối hợp",
                                           no=no, name=names[no]))
        self.gold["assignments"].append({"unit": canonical, "role": role, "criteria": [str(no)], "raw": f"{written} {place}"})
        return i + 1

    def _report_offices(self) -> list:
        """Offices of the plan's level, (written, canonical), from the generator's unit pools."""
        from .vocab import vocab

        return [u for u in vocab()["district_units" if self.kind == "huyen" else "commune_units"] if "Điều phối" not in u[0]]
