"""Header variants of the session-10 blind measurement (docs/genre.md §11) for generated plans.

A commune's plan whose title is written in capitals with the commune and its district side by side, a comma
between them ("XÂY DỰNG XÃ <TÊN XÃ>, HUYỆN <TÊN HUYỆN> ĐẠT CHUẨN …"): the commune's name ends at the comma.
The variant draws from a fresh stream of its own, so every other draw of a plan stays as it was.
"""
from __future__ import annotations

from .base import ComposerBase


class HeadParts3(ComposerBase):
    title: str  # set by HeadParts.header
    def caps_comma_title(self, title: str, level: str) -> str:
        """One commune plan in six gets the capitalised "XÃ <X>, HUYỆN <Y>" title; else ``title`` unchanged."""
        if level != "xa" or self.fresh_stream("/genre-10-caps-title").random() >= 1 / 6:
            return title
        grade = " nâng cao" if self.kind == "xa_nang_cao" else ""
        self._closing = f"xây dựng xã {self.commune}, huyện {self.district} đạt chuẩn nông thôn mới{grade} năm {self.year}"
        return self._closing.upper()

    def closing_title(self) -> str:
        """The title as the closing sentence writes it: in words, not in capitals."""
        return getattr(self, "_closing", None) or self.title
