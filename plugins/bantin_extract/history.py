"""Tells a historical mention ("cố Bí thư …", "(đã mất)", "tác phẩm của …") from a person taking part."""

from bantin_extract.rolewords import ROLE_WORDS
from bantin_extract.tokens import Token, key_of, keys_of

_LATE = key_of("cố")
_OF = key_of("của")
# Things a historical figure left behind, studied in the meeting: "lời dạy của …".
_WORKS = keys_of("tác phẩm sách bài viết lời dạy căn dặn tư tưởng gương")
_DIED = [
    tuple(key_of(word) for word in phrase.split())
    for phrase in ("đã mất", "đã từ trần", "từ trần", "đã qua đời", "qua đời", "đã hy sinh")
]
_MARTYR = (key_of("liệt"), key_of("sĩ"))
_TITLE_WORDS = ROLE_WORDS | keys_of("tướng thượng trung đại")
_REACH = 8


def historical(tokens: list[Token], start: int, end: int) -> bool:
    """Is the name at tokens[start:end] the late person or the author studied, not a participant?"""
    k = start - 1
    # Back over the title, honorific and degree written before the name.
    while k >= 0 and start - k <= _REACH:
        token = tokens[k]
        if token.shape in ("title", "caps") or (
            token.shape == "lower" and token.key in _TITLE_WORDS
        ):
            k -= 1
            continue
        break
    if k >= 0:
        if tokens[k].key == _LATE:
            return True
        if tokens[k].key == _OF and any(t.key in _WORKS for t in tokens[max(0, k - 2) : k]):
            return True
        if tokens[k].key in _WORKS and tokens[k].shape == "lower":
            return True
        if k >= 1 and (tokens[k - 1].key, tokens[k].key) == _MARTYR:
            return True
    # "(đã mất)" after the name.
    if end < len(tokens) and tokens[end].text == "(":
        following = tuple(token.key for token in tokens[end + 1 : end + 4])
        return any(following[: len(phrase)] == phrase for phrase in _DIED)
    return False
