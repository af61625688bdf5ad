"""Long indexes split into one page per group (letter, kind), so no index page grows unbounded."""

from bantin_indexes.entries import unique_slugs


def paged_groups(groups, limit: int, slugify, url_pattern: str) -> list[dict]:
    """[(label, items)] -> groups for the templates; each gets its own page beyond `limit` items.

    Each group: label, members, count, anchor (its heading's id on a single page) and url (its
    own page, or None when everything fits on the index page).
    """
    split = sum(len(items) for _, items in groups) > limit
    slugs = unique_slugs([label for label, _ in groups], slugify, lambda label: label)
    return [
        {
            "label": label,
            "members": items,
            "count": len(items),
            "anchor": f"nhom-{index}",
            "url": url_pattern.format(slug=slugs[label]) if split else None,
        }
        for index, (label, items) in enumerate(groups, start=1)
    ]
