"""The header, legal bases and signature block of a generated plan.

Genre variants (docs/genre.md §1, §2) are drawn from a generator of their own
(``_genre_rng``), so the other parts of a plan draw the same numbers as before:
the motto broken across lines, the issuer broken inside its words, web-copy
metadata lines above the header, lists of decisions sharing type and issuer,
a National Assembly resolution, a Party programme, a decision cited with
"năm YYYY" and laws cited by name and date.
"""
from __future__ import annotations

import random

from .part_head2 import HeadParts2
from .part_head3 import HeadParts3
from .part_head4 import HeadParts4
from .plan import Table
from .vocab import vocab


def _genre_rng(composer) -> random.Random:
    """The genre variants' own random stream (issue 14), fixed by the plan's name."""
    return composer.stream("/genre-14")


class HeadParts(HeadParts2, HeadParts3, HeadParts4):
    def header(self) -> None:
        rng = self.rng
        lvl, name = ("XÃ", self.commune) if self.kind != "huyen" else ("HUYỆN", self.district)
        number = None if rng.random() < 0.3 else f"{rng.randint(5, 350)}/KH-UBND"
        day = rng.randint(1, 28)
        month = rng.randint(1, 3)
        g, v = _genre_rng(self), vocab()
        control = self.index % 4 == 3  # one plan in four keeps the clean Decree 30 layout, as a control
        first = v["g14_issuer_first_line"][0] if control else g.choice(v["g14_issuer_first_line"])
        left = f"{first}\n{lvl} {name.upper()}\n{self.number_line(number)}"  # part_head4.py
        place = name
        right = f"{g.choice(v['g14_motto'])}\n{place}, ngày {day:02d} tháng {month:02d} năm {self.year}"
        if g.random() < 0.3 and not control:  # a web copy: the site's metadata lines come first
            self._web_metadata(g, number, lvl, name)
        self.unpiped_metadata(number, lvl, name)  # docs/genre.md §1h (part_head4.py)
        self.page_stamp(day, month)  # docs/genre.md §12 (part_head4.py)
        self.plan.blocks.append(Table([[left, right]], layout=True))
        if self.kind == "huyen":
            title = rng.choice([f"Xây dựng huyện {self.district} đạt chuẩn nông thôn mới năm {self.year}",
                                f"Thực hiện xây dựng huyện {self.district} đạt chuẩn nông thôn mới năm {self.year}"])
            target, level = "huyen_ntm", "huyen"
        elif self.kind == "xa_nang_cao":
            title = rng.choice([f"Xây dựng xã {self.commune} đạt chuẩn nông thôn mới nâng cao năm {self.year}",
                                f"Thực hiện Chương trình xây dựng nông thôn mới nâng cao năm {self.year}"])
            target, level = "ntm_nang_cao", "xa"
        else:
            title = rng.choice([f"Xây dựng xã {self.commune} đạt chuẩn nông thôn mới năm {self.year}",
                                f"Thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm {self.year}"])
            target, level = "ntm", "xa"
        title = self.caps_comma_title(title, level)  # docs/genre.md §11 (part_head3.py)
        title = self.report_plan_title(title, level)  # docs/genre.md §1f (part_forms5.py)
        title, shown = self.caps_title_lines(title)  # docs/genre.md §1e (part_head4.py)
        shown = self.blank_broken_title(title, shown)  # docs/genre.md §1k (part_head4.py)
        self.title = title
        self.p("KẾ HOẠCH", bold=True, center=True)
        self.p(shown, bold=True, center=True, markup=f"**{title}**" if shown == title else None)
        self.gold["document"] = {
            "doc_type": "ke_hoach", "title": title, "number": number,
            "issuer": f"UBND xã {self.commune}" if level == "xa" else f"UBND huyện {self.district}",
            "admin_level": level, "commune": self.commune if level == "xa" else None,
            "district": self.district, "province": self.province, "plan_year": self.year,
            "target": target, "criteria_set": self.set_id,
        }

    def _web_metadata(self, g: random.Random, number: str | None, lvl: str, name: str) -> None:
        """Lines a legal-document site prints above the text; none of them is a header field."""
        v = vocab()
        signer = f"{g.choice(v['family_names'])} {g.choice(v['middle_names'])} {g.choice(v['given_names'])}"
        self.p(f"Số hiệu: | {number or 'Đang cập nhật'} | Loại văn bản: | Kế hoạch |")
        self.p(f"Nơi ban hành: | {lvl.capitalize()} {name} | Người ký: | {signer} |")
        self.p(f"Ngày hiệu lực: | {g.choice(v['g14_web_status'])} | Tình trạng hiệu lực: | {g.choice(v['g14_web_status'])} |")
        r = self.stream("/genre-3-related")  # a stream of its own: the other variants draw as before
        if r.random() < 0.6:  # the site's related documents, naming other places: never the plan's issuer or place
            from .vocab import _places

            others = [p for p in _places() if p[1] != self.district and p[2] != self.province]
            for i in range(1, 3):
                _, district, province = r.choice(others)
                line = r.choice(v["g3_related_lines"])
                self.p(line.format(i=i, n=r.randint(100, 3999), y=self.year - 1, district=district, province=province))

    def _legal_genre(self) -> None:
        """Citation forms of the genre, each with its gold reference (numbers are made up)."""
        g, v = _genre_rng(self), vocab()
        py = self.year - 1
        if g.random() < 0.5:
            law, when = g.choice(v["g14_law_lines"])
            self.p(f"Căn cứ {law} {when};")
        if g.random() < 0.5:
            n, d, m = g.randint(20, 99), g.randint(1, 28), g.randint(1, 12)
            self.p(f"Căn cứ Nghị quyết số {n}/{py}/QH15 ngày {d}/{m}/{py} của Quốc hội "
                   f"về chủ trương đầu tư các chương trình mục tiêu quốc gia;")
            self.cite("nghi_quyet", f"{n}/{py}/QH15", "Quốc hội", (py, m, d))
        if g.random() < 0.5:
            items = [(g.randint(100, 999), g.randint(1, 28), g.randint(1, 6)), (g.randint(1000, 1999), g.randint(1, 28), g.randint(7, 12))]
            listed = ", ".join(f"số {n}/QĐ-TTg ngày {d}/{m}/{py}" for n, d, m in items)
            self.p(f"Căn cứ các Quyết định: {listed} của Thủ tướng Chính phủ về giao kế hoạch vốn;")
            for n, d, m in items:
                self.cite("quyet_dinh", f"{n}/QĐ-TTg", "Thủ tướng Chính phủ", (py, m, d))
        if g.random() < 0.5:
            n, d, m = g.randint(1, 40), g.randint(1, 28), g.randint(1, 12)
            party = "HU" if self.kind == "huyen" else "ĐU"
            self.p(f"Thực hiện Chương trình hành động số {n:02d}-CTr/{party} ngày {d}/{m}/{py} về xây dựng nông thôn mới;")
            issuer = "Huyện ủy" if party == "HU" else f"Đảng ủy xã {self.commune}"
            self.cite("chuong_trinh", f"{n:02d}-CTr/{party}", issuer, (py, m, d))
        if g.random() < 0.5:
            n = g.randint(100, 3999)
            self.p(f"Thực hiện Quyết định {n}/QĐ-UBND năm {py} của UBND tỉnh {self.province} về phân bổ vốn sự nghiệp;")
            self.cite("quyet_dinh", f"{n}/QĐ-UBND", f"UBND tỉnh {self.province}")
        self._date_after_issuer(py)
        self.legal_genre4(py)  # docs/genre.md §2d (part_head2.py)
        self.legal_genre12(py)  # docs/genre.md §2a, §2c (part_head4.py)
        self.legal_forms5(py)  # docs/genre.md §2d, §10c, §10n (part_forms5.py)

    def _date_after_issuer(self, py: int) -> None:
        """Half the plans cite a decree dated after its issuer ("… của Chính phủ ngày 24 tháng 6 năm YYYY …",
        docs/genre.md §2b); its own stream, so the other variants draw as before."""
        g = self.fresh_stream("/date-after-issuer-8b")
        if g.random() < 0.5:
            return
        n, d, m = g.randint(20, 99), g.randint(1, 28), g.randint(1, 12)
        self.p(f"Căn cứ Nghị định số {n}/{py}/NĐ-CP của Chính phủ ngày {d} tháng {m} năm {py} sửa đổi, bổ sung "
               f"cơ chế quản lý, tổ chức thực hiện các chương trình mục tiêu quốc gia;")
        self.cite("other", f"{n}/{py}/NĐ-CP", "Chính phủ", (py, m, d))

    def legal(self) -> None:
        rng = self.rng
        decision = {"xa_ntm_2021_2025": ("318/QĐ-TTg", (2022, 3, 8), "ngày 08/3/2022", "Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2021 - 2025"),
                    "xa_ntm_nang_cao_2021_2025": ("318/QĐ-TTg", (2022, 3, 8), "ngày 08/3/2022", "Bộ tiêu chí quốc gia về xã nông thôn mới nâng cao giai đoạn 2021 - 2025"),
                    "xa_ntm_2016_2020": ("1980/QĐ-TTg", (2016, 10, 17), "ngày 17/10/2016", "Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2016 - 2020"),
                    "huyen_ntm_2016_2020": ("558/QĐ-TTg", (2016, 4, 5), "ngày 05/4/2016", "tiêu chí huyện nông thôn mới"),
                    "huyen_ntm_2021_2025": ("320/QĐ-TTg", (2022, 3, 8), "ngày 08/3/2022", "Bộ tiêu chí quốc gia về huyện nông thôn mới giai đoạn 2021 - 2025")}[self.set_id]
        num, day, written, about = decision
        self.p(f"Căn cứ Quyết định số {num} {written} của Thủ tướng Chính phủ ban hành {about};")
        self.cite("quyet_dinh", num, "Thủ tướng Chính phủ", day)
        py = self.year - 1
        n1, n2 = rng.randint(1000, 3999), rng.randint(1000, 3999)
        d, m = rng.randint(1, 28), rng.randint(1, 12)
        form = rng.random()
        if form < 0.2:  # bare numbers sharing the last one's symbol (genre.md §2b)
            n1, n2 = sorted((n1, n2 + 1 if n2 == n1 else n2))
            self.p(f"Căn cứ các Quyết định số {n1} và {n2}/QĐ-UBND ngày {d}/{m}/{py} của UBND tỉnh {self.province} "
                   f"về việc công nhận các xã đạt chuẩn tiêu chí trên địa bàn tỉnh;")
            for n in (n1, n2):
                self.cite("quyet_dinh", f"{n}/QĐ-UBND", f"UBND tỉnh {self.province}", (py, m, d))
        elif form < 0.5:
            self.p(f"Căn cứ các Quyết định số {n1}/QĐ-UBND, {n2}/QĐ-UBND ngày {d}/{m}/{py} của UBND tỉnh {self.province} "
                   f"về việc ban hành bộ tiêu chí và phân công các sở, ngành hướng dẫn thực hiện trên địa bàn tỉnh;")
            for n in (n1, n2):
                self.cite("quyet_dinh", f"{n}/QĐ-UBND", f"UBND tỉnh {self.province}", (py, m, d))
        else:
            self.p(f"Căn cứ Quyết định số {n1}/QĐ-UBND ngày {d:02d}/{m:02d}/{py} của UBND tỉnh {self.province} "
                   f"về việc ban hành bộ tiêu chí trên địa bàn tỉnh giai đoạn 2021 - 2025;")
            self.cite("quyet_dinh", f"{n1}/QĐ-UBND", f"UBND tỉnh {self.province}", (py, m, d))
        if self.kind != "huyen":
            k = rng.randint(10, 300)
            d, m = rng.randint(1, 28), rng.randint(1, 3)
            self.p(f"Thực hiện Kế hoạch số {k}/KH-UBND ngày {d} tháng {m} năm {self.year} của UBND huyện {self.district} "
                   f"về thực hiện Chương trình xây dựng nông thôn mới trong năm {self.year};")
            self.cite("ke_hoach", f"{k}/KH-UBND", f"UBND huyện {self.district}", (self.year, m, d))
            n = rng.randint(10, 200)
            d, m = rng.randint(1, 28), 12
            self.p(f"Căn cứ Nghị quyết số {n}-NQ/ĐU ngày {d}/{m}/{py} của Đảng ủy xã {self.commune} về nhiệm vụ phát triển kinh tế - xã hội năm {self.year};")
            self.cite("nghi_quyet", f"{n}-NQ/ĐU", f"Đảng ủy xã {self.commune}", (py, m, d))
            body = f"UBND xã {self.commune}"
        else:
            n = rng.randint(100, 900)
            d, m = rng.randint(1, 28), rng.randint(1, 12)
            self.p(f"Căn cứ Thông báo kết luận số {n}-TB/HU ngày {d}/{m}/{py} của Ban Thường vụ Huyện ủy về xây dựng huyện đạt chuẩn nông thôn mới;")
            self.cite("thong_bao", f"{n}-TB/HU", "Ban Thường vụ Huyện ủy", (py, m, d))
            body = f"UBND huyện {self.district}"
        self._legal_genre()
        self.p(f"{body} xây dựng Kế hoạch với các nội dung cụ thể như sau:")

    def signature(self) -> None:
        rng = self.rng
        self.validity_line()  # docs/genre.md §4b (part_head4.py)
        recips = vocab()["recipients_huyen" if self.kind == "huyen" else "recipients_xa"]
        left = "Nơi nhận:\n" + "\n".join(f"- {r}" for r in recips)
        vice = rng.random() < 0.4
        name = self.person()
        if self.signed_mark_only(left, name):  # docs/genre.md §1j (part_head2.py)
            return
        title = "Phó Chủ tịch" if vice else "Chủ tịch"
        sig = ("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH" if vice else "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH") + f"\n\n{name}"
        self.plan.blocks.append(Table([[left, sig]], layout=True))
        self.gold["document"].update(signer_name=name, signer_title=title)
