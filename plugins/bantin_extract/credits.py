"""Reads photo and text credits ("Ảnh: Mai Hoa", "Tin, ảnh: Hoàng Yến - Thanh Tâm"): names listed as incidental."""

from bantin_extract.honorifics import match_rank
from bantin_extract.names import read_name
from bantin_extract.tokens import Token, keys_of

CREDIT_WORDS = keys_of("ảnh tin bài clip video thực hiện tác giả người viết")
# A credit label must hold one of these: "Ảnh:", "Tin, ảnh:", "Bài:", "Tác giả:", "Thực hiện:".
_CREDIT_HEADS = keys_of("ảnh tin bài giả hiện viết")
_CREDIT_JOINS = keys_of("- – , & và")
_AND = keys_of("và")


def credited_names(tokens: list[Token], i: int) -> list[tuple[int, int]]:
    """(start, end) of each name credited by a label starting at `i`, or [] when there is none."""
    if tokens[i].key not in CREDIT_WORDS or (i > 0 and tokens[i - 1].shape == "lower"):
        return []
    j = i
    while (
        j < len(tokens)
        and j - i < 5
        and (tokens[j].key in CREDIT_WORDS or tokens[j].text in ",/&" or tokens[j].key in _AND)
    ):
        j += 1
    if (
        j >= len(tokens)
        or tokens[j].text != ":"
        or _CREDIT_HEADS.isdisjoint(t.key for t in tokens[i:j])
    ):
        return []
    start = match_rank(tokens, j + 1) or j + 1  # "Bài và ảnh: Thiếu úy Lù Văn Quyết"
    names = []
    # Several authors: "Tin, ảnh: Hoàng Yến - Thanh Tâm", "Ảnh: A, B và C".
    while True:
        end = read_name(tokens, start, allow_caps=True)
        if end == start:
            return names
        names.append((start, end))
        if end + 1 >= len(tokens) or tokens[end].key not in _CREDIT_JOINS:
            return names
        start = end + 1
