"""Page furniture of legacy portals (banners, counters, "Top", logos, contacts): which line is it, and why it goes."""

import re

from bantin_text import canon, collapse_space

# reason shown in the import report -> patterns of a whole line (matched on the collapsed line)
_RULES = (
    (
        "trình đơn của trang",
        re.compile(
            r"^(?:trang\s+chủ|home|giới\s+thiệu|liên\s+hệ|sơ\s+đồ\s+(?:trang|site|website)|đăng\s+nhập|"
            r"đăng\s+ký|tìm\s+kiếm|english|tiếng\s+việt)$",
            re.I,
        ),
    ),
    ("chữ chờ tải trang", re.compile(r"^(?:reading|loading|đang tải)\W*$", re.I)),
    ("nút Top / lên đầu trang", re.compile(r"^(?:top|lên đầu trang|về đầu trang|\^)$", re.I)),
    (
        "đường dẫn ảnh, banner quảng cáo",
        re.compile(
            r"^(?:\S*/)+\S+\.(?:jpe?g|png|gif|webp|svg|bmp)\S*$|kcfinder/upload|/upload/images/",
            re.I,
        ),
    ),
    (
        "bộ đếm truy cập",
        re.compile(
            r"^(?:số\s+)?(?:lượt\s+truy\s+cập|người\s+online|đang\s+online|trực\s+tuyến|hôm\s+nay|"
            r"hôm\s+qua|tổng\s+(?:số\s+)?lượt\s+truy\s+cập|thống\s+kê\s+truy\s+cập|visitors?|online)"
            r"\s*:?\s*[\d.,\s]*$",
            re.I,
        ),
    ),
    (
        "logo đơn vị hợp tác, liên kết",
        re.compile(
            r"^(?:đơn\s+vị\s+hợp\s+tác|đối\s+tác|liên\s+kết(?:\s+website)?|website\s+liên\s+kết|"
            r"quảng\s+cáo|partners?)\s*:?$",
            re.I,
        ),
    ),
    (
        "thông tin liên hệ",
        re.compile(
            r"^(?:(?:địa\s+chỉ|điện\s+thoại|đt|hotline|fax|e-?mail|website)\s*:.*|"
            r"(?:[\d\s.+()-]{9,}\s*)?(?:https?://\S+\s*)+|[\d\s.+()-]{9,})$",
            re.I,
        ),
    ),
    ("nhãn từ khóa trống", re.compile(r"^(?:tags?|từ\s+khóa)\s*:?\s*$", re.I)),
    (
        "chữ chia sẻ, in bài",
        re.compile(
            r"^(?:chia\s+sẻ|share|in\s+bài(?:\s+viết)?|gửi\s+email|print|bản\s+in|lưu\s+bài)"
            r"(?:\s*[|/]\s*\S+)*\s*:?$",
            re.I,
        ),
    ),
    (
        "mục tin khác",
        re.compile(
            r"^(?:tin\s+(?:liên\s+quan|khác|cùng\s+chuyên\s+mục|mới(?:\s+nhất)?|đọc\s+nhiều)|"
            r"các\s+tin\s+(?:khác|đã\s+đưa)|bài\s+viết\s+(?:liên\s+quan|khác)|xem\s+thêm)\s*:?$",
            re.I,
        ),
    ),
    (
        "khung ảnh, video của trang",
        re.compile(
            r"^(?:hình\s+ảnh\s+hoạt\s+động|thư\s+viện\s+(?:ảnh|hình\s+ảnh|video)|album\s+ảnh|video\s+clip)\b.{0,80}$",
            re.I,
        ),
    ),
)
_BREADCRUMB = re.compile(r"\s(?:>|»|›|/)\s")
_VIEWS = re.compile(
    r"^(?:views?|lượt\s+xem|lượt\s+đọc|số\s+lần\s+xem)\s*:?\s*(?P<n>\d[\d.,]*)", re.I
)
# A date line alone: "18-09-26 02:36:33", "21/09/2023", "Thứ Năm, 21/09/2023 - 08:10"
_DATE_ONLY = re.compile(
    r"^(?:(?:ngày\s+đăng|đăng\s+ngày|ngày\s+cập\s+nhật|cập\s+nhật)\s*:?\s*)?"
    r"(?:(?:thứ\s+\w+|chủ\s+nhật)\s*,?\s*)?(?:ngày\s+)?\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}"
    r"(?:\s*[-,|]?\s*\d{1,2}[:h]\d{2}(?::\d{2})?)?(?:\s*(?:am|pm|sa|ch))?$",
    re.I,
)
_SOURCE = re.compile(r"^(?:nguồn(?:\s+tin)?|theo)\s*:\s*(?P<value>.+)$", re.I)
_TAGS = re.compile(r"^(?:tags?|từ\s+khóa)\s*:\s*(?P<value>.+)$", re.I)
_BYLINE_LABEL = re.compile(
    r"^(?:tin\s*(?:,|và)?\s*ảnh|bài\s*(?:,|và)?\s*ảnh|bài|tin|tác\s+giả|người\s+viết|ảnh)\s*:\s*(?P<value>.+)$",
    re.I,
)


def classify(line: str) -> str | None:
    """Why this line is page furniture, or None when it may be article text."""
    text = collapse_space(line)
    if not text:
        return None
    if _VIEWS.match(text):
        return "bộ đếm lượt xem (số đưa vào Views)"
    for reason, pattern in _RULES:
        if pattern.search(text) if "kcfinder" in pattern.pattern else pattern.match(text):
            return reason
    if is_breadcrumb(text):
        return "đường dẫn chuyên mục (breadcrumb)"
    return None


def is_breadcrumb(text: str) -> bool:
    parts = _BREADCRUMB.split(text)
    return len(parts) >= 3 or (
        len(parts) == 2 and canon(parts[0]) in {"home", "trang chủ", "trang chu"}
    )


def breadcrumb_parts(text: str) -> list[str]:
    return [collapse_space(part) for part in _BREADCRUMB.split(text) if part.strip()]


def is_date_line(text: str) -> bool:
    return bool(_DATE_ONLY.match(collapse_space(text)))


def is_number_line(text: str) -> bool:
    return bool(re.fullmatch(r"\d[\d.,]*", collapse_space(text)))


def source_of(text: str) -> str | None:
    match = _SOURCE.match(collapse_space(text))
    return match["value"].strip() if match else None


def tags_of(text: str) -> list[str] | None:
    match = _TAGS.match(collapse_space(text))
    if not match:
        return None
    return [tag.strip() for tag in re.split(r"[,;]", match["value"]) if tag.strip()]


def byline_of(line: str, is_last: bool) -> str | None:
    """The author of a signed article: "Tin, ảnh: Hoàng Lan", or a short name alone on the last line."""
    text = collapse_space(line)
    labelled = _BYLINE_LABEL.match(text)
    if labelled:
        return labelled["value"].strip(" .")
    words = text.split()
    # Portals right-align the signature with spaces; a short run of capitalised words ends it.
    if (
        is_last
        and 1 <= len(words) <= 4
        and all(w[:1].isupper() for w in words)
        and not re.search(r"[.:;!?\d]", text)
    ):
        return text
    return None
