"""Harsher scans, session 9: dust against the layout and the punctuation, a dithered fax enlarged before
its median, marks between two columns, a dark band that turned a page, and a sentence cut by the page
break of a scanned PDF. Small generated pages and invented sentences (no OCR: Tesseract's
reading is replaced where one is needed)."""
import io

import numpy as np
from PIL import Image

from pipeline.ingest.prepare import columns, denoise, prepare_page


def dusty(page: np.ndarray, share: float = 0.004, seed: int = 3) -> np.ndarray:
    rng = np.random.default_rng(seed)
    out = page.copy()
    h, w = out.shape
    for y, x in zip(rng.integers(0, h - 3, int(share * h * w)), rng.integers(0, w - 3, int(share * h * w))):
        out[y:y + 2, x:x + 2] = 40
    return out


def header_page() -> np.ndarray:
    """Two columns with offset lines (a header), then a paragraph across the page: 20 px letters."""
    page = np.full((420, 800), 255, np.uint8)
    for top in (20, 60, 100):
        page[top:top + 20, 30:330] = 0  # left column
        page[top + 20:top + 40, 450:770] = 0  # right column, half a line lower
    for top in (200, 240, 280):
        page[top:top + 20, 30:770] = 0
    return page


def test_dust_makes_no_column_blocks_of_its_own_and_the_header_stays_one_block():
    clean = columns.column_blocks(header_page(), letter=20.0)
    assert len(clean) == 1
    assert len(columns.column_blocks(dusty(header_page()), letter=20.0)) == 1
    body = np.full((420, 800), 255, np.uint8)
    for top in range(20, 400, 40):
        body[top:top + 20, 30:770 if top % 80 else 400] = 0  # paragraphs, every other line short
    assert columns.column_blocks(dusty(body), letter=20.0) == []


def test_dust_far_from_letters_goes_and_punctuation_beside_them_stays():
    page = np.full((200, 400), 255, np.uint8)
    page[40:60, 40:70] = 0  # a letter
    page[56:60, 74:78] = 0  # a period 4 px after it
    page[48:51, 20:26] = 0  # a list's hyphen, flat, 14 px before it
    page[140:143, 300:303] = 30  # dust far from any letter
    page[20:23, 200:203] = 30
    page[40:60, 150:180] = 0  # another letter, a semicolon after it:
    page[55:62, 187:191] = 0  # its comma 7 px from the letter,
    page[45:48, 192:195] = 0  # its upper dot 12 px from the letter (beyond half a letter), 7 above the comma
    out = denoise.remove_dust(page, letter=20.0, dusty=0)
    assert out[140:143, 300:303].min() == 255 and out[20:23, 200:203].min() == 255
    assert out[56:60, 74:78].max() == 0 and out[48:51, 20:26].max() == 0 and out[40:60, 40:70].max() == 0
    assert out[55:62, 187:191].max() == 0 and out[45:48, 192:195].max() == 0
    # a page with only a few lone specks keeps them (at the default, 30 a megapixel)
    assert denoise.remove_dust(page, letter=20.0) is page


def test_a_dithered_fax_is_enlarged_as_soon_as_it_is_grey():
    from PIL import ImageDraw, ImageFont

    from pipeline.synth.render import find_font

    page = Image.new("L", (700, 300), 235)  # a fax at ~110 dpi: letters ~11 px
    d = ImageDraw.Draw(page)
    font = ImageFont.truetype(find_font(), 14)
    for k in range(8):
        d.text((20, 20 + k * 32), "Tiêu chí số 7 về Cơ sở hạ tầng thương mại nông thôn đã đạt", fill=30, font=font)
    fax = page.convert("1", dither=Image.Dither.FLOYDSTEINBERG)
    prepared = prepare_page(fax, 110)
    assert prepared.descreened and prepared.scale > 1.5
    assert prepared.dpi == round(110 * prepared.scale)
    assert prepared.pixels.shape[1] >= int(700 * prepared.scale) - 2


def test_marks_between_two_columns_do_not_join_them():
    from pipeline.ingest.ocr import tsv_to_text

    def word(left, text, conf=95):
        return f"5\t1\t1\t1\t{word.line}\t1\t{left}\t{word.top}\t{len(text) * 14}\t30\t{conf}\t{text}"

    rows = ["level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext",
            "1\t1\t0\t0\t0\t0\t0\t0\t1200\t2300\t-1\t"]
    word.line, word.top = 1, 100
    # the columns 80 px apart (gap_min: 2.5 letters = 75 px), a speck read as "." 30 px after the left one
    rows += [word(100, "-"), word(130, "Phòng"), word(230, "Kinh"), word(310, "tế"), word(360, "huyện;"),
             word(474, ".", 80), word(530, "KT."), word(590, "CHỦ"), word(660, "TỊCH")]
    word.line, word.top = 2, 140
    rows += [word(100, "-"), word(130, "Lưu:"), word(200, "VT."), word(530, "Trần"), word(600, "Thu"), word(660, "Lan")]
    text, _ = tsv_to_text("\n".join(rows))
    assert "- Phòng Kinh tế huyện;\n- Lưu: VT." in text and "KT. CHỦ TỊCH\nTrần Thu Lan" in text
    rows[-6:] = [word(100, "2020"), word(180, "-", 90), word(215, "2025")]  # a dash in a narrow gap stays
    assert "2020 - 2025" in tsv_to_text("\n".join(rows))[0]


def image_pdf(pages: int) -> bytes:
    imgs = [Image.new("L", (620, 877), 255) for _ in range(pages)]
    for im in imgs:
        im.paste(0, (100, 100, 400, 120))  # some ink: not a blank page
    buf = io.BytesIO()
    imgs[0].save(buf, format="PDF", save_all=True, append_images=imgs[1:], resolution=75)
    return buf.getvalue()


def test_a_sentence_cut_by_the_page_break_of_a_scan_reads_on_in_one_line(monkeypatch):
    from pipeline.ingest import load_bytes, ocr

    texts = ["KẾ HOẠCH\nĐã đạt các tiêu chí: tiêu chí số 3 về Thủy lợi và", "phòng, chống thiên tai; tiêu chí số 9.",
             "II. NHIỆM VỤ\nXã đạt 12 tiêu chí.", "và các thôn còn lại."]
    monkeypatch.setattr(ocr, "ocr_pages", lambda images, count: [ocr.OcrPage(t, 95.0) for t in texts[:count]])
    doc = load_bytes(image_pdf(4), source="scan.pdf")
    assert "tiêu chí số 3 về Thủy lợi và phòng, chống thiên tai; tiêu chí số 9." in doc.text
    at = doc.text.index("phòng, chống")
    assert doc.page_of(at) == 2 and doc.page_of(at - 3) == 1
    assert "tiêu chí số 9.\n\nII. NHIỆM VỤ" in doc.text  # a heading keeps its break
    assert "12 tiêu chí.\n\nvà các thôn" in doc.text  # a sentence that ended keeps its paragraph break


def test_a_dark_band_down_one_side_does_not_turn_the_page_upside_down():
    from test_prepare import gray, text_page

    from pipeline.ingest.prepare import orientation

    page = gray(text_page()).copy()
    page[:, :40] = 60  # a gutter's shadow: ink in every row of the page
    page[:20] = 60  # a copier's band along the top
    assert not orientation.is_upside_down(page)
    assert orientation.is_upside_down(np.ascontiguousarray(np.rot90(page, 2)))


def test_a_copiers_frame_around_the_page_is_no_table_and_the_table_inside_is_found():
    from pipeline.ingest.prepare import tables

    page = np.full((700, 900), 255, np.uint8)
    page[:12], page[-12:], page[:, :10], page[:, -10:] = 40, 40, 40, 40  # dark bands on four sides
    for y in (200, 250, 300, 350):  # a bordered table of three rows and three columns
        page[y:y + 2, 100:800] = 0
    for x in (100, 300, 550, 798):
        page[200:352, x:x + 2] = 0
    grids, _ = tables.find_grids(page, letter=20.0)
    assert len(grids) == 1 and 95 <= grids[0].left <= 105 and 790 <= grids[0].right <= 815
    assert len(grids[0].rows) == 3


def test_a_sign_standing_apart_in_a_line_is_kept():
    from pipeline.ingest.ocr import tsv_to_text

    head = ["level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext",
            "1\t1\t0\t0\t0\t0\t0\t0\t1200\t2300\t-1\t"]
    words = [(100, "Thu", 60), (170, "nhập", 80), (300, ">", 20), (370, "65", 40), (430, "triệu", 90)]
    rows = head + [f"5\t1\t1\t1\t1\t1\t{x}\t100\t{w}\t30\t95\t{t}" for x, t, w in words]
    assert tsv_to_text("\n".join(rows))[0] == "Thu nhập > 65 triệu"
