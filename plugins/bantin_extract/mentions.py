"""Merges the mentions of one person into a single entry: first honorific and degree, longest role."""

from dataclasses import dataclass
from functools import lru_cache

from bantin_extract.bylines import shouted
from bantin_extract.tokens import tokenize
from bantin_text import canon


@dataclass(slots=True)
class Mention:
    name: str
    honorific: str | None
    degree: str | None
    role: str | None
    incidental: bool = False
    # The line it was read from: in a headline-style line where every word is capitalised the
    # name may have run on into the next word ("Đồng Chí Nguyễn Văn Hải Thăm Chi Bộ").
    line: str = ""
    position: int = 0  # index of its first token in the line


@lru_cache(maxsize=256)
def _shouted(line: str) -> bool:
    """Is the line headline-style? Judged only when two names might be one (rare)."""
    return bool(line) and shouted(tokenize(line))


@lru_cache(maxsize=4096)
def _name_key(name: str) -> str:
    return canon(name)


def merge_mentions(mentions: list[Mention]) -> list[dict]:
    """One dict per name (tone placement and case ignored), in order of first mention."""
    people: dict[str, dict] = {}
    for mention in mentions:
        key = _name_key(mention.name)
        person = people.get(key)
        if person is None:
            people[key] = person = {
                "name": mention.name,
                "honorific": None,
                "degree": None,
                "role": None,
                "incidental": mention.incidental,
                "lines": [],
                "order": len(people),
            }
        person["lines"].append(mention.line)
        _absorb(person, mention.honorific, mention.degree, mention.role, mention.incidental)
    _merge_truncated(people)
    result = []
    for person in sorted(people.values(), key=lambda person: person["order"]):
        entry = {field: person[field] for field in ("name", "honorific", "degree", "role")}
        if person["incidental"]:
            entry["incidental"] = True
        result.append(entry)
    return result


def _absorb(person: dict, honorific, degree, role, incidental: bool) -> None:
    person["honorific"] = person["honorific"] or honorific
    person["degree"] = person["degree"] or degree
    if role and len(role) > len(person["role"] or ""):
        person["role"] = role
    person["incidental"] = person["incidental"] and incidental


def _merge_truncated(people: dict[str, dict]) -> None:
    """Joins a name cut short ("Lê Thị Hồng vân") to the full one, and a name in capitals that
    ran on into the next word ("NGUYỄN VĂN HẢI THĂM") to the name it starts with.
    Each name looks up its own prefixes, so the work grows with the number of names."""
    for full in list(people):
        syllables = full.split(" ")
        for size in range(len(syllables) - 1, 1, -1):
            short = " ".join(syllables[:size])
            if short not in people or full not in people:
                continue
            if people[full]["name"].isupper() or all(map(_shouted, people[full]["lines"])):
                merged, kept = full, short
            elif size >= 3:
                merged, kept = short, full
            else:
                continue
            person = people.pop(merged)
            people[kept]["order"] = min(people[kept]["order"], person["order"])
            _absorb(
                people[kept],
                person["honorific"],
                person["degree"],
                person["role"],
                person["incidental"],
            )
            break
