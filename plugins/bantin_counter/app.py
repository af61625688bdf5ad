"""The HTTP API (Starlette): /api/v1/hit, /counts, /site, /export and /healthz."""

import asyncio
import hmac
import json
import logging
import time
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import urlsplit

from starlette.applications import Starlette
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from bantin_counter.batcher import Batcher
from bantin_counter.crawlers import drop_reason
from bantin_counter.manifest import Manifest
from bantin_counter.ratelimit import RateLimiter
from bantin_counter.rules import client_address, reader_key, site_day
from bantin_counter.store_common import Hit

logger = logging.getLogger("bantin.counter")

MAX_BODY = 1024
MAX_PATHS = 50
SITE_CACHE_SECONDS = 1.0
ACCEPTED_TYPES = ("text/plain", "application/json")


@dataclass
class Config:
    manifest: str
    origin: str | None = None
    trusted_proxies: tuple = ()
    token: str | None = None
    rate_per_minute: int = 60
    rate_burst: int = 20


def header_map(request: Request) -> dict[str, str]:
    """The request's headers as one plain dict, read once: Starlette's Headers scans the raw
    list on every lookup, and the hit path looks up a dozen. Repeated headers are joined with
    commas, as HTTP defines (this matters for X-Forwarded-For)."""
    headers: dict[str, str] = {}
    for raw_name, raw_value in request.scope["headers"]:
        name, value = raw_name.decode("latin-1").lower(), raw_value.decode("latin-1")
        headers[name] = f"{headers[name]}, {value}" if name in headers else value
    return headers


def _error(status: int, message: str, headers: dict | None = None) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status, headers=headers)


class CounterApp:
    """Wires the rules, the store and the batcher to the HTTP endpoints."""

    def __init__(self, store, config: Config):
        self.store = store
        self.config = config
        self.manifest = Manifest(config.manifest)
        self.limiter = RateLimiter(config.rate_per_minute, config.rate_burst)
        self.batcher: Batcher | None = None
        self.reads = ThreadPoolExecutor(max_workers=1, thread_name_prefix="counter-reader")
        self._site_cache: tuple[float, dict] | None = None
        self.origin = config.origin.rstrip("/") if config.origin else None

    async def read(self, function, *args):
        return await asyncio.get_running_loop().run_in_executor(self.reads, function, *args)

    def cors(self, headers: dict[str, str]) -> dict | None:
        """CORS headers for an allowed request, None for a foreign origin. Requests without
        Origin (tools) and same-origin requests (the API proxied on the site's origin) pass;
        cross-origin browsers only from the configured site origin."""
        origin = headers.get("origin")
        if origin is None:
            return {}
        if self.origin and origin == self.origin:
            return {"Access-Control-Allow-Origin": origin, "Vary": "Origin"}
        if urlsplit(origin).netloc == headers.get("host"):
            return {}
        return None

    def drop(self, reason: str) -> None:
        if self.batcher:
            self.batcher.drop(site_day(time.time()), reason)

    async def hit(self, request: Request) -> Response:
        headers = header_map(request)
        cors = self.cors(headers)
        if cors is None:
            self.drop("foreign_origin")
            return _error(403, "Nguồn (Origin) không được phép ghi lượt xem.")
        media = headers.get("content-type", "").split(";")[0].strip().lower()
        if media not in ACCEPTED_TYPES:
            self.drop("bad_request")
            return _error(415, "Nội dung phải là text/plain chứa JSON.", cors)
        declared = headers.get("content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > MAX_BODY):
            self.drop("bad_request")
            return _error(413, f"Nội dung quá lớn (tối đa {MAX_BODY} byte).", cors)
        body = bytearray()
        async for chunk in request.stream():
            body += chunk
            if len(body) > MAX_BODY:
                self.drop("bad_request")
                return _error(413, f"Nội dung quá lớn (tối đa {MAX_BODY} byte).", cors)
        try:
            data = json.loads(body.decode("utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError):  # "[[[[…" nests past the limit
            data = None
        path = data.get("path") if isinstance(data, dict) else None
        if not isinstance(path, str):
            self.drop("bad_request")
            return _error(400, 'Cần JSON dạng {"path": "/2024/03/ten-bai.html"}.', cors)
        if path not in self.manifest:
            self.drop("unknown_path")
            return _error(404, "Đường dẫn không có trong danh sách bài được đếm.", cors)
        return await self._count(request, headers, path, cors)

    async def _count(self, request: Request, headers: dict, path: str, cors: dict) -> Response:
        now = time.time()
        day = site_day(now)
        user_agent = headers.get("user-agent", "")
        reason = drop_reason(user_agent, headers)
        if reason:
            self.batcher.drop(day, reason)
            return Response(status_code=204, headers=cors)
        peer = request.client.host if request.client else ""
        address = client_address(peer, headers.get("x-forwarded-for"), self.config.trusted_proxies)
        reader = reader_key(await self.batcher.salt(day), address, user_agent)
        if not self.limiter.allow(reader):
            self.batcher.drop(day, "rate_limit")
            return _error(429, "Quá nhiều lượt gửi; hãy thử lại sau.", cors)
        if not await self.batcher.submit(Hit(day, reader, path, now)):
            self.batcher.drop(day, "duplicate")
        return Response(status_code=204, headers=cors)

    async def counts(self, request: Request) -> Response:
        cors = self.cors(header_map(request))
        if cors is None:
            return _error(403, "Nguồn (Origin) không được phép.")
        paths = list(dict.fromkeys(request.query_params.getlist("path")))
        if not paths or len(paths) > MAX_PATHS:
            return _error(400, f"Cần từ 1 đến {MAX_PATHS} tham số path.", cors)
        unknown = [path for path in paths if path not in self.manifest]
        if unknown:
            return _error(404, f"Đường dẫn không được đếm: {unknown[0][:200]}", cors)
        counts = await self.read(self.store.counts, paths)
        return JSONResponse({"counts": counts}, headers={**cors, "Cache-Control": "no-store"})

    async def site(self, request: Request) -> Response:
        cors = self.cors(header_map(request))
        if cors is None:
            return _error(403, "Nguồn (Origin) không được phép.")
        now = time.time()
        if self._site_cache is None or now - self._site_cache[0] > SITE_CACHE_SECONDS:
            self._site_cache = (now, await self.read(self.store.site, site_day(now), now))
        return JSONResponse(self._site_cache[1], headers={**cors, "Cache-Control": "no-store"})

    async def export(self, request: Request) -> Response:
        if not self.config.token:
            return _error(404, "Chưa bật xuất số liệu (thiếu --token-file).")
        given = request.headers.get("authorization", "")
        if not given.startswith("Bearer "):
            return _error(401, "Cần tiêu đề Authorization: Bearer <mã>.")
        if not hmac.compare_digest(given[7:].encode(), self.config.token.encode()):
            return _error(403, "Mã xuất số liệu không đúng.")
        now = time.time()
        snapshot = await self.read(snapshot_of, self.store, now)
        return JSONResponse(snapshot, headers={"Cache-Control": "no-store"})

    async def preflight(self, request: Request) -> Response:
        cors = self.cors(header_map(request))
        if cors is None:
            return _error(403, "Nguồn (Origin) không được phép.")
        return Response(
            status_code=204,
            headers={
                **cors,
                "Access-Control-Allow-Methods": "GET, POST",
                "Access-Control-Allow-Headers": "Content-Type",
                "Access-Control-Max-Age": "86400",
            },
        )

    async def healthz(self, request: Request) -> Response:
        return Response("ok\n", media_type="text/plain")

    @asynccontextmanager
    async def lifespan(self, app):
        self.batcher = Batcher(self.store)
        self.batcher.start()
        try:
            yield
        finally:
            await self.batcher.stop()
            self.reads.shutdown(wait=True)
            self.store.close()

    def starlette(self):
        routes = [
            Route("/api/v1/hit", self.hit, methods=["POST"]),
            Route("/api/v1/counts", self.counts, methods=["GET"]),
            Route("/api/v1/site", self.site, methods=["GET"]),
            Route("/api/v1/export", self.export, methods=["GET"]),
            Route("/api/v1/{name:path}", self.preflight, methods=["OPTIONS"]),
            Route("/healthz", self.healthz, methods=["GET"]),
        ]
        app = Starlette(
            routes=routes,
            lifespan=self.lifespan,
            exception_handlers={Exception: self._failure},
        )
        return HitFastPath(app, self)

    async def _failure(self, request: Request, error: Exception) -> Response:
        # Reached only when the store fails (disk full, database down): say so, never pretend.
        return _error(503, "Dịch vụ đếm tạm thời không ghi được; hãy thử lại sau.")


class HitFastPath:
    """Sends POST /api/v1/hit straight to its handler, past Starlette's middleware and router
    (a quarter of the CPU a hit costs); everything else goes through Starlette as usual."""

    def __init__(self, app: Starlette, counter: CounterApp):
        self.app = app
        self.counter = counter

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http" or scope["path"] != "/api/v1/hit" or scope["method"] != "POST":
            await self.app(scope, receive, send)
            return
        request = Request(scope, receive)
        try:
            response = await self.counter.hit(request)
        except ClientDisconnect:
            return  # the reader left before sending the body: nothing to count or answer
        except Exception as error:
            logger.exception("bantin_counter: lỗi khi ghi lượt xem")
            response = await self.counter._failure(request, error)
        await response(scope, receive, send)


def snapshot_of(store, now: float) -> dict:
    """Everything the build needs, in the snapshot format the build side reads."""
    data = store.export()
    return {
        "format": 1,
        "generated": datetime.fromtimestamp(now, UTC).isoformat(timespec="seconds"),
        "site": store.site(site_day(now), now),
        **data,
    }
