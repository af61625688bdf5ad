"""Text preparation: NFC, plain single spaces, line breaks kept, invisible characters gone."""

import unicodedata

from bantin_extract.text import prepare


def test_spaces_folded_and_lines_trimmed():
    assert (
        prepare("  Chi  bộ \n\n  có\t5 \r\n đảng\u00a0\u00a0viên  ") == "Chi bộ\n\ncó 5\nđảng viên"
    )


def test_nfc_and_invisible_characters():
    decomposed = unicodedata.normalize("NFD", "Đảng ủy")
    assert prepare("\ufeff" + decomposed + "\u200b") == "Đảng ủy"
