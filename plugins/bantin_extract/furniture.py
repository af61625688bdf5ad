"""Recognises the page furniture of scraped legacy pages: date lines, counters, labels, banners."""

import re
from datetime import date

from bantin_text import canon

# Section and category labels that sit above a headline and are never titles.
CATEGORY_LABELS = frozenset(
    canon(label)
    for label in (
        "Tin tức",
        "Tin tức - Sự kiện",
        "Tin tức sự kiện",
        "Tin hoạt động",
        "Tin mới",
        "Sự kiện",
        "Chính trị",
        "Thời sự",
        "Xã hội",
        "Kinh tế",
        "Văn hóa",
        "Giáo dục",
        "Pháp luật",
        "Xây dựng Đảng",
        "Công tác Đảng",
        "Hoạt động Đảng",
        "Hoạt động",
        "Tin nổi bật",
        "Tiêu điểm",
        "Tiêu điểm giáo dục",
        "Đảng và các đoàn thể, chính trị xã hội",
        "Đảng - Đoàn thể",
        "Đảng đoàn thể",
        "Hoạt động đoàn thể",
        "Tin địa phương",
        "Trang chủ",
        "Home",
        "Tin trong nước",
        "Bản tin",
        "Thông báo",
        "Tin tức chung",
        "Tin Đảng ủy",
        "Hoạt động của cấp ủy Đảng",
        "Hoạt động Đảng - Đoàn thể",
        "Thông tin hoạt động",
        "Tin hoạt động Đảng",
        "Tin tức hoạt động",
        "Hoạt động chi bộ",
        "Hoạt động Đảng ủy",
        "Hoạt động cấp ủy",
        "Hoạt động Đảng bộ",
        "Tin Đảng bộ",
        "Công tác xây dựng Đảng",
        "Văn bản",
        "Thông báo - Sự kiện",
    )
)
# Whole lines that are navigation or site widgets.
_WIDGET = re.compile(
    r"^(?:skip to (?:main )?content|reading\.*|loading\.*|đang tải\.*|top|tag:?|tags:?|chia sẻ:?|share:?|in bài(?: viết)?|"
    r"bản in|quay lại|trở về|xem thêm:?|tin liên quan:?|bài viết liên quan:?|các tin khác:?|"
    r"đơn vị hợp tác|liên kết website|số lượt truy cập:?.*|lượt truy cập:?.*|trực tuyến:?.*|"
    r"đang (?:truy cập|online):?.*|hôm nay:?\s*[\d.]*|tổng(?: số)? lượt truy cập:?.*|"
    r"thống kê truy cập:?.*|facebook|twitter|zalo|email|print|menu)$",
    re.IGNORECASE,
)
# A comment form ends the article: everything after it is the form.
# Lists of other articles at the page foot: from such a label on, nothing is this article's.
_OTHER_ARTICLES = re.compile(
    r"^(?:các\s+)?(?:tin|bài(?:\s+viết)?|tin\s+bài)\s+(?:liên\s+quan|khác|cùng\s+chuyên\s+mục|"
    r"cùng\s+loại|mới\s+hơn|cũ\s+hơn|đã\s+đưa|mới\s+nhất)\s*(?::|$)",
    re.IGNORECASE,
)
_COMMENT_FORM = re.compile(
    r"^(?:để lại một bình luận|để lại bình luận|bình luận|gửi bình luận|ý kiến bạn đọc|"
    r"leave a (?:reply|comment))\b",
    re.IGNORECASE,
)
# Breadcrumbs ("Home > Tin tức > …") and menu bars ("Trang chủ Giới thiệu Tin tức Liên hệ").
_BREADCRUMB = re.compile(r"^(?:home|trang chủ)\b|\s[>»]\s.*\s[>»]\s", re.IGNORECASE)
_PHONE = re.compile(
    r"(?<!\d)(?:\+84|0)\d{2,3}[ .]?\d{3}[ .]?\d{3,4}(?!\d)|(?:điện thoại|hotline|đt|tel)\s*:",
    re.IGNORECASE,
)
_URL = re.compile(r"https?://|www\.\S", re.IGNORECASE)
# A whole whitespace-delimited token holding an image file name; anchored at the token start
# and lazy inside it, so a long token is scanned once.
_IMAGE = re.compile(
    r"(?<!\S)\S*?\.(?:jpe?g|png|gif|webp|bmp)\b\S*|(?<!\w)z\d{9,}_[0-9a-f]{8,}", re.IGNORECASE
)

_VIEWS = re.compile(
    r"(?<!\w)(?:lượt\s+xem|lượt\s+đọc|số\s+lượt\s+xem|views?|lượt\s+view|đã\s+xem|số\s+lần\s+xem)\s*:?\s*(\d{1,3}(?:[.,]\d{3})+|\d+)",
    re.IGNORECASE,
)
_VIEWS_AFTER = re.compile(
    r"(?<![\d.,])(\d{1,3}(?:[.,]\d{3})+|\d+)\s*(?:lượt\s+xem|lượt\s+đọc|views?)(?!\w)",
    re.IGNORECASE,
)
_TIME = r"(?:\d{1,2}[:h]\d{2}(?::\d{2})?(?:\s?(?:AM|PM|SA|CH))?)"
_WEEKDAY = r"(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật)"
_DATE_LABEL = (
    r"(?:ngày\s+đăng|đăng\s+ngày|đăng\s+lúc|ngày\s+cập\s+nhật|cập\s+nhật(?:\s+lúc)?|"
    r"ngày\s+xuất\s+bản|xuất\s+bản|thời\s+gian(?:\s+đăng)?|ngày|posted(?:\s+on)?|published|"
    r"ngày\s+viết|ngày\s+tạo)"
)
_DMY = r"(?P<d>\d{1,2})\s?[/.-]\s?(?P<m>\d{1,2})\s?[/.-]\s?(?P<y>\d{4})"
_YMD = r"(?P<Y>\d{4})-(?P<M>\d{1,2})-(?P<D>\d{1,2})"
_WDMY = r"(?P<wd>\d{1,2})\s+tháng\s+(?P<wm>\d{1,2})\s*,?\s*(?:năm\s+)?(?P<wy>\d{4})"
_SHORT = r"(?P<yy>\d{2})-(?P<mm>\d{2})-(?P<dd>\d{2})(?=\s+\d{1,2}:\d{2})"
_SEPS = r"[\s|,–()-]*"
_AT = r"(?:lúc\s*)?"
# The rest of a date line: "| Tác giả: Minh An | Lượt đọc: 230" (short segments after a bar).
_SEGMENTS = r"(?:\|[^|\n]{0,60})*"
DATE_LINE = re.compile(
    rf"^{_SEPS}(?:{_DATE_LABEL}\s*:?\s*)?(?:{_WEEKDAY}\s*,?\s*)?(?:{_AT}{_TIME}{_SEPS})?"
    rf"(?:ngày\s+)?(?:{_DMY}|{_YMD}|{_WDMY}|{_SHORT}){_SEPS}(?:{_AT}{_TIME})?(?:\s*\(GMT[+-]\d+\))?{_SEPS}"
    rf"(?:(?:lượt\s+xem|lượt\s+đọc|views?)\s*:?\s*[\d.,]+{_SEPS})?{_SEGMENTS}$",
    re.IGNORECASE,
)
# The page store prints " date 2025-11-16" (or a month-only " date 2021-11") before the text.
STORE_DATE = re.compile(r"^\s*date\s+(?P<y>\d{4})-(?P<m>\d{2})(?:-(?P<d>\d{2}))?\b\s*")
_NUMBER_ONLY = re.compile(r"^\s*(\d{1,3}(?:[.,]\d{3})+|\d+)\s*$")


def read_date_line(line: str) -> date | None:
    """The date of a page's date line ("Ngày đăng 19/08/2022 | 10:10", "18-09-26 02:36:33")."""
    match = DATE_LINE.match(line)
    if not match or len(line) > 120:
        return None
    if match["d"]:
        y, m, d = match["y"], match["m"], match["d"]
    elif match["Y"]:
        y, m, d = match["Y"], match["M"], match["D"]
    elif match["wd"]:
        y, m, d = match["wy"], match["wm"], match["wd"]
    else:
        y, m, d = "20" + match["yy"], match["mm"], match["dd"]
    try:
        return date(int(y), int(m), int(d))
    except ValueError:
        return None


def read_views(line: str) -> int | None:
    """The view counter of a line ("Lượt xem: 437", "View : 237/…", "312 lượt xem"), if any."""
    match = _VIEWS.search(line) or _VIEWS_AFTER.search(line)
    return int(re.sub(r"[.,]", "", match[1])) if match else None


def number_only(line: str) -> int | None:
    match = _NUMBER_ONLY.match(line)
    return int(re.sub(r"[.,]", "", match[1])) if match else None


def is_label(line: str) -> bool:
    """A category label, also when the page prints it twice on one line."""
    words = canon(line).split()
    half = len(words) // 2
    if len(words) % 2 == 0 and half and words[:half] == words[half:]:
        words = words[:half]  # "Chính trị Chính trị": a label printed twice
    return " ".join(words) in CATEGORY_LABELS


def is_widget(line: str) -> bool:
    """Navigation, counters, share buttons, image file names, phone and link lines."""
    stripped = line.strip()
    if len(stripped) > 300:
        return False  # widgets are short; long lines are text (and kept linear to scan)
    if _WIDGET.match(stripped) or _BREADCRUMB.search(stripped):
        return True
    if _PHONE.search(stripped) and len(stripped.split()) <= 12:
        return True
    if _URL.search(stripped) and len(stripped.split()) <= 6:
        return True
    return bool(_IMAGE.search(stripped)) and len(_IMAGE.sub("", stripped).split()) <= 1


def strip_images(line: str) -> str:
    """The line without image file names ("… 65 năm tuổi Đảng .jpg" goes whole)."""
    if re.search(r"\s\.(?:jpe?g|png|gif|webp)\b", line, re.IGNORECASE):
        return ""
    return _IMAGE.sub("", line).strip() if _IMAGE.search(line) else line


def is_comment_form(line: str) -> bool:
    return bool(_COMMENT_FORM.match(line.strip()))


def starts_other_articles(line: str) -> bool:
    """A "Tin liên quan", "Các tin khác", "TIN KHÁC" … label, alone or before its list."""
    return bool(_OTHER_ARTICLES.match(line.strip()))
