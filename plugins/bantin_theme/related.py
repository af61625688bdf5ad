"""Neighbours and related reading for an article, from the site's article list alone."""

RELATED_COUNT = 4
# Shared tags say most about the subject; the same unit or category says less.
TAG_WEIGHT = 2
UNIT_WEIGHT = 1
CATEGORY_WEIGHT = 1


def _tag_names(article) -> set[str]:
    return {tag.slug for tag in getattr(article, "tags", None) or []}


def _unit_slug(article) -> str | None:
    unit = getattr(article, "unit_info", None)
    return unit["slug"] if unit else None


def relatedness(article, other) -> int:
    """How much `other` has in common with `article`: shared tags, unit and category."""
    score = TAG_WEIGHT * len(_tag_names(article) & _tag_names(other))
    if _unit_slug(article) and _unit_slug(article) == _unit_slug(other):
        score += UNIT_WEIGHT
    if getattr(article, "category", None) == getattr(other, "category", None):
        score += CATEGORY_WEIGHT
    return score


def _posting_keys(article) -> list[tuple]:
    """The lists `article` is filed in: one per tag, its unit and its category."""
    keys = [("tag", slug) for slug in _tag_names(article)]
    if _unit_slug(article):
        keys.append(("unit", _unit_slug(article)))
    keys.append(("category", getattr(article, "category", None)))
    return keys


def _rank(article, candidates, count: int) -> list:
    scored = []
    for other in candidates:
        if other is article:
            continue
        score = relatedness(article, other)
        if score:
            distance = abs((other.date - article.date).total_seconds())
            scored.append((-score, distance, other.source_path, other))
    scored.sort(key=lambda entry: entry[:3])
    return [entry[3] for entry in scored[:count]]


def related_articles(article, articles, count: int = RELATED_COUNT) -> list:
    """Up to `count` articles sharing the most with `article`; nearer in time first on ties.

    Scores every article: O(n) per article. For a whole site use `RelatedIndex`.
    """
    return _rank(article, articles, count)


class RelatedIndex:
    """`related_articles` for a whole site in about linear time, with the same results.

    Articles sorted by date are bit positions; each tag, unit and category is a bit mask of its
    articles. Adding an article's masks as binary counters (a tag counts twice) gives, per
    score, the mask of articles with that score, and the nearest set bits are the nearest in
    time: only those few are ranked, instead of scoring every article against all.
    """

    def __init__(self, articles):
        self._order = sorted(articles, key=lambda a: (a.date, a.source_path))
        self._position = {id(a): i for i, a in enumerate(self._order)}
        self._masks: dict[tuple, int] = {}
        for position, article in enumerate(self._order):
            for key in _posting_keys(article):
                self._masks[key] = self._masks.get(key, 0) | (1 << position)
        self._all = (1 << len(self._order)) - 1

    def _score_bits(self, article) -> list[int]:
        """Binary digits (lowest first) of every article's relatedness to `article`, as masks."""
        digits: list[int] = []
        for key in _posting_keys(article):
            carry = self._masks.get(key, 0)
            level = 1 if key[0] == "tag" else 0  # TAG_WEIGHT 2, UNIT/CATEGORY_WEIGHT 1
            while carry:
                while len(digits) <= level:
                    digits.append(0)
                digits[level], carry = digits[level] ^ carry, digits[level] & carry
                level += 1
        return digits

    def _nearest(self, mask: int, position: int, count: int) -> list:
        """Up to `count` articles of `mask` on each side of `position`, plus any dated alike."""
        found = []
        above, base = mask >> (position + 1), position + 1
        taken = []
        while above and (len(taken) < count or self._same_date(taken, base, above)):
            low = (above & -above).bit_length() - 1
            taken.append(self._order[base + low])
            above &= above - 1
        found += taken
        below, taken = mask & ((1 << position) - 1), []
        while below and (len(taken) < count or self._same_date(taken, 0, below)):
            high = below.bit_length() - 1
            taken.append(self._order[high])
            below ^= 1 << high
        return found + taken

    def _same_date(self, taken, base: int, mask: int) -> bool:
        """Whether the next article of `mask` is dated like the last one taken (a distance tie)."""
        if mask == 0:
            return False
        if base:
            following = self._order[base + (mask & -mask).bit_length() - 1]
        else:
            following = self._order[mask.bit_length() - 1]
        return following.date == taken[-1].date

    def related(self, article, count: int = RELATED_COUNT) -> list:
        """`related_articles(article, <all indexed articles>, count)`."""
        position = self._position[id(article)]
        digits = self._score_bits(article)
        chosen: list = []
        for score in range((1 << len(digits)) - 1, 0, -1):
            if len(chosen) >= count:
                break
            mask = self._all & ~(1 << position)
            for level, digit in enumerate(digits):
                mask &= digit if score >> level & 1 else ~digit
            if mask:
                need = count - len(chosen)
                chosen += _rank(article, self._nearest(mask, position, need), need)
        return chosen


def link_neighbours(articles) -> None:
    """Set newer_article / older_article on each of `articles` (sorted newest first)."""
    for position, article in enumerate(articles):
        article.newer_article = articles[position - 1] if position > 0 else None
        article.older_article = articles[position + 1] if position + 1 < len(articles) else None
