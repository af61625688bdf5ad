"""What `bantin check` asks of an article beyond what the build enforces: site data, images, URLs."""

import re
from datetime import datetime
from pathlib import Path

from bantin_editor.new import PLACEHOLDER
from bantin_editor.problems import ERROR, WARNING, Problem
from bantin_integrity.fields import display_name
from bantin_integrity.reader import field_line

# ![chú thích](images/a.jpg), ![](/images/a.jpg "tên"), <img src="...">
_MARKDOWN_IMAGE = re.compile(r"!\[[^\]]*\]\(\s*<?([^)\s>]+)")
_HTML_IMAGE = re.compile(r"<img\b[^>]*\bsrc\s*=\s*[\"']([^\"']+)", re.I)
_EXTERNAL = re.compile(r"^(?:[a-z]+:)?//|^data:", re.I)


def _choices(entries: list[dict]) -> str:
    return ", ".join(f"'{entry['name']}'" for entry in entries)


def check_site_data(site, content, path: Path, shown: str) -> list[Problem]:
    """Unit and Category must be listed in data/units.yml and data/categories.yml."""
    problems = []
    for name, entries, finder, data_file in (
        ("unit", site.units, site.find_unit, "data/units.yml"),
        ("category", site.categories, site.find_category, "data/categories.yml"),
    ):
        line = field_line(str(path), name)
        value = content.metadata.get(name)
        if line is None:
            problems.append(
                Problem(
                    shown,
                    None,
                    WARNING,
                    f"chưa có '{display_name(name)}:'; nên ghi một trong {_choices(entries)}",
                )
            )
        elif entries and not finder(str(value)):
            problems.append(
                Problem(
                    shown,
                    line,
                    ERROR,
                    f"{display_name(name)}: '{value}' không có trong {data_file}; "
                    f"hãy chọn một trong {_choices(entries)} (hoặc thêm vào {data_file})",
                )
            )
    return problems


def image_target(site, path: Path, reference: str) -> Path:
    """Where the build looks for an image written in an article."""
    reference = reference.split("#")[0].split("?")[0]
    for prefix in ("{static}", "{attach}", "{filename}"):
        if reference.startswith(prefix):
            return site.content / reference[len(prefix) :].lstrip("/")
    if reference.startswith("/"):
        return site.content / reference.lstrip("/")
    beside = path.parent / reference
    return beside if beside.exists() else site.content / reference


def check_images(site, content, path: Path, shown: str, text: str) -> list[Problem]:
    problems = []
    references = []
    if content.metadata.get("image"):
        references.append((field_line(str(path), "image"), str(content.metadata["image"]), "Image"))
    for number, line in enumerate(text.splitlines(), 1):
        for pattern in (_MARKDOWN_IMAGE, _HTML_IMAGE):
            references += [(number, ref, "ảnh trong bài") for ref in pattern.findall(line)]
    for line, reference, what in references:
        if _EXTERNAL.match(reference):
            problems.append(
                Problem(
                    shown,
                    line,
                    WARNING,
                    f"{what}: '{reference}' là ảnh ở trang khác, có thể mất; nên tải về content/images/",
                )
            )
        elif not image_target(site, path, reference).is_file():
            problems.append(
                Problem(
                    shown,
                    line,
                    ERROR,
                    f"{what}: không thấy tệp ảnh '{reference}'; hãy đặt ảnh vào "
                    f"content/images/ và ghi đường dẫn tính từ content/, ví dụ 'images/2024/anh.jpg'",
                )
            )
    return problems


def check_text(content, path: Path, shown: str, text: str, now: datetime) -> list[Problem]:
    problems = []
    if PLACEHOLDER in text:
        problems.append(
            Problem(
                shown, None, WARNING, "bài còn dòng mẫu của `bantin new`; hãy viết nội dung thật"
            )
        )
    if str(content.metadata.get("status", "")).lower() == "draft":
        problems.append(
            Problem(
                shown,
                None,
                WARNING,
                "bài đang là bản nháp (Status: draft), sẽ không hiện trên trang",
            )
        )
    tags = content.metadata.get("tags") or []
    if text.startswith("---") and len(tags) == 1 and "," in str(tags[0]):
        # In YAML "Tags: a, b" is ONE tag; the Markdown header form splits it, YAML does not.
        problems.append(
            Problem(
                shown,
                field_line(str(path), "tags"),
                WARNING,
                f"Tags: '{tags[0]}' là MỘT từ khóa; ở phần đầu YAML hãy viết mỗi từ khóa "
                "một dòng bắt đầu bằng '- '",
            )
        )
    for number, line in enumerate(text.splitlines(), 1):
        if line.startswith("# Cần xem:"):  # left by `bantin import` until the editor resolves it
            problems.append(
                Problem(shown, number, WARNING, f"{line[2:]} (xóa dòng ghi chú này khi đã sửa)")
            )
    date = content.metadata.get("date")
    if isinstance(date, datetime) and date.replace(tzinfo=None) > now:
        problems.append(
            Problem(
                shown,
                None,
                WARNING,
                f"ngày đăng {date:%d/%m/%Y %H:%M} ở tương lai; kiểm tra lại Date",
            )
        )
    return problems


def url_collisions(saved: dict[str, list[str]]) -> dict[str, str]:
    """{source: message} for every file that shares its output URL with another."""
    messages = {}
    for url, sources in saved.items():
        if len(sources) > 1:
            for source in sources:
                others = " và ".join(s for s in sources if s != source)
                messages[source] = (
                    f"trùng đường dẫn {url} với {others}; hãy thêm 'Slug:' khác nhau "
                    "(ví dụ thêm '-2' vào cuối) để không bài nào bị ghi đè"
                )
    return messages
