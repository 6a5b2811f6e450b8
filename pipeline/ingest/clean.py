"""Strip Markdown emphasis and inline LaTeX from plain text, keeping line structure.

Plain-text plans exported from Word through Markdown carry ``**bold**``,
``*italic*`` and math such as ``$\\leq 13\\%$``. Offsets refer to the cleaned
text; the number of lines never changes, so line blocks still locate the source.

>>> clean_markup("Tỷ lệ nghèo $\\\\leq 13\\\\%$ và **đạt chuẩn**")
'Tỷ lệ nghèo ≤ 13% và đạt chuẩn'
"""
from __future__ import annotations

import re
import unicodedata

_LATEX_SYMBOLS = {
    r"\leq": "≤", r"\le": "≤", r"\geq": "≥", r"\ge": "≥", r"\neq": "≠", r"\ne": "≠",
    r"\times": "×", r"\div": "÷", r"\approx": "≈", r"\pm": "±", r"\cdot": "·",
    r"\%": "%", r"\,": " ", r"\;": " ", r"\ ": " ", r"\rightarrow": "→", r"\to": "→",
    r"\sim": "~", r"\infty": "∞", r"\circ": "°", r"\degree": "°", r"\lt": "<", r"\gt": ">",
}
_LATEX_CMD = re.compile("|".join(re.escape(k) + (r"(?![A-Za-z])" if k[-1].isalpha() else "")
                                 for k in sorted(_LATEX_SYMBOLS, key=len, reverse=True)))
_MATH = re.compile(r"\$([^$\n]{1,200}?)\$")
_BOLD = re.compile(r"(\*\*|__)(?=\S)(.{1,600}?)(?<=\S)\1", re.S)
_ITALIC = re.compile(r"(?<![*\w\\])\*(?=[^\s*])([^*\n]{1,400}?)(?<=[^\s*])\*(?![*\w])")
_HEADING = re.compile(r"^#{1,6}[ \t]+", re.M)
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~$%])")
# control characters (NUL, BEL, ...) mean nothing in a plan and make Excel refuse the workbook
_CONTROLS = "".join(map(chr, [*range(0, 9), 11, *range(14, 32), 127]))
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff" + _CONTROLS), None)
_SPACES = {ord(c): " " for c in "\u00a0\u2007\u202f\u2009\u2002\u2003"}
# translating with a dict visits every character: look for the rare ones first
# Word-to-PDF fonts with a broken ToUnicode map give Latin OI (U+01A2/U+01A3) for Ư/ư ("nƣớc", "Ƣu tiên"); the
# letter is never Vietnamese, so the repair is certain (genre.md §9, A2-A4). Icelandic Ð/ð for Đ/đ likewise.
_LOOKALIKES = {0x00D0: "Đ", 0x00F0: "đ", 0x01A2: "Ư", 0x01A3: "ư"}
_ODD_CHARS = re.compile("[" + re.escape("".join(map(chr, [*_INVISIBLE, *_SPACES, *_LOOKALIKES]))) + "\r\f]")


def latex_to_text(expr: str) -> str:
    """``\\leq 13\\%`` -> ``≤ 13%``; ``\\text{...}`` and braces are unwrapped."""
    s = re.sub(r"\\(?:text|mathrm|mathbf|textbf|mbox)\{([^{}]*)\}", r"\1", expr)
    s = _LATEX_CMD.sub(lambda m: _LATEX_SYMBOLS[m.group(0)], s)
    s = s.replace("{", "").replace("}", "")
    return re.sub(r"[ \t]{2,}", " ", s).strip()


def _looks_like_math(body: str) -> bool:
    return "\\" in body or bool(re.fullmatch(r"[\d\s.,%<>=+\-*/^()≤≥]+", body))


def clean_markup(text: str) -> str:
    """Remove Markdown emphasis/heading markers and render inline LaTeX."""
    text = _MATH.sub(lambda m: latex_to_text(m.group(1)) if _looks_like_math(m.group(1)) else m.group(0), text)
    for _ in range(2):  # nested **_x_**
        text = _BOLD.sub(lambda m: m.group(2), text)
    text = _ITALIC.sub(lambda m: m.group(1), text)
    text = _HEADING.sub("", text)
    text = _ESCAPE.sub(r"\1", text)
    return text


def normalize_text(text: str) -> str:
    """NFC, one newline style, no invisible or control characters, ordinary spaces.

    Also fixes what is systematic in OCR and old fonts: Icelandic Ð (U+00D0)
    and ð used for Vietnamese Đ/đ, Latin OI (U+01A3) for ư.

    >>> normalize_text("Trung tâm nƣớc sạch")
    'Trung tâm nước sạch'
    """
    if _ODD_CHARS.search(text):
        text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")
        text = text.translate(_INVISIBLE).translate(_SPACES).translate(_LOOKALIKES)
    return unicodedata.normalize("NFC", text)
