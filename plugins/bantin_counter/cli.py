"""`bantin counter serve | import | export`: run the service, load legacy counts, snapshot."""

import argparse
import csv
import json
import os
import sys
import time
from pathlib import Path

DEFAULT_PORT = 8001
TOKEN_ENV = "BANTIN_COUNTER_TOKEN"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="bantin counter", description="Dịch vụ đếm lượt xem.")
    commands = parser.add_subparsers(dest="command", required=True)

    serve = commands.add_parser("serve", help="chạy dịch vụ đếm")
    serve.add_argument("--db", required=True, help="tệp SQLite hoặc postgresql://…")
    serve.add_argument("--manifest", required=True, help="output/counter-manifest.json")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=DEFAULT_PORT)
    serve.add_argument("--origin", help="nguồn của trang, ví dụ https://bantin.example.vn")
    serve.add_argument(
        "--trust-proxy",
        action="append",
        default=[],
        metavar="CIDR",
        help="proxy được tin để đọc X-Forwarded-For (lặp lại được)",
    )
    serve.add_argument(
        "--token-file", help=f"tệp chứa mã bảo vệ /api/v1/export (hoặc biến {TOKEN_ENV})"
    )
    serve.add_argument("--rate", type=int, default=60, help="lượt gửi tối đa/phút mỗi người đọc")
    serve.add_argument("--burst", type=int, default=20, help="lượt gửi dồn tối đa mỗi người đọc")

    legacy = commands.add_parser("import", help="nhập số lượt xem cũ (CSV path,views hoặc JSON)")
    legacy.add_argument("--db", required=True)
    legacy.add_argument("file", help="CSV 'path,views' hoặc JSON {\"/đường/dẫn.html\": số}")

    copy = commands.add_parser("copy", help="chép toàn bộ số liệu sang cơ sở dữ liệu khác")
    copy.add_argument("--from", dest="source", required=True, help="tệp SQLite hoặc postgresql://…")
    copy.add_argument("--to", dest="target", required=True, help="cơ sở dữ liệu trống")

    export = commands.add_parser("export", help="ghi bản chụp số lượt xem cho lúc dựng trang")
    export.add_argument("--db", required=True)
    export.add_argument("--output", "-o", help="tệp đích (mặc định: in ra màn hình)")
    return parser


def main(argv: list[str]) -> int:
    args = _parser().parse_args(argv)
    try:
        commands = {"serve": serve, "import": import_legacy, "export": export, "copy": copy}
        return commands[args.command](args)
    except ValueError as error:  # ManifestError, LegacyError, MigrateError: said to the user
        print(f"bantin counter: {error}", file=sys.stderr)
        return 1


def _token(args) -> str | None:
    if args.token_file:
        token = Path(args.token_file).read_text(encoding="utf-8").strip()
        if not token:
            raise ValueError(f"{args.token_file}: tệp mã rỗng")
        return token
    return os.environ.get(TOKEN_ENV) or None


def serve(args) -> int:
    import uvicorn

    from bantin_counter.app import Config, CounterApp
    from bantin_counter.rules import parse_networks
    from bantin_counter.store_common import open_store

    config = Config(
        manifest=args.manifest,
        origin=args.origin,
        trusted_proxies=parse_networks(args.trust_proxy),
        token=_token(args),
        rate_per_minute=args.rate,
        rate_burst=args.burst,
    )
    store = open_store(args.db)
    app = CounterApp(store, config).starlette()
    uvicorn.run(
        app,
        host=args.host,
        port=args.port,
        log_level="warning",
        access_log=False,  # an access log would store the readers' IPs and User-Agents
        server_header=False,
        proxy_headers=False,  # X-Forwarded-For is judged by --trust-proxy, not by uvicorn
    )
    return 0


class LegacyError(ValueError):
    pass


def read_legacy(path: Path) -> dict[str, int]:
    """Legacy counts from CSV (path,views; header optional) or a JSON object."""
    text = path.read_text(encoding="utf-8-sig")
    counts: dict[str, int] = {}
    if path.suffix.lower() == ".json":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as error:
            raise LegacyError(f"{path}:{error.lineno}: JSON không hợp lệ ({error.msg})") from None
        if not isinstance(data, dict):
            raise LegacyError(f'{path}: cần một đối tượng JSON {{"/đường/dẫn.html": số}}')
        rows = [(None, key, value) for key, value in data.items()]
    else:
        rows = [(number, *row) for number, row in enumerate(csv.reader(text.splitlines()), 1)]
    for number, *row in rows:
        where = f"{path}:{number}" if number else str(path)
        if number == 1 and row and row[0].strip().lower() == "path":
            continue
        if not row or all(not str(cell).strip() for cell in row):
            continue
        if len(row) != 2:
            raise LegacyError(f"{where}: cần hai cột path,views")
        page, views = str(row[0]).strip(), row[1]
        if not page.startswith("/"):
            raise LegacyError(f"{where}: đường dẫn phải bắt đầu bằng '/': {page!r}")
        try:
            value = (
                int(str(views).strip().replace(".", "")) if not isinstance(views, int) else views
            )
        except ValueError:
            raise LegacyError(f"{where}: số lượt xem không hợp lệ: {views!r}") from None
        if value < 0:
            raise LegacyError(f"{where}: số lượt xem không được âm: {value}")
        counts[page] = value
    return counts


def import_legacy(args) -> int:
    from bantin_counter.store_common import open_store

    counts = read_legacy(Path(args.file))
    store = open_store(args.db)
    try:
        store.import_legacy(counts)
    finally:
        store.close()
    print(f"Đã nhập số lượt xem cũ của {len(counts)} đường dẫn vào {args.db}.")
    return 0


def export(args) -> int:
    from bantin_counter.app import snapshot_of
    from bantin_counter.store_common import open_store

    store = open_store(args.db)
    try:
        snapshot = snapshot_of(store, time.time())
    finally:
        store.close()
    text = json.dumps(snapshot, ensure_ascii=False, sort_keys=True, indent=1) + "\n"
    if not args.output:
        sys.stdout.write(text)
        return 0
    target = Path(args.output)
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(target.name + ".tmp")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, target)  # a build reading the file never sees half of it
    return 0


def copy(args) -> int:
    from bantin_counter.migrate import copy_store
    from bantin_counter.store_common import open_store

    source, target = open_store(args.source), open_store(args.target)
    try:
        copied = copy_store(source, target)
    finally:
        source.close()
        target.close()
    print("Đã chép: " + ", ".join(f"{table} {rows}" for table, rows in copied.items()))
    return 0
