"""Plain text files: decoding, legacy encodings, Markdown/LaTeX clean-up."""
from __future__ import annotations

import re

from ..errors import IngestError
from ..limits import LIMITS
from .builder import TextBuilder
from .clean import clean_markup, normalize_text
from .encoding import decode_bytes

MIN_LETTERS = 3  # "ÿ" or "1" alone is a damaged file, not a plan with nothing in it
_LETTER = re.compile(r"[^\W\d_]")


def read_text(data: bytes) -> tuple[TextBuilder, str]:
    """Return the text (one block per non-empty line) and the encoding found."""
    text, encoding = decode_bytes(data, LIMITS.max_text_chars)  # the limit is checked before the slow steps
    text = clean_markup(normalize_text(text))
    if not text.strip():
        raise IngestError("the file holds no text (only whitespace)")
    letters = len(_LETTER.findall(text, 0, 10_000))
    if letters < MIN_LETTERS:
        raise IngestError(f"the file holds almost no text ({len(text.strip())} character(s), {letters} letter(s)): "
                          "not a plan")
    b = TextBuilder()
    b.add_lines(text)
    return b, encoding
