"""find_people: who is a person — names, honorifics, degrees, lists, organisations, bylines (sentences written for the tests)."""

import pytest
from people_support import BODY, by_name, people


def test_capitalised_ong_inside_a_sentence_is_a_family_name():
    found = people(
        "Khen thưởng các đồng chí Nguyễn Đức Lâm, Ông Văn Lộc và TS. Ông Thị Hoa; "
        "cùng dự, Ông Trần Văn Bảy phát biểu."
    )
    assert [(p["name"], p["honorific"]) for p in found] == [
        ("Nguyễn Đức Lâm", "đồng chí"),
        ("Ông Văn Lộc", "đồng chí"),
        ("Ông Thị Hoa", "đồng chí"),
        ("Trần Văn Bảy", "ông"),
    ]


def test_honorific_introducing_a_list_of_lines_applies_to_each_line():
    text = (
        "Đại hội bầu Chi ủy nhiệm kỳ 2025 - 2030 gồm các đồng chí:\n1. Nguyễn Văn An – Bí thư "
        "Chi bộ\n2. Trần Thị Bình – Phó Bí thư\n- Lê Minh Cường, Chi ủy viên\nĐại hội kết thúc. "
        "Bạn Phạm Thu Hà và Đ.c Hoàng Văn Nam dự."
    )
    assert [(p["name"], p["honorific"], p["role"]) for p in people(text)] == [
        ("Nguyễn Văn An", "đồng chí", "Bí thư Chi bộ"),
        ("Trần Thị Bình", "đồng chí", "Phó Bí thư"),
        ("Lê Minh Cường", "đồng chí", "Chi ủy viên"),
        ("Phạm Thu Hà", None, None),
        ("Hoàng Văn Nam", "đồng chí", None),
    ]


def test_counted_honorific_before_a_list():
    found = people("Chi bộ kết nạp 2 đồng chí đảng viên: Ngô Thị Mai và Đinh Văn Hùng.")
    assert [(p["name"], p["honorific"]) for p in found] == [
        ("Ngô Thị Mai", "đồng chí"),
        ("Đinh Văn Hùng", "đồng chí"),
    ]


def test_students_listed_without_honorific_keep_their_class():
    found = people(
        "Ba học sinh được kết nạp gồm: Trần Bảo Ngọc, lớp 12A2; Lê Khôi, lớp 12A6 "
        "và Hà Thu Trang, lớp 11A1."
    )
    assert [(p["name"], p["honorific"], p["role"]) for p in found] == [
        ("Trần Bảo Ngọc", None, "lớp 12A2"),
        ("Lê Khôi", None, "lớp 12A6"),
        ("Hà Thu Trang", None, "lớp 11A1"),
    ]


@pytest.mark.parametrize(
    ("written", "degree"),
    [
        ("PGS, TS.", "PGS.TS."),
        ("PGS.TS", "PGS.TS."),
        ("GS. TS", "GS.TS."),
        ("Th.S", "ThS."),
        ("Tiến sĩ", "TS."),
        ("NGƯT.TS.", "TS."),
        ("Bác sĩ CKI", "BSCKI."),
        ("Bác sĩ CKII", "BSCKII."),
        ("BS", "BS."),
        ("KS.", "KS."),
    ],
)
def test_degrees_are_normalised(written, degree):
    found = people(f"{written} Mạc Văn Tiến, Hiệu trưởng nhà trường phát biểu.")
    assert found == [
        {
            "name": "Mạc Văn Tiến",
            "honorific": None,
            "degree": degree,
            "role": "Hiệu trưởng nhà trường",
        }
    ]


def test_short_names_after_a_colon_or_gom():
    found = people(
        "Chủ trì: Lê Hà. Thư ký: Trần Vũ. Địa điểm: Hà Nam. Tổ công tác gồm Đỗ Hùng và Phạm Nga."
    )
    assert [(p["name"], p["role"]) for p in found] == [
        ("Lê Hà", None),
        ("Trần Vũ", "Thư ký"),
        ("Đỗ Hùng", None),
        ("Phạm Nga", None),
    ]


def test_organisations_places_and_concepts_named_after_people_are_not_people():
    assert (
        people(
            "Chi đoàn Trường THPT Trần Phú phối hợp với Đoàn TNCS Hồ Chí Minh phường Nguyễn Thị "
            "Minh Khai học tập tư tưởng Hồ Chí Minh tại TP. Hồ Chí Minh. Đường Nguyễn Văn Cừ đông "
            "vui. Đồng chí Bí thư Chi bộ phát biểu. Đoàn viên đến từ Hà Nội. Bệnh viện Đa khoa Phạm "
            "Ngọc Thạch và Trường Tiểu học Lê Văn Tám nhận giải. Công ty Cổ phần Hoàng Anh Gia Lai "
            "tài trợ; đền thờ Lý Thái Tổ được tu bổ."
        )
        == []
    )


def test_president_ho_chi_minh_is_incidental():
    assert people("Trước chân dung Chủ tịch Hồ Chí Minh, đảng viên mới tuyên thệ.") == [
        {
            "name": "Hồ Chí Minh",
            "honorific": None,
            "degree": None,
            "role": "Chủ tịch",
            "incidental": True,
        }
    ]


def test_photo_credit_and_closing_byline_are_incidental():
    found = people(f"{BODY}\nẢnh: Quốc Tuấn\n{BODY}\nThu Hằng")
    assert found == [
        {"name": "Quốc Tuấn", "honorific": None, "degree": None, "role": None, "incidental": True},
        {"name": "Thu Hằng", "honorific": None, "degree": None, "role": None, "incidental": True},
    ]


def test_several_credited_authors_and_a_byline_with_its_unit():
    found = people(
        f"{BODY}\nTin và ảnh: Hoàng Yến - Thanh Tâm\n{BODY}\nLưu Thị Hương (Trung tâm "
        "Chính trị huyện)"
    )
    assert [(p["name"], p.get("incidental"), p["role"]) for p in found] == [
        ("Hoàng Yến", True, None),
        ("Thanh Tâm", True, None),
        ("Lưu Thị Hương", True, None),
    ]


def test_headlines_of_other_articles_after_the_article_are_not_read():
    text = f"{BODY}\nĐồng chí Lê Văn Bình phát biểu.\nTin liên quan\nĐồng chí Trần Văn An thăm xã"
    assert [p["name"] for p in people(text)] == ["Lê Văn Bình"]


def test_labels_standing_alone_are_not_bylines():
    assert people(f"{BODY}\nTin Tức\nXem Thêm\nNghệ An\nĐà Nẵng") == []


def test_name_in_capitals_is_kept_and_runs_into_the_headline_are_cut():
    found = people(
        "ĐỒNG CHÍ PHAN VĂN HẢI THĂM CHI BỘ\nSáng nay, đồng chí Phan Văn Hải, Bí thư "
        "Huyện ủy đã thăm chi bộ."
    )
    assert [(p["name"].casefold(), p["role"]) for p in found] == [
        ("phan văn hải", "Bí thư Huyện ủy")
    ]


def test_headline_in_title_case_does_not_lengthen_the_name():
    found = people(
        "Đồng Chí Phan Văn Hải Thăm Và Làm Việc Tại Xã\nSáng nay, đồng chí Phan Văn "
        "Hải, Bí thư Huyện ủy đã thăm xã."
    )
    assert [(p["name"], p["role"]) for p in found] == [("Phan Văn Hải", "Bí thư Huyện ủy")]


def test_name_cut_by_a_lower_case_last_syllable_joins_the_full_name_in_first_place():
    found = people(
        "Đ/c Lê Thị Hồng vân phát biểu. Đồng chí Trần Văn An dự. Đồng chí Lê Thị Hồng Vân cảm ơn."
    )
    assert [p["name"] for p in found] == ["Lê Thị Hồng Vân", "Trần Văn An"]


@pytest.mark.parametrize(
    "name", ["Nguyễn Văn Khoa", "Lê Quang Vinh", "Nguyễn Hải Dương", "Phạm Văn Toàn", "Hồ Thị Như"]
)
def test_given_names_that_are_also_words_or_places(name):
    assert [p["name"] for p in people(f"Sau đó {name} phát biểu; đồng chí {name}, Bí thư.")] == [
        name
    ]


def test_whole_page_with_menus_and_footer():
    page = (
        "Trang chủ\nGiới thiệu\nTin tức - Sự kiện\nTrường THPT Nguyễn Trãi - Ba Đình\n"
        "Sáng 10/10, chi bộ kết nạp quần chúng ưu tú Đặng Thùy Linh, giáo viên môn Ngữ văn. Dự "
        "lễ có đồng chí Hoàng Minh Tuấn, Phó Bí thư Đảng ủy phường Kim Mã và các đảng viên.\n"
        "Bài và ảnh: Thu Trang\nTin liên quan\nĐịa chỉ: Số 50 phố Nam Cao, phường Giảng Võ, Hà Nội\n"
        "Chịu trách nhiệm nội dung: Ông Đào Văn Tiến - Hiệu trưởng"
    )
    assert [(p["name"], p["role"], p.get("incidental", False)) for p in people(page)] == [
        ("Đặng Thùy Linh", "giáo viên môn Ngữ văn", False),
        ("Hoàng Minh Tuấn", "Phó Bí thư Đảng ủy phường Kim Mã", False),
        ("Thu Trang", None, True),
    ]


def test_names_split_onto_their_own_line_by_inline_markup_are_rejoined():
    # Rendered Markdown gives "Đồng chí **Triệu Minh Anh**, sinh viên …" as three lines.
    text = f"{BODY}\nĐồng chí\nTriệu Minh Anh\n, sinh viên lớp K48 Toán, Phó Chủ nhiệm Câu lạc bộ Tin học."
    assert people(text) == [
        {
            "name": "Triệu Minh Anh",
            "honorific": "đồng chí",
            "degree": None,
            "role": "sinh viên lớp K48 Toán, Phó Chủ nhiệm Câu lạc bộ Tin học",
        }
    ]


def test_no_break_space_inside_a_name_does_not_split_it():
    assert [p["name"] for p in people("Đồng chí Lưu\u00a0Văn Đức phát biểu.")] == ["Lưu Văn Đức"]


def test_ong_before_a_middle_and_a_given_name_is_the_family_name():
    # Sentence-initial "Ông" + two syllables starting with Văn/Thị: a three-syllable name.
    # With three syllables after it, or a family name after it, "Ông" is the honorific.
    found = people("Ông Văn Lộc phát biểu tại buổi lễ. Ông Văn Thanh Hải cảm ơn. Ông Trần Bảo dự.")
    assert [(p["name"], p["honorific"]) for p in found] == [
        ("Ông Văn Lộc", None),
        ("Văn Thanh Hải", "ông"),
        ("Trần Bảo", "ông"),
    ]


def test_singular_honorific_before_a_pair_goes_to_the_first_name_only():
    found = people("Chi bộ kết nạp đồng chí Lê Thị Mai và Trần Văn Bình vào Đảng.")
    assert [(p["name"], p["honorific"]) for p in found] == [
        ("Lê Thị Mai", "đồng chí"),
        ("Trần Văn Bình", None),
    ]


def test_the_late_and_the_authors_studied_are_incidental():
    found = by_name(
        "Chi bộ tưởng nhớ cố Bí thư Nguyễn Văn Cừ và nguyên Bí thư Trần Văn Tư (đã mất), "
        "nghiên cứu cuốn sách của Tổng Bí thư Nguyễn Phú Trọng. Đồng chí Lê Văn Hải chủ trì."
    )
    assert {name: p.get("incidental", False) for name, p in found.items()} == {
        "Nguyễn Văn Cừ": True,
        "Trần Văn Tư": True,
        "Nguyễn Phú Trọng": True,
        "Lê Văn Hải": False,
    }


def test_full_names_in_capitals_without_an_honorific():
    found = people(
        "BÍ THƯ TỈNH ỦY NGUYỄN VĂN HẢI THĂM CHI BỘ TRƯỜNG THPT TRẦN HƯNG ĐẠO\n"
        "Chi bộ do LÊ THỊ HOA làm bí thư; LỰC LƯỢNG VŨ TRANG NHÂN DÂN, CÔNG TÁC XÂY DỰNG ĐẢNG."
    )
    assert [p["name"] for p in found] == ["NGUYỄN VĂN HẢI", "LÊ THỊ HOA"]


def test_names_of_ethnic_minorities():
    found = people(
        "Đồng chí KSOR Y PHƯỚC, Phó Bí thư phát biểu. Bà H'Hen Niê, đồng chí Rơ Châm Ú, Giàng "
        "A Páo, Sùng A Hồ, chị H’Yâm Niê Kdăm, giáo viên, và anh Y Moan Niê dự. Đại úy Sầm Thị "
        "Hoa, Trợ lý Tuyên huấn đọc quyết định. Chi bộ trường Cao đẳng Y Hà Nội kết nạp đảng viên."
    )
    assert [(p["name"], p["role"]) for p in found] == [
        ("KSOR Y PHƯỚC", "Phó Bí thư"),
        ("H'Hen Niê", None),
        ("Rơ Châm Ú", None),
        ("Giàng A Páo", None),
        ("Sùng A Hồ", None),
        ("H’Yâm Niê Kdăm", "giáo viên"),
        ("Y Moan Niê", None),
        ("Sầm Thị Hoa", "Trợ lý Tuyên huấn"),
    ]


def test_family_names_that_are_words_and_given_names_that_are_honorifics():
    found = people(
        "Đồng chí Bế Thị Hoài phát biểu. Đồng chí Phan Thị Em, Bí thư Chi bộ chủ trì. "
        "Ông Trương Văn Em (SN 1950) dự."
    )
    assert [p["name"] for p in found] == ["Bế Thị Hoài", "Phan Thị Em", "Trương Văn Em"]


@pytest.mark.parametrize(
    "headline",
    [
        "CHI BỘ KẾT NẠP 03 ĐẢNG VIÊN MỚI CHÀO MỪNG NGÀY THÀNH LẬP ĐẢNG",
        "TRAO HUY HIỆU CHO 15 ĐẢNG VIÊN LÃO THÀNH VÀ THĂM HỎI CÁC ĐẢNG VIÊN CAO TUỔI",
    ],
)
def test_status_words_in_a_headline_in_capitals_introduce_no_name(headline):
    assert people(headline) == []


def test_a_name_closing_a_quoted_campaign_title_is_not_a_person():
    text = (
        'Đoàn trường phát động phong trào "Thanh niên Nguyễn Văn Trỗi" và “Tuổi trẻ Lý Tự Trọng”.'
    )
    assert people(text) == []


@pytest.mark.parametrize(
    "line", ["Văn Thanh - Hải Yến", "Minh Tâm, Thu Hà", "NGỌC ÁNH và THU HIỀN"]
)
def test_a_byline_with_two_authors(line):
    found = people(f"{BODY}\n{line}")
    assert len(found) == 2
    assert all(p["incidental"] and p["role"] is None for p in found)
