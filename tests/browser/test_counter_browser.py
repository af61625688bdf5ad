"""counter.js in real Chromium against a real counter service: records, refreshes, degrades."""

import http.client
import shutil
import socket
import subprocess
import sys
import time

import pytest
from conftest import FIXTURES, build_site

pytestmark = pytest.mark.browser
ARTICLE = "2024/03/hoi-nghi-chi-bo-thang-3-2024.html"
# Headless Chromium names itself HeadlessChrome, which the service rightly drops as a bot.
READER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """The two counter fixture articles, built to call a counter API on a port chosen now."""
    root = tmp_path_factory.mktemp("counter-browser")
    (root / "content").mkdir()
    for name in ("article_with_views.md", "article_without_views.md"):
        shutil.copyfile(FIXTURES / "counter" / name, root / "content" / name)
    port = free_port()
    built = build_site(
        root / "content", root / "output", COUNTER_API=f"http://127.0.0.1:{port}/api/v1"
    )
    return built.output, port


@pytest.fixture
def counter_service(site, tmp_path):
    """Starts `bantin counter serve` for the built site, allowing the given site origin."""
    processes = []

    def start(origin: str) -> None:
        output, port = site
        command = [
            sys.executable,
            "-m",
            "bantin_cli.main",
            "counter",
            "serve",
            "--db",
            str(tmp_path / "c.sqlite3"),
            "--manifest",
            str(output / "counter-manifest.json"),
            "--port",
            str(port),
            "--origin",
            origin,
        ]
        processes.append(subprocess.Popen(command))
        for _ in range(300):
            try:
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=1)
                connection.request("GET", "/healthz")
                if connection.getresponse().status == 200:
                    return
            except OSError:
                time.sleep(0.1)
        pytest.fail("the counter service did not start")

    yield start
    for process in processes:
        process.terminate()
        process.wait(10)


def open_article(browser, base: str, javascript: bool = True):
    context = browser.new_context(user_agent=READER, java_script_enabled=javascript, locale="vi-VN")
    page = context.new_page()
    page.goto(f"{base}/{ARTICLE}")
    return context, page


def test_the_view_is_recorded_and_the_numbers_rise(browser, serve, site, counter_service):
    base = serve(site[0])
    counter_service(base)
    context, page = open_article(browser, base)
    views = page.locator(".view-count")
    page.wait_for_function("document.querySelector('.view-count').textContent.includes('238')")
    assert views.inner_text() == "Lượt xem: 238"
    page.wait_for_function(
        "document.querySelector('[data-counter-site=online]').textContent === '1'"
    )
    assert page.locator("[data-counter-site=today]").inner_text() == "1"
    assert page.locator("[data-counter-site=total]").inner_text() == "238"
    page.reload()  # the same reader on the same day is not counted again
    page.wait_for_function(
        "document.querySelector('[data-counter-site=today]').textContent === '1'"
    )
    assert views.inner_text() == "Lượt xem: 238"
    context.close()


def test_without_javascript_or_service_the_baked_number_stays(browser, serve, site):
    base = serve(site[0])
    context, page = open_article(browser, base, javascript=False)
    assert page.locator(".view-count").inner_text() == "Lượt xem: 237"
    context.close()
    context, page = open_article(browser, base)  # JS on, but nothing listens on the API port
    page.wait_for_load_state("networkidle")
    assert page.locator(".view-count").inner_text() == "Lượt xem: 237"
    assert page.locator("[data-counter-site=total]").inner_text() == "237"
    context.close()


def test_counts_never_go_down_but_the_day_figures_are_replaced(browser, serve, site):
    base = serve(site[0])
    context = browser.new_context(user_agent=READER, locale="vi-VN")
    page = context.new_page()
    cors = {"Access-Control-Allow-Origin": base}

    def baked_higher(route):
        # A page built when the count was 5.000, served by a service whose database was reset.
        html = (
            route.fetch()
            .text()
            .replace('data-counter-value="237">237<', 'data-counter-value="5000">5.000<')
        )
        route.fulfill(body=html, content_type="text/html; charset=utf-8")

    page.route(f"{base}/{ARTICLE}", baked_higher)
    page.route("**/api/v1/hit", lambda route: route.fulfill(status=204, headers=cors))
    page.route(
        "**/api/v1/counts?*",
        lambda route: route.fulfill(json={"counts": {"/" + ARTICLE: 3}}, headers=cors),
    )
    page.route(
        "**/api/v1/site",
        lambda route: route.fulfill(
            json={"total": 3, "today": 1234, "month": 9, "online": 2}, headers=cors
        ),
    )
    with page.expect_response("**/api/v1/counts?*"), page.expect_response("**/api/v1/site"):
        page.goto(f"{base}/{ARTICLE}")
    page.wait_for_function(
        "document.querySelector('[data-counter-site=today]').textContent !== '—'"
    )
    page.evaluate("new Promise((done) => setTimeout(done, 100))")  # let both replies be applied
    assert page.locator("[data-counter-site=today]").inner_text() == "1.234"
    assert page.locator("[data-counter-site=online]").inner_text() == "2"
    assert page.locator("[data-counter-site=total]").inner_text() == "5.000"
    assert page.locator(".view-count").inner_text() == "Lượt xem: 5.000"
    context.close()
