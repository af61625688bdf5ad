"""Shared browser fixtures: Debian's Chromium through Playwright, and built sites served locally.

Fixtures: `browser` (session), `page` (a fresh 1366x900 page; screenshot to tmp on failure),
`serve(output_dir) -> base_url` (http.server on a free loopback port, stopped after the test).
Tests using them are marked `@pytest.mark.browser`; everything skips without /usr/bin/chromium.
"""

import functools
import http.server
import os
import threading
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):
        pass


@pytest.fixture(scope="session")
def browser():
    """Chromium launched once per session (per xdist worker)."""
    if not os.access(CHROMIUM, os.X_OK):
        pytest.skip(f"{CHROMIUM} is not installed (Debian package chromium)")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def page(browser, request, tmp_path):
    """A new page in its own context; on failure a screenshot is saved in the test's tmp_path."""
    context = browser.new_context(viewport={"width": 1366, "height": 900}, locale="vi-VN")
    new_page = context.new_page()
    yield new_page
    report = getattr(request.node, "rep_call", None)
    if report is not None and report.failed:
        shot = tmp_path / f"{request.node.name}.png"
        try:
            new_page.screenshot(path=str(shot), full_page=True)
            print(f"screenshot: {shot}")
        except Exception as error:  # a crashed page must not hide the test's own failure
            print(f"no screenshot: {error}")
    context.close()


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item, call):
    # Keep each phase's report on the test item so `page` can tell whether the test failed.
    report = yield
    setattr(item, f"rep_{report.when}", report)
    return report


@pytest.fixture
def serve():
    """serve(output_dir) -> "http://127.0.0.1:<port>"; servers stop when the test ends."""
    servers = []

    def start(directory) -> str:
        handler = functools.partial(_QuietHandler, directory=str(Path(directory)))
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}"

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()
