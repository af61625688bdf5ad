"""Decap CMS at /admin/ against decap-server: an article created in the browser is built into the site."""

import os
import shutil
import socket
import subprocess
import time

import pytest
from conftest import ROOT, build_site
from editor_support import make_site

from bantin_editor.admin import DIST, write_admin
from bantin_editor.project import load_site

pytestmark = [pytest.mark.browser, pytest.mark.slow]


@pytest.fixture(scope="module")
def node_modules():
    """Decap's packages from package-lock.json (npm ci once when missing); skip without Node."""
    if not (shutil.which("node") and shutil.which("npm")):
        pytest.skip("node/npm không có: bỏ qua kiểm thử trang quản trị")
    if (
        not (ROOT / DIST / "decap-cms.js").is_file()
        or not (ROOT / "node_modules" / "decap-server").is_dir()
    ):
        subprocess.run(
            ["npm", "ci", "--no-audit", "--no-fund"],
            cwd=ROOT,
            check=True,
            timeout=900,
            stdout=subprocess.DEVNULL,
        )
    return ROOT / "node_modules"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def decap_server(node_modules, tmp_path):
    """decap-server writing into a throwaway site; yields (site folder, API URL)."""
    site = make_site(tmp_path)
    port = _free_port()
    log = open(tmp_path / "decap-server.log", "w")  # noqa: SIM115 - closed after the server stops
    server = subprocess.Popen(
        ["node", str(node_modules / "decap-server" / "dist" / "index.js")],
        cwd=site,
        env={**os.environ, "PORT": str(port), "GIT_REPO_DIRECTORY": str(site)},
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        for _ in range(150):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.2)
        else:
            pytest.fail(f"decap-server không chạy: {(tmp_path / 'decap-server.log').read_text()}")
        yield site, f"http://127.0.0.1:{port}/api/v1"
    finally:
        server.terminate()
        server.wait(timeout=10)
        log.close()


def test_article_created_in_admin_is_built(browser, serve, decap_server, tmp_path):
    site, api = decap_server
    write_admin(load_site(site), tmp_path / "out", ROOT / DIST, local_backend=api)
    assert "cdn" not in (tmp_path / "out" / "admin" / "index.html").read_text()
    base = serve(tmp_path / "out")
    context = browser.new_context(
        timezone_id="Asia/Ho_Chi_Minh", locale="vi-VN", viewport={"width": 1366, "height": 900}
    )
    page = context.new_page()
    try:
        page.goto(f"{base}/admin/")
        page.get_by_role("button", name="Đăng nhập").click(timeout=60_000)
        page.goto(f"{base}/admin/#/collections/articles/new")
        page.get_by_label("Tiêu đề").fill("Chi bộ Thư viện đón đoàn đọc giả nhí tháng 6/2024")
        page.get_by_label("Chi bộ / đảng bộ").click()
        page.get_by_text("Chi bộ Thư viện", exact=True).click()
        page.get_by_label("Tác giả").fill("Ninh Thị Mơ")
        page.get_by_label("Lượt xem cũ").fill("42")
        body = page.locator('[data-slate-editor="true"]').first
        body.click()
        body.type("Đồng chí Quách Văn Đạt – Bí thư Chi bộ Thư viện đón 30 em học sinh.")
        page.get_by_role("button", name="Công bố").first.click()
        page.get_by_text("Công bố ngay").click()
        folder = site / "content" / "articles"
        for _ in range(100):
            written = list(folder.glob("*.md"))
            if written:
                break
            time.sleep(0.2)
    finally:
        context.close()
    (path,) = written
    assert path.name.isascii() and path.name.endswith(
        "-chi-bo-thu-vien-don-doan-doc-gia-nhi-thang-6-2024.md"
    )
    text = path.read_text(encoding="utf-8")
    assert "+07:00" in text.split("Date:")[1].split("\n")[0]
    built = build_site(
        site / "content",
        tmp_path / "output",
        ARTICLE_PATHS=["articles"],
        SITE_DATA_PATH=str(site / "data"),
    )
    (page_path,) = [
        p
        for p in built.html_files()
        if p.endswith("chi-bo-thu-vien-don-doan-doc-gia-nhi-thang-6-2024.html")
    ]
    html = built.read(page_path)
    assert "Quách Văn Đạt" in html and "Chi bộ Thư viện" in html
