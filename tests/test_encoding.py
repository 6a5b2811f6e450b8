"""Text decoding: UTF-8/16, CP1258 and the legacy TCVN3 and VNI encodings."""
import codecs
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.ingest.encoding import decode_bytes, fix_legacy_text, tcvn3_to_unicode, unicode_to_tcvn3, unicode_to_vni

SAMPLE = ("Kế hoạch xây dựng nông thôn mới nâng cao năm 2024 của UBND xã Thạch Lỗi, huyện Cẩm Giàng. "
          "Tiêu chí Giao thông đạt chuẩn; thu nhập bình quân đầu người đạt 68 triệu đồng; Đại Từ, ưu tiên, quyết định.")


def test_tcvn3_mojibake_reads_back_as_vietnamese():
    assert fix_legacy_text("KÕ ho¹ch x©y dùng")[0] == "Kế hoạch xây dựng"


def test_vni_mojibake_reads_back_as_vietnamese():
    assert fix_legacy_text("Keá hoaïch xaây döïng")[0] == "Kế hoạch xây dựng"


@pytest.mark.parametrize("encode,name", [(unicode_to_tcvn3, "tcvn3"), (unicode_to_vni, "vni")])
def test_legacy_text_converts_back_to_the_original(encode, name):
    legacy = encode(SAMPLE)
    assert legacy != SAMPLE
    text, found = fix_legacy_text(legacy)
    assert found == name
    assert text == SAMPLE


def test_tcvn3_capitals_are_restored_from_their_neighbours():
    # the capitals font drew KẾ HOẠCH with the lower-case bytes
    assert tcvn3_to_unicode(unicode_to_tcvn3("KẾ HOẠCH XÂY DỰNG NÔNG THÔN MỚI")) == "KẾ HOẠCH XÂY DỰNG NÔNG THÔN MỚI"


def test_legacy_bytes_decode_from_a_file():
    data = unicode_to_tcvn3(SAMPLE).encode("latin-1")
    text, enc = decode_bytes(data)
    assert text == SAMPLE and enc == "tcvn3"
    data = unicode_to_vni(SAMPLE).encode("cp1252")
    text, enc = decode_bytes(data)
    assert text == SAMPLE and enc == "vni"


def test_mixed_encoding_file_converts_line_by_line():
    mixed = SAMPLE + "\n" + unicode_to_tcvn3("Tổng kinh phí dự kiến 17,5 tỷ đồng") + "\n" + SAMPLE
    text, enc = fix_legacy_text(mixed)
    assert text.split("\n")[1] == "Tổng kinh phí dự kiến 17,5 tỷ đồng"
    assert text.split("\n")[0] == SAMPLE and text.split("\n")[2] == SAMPLE


def test_a_unicode_plan_with_a_square_metre_scores_only_the_lines_that_could_be_legacy(monkeypatch):
    """"m²" is a TCVN3 mojibake character too: the plan goes to the line scorer, which scores that line and the
    legacy one, not every Unicode line (the slow step of reading a TXT plan)."""
    import pipeline.ingest.encoding as enc

    scored = []
    real = enc.vietnamese_score
    monkeypatch.setattr(enc, "vietnamese_score", lambda t: scored.append(t) or real(t))
    area = "Diện tích nhà ở bình quân đạt 26 m²/người."
    text, _ = fix_legacy_text("\n".join([SAMPLE, area, unicode_to_tcvn3("Tổng kinh phí dự kiến 17,5 tỷ đồng"), SAMPLE]))
    assert text.split("\n") == [SAMPLE, area, "Tổng kinh phí dự kiến 17,5 tỷ đồng", SAMPLE]
    assert SAMPLE not in scored and area in scored


def test_a_short_vni_text_without_mojibake_is_converted():
    # VNI of common words uses only letters like â ê ù á, none of them mojibake (was skipped by the fast path)
    s = "tiêu chí văn hóa xây dựng nông thôn mới"
    legacy = unicode_to_vni(s)
    assert not any(0x1EA0 <= ord(c) <= 0x1EF9 for c in legacy)
    assert fix_legacy_text(legacy) == (s, "vni")
    text, enc = decode_bytes(legacy.encode("cp1252"))
    assert text == s and enc == "vni"


def test_short_unicode_and_latin_text_are_left_alone():
    for s in ("hoà bình", "Café Thanh Hà", "tiên quê muôn"):
        assert fix_legacy_text(s)[0] == s


def test_clean_unicode_is_never_touched():
    assert fix_legacy_text(SAMPLE) == (SAMPLE, None)
    assert decode_bytes(SAMPLE.encode("utf-8")) == (SAMPLE, "utf-8")


@pytest.mark.parametrize("bom,codec", [(codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                                       (codecs.BOM_UTF16_BE, "utf-16-be")])
def test_byte_order_marks(bom, codec):
    text, enc = decode_bytes(bom + SAMPLE.encode(codec))
    assert text == SAMPLE and enc == codec


TONES = "\u0300\u0301\u0303\u0309\u0323"


def _cp1258(s: str) -> bytes:
    """Windows-1258 writes the letter with its shape mark, then the tone as a combining mark."""
    out = b""
    for ch in unicodedata.normalize("NFC", s):
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            d = unicodedata.normalize("NFD", ch)
            base = unicodedata.normalize("NFC", "".join(c for c in d if c not in TONES))
            tone = "".join(c for c in d if c in TONES)
            out += base.encode("cp1258") + tone.encode("cp1258")
    return out


def test_cp1258_windows_vietnamese():
    text, enc = decode_bytes(_cp1258(SAMPLE))
    assert enc == "cp1258"
    assert text == SAMPLE


WORDS = ["kế", "hoạch", "xây", "dựng", "nông", "thôn", "mới", "tiêu", "chí", "đạt", "chuẩn", "giao", "thông", "thủy",
         "lợi", "điện", "trường", "học", "văn", "hóa", "người", "dân", "được", "hướng", "dẫn", "quốc", "phòng", "Đảng",
         "ủy", "Ủy", "ban", "nhân", "xã", "huyện", "tỉnh", "KẾ", "HOẠCH", "ỨNG", "DỤNG", "nghèo", "đa", "chiều", "năm"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=8, max_size=30, unique=True))
def test_property_legacy_round_trip(words):
    # A line of a few distinct words: a single word can be valid in both readings
    # ("dùng" is TCVN3 for "dựng" and a word of its own), a line of eight cannot.
    s = " ".join(words)
    for encode in (unicode_to_tcvn3, unicode_to_vni):
        assert fix_legacy_text(encode(s))[0].lower() == s.lower()


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=400))
def test_property_arbitrary_bytes_never_raise_unexpectedly(data):
    from pipeline.errors import IngestError

    try:
        text, enc = decode_bytes(data)
    except IngestError:
        return
    assert isinstance(text, str)
