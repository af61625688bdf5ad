"""Prepares lines for the people finder: rejoins lines split by inline markup, spots site footers."""

import re

# A line that starts with one of these continues the previous one: no paragraph opens on them.
_CONTINUES = frozenset(",;:).")
# The previous line stops on an honorific, so the name was cut off onto the next line.
_ENDS_ON_HONORIFIC = re.compile(r"(?:^|\s)(?:đồng chí|đ/c\.?|ông|bà|thầy|cô|em)$", re.IGNORECASE)


def sentence_lines(text: str) -> list[str]:
    """Lines of `text` with inline-markup breaks undone; other line breaks are kept."""
    lines: list[str] = []
    for line in text.split("\n"):
        if lines and line and lines[-1]:
            if line[0] in _CONTINUES:
                lines[-1] += line
                continue
            # Only the last few characters are searched, so a long line costs nothing extra.
            if _ENDS_ON_HONORIFIC.search(lines[-1][-12:]):
                lines[-1] += " " + line
                continue
        lines.append(line)
    return lines


# Footer and imprint lines name the site's editors, not people in the news.
_FOOTER = re.compile(
    r"(?:chịu trách nhiệm|bản quyền|copyright|©|địa chỉ|điện thoại|đt:|fax|email|e-mail|"
    r"hotline|website|giấy phép|ghi rõ nguồn|(?:trưởng |phó )?ban biên tập|thiết kế bởi|"
    r"tổng biên tập:|phụ trách:)",
    re.IGNORECASE,
)


# The first letters of those phrases, either case (no other character matches them case-blind):
# most lines open on another letter and skip the pattern.
_FOOTER_FIRST = frozenset("cb©đfehwgtp" + "cb©đfehwgtp".upper())


def is_footer(line: str) -> bool:
    """A site footer line ("Chịu trách nhiệm nội dung: Ông …", "Địa chỉ: …")."""
    return line[:1] in _FOOTER_FIRST and _FOOTER.match(line) is not None


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
