"""Applies an editor's Facts_* corrections to extracted facts: editors have the last word."""

import re

from bantin_integrity.fields import display_name
from bantin_text import DateError, canon, collapse_space, parse_editor_datetime

# metadata name -> how the value is split into items
OVERRIDE_NAMES = (
    "facts_people_add",
    "facts_people_drop",
    "facts_roles",
    "facts_figures_add",
    "facts_figures_drop",
    "facts_dates_add",
    "facts_dates_drop",
    "facts_documents_add",
    "facts_documents_drop",
)

_HONORIFICS = {
    "đồng chí": "đồng chí",
    "đ/c": "đồng chí",
    "ông": "ông",
    "bà": "bà",
    "cô": "cô",
    "thầy": "thầy",
    "em": "em",
}
_DEGREES = (
    "GS.TS.",
    "PGS.TS.",
    "TS.BS.",
    "ThS.BS.",
    "BSCKII.",
    "BSCKI.",
    "GS.",
    "PGS.",
    "TS.",
    "ThS.",
    "BS.",
    "CN.",
    "KS.",
)
# "Name – role", "Name - role", "Name, role", "Name (role)"
_ROLE_SPLIT = re.compile(r"\s+[–—-]\s+|,\s+|\s*\(")


class OverrideError(ValueError):
    """A Facts_* value that cannot be understood; the message says which field and why."""


def items_of(value) -> list[str]:
    """Items of an override: a YAML list, or a string whose items are separated by ';'."""
    values = value if isinstance(value, list | tuple) else str(value).split(";")
    return [collapse_space(str(item)) for item in values if str(item).strip()]


def parse_person(item: str) -> dict:
    """ "đồng chí ThS. Lê Văn A – Bí thư Chi bộ" -> a people entry."""
    rest, honorific, degree = item, None, None
    lowered = rest.casefold()
    for written, normal in _HONORIFICS.items():
        if lowered.startswith(written + " "):
            honorific, rest = normal, rest[len(written) :].strip()
            break
    for written in _DEGREES:
        if rest.startswith(written + " ") or rest.startswith(written.rstrip(".") + " "):
            degree, rest = written, rest.split(" ", 1)[1].strip()
            break
    parts = _ROLE_SPLIT.split(rest, maxsplit=1)
    name = parts[0].strip()
    role = parts[1].strip().rstrip(")").strip() if len(parts) > 1 else None
    if len(name.split()) < 2:
        raise OverrideError(f"'{item}': tên người cần ít nhất hai chữ, ví dụ 'đồng chí Lê Văn An'")
    return {"name": name, "honorific": honorific, "degree": degree, "role": role or None}


def parse_iso_date(item: str) -> str:
    try:
        return parse_editor_datetime(item).date().isoformat()
    except DateError as error:
        raise OverrideError(str(error)) from None


def _parse_role(item: str) -> tuple[str, str]:
    if "=" not in item:
        raise OverrideError(
            f"'{item}': hãy viết 'Tên = chức vụ', ví dụ 'Lê Văn An = Bí thư Chi bộ'"
        )
    name, role = (part.strip() for part in item.split("=", 1))
    return canon(name), role


def apply_overrides(facts: dict, metadata: dict, *, find_figures, find_documents) -> dict:
    """A copy of `facts` with every Facts_* field of `metadata` applied; OverrideError names the field.

    Without any Facts_* field, `facts` itself: a copy per article would only cost memory.
    """
    if not any(name in metadata for name in OVERRIDE_NAMES):
        return facts
    facts = {key: list(value) if isinstance(value, list) else value for key, value in facts.items()}
    for name in OVERRIDE_NAMES:
        if name not in metadata:
            continue
        try:
            _apply_one(facts, name, items_of(metadata[name]), find_figures, find_documents)
        except OverrideError as error:
            raise OverrideError(f"{display_name(name)}: {error}") from None
    return facts


def _apply_one(facts, name, items, find_figures, find_documents):
    people = facts.setdefault("people", [])
    if name == "facts_people_add":
        known = {canon(p["name"]) for p in people}
        for person in map(parse_person, items):
            if canon(person["name"]) not in known:
                people.append(person)
    elif name == "facts_people_drop":
        dropped = {canon(item) for item in items}
        facts["people"] = [p for p in people if canon(p["name"]) not in dropped]
    elif name == "facts_roles":
        roles = dict(map(_parse_role, items))
        facts["people"] = [
            {**p, "role": roles.get(canon(p["name"]), p.get("role"))} for p in people
        ]
    elif name == "facts_figures_add":
        for item in items:
            found = find_figures(item)
            if not found:
                raise OverrideError(f"'{item}': không thấy con số, ví dụ '12 đảng viên'")
            facts.setdefault("figures", []).append(found[0])
    elif name == "facts_figures_drop":
        dropped = {canon(item) for item in items}
        facts["figures"] = [
            f for f in facts.get("figures", []) if canon(f.get("text")) not in dropped
        ]
    elif name == "facts_dates_add":
        dates = facts.setdefault("event_dates", [])
        dates.extend(d for d in map(parse_iso_date, items) if d not in dates)
        dates.sort()
    elif name == "facts_dates_drop":
        dropped = set(map(parse_iso_date, items))
        facts["event_dates"] = [d for d in facts.get("event_dates", []) if d not in dropped]
    elif name == "facts_documents_add":
        for item in items:
            found = find_documents(item)
            if not found:
                raise OverrideError(f"'{item}': hãy viết 'Loại văn bản số Số hiệu ngày dd/mm/yyyy'")
            doc = found[0] if isinstance(found[0], dict) else found[0].as_dict()
            facts.setdefault("documents", []).append(doc)
    elif name == "facts_documents_drop":
        dropped = {item.replace(" ", "").upper() for item in items}
        facts["documents"] = [
            d
            for d in facts.get("documents", [])
            if (d.get("number") or "").replace(" ", "").upper() not in dropped
        ]
