"""Where document kinds and spelled-out numbers may start: one scan, two lists of candidates."""

from bantin_extract.starts import kind_words, word_starts


def test_kinds_and_number_words_are_told_apart():
    text = "Theo Kế hoạch số 5-KH/ĐU và QĐ 12, hai đảng viên, Sông Hồng, ba chi bộ."
    kinds, numbers = word_starts(text)
    # Candidates only: the document pattern then decides ("KH/ĐU" is part of a number).
    assert [text[at : at + 4] for at in kinds] == ["Kế h", "KH/Đ", "QĐ 1"]
    assert [match.group(0) for match in numbers] == ["hai", "ba"]


def test_no_start_inside_a_word():
    kinds, numbers = word_starts("Nhân dân Xuân Nhai, bàn bạc, mồi lửa.")
    assert kinds == () and numbers == ()


def test_kind_words_span_the_whole_word():
    text = "Theo Kế hoạch số 5-KH/ĐU, công tác và NGHỊ QUYẾT 12."
    # First words of kinds ("công" of "công văn", "QUYẾT" of "quyết định") and abbreviations.
    assert [text[a:b] for a, b in kind_words(text)] == ["Kế", "KH", "công", "NGHỊ", "QUYẾT"]
