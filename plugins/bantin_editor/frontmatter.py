"""Writes an article file: YAML front matter (fields in a fixed order, comments for editors), then Markdown."""

from datetime import datetime

import yaml

from bantin_integrity.fields import KNOWN_FIELDS, display_name

# The order editors expect to read them in; any other known field follows.
FIELD_ORDER = (
    "title",
    "date",
    "modified",
    "unit",
    "category",
    "tags",
    "author",
    "source",
    "location",
    "image",
    "image_caption",
    "summary",
    "views",
    "status",
    "slug",
)


def format_date(moment: datetime) -> str:
    """Day first, as editors write it ("26/09/2018 02:36"); ISO with offset when it has one."""
    if moment.tzinfo is not None:
        return moment.isoformat(timespec="seconds")
    return moment.strftime("%d/%m/%Y %H:%M")


def yaml_line(name: str, value) -> str:
    """`Title: "..."` with YAML quoting where the value needs it (colons, quotes, #)."""
    if isinstance(value, datetime):
        value = format_date(value)
    dumped = yaml.safe_dump(
        {display_name(name): value},
        allow_unicode=True,
        sort_keys=False,
        width=10_000,
        default_flow_style=False,
    )
    return dumped.rstrip("\n")


def render_article(metadata: dict, body: str, comments: list[str] = ()) -> str:
    """The whole file. `metadata` uses lower-case field names; empty values are left out."""
    unknown = set(metadata) - set(KNOWN_FIELDS)
    if unknown:
        raise ValueError(f"trường không có trong fields.py: {sorted(unknown)}")
    names = [n for n in FIELD_ORDER if n in metadata] + sorted(set(metadata) - set(FIELD_ORDER))
    lines = ["---"]
    lines += [f"# {comment}" for comment in comments]
    lines += [yaml_line(n, metadata[n]) for n in names if metadata[n] not in (None, "", [])]
    lines += ["---", "", body.strip(), ""]
    return "\n".join(lines)
