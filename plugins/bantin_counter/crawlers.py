"""Which requests are not a person reading: crawlers, prefetches, previews, empty agents."""

from functools import lru_cache

from crawlerdetect import CrawlerDetect

_detector = CrawlerDetect()

# Browsers announce speculative loads; a page fetched ahead of time has not been read.
_PREFETCH_HEADERS = ("purpose", "sec-purpose", "x-purpose", "x-moz")
_PREFETCH_VALUES = ("prefetch", "prerender", "preview", "instant")


@lru_cache(maxsize=8192)
def _is_crawler_agent(user_agent: str) -> bool:
    # The detector runs one large regular expression (~50 µs); agents repeat, so cache them.
    return bool(_detector.isCrawler(user_agent))


def drop_reason(user_agent: str, headers) -> str | None:
    """Why this request is not counted ("empty_ua", "prefetch", "crawler"), or None."""
    if not user_agent.strip():
        return "empty_ua"
    for name in _PREFETCH_HEADERS:
        value = headers.get(name)
        if value and any(word in value.lower() for word in _PREFETCH_VALUES):
            return "prefetch"
    if _is_crawler_agent(user_agent):
        return "crawler"
    return None
