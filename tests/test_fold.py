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
