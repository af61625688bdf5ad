"""bantin_search in a real build: article bodies indexed by Pagefind, the Vietnamese search page."""

import json

import pytest

FIXTURE = "indexes/search_dang_vien.md"


@pytest.fixture
def site(site_from):
    return site_from(FIXTURE, PAGEFIND=True)


def test_pagefind_indexes_the_article_bodies_only(site):
    entry = json.loads(site.read("pagefind/pagefind-entry.json"))
    (language,) = entry["languages"].values()
    # One article; the people, documents, statistics and search pages have no indexed body.
    assert language["page_count"] == 1
    assert site.exists("pagefind/pagefind-ui.js") and site.exists("pagefind/pagefind-ui.css")
    # The đ→d copy goes only into what Pagefind reads, never into the page readers get.
    assert "data-bantin-folded" not in site.read(
        "2024/05/chi-bo-sinh-vien-ket-nap-dang-vien-moi.html"
    )


def test_search_page_is_vietnamese_and_loads_the_local_bundle(site):
    soup = site.soup("tim-kiem.html")
    assert soup.h1.get_text() == "Tìm kiếm"
    assert soup.find(id="tim-kiem") is not None
    assert "./pagefind/pagefind-ui.js" in [s["src"] for s in soup.find_all("script", src=True)]
    strings = json.loads(soup.find(id="tim-kiem-chu").string)
    assert strings["placeholder"].startswith("Nhập từ cần tìm")
    assert "[COUNT]" in strings["many_results"]


def test_no_index_when_pagefind_is_off(site_from):
    off = site_from(FIXTURE, PAGEFIND=False)
    assert not off.exists("pagefind") and off.exists("tim-kiem.html")


def test_the_command_indexes_a_site_built_without_pagefind(site_from, tmp_path):
    from bantin_search.__main__ import main

    off = site_from(FIXTURE, PAGEFIND=False)
    assert main([str(off.output)]) == 0
    assert off.exists("pagefind/pagefind-entry.json")
    with pytest.raises(SystemExit):
        main([str(tmp_path / "chua-dung")])
