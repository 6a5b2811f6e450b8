"""Tesseract's TSV to text: lines joined by geometry, table rows, page splits, known OCR slips.

>>> tsv_to_text("level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext")
('', None)
"""
from __future__ import annotations

import re


def tsv_to_text(tsv: str) -> tuple[str, float | None]:
    """Rebuild text from Tesseract's TSV, using word positions.

    - lines of one paragraph are joined (a new list item starts a new line);
    - a line with wide gaps is a table row: its cells are joined with " | ";
    - a run of lines split in two halves (the "UBND XÃ ... | CỘNG HÒA ..." header,
      the "Nơi nhận | chữ ký" block) is read left column first, then right.
    Returns the text and the mean word confidence.
    """
    words, page_w = _tsv_words(tsv)
    if not words:
        return "", None
    confs = [w["conf"] for w in words if w["conf"] >= 0]
    heights = sorted(w["h"] for w in words)
    gap_min = GAP_WORDS * heights[len(heights) // 2]
    page_w = page_w or max(w["left"] + w["w"] for w in words)
    out_lines = _classified_lines(words, gap_min, page_w)
    text = "\n".join(_assemble(out_lines, page_w))
    text = re.sub(r"\n{3,}", "\n\n", text).strip("\n")
    conf = sum(confs) / len(confs) if confs else None
    return text, conf


# a gap of this many word heights cuts a line into segments (table cells, two columns): a signature
# block's columns stood 1.9-2.2 word heights apart on phone photos (2.5: "(b/c); TM. ỦY BAN" read as one
# line); three plans of each kind, 2.5 -> 2.0: dark photo CER 1.34 % -> 1.14 %, office, harsh office,
# photo within 0.01 point; 1.8 cost office 0.03 and photos 0.03 points
GAP_WORDS = 2.0


def _tsv_words(tsv: str) -> tuple[list[dict], int]:
    """The words of a TSV (level 5 rows with text) and the page width (level 1)."""
    words: list[dict] = []
    page_w = 0
    for row in tsv.splitlines()[1:]:
        c = row.split("\t")
        if len(c) < 12:
            continue
        if c[0] == "1":
            page_w = int(c[8])
        if c[0] != "5" or not c[11].strip():
            continue
        words.append({"key": (int(c[2]), int(c[3]), int(c[4])), "left": int(c[6]), "top": int(c[7]),
                      "w": int(c[8]), "h": int(c[9]), "conf": float(c[10]), "text": c[11]})
    return words, page_w


# below this confidence a "word" of marks and at most one digit, standing apart, is ink of a seal or a
# signature left on the page (",", "„./", "“4" beside "KT. CHỦ TỊCH"), not text
NOISE_CONF = 60.0


def _is_noise(seg: list[dict]) -> bool:
    """Whether a segment (words standing apart on their line, or a line's last word) is only
    low-confidence marks.

    Refused (kept): anything with a letter, a number of two digits or more, a lone digit, and every
    mark read with confidence (a table's "-" for nothing)."""
    return all(w["conf"] < NOISE_CONF and not any(c.isalpha() for c in w["text"])
               and sum(c.isdigit() for c in w["text"]) <= 1 and not w["text"].isalnum() for w in seg)


# marks that never stand alone between words in these documents (a comma, a period or a colon hangs on
# the word before it); read alone with low confidence they are dust on the page, not text
DUST_MARKS = frozenset(".,:;`'_~„‘’^\"“”")


def _is_dust_word(w: dict) -> bool:
    """A low-confidence word of dust marks only, e.g. "`" or ".:" between two words.

    Refused (kept): "-" and "+" (dashes and list marks stand alone), anything with a letter or a digit,
    and marks read with confidence."""
    return w["conf"] < NOISE_CONF and all(c in DUST_MARKS for c in w["text"])


# what a speck reads as between two columns; a sign ("≥", ">", "%", "+") is never dropped that way
_BRIDGE_MARKS = DUST_MARKS | frozenset("-–—_¬~|")


def _marks_only(w: dict) -> bool:
    return all(c in _BRIDGE_MARKS for c in w["text"])


def _without_bridging_marks(ws: list[dict], gap_min: float) -> list[dict]:
    """The words of a line (sorted by x) without the marks-only words that stand in a wide gap between
    two words, nearer to each than ``gap_min``: a speck read as "." or "-" between the two columns of
    a signature block ("(b/c); . TM. ỦY BAN") would join them.

    Refused (kept): marks with a wide gap on either side of their own (a table's "-" for nothing has
    its cell), marks in a narrow gap ("2021 - 2025"), marks within half a word height of a word
    ("Nội dung - xã" spaced wide), marks at either end of the line."""
    out, k = [], 0
    while k < len(ws):
        j = k
        while 0 < k and j < len(ws) and _marks_only(ws[j]):
            j += 1
        if j == k or j == len(ws):
            out.append(ws[k])
            k += 1
            continue
        before, run, after = ws[k - 1], ws[k:j], ws[j]
        gaps = [b["left"] - (a["left"] + a["w"]) for a, b in zip([before, *run], [*run, after])]
        # the marks float in the gap, clear of both words: "a - b" hugs its words (a space each side)
        if after["left"] - (before["left"] + before["w"]) <= gap_min or max(gaps) > gap_min \
                or min(gaps) < 0.5 * gap_min / GAP_WORDS:
            out += run
        k = j
    return out


def _classified_lines(words: list[dict], gap_min: float, page_w: int) -> list[dict]:
    """Tesseract's lines cut at wide gaps into segments, each line a table row, a two-column line or normal."""
    lines: dict[tuple, list[dict]] = {}
    for w in words:
        lines.setdefault(w["key"], []).append(w)
    out_lines = []
    for key, ws in lines.items():
        # dust marks go before the line is cut: one read in the gap between two columns ("(b/c); .
        # TM. ỦY BAN") would join them into one run of words
        ws = _without_bridging_marks(sorted((w for w in ws if not _is_dust_word(w)), key=lambda w: w["left"]), gap_min)
        if not ws:
            continue
        segs = [[ws[0]]]
        for prev, w in zip(ws, ws[1:]):
            if w["left"] - (prev["left"] + prev["w"]) > gap_min:
                segs.append([w])
            else:
                segs[-1].append(w)
        segs = [seg for seg in segs if not _is_noise(seg)]
        while segs and len(segs[-1]) > 1 and _is_noise(segs[-1][-1:]):  # marks trailing a line's last words
            segs[-1].pop()
        if not segs:
            continue
        texts = [" ".join(w["text"] for w in seg) for seg in segs]
        if len(segs) >= 2:  # ruling lines of a table read as "|" or "[" at the edges of cells
            texts = [t.strip(" |[]") for t in texts]
            keep = [k for k, t in enumerate(texts) if t]
            texts, segs = [texts[k] for k in keep], [segs[k] for k in keep]
            if not segs:
                continue
        spans = [(seg[0]["left"], seg[-1]["left"] + seg[-1]["w"]) for seg in segs]
        numeric = any(re.fullmatch(r"[\d.,%]+", t) for t in texts)
        if len(segs) >= 3 or (len(segs) == 2 and numeric):
            kind = "table"
        elif len(segs) == 2 and spans[0][1] < 0.6 * page_w and spans[1][0] > 0.4 * page_w:
            kind = "two"
        else:
            kind = "normal"
        top = min(w["top"] for seg in segs for w in seg)
        out_lines.append({"par": key[:2], "kind": kind, "texts": texts, "spans": spans, "top": top})
    # short lines next to two-column lines belong to one of the columns
    for i, line in enumerate(out_lines):
        if line["kind"] != "normal" or len(line["texts"]) != 1:
            continue
        near = [out_lines[j]["kind"] for j in (i - 1, i + 1) if 0 <= j < len(out_lines)]
        x0, x1 = line["spans"][0]
        if "two" in near and (x1 < 0.6 * page_w or x0 > 0.4 * page_w):
            line["kind"] = "two"
            line["side"] = 0 if x1 < 0.6 * page_w and x0 < 0.3 * page_w else 1
    return out_lines


def _two_columns(out_lines: list[dict], i: int) -> tuple[list[str], int]:
    """A run of two-column lines read left column first, then right; and where the run ends."""
    j, left, right = i, [], []
    while j < len(out_lines) and out_lines[j]["kind"] == "two":
        lj = out_lines[j]
        if len(lj["texts"]) == 2:
            left.append(lj["texts"][0])
            right.append(lj["texts"][1])
        elif lj.get("side") == 1:
            right.append(lj["texts"][0])
        else:
            left.append(lj["texts"][0])
        j += 1
    return ["\n"] + left + ["\n"] + right + ["\n"], j


def _assemble(out_lines: list[dict], page_w: int) -> list[str]:
    """The page's text lines: column runs, table rows, and normal lines joined into paragraphs."""
    ends = sorted(ln["spans"][-1][1] for ln in out_lines if ln["kind"] == "normal")
    right_margin = ends[int(len(ends) * 0.9)] if ends else page_w
    starts = sorted(ln["spans"][0][0] for ln in out_lines if ln["kind"] == "normal")
    left_margin = starts[int(len(starts) * 0.1)] if starts else 0
    text_lines: list[str] = []
    i = 0
    while i < len(out_lines):
        line = out_lines[i]
        if line["kind"] == "two":
            block, i = _two_columns(out_lines, i)
            text_lines += block
            continue
        if line["kind"] == "table":
            if not (text_lines and " | " in text_lines[-1]):
                text_lines.append("\n")  # a blank line before the table, none between its rows
            text_lines.append(" | ".join(line["texts"]))
            i += 1
            continue
        # a run of normal lines, across Tesseract's paragraphs (it often makes one of each line of a
        # justified paragraph): a line that runs from margin to margin continues into the next
        j = i
        para = []
        while j < len(out_lines) and out_lines[j]["kind"] == "normal":
            lj = out_lines[j]
            para.append((" ".join(lj["texts"]), lj["spans"][0][0], lj["spans"][-1][1], lj.get("top", 0)))
            j += 1
        text_lines += ["\n"] + _join_paragraph(para, left_margin, right_margin, page_w)
        i = j
    return text_lines


_ITEM_START = re.compile(r"^\s*(?:[-+•*–]\s|\(?[0-9IVXivx]{1,4}[.)/]\s|[a-zđ][.)/]\s|[A-Z]\.\s|Quý\s|Tháng\s|"
                         r"Căn cứ\s|Thực hiện\s|Trên đây\s|Nơi nhận|Kính gửi)")


_COMMA_ITEM = re.compile(r"^\s*\d{1,2},\s(?=[^\W\d_])")


def _starts_item(line: str) -> bool:
    """A list item opens the line: "- ", "5. ", "Quý ", … or a number whose period Tesseract read as a comma
    before a capital ("5, Tiêu chí số 11": ocr_fixes turns it back to "5." later; session 10, a Sauvola
    reading joined it to the line above). Refused: "5, 6 và 7" and "5, các xã" (a digit or a small letter)."""
    m = _COMMA_ITEM.match(line)
    return bool(_ITEM_START.match(line)) or bool(m and line[m.end()].isupper())


def _line_pitch(lines: list[tuple[str, int, int, int]]) -> float | None:
    """The usual distance from one line's top to the next within the run (None under three lines)."""
    steps = sorted(b[3] - a[3] for a, b in zip(lines, lines[1:]) if b[3] > a[3])
    return float(steps[len(steps) // 2]) if len(steps) >= 2 else None


def _join_paragraph(lines: list[tuple[str, int, int, int]], left_margin: int, right_margin: int, page_w: int) -> list[str]:
    """Join the visual lines of a paragraph: a line that runs from margin to margin continues
    into the next; a centred line (a title) or a short one ends its paragraph. A full line ending
    in ";" ends an item, unless the next line follows at the paragraph's own line pitch (no
    paragraph spacing between them) and starts no item: a long list of names wrapped across lines."""
    out: list[str] = []
    prev = None
    pitch = _line_pitch(lines)
    for line, x0, x1, top in lines:
        joined = False
        if out and prev is not None:
            px0, px1, ptop = prev
            full = px1 >= 0.85 * right_margin and px0 <= left_margin + 0.06 * page_w
            last = out[-1].rstrip()
            tight = pitch is not None and 0 < top - ptop <= 1.12 * pitch
            ended = last.endswith((":", "./.")) or (last.endswith(";") and not line[:1].islower() and not tight)
            if full and not _starts_item(line) and not ended:
                out[-1] = out[-1].rstrip() + " " + line.strip()
                joined = True
        if not joined:
            out.append(line.strip())
        prev = (x0, x1, top)
    return out


# page images and Tesseract's output go to memory-backed /dev/shm where there is one


def page_text(tsv: str, grids: list | None) -> tuple[str, float | None]:
    """One page's text from its TSV: bordered tables found by the preparation read cell by cell."""
    if not grids:
        return tsv_to_text(tsv)
    from .prepare.tables import text_with_tables

    return text_with_tables(tsv, grids, tsv_to_text)


def split_tsv_pages(tsv: str) -> list[str]:
    r"""Tesseract's TSV of several pages as one TSV per page (each with the header row).

    >>> head = "level\tpage_num\ttext"
    >>> [len(p.splitlines()) for p in split_tsv_pages(head + "\n1\t1\t\n5\t1\tXã\n1\t2\t\n")]
    [3, 2]
    """
    lines = tsv.splitlines()
    if not lines:
        return []
    header, pages = lines[0], []
    for line in lines[1:]:
        if line.startswith("1\t"):  # the page row opens every page, a blank one too
            pages.append([header])
        if pages:
            pages[-1].append(line)
    return ["\n".join(p) for p in pages]


_OCR_FIXES = [
    (re.compile(r"(?<=\d)\s+(?=[.,]\d{3}\b)"), ""),  # "31 .003" -> "31.003"
    (re.compile(r"[|]{2,}"), ""),
]


def fix_ocr_text(text: str) -> str:
    """What is systematic in Tesseract output for Vietnamese: Ð→Đ, curly quotes kept, NFC; the known
    slips of pipeline/data/ocr_fixes.yaml where their context is certain (ocr_fixes.py)."""
    from .clean import normalize_text
    from .ocr_fixes import fix_known_slips

    text = normalize_text(text)
    for rx, rep in _OCR_FIXES:
        text = rx.sub(rep, text)
    return fix_known_slips(text)


# --- blank pages: found on a small copy of the page and never sent to Tesseract (issue 17.10) ---
