"""Money as the genre writes it (docs/genre.md §3): each test on a sentence written for it."""
import pytest

from extractors.facts.budgets import extract as budgets
from extractors.model import Document
from extractors.money import amount_of, money_in


@pytest.mark.parametrize("raw,vnd", [
    ("47, 2 tỷ đồng", 47_200_000_000),          # §3a decimal comma then a space
    ("3 tỷ 650 triệu đồng", 3_650_000_000),      # §3a compound amount
    ("12 tỉ đồng", 12_000_000_000),              # §3a "tỉ" spelling
    ("1,8 nghìn tỷ đồng", 1_800_000_000_000),    # §3a nghìn tỷ
    ("4 ngàn tỷ đồng", 4_000_000_000_000),
    ("19,047 tỷ đồng", 19_047_000_000),          # §3a three decimals after the comma are decimals
    ("36.415 tỷ đồng", 36_415_000_000_000),      # §3a dot thousands inside tỷ
    ("12.306,5 tỷ đồng", 12_306_500_000_000),    # §3a both separators
    ("5 triệu 500 nghìn đồng", 5_500_000),
])
def test_written_forms_resolve_to_one_amount(raw, vnd):
    found = money_in(f"Tổng kinh phí dự kiến {raw}.")
    assert [a.vnd for a in found] == [vnd]


def test_a_compound_amount_is_known_to_its_last_part():
    assert amount_of("7 tỷ 120 triệu đồng").precision == 1_000_000


def test_two_separate_amounts_stay_two():
    assert [a.vnd for a in money_in("ngân sách tỉnh 3 tỷ đồng, 200 triệu đồng do xã bố trí")] == [3_000_000_000, 200_000_000]


def test_a_decimal_amount_is_not_joined_to_the_next():
    assert [a.vnd for a in money_in("1,5 tỷ 300 triệu")] == [1_500_000_000, 300_000_000]


@pytest.mark.parametrize("text", [
    "Liên hệ: (0212) 38.451.226",                 # §3d phone numbers
    "có 12.450 người, 3.120 hộ và 2.680 cuốn sách",  # §3d dotted counts
    "lượt truy cập 11.305.207",
])
def test_dotted_numbers_without_a_money_word_are_not_money(text):
    assert money_in(text) == ()


def _one(sentence):
    got = budgets(Document.from_text(sentence))
    assert len(got) == 1, got
    return got[0]


@pytest.mark.parametrize("word", ["trên", "gần", "khoảng", "hơn", "ước"])
def test_hedged_amounts_are_flagged_approximate(word):  # §3b
    b = _one(f"- Huy động nguồn lực xây dựng đường giao thông {word} 6,4 tỷ đồng;")
    assert b.approximate and b.amount_vnd == 6_400_000_000


def test_a_plain_amount_is_not_approximate():
    assert not _one("- Dự kiến kinh phí xây dựng nhà văn hóa thôn Đông 2,2 tỷ đồng;").approximate


def test_a_share_of_the_total_is_kept():  # §3c "chiếm y%"
    b = _one("- Vốn ngân sách tỉnh: 5 tỷ 600 triệu đồng (chiếm 35,5% tổng nguồn vốn);")
    assert (b.amount_vnd, b.share_pct, b.role) == (5_600_000_000, 35.5, "source")


@pytest.mark.parametrize("sentence", [
    "- Mức hỗ trợ bình quân 1,2 tỷ đồng/xã để làm đường nội đồng;",     # §3a rate units
    "- Phấn đấu thu nhập đạt 58 triệu đồng/người/năm;",
    "- Hỗ trợ 15 triệu đồng/hộ làm nhà vệ sinh;",
])
def test_per_unit_rates_are_not_budgets(sentence):
    assert budgets(Document.from_text(sentence)) == []


def test_cong_in_cong_trinh_is_not_a_total():  # "công" folds to the total cue "cong"; only "cộng" is one
    text = ("Kinh phí thực hiện:\n- Xây dựng công trình nước sạch thôn Bình Yên: 1,2 tỷ đồng;\n"
            "- Trang bị cho công an xã: 350 triệu đồng;\n- Bê tông hóa đường liên thôn: 2,4 tỷ đồng;\n"
            "- Hỗ trợ cộng đồng dân cư: 150 triệu đồng;\nTổng cộng: 4,1 tỷ đồng.\nCộng: 4,1 tỷ đồng")
    got = [(b.amount_vnd, b.role) for b in budgets(Document.from_text(text))]
    assert got[0] == (1_200_000_000, "item") and "total" not in [r for _, r in got[:4]]
    assert got[4:] == [(4_100_000_000, "total"), (4_100_000_000, "total")]


def test_a_table_row_on_a_cong_trinh_is_an_item():
    text = ("Đơn vị tính: triệu đồng\nTT | Nội dung | Kinh phí\n1 | Công trình thủy lợi nội đồng | 900\n"
            "2 | Cộng đồng tự làm đường | 300\n | Tổng cộng | 1.200")
    got = [(b.amount_vnd, b.role) for b in budgets(Document.from_text(text))]
    assert got == [(900_000_000, "item"), (300_000_000, "item"), (1_200_000_000, "total")]


@pytest.mark.parametrize("sentence", [   # §3a a money range is not a stated amount: no item for either end
    "- Nâng cấp đường trục thôn Hòa Mỹ: dự kiến kinh phí từ 4 đến 6 tỷ đồng;",
    "- Kiên cố hóa kênh mương nội đồng: kinh phí 1-2 tỷ;",
    "- Lắp đặt đèn chiếu sáng đường làng: kinh phí 3–5 tỷ đồng;",
    "- Sửa chữa trạm y tế xã: từ 700 triệu đến 1,2 tỷ đồng;",
    "- Cải tạo sân vận động xã: khoảng 4-7 tỷ đồng;",
    "- Xây dựng chợ nông thôn: từ 1,5 - 2,5 tỷ đồng;",
    "- Mua sắm trang thiết bị nhà văn hóa: 300 tới 450 triệu đồng;",
    "- Trồng cây xanh: từ 200.000.000 - 350.000.000 đồng;",
])
def test_a_money_range_gives_no_item(sentence):
    assert budgets(Document.from_text(sentence)) == []


@pytest.mark.parametrize("sentence,vnd,role", [   # ordinary forms beside the range words stay one amount
    ("- Xây dựng nhà văn hóa thôn Tây: 3 tỷ 150 triệu đồng;", 3_150_000_000, "item"),
    ("- Tổng kinh phí: 58, 4 tỷ đồng;", 58_400_000_000, "total"),
    ("- Từ nguồn vốn ngân sách huyện 7 tỷ đồng;", 7_000_000_000, "source"),
    ("- Kinh phí thực hiện giai đoạn 2021-2025 là 26 tỷ đồng;", 26_000_000_000, "item"),
    ("- Kinh phí giai đoạn 2021 – 2025: 9 tỷ đồng;", 9_000_000_000, "item"),
    ("- Còn lại là 4 tỷ đồng;", 4_000_000_000, "other"),
    ("- Tiêu chí số 6 - 14 tỷ đồng;", 14_000_000_000, "other"),   # a label before the dash, not a lower end
    ("- Năm 2024 – 3,5 tỷ đồng;", 3_500_000_000, "other"),
    ("- Thôn 5 – 900 triệu đồng;", 900_000_000, "other"),
    ("- Ngày 20/4 - 2 tỷ đồng;", 2_000_000_000, "other"),                 # a date before the dash
    ("- Kinh phí đến năm 2025 là 11 tỷ đồng;", 11_000_000_000, "item"),
])
def test_range_words_beside_an_ordinary_amount_keep_it(sentence, vnd, role):
    b = _one(sentence)
    assert (b.amount_vnd, b.role) == (vnd, role)


def test_a_range_does_not_hide_the_amounts_around_it():
    text = "- Đường ngõ xóm: 2,5 tỷ đồng; nhà văn hóa: từ 1 đến 2 tỷ đồng; cống thoát nước: 800 triệu đồng."
    assert [b.amount_vnd for b in budgets(Document.from_text(text))] == [2_500_000_000, 800_000_000]


def test_two_amounts_that_fall_are_no_range():   # "3 tỷ - 1 tỷ" is a difference, not a range: no end is refused
    got = budgets(Document.from_text("- Cân đối: 3 tỷ đồng - 1 tỷ đồng;"))
    assert [b.amount_vnd for b in got] == [3_000_000_000, 1_000_000_000]


def test_a_calculation_that_goes_negative_is_no_range():   # "A - B = C" stays three amounts for the arithmetic check
    got = budgets(Document.from_text("- Cân đối: 4 tỷ đồng - 6 tỷ đồng = -2 tỷ đồng;"))
    assert [b.amount_vnd for b in got][:2] == [4_000_000_000, 6_000_000_000]
