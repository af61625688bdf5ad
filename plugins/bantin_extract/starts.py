"""Where document kinds and spelled-out numbers may start: one scan of the text serves both."""

import re
from functools import lru_cache

# A plain first letter then the rest of a first word, for each: the scan skips fast to the
# letters, and each finder then tries its own full pattern only where its words start.
# Kinds: "Nghị", "Chỉ", "Kết", "Kế", "Quyết", "Quy", "Qui", "Hướng", "Công", "Thông", "Chương",
# "Báo", "Tờ", "Luật", and abbreviations ("QĐ", "NQ", "KH" …).
_KIND_REST = (
    r"ghị|hỉ|ết|ế|uyết|uy|ui|ướng|ông|hông|hương|áo|ờ|uật"
    r"|GHỊ|HỈ|ẾT|Ế|UYẾT|UY|UI|ƯỚNG|ÔNG|HÔNG|HƯƠNG|ÁO|Ờ|UẬT|Đ|Q|H|D|T|V|B|L"
)
# Numbers: "một", "mười", "hai", "ba", "bốn", "bảy", "năm", "sáu", "tám", "chín"; the pattern
# also matches look-alikes ("ta", "mai"), which the figure finder turns away.
_NUMBER_REST = r"ột|ười|ai|a|ốn|ảy|ăm|áu|ám|hín|ỘT|ƯỜI|AI|A|ỐN|ẢY|ĂM|ÁU|ÁM|HÍN"
WORD_START = re.compile(
    rf"""
    [NnCcKkQqHhTtBbLlMmSs](?<!\w.)
    (?:
        (?<=[NnCcKkQqHhTtBbLl])(?P<kind>{_KIND_REST})(?![^\W\d_])
      | (?<=[MmHhBbNnSsTtCc])(?P<number>{_NUMBER_REST})(?!\w)
    )
    """,
    re.VERBOSE,
)


@lru_cache(maxsize=4)
def word_starts(text: str) -> tuple[tuple[int, ...], tuple[re.Match, ...]]:
    """(where kinds may start, the matches of spelled-out numbers), in text order."""
    kinds, numbers = [], []
    for match in WORD_START.finditer(text):
        if match.lastgroup == "kind":
            kinds.append(match.start())
        else:
            numbers.append(match)
    return tuple(kinds), tuple(numbers)
