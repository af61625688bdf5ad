"""find_people on arbitrary and genre-shaped text (Hypothesis): never raises, and the fast path changes nothing."""

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from people_support import BODY

from bantin_extract.people import find_people
from bantin_extract.text import prepare


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
# Found by Hypothesis: the quote opening a title ("“ … Đồng Đồng Đồng “") lies in the sentence before.
@example([(["Đồng"] * 6 + ["“"], " "), (["Đồng", "Đồng", "Đồng", "“"], " ")])
def test_reading_only_sentences_with_names_changes_nothing(sentences):
    # The sentence pre-filter (hotspots) must give what reading every line whole gives.
    text = prepare(BODY + "".join(" ".join(words) + " biểu." + gap for words, gap in sentences))
    filtered = find_people(text)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("bantin_extract.people.name_sentences", lambda line: ([], True))
        assert find_people(text) == filtered
