"""A plan as the generator composes it: blocks of text and the answers they carry."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class Para:
    """One paragraph. ``markup`` is how a Markdown-exported TXT writes it (bold, LaTeX)."""

    text: str
    bold: bool = False
    center: bool = False
    markup: str | None = None


@dataclass
class Table:
    rows: list[list[str]]
    layout: bool = False  # header/signature tables lay text side by side
    header_rows: int = 1


@dataclass
class Plan:
    name: str
    blocks: list[Any] = field(default_factory=list)
    gold: dict[str, Any] = field(default_factory=dict)

    def text(self, markup: bool = False) -> str:
        """The plain text every renderer must give back (TXT rendering)."""
        out: list[str] = []
        for b in self.blocks:
            if isinstance(b, Para):
                out.append(b.markup if (markup and b.markup) else b.text)
            elif b.layout:
                cells = [c for row in b.rows for c in row if c.strip()]
                out.append("\n".join(cells))
            else:
                out.append("\n".join(" | ".join(c for c in row if c.strip()) for row in b.rows))
        return "\n\n".join(out) + "\n"
