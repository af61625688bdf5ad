"""The Decap CMS admin at /admin/: config.yml from bantin's fields and site data, JavaScript from npm.

`python -m bantin_editor.admin OUTPUT [--local-backend URL]` writes OUTPUT/admin/ (run by
`make admin` after `npm ci`). Nothing is fetched from a CDN: decap-cms.js comes from
node_modules/decap-cms/dist, pinned in package-lock.json.
"""

import argparse
import os
import shutil
import sys
from pathlib import Path

import yaml

from bantin_editor.frontmatter import FIELD_ORDER
from bantin_editor.project import add_site_argument, load_site
from bantin_integrity.fields import KNOWN_FIELDS, display_name

DIST = Path("node_modules") / "decap-cms" / "dist"
# Short labels for the form; the long meaning from fields.py becomes the hint under each field.
LABELS = {
    "title": "Tiêu đề",
    "date": "Ngày giờ đăng",
    "modified": "Ngày giờ sửa",
    "unit": "Chi bộ / đảng bộ",
    "category": "Loại tin",
    "tags": "Từ khóa",
    "author": "Tác giả",
    "source": "Nguồn",
    "location": "Địa điểm",
    "image": "Ảnh đại diện",
    "image_caption": "Chú thích ảnh",
    "summary": "Tóm tắt",
    "views": "Lượt xem cũ",
    "status": "Trạng thái",
    "slug": "Đường dẫn riêng",
    "facts_people_add": "Thêm người tham dự",
    "facts_people_drop": "Bỏ người nhận nhầm",
    "facts_roles": "Sửa chức vụ",
    "facts_figures_add": "Thêm số liệu",
    "facts_figures_drop": "Bỏ số liệu sai",
    "facts_dates_add": "Thêm ngày diễn ra",
    "facts_dates_drop": "Bỏ ngày nhận nhầm",
    "facts_documents_add": "Thêm văn bản",
    "facts_documents_drop": "Bỏ văn bản nhận nhầm",
}
# Dates keep their offset ("2024-03-05T08:30:00+07:00"), which bantin's reader understands.
_DATETIME = {
    "widget": "datetime",
    "format": "YYYY-MM-DDTHH:mm:ssZ",
    "date_format": "DD/MM/YYYY",
    "time_format": "HH:mm",
}
WIDGETS = {
    "date": {**_DATETIME, "default": "{{now}}"},
    "modified": _DATETIME,
    "tags": {"widget": "list"},
    "image": {
        "widget": "image",
        "media_folder": "/content/images/uploads",
        "public_folder": "images/uploads",
    },
    "summary": {"widget": "text"},
    "views": {"widget": "number", "value_type": "int", "min": 0},
    "status": {"widget": "select", "options": ["published", "draft"], "default": "published"},
}
REQUIRED = ("title", "date", "unit", "category")


def _field(name: str, **extra) -> dict:
    meaning, example = KNOWN_FIELDS[name]
    field = {
        "name": display_name(name),
        "label": LABELS[name],
        "hint": f"{meaning}. Ví dụ: {example}",
    }
    field.update(WIDGETS.get(name, {"widget": "string"}))
    field.update(extra)
    if name not in REQUIRED:
        field["required"] = False
    return field


def backend_from_environment() -> dict:
    """GitHub or GitLab, from the CI that builds the site; git-gateway otherwise."""
    if os.environ.get("GITHUB_REPOSITORY"):
        return {"name": "github", "repo": os.environ["GITHUB_REPOSITORY"], "branch": "main"}
    if os.environ.get("CI_PROJECT_PATH"):
        return {
            "name": "gitlab",
            "repo": os.environ["CI_PROJECT_PATH"],
            "branch": os.environ.get("CI_DEFAULT_BRANCH", "main"),
        }
    return {"name": "git-gateway", "branch": "main"}


def decap_config(site, local_backend: str | None = None, backend: dict | None = None) -> dict:
    """config.yml as a dict: one collection of articles whose fields are bantin's metadata."""
    folder = os.path.relpath(site.articles_folder, site.root).replace(os.sep, "/")
    units = [entry["name"] for entry in site.units]
    categories = [entry["name"] for entry in site.categories]
    # The same defaults as `bantin new`: the entry marked `default: true`, else the first.
    unit, category = site.default_unit(), site.default_category()
    selects = {
        "unit": {
            "widget": "select",
            "options": units,
            **({"default": unit["name"]} if unit else {}),
        },
        "category": {
            "widget": "select",
            "options": categories,
            **({"default": category["name"]} if category else {}),
        },
    }
    fields = [_field(name, **selects.get(name, {})) for name in FIELD_ORDER]
    fields.append({"name": "body", "label": "Nội dung", "widget": "markdown"})
    fields += [_field(name) for name in KNOWN_FIELDS if name.startswith("facts_")]
    config = {
        "backend": backend or backend_from_environment(),
        "locale": "vi",
        "media_folder": "content/images/uploads",
        "public_folder": "{static}/images/uploads",
        # ASCII file names, đ -> d, as bantin's own slugs.
        "slug": {"encoding": "ascii", "clean_accents": True, "sanitize_replacement": "-"},
        "collections": [
            {
                "name": "articles",
                "label": "Bài viết",
                "label_singular": "bài viết",
                "folder": folder,
                "create": True,
                "extension": "md",
                "format": "yaml-frontmatter",
                "slug": "{{year}}-{{month}}-{{day}}-{{slug}}",
                "identifier_field": "Title",
                "summary": "{{title}}",
                "sortable_fields": ["Date", "Title"],
                "fields": fields,
            }
        ],
    }
    if local_backend:
        config["local_backend"] = {"url": local_backend}
    return config


INDEX_HTML = """<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Quản trị bản tin</title>
<link href="config.yml" type="text/yaml" rel="cms-config-url">
</head>
<body>
<script src="decap-cms.js"></script>
</body>
</html>
"""


def write_admin(site, output: Path, dist: Path, local_backend: str | None = None) -> Path:
    """OUTPUT/admin/ with index.html, config.yml and Decap's scripts (no source maps)."""
    if not (dist / "decap-cms.js").is_file():
        raise FileNotFoundError(
            f"không thấy {dist / 'decap-cms.js'}: hãy chạy `npm ci` (hoặc `make admin`) trước"
        )
    admin = output / "admin"
    admin.mkdir(parents=True, exist_ok=True)
    for item in dist.iterdir():
        # decap-cms.js loads its chunks (N.decap-cms.js) and wasm files from beside itself.
        if item.name.endswith(("decap-cms.js", ".wasm", "decap-cms.js.LICENSE.txt")):
            shutil.copyfile(item, admin / item.name)
    (admin / "index.html").write_text(INDEX_HTML, encoding="utf-8")
    config = decap_config(site, local_backend)
    (admin / "config.yml").write_text(
        yaml.safe_dump(config, allow_unicode=True, sort_keys=False, width=1000), encoding="utf-8"
    )
    return admin


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bantin_editor.admin",
        description="Ghi trang quản trị Decap CMS vào OUTPUT/admin/.",
    )
    parser.add_argument("output", help="thư mục trang đã dựng, ví dụ output")
    parser.add_argument(
        "--local-backend",
        help="địa chỉ decap-server khi soạn bài trên máy mình, ví dụ http://localhost:8081/api/v1",
    )
    add_site_argument(parser)
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    site = load_site(args.site)
    try:
        admin = write_admin(site, Path(args.output), site.root / DIST, args.local_backend)
    except FileNotFoundError as error:
        print(f"bantin admin: {error}", file=sys.stderr)
        return 1
    print(f"Đã ghi trang quản trị vào {admin}/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
