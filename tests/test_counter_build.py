"""Build side of the counter (bantin_counter.build, .snapshot) in real Pelican builds."""

import json
import shutil
import threading
from functools import partial
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures" / "counter"
ARTICLES = ("counter/article_with_views.md", "counter/article_without_views.md")
WITH_VIEWS = "2024/03/hoi-nghi-chi-bo-thang-3-2024.html"
WITHOUT_VIEWS = "2024/04/ket-nap-dang-vien-moi-thang-4-2024.html"


def shown(site, page: str) -> str:
    return site.soup(page).select_one(".view-count").get_text(" ", strip=True)


def footer(site, page: str) -> dict:
    cells = site.soup(page).select("[data-counter-site]")
    return {cell["data-counter-site"]: cell.get_text(strip=True) for cell in cells}


def test_with_the_service_down_pages_show_the_legacy_views(site_from, tmp_path):
    # Nothing listens on port 9 and there is no earlier snapshot: the build still succeeds.
    site = site_from(
        *ARTICLES,
        COUNTER_SNAPSHOT="http://127.0.0.1:9/api/v1/export",
        COUNTER_TIMEOUT=0.5,
        COUNTER_SNAPSHOT_CACHE=str(tmp_path / "none.json"),
    )
    assert shown(site, WITH_VIEWS) == "Lượt xem: 237"
    assert shown(site, WITHOUT_VIEWS) == "Lượt xem: 0"
    assert footer(site, WITH_VIEWS)["total"] == "237"
    manifest = json.loads(site.read("counter-manifest.json"))
    assert manifest == sorted(["/" + WITH_VIEWS, "/" + WITHOUT_VIEWS])


def test_snapshot_counts_are_added_to_the_legacy_views(site_from, tmp_path):
    site = site_from(
        *ARTICLES,
        COUNTER_SNAPSHOT=str(FIXTURES / "snapshot.json"),
        COUNTER_SNAPSHOT_CACHE=str(tmp_path / "last.json"),
        COUNTER_API="http://127.0.0.1:8001/api/v1",
    )
    assert shown(site, WITH_VIEWS) == "Lượt xem: 1.237"
    assert shown(site, WITHOUT_VIEWS) == "Lượt xem: 45"  # imported legacy 40 + 5 counted
    box = site.soup(WITH_VIEWS).select_one(".view-count")
    assert (box["data-counter-path"], box["data-counter-base"]) == ("/" + WITH_VIEWS, "237")
    # 1045 from the service (counted and imported) + 237 only the Views metadata knows.
    assert footer(site, WITH_VIEWS) == {
        "online": "3",
        "today": "12",
        "month": "305",
        "total": "1.282",
    }
    script = site.soup(WITH_VIEWS).select_one("script[src$='js/counter.js']")
    assert script.has_attr("defer") and script["data-api"]
    assert site.exists("theme/js/counter.js")


def test_without_a_counter_api_pages_show_baked_numbers_and_call_nothing(site_from):
    # `make serve` alone: no service runs, so no script may try to reach one.
    site = site_from(*ARTICLES)
    assert shown(site, WITH_VIEWS) == "Lượt xem: 237"
    assert site.soup(WITH_VIEWS).select_one("script[src$='js/counter.js']") is None


def test_a_missing_snapshot_falls_back_to_the_last_good_one(site_from, tmp_path, caplog):
    source, cache = tmp_path / "snapshot.json", tmp_path / "last.json"
    shutil.copyfile(FIXTURES / "snapshot.json", source)
    site_from(*ARTICLES, COUNTER_SNAPSHOT=str(source), COUNTER_SNAPSHOT_CACHE=str(cache))
    source.unlink()
    site = site_from(*ARTICLES, COUNTER_SNAPSHOT=str(source), COUNTER_SNAPSHOT_CACHE=str(cache))
    assert shown(site, WITH_VIEWS) == "Lượt xem: 1.237"
    assert any("dùng bản lưu" in record.getMessage() for record in caplog.records)


def test_a_broken_snapshot_is_not_believed(site_from, tmp_path, caplog):
    site = site_from(
        *ARTICLES,
        COUNTER_SNAPSHOT=str(FIXTURES / "snapshot_broken.json"),
        COUNTER_SNAPSHOT_CACHE=str(tmp_path / "none.json"),
    )
    assert shown(site, WITH_VIEWS) == "Lượt xem: 237"
    assert any("snapshot_broken.json" in record.getMessage() for record in caplog.records)


class SnapshotHandler(BaseHTTPRequestHandler):
    def __init__(self, *args, body: bytes, **kwargs):
        self.body = body
        super().__init__(*args, **kwargs)

    def do_GET(self):
        if self.headers.get("Authorization") != "Bearer bi-mat":
            self.send_response(401)
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(self.body)

    def log_message(self, *args):
        pass


@pytest.fixture
def snapshot_url():
    handler = partial(SnapshotHandler, body=(FIXTURES / "snapshot.json").read_bytes())
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}/api/v1/export"
    server.shutdown()
    server.server_close()


def test_snapshot_from_the_service_url_with_its_token(
    site_from, tmp_path, snapshot_url, monkeypatch
):
    monkeypatch.setenv("BANTIN_COUNTER_TOKEN", "bi-mat")
    site = site_from(
        *ARTICLES, COUNTER_SNAPSHOT=snapshot_url, COUNTER_SNAPSHOT_CACHE=str(tmp_path / "c.json")
    )
    assert shown(site, WITH_VIEWS) == "Lượt xem: 1.237"


def test_bad_settings_are_named(site_from):
    with pytest.raises(Exception, match="COUNTER_TIMEOUT"):
        site_from(*ARTICLES, COUNTER_TIMEOUT="nhanh")
