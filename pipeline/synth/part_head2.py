"""Header and legal-basis variants of the fourth survey (docs/genre.md §1j, §2d) for generated plans.

Each variant draws from a fresh stream of its own, so every other draw of a plan stays as it was: several laws
on one basis line, a party resolution named by its congress, a department's decision whose type code is written
apart before the slash ("số 1845 QĐ/SNN-KH"), a provincial resolution whose issuer runs on into its subject, and
a web copy whose signature lost its title lines (the name above "(Đã ký)").
"""
from __future__ import annotations

from typing import Any, cast

from .base import ComposerBase
from .plan import Table
from .vocab import vocab


class HeadParts2(ComposerBase):
    def legal_genre4(self, py: int) -> None:
        """Basis lines of §2d; the numbered ones with their gold reference (numbers are made up)."""
        g, v = self.fresh_stream("/genre-4-legal"), vocab()
        if g.random() < 0.6:
            self.p(g.choice(v["g4_law_lines"]))  # acts without a number: not in the scored gold
        if g.random() < 0.5:
            self.p(g.choice(v["g4_party_lines"]).format(district=self.district, ordinal=g.choice(v["g4_ordinals"])))
        if g.random() < 0.5:
            n, d, m = g.randint(100, 2999), g.randint(1, 28), g.randint(1, 12)
            self.p(f"Căn cứ Quyết định số {n} QĐ/SNN-KH ngày {d}/{m}/{py} của Sở Nông nghiệp và PTNT tỉnh {self.province} "
                   f"về hướng dẫn đánh giá các chỉ tiêu thuộc lĩnh vực nông nghiệp;")
            self.cite("quyet_dinh", f"{n} QĐ/SNN-KH", f"Sở Nông nghiệp và PTNT tỉnh {self.province}", (py, m, d))
        if g.random() < 0.5:
            n, d, m = g.randint(10, 99), g.randint(1, 28), g.randint(1, 12)
            self.p(f"Căn cứ Nghị quyết số {n}/{py}/NQ-HĐND ngày {d}/{m}/{py} của Hội đồng nhân dân tỉnh {self.province} quy "
                   f"định mức hỗ trợ xây dựng đường giao thông nông thôn;")
            self.cite("nghi_quyet", f"{n}/{py}/NQ-HĐND", f"Hội đồng nhân dân tỉnh {self.province}", (py, m, d))

    def signed_mark_only(self, left: str, name: str) -> bool:
        """One plan in seven is a web copy whose signature lost its title lines: the name above "(Đã ký)", then the
        recipients. Returns whether it wrote the block (the gold then has the name and no title)."""
        if self.fresh_stream("/genre-4-signed").random() >= 1 / 7:
            return False
        self.p(name)
        self.p("(Đã ký)")
        self.plan.blocks.append(Table([[left, ""]], layout=True))
        cast(dict[str, Any], self.gold["document"]).update(signer_name=name, signer_title=None)
        return True
