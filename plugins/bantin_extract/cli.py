"""`bantin extract [--format jsonl] FILE...`: one JSON object of facts per input file, in order."""

import argparse
import json
import sys

from bantin_extract.facts import extract
from bantin_extract.page import read_input


def extract_file(path: str) -> dict:
    """Facts of one file; raises OSError or UnicodeDecodeError when it cannot be read."""
    with open(path, encoding="utf-8") as handle:
        raw = handle.read()
    page = read_input(path, raw)
    facts = extract(
        page["body"],
        title=page["title"],
        published=page["published"],
        views=page["views"],
        year_hint=page.get("year_hint"),
    )
    return {"source": path, **facts}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bantin extract", description=__doc__)
    parser.add_argument("--format", choices=["jsonl"], default="jsonl")
    parser.add_argument("files", nargs="+", metavar="FILE")
    args = parser.parse_args(argv)
    failed = 0
    for path in args.files:
        try:
            facts = extract_file(path)
        except IsADirectoryError:
            print(
                f"bantin extract: {path}: là thư mục, không phải tệp; hãy chỉ ra từng tệp .md hoặc .txt",
                file=sys.stderr,
            )
            failed += 1
            continue
        except FileNotFoundError:
            print(f"bantin extract: {path}: không có tệp này", file=sys.stderr)
            failed += 1
            continue
        except UnicodeDecodeError as error:
            print(
                f"bantin extract: {path}: tệp không phải UTF-8 (byte {error.start}); "
                "hãy lưu lại với bảng mã UTF-8",
                file=sys.stderr,
            )
            failed += 1
            continue
        except OSError as error:
            print(f"bantin extract: {path}: không đọc được ({error.strerror})", file=sys.stderr)
            failed += 1
            continue
        sys.stdout.write(json.dumps(facts, ensure_ascii=False, sort_keys=True) + "\n")
    return 1 if failed else 0
