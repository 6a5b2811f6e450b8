"""Forms of session 11's blind measurement on full documents (docs/genre.md §12; helper s12b, issue 14).

Each variant draws from a fresh stream of its own, so every other draw of a plan stays as it was:

- a web copy's page stamp line above the header ("Thứ Ba, dd/mm/YYYY, hh:mm (GMT+7)", "Cập nhật lúc hh:mm, …",
  "dd.mm.YYYY | hh:mm PM"; §4b, §12b): no deadline, no field;
- the title in capitals over two lines after the type word, the year on the second (§1e): the lines are the title;
- the header's number written apart before its slash ("Số:15 /KH-UBND", §1i): the plan's number, no citation;
- basis lines citing a ministry's circular, a government or party central resolution, a department's guidance, a
  decision whose symbol has a space after the slash ("N/ QĐ-SNN", §2a, §2c), and a law named with its year alone or a
  scheme's name closed by its horizon (§2d, §10h; no numbered citation, no deadline), another unit's recognition
  for the year before its decision's (§4b, §5a: the citation, no deadline), a party programme and the resolution it
  carries out on one line (§2b: each by the type word nearest its number), the three criteria decisions of 2022
  cited together (§5a: the plan's own set unchanged);
- an effective date closing the plan ("có hiệu lực thi hành kể từ ngày ký", §4b): no deadline;
- the site's metadata run on without pipes (§1h), or as "Số, ký hiệu", "Cơ quan ban hành", "Người ký : …" (§1i): no
  field; the office's contact line under the signature ("(0238) 3.862.115", §3d): no amount.
- a list of villages (a district's plan: communes) recognised, flattened from a table one cell a line, each
  decision by its number alone ("N/QĐ-UBND ngày dd/mm/YYYY"): a citation of the type its symbol names, no issuer;
- communes of other places with their districts in brackets, one of them a thị xã written "TX <tên>" ("… gồm:
  <A> (<Huyện>); <B>, <C> (TX <Tên>)"): no fact, and the plan's own commune and district stay its header's.

The words are in pipeline/data/synth_deadlines.yaml (``s12b_recognised``, ``s12b_neighbours``).
"""
from __future__ import annotations

import datetime as dt
import sqlite3
from functools import lru_cache
from pathlib import Path

from .base import ComposerBase
from .part_deadlines import words
from .vocab import _places, vocab

_WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật")


@lru_cache(maxsize=1)
def _towns() -> list[tuple[str, str, str]]:
    """(commune, thị xã, province) rows of the administrative units' data set."""
    import vietnamadminunits

    con = sqlite3.connect(str(Path(vietnamadminunits.__file__).parent / "data" / "dataset.db"))
    rows = con.execute("SELECT wardShort, districtShort, provinceShort FROM admin_units_legacy WHERE wardType = 'Xã' "
                       "AND districtType = 'Thị xã' ORDER BY provinceShort, districtShort, wardShort").fetchall()
    con.close()
    return [r for r in rows if all(x and " " in x and not any(ch.isdigit() or ch in "()" for ch in x) for x in r)]


def _ascii(name: str) -> str:
    """A place name without its marks, for a made-up address ("Bảo Thành" -> "bao thanh")."""
    from extractors.fold import fold

    return fold(name)


class HeadParts4(ComposerBase):
    def page_stamp(self, day: int, month: int) -> None:
        """One plan in six is a web copy whose page stamp (a few days after the plan's date) stands above it."""
        g = self.fresh_stream("/stamp-12b")
        if g.random() >= 1 / 6:
            return
        when = dt.date(self.year, month, day) + dt.timedelta(days=g.randint(1, 9))
        wd, date, hh, mm = _WEEKDAYS[when.weekday()], f"{when.day:02d}/{when.month:02d}/{when.year}", g.randint(6, 21), g.randint(0, 59)
        self.p(g.choice([f"{wd}, {date}, {hh:02d}:{mm:02d} (GMT+7)", f"Cập nhật lúc {hh:02d}:{mm:02d}, {wd}, {date}",
                         f"{date.replace('/', '.')} | {hh % 12 or 12:02d}:{mm:02d} {'AM' if hh < 12 else 'PM'}",
                         f"Ngày đăng bài: {date} | Tác giả: Ban biên tập"]))

    def caps_title_lines(self, title: str) -> tuple[str, str]:
        """(the title, the title as written): in one plan in six whose title is in words, the title in capitals
        over two lines, the year on the second (§1e); the gold title is the lines joined by a space, and the closing
        sentence keeps the words."""
        if title.isupper() or self.fresh_stream("/caps-title-12b").random() >= 1 / 6:
            return title, title
        caps = title.upper()
        cut = caps.rfind(" NĂM ")
        self._closing = title
        return caps, caps[:cut] + "\n" + caps[cut + 1:]

    def blank_broken_title(self, title: str, shown: str) -> str:
        """The title as written: in one plan in eight whose title is in words on one line, a web copy's blank line
        inside it, before a word in lower case (docs/genre.md §1k); the gold title stays the words joined."""
        if shown != title or title.isupper() or self.fresh_stream("/blank-title-12e").random() >= 1 / 8:
            return shown
        words = title.split(" ")
        cuts = [i for i in range(2, len(words) - 1) if words[i][:1].islower()]
        if not cuts:
            return shown
        i = cuts[len(cuts) // 2]
        return " ".join(words[:i]) + "\n\n" + " ".join(words[i:])

    def number_line(self, number: str | None) -> str:
        """The header's number line; in one plan in six written apart before its slash ("Số:15 /KH-UBND", §1i)."""
        if number is None or self.fresh_stream("/number-apart-12b").random() >= 1 / 6:
            return f"Số: {number or '   /KH-UBND'}"
        n, rest = number.split("/", 1)
        return f"Số:{n} /{rest}"

    def legal_genre12(self, py: int) -> None:
        """Basis lines of §2a, §2c, §2d and §10h: a central, party or department document (one plan in two, one or
        two of them), a law named with its year alone or a scheme's horizon (no numbered citation, no deadline)."""
        g, w = self.fresh_stream("/legal-12b"), words()
        if g.random() < 0.5:
            for kind, written, number, issuer, line in g.sample(w["s12b_legal"], g.randint(1, 2)):
                n, d, m = g.randint(5, 99), g.randint(1, 28), g.randint(1, 12)
                fill = {"n": n, "py": py, "d": d, "m": m, "province": self.province}
                self.p(line.format(written=written.format(**fill), **fill))
                self.cite(kind, number.format(**fill), issuer.format(**fill), (py, m, d))
        if g.random() < 0.4:
            self.p(g.choice(w["s12b_unnumbered"]).format(province=self.province, y1=self.year + g.randint(1, 3)))
        if g.random() < 0.3:  # §2b: a programme and the resolution it carries out, each by its own type word
            n, k, d, m, d2, m2 = g.randint(41, 99), g.randint(10, 99), g.randint(1, 28), g.randint(2, 12), g.randint(1, 28), 1
            self.p(w["s12b_programme_line"].format(n=n, k=k, d=d, m=m, d2=d2, m2=m2, py=py))
            self.cite("chuong_trinh", f"{n}-CTr/HU", "Huyện ủy", (py, m, d))
            self.cite("nghi_quyet", f"{k}-NQ/TU", "Tỉnh ủy", (py, m2, d2))
        if py >= 2022 and self.fresh_stream("/three-sets-12b").random() < 0.2:  # §5a: the 2022 criteria decisions together
            self.p(w["s12b_three_sets"])
            for code in ("318", "319", "320"):
                self.cite("quyet_dinh", f"{code}/QĐ-TTg", "Thủ tướng Chính phủ", (2022, 3, 8))
        self._recognition_basis(py)

    def _recognition_basis(self, py: int) -> None:
        """One plan in four cites the recognition of another commune (a district's plan: another district) for the
        year before the decision's (§4b, §5a): the citation, no deadline, and the plan's own place stays its header's."""
        g = self.fresh_stream("/recognition-12b")
        if g.random() >= 0.25:
            return
        level = "huyen" if self.kind == "huyen" else "xa"
        same = [p for p in _places() if p[2] == self.province and p[1] != self.district]
        if not same:
            return
        other = g.choice(same)[1 if level == "huyen" else 0]
        n, d, m = g.randint(4000, 4999) if level == "xa" else g.randint(2000, 2999), g.randint(1, 28), g.randint(1, 12)
        self.p(words()["s12b_recognition"][level].format(n=n, d=d, m=m, py=py, py0=py - 1, province=self.province, other=other))
        if level == "xa":
            self.cite("quyet_dinh", f"{n}/QĐ-UBND", f"UBND tỉnh {self.province}", (py, m, d))
        else:
            self.cite("quyet_dinh", f"{n}/QĐ-TTg", "Thủ tướng Chính phủ", (py, m, d))

    def validity_line(self) -> None:
        """One plan in five closes with its effective date "kể từ ngày ký" (§4b): no deadline."""
        g = self.fresh_stream("/validity-12b")
        if g.random() < 0.2:
            self.p(g.choice(words()["s12b_validity"]))

    def unpiped_metadata(self, number: str | None, lvl: str, name: str) -> None:
        """A web copy with no other metadata may print the site's fields run on without pipes (§1h), in one plan in
        eight: "Số hiệu: N Loại văn bản: Kế hoạch" ⏎ "Nơi ban hành: … Người ký: …" ⏎ "Ngày ban hành: … Ngày hiệu lực: …".
        None is a field of the plan (§1)."""
        g = self.fresh_stream("/metadata-unpiped-12b")
        if self.plan.blocks or g.random() >= 1 / 8:
            return
        v = vocab()
        signer = f"{g.choice(v['family_names'])} {g.choice(v['middle_names'])} {g.choice(v['given_names'])}"
        if g.random() < 0.5:
            self.p(f"Số hiệu: {number or 'Đang cập nhật'} Loại văn bản: Kế hoạch")
            self.p(f"Nơi ban hành: {lvl.capitalize()} {name} Người ký: {signer}")
            self.p("Ngày ban hành: Đang cập nhật Ngày hiệu lực: Đang cập nhật")
        else:  # §1i: "Số, ký hiệu", "Cơ quan ban hành", a space before the colon
            self.p(f"Số, ký hiệu: {number or 'Đang cập nhật'}")
            self.p(f"Cơ quan ban hành: UBND {lvl.lower()} {name}")
            self.p(f"Người ký : {signer}")

    def site_footer(self) -> None:
        """One plan in eight is a web copy with the office's contact line under the signature (§3d): no amount."""
        g = self.fresh_stream("/footer-12b")
        if g.random() < 1 / 8:
            self.p(words()["s12b_footer"].format(area=g.randint(203, 299), p1=g.randint(100, 999), p2=g.randint(100, 999),
                                                 host="".join(w[0] for w in _ascii(self.commune or self.district).split())))

    def recognised_list(self) -> None:
        """In about a third of the plans, after the account of the present: the units recognised in the last three
        years, the table flattened one cell a line, each decision by its number alone (numbers below 100: no other
        citation of the plan has one)."""
        g = self.fresh_stream("/recognised-12b")
        if g.random() >= 0.35:
            return
        v, level = words()["s12b_recognised"], "huyen" if self.kind == "huyen" else "xa"
        if level == "xa":
            names = [f"Thôn {h}" for h in g.sample(words()["s12b_hamlets"], g.randint(2, 3))]
        else:
            own = sorted({c for c, d, p in _places() if d == self.district and p == self.province and c != self.commune})
            names = [f"Xã {c}" for c in g.sample(own, min(len(own), g.randint(2, 3)))]
        if len(names) < 2:
            return
        self.p(v[f"heading_{level}"])
        for cell in v[f"columns_{level}"]:
            self.p(cell)
        for n, name in zip(g.sample(range(10, 100), len(names)), names):
            y, m, d = self.year - g.randint(1, 3), g.randint(1, 12), g.randint(1, 28)
            self.p(name)
            self.p(f"{n}/QĐ-UBND ngày {d:02d}/{m:02d}/{y}")
            self.gold["legal_refs"].append({"type": "quyet_dinh", "number": f"{n}/QĐ-UBND", "date": f"{y}-{m:02d}-{d:02d}",
                                            "issuer": None})  # the line names no issuer

    def neighbour_list(self) -> None:
        """In one commune plan in four: other provinces' communes to learn from, their districts in brackets."""
        g = self.fresh_stream("/neighbours-12b")
        if self.kind == "huyen" or g.random() >= 0.25:
            return
        others = [p for p in _places() if p[2] != self.province]
        towns = [p for p in _towns() if p[2] != self.province]
        a = g.choice(others)
        town = g.choice(towns) if towns else a
        same = [t for t in towns if t[1:] == town[1:]]
        b, c = g.sample(same, 2) if len(same) >= 2 else (town, town)
        second = f"{b[0]}, {c[0]}" if b[0] != c[0] else b[0]
        items = f"{a[0]} ({a[1]}); {second} (TX {b[1]})"
        self.p(words()["s12b_neighbours"].format(n=3 if b[0] != c[0] else 2, items=items))
