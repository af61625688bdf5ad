"""The counter API contract (bantin_counter.app): status codes, counting rules, privacy."""

import json
import sqlite3
import warnings

import pytest

from bantin_counter.app import Config, CounterApp
from bantin_counter.rules import client_address, parse_networks, site_day
from bantin_counter.store_sqlite import SqliteStore

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

ARTICLE = "/2024/03/hoi-nghi-chi-bo.html"
OTHER = "/2024/04/ket-nap-dang-vien.html"
ORIGIN = "https://bantin.example.vn"
CHROME = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36"
TEXT = {"Content-Type": "text/plain;charset=UTF-8", "User-Agent": CHROME}


@pytest.fixture
def service(tmp_path):
    """Starts the app on a fresh SQLite file: service(**Config fields, client=(ip, port))."""
    clients = []

    def start(client=("198.51.100.7", 40000), **settings):
        manifest = tmp_path / "counter-manifest.json"
        manifest.write_text(json.dumps([ARTICLE, OTHER]), encoding="utf-8")
        config = Config(manifest=str(manifest), **{"origin": ORIGIN, **settings})
        store = SqliteStore(str(tmp_path / "counter.sqlite3"))
        test_client = TestClient(
            CounterApp(store, config).starlette(), client=client, raise_server_exceptions=False
        )
        clients.append(test_client.__enter__())
        return test_client

    yield start
    for client in clients:
        client.__exit__(None, None, None)


def hit(client, path=ARTICLE, headers=None, **kwargs):
    return client.post(
        "/api/v1/hit",
        content=json.dumps({"path": path}),
        headers={**TEXT, **(headers or {})},
        **kwargs,
    )


def counts(client, *paths):
    return client.get("/api/v1/counts", params=[("path", p) for p in paths]).json()["counts"]


def test_a_view_is_counted_once_per_reader_per_day(service):
    client = service()
    assert hit(client).status_code == 204
    assert hit(client).status_code == 204  # the same reader again: acknowledged, not counted
    assert hit(client, headers={"User-Agent": CHROME + " Edg/124"}).status_code == 204
    assert hit(client, OTHER).status_code == 204
    assert counts(client, ARTICLE, OTHER) == {ARTICLE: 2, OTHER: 1}


def test_site_totals_and_online_readers(service):
    client = service()
    for number in range(3):
        hit(client, headers={"User-Agent": f"{CHROME} r{number}"})
    site = client.get("/api/v1/site")
    assert site.status_code == 200
    assert site.json() == {"total": 3, "today": 3, "month": 3, "online": 3}


def test_health(service):
    assert service().get("/healthz").status_code == 200


@pytest.mark.parametrize(
    ("body", "content_type", "status"),
    [
        (b'{"path": ', "text/plain", 400),
        (b"[1, 2]", "text/plain", 400),
        (b'{"path": 12}', "text/plain", 400),
        (b"\xff\xfe", "text/plain", 400),
        (b"[" * 1024, "text/plain", 400),
        (b'{"path": "/khong-co.html"}', "text/plain", 404),
        (json.dumps({"path": ARTICLE}).encode(), "application/x-www-form-urlencoded", 415),
        (json.dumps({"path": ARTICLE}).encode(), "", 415),
        (json.dumps({"path": ARTICLE, "x": "a" * 2000}).encode(), "text/plain", 413),
    ],
)
def test_bad_input_gets_a_4xx(service, body, content_type, status):
    client = service()
    response = client.post(
        "/api/v1/hit", content=body, headers={"Content-Type": content_type, "User-Agent": CHROME}
    )
    assert response.status_code == status
    assert response.json()["error"]
    assert counts(client, ARTICLE) == {ARTICLE: 0}


def test_foreign_origin_is_refused_and_the_site_origin_gets_cors(service):
    client = service()
    assert hit(client, headers={"Origin": "https://evil.example"}).status_code == 403
    allowed = hit(client, headers={"Origin": ORIGIN})
    assert allowed.status_code == 204
    assert allowed.headers["access-control-allow-origin"] == ORIGIN
    same_site = hit(client, headers={"Origin": "http://testserver", "User-Agent": CHROME + "2"})
    assert same_site.status_code == 204
    assert "access-control-allow-origin" not in same_site.headers
    preflight = client.options("/api/v1/hit", headers={"Origin": ORIGIN})
    assert preflight.status_code == 204
    assert (
        client.options("/api/v1/hit", headers={"Origin": "https://evil.example"}).status_code == 403
    )
    assert counts(client, ARTICLE) == {ARTICLE: 2}


def test_rate_limit_per_reader(service):
    client = service(rate_per_minute=1, rate_burst=3)
    statuses = [hit(client).status_code for _ in range(5)]
    assert statuses == [204, 204, 204, 429, 429]
    assert hit(client, headers={"User-Agent": CHROME + " other"}).status_code == 204


def test_counts_asks_for_1_to_50_known_paths(service):
    client = service()
    assert client.get("/api/v1/counts").status_code == 400
    many = [("path", ARTICLE)] + [("path", f"/{n}.html") for n in range(50)]
    assert client.get("/api/v1/counts", params=many).status_code == 400
    assert client.get("/api/v1/counts", params={"path": "/khong-co.html"}).status_code == 404


@pytest.mark.parametrize(
    ("headers", "reason"),
    [
        (
            {
                "User-Agent": "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"
            },
            "crawler",
        ),
        ({"User-Agent": ""}, "empty_ua"),
        ({"Sec-Purpose": "prefetch;prerender"}, "prefetch"),
        ({"Purpose": "prefetch"}, "prefetch"),
    ],
)
def test_non_readers_are_dropped_and_tallied(service, headers, reason):
    client = service(token="sekret")
    assert hit(client, headers=headers).status_code == 204
    assert counts(client, ARTICLE) == {ARTICLE: 0}
    hit(client, OTHER)  # a real view commits the tallies gathered so far
    export = client.get("/api/v1/export", headers={"Authorization": "Bearer sekret"}).json()
    assert export["drops"] == {reason: 1}


def test_export_needs_the_token(service):
    client = service(token="sekret")
    hit(client)
    assert client.get("/api/v1/export").status_code == 401
    assert client.get("/api/v1/export", headers={"Authorization": "Bearer nope"}).status_code == 403
    export = client.get("/api/v1/export", headers={"Authorization": "Bearer sekret"}).json()
    assert export["counts"] == {ARTICLE: 1}
    assert export["site"]["total"] == 1


def test_forwarded_for_is_believed_only_from_configured_proxies(service):
    untrusted = service()
    for address in ("203.0.113.1", "203.0.113.2"):
        hit(untrusted, headers={"X-Forwarded-For": address})
    assert counts(untrusted, ARTICLE) == {ARTICLE: 1}  # one reader spoofing two addresses


def test_forwarded_for_from_a_trusted_proxy_separates_readers(service):
    proxied = service(client=("127.0.0.1", 40000), trusted_proxies=parse_networks(["127.0.0.1"]))
    for address in ("203.0.113.1", "203.0.113.2", "203.0.113.2"):
        hit(proxied, headers={"X-Forwarded-For": address})
    assert counts(proxied, ARTICLE) == {ARTICLE: 2}


def test_client_address_takes_the_rightmost_untrusted_hop():
    trusted = parse_networks(["10.0.0.0/8"])
    assert client_address("10.0.0.5", "1.1.1.1, 203.0.113.9, 10.0.0.2", trusted) == "203.0.113.9"
    assert client_address("198.51.100.1", "203.0.113.9", trusted) == "198.51.100.1"
    assert client_address("10.0.0.5", "garbage", trusted) == "10.0.0.5"


def test_the_day_is_the_day_in_ha_noi():
    # 17:30 UTC on 4 March is 00:30 on 5 March in Hà Nội.
    assert site_day(1709573400) == "2024-03-05"


def test_no_byte_of_an_ip_or_user_agent_reaches_the_database(service, tmp_path):
    agent = "Mozilla/5.0 (Linux; Android 13) Chrome/124.0 Mobile Safari/537.36 DauVetRiengXYZ"
    proxied = service(client=("127.0.0.1", 40000), trusted_proxies=parse_networks(["127.0.0.1"]))
    for number in range(20):
        response = hit(
            proxied, headers={"User-Agent": agent, "X-Forwarded-For": f"203.0.113.{number}"}
        )
        assert response.status_code == 204
    proxied.__exit__(None, None, None)
    stored = b"".join(path.read_bytes() for path in tmp_path.glob("counter.sqlite3*"))
    assert ARTICLE.encode() in stored  # the grep can find what is there
    for needle in (b"203.0.113", b"DauVetRiengXYZ", b"Android 13", bytes([203, 0, 113])):
        assert needle not in stored


def test_a_rebuilt_manifest_is_picked_up(service, tmp_path, monkeypatch):
    monkeypatch.setattr("bantin_counter.manifest.RECHECK_SECONDS", 0.0)
    client = service()
    assert hit(client, "/2025/01/bai-moi.html").status_code == 404
    manifest = tmp_path / "counter-manifest.json"
    manifest.write_text(json.dumps([ARTICLE, "/2025/01/bai-moi.html"]) + " ", encoding="utf-8")
    assert hit(client, "/2025/01/bai-moi.html").status_code == 204


def test_a_failing_database_is_a_503_and_nothing_is_acknowledged(service, monkeypatch):
    client = service()
    assert hit(client).status_code == 204

    def disk_full(*args):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(SqliteStore, "record", disk_full)
    response = hit(client, headers={"User-Agent": CHROME + " khac"})
    assert response.status_code == 503
    assert "thử lại" in response.json()["error"]
    monkeypatch.undo()
    assert counts(client, ARTICLE) == {ARTICLE: 1}
