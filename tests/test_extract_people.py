"""find_people: names, honorifics, degrees, roles, lists, organisations, bylines (sentences written for the tests)."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bantin_extract.people import find_people
from bantin_extract.text import prepare

BODY = "Hội nghị diễn ra trong không khí dân chủ, cởi mở và đạt được nhiều kết quả tốt đẹp."


def people(text: str) -> list[dict]:
    return find_people(prepare(text))


def by_name(text: str) -> dict[str, dict]:
    return {person["name"]: person for person in people(text)}


def test_appositive_roles_cut_before_the_next_person_and_the_verb():
    found = people(
        "Dự hội nghị có đồng chí Trần Văn Bình – Tỉnh ủy viên, Bí thư Huyện ủy, "
        "đồng chí Lý Thị Hạnh, Phó Chủ tịch UBND huyện cùng các đồng chí trong Ban Thường vụ."
    )
    assert found == [
        {
            "name": "Trần Văn Bình",
            "honorific": "đồng chí",
            "degree": None,
            "role": "Tỉnh ủy viên, Bí thư Huyện ủy",
        },
        {
            "name": "Lý Thị Hạnh",
            "honorific": "đồng chí",
            "degree": None,
            "role": "Phó Chủ tịch UBND huyện",
        },
    ]


def test_role_in_parentheses_and_verb_after_role():
    found = by_name(
        "Thầy giáo Đặng Quốc Bảo (Tổ trưởng Tổ Toán) và em Chu Ngọc Ánh (lớp 11B3) nhận giấy khen. "
        "Đ/c Hà Văn Nam, Trưởng Ban Tổ chức Huyện ủy trao quyết định."
    )
    assert found["Đặng Quốc Bảo"]["honorific"] == "thầy"
    assert found["Đặng Quốc Bảo"]["role"] == "Tổ trưởng Tổ Toán"
    assert found["Chu Ngọc Ánh"] == {
        "name": "Chu Ngọc Ánh",
        "honorific": "em",
        "degree": None,
        "role": "lớp 11B3",
    }
    assert found["Hà Văn Nam"]["role"] == "Trưởng Ban Tổ chức Huyện ủy"


def test_plural_honorific_and_shared_affiliation_apply_to_every_name():
    found = people(
        "Tham dự có các đồng chí: Nguyễn Văn Tám, Phạm Thị Lan và Đỗ Minh Châu - Ủy viên Ban "
        "Thường vụ Đảng ủy xã."
    )
    assert [p["name"] for p in found] == ["Nguyễn Văn Tám", "Phạm Thị Lan", "Đỗ Minh Châu"]
    assert {p["honorific"] for p in found} == {"đồng chí"}
    assert {p["role"] for p in found} == {"Ủy viên Ban Thường vụ Đảng ủy xã"}


def test_list_names_are_not_roles_and_degrees_are_not_roles():
    found = people(
        "Chi ủy gồm các đồng chí Mai Thị Thu Hằng, Đoàn Văn Chương và Lục Thị Ngân. "
        "Đồng chí PGS.TS. Mai Thị Thu Hằng, TS. Đoàn Văn Chương cùng dự."
    )
    assert [(p["name"], p["degree"], p["role"]) for p in found] == [
        ("Mai Thị Thu Hằng", "PGS.TS.", None),
        ("Đoàn Văn Chương", "TS.", None),
        ("Lục Thị Ngân", None, None),
    ]


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


def test_unlisted_degrees_and_office_abbreviations_still_introduce_names():
    found = people(
        "GS.TSKH Nguyễn Văn Hiệu, BSCK1 Trần Thị Lan, DS Lê Minh Châu và PCT Hoàng Văn "
        "Sỹ dự lễ tại Trường THPT Trần Phú."
    )
    assert [(p["name"], p["degree"]) for p in found] == [
        ("Nguyễn Văn Hiệu", "GS.TS."),
        ("Trần Thị Lan", "BSCKI."),
        ("Lê Minh Châu", None),
        ("Hoàng Văn Sỹ", None),
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


def test_title_before_the_name_is_the_role():
    found = by_name(
        "Phó Bí thư Thường trực Huyện ủy Trịnh Xuân Quang dự và phát biểu.\n"
        "Chủ tịch UBND xã: ThS. Kiều Thị Nga."
    )
    assert found["Trịnh Xuân Quang"]["role"] == "Phó Bí thư Thường trực Huyện ủy"
    assert found["Kiều Thị Nga"]["role"] == "Chủ tịch UBND xã"
    assert found["Kiều Thị Nga"]["degree"] == "ThS."


def test_honorific_before_the_title_before_the_name():
    found = people("Phát biểu tại hội nghị, đồng chí Bí thư Chi bộ Nguyễn Văn An nhấn mạnh.")
    assert found == [
        {"name": "Nguyễn Văn An", "honorific": "đồng chí", "degree": None, "role": "Bí thư Chi bộ"}
    ]


def test_age_in_parentheses_is_not_a_role_and_abbreviated_status_introduces_a_name():
    found = people(
        "Ông Lê Văn Tư (65 tuổi), chị Võ Thị Bông (SN 1995) và NCS Phạm Thu Trang, SV Trần "
        "Minh Đức (lớp K66) phát biểu."
    )
    assert [(p["name"], p["role"]) for p in found] == [
        ("Lê Văn Tư", None),
        ("Võ Thị Bông", None),
        ("Phạm Thu Trang", None),
        ("Trần Minh Đức", "lớp K66"),
    ]


def test_role_joined_only_by_a_verb_is_null():
    found = people(
        "Ban Thường vụ chỉ định đồng chí Vương Đức Thành giữ chức vụ Bí thư Chi bộ. "
        "Đồng chí Lò Văn Pấu được bầu là bí thư chi bộ. Đ/c Hứa Minh Tâm, sinh năm "
        "1950, sinh hoạt tại chi bộ 5."
    )
    assert [(p["name"], p["role"]) for p in found] == [
        ("Vương Đức Thành", None),
        ("Lò Văn Pấu", None),
        ("Hứa Minh Tâm", None),
    ]


def test_longest_role_wins_across_mentions_and_tone_placement_is_one_person():
    found = people(
        "Đồng chí Nguyễn Thị Hoà, Phó Bí thư chủ trì. Sau đó, đồng chí Nguyễn Thị "
        "Hòa, Phó Bí thư Đảng uỷ xã kết luận."
    )
    assert found == [
        {
            "name": "Nguyễn Thị Hoà",
            "honorific": "đồng chí",
            "degree": None,
            "role": "Phó Bí thư Đảng uỷ xã",
        }
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


def test_a_list_line_with_an_office_is_not_a_byline():
    found = people(f"{BODY}\nLê Văn Bình - Bí thư Chi bộ")
    assert found == [
        {"name": "Lê Văn Bình", "honorific": None, "degree": None, "role": "Bí thư Chi bộ"}
    ]


def test_role_goes_on_after_a_dash_inside_an_organisation_name():
    found = people(
        "Ths Lê Văn Quý, Trưởng phòng Tổ chức - Hành chính và CN. Trần Thị Hoa, "
        "chuyên viên Công ty TNHH Minh Phát tham dự."
    )
    assert [(p["degree"], p["role"]) for p in found] == [
        ("ThS.", "Trưởng phòng Tổ chức - Hành chính"),
        ("CN.", "chuyên viên Công ty TNHH Minh Phát"),
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


@pytest.mark.parametrize(
    "headline",
    [
        "CHI BỘ ĐỒNG CHÍ NGUYỄN VĂN HẢI PHÁT BIỂU",
        "ĐỒNG CHÍ NGUYỄN VĂN HẢI GIAO NHIỆM VỤ CHO CHI BỘ",
        "Đồng Chí Nguyễn Văn Hải Yêu Cầu Các Chi Bộ",
    ],
)
def test_capitalised_verb_after_a_name_in_a_headline_is_cut(headline):
    assert [p["name"].casefold() for p in people(headline)] == ["nguyễn văn hải"]


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


def test_office_written_straight_after_the_name():
    found = by_name("Sau đó đ/c Kim Thị Huế Bí thư chi bộ trao quyết định cho đ/c Tạ Văn Hưng.")
    assert found["Kim Thị Huế"]["role"] == "Bí thư chi bộ"
    assert found["Tạ Văn Hưng"]["role"] is None


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_text_gives_a_list_of_people_dicts(text):
    found = find_people(prepare(text))
    assert isinstance(found, list)
    for person in found:
        assert {"name", "honorific", "degree", "role"} <= set(person)
        assert person["name"]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "Nguyễn",
                "Văn",
                "Thị",
                "Đ/c",
                "đồng chí",
                "PGS",
                "TS",
                ".",
                ",",
                "-",
                "(",
                ")",
                ":",
                ";",
                "và",
                "Bí thư",
                "Trường",
                "Hồ",
                "Chí",
                "Minh",
                "các",
                "2",
                "\n",
                "Ảnh",
                "lớp",
                "12A1",
                "ông",
            ]
        ),
        max_size=60,
    )
)
def test_genre_shaped_noise_never_raises(words):
    for person in find_people(prepare(" ".join(words))):
        assert person["name"] in " ".join(" ".join(words).split())


def test_dash_inside_a_unit_name_is_part_of_the_role():
    found = people(
        "Dự lễ có đồng chí Lê Văn An – Bí thư Chi bộ Khoa Toán - Tin và đồng chí Trần Thị Hoa, "
        "Trưởng Ban Tuyên giáo - Dân vận Huyện ủy."
    )
    assert [p["role"] for p in found] == [
        "Bí thư Chi bộ Khoa Toán - Tin",
        "Trưởng Ban Tuyên giáo - Dân vận Huyện ủy",
    ]


def test_dash_before_a_person_ends_the_role():
    found = people(
        "Chủ trì: đồng chí Lê Văn An, Bí thư Chi bộ Khoa Toán - Nguyễn Thị Bích Hạnh dự."
    )
    assert (found[0]["name"], found[0]["role"]) == ("Lê Văn An", "Bí thư Chi bộ Khoa Toán")


def test_office_word_used_as_a_verb_ends_the_role():
    found = people(
        "Đồng chí Trần Văn Nam, Phó Bí thư Chi bộ tổng hợp ý kiến. Đồng chí Võ Thị Lan, Chi ủy "
        "viên tổ chức hội nghị. BS. Đàm Quang Huy, Bí thư Chi bộ Khoa Ngoại tổng hợp, phát biểu."
    )
    assert [p["role"] for p in found] == [
        "Phó Bí thư Chi bộ",
        "Chi ủy viên",
        "Bí thư Chi bộ Khoa Ngoại tổng hợp",
    ]


def test_a_role_does_not_swallow_the_next_person_and_their_title():
    found = by_name(
        "Chi bộ học tập tấm gương của Đại tướng Võ Nguyên Giáp, Tổng Bí thư Nguyễn Phú Trọng."
    )
    assert found["Võ Nguyên Giáp"]["role"] == "Đại tướng"  # a rank before the name
    assert found["Nguyễn Phú Trọng"]["role"] == "Tổng Bí thư"


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


def test_two_syllable_names_with_an_office_beside_them():
    found = people(
        f"{BODY} Lê Hà, Bí thư Chi bộ, phát biểu. Bí thư Chi bộ Trần Vũ kết luận. "
        "Chi bộ Lê Lợi và phường Lê Lợi họp."
    )
    assert [(p["name"], p["role"]) for p in found] == [
        ("Lê Hà", "Bí thư Chi bộ"),
        ("Trần Vũ", "Bí thư Chi bộ"),
    ]


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


def test_military_ranks_introduce_names_and_are_their_role_alone():
    found = people(
        f"{BODY} Thượng tá Chẩu Văn Dũng, Bí thư Đảng ủy phát biểu. Thiếu úy Nông Văn Phúc tham "
        "gia. Đại úy Lò Thị Mai kể về kỷ niệm.\nBài và ảnh: Trung úy Vi Văn Sáng"
    )
    assert [(p["name"], p["role"], p.get("incidental", False)) for p in found] == [
        ("Chẩu Văn Dũng", "Bí thư Đảng ủy", False),
        ("Nông Văn Phúc", "Thiếu úy", False),
        ("Lò Thị Mai", "Đại úy", False),
        ("Vi Văn Sáng", None, True),
    ]


def test_organisations_are_not_names_and_their_lower_case_words_stay_in_the_role():
    found = people(
        "Cô Đỗ Thu Hà, giáo viên Trường Tiểu học Lê Quý Đôn và em Lý Minh Khôi, sinh viên Khoa "
        "Cơ khí động lực dự lễ tại Trường Mầm non Hướng Dương. Đồng chí Hà Minh Tâm, Trưởng "
        "khoa Hồi sức tích cực - Chống độc phát biểu. Đồng chí Vũ Văn Lâm, Bí thư Chi bộ Khoa "
        "Điện - Điện tử, đồng chí Kiều Văn Toàn, Giám đốc Trung tâm Văn hóa - Thể thao và đồng "
        "chí Đinh Văn Hòa, Chủ nhiệm Hợp tác xã Tân Tiến dự."
    )
    assert [(p["name"], p["role"]) for p in found] == [
        ("Đỗ Thu Hà", "giáo viên Trường Tiểu học Lê Quý Đôn"),
        ("Lý Minh Khôi", "sinh viên Khoa Cơ khí động lực"),
        ("Hà Minh Tâm", "Trưởng khoa Hồi sức tích cực - Chống độc"),
        ("Vũ Văn Lâm", "Bí thư Chi bộ Khoa Điện - Điện tử"),
        ("Kiều Văn Toàn", "Giám đốc Trung tâm Văn hóa - Thể thao"),
        ("Đinh Văn Hòa", "Chủ nhiệm Hợp tác xã Tân Tiến"),
    ]


@pytest.mark.parametrize(
    "headline",
    [
        "CHI BỘ KẾT NẠP 03 ĐẢNG VIÊN MỚI CHÀO MỪNG NGÀY THÀNH LẬP ĐẢNG",
        "TRAO HUY HIỆU CHO 15 ĐẢNG VIÊN LÃO THÀNH VÀ THĂM HỎI CÁC ĐẢNG VIÊN CAO TUỔI",
    ],
)
def test_status_words_in_a_headline_in_capitals_introduce_no_name(headline):
    assert people(headline) == []


def test_role_ends_before_a_new_clause_and_skips_an_age_aside():
    found = people(
        "Chi bộ trao quyết định cho đồng chí Lê Văn Phong, đảng viên Chi bộ ấp 5 và Huy hiệu 40 "
        "năm tuổi Đảng cho 03 đồng chí. Ông Trần Văn Bảy, 82 tuổi, nguyên Chủ tịch UBND xã, "
        "phát biểu. Điều dưỡng trưởng Khoa Sản Lê Thị Nga và đảng viên lão thành Nguyễn Văn Sáu "
        "kể chuyện."
    )
    assert [(p["name"], p["role"]) for p in found] == [
        ("Lê Văn Phong", "đảng viên Chi bộ ấp 5"),
        ("Trần Văn Bảy", "nguyên Chủ tịch UBND xã"),
        ("Lê Thị Nga", "Điều dưỡng trưởng Khoa Sản"),
        ("Nguyễn Văn Sáu", None),
    ]


def test_a_name_closing_a_quoted_campaign_title_is_not_a_person():
    text = (
        'Đoàn trường phát động phong trào "Thanh niên Nguyễn Văn Trỗi" và “Tuổi trẻ Lý Tự Trọng”.'
    )
    assert people(text) == []


def test_affiliation_after_the_last_names_of_a_semicolon_list():
    found = people(
        "Các quần chúng được kết nạp gồm: Lê Thu Hà, giáo viên Trường Mầm non Sao Mai; Phạm Văn "
        "Đông, Tổ trưởng Tổ dân phố số 2; Trịnh Văn Nam, Cao Thị Lan và Đào Thị Hương, đoàn viên "
        "Chi đoàn khu phố Lê Lợi. Đồng chí Y Bhăm Niê được bầu làm Bí thư."
    )
    assert [(p["name"], p["role"]) for p in found] == [
        ("Lê Thu Hà", "giáo viên Trường Mầm non Sao Mai"),
        ("Phạm Văn Đông", "Tổ trưởng Tổ dân phố số 2"),
        ("Trịnh Văn Nam", "đoàn viên Chi đoàn khu phố Lê Lợi"),
        ("Cao Thị Lan", "đoàn viên Chi đoàn khu phố Lê Lợi"),
        ("Đào Thị Hương", "đoàn viên Chi đoàn khu phố Lê Lợi"),
        ("Y Bhăm Niê", None),
    ]


def test_rank_after_an_honorific_and_a_university_in_a_role():
    found = people(
        "Đồng chí Thiếu tướng Nguyễn Văn Hùng, Phó Chính ủy Quân khu 3 dự. Đồng chí Đại tá Lê "
        "Văn Tám dự. PGS.TS Hà Minh Đức, Hiệu trưởng Trường Đại học Sư phạm Hà Nội 2 phát biểu."
    )
    assert [(p["name"], p["honorific"], p["role"]) for p in found] == [
        ("Nguyễn Văn Hùng", "đồng chí", "Phó Chính ủy Quân khu 3"),
        ("Lê Văn Tám", "đồng chí", "Đại tá"),
        ("Hà Minh Đức", None, "Hiệu trưởng Trường Đại học Sư phạm Hà Nội 2"),
    ]


def test_affiliation_after_two_names_each_with_its_honorific_and_plural_before_gom():
    found = people(
        "Chi bộ kết nạp 02 quần chúng ưu tú là em Nguyễn Thị Hà My và em Lê Quang Huy, học "
        "sinh lớp 12A1. Các đồng chí Chi ủy viên gồm: Trần Minh Hải, Lê Thị Hồng. Đồng chí Võ "
        "Văn Tâm và đồng chí Hà Văn Dũng, Bí thư Chi bộ dự."
    )
    assert [(p["name"], p["honorific"], p["role"]) for p in found] == [
        ("Nguyễn Thị Hà My", "em", "học sinh lớp 12A1"),
        ("Lê Quang Huy", "em", "học sinh lớp 12A1"),
        ("Trần Minh Hải", "đồng chí", None),
        ("Lê Thị Hồng", "đồng chí", None),
        ("Võ Văn Tâm", "đồng chí", None),  # an office is one person's
        ("Hà Văn Dũng", "đồng chí", "Bí thư Chi bộ"),
    ]


def test_common_words_after_a_department_are_the_verb():
    found = people(
        "Đồng chí Vũ Văn Lâm, Bí thư Chi bộ Khoa Toán động viên các đảng viên. Đồng chí Lê Văn "
        "Hòa, Trưởng khoa Nhi khám cho trẻ. Đồng chí Hà Văn Tú, Bí thư Chi bộ Khoa Toán thể hiện "
        "quyết tâm."
    )
    assert [p["role"] for p in found] == [
        "Bí thư Chi bộ Khoa Toán",
        "Trưởng khoa Nhi",
        "Bí thư Chi bộ Khoa Toán",
    ]


GENRE_TEXT = (
    "Đồng chí đ/c Ông Bà em các hai Nguyễn Trần Lê Văn Thị Hoa Minh An Bế Em Y H'Hen Niê Ksor "
    "Thượng tá Đại úy PGS.TS. ThS Tiến sĩ thạc sĩ. Bí thư Chi bộ Khoa Toán - Tin Trường THPT Hà "
    "Nội TP. Hồ Chí Minh quần chúng ưu tú đảng viên sinh viên lớp 12A1 , ; : ( ) . và cùng gồm "
    'phát biểu tổng hợp ý kiến Ảnh Tin bài cố tác phẩm của “ ” " 79 tuổi nguyên Huy hiệu '
    "biểu. dự. họp. tp. đ. Tp. Sau"
)
GENRE_WORDS = GENRE_TEXT.split()


_SENTENCE = st.lists(st.sampled_from(GENRE_WORDS), min_size=2, max_size=15)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(_SENTENCE, st.sampled_from([" ", "\n"])), min_size=1, max_size=6))
def test_reading_only_sentences_with_names_changes_nothing(sentences):
    # The sentence pre-filter (hotspots) must give what reading every line whole gives.
    text = prepare(BODY + "".join(" ".join(words) + " biểu." + gap for words, gap in sentences))
    filtered = find_people(text)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("bantin_extract.people.name_sentences", lambda line: ([], True))
        assert find_people(text) == filtered


@pytest.mark.parametrize(
    "line", ["Văn Thanh - Hải Yến", "Minh Tâm, Thu Hà", "NGỌC ÁNH và THU HIỀN"]
)
def test_a_byline_with_two_authors(line):
    found = people(f"{BODY}\n{line}")
    assert len(found) == 2
    assert all(p["incidental"] and p["role"] is None for p in found)


def test_villages_of_the_highlands_in_roles():
    found = people(
        "Đồng chí Lò Văn Minh (Bí thư Chi bộ bản Nà Sản) và đồng chí Y Kông Niê, Bí thư Chi bộ "
        "buôn Ko Siar dự."
    )
    assert [p["role"] for p in found] == ["Bí thư Chi bộ bản Nà Sản", "Bí thư Chi bộ buôn Ko Siar"]
