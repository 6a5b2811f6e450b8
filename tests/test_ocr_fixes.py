"""Scans as archives hold them: what broke OCR of generated scans (issue 14) and its fixes.

Pages are drawn here with our own words (the generator's font and degradations); the slow
tests run Tesseract on them.
"""
import io
import random
import shutil

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from extractors.vocab import DataError, check
from pipeline.ingest.ocr_fixes import SCHEMA, data, fix_known_slips
from pipeline.ingest.prepare import columns, dashes
from pipeline.synth.render import find_font

needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract is not installed")


# --- the data file and the text fixes (no OCR) ---

def test_the_ocr_fixes_data_file_loads_with_its_schema():
    d = data()
    assert d["place_prefix"]["read_as"]["la"] == "Ia"
    assert set(d["place_prefix"]["levels"]) <= {"xa", "huyen", "tinh"}
    assert all(len(c) == 1 for c in d["doubled_capitals"])
    assert "I" not in d["roman_after"]["look_alike_i"] and not any(c.isdigit() for c in d["roman_after"]["look_alike_i"])
    with pytest.raises(DataError):
        check({**d, "place_prefix": {"read": ["la"], "levels": ["xa"]}}, SCHEMA, "ocr_fixes.yaml")


@pytest.mark.parametrize("read, meant", [
    ("Đảng ủy xã la Dêr chỉ đạo", "Đảng ủy xã Ia Dêr chỉ đạo"),
    ("XÃ lA KRĂI", "XÃ IA KRĂI"),
    ("Kế hoạch 45/KH-UBND của UBND huyện la Grai;", "Kế hoạch 45/KH-UBND của UBND huyện Ia Grai;"),
    ("Nghị quyết số 31-NQ/ĐĐU ngày 2/1/2024", "Nghị quyết số 31-NQ/ĐU ngày 2/1/2024"),
    ("ĐĐVT: triệu đồng", "ĐVT: triệu đồng"),
    ("của UBND tình Gia Lai về việc", "của UBND tỉnh Gia Lai về việc"),
    ("- Lưu: VT.\n5, Phòng Văn hóa huyện:", "- Lưu: VT.\n5. Phòng Văn hóa huyện:"),
    ("hoàn thành trong Quý JII/2024", "hoàn thành trong Quý III/2024"),
    ("trong quý lI năm 2025", "trong quý II năm 2025"),
    ("Căn cứ các Quyết; định số 77 và 78/QĐ-UBND ngày.21/9/2023 của UBND tỉnh;",
     "Căn cứ các Quyết định số 77 và 78/QĐ-UBND ngày 21/9/2023 của UBND tỉnh;"),
    ("Chương trình số 14-CTr/HU ngày. 8/5/2023 về", "Chương trình số 14-CTr/HU ngày 8/5/2023 về"),
    ("hoàn thành trước ngày, 15 tháng 10 năm 2024", "hoàn thành trước ngày 15 tháng 10 năm 2024"),
    ("Thực hiện Kế: hoạch 61/KH-UBND", "Thực hiện Kế hoạch 61/KH-UBND"),
    ("Riêng xă Đông Phú, đến nay đạt 15/19 tiêu chí", "Riêng xã Đông Phú, đến nay đạt 15/19 tiêu chí"),
    ("có 4 thôn đạt chuẩn và đến năm 2027 là. 100%.", "có 4 thôn đạt chuẩn và đến năm 2027 là 100%."),
    ("ỦY BAN NHÂN DÂN XĂ ĐÔNG PHÚ", "ỦY BAN NHÂN DÂN XÃ ĐÔNG PHÚ"),
])
def test_a_known_slip_is_fixed_where_its_context_is_certain(read, meant):
    assert fix_known_slips(read) == meant


@pytest.mark.parametrize("text", [
    "thị xã La Gi tỉnh Bình Thuận",  # a real place with La: not an OCR slip
    "người dân la lên",              # the word la
    "la Xyzabc chưa có",             # not a name the gazetteer knows
    "Quý 1/2024 và Quý 4",           # an Arabic quarter stays Arabic
    "Đại đội ĐĐ 3",                  # a lone doubled capital
    "tình hình Gia đình, tính đến nay",  # tình, tính before no province name
    "trong tháng 4,\n5, 6 và 7",         # a comma between numbers, no capital after it
    "Kinh phí 1.250 triệu đồng, 0,5 tỷ",  # numbers are never touched
    "Ngày: 12/3/2024",                   # a form's label: a colon is written there
    "trong 10 ngày, 2 xã hoàn thành",    # a comma before no whole date
    "trong 30 ngày. 5/5 xã đã nộp",      # a count of days ends its sentence
    "lý do là. Năm 2024",                # no figure after the mark
    "giải quyết, định hướng số 3",       # two words, not a document type split
])
def test_what_is_not_certain_stays_as_read(text):
    assert fix_known_slips(text) == text


# --- page preparation: rules of hyphens and two offset columns (no OCR) ---

def _font(px=28):
    return ImageFont.truetype(find_font(), px)


def header_page(offset: int = 18, dashes_line: bool = True) -> Image.Image:
    """A plan's header drawn with our own names: issuer on the left, motto and place-date on the
    right with its own line spacing (lines ``offset`` px off the left column's), a row of hyphens."""
    img = Image.new("L", (1650, 700), 255)
    d = ImageDraw.Draw(img)
    f = _font()
    for k, line in enumerate(["ỦY BAN NHÂN DÂN", "XÃ IA DÊR", "Số: 52/KH-UBND"]):
        d.text((140, 80 + 44 * k), line, fill=0, font=f)
    right = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
    for k, line in enumerate(right):
        d.text((820, 80 + offset + 40 * k), line, fill=0, font=f)
    if dashes_line:
        d.text((900, 80 + offset + 68), "---------------", fill=0, font=f)
    d.text((820, 80 + offset + 110), "Ia Dêr, ngày 12 tháng 3 năm 2024", fill=0, font=f)
    d.text((700, 330), "KẾ HOẠCH", fill=0, font=_font(32))
    for k, line in enumerate(["Phát triển sản xuất gắn với tiêu thụ nông sản cho các thôn trong",
                              "xã, bảo đảm thu nhập bình quân đầu người tăng so với năm trước."]):
        d.text((140, 420 + 44 * k), line, fill=0, font=f)
    return img


def test_a_row_of_hyphens_is_found_and_turned_to_paper_and_a_dash_between_words_kept():
    page = np.asarray(header_page(dashes_line=True))
    boxes = dashes.dash_rules(page, letter=20.0)
    assert len(boxes) == 1 and boxes[0][0] >= 890
    out = dashes.without_dash_rules(page, letter=20.0)
    x0, y0, x1, y1 = boxes[0]
    assert (out[y0:y1 + 1, x0:x1 + 1] == 255).all()
    assert (out[180:230, 820:1600] < 128).sum() == (page[180:230, 820:1600] < 128).sum() - (page[y0:y1 + 1, x0:x1 + 1] < 128).sum()


def test_two_columns_with_offset_lines_are_put_one_under_the_other():
    page = np.asarray(header_page(offset=18))
    blocks = columns.column_blocks(page, letter=20.0)
    assert len(blocks) == 1
    top, bottom, cut = blocks[0]
    assert 600 < cut < 820 and top < 90 and bottom < 330
    out, n = columns.split_columns(page, letter=20.0)
    assert n == 1 and out.shape[0] > page.shape[0]
    assert (out[top:bottom, cut:] == 255).all()  # the right column moved below the left one


def test_a_paragraph_and_a_title_are_no_two_column_block():
    page = np.asarray(header_page(offset=0))[300:]  # from the title down
    assert columns.column_blocks(page, letter=20.0) == []


# --- OCR of small degraded pages (Tesseract) ---

def _office(img: Image.Image) -> Image.Image:
    """Our page as an office scan (degrade.py: noise, blur, skew), JPEG like a scanner writes it."""
    from pipeline.synth.degrade import office_page

    page = office_page(img.convert("RGB"), random.Random(5), seal=False)
    buf = io.BytesIO()
    page.save(buf, format="JPEG", quality=45)
    return Image.open(io.BytesIO(buf.getvalue()))


@pytest.mark.slow
@needs_tesseract
def test_an_offset_header_reads_line_by_line_with_the_commune_and_number():
    from pipeline.ingest.ocr import ocr_image

    text = ocr_image(_office(header_page(offset=18)), 200).text
    lines = [" ".join(l.split()) for l in text.split("\n") if l.strip()]
    for want in ["ỦY BAN NHÂN DÂN", "XÃ IA DÊR", "Số: 52/KH-UBND", "Độc lập - Tự do - Hạnh phúc"]:
        assert want in lines, text
    assert any(l.startswith("Ia Dêr, ngày 12 tháng 3 năm 2024") for l in lines), text


@pytest.mark.slow
@needs_tesseract
def test_a_red_seal_on_a_pdf_scan_is_lifted_before_tesseract_reads_the_signer():
    """The whole path of a scanned PDF (page image out of the PDF, colour kept, seal lifted)."""
    from pipeline.ingest.read_pdf import read_pdf
    from pipeline.synth.degrade import BLUE, RED, _seal_mask, _signature_mask, _stamp

    img = Image.new("RGB", (1650, 700), "white")
    d = ImageDraw.Draw(img)
    for k, line in enumerate(["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "", "Hoàng Văn Thịnh"]):
        d.text((900, 80 + 46 * k), line, fill=0, font=_font())
    img = _stamp(img, _signature_mask((420, 110), random.Random(2)), BLUE, (960, 170), 0.9)
    img = _stamp(img, _seal_mask(280), RED, (760, 20))
    buf = io.BytesIO()
    _office(img).save(buf, format="PDF", resolution=200)
    text = read_pdf(buf.getvalue()).text
    lines = [" ".join(l.split()) for l in text.split("\n")]
    assert "Hoàng Văn Thịnh" in lines and "CHỦ TỊCH" in text, text


# --- layout of Tesseract's words (no OCR) ---

def _tsv(lines: list[tuple[int, str]], page_w: int = 1600) -> str:
    """A Tesseract TSV of full-width lines, each (top, text), one Tesseract paragraph per line."""
    rows = ["level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext",
            f"1\t1\t0\t0\t0\t0\t0\t0\t{page_w}\t2200\t-1\t"]
    for k, (top, text) in enumerate(lines):
        words = text.split()
        step = (1400 - 100) // len(words)
        for j, w in enumerate(words):
            rows.append(f"5\t1\t1\t{k + 1}\t1\t{j + 1}\t{100 + j * step}\t{top}\t{step - 12}\t30\t95\t{w}")
    return "\n".join(rows)


LIST = ["Các tiêu chí đã đạt gồm bốn tiêu chí sau đây được rà soát lại", "Tiêu chí Điện (TC4); Tiêu chí Trường học (TC5);",
        "Tiêu chí Thu nhập (TC10); Tiêu chí Y tế (TC15) của xã Ia Dêr.", "Xã tiếp tục duy trì các tiêu chí này trong năm tới."]


def test_a_wrapped_list_ending_a_line_with_a_semicolon_is_one_paragraph_at_its_line_pitch():
    from pipeline.ingest.ocr_layout import tsv_to_text

    text, _ = tsv_to_text(_tsv([(100 + 44 * k, line) for k, line in enumerate(LIST)]))
    assert "(TC5); Tiêu chí Thu nhập" in text


def test_a_semicolon_line_followed_after_paragraph_spacing_ends_its_item():
    from pipeline.ingest.ocr_layout import tsv_to_text

    tops = [56, 100, 144, 228, 272]  # paragraph spacing after the line ending in ";"
    text, _ = tsv_to_text(_tsv(list(zip(tops, [LIST[0], *LIST]))))
    assert "(TC5);\nTiêu chí Thu nhập" in text


def test_low_confidence_marks_apart_from_the_words_are_dropped_and_a_confident_dash_kept():
    from pipeline.ingest.ocr_layout import tsv_to_text

    head = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"
    rows = [head, "1\t1\t0\t0\t0\t0\t0\t0\t1600\t2200\t-1\t",
            "5\t1\t1\t1\t1\t1\t900\t100\t60\t30\t96\tPHÓ", "5\t1\t1\t1\t1\t2\t970\t100\t60\t30\t96\tCHỦ",
            "5\t1\t1\t1\t1\t3\t1040\t100\t60\t30\t96\tTỊCH", "5\t1\t1\t1\t1\t4\t1110\t100\t40\t30\t43\t„./",
            "5\t1\t1\t2\t1\t1\t1300\t150\t20\t30\t58\t“4",
            "5\t1\t1\t3\t1\t1\t100\t200\t60\t30\t95\tVốn", "5\t1\t1\t3\t1\t2\t170\t200\t60\t30\t95\tkhác",
            "5\t1\t1\t3\t1\t3\t900\t200\t20\t30\t91\t-"]
    text, _ = tsv_to_text("\n".join(rows))
    assert "PHÓ CHỦ TỊCH" in text.split("\n") and "„" not in text and "“4" not in text
    assert "-" in text.split("\n")  # a mark read with confidence stays
