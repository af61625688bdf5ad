"""Every metadata field an article or page may carry, with what it means (README's table comes from here)."""

# name (lower case, as Pelican stores it) -> (meaning for editors, example)
CONTENT_FIELDS = {
    "title": ("Tiêu đề bài viết (bắt buộc)", "Chi bộ Khoa Toán kết nạp đảng viên mới"),
    "date": ("Ngày giờ đăng, ngày trước tháng sau (bắt buộc với bài viết)", "05/03/2024 08:30"),
    "modified": ("Ngày giờ sửa lần cuối", "06/03/2024 10:00"),
    "unit": ("Chi bộ / đảng bộ đăng tin (tên như trong data/units.yml)", "Chi bộ Khoa Toán - Tin"),
    "category": ("Loại tin", "Kết nạp đảng viên"),
    "tags": ("Từ khóa, cách nhau bằng dấu phẩy", "phát triển đảng viên, sinh viên"),
    "author": ("Tác giả / người viết tin", "Nguyễn Thu Trang"),
    "authors": ("Nhiều tác giả, cách nhau bằng dấu phẩy", "Lê Văn Khánh, Trần Thị Mai"),
    "source": ("Nguồn tin", "Văn phòng Đảng ủy"),
    "location": ("Nơi diễn ra sự kiện", "Hội trường A2"),
    "image": ("Ảnh đại diện, đường dẫn trong content/", "images/2024/ket-nap.jpg"),
    "image_caption": ("Chú thích ảnh đại diện", "Đồng chí Bí thư trao quyết định kết nạp"),
    "summary": ("Tóm tắt hiển thị ở trang chủ", "Chi bộ kết nạp 02 đảng viên mới."),
    "views": ("Lượt xem mang sang từ cổng thông tin cũ", "237"),
    "status": ("draft: bản nháp, không đăng; published: đăng (mặc định)", "draft"),
    "slug": (
        "Đường dẫn riêng khi hai bài trùng tiêu đề trong cùng tháng",
        "sinh-hoat-thang-3-chi-bo-2",
    ),
    "lang": ("Ngôn ngữ (mặc định vi)", "vi"),
    "template": ("Mẫu trang riêng trong theme/templates", "unit_profile"),
    "save_as": ("Đường dẫn tệp đầu ra (nâng cao)", "gioi-thieu.html"),
    "url": ("Đường dẫn trang (nâng cao)", "gioi-thieu.html"),
    "order": ("Thứ tự trang trong trình đơn", "1"),
}

# Editors have the last word over extraction: these correct the facts shown in sidebars.
FACT_OVERRIDE_FIELDS = {
    "facts_people_add": (
        "Thêm người tham dự (mỗi người cách nhau bằng ;)",
        "đồng chí ThS. Lê Văn A – Bí thư Chi bộ; bà Trần Thị B",
    ),
    "facts_people_drop": ("Bỏ người bị nhận nhầm (tên, cách nhau bằng ;)", "Hồ Chí Minh"),
    "facts_roles": ("Sửa chức vụ: Tên = chức vụ (cách nhau bằng ;)", "Lê Văn A = Bí thư Chi bộ"),
    "facts_figures_add": ("Thêm số liệu (cách nhau bằng ;)", "12 đảng viên; 37,9 triệu đồng"),
    "facts_figures_drop": (
        "Bỏ số liệu sai (đoạn chữ như trong bài, cách nhau bằng ;)",
        "2024 đồng",
    ),
    "facts_dates_add": ("Thêm ngày diễn ra (cách nhau bằng ;)", "05/03/2024"),
    "facts_dates_drop": ("Bỏ ngày bị nhận nhầm (cách nhau bằng ;)", "19/05/1890"),
    "facts_documents_add": (
        "Thêm văn bản: Loại số Số ngày dd/mm/yyyy",
        "Công văn số 308-CV/TU ngày 26/11/2021",
    ),
    "facts_documents_drop": ("Bỏ văn bản bị nhận nhầm (số hiệu)", "01"),
}

KNOWN_FIELDS = {**CONTENT_FIELDS, **FACT_OVERRIDE_FIELDS}


def display_name(name: str) -> str:
    """How editors write a field: "image_caption" -> "Image_Caption"."""
    return "_".join(part.capitalize() for part in name.split("_"))
