"""Plain text files: decoding, legacy encodings, Markdown/LaTeX clean-up."""
from __future__ import annotations

from .builder import TextBuilder
from .clean import clean_markup, normalize_text
from .encoding import decode_bytes
from ..errors import IngestError, LimitExceeded
from ..limits import LIMITS


def read_text(data: bytes) -> tuple[TextBuilder, str]:
    """Return the text (one block per non-empty line) and the encoding found."""
    text, encoding = decode_bytes(data)
    if len(text) > LIMITS.max_text_chars:
        raise LimitExceeded(f"text has {len(text):,} characters, more than the limit of {LIMITS.max_text_chars:,}")
    text = clean_markup(normalize_text(text))
    if not text.strip():
        raise IngestError("the file holds no text (only whitespace)")
    b = TextBuilder()
    b.add_lines(text)
    return b, encoding
