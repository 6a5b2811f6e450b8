"""Small facts about written Vietnamese: syllable shape, tone marks, folding.

>>> is_syllable("nghiêng"), is_syllable("hoaựch")
(True, False)
>>> fold("Thủy lợi") == fold("Thuỷ Lợi")
True
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

TONE_MARKS = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
_ONSET = "ngh|ng|gh|gi|kh|nh|ph|th|tr|ch|qu|[bcdđghklmnprstvx]"
_NUCLEUS = (
    "uyê|uya|uyu|iêu|yêu|oai|oay|oeo|uây|uôi|ươi|ươu|oao|"
    "ai|ao|au|ay|âu|ây|eo|êu|ia|iê|iu|oa|oă|oe|oi|ôi|ơi|oo|ua|uâ|uê|ui|uô|uơ|uy|ưa|ưi|ươ|ưu|yê|"
    "a|ă|â|e|ê|i|o|ô|ơ|u|ư|y"
)
_CODA = "ch|ng|nh|c|m|n|p|t"
_SYLLABLE = re.compile(rf"^(?:{_ONSET})?(?:{_NUCLEUS})(?:{_CODA})?$")
_WORD = re.compile(r"[^\W\d_]+")


def strip_tone(word: str) -> tuple[str, int]:
    """Remove tone marks; return (toneless NFC word, number of tone marks)."""
    nfd = unicodedata.normalize("NFD", word)
    tones = sum(1 for c in nfd if c in TONE_MARKS)
    bare = "".join(c for c in nfd if c not in TONE_MARKS)
    return unicodedata.normalize("NFC", bare), tones


@lru_cache(maxsize=65536)
def is_syllable(word: str) -> bool:
    """Whether ``word`` has the shape of one Vietnamese syllable, tone mark on a vowel that can carry it."""
    low = word.lower()
    bare, tones = strip_tone(low)
    if tones > 1 or not _SYLLABLE.match(bare):
        return False
    if tones == 1:
        nfd = unicodedata.normalize("NFD", low)
        # index of the letter carrying the tone, counted in letters of the bare word
        letter = -1
        at = None
        for c in nfd:
            if c in TONE_MARKS:
                at = letter
            elif not unicodedata.combining(c):
                letter += 1
        allowed = {_tone_position(bare)}
        vowels = [i for i, c in enumerate(bare) if c in _VOWELS]
        if len(vowels) >= 2 and bare[vowels[0]:vowels[0] + 2] in ("oa", "oe", "uy"):
            allowed |= {vowels[0], vowels[1]}  # old and new placement ("hoá"/"hóa", "thuỷ"/"thủy")
        if at not in allowed:
            return False
    return True


def syllable_score(text: str) -> int:
    """Valid minus invalid syllables among words that carry a non-ASCII letter."""
    score = 0
    for m in _WORD.finditer(text):
        w = m.group(0)
        if w.isascii():
            continue
        score += 1 if is_syllable(w) else -1
    return score


def fold(s: str) -> str:
    """Lower-case, drop every diacritic (đ→d), squeeze spaces: a matching key.

    >>> fold("  Thủy   Lợi ")
    'thuy loi'
    """
    # the same names and lines are folded again and again (per extractor, per plan): short ones are cached
    return _fold_short(s) if len(s) <= _CACHED_LENGTH else _fold(s)


_CACHED_LENGTH = 400  # a line or a name; whole texts are not kept in the caches


@lru_cache(maxsize=16384)
def _fold_short(s: str) -> str:
    return _fold(s)


def _fold(s: str) -> str:
    s = unicodedata.normalize("NFD", s.lower()).replace("đ", "d").replace("\u0111", "d")
    s = "".join(c for c in s if not unicodedata.combining(c))
    return _SPACES.sub(" ", s).strip()


_SPACES = re.compile(r"\s+")


def unify_tone_placement(s: str) -> str:
    """Put tone marks in one place so "hoá"/"hóa" and "thuỷ"/"thủy" compare equal.

    Works syllable by syllable: the tone mark is removed and put back on the
    main vowel by the modern rule. Used for matching keys, never on the text
    offsets point into.
    """
    def fix(m: re.Match) -> str:
        w = m.group(0)
        nfd = unicodedata.normalize("NFD", w)
        tones = [c for c in nfd if c in TONE_MARKS]
        if len(tones) != 1:
            return w
        bare = unicodedata.normalize("NFC", "".join(c for c in nfd if c not in TONE_MARKS))
        pos = _tone_position(bare)
        if pos is None:
            return w
        out = bare[:pos + 1] + tones[0] + bare[pos + 1:]
        return unicodedata.normalize("NFC", out)

    return _WORD.sub(fix, unicodedata.normalize("NFC", s))


_VOWELS = set("aăâeêioôơuưyAĂÂEÊIOÔƠUƯY")
_SHAPED = set("ăâêôơưĂÂÊÔƠƯ")


def _tone_position(bare: str) -> int | None:
    low = bare.lower()
    start = 0
    if low.startswith("qu"):
        start = 2
    elif low.startswith("gi") and len(low) > 2 and low[2] in _VOWELS:
        start = 2
    idx = [i for i in range(start, len(bare)) if bare[i] in _VOWELS]
    if not idx:
        return None
    for i in idx:  # a shaped vowel takes the tone (ơ in "ươ": the later one)
        if bare[i] in _SHAPED:
            later = [j for j in idx if j > i and bare[j] in _SHAPED]
            return later[-1] if later else i
    if len(idx) == 1:
        return idx[0]
    ends_in_vowel = idx[-1] == len(bare) - 1
    if len(idx) >= 3:
        return idx[1]
    # two vowels: oa/oe/uy -> second; ending in a vowel otherwise -> first
    if low[idx[0]:idx[0] + 2] in ("oa", "oe", "uy"):
        return idx[1]
    return idx[0] if ends_in_vowel else idx[1]


def match_key(s: str) -> str:
    """Key for matching names: NFC, unified tone placement, lower case, one space."""
    s = unify_tone_placement(unicodedata.normalize("NFC", s)).lower()
    return re.sub(r"\s+", " ", s).strip()


@lru_cache(maxsize=4096)
def _fold_char(c: str) -> str:
    if c in "đĐ":
        return "d"
    d = unicodedata.normalize("NFD", c)
    base = d[0] if d else c
    low = base.lower()
    return low if len(low) == 1 else base


@lru_cache(maxsize=1)
def _fold_table() -> str:
    """Every Latin letter with diacritics (U+00C0-U+024F, U+1E00-U+1EFF) -> its bare lower-case letter.

    A string indexed by code point (characters past its end map to themselves): ``str.translate``
    reads it about twice as fast as a dict, and every line of a plan is folded several times.
    """
    table = {}
    for cp in list(range(0xC0, 0x250)) + list(range(0x1E00, 0x1F00)):
        c = chr(cp)
        f = _fold_char(c)
        if len(f) == 1:
            table[cp] = f
    for cp in range(ord("A"), ord("Z") + 1):
        table[cp] = chr(cp).lower()
    return "".join(table.get(cp, chr(cp)) for cp in range(max(table) + 1))


def fold_keep_length(s: str) -> str:
    """Lower-case, diacritics removed, đ→d, exactly one character per character."""
    if s.isascii():
        return s.lower()
    return _fold_keep_short(s) if len(s) <= _CACHED_LENGTH else _fold_keep_length(s)


@lru_cache(maxsize=16384)
def _fold_keep_short(s: str) -> str:
    return _fold_keep_length(s)


def _fold_keep_length(s: str) -> str:
    out = s.translate(_fold_table())
    if len(out) != len(s):  # never: the table maps one character to one
        return "".join(_fold_char(c) for c in s)
    return out.lower() if not out.islower() else out



@lru_cache(maxsize=65536)
def word_key(word: str) -> str:
    """Key of one whitespace-separated word (cached: plans repeat the same words)."""
    w = fold(word).replace("&", " va ")  # fold drops the tone mark wherever it sits
    return " ".join(re.sub(r"[^\w\s]", " ", w).split())


def name_key(s: str) -> str:
    """Matching key of a criterion name: tone placement unified, folded, punctuation as space.

    >>> name_key("Thuỷ lợi và phòng, chống thiên tai") == name_key("thủy lợi và phòng chống thiên tai")
    True
    """
    return " ".join(k for k in map(word_key, s.split()) if k)
