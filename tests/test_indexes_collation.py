"""bantin_indexes.collation: Vietnamese dictionary order."""

from bantin_indexes.collation import name_sort_key, sort_key


def test_letters_with_marks_follow_their_base_letter_and_tones_break_ties():
    words = ["Đào", "Dương", "Ân", "Ăn", "An", "ấn", "Bình", "Anh"]
    assert sorted(words, key=sort_key) == ["An", "Anh", "Ăn", "Ân", "ấn", "Bình", "Dương", "Đào"]


def test_people_sort_by_given_name_then_full_name():
    names = ["Trần Thị Bình", "Nguyễn Văn An", "Lê Văn Ân", "Ngô Thị An"]
    assert sorted(names, key=name_sort_key) == [
        "Ngô Thị An",
        "Nguyễn Văn An",
        "Lê Văn Ân",
        "Trần Thị Bình",
    ]
