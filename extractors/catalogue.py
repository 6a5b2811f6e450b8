"""National criteria catalogues as data: names, aliases, numbers; name → number.

>>> cat = Catalogue.get("xa_ntm_nang_cao_2021_2025")
>>> cat.number_of("cơ sở vật chất văn hoá"), cat.number_of("Chất lượng môi trường sống"), cat.total
(6, 18, 19)
>>> Catalogue.get("xa_ntm_2021_2025").number_of("Thuỷ lợi")
3
>>> Catalogue.get("huyen_ntm_2016_2020").match_prefix("Y tế - Văn hóa - Giáo dục; Môi trường")
NameMatch(criterion=5, length=25)

Refuses: a name that is only the start of a longer word run it cannot place, and fuzzy
matches of short keys (under 8 letters) or keys with a comma — "Điện" never matches "Điểm".
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from rapidfuzz import fuzz, process

from .common import load_data
from .fold import name_key, word_key

_CUT = re.compile(r"[;:.()\[\]\n]")


def _no(entry: dict) -> int:
    # YAML 1.1 reads the bare key `no` as the boolean False
    return int(entry["no"] if "no" in entry else entry[False])


@dataclass(frozen=True)
class NameMatch:
    """A catalogue name found at the start of a text: its criterion and how many characters it took."""

    criterion: int
    length: int


@dataclass
class Catalogue:
    id: str
    level: str
    total: int
    names: dict[int, str]
    keys: dict[str, int] = field(default_factory=dict)  # name key -> number
    _prefixes: dict[str, NameMatch | None] = field(default_factory=dict, repr=False, compare=False)
    _near: dict[int, list[str]] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    @cache
    def get(cls, set_id: str | None) -> Catalogue:
        sets = {s["id"]: s for s in load_data("criteria_sets.yaml")["sets"]}
        if set_id not in sets:
            set_id = "xa_ntm_2021_2025"
        s = sets[set_id]
        names = {_no(c): c["name"] for c in s["criteria"]}
        cat = cls(set_id, s["level"], s.get("criteria_count", len(names)), names)
        aliases = load_data("criteria_aliases.yaml")
        pairs: list[tuple[str, int]] = [(n, no) for no, n in names.items()]
        for c in s["criteria"]:
            for a in c.get("alias", []) or []:
                pairs.append((a, _no(c)))
        specific = aliases["sets"].get(set_id, {})
        if s["level"] == "xa":
            for no, al in aliases["common_xa"].items():
                if no not in specific:
                    pairs += [(a, no) for a in al]
        for no, al in specific.items():
            pairs += [(a, no) for a in al]
        for name, no in pairs:
            cat.keys.setdefault(name_key(name), no)
        return cat

    def number_of(self, name: str, cutoff: float = 88) -> int | None:
        """The criterion number a written name means, or None."""
        k = name_key(name)
        if not k:
            return None
        if k in self.keys:
            return self.keys[k]
        best = process.extractOne(k, list(self.keys), scorer=fuzz.ratio, score_cutoff=cutoff)
        return self.keys[best[0]] if best else None

    @property
    def highest_number(self) -> int:
        """The highest criterion number a plan on this catalogue can cite.

        A district plan also cites its communes' criteria, so a huyện catalogue allows
        the numbers of the largest xã catalogue; nothing here assumes 19.
        """
        if self.level == "xa":
            return self.total
        sets = load_data("criteria_sets.yaml")["sets"]
        return max([self.total] + [s.get("criteria_count", len(s["criteria"])) for s in sets if s["level"] == "xa"])

    def longest_prefix(self, text: str) -> tuple[int, int] | None:
        """(criterion, length) — thin wrapper of :meth:`match_prefix` for callers outside the criteria modules."""
        m = self.match_prefix(text)
        return (m.criterion, m.length) if m else None

    def match_prefix(self, text: str) -> NameMatch | None:
        """The longest catalogue name that starts ``text``.

        Allows for OCR slips through a fuzzy comparison of the prefix of the same length.
        Answers are kept per catalogue: the same lines are asked about by several extractors,
        and the plans of one archive repeat the same phrases.
        """
        cut = _CUT.search(text)
        if cut:
            text = text[:cut.start()]
        if text not in self._prefixes:
            if len(self._prefixes) > 50_000:
                self._prefixes.clear()
            self._prefixes[text] = self._match_prefix(text)
        return self._prefixes[text]

    def _keys_near(self, n: int) -> list[str]:
        """The keys whose length lets fuzz.ratio reach 92 against a key of length ``n``, in key order."""
        if n not in self._near:
            self._near[n] = [key for key in self.keys if abs(len(key) - n) <= 0.08 * (len(key) + n)]
        return self._near[n]

    def _match_prefix(self, text: str) -> NameMatch | None:
        words = text.split(" ")[:16]  # the longest names run to 13 words with their hyphens
        keys = [word_key(w) for w in words]
        cands = []
        for n in range(len(words), 0, -1):
            cand = " ".join(words[:n]).rstrip(",;:. ")  # "giao thông,  môi trường": a double space leaves an empty word
            k = " ".join(x for x in keys[:n] if x)
            if k and cand:
                cands.append((cand, k))
        for cand, k in cands:  # an exact name first, the longest
            if k in self.keys:
                return NameMatch(self.keys[k], len(cand))
        for cand, k in cands:  # then a slip of a letter or two (OCR, typing)
            if len(k) < 8 or "," in cand:
                continue
            # fuzz.ratio is at most 100 * (1 - |a - b| / (a + b)): a key whose length alone keeps it
            # under 92 can never be the hit, so it is not compared (same answer, far fewer calls)
            near = self._keys_near(len(k))
            hit = process.extractOne(k, near, scorer=fuzz.ratio, score_cutoff=92) if near else None
            if hit and abs(len(hit[0]) - len(k)) <= 2:
                return NameMatch(self.keys[hit[0]], len(cand))
        return None
