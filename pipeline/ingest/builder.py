"""Assemble a Document's text from source blocks, recording where each came from."""
from __future__ import annotations

from extractors.model import Block, Page

from .clean import normalize_text


class TextBuilder:
    """Append blocks of text; keeps the block map and page starts in step.

    >>> b = TextBuilder(); b.new_page(); b.add("Kế hoạch", "paragraph", "p 1")
    >>> b.text, b.blocks[0].start, b.blocks[0].end, b.pages[0].start
    ('Kế hoạch', 0, 8, 0)
    """

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._len = 0
        self._tail = ""  # the last characters written, so separators need no join of the whole text
        self.blocks: list[Block] = []
        self.pages: list[Page] = []

    @property
    def text(self) -> str:
        return "".join(self._parts)

    @property
    def tail(self) -> str:
        """The last characters written, a line's worth for reflow.runs_on (the whole text is never joined)."""
        return self._tail

    def _append(self, s: str) -> None:
        if s:
            self._parts.append(s)
            self._len += len(s)
            self._tail = (self._tail + s)[-240:]

    def block_text(self, blk: Block) -> str:
        """The text of ``blk``; the last block added is its own part, so the whole text is not joined for it."""
        last = self._parts[-1] if self._parts else ""
        if blk.end == self._len and blk.end - blk.start == len(last):
            return last
        return self.text[blk.start:blk.end]

    def _endswith(self, s: str) -> bool:
        return self._tail.endswith(s)

    def new_page(self, ocr: bool = False, confidence: float | None = None, carry: bool = False) -> None:
        """Start a page; ``carry``: it goes on with the sentence the last page left open (one space between)."""
        if carry and self._len and not self._endswith("\n"):
            self._append(" ")
        elif self._len and not self._endswith("\n\n"):
            self._append("\n" if self._endswith("\n") else "\n\n")
        self.pages.append(Page(len(self.pages) + 1, self._len, ocr, confidence))

    def add(self, text: str, kind: str, ref: str, separator: str = "\n\n") -> None:
        """Add one block (paragraph, cell, line...), separated from the previous one."""
        text = normalize_text(text).strip("\n")
        if not text.strip():
            return
        if self._len and not self._endswith(separator):
            self._append(separator if not self._endswith("\n") else separator.lstrip("\n") or "")
        start = self._len
        self._append(text)
        page = self.pages[-1].number if self.pages else None
        self.blocks.append(Block(start, self._len, kind, page, ref))

    def add_lines(self, text: str, kind: str = "line") -> None:
        """Take ``text`` as it is (blank lines kept); one block per non-empty line."""
        base = self._len
        self._append(text)
        pos = base
        page = self.pages[-1].number if self.pages else None
        for i, line in enumerate(text.split("\n")):
            if line.strip():
                self.blocks.append(Block(pos, pos + len(line), kind, page, f"line {i + 1}"))
            pos += len(line) + 1
