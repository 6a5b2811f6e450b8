"""Plan forms the extractor reads and the generator did not write yet (helper s12f, issue 14).

Each variant draws from a fresh stream of its own, so every other draw of a plan stays as it was. Forms, with the
gold they imply:

- a title reporting the year before and planning the plan's year ("Kết quả thực hiện năm YYYY-1 và kế hoạch …
  năm YYYY", "… năm YYYY-1, phương hướng nhiệm vụ năm YYYY …", docs/genre.md §1f): the title, the later year;
- a pinpoint before the act ("Căn cứ điểm a khoản N Điều M Nghị định số …", §2d): the act's citation; before an
  unnumbered law, and an amending law unnumbered (§10n): no scored citation; an amending law with its number
  (§10n): the law's citation, issued by the National Assembly, never the amended law;
- a basis line citing another grade's or level's criteria (§10c): the citation, and the plan's own set unchanged;
- the plan's own title repeated in the body (§4e): its year is no deadline;
- a grade defined ("xã đạt chuẩn nông thôn mới nâng cao khi đạt đủ N/N tiêu chí …", §5c): no count, no status;
- in a TXT copied from a PDF, the basis lines hard-wrapped at the margin, a line break anywhere in a clause (§10m):
  every citation as before, and no deadline from the act's trích yếu (the TXT rendering only: ``Para.markup``);
- a district criterion's name with odd spacing about its hyphens, in brackets after its number (§5): the criterion;
- a higher body giving one criterion to two bodies at once ("UBND huyện <X> giao UBND xã <Y>, <đơn vị> có trách
  nhiệm thực hiện tiêu chí số N …", §8a): each body answers for it, the giver for none.

The words are in pipeline/data/synth_deadlines.yaml (``s12f_*``).
"""
from __future__ import annotations

import textwrap

from .base import ComposerBase
from .part_deadlines import words
from .plan import Para
from .vocab import _places, vocab


class Forms5Parts(ComposerBase):
    title: str  # set by HeadParts.header

    def report_plan_title(self, title: str, level: str) -> str:
        """In one plan in eight whose title is in words, a title reporting the year before and planning this one."""
        g = self.fresh_stream("/report-title-12f")
        if title.isupper() or g.random() >= 1 / 8:
            return title
        unit = f"xã {self.commune}" if level == "xa" else f"huyện {self.district}"
        grade = " nâng cao" if self.kind == "xa_nang_cao" else ""
        self._report_title = True
        return g.choice(words()["s12f_report_titles"]).format(y0=self.year - 1, y=self.year, unit=unit, grade=grade)

    def legal_forms5(self, py: int) -> None:
        """Basis lines with a pinpoint before the act, an amending law, another grade's criteria (§2d, §10n, §10c)."""
        g, w = self.fresh_stream("/legal-12f"), words()
        day, month = g.randint(1, 28), g.randint(1, 12)
        fill = {"n": g.randint(11, 99), "py": py, "d": day, "m": month, "k": g.randint(1, 4), "e": g.randint(2, 9),
                "province": self.province}
        if g.random() < 0.35:
            kind, number, issuer, line = g.choice(w["s12f_pinpoints"])
            self.p(line.format(**fill))
            self.cite(kind, number.format(**fill), issuer, (py, month, day))
        if g.random() < 0.3:
            self.p(g.choice(w["s12f_unnumbered"]).format(**fill))
        if g.random() < 0.2:
            n, d, m = g.randint(1, 40), g.randint(1, 28), g.randint(1, 12)
            self.p(w["s12f_amending"].format(n=n, d=d, m=m, py=py))
            self.cite("other", f"{n:02d}/{py}/QH15", "Quốc hội", (py, m, d))
        if g.random() < 0.25:
            n, d, m = g.randint(1000, 2999), g.randint(1, 28), g.randint(1, 12)
            self.p(g.choice(w["s12f_other_sets"]).format(n=n, d=d, m=m, py=py, province=self.province))
            self.cite("quyet_dinh", f"{n}/QĐ-UBND", f"UBND tỉnh {self.province}", (py, m, d))
        self._wrapped_basis()

    def _wrapped_basis(self) -> None:
        """In one plan in five, the TXT copy wraps every long basis line at a margin of 68 to 86 characters."""
        g = self.fresh_stream("/wrapped-basis-12f")
        if g.random() >= 0.2:
            return
        width = g.randint(68, 86)
        for b in self.plan.blocks:
            if isinstance(b, Para) and b.markup is None and len(b.text) > width and b.text.startswith(("Căn cứ", "Thực hiện")):
                b.markup = "\n".join(textwrap.wrap(b.text, width, break_long_words=False, break_on_hyphens=False))

    def odd_hyphens(self, name: str) -> str:
        """In one district plan in three, the hyphens of a district criterion's name written with odd spacing
        ("y tế- văn hóa- giáo dục", "y tế -văn hóa -giáo dục", §5): the criterion as before."""
        g = self.fresh_stream("/odd-hyphens-12f")
        if g.random() >= 1 / 3:
            return name
        return name.replace(" - ", g.choice(["- ", " -"]))

    def body_forms5(self) -> None:
        """Before the goals: the plan's own title repeated (§4e) and, in a commune's plan, a grade defined (§5c)."""
        g, w = self.fresh_stream("/body-12f"), words()
        if g.random() < 0.25 and not getattr(self, "_report_title", False):
            title = getattr(self, "_closing", None) or self.title  # in words, as part_head3.closing_title
            self.p(g.choice(w["s12f_own_title"]).format(title=title[0].lower() + title[1:]))
        if self.kind != "huyen" and g.random() < 0.25:
            self.p(g.choice(w["s12f_definitions"]).format(total=len(self.names)))

    def assign_forms5(self, i: int, names: dict) -> int:
        """In one plan in five, item ``i``: a higher body gives one criterion to two bodies (§8a); the next item."""
        g = self.fresh_stream("/distributive-12f")
        if g.random() >= 0.2:
            return i
        if self.kind == "huyen":
            giver = f"UBND tỉnh {self.province}"
            own = sorted({c for c, d, p in _places() if d == self.district and p == self.province})
            if not own:
                return i
            a, a_unit = f"UBND xã {g.choice(own)}", "Ủy ban nhân dân"
            pool = vocab()["district_units"]
        else:
            giver = f"UBND huyện {self.district}"
            a, a_unit = f"UBND xã {self.commune}", "Ủy ban nhân dân"
            pool = vocab()["commune_units"]
        b, b_unit = g.choice([u for u in pool if "Điều phối" not in u[0] and "UBND" not in u[0]])
        no = g.choice(list(names))
        self.p(words()["s12f_distributive"].format(i=i, giver=giver, a=a, b=b, no=no, name=names[no]))
        for raw, unit in ((a, a_unit), (b, b_unit)):
            self.gold["assignments"].append({"unit": unit, "role": "chu_tri", "criteria": [str(no)], "raw": raw})
        return i + 1
