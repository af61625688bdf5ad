"""Dispatches `bantin SUBCOMMAND ...` to the package that owns the subcommand."""

import importlib
import sys

# subcommand -> (module with main(argv) -> int, one-line help). Modules import lazily so
# `bantin extract` does not pay for Starlette and `bantin counter` not for the extractor.
SUBCOMMANDS = {
    "extract": ("bantin_extract.cli", "in ra dữ kiện (người, ngày, số liệu, văn bản) của bài viết"),
    "check": ("bantin_editor.check", "kiểm tra bài viết trước khi đăng"),
    "import": ("bantin_editor.legacy_import", "nhập bài từ cổng thông tin cũ"),
    "new": ("bantin_editor.new", "tạo bài viết mới"),
    "counter": ("bantin_counter.cli", "dịch vụ đếm lượt xem"),
}


def usage() -> str:
    lines = ["Cách dùng: bantin LỆNH [tham số...]", "", "Các lệnh:"]
    lines += [f"  {name:<8} {help_text}" for name, (_, help_text) in SUBCOMMANDS.items()]
    lines += ["", "Xem thêm: bantin LỆNH --help"]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if not argv or argv[0] in ("-h", "--help"):
        print(usage())
        return 0 if argv else 2
    name, rest = argv[0], argv[1:]
    if name not in SUBCOMMANDS:
        print(f"bantin: không có lệnh '{name}'.\n\n{usage()}", file=sys.stderr)
        return 2
    module = importlib.import_module(SUBCOMMANDS[name][0])
    return module.main(rest)


if __name__ == "__main__":
    sys.exit(main())
