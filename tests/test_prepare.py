"""Page preparation before Tesseract, one step at a time, on small generated pages (no OCR)."""
import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from pipeline.ingest.prepare import colour, denoise, deskew, light, orientation, perspective, prepare_page, scale
from pipeline.ingest.prepare.binarise import sauvola
from pipeline.synth.render import find_font

LINES = ["Kế hoạch xây dựng nông thôn mới năm 2024", "Tiêu chí số 9 về Nhà ở dân cư: Đạt",
         "Kinh phí thực hiện: 1.250 triệu đồng", "Ủy ban nhân dân xã chỉ đạo thực hiện",
         "Phối hợp với các thôn tuyên truyền vận động", "Hoàn thành trước ngày 30 tháng 6"]


def text_page(size=(1000, 560), font_px=31, lines=LINES, mode="L") -> Image.Image:
    """A small page of Vietnamese text lines, black on white."""
    img = Image.new(mode, size, "white")
    d = ImageDraw.Draw(img)
    font = ImageFont.truetype(find_font(), font_px)
    for k, line in enumerate(lines):
        d.text((40, 30 + k * int(font_px * 1.9)), line, fill="black", font=font)
    return img


def gray(img: Image.Image) -> np.ndarray:
    return np.asarray(img.convert("L"))


@pytest.mark.parametrize("angle", [3.0, -3.0, 7.0, -0.5])
def test_deskew_measures_the_rotation_within_a_third_of_a_degree(angle):
    page = gray(text_page().rotate(angle, resample=Image.BICUBIC, fillcolor=255))
    assert deskew.measure_skew(page) == pytest.approx(angle, abs=0.3)


def test_deskew_levels_the_page_so_that_its_skew_is_gone():
    page = gray(text_page().rotate(3.0, resample=Image.BICUBIC, fillcolor=255))
    levelled, measured = deskew.deskew(page)
    assert measured == pytest.approx(3.0, abs=0.3)
    assert abs(deskew.measure_skew(levelled)) < 0.3


def test_a_level_page_is_not_turned():
    page = gray(text_page())
    levelled, _ = deskew.deskew(page)
    assert levelled is page


def seal_on_text():
    """Text with a red disc over part of it and a blue stroke across it, as JPEG would keep it."""
    import random

    from pipeline.synth.degrade import BLUE, RED, _seal_mask, _signature_mask, _stamp

    page = text_page(mode="RGB")
    page = _stamp(page, _seal_mask(260), RED, (300, 40))
    page = _stamp(page, _signature_mask((300, 80), random.Random(1)), BLUE, (450, 300), 0.9)
    return np.asarray(page), gray(text_page())


def test_the_seal_remover_lifts_red_and_blue_ink_and_keeps_black_text():
    rgb, clean = seal_on_text()
    covered = np.abs(rgb.astype(int) - clean[..., None]).max(axis=2) > 60  # where the seal or signature is
    inked = (rgb.max(axis=2).astype(int) - rgb.min(axis=2)) > 100  # the inks' own pixels
    text = clean < 100
    assert colour.is_colour(rgb)
    out = colour.without_colour_inks(rgb)
    assert (out[inked & ~text] > 190).mean() > 0.95  # the inks are nearly paper
    assert (out[text] < 128).mean() > 0.9  # black text stays, also where the seal covers it
    assert (text & covered).sum() > 50 and (out[text & covered] < 128).mean() > 0.9


def test_a_grey_page_saved_as_rgb_has_no_colour_to_remove():
    assert not colour.is_colour(np.asarray(text_page(mode="RGB")))


def photo_of(page: Image.Image, corners) -> np.ndarray:
    """``page`` photographed on a dark desk: warped to ``corners`` in a larger frame."""
    import cv2

    a = gray(page)
    h, w = a.shape
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    m = cv2.getPerspectiveTransform(src, np.float32(corners))
    return cv2.warpPerspective(a, m, (w + 120, h + 120), borderValue=60)


def test_perspective_finds_the_page_border_and_flattens_it():
    page = text_page()
    corners = [[70, 50], [1060, 75], [1040, 630], [55, 600]]
    quad = perspective.find_page(photo_of(page, corners))
    assert quad is not None
    assert np.abs(quad.corners - np.float32(corners)).max() < 8
    flat = perspective.flatten(photo_of(page, corners), quad)
    assert abs(flat.shape[1] - 1000) < 30 and abs(flat.shape[0] - 560) < 30
    assert abs(deskew.measure_skew(flat)) < 0.5


def test_a_scan_whose_paper_fills_the_image_is_not_warped():
    assert perspective.find_page(gray(text_page())) is None


def unevenly_lit(page: np.ndarray) -> np.ndarray:
    """Light falling from 1.0 on the left to 0.45 on the right."""
    ramp = np.linspace(1.0, 0.45, page.shape[1], dtype=np.float32)
    return (page.astype(np.float32) * ramp[None, :]).astype(np.uint8)


def test_uneven_light_is_flattened_to_white_paper_with_dark_text():
    clean = gray(text_page())
    flat = light.flatten_light(unevenly_lit(clean))
    paper, text = clean > 250, clean < 60
    assert np.percentile(flat[paper], 5) > 225  # the dark side is paper-white again
    assert np.median(flat[text]) < 90


def test_an_evenly_lit_page_is_left_alone():
    page = gray(text_page())
    assert light.flatten_light(page) is page


def test_sauvola_binarises_where_a_global_threshold_loses_the_dark_side():
    import cv2

    clean = gray(text_page())
    dim = unevenly_lit(clean)
    _, otsu = cv2.threshold(dim, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    out = sauvola(dim, window=41)
    paper = clean > 250
    assert (otsu[paper] == 0).mean() > 0.1  # Otsu paints part of the dim paper black
    assert (out[paper] == 0).mean() < 0.01
    assert (out[clean < 60] == 0).mean() > 0.85


def test_lone_specks_go_and_the_dots_of_letters_stay():
    page = gray(text_page()).copy()
    page = np.where(page < 128, 0, 255).astype(np.uint8)
    before = (page < 128).sum()
    rng = np.random.default_rng(3)
    ys, xs = rng.integers(0, 20, 40), rng.integers(0, page.shape[1], 40)  # specks in the empty top margin
    page[ys, xs] = 0
    out = denoise.remove_lone_specks(page)
    assert (out[:20] < 128).sum() == 0
    assert (out < 128).sum() >= before * 0.995  # the letters' own small parts (dots, marks) are kept


def test_small_letters_are_enlarged_and_ordinary_ones_left_at_their_size():
    fax_like = gray(text_page(font_px=23))  # ~ 11 pt at 150 dpi
    office_like = gray(text_page(font_px=31))  # ~ 11 pt at 200 dpi
    assert scale.upscale_factor(scale.letter_height(fax_like)) > 1.3
    assert scale.upscale_factor(scale.letter_height(office_like)) == 1.0


def test_orientation_finds_sideways_and_upside_down_pages():
    page = gray(text_page(size=(1000, 1000), lines=LINES * 2))
    assert not orientation.is_sideways(page) and not orientation.is_upside_down(page)
    assert orientation.is_sideways(np.rot90(page))
    assert orientation.is_upside_down(np.rot90(page, 2))


def test_prepare_page_turns_a_sideways_page_back_and_reports_it():
    page = text_page(size=(1000, 1000), lines=LINES * 2)
    prepared = prepare_page(page.rotate(90, expand=True), 200)  # turned a quarter counter-clockwise
    assert prepared.turned == 90
    assert not orientation.is_sideways(prepared.pixels) and not orientation.is_upside_down(prepared.pixels)


def test_prepare_page_on_a_stamped_skewed_page_records_every_step():
    rgb, _ = seal_on_text()
    page = Image.fromarray(rgb).rotate(-3, resample=Image.BICUBIC, fillcolor=(255, 255, 255))
    prepared = prepare_page(page, 200)
    assert prepared.colour_removed and prepared.skew == pytest.approx(-3, abs=0.3)
    assert prepared.pixels.ndim == 2 and prepared.dpi == 200
    assert {s.step for s in prepared.steps} >= {"colour", "perspective", "light", "orientation+skew", "scale", "denoise"}
    assert prepared.seconds > 0


ROWS = [["STT", "Tên tiêu chí", "Kết quả"], ["9", "Nhà ở dân cư", "Đạt"],
        ["17", "Môi trường và an toàn thực phẩm", "Chưa đạt"], ["19", "Quốc phòng và An ninh", "Đạt"]]


def table_page(rows=ROWS, size=(1300, 700)) -> Image.Image:
    """A bordered table of criteria (one cell on two lines), as a 200-dpi page draws it."""
    img = Image.new("L", size, 255)
    d = ImageDraw.Draw(img)
    font = ImageFont.truetype(find_font(), 31)
    xs, y = [60, 200, 900, 1240], 60
    for row in rows:
        lines = [c.replace(" an toàn", "\nan toàn").split("\n") for c in row]
        h = 30 + 44 * max(len(l) for l in lines)
        for k, cell in enumerate(lines):
            top = y + (h - 44 * len(cell)) // 2
            for j, line in enumerate(cell):
                d.text((xs[k] + 12, top + 44 * j), line, fill=0, font=font)
        d.line([(xs[0], y), (xs[-1], y)], fill=0, width=3)
        y += h
    d.line([(xs[0], y), (xs[-1], y)], fill=0, width=3)
    for x in xs:
        d.line([(x, 60), (x, y)], fill=0, width=3)
    return img


def test_a_bordered_table_is_found_row_by_row_with_its_cell_borders():
    from pipeline.ingest.prepare.tables import find_grids

    grids, rules = find_grids(gray(table_page()), letter=22)
    assert len(grids) == 1
    assert [len(r.borders) for r in grids[0].rows] == [4, 4, 4, 4]
    assert (rules > 0).sum() > 1000


def test_cells_are_laid_out_below_the_page_and_words_go_back_to_their_cells():
    from pipeline.ingest.prepare.tables import Word, find_grids, grid_text, lay_out_cells, paint_out

    page = gray(table_page())
    grids, rules = find_grids(page, letter=22)
    out = lay_out_cells(paint_out(page, rules), grids, letter=22)
    cells = grids[0].cells
    assert out.shape[0] > page.shape[0] and len(cells) == 12
    assert (out[grids[0].top:grids[0].bottom, grids[0].left:grids[0].right] == 255).all()  # the table is blanked
    # words as Tesseract would report them in the laid-out cells: one word per cell, by its band
    words = []
    for c in cells:
        for k, w in enumerate(ROWS[c.row][c.col].split()):
            words.append(Word(w, 60 + 30 * k, c.top + 2, 25, c.bottom - c.top - 4, 95.0))
    assert grid_text(grids[0], words)[1:3] == ["9 | Nhà ở dân cư | Đạt", "17 | Môi trường và an toàn thực phẩm | Chưa đạt"]


def test_a_table_row_repeated_at_the_top_of_the_next_page_is_dropped_once():
    from pipeline.ingest.prepare.tables import drop_repeated_headers

    pages = ["Bảng\n\nSTT | Tên | Kết quả\n1 | A | Đạt", "STT | Tên | Kết quả\n2 | B | Đạt", "STT | Tên | Kết quả"]
    assert drop_repeated_headers(pages) == [pages[0], "2 | B | Đạt", ""]
    assert drop_repeated_headers(["văn bản", "STT | Tên"]) == ["văn bản", "STT | Tên"]


@pytest.mark.slow
def test_ocr_reads_a_skewed_stamped_table_row_by_row():
    """One OCR run: the table page with a red seal over it, turned 3°, JPEG-compressed."""
    import io
    import shutil

    if shutil.which("tesseract") is None:
        pytest.skip("tesseract is not installed")
    from pipeline.ingest.ocr import ocr_image
    from pipeline.synth.degrade import RED, _seal_mask, _stamp

    page = _stamp(table_page().convert("RGB"), _seal_mask(300), RED, (800, 250))
    page = page.rotate(3, resample=Image.BICUBIC, fillcolor=(255, 255, 255))
    buf = io.BytesIO()
    page.save(buf, format="JPEG", quality=50)
    text = ocr_image(Image.open(io.BytesIO(buf.getvalue())), 200).text
    lines = [" ".join(l.split()) for l in text.split("\n")]
    assert "9 | Nhà ở dân cư | Đạt" in lines
    assert "17 | Môi trường và an toàn thực phẩm | Chưa đạt" in lines
