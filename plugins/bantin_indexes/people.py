"""People index: every person named in the facts, keyed by bantin_text.canon, with their roles."""

from collections import Counter

from bantin_indexes.collation import name_sort_key
from bantin_indexes.entries import Entry, unique_slugs
from bantin_text import canon, collapse_space


def _clean(value) -> str | None:
    text = collapse_space(str(value)) if value else ""
    return text or None


class PeopleIndex:
    """Collects people article by article; result() gives the index sorted for readers."""

    def __init__(self):
        self._names: dict[str, Counter] = {}
        self._appearances: dict[str, list[dict]] = {}

    def add(self, entry: Entry) -> None:
        seen = set()
        for person in entry.facts.get("people") or ():
            name = _clean(person.get("name"))
            key = canon(name)
            # The extractor lists each person once; a repeat would only double-count.
            if not key or key in seen:
                continue
            seen.add(key)
            self._names.setdefault(key, Counter())[name] += 1
            self._appearances.setdefault(key, []).append(
                {
                    "article": entry.ref,
                    "date": entry.date,
                    "role": _clean(person.get("role")),
                    "degree": _clean(person.get("degree")),
                    "honorific": _clean(person.get("honorific")),
                    "incidental": bool(person.get("incidental")),
                }
            )

    def result(self, slugify) -> list[dict]:
        """People in Vietnamese order (given name first), each with appearances newest first."""
        people = []
        for key, names in self._names.items():
            # The spelling most articles use; ties go to the first one met.
            name = names.most_common(1)[0][0]
            appearances = sorted(self._appearances[key], key=lambda a: a["date"], reverse=True)
            attending = [a for a in appearances if not a["incidental"]]
            people.append(
                {
                    "key": key,
                    "name": name,
                    "spellings": sorted(names),
                    "role": next((a["role"] for a in attending if a["role"]), None),
                    "degree": next((a["degree"] for a in appearances if a["degree"]), None),
                    "appearances": attending,
                    "mentions": [a for a in appearances if a["incidental"]],
                    "incidental_only": not attending,
                }
            )
        slugs = unique_slugs(people, lambda p: slugify(p["name"]), lambda p: p["key"])
        for person in people:
            person["slug"] = slugs[person["key"]]
        people.sort(key=lambda p: name_sort_key(p["name"]))
        return people
