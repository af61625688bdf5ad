"""Figures: values as Vietnamese write them, units, ratios, ranges, words, and what is not a figure."""

import pytest

from bantin_extract.facts import extract
from bantin_extract.figures import find_figures


def one(text: str) -> dict:
    found = find_figures(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "value", "unit", "written"),
    [
        ("Đảng bộ có 08 chi bộ trực thuộc.", 8, "chi bộ", "08 chi bộ"),
        ("huy động được 37,9 triệu đồng cùng vật phẩm", 37_900_000, "đồng", "37,9 triệu đồng"),
        ("thu ngân sách đạt hơn 43,4 tỷ đồng.", 43_400_000_000, "đồng", "hơn 43,4 tỷ đồng"),
        (
            "giải quyết 1.257 thủ tục hành chính.",
            1257,
            "thủ tục hành chính",
            "1.257 thủ tục hành chính",
        ),
        ("mỗi suất trị giá 1.300.000 đồng.", 1_300_000, "đồng", "1.300.000 đồng"),
        ("mỗi suất 500.000đ.", 500_000, "đồng", "500.000đ"),
        (
            "khám cho trên 347.700 lượt người bệnh;",
            347_700,
            "lượt người bệnh",
            "trên 347.700 lượt người bệnh",
        ),
        ("Tham gia lớp học có gần 100 học viên.", 100, "học viên", "gần 100 học viên"),
        ("tỷ lệ đạt 97%.", 97, "%", "97%"),
        ("chiếm tỉ lệ 65 % số cán bộ", 65, "%", "65 %"),
        ("kết nạp được 35 đảng viên mới.", 35, "đảng viên", "35 đảng viên mới"),
        ("có 14 đồng chí Đảng viên được trao tặng", 14, "đảng viên", "14 đồng chí Đảng viên"),
        ("Kết quả có 18/22 đ/c Hoàn thành tốt nhiệm vụ.", 18, "đồng chí", "18/22 đ/c"),
        (
            "cấp mới 19 Giấy chứng nhận quyền sử dụng đất và",
            19,
            "giấy chứng nhận quyền sử dụng đất",
            "19 Giấy chứng nhận quyền sử dụng đất",
        ),
        (
            "có 231 học sinh, sinh viên được kết nạp",
            231,
            "học sinh, sinh viên",
            "231 học sinh, sinh viên",
        ),
        (
            "giới thiệu 13 “Gương mặt trẻ tiêu biểu”;",
            13,
            "gương mặt trẻ tiêu biểu",
            "13 “Gương mặt trẻ tiêu biểu”",
        ),
        ("Trong đó có 9 chi bộ khu dân cư và", 9, "chi bộ khu dân cư", "9 chi bộ khu dân cư"),
        ("TOÀN BỘ 13/13 CHI BỘ TỔ CHỨC ĐẠI HỘI", 13, "chi bộ", "13/13 CHI BỘ"),
    ],
)
def test_values_and_units(text, value, unit, written):
    figure = one(text)
    assert (figure["value"], figure["unit"], figure["text"]) == (value, unit, written)


def test_ratio_gives_total_and_range_gives_value_max():
    assert one("có 17/17 đảng viên dự họp")["total"] == 17
    figure = one("tỷ lệ từ 41-60% được đánh giá")
    assert (figure["value"], figure["value_max"], figure["text"]) == (41, 60, "41-60%")


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("chúc mừng hai đảng viên mới", 2, "đảng viên"),
        ("hai quần chúng ưu tú vinh dự", 2, "quần chúng ưu tú"),
        ("tại địa bàn hai xã Đông Giang", 2, "xã"),
        ("có mười lăm đồng chí dự", 15, "đồng chí"),
        ("chi bộ có thêm một đảng viên mới", 1, "đảng viên"),
        ("Hai mươi lăm hộ nghèo được hỗ trợ", 25, "hộ nghèo"),
    ],
)
def test_numbers_in_words(text, value, unit):
    figure = one(text)
    assert (figure["value"], figure["unit"], figure["words"]) == (value, unit, True)


def test_every_mention_in_order_with_elliptic_categories():
    found = find_figures("Gồm có 12 đảng viên (10 chính thức, 02 dự bị). Chi bộ có 12 đảng viên.")
    assert [(f["value"], f["unit"]) for f in found] == [
        (12, "đảng viên"),
        (10, "đảng viên chính thức"),
        (2, "đảng viên dự bị"),
        (12, "đảng viên"),
    ]


def test_share_of_a_total_takes_the_noun_after_it():
    found = find_figures("Đây là 2 trong tổng số 5 chi bộ được thành lập.")
    assert [(f["value"], f["unit"], f["text"]) for f in found] == [
        (2, "chi bộ", "2"),
        (5, "chi bộ", "5 chi bộ"),
    ]


def test_one_after_a_share_of_a_total_does_not_crash():
    # The share ends with its number: "một" after it is still read against the count before.
    found = find_figures("Có 4 đảng viên, 2 trong tổng số 5 chi bộ và một chi bộ mới.")
    assert [(f["value"], f["unit"]) for f in found] == [
        (4, "đảng viên"),
        (2, "chi bộ"),
        (5, "chi bộ"),
        (1, "chi bộ"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Sáng ngày 05/3/2024 lúc 7h30, 9 giờ, năm 2023, tháng 4/2018, nhiệm kỳ 2020-2025.",
        "sau 07 ngày làm việc, 35 năm đổi mới, 06 tháng đầu năm, thời gian dự bị một năm",
        "đảng viên 18 tuổi, sinh năm 1936, kỷ niệm 50 năm thành lập, Huy hiệu 40 năm tuổi Đảng",
        "65, 50, 45, 40 và 30 năm tuổi Đảng",
        "Đại hội lần thứ 13, đợt 1, quý 2, khóa 11, Nghị quyết Trung ương 7, Hình 1",
        "chi bộ 20 quản lý, Chi bộ 2 thăm, chi bộ 20A, Tổ dân phố 55,56 và 57;",
        "lớp 12A5, phòng họp A. 908, số 72 đường Lê Lợi, tầng 6",
        "theo Quyết định số 77-QĐ/ĐU và Nghị định 43/2019/NĐ-CP",
        "Điện thoại 0912345678 hoặc 0236 3821 123",
        "phong trào “chi bộ bốn tốt”, “3 sạch”, mô hình chính quyền địa phương 2 cấp",
        "sinh viên 3 tốt và 5 tốt, Đề án 06 của Chính phủ",
        "một buổi sinh hoạt, một số đảng viên, một trong những chi bộ, cho một học sinh",
        "Hàng năm chi bộ họp; Mô hình thứ hai; Ba là, tăng cường",
        "Kết quả, chi bộ khóm Mỹ Thọ và chi bộ Quân sự là 02",  # cut off by the excerpt's end
        "Chi bộ có 25 đảng vi",  # the unit itself cut off
    ],
)
def test_not_figures(text):
    assert find_figures(text) == []


def test_document_numbers_are_not_counted_through_extract():
    facts = extract(
        "Quyết định số 79-QĐ/ĐU ngày 01/8/2022 sáp nhập; Chi bộ 7 quản lý 26 đảng viên."
    )
    assert [(f["value"], f["unit"]) for f in facts["figures"]] == [(26, "đảng viên")]


@pytest.mark.parametrize(
    ("text", "value", "value_max", "unit"),
    [
        ("Sản lượng lúa đạt từ 5,5 đến 6 tấn mỗi vụ.", 5.5, 6, "tấn"),
        ("Doanh thu tăng từ 8 đến 10%/năm.", 8, 10, "%"),
        ("Mỗi tổ có từ 12 tới 15 hộ gia đình.", 12, 15, "hộ gia đình"),
        ("Quỹ hỗ trợ từ 2 đến 3 triệu đồng mỗi hộ.", 2_000_000, 3_000_000, "đồng"),
    ],
)
def test_ranges_written_with_words_keep_both_ends(text, value, value_max, unit):
    figure = one(text)
    assert (figure["value"], figure["value_max"], figure["unit"]) == (value, value_max, unit)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Tổng kinh phí xây dựng là 356.200.000 đồng.", 356_200_000),
        ("trao 20.000.000 đồng cho quỹ khuyến học", 20_000_000),
        ("với tổng số tiền 2.400.000.000 đồng", 2_400_000_000),
        ("mỗi hộ được hỗ trợ 45.500.000đ", 45_500_000),
    ],
)
def test_amounts_of_eight_digits_and_more_are_money_not_phones(text, value):
    assert (one(text)["value"], one(text)["unit"]) == (value, "đồng")


def test_a_phone_number_is_still_not_a_figure():
    assert find_figures("Liên hệ số 0912.345.678 hoặc 0243 825 1234 để đăng ký.") == []


def test_a_count_after_dia_ban_is_counted():
    figure = one("Mô hình được nhân rộng trên địa bàn 7 xã, thị trấn.")
    assert (figure["value"], figure["unit"]) == (7, "xã")


def test_mot_after_a_digit_count_of_the_same_noun_is_a_count():
    found = find_figures("Hội nghị bầu 5 ủy viên chính thức và một ủy viên dự khuyết.")
    assert [(f["value"], f.get("words")) for f in found] == [(5, None), (1, True)]
    # Before a closed counted noun it counts too; before an open one it stays an article.
    found = find_figures("Chi bộ kết nạp 2 đảng viên và một quần chúng ưu tú.")
    assert [(f["value"], f["unit"]) for f in found] == [(2, "đảng viên"), (1, "quần chúng ưu tú")]
    found = find_figures("Chi bộ có 9 đảng viên và một buổi sinh hoạt chuyên đề.")
    assert [f["value"] for f in found] == [9]


def test_unit_stops_before_tri_gia():
    found = find_figures("Bàn giao 3 căn nhà tình nghĩa trị giá 150 triệu đồng.")
    assert [f["unit"] for f in found] == ["căn nhà tình nghĩa", "đồng"]
