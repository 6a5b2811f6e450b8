"""Folding for matching: diacritics off, lower case, and never a character more or less."""
import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from extractors.fold import _fold_char, fold_keep_length

VIETNAMESE = "aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ"
LETTERS = VIETNAMESE + VIETNAMESE.upper() + " ,.;:/-0123456789()“”–"


def test_a_vietnamese_phrase_folds_to_its_bare_letters():
    assert fold_keep_length("Thủy lợi, ĐIỆN nông thôn") == "thuy loi, dien nong thon"


@given(st.text(alphabet=LETTERS, max_size=80))
def test_folding_keeps_every_offset(s):
    s = unicodedata.normalize("NFC", s)
    folded = fold_keep_length(s)
    assert len(folded) == len(s)
    assert folded == "".join(_fold_char(c) if len(_fold_char(c)) == 1 else c for c in s).lower()


@given(st.text(max_size=40))
def test_any_text_keeps_its_length(s):
    assert len(fold_keep_length(s)) == len(s)


@given(st.text(alphabet=LETTERS, max_size=40))
def test_folding_needs_no_tone_placement_first(s):
    # matching keys fold without unify_tone_placement: the fold drops the mark wherever it sits
    from extractors.fold import fold, unify_tone_placement

    assert fold(unify_tone_placement(s)) == fold(s)


def test_either_tone_placement_gives_one_key():
    from extractors.fold import word_key

    assert word_key("hoá") == word_key("hóa") == "hoa"
    assert word_key("Thuỷ") == word_key("thủy")
