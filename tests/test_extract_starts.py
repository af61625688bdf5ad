"""Where document kinds and spelled-out numbers may start: one scan, two lists of candidates."""

from bantin_extract.starts import word_starts


def test_kinds_and_number_words_are_told_apart():
    text = "Theo Kế hoạch số 5-KH/ĐU và QĐ 12, hai đảng viên, Sông Hồng, ba chi bộ."
    kinds, numbers = word_starts(text)
    # Candidates only: the document pattern then decides ("KH/ĐU" is part of a number).
    assert [text[at : at + 4] for at in kinds] == ["Kế h", "KH/Đ", "QĐ 1"]
    assert [match.group(0) for match in numbers] == ["hai", "ba"]


def test_no_start_inside_a_word():
    kinds, numbers = word_starts("Nhân dân Xuân Nhai, bàn bạc, mồi lửa.")
    assert kinds == () and numbers == ()


def test_a_kind_starts_only_before_the_rest_of_the_kind():
    text = "Theo Kế hoạch số 5, công tác và NGHỊ QUYẾT 12, quyết tâm, Luật Đất đai."
    kinds, _ = word_starts(text)
    # "công tác" and "quyết tâm" name no document; "Luật" is a kind on its own.
    assert [text[at : at + 8] for at in kinds] == ["Kế hoạch", "NGHỊ QUY", "Luật Đất"]
