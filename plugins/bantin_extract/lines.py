"""Prepares lines for the people finder: rejoins lines split by inline markup, spots site footers."""

import re

# A line that starts with one of these continues the previous one: no paragraph opens on them.
_CONTINUES = frozenset(",;:).")
# The previous line stops on an honorific, so the name was cut off onto the next line.
_ENDS_ON_HONORIFIC = re.compile(r"(?:^|\s)(?:đồng chí|đ/c\.?|ông|bà|thầy|cô|em)$", re.IGNORECASE)
# The characters those honorifics end on, in either case (the case-blind pattern reads no
# other character as one of them): a line ending on any other is not searched. Most lines end
# on a dot, and only "đ/c." does: there the letter before the dot is checked too.
_HONORIFIC_LAST = frozenset("íÍcC.gGàÀyYôÔmM")
_BEFORE_DOT = frozenset("cC")


def sentence_lines(text: str) -> list[str]:
    """Lines of `text` with inline-markup breaks undone; other line breaks are kept."""
    lines: list[str] = []
    for line in text.split("\n"):
        if lines and line and lines[-1]:
            if line[0] in _CONTINUES:
                lines[-1] += line
                continue
            # Only the last few characters are searched, so a long line costs nothing extra.
            if _may_end_on_honorific(lines[-1]) and _ENDS_ON_HONORIFIC.search(lines[-1][-12:]):
                lines[-1] += " " + line
                continue
        lines.append(line)
    return lines


def _may_end_on_honorific(line: str) -> bool:
    last = line[-1]
    if last == ".":
        return line[-2:-1] in _BEFORE_DOT
    return last in _HONORIFIC_LAST


# Footer and imprint lines name the site's editors, not people in the news.
_FOOTER = re.compile(
    r"(?:chịu trách nhiệm|bản quyền|copyright|©|địa chỉ|điện thoại|đt:|fax|email|e-mail|"
    r"hotline|website|giấy phép|ghi rõ nguồn|(?:trưởng |phó )?ban biên tập|thiết kế bởi|"
    r"tổng biên tập:|phụ trách:)",
    re.IGNORECASE,
)


def _either_case(char: str) -> set[str]:
    # What the case-blind patterns read as `char`: its two cases, and for "i" the Turkish
    # dotted and dotless I as well (checked against the pattern engine over every character).
    return {char.lower(), char.upper()} | ({"İ", "ı"} if char == "i" else set())


# The first two letters of those phrases, in either case: most lines open on other letters
# ("Chi bộ", "Theo", "Hội nghị") and skip the pattern. "©" alone is a phrase of its own.
_FOOTER_PAIRS = "ch bả co đị đi đt fa em e- ho we gi gh tr ph ba th tổ"
_FOOTER_OPENINGS = frozenset(
    first + second
    for opening in _FOOTER_PAIRS.split()
    for first in _either_case(opening[0])
    for second in _either_case(opening[1])
)


def is_footer(line: str) -> bool:
    """A site footer line ("Chịu trách nhiệm nội dung: Ông …", "Địa chỉ: …")."""
    return (line[:2] in _FOOTER_OPENINGS or line[:1] == "©") and _FOOTER.match(line) is not None


# After the article, a label such as "Tin liên quan" opens lists of other articles' headlines.
_AFTER_ARTICLE = re.compile(
    r"(?:tin liên quan|các tin khác|tin khác|bài viết liên quan|bài liên quan|các bài viết khác|"
    r"tin cùng chuyên mục|bài cùng chuyên mục|có thể bạn quan tâm|tin mới hơn|tin cũ hơn|"
    r"tin đã đưa|bình luận|ý kiến bạn đọc|gửi bình luận|để lại một bình luận|"
    r"viết bình luận)\s*:?$",
    re.IGNORECASE,
)


_AFTER_ARTICLE_FIRST = frozenset("tcbgýđv" + "tcbgýđv".upper())


def ends_article(line: str) -> bool:
    """A label after which the page lists other articles or comments ("Tin liên quan")."""
    return (
        len(line) < 40
        and line[:1] in _AFTER_ARTICLE_FIRST
        and _AFTER_ARTICLE.match(line) is not None
    )
