"""DOCX files: body paragraphs and tables in order, list numbers, footnotes.

Word's automatic numbering ("I.", "1.", "a)") is not in the paragraph text: it
is computed from numbering.xml, found on the paragraph or anywhere up its style
chain, and rendered here as Word would show it.
"""
from __future__ import annotations

import re
import zipfile
from io import BytesIO

from ..errors import IngestError, LimitExceeded
from ..limits import LIMITS
from .builder import TextBuilder

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def check_zip(data: bytes) -> None:
    """Refuse zip bombs and XML with DTDs before any XML parser sees the file."""
    try:
        z = zipfile.ZipFile(BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise IngestError("not a readable DOCX: broken or truncated zip") from exc
    with z:
        infos = z.infolist()
        if len(infos) > LIMITS.max_zip_members:
            raise LimitExceeded(f"zip has {len(infos):,} members, more than {LIMITS.max_zip_members:,}")
        total = sum(i.file_size for i in infos)
        if total > LIMITS.max_zip_uncompressed:
            raise LimitExceeded(f"zip would inflate to {total:,} bytes, more than {LIMITS.max_zip_uncompressed:,} (zip bomb?)")
        for i in infos:
            if i.file_size > 1_000_000 and i.file_size > LIMITS.max_zip_ratio * max(1, i.compress_size):
                raise LimitExceeded(f"zip member {i.filename} inflates {i.file_size // max(1, i.compress_size)}x (zip bomb)")
        for i in infos:
            if i.filename.endswith((".xml", ".rels")):
                try:
                    with z.open(i) as fh:
                        # a DTD can only stand in the prolog, before the root element
                        head = fh.read(65536)
                except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
                    raise IngestError(f"not a readable DOCX: its part {i.filename} is corrupt or truncated") from exc
                if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
                    raise LimitExceeded(f"DOCX member {i.filename} declares a DTD/entities (XML entity expansion attack)")


# ----------------------------------------------------------------- numbering
_ROMAN = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
          (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]


def _roman(n: int) -> str:
    out = ""
    for v, s in _ROMAN:
        while n >= v:
            out += s
            n -= v
    return out


def _letter(n: int) -> str:
    # Word: a..z, aa..zz, aaa..
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def format_number(n: int, fmt: str) -> str:
    """Render counter ``n`` in a Word numFmt.

    >>> format_number(3, "upperRoman"), format_number(2, "lowerLetter"), format_number(5, "decimalZero")
    ('III', 'b', '05')
    """
    if fmt == "upperRoman":
        return _roman(n)
    if fmt == "lowerRoman":
        return _roman(n).lower()
    if fmt == "upperLetter":
        return _letter(n).upper()
    if fmt == "lowerLetter":
        return _letter(n)
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt in ("none", "bullet"):
        return ""
    return str(n)


class Numbering:
    """Computes the label Word shows before a numbered paragraph."""

    def __init__(self, document):
        self.levels: dict[str, dict[int, dict]] = {}  # abstractNumId -> ilvl -> level
        self.num_to_abstract: dict[str, str] = {}
        self.overrides: dict[str, dict[int, int]] = {}
        self.counters: dict[str, dict[int, int]] = {}
        try:
            part = document.part.numbering_part
        except (NotImplementedError, KeyError, AttributeError):
            part = None
        if part is not None:
            root = part.element
            for an in root.findall(f"{W}abstractNum"):
                aid = an.get(f"{W}abstractNumId")
                lv = {}
                for l in an.findall(f"{W}lvl"):
                    il = int(l.get(f"{W}ilvl", "0"))
                    lv[il] = {
                        "fmt": _val(l.find(f"{W}numFmt"), "decimal"),
                        "text": _val(l.find(f"{W}lvlText"), ""),
                        "start": int(_val(l.find(f"{W}start"), "1")),
                        "suff": _val(l.find(f"{W}suff"), "tab"),
                    }
                self.levels[aid] = lv
            for num in root.findall(f"{W}num"):
                nid = num.get(f"{W}numId")
                a = num.find(f"{W}abstractNumId")
                if a is not None:
                    self.num_to_abstract[nid] = a.get(f"{W}val")
                for ov in num.findall(f"{W}lvlOverride"):
                    so = ov.find(f"{W}startOverride")
                    if so is not None:
                        self.overrides.setdefault(nid, {})[int(ov.get(f"{W}ilvl", "0"))] = int(so.get(f"{W}val"))
        self._document = document
        self._styles = None

    @property
    def styles(self) -> dict:
        """Style id -> style element, built the first time a style chain is followed."""
        if self._styles is None:
            try:
                root = self._document.styles.element
                self._styles = {st.get(f"{W}styleId"): st for st in root.findall(f"{W}style")}
            except (KeyError, AttributeError):
                self._styles = {}
        return self._styles

    def _num_pr(self, p_el):
        """(numId, ilvl) from the paragraph, else from its style chain."""
        num_id = ilvl = None
        ppr = p_el.find(f"{W}pPr")
        if ppr is not None:
            npr = ppr.find(f"{W}numPr")
            if npr is not None:
                num_id = _val(npr.find(f"{W}numId"), None)
                ilvl = _val(npr.find(f"{W}ilvl"), None)
        style_id = None
        if ppr is not None and ppr.find(f"{W}pStyle") is not None:
            style_id = ppr.find(f"{W}pStyle").get(f"{W}val")
        seen = set()
        while (num_id is None or ilvl is None) and style_id and style_id not in seen:
            seen.add(style_id)
            st = self.styles.get(style_id)
            if st is None:
                break
            sppr = st.find(f"{W}pPr")
            if sppr is not None and sppr.find(f"{W}numPr") is not None:
                npr = sppr.find(f"{W}numPr")
                num_id = num_id if num_id is not None else _val(npr.find(f"{W}numId"), None)
                ilvl = ilvl if ilvl is not None else _val(npr.find(f"{W}ilvl"), None)
            base = st.find(f"{W}basedOn")
            style_id = base.get(f"{W}val") if base is not None else None
        if num_id is None or num_id == "0":
            return None
        return num_id, int(ilvl or 0)

    def label(self, p_el) -> str:
        pr = self._num_pr(p_el)
        if pr is None:
            return ""
        num_id, ilvl = pr
        aid = self.num_to_abstract.get(num_id)
        levels = self.levels.get(aid) if aid is not None else None
        if not levels or ilvl not in levels:
            return ""
        key = f"num{num_id}" if num_id in self.overrides else f"abs{aid}"
        counters = self.counters.setdefault(key, {})
        lvl = levels[ilvl]
        start = self.overrides.get(num_id, {}).get(ilvl, lvl["start"])
        counters[ilvl] = counters.get(ilvl, start - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]
        if lvl["fmt"] == "bullet":
            ch = lvl["text"] or "•"
            text = "•" if (not ch.isprintable() or "\uf000" <= ch[0] <= "\uf8ff") else ch
        else:
            def sub(m):
                k = int(m.group(1)) - 1
                l2 = levels.get(k, {"fmt": "decimal", "start": 1})
                n = counters.get(k, l2.get("start", 1))
                return format_number(n, l2["fmt"])
            text = re.sub(r"%(\d)", sub, lvl["text"])
        if not text:
            return ""
        return text + ("" if lvl["suff"] == "nothing" else " ")


def _val(el, default):
    return el.get(f"{W}val", default) if el is not None else default


# ----------------------------------------------------------------- text
def run_text(el, footnote_marks: bool = True) -> str:
    """Text of a paragraph element the way Word shows it."""
    out: list[str] = []

    def walk(node):
        for child in node:
            tag = child.tag
            if tag == MC_FALLBACK or tag in (f"{W}del", f"{W}instrText", f"{W}delText"):
                continue
            if tag == f"{W}t":
                out.append(child.text or "")
            elif tag == f"{W}tab":
                out.append("\t")
            elif tag in (f"{W}br", f"{W}cr"):
                out.append("\n")
            elif tag == f"{W}noBreakHyphen":
                out.append("-")
            elif tag == f"{W}footnoteReference" and footnote_marks:
                out.append(f"[{child.get(f'{W}id')}]")
            elif tag == f"{W}p":  # a paragraph inside a text box
                walk(child)
                out.append("\n")
            else:
                walk(child)

    walk(el)
    return "".join(out)


def _is_layout_table(rows: list[list[str]]) -> bool:
    """Header/signature tables lay out text side by side; data tables hold rows of figures."""
    if len(rows) > 4 or not rows:
        return False
    cells = [c for r in rows for c in r if c.strip()]
    if not cells:
        return True
    numeric = sum(1 for c in cells if re.fullmatch(r"[\d.,\s%]+", c.strip()))
    return numeric == 0 and max(len(r) for r in rows) <= 3


def read_docx(data: bytes) -> TextBuilder:
    """Paragraphs and tables in body order, list numbers rendered, footnotes last."""
    check_zip(data)
    try:
        import docx  # python-docx

        document = docx.Document(BytesIO(data))
    except Exception as exc:  # python-docx raises many kinds on corrupt input
        raise IngestError("not a readable DOCX: a part Word needs is missing or damaged") from exc
    walker = _BodyWalker(Numbering(document))
    walker.body(document.element.body)
    _footnotes(document, walker.b)
    if not walker.b.text.strip():
        raise IngestError("the DOCX holds no text")
    return walker.b


class _BodyWalker:
    """Walks the body's paragraphs, tables and content controls into one TextBuilder."""

    def __init__(self, numbering: Numbering):
        self.numbering = numbering
        self.b = TextBuilder()
        self.paragraphs = 0
        self.tables = 0

    def body(self, container) -> None:
        for child in container:
            if child.tag == f"{W}p":
                self.paragraphs += 1
                text = self.numbering.label(child) + run_text(child)
                self.b.add(text, "paragraph", f"paragraph {self.paragraphs}", separator="\n")
            elif child.tag == f"{W}tbl":
                self.table(child)
            elif child.tag == f"{W}sdt":
                content = child.find(f"{W}sdtContent")
                if content is not None:
                    self.body(content)

    def _cell_text(self, tc) -> str:
        parts = []
        for child in tc:
            if child.tag == f"{W}p":
                parts.append(self.numbering.label(child) + run_text(child))
            elif child.tag == f"{W}tbl":
                parts.append(" | ".join(run_text(x) for x in child.iter(f"{W}tc")))
        return "\n".join(p for p in parts if p.strip())

    def _rows(self, tbl_el) -> list[list[str]]:
        rows = []
        for tr in tbl_el.findall(f"{W}tr"):
            row = []
            for tc in tr.findall(f"{W}tc"):
                tcpr = tc.find(f"{W}tcPr")
                vm = tcpr.find(f"{W}vMerge") if tcpr is not None else None
                if vm is not None and vm.get(f"{W}val", "continue") == "continue":
                    continue  # the merged cell's text was taken from its first row
                row.append(self._cell_text(tc))
            rows.append(row)
        return rows

    def table(self, tbl_el) -> None:
        """A layout table (header, signature) cell by cell; a data table as "a | b | c" rows."""
        self.tables += 1
        rows = self._rows(tbl_el)
        layout = _is_layout_table(rows)
        for ri, row in enumerate(rows):
            first = True
            for ci, text in enumerate(row):
                ref = f"table {self.tables} r{ri + 1} c{ci + 1}"
                if layout:
                    self.b.add(text, "table_cell", ref, separator="\n")
                    continue
                text = " ".join(text.split("\n"))
                if text.strip():
                    self.b.add(text, "table_cell", ref, separator="\n" if first else " | ")
                    first = False


def _footnotes(document, b: TextBuilder) -> None:
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    try:
        rels = document.part.rels.values()
    except AttributeError:
        return
    for rel in rels:
        if rel.reltype != RT.FOOTNOTES or rel.is_external:
            continue
        from lxml import etree
        parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
        root = etree.fromstring(rel.target_part.blob, parser)
        for fn in root.findall(f"{W}footnote"):
            fid = fn.get(f"{W}id")
            if fid is None or int(fid) <= 0:
                continue  # separators
            text = " ".join(run_text(p, footnote_marks=False) for p in fn.iter(f"{W}p")).strip()
            if text:
                b.add(f"[{fid}] {text}", "footnote", f"footnote {fid}", separator="\n")
