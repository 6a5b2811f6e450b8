"""Criteria statuses on scans whose headings came out as noise (session 14, bad fax seed 131).

Every sentence here is written for these tests."""
from helpers import criteria_statuses as statuses

PLAN = "UBND XÃ HOÀ AN\nKẾ HOẠCH\nXây dựng xã Hoà An đạt chuẩn nông thôn mới năm 2024\nII. THỰC TRẠNG\n"
MET = "a) Những tiêu chí xã đã đạt:\n- Điện;\n- Trường học;\n- Y tế.\n"


def test_a_noisy_line_stating_the_other_status_ends_the_headings_list():
    # the second heading read as noise by the fax: its items are not the ones met, and not guessed either
    text = PLAN + MET + "bì Nhữnq tiêu ch¡ xà chưa đạt\n- Giao thông;\n- Thu nhập.\nIII. MỤC TIÊU\n"
    assert statuses(text) == [(4, "dat"), (5, "dat"), (15, "dat")]


def test_the_second_heading_read_well_gives_its_own_status():
    text = PLAN + MET + "b) Những tiêu chí xã chưa đạt:\n- Giao thông;\n- Thu nhập.\nIII. MỤC TIÊU\n"
    assert statuses(text) == [(2, "chua_dat"), (4, "dat"), (5, "dat"), (10, "chua_dat"), (15, "dat")]



def test_a_bulleted_item_after_the_noise_is_no_new_heading():
    # the noise ends the list; the items after it take no status of their own (a miss, not a guess)
    text = PLAN + MET + "bì Nhữnq tiêu ch¡ xà chưa đạt\n- Nhà ở dân cư;\nIII. MỤC TIÊU\n"
    assert (9, "dat") not in statuses(text) and (9, "chua_dat") not in statuses(text)
