"""Index an already built site: python -m bantin_search OUTPUT_DIR (what PAGEFIND = True runs)."""

import argparse
import os
import sys
import time

from bantin_search.indexer import build_index


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("output", help="thư mục trang đã dựng, ví dụ output")
    parser.add_argument("--language", default="vi")
    options = parser.parse_args(argv)
    if not os.path.isfile(os.path.join(options.output, "index.html")):
        parser.error(
            f"{options.output}: chưa có trang đã dựng (thiếu index.html); hãy chạy make html"
        )
    started = time.perf_counter()
    count = build_index(options.output, options.language)
    print(f"Pagefind: {count} trang trong {time.perf_counter() - started:.1f} giây")
    return 0 if count else 1


if __name__ == "__main__":
    sys.exit(main())
