"""Assignment forms of docs/genre.md §8f in a generated plan's organisation part (helper s9b, issue 14).

Each form is drawn on its own random stream (so the other variants draw as before), with the gold it implies:

- the passive, the unit after the criterion: "Riêng tiêu chí số N … do <X> phụ trách, <Y> phối hợp thực hiện";
- one numbered sentence whose second clause has no subject of its own: "<X> chịu trách nhiệm … tiêu chí số N; chủ trì,
  phối hợp với <Y> thực hiện tiêu chí số M" (X answers for both);
- a table "STT | Tiêu chí | Đơn vị chủ trì | Đơn vị phối hợp", one criterion a row;
- look-alikes with no assignment: a criterion that is only the topic of a document ("Kế hoạch … về việc thực hiện tiêu
  chí số N") or of a process ("… trong quá trình thực hiện tiêu chí số N").

The sentences are the generator's own (pipeline/data/synth.yaml ``s9b_assign``), never a found one.
"""
from __future__ import annotations

from .base import ComposerBase
from .plan import Table
from .vocab import vocab


class AssignParts(ComposerBase):
    def assign_forms(self, i: int, pool: list, names: dict) -> int:
        """Some of the §8f forms as items ``i``, ``i + 1`` …; returns the next item number."""
        g, v = self.fresh_stream("/assign-8f"), vocab()["s9b_assign"]
        add = self.gold["assignments"].append
        if g.random() < 0.4:
            (lw, lc), (pw, pc) = g.sample(pool, 2)
            n = g.choice(list(names))
            self.p(v["passive"].format(i=i, no=n, name=names[n], lead=lw, partner=pw))
            add({"unit": lc, "role": "chu_tri", "criteria": [str(n)], "raw": lw})
            add({"unit": pc, "role": "phoi_hop", "criteria": [str(n)], "raw": pw})
            i += 1
        if g.random() < 0.4:
            (lw, lc), (pw, pc) = g.sample(pool, 2)
            n, m = g.sample(list(names), 2)
            self.p(v["carried"].format(i=i, lead=lw, partner=pw, no=n, no2=m))
            add({"unit": lc, "role": "chu_tri", "criteria": [str(n), str(m)], "raw": lw})
            add({"unit": pc, "role": "phoi_hop", "criteria": [str(m)], "raw": pw})
            i += 1
        if g.random() < 0.35:
            self.p(v["table_lead"].format(i=i))
            rows = [list(v["table_header"])]
            for k, n in enumerate(sorted(g.sample(list(names), 2)), 1):
                (lw, lc), (pw, pc) = g.sample(pool, 2)
                rows.append([str(k), f"{n}. {names[n]}", lw, pw])
                add({"unit": lc, "role": "chu_tri", "criteria": [str(n)], "raw": lw})
                add({"unit": pc, "role": "phoi_hop", "criteria": [str(n)], "raw": pw})
            self.plan.blocks.append(Table(rows))
            i += 1
        if g.random() < 0.4:
            unit = g.choice(pool)[0]
            self.p(g.choice(v["topics"]).format(i=i, unit=unit, no=g.choice(list(names)),
                                                place="xã" if self.kind != "huyen" else "huyện"))
            i += 1
        return i
