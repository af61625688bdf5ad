"""People index: every person named in the facts, keyed by bantin_text.canon, with their roles."""

import unicodedata
from collections import Counter
from datetime import datetime
from typing import Any, NamedTuple

from bantin_indexes.collation import name_sort_key
from bantin_indexes.entries import Entry, newest_first, unique_slugs
from bantin_indexes.keys import clean, key

# Grave, acute, tilde, hook above, dot below: the tones, which do not change the letter.
TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")


class Appearance(NamedTuple):
    """One article naming a person, as the person's page lists it (a tuple: there are many)."""

    article: Any
    url: str
    title: str
    date: datetime | None
    role: str | None
    degree: str | None
    honorific: str | None
    incidental: bool
    is_page: bool


class PeopleIndex:
    """Collects people article by article; result() gives the index sorted for readers."""

    def __init__(self):
        self._names: dict[str, Counter] = {}
        self._appearances: dict[str, list[dict]] = {}

    def add(self, entry: Entry) -> None:
        seen = set()
        for person in entry.facts.get("people") or ():
            name = clean(person.get("name"))
            person_key = key(name)
            # The extractor lists each person once; a repeat would only double-count.
            if not person_key or person_key in seen:
                continue
            seen.add(person_key)
            self._names.setdefault(person_key, Counter())[name] += 1
            self._appearances.setdefault(person_key, []).append(
                Appearance(
                    article=entry.ref,
                    url=entry.url,
                    title=entry.title,
                    date=entry.date,
                    role=clean(person.get("role")),
                    degree=clean(person.get("degree")),
                    honorific=clean(person.get("honorific")),
                    incidental=bool(person.get("incidental")),
                    is_page=entry.is_page,
                )
            )

    def result(self, slugify) -> list[dict]:
        """People in Vietnamese order (given name first), each with appearances newest first."""
        people = []
        for person_key, names in self._names.items():
            # The spelling most articles use; ties go to the first one met.
            name = names.most_common(1)[0][0]
            appearances = newest_first(self._appearances[person_key])
            attending = [a for a in appearances if not a.incidental]
            people.append(
                {
                    "key": person_key,
                    "name": name,
                    "spellings": sorted(names),
                    "role": next((a.role for a in attending if a.role), None),
                    "degree": next((a.degree for a in appearances if a.degree), None),
                    "appearances": attending,
                    # Articles attended: what "most mentioned" ranks (pages are not news).
                    "articles_attended": sum(not a.is_page for a in attending),
                    "mentions": [a for a in appearances if a.incidental],
                    "incidental_only": not attending,
                }
            )
        slugs = unique_slugs(people, lambda p: slugify(p["name"]), lambda p: p["key"])
        for person in people:
            person["slug"] = slugs[person["key"]]
        people.sort(key=lambda p: name_sort_key(p["name"]))
        return people


def initial(name: str) -> str:
    """The letter a person is filed under: the given name's first letter, tone dropped ("Ấn" → "Â")."""
    words = name.split()
    first = words[-1][:1] if words else "#"
    decomposed = unicodedata.normalize("NFD", first.upper())
    # Keep breve, circumflex and horn (they make letters of their own); drop the tone marks.
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in TONE_MARKS))


def group_by_initial(people: list[dict]) -> list[tuple[str, list[dict]]]:
    """[(letter, people)] in the order given (already sorted by given name)."""
    groups: dict[str, list[dict]] = {}
    for person in people:
        groups.setdefault(initial(person["name"]), []).append(person)
    return list(groups.items())
