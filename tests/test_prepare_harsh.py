"""Preparation steps for harsher scans (dark frames, fax streaks, dithered faxes, shadowed photos, dust),
on small generated pages (no OCR)."""
import numpy as np
from PIL import Image
from test_prepare import gray, text_page

from pipeline.ingest.prepare import borders, denoise, halftone, perspective, prepare_page, streaks


def framed(page: np.ndarray, top=14, left=10, right=8, bottom=0, dark=30) -> np.ndarray:
    out = page.copy()
    h, w = out.shape
    out[:top] = dark
    out[:, :left] = dark
    out[:, w - right:] = dark
    if bottom:
        out[h - bottom:] = dark
    return out


def test_a_copiers_dark_frame_is_painted_white_and_the_text_kept():
    page = gray(text_page())
    out = borders.without_dark_frame(framed(page))
    assert out[:14].min() == 255 and out[:, :10].min() == 255 and out[:, -8:].min() == 255
    assert np.array_equal(out[20:, 12:-10], page[20:, 12:-10])  # the text is untouched


def test_a_frame_of_uneven_width_or_too_wide_is_left_alone():
    page = gray(text_page())
    slanted = page.copy()
    for y in range(page.shape[0]):  # a border that widens down the page: a page photographed askew
        slanted[y, : 4 + y // 10] = 30
    assert borders.band_width(slanted, "left") == 0
    wide = framed(page, top=0, left=80, right=0)  # 8 % of the width: the desk around a photo
    assert borders.band_width(wide, "left") == 0
    assert borders.without_dark_frame(page) is page


def test_a_fax_streak_across_and_a_stuck_column_are_removed_and_letters_crossing_them_kept():
    page = np.where(gray(text_page()) < 128, 0, 255).astype(np.uint8)
    bad = page.copy()
    bad[100, :] = 0  # a drum streak edge to edge
    bad[:, 500] = 0  # a stuck sensor element
    out = streaks.repair_streaks(bad)
    inked_above_and_below = (page[99] < 128) & (page[101] < 128)
    assert (out[100] < 128).sum() <= inked_above_and_below.sum() + 2
    assert (out[:, 500] < 128).sum() < 0.2 * page.shape[0]
    # away from the repaired lines the page is as it was
    assert np.array_equal(np.delete(np.delete(out, 100, 0), 500, 1), np.delete(np.delete(page, 100, 0), 500, 1))


def test_a_table_rule_that_stops_at_the_margins_is_not_a_streak():
    page = np.full((300, 400), 255, np.uint8)
    page[100, 40:360] = 0  # a rule (80 % of the width, inside the margins)
    page[150, :] = 0  # a streak
    out = streaks.repair_streaks(page)
    assert (out[100, 40:360] == 0).all() and (out[150] == 255).all()


def test_a_lost_scan_line_through_letters_is_filled_from_its_neighbours():
    page = np.where(gray(text_page()) < 128, 0, 255).astype(np.uint8)
    rows = (page < 128).mean(axis=1)
    y = int(np.argmax(rows))  # the row with most ink: the middle of a text line
    lost = page.copy()
    lost[y] = 255
    out = streaks.repair_streaks(lost)
    assert (out[y] < 128).sum() >= 0.8 * ((page[y - 1] < 128) & (page[y + 1] < 128)).sum()


def dithered(page: np.ndarray, seed=1) -> np.ndarray:
    grey = Image.fromarray((page.astype(np.float32) * 0.9 + 10).astype(np.uint8))
    return np.asarray(grey.convert("1", dither=Image.Dither.FLOYDSTEINBERG).convert("L"))


def test_a_dithered_fax_is_found_and_averaged_back_to_grey_with_dark_letters():
    page = gray(text_page())
    d = dithered(page)
    assert halftone.is_dithered(d)
    assert not halftone.is_dithered(np.where(page < 128, 0, 255).astype(np.uint8))
    grey = halftone.descreen(d)
    ink = page < 100
    assert np.median(grey[~ink]) > 230 and np.median(grey[ink]) < 150


def test_prepare_page_descreens_a_dithered_fax_and_leaves_a_clean_one_binary():
    page = gray(text_page(size=(1000, 700), font_px=14))  # small letters: a clean fax would be enlarged
    prepared = prepare_page(Image.fromarray(dithered(page)), 100)
    assert prepared.descreened and prepared.scale > 1.0  # enlarged as soon as it is grey (session 9)
    clean = np.where(page < 128, 0, 255).astype(np.uint8)
    prepared = prepare_page(Image.fromarray(clean), 100)
    assert not prepared.descreened and prepared.scale > 1.0


def test_perspective_finds_a_page_with_a_shadow_across_a_corner():
    import cv2

    paper = np.full((700, 500), 190, np.uint8)  # paper ~6x the desk, ~2.7x in the shadow
    scene = np.full((900, 700), 30, np.uint8)
    scene[100:800, 100:600] = paper
    yy, xx = np.mgrid[0:900, 0:700]
    shadow = np.hypot(xx - 700, yy) < 420  # a dark disc over the top right corner
    scene = np.where(shadow, (scene * 0.45).astype(np.uint8), scene)
    scene = cv2.GaussianBlur(scene, (5, 5), 0)
    quad = perspective.find_page(scene)
    assert quad is not None
    corners = quad.corners
    assert np.abs(corners - np.float32([[100, 100], [600, 100], [600, 800], [100, 800]])).max() < 15


def test_dust_goes_and_the_letters_stay():
    page = gray(text_page())
    dusty = page.copy()
    dusty[300:303, 960:963] = 20  # a clump far from any letter (the lines end at x=738)
    dusty[500, 900] = 40
    out = denoise.remove_dust(dusty, letter=24.0, dusty=0)
    assert out[300:303, 960:963].min() == 255 and out[500, 900] == 255
    # the letters and their marks stay, every speck within half a letter of a letter too
    assert abs(int((out < 160).sum()) - int((page < 160).sum())) < 0.002 * int((page < 160).sum())
    assert np.array_equal(out[:100], page[:100])  # the first line, its tone marks and dots below
    assert denoise.remove_dust(dusty, letter=None) is dusty


def test_words_of_dust_marks_read_with_low_confidence_drop_out_of_the_line_and_dashes_stay():
    from pipeline.ingest.ocr import tsv_to_text

    def word(left, text, conf):
        return f"5\t1\t1\t1\t1\t1\t{left}\t100\t{len(text) * 12}\t30\t{conf}\t{text}"

    rows = ["level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext",
            "1\t1\t0\t0\t0\t0\t0\t0\t1600\t2300\t-1\t",
            word(100, "Nội", 95), word(150, "`", 30), word(170, "dung", 93), word(230, ".:", 40),
            word(260, "-", 35), word(280, "xã", 91), word(320, ",", 92)]
    text, _ = tsv_to_text("\n".join(rows))
    assert text == "Nội dung - xã ,"  # "`" and ".:" were dust; "-" and a confident "," stay
