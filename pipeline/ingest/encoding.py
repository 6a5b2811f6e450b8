"""Bytes to Unicode text, including the legacy TCVN3 (ABC) and VNI encodings.

Legacy text decodes without error (every byte is a Latin-1 character) but reads
as mojibake: TCVN3 "KÕ ho¹ch" and VNI "Keá hoaïch" are both "Kế hoạch".
Each line is scored for how Vietnamese it looks as it is, as TCVN3 and as VNI,
and converted only where a legacy reading is clearly better, so mixed-encoding
files (a Unicode body with a pasted TCVN3 table) come out right line by line.

>>> fix_legacy_text("KÕ ho¹ch x©y dùng")[0]
'Kế hoạch xây dựng'
>>> fix_legacy_text("Keá hoaïch xaây döïng")[0]
'Kế hoạch xây dựng'
"""
from __future__ import annotations

import codecs
import re
import unicodedata
from functools import lru_cache
from importlib import resources

from extractors.fold import syllable_score
from extractors.vocab import parse_yaml

from ..errors import IngestError, LimitExceeded
from ..limits import LIMITS

# Latin-1 characters that never occur in Vietnamese words: the mark of mojibake.
_MOJIBAKE = set("¡¢£¤¥¦§¨©ª¬\u00ad®¯²³´µ¶¸¹º¼½¾¿ÄÅÆÇËÎÏÐÑÖØÛÜÞßäåæçëîïðñöøûüþÿ")
_WORDISH = set("«·×÷")
_WORD_RX = re.compile(r"[^\W\d_]{2,}")  # legitimate punctuation, mojibake only inside a word


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, str], list[tuple[str, str]]]:
    data = parse_yaml(resources.files("pipeline.data").joinpath("legacy_encodings.yaml").read_text("utf-8"))
    tcvn3 = {k: v for k, v in data["tcvn3"].items()}
    v = data["vni"]
    pairs: dict[str, str] = dict(v["single"])
    marks = {"acute": "\u0301", "grave": "\u0300", "hook": "\u0309", "tilde": "\u0303", "dot": "\u0323"}

    def add(src: str, dst: str) -> None:
        pairs[src] = unicodedata.normalize("NFC", dst)
        pairs[src.upper()] = unicodedata.normalize("NFC", dst.upper())

    for base in "aeouy":
        for tone, mark in v["tone"].items():
            add(base + mark, base + marks[tone])
    for base in "aeo":
        add(base + v["shape"]["circumflex"], base + "\u0302")
        for tone, mark in v["circumflex_tone"].items():
            add(base + mark, base + "\u0302" + marks[tone])
    add("a" + v["shape"]["breve"], "a\u0306")
    for tone, mark in v["breve_tone"].items():
        add("a" + mark, "a\u0306" + marks[tone])
    for horn, letter in (("ô", "ơ"), ("ö", "ư")):
        for tone, mark in v["tone"].items():
            add(horn + mark, unicodedata.normalize("NFD", letter) + marks[tone])
    # ỵ is also written y + dot mark by some VNI fonts
    add("yï", "y\u0323")
    vni = sorted(pairs.items(), key=lambda kv: -len(kv[0]))  # longest match first
    return tcvn3, vni


@lru_cache(maxsize=1)
def _vni_regex() -> re.Pattern:
    _, vni = _tables()
    return re.compile("|".join(re.escape(k) for k, _ in vni))


def tcvn3_to_unicode(line: str) -> str:
    """Convert one line of TCVN3 (read as Latin-1) to Unicode, restoring capitals."""
    table, _ = _tables()
    out = [table.get(ch, ch) for ch in line]
    converted = [ch in table for ch in line]
    letters = [c for c, conv in zip(out, converted) if c.isalpha() and not conv]
    line_upper = len(letters) >= 4 and sum(c.isupper() for c in letters) / len(letters) > 0.8
    if line_upper:
        return "".join(c.upper() if conv else c for c, conv in zip(out, converted))
    # per word: a word whose other letters are all capitals is a capitals-font word
    result = list(out)
    for m in re.finditer(r"\w+", "".join(out)):
        idx = range(m.start(), m.end())
        others = [result[i] for i in idx if not converted[i] and result[i].isalpha()]
        if len(others) >= 2 and all(c.isupper() for c in others):
            for i in idx:
                if converted[i]:
                    result[i] = result[i].upper()
    return "".join(result)


def vni_to_unicode(line: str) -> str:
    """Convert one line of VNI-Windows (read as Latin-1/CP1252) to Unicode."""
    _, vni = _tables()
    lookup = dict(vni)
    return _vni_regex().sub(lambda m: lookup[m.group(0)], line)


def vietnamese_score(text: str) -> int:
    """Well-formed Vietnamese syllables, minus malformed ones and mojibake characters."""
    bad = 0
    n = len(text)
    for i, ch in enumerate(text):
        if ch in _MOJIBAKE:
            bad += 1
        elif ch in _WORDISH and 0 < i < n - 1 and text[i - 1].isalpha() and text[i + 1].isalpha():
            bad += 1
    # Vietnamese words are never camel case: "kÕ" is TCVN3 for "kế"
    bad += sum(1 for w in _WORD_RX.findall(text) if any(a.islower() and b.isupper() for a, b in zip(w, w[1:])))
    return syllable_score(text) - 2 * bad


_MOJIBAKE_RX = None


# letters only Unicode Vietnamese writes (ă đ ĩ ơ ũ ư and U+1EA0-1EF9); text read through Latin-1 has none
_UNICODE_VIETNAMESE_RX = re.compile("[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]")
_LATIN1_LETTER_RX = re.compile("[\u00c0-\u00ff]")


def _could_be_legacy(text: str) -> bool:
    """Fast path: Unicode Vietnamese has letters of its own (ư, ạ ...) and no mojibake characters;
    TCVN3 and VNI text, read through Latin-1, can have neither of the first kind.

    Text with neither goes to the line scorer when it has a Latin-1 letter: VNI of common words
    ("noâng vaên hoùa" for "nông văn hóa") is written wholly in letters like â ê ù á, none of
    them mojibake, so the absence of mojibake alone proves nothing.

    >>> _could_be_legacy("noâng vaên hoùa"), _could_be_legacy("nông văn hóa"), _could_be_legacy("Ke hoach")
    (True, False, False)
    """
    global _MOJIBAKE_RX
    if _MOJIBAKE_RX is None:
        _MOJIBAKE_RX = re.compile("[" + re.escape("".join(sorted(_MOJIBAKE))) + "]")
    if _MOJIBAKE_RX.search(text):
        return True
    if _UNICODE_VIETNAMESE_RX.search(text):
        return False  # real Unicode Vietnamese, and not a single mojibake character
    if _LATIN1_LETTER_RX.search(text):
        return True  # VNI, or Latin-1 text the scorer leaves as it is
    return bool(re.search(r"[^\W\d_]*[a-z][A-ZÀ-Þ]", text))  # "kÕ": camel case inside a word


def fix_legacy_text(text: str) -> tuple[str, str | None]:
    """Convert TCVN3/VNI lines to Unicode. Returns (text, encoding found or None).

    A line is converted when a legacy reading scores better than the line as it
    is; a line that is ambiguous alone (no mojibake character) follows the
    encoding that won most lines of the document.
    """
    if not _could_be_legacy(text):
        return text, None
    lines = text.split("\n")
    choices: list[tuple[str, str | None]] = []
    votes = {"tcvn3": 0, "vni": 0}
    for line in lines:
        # a line the fast path clears is no legacy line either: in a Unicode plan with one "m²" (a mojibake
        # character of TCVN3) only the lines holding it are scored, not every line (~10 ms a plan)
        if not any(ord(c) > 127 for c in line) or not _could_be_legacy(line):
            choices.append((line, None))
            continue
        base = vietnamese_score(line)
        best, best_score, label = line, base, None
        for name, fn in (("tcvn3", tcvn3_to_unicode), ("vni", vni_to_unicode)):
            cand = fn(line)
            s = vietnamese_score(cand)
            if s > best_score:
                best, best_score, label = cand, s, name
        if label:
            votes[label] += 1
        choices.append((best, label))
    total_votes = votes["tcvn3"] + votes["vni"]
    if not total_votes:
        return text, None
    majority = max(votes, key=lambda k: votes[k])
    fn = tcvn3_to_unicode if majority == "tcvn3" else vni_to_unicode
    out = []
    for (line, label), orig in zip(choices, lines):
        if label is None and any(ord(c) > 127 for c in orig) and votes[majority] >= 3 \
                and vietnamese_score(fn(orig)) >= vietnamese_score(orig):
            line = fn(orig)  # ambiguous line in a mostly-legacy document
        out.append(line)
    found = majority if votes[majority] >= (total_votes + 1) // 2 else "mixed"
    return "\n".join(out), found


_BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
]


def decode_bytes(data: bytes, max_chars: int | None = None) -> tuple[str, str]:
    """Decode a plain-text file. Returns (text, encoding label).

    UTF-8 (with or without BOM), UTF-16/32 with BOM, UTF-16 without BOM,
    otherwise the best of CP1258 and the legacy TCVN3/VNI readings; legacy text
    inside UTF-8 is converted as well. The character limit (``max_chars``,
    default KEHOACH_MAX_TEXT_CHARS) is checked before the legacy conversion,
    which is the slow step.

    >>> decode_bytes("Kế hoạch".encode("utf-16-le"))
    ('Kế hoạch', 'utf-16-le (no BOM)')
    """
    limit = LIMITS.max_text_chars if max_chars is None else max_chars
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(enc)
            except UnicodeDecodeError as exc:
                raise IngestError(f"file starts with a {enc} byte-order mark but is not valid {enc}: {exc.reason}") from exc
            return _finish(_within(text, limit), enc)
    utf16 = utf16_without_bom(data)
    if utf16:
        return _finish(_within(data.decode(utf16), limit), f"{utf16} (no BOM)")
    try:
        utf8 = data.decode("utf-8")
    except UnicodeDecodeError:
        utf8 = None
    if utf8 is not None:
        return _finish(_within(utf8, limit), "utf-8")
    if b"\x00" in data:
        raise IngestError("binary data, not text (NUL bytes, and neither UTF-8 nor UTF-16)")
    if len(data) > limit:  # every byte is one character in the one-byte encodings below
        _within(data, limit)
    latin = data.decode("latin-1")
    fixed, legacy = fix_legacy_text(latin)
    try:
        cp = unicodedata.normalize("NFC", data.decode("cp1258"))
    except UnicodeDecodeError:
        cp = None
    if cp is not None and vietnamese_score(cp) >= vietnamese_score(fixed):
        return cp, "cp1258"
    if legacy:
        return fixed, legacy
    return latin, "latin-1"


def _within(text, limit: int):
    if len(text) > limit:
        raise LimitExceeded(f"text has {len(text):,} characters, more than the limit of {limit:,}")
    return text


def _finish(text: str, enc: str) -> tuple[str, str]:
    fixed, legacy = fix_legacy_text(text)
    return fixed, (f"{enc}+{legacy}" if legacy else enc)


# characters of a plan: ASCII, Latin letters and marks, Vietnamese, punctuation, currency, arrows and maths
_PLAUSIBLE = re.compile("[\t\n\r\f\x20-\x7e\u00a0-\u024f\u0300-\u036f\u1e00-\u1eff\u2000-\u22ff]")


def utf16_without_bom(data: bytes) -> str | None:
    r"""'utf-16-le' or 'utf-16-be' when the bytes are UTF-16 text without a byte-order mark, else None.

    UTF-16 of Vietnamese puts a NUL (Latin letters) or 0x01/0x1E (ơ, ư, ạ ...) in
    every other byte; binary data decodes to CJK, surrogates and control characters.

    >>> utf16_without_bom("Xây dựng nông thôn mới".encode("utf-16-be")), utf16_without_bom(b"\x00" * 64)
    ('utf-16-be', None)
    """
    if len(data) < 4 or len(data) % 2 or b"\x00" not in data[:4096]:
        return None
    sample = data[:65536]
    for enc in ("utf-16-le", "utf-16-be"):
        try:
            text = sample.decode(enc)
        except UnicodeDecodeError:
            continue
        if not text.strip("\x00 \t\r\n"):
            continue
        if len(_PLAUSIBLE.findall(text)) >= 0.95 * len(text):
            try:
                data.decode(enc)  # the whole file, not only its head
            except UnicodeDecodeError:
                return None
            return enc
    return None


_CONTROL_BYTES = bytes(b for b in range(256) if b < 9 or 13 < b < 32)
_OTHER_BYTES = bytes(b for b in range(256) if b not in _CONTROL_BYTES)


def control_share(data: bytes) -> float:
    r"""Share of control bytes (NUL, BEL, ...; not tab or newlines) in the whole file.

    >>> control_share(b"abc" + b"\x00"), control_share(b"")
    (0.25, 0.0)
    """
    if not data:
        return 0.0
    return len(data.translate(None, _OTHER_BYTES)) / len(data)


def looks_like_text(data: bytes) -> bool:
    """True when the bytes are plausibly a text file: a byte-order mark, UTF-16 without one, or
    few control characters in the whole file (a text head over megabytes of NUL is not text)."""
    if not data:
        return True
    if any(data.startswith(b) for b, _ in _BOMS):
        return True
    if utf16_without_bom(data):
        return True
    return control_share(data) < 0.01


# --- encoding text the other way: used by tests and the corpus generator ---
def unicode_to_tcvn3(text: str) -> str:
    table, _ = _tables()
    rev: dict[str, str] = {v: k for k, v in table.items()}
    for k, v in table.items():
        rev.setdefault(v.upper(), k)  # toned capitals come out of the capitals font
    return "".join(rev.get(ch, ch) for ch in unicodedata.normalize("NFC", text))


def unicode_to_vni(text: str) -> str:
    _, vni = _tables()
    rev: dict[str, str] = {}
    for k, v in sorted(vni, key=lambda kv: len(kv[0])):
        if k in ("yï", "YÏ"):
            continue
        rev.setdefault(v, k)
    return "".join(rev.get(ch, ch) for ch in unicodedata.normalize("NFC", text))
