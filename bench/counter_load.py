"""Load generator for the counter service: keep-alive HTTP/1.1 hits from many readers.

Run as its own process (the service must not share its event loop):
    python bench/counter_load.py --port 8001 --manifest output/counter-manifest.json \
        --connections 64 --duration 60
Every request comes from a new reader (a fresh X-Forwarded-For address; start the service
with --trust-proxy 127.0.0.1), so every acknowledged hit must be a recorded view. Prints a
JSON summary: sent, acknowledged (204) per path, status counts, views/s, latency percentiles.
"""

import argparse
import asyncio
import itertools
import json
import random
import sys
import time
from collections import Counter

BROWSERS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 "
    "(KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 13; SM-A536E) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/123.0.6312.99 Mobile Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "coc_coc_browser/123.0.218 Chrome/117.0.5938.218 Safari/537.36",
]


def percentile(values: list[float], fraction: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


class Load:
    def __init__(self, args, paths: list[str]):
        self.args = args
        self.paths = paths
        self.readers = itertools.count(args.first_reader)
        self.statuses: Counter = Counter()
        self.acked: Counter = Counter()
        self.latencies: list[float] = []
        self.errors = 0
        self.sent = 0
        self.stop_at = 0.0

    def request(self) -> tuple[bytes, str]:
        number = next(self.readers)
        address = f"10.{number >> 16 & 255}.{number >> 8 & 255}.{number & 255}"
        if number >= 1 << 24:
            address = f"172.{16 + (number >> 24 & 15)}.{number >> 8 & 255}.{number & 255}"
        path = self.paths[number % len(self.paths)]
        body = json.dumps({"path": path}).encode()
        head = (
            f"POST /api/v1/hit HTTP/1.1\r\nHost: {self.args.host}:{self.args.port}\r\n"
            f"User-Agent: {random.choice(BROWSERS)}\r\nContent-Type: text/plain;charset=UTF-8\r\n"
            f"X-Forwarded-For: {address}\r\nContent-Length: {len(body)}\r\n\r\n"
        )
        return head.encode() + body, path

    async def connection(self) -> None:
        while time.monotonic() < self.stop_at:
            try:
                reader, writer = await asyncio.open_connection(self.args.host, self.args.port)
            except OSError:
                self.errors += 1
                await asyncio.sleep(0.05)
                continue
            try:
                while time.monotonic() < self.stop_at:
                    data, path = self.request()
                    started = time.perf_counter()
                    writer.write(data)
                    self.sent += 1
                    head = await reader.readuntil(b"\r\n\r\n")
                    status = int(head[9:12])
                    length = 0
                    for line in head.split(b"\r\n"):
                        if line[:15].lower() == b"content-length:":
                            length = int(line[15:])
                    if length:
                        await reader.readexactly(length)
                    self.latencies.append(time.perf_counter() - started)
                    self.statuses[status] += 1
                    if status == 204:
                        self.acked[path] += 1
            except (OSError, asyncio.IncompleteReadError, ValueError):
                self.errors += 1  # the service died mid-request: that hit is not acknowledged
            finally:
                writer.close()

    async def run(self) -> dict:
        started = time.monotonic()
        self.stop_at = started + self.args.duration
        await asyncio.gather(*(self.connection() for _ in range(self.args.connections)))
        elapsed = time.monotonic() - started
        return {
            "seconds": round(elapsed, 2),
            "connections": self.args.connections,
            "sent": self.sent,
            "acknowledged": sum(self.acked.values()),
            "views_per_second": round(sum(self.acked.values()) / elapsed, 1),
            "statuses": {str(key): value for key, value in sorted(self.statuses.items())},
            "connection_errors": self.errors,
            "p50_ms": round(percentile(self.latencies, 0.50) * 1000, 2),
            "p99_ms": round(percentile(self.latencies, 0.99) * 1000, 2),
            "max_ms": round(max(self.latencies, default=0) * 1000, 2),
            "acked_per_path": dict(sorted(self.acked.items())),
        }


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8001)
    parser.add_argument("--manifest", required=True)
    parser.add_argument("--connections", type=int, default=64)
    parser.add_argument("--duration", type=float, default=10.0)
    parser.add_argument("--first-reader", type=int, default=1, help="start of reader numbers")
    args = parser.parse_args(argv)
    if args.host not in ("127.0.0.1", "localhost", "::1"):
        parser.error("loopback only: this tool must not load anyone else's server")
    with open(args.manifest, encoding="utf-8") as handle:
        paths = json.load(handle)
    try:
        import uvloop

        uvloop.install()
    except ImportError:
        pass
    summary = asyncio.run(Load(args, paths).run())
    json.dump(summary, sys.stdout, ensure_ascii=False)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
