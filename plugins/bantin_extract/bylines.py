"""Judges whole lines: an author's byline ("Hiền Sĩ", "Minh Kiên (Trung tâm …)") and headline-style lines."""

from bantin_extract.names import NOT_BYLINES, looks_like_place, name_key, read_name
from bantin_extract.roles import starts_office
from bantin_extract.tokens import Token, keys_of


def byline(tokens: list[Token]) -> list[str]:
    """The authors' names when the line is just names ("Hiền Sĩ", "THIÊN TRÚC", "Văn Thanh -
    Hải Yến"), perhaps with the author's unit after one name in parentheses or after a dash."""
    last = len(tokens)
    while last > 0 and tokens[last - 1].text == ".":
        last -= 1
    names = []
    start = 0
    while True:
        end = read_name(tokens, start, allow_caps=True)
        if end == start or end - start > 4 or _not_a_byline(tokens, start, end):
            return []
        names.append(" ".join(token.text for token in tokens[start:end]))
        if end == last:
            return names
        # Another author after a dash, comma or "và": "Văn Thanh - Hải Yến".
        if tokens[end].key in _AUTHOR_JOINS and read_name(tokens, end + 1, allow_caps=True) == last:
            start = end + 1
            continue
        unit_after = (tokens[end].text == "(" and tokens[last - 1].text == ")") or (
            tokens[end].text in "-–" and last - end <= 8
        )
        # An office after the name makes it a list line ("Lê Văn Bình - Bí thư"), not a byline.
        if not unit_after or last != len(tokens) or starts_office(tokens, end + 1):
            return []
        return names


_AUTHOR_JOINS = keys_of("- – , & và")


def _not_a_byline(tokens: list[Token], start: int, end: int) -> bool:
    key = name_key(tokens, start, end)
    return key in NOT_BYLINES or looks_like_place(key)


def shouted(tokens: list[Token]) -> bool:
    """A headline-style line: nearly every word capitalised."""
    words = [token for token in tokens if token.shape in ("title", "caps", "lower")]
    capitalised = sum(token.shape != "lower" for token in words)
    return len(words) >= 4 and capitalised >= 0.8 * len(words)
