"""find_people: the role of each person — appositives, titles before the name, where a role ends (sentences written for the tests)."""

import pytest
from people_support import BODY, by_name, people


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


def test_office_written_straight_after_the_name():
    found = by_name("Sau đó đ/c Kim Thị Huế Bí thư chi bộ trao quyết định cho đ/c Tạ Văn Hưng.")
    assert found["Kim Thị Huế"]["role"] == "Bí thư chi bộ"
    assert found["Tạ Văn Hưng"]["role"] is None


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


def test_two_syllable_names_with_an_office_beside_them():
    found = people(
        f"{BODY} Lê Hà, Bí thư Chi bộ, phát biểu. Bí thư Chi bộ Trần Vũ kết luận. "
        "Chi bộ Lê Lợi và phường Lê Lợi họp."
    )
    assert [(p["name"], p["role"]) for p in found] == [
        ("Lê Hà", "Bí thư Chi bộ"),
        ("Trần Vũ", "Bí thư Chi bộ"),
    ]


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


def test_villages_of_the_highlands_in_roles():
    found = people(
        "Đồng chí Lò Văn Minh (Bí thư Chi bộ bản Nà Sản) và đồng chí Y Kông Niê, Bí thư Chi bộ "
        "buôn Ko Siar dự."
    )
    assert [p["role"] for p in found] == ["Bí thư Chi bộ bản Nà Sản", "Bí thư Chi bộ buôn Ko Siar"]
