"""Where a text names a national criterion: numbered, named through the catalogue, or listed.

Forms (docs/genre.md §5): "tiêu chí số 5 về Trường học", "(TC2)", "tiêu chí 13",
"chỉ tiêu 13.3", "tiêu chí huyện số 4", bare number lists "các tiêu chí số 3, 6, 8 và 12"
(every number), named lists "tiêu chí Quy hoạch, y tế; chợ và điện", prose lists after
"tiêu chí là:", "gồm:", "như:" ("đã đạt 4 tiêu chí là: điện, chợ, nhà ở dân cư và y tế"),
and a list line that is a catalogue name on its own ("- Giao thông;", "+ Thủy lợi:").
The words are data (criteria.yaml, ``mention``); names with hyphens or commas
("Y tế - Văn hóa - Giáo dục", "An ninh, trật tự xã hội") stay whole because the
catalogue's longest name wins before a list separator is read.

A number may carry its name after a space ("tiêu chí số 2 giao thông, 5 trường học và 17 môi
trường"): the name is read only when the catalogue gives it the same number.

Numbers glued by commas that rise within the catalogue are a list ("tiêu chí 14,15,17").
Refuses: numbers above the catalogue's highest criterion, numbers glued to "/" or a
decimal ("tiêu chí 19/19", "chỉ tiêu 2,5", "tiêu chí 5,2"), and list items it cannot place in the catalogue
(the list stops there).

>>> from extractors.catalogue import Catalogue
>>> cat = Catalogue.get("xa_ntm_2016_2020")
>>> [m.criterion for m in find_mentions("Xã còn các tiêu chí số 3, 6, … 12 và 17 chưa đạt.", cat)]
[3, 6, 12, 17]
>>> [m.criterion for m in find_mentions("đã đạt 3 tiêu chí là: điện, nhà ở dân cư và y tế.", cat)]
[4, 9, 15]
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator

from .catalogue import Catalogue
from .common import alternation, iter_lines
from .spans import SpanSet


@dataclass(frozen=True)
class Mention:
    """One criterion named in a text; ``named`` when found by its name rather than its number."""

    start: int
    end: int
    criterion: int
    indicator: str | None
    named: bool



@lru_cache(maxsize=1)
def _words() -> dict:
    from .facts.criteria import vocab

    return vocab()["mention"]


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern]:
    w = _words()
    crit, num, lvl = alternation(w["criterion_words"], spaces=True), alternation(w["number_words"], spaces=True), alternation(w["level_words"], spaces=True)
    abbr = alternation(w["abbreviations"], spaces=True)
    short = alternation(w["clipped_words"], spaces=True)
    numbered = (rf"(?<![\w])(?:(?:{crit})(?:\s+(?:{lvl}))?|(?-i:{abbr})|(?:{short})(?=\s+(?:{num})))"
                rf"\s*(?:(?:{num})\s*)?(?P<n>\d{{1,2}})(?P<glued>(?:,\d{{1,2}}){{1,18}}(?!\s*(?:{alternation(w['not_after_number'], spaces=True)})))?"
                r"(?![\d]|[.,]\d|/\d)")
    return {
        "numbered": re.compile(numbered, re.I),
        "indicator": re.compile(rf"(?<![\w])(?:{alternation(w['indicator_words'], spaces=True)})\s*(?:(?:{num})\s*)?"
                                r"(?P<n>\d{1,2})\.(?P<i>\d{1,2})(?!\d)", re.I),
        # "tiêu chí về Giao thông", "tiêu chí còn lại về giao thông, môi trường …": fillers and the link in either order
        "named": re.compile(rf"(?<![\w])(?:{crit})\s+(?:(?:{alternation(w['name_links'], spaces=True)})\s+)?"
                            rf"(?:(?:{alternation(w['fillers'], spaces=True)})\s+){{0,4}}"
                            rf"(?:(?:{alternation(w['name_links'], spaces=True)})\s+)?(?=[^\d\s])", re.I),
        # "tiêu chí là:", "tiêu chí, gồm:", "tiêu chí như:" — a prose list of names follows
        "intro": re.compile(rf"(?<![\w])(?:{crit})(?:\s+(?:{alternation(w['fillers'], spaces=True)}))*\s*,?\s*"
                            rf"(?:{alternation(w['list_intros'], spaces=True)})\s*:?\s*", re.I),
        # "… và (tiêu chí) (số) 8": a closing item may repeat the words
        "more_numbers": re.compile(rf"\s*(?:,|;|{alternation(w['list_ands'], spaces=True)}|…|\.\.\.)\s*(?:(?:…|\.\.\.)\s*)?"
                                   rf"(?:(?:{alternation(w['list_ands'], spaces=True)})\s+)?(?:(?:{crit})\s+)?(?:(?:{num})\s*)?(?P<n>\d{{1,2}})"
                                   rf"(?![\d]|[.,]\d|/\d|\s*(?:{alternation(w['not_after_number'], spaces=True)}))", re.I),
        # "tiêu chí còn lại chưa đạt là: …", "các tiêu chí còn lại, chủ yếu … do xã thực hiện như: …": up to sixteen
        # words (a comma after one) in the sentence, then the intro word and a colon
        # where a criterion word may start (zero width, so no start is hidden inside another): the three
        # patterns above and below open with one, and are tried only there
        "crit_start": re.compile(rf"(?<![\w])(?=(?:{crit}))", re.I),
        "intro_colon": re.compile(rf"(?<![\w])(?:{crit})(?:\s+[^\s:;.,\d]+,?){{1,16}}?\s*,?\s*"
                                  rf"(?:{alternation(w['list_intros'], spaces=True)})\s*:\s*", re.I),
        "sep": re.compile(rf"\s*(?:,|;|{alternation(w['list_ands'], spaces=True)}|…)\s*(?:(?:{alternation(w['list_ands'], spaces=True)})\s+)?", re.I),
        # "(TC2)" after a name, case-sensitive; tc_rest: what may follow a whole name on its line
        "tc_after": re.compile(rf"\s*\(\s*(?:{abbr})\s*(?P<n>\d{{1,2}})\s*\)"),
        "tc_rest": re.compile(rf"^\(\s*(?:{abbr})\s*\d{{1,2}}\s*\)|[.;,]"),
        "name_tail": re.compile(rf"\s*(?:{alternation(w['name_links'], spaces=True)}|[-–:]|\()\s*", re.I),
        "marker": re.compile(r"^\s*(?:[-+•*–]+|\d{1,2}(?:\.\d{1,2})*[./)]|[a-zđ][.)/]|[IVX]+\.)?\s*"),
    }


def find_mentions(text: str, cat: Catalogue) -> list[Mention]:
    """Every criterion mention of ``text``, in order; cached per (text, catalogue)."""
    return list(_find_mentions(text, cat.id))


@lru_cache(maxsize=8)
def _find_mentions(text: str, set_id: str) -> tuple[Mention, ...]:
    """Cached: criteria and assignments both ask for the mentions of the same text."""
    return tuple(_Scanner(text, Catalogue.get(set_id)).scan())


class _Scanner:
    """One pass per form; a span taken by an earlier form is not read again."""

    def __init__(self, text: str, cat: Catalogue):
        self.text, self.cat, self.rx = text, cat, _patterns()
        self.out: list[Mention] = []
        self.taken = SpanSet()
        self._crit_starts: list[int] | None = None

    def free(self, s: int, e: int) -> bool:
        return self.taken.free(s, e)

    def add(self, s: int, e: int, no: int, indicator: str | None = None, named: bool = False) -> None:
        self.out.append(Mention(s, e, no, indicator, named))
        self.taken.add(s, e)

    def scan(self) -> list[Mention]:
        self._indicators()
        self._numbered()
        self._named(self.rx["named"], keep_head=True)
        self._named(self.rx["intro"], keep_head=False)
        self._named(self.rx["intro_colon"], keep_head=False)
        self._name_lines()
        self.out.sort(key=lambda x: x.start)
        return self.out

    def _indicators(self) -> None:
        for m in self.rx["indicator"].finditer(self.text):
            n = int(m.group("n"))
            self.add(m.start(), m.end(), n, f"{n}.{int(m.group('i'))}")

    def _numbered(self) -> None:
        text, top = self.text, self.cat.highest_number
        for m in self.rx["numbered"].finditer(text):
            n = int(m.group("n"))
            if not self.free(m.start(), m.end()) or not 1 <= n <= top:
                continue
            if m.group("glued"):
                self._glued(m, top)
                continue
            end = self._agreeing_name(m.end(), n)
            self.add(m.start(), end, n)
            self._more_numbers(end, top)

    def _glued(self, m: re.Match, top: int) -> None:
        """"tiêu chí 14,15" (a list written without spaces): each number, when they rise within the catalogue;
        anything else ("tiêu chí 5,2") is read as a decimal and refused."""
        at = m.start("glued")
        parts = [(m.start("n"), m.group("n"))] + [(at + g.start(), g.group()) for g in re.finditer(r"\d+", m.group("glued"))]
        nums = [int(p) for _, p in parts]
        if any(b <= a for a, b in zip(nums, nums[1:])) or nums[-1] > top:
            return
        for i, ((s, p), no) in enumerate(zip(parts, nums)):
            self.add(m.start() if i == 0 else s, s + len(p), no)
        self._more_numbers(m.end(), top)

    def _agreeing_name(self, end: int, n: int) -> int:
        """The end of a name written after number ``n`` that the catalogue gives the same number
        ("tiêu chí số 5 về Trường học", "số 2 giao thông, 5 trường học"), else ``end``."""
        text = self.text
        tail = self.rx["name_tail"].match(text, end)
        at = tail.end() if tail and tail.end() - end <= 8 else end + len(text[end:end + 2]) - len(text[end:end + 2].lstrip(" "))
        if at == end:
            return end
        hit = self.cat.match_prefix(text[at: at + 120].split("\n")[0])
        return at + hit.length if hit and hit.criterion == n else end

    def _more_numbers(self, pos: int, top: int) -> None:
        """"tiêu chí số 2, 5, 7, … 15 và 18": each number after the first is a mention of its own."""
        while True:
            nm = self.rx["more_numbers"].match(self.text, pos)
            if not nm or "\n" in self.text[pos:nm.start("n")]:
                return
            n = int(nm.group("n"))
            if not 1 <= n <= top or not self.free(nm.start("n"), nm.end()):
                return
            pos = self._agreeing_name(nm.end(), n)
            self.add(nm.start("n"), pos, n)

    def _opening_with_criterion_word(self, rx: re.Pattern) -> Iterator[re.Match]:
        """``rx.finditer(text)`` for a pattern that opens with a criterion word: the same matches, in order, tried
        only where such a word starts (found once for the three patterns, not three scans of the plan)."""
        if self._crit_starts is None:
            self._crit_starts = [m.start() for m in self.rx["crit_start"].finditer(self.text)]
        end = 0
        for p in self._crit_starts:
            if p < end:
                continue
            m = rx.match(self.text, p)
            if m:
                yield m
                end = m.end()

    def _named(self, rx: re.Pattern, keep_head: bool) -> None:
        """A name (or a list of names) right after "tiêu chí …" / "tiêu chí là:"."""
        text = self.text
        for m in self._opening_with_criterion_word(rx):
            if not self.free(m.start(), m.end()):
                continue
            pos, first = m.end(), True
            while True:
                hit = self.cat.match_prefix(text[pos: pos + 160].split("\n")[0])
                if not hit:
                    break
                no, s, e = hit.criterion, (m.start() if first and keep_head else pos), pos + hit.length
                tc = self.rx["tc_after"].match(text, e)
                if tc:
                    no, e = int(tc.group("n")), tc.end()
                if self.free(s, e):
                    self.add(s, e, no, named=True)
                nxt = self._next_item(e, glued=not keep_head)
                if nxt is None:
                    break
                pos, first = nxt, False

    def _next_item(self, e: int, glued: bool) -> int | None:
        """Where the list's next item starts after an item ending at ``e``, or None at its end.

        In a list after "gồm"/"là" (``glued``) a separator may be missing ("gồm quy hoạch thủy lợi và …, điện"):
        the next words still go on the list when they are a catalogue name followed by a separator or the end.
        """
        text = self.text
        sep = self.rx["sep"].match(text, e)
        if sep and "\n" not in text[e:sep.end()]:
            return sep.end()
        gap = len(text[e:e + 3]) - len(text[e:e + 3].lstrip(" "))
        if not glued or gap != 1:
            return None
        hit = self.cat.match_prefix(text[e + 1: e + 161].split("\n")[0])
        after = e + 1 + hit.length if hit else e
        return e + 1 if hit and (self.rx["sep"].match(text, after) or text[after:after + 1] in ("", ".", "\n")) else None

    def _name_lines(self) -> None:
        """A list line that is a catalogue name: "+ Cơ sở vật chất văn hóa: …", "- Giao thông;"."""
        from .nlp import catalogue_spans

        text, cat = self.text, self.cat
        for line in iter_lines(text):
            mk = self.rx["marker"].match(line.text)
            if not mk or not mk.group(0).strip():
                continue
            body = line.text[mk.end():]
            colon = body.find(":", 0, 120)
            head = body[:colon + 1] if colon != -1 else body.rstrip()
            if colon == -1 and len(head) > 80:
                continue
            # the catalogue's longest name first (it keeps "Thủy lợi và phòng, chống thiên tai" whole), then spaCy
            hit = cat.match_prefix(head)
            first = (0, hit.length, hit.criterion) if hit else next(
                ((sp.start, sp.end, sp.criterion) for sp in catalogue_spans(head, cat.id)), None)
            if first is None or first[0] != 0:
                continue
            s, e = line.start + mk.end(), line.start + mk.end() + first[1]
            rest = text[e:line.end].strip()
            # the name is the whole item: followed by ":" or nothing but "." ";" "(TCn)"
            whole = rest[:1] == ":" or not self.rx["tc_rest"].sub("", rest).strip()
            if whole and self.free(s, e):
                self.add(s, e, first[2], named=True)
