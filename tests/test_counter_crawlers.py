"""Crawler detection (bantin_counter.crawlers) on public crawler and real browser agents."""

from pathlib import Path

from bantin_counter.crawlers import drop_reason

FIXTURES = Path(__file__).parent / "fixtures" / "counter"


def agents(name: str) -> list[str]:
    lines = (FIXTURES / name).read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def test_at_least_95_percent_of_crawlers_are_dropped():
    crawlers = agents("crawlers.txt")
    missed = [agent for agent in crawlers if drop_reason(agent, {}) is None]
    assert len(crawlers) >= 100
    assert len(missed) <= 0.05 * len(crawlers), missed


def test_no_real_browser_is_dropped():
    browsers = agents("browsers.txt")
    assert any("coc_coc_browser" in agent for agent in browsers)
    assert any("Zalo" in agent for agent in browsers)
    assert any("FBAV" in agent for agent in browsers)
    assert [agent for agent in browsers if drop_reason(agent, {})] == []


def test_speculative_loads_and_empty_agents_are_not_reads():
    browser = agents("browsers.txt")[0]
    assert drop_reason("   ", {}) == "empty_ua"
    assert drop_reason(browser, {"sec-purpose": "prefetch;prerender"}) == "prefetch"
    assert drop_reason(browser, {"x-moz": "prefetch"}) == "prefetch"
    assert drop_reason(browser, {"sec-fetch-mode": "cors"}) is None
