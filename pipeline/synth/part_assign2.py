"""Assignment forms of docs/genre.md §8g in a generated plan's organisation part (helper s10d, issue 14).

Each form is drawn on its own random stream (so the other variants draw as before), with the gold it implies:

- a partner after bare "phối hợp" (no "với") under a criterion heading, the lead and the partner directing the
  task together: "Giao <X> phối hợp <Y> chỉ đạo các chi hội …" (both answer for the heading's criterion);
- a partner followed by "chỉ đạo" inline: "<X> phối hợp với <Y> chỉ đạo … thực hiện tiêu chí số N" (Y is no giver);
- in a commune plan, a village front board directed by the Front committee: "Giao Ủy ban Mặt trận Tổ quốc xã phối
  hợp chỉ đạo Ban công tác Mặt trận thôn thực hiện tiêu chí số N" (both answer, as any directed unit carrying the task
  out does; the board is a unit of its own, never read as the committee a second time).

- a look-alike with no assignment: a unit reported as having checked something, the objects running on over ";" to
  a criterion ("<X> đã kiểm tra các mô hình điểm; việc thực hiện tiêu chí số N …").

The sentences are the generator's own (pipeline/data/synth.yaml ``s10d_assign``), never a found one.
"""
from __future__ import annotations

from .base import ComposerBase
from .vocab import vocab


class Assign2Parts(ComposerBase):
    def assign_forms2(self, i: int, pool: list, names: dict) -> int:
        """Some of the §8g forms as items ``i``, ``i + 1`` …; returns the next item number."""
        g, v = self.fresh_stream("/assign-8g"), vocab()["s10d_assign"]
        add = self.gold["assignments"].append
        if g.random() < 0.4:
            (lw, lc), (pw, pc) = g.sample(pool, 2)
            n = g.choice(list(names))
            self.p(v["heading"].format(i=i, no=n, name=names[n]))
            self.p(v["bare_partner"].format(lead=lw, partner=pw))
            add({"unit": lc, "role": "phoi_hop", "criteria": [str(n)], "raw": lw})
            add({"unit": pc, "role": "phoi_hop", "criteria": [str(n)], "raw": pw})
            i += 1
        if g.random() < 0.4:
            (lw, lc), (pw, pc) = g.sample(pool, 2)
            n = g.choice(list(names))
            self.p(v["directing_partner"].format(i=i, lead=lw, partner=pw, no=n, name=names[n]))
            add({"unit": lc, "role": "phoi_hop", "criteria": [str(n)], "raw": lw})
            add({"unit": pc, "role": "phoi_hop", "criteria": [str(n)], "raw": pw})
            i += 1
        if self.kind != "huyen" and g.random() < 0.3:
            n = g.choice(list(names))
            self.p(v["front_board"].format(i=i, no=n, name=names[n]))
            add({"unit": "Ủy ban Mặt trận Tổ quốc", "role": "phoi_hop", "criteria": [str(n)], "raw": "Ủy ban Mặt trận Tổ quốc xã"})
            add({"unit": "Ban công tác Mặt trận", "role": "thuc_hien", "criteria": [str(n)], "raw": "Ban công tác Mặt trận thôn"})
            i += 1
        if g.random() < 0.35:  # a look-alike: a check whose objects run on over ";", no assignment in the gold
            n = g.choice(list(names))
            self.p(v["survey"].format(i=i, unit=g.choice(pool)[0], no=n, name=names[n]))
            i += 1
        return i
