"""Judges whole lines: an author's byline ("Hiền Sĩ", "Minh Kiên (Trung tâm …)") and headline-style lines."""

from bantin_extract.names import NOT_BYLINES, looks_like_place, name_key, read_name
from bantin_extract.roles import starts_office
from bantin_extract.tokens import Token


def byline(tokens: list[Token]) -> str | None:
    """The author's name when the line is just a name ("Hiền Sĩ", "THIÊN TRÚC"), perhaps with
    the author's unit after it in parentheses or after a dash."""
    last = len(tokens)
    while last > 0 and tokens[last - 1].text == ".":
        last -= 1
    end = read_name(tokens, 0, allow_caps=True)
    if end == 0 or end > 4:
        return None
    if end != last:
        unit_after = (tokens[end].text == "(" and tokens[last - 1].text == ")") or (
            tokens[end].text in "-–" and last - end <= 8
        )
        # An office after the name makes it a list line ("Lê Văn Bình - Bí thư"), not a byline.
        if not unit_after or last != len(tokens) or starts_office(tokens, end + 1):
            return None
    key = name_key(tokens, 0, end)
    if key in NOT_BYLINES or looks_like_place(key):
        return None
    return " ".join(token.text for token in tokens[:end])


def shouted(tokens: list[Token]) -> bool:
    """A headline-style line: nearly every word capitalised."""
    words = [token for token in tokens if token.shape in ("title", "caps", "lower")]
    capitalised = sum(token.shape != "lower" for token in words)
    return len(words) >= 4 and capitalised >= 0.8 * len(words)
